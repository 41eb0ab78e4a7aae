"""Telegram-style questions (no marks, chat shorthand) answered like their spelled-out forms,
and a count of procedures an action was done to never answered by the total under management
(core/chat_words.py, bot/doc_action.py, AnswerService)."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.doc_action import procedure_action_unsaid
from core.query import parse_query
from core.result import Answer, Citation


def test_bn_closing_a_terse_question(service: AnswerService) -> None:
    ans = service.answer("DT cap huyen bn tt (quy 3/2022)")
    assert "Bắc Ninh" not in ans.text
    assert "**275**" in ans.text.split("\n")[0]


def test_office_abbreviation_is_read(service: AnswerService) -> None:
    ans = service.answer("HD so cong chuc cac so lam viec tai TT PVHCC tinh bn")
    assert "**29**" in ans.text.split("\n")[0]


def test_a_total_is_no_count_announced(service: AnswerService) -> None:
    ans = service.answer("Hai Duong 2022 cong bo bao nhieu TTHC moi ban hanh")
    assert ans.abstained or "**" not in ans.text.split("\n")[0]


TOTAL = "Tổng số TTHC thuộc thẩm quyền quản lý của tỉnh: 300, trong đó cấp tỉnh: 200 thủ tục."
ANNOUNCED = "Trong kỳ, Chủ tịch UBND tỉnh đã công bố 40 TTHC mới ban hành, sửa đổi, bổ sung."


def _answer(question: str, quote: str, figure: str) -> Answer:
    cit = Citation(1, "r", "t", "1/BC", "UBND", "2022", "II", quote, 1.0, context=quote)
    return Answer(question, f"**{figure}** [1]", False, (cit,), figure=figure)


def test_procedure_action_unsaid() -> None:
    asked = "how many administrative procedures did the province announce in 2022"
    q = parse_query(asked)
    found = procedure_action_unsaid(q, _answer(asked, TOTAL, "300"), "en")
    assert found is not None
    assert found.abstained
    assert procedure_action_unsaid(q, _answer(asked, ANNOUNCED, "40"), "en") is None
    # no action asked: the total answers
    plain = parse_query("tinh co bao nhieu TTHC thuoc tham quyen")
    assert procedure_action_unsaid(plain, _answer(plain.text, TOTAL, "300"), "vi") is None


def test_another_procedure_action_is_no_answer() -> None:
    asked = "HD 2022 bai bo bao nhieu TTHC"
    amended = "Số TTHC đề nghị sửa đổi, bổ sung 15 thủ tục."
    found = procedure_action_unsaid(parse_query(asked), _answer(asked, amended, "15"), "vi")
    assert found is not None
    assert found.abstained
