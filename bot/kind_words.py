"""The words that name a kind of report section without its heading's words: the tasks ahead
said in English or Vietnamese, the limitations said in other words (read by
bot/intents_types.py and the router, bot/intents.py)."""

from __future__ import annotations

# The tasks ahead said in English: "key / main … tasks", "tasks for 2023 / next year", "what
# will … do in 2023", "what does … plan to do", "focus for the coming period".
TASKS_EN = (
    r"(?:key|main|major|principal|core|central|primary|chief|focal)\s+(?:[a-z'&-]+\s+){0,4}?"
    r"(?:tasks?|duties|missions|objectives)|"
    r"(?:tasks?|duties|objectives|focus(?:es)?|agenda)\s+(?:set\s+)?(?:for|in)\s+(?:the\s+)?"
    r"(?:20\d\d|next|coming|upcoming|following|rest of|remaining|remainder)|"
    r"what will\b.{0,80}\b(?:do|focus on|work on|undertake|carry out|implement)|"
    r"(?:plans?|planning|intends?|going) to do|to do next|going forward|way forward|"
    # the work ahead described, not named: "forward-looking tasks", "upcoming actions",
    # "future priorities", "what does … commit to", "for next year / the year ahead"
    r"(?:forward[ -]?looking|future|upcoming|planned|pending)\s+(?:[a-z'&-]+\s+){0,2}?"
    r"(?:tasks?|work|actions?|steps|plans?|priorit\w*|directions?|measures|agenda|activities)|"
    r"(?:forward[ -]?looking|commit(?:s|ted|ments?)?\s+(?:it(?:self)?\s+)?to)|"
    r"(?:for|in)\s+(?:the\s+)?(?:next|coming|following)\s+year|year ahead|"
    # the work a body set itself for a time ahead, its name between: "the tasks Đồng Tháp's
    # office set (itself) for the rest of 2022", "duties … laid out for the coming months"
    r"(?:tasks?|duties|work|actions?|objectives)\s+(?:[a-z'&-]+\s+){0,6}?"
    r"(?:set|sets|lays?|laid|planned|outlined?s?)\s+(?:(?:out|itself|themselves)\s+)?"
    r"(?:for|in)\s+(?:the\s+)?(?:20\d\d|next|coming|upcoming|following|rest|remaining|remainder)|"
    r"(?:rest|remainder) of (?:the year|20\d\d)|(?:coming|remaining) months|months ahead"
)
# The work ahead said in Vietnamese without naming the section: "nhiệm vụ CCHC trọng tâm nào",
# "những việc … sẽ làm", "dự kiến làm gì", "ưu tiên cho năm tới".
TASKS_VI = (
    r"nhiem vu (?:[a-z]+ ){0,3}?(?:trong tam|chu yeu|chinh|uu tien)|"
    r"(?:viec|nhiem vu)\b[^?]{0,60}\b(?:se|du kien)\s+(?:lam|thuc hien|trien khai)|"
    r"(?:se|du kien)\s+(?:lam|thuc hien|trien khai)\s+(?:nhung\s+)?(?:gi|viec gi|nao)|"
    r"(?:nam|thang|quy) toi|thoi gian sap toi|"
    # the period ahead named: "các quý còn lại", "nửa cuối năm", "giai đoạn kế tiếp"
    r"(?:nhung|cac) (?:thang|quy) (?:cuoi|con lai)|nua cuoi nam|"
    r"(?:thoi gian|giai doan|nam|quy) (?:tiep theo|ke tiep)|"
    # tasks set out on a topic: "xác định các nhiệm vụ về số hóa nào", "đề ra nhiệm vụ gì"
    r"(?:dat ra|de ra|xac dinh) (?:nhung |cac )?nhiem vu (?:[a-z0-9&]+ ){0,4}?(?:gi|nao)|"
    # "các nhiệm vụ … đặt ra cho cuối năm", "nhiệm vụ tiếp theo": the tasks set for what is ahead
    r"nhiem vu (?:[a-z0-9&]+ ){0,8}?(?:dat ra|de ra) (?:cho|trong|vao) |"
    r"(?:nhiem vu|viec) tiep theo|(?:cho|trong|vao) (?:nhung thang )?cuoi nam"
)
# Which part of the work a question asks ("ở chỗ nào", "khâu nào", "mặt nào"), folded.
_WHICH_PART = r"(?:o )?(?:cho|khau|diem|mat|van de) nao"
# How far the work on a topic has got ("xã A số hóa hồ sơ triển khai tới đâu rồi"): a work verb,
# then "đến/tới đâu" with "rồi" or the question's end after it (not "đến đầu tháng …", folded
# alike; nor "hồ sơ chuyển đến đâu", no work asked of), folded.
_WORK = (
    r"(?:trien khai|thuc hien|xay dung|chuyen doi so|so hoa|cai cach|sap xep|quan ly|"
    r"tuyen truyen|ung dung|tien do)\b[^?]{0,60}?"
)
HOW_FAR = _WORK + r"\b(?:den|toi) dau(?: roi\b|(?=\W*$))"
# What the work on a topic came to, asked last ("năm nay phường A cải cách thủ tục được những
# gì?"): a work verb before it (not "bạn làm được những gì"), folded.
CAME_TO = _WORK + r"\bduoc nhung gi(?: roi\b|(?=\W*$))"
# The limitations named in other words than the heading's ("tồn tại, hạn chế"): "điểm yếu",
# "mặt yếu", "nhược điểm", "thiếu sót", "chưa làm được", "weak points", "shortfalls", "fell
# short", "deficiencies", "areas for improvement" (not "yêu cầu": "yeu" only after a noun).
LIMITS_OTHER_WORDS = (
    r"diem yeu|mat yeu|nhuoc diem|khuyet diem|khiem khuyet|thieu sot|chua lam duoc|"
    r"tro ngai|"
    r"mat chua (?:tot|duoc|lam duoc)|"
    r"weak(?:er|est)? (?:points?|spots?|areas?|sides?|aspects?|links?)|shortfalls?|"
    r"f(?:a|e)ll(?:s|ing)? short|deficienc(?:y|ies)|flaws?|failings?|downsides?|"
    r"(?:areas?|room) (?:for|of|needing|that need|to) improve\w*|what went wrong|"
    # where the work is still caught, weak or slow, asked as a question ("xã còn vướng gì",
    # "còn yếu ở khâu nào", "bị ách tắc ở đâu"): the verb before, the question word after, as
    # folded "vuong" is also a name ("Văn Vương", "Đặng Vương"), "yeu" also "yêu" and "cham"
    # also "chấm"; "vướng" only after còn/bị/gặp ("văn"/"đặng" are names' words), "yếu"/"chậm"
    # only before "… nào" or "ở đâu" ("còn yêu gì")
    r"(?:con|bi|gap) vuong (?:gi|o dau|" + _WHICH_PART + r")\b|"
    r"(?:con|dang|van|bi) (?:ach tac (?:gi|o dau|" + _WHICH_PART + r")|"
    r"(?:yeu|cham) (?:" + _WHICH_PART + r"|o dau))\b"
)
