"""A count of results returned is a count of the dossiers whose results they are: a figure of
"hồ sơ" is no other thing counted for "how many results", over a small real index of a report
written here (bot/extractive/choice.py `_results_of`)."""

from __future__ import annotations

from tests.helpers.mini_index import ask, mini_index

TEXT = """UBND TỈNH BÌNH PHƯỚC
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022
I. KẾT QUẢ
- Kết quả trả hồ sơ qua dịch vụ bưu chính công ích: đã tiếp nhận 2.300 hồ sơ (trong đó: 1.900 hồ sơ tại Bộ phận một cửa cấp huyện; 400 hồ sơ bảo hiểm) và đã trả 5.400 hồ sơ (1.250 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, 4.150 hồ sơ tại cấp huyện).
"""


def test_results_returned_are_counted_in_dossiers() -> None:
    ans = ask(mini_index(TEXT), "How many results did Binh Phuoc return by post from the "
              "provincial public administration service centre?", "en")  # fmt: skip
    assert ans.figure == "1.250", ans.text


def test_procedures_asked_are_not_answered_by_dossiers() -> None:
    ans = ask(mini_index(TEXT), "How many procedures did Binh Phuoc return by post from the "
              "provincial public administration service centre?", "en")  # fmt: skip
    assert ans.figure != "1.250", ans.text  # a count of dossiers, not of procedures
