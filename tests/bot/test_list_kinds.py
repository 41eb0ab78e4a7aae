"""The class of thing a list question asks for, and how much a list's items look like it."""

from __future__ import annotations

import pytest

from bot.intents_types import is_list
from bot.list_answer import head_words
from bot.list_kinds import (
    asked_kind,
    beside_head,
    in_asked_section,
    kind_fit,
    names_agency,
    names_position,
)
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Những cơ quan nào phối hợp triển khai phần mềm một cửa?", "agency"),
        ("Các đơn vị nào đã cử cán bộ tham gia tổ công tác?", "agency"),
        ("Những chức vụ nào được bổ nhiệm trong năm?", "position"),
        ("Sở đã bổ nhiệm những chức danh nào?", "position"),
        ("Những huyện nào đạt điểm cao nhất?", "place"),
        ("Tỉnh đã ban hành những quyết định nào về chuyển đổi số?", "doc"),
        # "số" folds as "sở": figures are no agencies; sectors are named by no agency word
        ("Những số liệu nào được cập nhật?", ""),
        ("Những ngành nào có cơ sở dữ liệu chuyên ngành?", ""),
    ],
)
def test_the_asked_kind(question: str, kind: str) -> None:
    assert asked_kind(head_words(parse_query(question))) == kind


def test_cơ_quan_keeps_its_first_syllable() -> None:
    # "có" is a stop word that "cơ" folds to; "quan" alone would be "quận"
    assert head_words(parse_query("Những cơ quan, đơn vị nào tham gia?"))[:2] == ["co", "quan"]


def test_the_head_is_what_follows_the_last_plural_marker() -> None:
    # "các Bộ, ngành" is whom the province asks, not what it asks about
    q = parse_query("Tỉnh đề nghị các Bộ, ngành sớm ban hành những thông tư nào?")
    assert head_words(q)[:2] == ["thong", "tu"]


def test_an_english_pair_of_nouns_names_the_first_one_first() -> None:
    q = parse_query("what teams/units does the centre have?")
    assert is_list(q)
    assert head_words(q)[0] == "to"


def test_agencies_named_by_their_items() -> None:
    assert names_agency("03 nhân viên của Ngân hàng Nông nghiệp")
    assert names_agency("05 cán bộ Công an huyện")
    assert names_agency("Sở Nội vụ")
    assert names_agency("12 công chức của 9 sở, ban, ngành")
    # folded alike but no agency: "số lượng", "báo cáo", "bổ sung"
    assert not names_agency("số lượng hồ sơ tiếp nhận")
    assert not names_agency("báo cáo định kỳ")
    assert not names_agency("bổ sung biên chế")
    items = ["02 viên chức của Kho bạc Nhà nước", "01 nhân viên Bưu điện", "biên chế được giao"]
    assert kind_fit("agency", items) == pytest.approx(2 / 3)


def test_positions_named_by_their_items() -> None:
    assert names_position("bổ nhiệm 01 công chức giữ chức vụ Phó Chánh Văn phòng")
    assert names_position("Trưởng phòng Tổng hợp")
    assert not names_position("chức năng, nhiệm vụ")
    assert kind_fit("position", ["chức năng", "nhiệm vụ", "quyền hạn"]) == 0.0
    # an OCR-damaged item counts by its restored reading
    assert kind_fit("position", ["Pho Giam dbc"], ["Phó Giám đốc"]) == 1.0


def test_a_list_in_the_section_the_question_names() -> None:
    assert in_asked_section("IV. KIẾN NGHỊ, ĐỀ XUẤT", ["proposals"])
    assert in_asked_section("III. KIEN NGHI", ["proposals"])
    assert not in_asked_section("II. KẾT QUẢ > 3. Cải cách tổ chức bộ máy", ["proposals"])
    # every report's body is results: no section is preferred for them
    assert not in_asked_section("II. KẾT QUẢ THỰC HIỆN", ["results"])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Can you list some of the decisions the department drafted for the province?", "doc"),
        ("Please list all the districts that finished the survey.", "place"),
        ("Which local units and enterprises send officers to help at the centre?", "agency"),
    ],
)
def test_the_asked_kind_in_english(question: str, kind: str) -> None:
    # "list (some of) the X": X is listed; two nouns joined by "and" end the noun phrase
    assert asked_kind(head_words(parse_query(question))) == kind


def test_the_topic_keeps_a_head_word_said_in_another_phrase() -> None:
    # "văn bản, tài liệu" names what is listed; the "ban" of "ban hành" is the topic's
    seq = ["so", "van", "ban", "tai", "lieu", "ban", "hanh", "cntt"]
    assert beside_head(seq, ["van", "ban", "tai", "lieu"]) == ["so", "ban", "hanh", "cntt"]
    assert beside_head(["huyen", "dat", "diem"], ["huyen"]) == ["dat", "diem"]
    assert beside_head(["don", "vi", "cu", "can", "bo"], ["co", "quan", "don", "vi"]) == [
        "cu", "can", "bo"]  # fmt: skip
