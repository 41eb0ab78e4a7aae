"""A figure whose own clause says another outlet published it than the one the question asks
(bot/outlets.py) is a near miss: "bao nhiêu tin trên Cổng thông tin điện tử" is not answered by
"Báo Hà Tĩnh đã đăng tải 60 tin … trên 2 ấn phẩm"."""

from __future__ import annotations

from bot.nearest import nearest_not_found, stated
from bot.outlets import other_outlet
from core.query import ParsedQuery
from core.result import Answer


def other_outlet_answer(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose own clause says another outlet
    published it than the one the question asks (`other_outlet`); None when the answer stands."""
    pairs = stated(ans)
    asked = f"{q.folded} {q.expanded}"
    if not pairs or not all(other_outlet(asked, c.quote, f) for f, c in pairs):
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports give no figure for the outlet asked; the nearest figure, {fig}, "
        f"is of another outlet [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu của kênh được hỏi; số liệu gần nhất, "
        f"{fig}, là của kênh khác [1]."
    )
    return nearest_not_found(q, text, cit, language)
