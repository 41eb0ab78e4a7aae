"""Each of the several quantities a question asks (bot/quantities_asked.py), found in one
passage by its own label, stated with what it counts.

A figure answers an ask only by its own words: a score is written "/100" or "điểm" after it, a
rank "xếp thứ" before it, a share with "%", a count by its label's words right after it ("143
DVCTT mức độ 3") or in its own stretch before it, back to the figure before it or the start of
its sentence ("Tổng số PAKN đã tiếp nhận 78"). A share asked with no label of its own ("tổng thu
và tổng chi … bằng mấy % dự toán") is each labelled figure's: the share written right after it,
before any other figure. An ask with no figure, or with more than one, is "not given" there;
two asks never take one figure.

A stated answer whose figure is one of the asks gets the others from its quoted passage, each a
line, or "not given". An unsure answer (candidates, no figure) becomes one stating every asked
figure only when one candidate's passage (quote, then paragraph) gives every ask, the best
candidate's figure among them; or, the asks spread over the candidates' passages, each ask is
given by exactly one figure of them all. Otherwise it stays unsure."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.quantities_asked import COUNT, RANK, SCORE, SHARE, Ask, asked_quantities
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import fold

# A figure as written: "78", "19.314,870", "87.38/100", "19/63", "96,1%"; dates are read and left.
_FIGURE = re.compile(r"(?<![\w.,/])\d+(?:[.,/]\d+)*(?:\s?%)?")
_WORD = re.compile(r"[a-z0-9]+")
# A label's word may stand this many words after the previous one ("mức [độ] 3").
GAP = 2
# A label after its figure opens within this many words ("143 [DVCTT] mức độ 3").
AFTER_START = 3
# Words read after a figure for its label or unit, up to the next figure or an aside, a ";" or
# a full stop (a comma does not end them: "1.636 hồ sơ DVC mức 3, mức 4" is of both levels).
AFTER_WORDS = 8
# Words shown on each side of a stated figure.
AROUND_WORDS = 8
# A small number right after these words names a thing ("mức độ 3", "level 4"), counts none.
_NAMES_NUMBER = re.compile(
    r"(?:\bm\w*c(?: \w\w)?|\blevel|\bqu\w|\bq|\bcap|\blo\w\wi|\bnh\w+m|\bphase)\s*$"
)
# A rank: "xếp thứ 19/63", "đứng thứ 5", "xếp hạng 12", "ranked 7"; not "thu" of revenue, not
# a ratio done ("144/147 nhiệm vụ").
_RANK_BEFORE = re.compile(r"\b(?:xep|dung)\s+(?:thu|hang)\s*$|\bthu hang\s*$|\brank(?:ed)?\s*$")
# A score: "87,38/100", "84,5 điểm" (and what a score's sentence says next: "tăng", "xếp"),
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


def _spots(text: str) -> list[tuple[int, int, str]]:
    """Where the figures of a text are (dates, years and a label's number left out)."""
    spots = []
    for m in _FIGURE.finditer(text):
        raw = m.group(0)
        bare = raw.rstrip("% ").strip()
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if bare.count("/") >= 2 or (re.fullmatch(r"(?:19|20)\d\d", bare) and "%" not in raw):
            continue  # a date or a year
        if re.fullmatch(r"\d{1,2}/\d{1,2}", bare) and not re.search(r"th\w\s*$", before):
            continue  # "15/6" is a day, "thứ 19/63" a rank
        if bare.isdigit() and len(bare) <= 2 and "%" not in raw and _NAMES_NUMBER.search(before):
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
        before = re.split(r"[.;:](?:\s|$)|\(", stretch)[-1]
        if i and before == stretch:  # after a figure of its sentence: its own clause only
            before = re.split(r",|\b(?:va|and|con)\b", before)[-1]
        after = re.split(r"[;()]|\.(?:\s|$)", folded[end:next_start])[0]
        out.append(Found(own[i][2], _WORD.findall(before), _WORD.findall(after)[:AFTER_WORDS],
                         folded[end:next_start], before, own[i][:2]))  # fmt: skip
    return out


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


def _answers(ask: Ask, f: Found) -> bool:
    """The figure answers the ask by its own words."""
    share = f.figure.endswith("%")
    score = bool(_SCORE_AFTER.match(f.after_text)) or f.figure.endswith("/100")
    rank = bool(_RANK_BEFORE.search(f.before_text))
    if ask.kind == SCORE:
        return score and not share
    if ask.kind == RANK:
        return rank and not share and not score
    labelled = _in_order(f.after, ask.label, AFTER_START) or _in_order(f.before, ask.label, -1)
    if ask.kind == SHARE:
        return share and labelled
    return ask.kind == COUNT and not (share or score or rank) and labelled


def _shown(figure: str) -> str:
    """A score written "87.38/100" is stated as 87.38."""
    return figure[: -len("/100")] if figure.endswith("/100") else figure


def find(asks: list[Ask], passage: str) -> list[tuple[str, str] | None]:
    """Each ask's (figure, words around it) in the passage, or None when the passage gives it
    no figure or more than one; a figure two asks would take is neither's."""
    folded = fold(passage, repair=False).lower()
    found = _figures(passage, folded)
    out: list[tuple[str, str] | None] = []
    counted: list[Found | None] = []
    labelled = [a for a in asks if a.label]
    # a figure two labels name ("1.636 hồ sơ mức 3, mức 4") is of them together: neither's
    shared = [f for f in found if sum(_answers(a, f) for a in labelled) > 1]
    for ask in asks:
        if ask.kind == SHARE and not ask.label:
            out.append(None)
            counted.append(None)
            continue
        hits = [f for f in found if _answers(ask, f) and f not in shared]
        one = hits[0] if len({f.figure for f in hits}) == 1 else None
        counted.append(one)
        out.append(None if one is None else (_shown(one.figure), _around(passage, one)))
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
    """How each ask of `find`'s answer is named (a bare share once for each labelled count)."""
    share = next((a for a in asks if a.kind == SHARE and not a.label), None)
    out: list[str] = []
    for a in asks:
        if a is share:
            continue
        out.append(a.words)
        if share is not None and a.kind == COUNT:
            out.append(f"{a.words}, {share.words}")
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
    asks = asked_quantities(q.text)
    if not asks or ans.abstained and not ans.candidates:
        return None
    en = ans.language == "en"
    if ans.figure and ans.citations:
        return _add_others(asks, ans, en)
    if ans.candidates and not ans.figure:
        return _firm(asks, ans, en)
    return None


def _passages(c: Citation) -> list[str]:
    """Where an ask is looked for: the quote, then its paragraph."""
    return [p for p in (c.quote, c.context) if p]


def _add_others(asks: list[Ask], ans: Answer, en: bool) -> Answer | None:
    """A stated answer with the other asks' figures of its passage, or "not given"."""
    lines = ans.text.split("\n")
    if not lines[0].startswith(f"**{ans.figure}**"):
        return None  # a table or a list
    cit = ans.citations[0]
    names = labels(asks, en)
    for passage in _passages(cit):
        got = find(asks, passage)
        if ans.figure in [g[0] for g in got if g]:
            break
    else:
        return None  # the stated figure is no ask's by its own words
    if sum(1 for g in got if g) < 2:
        return None
    said = {m for line in lines for m in re.findall(r"\*\*([^*]+)\*\*", line)}
    rows = [r for name, g in zip(names, got, strict=True) if not (g and g[0] in said)
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


def _firm(asks: list[Ask], ans: Answer, en: bool) -> Answer | None:
    """An unsure answer made sure when its candidates' passages give every ask (module doc)."""
    names = labels(asks, en)
    best = ans.candidates[0].figure
    for c in ans.candidates:
        for passage in _passages(c.citation):
            got = find(asks, passage)
            if all(got) and best in [g[0] for g in got if g]:
                return _stated(ans, names, [(g, c.citation) for g in got if g], en)
    spread: list[list[tuple[tuple[str, str], Citation]]] = [[] for _ in names]
    for c in ans.candidates:
        for passage in _passages(c.citation):
            for i, g in enumerate(find(asks, passage)):
                if g and g[0] not in [s[0][0] for s in spread[i]]:
                    spread[i].append((g, c.citation))
    reports = {c.report_id for s in spread for _, c in s}
    if all(len(s) == 1 for s in spread) and len(reports) == 1:
        picked = [s[0] for s in spread]
        figs = [p[0][0] for p in picked]
        if best in figs and len(set(figs)) == len(figs):
            return _stated(ans, names, picked, en)
    return None


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
