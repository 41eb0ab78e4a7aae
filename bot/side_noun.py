"""The noun a comparison side's figure counts, as its report writes it right after the figure,
against the noun the question counts: "Văn phòng UBND Tỉnh tiếp nhận 78 phản ánh, kiến nghị
… liên quan đến TTHC" counts feedback, not procedures, however much of a question about "tổng
số TTHC" its clause says. A figure whose own noun is a kind of thing other than every asked
one is not that side's figure (a missing or unsure cell beats a wrong bold one).

Only the nouns of distinct kinds of countable things take part (`_KINDS`): a time ("3 tháng"),
a place ("25 xã") or a measure word says how or where, not what is counted. Nouns that count the
same things under other words ("người", "công chức"; "tin", "bài") are one kind."""

from __future__ import annotations

import operator
import re

from bot.compare_kind import family, fold_cached, value_at
from index.facts import Fact

# The kinds of countable things, one line a kind, its nouns folded (OCR's one misread letter
# a word is allowed when matching). A noun of no kind here decides nothing.
_KINDS_TEXT = """
ho so
thu tuc hanh chinh|thu tuc|tthc
dich vu cong truc tuyen|dich vu cong|dvc|dvctt
van ban|quyet dinh|de an|phuong an|tai lieu|bieu mau
tin bai|tin|bai|phong su|san pham
nhiem vu
phan anh kien nghi|phan anh|kien nghi|pakn
may tinh|may chu
chung thu so|chung thu
tai khoan
gian hang
doanh nghiep
nguoi|can bo|cong chuc|vien chuc|lao dong|hoc vien
hoi nghi|cuoc hop|lop
cuoc goi
to roi
"""
_KINDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(line.split("|")) for line in _KINDS_TEXT.strip().splitlines()
)
_KIND_OF: dict[str, int] = {noun: i for i, kind in enumerate(_KINDS) for noun in kind}
# the nouns, longest first ("phan anh kien nghi" before "phan anh")
_NOUNS = tuple(sorted(_KIND_OF, key=lambda n: -len(n.split())))
_TAIL = 60  # characters after a figure read for its noun
# Measure words a count may stand before its noun ("120 bộ hồ sơ", a set of dossiers; "3 chiếc
# máy chủ"): they say how the things come, the noun after them what is counted.
MEASURE_WORDS = ("bo", "chiec", "cai")
_VOWELS = frozenset("aeiouy")


def _word_near(a: str, b: str) -> bool:
    """One word as OCR may print another: the same, or one letter misread; a word of two
    letters only by its vowel ("hé" for "hồ": OCR misreads marked vowels most)."""
    if a == b:
        return True
    if len(a) == len(b) == 2:
        return a[0] == b[0] and a[1] in _VOWELS and b[1] in _VOWELS
    return len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def own_noun(f: Fact) -> str:
    """The noun of a kind (`_KINDS`) the report writes right after a count, punctuation
    between its words ignored ("78 phản ánh, kiến nghị" → "phan anh kien nghi"); "" for a
    share, a part of a breakdown, or a figure followed by anything else."""
    if f.kind == "percent" or "%" in f.value:
        return ""
    at = value_at(f)
    if at < 0:
        return ""
    raw = f.clause[at + len(f.value) : at + len(f.value) + _TAIL]
    if not raw[:1].isspace():
        return ""  # "78/80", "1.845," : no noun written right after it
    return noun_opening(fold_cached(raw))


def noun_opening(folded: str, exact: bool = False) -> str:
    """The noun of a kind (`_KINDS`) a folded text opens with, after a measure word; "" for
    none (see `own_noun`). `exact`: every word as written, no OCR misreading allowed ("bậc"
    is not a misread "bài")."""
    words = re.findall(r"[a-z0-9&]+", folded)
    if words[:1] and any(_word_near(words[0], m) for m in MEASURE_WORDS):
        words = words[1:]
    for noun in _NOUNS:
        want = noun.split()
        got = words[: len(want)]
        near = operator.eq if exact else _word_near
        if len(got) == len(want) and all(near(g, w) for g, w in zip(got, want, strict=True)):
            return noun
    return ""


def kinds_named(folded: str) -> frozenset[int]:
    """The kinds (`_KINDS`) of the nouns a folded text names anywhere, as whole words."""
    text = f" {' '.join(re.findall(r'[a-z0-9&]+', folded))} "
    return frozenset(_KIND_OF[n] for n in _NOUNS if f" {n} " in text)


def noun_kind(noun: str) -> int:
    """The kind (`_KINDS`) of a noun `noun_opening` returned."""
    return _KIND_OF[noun]


def kind_of(unit: str) -> int | None:
    """The kind (`_KINDS`) of a unit or its family; None for a unit of no kind."""
    for u in (unit, family(unit)):
        if u in _KIND_OF:
            return _KIND_OF[u]
    return None


def counts_another_kind(f: Fact, units: frozenset[str]) -> bool:
    """Whether a count's own noun (`own_noun`) is of a kind none of the asked units is, while
    some asked unit is of a kind: "78 phản ánh, kiến nghị … liên quan đến TTHC" asked of
    "TTHC". False when the figure has no such noun, or no asked unit is of a kind (the
    question names no countable thing to hold it against)."""
    asked = {kind_of(u) for u in units} - {None}
    if not asked:
        return False
    noun = own_noun(f)
    return bool(noun) and _KIND_OF[noun] not in asked
