"""A figure of one composite index (PAR INDEX, SIPAS, PAPI …) is no answer to a question about
another, nor to the same index in another year (bot/named_index.py, AnswerService)."""

from __future__ import annotations

import pytest

from bot import named_index
from bot.answer import AnswerService
from bot.near_miss import other_index
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from core.text import fold

# The report's own sentence (Hải Dương 2022, restored reading): two indexes, one score.
_SENTENCE = (
    "Ngày 25/5/2022 Bộ Nội vụ đã tiến hành công bố Chỉ số hài lòng về sự phục vụ hành chính "
    "năm 2021 (SIPAS 2021) và Chỉ số Cải cách hành chính (PAR INDEX) năm 2021, tỉnh Hải Dương "
    "đạt 87.38/100 điểm tăng 11 bậc so với năm 2020 xếp thứ 19/63 tỉnh, thành phố."
)


def test_indexes_are_named_with_their_year() -> None:
    found = named_index.named(fold(_SENTENCE))
    assert [(n.index, n.year) for n in found] == [
        ("SIPAS", 0), ("SIPAS", 2021), ("PAR INDEX", 0), ("PAR INDEX", 2021)
    ]  # fmt: skip


def test_a_figure_belongs_to_the_index_named_nearest() -> None:
    own = named_index.figure_index(_SENTENCE, "87.38/100")
    assert own is not None
    assert (own.index, own.year) == ("PAR INDEX", 2021)
    # the index named after the figure, when none is nearer before it
    after = "Hà Tĩnh tăng 8 bậc, xếp thứ 8 cả nước về Chỉ số PAR Index năm 2021"
    own = named_index.figure_index(after, "8")
    assert own is not None
    assert own.index == "PAR INDEX"


@pytest.mark.parametrize(
    ("question", "years", "why"),
    [
        ("hai duong dat bao nhieu diem sipas 2021", (2021,), "PAR INDEX 2021"),
        ("what was hai duong s papi score", (), "PAR INDEX 2021"),
        ("hai duong dat bao nhieu diem par index nam 2020", (2020,), "PAR INDEX 2021"),
        ("hai duong dat bao nhieu diem par index nam 2021", (2021,), ""),
        ("hai duong dat bao nhieu diem cai cach hanh chinh", (), ""),  # no index named
    ],
)
def test_mismatch(question: str, years: tuple[int, ...], why: str) -> None:
    assert named_index.mismatch(question, years, _SENTENCE, "87.38/100") == why


@pytest.mark.parametrize(
    "question",
    [
        "Hải Dương đạt bao nhiêu điểm chỉ số SIPAS 2021?",
        "Hải Dương đạt bao nhiêu điểm chỉ số PAPI năm 2021?",
        "hai duong dat bao nhieu diem par index nam 2020",
        "What was Hai Duong's PAR INDEX score for 2022?",
    ],
)
def test_another_index_or_year_is_not_found(service: AnswerService, question: str) -> None:
    ans = service.answer(question)
    assert ans.abstained
    assert "87.38" not in ans.text.split("\n")[0]  # named as the other index's, never stated
    assert "PAR INDEX 2021" in ans.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Hải Dương đạt bao nhiêu điểm PAR INDEX năm 2021?", "87.38"),
        ("Hà Tĩnh xếp thứ mấy về chỉ số PAR Index năm 2021?", "8"),
    ],
)
def test_the_asked_index_and_year_is_still_answered(
    service: AnswerService, question: str, figure: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    assert figure in ans.text


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("what was quang nam s par index 2020 score", "score"),
        ("quang nam dat bao nhieu diem papi", "score"),
        ("quang nam xep thu may ve par index", "rank"),
        ("how many places did quang nam rise in the par index", "rank"),
        ("par index 2020 cua quang nam: diem va xep hang", ""),  # both asked
        ("par index 2020 cua quang nam", ""),
        ("tai thoi diem bao cao, par index 2020 cua quang nam", ""),  # "thời điểm"
    ],
)
def test_asked_measure(question: str, measure: str) -> None:
    assert named_index.asked_measure(question) == measure


def test_a_rank_is_no_score_nor_a_score_a_rank() -> None:
    ranked = "Năm 2020 tỉnh Quảng Nam tăng 5 bậc, xếp thứ 12 về Chỉ số PAR Index năm 2020."
    assert named_index.figure_measure(ranked, "12") == "rank"
    assert named_index.figure_measure(ranked, "5") == "rank"  # places risen
    scored = "Chỉ số PAPI năm 2020 của tỉnh đạt 45,1 điểm, đứng thứ 30/63"
    assert named_index.figure_measure(scored, "45,1") == "score"
    assert named_index.figure_measure(scored, "30/63") == "rank"
    score_q = "what was quang nam s par index 2020 score"
    assert named_index.mismatch(score_q, (2020,), ranked, "12") == "PAR INDEX 2020 (a rank)"
    assert named_index.mismatch("quang nam xep thu may ve papi 2020", (2020,), scored, "45,1", False) == (
        "PAPI 2020 (điểm số)"
    )
    # the measure asked is the one stated
    assert named_index.mismatch("quang nam xep thu may ve par index 2020", (2020,), ranked, "12") == ""
    assert named_index.mismatch("papi 2020 quang nam dat bao nhieu diem", (2020,), scored, "45,1") == ""


def _hedge(lines: list[tuple[str, str]]) -> Answer:
    cands = tuple(
        FigureCandidate(fig, "", "", Citation(i + 1, "r", "t", "1/BC", "Sở", "1/6/2022", "I",
                                              line, 1.0))
        for i, (fig, line) in enumerate(lines)
    )  # fmt: skip
    return Answer("q", "Chưa chắc chắn — …", False, tuple(c.citation for c in cands),
                  candidates=cands)  # fmt: skip


def test_candidates_of_no_index_do_not_keep_another_years_rank_open() -> None:
    q = parse_query("Chỉ số PAR INDEX năm 2023 của Bình Phước xếp thứ mấy?")
    ans = _hedge([
        ("12", "Bình Phước tăng 5 bậc, xếp thứ 12 cả nước về Chỉ số PAR Index năm 2022."),
        ("900", "Các cơ quan đã đăng tải 900 tin bài về cải cách hành chính."),
    ])  # fmt: skip
    found = other_index(q, ans, "vi")
    assert found is not None
    assert found.abstained
    assert "PAR INDEX 2023" in found.text
    assert "PAR INDEX 2022" in found.text
    assert "**" not in found.text
    # a rank of no index named may be the asked one's: the candidates stand
    ranked = _hedge([
        ("12", "Bình Phước tăng 5 bậc, xếp thứ 12 cả nước về Chỉ số PAR Index năm 2022."),
        ("9", "Năm nay tỉnh xếp thứ 9 cả nước."),
    ])  # fmt: skip
    assert other_index(q, ranked, "vi") is None
    # none of an index at all: not judged here
    assert other_index(q, _hedge([("900", "Đăng tải 900 tin bài.")]), "vi") is None


@pytest.mark.parametrize(
    ("question", "years", "line", "why"),
    [
        ("binh phuoc sipas 2023", (2023,), "Bài viết về Chỉ số PAR Index, SIPAS năm 2022", "SIPAS 2022"),
        ("binh phuoc sipas 2022", (2022,), "Bài viết về Chỉ số PAR Index, SIPAS năm 2022", ""),
        ("binh phuoc sipas", (), "Bài viết về Chỉ số SIPAS năm 2022", ""),
        ("binh phuoc papi 2022", (2022,), "Tỉnh góp ý Chỉ số PCI năm 2022", "PCI 2022"),
        ("binh phuoc sipas 2023", (2023,), "Tỉnh tiếp nhận 900 hồ sơ", None),  # no index named
    ],
)
def test_other_named(question: str, years: tuple[int, ...], line: str, why: str | None) -> None:
    assert named_index.other_named(question, years, line) == why


def test_a_passage_of_another_years_index_is_not_found() -> None:
    q = parse_query("Binh Phuoc SIPAS 2023?")
    line = "Đăng bài Giải mã việc tăng hạng các Chỉ số PAR Index, SIPAS năm 2022 của Bình Phước;"
    cit = Citation(1, "r", "t", "1/BC", "Sở", "1/6/2023", "I", line, 1.0)
    ans = Answer("q", f"> {line}", False, (cit,))
    found = other_index(q, ans, "vi", passage=True)
    assert found is not None
    assert found.abstained
    assert "SIPAS 2022" in found.text
    assert other_index(q, ans, "vi") is None  # a section or comparison asked: left as it is
