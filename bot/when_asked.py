"""A figure asked with the date or period it holds for ("Trạm Y đo bao nhiêu lượt, con số
chốt vào thời điểm nào?", "How many …, and as of what date?"): the clause asking the when names no
part of what is counted, and the answer says the when from the figure's own line (its day, span
or as-of month, else the report's period). Left in, its words ("số liệu", "giai đoạn") count
against every line's cover of the question, and a line that answers reads as not found. The
figure answerers read the question without that trailing clause; its text is kept as asked."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.held_date_ask import COUNT_ASKED
from core.query import ParsedQuery, expand

# The when asked, as the question's last clause after a comma or "và / and" (folded): an
# optional word for the figure ("số liệu", "con số", "dữ liệu", then "đó / này"), an optional
# verb of counting ("tính", "chốt", …), an optional preposition ("đến", "cho", "thuộc", …) and a
# word of time (ngày, thời điểm, giai đoạn, kỳ, thời gian, …) with "nào"; in English a
# preposition with "what / which date, period, time", or "as of when".
_WHEN_CLAUSE = re.compile(
    r"(?:,|\s(?:va|and)\b)\s*(?:(?:so lieu|con so|du lieu)\s+(?:(?:do|nay)\s+)?)?"
    r"(?:(?:duoc\s+)?(?:tinh|thong ke|cap nhat|chot|ghi nhan)\s+)?"
    r"(?:(?:den|toi|cho|trong|vao|thuoc|tai)\s+)?(?:het\s+)?"
    r"(?:ngay|thoi diem|giai doan|ky(?: bao cao)?|khoang thoi gian|thoi gian|thoi ky) nao"
    r"\s*\??\s*$"
    r"|(?:,|\s(?:and)\b)\s*(?:(?:as of|up to|by|until|for|over|covering|in)\s+)"
    r"(?:what|which) (?:date|day|period|time|point in time|reporting period)\s*\??\s*$"
    r"|(?:,|\s(?:and)\b)\s*as of when\s*\??\s*$"
)


def when_dropped(q: ParsedQuery) -> ParsedQuery:
    """The question without its trailing clause asking the when of a figure it asks (see the
    module doc); the question as it was when it asks no figure or no such clause."""
    m = _WHEN_CLAUSE.search(q.folded)
    if m is None or not COUNT_ASKED.search(q.folded[: m.start()]):
        return q
    folded = q.folded[: m.start()].rstrip(" ,")
    return replace(q, folded=folded, expanded=expand(folded))
