"""Three ways a figure beside the asked one is told from it: a line that denies the asked words
(read against an English question's report wording too) leaves the line saying them plainly
first; a share of spending must name what it is a share of; the share written right after a
figure the question gives is that figure's. Report text written for the test."""

from __future__ import annotations

from bot.extractive.choice import Candidate
from bot.extractive.given_beside import given_amounts, share_after
from bot.extractive.negation import asked_words
from bot.extractive.plain_first import denied_asked, plain_first
from bot.extractive.tuning import NEAR_TOP_READ, NEGATED_CUT
from bot.measure_asked import budget_asked, budget_unsaid
from core.query import parse_query
from core.text import figures, fold
from index.chunk import Chunk, Span
from index.lexical import tokenize
from index.retrieve import Hit
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả công tác giáo dục và tài chính năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Đội ngũ giáo viên

- Năm học vừa qua ngành giáo dục có 63 giáo viên trúng tuyển qua thi tuyển, đã nhận nhiệm vụ tại các trường mầm non và tiểu học.

- Có 9 giáo viên về công tác không qua thi tuyển, gồm 4 tổ trưởng chuyên môn và 5 giáo viên dạy nghề.

- Điều động 05 giáo viên giữa các huyện để cân đối đội ngũ.

5. Cải cách tài chính công

- Tổng vốn đầu tư công năm 2022 giải ngân 4.210 tỷ đồng, đạt 91% kế hoạch, trong đó: vốn ngân sách tỉnh giải ngân 1.530 tỷ đồng, đạt 87% kế hoạch.
"""


def test_an_english_question_is_read_in_its_report_wording_for_a_denial() -> None:
    q = parse_query("How many teachers were appointed after passing an exam?")
    words = asked_words(q)
    assert ("thi", "tuyen") in set(zip(words, words[1:], strict=False))
    denying = tokenize(fold("có 9 giáo viên về công tác không qua thi tuyển"))
    assert denied_asked(words, denying) == {("thi", "tuyen")}
    # a question that denies something itself keeps its own words only
    own = parse_query("How many teachers started work without sitting an exam?")
    assert asked_words(own) == tokenize(own.folded)


def test_the_line_saying_the_denied_words_plainly_is_stated() -> None:
    index = mini_index(REPORT)
    ans = ask(index, "How many teachers were appointed after passing an exam?", "en")
    assert ans.figure == "63", ans.text
    assert ask(index, "Có bao nhiêu giáo viên trúng tuyển qua thi tuyển?").figure == "63"


def _cand(n: int, line: str, figure: str, score: float) -> Candidate:
    chunk = Chunk(f"r:{n:04d}", "r", n, "II", line, n, n, (Span(0, len(line), n, n),))
    return Candidate(Hit(chunk, 1.0), chunk.spans[0], score, 0.9, figure)


def test_only_a_denial_the_cut_displaced_reorders() -> None:
    q = parse_query("Có bao nhiêu giáo viên trúng tuyển qua thi tuyển?")
    neither = _cand(1, "điều động 05 giáo viên giữa các huyện", "05", 1.0)
    plain = _cand(2, "63 giáo viên trúng tuyển qua thi tuyển", "63", 0.7)

    def denial(score: float) -> Candidate:
        return _cand(3, "9 giáo viên về công tác không qua thi tuyển", "9", score)

    # ranked first but for the cut: the line saying plainly what it denies comes first, and the
    # margin, not the move, judges it
    displaced = denial(1.0 - NEGATED_CUT + 0.2)
    ranked, decided = plain_first(q, [neither, plain, displaced], True)
    assert ranked == [plain, neither, displaced]
    assert not decided
    # below the best even uncut: it tells nothing of the best, whatever else ranks near it
    below = denial(1.0 - NEGATED_CUT - 0.2)
    assert plain_first(q, [neither, plain, below], True) == ([neither, plain, below], True)
    # a figure within the cut of the best that denies nothing reorders nothing either
    close = _cand(4, "giáo viên dạy giỏi 12 người", "12", 0.9)
    assert plain_first(q, [neither, close, plain], False) == ([neither, close, plain], False)
    # the plain line is looked for only among the best-ranked few
    fillers = [_cand(10 + i, f"lớp học {20 + i} phòng", str(20 + i), 0.9) for i in range(NEAR_TOP_READ)]
    far = [neither, *fillers[: NEAR_TOP_READ - 1], plain, displaced]
    assert plain_first(q, far, False)[0] == far


def test_a_share_of_spending_names_its_base() -> None:
    side = budget_asked(parse_query("tỉnh đã chi bao nhiêu % tổng chi ngân sách cho giáo dục?").expanded)
    assert side == "spending"
    unrelated = "100% các xã, phường thuộc cấp huyện chưa có cán bộ phụ trách"
    assert budget_unsaid(side, unrelated, share=True)
    assert not budget_unsaid(side, unrelated)  # an amount: "cấp" may be spending
    assert not budget_unsaid(side, "bố trí 2,5% tổng chi ngân sách cho giáo dục", share=True)
    assert not budget_unsaid(side, "đã sử dụng 64% kinh phí được giao", share=True)
    # a revenue line says "ngân sách" too: its share is of revenue, not of spending
    assert budget_unsaid(side, "Tổng thu ngân sách trên địa bàn đạt 112% dự toán", share=True)


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
    # a document's number is no amount given; an amount after "kế hoạch" is
    named = parse_query("Theo Đề án 06 và Kế hoạch số 18, vốn 1.530 tỷ đồng giải ngân đạt bao nhiêu %?")
    assert given_amounts(named) == {"1530"}
    assert given_amounts(parse_query("Under Decree No. 45, what share of 1,530 billion was paid?")) == {"1530"}
    assert given_amounts(parse_query("Vốn kế hoạch 1.530 tỷ đồng đã giải ngân bao nhiêu %?")) == {"1530"}
    # a level word is read only just before a figure: one further back names another figure
    far_level = "mức độ 3 được bố trí kinh phí 4 tỷ đồng, đạt 60%"
    assert share_after(far_level, frozenset({"4"})) == figures("60%")
    ans = ask(mini_index(REPORT), "Phần vốn ngân sách tỉnh 1.530 tỷ đồng giải ngân đạt bao nhiêu % kế hoạch?")
    assert ans.figure == "87%", ans.text
