"""The restorer reads by context what the channel alone ranks low: a misread Roman numeral, a
reading the beam missed that the word before expects, a number that is a word in digits, and
the domain's own pairs (chi tiêu of spending, chỉ tiêu of quotas)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.restore import Restorer, restorer
from index.restore_syllables import number_may_be_word, roman_reading, word_class

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fixer() -> Restorer:
    return restorer()


@pytest.mark.parametrize(
    ("token", "numeral"), [("Il", "II"), ("IIl", "III"), ("1I", "II"), ("I1I", "III")]
)
def test_a_roman_numeral_with_an_i_printed_as_l_or_1_is_read_as_the_numeral(
    token: str, numeral: str
) -> None:
    assert roman_reading(token) == numeral
    assert word_class(token) == "<num>"


@pytest.mark.parametrize("token", ["II", "11", "ll", "IT", "Ilo", "IIIII", "1"])
def test_numbers_real_numerals_abbreviations_and_words_are_no_misread_numeral(token: str) -> None:
    assert roman_reading(token) == ""


def test_the_quarter_s_numeral_is_restored_and_quy_read_as_quarter(fixer: Restorer) -> None:
    got = fixer.restore("Cac chi tieu da hoan thanh trong quy Il nam 2023 theo ke hoach").text
    assert "quý II năm 2023" in got


def test_a_heading_s_numeral_keeps_its_capitals(fixer: Restorer) -> None:
    assert fixer.restore("IIl. NHIEM VU TRONG THOI GIAN TOI").text.startswith("III. ")


def test_a_reading_the_beam_missed_is_admitted_when_the_word_before_expects_it(
    fixer: Restorer,
) -> None:
    # "ddi": ten readings with an a (đại, đài, ...) rank before dõi; "theo dõi" is a common pair.
    got = fixer.restore("Phong Noi vu theo ddi viec thuc hien cua cac don vi").text
    assert "theo dõi" in got


def test_an_admitted_reading_must_not_be_much_dearer_than_the_beam_s_best(fixer: Restorer) -> None:
    got = fixer.restore("phan mém chuyén nganh néu trén, cac phan mém khac").text
    assert "nêu trên" in got


@pytest.mark.parametrize(("token", "may"), [("16", True), ("18", True), ("27", False),
                                             ("05", False), ("100", False), ("6", False)])  # fmt: skip
def test_only_two_digit_letter_glyph_numbers_may_be_words(token: str, may: bool) -> None:
    assert number_may_be_word(token) is may


def test_a_rate_printed_in_digits_reads_as_a_word_after_ty(fixer: Restorer) -> None:
    got = fixer.restore("Ket qua giai quyet ho so dat ty 16 98,5% dung han").text
    assert "tỷ lệ 98,5%" in got


def test_a_number_that_is_a_number_stays_a_number(fixer: Restorer) -> None:
    got = fixer.restore("Tong kinh phi 15 ty 16 trieu dong, cap ngay 16 thang 5 nam 2022").text
    assert "15 tỷ 16 triệu" in got
    assert "ngày 16 tháng 5" in got


def test_spending_norms_read_chi_tieu_and_quotas_chi_tieu(fixer: Restorer) -> None:
    got = fixer.restore("su dung kinh phi dung muc dich, dung dinh muc chi tieu cua don vi").text
    assert "định mức chi tiêu" in got
    got = fixer.restore("UBND tinh phe duyet chi tieu tuyen dung cong chuc nam 2023").text
    assert "phê duyệt chỉ tiêu tuyển dụng" in got


def test_a_report_s_own_lines_read_theo_doi_bao_cao_and_the_quarter(fixer: Restorer) -> None:
    # Report 003's OCR: "trong quy\nIl ndm 2022", "theo ddi ctia Tinh", "thoi diém béo co:".
    # "co": readings with its own letters fill the beam; cáo (the a of "ao" restored) is
    # admitted after "báo", which the report says throughout.
    path = next((ROOT / "corpus" / "reports").glob("003_*.txt"))
    got = fixer.restore(path.read_text(encoding="utf-8")).text
    assert "trong quý\nII năm 2022" in got
    assert "theo dõi của Tỉnh" in got
    assert "thời điểm báo cáo: 1.845" in got


def test_an_initial_u_with_its_horn_printed_as_i_opens_ung(fixer: Restorer) -> None:
    # "ing" spells no syllable; as "im" and "tn", it is ứn drawn thin.
    got = fixer.restore("So Thong tin va Truyen thong trien khai ing dung cong nghe thong tin").text
    assert "ứng dụng công nghệ thông tin" in got
