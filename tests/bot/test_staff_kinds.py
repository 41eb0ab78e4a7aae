"""Positions are told apart by the kind of staff they are for: a civil servant ("công chức")
is no public employee ("viên chức"). A figure that opens a parenthesis ("công chức (42 biên
chế)") counts what the words before the parenthesis name; a "Số" OCR read as a number before
"lượng" ("50 1u30ng") is no figure. The report text is written for the test, in the reports'
style."""

from __future__ import annotations

from bot.extractive.question import _asked_parts
from bot.extractive.sites import _figures_of
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

STAFF = """BÁO CÁO
Kết quả cải cách hành chính quý II năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Cải cách tổ chức bộ máy

- Đánh giá về tình hình quản lý, sử dụng biên chế công chức, viên chức: Thực hiện quản lý, sử dụng đúng 50 1u30ng biên chế công chức (42 biên chế), viên chức (11 biên chế) do Ủy ban nhân dân Tỉnh giao.

- Kết quả đào tạo, bồi dưỡng: Cử 03 công chức tham gia lớp bồi dưỡng kiến thức quản lý nhà nước.
"""


def test_a_figure_opening_a_parenthesis_is_labelled_by_the_words_before_it() -> None:
    clause = "sử dụng biên chế công chức (42 biên chế), viên chức (11 biên chế) do Tỉnh giao"
    sites = {f.figure: f for f in _figures_of(clause, [])}
    assert ("cong", "chuc") in sites["42"].staff
    assert ("vien", "chuc") not in sites["42"].staff
    assert ("vien", "chuc") in sites["11"].staff
    assert ("cong", "chuc") not in sites["11"].staff


def test_so_luong_misread_with_digits_is_no_figure() -> None:
    clause = "Thực hiện quản lý, sử dụng đúng 50 1u30ng biên chế công chức (42 biên chế)"
    assert [f.figure for f in _figures_of(clause, [])] == ["42"]
    # a word of digits alone after a figure is a number, not a misread word
    assert [f.figure for f in _figures_of("đã cấp 1.742 chứng thư, 101 tài khoản", [])] == [
        "1.742", "101",
    ]  # fmt: skip


def test_the_kind_of_staff_is_a_part_the_question_names() -> None:
    assert _asked_parts(parse_query("Văn phòng được giao bao nhiêu biên chế viên chức?")) == (
        ("vien", "chuc"),
    )  # fmt: skip


def test_civil_servant_positions_are_not_public_employee_positions() -> None:
    index = mini_index(STAFF)
    civil = ask(index, "Văn phòng UBND tỉnh sử dụng bao nhiêu biên chế công chức?")
    assert civil.figure == "42"
    employees = ask(index, "How many public employee (viên chức) positions does the office use?")
    assert employees.figure in {"11", ""}  # never the civil servants' 42 in bold
