"""Which figures can be a summary's key figures at all: a figure that counts something the
report reports (a count with its counted noun, a share, a ratio, an amount of money), never a
number a word was misread as ("trả lời" printed "trả 101"), a rank ("xếp thứ 8"), nor a number
inside the titles of articles or programmes a report lists ("các tin bài: Hải quan … giải quyết
đúng hạn 1.200 bộ hồ sơ; Lấy sự hài lòng …; …")."""

from __future__ import annotations

import re
from dataclasses import replace

from core.text import fold, parse_number
from index.chunk import Chunk
from index.clause_tokens import UNITS
from index.facts import Fact

FEW = 10  # a count below this tells single cases ("bổ nhiệm 01 viên chức"), no headline
MONEY_UNITS = frozenset(["dong", "trieu dong", "ty dong", "nghin dong", "vnd"])
# The đồng sign written onto an amount ("150.000đ/ngày", OCR "150.000d/ngay"): an amount of
# money whatever noun the fact table read as its unit; a letter after it is a word ("12dự án"),
# a capital "D" a dimension or a model ("3D", "360D"), never the sign.
_MONEY_SIGN = re.compile(r"[đd](?![^\W\d_])")
# The least amount the sign is read on: no fee or allowance in đồng is below a thousand (the
# smallest banknote in use is 1.000đ), while "3d", "12d" are OCR of other words.
MONEY_SIGN_FLOOR = 1000.0
# A unit named before its figure is the figure's when a label ties them: "Số hồ sơ: 203", "hồ
# sơ tiếp nhận là 203", "tổng số hồ sơ … 203"; else the noun before is some other word of the
# clause ("Doanh nghiệp hỏi - Cơ quan nhà nước trả 101 …": "lời" misread, no count of firms).
_LABEL_TIE = re.compile(r":|\bla\b|\bgom\b|\bdat\b")
_COUNT_OF = re.compile(r"\b(?:so|so luong|tong so|tong)\s*$")
# A rank ("xếp thứ 8", "đứng thứ 3"): a place, not a count of things.
_ORDINAL = re.compile(r"\bthu\s*$")


def counts_something(f: Fact) -> bool:
    """Whether a figure counts something the report reports: a share, a ratio ("19/63"), an
    amount of money, or a count whose counted noun is said with it (after it, or before it
    tied by a label); not a rank. A count with no unit read is kept: OCR hides many a
    counted noun from the fact table ("137 coéng chic"), and its own words stay with it."""
    if f.kind == "percent" or "/" in f.norm or is_money(f):
        return True
    at = _spot(f)
    before, after = fold(f.clause[:at]), f.clause[at + len(f.value) :]
    if _ORDINAL.search(before):
        return False
    if not f.unit:  # a noun the fact table did not read ("137 công chirc"): said after it
        return True
    if re.search(rf"\b{re.escape(f.unit)}\b", fold(after)):
        return True  # "2.400 hộp thư cho cán bộ": its item names it after it
    at = before.rfind(f.unit)
    return at >= 0 and bool(_LABEL_TIE.search(before[at:]) or _COUNT_OF.search(before[:at]))


# A counted noun read this many words or more after its figure, with no label tying it before,
# is some later word of the clause, not what the figure counts ("có 4 đơn vị làm sớm hơn theo
# phương án": no 4 plans; "cho 120 báo cáo viên … theo Chương trình": no 120 programmes). A noun
# four words on still counts ("khoảng 900 chữ ký số cho cán bộ", its unit read as the officials).
UNIT_FAR = 5


def unit_beside(f: Fact) -> bool:
    """Whether a figure's counted unit is said with it: within `UNIT_FAR` words after it, or
    before it tied by a label ("Số hồ sơ: 203"); a share, a ratio, an amount of money, a count
    with no unit read: whatever it counts is its own words (see `counts_something`)."""
    if f.kind == "percent" or "/" in f.norm or is_money(f) or not f.unit:
        return True
    at = _spot(f)
    before, after = fold(f.clause[:at]), fold(f.clause[at + len(f.value) :])
    m = re.search(rf"\b{re.escape(f.unit)}\b", after)
    if m is not None and len(after[: m.start()].split()) < UNIT_FAR:
        return True
    at = before.rfind(f.unit)
    return at >= 0 and bool(_LABEL_TIE.search(before[at:]) or _COUNT_OF.search(before[:at]))


def is_money(f: Fact) -> bool:
    """Whether a figure is an amount of money: its unit is a currency, or the đồng sign (as
    typed: "đ" or a lower-case "d") is written onto an amount of `MONEY_SIGN_FLOOR` or more."""
    if f.unit in MONEY_UNITS:
        return True
    at = _spot(f) + len(f.value)
    if f.value not in f.clause or not _MONEY_SIGN.match(f.clause, at):
        return False
    return (parse_number(f.norm) or 0.0) >= MONEY_SIGN_FLOOR


def _spot(f: Fact) -> int:
    """Where a figure stands in its clause: of the places its value is written ("tăng 8 bậc,
    xếp thứ 8 về Chỉ số"), the one its unit follows most closely."""
    spots = [m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(f.value)}(?!\d)", f.clause)]
    if len(spots) < 2 or not f.unit:
        return spots[0] if spots else max(f.clause.find(f.value), 0)

    def gap(at: int) -> int:
        after = fold(f.clause[at + len(f.value) :])
        m = re.search(rf"\b{re.escape(f.unit)}\b", after)
        return m.start() if m else len(after) + 1

    return min(spots, key=gap)


# A list of titles: at least TITLES pieces, between ";", that open with a capital letter and
# have no figure and no colon (a headline, not "Cấp huyện: 30 hồ sơ").
TITLES = 3
_PIECE_SEP = re.compile(r";[,\s]*")
_RUN_END = re.compile(r"(?<=[.:!?])\s+|\n\s*[-+•*]\s*")  # a sentence ends, a bullet opens
_FIGURE = re.compile(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)")  # a number, not an OCR digit in a word
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _title_like(piece: str) -> bool:
    words = piece.strip(" ,\"'“”‘’()").split()
    if not words or not words[0][:1].isupper() or ":" in piece:
        return False
    return not _FIGURE.search(_YEAR.sub("", piece))


def in_titles(f: Fact, text: str) -> bool:
    """Whether a figure stands in one of a list of titles its paragraph (`text`: its chunk's
    text) gives: the ";"-separated piece holding it opens with a capital, and TITLES pieces
    or more of its run (up to a sentence's end or a bullet) are figure-less headlines that
    outnumber those with figures ("… các tin bài: Hà Tĩnh tăng 8 bậc …; Lấy sự hài lòng …;
    Giải mã …"). A list of results ("Cấp tỉnh: 20 hồ sơ; cấp huyện: 30 hồ sơ") is none."""
    at = text.find(f.value, f.span_start)
    if at < 0:
        return False
    start = max((m.end() for m in _RUN_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _RUN_END.finditer(text, at)), len(text))
    seps = list(_PIECE_SEP.finditer(text, start, end))
    spans = list(
        zip([start] + [m.end() for m in seps], [m.start() for m in seps] + [end], strict=True)
    )
    if len(spans) < TITLES:
        return False
    pieces = [text[a:b] for a, b in spans]
    own = next((text[a:b] for a, b in spans if a <= at < b), "")
    words = own.strip(" ,\"'“”‘’()").split()
    if not words or not words[0][:1].isupper() or ":" in own:
        return False
    headlines = sum(_title_like(p) for p in pieces)
    with_figures = sum(bool(_FIGURE.search(_YEAR.sub("", p))) for p in pieces)
    return headlines >= TITLES and headlines > with_figures


# A count whose counted noun the fact table did not read, as the words after it read once
# restored ("137 coéng chic" is "137 công chức"), or a counter the table does not know ("tổ chức
# 12 buổi tuyên truyền"): the noun is its unit. Never a span of time ("6 tháng cuối năm": no
# count of things reported), so the table's time units are left out; nor a count of `FEW`
# single cases ("tiếp nhận 02 viên chức"), which no unit read makes a key figure.
_TIME_UNITS = frozenset({"thang", "ngay", "nam"})
READ_UNITS = tuple(u for u in UNITS if u not in _TIME_UNITS) + ("buoi", "dot")
_UNIT_AFTER = re.compile(
    r"\s*(" + "|".join(re.escape(u) for u in sorted(READ_UNITS, key=lambda u: -len(u))) + r")\b"
)


def unit_read(f: Fact, chunk: Chunk) -> Fact:
    """The fact with the unit its restored words say right after it (see `READ_UNITS`), its
    clause as restored, where the fact table read none; else the fact as it is."""
    if f.kind != "count" or f.unit or "/" in f.norm or (parse_number(f.norm) or 0.0) < FEW:
        return f
    span = next((s for s in chunk.spans if s.start == f.span_start), None)
    if span is None:
        return f
    clause = chunk.readable(span)
    pattern = rf"(?<![\d.,]){re.escape(f.value)}(?![\d])"
    spots = [m.end() for m in re.finditer(pattern, clause)]
    if not spots:
        return f
    # of the places the value is written, the one nearest its place in the clause as printed
    printed = max(f.clause.find(f.value), 0) / max(len(f.clause), 1)
    end = min(spots, key=lambda e: abs(e / max(len(clause), 1) - printed))
    m = _UNIT_AFTER.match(fold(clause[end:]))
    return replace(f, unit=m.group(1), clause=clause) if m else f
