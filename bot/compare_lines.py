"""Two parts compared from one line of a report: "… giao 32.554 người, số có mặt … là 30.147
người", "tiếp nhận 78 PAKN, số PAKN đã giải quyết xong 75". Each part's own words (those the
other part does not say) are looked for in the words said before each figure of the line, back
to the figure before it or its clause's opening (a bracket, colon or semicolon); a part takes the figure whose lead says most of its own words, the
nearest to it on a tie. A part whose words lead to no figure, or to two alike, or both parts to
one figure, shares out nothing: the table then keeps what the figure answerer said of each."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from bot.compare_kind import skeleton
from bot.flow_asked import side_flow_said
from bot.line_figures import figures_of
from core.query import ABBREVIATIONS, expansions
from core.text import fold

_TAIL_END = re.compile(r"[(;:),]|\.(?!\d)")
# … in a line whose figures each open their own words ("80% giáo viên, nhân viên trường tiểu
# học, 65% giáo viên, nhân viên trường mầm non …"): a figure's words run past commas to the next figure.
_OPEN_TAIL_END = re.compile(r"[(;:)]|\.(?!\d)")
# Words of a part's label that name no part: the number asked, articles, "số".
_GENERIC = frozenset(
    ("so", "luong", "bao", "nhieu", "la", "cac", "nhung", "the", "a", "an", "of", "number", "how",
     "many", "much", "what", "is", "are", "was", "were", "ty", "le", "percent", "share", "rate")
)  # fmt: skip


# Abbreviations and their words ("ubnd" → "uy ban nhan dan").
_ABBR = {k: v[0] for k, v in ABBREVIATIONS.items() if " " not in k}


def _tokens(text: str) -> list[str]:
    """Folded words, without the punctuation around them ("(HĐND)" → "hdnd")."""
    return re.findall(r"[\w/]+", fold(text))


def _clause(lead: str) -> str:
    """A lead from its clause's opening: after the last bracket, colon or semicolon (one right
    before the figure aside: "… cấp huyện: 18"), so "cho các trường, trạm y tế và thôn (trong
    đó: Trạm y tế xã là 2.318" leads 2.318 with "Trạm y tế xã là" alone. A
    figure that opens its bracket is led by the words before the bracket: "công chức (59 biên
    chế), viên chức (15 biên chế)" leads 15 with "biên chế), viên chức"."""
    lead = lead.rstrip(" :")
    cut = max(lead.rfind(c) for c in "(;:")
    if cut >= 0 and lead[cut] == "(" and not lead[cut + 1 :].strip():
        return _clause(lead[:cut])  # "viên chức (58 biên chế)": the bracket's label leads it
    return lead[cut + 1 :]


def _slashed(token: str) -> list[str]:
    """A label's word, or the words a slash joins in it ("tỉnh/huyện"; not "218/305")."""
    return token.split("/") if re.fullmatch(r"[^\W\d]+(?:/[^\W\d]+)+", token) else [token]


def _label_words(label: str) -> frozenset[str]:
    """A part's label's folded words; for a label the glossary translates whole (an English
    one: "online", "overdue", none of its words among the translation's), the reports' words
    for it ("trực tuyến", "quá hạn")."""
    typed = fold(label, repair=False)  # a typed label: "People" is no OCR's "Đeople"
    # ("cấp tỉnh/huyện": each word a slash joins names the part)
    own = frozenset(w for t in re.findall(r"[\w/]+", typed) for w in _slashed(t))
    said = frozenset(_tokens(" ".join(expansions(typed))))
    if own & said:
        return own  # an abbreviation and its words ("HĐND": "hội đồng nhân dân", "hdnd")
    # (an abbreviation for Vietnamese words, "cbcc" for "cán bộ công chức", is no translation,
    # unless the translation says its words too: "people's council" → "hội đồng nhân dân", "hdnd")
    return frozenset(t for t in said if t not in _ABBR or set(_ABBR[t].split()) <= said) or own


def translated(label: str) -> bool:
    """Whether a part's label is read in the reports' words the glossary gives it (an English
    label: "dossiers received online"), not in its own words (`_label_words`)."""
    typed = fold(label, repair=False)
    own = frozenset(re.findall(r"[\w/]+", typed))
    said = frozenset(_tokens(" ".join(expansions(typed))))
    return bool(said) and not own & said


def _generic(label: str) -> frozenset[str]:
    """The words of `_GENERIC` that name no part of this label: folded "so" is "số" (a number
    asked) unless the label writes "sở" or says "cấp so" (a department's level, "cấp sở")."""
    if re.search(r"(?<!\w)sở(?!\w)", label, re.IGNORECASE) or re.search(r"\bcap so\b", fold(label)):
        return _GENERIC - {"so"}
    return _GENERIC


def label_words(labels: Sequence[str]) -> list[frozenset[str]]:
    """Each part's label's folded words, the generic ones aside (shared ones kept)."""
    return [_label_words(label) - _generic(label) for label in labels]


def own_words(labels: Sequence[str]) -> list[frozenset[str]]:
    """Each part's own words: its label's folded words the other parts' labels do not say."""
    words = label_words(labels)
    return [w - frozenset().union(*(o for j, o in enumerate(words) if j != i))
            for i, w in enumerate(words)]  # fmt: skip


def _at(word: str, lead: list[str], misread: bool = True) -> int:
    """Where the word is last said in the lead, -1 when it is not: the word itself (with
    `misread`, one misread letter allowed in a word of four letters or more: "HPND" for
    "HĐND"), or an abbreviation's words ("Ủy ban nhân dân" for "UBND", their vowels as OCR may
    misread them)."""
    long = _ABBR.get(word, "").split()
    for i in range(len(lead) - 1, -1, -1):
        w = lead[i]
        if w == word or (
            misread
            and len(w) == len(word) >= 4
            and sum(a != b for a, b in zip(w, word, strict=True)) == 1
        ):
            return i
        said = lead[max(0, i - len(long) + 1) : i + 1]
        if long and len(said) == len(long) and all(
            skeleton(a) == skeleton(b) for a, b in zip(said, long, strict=True)
        ):  # ("Ủy ban nhân đến tỉnh": a restored word's vowel misread)
            return i
    return -1


def _fit(own: frozenset[str], lead: list[str], misread: bool = True) -> tuple[int, float]:
    """How many of a part's own words a figure's lead says, and how far back (on average) from
    the figure it says them (`misread`: see `_at`)."""
    at = [_at(w, lead, misread) for w in own]
    said = [len(lead) - 1 - i for i in at if i >= 0]
    return len(said), (sum(said) / len(said) if said else math.inf)


def _rank(fit: tuple[int, float], label_said: int) -> tuple[int, int, float]:
    """How well a figure's lead names a part: its own words said, then its label's words said
    (shared ones too: "trực tiếp và qua bưu chính: 52.600" says "trực tiếp" whole, where "tiếp
    nhận 61.250" says only its "tiếp"; "trạm y tế xã là 2.318" says more of a "trạm y
    tế xã" than "điểm y tế thôn xã là 317"), then nearness."""
    return fit[0], label_said, -fit[1]


def _says(own: frozenset[str], fit: tuple[int, float]) -> bool:
    """Whether a figure's lead says at least half of a part's own words."""
    return fit[0] >= max(1, math.ceil(len(own) / 2))


def _read(
    labels: Sequence[str], line: str, share: bool, after: bool = False, opens: bool = False
) -> tuple[
    list[str], list[frozenset[str]], list[list[tuple[int, float]]], set[int], list[list[int]]
]:
    """The line's figures of the asked kind, each part's own words, how each part's words fit
    each figure's lead, the figures that are two parts' whole (said with every own word of
    two parts or more: "HĐND và UBND tỉnh đã ban hành 23 văn bản (HĐND … 06 …; UBND … 17 …)"),
    and how many of each part's label's words (shared ones too) each figure's lead says."""
    owns = own_words(labels)
    found = figures_of(line)
    figs = [f[0] for f in found if f[3] == share]
    leads, start = [], 0
    for i, f in enumerate(found):  # a lead runs back to the figure before it, of either kind
        if f[3] == share and after:  # … or on to the figure after it ("63 viên chức và 54")
            end = found[i + 1][1] if i + 1 < len(found) else len(line)
            tail = line[f[2] : end]
            cut = (_OPEN_TAIL_END if opens else _TAIL_END).search(tail)
            # (read backwards, so the words nearest the figure weigh most)
            leads.append(_tokens(tail[: cut.start()] if cut else tail)[::-1])
        elif f[3] == share:
            leads.append(_tokens(_clause(line[start : f[1]])))
        start = f[2]
    # (words run on past commas are many: a word one letter off, "xuyên" for "huyện", names
    # no part there)
    fits = [[_fit(own, lead, not opens) for lead in leads] for own in owns]
    said = [[_fit(words, lead, not opens)[0] for lead in leads] for words in label_words(labels)]
    # A whole is said with each part's words as written: a word one letter from a part's word
    # may be a misread one when it names a part, but "hiện" beside "viên" is another word.
    exact = [[_fit(own, lead, False) for lead in leads] for own in owns]
    whole = {
        k for k in range(len(figs))
        if sum(f[k][0] == len(o) > 0 for o, f in zip(owns, exact, strict=True)) > 1
    }  # fmt: skip
    return figs, owns, fits, whole, said


def wholes(labels: Sequence[str], line: str, share: bool, after: bool = False) -> set[str]:
    """The figures of the line that are the parts' whole, no part's own; `after`: those the
    words after them read as the whole too ("1.250 hồ sơ mức 3 và mức 4 (…)")."""
    figs, _, _, whole, _ = _read(labels, line, share)
    found = {figs[k] for k in whole}
    if after:
        figs, _, _, whole, _ = _read(labels, line, share, True)
        found |= {figs[k] for k in whole}
    return found


def share_out(
    labels: Sequence[str], line: str, share: bool, near: float = math.inf
) -> list[str] | None:
    """The figure each part's own words lead to in one line (shares when a share is asked,
    counts otherwise), or None unless every part gets its own figure, each a clear best; a
    figure that is the parts' whole is no part's. When the words before the figures settle
    nothing, the words after each ("trong đó có 90 viên chức và 13 cán bộ công chức").
    `near`: each part's words said on average at most that many words from its figure (a
    label beside it, not words scattered over a long sentence before it)."""
    return (
        _shared(*_read(labels, line, share), near)
        or _shared(*_read(labels, line, share, True), near)
        or (_shared(*_read(labels, line, share, True, True), near)
            if figure_first(labels, line, share) else None)
        or flows_shared(labels, line, share)
    )  # fmt: skip


def flows_shared(labels: Sequence[str], line: str, share: bool) -> list[str] | None:
    """Each part's figure read by the flow its label names (`bot/flow_asked.py`: "dossiers
    received" / "results returned", "nhận" / "đã xử lý xong") in the report's own verb: the
    one figure of the line whose own clause names that flow ("đã tiếp nhận 17.667 hồ sơ … và
    đã thực hiện trả 271.215 hồ sơ"); None unless every part names a flow no other part
    names and finds exactly one such figure."""
    figs = [f[0] for f in figures_of(line) if f[3] == share]
    out = []
    for k in range(len(labels)):
        mine = [f for f in figs if side_flow_said(labels, k, line, f)]
        if len(mine) != 1:
            return None
        out.append(mine[0])
    return out if len(set(out)) == len(out) else None


def figure_first(labels: Sequence[str], line: str, share: bool) -> bool:
    """Whether the line's first figure of the asked kind comes before every part's own words
    ("88% trạm y tế cấp huyện, 64% trạm y tế cấp xã"): each figure then opens its part's words, which
    may run past a comma to the next figure."""
    found = [f for f in figures_of(line) if f[3] == share]
    if len(found) < 2:
        return False
    lead = _tokens(line[: found[0][1]])
    return all(_fit(own, lead, False)[0] == 0 for own in own_words(labels))


def _shared(
    figs: list[str], owns: list[frozenset[str]], fits: list[list[tuple[int, float]]],
    whole: set[int], said: list[list[int]], near: float = math.inf,
) -> list[str] | None:  # fmt: skip
    """Each part's clear best figure (`share_out`, ranked by `_rank`), or None."""
    if not figs or any(not own for own in owns):
        return None
    out: list[str] = []
    for own, part_fits, part_said in zip(owns, fits, said, strict=True):
        mine = [(fit, k) for k, fit in enumerate(part_fits) if k not in whole]
        if not mine:
            return None
        ranks = [_rank(fit, part_said[k]) for fit, k in mine]
        top = max(ranks)
        best = mine[ranks.index(top)]
        if not _says(own, best[0]) or ranks.count(top) > 1:
            return None
        if best[0][1] > near:
            return None
        out.append(figs[best[1]])
    return out if len(set(out)) == len(out) else None


def said_of(own: frozenset[str], words: list[str]) -> int:
    """How many of a part's own words a run of folded words says as written (an abbreviation
    by its words: see `_at`; no misread letter: "tổng" is not "đồng")."""
    return _fit(own, words, False)[0]


def clause_lead(lead: str) -> str:
    """The words leading a figure from its clause's opening (`_clause`)."""
    return _clause(lead)


def tokens(text: str) -> list[str]:
    """Folded words, without the punctuation around them (`_tokens`)."""
    return _tokens(text)
