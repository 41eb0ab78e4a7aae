"""The whole, not one of its parts: whether a question asks the sum of what it counts ("tổng
cộng", "tổng số", "tất cả", "cả … và …", "in total", "altogether", "overall") or sets parts
apart (a comparison, "lần lượt", "mỗi nơi"), and the breakdowns of a clause whose parts add up
to the figure before them ("đã ban hành 23 văn bản (HĐND ban hành 06 nghị quyết; UBND ban hành
17 quyết định)", "đã cấp 1.742 chứng thư số (trong đó: cá nhân 1.101; tổ chức 427; …)", "X
gồm: …"), with the words of each part, so a reader can tell which figure is the whole and
which part, if any, the question names by its own words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extractive.words import _DATE, _DOCNUM, _FIG, _YEARLIKE, _edit_keys, _keys
from core.text import fold, fold_word, parse_number
from index.lexical import tokenize

_EACH_PART = r"moi (?:noi|cap|nhom|loai|khoan|nguon|hinh thuc)"  # "mỗi nơi / cấp …": each part
# A Vietnamese comparative around its noun: "nhiều hồ sơ hơn" ("nhiều" and "hơn" said apart).
SPLIT_MORE = r"(?:nhieu|it)(?: [a-z]+){1,3} hon"
# A ratio asked between the parts: "A gấp mấy lần B".
_TIMES = r"gap (?:bao nhieu|may) lan"
# A comparison said elsewhere in the question: "và" between two parts then sets them apart.
COMPARED = re.compile(
    r"\b(so sanh|compare\w*|chenh\w*|khac nhau|nhieu hon|it hon|cao hon|thap hon|lon hon|"
    + SPLIT_MORE + "|" + _TIMES + "|"
    r"nho hon|more|fewer|less|higher|lower|bigger|smaller|larger|greater|difference|differ\w*|"
    r"versus|vs|" + _EACH_PART + r")\b"  # ("A và B mỗi nơi bao nhiêu")
)
# Parts summed, not set apart: "tổng số DVC mức độ 3 và mức độ 4", "in total", "tất cả",
# "altogether", "overall", "cả hai"; "cả HĐND và UBND" names both parts of one figure ("cả"
# before a list joined by "và"; folded "cá nhân" is no "cả").
SUMMED = re.compile(
    r"\b(tong|total|in all|combined|ca hai|both|tat ca|altogether|overall|"
    r"ca (?!nhan\b)[a-z0-9]+(?: [a-z0-9]+){0,4} va)\b"
)
# Each part asked its own figure ("… lần lượt là", "… mỗi nơi bao nhiêu"): set apart, not summed.
EACH = re.compile(rf"\b(lan luot|{_EACH_PART}|moi (?:ben|phan)|respectively|each)\b")
# A breakdown asked for: a whole and its parts ("chia theo cấp", "ở từng cấp", "broken down").
PARTS_ASKED = re.compile(
    r"\b(chia theo|theo tung|theo cap|tung cap|cac cap|co cau|trong do|bao gom|gom nhung|"
    r"breakdown|broken down|by level|split by|each level)\b"
)


def sums_parts(folded: str, contrast: bool = False, head_sums: bool = False) -> bool:
    """Whether the question asks the parts' sum: "tổng số … mức độ 3 và mức độ 4" sums them,
    unless it compares them (`contrast`, or "so sánh tổng số … cấp huyện và cấp xã": the
    reports' "tổng cấp huyện", "tổng cấp xã"), asks each, or the summing word opens each part
    (`head_sums`: "tổng thu và tổng chi")."""
    summed = not contrast and SUMMED.search(folded) and not COMPARED.search(folded)
    return bool(summed and not EACH.search(folded) and not head_sums)


# How far the parts' sum may be from the whole, as a share of it: the reports round amounts
# to the thousandth ("19.314,870 tỷ"); a count's parts add up exactly (23 ± 0.023 is 23).
SUM_TOLERANCE = 0.001
# Words that open a breakdown of the figure before them (folded, punctuation dropped).
_OPENERS = (("trong", "do"), ("trong", "so"), ("bao", "gom"), ("gom",), ("including",),
            ("of", "which"))  # fmt: skip


@dataclass(frozen=True)
class Part:
    """A figure of a clause: as written, where it starts, its value, and (for a part of a
    breakdown) the words of its own stretch of the list, folded."""

    raw: str
    start: int
    value: float
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    """A figure of a clause and the parts listed after it that add up to it (the whole's
    words: the clause's words before it, what it is of)."""

    whole: Part
    parts: tuple[Part, ...]

    def part_of(self, raw: str) -> bool:
        """Whether a figure written `raw` is one of the parts (and not the whole)."""
        return raw != self.whole.raw and any(p.raw == raw for p in self.parts)


def _counts(text: str) -> list[Part]:
    """The clause's counts: no share, year, date, document number or "a/b"."""
    blocked = [(m.start(), m.end()) for r in (_DATE, _DOCNUM) for m in r.finditer(text)]
    out = []
    for m in _FIG.finditer(text):
        raw = m.group(0)
        if any(s <= m.start() < e for s, e in blocked) or "/" in raw or _YEARLIKE.fullmatch(raw):
            continue
        if text[m.end() : m.end() + 2].lstrip().startswith("%"):
            continue
        value = parse_number(raw)
        if value is not None:
            out.append(Part(raw, m.start(), value))
    return out


def _words(text: str) -> list[tuple[int, str]]:
    """(where it starts, the word folded without punctuation) for each word of the text."""
    return [(m.start(), re.sub(r"[^a-z0-9]", "", fold_word(m.group(0))))
            for m in re.finditer(r"[^\s(]+", text)]  # fmt: skip


def _openings(text: str) -> list[tuple[int, int]]:
    """(where a breakdown's list starts, where it ends) for each "(" and each "trong đó" /
    "gồm" / "including" not inside a parenthesis that opens a list already."""
    out: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch == "(":
            depth, j = 0, i
            while j < len(text):
                depth += {"(": 1, ")": -1}.get(text[j], 0)
                if depth == 0:
                    break
                j += 1
            out.append((i + 1, j))
    words = _words(text)
    for k, (at, w) in enumerate(words):
        pair = (w, words[k + 1][1]) if k + 1 < len(words) else (w,)
        if any(pair[: len(o)] == o for o in _OPENERS) and not any(s <= at < e for s, e in out):
            out.append((at, len(text)))
    return sorted(out)


def _stretches(text: str, start: int, parts: list[Part]) -> tuple[Part, ...]:
    """The parts, each with the words of its own stretch of the list: from where the part
    before ends (or the list's start) to the next ";", "," or ")" after it."""
    out, begin = [], start
    for k, p in enumerate(parts):
        after = p.start + len(p.raw)
        sep = re.search(r"[;,)]", text[after:])
        end = after + sep.start() if sep else len(text)
        if k + 1 < len(parts):
            end = min(end, parts[k + 1].start)
        said = [t for t in tokenize(fold(text[begin:end])) if not t.isdigit()]
        out.append(Part(p.raw, p.start, p.value, tuple(said)))
        begin = end
    return tuple(out)


@lru_cache(maxsize=4096)
def summed_breakdowns(text: str) -> tuple[Breakdown, ...]:
    """The breakdowns of a clause whose parts (two or more counts listed after a "(" or a
    "trong đó" / "gồm", not inside a parenthesis of their own) add up to the last count before
    the list, within `SUM_TOLERANCE`. Cached: a pure function of the clause, read again for
    every side and candidate of a comparison."""
    counts = _counts(text)
    out: list[Breakdown] = []
    openings = _openings(text)
    for start, end in openings:
        inner = [(s, e) for s, e in openings if start < s - 1 and e <= end and s < end]
        listed = [c for c in counts if start <= c.start < end
                  and not any(s <= c.start < e for s, e in inner)]  # fmt: skip
        before = [c for c in counts if c.start < start]
        if len(listed) < 2 or not before:
            continue
        whole, total = before[-1], sum(c.value for c in listed)
        if abs(total - whole.value) <= SUM_TOLERANCE * whole.value:
            head = tuple(t for t in tokenize(fold(text[: whole.start])) if not t.isdigit())
            whole = Part(whole.raw, whole.start, whole.value, head)
            out.append(Breakdown(whole, _stretches(text, start, listed)))
    return tuple(out)


# The fewest letters of a word that names several parts together: a shorter one ("số", "là",
# "cá") is read exactly, no misread letter allowed, and says too little to set parts apart.
_SHARED_WORD = 3


def named_parts(q_seq: list[str], b: Breakdown) -> tuple[list[Part], bool]:
    """The parts the question names by their own words, and whether it names some parts
    but neither one nor all: a word of the question (OCR-misread words count as the word) or
    two adjacent ones said in the stretch of the list of one part only names that part
    ("HĐND", "UBND"); one said by several parts but not all of them names those together
    ("cá nhân" of "chứng thư số cá nhân" and "sim ký số cá nhân"), neither one part nor the
    whole. Words said before the whole, of what it is of ("Trung tâm Phục vụ hành chính công
    có 12 …"), name no part; what it counts ("12 công chức, viên chức và …") may."""
    head = _keys(list(b.whole.words))
    said = [_keys(list(p.words)) for p in b.parts]
    pairs = [set(zip(p.words, p.words[1:], strict=False)) for p in b.parts]
    named: set[int] = set()
    several = False
    for k, w in enumerate(q_seq):
        keys = _edit_keys(w)
        if keys & head:
            continue
        having = {i for i, s in enumerate(said) if keys & s}
        if len(having) == 1:
            named |= having
        elif 1 < len(having) < len(b.parts) and len(w) >= _SHARED_WORD:
            pair = tuple(q_seq[k : k + 2])
            exact = {i for i in having if pair in pairs[i]}
            if len(exact) == 1:  # "số cá" of "chứng thư số cá nhân" only
                named |= exact
            else:
                several = True
    return [p for i, p in enumerate(b.parts) if i in named], several and not named


def whole_for(
    folded: str, q_seq: list[str], b: Breakdown, raw: str, sides: bool = False
) -> bool:
    """Whether the question asks the whole of a breakdown one of whose parts is the figure
    written `raw`: it asks a sum (`sums_parts`: "tổng cộng", "cả HĐND và UBND"), does not ask
    the parts one by one (`PARTS_ASKED`, `EACH`), and names no one part alone by its own words
    ("tổng cộng HĐND ban hành bao nhiêu nghị quyết" asks that part's figure, whichever part
    scored first) nor some parts together (`named_parts`). Asked of one side of a comparison (`sides`), its
    comparing words set the sides apart, not the parts."""
    if not b.part_of(raw) or PARTS_ASKED.search(folded):
        return False  # (the parts asked one by one, "ở từng cấp": each its own figure)
    parts, several = named_parts(q_seq, b)
    if several:
        return False  # some parts together: neither the whole nor one part
    summed = sums_parts(folded) or (sides and SUMMED.search(folded) and not EACH.search(folded))
    return len(parts) != 1 and bool(summed)
