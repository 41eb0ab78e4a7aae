"""The common flow asked (received or resolved) against the one the bold figure's own clause
names (bot/flow_asked.py), on made-up report lines."""

from __future__ import annotations

from bot.flow_asked import (
    HEDGED_CONFIDENCE,
    asked_flow,
    clause_flow,
    flow_reworded,
    other_flow,
    side_flow_said,
)
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from core.text import fold

LINE = (
    "Trong kỳ, Trung tâm tiếp nhận 64 phản ánh của người dân, trong đó tổng số phản ánh đã "
    "tiếp nhận 64, số phản ánh đã giải quyết xong 59."
)


def _cit(quote: str, n: int = 1) -> Citation:
    return Citation(n, "t009", "Báo cáo", "12/BC-UBND", "UBND tỉnh Lâm Hà", "2023-03-20",
                    "II. Kết quả", quote, 0.9, context=quote)  # fmt: skip


def _answer(figure: str, others: tuple[str, ...]) -> Answer:
    cit = _cit(LINE)
    cands = tuple(FigureCandidate(f, f"… {f}", "quý I/2023", _cit(LINE, 2)) for f in others)
    return Answer("?", f"**{figure}** [1]", False, (cit,), figure=figure, confidence=0.9,
                  candidates=cands, language="en")  # fmt: skip


def test_asked_flow_reads_either_language_and_not_both() -> None:
    assert asked_flow(fold("Lâm Hà đã xử lý bao nhiêu phản ánh?")) == "resolved"
    assert asked_flow(fold("how many complaints were settled")) == "resolved"
    assert asked_flow(fold("Lam Ha tiep nhan bao nhieu ho so")) == "received"
    assert asked_flow(fold("How many applications were filed?")) == "received"
    assert asked_flow(fold("số hồ sơ tiếp nhận và giải quyết là bao nhiêu")) == ""
    assert asked_flow(fold("tổng số hồ sơ là bao nhiêu")) == ""


def test_clause_flow_reads_the_words_right_before_the_figure() -> None:
    assert clause_flow(LINE, "59") == "resolved"
    assert clause_flow("Tổng số hồ sơ: 1.200 hồ sơ.", "1.200") == ""
    assert clause_flow("Đã tiếp nhận và giải quyết 300 hồ sơ.", "300") == ""


def test_received_figure_for_resolved_asked_hedges_with_the_resolved_first() -> None:
    q = parse_query("How many feedback items did Lam Ha resolve?")
    out = other_flow(q, _answer("64", ("59",)), "en")
    assert out is not None
    assert out.figure == ""
    assert not out.abstained
    assert [c.figure for c in out.candidates][:2] == ["59", "64"]
    assert out.confidence <= HEDGED_CONFIDENCE
    assert [c.n for c in out.citations] == [1]


def test_right_figure_or_no_fitting_candidate_stands() -> None:
    q = parse_query("Lâm Hà đã giải quyết xong bao nhiêu phản ánh?")
    assert other_flow(q, _answer("59", ("64",)), "vi") is None
    # the other flow's figure with no candidate of the asked flow is left to the other checks
    assert other_flow(q, _answer("64", ()), "vi") is None
    both = parse_query("Lâm Hà tiếp nhận và giải quyết bao nhiêu phản ánh?")
    assert other_flow(both, _answer("64", ("59",)), "vi") is None


def test_returned_is_a_flow_of_its_own_but_not_checking_or_replying() -> None:
    assert asked_flow(fold("bao nhiêu hồ sơ đã trả kết quả cho người dân")) == "returned"
    assert asked_flow(fold("how many results were returned")) == "returned"
    assert asked_flow(fold("đã kiểm tra bao nhiêu cơ quan")) == ""
    assert asked_flow(fold("đã trả lời bao nhiêu câu hỏi")) == ""


def test_side_flow_said_reads_the_sides_verb_in_the_figures_own_clause() -> None:
    line = (
        "Trung tâm đã tiếp nhận 9.210 hồ sơ (trong đó 812 hồ sơ trực tuyến) và đã thực hiện "
        "trả 8.990 hồ sơ, số hồ sơ đã xử lý 44 8.701 hồ sơ."
    )
    labels = ["hồ sơ nhận vào", "kết quả đã trả", "đã giải quyết xong"]
    assert side_flow_said(labels, 1, line, "8.990")
    assert not side_flow_said(labels, 1, line, "9.210")
    # an OCR-misread "là" ("44") before the figure leaves its clause's verb said
    assert side_flow_said(labels, 2, line, "8.701")
    # a label naming no flow, or one another side names too, is not read so
    assert not side_flow_said(labels, 0, line, "9.210")
    assert not side_flow_said(["đã xử lý", "đã giải quyết đúng hạn"], 0, line, "8.701")


def test_flow_reworded_asks_in_the_reports_verb() -> None:
    assert flow_reworded("Lâm Hà đã xử lý bao nhiêu phản ánh?") == (
        "Lâm Hà đã giải quyết bao nhiêu phản ánh?"
    )
    assert flow_reworded("Lam Ha da nhan bao nhieu ho so") == "Lam Ha tiếp nhận bao nhieu ho so"
    assert flow_reworded("Lâm Hà đã giải quyết bao nhiêu hồ sơ?") is None
    assert flow_reworded("tiếp nhận và xử lý bao nhiêu hồ sơ") is None
    assert flow_reworded("đã kiểm tra bao nhiêu cơ quan") is None
