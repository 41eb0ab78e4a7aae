"""A list asked of what was NOT done (bot/list_negated.py): the list whose lead-in says
"chưa"/"không", not a list of the same kind of thing done; the abbreviation the reading adds
for the asked kind ("cơ sở dữ liệu": "CSDL") says nothing of the things. The report text is
written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.list_answer import ListAnswerer
from bot.list_kinds import head_abbreviations
from bot.list_negated import asks_not, says_not
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả ứng dụng công nghệ thông tin quý II năm 2021

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Cơ sở dữ liệu

- Các cơ sở dữ liệu chuyên ngành đã được triển khai và phát huy hiệu quả, gồm: hộ tịch, đăng ký doanh nghiệp, cán bộ công chức, văn bản quy phạm pháp luật.

II. TỒN TẠI, HẠN CHẾ

- Kinh phí đầu tư còn ít nên một số cơ sở dữ liệu quan trọng của tỉnh chưa được triển khai (như đất đai, quy hoạch xây dựng, khoáng sản, môi trường).
"""


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Những cơ sở dữ liệu nào chưa được triển khai?", True),
        ("Which systems had the province not rolled out?", True),
        ("Which databases haven't been deployed yet?", True),
        ("What has the province yet to connect?", True),
        # a yes/no question's closing word, paperless offices, the done things: no negation
        ("Tỉnh đã triển khai cơ sở dữ liệu đất đai chưa?", False),
        ("Có bao nhiêu cơ quan dùng văn bản không giấy?", False),
        ("Những hồ sơ nào được giải quyết đúng hạn (không tính trước hạn)?", False),
        ("Những cơ sở dữ liệu nào đã được triển khai?", False),
        ("Which databases were not only built but also used?", False),
    ],
)
def test_asks_not(question: str, asks: bool) -> None:
    assert asks_not(parse_query(question).folded) is asks


def test_says_not() -> None:
    assert says_not("một số cơ sở dữ liệu quan trọng của tỉnh chưa được triển khai (")
    assert says_not("các xã chira kết nối (")  # OCR's "chưa"
    assert not says_not("các cơ sở dữ liệu đã được triển khai, gồm:")
    assert not says_not("các cơ quan thực hiện văn bản không giấy như:")


def test_the_abbreviation_of_the_asked_kind_names_it() -> None:
    assert "csdl" in head_abbreviations(["co", "so", "du", "lieu"])
    assert "csdl" not in head_abbreviations(["he", "thong"])


def _items(question: str, language: str = "vi") -> str:
    index = mini_index(REPORT)
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(
        parse_query(question), everything(index), language
    )
    assert ans is not None
    return ans.text.split("Nguồn:")[0].split("Sources:")[0]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Những cơ sở dữ liệu quan trọng nào của tỉnh chưa được triển khai?", "vi"),
        ("Which important databases had the province still not rolled out?", "en"),
    ],
)
def test_the_list_not_done_answers_what_was_not_done(question: str, language: str) -> None:
    text = _items(question, language)
    assert "- đất đai" in text
    assert "hộ tịch" not in text


def test_the_list_done_answers_what_was_done() -> None:
    text = _items("Những cơ sở dữ liệu chuyên ngành nào đã được triển khai?")
    assert "- hộ tịch" in text
    assert "đất đai" not in text
