"""A report's agency as an English question names it ("the Dong Thap PPC Office", "Ha
Tinh's Department of Information and Communications"): with its province beside it, it says
whose report is asked, as the Vietnamese name does (`ConceptMatcher`), not what is counted.

The English of the agency's head ("văn phòng UBND tỉnh", "sở thông tin và truyền thông") is
the domain lexicon's (core/lexicon.tsv); the province is typed before it (possessive or not)
or after it ("… office of Dong Thap")."""

from __future__ import annotations

import re
from functools import lru_cache

from core.lexicon import read_lexicon
from core.places import province_mentions
from core.text import fold

_UBND = re.compile(r"\buy ban nhan dan\b")
# The English abbreviations staff type for the lexicon's English of an agency's head.
_ABBREVIATED = {
    "provincial people's committee office": (
        "ppc office", "provincial pc office", "pc office", "people's committee office",
    ),
    "provincial people's committee": ("ppc",),
    "department of information and communications": (
        "dic", "information and communications department",
    ),
}  # fmt: skip


def _head(folded: str) -> str:
    """An agency name without its province, "uy ban nhan dan" written "ubnd"."""
    return " ".join(_UBND.sub("ubnd", folded).split())


@lru_cache(maxsize=1)
def _english_heads() -> dict[str, tuple[str, ...]]:
    """The lexicon's English wordings of each term, keyed by the term's head (`_head`)."""
    out: dict[str, tuple[str, ...]] = {}
    for t in read_lexicon():
        words = tuple(" ".join(re.sub(r"[^a-z0-9' ]+", " ", e).split()) for e in t.english)
        out.setdefault(_head(t.folded), words)
    return out


def english_agency_names(agency: str) -> set[str]:
    """The folded English names an English question may give a report's agency, each with
    the agency's province: "dong thap ppc office", "ha tinh's department of information and
    communications", "office of the provincial people's committee of dong thap"."""
    folded = fold(agency, repair=False)
    provinces = province_mentions(folded)
    if len(provinces) != 1:
        return set()
    place = fold(provinces[0], repair=False)
    head = _head(folded.replace(place, " "))
    heads = _english_heads()
    english = heads.get(head, ()) or heads.get(re.sub(r" tinh$", "", head), ())
    out: set[str] = set()
    wordings = [*english, *(a for w in english for a in _ABBREVIATED.get(w, ()))]
    for e in wordings:
        for name in (e, e.removeprefix("the ")):
            out |= {f"{place} {name}", f"{place}'s {name}", f"{place} province's {name}",
                    f"{name} of {place}", f"{name} of {place} province"}  # fmt: skip
    return out
