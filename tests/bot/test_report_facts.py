"""A report's own facts from a small real index of a report written here: the signature
block's capacity is given in the report's own words, with English beside them."""

from __future__ import annotations

from dataclasses import replace

from bot.report_facts import ReportFacts
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_corpus, mini_index

TEXT = """UBND TỈNH BÌNH PHƯỚC
VĂN PHÒNG
Số: 77/BC-VPUBND Bình Phước, ngày 05 tháng 7 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022
I. KẾT QUẢ
Trong kỳ, Văn phòng tiếp nhận 1.204 hồ sơ, giải quyết đúng hạn 1.180 hồ sơ.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
"""


def role(question: str, language: str) -> str:
    facts = ReportFacts(mini_index(TEXT, REPORT))
    return facts.answer(parse_query(question), ("role",), (), language).text


def test_the_signing_capacity_in_english_keeps_the_reports_words() -> None:
    text = role("In what capacity was the Binh Phuoc office report signed?", "en")
    # the report's words, as staff check them against the source, then the English
    assert "KT. Chánh Văn phòng, Phó Chánh Văn phòng (a Deputy Chief of Office" in text


def test_the_signing_capacity_in_vietnamese() -> None:
    text = role("Báo cáo của Văn phòng UBND tỉnh Bình Phước ký với chức vụ gì?", "vi")
    assert "KT. Chánh Văn phòng, Phó Chánh Văn phòng" in text
    assert "Deputy" not in text


def test_a_programmes_span_named_is_not_the_reports_year() -> None:
    facts = ReportFacts(mini_index(TEXT, REPORT))
    q = parse_query("What is the number of the Binh Phuoc report on the 2021-2025 reform plan?")
    ans = facts.answer(q, ("number",), (), "en")
    assert "**77/BC-VPUBND**" in ans.text, ans.text
    # a year named alone still selects by year: no report of 2019 here
    assert facts.answer(parse_query("Số hiệu báo cáo năm 2019 của Bình Phước?"), ("number",), (), "vi").abstained  # fmt: skip


def test_an_office_named_by_its_shorthand_is_not_the_committee() -> None:
    # "VP UBND" is the committee's office; "UBND" inside it names no other report
    committee = replace(REPORT, id="t002", file="t002.txt", agency="UBND tỉnh Bình Phước",
                        number="12/BC-UBND", date="2022-07-20")  # fmt: skip
    facts = ReportFacts(mini_corpus([(REPORT, TEXT), (committee, TEXT)]))
    q = parse_query("bao cao cua vp ubnd binh phuoc ky ngay nao")
    ans = facts.answer(q, ("date",), (), "vi")
    assert not ans.abstained, ans.text
    assert "5/7/2022" in ans.text.split("\n")[0] or "05/07/2022" in ans.text.split("\n")[0]
    ans = facts.answer(
        parse_query("bao cao cua ubnd tinh binh phuoc ky ngay nao"), ("date",), (), "vi"
    )
    assert "20/7/2022" in ans.text.split("\n")[0]
