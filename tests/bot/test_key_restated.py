"""A figure an assessment restates is told where the report first states it (see `restated`)."""

from __future__ import annotations

from bot.key_figures import key_facts, restated
from index.facts import Fact, build_facts
from tests.helpers.mini_index import mini_index

# A results section stating two shares in one clause, and a closing assessment restating one
# of them with its judgement (made-up figures).
RESTATING = """BÁO CÁO
Kết quả xây dựng chính quyền số năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Cung cấp dịch vụ công trực tuyến

Các sở, ngành đã cung cấp 812 dịch vụ công trực tuyến toàn trình.

Tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến đạt 72%, tỷ lệ hồ sơ nộp trực tuyến trong năm đạt 41%.

2. Hạ tầng

Đã lắp đặt 95 điểm truy cập mạng tại trụ sở các xã; 100% cơ quan có mạng nội bộ.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm

Tỷ lệ hồ sơ nộp trực tuyến trong năm có nhiều chuyển biến tích cực, đạt 41%.

Đường truyền đạt 100% thời gian hoạt động.
"""


def _facts() -> list[Fact]:
    index = mini_index(RESTATING)
    return build_facts(index.reports.values(), index.chunks)


def _of(facts: list[Fact], value: str, heading: str) -> Fact:
    return next(f for f in facts if f.value == value and heading in f.section)


def test_an_assessments_repeat_restates_the_result_first_stated() -> None:
    facts = _facts()
    first = restated(facts)
    repeat = _of(facts, "41%", "ĐÁNH GIÁ")
    assert first[repeat.id].id == _of(facts, "41%", "KẾT QUẢ").id
    # a bare "đạt 100%" of another thing restates nothing
    assert _of(facts, "100%", "ĐÁNH GIÁ").id not in first


def test_a_summary_tells_the_restated_share_in_the_results_clause() -> None:
    facts = _facts()
    picked = {(f.chunk_id, f.span_start) for f in key_facts(facts)}
    told = {(f.value, "KẾT QUẢ" in f.section) for f in facts if (f.chunk_id, f.span_start) in picked}
    # the results' clause, with its other share (72%), in place of the assessment's repeat
    assert ("72%", True) in told
    assert ("41%", True) in told
    assert ("41%", False) not in told
