"""A figure asked with the date or period it holds for ("Tỷ lệ … là bao nhiêu, số liệu tính
cho giai đoạn nào?", "How many …, and as of what date?"): the clause asking the when names no
part of what is counted, and the answer says the when from the figure's own line (its day, span
or as-of month, else the report's period). Left in, its words ("số liệu", "giai đoạn") count
against every line's cover of the question, and a line that answers reads as not found. The
figure answerers read the question without that trailing clause; its text is kept as asked."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.held_date_ask import COUNT_ASKED
from core.query import ParsedQuery, expand

# The when asked, as the question's last clause after a comma or "và / and" (folded): "số liệu
# (đó) (được) tính đến ngày nào", "thống kê trong khoảng thời gian nào", "thuộc kỳ nào",
# "tính cho giai đoạn nào"; "as of what date", "for what period", "and as of when".
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
