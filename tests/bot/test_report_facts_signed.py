"""Questions about a report's signing and issuing read from made-up reports: a signer named
with another report's number matches no report; the signing post asked as "what post did she
sign it in"; "issuing" as an act the report tells of asks no issuer; a document named with
its number beside "triển khai" is what the report is about, not the one it answers."""

from __future__ import annotations

from dataclasses import replace

from bot.docref_report import asks_basis
from bot.intents import report_fields
from bot.report_facts import ReportFacts
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_corpus

SIGNED = """UBND TỈNH BÌNH PHƯỚC
Số: 31/BC-UBND Bình Phước, ngày 12 tháng 3 năm 2021
BÁO CÁO
Kết quả cải cách hành chính quý I năm 2021
Trong quý, tỉnh tiếp nhận 2.310 hồ sơ.
CHỦ TỊCH
Trần Văn Bình
"""
UNSIGNED = """UBND TỈNH BÌNH PHƯỚC
VĂN PHÒNG
Số: 77/BC-VPUBND Bình Phước, ngày 05 tháng 7 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022
Trong kỳ, Văn phòng tiếp nhận 1.204 hồ sơ.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
"""
SIGNED_REPORT = replace(REPORT, id="t002", file="t002.txt", agency="UBND tỉnh Bình Phước",
                        number="31/BC-UBND", date="2021-03-12", year=2021, quarter=1,
                        period="Quý I/2021", signer="Trần Văn Bình")  # fmt: skip


def _facts() -> ReportFacts:
    return ReportFacts(mini_corpus([(REPORT, UNSIGNED), (SIGNED_REPORT, SIGNED)]))


def test_a_signer_named_with_another_reports_number_matches_no_report() -> None:
    q = "In what capacity did Mr Trần Văn Bình sign report 77/BC-VPUBND?"
    ans = _facts().answer(parse_query(q), ("role",), (), "en")
    assert ans.abstained, ans.text
    assert "Trần Văn Bình" in ans.text
    # both named: the report of that number signed by him is what matches nothing
    assert "report 77 signed by Trần Văn Bình" in ans.text, ans.text
    vi = _facts().answer(parse_query("Ông Trần Văn Bình ký báo cáo số 77 với chức vụ gì?"), ("role",), (), "vi")  # fmt: skip
    assert vi.abstained, vi.text
    assert "báo cáo số 77 do Trần Văn Bình ký" in vi.text, vi.text
    # the report he did sign is still found by his name
    own = _facts().answer(parse_query("Which report did Trần Văn Bình sign?"), ("number",), (), "en")
    assert "**31/BC-UBND**" in own.text, own.text


def test_the_post_a_report_was_signed_under_is_its_signing_role() -> None:
    assert report_fields("what post did she sign report 31 in?") == ("role",)
    assert report_fields("which position was report 31 signed in") == ("role",)
    assert report_fields("report 31 was signed with which title?") == ("role",)


def test_issuing_as_an_act_the_report_tells_of_asks_no_issuer() -> None:
    # the circulars the department helped with issuing, as report 31 lists them
    assert report_fields("list the circulars the department helped with issuing (report 31/bc ubnd)") == ()  # fmt: skip
    assert report_fields("what is the issuing agency of report 31?") == ("agency",)
    assert report_fields("which is the issuing body of the binh phuoc report?") == ("agency",)


def test_a_document_named_with_its_number_is_no_basis_asked() -> None:
    # the report about carrying out Scheme 12: its own number asked
    assert not asks_basis("bao cao cua so noi vu ve trien khai ke hoach 45 co so hieu la gi")
    # the plan the report carries out, asked by its number
    assert asks_basis("bao cao quy i/2021 thuc hien theo ke hoach cchc nam 2021 so may")


def test_english_wordings_of_a_reports_own_fields() -> None:
    assert report_fields("which authority issued the binh phuoc q1 report?") == ("agency",)
    assert report_fields("which unit compiled the binh phuoc report?") == ("agency",)
    assert report_fields("who drew up report 31?") == ("agency",)
    # a unit asked of the report's content is no issuer asked
    assert "agency" not in report_fields(
        "which unit compiled the most dossiers of all the districts in the binh phuoc report?"
    )
    assert report_fields("who put their signature on report 31?") == ("signer",)
    assert report_fields("under whose name was report 31 signed?") == ("signer",)
    assert report_fields("what day was the binh phuoc report signed?") == ("date",)
    assert report_fields("what's the issuing date of report 31/bc ubnd?") == ("date",)
    assert report_fields("what is report 31 numbered?") == ("number",)
    assert report_fields("what is the subject line of report 31?") == ("title",)


def test_numbered_asks_the_reports_number_only_of_the_report_itself() -> None:
    assert report_fields("how was report 31 numbered?") == ("number",)
    assert report_fields("how is the binh phuoc q1 report numbered") == ("number",)
    # items numbered within a part of the report: no number of the report asked
    assert "number" not in report_fields(
        "which plans are numbered in part ii of the binh phuoc report 31?"
    )


def test_a_count_or_list_after_the_making_verb_asks_no_issuer() -> None:
    assert report_fields("which office compiled the binh phuoc q1 2021 report?") == ("agency",)
    assert "agency" not in report_fields("which unit compiled the most plans in the binh phuoc report?")
    assert "agency" not in report_fields(
        "who drew up the list of units merged in it, in the binh phuoc report?"
    )
