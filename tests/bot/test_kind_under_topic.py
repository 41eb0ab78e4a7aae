"""A kind of section asked of a topic ("tồn tại nào về chính quyền điện tử") that the report
holds under a part about that topic: the whole section, every item, not only the items that
say the topic's words again."""

from __future__ import annotations

from bot.answer import AnswerService
from tests.helpers.typed import bullets

HT22 = "000_e698a6639bf0946b"  # Hà Tĩnh, H1 2022: part B is e-government, with its own limits


def test_limits_of_the_part_about_the_topic(service: AnswerService) -> None:
    ans = service.answer(
        "Hà Tĩnh 6 tháng đầu năm 2022: những tồn tại nào về chính quyền điện tử được Sở TT&TT nêu?"
    )
    assert {c.report_id for c in ans.citations} == {HT22}
    # part B's four limitations (part A's, on communication, are not about the topic)
    assert len(bullets(ans)) == 4, ans.text
    assert all(c.section.startswith("B.") for c in ans.citations)
