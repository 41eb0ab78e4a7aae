"""The phrases an English question names what it counts with: "how many doctors | were
recruited", "how many of them are …", "of the procedures …, how many are …"."""

from __future__ import annotations

import re

from core.query import terms_named

# What ends the counted phrase of an English question: "how many doctors | were recruited".
# "how many of them": a pronoun for what was named before, read past ("of them are …"), with
# a word qualifying it before the copula ("of those hired were …": the part is after the copula).
# "how many cases were …" counts what the cases are, as "how many of them were …" does.
_OF_THEM = (
    r"(?:of\s+(?:them|these|those)\s+(?:[a-z]+\s+(?=(?:are|were|is|was)\b))?"
    r"|cases\s+(?=(?:are|were|is|was)\b))"
)
_EN_COUNT = re.compile(
    rf"\b(?:how many|how much|number of)\s+(?:{_OF_THEM}|of\s+(?:the\s+|its\s+|their\s+)?)?"
    r"((?:[a-z0-9]+\s*){1,6})"
)
# "…, how many were teachers" ("how many of them are district services"): a copula, then
# what is counted (unless a participle follows: "how many were handled"). An amount's part is
# asked "how much of it was …" ("the 2021 fund: how much of it was training costs?"): "how much"
# only with "of it" or the like, as "how much was the spending?" asks the whole itself.
_OF_IT = r"of\s+(?:it|this|that|them|these|those|which)\s+"
_EN_COPULA = re.compile(
    rf"\b(?:how many\s+(?:{_OF_THEM})?|how much\s+{_OF_IT})(?:are|were|is|was)\s+"
    r"((?:[a-z0-9]+\s*){1,6})"
)
_PARTICIPLE = re.compile(
    r"[a-z]+ed|done|made|found|held|given|taken|built|sent|paid|cut|set|kept|run|left|seen|"
    r"shown|known|spent|still|not|there|in|at|on|from|by|of"
)
# "Of the procedures …, how many are handled …": the counted noun comes before "how many".
_EN_OF_BEFORE = re.compile(
    r"\bof\s+(?:the\s+|its\s+|their\s+)?((?:[a-z0-9]+\s*){1,6})[^?]*?\bhow many\s+"
    r"(?:are|were|is|was|did|do|does|have|has|had)\b"
)
# ("% of", typed bare, reads "phan tram of": core/preamble.py)
_EN_RATE_OF = re.compile(
    r"\b(?:percentage|percent|phan tram|share|proportion|rate|ratio) of\s+((?:[a-z0-9]+\s*){1,6})"
)
_EN_RATE_BEFORE = re.compile(r"\b([a-z0-9]+(?:\s+[a-z0-9]+)?)\s+(?:rate|ratio)\b")
_EN_PHRASE_END = frozenset(  # a word list reads best as words
    "were was are is did does do has have had in of for at on by to from that which who".split()  # noqa: SIM905
)


def part_after_copula(folded: str) -> bool:
    """Whether an English question names the part it asks after a copula ("Of those hired,
    how many were teachers?", "how many of them are run by districts?"): a part of a
    whole it has named, not the whole (unless a participle follows: "how many were handled")."""
    return bool(copula_part(folded))


def copula_part(folded: str) -> str:
    """The words naming the part an English question asks after a copula (`part_after_copula`:
    "the fund: how much of it was staff training costs?" → "staff training costs"); "" when it
    names none."""
    m = _EN_COPULA.search(folded)
    if m is None or _PARTICIPLE.fullmatch(m.group(1).split()[0]):
        return ""
    return m.group(1).strip()


def participle_terms(folded: str) -> tuple[frozenset[str], ...]:
    """What an English question that counts by what was done ("the archive opened 40 files: how
    many were filed by fax", "how many of them were resolved") asks its figure's passage to say: the report wordings
    of the participle after the copula, any one of them ("filed": "tiếp nhận" or "phát sinh"),
    as one entry; () when no participle follows or it names no term."""
    m = _EN_COPULA.search(folded)
    first = m.group(1).split()[0] if m is not None else ""
    if not re.fullmatch(r"[a-z]+ed|done|made|found|held|given|taken|sent|paid|kept|spent", first):
        return ()
    wordings = terms_named(first)
    return (wordings,) if wordings else ()
