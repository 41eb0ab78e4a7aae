"""A part's stated figure held to the part's own words: made "not sure" (listed, never bold)
when its quote says at most half the adjacent pairs of the words its label says and the other
part's does not, unless it says every one of those words and few of the other part's own, or
its own clause says the part's flow in the report's verb (`bot/flow_asked.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.compare_parts import Part
from bot.compare_table import Cell
from bot.flow_asked import side_flow_said
from bot.part_words import NEGATION
from core.query import ABBREVIATIONS
from core.text import fold
from index.lexical import tokenize

# A date: day/month[/year] in a day's and a month's ranges, or a year ("30/6", "01/01/2022",
# "2022"); a fraction or ratio ("21/23") is none.
_DATE = (
    r"(?:\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:19|20)?\d{2})?(?!\d)(?!/)"
    r"|\b(?:19|20)\d{2}\b)"
)
# A period a label names ("năm 2022", "quý 3", "từ 01/01/2022-30/6/2022", "đến ngày 30/6"): it
# dates both parts, no part's own words.
_PERIOD = re.compile(
    r"\b(?:nam|quy|thang|year|quarter)\s+\d+\b|"
    rf"\b(?:(?:tu|den|ngay|from|to|until|since|as of)\s+)*{_DATE}(?:\s*[-–]\s*{_DATE})?"
)
# The most of the other part's own words a quote may say and still be read as this part's line
# by its words alone (`_words_said`): a quote saying more of them may be the other's, or both's.
OTHER_SHARE = 0.5


def own_words_said(
    parts: Sequence[Part], cells: list[Cell], vocabulary: frozenset[str]
) -> list[Cell]:
    """The cells, a part's stated figure made "not sure" (listed, never bold) when its quote
    says at most half the part's own word pairs: the pairs of its label's words the other
    part's label does not say ("giấy phép" of "giấy phép qua thẩm định" beside "cấp phép
    không qua thẩm định"). A label with fewer than two own words ("mức độ 3" beside "mức độ
    4"), or one in words the reports do not use (English), is not checked."""
    if len(parts) < 2 or len(cells) != len(parts):
        return cells
    said = [_wordings(p.label, vocabulary) for p in parts]
    labels = [p.label for p in parts]
    out = []
    for k, cell in enumerate(cells):
        others = [wording for j, ws in enumerate(said) if j != k for wording in ws]
        other = {w for wording in others for w in wording}
        theirs = {p for wording in others for p in zip(wording, wording[1:], strict=False)}
        own = [ws for ws in said[k] if len({w for w in ws if w not in other}) >= 3]
        if (
            cell.citation is None
            or not own
            or side_flow_said(labels, k, cell.citation.quote, cell.figure)
        ):
            out.append(cell)
            continue
        # a figure between the words is no word ("… thi tuyển 11 công chức")
        toks = [t for t in spelled_out(tokenize(fold(cell.citation.quote))) if not t[:1].isdigit()]
        quoted = set(zip(toks, toks[1:], strict=False))
        mine = {w for ws in said[k] for w in ws}
        if any(_pairs_said(ws, quoted, set(toks), theirs, other) for ws in own) or any(
            _words_said(ws, set(toks), other, other - mine) for ws in own
        ):
            out.append(cell)
        else:
            out.append(Cell(cell.side, doubted=((cell.figure, cell.citation),)))
    return out


def _pairs_said(
    words: list[str], quoted: set[tuple[str, str]], said: set[str],
    theirs: set[tuple[str, str]], other: set[str],
) -> bool:  # fmt: skip
    """Whether a quote says more than half the adjacent pairs of a wording's words that the
    other part's wording does not say as a pair (a word both say leaves no gap: "trạm y tế
    có bác sĩ" beside "phòng khám tư nhân y tế" keeps "trạm y"), and each negation of
    its own. A pair into a negation is no pair ("cấp phép không qua thẩm định" said "cấp
    phép các trường hợp … không qua thẩm định"): the negation goes with the words after it,
    which the other part may say too."""
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False) if b not in NEGATION}
    pairs -= theirs
    if any(w in NEGATION and w not in said and w not in other for w in words):
        return False
    return 2 * len(pairs & quoted) > len(pairs)


def _words_said(words: list[str], said: set[str], other: set[str], their_own: set[str]) -> bool:
    """Whether a quote says every word of a wording that the other part's wording does not
    say, in any order or with words between ("Cán bộ được đào tạo toàn ngành" for "cán bộ đào
    tạo chuyên môn toàn ngành" beside "cán bộ bồi dưỡng chuyên môn cơ sở": the words both
    parts share may be left to the context), and at most `OTHER_SHARE` of the other part's own words: the quote is not
    the other part's line. A negation of the other part's, said, is its."""
    own = {w for w in words if w not in other}
    if not own or not own <= said or any(w in NEGATION for w in said & their_own):
        return False
    return len(said & their_own) <= OTHER_SHARE * len(their_own)


def _wordings(label: str, vocabulary: frozenset[str]) -> list[list[str]]:
    """A part label's words, but a period's (`_PERIOD`), when the reports use every one of them
    (a Vietnamese label); none when they do not (an English label: its wordings in the reports are too loose a match)."""
    words = [t for t in tokenize(_PERIOD.sub(" ", fold(label))) if not t.isdigit()]
    return [spelled_out(words)] if all(t in vocabulary for t in words) else []


def spelled_out(words: list[str]) -> list[str]:
    """Words with each abbreviation the reports write spelled out in the report's words
    ("tthc" → "thu tuc hanh chinh", `core.query.ABBREVIATIONS`): a label saying "thủ tục" and a
    line saying "TTHC" (or the other way round) say the same words."""
    return [w for t in words for w in (ABBREVIATIONS[t][0].split() if t in ABBREVIATIONS else [t])]
