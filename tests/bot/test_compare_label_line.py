"""A part found nothing sure for, given the figure of the one statement of its sibling's report
that says its label word for word (bot/compare_label_line.py); a part's own words checked
without a period or a figure between them (bot/compare_own_words.py); a part the word limit
cuts a few words before its clause's end (bot/compare_parts.py). Report text made up."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_facts import fact_citation
from bot.compare_label_line import label_line
from bot.compare_own_words import own_words_said
from bot.compare_parts import Part, parts_of
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.text import fold
from index.facts import build_facts
from tests.helpers.mini_index import mini_index

TEXT = """II. KẾT QUẢ

4. Chế độ công vụ

Đã tuyển dụng qua xét tuyển 31 viên chức các đơn vị sự nghiệp công lập thuộc tỉnh năm 2022;
Tiếp nhận 05 viên chức từ tỉnh ngoài đến công tác.

Tiếp nhận các trường hợp đặc biệt vào làm viên chức không qua xét tuyển 12 viên chức (trong đó 4
viên chức quản lý và 8 viên chức không giữ chức vụ quản lý).
"""


def _setup() -> tuple[list[Part], list[Cell], object]:
    index = mini_index(TEXT)
    facts = build_facts(index.reports.values(), index.chunks)
    first = next(f for f in facts if f.value == "31")
    cit = fact_citation(index, first)
    parts = [
        Part(
            "tuyển viên chức qua xét tuyển", parse_query("tuyển viên chức qua xét tuyển bao nhiêu")
        ),
        Part(
            "tiếp nhận không qua xét tuyển", parse_query("tiếp nhận không qua xét tuyển bao nhiêu")
        ),
    ]
    cells = [
        Cell(Side(parts[0].label, (), ()), "31", cit.quote, "Năm 2022", cit),
        Cell(Side(parts[1].label, (), ()), doubted=(("05", cit),)),
    ]
    return parts, cells, (index, facts)


def test_the_one_statement_saying_the_label_gives_the_part_its_figure() -> None:
    parts, cells, (index, facts) = _setup()  # type: ignore[misc]
    got = label_line(parts, cells, lambda rid: [f for f in facts if f.report_id == rid], index,
                     frozenset())  # fmt: skip
    assert got[0] == cells[0]
    assert got[1].figure == "12"
    assert got[1].citation is not None
    assert "không qua xét tuyển" in got[1].citation.quote


def test_no_statement_saying_the_label_leaves_the_part_unsure() -> None:
    parts, cells, (index, facts) = _setup()  # type: ignore[misc]
    parts[1] = Part("tiếp nhận không qua thi tuyển", parse_query("tiếp nhận không qua thi tuyển"))
    got = label_line(parts, cells, lambda rid: [f for f in facts if f.report_id == rid], index,
                     frozenset())  # fmt: skip
    assert got == cells


def test_own_words_read_without_the_period_or_a_figure_between() -> None:
    parts, cells, _ = _setup()  # type: ignore[misc]
    parts[0] = Part("năm 2022 tuyển viên chức qua xét tuyển", parts[0].query)
    vocabulary = frozenset(
        "nam tuyen vien chuc qua xet tiep nhan khong".split()  # noqa: SIM905
    )
    assert own_words_said(parts, cells, vocabulary)[0] == cells[0]


def test_a_part_cut_by_the_word_limit_takes_the_words_closing_its_clause() -> None:
    q = parse_query(
        "Bình Phước năm 2023: hồ sơ nhận trực tuyến so với nộp trực tiếp và qua bưu chính?"
    )
    assert [p.label for p in parts_of(q)][-1] == "nộp trực tiếp và qua bưu chính"


def test_staff_shorthand_for_who_assigns_tasks() -> None:
    expanded = parse_query("Sở đã hoàn thành mấy việc do TTg và CP chỉ đạo trong quý II?").expanded
    assert "chinh phu" in expanded
    assert "thu tuong" in expanded


def test_but_between_two_numbers_asked_sets_the_clauses_apart() -> None:
    q = parse_query("Năm 2023 Bình Phước xây mới phòng học bao nhiêu mà đưa vào dùng bao nhiêu?")
    labels = [p.label for p in parts_of(q)]
    assert len(labels) == 2
    assert "dua vao dung" in fold(labels[1])


def test_a_word_both_parts_say_leaves_no_gap_in_a_part_s_own_words() -> None:
    parts = [
        Part("doanh nghiệp chuyển đổi", parse_query("tỉ lệ doanh nghiệp chuyển đổi")),
        Part("hợp tác xã kinh doanh", parse_query("tỉ lệ hợp tác xã kinh doanh")),
    ]
    _, cells, (index, facts) = _setup()  # type: ignore[misc]
    quote = "Số doanh nghiệp, tổ chức đã đăng ký và chuyển đổi hóa đơn điện tử: 812/900, đạt 90,2%."
    cit = cells[0].citation
    assert cit is not None
    mine = Cell(Side(parts[0].label, (), ()), "90,2%", quote, "", replace(cit, quote=quote))
    vocabulary = frozenset(
        "doanh nghiep chuyen doi hop tac xa kinh".split()  # noqa: SIM905
    )
    assert own_words_said(parts, [mine, cells[1]], vocabulary)[0] == mine


def test_ti_le_asks_a_share_as_ty_le_does() -> None:
    q = parse_query("Ở Bình Phước, tỉ lệ xã có wifi công cộng so với tỉ lệ phường có wifi?")
    parts = parts_of(q)
    assert len(parts) == 2
    assert all("so luong" not in p.query.folded for p in parts)


def _own_words_cells(quote: str) -> tuple[list[Part], list[Cell], frozenset[str]]:
    parts = [
        Part("cán bộ đào tạo chuyên môn toàn ngành", parse_query("cán bộ đào tạo toàn ngành")),
        Part("cán bộ bồi dưỡng chuyên môn cơ sở", parse_query("cán bộ bồi dưỡng cơ sở")),
    ]
    _, cells, _ = _setup()  # type: ignore[misc]
    cit = cells[0].citation
    assert cit is not None
    mine = Cell(Side(parts[0].label, (), ()), "120", quote, "", replace(cit, quote=quote))
    vocabulary = frozenset(
        "can bo dao tao chuyen mon toan nganh boi duong co so".split()  # noqa: SIM905
    )
    return parts, [mine, cells[1]], vocabulary


def test_a_line_leaving_out_words_both_parts_share_is_the_part_s_own() -> None:
    # "chuyên môn" both labels say is left out, "được" stands between: no pair, every own word
    parts, cells, vocabulary = _own_words_cells("Cán bộ được đào tạo toàn ngành: 120 người.")
    assert own_words_said(parts, cells, vocabulary)[0] == cells[0]


def test_a_line_saying_the_other_part_s_words_too_stays_unsure() -> None:
    quote = "Cán bộ được đào tạo toàn ngành và được bồi dưỡng tại cơ sở: 120 người."
    parts, cells, vocabulary = _own_words_cells(quote)
    got = own_words_said(parts, cells, vocabulary)[0]
    assert got.figure != "120"
    assert got.doubted


def test_a_line_missing_an_own_word_stays_unsure() -> None:
    parts, cells, vocabulary = _own_words_cells("Cán bộ được đào tạo trong năm: 120 người.")
    assert own_words_said(parts, cells, vocabulary)[0].doubted
