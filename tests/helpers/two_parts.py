"""A synthetic report of two parts (communication, then e-government), each with a results
section and an assessment beside it: shared by the tests of a part's own sections
(tests/bot/test_section_shared_heading.py, tests/bot/test_summary_results.py), which differ
only in what the e-government part and the first part's assessment say. Our own wordings."""

from __future__ import annotations

_HEAD = """BÁO CÁO
Kết quả công tác năm 2022

A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

I. KẾT QUẢ ĐẠT ĐƯỢC

Đã đăng 120 tin bài về cải cách hành chính trên báo tỉnh.

II. ĐÁNH GIÁ CHUNG

"""


def two_part_report(first_assessment: str, egov_heading: str, egov_results: str, egov_assessment: str) -> str:
    """The report text: part A's assessment as given, then part B ("B. " + `egov_heading`)
    with its results section and its assessment as given."""
    return (
        f"{_HEAD}{first_assessment.strip()}\n\nB. {egov_heading}\n\n"
        f"I. KẾT QUẢ ĐẠT ĐƯỢC\n\n{egov_results.strip()}\n\n"
        f"II. ĐÁNH GIÁ CHUNG\n\n{egov_assessment.strip()}\n"
    )
