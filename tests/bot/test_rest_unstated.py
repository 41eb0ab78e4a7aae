"""What remains, asked where a report writes only the whole and the part done (made-up text)."""

from __future__ import annotations

from bot.extractive.stated import given
from bot.rest_unstated import (
    MIN_PART_SHARE,
    SAYS_ABSENT,
    asks_rest,
    rest_unstated,
    says_rest,
)
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from core.text import fold

_DONE = "Đến nay đã hoàn thành 40 nhiệm vụ trong tổng số 44 nhiệm vụ, đạt 90,9%."


def _cit(quote: str, n: int = 1) -> Citation:
    return Citation(n, "r", "t", "1/BC", "UBND", "1/1/2022", "I", quote, 1.0, context=quote)


def _ans(
    figure: str, quote: str, cands: tuple[FigureCandidate, ...] = (), language: str = "vi"
) -> Answer:
    return Answer("q", f"**{figure}** [1]", False, (_cit(quote),), figure=figure,
                  language=language, candidates=cands)  # fmt: skip


def test_given_reads_english_thousands_as_one_figure() -> None:
    assert given(parse_query("Of the 2,345 services, how many are level 4?")) >= {"2345"}
    assert "2022" not in given(parse_query("trong 12 nhiệm vụ năm 2022"))


def test_done_part_never_bold_for_a_remaining_question() -> None:
    q = parse_query("Còn bao nhiêu nhiệm vụ chưa hoàn thành?")
    out = rest_unstated(q, _ans("40", _DONE))
    assert out is not None
    assert out.figure == ""
    assert "**" not in out.text
    assert "44 − 40 = 4" in out.text
    assert {c.figure for c in out.candidates} == {"40", "44"}


def test_whole_stated_in_the_question_never_bold_either() -> None:
    q = parse_query("Of the 44 tasks, how many are still unfinished?")
    out = rest_unstated(q, _ans("44", _DONE, language="en"))
    assert out is not None
    assert "**" not in out.text
    assert "Computed from [1]" in out.text


def test_a_figure_saying_what_remains_stands() -> None:
    quote = "trong đó 40 nhiệm vụ đã hoàn thành, 4 nhiệm vụ chưa hoàn thành."
    assert says_rest(quote, "4")
    assert not says_rest(quote, "40")
    assert says_rest("+ Nguồn vốn còn lại: 3.100.000.000 đồng.", "3.100.000.000")
    assert rest_unstated(parse_query("Còn bao nhiêu nhiệm vụ chưa hoàn thành?"),
                         _ans("4", quote)) is None  # fmt: skip


def test_a_runner_up_saying_what_remains_listed_first() -> None:
    rest = FigureCandidate("3.100", "còn lại", "", _cit("+ Nguồn vốn còn lại: 3.100 triệu đồng."))
    out = rest_unstated(parse_query("How much capital remains?"),
                        _ans("8.000", "Kế hoạch vốn là: 8.000 triệu đồng", (rest,)))  # fmt: skip
    assert out is not None
    assert out.candidates[0].figure == "3.100"
    assert "**" not in out.text


def test_no_remaining_asked_leaves_the_answer() -> None:
    assert (
        rest_unstated(parse_query("Đã hoàn thành bao nhiêu nhiệm vụ?"), _ans("40", _DONE)) is None
    )


def test_a_tiny_stated_figure_is_no_part() -> None:
    q = parse_query("Of the 7 billion dong plan, how much is unspent?")
    out = rest_unstated(q, _ans("7.000.000.000", "Kế hoạch vốn là 7.000.000.000 đồng, gồm 7 mục"))
    assert out is not None
    assert "−" not in out.text
    assert "**" not in out.text


def test_an_exclusion_asks_no_remainder() -> None:
    # "chưa tính …" / "not counting …" leaves a part out of what is asked: no "còn lại" asked
    assert not asks_rest(fold("Tỉnh B tiếp nhận mấy hồ sơ, chưa tính số chuyển sang từ kỳ trước?"))
    assert not asks_rest(
        fold("Tỉnh B tiếp nhận bao nhiêu hồ sơ, không kể hồ sơ chuyển từ kỳ trước?")
    )
    assert not asks_rest(fold("how many dossiers came in, excluding last period's backlog"))
    assert not asks_rest(fold("how many dossiers were received not counting the backlog"))
    assert asks_rest(fold("Tỉnh A còn bao nhiêu nhiệm vụ chưa hoàn thành?"))


def test_a_part_just_above_the_least_share_is_read_as_done() -> None:
    share = int(MIN_PART_SHARE * 10_000)  # the least part of 10.000 read as a part of it
    q = parse_query("Còn bao nhiêu hồ sơ chưa xử lý?")
    for done, read in ((share + 1, True), (share - 1, False)):
        quote = f"Đã xử lý {done} hồ sơ trong tổng số 10.000 hồ sơ."
        out = rest_unstated(q, _ans(str(done), quote))
        assert out is not None
        assert ("−" in out.text) is read


def test_a_level_the_question_names_is_no_part_done() -> None:
    quote = "Hiện có 210 dịch vụ công trực tuyến mức độ 3 và 95 dịch vụ mức độ 4."
    vi = parse_query("Tỉnh C còn bao nhiêu dịch vụ công mức độ 3 chưa được kết nối với cổng?")
    en = parse_query("How many level 3 services in Province C are not yet connected to the portal?")
    assert "3" not in given(vi) | given(en)
    assert given(parse_query("Tháng 6 có 12 hồ sơ, quý 2, giai đoạn 2, lần thứ 2")) == {"12"}
    for q, lang in ((vi, "vi"), (en, "en")):
        out = rest_unstated(q, _ans("210", quote, language=lang))
        assert out is not None
        assert "−" not in out.text
        assert {c.figure for c in out.candidates} == {"210"}


def test_two_figures_counting_different_things_are_no_whole_and_part() -> None:
    quote = "Năm nay có 300 cán bộ được tập huấn tại 12 huyện."
    q = parse_query("Of the 300 officials, how many are not yet trained?")
    out = rest_unstated(q, _ans("12", quote, language="en"))
    assert out is not None
    assert "−" not in out.text
    same = "Đã tập huấn 120 cán bộ; toàn tỉnh có 300 cán bộ."
    out = rest_unstated(q, _ans("120", same, language="en"))
    assert out is not None
    assert "300 − 120 = 180" in out.text


def test_rest_words_only_in_their_own_senses() -> None:
    assert not says_rest("Đã đăng tải 52 thủ tục lên cổng.", "52")
    assert not says_rest("Hỗ trợ 52 hộ có con nhỏ.", "52")
    assert not says_rest("Tổ chức 52 buổi tôn vinh.", "52")
    assert says_rest("Hiện đang giải quyết 52 hồ sơ.", "52")
    assert says_rest("Hồ sơ tồn đọng: 52 hồ sơ.", "52")
    assert says_rest("Số hồ sơ còn 52 hồ sơ.", "52")


def test_a_placement_asks_no_remainder() -> None:
    assert not asks_rest(fold("Còn bao nhiêu thủ tục cấp huyện ở Tỉnh D?"))
    assert not asks_rest(fold("How many procedures remain at the district level in Province D?"))
    assert asks_rest(fold("Còn bao nhiêu thủ tục cấp huyện chưa được công bố?"))
    assert asks_rest(fold("Còn bao nhiêu hồ sơ?"))
    assert asks_rest(fold("How many dossiers remain unresolved?"))


def test_a_computed_difference_has_no_float_noise() -> None:
    quote = "Đã giải ngân 2,3 tỷ đồng trong tổng số 4,8 tỷ đồng."
    out = rest_unstated(parse_query("Còn bao nhiêu tỷ đồng chưa giải ngân?"), _ans("2,3", quote))
    assert out is not None
    assert "= 2,5" in out.text
    assert "2,4999" not in out.text


_HAVE = "Đến nay 18/25 phường có thư viện, đạt 72%."


def test_a_figure_of_those_having_never_bold_for_an_absence_asked() -> None:
    # "had no library": the 18 with one, or their share, count the opposite of what is asked
    for question, figure in (("How many wards had no library in 2021?", "18/25"),
                             ("What share of wards lack a library?", "72%")):  # fmt: skip
        out = rest_unstated(parse_query(question), _ans(figure, _HAVE, language="en"))
        assert out is not None
        assert "**" not in out.text
        assert out.figure == ""


def test_a_figure_saying_the_absence_stands_or_comes_first() -> None:
    said = "Toàn tỉnh có 7 phường không có thư viện."
    q = parse_query("How many wards do not have a library?")
    assert says_rest(said, "7", SAYS_ABSENT)
    assert not says_rest(said, "7")  # "không có" is no remaining state of its own
    assert rest_unstated(q, _ans("7", said, language="en")) is None
    other = FigureCandidate("7", "không có thư viện", "", _cit(said))
    out = rest_unstated(q, _ans("18/25", _HAVE, (other,), language="en"))
    assert out is not None
    assert out.candidates[0].figure == "7"
    assert "**" not in out.text


def test_a_question_of_those_having_leaves_their_figure() -> None:
    assert rest_unstated(parse_query("How many wards had a library?"),
                         _ans("18/25", _HAVE, language="en")) is None  # fmt: skip


def test_an_absence_said_of_the_next_figure_is_not_the_figure_before() -> None:
    # "6 … có thư viện và 4 … chưa có": the denial is the 4's own, not the 6's
    quote = "Tổng số 10 phường (trong đó 6 phường có thư viện và 4 phường chưa có thư viện)."
    assert says_rest(quote, "4", SAYS_ABSENT)
    assert not says_rest(quote, "6", SAYS_ABSENT)
    q = parse_query("How many wards had no library?")
    assert rest_unstated(q, _ans("4", quote, language="en")) is None
    out = rest_unstated(q, _ans("6", quote, language="en"))
    assert out is not None
    assert "**" not in out.text
