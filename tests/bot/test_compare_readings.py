"""The units of a share or ratio asked in English: a thing one English word names in two report
wordings ("agencies": "cơ quan" and "ban, ngành") is said by either, and a ratio ("computers
per official") is a figure of both things, never a count of one. Tables over made-up reports
of two provinces."""

from __future__ import annotations

from bot.compare_rules import other_readings, share_units_in
from index.facts import build_facts
from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

BP = Report(
    "t201", "t201.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="21/BC-VPUBND", date="2022-07-05", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
YB = Report(
    "t202", "t202.txt", province="Yên Bái", agency="UBND tỉnh Yên Bái",
    number="43/BC-UBND", date="2022-12-20", year=2022, period="Năm 2022",
)  # fmt: skip
BP_TEXT = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
2. Hạ tầng kỹ thuật
- Tỷ lệ cơ quan nhà nước cấp tỉnh, cấp huyện có hạ tầng an toàn thông tin, đáp ứng được yêu
cầu bảo đảm an toàn thông tin trong tình hình mới đạt 71%.
- Toàn tỉnh có 12 cán bộ chuyên trách công nghệ thông tin.
- Tổ chức 05 lớp tập huấn cho 210 cán bộ, công chức cấp xã về chữ ký số.
- Tỷ lệ máy tính/cán bộ, công chức đạt 97%.
- Tỷ lệ TTHC đã triển khai dịch vụ công trực tuyến mức độ 3, 4 đạt 66%.
"""
YB_TEXT = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
2. Hạ tầng kỹ thuật
- Tỷ lệ cơ quan nhà nước cấp tỉnh, cấp huyện có hạ tầng an toàn thông tin đạt 84%.
- Có 9 hội nghị trực tuyến được tổ chức trong năm.
- Tổng số dịch vụ công đang cung cấp mức độ 3 và 4 là: 812 dịch vụ công, đạt tỷ lệ 57%.
"""


def _figures(question: str) -> dict[str, str]:
    table = compare(mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)]), question)
    assert table is not None
    lines = [line for line in body(table).splitlines() if line.startswith("| ")]
    rows = [line.strip("|").split("|") for line in lines]
    return {r[0].strip(): r[1].strip() for r in rows[1:]}


def test_one_english_word_reads_as_several_units() -> None:
    assert other_readings("the share of district agencies with servers", "nganh") == {"co quan"}
    assert other_readings("ty le co quan co may chu", "co quan") == frozenset()


def test_share_of_agencies_said_as_co_quan() -> None:
    got = _figures(
        "Compare the share of provincial and district agencies with adequate information-security"
        " infrastructure in Binh Phuoc and Yen Bai."
    )
    assert "71%" in got["Bình Phước"]
    assert "84%" in got["Yên Bái"]


def test_a_ratio_is_no_count_of_one_of_its_things() -> None:
    got = _figures("Computers per official at commune level: Binh Phuoc compared with Yen Bai?")
    assert "210" not in got["Bình Phước"]
    assert "12" not in got["Bình Phước"]


def test_a_share_of_services_is_the_share_of_the_procedures_they_serve() -> None:
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    facts = build_facts(index.reports.values(), index.chunks)
    share = next(f for f in facts if f.value == "57%")  # "812 dịch vụ công, đạt tỷ lệ 57%"
    asked = "share of procedures offered as online services"
    assert share_units_in(asked, frozenset({"thu tuc", "dich vu cong"}), share)
    # procedures alone: a share of services is no share of every procedure
    assert not share_units_in(asked, frozenset({"thu tuc"}), share)
