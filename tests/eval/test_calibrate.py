"""Calibration: the utility scan on hand-computed cases, and the scanned constants inside the
intervals the dev split fits."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from core.settings import Settings
from eval.calibrate import Point, fit, utility
from eval.scoring import Question, load_questions


def _p(margin: float, right: bool, in_top3: bool = True, doubts: bool = False) -> Point:
    return Point("x", margin, doubts, right, in_top3)


def test_utility_counts_stated_and_hedged_answers() -> None:
    points = [_p(0.0, False), _p(0.3, True), _p(0.05, False, in_top3=False),
              _p(0.5, True, doubts=True)]  # fmt: skip
    # t = 0.01: 0.0 hedged (+0.5), 0.3 right (+1), 0.05 wrong (-2), doubts hedged (+0.5)
    assert utility(points, 0.01) == (0.0, 1, 1, 2)
    # t = 0.1: 0.05 hedged without the right figure (0): 0.5 + 1 + 0 + 0.5
    assert utility(points, 0.1) == (2.0, 0, 1, 3)
    # t = 0: nothing hedged by margin: -2 + 1 - 2 + 0.5
    assert utility(points, 0.0) == (-2.5, 2, 1, 1)


def test_fit_finds_the_lowest_best_interval() -> None:
    points = [_p(0.0, False), _p(0.02, False), _p(0.2, True), _p(0.4, True)]
    lo, hi, _ = fit(points)
    # hedging the two wrong ones (margins 0 and 0.02) and neither right one is best
    assert lo == pytest.approx(0.02 + 1e-6)
    assert hi == pytest.approx(0.2 + 1e-6)



def test_wrong_bold_figures_are_counted_outside_quotes_only() -> None:
    from eval.wrong_figures import wrong_bold

    right = "**1.044** (Tuyên Quang) [1]\n> 1.044 … 36 …\n\nNguồn:\n[1] …"
    assert not wrong_bold(right, ["1.044"], True)
    assert wrong_bold("**36** (Tuyên Quang) [1]\n> 1.044", ["1.044"], True)
    second = right.replace("\n\nNguồn:", "\n\n**12** (Hà Tĩnh) [2]\n\nNguồn:")
    assert wrong_bold(second, ["1.044"], True)  # a second report's figure, stated too
    assert wrong_bold(right, [], False)  # any figure stated for an unanswerable question
    hedged = "Chưa chắc chắn — các số liệu có thể phù hợp:\n- 36 — “36 DVC cấp huyện” [1]"
    assert not wrong_bold(hedged, ["1.044"], True)
    assert not wrong_bold("**Nguyễn Minh Hùng** — người ký [1]", ["Nguyễn Minh Hùng"], True)
    assert not wrong_bold("**221/262** (Hà Tĩnh) [1]", ["221"], True)  # a fraction holds it


def test_answer_utility_weighs_stated_hedged_and_not_found() -> None:
    from eval.calibrate import ABSTAINED_RIGHT, answer_utility
    from eval.scoring import Question

    q = Question("x", "?", "vi", ("r",), ("1.044",))
    none = Question("u", "?", "unanswerable", (), ())
    assert answer_utility(q, "1.044", [], False) == 1.0
    assert answer_utility(q, "36", [], False) == -2.0
    assert answer_utility(q, "", ["36", "1.044"], False) == 0.5
    assert answer_utility(q, "", ["36"], False) == 0.0
    assert answer_utility(q, "", [], True) == 0.0
    assert answer_utility(none, "", [], True) == ABSTAINED_RIGHT
    assert answer_utility(none, "107", [], False) == -2.0


def test_best_interval_takes_the_cautious_run_among_equals() -> None:
    from eval.calibrate import best_interval

    scan = [(0.0, 5.0), (0.2, 5.0), (0.4, 4.0), (0.6, 5.0), (0.7, 5.0), (0.8, 3.0)]
    assert best_interval(scan) == (0.6, 0.7)
    assert best_interval([(0.0, 1.0), (0.5, 2.0), (1.0, 1.0)]) == (0.5, 0.5)
    # a grid that runs down (NAMED_ELSEWHERE_COVERAGE: lower is more doubt) gives (low, high)
    assert best_interval([(1.0, 3.0), (0.75, 5.0), (0.6, 5.0), (0.5, 4.0)]) == (0.6, 0.75)


def test_a_constant_outside_its_fitted_interval_is_reported() -> None:
    """`python -m eval.calibrate --check` (run by make eval-ci on the dev split) fails on a
    constant the dev split no longer fits."""
    from eval.calibrate import outside

    scan = [(0.7, 190.0), (0.8, 194.0), (0.85, 197.0), (0.9, 197.0), (0.95, 193.0)]
    assert outside("PART_RIVAL_COVERAGE", 0.875, scan) == ""
    assert outside("PART_RIVAL_COVERAGE", 0.85, scan) == ""
    assert "outside [0.85, 0.9]" in outside("PART_RIVAL_COVERAGE", 0.8, scan)


@pytest.mark.slow
def test_generated_questions_come_from_the_fact_table_not_the_splits(
    service: AnswerService,
) -> None:
    from eval.calibrate import generated

    made = generated(service)
    assert len(made) >= 500
    dev = {q.q for q in load_questions()}
    for q in made:
        assert q.q not in dev
        assert q.id.startswith("gen-")  # how the confidence fit tells them from dev questions
        if q.answerable:
            assert len(q.reports) == 1
            assert len(q.expect) == 1


# Reports written for the tests, in the reports' style: a count said of the year before the
# asked one in a clause that holds more of the question's words than the asked year's; a count
# whose own words deny what the question asks beside the one that says it.
_YEARS = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

4. Cải cách chế độ công vụ

- Tỉnh đã tuyển dụng 107 công chức qua thi tuyển năm 2021 vào các cơ quan hành chính.

- Kết quả tuyển dụng công chức năm 2022: 85 người.
"""
_DENIED = """BÁO CÁO
Kết quả cải cách chế độ công vụ năm 2022

II. KẾT QUẢ THỰC HIỆN

4. Cải cách chế độ công vụ

- Kết quả sát hạch: 57 viên chức trúng tuyển, đã ký hợp đồng làm việc tại các đơn vị sự nghiệp công lập.

- Tuyển dụng vào làm viên chức không qua sát hạch 12 viên chức (trong đó 5 viên chức quản lý và 7 viên chức không giữ chức vụ quản lý).
"""
_CASES = {
    "YEAR_OTHER": (_YEARS, [("Năm 2022 tỉnh tuyển dụng bao nhiêu công chức qua thi tuyển?", "85")]),
    "NEGATED_CUT": (_DENIED, [("Tỉnh tuyển dụng bao nhiêu viên chức qua sát hạch?", "57"),
                              ("Năm 2022 tỉnh tuyển dụng bao nhiêu viên chức qua sát hạch?", "57")]),
}  # fmt: skip


def _mini(name: str) -> tuple[AnswerService, list[Question]]:
    """The answer service over one of `_CASES`' reports (every chunk retrieved), and its
    questions."""
    from tests.helpers.mini_index import mini_index
    from tests.helpers.parts import plain_service

    raw, asked = _CASES[name]
    index = mini_index(raw)
    service = plain_service(index)
    return service, [Question(f"t{i}", q, "figure", ("t001",), (want,))
                     for i, (q, want) in enumerate(asked)]  # fmt: skip


@pytest.mark.parametrize(("name", "off", "fitted"), [("YEAR_OTHER", 0.0, 1.1),
                                                      ("NEGATED_CUT", 0.0, 0.8)])  # fmt: skip
def test_the_check_fails_when_a_constant_is_off_its_fitted_value(
    monkeypatch: pytest.MonkeyPatch, name: str, off: float, fitted: float
) -> None:
    """`check` (make eval-ci) scans the constant over the questions and exits 1 when its value
    lies outside the best interval: with no cut, the figure of another year (or the one whose
    words deny what is asked) scores first and the answer hedges; with the cut it is right."""
    import bot.extractive.tuning
    from eval.calibrate import check

    service, questions = _mini(name)
    monkeypatch.setattr(bot.extractive.tuning, name, off)
    assert check(service, questions, names=(name,)) == 1
    monkeypatch.setattr(bot.extractive.tuning, name, fitted)
    assert check(service, questions, names=(name,)) == 0
    assert getattr(bot.extractive.tuning, name) == fitted  # the scan puts the value back


def test_a_scan_of_the_readers_alone_is_the_full_scan() -> None:
    """`scan_all` answers, per value, only the questions whose answers read the constant, and
    adds the others' utility as it stands: the same totals as answering every question."""
    from eval.calibrate import GRIDS, scan_all, scan_constant

    service, questions = _mini("NEGATED_CUT")
    questions += _mini("YEAR_OTHER")[1]  # asked of a report that does not say it: not read
    for name in ("NEGATED_CUT", "YEAR_OTHER", "MIN_UNIT_SUPPORT"):
        assert scan_all(service, questions, (name,))[name] == scan_constant(
            service, questions, name, GRIDS[name]
        )


def test_a_comparison_is_worth_what_the_evaluation_scores_of_it() -> None:
    """A comparison question counts in the scans (its sides read the constants like a figure
    question): right +1, a wrong figure stated -2, "not found" 0, as `eval.scoring` scores it."""
    from types import SimpleNamespace

    from eval.calibrate import HEDGED, RIGHT, WRONG, _utility_of

    def service(text: str, abstained: bool = False) -> AnswerService:
        ans = SimpleNamespace(text=text, abstained=abstained, candidates=(), figure="",
                              intent="comparison")  # fmt: skip
        return SimpleNamespace(answer=lambda _q: ans)  # type: ignore[return-value]

    q = Question("c1", "So sánh A và B", "compare", ("t001",), ("12", "30"))
    assert _utility_of(service("A: **12** [1]; B: **30** [2]"), q) == RIGHT
    assert _utility_of(service("A: **12** [1]; B: **31** [2]"), q) == WRONG
    assert _utility_of(service("Không tìm thấy.", abstained=True), q) == HEDGED


def test_a_scan_that_skips_unflipped_comparisons_is_the_full_scan(service: AnswerService) -> None:
    """On the real index: an answer is asked again at a scanned value only when no answer made
    so far (at the constants' values or at another scanned value) compared the constant only
    through `tuning.at_least` with no comparison the value flips; the scan's totals are those
    of answering every question at every value, with far fewer answers."""
    from eval.calibrate import GRIDS, Reads, retrieval_reused, scan_all, scan_constant
    from eval.scoring import QUESTIONS

    asked = [q for q in load_questions(QUESTIONS) if q.category == "breakdown"][:12]
    names = ("PART_RIVAL_COVERAGE", "MIN_UNIT_SUPPORT", "NAMED_ELSEWHERE_COVERAGE", "NEGATED_CUT")
    with retrieval_reused(service):
        reads = Reads.of(service, asked)
        full = {name: scan_constant(service, asked, name, GRIDS[name]) for name in names}
        pruned = {
            name: scan_constant(
                service, reads.readers[name], name, GRIDS[name], reads.fixed(name), reads
            )
            for name in names
        }
    assert pruned == full
    assert scan_all(service, asked, names) == full
    assert any(t.compared for t in reads.traces.values())  # the comparisons were noted
    pairs = sum(len(reads.readers[name]) * len(GRIDS[name]) for name in names)
    assert reads.asked_again < pairs  # and some values left answers as they were


def test_a_scan_dealt_to_two_processes_is_the_same_scan(
    service: AnswerService, seed_settings: Settings
) -> None:
    """`scan_all` with two jobs deals the questions to two processes, each with its own service
    made from the fixture's settings: their totals add up to the one-process scan."""
    from eval.calibrate import scan_all
    from eval.scoring import QUESTIONS

    asked = [q for q in load_questions(QUESTIONS) if q.category in {"breakdown", "compare"}][:10]
    names = ("PART_RIVAL_COVERAGE", "YEAR_OTHER")
    assert scan_all(service, asked, names, 2, seed_settings) == scan_all(service, asked, names)


def test_an_answer_holds_at_the_value_it_was_made_at_even_when_read_directly() -> None:
    """A constant read directly (a score cut) may change the answer at any other value, but at
    the value the answer was made at it is that answer: the scan does not ask it again."""
    from eval.calibrate import Trace

    cut = Trace({"YEAR_OTHER": 0.5, "NEGATED_CUT": 1.0}, 1.0, {"YEAR_OTHER"},
                [("NEGATED_CUT", 0.9, 1.0)])  # fmt: skip
    assert cut.holds("YEAR_OTHER", 0.5)
    assert not cut.holds("YEAR_OTHER", 0.6)
    assert not cut.holds("NEGATED_CUT", 0.8)  # 0.9 >= 0.8, where 0.9 >= 1.0 was not: flipped
    assert cut.holds("NEGATED_CUT", 1.2)  # 0.9 >= 1.2 is not either: the same answer
