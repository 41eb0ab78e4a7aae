"""A report summary's parts: a results section of several reform areas is told area by area
(each labelled by both headings), and each part's key figures are stated in its own bullet.
Real parts: a small real index (tests/helpers/mini_index.py) of a report text written here."""

from __future__ import annotations

import re

from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.summary_parts import nothing_said
from core.query import parse_query
from index.facts import build_facts
from tests.helpers.mini_index import everything, mini_index

AREAS = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Ủy ban nhân dân tỉnh đã ban hành kế hoạch cải cách hành chính năm 2023 với 48 nhiệm vụ cụ thể giao cho các sở, ngành.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Các sở, ngành đã tham mưu ban hành 27 văn bản quy phạm pháp luật trong năm 2023.

2. Cải cách thủ tục hành chính

Tổng số thủ tục hành chính thuộc thẩm quyền của tỉnh là 1.654 thủ tục, trong đó cấp tỉnh 1.201 thủ tục.

3. Cải cách tài chính công

Tỷ lệ giải ngân vốn đầu tư công của tỉnh năm 2023 đạt 91,4% kế hoạch vốn được giao.

III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024

Tiếp tục rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng phục vụ người dân.
"""


def _summary(question: str) -> str:
    index = mini_index(AREAS)
    facts = build_facts(index.reports.values(), index.chunks)
    ans = SummaryAnswerer(index, SectionAnswerer(index), facts).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    return ans.text


def _bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- **")]


def test_a_results_section_of_several_areas_is_told_area_by_area() -> None:
    labels = [re.match(r"- \*\*(.*?)\*\*", b).group(1) for b in _bullets(_summary(  # type: ignore[union-attr]
        "Tóm tắt báo cáo cải cách hành chính năm 2023"))]  # fmt: skip
    areas = [lb for lb in labels if lb.startswith("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ — ")]
    assert [a.split(" — ")[1] for a in areas] == [
        "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "3. Cải cách tài chính công"
    ]  # fmt: skip
    assert labels[0].startswith("I. CÔNG TÁC CHỈ ĐẠO")
    assert labels[-1].startswith("III. PHƯƠNG HƯỚNG")


def test_a_key_figure_is_stated_in_the_bullet_of_its_part() -> None:
    bullets = _bullets(_summary("Tóm tắt báo cáo cải cách hành chính năm 2023"))
    finance = next(b for b in bullets if "tài chính công**" in b)
    assert "91,4%" in finance
    procedures = next(b for b in bullets if "thủ tục hành chính**" in b)
    assert "1.654" in procedures
    # each figure once, cited
    text = "\n".join(bullets)
    assert text.count("1.654") == 1
    assert re.search(r"1\.654[^\[]*\[\d+\]", text)


def test_a_part_that_says_there_is_nothing_has_nothing_to_tell() -> None:
    long = (
        "Kết quả thực hiện luân chuyển, điều động cán bộ lãnh đạo giữa các phòng chuyên môn và "
        "các đơn vị sự nghiệp trực thuộc trong kỳ báo cáo của cơ quan"
    )
    assert len(long) > 120  # too long to be a label: the item labels itself whole
    assert nothing_said(f"{long}: Không có.", f"{long}: Không có.")
    assert nothing_said("Kết quả thanh tra công vụ", "Kết quả thanh tra công vụ: Không phát sinh")
    assert not nothing_said(
        f"{long}: Đã điều động 03 công chức.", f"{long}: Đã điều động 03 công chức."
    )
