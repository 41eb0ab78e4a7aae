"""The fact matcher reads a negation in a label (bot/fact_negation.py): made-up labels."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.fact_answer import negation_mismatch
from bot.fact_negation import polarity_mismatch, read_polarity
from core.query import parse_query
from core.text import fold
from tests.bot.test_fact_answer import PART


def _mismatch(question: str, label: str) -> bool:
    q = parse_query(question)
    return polarity_mismatch(q.expanded, q.folded, fold(label))


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Bao nhiêu hồ sơ đã giải quyết trong quý?", "hồ sơ chưa giải quyết"),
        ("so xa co diem phuc vu buu chinh la bao nhieu", "số xã chưa có điểm phục vụ bưu chính"),
        ("Kinh phí thực hiện tự chủ được giao bao nhiêu?", "kinh phí thực hiện không tự chủ"),
        ("How many applications were resolved?", "hồ sơ chưa giải quyết"),
    ],
)
def test_a_negated_label_does_not_match_a_plain_question(question: str, label: str) -> None:
    assert _mismatch(question, label)


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Bao nhiêu hồ sơ chưa giải quyết?", "hồ sơ đã giải quyết"),
        ("số xã chưa có điểm phục vụ bưu chính", "số xã có điểm phục vụ bưu chính"),
        ("kinh phi khong thuc hien tu chu nam 2022", "kinh phí thực hiện tự chủ"),
        ("How much non-autonomous funding was allocated?", "kinh phí thực hiện tự chủ"),
        ("how many applications were not resolved", "hồ sơ đã giải quyết"),
    ],
)
def test_a_plain_label_does_not_match_a_negated_question(question: str, label: str) -> None:
    assert _mismatch(question, label)


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Bao nhiêu hồ sơ chưa được giải quyết?", "hồ sơ chưa giải quyết"),
        ("kinh phí không thực hiện tự chủ", "kinh phí thực hiện không tự chủ"),  # word order
        ("non-autonomous funding", "kinh phí không tự chủ"),
        ("tỷ lệ thanh toán không dùng tiền mặt", "thanh toán không dùng tiền mặt"),
        ("Bao nhiêu hồ sơ đã giải quyết?", "hồ sơ đã giải quyết đúng hạn"),
        # the negated words are not what the question asks: no reading
        ("tỷ lệ thanh toán điện tử", "thanh toán không dùng tiền mặt"),
        # a question that asks both parts reads as neither
        ("kinh phí tự chủ và không tự chủ", "kinh phí không tự chủ"),
        ("kinh phí tự chủ và không tự chủ", "kinh phí tự chủ"),
        # "không gian", "có … không?" are no negation
        ("Tỉnh có đạt chỉ tiêu không?", "đạt chỉ tiêu"),
        ("diện tích không gian làm việc", "không gian làm việc"),
    ],
)
def test_labels_that_agree(question: str, label: str) -> None:
    assert not _mismatch(question, label)


def test_read_polarity_governs_a_few_words() -> None:
    neg, plain = read_polarity("kinh phi thuc hien khong tu chu dong")
    assert neg == {"tu", "chu"}  # "đồng" is money, no part
    assert {"kinh", "phi", "thuc"} <= plain


def test_negation_mismatch_reads_a_facts_counts_and_label() -> None:
    pending = replace(PART, counts="hồ sơ chưa giải quyết", counts_folded="ho so chua giai quyet",
                      label="", label_folded="")
    done = replace(PART, counts="hồ sơ đã giải quyết", counts_folded="ho so da giai quyet", label="",
                   label_folded="")
    q = parse_query("Tuyên Quang có bao nhiêu hồ sơ đã giải quyết?")
    assert negation_mismatch(q.expanded, q, pending)
    assert not negation_mismatch(q.expanded, q, done)


@pytest.mark.parametrize(
    ("written", "negated"),
    [
        ("hồ sơ chứa thông tin cá nhân", set()),  # "chứa" (contain) negates nothing
        ("kho chứa tài liệu chưa thẩm định", {"tham", "dinh"}),  # each "chua" read in its place
        ("hồ sơ chưa giải quyết", {"giai", "quyet"}),
        ("ho so chua giai quyet", {"giai", "quyet"}),  # no diacritics: read as "chưa"
        ("hồ sơ chua giải quyết", {"giai", "quyet"}),  # OCR lost its marks: read as "chưa"
        ("", {"giai", "quyet"}),  # folded text only: read as "chưa"
    ],
)
def test_chua_is_a_negator_only_when_written_chua(written: str, negated: set[str]) -> None:
    folded = fold(written) if written else "ho so chua giai quyet"
    assert negated <= read_polarity(folded, written)[0]
    assert not read_polarity(folded, written)[0] - negated - {"tai", "lieu", "thong", "tin"}


def test_a_question_of_what_files_contain_is_no_negation() -> None:
    q = parse_query("Bao nhiêu hồ sơ chứa dữ liệu điện tử?")
    fact = "ho so co du lieu dien tu"
    assert not polarity_mismatch(q.expanded, q.folded, fact, own_written=q.text)
    # the same words folded, nothing else known: "chua" reads as "chưa", the fact ranks later
    assert polarity_mismatch(q.expanded, q.folded, fact)
