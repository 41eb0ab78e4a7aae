"""A plan's completion asked as a share ("tỷ lệ hoàn thành kế hoạch"): a plan is carried out
task by task, so a side whose report gives the share of the plan's tasks done ("88% các nhiệm
vụ đã được triển khai") answers it, as the side whose report gives the share of the plan does.
Tables over made-up reports of two provinces."""

from __future__ import annotations

from bot.compare_rules import other_readings
from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

BP = Report(
    "t211", "t211.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="31/BC-VPUBND", date="2022-09-15", year=2022, period="Quý III/2022",
)  # fmt: skip
YB = Report(
    "t212", "t212.txt", province="Yên Bái", agency="UBND tỉnh Yên Bái",
    number="53/BC-UBND", date="2022-12-20", year=2022, period="Năm 2022",
)  # fmt: skip
BP_TEXT = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
1. Tiến độ thực hiện kế hoạch cải cách hành chính của cơ quan
- Về cải cách hành chính năm 2022, Văn phòng đã phân công các nhiệm vụ cụ thể cho từng phòng,
đến nay trên 88% các nhiệm vụ (22/25 nhiệm vụ) đã được triển khai thực hiện tại đơn vị.
II. KẾT QUẢ THỰC HIỆN
5. Cải cách tài chính công
+ Nguồn vốn đã giải ngân đến ngày 09/9/2022: 1.200.000.000 đồng, đạt tỷ lệ: 48,5%.
"""
YB_TEXT = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
2. Về thực hiện kế hoạch CCHC năm 2022
Đến thời điểm báo cáo đã thực hiện được 40 nhiệm vụ trong tổng số 44 nhiệm vụ, đạt 90,91 % kế
hoạch đề ra.
"""


def _figures(question: str) -> dict[str, str]:
    table = compare(mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)]), question)
    assert table is not None
    lines = [line for line in body(table).splitlines() if line.startswith("| ")]
    rows = [line.strip("|").split("|") for line in lines]
    return {r[0].strip(): r[1].strip() for r in rows[1:]}


def test_a_plans_completion_reads_as_its_tasks() -> None:
    assert other_readings("ty le hoan thanh ke hoach cchc nam 2022", "ke hoach") == {"nhiem vu"}
    assert other_readings("tien do thuc hien ke hoach cai cach", "ke hoach") == {"nhiem vu"}
    # a plan counted, or a plan's figure that is no completion: no tasks
    assert other_readings("ty le ke hoach duoc ban hanh", "ke hoach") == frozenset()
    assert other_readings("so ke hoach da ban hanh", "ke hoach") == frozenset()
    assert other_readings("tien do giai ngan thuc hien ke hoach von 2022", "ke hoach") == frozenset()


def test_plan_completion_share_said_of_tasks() -> None:
    got = _figures("So sánh mức độ hoàn thành kế hoạch CCHC năm 2022 của Bình Phước và Yên Bái")
    assert "**88%**" in got["Bình Phước"]
    assert "**90,91%**" in got["Yên Bái"]
    assert "48,5" not in got["Bình Phước"]  # the disbursement share is of no plan's tasks
