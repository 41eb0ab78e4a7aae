"""A list asked of what was NOT done ("which databases had … not rolled out", "những hệ thống
nào chưa được kết nối"): the list whose lead-in says so ("các cơ sở dữ liệu quan trọng của tỉnh
chưa được triển khai (như …)"), not a list of the same kind of thing done ("các ngành: …
được ứng dụng và phát huy hiệu quả")."""

from __future__ import annotations

import re

from core.text import fold

# A question asking what was not done (folded): "chưa"/"không" before what was (not) done
# ("chưa được triển khai", "không đạt") — not the yes/no question's closing "… chưa?", "… không?",
# nor "không giấy" (paperless), "không gian" (space), "hàng không", "không tính/kể" (not
# counting: a figure's scope); English "not", "-n't",
# "yet to", "never", "failed to", "lack".
_ASKS_NOT = re.compile(
    r"(?<!hang )\b(?:chua|khong|chang)\b(?!\s*(?:$|[?.!,;]|giay|gian\b|tinh\b|ke\b))|"
    r"\b(?:not|never|yet to|failed to|lacks?|lacking|without)\b(?! only\b)|\w+n[' ]t\b"
)
# A lead-in that says the things listed were not done (folded; OCR reads "chưa" "chua", "chira").
_SAYS_NOT = re.compile(r"(?<!hang )\b(?:chua|chira|khong|chang|thieu)\b(?!\s*(?:giay|gian\b))")


def asks_not(folded: str) -> bool:
    """Whether a (folded) question asks what was not done."""
    return bool(_ASKS_NOT.search(folded))


def says_not(lead: str) -> bool:
    """Whether the clause leading into a list says its things were not done."""
    return bool(_SAYS_NOT.search(fold(lead)))
