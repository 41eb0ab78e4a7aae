""""Which province did more …" asks which province ranks first on a figure (a comparison), not
the province a report belongs to (bot/province_ranked.py, used by bot/intents.py); "nói rõ
hơn", "tell me more", a report's number or its signer leave the report's province asked. The
comparison is answered over a mini index of two made-up reports (tests/helpers/mini_index.py)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.intents import Intent, read_intent, report_fields
from bot.province_ranked import ranks_provinces
from bot.typed_answers import TypedAnswers
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import EveryChunk, extractive, mini_corpus
from tests.helpers.parts import MAX_QUESTION_CHARS
from tests.helpers.typed import body


@pytest.mark.parametrize(
    "question",
    [
        "Which province trained more commune officials in digital skills: Ha Tinh or Dong Thap?",
        "Which province had the higher share of appeals answered within the deadline, going by "
        "the Dong Thap and Ha Tinh reports?",
        "Which province is ahead on cashless fee collection, Tuyen Quang or Dong Thap?",
        "Tỉnh nào tổ chức nhiều đợt kiểm tra công vụ hơn, Hà Tĩnh hay Tuyên Quang?",
        "Hà Tĩnh và Đồng Tháp, tỉnh nào có tỷ lệ xã đạt chuẩn cao hơn?",
        "Tỉnh nào có ít cuộc họp trực tuyến nhất trong các báo cáo?",
    ],
)
def test_a_province_ranked_on_a_figure_is_no_report_field(question: str) -> None:
    assert ranks_provinces(parse_query(question).folded)
    assert "province" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    [
        "Which province is report 342/BC-VPUBND from?",
        "Báo cáo 98/BC-STTTT là của tỉnh nào?",
        # "hơn", "more" that ask the answer to say more, not a figure to be larger
        "Văn bản 12/BC-UBND là của tỉnh nào thế? Giải thích kỹ hơn được không?",
        "Báo cáo số 77 thuộc tỉnh nào, nói cụ thể hơn nhé",
        "What province issued report 55/BC-SNV? Could you explain a bit more?",
        "Which province is the 140/BC-UBND report from, and tell us more about its author?",
        # a report picked out by its number or its signer, whatever superlative rides along
        "Which province wrote the report with the highest on-time rate, 21/BC-VPUBND?",
        "Which province does the report signed by Trần Văn Bình come from? In more detail, please.",
        "Báo cáo do ông Lê Văn Nam ký là của tỉnh nào, tỉnh đó lớn hơn không?",
    ],
)
def test_the_province_of_a_report_is_still_asked(question: str) -> None:
    assert not ranks_provinces(parse_query(question).folded)
    assert "province" in report_fields(parse_query(question).folded)


BP = Report(
    "t301", "t301.txt", province="Bình Phước", agency="UBND tỉnh Bình Phước",
    number="31/BC-UBND", date="2022-12-15", year=2022, period="Năm 2022",
)  # fmt: skip
YB = Report(
    "t302", "t302.txt", province="Yên Bái", agency="UBND tỉnh Yên Bái",
    number="64/BC-UBND", date="2022-12-20", year=2022, period="Năm 2022",
)  # fmt: skip
BP_TEXT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo, điều hành
- Trong năm, tỉnh đã tổ chức 37 đợt kiểm tra công vụ tại các cơ quan, đơn vị.
- Tổ chức 6 hội nghị đối thoại với doanh nghiệp.
"""
YB_TEXT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo, điều hành
- Trong năm, tỉnh đã tổ chức 52 đợt kiểm tra công vụ tại các cơ quan, đơn vị.
- Tổ chức 4 hội nghị đối thoại với doanh nghiệp.
"""


@pytest.mark.parametrize(
    ("question", "bp", "yb"),
    [
        ("Which province held more dialogue conferences with businesses, Binh Phuoc or Yen Bai?",
         "6", "4"),
        ("Tỉnh nào tổ chức nhiều đợt kiểm tra công vụ hơn, Bình Phước hay Yên Bái?", "37", "52"),
    ],
)  # fmt: skip
def test_which_province_did_more_is_compared_not_headed(question: str, bp: str, yb: str) -> None:
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    typed = TypedAnswers(index, EveryChunk(index))
    service = AnswerService(EveryChunk(index), extractive(index), MAX_QUESTION_CHARS, typed=typed)
    assert read_intent(parse_query(question)).intent == Intent.COMPARISON
    ans = service.answer(question)
    assert ans.intent == "comparison"
    rows = {line.split("|")[1].strip(): line for line in body(ans).splitlines()
            if line.startswith("| ")}  # fmt: skip
    # each side's own figure in bold, not a report's header line
    assert f"**{bp}**" in rows["Bình Phước"]
    assert f"**{yb}**" in rows["Yên Bái"]
    assert "Số:" not in body(ans)
