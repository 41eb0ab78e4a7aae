"""What a text tells the restorer about its OCR: marks kept, letters misread, words' case."""

from __future__ import annotations

import pytest

from index.restore import Restorer, restorer
from index.restore_evidence import (
    OCR_NOISE,
    evidence,
    letter_cost,
    letter_noise,
    lone_capitals,
)


@pytest.fixture(scope="module")
def fixer() -> Restorer:
    return restorer()


def test_letter_noise_tells_ocr_from_folded_text() -> None:
    folded = "Ban chi dao tinh da hop va thong nhat ke hoach kiem tra cac huyen. " * 10
    ocr = "Ban chi dao tinh dd hgp va thdng nhat ké hoach kiém tra cdc huyén. " * 10
    assert letter_noise(folded) < 0.02 < OCR_NOISE < letter_noise(ocr)
    assert letter_cost(letter_noise(folded)) > 2.0
    assert letter_cost(letter_noise(ocr)) == 0.0


def test_a_short_text_says_little_about_its_letters() -> None:
    assert letter_cost(letter_noise("ve cong tac")) < 0.5
    assert evidence("ve cong tac").letters == letter_cost(letter_noise("ve cong tac"))


@pytest.mark.parametrize(
    ("text", "word", "lone"),
    [
        ("cong van cua BO Tai chinh", "BO", True),  # a capitalised word read in capitals
        ("SO Y te da tiep nhan", "SO", True),  # at a line's start, lowercase after it
        ("UBND TINH HA NAM", "TINH", False),  # a heading's word
        ("BAO CAO", "BAO", False),
        ("KT. GIAM DOC\nNguyen Van A", "GIAM", False),
        ("TONG", "TONG", False),  # alone on its line: nothing says which
        ("cua Bo Tai chinh", "Bo", False),  # not in capitals
    ],
)
def test_lone_capitals(text: str, word: str, lone: bool) -> None:
    start = text.index(word)
    assert lone_capitals(text, start, start + len(word)) is lone


def test_a_lone_word_in_capitals_is_restored_capitalised(fixer: Restorer) -> None:
    got = fixer.restore("theo huong dan cua BO Tai chinh va SO Noi vu").text
    assert got == "theo hướng dẫn của Bộ Tài chính và Sở Nội vụ"
    assert fixer.restore("UBND TINH HA NAM").text == "UBND TỈNH HÀ NAM"


def test_a_folded_text_keeps_its_letters(fixer: Restorer) -> None:
    # typed without marks, not OCR'd: "ve" is về, not "và" (letters this text never misreads)
    text = "Dai phat thanh ve cong tac phong chong thien tai cua tinh. " * 8
    assert fixer.restore(text).text.startswith("Đài phát thanh về công tác phòng chống")


def test_an_abbreviation_does_not_fix_the_word_before_it(fixer: Restorer) -> None:
    # one reading (the abbreviation) after "s6": its way in is kept through "số" as through
    # "sơ" ("hồ sơ TTHC"), and the words before it choose
    assert fixer.restore("xac dinh chi s6 PCI cua tinh").text == "xác định chỉ số PCI của tỉnh"
