"""A question's words that the stated figure's clause says only as another item's label: the
figure is a near miss of what is asked, and the answer is "not found" with it as the nearest
figure (bot/extractive/said_elsewhere.py, bot/near_miss.py). The report text is written for the
test, in the reports' style (OCR's "cp xã" included)."""

from __future__ import annotations

import pytest

from bot.extractive.said_elsewhere import labelled_elsewhere, question_pairs
from bot.near_miss import near_miss
from core.query import parse_query
from core.result import Answer
from index.generations import LoadedIndex
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Kết quả dịch vụ bưu chính công ích

- Tính đến ngày 20/6/2022, đã tiếp nhận 8.420 hồ sơ qua dịch vụ BCCI (trong đó: 7.350 hồ sơ tại Trung tâm Hành chính công cấp huyện; 1.070 hồ sơ thuế) và đã thực hiện trả 96.310 hồ sơ (5.220 hồ sơ tại Trung tâm Phục vụ Hành chính công tỉnh, 91.090 hồ sơ tại cấp huyện).
"""

RECEIVED_RETURNED = (
    "Tính đến ngày 20/6/2022, đã tiếp nhận 8.420 hồ sơ qua dịch vụ BCCI (trong đó: 7.350 hồ "
    "sơ tại Trung tâm Hành chính công cấp huyện; 1.070 hồ sơ thuế) và đã thực hiện trả 96.310 "
    "hồ sơ (5.220 hồ sơ tại Trung tâm Phục vụ Hành chính công tỉnh, 91.090 hồ sơ tại cấp huyện)."
)
LEVELS = (
    "số dịch vụ công mức độ 2 là: 412; số dịch vụ công mức độ 3 là: 150 (trong đó: 40 dịch vụ "
    "công cấp tỉnh; 95 dịch vụ công cấp huyện; 15 dịch vụ công cp xã)."
)

NEGATED = (
    "Tiếp nhận 31 công chức không qua thi tuyển (trong đó 10 công chức lãnh đạo và 21 công "
    "chức không giữ chức danh lãnh đạo)."
)


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


@pytest.mark.parametrize(
    ("question", "quote", "figure", "elsewhere"),
    [
        # the returned total for returned tax dossiers: "thuế" labels a received item only
        ("đã trả bao nhiêu hồ sơ thuế qua bưu chính", RECEIVED_RETURNED, "96.310", True),
        # the received item itself names what is asked: it stands
        ("tiếp nhận bao nhiêu hồ sơ thuế qua bưu chính", RECEIVED_RETURNED, "1.070", False),
        # level 2's count for level 2 "ở cấp huyện": "cấp huyện" labels a level-3 item
        ("có bao nhiêu dịch vụ công mức độ 2 ở cấp huyện", LEVELS, "412", True),
        ("có bao nhiêu dịch vụ công mức độ 3 cấp huyện", LEVELS, "95", False),
        # OCR's "cp xã" labels the commune item of level 3: not said of level 2 either
        ("dich vu cong muc do 2 cap xa co bao nhieu", LEVELS, "412", True),
        # a question word no item owns decides nothing
        ("có bao nhiêu dịch vụ công mức độ 3", LEVELS, "150", False),
        # the figure's own item's label: the scores chose the whole, this check leaves it
        ("tiếp nhận bao nhiêu hồ sơ thuế qua bưu chính", RECEIVED_RETURNED, "8.420", False),
        # a sibling label that negates the words says them of the other items
        ("bao nhiêu công chức giữ chức danh lãnh đạo", NEGATED, "10", False),
    ],
)  # fmt: skip
def test_words_said_only_as_another_items_label(
    question: str, quote: str, figure: str, elsewhere: bool
) -> None:
    assert bool(labelled_elsewhere(parse_query(question), quote, figure)) is elsewhere
    if elsewhere and figure == "96.310":
        assert labelled_elsewhere(parse_query(question), quote, figure) == ("1.070",)


def test_what_the_sentence_says_before_the_clause_is_read_with_it() -> None:
    para = "Tổng số hồ sơ cấp xã: 4.000; trong đó: trực tuyến: 1.500, trực tiếp: 2.500."
    quote = "trong đó: trực tuyến: 1.500, trực tiếp: 2.500."
    q = parse_query("cấp xã tiếp nhận bao nhiêu hồ sơ trực tuyến")
    assert labelled_elsewhere(q, quote, "1.500", para) == ()


def test_an_item_label_never_runs_into_the_next_sentence() -> None:
    para = (
        "UBND tỉnh ban hành 19 văn bản (HĐND tỉnh ban hành 04 nghị quyết; UBND tỉnh ban hành "
        "15 quyết định). Sở Tư pháp và các Hội đồng thẩm định đã thẩm định 38 dự thảo văn bản."
    )
    quote = "Sở Tư pháp và các Hội đồng thẩm định đã thẩm định 38 dự thảo văn bản."
    q = parse_query("Hội đồng thẩm định đã thẩm định bao nhiêu dự thảo văn bản?")
    assert labelled_elsewhere(q, quote, "38", para) == ()


def test_ocr_without_vowels_meets_only_its_own_word() -> None:
    # "công cấp" of the items is no "cung cấp" of the question; "cp xã" is "cấp xã"
    q = parse_query("Có bao nhiêu dịch vụ công cấp huyện đang cung cấp ở mức độ 3?")
    assert labelled_elsewhere(q, LEVELS, "95") == ()


def test_question_pairs_leave_out_stop_words_and_provinces() -> None:
    pairs = question_pairs(parse_query("Hà Tĩnh đã trả bao nhiêu hồ sơ thuế?"))
    assert all("ha" not in p and "nhieu" not in p for p in pairs)


def _answer(index: LoadedIndex, question: str, language: str = "vi") -> Answer:
    q = parse_query(question)
    ans = ask(index, question, language)
    return near_miss(q, ans, language) or ans


def test_a_returned_total_is_not_found_for_an_item_only_received(index: LoadedIndex) -> None:
    ans = _answer(index, "Đã trả bao nhiêu hồ sơ thuế qua dịch vụ bưu chính công ích?")
    assert ans.abstained
    assert ans.text.startswith("Không tìm thấy")
    assert "96.310" in ans.text
    assert "1.070" in ans.text  # the item the words label is named


def test_an_english_questions_lexicon_rendering_is_not_read() -> None:
    # "Public Administration Service Centre" renders as the province's "Trung tâm Phục vụ Hành
    # chính công"; a district centre's label lacks "phục vụ", and that decides nothing
    q = parse_query("How many dossiers did the Public Administration Service Centre receive?")
    assert ("phuc", "vu") not in question_pairs(q)


def test_short_form_of_the_figures_own_words_is_said_of_it() -> None:
    # "DVC mức 4" is the figure's own "DVC trực tuyến mức độ 4" shortened, not only the
    # per-commune average's label in the aside
    quote = "Tổng cấp huyện có 2.310 DVC trực tuyến mức độ 4 (bình quân mỗi huyện có 77 DVC mức 4)."
    q = parse_query("tổng cấp huyện có bao nhiêu DVC mức 4")
    assert labelled_elsewhere(q, quote, "2.310", quote) == ()
    # (words said only of another item still are: the tests above)


def test_a_bracket_ends_the_questions_phrase() -> None:
    # "… đang cung cấp (tính đến 20/6/2022)" pairs no "cấp tính": the province item's "cấp
    # tỉnh" does not make the level-3 total a near miss
    q = parse_query("Số dịch vụ công mức độ 3 đang cung cấp (tính đến 20/6/2022) là bao nhiêu?")
    assert ("cap", "tinh") not in question_pairs(q)
    assert labelled_elsewhere(q, LEVELS, "150", LEVELS) == ()
    # without the bracket the two words are one phrase; the "tính" of "tính đến" (as of) is no
    # "tỉnh" (test_as_of_is_no_provincial_level), the "tỉnh" of a level is
    assert ("cap", "tinh") not in question_pairs(parse_query("cung cấp tính đến nay bao nhiêu"))
    assert ("cap", "tinh") in question_pairs(parse_query("dịch vụ cấp tỉnh đến nay bao nhiêu"))


TOTAL = (
    "Tính đến ngày 30/6/2022, Cổng Dịch vụ công tỉnh cung cấp 1.530 dịch vụ công, trong đó: "
    "số dịch vụ công mức độ 3 là: 150 (trong đó: 40 dịch vụ công cấp tỉnh; 95 dịch vụ công "
    "cấp huyện; 15 dịch vụ công cấp xã)."
)


@pytest.mark.parametrize(
    "question",
    [
        "Cổng dịch vụ công đang cung cấp bao nhiêu dịch vụ tính đến 30/6/2022?",
        "tong so dich vu cong duoc cung cap tinh den ngay 30/6/2022",
        "số dịch vụ công cung cấp tính tới hết tháng 6/2022",
    ],
)
def test_as_of_is_no_provincial_level(question: str) -> None:
    # "cung cấp tính đến" pairs no "cấp tỉnh": the 40 provincial services do not own the words
    assert labelled_elsewhere(parse_query(question), TOTAL, "1.530") == ()


def test_provincial_level_still_owned() -> None:
    q = parse_query("số dịch vụ công cung cấp ở cấp tỉnh")
    assert labelled_elsewhere(q, TOTAL, "1.530") == ("40",)
