"""A part's figure that counts another unit than the part asks: "số dịch vụ công mức độ 3 là
bao nhiêu" asks a count of services, and "dịch vụ công mức độ 3 là 20.455 hồ sơ" counts
dossiers of those services, though its clause says every word the question does. The fact
table knows each figure's own unit (the word after it); a count asked of a unit the question
says, stated of another unit, is not the part's figure. The part is then asked again as "bao
nhiêu <unit> …" (the count named where the figure answerer looks for it), and a figure of the
asked unit still not found leaves the part unsure: never a figure of another unit in bold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.compare_facts import comparable
from bot.compare_kind import UNITS, asked_kind, family, with_abbreviations
from core.query import ParsedQuery, parse_query
from core.result import Answer
from index.facts import Fact

# "số dịch vụ công …", "số lượng hồ sơ …": the count named by "số" before what it counts
_COUNT_OF = re.compile(r"\b(?:t[ổo]ng s[ốo]|s[ốo] l[ưu][ợo]ng|s[ốo])\s+", re.IGNORECASE)
# the asking words after it ("… là bao nhiêu", "… bao nhiêu?", or written without diacritics),
# said again where "số" stood
_ASKED_AFTER = re.compile(r"\s*(?:l[àa]\s+)?bao nhi[êe]u\s*[?.]?\s*$", re.IGNORECASE)


def asked_units(q: ParsedQuery, vocabulary: frozenset[str]) -> frozenset[str]:
    """The unit families a count question says in its own words ("số dịch vụ công …" →
    {"dich vu cong"}); empty for a share, or when no unit is said as written."""
    asked = asked_kind(q, vocabulary)
    if asked.percent is not False:
        return frozenset()
    # a unit the question writes itself (or by its abbreviation: "DVC"), not one the glossary
    # adds to an English word ("cases" → "trường hợp")
    said = f" {with_abbreviations(re.sub(r'[^a-z0-9 ]', ' ', q.folded))} "
    return frozenset(family(u) for u in UNITS if family(u) in asked.units and f" {u} " in said)


def stated_fact(facts: Sequence[Fact], a: Answer) -> Fact | None:
    """The fact an answer states: its figure in its first citation's chunk, the one nearest
    the cited lines."""
    if not a.citations or not a.figure:
        return None
    cit = a.citations[0]
    value = comparable(a.figure)
    found = [f for f in facts if f.chunk_id == cit.chunk_id and comparable(f.value) == value]
    if not found:
        return None
    return min(found, key=lambda f: (
        not f.line_start <= cit.line_start <= f.line_end, abs(f.line_start - cit.line_start)
    ))  # fmt: skip


def other_unit(f: Fact | None, units: frozenset[str]) -> bool:
    """Whether a stated figure counts a unit other than every one asked (a share or a figure
    of no unit said: not known to be another)."""
    if f is None or not units or not f.unit or f.unit == "%":
        return False
    return not any(same_head(family(f.unit), u) for u in units)


def same_head(stated: str, asked: str) -> bool:
    """Whether two unit wordings name one thing, the one opening the other ("dịch vụ" asked,
    "dịch vụ công" stated: a Vietnamese noun names its head first and qualifies it after)."""
    shorter, longer = sorted((stated, asked), key=len)
    return f"{longer} ".startswith(f"{shorter} ")


def count_named(q: ParsedQuery) -> ParsedQuery | None:
    """The question asked as "bao nhiêu <what it counts> …" ("Ở X, số dịch vụ công mức độ 3 là
    bao nhiêu" → "Ở X, bao nhiêu dịch vụ công mức độ 3"); None when it names no count by
    "số" before the asking words."""
    text = q.text.strip()
    asked = _ASKED_AFTER.search(text)
    count = _COUNT_OF.search(text)
    if asked is None or count is None or count.start() >= asked.start():
        return None
    reworded = text[: count.start()] + "bao nhiêu " + text[count.end() : asked.start()]
    return parse_query(reworded.strip())


# "bao nhiêu người" of a question that names which people it counts ("tuyển công chức … và
# tiếp nhận … lần lượt bao nhiêu người"): the reports count them by that kind ("44 công chức"),
# and a part asked of "người" finds any head count ("30.147 người" working in units).
_PERSONS_ASKED = re.compile(r"\bbao nhi[êe]u ng[ưu][ờo]i\b", re.IGNORECASE)
_PEOPLE = {"cong chuc": "công chức", "vien chuc": "viên chức", "can bo": "cán bộ"}


def people_named(q: ParsedQuery) -> str:
    """The one kind of people a question asking "bao nhiêu người" names ("công chức"), as the
    reports write it; "" when it asks no "người" or names none, or several kinds."""
    if not _PERSONS_ASKED.search(q.text):
        return ""
    named = [said for folded, said in _PEOPLE.items() if re.search(rf"\b{folded}\b", q.folded)]
    return named[0] if len(named) == 1 else ""


def persons_as(part: ParsedQuery, people: str) -> ParsedQuery:
    """A part's question with "bao nhiêu người" asked as "bao nhiêu <people>"."""
    if not people:
        return part
    return parse_query(_PERSONS_ASKED.sub(f"bao nhiêu {people}", part.text, count=1))
