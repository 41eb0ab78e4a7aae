"""A change asked ("tăng bao nhiêu so với quý IV/2021") that the quoted sentence states beside
the answer's figure gets its own figure line, citing the same source; nothing is added when no
change is asked or the sentence states none or two. Report made up for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_service, plain_service
from tests.helpers.typed import body

TEXT = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
2. Kết quả về ứng dụng công nghệ thông tin
- Tính đến ngày 31/3/2022, trên Cổng dịch vụ công của tỉnh phát sinh 2.480 hồ sơ DVC mức 3, mức 4 (trong đó có 310 hồ sơ cấp xã), tăng 612 hồ sơ so với Quý IV/2021.
- Trang thông tin điện tử của tỉnh đăng 75 tin bài, tăng 12 tin và giảm 3 chuyên mục so với cùng kỳ.
"""


def _service() -> AnswerService:
    return parts_service(mini_index(TEXT))


def test_a_change_asked_gets_the_change_the_sentence_states() -> None:
    service = _service()
    ans = service.answer(
        "Hồ sơ DVC mức 3, mức 4 phát sinh trên Cổng dịch vụ công của Bình Phước tăng bao nhiêu so với quý trước?"
    )
    lines = body(ans).splitlines()
    assert lines[0].startswith("2.480"), body(ans)  # the level, not in bold: not asked
    assert ans.figure == "612"
    assert lines[1].startswith("Báo cáo nêu mức thay đổi: **612** (tăng 612 hồ sơ so với Quý"), (
        body(ans)
    )
    ans = service.answer(
        "By how much did the number of level 3 and 4 dossiers on the Binh Phuoc public service "
        "portal increase?"
    )
    assert "The report states the change: **612**" in body(ans), body(ans)
    # typed as keywords: what it is measured against first, "bao nhiêu" last (no two parts)
    ans = service.answer("Bình Phước hồ sơ DVC mức 3, mức 4 tăng so với quý trước bao nhiêu")
    assert "Báo cáo nêu mức thay đổi: **612**" in body(ans), body(ans)


def test_no_change_line_unless_asked_and_stated_once() -> None:
    service = _service()
    ans = service.answer("Bình Phước có bao nhiêu hồ sơ DVC mức 3, mức 4?")
    assert "thay đổi" not in body(ans)
    assert "**612**" not in body(ans)
    # two changes in the sentence ("tăng 12 tin và giảm 3 chuyên mục"): neither is added
    ans = service.answer("Số tin bài trên trang thông tin điện tử Bình Phước tăng bao nhiêu?")
    assert "thay đổi" not in body(ans), body(ans)


RANKED = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
4. Về công tác kiểm tra
- Ngày 12/6/2022 Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2021, tỉnh Bình Phước đạt 85,10/100 điểm, tăng 7 bậc so với năm 2020, xếp thứ 24/63 tỉnh, thành phố.
"""


def test_a_move_and_a_rank_asked_get_both() -> None:
    index = mini_index(RANKED)
    service = plain_service(index)
    ans = service.answer("Bình Phước tăng bao nhiêu bậc về chỉ số cải cách hành chính, xếp thứ mấy?")
    text = body(ans)
    assert "**7**" in text, text
    assert "**24/63**" in text, text
    # the move alone asked: no rank added
    ans = service.answer("Bình Phước tăng bao nhiêu bậc về chỉ số cải cách hành chính?")
    assert "**24/63**" not in body(ans), body(ans)
