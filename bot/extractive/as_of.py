"""The "tính đến"/"tính tới" (as of) a question says: its "tinh" is no "cấp tỉnh" (provincial
level) and no topic word. Every reading of the question's folded words against scope words or
clause words drops it here, in one place (`as_of_dropped`)."""

from __future__ import annotations

import re

from core.query import ParsedQuery
from core.text import fold

# "tính đến"/"tính tới" (as of) before a date, folded "tinh den": no "cấp tỉnh" in "sim được cấp
# tính đến hết tháng 5". With diacritics the question says which it is ("cấp tỉnh đến nay" is the
# provincial level); without, only a date after it says "as of".
AS_OF = re.compile(r"\btinh (?=(?:den|toi) (?:het|ngay|thang|nam|quy|thoi diem|\d))")
_AS_OF_SAID = re.compile(r"\btính (?:đến|tới)\b")


def as_of_dropped(q: ParsedQuery, folded: str) -> str:
    """`folded` without the "tinh" of an "as of" (`AS_OF`) the question says."""
    plain = fold(q.text) == q.text.lower()
    if plain or _AS_OF_SAID.search(q.text.lower()):
        return AS_OF.sub(" ", folded) if plain else re.sub(r"\btinh (?=(?:den|toi)\b)", " ", folded)
    return folded
