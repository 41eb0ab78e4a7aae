"""A figure asked with its when: the trailing clause asking the when is left out of what the
figure answerers read (the question's text kept), and the answer says the when from the
figure's own line, a span of the lines before it included. Made-up report lines and wordings."""

from __future__ import annotations

from bot.extractive.held_span import held_when
from bot.extractive.words import held_dates
from bot.when_asked import when_dropped
from core.query import parse_query
from tests.helpers.mini_index import everything, extractive, mini_index


def test_the_when_clause_of_a_figure_asked_is_left_out() -> None:
    for text, kept in (
        ("Tỷ lệ vé điện tử là bao nhiêu và con số tính trong thời kỳ nào?",
         "ty le ve dien tu la bao nhieu"),
        ("Có bao nhiêu điểm giao dịch, tính đến thời điểm nào?", "co bao nhieu diem giao dich"),
        ("Bao nhieu luot cau, du lieu nay chot vao thoi diem nao?", "bao nhieu luot cau"),
        ("How many kiosks were installed, and as of what date?", "how many kiosks were installed"),
        ("How much was spent, and for what period?", "how much was spent"),
    ):  # fmt: skip
        q = when_dropped(parse_query(text))
        assert q.folded == kept, text
        assert q.text == text


def test_no_figure_asked_or_no_when_clause_leaves_the_question() -> None:
    for text in (
        "Kế hoạch được ban hành vào ngày nào?",  # the when alone is asked
        "Có bao nhiêu điểm giao dịch ở cấp xã?",
        "Tính đến ngày nào thì có 40 điểm giao dịch?",  # no trailing clause
    ):
        q = parse_query(text)
        assert when_dropped(q) is q, text


def test_two_days_joined_are_a_span_else_none() -> None:
    text = "Từ ngày 05/8/2021 đến hết ngày 20/9/2021, trạm Y đã đo"
    assert held_when(held_dates(text), text) == "5/8/2021–20/9/2021"
    other = "Ngày 01/3/2022 và ngày 31/5/2022 đã họp"
    assert held_when(held_dates(other), other) == ""


RAW = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ
+ Kết quả vận hành phần mềm Cá Heo: Từ ngày 02/4/2022 đến hết ngày 15/6/2022, bến tàu đã bán 2.760 vé điện tử. Tỷ lệ vé điện tử được hoàn tiền đạt 3,7%.
"""


def test_the_share_is_answered_with_the_span_its_paragraph_gives() -> None:
    q = when_dropped(parse_query(
        "Tỷ lệ vé điện tử được hoàn tiền là bao nhiêu, con số tính trong giai đoạn nào?"
    ))  # fmt: skip
    index = mini_index(RAW)
    ans = extractive(index).answer(q, everything(index), "vi")
    head = ans.text.split("\n")[0]
    assert "**3,7%**" in head
    assert "từ 2/4/2022 đến 15/6/2022" in head
