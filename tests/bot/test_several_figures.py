"""A question asking several quantities gets each, found in one passage by its own label
(bot/quantities_asked.py, bot/several_figures.py). Report text written for the test, in the
reports' style."""

from __future__ import annotations

import pytest

from bot.quantities_asked import COUNT, RANK, SCORE, SHARE, asked_quantities, parallel_labels
from bot.render import document
from bot.several_figures import NAME_LOOKBACK, NAMED_NUMBER_DIGITS, _spots, find, several
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate

SIPAS = "Chỉ số SIPAS năm 2021 của tỉnh đạt 84,5 điểm, tăng 3 bậc, xếp thứ 27/63 tỉnh, thành phố."
DOSSIERS = ("Trong năm, Bộ phận Một cửa đã tiếp nhận 1.204 hồ sơ, trong đó đã giải quyết "
            "1.180 hồ sơ, đạt tỷ lệ 98,0%.")  # fmt: skip
LEVELS = "Toàn tỉnh hiện có 312 DVC mức độ 3 và 205 DVC mức độ 4 được cung cấp trên Cổng."
BUDGET_IN = "+ Tổng thu ngân sách năm 2022 ước đạt 5.120,5 tỷ đồng, đạt 112% dự toán giao."
BUDGET_OUT = "+ Tổng chi ngân sách năm 2022 ước đạt 6.004,2 tỷ đồng, bằng 104% dự toán."


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Chỉ số SIPAS của tỉnh đạt bao nhiêu điểm, đứng thứ mấy?", [SCORE, RANK]),
        ("sipas binh phuoc may diem, xep hang may", [SCORE, RANK]),
        # the index named right after "điểm", with its year, before the joining word
        ("Tỉnh X được bao nhiêu điểm SIPAS năm 2020 và đứng thứ mấy?", [SCORE, RANK]),
        ("tinh Y dat may diem PAPI va xep thu may", [SCORE, RANK]),
        ("Có bao nhiêu điểm cầu và bao nhiêu xã?", []),  # a video point, not a score
        ("How many applications were received and how many resolved?", [COUNT, COUNT]),
        ("Một cửa tiếp nhận bao nhiêu, giải quyết bao nhiêu?", [COUNT, COUNT]),
        ("bao nhieu dvc muc 3 va muc 4 tren cong", [COUNT, COUNT]),
        ("Tổng thu, tổng chi ngân sách bao nhiêu, bằng mấy % dự toán?", [COUNT, COUNT, SHARE]),
        ("How many dossiers came in, and what share was resolved on time?", [COUNT, SHARE]),
        ("Có bao nhiêu DVC mức độ 4?", []),
        ("so ho so nam 2021 va nam 2022", []),
    ],
)  # fmt: skip
def test_the_quantities_a_question_asks(question: str, kinds: list[str]) -> None:
    assert [a.kind for a in asked_quantities(question)] == kinds


def test_parallel_labels_keep_one_head_with_each_tail() -> None:
    assert parallel_labels("co bao nhieu dvc muc 3, muc 4") == [["muc", "3"], ["muc", "4"]]
    assert parallel_labels("so dvc muc do 3 va 4") == [["do", "3"], ["do", "4"]]
    assert parallel_labels("tong thu va tong chi") == [["tong", "thu"], ["tong", "chi"]]
    assert parallel_labels("level 3 and level 4 services") == [["level", "3"], ["level", "4"]]
    assert parallel_labels("quy 1 va quy 2") == []  # periods, not quantities


def test_score_and_rank_each_by_its_own_words() -> None:
    got = find(asked_quantities("SIPAS được bao nhiêu điểm, xếp thứ mấy?"), SIPAS)
    assert [g[0] if g else None for g in got] == ["84,5", "27/63"]  # not the 3 places moved


def test_counts_by_their_labels_and_a_share_of_each() -> None:
    q = "How many dossiers were received, how many settled, and what share?"
    got = find(asked_quantities(q), DOSSIERS)
    # received 1.204; settled 1.180 with 98,0% right after it; no share right after 1.204
    assert [g[0] if g else None for g in got] == ["1.204", None, "1.180", "98,0%"]


def test_parallel_levels_each_take_their_own_figure() -> None:
    got = find(asked_quantities("ha tinh co bao nhieu dvc muc 3, muc 4"), LEVELS)
    assert [g[0] if g else None for g in got] == ["312", "205"]
    assert got[0] is not None
    assert "mức độ 3" in got[0][1]


def test_a_label_two_figures_answer_is_not_given() -> None:
    text = "Cấp huyện có 120 DVC mức độ 4, cấp xã có 85 DVC mức độ 4."
    assert find(asked_quantities("bao nhieu dvc muc 3 va muc 4"), text) == [None, None]


def test_a_figure_of_both_labels_or_of_an_aside_is_neither_ones() -> None:
    text = ("Trong quý, hệ thống tiếp nhận 2.410 hồ sơ DVC mức 3, mức 4 (trong đó có 915 hồ sơ "
            "cấp xã), tăng 120 hồ sơ.")  # fmt: skip
    assert find(asked_quantities("bao nhieu ho so muc 3, muc 4"), text) == [None, None]
    q = parse_query("Trong quý có bao nhiêu hồ sơ mức 3, mức 4?")
    assert several(q, _stated("915", text)) is None
    assert several(q, _stated("2.410", text)) is None


def test_no_score_or_rank_by_other_words() -> None:
    text = "Tỉnh có 45 điểm cầu trực tuyến, hoàn thành 144/147 nhiệm vụ được giao."
    assert find(asked_quantities("bao nhiêu điểm, xếp thứ mấy"), text) == [None, None]


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, "t001", "Báo cáo", "12/BC-UBND", "UBND tỉnh Bình Phước", "2022-12-10",
                    "1. Cải cách hành chính", quote, 0.9, context=quote)  # fmt: skip


def _stated(figure: str, quote: str, language: str = "vi") -> Answer:
    text = f"**{figure}** (Bình Phước, năm 2022) [1]\n> {quote}\n\nNguồn:\n[1] 12/BC-UBND"
    return Answer("?", text, False, (_cit(1, quote),), figure=figure, language=language)


def test_a_stated_figure_gets_the_other_asks_of_its_passage() -> None:
    q = parse_query("Chỉ số SIPAS 2021 của Bình Phước đạt bao nhiêu điểm, xếp thứ mấy?")
    got = several(q, _stated("27/63", SIPAS))
    assert got is not None
    assert got.text.split("\n")[2] == "**84,5** — điểm [1]"
    figures = [r.text for b in document(got).blocks for r in b.runs if r.kind == "figure"]
    assert figures == ["27/63", "84,5"]  # both bold on every front end


def test_an_ask_the_passage_lacks_is_said_not_given() -> None:
    q = parse_query("How many dossiers were received, how many settled, and what share?")
    got = several(q, _stated("1.204", DOSSIERS, "en"))
    assert got is not None
    assert "**1.180** — settled [1]" in got.text
    assert "not given in this passage" in got.text  # no share written right after 1.204


def test_a_stated_figure_no_ask_names_is_left_alone() -> None:
    q = parse_query("SIPAS được bao nhiêu điểm, xếp thứ mấy?")
    assert several(q, _stated("3", SIPAS)) is None  # "tăng 3 bậc" is neither asked


def _unsure(*options: tuple[str, int, str]) -> Answer:
    cands = tuple(FigureCandidate(f, q, "năm 2022", _cit(n, q)) for f, n, q in options)
    cits = tuple({c.citation.n: c.citation for c in cands}.values())
    return Answer("?", "Chưa chắc chắn — …", False, cits, candidates=cands)


def test_an_unsure_answer_is_stated_when_one_passage_gives_every_ask() -> None:
    q = parse_query("Bình Phước có bao nhiêu DVC mức 3, mức 4?")
    other = "Bình quân mỗi huyện có 40 DVC mức độ 4."
    got = several(q, _unsure(("205", 1, LEVELS), ("312", 1, LEVELS), ("40", 2, other)))
    assert got is not None
    assert not got.candidates
    assert got.figure == "312"
    assert "**312** — mức 3 [1]" in got.text
    assert "**205** — mức 4 [1]" in got.text


def test_an_unsure_answer_spread_over_passages_stays_unsure() -> None:
    # each ask found in some passage is no one passage giving every ask: label matches spread
    # over candidates raise no confidence
    q = parse_query("tong thu va tong chi ngan sach 2022 bao nhieu, bang may % du toan")
    assert several(q, _unsure(("104%", 2, BUDGET_OUT), ("112%", 1, BUDGET_IN))) is None


def test_an_unsure_answer_stays_unsure_when_the_best_is_no_ask() -> None:
    q = parse_query("Bình Phước có bao nhiêu DVC mức 3, mức 4?")
    other = "Bình quân mỗi huyện có 40 DVC mức độ 4."
    assert several(q, _unsure(("40", 2, other), ("312", 1, LEVELS))) is None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How many dossiers were received, how many settled, and what share?", "en"),
        ("Một cửa tiếp nhận bao nhiêu hồ sơ, giải quyết bao nhiêu, bằng mấy %?", "vi"),
        ("mot cua tiep nhan bao nhieu, giai quyet bao nhieu, dat bao nhieu %", "vi"),
    ],
)
def test_a_stated_share_is_the_share_asked_no_share_row_follows(
    question: str, language: str
) -> None:
    got = several(parse_query(question), _stated("98,0%", DOSSIERS, language))
    assert got is not None
    assert "**1.204**" in got.text
    assert "**1.180**" in got.text
    assert "not given" not in got.text
    assert "không nêu" not in got.text
    assert "share" not in got.text.split("\n", 1)[1]  # no row glued "settled, what share"


def test_score_and_rank_are_named_in_the_answers_language() -> None:
    q = parse_query("SIPAS 2021 Binh Phuoc: bao nhieu diem, xep thu may?")
    got = several(q, _stated("27/63", SIPAS, "en"))
    assert got is not None
    assert "**84,5** — score [1]" in got.text
    q = parse_query("What SIPAS score and rank did the province get?")
    got = several(q, _stated("27/63", SIPAS, "vi"))
    assert got is not None
    assert "**84,5** — điểm [1]" in got.text


@pytest.mark.parametrize(
    ("question", "text", "figures"),
    [
        ("Thu ngân sách bao nhiêu, chi ngân sách bao nhiêu?",
         "Tổng thu ngân sách đạt 812 tỷ đồng; tổng chi ngân sách đạt 905 tỷ đồng.", ["812", "905"]),
        ("đã xử lý bao nhiêu đơn, đang xử lý bao nhiêu",
         "Trong kỳ đã xử lý 40 đơn; đang xử lý 6 đơn.", ["40", "6"]),
        ("so thu tuc chua cong khai bao nhieu, da cong khai bao nhieu",
         "Đã công khai 1.730 thủ tục; chưa công khai 12 thủ tục.", ["12", "1.730"]),
    ],
)  # fmt: skip
def test_labels_reach_back_to_their_verb_when_two_read_alike(
    question: str, text: str, figures: list[str]
) -> None:
    assert [g[0] if g else None for g in find(asked_quantities(question), text)] == figures


PAPI = "Chỉ số PAPI năm 2021 của tỉnh đạt 43,1 điểm, xếp thứ 12/63 tỉnh, thành phố."


def test_a_score_or_rank_is_of_the_index_the_question_names() -> None:
    q = parse_query("Chỉ số SIPAS của tỉnh đạt bao nhiêu điểm, xếp thứ mấy?")
    assert several(q, _stated("12/63", PAPI)) is None  # PAPI's rank is no SIPAS answer
    got = several(q, _unsure(("12/63", 1, PAPI), ("43,1", 1, PAPI)))
    assert got is None


def test_an_unsure_score_and_rank_with_no_index_named_stay_unsure() -> None:
    q = parse_query("Tỉnh đạt bao nhiêu điểm, xếp thứ mấy?")
    assert several(q, _unsure(("84,5", 1, SIPAS), ("27/63", 1, SIPAS))) is None
    named = parse_query("Chỉ số SIPAS của tỉnh đạt bao nhiêu điểm, xếp thứ mấy?")
    got = several(named, _unsure(("84,5", 1, SIPAS), ("27/63", 1, SIPAS)))
    assert got is not None
    assert "**27/63**" in got.text


def test_a_small_number_after_a_naming_word_names_a_thing() -> None:
    assert NAME_LOOKBACK == 12
    assert NAMED_NUMBER_DIGITS == 2
    figures = [f for _, _, f in _spots("dich vu muc do 4 la 120, quy 3 tiep nhan 45 ho so")]
    assert figures == ["120", "45"]
    assert [f for _, _, f in _spots("nhom 12 co 30 thu tuc")] == ["30"]
    # three digits after "mức" are a count: "đạt mức 150 hồ sơ/tháng"
    assert [f for _, _, f in _spots("dat muc 150 ho so moi thang")] == ["150"]


def test_an_english_score_and_where_it_placed_are_two_asks() -> None:
    kinds = [a.kind for a in asked_quantities(
        "What was Hai Duong's score in the 2022 PCI survey, and where did the province place?"
    )]  # fmt: skip
    assert kinds == [SCORE, RANK]


def test_a_score_out_of_100_is_stated_as_written() -> None:
    quote = "Chỉ số Sao Mai năm 2020 của tỉnh đạt 64.75/100 điểm, giảm 2 bậc, xếp thứ 41/63 tỉnh."
    q = parse_query("Chỉ số Sao Mai 2020 của tỉnh đạt bao nhiêu điểm, xếp hạng thứ mấy?")
    got = several(q, _stated("41/63", quote))
    assert got is not None
    assert "**64.75/100** — điểm [1]" in got.text
    first = several(q, _stated("64.75/100", quote))  # the score stated first: the rank added
    assert first is not None
    assert "**41/63**" in first.text
