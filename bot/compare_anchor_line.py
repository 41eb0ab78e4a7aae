"""A bold figure's whole line repeated by another report, the figure's counted thing standing
away from the other report's figure: "100% các trường THPT, 40/55 trường tiểu học có thư viện
số, …" in one report, "100% các trường THPT, trường tiểu học có thư viện số, …" in the next,
where one figure heads the whole list of counted things. The
other report's figure is the one of that line whose scope (the words after it up to the next
figure or its clause's end) holds the bold figure's own scope: its counted thing and what it
has, word for word, and most of the rest. Both lines are read folded, figures aside, the
reports' abbreviations spelled out ("TTĐT", "thông tin điện tử"). A share and a ratio are one
form here (both say how much of one whole); a count is another. Any doubt (a line that is not
the same, a rival close behind) leaves the side as it was: a wrong bold figure is worse than
"not sure"."""

from __future__ import annotations

from collections.abc import Sequence

from bot.compare_table import Cell
from bot.figure_tail import NUMBER, figure_tail, form, words
from core.query import ABBREVIATIONS
from core.result import Citation

# Share of word pairs the two lines (figures aside) say of each other, at least: the same
# sentence repeated period after period, reworded here and there, not two lines that share a
# topic ("văn bản điện tử", "cấp xã").
LINE_MATCH = 0.6
# Words of the bold figure's scope read, at most: its counted thing and what it has, not the
# clause's tail ("thông tin được cập nhật liên tục, …").
ANCHOR_WORDS = 12
# Words of a candidate figure's scope read, at most: a list of counted things of a few words
# each ("các sở, ngành, UBND cấp huyện, UBND cấp xã") before what they have.
SCOPE_WORDS = 30
# Leading words of the bold figure's scope the candidate's scope must say word for word: the
# counted thing with its level and the word that says what it has or does ("UBND cấp xã có"),
# so a list that names it with another predicate ("… cấp xã chưa có") or another level never
# matches.
THING_WORDS = 4
# Share of the bold figure's scope word pairs the candidate's scope must say, at least: more
# than half, as for the measure words right after a figure.
SCOPE_MATCH = 0.6
# How far the next candidate's scope match falls below the best, at least: two figures of one
# line that both hold the bold figure's scope leave the side unsure.
SCOPE_GAP = 0.2
# a report's abbreviation of one word spelled out ("ttdt" → "thong tin dien tu")
_SPELLED = {k: v[0].split() for k, v in ABBREVIATIONS.items() if " " not in k}


def pairs(words: Sequence[str]) -> set[tuple[str, str]]:
    """The words' neighbouring pairs."""
    return set(zip(words, words[1:], strict=False))


def _spelled(words: Sequence[str]) -> list[str]:
    return [w for word in words for w in _SPELLED.get(word, [word])]


def _part(figure: str) -> bool:
    """A part of a whole: a share or a ratio, not a count (nor a date)."""
    return form(figure) in ("share", "ratio")


def _scope(quote: str, figure: str) -> list[str] | None:
    """The folded words after the figure's one place in the quote, up to the next figure or
    the clause's end; None when the figure is not there exactly once."""
    rest = figure_tail(quote, figure)
    return None if rest is None else words(NUMBER.split(rest, maxsplit=1)[0])


def _holds(thing: list[str], scope: list[str]) -> bool:
    n = len(thing)
    return any(scope[i : i + n] == thing for i in range(len(scope) - n + 1))


def _line_match(a: str, b: str) -> float:
    """Share of word pairs two lines say of each other, the lesser way round."""
    mine, theirs = pairs(_spelled(words(a))), pairs(_spelled(words(b)))
    if not mine or not theirs:
        return 0.0
    both = len(mine & theirs)
    return min(both / len(mine), both / len(theirs))


def line_pick(anchor: Cell, doubted: Sequence[tuple[str, Citation]]) -> tuple[str, Citation] | None:
    """The one figure of another report's repeat of the anchor's line whose scope holds the
    anchor figure's scope (as above), or None."""
    assert anchor.citation is not None
    quote = anchor.citation.quote
    mine = _scope(quote, anchor.figure)
    if mine is None or not _part(anchor.figure) or len(set(mine)) < THING_WORDS:
        return None
    thing, want = mine[:THING_WORDS], pairs(_spelled(mine[:ANCHOR_WORDS]))
    scored: dict[tuple[str, str], tuple[float, Citation]] = {}
    for figure, cit in doubted:
        if cit.report_id == anchor.citation.report_id or not _part(figure):
            continue
        scope = _scope(cit.quote, figure)
        if scope is None or _line_match(quote, cit.quote) < LINE_MATCH:
            continue
        scope = scope[:SCOPE_WORDS]
        said = len(want & pairs(_spelled(scope))) / len(want) if _holds(thing, scope) else 0.0
        scored[(figure, cit.quote)] = (said, cit)
    ranked = sorted(scored.items(), key=lambda s: -s[1][0])
    if not ranked or ranked[0][1][0] < SCOPE_MATCH:
        return None
    (figure, _), (best, cit) = ranked[0]
    if any(s >= best - SCOPE_GAP for _, (s, _) in ranked[1:]):
        return None
    return figure, cit
