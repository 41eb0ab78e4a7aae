"""Every part's headline before another section of a part already told (bot/key_figures.py
`parts_first`): a summary's key figures take each section's first figure, the most key first;
a part of many sections with big counts does not fill the allowance before a part of one
section with a smaller figure is told. Real parts: a small real index of a report written
here."""

from __future__ import annotations

from bot.key_figures import key_facts, parts_first
from index.facts import build_facts
from tests.helpers.mini_index import mini_index

REPORT = """BÁO CÁO
Kết quả công tác chuyển đổi số năm 2022

I. KẾT QUẢ THỰC HIỆN

1. Hạ tầng số

Đã lắp đặt 4.200 điểm truy cập Internet công cộng trên địa bàn tỉnh.

2. Dịch vụ công trực tuyến

Cổng dịch vụ công của tỉnh đã tiếp nhận 58.300 hồ sơ trực tuyến.

3. Chữ ký số

Đã cấp 7.650 chứng thư số cho các cơ quan, tổ chức và cá nhân.

II. ĐÁNH GIÁ CHUNG

1. Nhận xét

Đã tổ chức 12 lớp tập huấn kỹ năng số cho cán bộ cấp xã.
"""


def _facts():  # type: ignore[no-untyped-def]
    index = mini_index(REPORT)
    return build_facts(index.reports.values(), index.chunks)


def test_a_small_part_is_told_before_a_big_parts_other_sections() -> None:
    told = {f.value for f in key_facts(_facts(), limit=2)}
    assert "12" in told  # part II's one figure
    assert told & {"4.200", "58.300", "7.650"}  # and part I's headline


def test_each_parts_headline_leads_then_the_most_key() -> None:
    facts = [f for f in _facts() if f.value in {"4.200", "58.300", "7.650", "12"}]
    order = [f.value for f in parts_first(facts, 2, set())]
    # each part's most key figure first (part II's only one, part I's best), then the rest
    assert "12" in order[:2]
    assert sorted(order) == sorted(f.value for f in facts)
    assert order.index("12") < 2 < len(order)
