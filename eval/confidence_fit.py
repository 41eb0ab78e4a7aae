"""The extractive answerer's confidence model, fitted (`python -m eval.calibrate
--fit-confidence`): every dev and generated question is answered once with a model that never
hedges; each figure answer gives one point (the named features of bot/extractive/confidence.py,
whether the stated figure is right, whether the right one is among the first three). A logistic
regression on the points gives the weights; the two thresholds (state the figure at or above
`state_above`, say "not found" below `abstain_below`, list the candidates between) maximise the
answers' utility on probabilities predicted out of fold (`FOLDS`), so that they are not fitted
to points the weights have already seen.

The generated questions are many and their labels noisy (a question made by dropping words from
a figure's description often fits several figures; the "wrong" one may answer it as worded):
in the utility they weigh as much, all together, as the dev split's questions. And the
thresholds may hedge at most `MAX_DEV_HEDGED` of the dev split's right answers: a hedge is never
counted correct, and the CI floor tolerates 2 points (eval/__main__.py `SLACK`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import AnswerService
from bot.extractive.answerer import ExtractiveAnswerer
from bot.extractive.confidence import CONFIDENCE_FILE, FEATURES, ConfidenceModel, load_confidence
from core.text import figures
from eval.scoring import Question, value_in

RIGHT, HEDGED_RIGHT, HEDGED, WRONG, ABSTAINED_RIGHT = 1.0, 0.5, 0.0, -2.0, 1.0
FOLDS = 5  # out-of-fold probabilities for the thresholds
MAX_DEV_HEDGED = 0.02  # share of the dev split's right figure answers the thresholds may hedge
C = 1.0  # the regression's inverse regularisation (scikit-learn's default)


@dataclass(frozen=True)
class Point:
    """One figure answer: its features, and what stating, hedging or abstaining is worth."""

    id: str
    x: tuple[float, ...]
    answerable: bool
    right: bool  # the figure it would state is an expected one
    right_in_top3: bool
    doubts: bool  # hedged whatever the model says
    generated: bool = False  # a question made from the fact table, not a dev question


def _right(q: Question, figure: str) -> bool:
    return (
        bool(figure)
        and q.answerable
        and all(value_in(v, figure, figures(figure)) for v in q.expect)
    )


def collect(service: AnswerService, questions: Sequence[Question]) -> list[Point]:
    """Answer every question with a model that never hedges; one point per figure answer."""
    answerer = service.answerer
    if not isinstance(answerer, ExtractiveAnswerer):
        raise SystemExit("the confidence model is the extractive answerer's: set it as answerer")
    kept = answerer.confidence
    answerer.confidence = ConfidenceModel.permissive()
    points = []
    try:
        for q in questions:
            ans = service.answer(q.q)
            if not ans.evidence:
                continue
            options = [c.figure for c in ans.candidates]
            best = ans.figure or (options[0] if options else "")
            top3 = [best, *options][:3] if ans.figure else options[:3]
            x = tuple(dict(ans.evidence)[n] for n in FEATURES)
            points.append(Point(q.id, x, q.answerable, _right(q, best),
                                any(_right(q, f) for f in top3), bool(ans.doubts),
                                q.id.startswith("gen-")))  # fmt: skip
    finally:
        answerer.confidence = kept
    return points


def worth(p: Point, prob: float, state: float, abstain: float) -> float:
    """One answer's worth when a figure is stated at probability ≥ `state` (and no doubt),
    "not found" below `abstain`, the candidates listed otherwise."""
    if prob < abstain:
        return 0.0 if p.answerable else ABSTAINED_RIGHT
    if p.doubts or prob < state:
        return HEDGED_RIGHT if p.right_in_top3 else HEDGED
    return RIGHT if p.right else WRONG


def utility(points: Sequence[Point], probs: Sequence[float], state: float, abstain: float) -> float:
    """The answers' total worth (`worth`), the generated questions weighing together as much as
    the dev questions."""
    n_gen = sum(p.generated for p in points)
    scale = (len(points) - n_gen) / n_gen if n_gen else 1.0
    return sum(
        worth(p, prob, state, abstain) * (scale if p.generated else 1.0)
        for p, prob in zip(points, probs, strict=True)
    )


def dev_hedged(points: Sequence[Point], probs: Sequence[float], state: float) -> float:
    """The share of the dev split's right figure answers that `state` would hedge."""
    right = [
        (p, prob) for p, prob in zip(points, probs, strict=True) if p.right and not p.generated
    ]
    return sum(prob < state and not p.doubts for p, prob in right) / max(1, len(right))


def thresholds(points: Sequence[Point], probs: Sequence[float]) -> tuple[float, float, float]:
    """(state_above, abstain_below, utility): the best pair on a grid of midpoints between the
    distinct probabilities (abstain_below ≤ state_above, hedging at most `MAX_DEV_HEDGED` of the
    dev split's right answers)."""
    ps = sorted(set(probs))
    grid = [0.0] + [(a + b) / 2 for a, b in zip(ps, ps[1:], strict=False)] + [1.0]
    best = (0.0, 0.0, utility(points, probs, 0.0, 0.0))
    for i, state in enumerate(grid):
        if dev_hedged(points, probs, state) > MAX_DEV_HEDGED:
            break
        for abstain in grid[: i + 1]:
            u = utility(points, probs, state, abstain)
            if u > best[2]:
                best = (state, abstain, u)
    return best


def unfitted_if_stale() -> None:
    """Replace a confidence.json naming features the code no longer has by an unfitted one
    (never hedges), so that the answerer loads and the fit can run."""
    try:
        load_confidence()
    except (ValueError, KeyError, OSError):
        unfitted = {"features": [], "coef": [], "intercept": 60.0, "state_above": 0.0,
                    "abstain_below": 0.0, "fitted_on": "not fitted"}  # fmt: skip
        CONFIDENCE_FILE.write_text(json.dumps(unfitted, indent=1) + "\n", encoding="utf-8")


def fit_and_write(service: AnswerService, questions: Sequence[Question]) -> int:
    """Collect the points, fit, choose the thresholds, write confidence.json; print a summary."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    points = collect(service, questions)
    x = np.array([p.x for p in points], dtype=float)
    y = np.array([p.right for p in points], dtype=int)
    model = LogisticRegression(C=C, max_iter=5000)
    oof = cross_val_predict(model, x, y, cv=FOLDS, method="predict_proba")[:, 1]
    state, abstain, held_out = thresholds(points, list(oof))
    model.fit(x, y)
    u = utility(points, list(model.predict_proba(x)[:, 1]), state, abstain)
    old = utility(points, [1.0] * len(points), 0.0, 0.0)
    coef = [round(float(w), 6) for w in model.coef_[0]]
    out = {
        "features": list(FEATURES),
        "coef": coef,
        "intercept": round(float(model.intercept_[0]), 6),
        "state_above": round(state, 6),
        "abstain_below": round(abstain, 6),
        "fitted_on": f"{len(points)} figure answers (dev split + generated questions)",
    }
    CONFIDENCE_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(points)} points, {int(y.sum())} right; utility never hedging {old:.1f}, "
        f"with the model out of fold {held_out:.1f} (in sample {u:.1f}); state ≥ {state:.3f}, "
        f"abstain < {abstain:.3f}"
    )
    for name, w in zip(FEATURES, coef, strict=True):
        print(f"  {name:<20} {w:+.3f}")
    return 0
