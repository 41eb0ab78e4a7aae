"""A list asked of what was NOT done (bot/list_negated.py): the list whose lead-in says
"chưa"/"không", not a list of the same kind of thing done; the abbreviation the reading adds
for the asked kind ("cơ sở dữ liệu": "CSDL") says nothing of the things. The report text is
written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot import list_answer
from bot.list_answer import ListAnswerer
from bot.list_kinds import head_abbreviations
from bot.list_negated import asks_not, says_not
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả ứng dụng công nghệ thông tin quý II năm 2021

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Phần mềm

- Các phần mềm dùng chung đã được đưa vào sử dụng và vận hành ổn định, gồm: thư điện tử, hội nghị truyền hình, một cửa điện tử, quản lý văn bản.

II. TỒN TẠI, HẠN CHẾ

- Do thiếu nhân lực nên một số phần mềm chuyên ngành của huyện chưa được đưa vào sử dụng (như kế toán tài sản, thi đua khen thưởng, lưu trữ số, quản lý cán bộ).
"""


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Những trạm quan trắc nào chưa được lắp đặt?", True),
        ("Which clinics had the district not upgraded?", True),
        ("Which databases haven't been deployed yet?", True),
        ("What has the province yet to connect?", True),
        # a yes/no question's closing word, paperless offices, the done things: no negation
        ("Tỉnh đã triển khai cơ sở dữ liệu đất đai chưa?", False),
        ("Có bao nhiêu cơ quan dùng văn bản không giấy?", False),
        ("Những hồ sơ nào được giải quyết đúng hạn (không tính trước hạn)?", False),
        ("Những cơ sở dữ liệu nào đã được triển khai?", False),
        ("Which databases were not only built but also used?", False),
        # cashless payments, "not only … but also": no thing left undone
        ("Có bao nhiêu giao dịch không dùng tiền mặt trong năm?", False),
        ("Trường không chỉ dạy nghề mà còn làm những việc gì?", False),
        # "chữa" (repair, treat) folds as "chưa"
        ("Những tuyến đường nào đã được sửa chữa?", False),
        ("Trạm y tế nào chữa bệnh cho nhiều người nhất?", False),
    ],
)
def test_asks_not(question: str, asks: bool) -> None:
    assert asks_not(parse_query(question).folded) is asks


def test_says_not() -> None:
    assert says_not("một số phần mềm chuyên ngành của huyện chưa được đưa vào sử dụng (")
    assert says_not("các xã chira kết nối (")  # OCR's "chưa"
    assert not says_not("các cơ sở dữ liệu đã được triển khai, gồm:")
    assert not says_not("các cơ quan thực hiện văn bản không giấy như:")
    assert not says_not("các tuyến đường đã được sửa chữa, gồm:")


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
        ("Huyện còn những phần mềm chuyên ngành nào chưa đưa vào sử dụng?", "vi"),
        ("Which specialised software is the district yet to put into use?", "en"),
    ],
)
def test_the_list_not_done_answers_what_was_not_done(question: str, language: str) -> None:
    text = _items(question, language)
    assert "- kế toán tài sản" in text
    assert "thư điện tử" not in text


def test_the_list_done_answers_what_was_done() -> None:
    text = _items("Những phần mềm dùng chung nào đã được đưa vào sử dụng?")
    assert "- thư điện tử" in text
    assert "kế toán tài sản" not in text


TWIN = """BÁO CÁO
Kết quả sửa chữa cầu, đường năm 2022

I. KẾT QUẢ

- Các tuyến đường liên xã đã được sửa chữa trong năm, gồm: Tân Lập, Hòa Bình, Đồng Tâm.

II. TỒN TẠI

- Các tuyến đường liên xã chưa được sửa chữa trong năm, gồm: Minh Khai, Quyết Thắng, Tiến Bộ.
"""


def test_the_not_done_list_wins_by_the_negated_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    index = mini_index(TWIN)
    q = parse_query("Which inter-commune roads are yet to be repaired this year?")
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "en")
    assert ans is not None
    assert "- Minh Khai" in ans.text
    assert "Tân Lập" not in ans.text
    # the weight turned the other way turns the choice: it is what sets the twins apart
    monkeypatch.setattr(list_answer, "NEGATED_WEIGHT", -list_answer.NEGATED_WEIGHT)
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "en")
    assert ans is not None
    assert "- Tân Lập" in ans.text
