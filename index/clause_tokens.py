"""A clause's tokens and what its numbers are, for the fact table (index/facts.py): which
numbers are figures (not dates, document numbers, levels, numbering or telephone numbers), the
counted unit after one, and the service level, scope and date or period a clause names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.text import fold, fold_word

# A token of a clause as written: a word glued to a leading digit ("1a", OCR's "là"), a number
# (1.044 / 6.182,582 / 55,82 / 1997, an optional %), a word (OCR words hold digits: "s6"), or a
# punctuation mark that bounds an item.
_TOKEN = re.compile(
    r"(?P<word1>\d+[^\W\d_]\w*)"
    r"|(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:\s?%)?|\d+\.\d{1,2}(?!\d)(?:\s?%)?"
    r"|\d+(?:,\d+)?(?:\s?%)?)"
    r"|(?P<word>[^\W\d_][\w&@]*)"
    r"|(?P<punct>[,;:()/+*\-–.])"
)


_BOUNDARY = frozenset(",;:()")


# Words after a number that make it a time, not a figure of its own ("ngày 15", "năm 2022").
_TIME_BEFORE = frozenset({"ngay", "thang", "nam", "quy", "khoa", "dieu", "khoan", "doan", "luc"})


_LEVEL_BEFORE = frozenset({"do", "muc", "level"})


# Counted units, folded, longest first; the first one after a figure (or in its item) is its unit.
_UNIT_TEXT = """ho so|thu tuc hanh chinh|tthc|thu tuc|dich vu cong truc tuyen|dich vu cong|dvc|dvctt|
van ban|tin bai|tin|bai|nguoi|can bo|cong chuc|vien chuc|lao dong|luot|cuoc|don vi|co quan|
xa|huyen|doanh nghiep|ty dong|trieu dong|dong|may tinh|may chu|may|chung thu so|chung thu|
nhiem vu|ke hoach|quyet dinh|hoi nghi|lop|hoc vien|phan anh kien nghi|pakn|bieu mau|
tai khoan|gian hang|ho|thang|ngay|nam|diem|trang|chi so|tieu chi|thiet bi|diem cau|phong|
bo phan|bien che|cuoc hop|sim|linh vuc|phuong an|de an|du an|nganh|dia phuong|
san pham|tai lieu|to roi|phong su|chuong trinh|cuoc goi|tong dai|dich vu|thu tuc"""


UNITS: tuple[str, ...] = tuple(
    sorted(re.split(r"\s*\|\s*", _UNIT_TEXT.strip()), key=lambda u: -len(u.split()))
)


_LEVEL = re.compile(
    r"\bmuc(?: do)? ([1-4](?:(?: ?,| va| -| ?/) ?(?:muc(?: do)? )?[1-4])*)\b"
    r"|\b(toan trinh)\b|\b(?:truc tuyen|dich vu cong|dvc) (?:[a-z0-9]+ ){0,3}(mot phan)\b"
)


# "cấp" as OCR reads it: cap, cep, cip, cp
_CAP = r"\bc[aeiou]?p "


_SCOPES = (
    ("tinh", re.compile(rf"{_CAP}tinh\b|\bso ban nganh\b|\bcac so\b|\bso nganh\b")),
    ("huyen", re.compile(rf"{_CAP}huyen\b|\bhuyen thanh pho\b|\bhuyen thi xa\b")),
    ("xa", re.compile(rf"{_CAP}xa\b|\bxa phuong\b")),
)


DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])")


_PERIOD = re.compile(
    r"\b(6 thang (?:dau|cuoi) nam \d{4}|quy [iv1-4]+(?: nam|/)? ?\d{4}|nam \d{4})\b"
)


@dataclass
class Tok:
    """A token of a clause: word, number or punctuation, as written and folded, with offsets."""

    kind: str  # word | num | punct
    raw: str
    folded: str
    start: int
    end: int


# OCR's "tỷ lệ" with lệ read as digits ("ty 16 31,97%", "datty 1& 55,82%"): same length, so
# offsets into the clause stay right.
_TY_LE = re.compile(r"(?<=[tT][yỷýỳ])(\s*)1[6&€é8eê¢c](?=[\s:,.]|$)")


def tokens(text: str) -> list[Tok]:
    """A clause's tokens (OCR's "tỷ 16" read as "tỷ lệ" first)."""
    out: list[Tok] = []
    text = _TY_LE.sub(lambda m: m.group(1) + "lệ", text)
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "word"
        raw = m.group(0)
        if kind == "word1":
            kind = "word"
        folded = raw if kind in ("num", "punct") else fold_word(raw)
        out.append(Tok(kind, raw, folded, m.start(), m.end()))
    return out


def canonical(value: str) -> str:
    """A figure as written → its canonical form (1.044 → 1044; 55,82% → 55.82; 19/63 kept)."""
    from core.text import parse_number

    parts = [p.strip() for p in value.replace("%", "").split("/")]
    out = []
    for p in parts:
        n = parse_number(p)
        if n is None:
            return value
        out.append(f"{n:.6f}".rstrip("0").rstrip("."))
    return "/".join(out)


def _slash_tail(text: str, t: Tok) -> bool:
    """Whether a number follows a slash after a number or a code (a date's or a document
    number's tail); "158 sản phẩm/202 gian hàng", a count after another count's unit, is a
    figure of its own."""
    before = text[max(0, t.start - 4) : t.start]
    return before.rstrip().endswith("/") and not re.search(r"[^\W\d_]\s*/\s*$", before)


def _names_number(text: str, t: Tok) -> bool:
    """Whether a number is hyphened onto a name: "Covid-19", or OCR's "Covid -19" after a
    capitalised word (a list's "các xã -05 xã" is a count)."""
    return bool(
        re.search(r"[^\W\d_]-$", text[max(0, t.start - 3) : t.start])
        or re.search(r"\b[A-ZĐ][^\W\d_]* -$", text[max(0, t.start - 12) : t.start])
    )


def is_figure(toks: list[Tok], i: int, text: str) -> bool:
    """Whether the number token i is a figure (not a date, year, level, numbering, doc number)."""
    t = toks[i]
    prev = toks[i - 1].folded if i else ""
    prev2 = toks[i - 2].folded if i >= 2 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = text[t.end : t.end + 14]
    before = text[max(0, t.start - 3) : t.start]
    if re.match(r"\s*/\s*[^\W\d_]|-[A-ZĐ]", after) or _slash_tail(text, t):
        return False  # a document number (603/QĐ-UBND, 48-NQ/TU) or the tail of a date
    if before[-1:] in {"¢", "©", "€", "&", "§", "@"}:
        return False  # OCR's "có" read as "¢6"
    if _names_number(text, t):
        return False
    if re.match(r"\s*/\s*\d", after) and not re.match(r"\s*/\s*\d+\s*/", after):
        # a/b: a rank or a share (19/63, 4.599/4.722) unless it reads as a day/month
        if prev in {"ngay", "den", "tu"} or re.match(r"\s*/\s*(?:19|20)\d\d\b", after):
            return False
        a, b = t.raw, re.match(r"\s*/\s*(\d[\d.,]*)", after)
        return not (b and prev != "thu" and a.isdigit() and int(a) <= 31 and b.group(1).isdigit()
                    and int(b.group(1)) <= 12)  # fmt: skip
    if re.match(r"\s*/\s*\d+\s*/", after):
        return False  # a date
    if prev in _TIME_BEFORE or (prev in _LEVEL_BEFORE and t.raw in {"1", "2", "3", "4"}):
        return False
    # the 4 of "muc do 3, 4" / "muc do 3 va 4"
    if (
        prev in {",", "va", "-", "/"}
        and prev2 in {"1", "2", "3", "4"}
        and t.raw in {"1", "2", "3", "4"}
    ):
        j = i - 2
        while j > 0 and toks[j].folded in {"1", "2", "3", "4", ",", "va", "-", "/"}:
            j -= 1
        if toks[j].folded in _LEVEL_BEFORE:
            return False
    if i == 0 and nxt is not None and nxt.raw in {".", ")"}:
        return False  # the numbering of an item ("1. Việc ban hành")
    if nxt is not None and nxt.folded == "thang" and i + 2 < len(toks) and toks[i + 2].folded in {
        "dau", "cuoi", "diu"
    }:  # fmt: skip
        return False  # a period ("6 tháng đầu năm")
    if prev == "dai" and prev2 == "tong" or prev in {"hotline", "thoai"}:
        return False  # a telephone number ("tổng đài … 1022")
    if _phone(toks, i):
        return False  # "tổng đài thông tin dịch vụ công tỉnh Đồng Tháp 1022"
    if _year_range_end(toks, i):
        return False  # the end of a period ("giai đoạn 2022-2027", OCR's "2022 -20277")
    if t.raw in {"86", "56"} and nxt is not None and nxt.kind == "word" and prev in {"", "+", "-"}:
        return False  # OCR's "Số" opening an item ("+ 86 kinh phí thực hiện …")
    if len(t.raw) >= 7 and t.raw.isdigit():
        return False  # a date read without its slashes (151612022)
    if t.raw == "14" and nxt is not None and nxt.kind == "num":
        return False  # OCR's "là" ("đã giải quyết 14 72.529 hồ sơ")
    raw = t.raw.rstrip("%").strip()
    if re.fullmatch(r"(?:19[89]\d|20[0-4]\d)", raw) and "%" not in t.raw:
        unit = unit_after(toks, i)
        return unit not in {"", "nam", "thang", "ngay"}
    return True


# A year a report's periods run from or to ("giai đoạn 2021-2025", "từ 2021 đến 2025").
_YEAR = re.compile(r"(?:19[89]\d|20[0-4]\d)")
# How far a period runs at most, in years: a plan's ten-year horizon ("2021-2030") with room.
YEAR_SPAN = 30
_RANGE_WORDS = frozenset({"-", "–", "—", "den", "toi"})


def _year_range_end(toks: list[Tok], i: int) -> bool:
    """Whether number token i ends a range of years: after a year and a dash or "đến", its
    first four digits a year no earlier and at most YEAR_SPAN later, even with one digit more
    (OCR reads a footnote mark into it: "2022 -20277" is 2022-2027, never 20.277 of a thing)."""
    if i < 2 or toks[i - 1].folded not in _RANGE_WORDS or not _YEAR.fullmatch(toks[i - 2].raw):
        return False
    raw = toks[i].raw
    if not raw.isdigit() or len(raw) not in (4, 5) or not _YEAR.fullmatch(raw[:4]):
        return False
    return 0 <= int(raw[:4]) - int(toks[i - 2].raw) <= YEAR_SPAN


# Words that name a telephone line: a number a few words after one is its number, not a figure.
_PHONE_WORDS = (("tong", "dai"), ("duong", "day", "nong"), ("so", "dien", "thoai"), ("hotline",))


def _phone(toks: list[Tok], i: int) -> bool:
    """Whether number token i is a telephone number: digits only (no thousands dots), no
    counted unit after it, a telephone line's name within twelve words before it, no other
    number between."""
    if not toks[i].raw.isdigit() or len(toks[i].raw) < 3 or unit_after(toks, i):
        return False  # "tổng đài đã tiếp nhận 250 cuộc gọi" counts calls
    words: list[str] = []
    for t in reversed(toks[max(0, i - 12) : i]):
        if t.kind == "num" or t.raw in ";()":
            break
        if t.kind == "word":
            words.insert(0, t.folded)
    return any(
        tuple(words[k : k + len(name)]) == name for name in _PHONE_WORDS for k in range(len(words))
    )


def unit_after(toks: list[Tok], i: int) -> str:
    """The counted unit in the few words right after token i, or ""."""
    words: list[str] = []
    for t in toks[i + 1 : i + 6]:
        if t.kind != "word":
            break
        words.append(t.folded)
    joined = " ".join(words)
    for u in UNITS:
        if joined == u or joined.startswith(u + " "):
            return u
    return ""


def segments(toks: list[Tok]) -> list[tuple[int, int]]:
    """Token ranges between item boundaries (, ; : ( ))."""
    segs: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate(toks):
        if t.kind == "punct" and t.raw in _BOUNDARY:
            segs.append((start, i))
            start = i + 1
    segs.append((start, len(toks)))
    return segs


def words_between(toks: list[Tok], a: int, b: int, skip: int = -1) -> list[Tok]:
    """The word tokens of toks[a:b], leaving out token `skip`."""
    return [t for k, t in enumerate(toks[a:b], a) if k != skip and t.kind == "word"]


def level_of(folded: str) -> str:
    """The service level a folded text names ("3,4", "toan trinh", "mot phan"), or ""."""
    m = _LEVEL.search(folded)
    if not m:
        return ""
    if m.group(2) or m.group(3):
        return m.group(2) or m.group(3)
    return ",".join(sorted(set(re.findall(r"[1-4]", m.group(1)))))


def scope_of(folded: str) -> str:
    """The scopes a folded text names ("tinh", "huyen", "xa", comma-joined), or ""."""
    return ",".join(name for name, pat in _SCOPES if pat.search(folded))


def when_of(text: str) -> str:
    """The first date a text names (d/m/yyyy), else the period ("quy i nam 2022"), else ""."""
    dates = list(DATE.finditer(text))
    if dates:
        d = dates[0]
        return f"{int(d.group(1))}/{int(d.group(2))}/{d.group(3)}"
    m = _PERIOD.search(fold(text))
    return m.group(1) if m else ""


def raw_of(text: str, toks: Sequence[Tok]) -> str:
    """The text from the first of these tokens to the last, as written."""
    return text[toks[0].start : toks[-1].end] if toks else ""
