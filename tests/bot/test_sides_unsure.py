"""An answer telling only some of the sides a question asks is no answer to it: the figures of
its quoted lines are "not sure" candidates, none stated (bot/sides_unsure.py). Made-up report
texts and figures; the real extractive answerer over a small real index."""

from __future__ import annotations

from bot.sides_unsure import MAX_OPTIONS, cited_by, line_options
from core.query import parse_query
from core.result import Citation
from index.metadata import Report
from index.retrieve import Hit, Retrieval
from tests.helpers.mini_index import extractive, mini_corpus


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, "t1", "BC", "1/BC", "Sở", "2022", "II. Kết quả", quote, 0.5,
                    province="Lai Châu", period="Năm 2022")  # fmt: skip


def test_each_figure_of_each_line_is_a_candidate_in_order() -> None:
    one = _cit(1, "Năm 2022 đã mở 17 lớp tập huấn cho 905 học viên")
    two = _cit(2, "cấp 1.234 chứng thư số, đạt 96,5%")
    got = line_options([one, two])
    assert [(o.figure, o.citation.n) for o in got] == [
        ("17", 1), ("905", 1), ("1.234", 2), ("96,5%", 2)
    ]  # the year is no figure
    assert got[0].counts == one.quote
    assert got[0].holds_for == "Lai Châu, Năm 2022"


def test_a_line_without_a_figure_gives_none_and_many_are_capped() -> None:
    assert line_options([_cit(1, "Tiếp tục triển khai các nhiệm vụ")]) == ()
    many = _cit(1, ", ".join(f"{n} đơn vị" for n in range(11, 11 + 2 * MAX_OPTIONS)))
    assert len(line_options([many])) == MAX_OPTIONS


def test_the_chosen_figure_comes_first_past_the_cap_and_only_used_lines_are_cited() -> None:
    many = _cit(1, ", ".join(f"{n} đơn vị" for n in range(11, 11 + 2 * MAX_OPTIONS)))
    late = _cit(2, "cấp 1.234 chứng thư số")
    got = line_options([many, late], ["1,234"])
    assert len(got) == MAX_OPTIONS
    assert (got[0].figure, got[0].citation.n) == ("1.234", 2)  # the one chosen, written apart
    assert [o.figure for o in got[1:3]] == ["11", "12"]  # the rest in the order cited
    assert cited_by(got, [many, late]) == (many, late)
    assert cited_by(line_options([many, late]), [many, late]) == (many,)


TRAINED = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Đào tạo, bồi dưỡng

- Năm 2022 đã mở 17 lớp tập huấn nghiệp vụ cho 905 học viên là cán bộ, công chức cấp xã.
"""

QUIET = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

1. Cải cách thể chế

- Rà soát văn bản quy phạm pháp luật theo kế hoạch, bảo đảm đúng quy định.
"""


def _report(rid: str, province: str) -> Report:
    return Report(rid, f"{rid}.txt", province=province, agency=f"UBND tỉnh {province}",
                  number="9/BC-UBND", date="2022-12-20", year=2022, period="Năm 2022")  # fmt: skip


def test_a_comparison_with_a_side_not_found_states_no_figure() -> None:
    index = mini_corpus([(_report("t1", "Lai Châu"), TRAINED), (_report("t2", "Sơn La"), QUIET)])
    hits = Retrieval([Hit(c, 1.0 - 0.01 * i) for i, c in enumerate(index.chunks)],
                     provinces=("Lai Châu", "Sơn La"))  # fmt: skip
    q = parse_query("Lai Châu và Sơn La mở bao nhiêu lớp tập huấn nghiệp vụ năm 2022?")
    ans = extractive(index).answer(q, hits, "vi")
    assert not ans.abstained
    assert ans.text.startswith("Không tìm thấy cho Sơn La.")
    assert not ans.figure
    assert "**" not in ans.text
    assert "17" in [o.figure for o in ans.candidates]
    assert all(c.province == "Lai Châu" for c in ans.citations)
