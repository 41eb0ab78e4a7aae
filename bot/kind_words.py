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
# The limitations named in other words than the heading's ("tồn tại, hạn chế"): "điểm yếu",
# "mặt yếu", "nhược điểm", "thiếu sót", "chưa làm được", "weak points", "shortfalls", "fell
# short", "deficiencies", "areas for improvement" (not "yêu cầu": "yeu" only after a noun).
LIMITS_OTHER_WORDS = (
    r"diem yeu|mat yeu|nhuoc diem|khuyet diem|khiem khuyet|thieu sot|chua lam duoc|"
    # what the work is still caught on ("còn vướng ở đâu", "gặp trở ngại gì"):
    # "vướng" said alone after còn/đang/bị/gặp/vẫn (folded "vuong" alone is also "vuông")
    r"(?:con|dang|bi|gap|van) vuong(?! mac)|tro ngai|"
    r"mat chua (?:tot|duoc|lam duoc)|"
    r"weak(?:er|est)? (?:points?|spots?|areas?|sides?|aspects?|links?)|shortfalls?|"
    r"f(?:a|e)ll(?:s|ing)? short|deficienc(?:y|ies)|flaws?|failings?|downsides?|"
    r"(?:areas?|room) (?:for|of|needing|that need|to) improve\w*|what went wrong|"
    # where the work is still weak or slow, asked plainly ("còn vướng …" above): "còn yếu ở
    # khâu nào", "vướng chỗ nào", "còn chậm ở đâu"
    r"(?:con|dang|van|bi) (?:yeu|cham|kho|ach tac) (?:o |cho )?(?:dau|khau nao|cho nao|"
    r"diem nao|mat nao|gi)|(?:vuong|yeu|ach tac) (?:o|cho) (?:dau|khau nao|cho nao|diem nao)"
)
