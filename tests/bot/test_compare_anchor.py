"""An unsure side of one report settled by a bold side of another report: the candidate whose
own clause says the bold figure's measure words after it (same first word, same form of
figure, no rival close behind) is stated; otherwise the side stays unsure. Sentences made up
for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_anchor import (
    LIST_ITEM_WORDS,
    MEASURE_GAP,
    MEASURE_MATCH,
    MEASURE_WORDS,
    MIN_MEASURE_WORDS,
    anchored,
    fact_holds,
    report_figures,
)
from bot.compare_facts import fact_citation, holds_for
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.result import Citation


def _cit(report: str, quote: str) -> Citation:
    return Citation(1, report, "Báo cáo", "1/BC", "Sở Nội vụ Bình Phước", "2022", "A.I", quote, 1.0)


def _bold(label: str, report: str, figure: str, quote: str) -> Cell:
    return Cell(Side(label, ("Bình Phước",), ()), figure, quote, "", _cit(report, quote))


def _unsure(label: str, report: str, said: list[tuple[str, str]]) -> Cell:
    side = Side(label, ("Bình Phước",), ())
    return Cell(side, doubted=tuple((f, _cit(report, q)) for f, q in said))


BOLD = _bold("Năm 2021", "r1", "87%",
             "100% công chức cấp huyện, 87% công chức cấp xã được tập huấn kỹ năng số.")  # fmt: skip


def test_the_candidate_in_the_bold_sides_measure_words_is_stated() -> None:
    unsure = _unsure("Năm 2022", "r2", [
        ("40", "Tổ chức 40 lớp tập huấn cho cán bộ, công chức."),
        ("91%", "100% cong chuc cap huyen, 91% cong chuc cap xa duoc tap huan ky nang so."),
    ])  # fmt: skip
    got = anchored([BOLD, unsure])
    assert [c.figure for c in got] == ["87%", "91%"]
    assert got[1].citation is not None
    assert got[1].citation.report_id == "r2"
    assert not got[1].doubted
    dated = anchored([BOLD, unsure], holds=lambda f, c: f"kỳ báo cáo của {c.report_id}")
    assert dated[1].holds == "kỳ báo cáo của r2"  # the settled row's date column


def test_another_counted_thing_or_form_of_figure_stays_unsure() -> None:
    other_noun = _unsure("Năm 2022", "r2", [
        ("91%", "Có 91% cơ quan cấp xã được tập huấn kỹ năng số."),
    ])  # fmt: skip
    assert anchored([BOLD, other_noun])[1].figure == ""
    a_count = _unsure("Năm 2022", "r2", [
        ("910", "Có 910 công chức cấp xã được tập huấn kỹ năng số."),
    ])  # fmt: skip
    assert anchored([BOLD, a_count])[1].doubted


def test_few_measure_words_in_common_stay_unsure() -> None:
    # "công chức" and nothing more of "công chức cấp xã được tập huấn kỹ năng số": 1 of 9 pairs
    weak = _unsure("Năm 2022", "r2", [
        ("91%", "Có 91% công chức chuyên trách đã hoàn thành nghĩa vụ."),
    ])  # fmt: skip
    assert anchored([BOLD, weak])[1].figure == ""


def test_two_candidates_alike_stay_unsure() -> None:
    # "… kỹ năng số" against "… kỹ năng mềm": 9 of 9 word pairs and 8 of 9, within the gap
    assert MEASURE_GAP >= 1 - 8 / 9
    close = _unsure("Năm 2022", "r2", [
        ("91%", "91% công chức cấp xã được tập huấn kỹ năng số."),
        ("64%", "64% công chức cấp xã được tập huấn kỹ năng mềm."),
    ])  # fmt: skip
    assert anchored([BOLD, close])[1].doubted
    # one of nine pairs ("công chức"): far enough behind, the first is stated
    assert MEASURE_GAP < 1 - 1 / 9
    apart = _unsure("Năm 2022", "r2", [
        ("91%", "91% công chức cấp xã được tập huấn kỹ năng số."),
        ("64%", "64% công chức cấp tỉnh đã dùng chữ ký số."),
    ])  # fmt: skip
    assert anchored([BOLD, apart])[1].figure == "91%"


def test_words_past_the_clause_or_too_few_words_settle_nothing() -> None:
    # the bold figure's clause ends at ";": what follows it counts another figure
    ended = _bold("Năm 2021", "r1", "87%", "Tỷ lệ đạt 87%; công chức cấp xã được tập huấn.")
    other = _unsure("Năm 2022", "r2", [("91%", "Có 91% công chức cấp xã được tập huấn.")])
    assert anchored([ended, other])[1].figure == ""
    # a unit noun alone ("87 tin") is fewer measure words than needed
    assert MIN_MEASURE_WORDS > 1
    short = _bold("Năm 2021", "r1", "87", "Đài tỉnh đã phát 87 tin.")
    news = _unsure("Năm 2022", "r2", [("90", "Báo tỉnh đã đăng 90 tin, bài, ảnh.")])
    assert anchored([short, news])[1].doubted


def test_one_report_or_a_table_with_parts_is_left_alone() -> None:
    same = _unsure("Năm 2022", "r1", [
        ("91%", "100% công chức cấp huyện, 91% công chức cấp xã được tập huấn kỹ năng số."),
    ])  # fmt: skip
    assert anchored([BOLD, same])[1].doubted
    other = _unsure("Năm 2022", "r2", [
        ("91%", "100% công chức cấp huyện, 91% công chức cấp xã được tập huấn kỹ năng số."),
    ])  # fmt: skip
    part = Cell(BOLD.side, "5", "5 lớp", "", BOLD.citation, part="cấp tỉnh")
    assert anchored([BOLD, part, other])[2].doubted


def test_a_side_not_found_is_settled_among_its_reports_figures() -> None:
    missing = Cell(Side("Năm 2022", ("Bình Phước",), ()))
    said = [
        ("12", _cit("r2", "Tổ chức 12 lớp tập huấn kỹ năng số cho công chức cấp xã.")),
        ("91%", _cit("r2", "91% công chức cấp xã được tập huấn kỹ năng số trong năm.")),
    ]
    got = anchored([BOLD, missing], lambda side: said)
    assert got[1].figure == "91%"
    assert got[1].citation == said[1][1]
    # without its report's figures, or with none alike, the side stays missing
    assert anchored([BOLD, missing])[1].citation is None
    assert anchored([BOLD, missing], lambda side: said[:1])[1].citation is None


def test_measure_words_stop_at_the_window() -> None:
    # a long tail after the figure: only its first MEASURE_WORDS words are compared
    tail = " ".join(["thêm"] * 20)
    long = _bold("Năm 2021", "r1", "87", f"Có 87 công chức cấp xã được tập huấn kỹ năng số {tail}.")
    other = _unsure("Năm 2022", "r2", [("90", "Có 90 công chức cấp xã được tập huấn kỹ năng số.")])
    # 10 measure words and 2 of the tail: 9 of 10 pairs said
    assert anchored([long, other])[1].figure == "90"


def test_the_match_share_just_inside_and_outside_its_bound() -> None:
    # the bold side's measure words: 10 words, 9 pairs "a b c d e f g h i k" (made up)
    bold = _bold("Năm 2021", "r1", "87", "Có 87 an bê ca đê em ép gờ hát i ca.")
    # a candidate saying the first k+1 words says k of the 9 pairs, then other words
    for k in range(1, 10):
        head = ["an", "bê", "ca", "đê", "em", "ép", "gờ", "hát", "i", "ca"][: k + 1]
        quote = "Có 90 " + " ".join(head + ["xo"] * (10 - len(head))) + "."
        got = anchored([bold, _unsure("Năm 2022", "r2", [("90", quote)])])[1].figure
        assert (got == "90") == (k / 9 >= MEASURE_MATCH), k


def test_report_figures_are_the_sides_one_reports(service: AnswerService) -> None:
    index = service.retriever.index
    report = next(iter(index.reports.values()))
    one = Side(report.province, (report.province,), (), (report.id,))
    got = report_figures(index, one)
    assert got
    assert all(cit.report_id == report.id for _, cit in got)
    assert any(figure in cit.quote for figure, cit in got)
    assert report_figures(index, Side("hai báo cáo", (), (), tuple(index.reports)[:2])) == []


def test_a_settled_figure_holds_for_its_facts_date(service: AnswerService) -> None:
    index = service.retriever.index
    f = next(f for f in index.facts() if f.period)
    cit = fact_citation(index, f)
    assert fact_holds(index, f.value, cit, en=False) == holds_for(index, f, False) != ""
    assert fact_holds(index, f.value, cit, en=True) == holds_for(index, f, True)
    assert fact_holds(index, "không-phải-số", cit, en=False) == ""


def test_the_window_just_inside_and_outside_its_width() -> None:
    # two clauses alike for the first MEASURE_WORDS words, apart after them: stated; apart
    # from the middle of the window on: not
    base = ["thư", "viện", "số", "được", "dùng", "cho", "học", "sinh", "của", "các", "trường", "vùng", "sâu", "vùng", "xa"]
    same = " ".join(base[:MEASURE_WORDS])
    bold = _bold("Năm 2021", "r1", "87", f"Có 87 {same} trên địa bàn.")
    past = _unsure("Năm 2022", "r2", [("90", f"Có 90 {same} ở miền núi.")])
    assert anchored([bold, past])[1].figure == "90"
    within = " ".join(base[: MEASURE_WORDS // 2] + ["khác"] * (MEASURE_WORDS // 2))
    inside = _unsure("Năm 2022", "r2", [("90", f"Có 90 {within}.")])
    assert anchored([bold, inside])[1].figure == ""


def test_a_leading_determiner_is_not_the_counted_thing() -> None:
    # "các trạm y tế" against "trạm y tế": one counted thing
    bold = _bold("Năm 2021", "r1", "75%", "Có 75% các trạm y tế xã được nối mạng cáp quang.")
    bare = _unsure("Năm 2022", "r2", [("80%", "Có 80% trạm y tế xã được nối mạng cáp quang.")])
    assert anchored([bold, bare])[1].figure == "80%"
    # "các trạm" against "các trường": the counted things differ past the determiner
    other = _unsure("Năm 2022", "r2", [("80%", "Có 80% các trường xã được nối mạng cáp quang.")])
    assert anchored([bold, other])[1].figure == ""


LIST_BOLD = _bold("Năm 2021", "r1", "100%", (
    "100% các trường, trạm y tế, nhà văn hóa thôn và bưu điện xã đã lắp đặt camera an ninh."
))  # fmt: skip


def test_the_same_list_of_bodies_with_another_predicate_settles_nothing() -> None:
    # the same list of bodies, what they have said only past the window: not the same figure
    other = _unsure("Năm 2022", "r2", [("100%", (
        "100% các trường, trạm y tế, nhà văn hóa thôn và bưu điện xã có bảng tin điện tử."
    ))])  # fmt: skip
    assert anchored([LIST_BOLD, other])[1].figure == ""
    same = _unsure("Năm 2022", "r2", [("100%", (
        "100% các trường, trạm y tế, nhà văn hóa thôn và bưu điện xã đã lắp đặt camera an ninh."
    ))])  # fmt: skip
    assert anchored([LIST_BOLD, same])[1].figure == "100%"


def test_the_predicate_is_the_first_part_longer_than_a_list_item() -> None:
    # a list item of LIST_ITEM_WORDS words is a body; one word more holds the predicate
    item = " ".join(["nhà"] * LIST_ITEM_WORDS)
    bold = _bold("Năm 2021", "r1", "100%",
                 f"100% trường học, {item}, bưu điện xã đã lắp đặt camera an ninh.")  # fmt: skip
    # the candidate says the list's words and another predicate: rejected by its predicate
    rival = f"100% trường học, {item}, bưu điện xã đã lắp đặt loa truyền thanh."
    assert anchored([bold, _unsure("Năm 2022", "r2", [("100%", rival)])])[1].figure == ""


def test_a_missing_side_must_say_the_asked_words_the_anchor_says() -> None:
    missing = Cell(Side("Năm 2022", ("Bình Phước",), ()))
    said = [("91%", _cit("r2", "91% công chức cấp xã được tập huấn kỹ năng số (trực tuyến)."))]
    bold = _bold("Năm 2021", "r1", "87%",
                 "87% công chức cấp xã được tập huấn kỹ năng số (trực tiếp).")  # fmt: skip
    asked = {"cong", "chuc", "truc", "tiep"}  # "trực tiếp": said by the anchor, not the candidate
    assert anchored([bold, missing], lambda side: said, asked=asked)[1].citation is None
    assert anchored([bold, missing], lambda side: said, asked={"cong", "chuc"})[1].figure == "91%"
    # an unsure side's own candidates need not say them
    unsure = _unsure("Năm 2022", "r2", [("91%", said[0][1].quote)])
    assert anchored([bold, unsure], asked=asked)[1].figure == "91%"
