"""A year asked is said by a passage only as a period of its own, not inside a full date, a
document's number or a programme's span (bot/extractive/years.py)."""

from __future__ import annotations

import pytest

from bot.extractive.years import years_said


@pytest.mark.parametrize(
    ("folded", "said"),
    [
        ("nam 2021, van phong tiep nhan 1.204 ho so", True),
        ("ke hoach von da cap nam 2021 la 3.500.000.000 dong", True),
        ("so voi cung ky 2021 tang 12%", True),
        # the day a plan was issued, in either form
        ("thuc hien ke hoach so 12/kh ubnd ngay 28/12/2021 cua ubnd tinh", False),
        ("ke hoach so 12/kh ubnd ngay 28 thang 12 nam 2021 cua ubnd tinh", False),
        # a decree's number, a programme's span
        ("theo nghi dinh so 45/2021/nd cp cua chinh phu", False),
        ("de an giai doan 2021-2025, dinh huong den nam 2030", False),
        ("de an giai doan 2021 - 2025", False),
        # the date a figure holds until says its year
        ("tinh den ngay 31/12/2021, toan tinh co 1.204 ho so", True),
        ("den het ngay 30 thang 9 nam 2021 da cap 120 chung thu so", True),
        ("den 30/6/2022 da cap 120 chung thu so", False),
    ],
)
def test_years_said(folded: str, said: bool) -> None:
    assert years_said(folded, (2021,)) is said


def test_own_period_text_leaves_out_the_rest_of_the_chunk() -> None:
    """A year said in another clause of the chunk is no period of this clause's figure; one said
    by its section, its paragraph's lead or the clause itself is."""
    from bot.extractive.years import own_period_text
    from index.chunk import Chunk, Span

    text = "Năm 2020 xếp thứ 27 trên 63 tỉnh.\nKết quả: đã tiếp nhận 135 hồ sơ trong kỳ."
    start = text.index("đã tiếp nhận")
    chunk = Chunk("c:1", "c", 1, "II. Kết quả năm 2022", text, 1, 2)
    own = own_period_text(chunk, Span(start, len(text), 2, 2))
    assert years_said(own, (2022,))
    assert not years_said(own, (2020,))
    assert "ket qua" in own  # the paragraph's lead is read
