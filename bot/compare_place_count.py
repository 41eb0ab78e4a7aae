"""A comparison table's stated figure that counts other things than the places a question
counts ("bao nhiêu xã …", "how many communes …"): the report writes, right after the figure,
places of another tier ("9 UBND huyện" for communes asked) or things of a
kind (`bot/side_noun.py`: "140 tin, bài"), so the figure is not the side's count of those
places and its row is "not sure" (bot/compare_subject.py). A figure with neither written after
it, a share, or a question counting no places, is not judged.

Only the tiers of local government take part (`_TIERS`): commune (xã, phường, thị trấn) and
district (huyện, thành phố, thị xã). After the figure, the words naming a tier's body or unit
("UBND", "đơn vị", "cấp") are passed over before the tier is read; the tier is read from the
first place word only ("9 UBND huyện, thị xã và phường" is of districts, whatever the list
names after it)."""

from __future__ import annotations

import re

from bot.compare_noun import words_after
from bot.side_noun import noun_opening
from core.places import strip_places
from core.query import ParsedQuery

# Tiers of local government, folded, the longer names first; English plurals too (an English
# tier counted is plural: "how many communes").
_TIERS = (
    ("thi tran", "commune"), ("thi xa", "district"), ("thanh pho", "district"),
    ("xa", "commune"), ("phuong", "commune"), ("huyen", "district"),
    ("communes", "commune"), ("wards", "commune"), ("districts", "district"),
)  # fmt: skip
# Words naming a tier's body or unit before it ("UBND cấp xã", "đơn vị cấp xã").
_BODY = r"(?:(?:ubnd|uy ban nhan dan|don vi|cap|people s committees? of|the)\s+)*"
_TIER = "|".join(t for t, _ in _TIERS)
# the tier counted, not one qualifying the thing counted ("how many district-level procedures"
# counts procedures; "xã hội" is society, no commune)
_ASKED = re.compile(rf"\b(?:bao nhieu|how many)\s+{_BODY}({_TIER})\b(?![ -]*(?:level|hoi)\b)")
# "phương án/tiện/thức", "phường hội"-like words are no ward tier
_AFTER = re.compile(rf"\s+{_BODY}({_TIER})\b(?![ -]+(?:an|tien|thuc|hoi)\b)")
_TIER_OF = dict(_TIERS)
NOUN_TAIL = 60  # characters after a figure read for what it counts: a tier named with its body
# ("đơn vị hành chính cấp xã", ~30) fits twice over, the next clause mostly not


def asked_tier(q: ParsedQuery) -> str:
    """The tier of places a question counts ("commune", "district"); "" when it counts none."""
    m = _ASKED.search(strip_places(q.folded))
    return _TIER_OF[m.group(1)] if m else ""


def other_place(q: ParsedQuery, quote: str, figure: str) -> bool:
    """Whether a figure's quote writes right after it places of another tier, or things of a
    kind, when the question counts places of one tier (see the module)."""
    tier = asked_tier(q) if "%" not in figure else ""
    if not tier:
        return False
    raw = words_after(quote, figure, NOUN_TAIL)
    if not raw:
        return False
    m = _AFTER.match(raw)
    if m is not None:
        return _TIER_OF[m.group(1)] != tier
    return bool(noun_opening(raw, exact=True))
