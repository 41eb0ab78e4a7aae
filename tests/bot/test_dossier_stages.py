"""A dossier's stage asked (resolved, still in process, received) picks the figure said of
that stage in its own sentence, where the scores of figures of several stages lie close. The
report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.stages import stage_asked, stage_first, stage_said
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import ask, everything, extractive, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

Số lượng hồ sơ đã giải quyết: 8.450; trong đó, giải quyết trước hạn: 6.100, đúng hạn: 2.020, quá hạn: 330.

Số lượng hồ sơ đang giải quyết: 1.240; trong đó, trong hạn: 1.105, quá hạn: 135.

Từ ngày 01/01/2022 đến ngày 15/6/2022, tổng số hồ sơ tiếp nhận trên địa bàn tỉnh là: 41.350 hồ sơ, tổng số hồ sơ đã giải quyết là 38.912 hồ sơ, số hồ sơ đang giải quyết là: 2.438 hồ sơ.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


@pytest.mark.parametrize(
    ("question", "stage"),
    [
        ("Tỉnh đã giải quyết xong bao nhiêu hồ sơ?", "resolved"),
        ("so ho so dang giai quyet la bao nhieu", "pending"),
        ("How many dossiers were received?", "received"),
        ("How many dossiers were received and resolved?", None),
        ("Số hồ sơ giải quyết quá hạn?", None),
    ],
)
def test_the_stage_asked(question: str, stage: str | None) -> None:
    assert stage_asked(parse_query(question).folded) == stage


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Bình Phước đã giải quyết xong bao nhiêu hồ sơ trong 6 tháng đầu năm 2022?", "38.912"),
        ("Bình Phước còn bao nhiêu hồ sơ đang giải quyết trong 6 tháng đầu năm 2022?", "2.438"),
        # the overdue part of the resolved dossiers, not of those still in process
        ("BP 6 thang dau nam 2022 so HS da giai quyet nhung qua han la bao nhieu", "330"),
    ],
)
def test_the_figure_of_the_asked_stage_is_stated(
    index: LoadedIndex, question: str, figure: str
) -> None:
    ans = ask(index, question, "vi")
    assert ans.figure == figure, ans.text


def test_a_figure_of_another_stage_close_ahead_gives_way(index: LoadedIndex) -> None:
    # ranked with the in-process overdue count first, as a close score may put it
    q = parse_query("So HS da giai quyet nhung qua han cua Binh Phuoc la bao nhieu?")
    cands = extractive(index).scorer.candidates(q, everything(index).hits)
    late = {c.figure: c for c in cands if c.figure in ("330", "135")}
    assert stage_said(late["330"]) == "resolved"
    assert stage_said(late["135"]) == "pending"
    ranked, decided = stage_first(q, [late["135"], late["330"]])
    assert [c.figure for c in ranked] == ["330", "135"]
    assert decided


def test_a_figure_before_a_comma_has_its_stage_and_is_kept_first(index: LoadedIndex) -> None:
    # "trong hạn: 1.105, quá hạn: 135": the part is of the dossiers still in process; a best
    # figure of the asked stage is never swapped for its total
    q = parse_query("So ho so dang giai quyet con trong han cua Binh Phuoc la bao nhieu?")
    cands = extractive(index).scorer.candidates(q, everything(index).hits)
    by = {c.figure: c for c in cands if c.figure in ("1.105", "1.240")}
    assert stage_said(by["1.105"]) == "pending"
    ranked, _ = stage_first(q, [by["1.105"], by["1.240"]])
    assert ranked[0].figure == "1.105"
