"""Document references read at index time: numbers (OCR-damaged too), types, dates, issuers
and subjects of hand-written clauses; the seed reports' table; the generation file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.settings import Settings
from index.chunk import chunk_report
from index.docrefs import DocRef, extract_docrefs, load_docrefs, number_key, write_docrefs
from index.embed import Embedder
from index.generations import load_index
from index.metadata import Report

REPORT = Report(id="r", file="r.txt", province="Hà Tĩnh", number="104/BC-STTTT", year=2022)


def refs_of(text: str) -> list[DocRef]:
    return extract_docrefs(REPORT, chunk_report(REPORT, text))


def one(refs: list[DocRef], digits: str) -> DocRef:
    found = [r for r in refs if r.digits == digits]
    assert len(found) == 1, [r.number for r in refs]
    return found[0]


def test_plan_number_date_issuer_subject() -> None:
    r = one(
        refs_of(
            "Thực hiện Kế hoạch số 523/KH-UBND ngày 28/12/2021 của UBND tỉnh về "
            "tuyên truyền cải cách hành chính năm 2022, Sở đã triển khai."
        ),
        "523",
    )
    assert (r.number, r.kind, r.date, r.issuer) == ("523/KH-UBND", "ke hoach", "28/12/2021",
                                                    "UBND tỉnh")  # fmt: skip
    assert r.subject.startswith("tuyên truyền cải cách hành chính năm 2022")


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        (
            "Quyết định số 603/Qb-UBND ngày 30/9/2021 về việc ban hành Đề án.",
            "603/Qb-UBND",
            "quyet dinh",
        ),
        (
            "Kế hoạch số 18/KH- BCHCPS ngày 18/4/2022 về Hoạt động của Ban.",
            "18/KH-BCHCPS",
            "ke hoach",
        ),
        (
            "theo Nghị định số 34/ 20 16/ND-CP ngày 14/5/2016 của Chính phủ.",
            "34/2016/ND-CP",
            "nghi dinh",
        ),
        (
            "Nghị quyết số 06-NQ/TU ngày 26/3/2021 của Ban chấp hành Đảng bộ tỉnh.",
            "06-NQ/TU",
            "nghi quyet",
        ),
    ],
)
def test_ocr_damaged_and_party_numbers(text: str, number: str, kind: str) -> None:
    refs = refs_of(text)
    assert [(r.number, r.kind) for r in refs] == [(number, kind)]


def test_number_key_reads_ocr_letters_as_the_type_code() -> None:
    assert number_key("603/Qb-UBND") == number_key("603/QĐ-UBND") == "603/qd-ubnd"
    assert number_key("107/2020/NP-CP") == "107/2020/nd-cp"


def test_type_from_the_code_when_no_type_word() -> None:
    # a number with no type code is an official letter; its issuer code names the issuer
    r = one(refs_of("Triển khai theo 581/BNV-CCHC ngày 21/02/2022 về chế độ báo cáo."), "581")
    assert (r.kind, r.issuer, r.date) == ("cong van", "Bộ Nội vụ", "21/2/2022")
    r = one(refs_of("Đảm bảo thực hiện tốt theo 15/CT-TTg về thư điện tử."), "15")
    assert (r.kind, r.issuer) == ("chi thi", "Thủ tướng Chính phủ")


def test_report_type_word_wins_over_its_code() -> None:
    # the report calls it a plan though its code says decision: both are kept
    r = one(refs_of("Kế hoạch số 01/QĐ-BCĐ ngày 21/4/2022 về Hoạt động của Ban Chỉ đạo."), "1")
    assert (r.kind, r.code_kind) == ("ke hoach", "quyet dinh")


def test_spelled_out_date() -> None:
    r = one(
        refs_of(
            "Ban hành Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 về cải cách "
            "hành chính năm 2022."
        ),
        "19",
    )
    assert r.date == "31/12/2021"


def test_subject_continues_into_the_next_clause_when_the_number_ends_one() -> None:
    refs = refs_of(
        "Công văn số 1730/UBND-NC; ngày 13/4/2022 về việc tăng cường thanh toán "
        "không dùng tiền mặt."
    )
    r = one(refs, "1730")
    assert r.date == "13/4/2022"
    assert r.subject.startswith("tăng cường thanh toán")


def test_a_listed_document_ends_the_subject_but_a_named_one_does_not() -> None:
    refs = refs_of(
        "Công văn số 2553/UBND-NC ngày 20/5/2022 về việc triển khai thực hiện Chỉ thị "
        "số 02/CT-TTg ngày 26/4/2022 của Thủ tướng Chính phủ, Nghị định số "
        "45/2020/ND-CP ngày 08/4/2020 và Nghị định số 61/2018/ND-CP ngày 23/4/2018."
    )
    assert "Chỉ thị số 02/CT-TTg" in one(refs, "2553").subject  # what it carries out
    assert "61/2018" not in one(refs, "45").subject  # "… và Nghị định số 61": the next one


def test_long_run_after_cua_keeps_the_issuer_to_tinh() -> None:
    r = one(
        refs_of(
            "Kế hoạch số 222/KH-UBND ngày 17/12/2021 của UBND tỉnh phát triển doanh "
            "nghiệp công nghệ số trên địa bàn tỉnh đến năm 2025 và định hướng đến năm "
            "2030 cho các ngành kinh tế trọng điểm của địa phương."
        ),
        "222",
    )
    assert r.issuer == "UBND tỉnh"
    assert r.subject.startswith("phát triển doanh nghiệp công nghệ số")


def test_the_reports_own_number_is_not_a_reference() -> None:
    assert refs_of("Số: 104/BC-STTTT Hà Tĩnh, ngày 15 tháng 6 năm 2022") == []


def test_fractions_dates_and_urls_are_not_numbers() -> None:
    assert refs_of("221/262 UBND cấp xã có cổng thông tin; ngày 13/4/2022; đạt 19/63 tỉnh.") == []


def test_seed_reports_table(seed_settings: Settings, embedder: Embedder, tmp_path: Path) -> None:
    index = load_index(seed_settings, embedder.name)
    refs = load_docrefs(index.directory, index.reports.values(), index.chunks)
    by = {(r.report_id[:3], r.digits, r.kind) for r in refs}
    # hand-checked against the reports: Hà Tĩnh's plan 58 on trade promotion, Tuyên Quang's
    # decision 603, Hải Dương's resolution 06-NQ/TU, Đồng Tháp's office plan 19
    assert {("000", "58", "ke hoach"), ("002", "603", "quyet dinh"),
            ("004", "6", "nghi quyet"), ("003", "19", "ke hoach")} <= by  # fmt: skip
    assert all(r.line_start > 0 for r in refs)
    out = tmp_path / "gen"
    out.mkdir()
    n = write_docrefs(out, index.reports.values(), index.chunks)
    assert n == len(refs)
    back = load_docrefs(out, [], [])
    assert back == refs
    assert json.loads((out / "docrefs.jsonl").read_text(encoding="utf-8").splitlines()[0])["number"]


def test_subject_ends_where_the_main_clause_starts() -> None:
    refs = refs_of(
        "Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân "
        "tỉnh về cải cách hành chính năm 2022, Văn phòng Ủy ban nhân dân Tỉnh ban hành "
        "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 về cải cách hành chính."
    )
    assert one(refs, "367").subject == "cải cách hành chính năm 2022"
    assert one(refs, "19").issuer == "Văn phòng UBND tỉnh"  # from its issuer code
    # "xây dựng, ban hành văn bản" is one subject, not a main clause
    r = one(
        refs_of(
            "Kế hoạch số 149/KH-UBND ngày 14/01/2022 về xây dựng, ban hành văn bản QPPL năm 2022."
        ),
        "149",
    )
    assert r.subject == "xây dựng, ban hành văn bản QPPL năm 2022"


def test_what_follows_a_colon_is_no_subject() -> None:
    r = one(
        refs_of(
            "Số TTHC thực hiện tại Trung tâm theo Quyết định số 1291/QĐ-TTg ngày "
            "07/10/2019 của Thủ tướng Chính phủ: 96 TTHC."
        ),
        "1291",
    )
    assert (r.date, r.subject) == ("7/10/2019", "")
    assert "trung tam" in r.context_folded  # the clause before it still says what it is about


def test_an_ocr_chunk_keeps_the_subject_as_the_ocr_wrote_it_too() -> None:
    """The restored reading is what people see; a word the restorer misread ("chia sở" for the
    OCR's "chia sé", sẻ) is still there in the OCR reading, paired by the number it follows."""
    from dataclasses import replace

    ocr = "Thuc hien Nghi dinh s6 47/2020/ND-CP ngay 09/4/2020 cua Chinh phu ve chia sé du lieu."
    readable = (
        "Thực hiện Nghị định số 47/2020/ND-CP ngày 09/4/2020 của Chính phủ về chia sở dữ liệu."
    )
    (chunk,) = chunk_report(REPORT, ocr)
    assert len(chunk.spans) == 1
    spans = (replace(chunk.spans[0], rstart=0, rend=len(readable)),)
    (ref,) = extract_docrefs(REPORT, [replace(chunk, restored=readable, spans=spans)])
    assert ref.number == "47/2020/ND-CP"
    assert "chia so du lieu" in ref.subject_folded
    assert "chia se du lieu" in ref.subject_ocr_folded
    (clean,) = refs_of(readable)
    assert clean.subject_ocr_folded == ""
