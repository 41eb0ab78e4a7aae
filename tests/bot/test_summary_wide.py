"""A large part of a whole-report summary: a top-level part whose results run under many
numbered areas tells the areas its lead clauses and figures left untold, one short clause each,
within a budget; a part of few areas is told as before.
Real parts: a small real index (tests/helpers/mini_index.py) of a report text written here."""

from __future__ import annotations

import re

from bot.section_answer import SectionAnswerer
from bot.summary_parts import MANY_AREAS, told_part
from bot.summary_wide import AREA_CHARS, AREA_LINES
from tests.helpers.mini_index import mini_index, summarise

_AREAS = [
    "Hạ tầng mạng diện rộng của tỉnh được nâng cấp, kết nối thông suốt tới các xã.",
    "Kho dữ liệu dùng chung về dân cư được xây dựng và đồng bộ với các ngành.",
    "Hệ thống thư điện tử công vụ được duy trì ổn định cho các cơ quan.",
    "Trung tâm dữ liệu tỉnh được đầu tư thêm máy chủ và thiết bị lưu trữ mới.",
    "Nền tảng bản đồ số được triển khai thí điểm tại thành phố và hai huyện.",
    "Ứng dụng công dân số được đưa vào vận hành, hỗ trợ thanh toán trực tuyến.",
]

WIDE = "\n\n".join(
    [
        "BÁO CÁO\nTình hình chuyển đổi số và tuyên truyền năm 2024",
        "A. CÔNG TÁC TUYÊN TRUYỀN",
        "I. KẾT QUẢ",
        "1. Tuyên truyền trên báo chí\n\nCác cơ quan báo chí đã đưa 240 tin bài về chuyển đổi số.",
        "2. Tuyên truyền trên đài phát thanh\n\nĐài phát thanh các huyện phát sóng chuyên mục định kỳ.",
        "B. CHUYỂN ĐỔI SỐ",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        *(f"{i}. Lĩnh vực số {i}\n\n{text}" for i, text in enumerate(_AREAS, 1)),
        "II. PHƯƠNG HƯỚNG NHIỆM VỤ",
        "Tiếp tục đẩy mạnh chuyển đổi số trong các cơ quan nhà nước của tỉnh.",
    ]
)


def _answer(text: str = WIDE) -> str:
    return summarise(mini_index(text), "tóm tắt báo cáo chuyển đổi số năm 2024").split("\nNguồn:")[0]


def test_only_a_part_of_many_areas_lists_them() -> None:
    index = mini_index(WIDE)
    tops = SectionAnswerer(index).trees.get(next(iter(index.reports))).children
    wide = {t.heading: told_part(t).areas for t in tops}
    assert [len(a) for h, a in wide.items() if h.startswith("B.")] == [len(_AREAS)]
    assert len(_AREAS) >= MANY_AREAS
    assert all(not a for h, a in wide.items() if h.startswith("A."))  # two areas: as before


def test_a_large_part_tells_its_untold_areas_within_the_budget() -> None:
    text = _answer()
    bullets = {line[4:5]: line for line in text.splitlines() if line.startswith("- **")}
    large, small = bullets["B"], bullets["A"]
    assert "Ngoài ra:" in large
    assert "Ngoài ra:" not in small
    extra = large.split("Ngoài ra:", 1)[1]
    told = [t for t in _AREAS if t[:30] in extra]
    assert 1 <= len(told) <= AREA_LINES
    assert len(re.findall(r"\[\d+\]", extra)) == len(told)  # each cited
    before = large.split("Ngoài ra:", 1)[0]
    assert not any(t[:30] in before for t in told)  # an area is told once
    assert "Lĩnh vực số" not in extra  # its clause, not its heading again


# Each area's one clause much longer than `AREA_CHARS`, its end words told apart ("đợt 1" …).
_LONG = " ".join(
    ["được triển khai đồng bộ tại các sở, ngành, huyện, thị xã, thành phố và các xã, phường,"]
    * 3
)


def test_an_area_clause_longer_than_its_budget_is_cut() -> None:
    long_areas = [f"{t[:-1]}, {_LONG} hoàn thành đợt {i}." for i, t in enumerate(_AREAS, 1)]
    text = WIDE
    for short, long in zip(_AREAS, long_areas, strict=True):
        text = text.replace(short, long)
    extra = _answer(text).split("Ngoài ra:", 1)[1].split("\n")[0]
    told = [re.sub(r"\s*\[\d+\]$", "", c.strip()) for c in extra.split(" · ")]
    assert told
    assert all(len(c) > len(_LONG) // 3 for c in told), told
    assert all(len(c) <= AREA_CHARS + 1 for c in told), told  # cut, "…" added
    assert not any("hoàn thành đợt" in c for c in told), told  # its end left out

