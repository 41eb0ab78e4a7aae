"""A figure assigned and a figure actually there in one sentence (bot/assigned_actual.py): a
question asking both gets both, a question asking one gets the figure of that role. Report
text written for the test, in the reports' style (OCR damage included)."""

from __future__ import annotations

import pytest

from bot.assigned_actual import ACTUAL, ASSIGNED, both_stated, pair, paired, roles
from bot.figure_gap import pair_gap
from bot.pair_in_hits import pair_in_hits
from bot.render import document
from core.query import ParsedQuery, parse_query
from core.result import Answer, Citation
from index.generations import LoadedIndex
from index.retrieve import Filters, Hit
from tests.helpers.mini_index import EveryChunk, mini_index
from tests.helpers.parts import parts_service

STAFF = (
    "+ Biên chế công chức năm 2022 tỉnh được giao 2.140 người; số thực tế có mặt là 2.031 người."
)
UNITS = ("+ Số người làm việc hưởng lương ngân sách nhà nước tại các ĐVSNCL giao 41.226 người, "
         "số có mặt đến ngày 30/9/2022 là 39.870 người.")  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (STAFF, {ASSIGNED: "2.140", ACTUAL: "2.031"}),
        (UNITS, {ASSIGNED: "41.226", ACTUAL: "39.870"}),  # a date between is no figure
        # OCR: "được" as "dugc", "số" as "s6", "có" as "¢o"
        ("+ Bién ché cong chirc nim 2022 tinh dugc giao 2.140 ngudi; s6 thuc té ¢o mat 1a "
         "2.031 nguoi.", {ASSIGNED: "2.140", ACTUAL: "2.031"}),
        ("Tổng số vốn được bố trí 12.500 triệu đồng, đã giải ngân 9.320 triệu đồng.",
         {ASSIGNED: "12.500", ACTUAL: "9.320"}),
        # a share sets the two against each other: no side of the pair
        ("Thu ngân sách ước đạt 19.314 tỷ đồng, đạt 130% so với dự toán giao.", None),
        # two things assigned, none there
        ("Năm 2022 tỉnh được giao 2.140 biên chế công chức và 41.226 người làm việc.", None),
        # the same roles of different things ("người" and "hồ sơ") are no pair
        ("Được giao 120 người, đã thực hiện 3.400 hồ sơ.", None),
    ],
)  # fmt: skip
def test_the_pair_a_sentence_gives(sentence: str, expected: dict[str, str] | None) -> None:
    assert pair(sentence) == expected


def test_years_and_document_numbers_take_no_role() -> None:
    found = roles(
        "Thực hiện Kế hoạch số 850/KH-UBND năm 2022, đã tuyển dụng và sử dụng 44 công chức."
    )
    assert found == [("44", ACTUAL, "cong")]


def _stated(figure: str, quote: str, language: str = "vi") -> Answer:
    cit = Citation(1, "t001", "Báo cáo", "77/BC-UBND", "UBND tỉnh Bình Phước", "2022-12-20",
                   "3. Cải cách tổ chức bộ máy", quote, 0.9)  # fmt: skip
    text = f"**{figure}** (Bình Phước, kỳ báo cáo 2022) [1]\n> {quote}\n\nNguồn:\n[1] 77/BC-UBND"
    return Answer("?", text, False, (cit,), figure=figure, language=language, counts=quote)


@pytest.mark.parametrize(
    "question",
    [
        "Biên chế công chức năm 2022 của Bình Phước: được giao bao nhiêu, có mặt bao nhiêu?",
        "Actual number of civil servants in Binh Phuoc in 2022 against the assigned quota?",
        "bien che cong chuc binh phuoc duoc giao bao nhieu, thuc te co bao nhieu",
        # "số thực có": the number actually there
        "Biên chế công chức Bình Phước 2022: chỉ tiêu được giao và số thực có?",
    ],
)
def test_both_roles_asked_get_both_figures(question: str) -> None:
    got = paired(parse_query(question), _stated("2.140", STAFF))
    assert got is not None
    head = got.text.split(">")[0]
    assert "**2.140**" in head
    assert "**2.031**" in head
    # every front end shows both bold, each on its own figure line
    figures = [r.text for b in document(got).blocks for r in b.runs if r.kind == "figure"]
    assert figures == ["2.140", "2.031"]


@pytest.mark.parametrize(
    ("question", "stated", "expected"),
    [
        ("Số người làm việc tại các ĐVSNCL có mặt đến 30/9/2022 là bao nhiêu?", "41.226", "39.870"),
        ("How many public-service-unit staff were actually present as of 30 September 2022?",
         "41.226", "39.870"),
        ("Các ĐVSNCL được giao bao nhiêu người làm việc?", "39.870", "41.226"),
    ],
)  # fmt: skip
def test_one_role_asked_gets_the_figure_of_that_role(
    question: str, stated: str, expected: str
) -> None:
    got = paired(parse_query(question), _stated(stated, UNITS))
    assert got is not None
    assert got.figure == expected
    assert got.text.startswith(f"**{expected}**")
    assert got.candidates[0].figure == stated  # the other one is still shown, not bold


def test_the_asked_role_stated_already_is_left_alone() -> None:
    q = parse_query("Các ĐVSNCL được giao bao nhiêu người làm việc?")
    assert paired(q, _stated("41.226", UNITS)) is None


def test_a_question_naming_no_role_is_left_alone() -> None:
    q = parse_query("Bình Phước có bao nhiêu công chức năm 2022?")
    assert paired(q, _stated("2.140", STAFF)) is None


def test_a_pair_of_another_count_answers_nothing() -> None:
    # civil servants asked; the sentence counts dossiers
    quote = "Kế hoạch giao 5.200 hồ sơ, thực tế đã thực hiện 4.870 hồ sơ."
    q = parse_query("Bao nhiêu công chức được giao và thực tế có mặt?")
    assert paired(q, _stated("5.200", quote)) is None


REPORT = f"""BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Cải cách tổ chức bộ máy

Thực hiện kế hoạch biên chế công chức, số lượng người làm việc trong các cơ quan hành chính
nhà nước và các đơn vị sự nghiệp công lập thuộc tỉnh năm 2022, các đơn vị đã nghiêm túc thực
hiện, không có đơn vị nào sử dụng vượt chỉ tiêu biên chế được giao.

{STAFF}

{UNITS}

Số lượng giảm tinh giản biên chế là 103 người trong đó có 90 viên chức và 13 cán bộ công chức.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # split into two parts, each asked alone, the quota lost its sentence
        ("Bình Phước 2022: civil-servant staffing quota assigned vs actual headcount?",
         ("2.140", "2.031")),
        ("Số người làm việc tại các ĐVSNCL của Bình Phước: được giao bao nhiêu, có mặt bao nhiêu?",
         ("41.226", "39.870")),
        ("so nguoi lam viec tai cac DVSNCL cua Binh Phuoc, chi tieu duoc giao va so thuc co?",
         ("41.226", "39.870")),
    ],
)  # fmt: skip
def test_the_service_states_both(question: str, expected: tuple[str, str]) -> None:
    ans = parts_service(mini_index(REPORT)).answer(question)
    head = ans.text.split(">")[0]
    assert all(f"**{f}**" in head for f in expected), ans.text
    assert not ans.abstained
    assert ans.citations


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the question gives one side; its own words miss the sentence ("allotted", "in post")
        ("Binh Phuoc was allotted 2,140 civil-servant posts for 2022 - how many civil servants "
         "were actually in post?", "2.031"),
        ("Các ĐVSNCL được giao 41.226 người, thực tế có mặt bao nhiêu?", "39.870"),
        ("2.031 civil servants were actually in post in 2022; what was the assigned quota?",
         "2.140"),
    ],
)  # fmt: skip
def test_the_side_a_question_gives_points_at_the_other(question: str, expected: str) -> None:
    ans = parts_service(mini_index(REPORT)).answer(question)
    assert ans.figure == expected, ans.text
    assert ans.text.startswith(f"**{expected}**")


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        ("Số người làm việc tại các ĐVSNCL của Bình Phước: chỉ tiêu giao và số có mặt, còn thiếu "
         "bao nhiêu người?", "Chênh lệch (tính từ hai số trên): 1.356."),
        ("Public-service-unit staff in Binh Phuoc: posts allotted against posts filled, short by "
         "how many?", "Difference (computed from the two figures above): 1.356."),
    ],
)  # fmt: skip
def test_the_shortfall_asked_is_worked_out_under_both_figures(question: str, gap: str) -> None:
    ans = parts_service(mini_index(REPORT)).answer(question)
    head, _, rest = ans.text.partition(">")
    assert "**41.226**" in head, ans.text
    assert "**39.870**" in head, ans.text
    assert gap in rest, ans.text  # under the quote: both figure lines stay the quoted line's
    assert "**1.356**" not in ans.text  # computed, never stated in bold as reported
    figures = [r.text for b in document(ans).blocks for r in b.runs if r.kind == "figure"]
    assert figures == ["41.226", "39.870"]


def test_no_gap_unless_asked_and_never_of_a_share() -> None:
    both = parse_query("Biên chế công chức Bình Phước được giao bao nhiêu, có mặt bao nhiêu?")
    got = paired(both, _stated("2.140", STAFF))
    assert got is not None
    assert "Chênh lệch" not in got.text
    assert pair_gap("con thieu bao nhieu", ("2.140", "2.031"), en=False).endswith(": 109.")
    assert pair_gap("con thieu bao nhieu", ("95%", "90%"), en=False) == ""
    assert pair_gap("duoc giao bao nhieu", ("2.140", "2.031"), en=False) == ""
    assert pair_gap("how far below its quota", ("2.140", "2.031"), en=True).endswith(": 109.")



TWICE = f"""II. KẾT QUẢ THỰC HIỆN

3. Cải cách tổ chức bộ máy

{STAFF}

{UNITS}

+ Biên chế công chức năm 2021 tỉnh được giao 2.152 người; số thực tế có mặt là 2.060 người.
"""


def _hits(text: str, question: str) -> tuple[ParsedQuery, list[Hit], LoadedIndex]:
    index = mini_index(text)
    q = parse_query(question)
    return q, EveryChunk(index).retrieve(q, Filters(), None).hits, index


def test_the_one_pair_naming_what_is_counted_is_found_in_the_passages() -> None:
    q, hits, index = _hits(REPORT, "Binh Phuoc civil servants: number allotted and number in post?")
    found = pair_in_hits(q, hits, index)
    assert found is not None
    assert found[0] == {ASSIGNED: "2.140", ACTUAL: "2.031"}  # not the public-service units' pair
    assert "2.140" in found[1].quote
    said = Answer(q.text, "Không tìm thấy", True, language="en")
    both = both_stated(q, said, *found)
    assert not both.abstained
    assert both.text.startswith("**2.140** — assigned (Bình Phước, report period first half of 2022)")


def test_no_pair_when_two_pairs_name_it_or_nothing_counted_is_named() -> None:
    q, hits, index = _hits(TWICE, "Binh Phuoc civil servants: number allotted and number in post?")
    assert pair_in_hits(q, hits, index) is None  # 2022's and 2021's: which is not clear
    q, hits, index = _hits(REPORT, "Binh Phuoc: the number allotted and the number in post?")
    assert pair_in_hits(q, hits, index) is None


PROVINCE = "+ Biên chế công chức năm 2022 tỉnh được giao 1.864 người; số thực tế có mặt là 1.790 người."
CIVIL = "II. KẾT QUẢ THỰC HIỆN\n\n3. Cải cách tổ chức bộ máy\n\n{}\n\n" + PROVINCE + "\n"


def test_a_wording_inside_a_longer_one_said_counts_once() -> None:
    # "cán bộ công chức" says "công chức" too: one wording, not two, so no sentence leads
    other = "+ Cán bộ công chức các cơ quan chuyên môn được giao 655 người; có mặt 641 người."
    q, hits, index = _hits(CIVIL.format(other), "Binh Phuoc civil servants: allotted and in post?")
    assert pair_in_hits(q, hits, index) is None


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("+ Cán bộ công chức cấp xã năm 2022 được giao 3.120 người; có mặt 3.004 người.",
         "Binh Phuoc civil servants: allotted and in post?"),  # a tier not asked
        ("+ Biên chế công chức năm 2021 được giao 1.902 người; có mặt 1.815 người.",
         "Binh Phuoc civil servants in 2022: allotted and in post?"),  # a year not asked
    ],
)  # fmt: skip
def test_a_pair_of_a_tier_or_year_not_asked_is_passed_over(line: str, question: str) -> None:
    q, hits, index = _hits(CIVIL.format(line), question)
    found = pair_in_hits(q, hits, index)
    assert found is not None
    assert found[0] == {ASSIGNED: "1.864", ACTUAL: "1.790"}


def test_an_abstention_for_the_period_stands_beside_a_pair() -> None:
    q, hits, index = _hits(REPORT, "Binh Phuoc civil servants: number allotted and number in post?")
    found = pair_in_hits(q, hits, index)
    assert found is not None
    said = Answer(q.text, "Không tìm thấy", True, language="en", not_found_why="period")
    kept = both_stated(q, said, *found)
    assert kept.abstained
    assert "**" not in kept.text
