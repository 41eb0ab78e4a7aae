""""Which province did more …" asks which province ranks first on a figure (a comparison), not
the province a report belongs to (bot/intents.py, `_RANKS_PROVINCES`)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.intents import Intent, read_intent, report_fields
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "Which province recruited more civil servants by exam: Hai Duong (2022 report) or Ha "
        "Tinh (H1 2022 report)?",
        "Which province had the higher share of dossiers settled on time, going by the Dong Thap "
        "and Ha Tinh reports?",
        "Which province is ahead on online payments, Tuyen Quang or Hai Duong, per each report?",
        "Báo cáo của tỉnh nào ghi nhận nhiều hồ sơ trực tuyến hơn, Tuyên Quang hay Hải Dương?",
    ],
)
def test_a_province_ranked_on_a_figure_is_no_report_field(question: str) -> None:
    assert "province" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    ["Which province is report 342/BC-VPUBND from?", "Báo cáo 98/BC-STTTT là của tỉnh nào?"],
)
def test_the_province_of_a_report_is_still_asked(question: str) -> None:
    assert report_fields(parse_query(question).folded) == ("province",)


def test_which_province_did_more_is_compared_not_headed(service: AnswerService) -> None:
    question = ("According to the reports, which province has more administrative procedures: "
                "Dong Thap (Q3 2022) or Hai Duong (2022 report)?")  # fmt: skip
    assert read_intent(parse_query(question)).intent == Intent.COMPARISON
    ans = service.answer(question)
    assert ans.intent == "comparison"
    # no report's header line stands in for a side's figure
    assert "CỘNG HÒA" not in ans.text.upper()
    assert "Số:" not in ans.text
