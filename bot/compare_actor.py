"""Who a figure is said of, against who the question asks about. Two lines of one report can
share every word of a comparison but the actor that did the counted thing:

- the province's own web portal ("Cổng Thông tin điện tử đã cập nhật 40 tin") against the
  websites of the departments and districts ("trang thông tin điện tử các sở, ngành, huyện"):
  a question about the departments' and districts' sites never takes the portal's count;
- one tier of government as the owner of a share or count ("tỷ lệ … của UBND cấp xã đạt 80%",
  "UBND cấp huyện đã tiếp nhận 300 hồ sơ") when the question names another tier or none
  ("giữa các cơ quan nhà nước"): the line counts a part, never the whole asked.

Either way the figure is ruled out as the side's (`other_actor`); the side is then settled by
another line, shown unsure, or said to be missing, never the part's figure in bold."""

from __future__ import annotations

import re

from bot.compare_kind import fold_cached, value_at
from bot.compare_part_scope import TIER_WORDS
from core.query import ParsedQuery
from index.facts import Fact

# A question about the departments' and districts' own websites: "trang thông tin điện tử"
# (or English "website(s)", which the glossary also expands to it) with their owners named.
_SITES = re.compile(r"\btrang (?:thong tin(?: dien tu)?|ttdt)\b|\bwebsites?\b|\bsites\b")
_SITE_OWNERS = re.compile(
    r"\bso,? (?:ban,? )?nganh\b|\bcac so\b|\bdepts?\b|\bdepartments?\b"
    r"|\bdistricts?\b|\bcac huyen\b|\bhuyen,? thanh pho\b"
)
# The province's own portal as a figure's clause names it before the figure (OCR-tolerant:
# "Céng Thông tin điện tử"); "Cổng/trang TTĐT" (either kind of site) is not judged.
_PORTAL_SAID = re.compile(r"\bc\w{1,2}ng (?:th\w{1,2}ng tin (?:d\w{1,2}n t\w{1,2})?|ttdt)\b")
_SITE_SAID = re.compile(r"\btrang\b")
# One tier of government owning the figure, before it in its clause: "của (các) UBND cấp xã",
# "của cơ quan cấp huyện" (OCR: "caa UBND cép Xa"), or the clause opening on "UBND cấp xã";
# never "một cửa cấp huyện" (the district one-stop desk, which folds to the same letters).
_TIER_OWNER = re.compile(
    r"(?<!m\wt )\bc\w{1,2}a (?:cac )?(?:ubnd |uy ban nhan dan |co quan )?c\w{1,2}p (xa|huyen|tinh)\b"
    r"|^\W*(?:ubnd|uy ban nhan dan) c\w{1,2}p (xa|huyen|tinh)\b"
)
# What ends the clause a figure's owner is read in: a sentence break or a semicolon.
_CLAUSE_BREAK = re.compile(r"[.;:]\s")


def _before(f: Fact) -> str:
    """The fact's (folded) clause up to its figure, from the last break before it."""
    at = value_at(f)
    text = fold_cached(f.clause[: max(at, 0)])
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    return text[cuts[-1] :] if cuts else text


def sites_asked(sq: ParsedQuery) -> bool:
    """Whether the question asks about the departments' and districts' own websites."""
    text = f"{sq.folded} {sq.expanded}"
    return bool(_SITES.search(sq.folded) and _SITE_OWNERS.search(text))


def portal_not_sites(sq: ParsedQuery, f: Fact) -> bool:
    """Whether the question asks the departments' and districts' sites and the figure's clause
    names the province's portal as what published it (and no "trang" beside it)."""
    before = _before(f)
    return sites_asked(sq) and bool(_PORTAL_SAID.search(before)) and not _SITE_SAID.search(before)


def tier_owner(f: Fact) -> str:
    """The one tier ("xa", "huyen", "tinh") the figure's clause names as its owner before it;
    "" when none."""
    m = _TIER_OWNER.search(_before(f))
    return (m.group(1) or m.group(2)) if m else ""


# A tier as askers name it besides `TIER_WORDS` ("cấp xã", "communes"): the bare "xã",
# "huyện" ("UBND xã", "cơ quan tỉnh, huyện"); never "xã hội" (society) nor "từ xa" (remote).
# The bare "tỉnh" is left out: it is also the last syllable of a province ("Hà Tĩnh").
_BARE_TIER = (
    ("huyen", re.compile(r"\bhuyen\b")),
    ("xa", re.compile(r"(?<!\btu )\bxa\b(?! hoi\b)")),
    ("tinh", re.compile(r"\b(?:ubnd|co quan|so nganh) tinh\b")),
)


def tiers_asked(sq: ParsedQuery) -> frozenset[str]:
    """The tiers of government ("xa", "huyen", "tinh") the question names."""
    return frozenset(
        scope for scope, words in (*TIER_WORDS, *_BARE_TIER) if words.search(sq.folded)
    )


def tier_asked(sq: ParsedQuery) -> bool:
    """Whether the question names a tier of government at all."""
    return bool(tiers_asked(sq))


def other_actor(sq: ParsedQuery, f: Fact) -> bool:
    """Whether the figure is said of another actor than the one asked: the province's portal
    for the departments' sites, or one tier's for a question that names another tier or none
    (see the module)."""
    if portal_not_sites(sq, f):
        return True
    owner = tier_owner(f)
    return bool(owner) and owner not in tiers_asked(sq)
