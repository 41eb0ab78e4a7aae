"""Three or more parts of one breakdown asked at once (bot/compare_list.py), the checks two
parts go through applied to each of them (bot/compare_parts_answer.py), and the total of every
service level asked against one level's part (bot/compare_rules.py)."""

from dataclasses import replace

from bot.compare_cell_lines import _one_statement_once
from bot.compare_kind import asked_kind
from bot.compare_list import listed_parts
from bot.compare_parts import Part, part_question
from bot.compare_rules import level_part
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.compare_units import asked_units, count_named
from core.query import parse_query
from core.result import Citation
from index.facts import Fact


def _parts(question: str) -> list[tuple[str, str]]:
    return [(p.label, p.query.text) for p in listed_parts(parse_query(question))]


def test_each_listed_level_is_its_own_part() -> None:
    got = _parts("Số hồ sơ ở cấp tỉnh, cấp huyện và cấp xã của Long An mỗi cấp bao nhiêu?")
    assert got == [
        ("cấp tỉnh", "Số hồ sơ ở cấp tỉnh của Long An bao nhiêu?"),
        ("cấp huyện", "Số hồ sơ ở cấp huyện của Long An bao nhiêu?"),
        ("cấp xã", "Số hồ sơ ở cấp xã của Long An bao nhiêu?"),
    ]


def test_bare_terms_after_a_head_say_the_head() -> None:
    got = _parts("Số thủ tục mức độ 1, 2, 3 và 4 của Long An lần lượt là bao nhiêu?")
    assert [label for label, _ in got] == ["mức độ 1", "mức độ 2", "mức độ 3", "mức độ 4"]
    assert got[2][1] == "Số thủ tục mức độ 3 của Long An là bao nhiêu?"


def test_english_levels_listed_each() -> None:
    got = _parts("How many procedures at levels 1, 2 and 3 each did Long An have?")
    assert got == [
        ("level 1", "How many procedures at level 1 did Long An have?"),
        ("level 2", "How many procedures at level 2 did Long An have?"),
        ("level 3", "How many procedures at level 3 did Long An have?"),
    ]


def test_no_list_of_three_no_parts() -> None:
    assert _parts("Tổng số thủ tục mức độ 2, 3 và 4 của Long An?") == []  # summed
    assert _parts("Các phòng, ban, đội của Long An có bao nhiêu thủ tục?") == []  # one whole
    assert _parts("So sánh số thủ tục mức 3 và mức 4 của các phòng, ban, đội Long An") == []
    assert _parts("Số thủ tục mức độ 3 và mức độ 4 của Long An?") == []  # two: compare_parts
    assert _parts("Long An tiếp nhận, giải quyết và trả bao nhiêu hồ sơ?") == []  # unlike items
    # a breakdown asked of every part named: a row per part and level (`_by_level`)
    assert _parts("Số thủ tục mức độ 3 và 4 ở từng cấp tỉnh, huyện, xã của Long An?") == []


def test_a_scope_list_is_no_sides_when_the_comparison_names_another_head() -> None:
    # "khối" names one whole by its kinds, as "các" does
    assert _parts("Khối phòng, ban, đội Long An có bao nhiêu thủ tục mỗi loại?") == []
    # the comparison names its sides by "mức", said outside the list and never in it
    assert _parts("Ở xã, phường, thị trấn, hồ sơ mức 3 và mức 4, mức nào nhiều hơn?") == []
    assert (
        _parts("Which level has more: level 3 or level 4 dossiers, across wards, towns, communes?")
        == []
    )
    # a head the list itself says keeps the list
    got = _parts("Hồ sơ cấp tỉnh, cấp huyện và cấp xã của Long An, cấp nào nhiều hơn?")
    assert [label for label, _ in got][:3] == ["cấp tỉnh", "cấp huyện", "cấp xã"]


def test_kinds_asked_by_the_word_kind_are_the_list() -> None:
    # "loại nào" / "which kind" names any list's items: no head of sides said elsewhere
    got = _parts(
        "Long An 2023 thủ tục cấp tỉnh, cấp huyện, cấp xã mỗi loại mấy cái, loại nào ít nhất?"
    )
    assert [label for label, _ in got] == ["cấp tỉnh", "cấp huyện", "cấp xã"]
    got = _parts(
        "Long An permits of level 2, level 3, level 4 each kind how many, which kind had most?"
    )
    assert [label for label, _ in got] == ["level 2", "level 3", "level 4"]


def _cell(label: str, figure: str, quote: str) -> Cell:
    cit = Citation(
        1, "r1", "Báo cáo", "1/BC", "Sở", "1/1/2023", "II", quote, 1.0,
        chunk_id="c1", line_start=5, line_end=5,
    )  # fmt: skip
    return Cell(Side(label, ("Long An",), ()), figure, quote, "", cit)


def test_one_figure_of_one_line_stays_with_the_part_it_names_among_three() -> None:
    labels = ["cấp tỉnh", "cấp huyện", "cấp xã"]
    parts = [Part(lb, part_question(f"Số hồ sơ {lb} bao nhiêu")) for lb in labels]
    quote = "cấp xã tiếp nhận 310 hồ sơ"
    cells = [_cell(lb, "310", quote) for lb in labels]
    got = _one_statement_once(parts, cells)
    assert [c.figure for c in got] == ["", "", "310"]


def test_an_abbreviated_unit_is_asked_and_an_unaccented_count_reworded() -> None:
    q = parse_query("so dvc muc 3 cua long an bao nhieu")
    assert asked_units(q, frozenset()) == frozenset({"dich vu cong"})
    again = count_named(q)
    assert again is not None
    assert again.text == "bao nhiêu dvc muc 3 cua long an"


_LEVEL = Fact(
    id="f2", report_id="r1", province="Long An", chunk_id="c1", section="II", page=1,
    line_start=10, line_end=10, span_start=60, span_end=63, value="712", norm="712",
    unit="dich vu cong", kind="count", counts="dịch vụ công mức độ 2",
    counts_folded="dich vu cong muc do 2", level="2", scope="", parent="", label="",
    label_folded="", parts=0, when="", period="", clause="", lead="",
)  # fmt: skip


def test_one_level_is_a_part_when_the_total_is_asked() -> None:
    total = parse_query("Tổng số dịch vụ công đang cung cấp của Long An và Yên Bái?")
    assert level_part(asked_kind(total), total, _LEVEL)
    assert not level_part(asked_kind(total), total, replace(_LEVEL, level=""))
    level = parse_query("Tổng số dịch vụ công mức độ 2 của Long An và Yên Bái?")
    assert not level_part(asked_kind(level), level, _LEVEL)
    plain = parse_query("Số dịch vụ công đang cung cấp của Long An và Yên Bái?")
    assert not level_part(asked_kind(plain), plain, _LEVEL)


def test_a_list_naming_each_item_whole_with_one_head_is_asked_apart() -> None:
    got = _parts("Long An có bao nhiêu thủ tục ở cấp tỉnh, cấp huyện và cấp xã?")
    assert [label for label, _ in got] == ["cấp tỉnh", "cấp huyện", "cấp xã"]
    assert got[1][1].rstrip("?") == "Long An có bao nhiêu thủ tục ở cấp huyện"
    got = _parts("How many dossiers did Long An take at level 2, level 3 and level 4?")
    assert [label for label, _ in got] == ["level 2", "level 3", "level 4"]
    # … but a sum, or bare terms (one whole named by its parts), asks none apart
    assert _parts("Tổng số thủ tục ở cấp tỉnh, cấp huyện và cấp xã của Long An?") == []
    assert _parts("Long An có bao nhiêu thủ tục ở tỉnh, huyện, xã?") == []


def test_asks_after_the_sides_are_no_listed_items() -> None:
    # "X vs Y, totals and the average": two sides and what is asked of each, no list of three
    assert _parts("Long An dossiers at district level vs commune level, totals and the mean?") == []
    assert _parts("Long An: hồ sơ cấp huyện so với cấp xã, tổng và các tỷ lệ?") == []


def test_items_ending_in_one_word_are_each_a_part() -> None:
    """ "lên hạng, giữ hạng và xuống hạng": alike by the word they end in, as a shared head."""
    got = _parts(
        "Trong năm 2021 ở Cà Mau, số đơn vị lên hạng, giữ hạng và xuống hạng chênh nhau thế nào?"
    )
    assert [label for label, _ in got] == ["lên hạng", "giữ hạng", "xuống hạng"]
    assert got[1][1].startswith("Trong năm 2021 ở Cà Mau, số đơn vị giữ hạng"), got
    assert _parts("Cà Mau: hồ sơ đã cấp, đang xét và bị trả lại, bên nào nhiều hơn?") == []
    # items of one word each share no tail: no list read that way
    assert _parts("so sánh số hồ sơ tiếp nhận, giải quyết và trả kết quả") == []


def test_the_item_after_the_last_and_ends_the_list() -> None:
    got = _parts(
        "How many permits does Long An issue in zone 1, zone 2 and zone 3, and which zone leads?"
    )
    assert [label for label, _ in got] == ["zone 1", "zone 2", "zone 3"]


def test_a_list_of_more_items_each_joined_by_and_is_read_whole() -> None:
    got = _parts("How many permits in zone 1, zone 2 and zone 3 and zone 4 each?")
    assert [label for label, _ in got] == ["zone 1", "zone 2", "zone 3", "zone 4"]


def test_a_preposition_opening_a_clause_is_no_head_of_bare_terms() -> None:
    assert _parts("Between April, June and August, how many permits were issued each month?") == []
    assert _parts("Long An: in April, June and August, how many permits were issued each?") == []
    # inside the clause it heads the terms as any word does
    got = _parts("Long An: compare the number of permits at harbour, depot and station level.")
    assert [label for label, _ in got] == ["at harbour", "at depot", "at station"]


def test_a_two_word_head_said_whole_once_then_by_its_first_word() -> None:
    got = _parts("Long An: số sự cố cấp độ 1, cấp 2 và cấp 3 lần lượt là bao nhiêu?")
    assert [label for label, _ in got] == ["cấp độ 1", "cấp 2", "cấp 3"]
    # the head said whole again after the first: no list read this way
    got = _parts("Long An: số sự cố cấp độ 1, cấp 2 và cấp độ 3 lần lượt là bao nhiêu?")
    assert "cấp độ" not in [label for label, _ in got]
