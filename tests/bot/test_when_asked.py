"""A figure asked with its when: the trailing clause asking the when is left out of what the
figure answerers read (the question's text kept), and the answer says the when from the
figure's own line, a span of the lines before it included. Made-up report lines and wordings."""

from __future__ import annotations

from bot.extractive.citing import held_when
from bot.extractive.words import held_dates
from bot.when_asked import when_dropped
from core.query import parse_query
from tests.helpers.mini_index import everything, extractive, mini_index


def test_the_when_clause_of_a_figure_asked_is_left_out() -> None:
    for text, kept in (
        ("Tỷ lệ hồ sơ trực tuyến là bao nhiêu và số liệu tính cho giai đoạn nào?",
         "ty le ho so truc tuyen la bao nhieu"),
        ("Có bao nhiêu điểm giao dịch, tính đến thời điểm nào?", "co bao nhieu diem giao dich"),
        ("Bao nhieu ho so, so lieu do thuoc ky nao?", "bao nhieu ho so"),
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
    text = "Từ ngày 01/3/2022 đến hết ngày 31/5/2022, Văn phòng đã tiếp nhận"
    assert held_when(held_dates(text), text) == "1/3/2022–31/5/2022"
    other = "Ngày 01/3/2022 và ngày 31/5/2022 đã họp"
    assert held_when(held_dates(other), other) == ""


RAW = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ
+ Kết quả xử lý phản ánh, kiến nghị: Từ ngày 01/3/2022 đến hết ngày 31/5/2022, Văn phòng đã tiếp nhận 40 phản ánh. Tỷ lệ phản ánh, kiến nghị đã được xử lý đạt 92,5%.
"""


def test_the_share_is_answered_with_the_span_its_paragraph_gives() -> None:
    q = when_dropped(parse_query(
        "Tỷ lệ phản ánh, kiến nghị đã được xử lý là bao nhiêu, số liệu tính cho giai đoạn nào?"
    ))  # fmt: skip
    index = mini_index(RAW)
    ans = extractive(index).answer(q, everything(index), "vi")
    head = ans.text.split("\n")[0]
    assert "**92,5%**" in head
    assert "từ 1/3/2022 đến 31/5/2022" in head
