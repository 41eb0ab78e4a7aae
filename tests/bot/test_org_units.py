"""Which units a body has (bot/org_units.py): the question asking for them by name, and the
list of units in the paragraph on the body's make-up answered as a list, not the paragraph
quoted. The report text is written for the test."""

from __future__ import annotations

import pytest

from bot.list_answer import ListAnswerer
from bot.org_answer import ORG_ASKED, OrgAnswerer, asks_organisation, opens_with_unit
from bot.org_units import UNIT_SHARE, units_answer, units_asked
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2021

I. KẾT QUẢ THỰC HIỆN

1. Kiện toàn bộ máy

Đối với Bộ phận Một cửa liên thông huyện:
Trưởng Bộ phận là Phó Chánh Văn phòng HĐND và UBND huyện; 02 Phó Trưởng Bộ phận và có 04 tổ nghiệp vụ, gồm: Tổ Hành chính - Lưu trữ; Tổ Tiếp nhận hồ sơ đất đai; Tổ Thu phí; Tổ Hỗ trợ trực tuyến. Bộ phận có 12 công chức (trong đó 08 công chức; 03 viên chức và 01 hợp đồng).
"""


def _answer(question: str, language: str = "vi") -> str | None:
    index = mini_index(REPORT)
    sections = SectionAnswerer(index)
    q = parse_query(question)
    found = OrgAnswerer(sections).find(q, everything(index))
    if found is None:
        return None
    ans = units_answer(ListAnswerer(index, sections), q, found[0], language)
    return ans.text if ans else None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Bộ phận Một cửa huyện có các tổ nghiệp vụ gì?", True),
        ("bo phan mot cua huyen co nhung to nao", True),
        ("Which four teams form the district one-stop desk?", True),
        ("Ai đứng đầu Bộ phận Một cửa huyện?", False),  # who leads it: the paragraph
        ("Cơ cấu tổ chức của Bộ phận Một cửa huyện?", False),
    ],
)
def test_units_asked_by_name(question: str, asked: bool) -> None:
    q = parse_query(question)
    assert asks_organisation(q)
    assert units_asked(q) is asked


def test_a_unit_named_opens_with_its_word_and_a_capital() -> None:
    assert opens_with_unit("Tổ Hành chính - Lưu trữ")  # "Tổ Hành": a name, no "ban hành"
    assert opens_with_unit("Ban Chỉ huy Quân sự xã")
    assert not opens_with_unit("ban hành kế hoạch")
    assert not opens_with_unit("tổ chức tập huấn")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Những tổ thuộc Bộ phận Một cửa huyện là tổ gì?", "vi"),
        ("What teams make up the one-stop desk of the district?", "en"),
    ],
)
def test_the_units_listed_not_the_paragraph(question: str, language: str) -> None:
    text = _answer(question, language)
    assert text is not None
    items = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(items) == 4
    assert all(line.startswith("- Tổ ") for line in items)
    assert "04 tổ nghiệp vụ" in text  # the count the lead-in says
    assert not any(line.startswith("> ") for line in text.splitlines())  # no quote
    assert 0.5 < UNIT_SHARE <= 1.0


def test_words_that_open_with_a_unit_word_ask_no_units() -> None:
    for text in (
        "Tỉnh Lào Cai có những tổ chức nào tham gia một cửa?",
        "Sở có những phòng họp trực tuyến nào?",
        "Huyện đã có những ban hành văn bản gì?",
    ):
        q = parse_query(text)
        assert not units_asked(q), text
        assert not ORG_ASKED.search(q.folded), text
    assert units_asked(parse_query("Trung tâm Lào Cai có những phòng chuyên môn nào?"))
