"""A second measure asked of every side after the sides are named: "So sánh tổng số A của X và
Y, kèm số B của mỗi tỉnh", "Compare the total A in X and Y, along with the number of B in each".
The question splitter (`bot/compare_parts.py`) finds no two parts there (its "và" joins the
sides, not two measures), so the table of one figure a side answers one of the two measures,
or each side a different one. Here the clause after the comma that a joining word opens
("kèm", "cùng với", "along with", "together with", "plus", "as well as"; a plain "và"/"and"
only when the clause ends "của mỗi tỉnh" / "for each") is the second measure, and the words
before the comma the first; each becomes its own comparison of the same sides
(`bot/compare_per_measure.py` `measure_parts`, which adds the sides' words back to the second
and holds every side to state every measure surely)."""

from __future__ import annotations

import re

from bot.compare_parts import Part
from core.query import ParsedQuery, parse_query
from core.text import fold, fold_word

# Words opening a clause that asks one more thing of the sides already named
_JOINED = re.compile(
    r"^(?:kem(?: theo)?|cung(?: voi)?|along with|together with|plus|as well as|and also|"
    r"va ca|va them)\b"
)
# A plain "và" / "and" opens one only when the clause asks it of each side
_AND = re.compile(r"^(?:va|and)\b")
_EACH = re.compile(
    r"\b(?:(?:cua|o|tai|cho) )?(?:moi|tung|ca hai) (?:tinh|ben|dia phuong|ky|nam|phia)"
    r"|\b(?:(?:for|in|of|at) )?(?:each|both)(?: (?:province|side|one|period|of them))?$"
)
# Words that start a side in the first clause ("... của Đồng Tháp", "... in Q3 2022"): a
# period's own word, or any word with a digit
_PERIOD_WORDS = frozenset(
    ["quy", "thang", "nam", "quarter", "half", "h1", "h2", "q1", "q2", "q3", "q4", "mid", "year"]
)
# Words left dangling before a side or after the comparison opener: not the measure's label
_LINKS = frozenset(
    [
        "cua",
        "o",
        "tai",
        "giua",
        "trong",
        "in",
        "of",
        "for",
        "at",
        "between",
        "from",
        "the",
    ]
)
_SPLIT = re.compile(r"[,;]\s+")


def _bare(word: str) -> str:
    return fold_word(word).strip(",.;:?!()")


def _first_label(head: list[str], provinces: tuple[str, ...]) -> tuple[str, str]:
    """The first clause's measure: its words before the first side, the opener ("so sánh",
    "compare the") and the linking words before the side left out; "" when none is left. And
    its sides' words, from the first side on."""
    folded = [_bare(w) for w in head]
    names = [fold(p).split() for p in provinces]
    end = len(head)
    for i, w in enumerate(folded):
        named = any(folded[i : i + len(n)] == n for n in names if n)
        if named or w in _PERIOD_WORDS or any(c.isdigit() for c in w):
            end = i
            break
    sides = " ".join(head[end:])
    start = 2 if folded[:2] == ["so", "sanh"] else 1 if folded[:1] == ["compare"] else 0
    while start < end and folded[start] in _LINKS:
        start += 1
    while end > start and folded[end - 1] in _LINKS:
        end -= 1
    return " ".join(head[start:end]).strip(",.;:?!() "), sides


def trailing_parts(q: ParsedQuery) -> list[Part]:
    """The question's two measures when a joined clause after the sides asks the second
    (see the module's note); [] when it has no such clause."""
    text = q.text.strip().rstrip("?.! ")
    for m in _SPLIT.finditer(text):
        head, rest = text[: m.start()], text[m.end() :]
        said = fold(rest)
        joined = _JOINED.match(said)
        each = _EACH.search(said)
        if joined is None and not (_AND.match(said) and each):
            continue
        words = rest.split()
        opener = joined or _AND.match(said)
        cut = len(opener.group(0).split()) if opener else 0
        tail = len(each.group(0).split()) if each and each.end() == len(said) else 0
        second = " ".join(words[cut : len(words) - tail]).strip(",.;:?!() ")
        first, sides = _first_label(head.split(), q.provinces)
        if not second or not first or not sides or _SPLIT.search(second):
            return []
        # the second measure asked of the same sides, in the question's own words for them
        return [Part(first, parse_query(head)), Part(second, parse_query(f"{second} ({sides})"))]
    return []
