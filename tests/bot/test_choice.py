"""The choice among a clause's scored figures (`bot.extractive.choice.prefer_named`): a figure in
doubt (another part, level or year than the one asked) gives way to one without doubts that
covers the question as well. The clauses are written for the test, in the reports' style."""

from __future__ import annotations

from bot.extractive.choice import Candidate, counted_first, prefer_named
from bot.extractive.tuning import SCORE_TIE, UNIT_BONUS
from core.query import parse_query
from index.chunk import Chunk, Span
from index.retrieve import Hit

TEXT = (
    "+ Công nhận hết tập sự đối với 64 công chức được tuyển dụng năm 2021.\n"
    "+ Đã tuyển dụng qua thi tuyển 39 công chức năm 2022."
)
CHUNK = Chunk("r:0001", "r", 1, "II.4", TEXT, 1, 2, (Span(0, 71, 1, 1), Span(72, len(TEXT), 2, 2)))
HIT = Hit(CHUNK, 1.0)


def _cand(span: int, score: float, coverage: float, figure: str, doubts: set[str]) -> Candidate:
    return Candidate(HIT, CHUNK.spans[span], score, coverage, figure, 0.5, frozenset(doubts))


def test_a_clean_figure_as_covered_and_close_behind_comes_first() -> None:
    # "64" is said of 2021 when 2022 is asked: in doubt; "39" says the year asked
    doubtful = _cand(0, 1.90, 0.80, "64", {"period"})
    clean = _cand(1, 1.90 - UNIT_BONUS / 2, 0.80, "39", set())
    ranked, decided = prefer_named([doubtful, clean], False)
    assert [c.figure for c in ranked] == ["39", "64"]
    assert decided


def test_a_clean_figure_less_covered_or_far_behind_does_not() -> None:
    doubtful = _cand(0, 1.90, 0.80, "64", {"period"})
    less_covered = _cand(1, 1.90 - UNIT_BONUS / 2, 0.70, "39", set())
    far_behind = _cand(1, 1.90 - 2 * UNIT_BONUS, 0.80, "39", set())
    for rival in (less_covered, far_behind):
        ranked, _ = prefer_named([doubtful, rival], False)
        assert ranked[0].figure == "64"


def test_a_tie_still_goes_to_the_clean_figure() -> None:
    doubtful = _cand(0, 1.90, 0.80, "64", {"part"})
    tied = _cand(1, 1.90 - SCORE_TIE / 2, 0.75, "39", set())
    assert prefer_named([doubtful, tied], False)[0][0].figure == "39"


NOUNS = (
    "- Tổng số TTHC được sửa đổi 214 thủ tục;\n"
    "- Tổng số quyết định phê duyệt quy trình nội bộ đã ban hành trong quý: 7 quyết định;\n"
    "- Thanh tra đã ban hành 5 quyết định xử phạt."
)
_LINES = NOUNS.split("\n")
_STARTS = [sum(len(x) + 1 for x in _LINES[:i]) for i in range(len(_LINES))]
_SPANS = tuple(
    Span(a, a + len(x), i + 1, i + 1) for i, (a, x) in enumerate(zip(_STARTS, _LINES, strict=True))
)


def _noun_cand(span: int, score: float, figure: str, report: str = "n") -> Candidate:
    chunk = Chunk(f"{report}:0001", report, 1, "II.2", NOUNS, 1, 3, _SPANS)
    return Candidate(Hit(chunk, 1.0), chunk.spans[span], score, 0.8, figure)


def test_a_close_runner_up_counting_the_asked_noun_comes_first() -> None:
    q = parse_query("Bao nhiêu quyết định phê duyệt quy trình nội bộ được ban hành?")
    procedures = _noun_cand(0, 1.80, "214")
    decisions = _noun_cand(1, 1.80 - UNIT_BONUS / 2, "7")
    assert [c.figure for c in counted_first(q, [procedures, decisions])] == ["7", "214"]
    # far behind, of another report, or with no label naming the noun: the ranking stands
    far = _noun_cand(1, 1.80 - 2 * UNIT_BONUS, "7")
    other = _noun_cand(1, 1.80 - UNIT_BONUS / 2, "7", report="m")
    unlabelled = _noun_cand(2, 1.80 - UNIT_BONUS / 2, "5")
    for rival in (far, other, unlabelled):
        assert counted_first(q, [procedures, rival])[0].figure == "214"
    # the best counting the asked noun stays first
    q = parse_query("How many procedures were amended?")
    assert counted_first(q, [procedures, decisions])[0].figure == "214"


def _part(
    figure: str, score: float, *, item: bool, named: int = 0, unasked: int = 0,
    doubts: frozenset[str] = frozenset(),
) -> Candidate:  # fmt: skip
    return Candidate(HIT, CHUNK.spans[0], score, 0.9, figure, 0.5, doubts, named, unasked, item)


def test_the_headline_when_no_part_is_asked() -> None:
    # "Tổng số …: 1.240, trong đó: cấp tỉnh: 980, …" asked without naming a part: the item
    # carries a qualifier ("cấp tỉnh") the question does not ask, its headline none
    item, head = _part("980", 2.10, item=True, unasked=1), _part("1.240", 2.05, item=False)
    ranked, decided = prefer_named([item, head], False)
    assert [c.figure for c in ranked] == ["1.240", "980"]
    assert decided


def test_the_item_when_its_words_or_a_part_are_asked() -> None:
    head = _part("1.240", 2.05, item=False)
    named = _part("980", 2.10, item=True, unasked=1, doubts=frozenset({"asked-item"}))
    assert prefer_named([named, head], False)[0][0].figure == "980"
    part = _part("980", 2.10, item=True, named=1, unasked=1)
    assert prefer_named([part, head], True)[0][0].figure == "980"
    # no qualifier unasked on the item ("… trong đó 12 công chức lãnh đạo" asked by its words)
    assert prefer_named([_part("980", 2.10, item=True), head], False)[0][0].figure == "980"
    far = _part("1.240", 2.10 - UNIT_BONUS - 0.01, item=False)
    alone = _part("980", 2.10, item=True, unasked=1)
    assert prefer_named([alone, far], False)[0][0].figure == "980"
