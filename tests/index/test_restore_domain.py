"""The restorer's language model knows the domain's own wording: the lexicon's report terms and
the fixed elements of an administrative document's form."""

from __future__ import annotations

import pytest

from core.lexicon import read_lexicon
from index.restore import Restorer, restorer
from index.restore_lm import load_model
from index.restore_syllables import is_valid, new_style


@pytest.fixture(scope="module")
def fixer() -> Restorer:
    return restorer()


def test_every_lexicon_term_s_syllable_pairs_are_seen_pairs() -> None:
    model = load_model()
    ids = {w: i for i, w in enumerate(model.words)}
    n = len(model.words)
    missing = []
    for term in read_lexicon():
        low = [new_style(w) for w in term.vi.lower().replace(",", " ,").split()]
        for a, b in zip(low, low[1:], strict=False):
            if is_valid(a) and is_valid(b) and (ids[a] * n + ids[b]) not in model.bigram:
                missing.append(f"{a} {b}")
    assert missing == []


def test_a_report_header_number_is_so(fixer: Restorer) -> None:
    got = fixer.restore("S6: 7 /BC-SNV Ca Mau, ngay 2 thang 3 nam 2020").text
    assert got == "Số: 7 /BC-SNV Cà Mau, ngày 2 tháng 3 năm 2020"


@pytest.mark.parametrize(
    ("ocr", "want"),
    [
        ("Noi nhan:", "Nơi nhận:"),
        ("KT. CHU TICH", "KT. CHỦ TỊCH"),
        ("so tin bai da dang tai", "số tin bài đã đăng tải"),
    ],
)
def test_document_form_and_lexicon_wording(fixer: Restorer, ocr: str, want: str) -> None:
    assert fixer.restore(ocr).text == want


def test_a_term_s_three_syllables_do_not_outweigh_the_sentence(fixer: Restorer) -> None:
    # the lexicon writes "nhiệm vụ trọng tâm"; "trong tổng số" still reads as the text says
    got = fixer.restore("da xong 12 nhiem vu trong tong so 15 nhiem vu").text
    assert got == "đã xong 12 nhiệm vụ trong tổng số 15 nhiệm vụ"
