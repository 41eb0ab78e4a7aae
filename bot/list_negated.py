"""A list asked of what was NOT done ("which bridges were … not yet repaired", "những trạm nào
chưa được nâng cấp"): the list whose lead-in says so ("các tuyến đường liên xã chưa được cứng
hóa (như …)"), not a list of the same kind of thing done ("các tuyến: … đã hoàn thành và đưa
vào sử dụng")."""

from __future__ import annotations

import re

from core.text import fold

# A question asking what was not done (folded): "chưa"/"không" before what was (not) done
# ("chưa được triển khai", "không đạt") — not the yes/no question's closing "… chưa?", "… không?",
# nor "không giấy" (paperless), "không gian" (space), "hàng không", "không tính/kể" (not
# counting: a figure's scope), "không dùng tiền mặt" (cashless), "không chỉ … mà còn" (not
# only … but also), "sửa chữa" (repair), "chữa bệnh/cháy" (treat, fight fire) — "chữa" folds
# as "chưa"; English "not", "-n't",
# "yet to", "never", "failed to", "lack".
_ASKS_NOT = re.compile(
    r"(?<!hang )(?<!sua )\b(?:chua|khong|chang)\b"
    r"(?!\s*(?:$|[?.!,;]|giay|gian\b|tinh\b|ke\b|dung tien mat|chi\b|benh\b|chay\b))|"
    r"\b(?:not|never|yet to|failed to|lacks?|lacking|without)\b(?! only\b)|\w+n[' ]t\b"
)
# A lead-in that says the things listed were not done (folded; OCR reads "chưa" "chua", "chira";
# "sửa chữa", "chữa bệnh", "chữa cháy" fold alike and say nothing is undone).
_SAYS_NOT = re.compile(
    r"(?<!hang )(?<!sua )\b(?:chua|chira|khong|chang|thieu)\b(?!\s*(?:giay|gian\b|benh\b|chay\b))"
)


def asks_not(folded: str) -> bool:
    """Whether a (folded) question asks what was not done."""
    return bool(_ASKS_NOT.search(folded))


def says_not(lead: str) -> bool:
    """Whether the clause leading into a list says its things were not done."""
    return bool(_SAYS_NOT.search(fold(lead)))
