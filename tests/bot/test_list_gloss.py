"""An English list question that gives the reports' own words in brackets ("the crews (tổ công
tác)") lists the things those words name; an English phrase in brackets is no
such gloss. A made-up report read by the real list answerer."""

from __future__ import annotations

from bot.intents_types import is_list
from bot.list_answer import ListAnswerer
from bot.list_asked import head_words, vi_gloss
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from core.text import fold
from tests.helpers.mini_index import everything, mini_index

TEXT = """UBND TỈNH BÌNH PHƯỚC
Số: 77/BC-VPUBND Bình Phước, ngày 05 tháng 7 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022
II. KẾT QUẢ
Giam dbc Trung tam la Pho Chanh Van phong; 01 Pho Giam déc chuyén
trach va c6 03 t6 céng tac, gdbm: T6 Tiép nhan hd so; T6 Theo doi - Pon déc;
T6 Tong hop.
Bién ché cua Trung tam: C6 12 cong chirc, vién chtc (trong do co 07 cong chirc; 05 vién chuc).
"""


def test_a_bracketed_gloss_is_what_is_listed() -> None:
    q = parse_query("What are the working groups (tổ công tác) of the Binh Phuoc centre?")
    assert head_words(q)[:3] == ["to", "cong", "tac"]
    # English in brackets is no gloss; nor is one word
    assert vi_gloss("list the modules of the portal (online fee payment gateway).") == ""  # fmt: skip
    assert vi_gloss("which districts (huyen) took part?") == ""


def test_the_list_the_gloss_names_is_answered() -> None:
    index = mini_index(TEXT)
    q = parse_query("What are the crews (tổ công tác) of Binh Phuoc's public administration service centre?")  # fmt: skip
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "en")
    assert ans is not None
    listed = fold(ans.text)
    for crew in ("tiep nhan", "theo doi", "tong hop"):
        assert crew in listed, ans.text
    assert "12 cong chuc" not in listed  # the staff the next sentence counts are no crew


def test_a_gloss_of_another_thing_than_the_listed_one_is_no_head() -> None:
    # the bracket glosses the part of the report, the units are listed
    assert vi_gloss("which units are named for the plans ahead (phuong huong)?") == ""
    assert vi_gloss("which units does the report name in its plans (ke hoach)?") == ""
    assert vi_gloss("what are the crews (to cong tac) of the centre?") == "to cong tac "


def test_gloss_after_plural_asks_a_list() -> None:
    """'What are its crews (tổ công tác)?' lists the crews; the same words with no gloss, or a
    gloss that is English, are not read as a list by the gloss."""
    assert is_list(parse_query("Binh Lam centre: what are its field crews (to cong tac)?"))
    assert is_list(parse_query("Trung tâm X: what are its crews (tổ công tác)?"))
    assert not is_list(parse_query("Binh Lam office: what are its plans for next year?"))
    assert not is_list(parse_query("what are its results (online payment gateway)?"))


def test_a_place_in_brackets_is_no_gloss() -> None:
    # the province a question names in brackets is where, not what is listed
    assert vi_gloss("what measures (binh phuoc) does the report set out?") == ""
    assert vi_gloss("which plans (tinh dong thap) are proposed?") == ""
    assert not is_list(parse_query("what are its results (Bình Phước)?"))
