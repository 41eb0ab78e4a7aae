"""Two parts one question sets apart with "khác (với) … thế nào" or "differ from", a
qualifier one of two parallel parts says (what both count), and a line whose figures each
open their part's words. Questions and lines made up for the test."""

from __future__ import annotations

from bot.compare_lines import figure_first, share_out
from bot.compare_parts import parts_of
from bot.part_words import HEAD_BACK, differs_at, qualified_ends
from core.query import parse_query


def _parts(question: str, en: bool = False) -> list[tuple[str, str]]:
    return [(p.label, p.query.text) for p in parts_of(parse_query(question), en)]


def test_khac_the_nao_between_a_head_said_again_splits_two_parts() -> None:
    got = _parts("Lào Cai có số phòng họp trực tuyến cấp tỉnh khác cấp huyện ra sao?")
    assert [label for label, _ in got] == ["cấp tỉnh", "cấp huyện"]
    assert all("trực tuyến" in text for _, text in got)


def test_khac_voi_splits_without_a_head_said_again() -> None:
    got = _parts("Số xe công của sở khác với số xe công của huyện thế nào?")
    assert len(got) == 2


def test_khac_meaning_other_splits_nothing() -> None:
    for question in (
        "Các phòng khác có bao nhiêu máy in?",
        "Số cuộc họp của các xã khác là bao nhiêu?",
        "Ngoài sở, các ban khác làm thế nào?",
        "Số máy chủ cấp tỉnh và cấp huyện khác nhau bao nhiêu?",
    ):
        words = parse_query(question).folded.split()
        assert not any(differs_at(words, i) for i in range(1, len(words))), question


def test_a_bare_khac_looks_back_a_few_words_only() -> None:
    far = ["cap"] + ["x"] * HEAD_BACK + ["khac", "cap", "huyen", "ra", "sao"]
    near = ["cap", "tinh", "khac", "cap", "huyen", "ra", "sao"]
    assert differs_at(far, far.index("khac")) == 0
    assert differs_at(near, 2) == 1


def test_a_qualifier_said_after_the_longer_of_two_parallel_parts_is_both_parts() -> None:
    words = ["cap", "tinh", "co", "may", "chu", "khac", "voi", "cap", "huyen"]
    assert qualified_ends(words, 0, 5, 7, 9) == (2, 9)
    words = ["provincial", "units", "vs", "district", "units", "with", "a", "printer"]
    assert qualified_ends(words, 0, 2, 3, 8) == (2, 5)
    # not parallel (no word said again at the same place): left as it is
    words = ["online", "files", "vs", "stamped", "paper", "with", "a", "seal"]
    assert qualified_ends(words, 0, 2, 3, 8) == (2, 8)
    words = ["tinh", "co", "may", "chu", "vs", "huyen", "xa"]
    assert qualified_ends(words, 0, 4, 5, 7) == (4, 7)


def test_a_qualifier_after_the_second_part_reaches_the_first_parts_question() -> None:
    got = _parts("Tỷ lệ trường cấp huyện so với cấp xã có thư viện điện tử?")
    assert [label for label, _ in got] == ["cấp huyện", "cấp xã"]
    assert all("thư viện" in text for _, text in got)


def test_figures_that_open_their_words_are_read_past_commas() -> None:
    line = "85% giáo viên, nhân viên cấp huyện, cấp tỉnh, 70% giáo viên, nhân viên cấp xã có tài khoản."
    assert figure_first(["cấp huyện", "cấp xã"], line, True)
    assert share_out(["cấp huyện", "cấp xã"], line, True) == ["85%", "70%"]
    assert share_out(["cấp xã", "cấp tỉnh/huyện"], line, True) == ["70%", "85%"]


def test_a_line_whose_words_lead_its_figures_is_not_read_forwards() -> None:
    line = "Cấp huyện đạt 85%, cấp xã đạt 70%, thường xuyên cập nhật."
    assert not figure_first(["cấp huyện", "cấp xã"], line, True)
    assert share_out(["cấp huyện", "cấp xã"], line, True) == ["85%", "70%"]


def test_a_word_one_letter_off_names_no_part_in_words_read_past_commas() -> None:
    line = "100% giáo viên cấp tỉnh, 80% giáo viên cấp xã có tài khoản học trực tuyến."
    assert share_out(["cấp huyện", "cấp xã"], line, True) is None


