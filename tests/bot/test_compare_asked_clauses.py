"""Parts of one line asked clause by clause ("tổng X, trong đó A chiếm bao nhiêu, B bao
nhiêu", "bao nhiêu X, bao nhiêu Y, bao nhiêu Z"): each clause one part labelled by what it
counts (`bot/compare_asked_clauses.py`), each part's figure from its own item of the line every
part stands on (`bot/compare_line_parts.py`). Wordings made up for the test."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.compare_asked_clauses import LEND_FROM, MAX_LABEL, MIN_ASKED, asked_clauses
from bot.compare_line_parts import MIN_NAMING, own_item
from bot.part_words import of_which_only, part_label
from core.query import parse_query
from tests.helpers.typed import body

# A made-up line of a whole and its parts, two parts sharing words.
LINE = ("Tiếp nhận 300 hồ sơ (trong đó 120 hồ sơ cấp huyện và 180 hồ sơ không thuộc cấp huyện), "
        "trả 6 tháng đầu năm 250 hồ sơ.")  # fmt: skip


def _labels(text: str, least: int = MIN_ASKED) -> list[str]:
    return [p.label for p in asked_clauses(parse_query(text), least)]


def test_each_asked_clause_is_labelled_by_what_it_counts() -> None:
    assert _labels("Tỉnh A tiếp nhận 300 hồ sơ, trong đó cấp huyện chiếm bao nhiêu, cấp xã bao nhiêu?") == [
        "cấp huyện", "cấp xã"]  # fmt: skip
    assert _labels("tinh A nhan bao nhieu don thu, va bao nhieu don da giai quyet?") == [
        "don thu", "don da giai quyet"]  # fmt: skip
    assert _labels("Province A: how many requests were answered and how many were late?") == [
        "requests were answered", "late"]  # fmt: skip
    # one clause asked: no parts; "mức 3, 4" is a list, no clause's end
    assert _labels("Tỉnh A có bao nhiêu DVC mức 3, 4?") == []
    assert MAX_LABEL >= 8
    assert LEND_FROM == 3


def test_three_clauses_lend_the_first_ones_counted_words() -> None:
    parts = asked_clauses(parse_query(
        "Tỉnh A được giao bao nhiêu chỉ tiêu, bao nhiêu đã đạt, bao nhiêu chưa đạt?"), LEND_FROM)  # fmt: skip
    assert [p.label for p in parts] == ["chỉ tiêu", "đã đạt", "chưa đạt"]
    assert "chi tieu" in parts[2].query.folded
    assert "tinh a" in parts[2].query.folded


def test_labels_drop_of_which_and_share_verbs() -> None:
    assert part_label("trong đó viên chức chiếm") == "viên chức"
    assert part_label("công chức lãnh đạo trong số đó") == "công chức lãnh đạo"
    assert part_label("of which") == "of which"  # nothing left: the words kept
    assert of_which_only("trong do")
    assert not of_which_only("trong do cap xa")


def test_a_part_takes_the_item_that_names_it_whole() -> None:
    assert own_item("hồ sơ cấp huyện", LINE) == "120"  # not "180", whose item says it apart
    assert own_item("không thuộc cấp huyện", LINE) == "180"
    assert own_item("hồ sơ", LINE) is None  # every item says it
    assert own_item("cấp tỉnh", LINE) is None  # no item says it
    assert MIN_NAMING == 2


def _rows(service: AnswerService, text: str) -> dict[str, str]:
    ans = service.answer(text)
    return dict(re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|", body(ans), re.M))


def test_real_parts_of_one_line_each_take_their_own_figure(service: AnswerService) -> None:
    rows = _rows(service, "Hải Dương tiếp nhận bao nhiêu công chức không qua thi tuyển năm 2022, "
                          "và bao nhiêu công chức lãnh đạo trong số đó?")  # fmt: skip
    assert rows.get("công chức lãnh đạo") == "**10** [1]", rows
    rows = _rows(service, "Hải Dương tự kiểm tra bao nhiêu văn bản QPPL, bao nhiêu quyết định ban "
                          "hành 6 tháng cuối năm 2021, bao nhiêu ban hành 6 tháng đầu năm 2022?")  # fmt: skip
    figures = [v for k, v in rows.items() if k not in ("Tỉnh / kỳ", "---")]
    assert figures == ["**21** [1]", "**14** [1]", "**07** [1]"], rows


def test_a_number_the_question_states_is_no_parts_bold(service: AnswerService) -> None:
    rows = _rows(service, "hai duong tu kiem tra bao nhieu van ban QPPL, trong do co bao nhieu "
                          "quyet dinh ban hanh 6 thang dau nam 2022?")  # fmt: skip
    assert "**6**" not in " ".join(rows.values()), rows
