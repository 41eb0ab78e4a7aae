"""A summary clause goes on past a ";" the clause split cut its sentence at (`run_on`), and a
clause whose sentence ends a few characters past the length is told whole (`fit`). Report
text written for the test."""

from __future__ import annotations

from bot.summary_sentences import SLACK_CHARS, Sentence, cleaned, fit, opens_list, run_on
from tests.helpers.mini_index import mini_index

REPORT = """BAO CAO
Ket qua nam 2023

I. DANH GIA CHUNG
1. Chung
Nam 2023, So da trien khai dong bo cac nhiem vu, nhat la cong tac tham muu; ra soat va cong bo cac thu tuc hanh chinh moi.
- Ket qua thu nhat;
- Ket qua thu hai.

2. He thong
So duy tri cac he thong dung chung, nhu: He thong thu dien tu; He thong mot cua; He thong hoi nghi truc tuyen. Cac phong phoi hop tot.
"""


def _sentence(opening: str) -> Sentence:
    """The clause of the test report that opens with `opening`."""
    for chunk in mini_index(REPORT).chunks:
        for span in chunk.spans:
            if opening in chunk.sentence(span):
                return Sentence(chunk, span)
    raise AssertionError(opening)


def test_a_clause_cut_at_a_semicolon_runs_on() -> None:
    text = run_on(_sentence("Nam 2023"), 400)
    assert text.endswith("cong bo cac thu tuc hanh chinh moi.")


def test_a_list_item_does_not_run_on() -> None:
    assert run_on(_sentence("- Ket qua thu nhat"), 400) == "- Ket qua thu nhat;"


def test_a_list_opened_at_a_colon_runs_on_through_its_items() -> None:
    # its items open in capitals: the list, not its first item alone; the next sentence not
    text = run_on(_sentence("So duy tri"), 400)
    assert text.endswith("He thong mot cua; He thong hoi nghi truc tuyen.")
    assert "Cac phong" not in text
    assert opens_list("Gồm 3 phân hệ: Phân hệ A;")
    assert not opens_list("Gồm 3 phân hệ: Phân hệ A.")
    assert not opens_list("- Kết quả thứ nhất;")


def test_a_sentence_ending_just_past_the_length_is_told_whole() -> None:
    text = "a" * 10 + " " + "b" * 10 + " end."
    assert fit(text, len(text) - 3) == text
    assert fit(text, len(text) - SLACK_CHARS - 1).endswith("…")
    assert fit(text + " more", len(text) - 3).endswith("…")


def test_a_clause_is_shown_without_the_ocr_left_in_its_restored_text() -> None:
    # "lệ" printed "16" after "tỷ", before a share, a colon or a word
    assert cleaned("đạt tỷ 16 62,5% kế hoạch", "") == "đạt tỷ lệ 62,5% kế hoạch"
    assert cleaned("Tỷ 16 hồ sơ trực tuyến: 40%", "") == "Tỷ lệ hồ sơ trực tuyến: 40%"
    # an amount is no "tỷ lệ": "3 tỷ 16 triệu", "tỷ 165"
    assert cleaned("dự toán 3 tỷ 16 triệu đồng", "") == "dự toán 3 tỷ 16 triệu đồng"
    assert cleaned("còn tỷ 165 hồ sơ", "") == "còn tỷ 165 hồ sơ"
    # a symbol glued to a word's end; a word with a digit for a letter, as its paragraph
    # spells it elsewhere
    assert (
        cleaned("hạ tầng kĩ¥ thuật và chế độ$ công vụ", "") == "hạ tầng kĩ thuật và chế độ công vụ"
    )
    assert cleaned("+ S6 lượng hồ sơ", "Số lượng hồ sơ tiếp nhận") == "+ Số lượng hồ sơ"
    assert cleaned("C6 29 người", "Cơ quan; Có 3 người") == "C6 29 người"  # no pair: kept
    # the spelling before the same next word first, however often another one is read
    context = "Sơ kết; Sơ đồ; chỉ sơ; Số lượng hồ sơ"
    assert cleaned("S6 lượng hồ sơ", context) == "Số lượng hồ sơ"
    # figures stay as they are
    assert cleaned("giao 1.858 người; 16/3/2022", "") == "giao 1.858 người; 16/3/2022"
