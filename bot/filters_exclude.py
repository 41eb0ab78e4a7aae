"""The message when the filters chosen in the web page leave out the province or year the
question asks for: nothing else is answered then (read by `AnswerService.answer`)."""

from __future__ import annotations

from core.query import ParsedQuery
from index.retrieve import Filters


def filters_exclude(q: ParsedQuery, filters: Filters, language: str) -> str:
    """The message when the chosen filters leave out the province or year the question asks
    for ("" when they do not): nothing else is answered then."""
    en = language == "en"
    if filters.provinces and q.provinces and not set(q.provinces) & set(filters.provinces):
        asked, chosen = ", ".join(q.provinces), ", ".join(filters.provinces)
    elif filters.years and q.years and not set(q.years) & set(filters.years):
        asked = ", ".join(map(str, q.years))
        chosen = ", ".join(map(str, filters.years))
    else:
        return ""
    if en:
        return (
            f"The filters ({chosen}) exclude {asked}, which the question asks about. "
            "Clear or change the filters and ask again."
        )
    return (
        f"Bộ lọc đang chọn ({chosen}) không bao gồm {asked} mà câu hỏi hỏi tới. "
        "Hãy bỏ hoặc đổi bộ lọc rồi hỏi lại."
    )
