"""Three ways a figure beside the asked one is told from it: a line that denies the asked words
(read against an English question's report wording too) leaves the line saying them plainly
first; a share of spending must name what it is a share of; the share written right after a
figure the question gives is that figure's. Report text written for the test."""

from __future__ import annotations

from bot.extractive.given_beside import given_amounts, share_after
from bot.extractive.negation import asked_words
from bot.extractive.plain_first import denied_asked
from bot.measure_asked import budget_asked, budget_unsaid
from core.query import parse_query
from core.text import figures, fold
from index.lexical import tokenize
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả công tác tuyển dụng và tài chính năm 2022

II. KẾT QUẢ THỰC HIỆN

4. Cải cách chế độ công vụ

- Đã tổ chức tuyển dụng qua thi tuyển 37 viên chức các đơn vị sự nghiệp công lập thuộc tỉnh theo Kế hoạch của Ủy ban nhân dân tỉnh.

- Tiếp nhận vào làm viên chức không qua thi tuyển 12 viên chức (trong đó 5 viên chức quản lý và 7 viên chức không giữ chức vụ quản lý).

- Quyết định chuyển chức danh nghề nghiệp 04 viên chức.

5. Cải cách tài chính công

- Tổng vốn đầu tư công năm 2022 giải ngân 4.210 tỷ đồng, đạt 91% kế hoạch, trong đó: vốn ngân sách tỉnh giải ngân 1.530 tỷ đồng, đạt 87% kế hoạch.
"""


def test_an_english_question_is_read_in_its_report_wording_for_a_denial() -> None:
    q = parse_query("How many public employees did the province hire by entrance examination?")
    words = asked_words(q)
    assert ("thi", "tuyen") in set(zip(words, words[1:], strict=False))
    denying = tokenize(fold("tiếp nhận vào làm viên chức không qua thi tuyển 12 viên chức"))
    assert denied_asked(words, denying) == {("thi", "tuyen")}
    # a question that denies something itself keeps its own words only
    own = parse_query("How many public employees were taken on without an exam?")
    assert asked_words(own) == tokenize(own.folded)


def test_the_line_saying_the_denied_words_plainly_is_stated() -> None:
    index = mini_index(REPORT)
    ans = ask(index, "How many public employees did the province hire by entrance examination?",
              "en")  # fmt: skip
    assert ans.figure == "37", ans.text
    assert ask(index, "Tỉnh tuyển dụng qua thi tuyển bao nhiêu viên chức?").figure == "37"


def test_a_share_of_spending_names_its_base() -> None:
    side = budget_asked(parse_query("tỉnh đã chi bao nhiêu % tổng chi ngân sách cho giáo dục?").expanded)
    assert side == "spending"
    unrelated = "100% các xã, phường thuộc cấp huyện chưa có cán bộ phụ trách"
    assert budget_unsaid(side, unrelated, share=True)
    assert not budget_unsaid(side, unrelated)  # an amount: "cấp" may be spending
    assert not budget_unsaid(side, "bố trí 2,5% tổng chi ngân sách cho giáo dục", share=True)
    assert not budget_unsaid(side, "đã sử dụng 64% kinh phí được giao", share=True)


def test_the_share_after_a_given_figure_is_its_own() -> None:
    line = "Tổng vốn giải ngân 4.210 tỷ đồng, đạt 91% kế hoạch, trong đó: vốn tỉnh 1.530 tỷ đồng, đạt 87%."
    assert share_after(line, frozenset(figures("1.530"))) == figures("87%")
    assert share_after(line, frozenset(figures("4.210"))) == figures("91%")
    assert share_after(line, frozenset(figures("999"))) is None
    # another amount between: no share of the given one
    assert share_after("vốn 1.530 tỷ đồng và 200 tỷ đồng, đạt 87%", frozenset({"1530"})) is None
    # a span of time the sentence or the question names is no figure given
    assert share_after("trong 6 tháng đầu năm, tỷ lệ đạt 53%", frozenset({"6"})) is None
    assert given_amounts(parse_query("6 tháng đầu năm, phần vốn 1.530 tỷ đạt bao nhiêu %?")) == {"1530"}
    assert share_after("hồ sơ mức độ 3, mức độ 4 đạt 60%", frozenset({"4"})) is None
    assert given_amounts(parse_query("tỷ lệ hồ sơ mức độ 3, 4 trong 6 tháng là bao nhiêu %?")) == frozenset()
    assert given_amounts(parse_query("What share had switched by 6 June 2022?")) == frozenset()
    ans = ask(mini_index(REPORT), "Phần vốn ngân sách tỉnh 1.530 tỷ đồng giải ngân đạt bao nhiêu % kế hoạch?")
    assert ans.figure == "87%", ans.text
