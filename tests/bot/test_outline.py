"""What a list item is said under: the outline of "-", "*", "+" items and "Trong đó:" lines
(bot/extractive/outline.py), and the figures of a budget and a project paragraph chosen through
it, amounts in đồng as money, what remains as the part a "còn bao nhiêu" asks. The report text
is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.outline import ancestors
from bot.extractive.question import is_money, state_words
from bot.extractive.sites import _figures_of
from core.query import parse_query
from tests.helpers.mini_index import ask, everything, extractive, mini_index

BUDGET = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả thực hiện dự toán ngân sách được giao năm 2022:

Kinh phí quản lý hành chính được giao: 8.450.000.000 đồng.

Trong đó:

* Kinh phí thực hiện tự chủ: 5.200.000.000 đồng.

(Trong đó kinh phí tiết kiệm được giữ lại: 96.000.000 đồng)

+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 2.610.000.000 đồng.

+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 50,2%.

* Kinh phí thực hiện không tự chủ: 3.250.000.000 đồng.

+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 1.190.000.000 đồng.

+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 36,6%.

- Kết quả giải ngân vốn đầu tư công (Dự án: Cải tạo trụ sở tiếp công dân của Ủy ban nhân dân Tỉnh):

* Tổng mức đầu tư dự án: 6.800.000.000 đồng.

* Tổng số vốn được bố trí: 6.000.000.000 đồng.

Trong đó:

- Kế hoạch vốn đã cấp năm 2021 là: 2.000.000.000 đồng.

- Kế hoạch vốn đã cấp năm 2022 là: 4.000.000.000 đồng.

+ Nguồn vốn đã giải ngân đến ngày 30/6/2022: 3.100.000.000 đồng, đạt tỷ lệ: 51,7%.

+ Nguồn vốn còn lại: 2.900.000.000 đồng.

6. Xây dựng chính quyền điện tử

Văn phòng đã triển khai phần mềm quản lý văn bản cho 100% cán bộ, công chức.
"""


def _above(text: str, line: str) -> list[str]:
    return [a.split(":")[0] for a in ancestors(text, text.index(line))]


def test_an_item_hangs_from_its_marker_line_and_the_breakdown_it_opens() -> None:
    text = BUDGET
    assert _above(text, "+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 1.190") == [
        "- Kết quả thực hiện dự toán ngân sách được giao năm 2022",
        "Kinh phí quản lý hành chính được giao",
        "* Kinh phí thực hiện không tự chủ",
    ]
    # a sibling "*" replaces the one before it; a note in parentheses is no parent
    assert _above(text, "+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 2.610")[-1] == (
        "* Kinh phí thực hiện tự chủ"
    )
    # "-" items under "Trong đó:" hang from the line it breaks down, not from the outer "-"
    assert _above(text, "- Kế hoạch vốn đã cấp năm 2021") == [
        "- Kết quả giải ngân vốn đầu tư công (Dự án",
        "* Tổng số vốn được bố trí",
    ]
    # a heading, or a paragraph after no ":" line, starts afresh
    assert _above(text, "Văn phòng đã triển khai") == []
    plain = "Văn phòng đã ban hành kế hoạch.\n- Kết quả kiểm tra 12 đơn vị."
    assert _above(plain, "- Kết quả kiểm tra") == []


def test_a_list_cut_by_a_chunk_boundary_goes_on_in_the_next_chunk() -> None:
    index = mini_index(BUDGET)
    scorer = extractive(index).scorer
    chunk = next(c for c in index.chunks if "Nguồn vốn còn lại" in c.text)
    span = next(s for s in chunk.spans if "còn lại" in chunk.sentence(s))
    said = scorer._lead_in(chunk, span) + scorer._outer(chunk, span)
    assert {"du", "an", "tru", "so", "tiep", "cong", "dan"} <= set(said)


def test_an_amount_in_dong_is_money_and_a_state_word_ends_what_is_counted() -> None:
    assert is_money("+ Nguồn vốn còn lại: 2.900.000.000 đồng.", "2.900.000.000")
    assert is_money("Tổng thu ước đạt 19.314,870 tỷ đồng;", "19.314,870")
    assert is_money("giải ngân 1.500.000 ddng", "1.500.000")  # OCR "đồng"
    assert not is_money("đã tiếp nhận 2.900 hồ sơ", "2.900")
    q = parse_query("Dự án còn bao nhiêu vốn chưa giải ngân?")
    assert state_words(q) == frozenset({"chua", "giai"})
    assert state_words(parse_query("Có bao nhiêu hồ sơ trực tuyến?")) == frozenset()


def test_the_rest_is_a_remainder() -> None:
    rest = _figures_of("+ Nguồn vốn còn lại: 2.900.000.000 đồng.", [])
    assert [f.remainder for f in rest] == [True]
    spent = _figures_of("+ Nguồn vốn đã giải ngân: 3.100.000.000 đồng.", [])
    assert [f.remainder for f in spent] == [False]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the project is named only in the line its items hang from
        ("Dự án cải tạo trụ sở tiếp công dân được bố trí bao nhiêu vốn?", "6.000.000.000"),
        # the same words under "tự chủ" and under "không tự chủ": the line above tells
        ("Tỷ lệ sử dụng kinh phí không tự chủ là bao nhiêu?", "36,6%"),
        ("Tỷ lệ sử dụng kinh phí tự chủ là bao nhiêu?", "50,2%"),
        # the "+" line under the asked kind, not the "*" line that names the kind itself
        ("Số kinh phí tự chủ đã thực hiện đến 30/6/2022 là bao nhiêu?", "2.610.000.000"),
        ("Số kinh phí không tự chủ đã thực hiện đến ngày 30/6/2022 là bao nhiêu?",
         "1.190.000.000"),
        # what remains, asked as "còn … chưa giải ngân", is the "còn lại" line
        ("Dự án trụ sở tiếp công dân còn bao nhiêu vốn chưa giải ngân?", "2.900.000.000"),
    ],
)  # fmt: skip
def test_figures_of_a_budget_and_a_project_paragraph(question: str, figure: str) -> None:
    index = mini_index(BUDGET)
    ans = ask(index, question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure, ans.text


def test_money_asked_as_tien_is_not_an_unreported_count() -> None:
    index = mini_index(BUDGET)
    q = parse_query("du an tru so tiep cong dan da giai ngan bao nhieu tien")
    ans = extractive(index).answer(q, everything(index), "vi")
    assert not ans.abstained, ans.text
    assert "3.100.000.000" in [ans.figure, *(c.figure for c in ans.candidates)]
