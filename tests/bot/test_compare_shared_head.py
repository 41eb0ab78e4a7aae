"""A head noun said once after two coordinated modifiers ("individual vs organisation digital
certificates", "cá nhân so với tổ chức chứng thư số") is each part's: the first part asks of
the head too, so it never takes a figure of another thing its modifier is said of. Questions
and report lines made up for the test."""

from __future__ import annotations

import pytest

from bot.compare_parts import parts_of
from core.query import parse_query
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import label_cells, parts_answer

TEXT = """II. KẾT QUẢ XÂY DỰNG CHÍNH QUYỀN SỐ
1. Chữ ký số
- Đến nay đã cấp 2.310 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: Chứng thư số
cá nhân là 1.540; chứng thư số của tổ chức là 612; sim ký số cá nhân là 158).
2. Phản ánh kiến nghị
- Tiếp nhận 96 phản ánh, kiến nghị của cá nhân và 41 phản ánh, kiến nghị của doanh nghiệp.
"""


def _labels(question: str, en: bool = False) -> list[str]:
    return [p.label for p in parts_of(parse_query(question), en=en)]


@pytest.mark.parametrize(
    ("question", "en", "want"),
    [
        ("Bình Phước: individual vs organisation digital certs issued?", True,
         ["individual digital certs issued", "organisation digital certs issued"]),
        ("Binh Phuoc personal or organisational digital certificates, which more?", True,
         ["personal digital certificates", "organisational digital certificates"]),
        ("Bình Phước: cá nhân so với tổ chức chứng thư số đã cấp?", False,
         ["cá nhân chứng thư số đã cấp", "tổ chức chứng thư số đã cấp"]),
        ("binh phuoc ca nhan hay to chuc chung thu so nhieu hon", False,
         ["ca nhan chung thu so", "to chuc chung thu so"]),
    ],
)  # fmt: skip
def test_the_head_said_once_is_shared_to_the_first_part(
    question: str, en: bool, want: list[str]
) -> None:
    assert _labels(question, en) == want


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # a verb phrase after a modifier naming nothing: no head shared
        ("How many dossiers were resolved versus still being processed in Binh Phuoc?",
         ["resolved", "still being processed"]),
        # the head said before both parts: each part has it already
        ("Bình Phước: chứng thư số cá nhân so với tổ chức?", ["cá nhân", "tổ chức"]),
        # a part before that is a noun of its own: "on schools" is no head
        ("Compare Binh Phuoc's fee income and its capital spending on schools",
         ["fee income", "capital spending on schools"]),
        # one Vietnamese noun of several words ("cán bộ công chức"): no modifier and head
        ("binh phuoc tinh gian: so vien chuc gap may lan so can bo cong chuc?",
         ["vien chuc", "can bo cong chuc"]),
        # a head said again: the part before has its own
        ("Binh Phuoc: level 3 vs level 4 online public services?", ["level 3", "level 4"]),
    ],
)  # fmt: skip
def test_no_head_is_shared_where_none_is_said_once_after(question: str, want: list[str]) -> None:
    assert _labels(question, en=True) == want


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Binh Phuoc: individual vs organisation digital certs issued?", "en"),
        ("Bình Phước: cá nhân so với tổ chức chứng thư số?", "vi"),
    ],
)
def test_the_first_part_takes_the_head_s_figure_not_another_thing_of_its_modifier(
    question: str, language: str
) -> None:
    ans = parts_answer(mini_index(TEXT), question, language)
    assert ans is not None
    figures = [cell.split("**")[1] for cell in label_cells(ans.text).values() if "**" in cell]
    assert "158" not in figures  # the SIM signatures of individuals are no certificates
    assert "96" not in figures  # nor the feedback of individuals
    assert figures[:1] == ["1.540"], ans.text
