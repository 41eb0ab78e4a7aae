"""A comparison side's own answer, however sure, does not settle the side on a figure whose
item says clearly less of the question than the ranking's first figure's does (`ITEM_GAP`):
"trên 1.200 các tin bài" of the departments beside "Cổng Thông tin điện tử đã cập nhật 45 tin,
bài" asked of the portal. Made-up reports of one province in two years."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_cells import FactCells
from bot.compare_picks import ITEM_GAP
from bot.compare_sides import sides_of
from bot.fact_answer import load_weights
from core.query import parse_query
from core.result import Answer, Citation
from index.facts import build_facts
from index.metadata import Report
from tests.helpers.mini_index import EveryChunk, mini_corpus

Q1 = Report(
    "t501", "t501.txt", province="Kon Tum", agency="Sở Thông tin và Truyền thông Kon Tum",
    number="", date="2019-03-25", year=2019, period="Quý I/2019", quarter=1,
)  # fmt: skip
H1 = Report(
    "t502", "t502.txt", province="Kon Tum", agency="Sở Thông tin và Truyền thông Kon Tum",
    number="88/BC-STTTT", date="2022-06-15", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
Q1_TEXT = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh
Trong Quý I/2019, Cổng Thông tin điện tử đã cập nhật hơn 45 tin, bài tuyên truyền về công tác cải cách hành chính trên địa bàn tỉnh.
3. Kết quả tuyên truyền tại các sở, ban, ngành
Đồng thời đăng tải trên 1.200 các tin bài, hàng ngàn văn bản chỉ đạo điều hành liên quan về hoạt động của các sở, tuyên truyền pháp luật để mọi người dân, tổ chức và doanh nghiệp được biết và thực hiện.
"""
H1_TEXT = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh
Trong 6 tháng đầu năm, Cổng Thông tin điện tử đã cập nhật hơn 70 tin, bài tuyên truyền về công tác cải cách hành chính trên địa bàn tỉnh.
"""
QUESTION = (
    "How many administrative-reform news items did Kon Tum's provincial web portal post in "
    "Q1 2019 versus the first half of 2022?"
)


def test_a_sure_answer_on_a_figure_counting_less_of_the_question_settles_nothing() -> None:
    index = mini_corpus([(Q1, Q1_TEXT), (H1, H1_TEXT)])
    facts = build_facts(index.reports.values(), index.chunks)
    cells = FactCells(index, facts, EveryChunk(index), load_weights())
    q = parse_query(QUESTION)
    side = sides_of(q, index)[0]
    retrieval = cells._retrieve(q, side)
    ranked = cells.ranked(q, side, retrieval)
    weak = next(p.fact for p in ranked if p.fact.value == "1.200")
    top = ranked[0]
    assert top.fact.value == "45"
    chunk = index.chunks[index.position[weak.chunk_id]]
    cited = Citation(
        1, weak.report_id, "", "", "", "", "", weak.clause, 1.0, chunk_id=weak.chunk_id,
        line_start=chunk.line_start, line_end=chunk.line_end,
    )  # fmt: skip
    sure = Answer(QUESTION, "**1.200**", False, (cited,), figure="1.200", confidence=0.95)
    # its item said nearly as much of the question as the first's: the sure answer settles it
    near = [replace(p, item=top.item - ITEM_GAP + 0.1) if p.fact is weak else p for p in ranked]
    assert [p.fact.value for p in cells.vouched(q, side, retrieval, near, "en", sure)] == ["1.200"]
    # … clearly less of it (the departments' "các tin bài" for the portal's): the ranking stands
    far = [replace(p, item=top.item - ITEM_GAP - 0.05) if p.fact is weak else p for p in ranked]
    vouched = cells.vouched(q, side, retrieval, far, "en", sure)
    assert [p.fact.value for p in vouched][:1] == ["45"]
