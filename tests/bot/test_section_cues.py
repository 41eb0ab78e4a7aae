"""Which part of a report a question asks: the causes of a limitation said of a thing, the
tasks ahead named by the period ahead or by "đặt ra nhiệm vụ … gì", a plural "những đơn vị
nào" that lists units (not the report's issuer), and the tasks a half-year report sets for the
half it does not cover. Made-up wordings."""

from __future__ import annotations

import pytest

from bot.intents import report_fields
from bot.intents_types import section_kind, section_kinds
from bot.kind_said import kind_said_of
from bot.report_facts import ReportFacts
from bot.report_quarters import covers_or_plans, quarters
from core.query import parse_query
from core.text import fold
from index.metadata import Report
from tests.bot.test_report_facts import TEXT
from tests.helpers.mini_index import REPORT, mini_index


@pytest.mark.parametrize(
    "question",
    [
        "Nguyên nhân nào làm cổng dịch vụ công của Cà Mau tới nay vẫn hạn chế?",
        "Lý do khiến phần mềm một cửa ở Bình Phước vẫn còn bất cập là gì?",
        "Do đâu mà cấp xã ở Bình Phước vẫn gặp nhiều khó khăn?",
        "vi sao ha tang mang o Binh Phuoc con yeu kem",
        "Why is Binh Phuoc's online service still facing difficulties?",
    ],
)
def test_the_causes_of_a_limitation_said_of_a_thing_ask_the_causes(question: str) -> None:
    q = parse_query(question)
    assert section_kinds(q) == ["causes"]
    assert kind_said_of(q) == []  # not the list the limitation's "như: …" announces


def test_a_limitation_said_of_a_thing_alone_still_asks_its_list() -> None:
    assert kind_said_of(parse_query("Việc ký số ở Bình Phước vẫn còn vướng mắc gì?")) == [
        "vuong mac"
    ]


def test_why_of_one_fact_is_no_section() -> None:
    assert section_kind(parse_query("Tại sao Bình Phước giảm 12 phòng chuyên môn?")) is None


@pytest.mark.parametrize(
    "question",
    [
        "Trong các quý còn lại của năm 2022, Cà Mau xác định nhiệm vụ về kiểm soát TTHC nào?",
        "So Noi vu Binh Phuoc can lam gi trong cac thang con lai cua nam 2022?",
        "Bình Phước đề ra nhiệm vụ chuyển đổi số nào cho giai đoạn tiếp theo?",
        "Binh Phuoc se uu tien viec gi trong nua cuoi nam?",
    ],
)
def test_the_period_ahead_or_tasks_set_out_ask_the_tasks(question: str) -> None:
    assert section_kind(parse_query(question)) == "tasks"


@pytest.mark.parametrize(
    "question",
    [
        "Những đơn vị nào ở Bình Phước còn trình văn bản giấy?",
        "Cà Mau giao chỉ tiêu số hóa cho các sở nào theo văn bản của tỉnh?",
        "Ở Cà Mau, những sở nào đã ban hành văn bản hướng dẫn về ký số?",
        "Nhung co quan, don vi nao duoc neu trong bao cao la lam tot?",
    ],
)
def test_many_units_asked_are_the_units_listed_not_the_issuer(question: str) -> None:
    assert "agency" not in report_fields(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo 77 do cơ quan nào ban hành?",
        "Những cơ quan nào ban hành báo cáo này?",
        "Bao cao nay do don vi nao lap?",
    ],
)
def test_the_issuer_asked_stays_the_reports_agency(question: str) -> None:
    assert "agency" in report_fields(fold(question))


def test_a_half_year_report_plans_the_half_after_it() -> None:
    first_half = Report(id="r", file="r.txt", period="6 tháng đầu năm 2022")
    assert quarters(first_half) == {1, 2}
    assert covers_or_plans(first_half, {3, 4}, ahead=True)
    assert not covers_or_plans(first_half, {3, 4}, ahead=False)
    second_half = Report(id="s", file="s.txt", period="6 tháng cuối năm 2022")
    assert not covers_or_plans(second_half, {1, 2}, ahead=True)  # a later report plans no past


def test_only_a_report_ending_right_before_the_period_plans_it() -> None:
    first = Report(id="q", file="q.txt", period="Quý I/2024", quarter=1)
    assert covers_or_plans(first, {2}, ahead=True)
    assert not covers_or_plans(first, {3, 4}, ahead=True)  # a half away: not its next tasks
    nine = Report(id="n", file="n.txt", period="9 tháng đầu năm 2024")
    assert covers_or_plans(nine, {4}, ahead=True)


def test_the_tasks_for_the_half_after_a_report_are_not_refused() -> None:
    facts = ReportFacts(mini_index(TEXT, REPORT))
    asked = "Bình Phước sẽ làm những việc gì trong 6 tháng cuối năm 2022?"
    assert facts.uncovered_half(parse_query(asked), ("Bình Phước",), "vi") is None
    counted = "Bình Phước có bao nhiêu hồ sơ trong 6 tháng cuối năm 2022?"
    assert facts.uncovered_half(parse_query(counted), ("Bình Phước",), "vi") is not None
