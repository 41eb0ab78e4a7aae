"""Two parts of one report compared: the parts found in more wordings ("được giao bao nhiêu, có
mặt bao nhiêu", "số hồ sơ X so với số hồ sơ Y", "so sánh tổng số … cấp huyện và cấp xã", a list
after a comma, a word before both parts) and, when one line holds both figures, each part given
the figure its own words lead to in that line, never one figure for both.
Questions and reports made up for the test."""

from __future__ import annotations

import re

from bot.compare_cell_lines import _not_the_others
from bot.compare_kind import asked_kind
from bot.compare_lines import flows_shared, share_out, wholes
from bot.compare_parts import parts_of
from bot.compare_parts_answer import (
    PartsAnswerer,
    _asked,
    _both_on_a_doubted_line,
)
from bot.compare_sides import Side, side_query
from bot.compare_table import Cell, render_table
from core.query import ParsedQuery, parse_query
from core.result import Answer, Citation
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import part_rows, parts_answer
from tests.helpers.typed import body

TEXT = """II. KẾT QUẢ CẢI CÁCH TỔ CHỨC BỘ MÁY
- Số người làm việc hưởng lương từ ngân sách nhà nước tại các ĐVSNCL giao 4.310 người, số có mặt đến ngày 30/9/2022 là 3.987 người.
III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
- Kết quả tiếp nhận, xử lý phản ánh, kiến nghị: tỷ lệ giải quyết đạt 95,2%, trong đó tổng số PAKN đã tiếp nhận 63 PAKN, số PAKN đã giải quyết xong 60.
- Kết quả qua dịch vụ bưu chính công ích: tính đến ngày 30/6/2022 đã tiếp nhận 8.215 hồ sơ (trong đó 7.001 hồ sơ cấp huyện) và đã thực hiện trả 91.442 hồ sơ.
"""


def _split(question: str) -> list[tuple[str, str]]:
    return [(p.label, p.query.folded) for p in parts_of(parse_query(question))]


def test_two_clauses_each_asking_its_number_after_a_comma() -> None:
    got = _split(
        "Số người làm việc tại các ĐVSNCL của Bình Phước: được giao bao nhiêu, có mặt bao nhiêu?"
    )
    assert [label for label, _ in got] == ["được giao", "có mặt"]
    assert "co mat" not in got[0][1]
    assert "duoc giao" in got[0][1]
    assert "giao" not in got[1][1]
    assert "co mat" in got[1][1]
    assert got[1][1].startswith("so nguoi lam viec tai cac dvsncl cua binh phuoc")


def test_a_head_said_again_keeps_each_parts_own_words() -> None:
    got = _split(
        "Bình Phước: số hồ sơ tiếp nhận qua bưu chính đến 30/6/2022 so với số hồ sơ đã trả?"
    )
    labels = [label for label, _ in got]
    assert len(labels) == 2, labels
    assert labels[0] != labels[1], labels
    assert "tiep nhan" in got[0][1]
    assert "tra" not in got[0][1].split()
    assert "da tra" in got[1][1]
    assert "tiep nhan" not in got[1][1]


def test_a_compared_total_splits_and_a_plain_total_does_not() -> None:
    got = _split("Bình Phước: so sánh tổng số DVC mức độ 4 cấp huyện và cấp xã")
    assert [label for label, _ in got] == ["cấp huyện", "cấp xã"]
    assert "cap xa" not in got[0][1]
    assert "cap huyen" not in got[1][1]
    assert _split("Tổng số DVC mức độ 3 và mức độ 4 của Bình Phước là bao nhiêu?") == []


def test_a_part_listed_on_after_a_comma_and_a_word_before_both_said_once() -> None:
    got = _split(
        "Tỷ lệ dùng hóa đơn điện tử ở Bình Phước: doanh nghiệp so với hộ, cá nhân kinh doanh?"
    )
    assert [label for label, _ in got] == ["doanh nghiệp", "hộ, cá nhân kinh doanh"]
    assert "ca nhan" not in got[0][1]
    got = _split("Binh Phuoc e-invoices: adoption rate for businesses vs for households?")
    assert [label for label, _ in got] == ["businesses", "households"]
    assert "for for" not in got[1][1]


def test_a_clause_opening_with_so_asks_a_count() -> None:
    index = mini_index(TEXT)
    q = parse_query("Ở Bình Phước, số phản ánh kiến nghị tiếp nhận so với số đã giải quyết xong?")
    assert len(PartsAnswerer(index).parts(q)) == 2


def test_one_lines_figures_shared_out_by_each_parts_words() -> None:
    line = "giao 4.310 người, số có mặt đến ngày 30/9/2022 là 3.987 người, đạt 92,5%."
    assert share_out(["được giao", "có mặt"], line, False) == ["4.310", "3.987"]
    assert share_out(["được giao", "có mặt"], line, True) is None  # one share for two parts
    # words said before no figure, or before one figure for both: nothing shared out
    assert share_out(["tuyển dụng", "thôi việc"], line, False) is None
    assert share_out(["giao", "giao mới"], "giao 4.310 người, trong đó 1.200 người.", False) is None


def test_both_parts_of_one_line_each_get_their_own_figure() -> None:
    index = mini_index(TEXT)
    for question, want in (
        ("Số người làm việc tại các ĐVSNCL của Bình Phước: được giao bao nhiêu, có mặt bao nhiêu?",
         {"được giao": "4.310", "có mặt": "3.987"}),
        ("Ở Bình Phước, số phản ánh kiến nghị tiếp nhận so với số đã giải quyết xong?",
         {"kiến nghị tiếp nhận": "63", "đã giải quyết xong": "60"}),
    ):  # fmt: skip
        ans = parts_answer(index, question)
        assert ans is not None, question
        rows = part_rows(ans)
        for label, figure in want.items():
            assert rows[label].startswith(f"**{figure}**"), rows
        bold = re.findall(r"\*\*([\d.,%]+)\*\*", body(ans))
        assert len(set(bold)) == len(bold), bold  # never one figure for both parts


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, "t001", "Báo cáo", "77/BC-VPUBND", "Văn phòng UBND tỉnh Bình Phước",
                    "2022-07-05", "II.", quote, 1.0, chunk_id=f"c{n}", line_start=n, line_end=n)  # fmt: skip


def test_an_unsure_part_shows_the_figures_it_may_be_none_bold() -> None:
    q = parse_query("Bình Phước tuyển dụng bao nhiêu công chức và bao nhiêu viên chức?")
    stated = Cell(Side("công chức", q.provinces, q.years), "44", "tuyển dụng 44 công chức", "",
                  _cit(1, "tuyển dụng 44 công chức"))  # fmt: skip
    doubted = Cell(Side("viên chức", q.provinces, q.years),
                   doubted=(("28", _cit(2, "tiếp nhận 28 người")), ("12", _cit(3, "12 người"))))  # fmt: skip
    text = render_table(q, [stated, doubted], "vi").text
    row = next(line for line in text.splitlines() if line.startswith("| viên chức"))
    assert "chưa chắc: 28? [2] · 12? [3]" in row, row
    assert "**" not in row
    assert "không tìm thấy" not in row  # unsure is not "not found"
    assert "Dòng “chưa chắc”" in text
    assert "[3] 77/BC-VPUBND" in text  # each possible figure's source listed


def test_a_level_range_with_a_hyphen_asks_both_levels() -> None:
    # "level 3-4" folds to "level 3 4": both levels asked, so a side's "mức độ 3 và 4" share
    # is of the asked kind
    for question in (
        "Which province has the higher share of level 3-4 online services, Binh Phuoc or Yen Bai?",
        "Tỷ lệ DVC mức độ 3–4 của Bình Phước so với Yên Bái",
    ):
        assert asked_kind(parse_query(question)).levels == {"3", "4"}, question
    assert asked_kind(parse_query("Số DVC mức độ 4 năm 2022 của Bình Phước")).levels == {"4"}


def test_an_unsure_part_never_offers_the_figure_another_part_states() -> None:
    q = parse_query("Bình Phước giải quyết trước hạn bao nhiêu hồ sơ và quá hạn bao nhiêu?")
    line = _cit(1, "giải quyết trước hạn: 151.156, đúng hạn: 20.658, quá hạn: 2491.")
    ahead = Cell(Side("trước hạn", q.provinces, q.years), "151.156", line.quote, "", line)
    late = Cell(Side("quá hạn", q.provinces, q.years),
                doubted=(("2491", line), ("151.156", line), ("2.347", _cit(2, "quá hạn: 2.347"))))  # fmt: skip
    got = _not_the_others([ahead, late])
    assert got[0] == ahead
    assert [f for f, _ in got[1].doubted] == ["2491", "2.347"]


LAWS = """I. CẢI CÁCH THỂ CHẾ
- Từ đầu năm đến nay, Hội đồng nhân dân (HĐND) và UBND tỉnh đã ban hành 31 văn bản QPPL (HPND tỉnh ban hành 08 nghị quyết; Ủy ban nhân đến tỉnh ban hành 23 quyết định).
"""


def test_the_parts_whole_is_no_parts_figure() -> None:
    # 31 is said of HĐND and UBND together: each part takes its own figure in the brackets,
    # its name abbreviated, spelled out or misread by OCR ("HPND", "nhân đến")
    line = LAWS.splitlines()[1]
    assert share_out(["HĐND tỉnh", "UBND tỉnh"], line, False) == ["08", "23"]
    assert wholes(["HĐND tỉnh", "UBND tỉnh"], line, False) == {"31"}
    index = mini_index(LAWS)
    q = parse_query("Bình Phước ban hành bao nhiêu văn bản QPPL: HĐND tỉnh so với UBND tỉnh?")
    ans = parts_answer(index, q)
    assert ans is not None
    rows = part_rows(ans)
    assert rows["HĐND tỉnh"].startswith("**08**"), rows
    assert rows["UBND tỉnh"].startswith("**23**"), rows
    assert "**31**" not in body(ans)


def test_respectively_counts_no_unit() -> None:
    # "lần lượt là bao nhiêu" (respectively): its "lượt" is no unit the figures must say
    q = parse_query(
        "Tỷ lệ cơ quan nhà nước Bình Phước có hệ thống CSDL chuyên ngành năm 2019 và năm 2022 "
        "lần lượt là bao nhiêu?"
    )
    side = Side("Năm 2019", q.provinces, (2019,))
    assert "luot" not in asked_kind(side_query(q, side)).units


def test_a_lead_starts_at_its_clause() -> None:
    # "cho các cơ quan, tổ chức và cá nhân (trong đó: Chứng thư số cá nhân là 1.101": the
    # words before the bracket belong to 1.742, so 1.101 is the individuals' figure, not a
    # whole of both parts; "sim ký số cá nhân là 214" says the individuals' own words as well,
    # but less of the label "chứng thư số cá nhân" than "Chứng thư số cá nhân là 1.101" does;
    # bare labels ("cá nhân") fit both alike: not sure
    line = (
        "đã cấp 1.742 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: Chứng thư số "
        "cá nhân là 1.101; chứng thư số của tổ chức là 427; sim ký số cá nhân là 214)."
    )
    labels = ["chứng thư số cá nhân", "chứng thư số tổ chức"]
    assert "1.101" not in wholes(labels, line, False)
    assert share_out(labels, line, False) == ["1.101", "427"]
    assert share_out(["cá nhân", "tổ chức"], line, False) is None
    assert share_out(labels, line.replace("; sim ký số cá nhân là 214", ""), False) == [
        "1.101", "427"
    ]  # fmt: skip


def test_a_misread_word_before_a_figure_is_no_figure() -> None:
    # "đã giải quyết 14 72.529": OCR read "là" as "14"; the resolved count is 72.529
    line = "tổng số hồ sơ tiếp nhận là: 75.639 hồ sơ, tổng số hồ sơ đã giải quyết 14 72.529 hồ sơ."
    assert share_out(["hồ sơ đã tiếp nhận", "hồ sơ đã giải quyết"], line, False) == [
        "75.639", "72.529"
    ]  # fmt: skip


def test_a_number_naming_a_level_is_no_figure() -> None:
    # each part's own word is the level's number, said right before the level's figure
    line = ("tiếp nhận 9.120 hồ sơ (trong đó: mức độ 2 là 1.500 hồ sơ, mức độ 3 là 4.020 hồ sơ, "
            "mức độ 4 là 3.600 hồ sơ)")  # fmt: skip
    assert share_out(["mức độ 3", "mức độ 4"], line, False) == ["4.020", "3.600"]
    assert share_out(["level-2 DVC", "level-4 DVC"], line, False) == ["1.500", "3.600"]


def test_figures_said_before_their_words() -> None:
    # "trong đó có 90 viên chức và 13 cán bộ công chức": each figure's words follow it
    line = (
        "Số lượng tinh giản biên chế là 103 người, trong đó có 90 viên chức và 13 cán bộ công chức."
    )
    assert share_out(["viên chức", "cán bộ công chức"], line, False) == ["90", "13"]


def test_english_part_labels_are_read_in_the_reports_words() -> None:
    # "ahead of schedule" / "overdue" are the glossary's "trước hạn" / "quá hạn" in the line
    line = ("Số lượng hồ sơ đã giải quyết: 96.410; trong đó, giải quyết trước hạn: 80.012, "
            "đúng hạn: 15.226, quá hạn: 1172.")  # fmt: skip
    assert share_out(["ahead of schedule", "overdue"], line, False) == ["80.012", "1172"]
    # a Vietnamese label with an abbreviation keeps its own words
    assert share_out(["HĐND", "UBND tỉnh"], "HĐND ban hành 06 nghị quyết; UBND tỉnh ban hành 17 "
                     "quyết định.", False) == ["06", "17"]  # fmt: skip


def test_a_word_before_both_that_opens_a_term_stays_with_its_part() -> None:
    # "in person" names "trực tiếp" and "by post" "bưu chính": the "in" is the part's own word
    got = _split(
        "Binh Phuoc: how many dossiers came in online vs in person / by post in the first quarter?"
    )
    assert [label for label, _ in got] == ["online", "in person / by post"]
    line = "tiếp nhận 9.876 (trực tuyến: 3.210, trực tiếp và qua dịch vụ bưu chính: 6.666)"
    assert share_out([label for label, _ in got], line, False) == ["3.210", "6.666"]


def test_an_unsure_parts_line_naming_both_parts_sets_them_apart() -> None:
    q = parse_query(
        "So sánh tỷ lệ trường học có thư viện điện tử giữa cấp tiểu học và cấp THCS ở Bình Phước?"
    )
    parts = parts_of(q)
    both = _cit(2, "85% trường cấp tiểu học, 70% trường cấp THCS có thư viện điện tử.")
    other = _cit(1, "Tỷ lệ giáo viên cấp tiểu học dùng thư viện điện tử đạt 60%.")
    a = Cell(Side(parts[0].label, q.provinces, q.years), "60%", other.quote, "", other)
    b = Cell(Side(parts[1].label, q.provinces, q.years), doubted=(("70%", both), ("12%", other)))
    got = _both_on_a_doubted_line(q, parts, [a, b])
    # the unsure part takes the figure the line gives it; the other part's figure of another
    # line is no longer bold: not sure between it and the line's
    assert got[1].figure == "70%"
    assert got[1].citation == both
    assert got[0].citation is None
    assert [f for f, _ in got[0].doubted] == ["60%", "85%"]
    # the line does not bear out a figure the unsure part may be: the cells as they were
    c = Cell(b.side, doubted=(("12%", other),))
    assert _both_on_a_doubted_line(q, parts, [a, c]) == [a, c]


def test_a_stated_figure_of_both_parts_gives_way_to_a_line_of_each() -> None:
    q = parse_query(
        "So sánh tỷ lệ trường học có thư viện điện tử giữa cấp tiểu học và cấp THCS ở Bình Phước?"
    )
    parts = parts_of(q)
    both = _cit(2, "85% trường cấp tiểu học, 70% trường cấp THCS có thư viện điện tử.")
    whole = _cit(1, "Tỷ lệ giáo viên dạy trực tuyến cấp tiểu học và THCS đạt 60%.")
    a = Cell(Side(parts[0].label, q.provinces, q.years), "60%", whole.quote, "", whole)
    b = Cell(Side(parts[1].label, q.provinces, q.years), doubted=(("70%", both), ("12%", whole)))
    got = _both_on_a_doubted_line(q, parts, [a, b])
    # the stated 60% is read as both parts' whole, and its line says less of the question
    # than the line that gives each part its own: each part takes that line's figure
    assert [(c.figure, c.citation) for c in got] == [("85%", both), ("70%", both)]
    # a whole that says as much of the question stays: not sure between the two
    said = _cit(1, "Tỷ lệ trường có thư viện điện tử cấp tiểu học và THCS đạt 60%.")
    a = Cell(a.side, "60%", said.quote, "", said)
    got = _both_on_a_doubted_line(q, parts, [a, b])
    assert got[0].citation is None
    assert [f for f, _ in got[0].doubted] == ["60%", "85%"]


def test_a_part_not_found_is_asked_again_with_its_count_named() -> None:
    (part, _) = parts_of(
        parse_query("Số trường đạt chuẩn cấp tiểu học và cấp THCS mỗi loại bao nhiêu?")
    )
    asked: list[str] = []

    def ask(q: ParsedQuery) -> Answer:
        asked.append(q.text)
        if q.text.startswith("bao nhiêu"):
            return Answer(q.text, "**41**", False, (_cit(1, "41 trường đạt chuẩn"),), figure="41")
        return Answer(q.text, "Không tìm thấy", True)

    assert _asked(part, ask).figure == "41"
    assert asked[1].startswith("bao nhiêu trường đạt chuẩn")
    # a part the figure answerer answers is asked once
    asked.clear()
    assert _asked(part, lambda q: ask(parse_query("bao nhiêu " + q.text))).figure == "41"
    assert len(asked) == 1


def test_a_figure_opening_its_bracket_is_led_by_the_words_before_it() -> None:
    # "label (figure unit)": the bracket's label names the part, not the empty bracket.
    line = "Quản lý đúng số lượng cán bộ (42 người), nhân viên (17 người) do Tỉnh giao."
    assert share_out(["cán bộ", "nhân viên"], line, False) == ["42", "17"]
    assert share_out(["nhân viên", "cán bộ"], line, False) == ["17", "42"]


def test_a_whole_is_said_with_the_parts_words_as_written() -> None:
    # "hiện" is one letter from "viên": a misread "viên" may lead a part to its figure, but 31,
    # said after "hiện", is no whole of both parts.
    line = "Thực hiện sử dụng đúng cán bộ (31 người), viên chức (12 người) được giao."
    assert share_out(["cán bộ", "viên chức"], line, False) == ["31", "12"]


def test_flow_parts_take_the_figures_their_verbs_lead_in_the_report() -> None:
    line = (
        "Tính đến ngày 30/9, đã tiếp nhận 4.120 hồ sơ (trong đó: 3.900 hồ sơ cấp huyện; 220 hồ "
        "sơ cấp xã) và đã thực hiện trả 3.875 hồ sơ (1.002 hồ sơ cấp tỉnh)."
    )
    assert share_out(["applications received", "results returned"], line, False) == [
        "4.120",
        "3.875",
    ]
    # a part naming no flow: nothing read by flows
    assert flows_shared(["applications received", "district level"], line, False) is None
    assert flows_shared(["đã tiếp nhận", "được tiếp nhận trực tuyến"], line, False) is None
