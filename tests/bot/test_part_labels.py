"""The part of a breakdown a question names wins over its siblings and headline: a head that
names two sibling parts tells no item apart, a part the question leaves out ("không kể trước hạn") is not asked, OCR-bent part words still name it, a
list of parts goes on past a comma ("100% CBCC cấp tỉnh, cấp huyện"), an item that denies the
asked words ("không giữ chức danh lãnh đạo") is the rest, "trong đó 5" is no level 5.
The report text is written for the test, in the reports' style (OCR "diang hạn" included)."""

from __future__ import annotations

import pytest

from bot.extractive.breakdown import names_phrase, negated_items
from bot.extractive.question import _asked_parts, excluded_parts
from bot.extractive.sites import _figures_of, _Site
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Cải cách thủ tục hành chính

- Số lượng TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành: 1.210;

- Số lượng TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện: 305;

- Số lượng TTHC thuộc thẩm quyền giải quyết của UBND cấp xã: 118;

- Kết quả giải quyết thủ tục hành chính: Trong kỳ, toàn tỉnh đã giải quyết 9.625 hồ sơ; trong đó, giải quyết trước hạn: 8.400, diang hạn: 1.150, quá hạn: 75.

- Kết quả thực hiện tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích: Tính đến ngày 15/6/2022, đã trả 3.450 hồ sơ (1.200 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, 2.250 hồ sơ tại cấp huyện).

4. Cải cách chế độ công vụ

- Tiếp nhận các trường hợp đặc biệt vào làm công chức không qua thi tuyển 14 công chức (trong đó 5 công chức lãnh đạo và 9 công chức không giữ chức danh lãnh đạo).

- Tình hình sử dụng biên chế: Văn phòng sử dụng đúng số lượng biên chế công chức (42 biên chế), viên chức (9 biên chế) được giao.

6. Xây dựng chính quyền điện tử

- Hạ tầng: 100% CBCC cấp tỉnh, cấp huyện, 92% CBCC cấp xã được trang bị máy tính.

- Chữ ký số: Tính đến hết tháng 5/2022, đã cấp 2.310 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số cá nhân là 1.650; chứng thư số của tổ chức là 660).
"""

SIGNATURES = (
    "Tính đến hết tháng 5/2022, đã cấp 2.310 chứng thư số cho các cơ quan, tổ chức và cá nhân "
    "(trong đó: chứng thư số cá nhân là 1.650; chứng thư số của tổ chức là 660)."
)


def _site(clause: str, figure: str) -> _Site:
    return next(f for f in _figures_of(clause, []) if f.figure == figure)


def test_a_head_naming_two_siblings_names_neither_for_its_items() -> None:
    org, person = _site(SIGNATURES, "660"), _site(SIGNATURES, "1.650")
    assert ("to", "chuc") in org.quals
    assert ("ca", "nhan") not in org.quals
    assert ("ca", "nhan") in person.quals
    assert ("to", "chuc") not in person.quals


def test_a_part_left_out_is_not_asked() -> None:
    q = parse_query("Số hồ sơ giải quyết đúng hạn (không kể trước hạn) là bao nhiêu?")
    assert excluded_parts(q) == frozenset({("truoc", "han")})
    assert _asked_parts(q) == (("dung", "han"),)
    assert excluded_parts(parse_query("Số hồ sơ giải quyết đúng hạn là bao nhiêu?")) == frozenset()


def test_an_ocr_bent_part_word_with_the_same_consonants_names_the_part() -> None:
    assert names_phrase(("dung", "han"), ("diang", "han"))
    assert not names_phrase(("dung", "han"), ("diang", "ky"))  # one word alone is not enough


def test_a_list_of_parts_goes_on_past_a_comma() -> None:
    clause = "100% CBCC cấp tỉnh, cấp huyện, 92% CBCC cấp xã được trang bị máy tính."
    assert _site(clause, "100%").quals == frozenset({("cap", "tinh"), ("cap", "huyen")})
    assert _site(clause, "92%").quals == frozenset({("cap", "xa")})
    # items with their own figures stay apart
    items = "1.002 dịch vụ cấp tỉnh; 36 dịch vụ cấp huyện; 06 dịch vụ cấp xã"
    assert _site(items, "1.002").quals == frozenset({("cap", "tinh")})


def test_the_departments_of_a_province_are_its_provincial_level() -> None:
    q = parse_query("How many procedures fall under the provincial departments and agencies?")
    assert _asked_parts(q) == (("cap", "tinh"),)
    assert _asked_parts(parse_query("Bao nhiêu TTHC của các sở, ban, ngành?")) == (("cap", "tinh"),)
    # the departments named with the localities are all levels
    assert _asked_parts(parse_query("Các sở, ngành, địa phương đăng bao nhiêu tin?")) == ()
    # "sở, ban, ngành" split by commas (OCR "sd") names the figure after it
    label = _site("Số lượng TTHC của các sd, ban, ngành: 1.210;", "1.210")
    assert ("cap", "tinh") in label.quals
    # a count of departments is no part label
    count = _site("Có 29 công chức của 16 sở, ban, ngành làm việc tại Trung tâm.", "16")
    assert ("cap", "tinh") not in count.quals
    localities = _site("Trang thông tin của các sở, ngành, địa phương đăng 85 tin.", "85")
    assert ("cap", "tinh") not in localities.quals


def test_trong_do_before_a_figure_is_no_level() -> None:
    clause = "14 công chức (trong đó 5 công chức lãnh đạo và 9 công chức khác)."
    assert [f.figure for f in _figures_of(clause, [])] == ["14", "5", "9"]
    assert [f.figure for f in _figures_of("số DVC mức độ 4 là 1.044", [])] == ["1.044"]


def test_an_item_that_denies_the_asked_words_is_the_rest() -> None:
    clause = "14 công chức (trong đó 5 công chức lãnh đạo và 9 công chức không giữ chức danh lãnh đạo)."
    facts = _figures_of(clause, [])
    items = [(f.pos, f.group, f.own, f.subject, f.is_percent) for f in facts]
    asked = [(("chuc", "danh", "lanh", "dao"),)]
    assert [facts[i].figure for i in negated_items(items, asked, "giu chuc danh lanh dao")] == [
        "9"
    ]
    # a question that denies the words itself asks the denied item
    assert negated_items(items, asked, "khong chuc danh lanh dao") == set()
    english = [(("leadership", "posts"), ("chuc", "danh", "lanh", "dao"))]
    assert negated_items(items, english, "how many hold leadership posts") != set()
    assert negated_items(items, english, "how many without leadership posts") == set()


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Tỷ lệ CBCC cấp huyện được trang bị máy tính là bao nhiêu?", "100%"),
        ("How many administrative procedures are handled by provincial departments?", "1.210"),
        ("Of the civil servants taken on without an exam, how many hold leadership posts?", "5"),
        ("Số hồ sơ giải quyết đúng hạn (không kể trước hạn) là bao nhiêu?", "1.150"),
        ("Tỉnh đã cấp bao nhiêu chứng thư số cho tổ chức?", "660"),
        ("Văn phòng sử dụng bao nhiêu biên chế viên chức?", "9"),
        ("Văn phòng sử dụng bao nhiêu biên chế công chức?", "42"),
    ],
)  # fmt: skip
def test_the_part_the_question_names_is_stated(question: str, figure: str) -> None:
    index = mini_index(REPORT)
    ans = ask(index, question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure, ans.text
