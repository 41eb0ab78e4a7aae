"""A figure whose own words deny what the question asks ("… không qua sát hạch 12 …" for "qua
sát hạch"; the items of its breakdown too), or say plainly what the question denies, counts
the opposite thing; one whose own words name another year than the asked one counts another
period. The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.negation import denies_asked
from bot.extractive.words import label_years
from bot.extractive.years import PERIOD, year_fit
from index.lexical import tokenize
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách chế độ công vụ năm 2022

II. KẾT QUẢ THỰC HIỆN

4. Cải cách chế độ công vụ

- Kết quả sát hạch: 57 viên chức trúng tuyển, đã ký hợp đồng làm việc tại các đơn vị sự nghiệp công lập.

- Tuyển dụng vào làm viên chức không qua sát hạch 12 viên chức (trong đó 5 viên chức quản lý và 7 viên chức không giữ chức vụ quản lý).

- Quyết định bổ nhiệm chức danh nghề nghiệp cho 83 viên chức được tuyển dụng năm 2021 đã đủ điều kiện.
"""


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Năm 2022 tỉnh tuyển dụng bao nhiêu viên chức qua sát hạch?", "57"),
        ("tinh tuyen dung bao nhieu vien chuc qua sat hach", "57"),
        ("Tỉnh tuyển dụng bao nhiêu viên chức không qua sát hạch?", "12"),
    ],
)  # fmt: skip
def test_a_denied_label_does_not_answer_the_plain_question(question: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question)
    assert not ans.abstained, ans.text
    assert (ans.figure or ans.candidates[0].figure) == figure, ans.text


def test_a_figure_of_another_year_in_its_own_words_is_not_the_asked_year() -> None:
    ans = ask(mini_index(REPORT), "Bao nhiêu viên chức được tuyển dụng năm 2022?")
    assert ans.figure != "83", ans.text


def test_a_figure_of_another_year_is_in_doubt_once_for_its_year() -> None:
    """Only `years.year_fit` reads the year a figure is for: the answer's doubts (why its
    best figure may not be the asked one) name the period once, not also another part."""
    ans = ask(mini_index(REPORT), "Năm 2022 bao nhiêu viên chức được bổ nhiệm chức danh nghề nghiệp?")
    assert not ans.figure, ans.text
    assert ans.doubts == (PERIOD,), ans.doubts


def test_denial_is_read_both_ways_and_only_on_two_words_or_more() -> None:
    label = tokenize("tiep nhan vao lam vien chuc khong qua sat hach")
    assert denies_asked(label, tokenize("bao nhieu vien chuc qua sat hach"))
    assert not denies_asked(label, tokenize("bao nhieu vien chuc khong qua sat hach"))
    assert denies_asked(tokenize("da tuyen dung qua sat hach"),
                        tokenize("bao nhieu vien chuc chua duoc qua sat hach"))  # fmt: skip
    # a trailing "không" / "chưa" asks yes or no: it denies nothing
    plain = tokenize("da tuyen dung qua sat hach")
    assert not denies_asked(plain, tokenize("tinh da tuyen vien chuc qua sat hach chua"))
    assert not denies_asked(tokenize("khong ngung nang cao"), tokenize("nang cao chat luong"))


def test_another_year_counts_only_when_a_year_is_asked() -> None:
    years = label_years(tokenize("vien chuc duoc tuyen dung nam 2021"))
    assert PERIOD in year_fit(years, (2022,), 2022)[2]
    assert year_fit(years, (2021,), 2022)[2] == frozenset()
    assert year_fit(years, (), 2022) == (0.0, 0, frozenset())


FUNDS = """BÁO CÁO
Kết quả cải cách tài chính công năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả giải ngân vốn (Dự án: Trụ sở Trung tâm dữ liệu tỉnh):
* Tổng số vốn được bố trí: 8.000.000.000 đồng.
+ Nguồn vốn đã giải ngân đến ngày 30/6/2022: 5.600.000.000 đồng, đạt tỷ lệ: 70%.
+ Nguồn vốn còn lại: 2.400.000.000 đồng.
"""


def test_the_one_figure_naming_the_asked_part_is_stated_when_it_also_scores_first() -> None:
    # "chưa giải ngân" denies the "đã giải ngân" figure, so what remains scores first by
    # itself; its label, the only one naming what remains, still decides: stated, not hedged
    ans = ask(
        mini_index(FUNDS), "Dự án trụ sở Trung tâm dữ liệu còn lại bao nhiêu vốn chưa giải ngân?"
    )
    assert ans.figure == "2.400.000.000", ans.text
