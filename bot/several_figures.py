"""Each of the several quantities a question asks (bot/quantities_asked.py), found in one
passage by its own label, stated with what it counts.

A figure answers an ask only by its own words: a score is written "/100" or "điểm" after it, a
rank "xếp thứ" before it (either in a sentence naming the index the question names: PAR INDEX,
SIPAS, … bot/named_index.py), a share with "%", a count by its label's words right after it
("57 thủ tục nhóm 2") or in its own stretch before it, back to the figure before it or the start
of its sentence ("Số đơn thư đã xử lý 31"). A share asked with no label of its own ("thu phí và
lệ phí … bằng mấy % kế hoạch") is each labelled figure's: the share written right after it,
before any other figure. An ask with no figure, or with more than one, is "not given" there;
two asks never take one figure.

A stated answer whose figure is one of the asks gets the others from its quoted passage, each a
line, or "not given"; a stated share answers a share asked with no label (no row of its own).
An unsure answer (candidates, no figure) becomes one stating every asked figure only when one
candidate's passage (quote, then paragraph) gives every ask by its own label (a score or rank
by the index the question names), the best candidate's figure among them. Otherwise it stays
unsure: label matches spread over passages raise no confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot import named_index
from bot.extractive.words import YEARLIKE
from bot.quantities_asked import COUNT, RANK, SCORE, SHARE, Ask, asked_quantities
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import fold

# A figure as written: "52", "12.406,250", "71.05/100", "24/63", "93,7%"; dates are read and left.
_FIGURE = re.compile(r"(?<![\w.,/])\d+(?:[.,/]\d+)*(?:\s?%)?")
_WORD = re.compile(r"[a-z0-9]+")
# A label's word may stand this many words after the previous one ("mức [độ] 3").
GAP = 2
# A label after its figure opens within this many words ("57 [thủ tục] nhóm 2").
AFTER_START = 3
# Words read after a figure for its label or unit, up to the next figure or an aside, a ";" or
# a full stop (a comma does not end them: "2.410 hồ sơ nhóm 1, nhóm 2" is of both groups).
AFTER_WORDS = 8
# Words shown on each side of a stated figure.
AROUND_WORDS = 8
# How far back (characters) a naming word is looked for before a small number: the longest
# with its spacing, "mức độ " or "phase ", fits, and no word before it ("có 12 nhóm 3" reads
# only "nhóm ").
NAME_LOOKBACK = 12
# A number naming a level, a quarter, a group is one or two digits ("mức 4", "quý 3", "nhóm
# 12"); a three-digit number after such a word is a count ("đạt mức 150 hồ sơ/tháng").
NAMED_NUMBER_DIGITS = 2
# A small number right after these words names a thing ("mức độ 3", "level 4"), counts none.
_NAMES_NUMBER = re.compile(
    r"(?:\bm\w*c(?: \w\w)?|\blevel|\bqu\w|\bq|\bcap|\blo\w\wi|\bnh\w+m|\bphase)\s*$"
)
# A rank: "xếp thứ 24/63", "đứng thứ 5", "xếp hạng 12", "ranked 7"; not "thu" of revenue, not
# a ratio done ("144/147 nhiệm vụ").
_RANK_BEFORE = re.compile(r"\b(?:xep|dung)\s+(?:thu|hang)\s*$|\bthu hang\s*$|\brank(?:ed)?\s*$")
# A score: "71,05/100", "66,2 điểm" (and what a score's sentence says next: "tăng", "xếp"),
# not "45 điểm cầu" (places) nor "điểm tiếp nhận".
_SCORE_AFTER = re.compile(
    r"^\s*(?:/\s*100\b|(?:diem|points?)(?=\s*(?:$|[,.;:()]|tang\b|giam\b|xep\b|dung\b|"
    r"so voi\b|va\b|and\b|out of\b)))"
)


@dataclass(frozen=True)
class Found:
    """A figure of a passage with its words: the stretch before it and the words after it."""

    figure: str
    before: list[str]
    after: list[str]
    after_text: str
    before_text: str
    at: tuple[int, int]  # where the passage writes it
    sentence: str = ""  # the passage's sentence that writes it


def _spots(text: str) -> list[tuple[int, int, str]]:
    """Where the figures of a text are (dates, years and a label's number left out)."""
    spots = []
    for m in _FIGURE.finditer(text):
        raw = m.group(0)
        bare = raw.rstrip("% ").strip()
        before = text[max(0, m.start() - NAME_LOOKBACK) : m.start()].lower()
        if bare.count("/") >= 2 or (YEARLIKE.fullmatch(bare) and "%" not in raw):
            continue  # a date or a year
        if re.fullmatch(r"\d{1,2}/\d{1,2}", bare) and not re.search(r"th\w\s*$", before):
            continue  # "3/8" is a day, "thứ 24/63" a rank
        named = bare.isdigit() and len(bare) <= NAMED_NUMBER_DIGITS and "%" not in raw
        if named and _NAMES_NUMBER.search(before):
            continue  # "mức độ 3", "level 4", "quý 3": the number names a thing
        spots.append((m.start(), m.end(), raw.replace(" ", "")))
    return spots


def _figures(passage: str, folded: str) -> list[Found]:
    """The figures of a passage, each with its words read in the folded passage and written
    as the passage writes it."""
    spots = _spots(folded)
    own = _spots(passage)
    if len(own) != len(spots):
        return []  # folding moved a figure: none can be told apart
    out: list[Found] = []
    for i, (start, end, _) in enumerate(spots):
        prev_end = spots[i - 1][1] if i else 0
        next_start = spots[i + 1][0] if i + 1 < len(spots) else len(folded)
        stretch = folded[prev_end:start]
        # back to its sentence's start, or the aside it opens ("(trong đó có 776 …")
        pieces = re.split(r"[.;:](?:\s|$)|\(", stretch)
        before = pieces[-1]
        if not before.strip() and len(pieces) > 1 and stretch.rstrip().endswith(":"):
            before = pieces[-2]  # "Số đơn thư đã xử lý: 31": its label is before its colon
        if i and before == stretch:  # after a figure of its sentence: its own clause only
            before = re.split(r",|\b(?:va|and|con)\b", before)[-1]
        after = re.split(r"[;()]|\.(?:\s|$)", folded[end:next_start])[0]
        out.append(Found(own[i][2], _WORD.findall(before), _WORD.findall(after)[:AFTER_WORDS],
                         folded[end:next_start], before, own[i][:2],
                         _sentence(passage, own[i][:2])))  # fmt: skip
    return out


def _sentence(passage: str, at: tuple[int, int]) -> str:
    """The sentence of a passage around a span (a full stop inside "71.05" ends none)."""
    start = max((m.end() for m in re.finditer(r"[.;](?:\s|$)", passage[: at[0]])), default=0)
    end = re.search(r"[.;](?:\s|$)", passage[at[1] :])
    return passage[start : at[1] + end.start() if end else len(passage)]


def _in_order(words: list[str], label: tuple[tuple[str, ...], ...], opens_by: int) -> bool:
    """Every word group of the label found in `words`, in order, each within GAP words of the
    one before, the first within `opens_by` words (any when negative)."""
    joined = " ".join(words)
    pos, last = 0, -1
    for n, group in enumerate(label):
        hit = None
        for alt in group:
            m = re.search(rf"\b{re.escape(alt)}\b", joined[pos:])
            if m and (hit is None or m.start() < hit[0]):
                hit = (m.start() + pos, m.end() + pos)
        if hit is None:
            return False
        index = len(joined[: hit[0]].split())
        if (n == 0 and 0 <= opens_by < index) or (n and index - last > GAP + 1):
            return False
        last = index + len(joined[hit[0] : hit[1]].split()) - 1
        pos = hit[1]
    return True


def _answers(ask: Ask, f: Found, indexes: frozenset[str] = frozenset()) -> bool:
    """The figure answers the ask by its own words; a score or rank, when the question names
    `indexes`, only in a sentence whose index nearest the figure is one of them."""
    share = f.figure.endswith("%")
    score = bool(_SCORE_AFTER.match(f.after_text)) or f.figure.endswith("/100")
    rank = bool(_RANK_BEFORE.search(f.before_text))
    if ask.kind in (SCORE, RANK) and indexes:
        near = named_index.figure_index(f.sentence, f.figure)
        if near is None or near.index not in indexes:
            return False
    if ask.kind == SCORE:
        return score and not share
    if ask.kind == RANK:
        return rank and not share and not score
    labelled = _in_order(f.after, ask.label, AFTER_START) or _in_order(f.before, ask.label, -1)
    if ask.kind == SHARE:
        return share and labelled
    return ask.kind == COUNT and not (share or score or rank) and labelled


def find(
    asks: list[Ask], passage: str, indexes: frozenset[str] = frozenset()
) -> list[tuple[str, str] | None]:
    """Each ask's (figure, words around it) in the passage, or None when the passage gives it
    no figure or more than one; a figure two asks would take is neither's. `indexes`: those
    the question names (a score or rank is of one of them, `_answers`)."""
    folded = fold(passage, repair=False).lower()
    found = _figures(passage, folded)
    out: list[tuple[str, str] | None] = []
    counted: list[Found | None] = []
    labelled = [a for a in asks if a.label]
    # a figure two labels name ("2.410 hồ sơ nhóm 1, nhóm 2") is of them together: neither's
    shared = [f for f in found if sum(_answers(a, f, indexes) for a in labelled) > 1]
    for ask in asks:
        if ask.kind == SHARE and not ask.label:
            out.append(None)
            counted.append(None)
            continue
        hits = [f for f in found if _answers(ask, f, indexes) and f not in shared]
        one = hits[0] if len({f.figure for f in hits}) == 1 else None
        counted.append(one)
        out.append(None if one is None else (one.figure, _around(passage, one)))
    shares = [a for a in asks if a.kind == SHARE and not a.label]
    if shares:
        out = _each_share(asks, found, counted, passage, out)
    figs = [o[0] for o in out if o]
    return [o if o and figs.count(o[0]) == 1 else None for o in out]


def _each_share(
    asks: list[Ask],
    found: list[Found],
    counted: list[Found | None],
    passage: str,
    out: list[tuple[str, str] | None],
) -> list[tuple[str, str] | None]:
    """A share asked of every labelled figure: the one written right after each, before any
    other figure, added after that figure's ask; the bare share ask itself is left out."""
    res: list[tuple[str, str] | None] = []
    for ask, one, got in zip(asks, counted, out, strict=True):
        if ask.kind == SHARE and not ask.label:
            continue
        res.append(got)
        if ask.kind != COUNT:
            continue
        nxt = None
        if one is not None:
            i = found.index(one)
            nxt = found[i + 1] if i + 1 < len(found) else None
        share = nxt if nxt is not None and nxt.figure.endswith("%") else None
        res.append(None if share is None else (share.figure, _around(passage, share)))
    return res


def labels(asks: list[Ask], en: bool) -> list[str]:
    """How each ask of `find`'s answer is named in the answer's language (`en`): a score or
    rank by its kind, a count by the question's words, a bare share once for each labelled
    count as that count's share ("tỷ lệ — đã xử lý"), never glued to the next ask's words."""
    share = next((a for a in asks if a.kind == SHARE and not a.label), None)
    kinds = {SCORE: ("score", "điểm"), RANK: ("rank", "thứ hạng")}
    out: list[str] = []
    for a in asks:
        if a is share:
            continue
        out.append(kinds[a.kind][not en] if a.kind in kinds else a.words)
        if share is not None and a.kind == COUNT:
            out.append(f"{'share' if en else 'tỷ lệ'} — {a.words}")
    return out


def _bare_share_rows(asks: list[Ask]) -> list[bool]:
    """Which of `labels`' rows are a bare share's (one after each labelled count)."""
    bare = any(a.kind == SHARE and not a.label for a in asks)
    out: list[bool] = []
    for a in asks:
        if a.kind == SHARE and not a.label:
            continue
        out.append(False)
        if bare and a.kind == COUNT:
            out.append(True)
    return out


def _around(passage: str, f: Found) -> str:
    """The passage's own words around a figure: some of its sentence before it, its clause
    after it."""
    start, end = f.at
    before = re.split(r"[.;:](?:\s|$)", passage[:start])[-1].split()[-AROUND_WORDS:]
    after = re.split(r"[,;()]|\.(?:\s|$)", passage[end:])[0].split()[:AROUND_WORDS]
    return " ".join([*before, passage[start:end], *after])


def several(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with every quantity the question asks stated from one passage (see module
    doc); None when the question asks one, or nothing safe can be added."""
    asks = asked_quantities(q.text, language=ans.language)
    if not asks or ans.abstained and not ans.candidates:
        return None
    en = ans.language == "en"
    indexes = frozenset(named_index.asked(q.folded))
    if ans.figure and ans.citations:
        return _add_others(asks, ans, en, indexes)
    if ans.candidates and not ans.figure:
        return _firm(asks, ans, en, indexes)
    return None


def _passages(c: Citation) -> list[str]:
    """Where an ask is looked for: the quote, then its paragraph."""
    return [p for p in (c.quote, c.context) if p]


def _add_others(
    asks: list[Ask], ans: Answer, en: bool, indexes: frozenset[str] = frozenset()
) -> Answer | None:
    """A stated answer with the other asks' figures of its passage, or "not given"; a stated
    share is the bare share asked: no share row follows."""
    lines = ans.text.split("\n")
    if not lines[0].startswith(f"**{ans.figure}**"):
        return None  # a table or a list
    cit = ans.citations[0]
    names = labels(asks, en)
    for passage in _passages(cit):
        got = find(asks, passage, indexes)
        if ans.figure in [g[0] for g in got if g]:
            break
    else:
        return None  # the stated figure is no ask's by its own words
    if sum(1 for g in got if g) < 2:
        return None
    said = {m for line in lines for m in re.findall(r"\*\*([^*]+)\*\*", line)}
    share_said = ans.figure.endswith("%")
    rows = [r for name, g, bare in zip(names, got, _bare_share_rows(asks), strict=True)
            if not (g and g[0] in said) and not (bare and share_said)
            for r in _row(name, g, cit.n, en)]  # fmt: skip
    if not rows:
        return None
    at = 2 if len(lines) > 1 and lines[1].startswith(">") else 1  # after the figure's quote
    return replace(ans, text="\n".join([*lines[:at], *rows, *lines[at:]]))


def _row(name: str, got: tuple[str, str] | None, n: int, en: bool) -> list[str]:
    """One ask's lines: its figure in bold with what it counts, then the words around it
    quoted; or "not given"."""
    if got is None:
        return [f"- {name}: " + ("not given in this passage" if en else "đoạn này không nêu")]
    return [f"**{got[0]}** — {name} [{n}]", f"> … {got[1]} …"]


def _firm(
    asks: list[Ask], ans: Answer, en: bool, indexes: frozenset[str] = frozenset()
) -> Answer | None:
    """An unsure answer made sure when one candidate's passage gives every ask by its own
    label, the best candidate's figure among them (module doc); else None (it stays unsure)."""
    if not all(_own_label(a, indexes) for a in asks):
        return None
    names = labels(asks, en)
    best = ans.candidates[0].figure
    for c in ans.candidates:
        for passage in _passages(c.citation):
            got = find(asks, passage, indexes)
            if all(got) and best in [g[0] for g in got if g]:
                return _stated(ans, names, [(g, c.citation) for g in got if g], en)
    return None


def _own_label(ask: Ask, indexes: frozenset[str]) -> bool:
    """Whether an ask is found by words of its own: a label, a score or rank the question's
    index names, a bare share by the labelled count it follows."""
    if ask.kind in (SCORE, RANK):
        return bool(indexes)
    return bool(ask.label) or ask.kind == SHARE


def _stated(
    ans: Answer, names: list[str], got: list[tuple[tuple[str, str], Citation]], en: bool
) -> Answer:
    """The answer stating each ask's figure, each with its words, the first as its figure;
    the candidates' citations it uses join the answer's."""
    head = "The figures asked:" if en else "Các số liệu được hỏi:"
    rows = [r for name, (g, c) in zip(names, got, strict=True) for r in _row(name, g, c.n, en)]
    cites = {c.n: c for c in ans.citations}
    for _, c in got:
        cites.setdefault(c.n, c)
    return replace(ans, text="\n".join([head, *rows]), figure=got[0][0][0], candidates=(),
                   citations=tuple(sorted(cites.values(), key=lambda c: c.n)))  # fmt: skip
