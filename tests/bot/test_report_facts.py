"""A report's own facts from a small real index of a report written here: the signature
block's capacity is given in the report's own words, with English beside them."""

from __future__ import annotations

from dataclasses import replace

from bot.report_facts import ReportFacts
from core.query import parse_query
from index.metadata import Report
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


def _uncovered(question: str) -> str:
    facts = ReportFacts(mini_index(TEXT, REPORT))
    ans = facts.uncovered_half(parse_query(question), ("Bình Phước",), "vi")
    return ans.text if ans is not None else ""


def test_the_end_of_a_year_a_half_year_report_does_not_reach_is_not_found() -> None:
    # the report covers the first six months: the year's end is past it
    assert "cuối năm 2022" in _uncovered("Bình Phước có bao nhiêu hồ sơ tính đến cuối năm 2022?")
    assert "cuối năm 2022" in _uncovered("How many dossiers did Binh Phuoc resolve at the end of 2022?")


def test_the_end_of_a_month_is_no_year_end() -> None:
    assert _uncovered("How many dossiers did Binh Phuoc resolve by the end of May 2022?") == ""
    assert _uncovered("Bình Phước tiếp nhận bao nhiêu hồ sơ đến cuối tháng 5/2022?") == ""


def test_a_report_is_selected_by_its_signers_name() -> None:
    from bot.report_facts import _names_signer
    from index.metadata import Report

    signed = Report(id="r1", file="r1.txt", signer="Trần Văn Bình")
    assert _names_signer("which period does the report signed by mr tran van binh cover", signed)
    assert _names_signer("bao cao do ong tran van binh ky la ky nao", signed)
    assert not _names_signer("which period does the report signed by mr tran van an cover", signed)
    assert not _names_signer("bao cao ky nao", Report(id="r2", file="r2.txt", signer="Bình"))


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


def test_a_report_named_as_bc_and_its_bare_number() -> None:
    facts = ReportFacts(mini_index(TEXT, REPORT))
    ans = facts.answer(parse_query("ai ky bc 77 cua vp ubnd binh phuoc"), ("signer",), (), "vi")
    # no signer's name printed: said so (an abstention), with the signature block's capacity
    assert ans.abstained
    assert "77/BC-VPUBND" in ans.text
    assert "không ghi người ký" in ans.text
    other = facts.answer(parse_query("ai ky bc 78"), ("signer",), (), "vi")
    assert other.abstained
    assert "số 78" in other.text


def test_several_recipients_are_listed_one_per_line() -> None:
    """The recipients read as a list answer's items: one bulleted line each (the archive
    copy is none); a single recipient stays one bold value."""
    text = TEXT.replace("- UBND tỉnh;\n", "- UBND tỉnh;\n- Sở Nội vụ;\n- Sở Tài chính;\n")
    facts = ReportFacts(mini_index(text, REPORT))
    ans = facts.answer(parse_query("Báo cáo 77 gửi những nơi nào?"), ("recipients",), (), "vi")
    lines = ans.text.splitlines()
    for name in ("UBND tỉnh", "Sở Nội vụ", "Sở Tài chính"):
        assert f"- {name}" in lines
    assert "Lưu" not in ans.figure
    one = ReportFacts(mini_index(TEXT, REPORT)).answer(
        parse_query("Báo cáo 77 gửi những nơi nào?"), ("recipients",), (), "vi"
    )
    assert one.text.startswith("**UBND tỉnh**")


QUARTER = Report(
    "t002", "t002.txt", province="Kon Tum", agency="Văn phòng UBND tỉnh Kon Tum",
    number="214/BC-VPUBND", date="2022-09-20", year=2022, quarter=3, period="Quý III/2022",
    title="Công tác cải cách hành chính quý III năm 2022 (số liệu tính từ 05/7/2022 đến 19/9/2022)",
)  # fmt: skip
HALF = replace(REPORT, date="2022-07-05")


def test_a_range_of_days_asked_is_the_report_whose_figures_run_over_it() -> None:
    # the first day of the range is also the day the other report was issued
    facts = ReportFacts(mini_corpus([(HALF, TEXT), (QUARTER, TEXT.replace("77/", "214/"))]))
    q = parse_query("Số liệu từ ngày 05/7/2022 đến ngày 19/9/2022 nằm trong báo cáo số mấy?")
    text = facts.answer(q, ("number",), (), "vi").text
    assert "214/BC-VPUBND" in text, text
    assert "77/BC-VPUBND" not in text, text
    en = facts.answer(parse_query("Report number for the figures from July 5, 2022 through September 19, 2022?"), ("number",), (), "en").text
    assert "214/BC-VPUBND" in en, en
    # one day named is still the day a report was issued
    one = facts.answer(parse_query("Số hiệu báo cáo ngày 05/7/2022?"), ("number",), (), "vi").text
    assert "77/BC-VPUBND" in one, one
    assert "214/BC-VPUBND" not in one, one
    # two days named, not as a range: the report issued on one of them
    issued = "Báo cáo ban hành ngày 05/7/2022, số liệu tính đến 30/6/2022, có số hiệu là gì?"
    two = facts.answer(parse_query(issued), ("number",), (), "vi").text
    assert "77/BC-VPUBND" in two, two
    assert "214/" not in two, two


def test_a_range_no_report_runs_over_is_not_found() -> None:
    # never the report issued on one of its days
    facts = ReportFacts(mini_corpus([(HALF, TEXT), (QUARTER, TEXT.replace("77/", "214/"))]))
    q = parse_query("Báo cáo từ 05/7/2022 đến 30/12/2022 số mấy?")
    assert facts.answer(q, ("number",), (), "vi").abstained
    # the range is judged among the province's reports only
    other = parse_query("Báo cáo của Bình Phước từ 05/7/2022 đến 19/9/2022 số mấy?")
    assert facts.answer(other, ("number",), ("Bình Phước",), "vi").abstained
