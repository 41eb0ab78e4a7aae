"""Who applied, named as the public at large: "người dân, doanh nghiệp" ("citizens and
businesses", "người dân và tổ chức") is the reports' standard phrase for everyone a procedure
serves, part of what terms like "phản ánh, kiến nghị" or "hồ sơ" mean. A question that names a
kind of applicant joined to "người dân" asks for no part of a breakdown by who applied: the
figure's line need not say "doanh nghiệp". A kind of applicant named alone ("hồ sơ của doanh
nghiệp") or two kinds side by side ("cá nhân và doanh nghiệp", which the reports count apart)
stays a part."""

from __future__ import annotations

import re

from core.query import ParsedQuery, expansions

# The public as a question's folded words or their report wording say it: "người dân" (or
# "công dân", "nhân dân") joined by a comma, "và"/"and" or nothing to a kind of applicant, on
# either side; "người doanh nghiệp" is how "enterprises'" may come out of the English lexicon.
_PEOPLE = r"(?:nguoi|cong|nhan) dan"
_APPLICANT = r"(?:nguoi )?(?:doanh nghiep|to chuc)"
_JOIN = r"(?:\s*,\s*|\s+(?:va|and|hoac|or)\s+|\s+)"
_PUBLIC = re.compile(
    rf"\b{_PEOPLE}{_JOIN}(?:cua\s+)?{_APPLICANT}\b|\b{_APPLICANT}{_JOIN}(?:cua\s+)?{_PEOPLE}\b"
)
# The same in English: "citizens and businesses", "people's and enterprises'", "businesses and
# residents"; "individuals" are "cá nhân", a kind of applicant the reports count apart.
_EN_PEOPLE = r"(?:citizens?|people|residents?|the public)(?:'s?)?"
_EN_APPLICANT = r"(?:business(?:es)?|enterprises?|firms?|companies|organi[sz]ations?)(?:'s?)?"
_EN_JOIN = r"(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*/\s*)"
_EN_PUBLIC = re.compile(
    rf"\b{_EN_PEOPLE}{_EN_JOIN}{_EN_APPLICANT}(?!\w)|\b{_EN_APPLICANT}{_EN_JOIN}{_EN_PEOPLE}(?!\w)"
)
# The kinds of applicant the public phrase takes in (bot/extractive/question.PART_FAMILIES).
APPLICANTS: frozenset[tuple[str, ...]] = frozenset({("doanh", "nghiep"), ("to", "chuc")})


def public_named(q: ParsedQuery) -> bool:
    """Whether the question names the public at large ("người dân, doanh nghiệp"), in its own
    words or in one of its report wordings (`expansions`)."""
    if _PUBLIC.search(q.folded) or _EN_PUBLIC.search(q.folded):
        return True
    return any(_PUBLIC.search(t) for t in expansions(q.folded))
