"""A question naming several items of one breakdown by their own words ("bao nhiêu công chức,
viên chức và người lao động?" over "10 công chức, viên chức và người lao động (trong đó có 04
công chức; 05 viên chức và 01 lao động hợp đồng)") asks what they make up: the headline, not
the item that happens to say most of its words (bot/extractive/breakdown.named_items). Report
text written for the test, in the OCR reports' style."""

from __future__ import annotations

import pytest

from tests.helpers.mini_index import ask, mini_index

REPORT = """BAO CAO
Ket qua cai cach hanh chinh nam 2022

II. KET QUA THUC HIEN

2. Cai cach thu tuc hanh chinh

Poi véi Trung tdm Phuc vu hanh chinh cong tinh:

Bién ché cua Trung tAm Phuc vy hanh chinh céng: C6 12 cong chtrc, vién
chtc va nguoi lao dong (trong do co 06 cong chirc; 04 vién chuc va 02 lao dong
hop dong).
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Trung tâm Phục vụ hành chính công có bao nhiêu công chức, viên chức và người lao động?",
         "12"),
        ("Trung tâm Phục vụ hành chính công có bao nhiêu viên chức?", "04"),
        ("Trung tâm Phục vụ hành chính công có bao nhiêu lao động hợp đồng?", "02"),
    ],
)  # fmt: skip
def test_all_the_items_asked_are_the_headline(question: str, expected: str) -> None:
    ans = ask(mini_index(REPORT), question, "vi")
    assert ans.figure == expected, ans.text
