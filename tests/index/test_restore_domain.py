"""The restorer's language model knows the domain's own wording: the lexicon's report terms and
the fixed elements of an administrative document's form."""

from __future__ import annotations

import re

import pytest

from core.lexicon import read_lexicon
from index.restore import Restorer, restorer
from index.restore_lm import domain_phrases, load_model
from index.restore_syllables import is_valid, new_style, word_class


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


def test_every_domain_phrase_is_proper_vietnamese_and_its_pairs_are_seen() -> None:
    phrases = domain_phrases()
    assert len(phrases) > 100
    model = load_model()
    ids = {w: i for i, w in enumerate(model.words)}
    n = len(model.words)
    for phrase in phrases:
        for part in re.split(r"[,.;:]", phrase):  # punctuation ends a run
            words = part.split()
            low = [word_class(w) or new_style(w.lower()) for w in words]
            assert all(is_valid(w) or w.startswith("<") for w in low), phrase
            pairs = zip(low, low[1:], strict=False)
            assert all(ids[a] * n + ids[b] in model.bigram for a, b in pairs), phrase


@pytest.mark.parametrize(
    ("ocr", "want"),
    [
        # the perfect tense a report's verbs take: "đã", though the OCR's "di" spells "đi"
        ("So Tai chinh di ban hanh huong dan", "Sở Tài chính đã ban hành hướng dẫn"),
        # a rate is reached ("đạt"), not land ("đất")
        ("so ho so dung han dat ty le 98%", "số hồ sơ đúng hạn đạt tỷ lệ 98%"),
        ("hoan thanh dung thoi gian de ra", "hoàn thành đúng thời gian đề ra"),
    ],
)
def test_the_genre_s_stock_wording(fixer: Restorer, ocr: str, want: str) -> None:
    assert fixer.restore(ocr).text == want
