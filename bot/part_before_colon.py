"""A part asked by name before a colon, its contents listed after it ("summarise the public
finance section: budget allocated, spending rates and disbursement", "tóm tắt phần cải cách
tài chính công: kinh phí, giải ngân"): the words before the colon name the part; those after
say what to tell of it, and name narrower areas of it that would otherwise be taken for the
part asked."""

from __future__ import annotations

import re
import unicodedata

# A part noun (folded), then the part's name, then a colon: the name ends there. The noun may
# stand before the name ("phần cải cách tài chính công:") or after it ("the public finance
# section of the … report:"); at most a report's description between it and the colon.
_NAMED_THEN_COLON = re.compile(
    r"^(?P<named>[^:]*\b(?:sections?|parts?|chapters?|phan|muc)\b[^:]*?)\s*:\s*\S"
)
# The part noun as typed, before folding: "phần" / "mục" (or typed without accents), never the
# "phản", "phân", "mức" that fold to the same letters ("DVC mức độ 4: …" names no part).
_PART_NOUN_TYPED = re.compile(r"\b(?:sections?|parts?|chapters?|phần|mục|phan|muc)\b", re.I)


def named_before_colon(folded: str, text: str) -> str:
    """The (folded) question up to the colon after the part it names, or all of it when it
    names no part before a colon (`text`: the question as typed, whose part noun is checked
    before folding merges it with other words)."""
    m = _NAMED_THEN_COLON.match(folded)
    typed = unicodedata.normalize("NFC", text).split(":", 1)[0]
    return m.group("named") if m and _PART_NOUN_TYPED.search(typed) else folded
