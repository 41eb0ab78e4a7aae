"""Two long parts that say one head word ("giấy phép … và giấy phép …"): each part keeps its
own words; the parts are cut to the words both say only when each keeps a word of its own past
that head. Made-up questions."""

from __future__ import annotations

from bot.compare_parts import parts_of
from core.query import parse_query


def _labels(question: str) -> list[str]:
    return [p.label for p in parts_of(parse_query(question))]


def test_a_long_part_before_keeps_its_own_words() -> None:
    labels = _labels(
        "Lâm Đồng: giấy phép đã cấp nhưng bị thu hồi và giấy phép đang xét đã bị trả lại, "
        "mỗi loại bao nhiêu?"
    )
    assert labels == ["giấy phép đã cấp nhưng bị thu hồi", "giấy phép đang xét đã bị trả lại"]


def test_a_part_whose_words_the_other_says_all_is_not_cut_to_the_head() -> None:
    labels = _labels(
        "Kon Tum: viên chức được điều động từ huyện khác về giữ chức vụ quản lý và viên chức "
        "không giữ chức vụ quản lý, mỗi loại bao nhiêu?"
    )
    assert labels[1] == "viên chức không giữ chức vụ quản lý"
    assert labels[0].startswith("viên chức được điều động")


def test_parts_that_differ_by_a_negation_are_still_cut_to_their_own_words() -> None:
    labels = _labels(
        "Nguồn thu thường xuyên từ phí, lệ phí của các trung tâm cấp huyện trong năm và nguồn "
        "thu không thường xuyên đạt bao nhiêu?"
    )
    assert labels == ["Nguồn thu thường xuyên", "nguồn thu không thường xuyên"]


def test_a_head_and_one_word_said_again_sets_the_parallel_words_apart() -> None:
    # the part before runs on past its own word ("… do the clinics in <tỉnh> keep"): those
    # words are both parts' ("level 2 … vs level 5" keeps each its level)
    labels = _labels(
        "How many level-2 services do the clinics in Lam Dong keep, compared with level-5?"
    )
    assert labels == ["level-2", "level-5"]


def test_a_distributive_word_said_again_sets_two_units_apart() -> None:
    vi = parts_of(parse_query(
        "Tính bình quân, mỗi phường của Hậu Giang tiếp nhận bao nhiêu hồ sơ trực tuyến so với mỗi xã?"
    ))  # fmt: skip
    assert [p.label for p in vi] == ["mỗi phường", "mỗi xã"]
    assert vi[1].query.text.endswith("mỗi xã của Hậu Giang tiếp nhận bao nhiêu hồ sơ trực tuyến")
    en = parts_of(parse_query("How many one-stop officers does each ward in Hau Giang employ on "
                              "average, compared to each commune?"))  # fmt: skip
    assert [p.label for p in en] == ["ward", "commune"]
    assert "Hau Giang" in en[1].query.text


def test_moi_deals_out_only_as_moi_with_its_marks_or_before_a_unit() -> None:
    from bot.part_words import distributive

    def said(question: str, at: int) -> bool:
        q = parse_query(question)
        return distributive(q, q.folded.split(), at)

    assert said("Trung bình mỗi phường có mấy cán bộ", 2)
    assert not said("Trung bình mọi phường có mấy cán bộ", 2)
    assert not said("Thủ tục mới được công bố", 2)
    assert said("Trung binh moi huyen co may can bo", 2)
    assert said("Trung binh moi don vi co may can bo", 2)
    assert not said("Thu tuc moi duoc cong bo", 2)


def test_a_qualifier_after_the_head_and_its_word_stays_with_its_part() -> None:
    # "một phần" qualifies "mức 2" only: never asked of "mức 3", no "?" inside a part's question
    parts = parts_of(parse_query(
        "Ở Hậu Giang, số thủ tục mức 2 một phần đã được công khai trên trang của tỉnh "
        "nhiều hơn hay ít hơn mức 3?"
    ))  # fmt: skip
    for p in parts:
        assert "?" not in p.query.text.rstrip("?")
    assert all("một phần" not in p.query.text for p in parts if p.label.endswith("3"))
    # a verb opening the words after the head and its word: those are both parts'
    parts = parts_of(parse_query(
        "Ở Hậu Giang, số thủ tục mức 2 đã được công khai trên trang của tỉnh so với mức 3?"
    ))  # fmt: skip
    assert [p.label for p in parts] == ["mức 2", "mức 3"]
    assert "mức 3 đã được công khai trên trang của tỉnh" in parts[1].query.text


def test_parallel_end_leaves_a_short_part_without_a_place_whole() -> None:
    from bot.part_words import parallel_end

    words = ["so", "may", "tinh", "muc", "3", "moi", "va", "muc", "4"]
    assert parallel_end(words, (3, 6), (7, 9), frozenset(), 6) == 6
    words = ["muc", "3", "cua", "cac", "so", "nganh", "o", "tinh", "kon", "tum", "va", "muc", "4"]
    assert parallel_end(words, (0, 10), (11, 13), frozenset([8, 9]), 6) == 2


def test_a_line_shared_out_keeps_what_each_part_says_beside_its_own_figure() -> None:
    from bot.compare_cell_lines import _shared_out
    from bot.compare_parts import Part
    from bot.compare_sides import Side
    from bot.compare_table import Cell
    from core.result import Citation

    line = "số dịch vụ mức độ 2 là: 50, đạt tỷ lệ 10%; số dịch vụ mức độ 3 là: 70, đạt tỷ lệ 20%"
    cit = Citation(1, "r1", "Báo cáo", "1/BC", "Sở", "1/1/2023", "II", line, 1.0,
                   chunk_id="c1", line_start=5, line_end=5)  # fmt: skip
    q = parse_query("Lâm Đồng có bao nhiêu dịch vụ mức 2 so với mức 3?")
    parts = [Part("mức 2", q), Part("mức 3", q)]
    cells = [Cell(Side(p.label, q.provinces, q.years), f, line, "", cit, beside=b)
             for p, f, b in zip(parts, ("50", "70"), ("10%", "20%"), strict=True)]  # fmt: skip
    out = _shared_out(q, parts, cells)
    assert out is not None
    assert [(c.figure, c.beside) for c in out] == [("50", "10%"), ("70", "20%")]
    # a part the line's reading gives another figure than it stated says nothing beside it
    cells[1] = Cell(cells[1].side, "50", line, "", cit, beside="10%")
    out = _shared_out(q, parts, cells)
    assert out is not None
    assert (out[1].figure, out[1].beside) == ("70", "")
