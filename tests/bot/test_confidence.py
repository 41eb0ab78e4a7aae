"""The extractive answerer's confidence: each named feature on hand-made candidates (a
breakdown's headline and its items, a figure of another clause), the fitted model's file, and
the thresholds' fit on hand-computed points."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.extractive.choice import _ASKED_ITEM, Candidate
from bot.extractive.confidence import (
    CONFIDENCE_FILE,
    FEATURES,
    Chosen,
    ConfidenceModel,
    f_closeness,
    f_coverage,
    f_facts_agree,
    f_genuine_margin,
    f_item_unasked,
    f_margin,
    f_part_unnamed,
    f_rival_closer,
    f_rival_names_more,
    f_unasked_qualifiers,
    f_unit_support,
    features,
    genuine_rivals,
    load_confidence,
    outscored_runner_up,
    related,
)
from eval.confidence_fit import Point, dev_hedged, fit, measure, thresholds, utility, worth
from index.chunk import Chunk, Span
from index.retrieve import Hit

CLAUSE = "so DVC muc do 4 la: 1.044 (trong do: 1.002 cap tinh; 36 cap huyen; 06 cap xa)"
CHUNK = Chunk("r:0001", "r", 1, "II", CLAUSE, 1, 1, (Span(0, len(CLAUSE), 1, 1),))
OTHER = Chunk("r:0002", "r", 2, "II", "tong so 1.870 dich vu cong", 2, 2, (Span(0, 26, 2, 2),))


def cand(
    figure: str, score: float, item: bool = False, chunk: Chunk = CHUNK, coverage: float = 0.9,
    closeness: float = 0.0, parts_named: int = 0, unasked: int = 0,
    doubts: frozenset[str] = frozenset(),
) -> Candidate:  # fmt: skip
    return Candidate(Hit(chunk, 1.0), chunk.spans[0], score, coverage, figure, closeness, doubts,
                     parts_named, unasked, item)  # fmt: skip


HEAD = cand("1.044", 1.50)
PART = cand("36", 1.45, item=True)
ELSEWHERE = cand("1.870", 1.20, chunk=OTHER)


def chosen(
    best: Candidate, *rest: Candidate, decided: bool = False, parts_asked: bool = False,
    unit_support: float = 1.0, opinion: tuple[str, ...] = (),
) -> Chosen:  # fmt: skip
    return Chosen(best, (best, *rest), decided, parts_asked, unit_support, opinion)


def test_a_headline_and_its_item_are_related_two_items_are_not() -> None:
    assert related(HEAD, PART)
    assert not related(PART, cand("06", 1.0, item=True))  # siblings compete
    assert not related(HEAD, ELSEWHERE)  # another clause


def test_margin_is_the_lead_over_the_next_figure_and_one_when_decided() -> None:
    assert f_margin(chosen(HEAD, PART, ELSEWHERE)) == pytest.approx(0.05)
    assert f_margin(chosen(HEAD, PART, decided=True)) == 1.0
    assert f_margin(chosen(HEAD)) == 1.0


def test_genuine_margin_skips_the_headlines_own_items() -> None:
    assert f_genuine_margin(chosen(HEAD, PART, ELSEWHERE)) == pytest.approx(0.30)
    assert [c.figure for c in genuine_rivals(chosen(HEAD, PART, ELSEWHERE))] == ["1.870"]


def test_an_item_the_question_names_stays_a_rival_of_its_headline() -> None:
    named = cand("36", 1.45, item=True, parts_named=1)
    assert f_genuine_margin(chosen(HEAD, named)) == pytest.approx(0.05)
    asked = cand("36", 1.45, item=True, doubts=frozenset({_ASKED_ITEM}))
    assert f_genuine_margin(chosen(HEAD, asked)) == pytest.approx(0.05)


def test_a_rival_of_another_part_or_level_is_no_rival_of_a_figure_without_doubts() -> None:
    sibling = cand("1.870", 1.45, chunk=OTHER, doubts=frozenset({"part"}))
    assert f_genuine_margin(chosen(HEAD, sibling, ELSEWHERE)) == pytest.approx(0.30)
    doubted = cand("1.044", 1.50, doubts=frozenset({"level"}))
    assert f_genuine_margin(chosen(doubted, sibling)) == pytest.approx(0.05)


def test_rival_closer_is_how_much_better_a_genuine_rivals_words_fit() -> None:
    near = cand("1.870", 1.2, chunk=OTHER, closeness=0.9)
    assert f_rival_closer(chosen(cand("1.044", 1.5, closeness=0.5), near)) == pytest.approx(0.4)
    assert f_rival_closer(chosen(cand("1.044", 1.5, closeness=0.95), near)) == 0.0


def test_facts_agree_when_the_fact_tables_model_ranks_the_figure_first_or_second() -> None:
    assert f_facts_agree(chosen(HEAD, opinion=("1044", "36"))) == 1.0
    assert f_facts_agree(chosen(HEAD, opinion=("36", "1044"))) == 0.5
    assert f_facts_agree(chosen(HEAD, opinion=("36",))) == 0.0
    assert f_facts_agree(chosen(cand("55,82%", 1.0), opinion=("55.82",))) == 1.0


def test_closeness_and_coverage_are_the_best_candidates_clipped() -> None:
    assert f_closeness(chosen(cand("1", 1.0, closeness=0.4))) == 0.4
    assert f_closeness(chosen(cand("1", 1.0, closeness=5.0))) == 2.0
    assert f_coverage(chosen(cand("1", 1.0, coverage=0.7))) == 0.7


def test_unit_support_is_passed_through() -> None:
    assert f_unit_support(chosen(HEAD, unit_support=0.5)) == 0.5


def test_part_unnamed_when_a_part_is_asked_and_the_label_names_none() -> None:
    assert f_part_unnamed(chosen(HEAD, parts_asked=True)) == 1.0
    assert f_part_unnamed(chosen(cand("36", 1.0, parts_named=1), parts_asked=True)) == 0.0
    assert f_part_unnamed(chosen(HEAD)) == 0.0


def test_rival_names_more_of_the_asked_parts() -> None:
    assert f_rival_names_more(chosen(HEAD, cand("36", 1.4, item=True, parts_named=1))) == 1.0
    assert f_rival_names_more(chosen(HEAD, PART)) == 0.0


def test_unasked_qualifiers_are_counted_up_to_three() -> None:
    assert f_unasked_qualifiers(chosen(cand("1", 1.0, unasked=2))) == 2.0
    assert f_unasked_qualifiers(chosen(cand("1", 1.0, unasked=7))) == 3.0


def test_an_item_whose_label_is_not_asked() -> None:
    assert f_item_unasked(chosen(PART)) == 1.0
    assert f_item_unasked(chosen(cand("36", 1.0, item=True, parts_named=1))) == 0.0
    assert f_item_unasked(chosen(HEAD)) == 0.0


def test_features_are_named_in_order_and_the_fitted_file_matches_them() -> None:
    names = [n for n, _ in features(chosen(HEAD, PART))]
    assert names == list(FEATURES)
    model = load_confidence()
    assert model.names == tuple(FEATURES)
    assert 0.0 <= model.abstain_below <= model.state_above <= 1.0


def test_the_model_is_a_logistic_of_its_weights(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"features": ["margin"], "coef": [2.0], "intercept": -1.0,
                                "state_above": 0.5, "abstain_below": 0.1}))  # fmt: skip
    model = load_confidence(path)
    assert model.probability((("margin", 0.5),)) == pytest.approx(0.5)
    assert ConfidenceModel.permissive().probability(()) == pytest.approx(1.0)
    path.write_text(json.dumps({"features": ["gone"], "coef": [1.0], "intercept": 0.0,
                                "state_above": 0.5, "abstain_below": 0.1}))  # fmt: skip
    with pytest.raises(ValueError, match="gone"):
        load_confidence(path)
    assert CONFIDENCE_FILE.exists()


def test_a_runner_up_that_outscored_the_first_and_the_facts_rank_first() -> None:
    # a label rule put the 1.450 item first; the clause scored the 2.300 total higher and the
    # fact table ranks it first: the two readings agree on it
    first, total = cand("1.450", 1.10, item=True), cand("2.300", 1.60, chunk=OTHER)
    assert outscored_runner_up(chosen(first, total, opinion=("2300",))) is total
    # the facts rank another figure first, the labels decided, or it scored lower: none
    assert outscored_runner_up(chosen(first, total, opinion=("1450",))) is None
    assert outscored_runner_up(chosen(first, total, opinion=("2300",), decided=True)) is None
    lower = cand("2.300", 1.00, chunk=OTHER)
    assert outscored_runner_up(chosen(first, lower, opinion=("2300",))) is None
    # a figure of another level, unit or part is no choice
    doubted = cand("2.300", 1.60, chunk=OTHER, doubts=frozenset({"level"}))
    assert outscored_runner_up(chosen(first, doubted, opinion=("2300",))) is None


def test_the_model_states_an_outscored_runner_up_only_when_sure_of_it(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"features": ["facts_agree"], "coef": [4.0], "intercept": -2.0,
                                "state_above": 0.6, "abstain_below": 0.1}))  # fmt: skip
    model = load_confidence(path)
    first, total = cand("1.450", 1.10, item=True), cand("2.300", 1.60, chunk=OTHER)
    x = chosen(first, total, opinion=("2300",))
    alt = model.outscored(x, lambda c: 1.0)
    assert alt is not None
    assert alt[0] is total
    assert alt[2] == pytest.approx(1 / (1 + 2.718281828459045**-2.0))
    # its passage does not say what is counted: the first stays, unsure
    assert model.outscored(x, lambda c: None) is None
    path.write_text(json.dumps({"features": ["facts_agree"], "coef": [1.0], "intercept": -2.0,
                                "state_above": 0.6, "abstain_below": 0.1}))  # fmt: skip
    assert load_confidence(path).outscored(x, lambda c: 1.0) is None  # not sure of it either


def _pt(right: bool, top3: bool = True, answerable: bool = True, gen: bool = False) -> Point:
    return Point("q", (), answerable, right, top3, False, gen)


def test_each_answer_is_worth_what_the_utility_says() -> None:
    assert worth(_pt(True), 0.9, 0.5, 0.1) == 1.0  # stated right
    assert worth(_pt(False), 0.9, 0.5, 0.1) == -2.0  # stated wrong
    assert worth(_pt(False), 0.3, 0.5, 0.1) == 0.5  # hedged, the right one listed
    assert worth(_pt(False, answerable=False, top3=False), 0.05, 0.5, 0.1) == 1.0  # not found


def test_generated_points_weigh_together_as_much_as_the_dev_points() -> None:
    points = [_pt(True), _pt(False, gen=True), _pt(False, gen=True)]
    assert utility(points, [0.9, 0.9, 0.9], 0.0, 0.0) == pytest.approx(1.0 - 2.0)


def test_thresholds_hedge_the_unsure_wrong_answers_within_the_dev_limit() -> None:
    points = [_pt(True)] * 60 + [_pt(False, gen=True)] * 5 + [_pt(True, gen=True)] * 5
    probs = [0.9] * 60 + [0.3] * 5 + [0.8] * 5
    state, abstain, _ = thresholds(points, probs)
    assert 0.3 < state <= 0.8
    assert abstain <= 0.3
    assert dev_hedged(points, probs, state) == 0.0


def test_generated_points_alone_weigh_as_they_are() -> None:
    points = [_pt(False, gen=True), _pt(True, gen=True)]
    assert utility(points, [0.9, 0.9], 0.0, 0.0) == pytest.approx(-2.0 + 1.0)


def _feat(
    right: bool, margin: float, gen: bool, answerable: bool = True, calib: bool = False
) -> Point:
    x = tuple(margin if n in ("margin", "genuine_margin") else 0.5 for n in FEATURES)
    return Point("q", x, answerable, right, True, False, gen, calib)


def test_measure_counts_what_the_model_states_hedges_and_abstains() -> None:
    sure = ConfidenceModel(("margin",), (10.0,), -5.0, 0.5, 0.1)  # p = 0.5 at margin 0.5
    points = [_feat(True, 0.9, False), _feat(False, 0.8, False), _feat(True, 0.3, False),
              _feat(False, 0.0, False), _feat(False, 0.9, False, answerable=False)]  # fmt: skip
    t = measure(sure, points)
    assert (t.answerable, t.right, t.wrong, t.hedged_right, t.not_found) == (4, 1, 1, 1, 1)
    assert (t.unanswerable, t.unanswerable_stated) == (1, 1)


def test_a_fit_is_deterministic_and_learns_that_a_lead_is_sure() -> None:
    points = [_feat(i % 4 != 0, 0.2 + 0.6 * (i % 4 != 0) + 0.01 * (i % 7), i % 3 == 0)
              for i in range(80)]  # fmt: skip
    a, b = fit(points), fit(points)
    assert a == b
    assert a.coef[list(FEATURES).index("margin")] > 0
    assert measure(a.model(), points).wrong == 0


def test_the_calibration_split_chooses_the_thresholds_and_trains_no_weight() -> None:
    train = [_feat(i % 4 != 0, 0.2 + 0.6 * (i % 4 != 0) + 0.01 * (i % 7), i % 3 == 0)
             for i in range(80)]  # fmt: skip
    # Fresh questions where a middling lead is as often wrong as right: stating them costs more
    # (-2 each wrong) than listing the candidates (+0.5 each), so the state threshold rises.
    fresh = [_feat(i % 2 == 0, 0.5 + 0.01 * (i % 5), False, calib=True) for i in range(40)]
    fresh += [_feat(True, 0.95, False, calib=True) for _ in range(20)]
    plain, held = fit(train), fit([*train, *fresh], limit=1.0)
    assert held.coef == plain.coef
    assert held.intercept == plain.intercept
    model = held.model()
    middling = model.probability(tuple(zip(FEATURES, fresh[0].x, strict=True)))
    sure = model.probability(tuple(zip(FEATURES, fresh[-1].x, strict=True)))
    assert middling < held.state_above <= sure
    assert plain.state_above <= middling  # the dev points alone would state them


def test_a_refit_within_tolerance_is_the_fitted_file_and_one_beyond_is_stale(
    tmp_path: Path,
) -> None:
    from eval.confidence_fit import COEF_TOLERANCE, Fitted, stale

    fitted = Fitted(tuple(0.5 for _ in FEATURES), -1.0, 0.3, 0.2, 0.0)
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps(fitted.payload("test")), encoding="utf-8")
    near = Fitted(tuple(0.5 + COEF_TOLERANCE / 2 for _ in FEATURES), -1.0, 0.31, 0.2, 0.0)
    assert stale(near, path) == ""
    far = Fitted(fitted.coef, -1.0, 0.3 + 0.1, 0.2, 0.0)
    assert "state_above" in stale(far, path)
    moved = Fitted((9.0, *fitted.coef[1:]), -1.0, 0.3, 0.2, 0.0)
    assert list(FEATURES)[0] in stale(moved, path)
