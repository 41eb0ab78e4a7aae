"""A question asking two parts of one breakdown at once ("giải quyết trước hạn và đúng hạn bao
nhiêu hồ sơ?", "bao nhiêu chứng thư số cá nhân và tổ chức?") gets the figure of each part, not
the first part's figure alone in bold as if it answered: the stated figure names one asked part
(`PART_NAMES`), and each other asked part is named by exactly one other figure of the same
clause ("… trước hạn: 80.502, đúng hạn: 20.658, quá hạn: …"). Each gets its own figure line,
labelled with its part, citing the same source. An asked part no figure of the clause names
(what the whole breakdown is of: "đang giải quyết") adds nothing; a stated figure naming none or
several asked parts is left as it is."""

from __future__ import annotations

from dataclasses import replace

from bot.clip import clip
from bot.extractive.breakdown import names_phrase
from bot.extractive.parts_said import PART_NAMES, asked_parts, says_part
from bot.extractive.sites import _figures_of, _Site
from bot.render import hedge_text
from core.query import ParsedQuery
from core.result import Answer, FigureCandidate

_LEVELS = (("cap", "tinh"), ("cap", "huyen"), ("cap", "xa"))
MAX_OPTIONS = 3  # figures a "not sure" answer lists, as the figure answerer's doubt does


def each_part(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with a figure line for each other asked part of the stated figure's
    breakdown, or None when the question asks one part or the clause names no other."""
    found = part_figures(q, ans)
    if found is None:
        return None
    (_, first), *added = found
    cit = ans.citations[0]
    en = 1 if ans.language == "en" else 0
    head, _, rest = ans.text.partition("\n")
    lines = [head.replace(f"**{ans.figure}**", f"**{ans.figure}** — {PART_NAMES[first][en]}", 1)]
    lines += [f"**{fig}** — {PART_NAMES[part][en]} [{cit.n}]" for fig, part in added]
    kept = tuple(c for c in ans.candidates if c.figure not in {fig for fig, _ in added})
    return replace(ans, text="\n".join(lines) + "\n" + rest, candidates=kept)


def part_figures(q: ParsedQuery, ans: Answer) -> list[tuple[str, tuple[str, ...]]] | None:
    """(figure, asked part) for the stated figure, then for each other asked part one other
    figure of its breakdown names; None when the question asks one part, the stated figure is
    no item of a breakdown naming one asked part, or the clause names no other."""
    parts = list(asked_parts(q))
    if len(parts) < 2 or ans.abstained or not ans.figure or not ans.citations:
        return None
    cit = ans.citations[0]
    sites = _figures_of(cit.quote_original or cit.quote, [])
    stated = [f for f in sites if f.figure == ans.figure]
    if len(stated) != 1 or stated[0].group == -1:
        return None  # not an item of a breakdown
    group = stated[0].group
    # A part every item's qualifiers name is what the whole breakdown is of ("tiếp nhận qua
    # dịch vụ BCCI …: 17.667 (trong đó: 15.609 … cấp huyện; 2.058 …)"): no other part.
    whole = frozenset.intersection(*(frozenset(f.quals) for f in sites if f.group == group))

    def named(site: _Site) -> list[tuple[str, ...]]:
        # Its own words first; a part its label's qualifiers name when they name none ("trong
        # hạn: 11.275": "trong" is no word of its own, a preposition elsewhere).
        return [p for p in parts if names_phrase(p, site.own)] or [
            p for p in parts if p in site.quals and p not in whole
        ]

    first = named(stated[0])
    if len(first) != 1:
        return None
    added: list[tuple[str, tuple[str, ...]]] = []
    for part in parts:
        found = {f.figure for f in sites if f.group == group and named(f) == [part]}
        if part != first[0] and len(found) == 1:
            added.append((found.pop(), part))
    return [(ans.figure, first[0]), *added] if added else None


def one_of_several(q: ParsedQuery, ans: Answer) -> Answer | None:
    """"Not sure" in place of one figure stated for a question asking several levels of
    government ("cấp huyện và cấp xã") when its quoted clause says some asked level and not
    every one, and no figure line was found for the others (`each_part`):
    the figure answers a part alone, and in bold it would read as the answer to all. The figure
    is listed first among the candidates, none bold. None when the answer stands."""
    # levels of government only: two levels asked are two parts ("cấp huyện và cấp xã"); other
    # words may say one thing ("household and individual businesses") or its whole ("đang giải
    # quyết" of "… bao nhiêu quá hạn")
    parts = [p for p in asked_parts(q) if p in _LEVELS]
    if len(parts) < 2 or ans.abstained or not ans.figure or not ans.citations:
        return None
    if not one_figure_stated(ans):
        return None  # a table, a list, or figure lines already given per part
    cit = ans.citations[0]
    quote = cit.quote_original or cit.quote
    said = [p for p in parts if says_part(p, quote)]
    if not said or len(said) == len(parts):
        return None  # no part said (a near miss's), or every part: a figure of them together
    return stated_unsure(ans)


def one_figure_stated(ans: Answer) -> bool:
    """Whether the answer opens on its one bold figure with no figure line per part under it
    (not a table, a list, or figure lines already given per part)."""
    lines = ans.text.split("\n")
    return lines[0].startswith(f"**{ans.figure}**") and not (
        lines[1:2] and lines[1].startswith("**")
    )


def stated_unsure(ans: Answer) -> Answer:
    """The answer as "not sure": its stated figure (its first citation's quote) listed first
    among its other candidates, at most `MAX_OPTIONS`, none bold, each place cited once."""
    cit = ans.citations[0]
    mine = FigureCandidate(ans.figure, clip(" ".join(cit.quote.split()), 160), ans.holds_for, cit)
    options = list((mine, *(c for c in ans.candidates if c.figure != ans.figure))[:MAX_OPTIONS])
    numbers: dict[tuple[str, int, int], int] = {}  # each place cited once, numbered from 1
    for i, o in enumerate(options):
        c = o.citation
        n = numbers.setdefault((c.chunk_id, c.line_start, c.line_end), len(numbers) + 1)
        options[i] = replace(o, citation=replace(c, n=n))
    cited = [c for _, c in sorted({o.citation.n: o.citation for o in options}.items())]
    return replace(
        ans, text=hedge_text(options, cited, ans.language == "en"), figure="",
        candidates=tuple(options), citations=tuple(cited),
    )  # fmt: skip
