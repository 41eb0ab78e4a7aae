"""Parts of one line asked clause by clause ("tổng X, trong đó A chiếm bao nhiêu, B bao
nhiêu", "bao nhiêu X, bao nhiêu Y, bao nhiêu Z"): each clause one part labelled by what it
counts (`bot/compare_asked_clauses.py`), each part's figure from its own item of the line every
part stands on (`bot/compare_line_parts.py`). Wordings and lines made up for the test; the real
answers are checked against the cited line itself, never a figure written here."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.compare_asked_clauses import LEND_FROM, MAX_LABEL, asked_clauses
from bot.compare_line_parts import MIN_LONE_LETTERS, on_own_items, own_item
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.part_words import of_which_only, part_label
from core.query import parse_query
from core.result import Citation
from tests.helpers.typed import body

# A made-up line of a whole and its parts, two parts sharing words.
LINE = ("Nhận 640 đơn thư (trong đó 410 đơn thư cấp xã và 230 đơn thư không thuộc cấp xã), "
        "xử lý 3 tháng đầu năm 590 đơn thư.")  # fmt: skip


def _labels(text: str, least: int = 2) -> list[str]:
    return [p.label for p in asked_clauses(parse_query(text), least)]


def test_each_asked_clause_is_labelled_by_what_it_counts() -> None:
    assert _labels("Tỉnh B nhận 640 đơn thư, trong đó cấp xã chiếm bao nhiêu, cấp huyện bao nhiêu?") == [
        "cấp xã", "cấp huyện"]  # fmt: skip
    assert _labels("tinh B cap bao nhieu giay phep, va bao nhieu giay phep bi thu hoi?") == [
        "giay phep", "giay phep bi thu hoi"]  # fmt: skip
    assert _labels("Province B: how many permits were renewed and how many were refused?") == [
        "permits were renewed", "refused"]  # fmt: skip
    # one clause asked: no parts; "mức 2, 3" is a list, no clause's end
    assert _labels("Tỉnh B có bao nhiêu thủ tục mức 2, 3?") == []


def test_a_clause_asking_a_difference_is_no_part() -> None:
    text = "tinh B co bao nhieu giay phep cap moi va bao nhieu gia han, chenh nhau bao nhieu?"
    assert _labels(text) == ["giay phep cap moi", "gia han"]
    assert _labels(text, LEND_FROM) == []  # two parts left: no three-clause reading


def test_a_long_clause_label_is_cut_to_its_first_words() -> None:
    words = " ".join(f"tu{i}" for i in range(MAX_LABEL + 5))
    labels = _labels(f"Tỉnh B có bao nhiêu {words}, và bao nhiêu đơn vị cấp xã?")
    assert len(labels[0].split()) == MAX_LABEL
    assert labels[1] == "đơn vị cấp xã"


def test_three_clauses_lend_the_first_ones_counted_words() -> None:
    parts = asked_clauses(parse_query(
        "Tỉnh B đăng ký bao nhiêu sáng kiến, bao nhiêu được công nhận, bao nhiêu bị trả lại?"), LEND_FROM)  # fmt: skip
    assert [p.label for p in parts] == ["sáng kiến", "được công nhận", "bị trả lại"]
    assert "sang kien" in parts[2].query.folded
    assert "tinh b" in parts[2].query.folded
    # two clauses lend nothing: the second may count another thing
    two = asked_clauses(parse_query("Tỉnh B đăng ký bao nhiêu sáng kiến, bao nhiêu bị trả lại?"))
    assert "sang kien" not in two[1].query.folded


def test_labels_drop_of_which_and_share_verbs() -> None:
    assert part_label("trong đó hồ sơ trực tuyến chiếm") == "hồ sơ trực tuyến"
    assert part_label("đơn vị sự nghiệp trong số đó") == "đơn vị sự nghiệp"
    assert part_label("among them") == "among them"  # nothing left: the words kept
    assert of_which_only("trong so do")
    assert not of_which_only("trong do don vi")


def test_a_part_takes_the_item_that_names_it_whole() -> None:
    assert own_item("đơn thư cấp xã", LINE) == "410"  # not "230", whose item says it apart
    assert own_item("không thuộc cấp xã", LINE) == "230"
    assert own_item("đơn thư", LINE) is None  # every item says it
    assert own_item("cấp tỉnh", LINE) is None  # no item says it


def test_a_lone_short_word_names_no_item() -> None:
    line = "Có 90 hồ sơ tại xã A, 40 hồ sơ tại phường B và 12 hồ sơ trực tuyến."
    # one short word: too slight to tell, though one item says it
    assert own_item("xã", line) is None
    assert (
        own_item("x" * (MIN_LONE_LETTERS + 1), f"{line}; 5 {'x' * (MIN_LONE_LETTERS + 1)}") == "5"
    )
    assert own_item("phường", line) == "40"  # one word longer than that names its item
    assert own_item("hồ sơ trực tuyến", line) == "12"  # MIN_NAMING words or more: named
    assert own_item("hồ sơ", line) is None  # MIN_NAMING words, but every item says them


def _rows(service: AnswerService, text: str) -> list[tuple[str, str, str]]:
    return re.findall(r"^\| ([^|]+?) \| ([^|]+?) \| ([^|]+?) \|", body(service.answer(text)), re.M)


def _stated_for(words: str, quote: str) -> str:
    """The number the cited line states right after `words` ("cấp xã: 75" gives 75)."""
    found = re.search(re.escape(words) + r":?\s*(\d[\d.,]*)", quote, re.IGNORECASE)
    assert found, (words, quote)
    return found.group(1)


def test_three_asked_parts_of_one_line_each_take_their_own_item(service: AnswerService) -> None:
    rows = _rows(service, "Đồng Tháp hiện quản lý tổng bao nhiêu TTHC, bao nhiêu thủ tục ở cấp "
                          "huyện, bao nhiêu thủ tục ở cấp xã?")  # fmt: skip
    cells = {label: (fig, quote) for label, fig, quote in rows if "**" in fig}
    huyen = next(v for k, v in cells.items() if k.endswith("cấp huyện"))
    xa = next(v for k, v in cells.items() if k.endswith("cấp xã"))
    assert huyen[0].startswith(f"**{_stated_for('cấp huyện', huyen[1])}**"), rows
    assert xa[0].startswith(f"**{_stated_for('cấp xã', xa[1])}**"), rows
    assert len(cells) == 3, rows


def test_a_number_the_question_states_is_no_parts_bold(service: AnswerService) -> None:
    rows = _rows(service, "dong thap quan ly bao nhieu TTHC, trong do co bao nhieu thu tuc cap "
                          "tinh 3 nam gan day?")  # fmt: skip
    assert "**3**" not in " ".join(fig for _, fig, _ in rows), rows


def _cells(quote: str, figures: list[str]) -> list[Cell]:
    cit = Citation(1, "r", "t", "1/BC", "a", "1/1/2020", "s", quote, 1.0, chunk_id="r:0001")
    side = Side("B", ("B",), ())
    return [Cell(side, figure=f, counts=quote, citation=cit) for f in figures]


def test_a_figure_its_own_item_says_after_a_stray_number_stands() -> None:
    quote = "tổng số hồ sơ tiếp nhận 520 hồ sơ, tổng số hồ sơ đã giải quyết 7 495 hồ sơ."
    parts = [Part("tiếp nhận", parse_query("tiếp nhận")), Part("đã giải quyết", parse_query("x"))]
    out = on_own_items("tỉnh B nhận bao nhiêu hồ sơ, giải quyết bao nhiêu?", parts,
                       _cells(quote, ["520", "495"]))  # fmt: skip
    assert [c.figure for c in out] == ["520", "495"]  # "7" (OCR) heads the item, "495" stands


CUT = "Giảm 150 người, trong đó có 120 viên chức và 30 cán bộ công chức."


def test_a_part_of_them_is_read_on_the_whole_line_first() -> None:
    parts = [Part("people cut", parse_query("x")), Part("civil servants", parse_query("y"))]
    whole, other = _cells(CUT, ["150"])[0], _cells("chuyển ngạch 05 công chức.", ["05"])[0]
    q = "Province B: how many people were cut, and how many of them were civil servants?"
    assert [c.figure for c in on_own_items(q, parts, [whole, other])] == ["150", "30"]
    # not asked as a part of the whole: each part keeps its own line
    q = "Province B: how many people were cut, and how many civil servants changed grade?"
    assert [c.figure for c in on_own_items(q, parts, [whole, other])] == ["150", "05"]
