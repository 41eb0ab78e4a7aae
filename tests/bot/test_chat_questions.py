"""Telegram-style questions (no marks, chat shorthand) answered like their spelled-out forms,
and a count of procedures an action was done to never answered by the total under management
(core/chat_words.py, bot/doc_action.py, AnswerService)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.doc_action import procedure_action_unsaid
from core.query import parse_query
from core.result import Answer, Citation


@pytest.mark.parametrize(
    ("terse", "spelled"),
    [
        ("tq cap xa co bn tthc", "Tuyên Quang cấp xã có bao nhiêu thủ tục hành chính?"),
        ("HT cap tinh co bn thu tuc muc do 4?", "Hà Tĩnh cấp tỉnh có bao nhiêu thủ tục mức độ 4?"),
    ],
)
def test_bn_closing_a_terse_question(service: AnswerService, terse: str, spelled: str) -> None:
    # the terse form is answered as its spelled-out form is, never as Bắc Ninh's
    ans, plain = service.answer(terse), service.answer(spelled)
    assert "Bắc Ninh" not in ans.text
    assert plain.figure is not None
    assert ans.figure == plain.figure


def test_bn_in_capitals_is_the_province(service: AnswerService) -> None:
    # "BN" beside another side is Bắc Ninh, whose report is not held: no figure for it
    ans = service.answer("so diem cau truyen hinh cua Tuyen Quang va BN")
    assert "Bắc Ninh" in ans.text


def test_office_abbreviation_is_read(service: AnswerService) -> None:
    # "bpmc" and a closing "bn" answered word for word as "bộ phận một cửa … bao nhiêu"
    terse = service.answer("DT bpmc cap xa giai quyet bn hs quy 3")
    plain = service.answer("DT bo phan mot cua cap xa giai quyet bao nhieu hs quy 3")
    assert terse.text == plain.text


def test_a_total_is_no_count_announced(service: AnswerService) -> None:
    for asked in ("Tuyen Quang nam 2022 cong bo bao nhieu thu tuc bai bo",
                  "How many newly issued procedures did Ha Tinh announce in 2021?"):  # fmt: skip
        ans = service.answer(asked)
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


PROPOSED = "Số TTHC đề nghị sửa đổi, bổ sung: 12 thủ tục; kiến nghị bãi bỏ 6 thủ tục."


def test_a_proposed_action_is_not_done() -> None:
    # procedures proposed for amendment are not procedures announced as amended
    asked = "Dong Thap cong bo bao nhieu TTHC sua doi nam 2021"
    found = procedure_action_unsaid(parse_query(asked), _answer(asked, PROPOSED, "12"), "vi")
    assert found is not None
    assert found.abstained
    assert "công bố" in found.text
    abolished = "how many procedures were abolished"
    q = parse_query(abolished)
    assert procedure_action_unsaid(q, _answer(abolished, PROPOSED, "6"), "en") is not None
    # asked of proposals, the proposal answers
    proposals = parse_query("tinh kien nghi bai bo may thu tuc")
    assert procedure_action_unsaid(proposals, _answer(proposals.text, PROPOSED, "6"), "vi") is None


def test_a_question_of_proposals_takes_the_proposed_line() -> None:
    # asked of proposals in any form ("propose", "đề xuất"): the line's proposed actions count
    line = "Trong năm, tỉnh đã đề nghị sửa đổi 9 thủ tục."
    for asked in ("how many procedures did the province propose to amend",
                  "tinh de xuat sua doi bao nhieu thu tuc"):  # fmt: skip
        assert procedure_action_unsaid(parse_query(asked), _answer(asked, line, "9"), "en") is None
    done = "how many procedures did the province amend"
    assert procedure_action_unsaid(parse_query(done), _answer(done, line, "9"), "en") is not None
