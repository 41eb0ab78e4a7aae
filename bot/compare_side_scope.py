"""A part of government written with one side's name only ("số trạm y tế: sở ngành Bình
Phước, tỉnh Lâm Đồng", "Binh Phuoc's provincial departments versus Lam Dong") scopes that side alone: the
other sides' questions are asked without it, so they take their whole figure, not the share of
their provincial departments; the side it names keeps it (see `compare_kind._PROVINCIAL_BODIES`)."""

from __future__ import annotations

import re

from core.places import province_spans

# The provincial departments written right before a province's name, with what joins them on
# ("của các sở, ban, ngành Hà Tĩnh", "so nganh tinh Ha Tinh", "cac so nganh o Ha Tinh").
_BODIES_BEFORE = re.compile(
    r"(?:\b(?:cua|o|tai) )?(?:\bcac )?\bso,? (?:ban,? )?nganh,?(?: (?:cua|o|tai|tinh))? ?$"
)
# ... and in English right after it ("Ha Tinh's provincial departments", "Ha Tinh provincial
# agencies").
_BODIES_AFTER = re.compile(r"^(?:'s|s)? ?provincial (?:departments|agencies)\b")
# A bracket right after a province's name that names a part of its government, a service level
# or a channel ("Bình Phước (khối sở, ban, ngành), Lâm Đồng và Gia Lai", "Ha Tinh (level 3
# and level 4) and Tuyen Quang") scopes that side alone.
_OWN_BRACKET = re.compile(
    r"^(?:'s|s)? ?\([^()]*\b(?:so|nganh|khoi|cap (?:tinh|huyen|xa)|departments?|agencies"
    r"|provincial|district|commune|muc(?: do)? [1-4]|level [1-4]|truc tuyen|truc tiep)\b[^()]*\)"
)


# Only a plain join between two names ("Hải Dương và Đồng Tháp", "A, B and C"): a list the
# scope before (or after) it is said of as a whole.
_PLAIN_JOIN = re.compile(r"^\s*(?:,|va|and|&)?\s*$")


def others_scope_out(folded: str, provinces: tuple[str, ...]) -> str:
    """The folded question without the provincial departments written with another side's
    province name: the scope of that side, not of this one. Departments written before (or,
    in English, after) a list of names joined plainly ("các sở, ban, ngành ở A và B") are
    said of every side of the list: kept."""
    text = folded.replace("-", " ")
    spans = province_spans(text)
    cuts: list[tuple[int, int]] = []
    for i, (start, end, province) in enumerate(spans):
        if province in provinces:
            continue
        before = _BODIES_BEFORE.search(text[:start])
        listed = i + 1 < len(spans) and _PLAIN_JOIN.match(text[end : spans[i + 1][0]])
        if before is not None and not listed:
            cuts.append((before.start(), start))
        after = _BODIES_AFTER.search(text[end:]) or _OWN_BRACKET.search(text[end:])
        listed = i > 0 and _PLAIN_JOIN.match(text[spans[i - 1][1] : start])
        if after is not None and not listed:
            cuts.append((end, end + after.end()))
    for start, end in sorted(cuts, reverse=True):
        text = f"{text[:start]} {text[end:]}"
    return re.sub(r"\s+", " ", text).strip() if cuts else folded
