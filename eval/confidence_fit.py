"""The extractive answerer's confidence model, fitted (`python -m eval.calibrate
--fit-confidence`): every dev and generated question is answered once with a model that never
hedges; each figure answer gives one point (the named features of bot/extractive/confidence.py,
whether the stated figure is right, whether the right one is among the first three). A logistic
regression on the points gives the weights; the two thresholds (state the figure at or above
`state_above`, say "not found" below `abstain_below`, list the candidates between) maximise the
answers' utility on probabilities predicted out of fold (`FOLDS`), so that they are not fitted
to points the weights have already seen.

When the calibration split (eval/questions_calib.toml: written from the reports alone, never read
by developers and never tuned on) is there, the thresholds are chosen on its answers instead,
with the probabilities of the model fitted on the dev and generated points: the dev split is
tuned on, so its answers are surer than a fresh question's, and thresholds chosen on them state
too much on new wordings (measured: 3 % wrong figures on dev, 10 % on the test split).

The generated questions are many and their labels noisy (a question made by dropping words from
a figure's description often fits several figures; the "wrong" one may answer it as worded):
in the utility they weigh as much, all together, as the dev split's questions. And the
thresholds may hedge at most `MAX_DEV_HEDGED` of the dev split's right answers: a hedge is never
counted correct, and the CI floor tolerates 2 points (eval/__main__.py `SLACK`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.answer import AnswerService
from bot.extractive.answerer import ExtractiveAnswerer
from bot.extractive.confidence import CONFIDENCE_FILE, FEATURES, ConfidenceModel, load_confidence
from core.text import figures
from eval.scoring import Question, value_in

RIGHT, HEDGED_RIGHT, HEDGED, WRONG, ABSTAINED_RIGHT = 1.0, 0.5, 0.0, -2.0, 1.0
FOLDS = 5  # out-of-fold probabilities for the thresholds
# The folds are drawn at random (with this seed, so a refit is the same fit): in the points'
# order, the dev split's would all fall into one fold, scored by a model fitted on generated
# questions alone.
FOLD_SEED = 14
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
    calib: bool = False  # a question of the held-out calibration split


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
                                q.id.startswith("gen-"), q.split == "calib"))  # fmt: skip
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


def weights(points: Sequence[Point]) -> list[float]:
    """Each point's weight: 1 for a dev point; the generated ones weigh together as much as
    the dev ones (1 each when there are only generated points)."""
    n_gen = sum(p.generated for p in points)
    scale = (len(points) - n_gen) / n_gen if 0 < n_gen < len(points) else 1.0
    return [scale if p.generated else 1.0 for p in points]


def utility(points: Sequence[Point], probs: Sequence[float], state: float, abstain: float) -> float:
    """The answers' total worth (`worth`), weighed by `weights`."""
    return sum(
        worth(p, prob, state, abstain) * w
        for p, prob, w in zip(points, probs, weights(points), strict=True)
    )


def dev_hedged(points: Sequence[Point], probs: Sequence[float], state: float) -> float:
    """The share of the dev split's right figure answers that `state` would hedge."""
    right = [
        (p, prob)
        for p, prob in zip(points, probs, strict=True)
        if p.right and not p.generated and not p.calib
    ]
    return sum(prob < state and not p.doubts for p, prob in right) / max(1, len(right))


def thresholds(
    points: Sequence[Point],
    probs: Sequence[float],
    guard: tuple[Sequence[Point], Sequence[float]] | None = None,
    limit: float = MAX_DEV_HEDGED,
) -> tuple[float, float, float]:
    """(state_above, abstain_below, utility): the best pair on a grid of midpoints between the
    distinct probabilities (abstain_below ≤ state_above, hedging at most `limit` of the dev
    split's right answers: those of `guard`, the points themselves when none is given)."""
    guard_points, guard_probs = guard or (points, probs)
    ps = sorted(set(probs))
    grid = [0.0] + [(a + b) / 2 for a, b in zip(ps, ps[1:], strict=False)] + [1.0]
    best = (0.0, 0.0, utility(points, probs, 0.0, 0.0))
    for i, state in enumerate(grid):
        if dev_hedged(guard_points, guard_probs, state) > limit:
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


@dataclass(frozen=True)
class Fitted:
    """A fitted confidence model as confidence.json holds it, and its utility out of fold."""

    coef: tuple[float, ...]
    intercept: float
    state_above: float
    abstain_below: float
    held_out: float  # the utility of the thresholds on out-of-fold probabilities

    def model(self) -> ConfidenceModel:
        """The answerer's model of these weights and thresholds."""
        return ConfidenceModel(tuple(FEATURES), self.coef, self.intercept, self.state_above,
                               self.abstain_below)  # fmt: skip

    def payload(self, fitted_on: str) -> dict[str, object]:
        """What confidence.json holds."""
        return {"features": list(FEATURES), "coef": list(self.coef), "intercept": self.intercept,
                "state_above": self.state_above, "abstain_below": self.abstain_below,
                "fitted_on": fitted_on}  # fmt: skip


def fit(points: Sequence[Point], limit: float = MAX_DEV_HEDGED) -> Fitted:
    """Logistic regression on the dev and generated points; thresholds on the calibration
    split's points when there are any (probabilities of the fitted model, which never saw them),
    else on out-of-fold probabilities. The thresholds hedge at most `limit` of the dev split's
    right answers (out of fold)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    train = [p for p in points if not p.calib]
    held = [p for p in points if p.calib]
    x = np.array([p.x for p in train], dtype=float)
    y = np.array([p.right for p in train], dtype=int)
    w = np.array(weights(train), dtype=float)
    model = LogisticRegression(C=C, max_iter=5000)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=FOLD_SEED)
    oof = cross_val_predict(model, x, y, cv=folds, method="predict_proba",
                            params={"sample_weight": w})[:, 1]  # fmt: skip
    model.fit(x, y, sample_weight=w)
    if held:
        probs = model.predict_proba(np.array([p.x for p in held], dtype=float))[:, 1]
        state, abstain, held_out = thresholds(held, list(probs), (train, list(oof)), limit)
    else:
        state, abstain, held_out = thresholds(train, list(oof), limit=limit)
    return Fitted(tuple(round(float(w), 6) for w in model.coef_[0]),
                  round(float(model.intercept_[0]), 6), round(state, 6), round(abstain, 6),
                  round(held_out, 3))  # fmt: skip


@dataclass(frozen=True)
class Tally:
    """What a model does with a set of points: figures stated right and wrong, hedged (with
    the right figure among the candidates or not), "not found"; for answerable questions, and
    what unanswerable ones got."""

    answerable: int
    right: int
    wrong: int
    hedged_right: int
    hedged: int
    not_found: int
    unanswerable: int
    unanswerable_stated: int

    def row(self, label: str) -> str:
        """One line of the generalisation table."""
        n = max(1, self.answerable)
        return (f"{label:<34} {self.answerable:>5} {100 * self.right / n:>7.1f} "
                f"{100 * self.wrong / n:>7.1f} {100 * self.hedged_right / n:>7.1f} "
                f"{100 * (self.hedged + self.not_found) / n:>7.1f} "
                f"{self.unanswerable_stated:>4}/{self.unanswerable:<4}")  # fmt: skip


HEADER = (f"{'fitted on → measured on':<34} {'n':>5} {'right%':>7} {'wrong%':>7} "
          f"{'hedge+%':>7} {'other%':>7} {'una.stated':>9}")  # fmt: skip


def measure(model: ConfidenceModel, points: Sequence[Point]) -> Tally:
    """What the model, with its thresholds, does with each point (its answer's features)."""
    counts = dict.fromkeys(("right", "wrong", "hedged_right", "hedged", "not_found", "una",
                            "una_stated"), 0)  # fmt: skip
    for p in points:
        prob = model.probability(tuple(zip(FEATURES, p.x, strict=True)))
        if not p.answerable:
            counts["una"] += 1
            counts["una_stated"] += prob >= model.state_above and not p.doubts
        elif prob < model.abstain_below:
            counts["not_found"] += 1
        elif p.doubts or prob < model.state_above:
            counts["hedged_right" if p.right_in_top3 else "hedged"] += 1
        else:
            counts["right" if p.right else "wrong"] += 1
    answerable = sum(p.answerable for p in points)
    return Tally(answerable, counts["right"], counts["wrong"], counts["hedged_right"],
                 counts["hedged"], counts["not_found"], counts["una"], counts["una_stated"])  # fmt: skip


def generalisation(dev: Sequence[Point], gen: Sequence[Point]) -> list[str]:
    """The table of `python -m eval.calibrate --generalise`: models fitted on the dev split,
    on the generated questions and on both, each measured on what it saw and on what it did
    not (the row a model was not fitted on is the honest one)."""
    fits = {"dev": fit(dev), "generated": fit(gen), "dev + generated": fit([*dev, *gen])}
    lines = [HEADER]
    lines.append(measure(ConfidenceModel.permissive(), dev).row("never hedging → dev"))
    lines.append(measure(ConfidenceModel.permissive(), gen).row("never hedging → generated"))
    current = load_confidence()
    lines.append(measure(current, dev).row("confidence.json → dev"))
    lines.append(measure(current, gen).row("confidence.json → generated"))
    for name, fitted in fits.items():
        for label, pts in (("dev", dev), ("generated", gen)):
            lines.append(measure(fitted.model(), pts).row(f"{name} → {label}"))
    lines.append("ranking (ROC AUC: a right figure above a wrong one), the thresholds aside: "
                 f"dev out of fold {auc(dev, dev):.3f}, generated → dev {auc(gen, dev):.3f}; "
                 f"generated out of fold {auc(gen, gen):.3f}, dev → generated {auc(dev, gen):.3f}")  # fmt: skip
    return lines


def auc(train: Sequence[Point], test: Sequence[Point]) -> float:
    """How well a model fitted on `train` ranks the right figures of `test` above the wrong
    ones (ROC AUC; out of fold when they are the same points)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    x = np.array([p.x for p in train], dtype=float)
    y = np.array([p.right for p in train], dtype=int)
    model = LogisticRegression(C=C, max_iter=5000)
    if train is test:
        folds = StratifiedKFold(FOLDS, shuffle=True, random_state=FOLD_SEED)
        return float(roc_auc_score(y, cross_val_predict(model, x, y, cv=folds,
                                                        method="predict_proba")[:, 1]))  # fmt: skip
    model.fit(x, y)
    xt = np.array([p.x for p in test], dtype=float)
    return float(roc_auc_score([p.right for p in test], model.predict_proba(xt)[:, 1]))


# How far a refit may land from confidence.json and still count as the same model: the
# weights (a change of the answerer moves them a little) and the thresholds.
COEF_TOLERANCE = 0.05
THRESHOLD_TOLERANCE = 0.02


def stale(fitted: Fitted, path: Path = CONFIDENCE_FILE) -> str:
    """Why confidence.json is not what a refit gives ("" when it is, within tolerance)."""
    d = json.loads(path.read_text(encoding="utf-8"))
    if d["features"] != list(FEATURES):
        return f"{path.name} names other features than the code; refit"
    far = [n for n, a, b in zip(FEATURES, d["coef"], fitted.coef, strict=True)
           if abs(a - b) > COEF_TOLERANCE]  # fmt: skip
    far += [n for n in ("state_above", "abstain_below")
            if abs(d[n] - getattr(fitted, n)) > THRESHOLD_TOLERANCE]  # fmt: skip
    if abs(d["intercept"] - fitted.intercept) > COEF_TOLERANCE:
        far.append("intercept")
    return f"{path.name}: a refit moves {', '.join(far)}; refit (make refit)" if far else ""


def fit_and_write(service: AnswerService, questions: Sequence[Question]) -> int:
    """Collect the points, fit, choose the thresholds, write confidence.json; print a summary."""
    points = collect(service, questions)
    fitted = fit(points)
    n_gen = sum(p.generated for p in points)
    n_cal = sum(p.calib for p in points)
    out = fitted.payload(f"{len(points) - n_cal} figure answers ({len(points) - n_gen - n_cal} "
                         f"of the dev split, {n_gen} of generated questions); thresholds on "
                         + (f"{n_cal} of the calibration split" if n_cal else "them, out of fold"))  # fmt: skip
    CONFIDENCE_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    never = utility(points, [1.0] * len(points), 0.0, 0.0)
    print(f"{len(points)} points, {sum(p.right for p in points)} right; utility never hedging "
          f"{never:.1f}, with the model held out {fitted.held_out:.1f}; state ≥ "
          f"{fitted.state_above:.3f}, abstain < {fitted.abstain_below:.3f}")  # fmt: skip
    for name, w in zip(FEATURES, fitted.coef, strict=True):
        print(f"  {name:<20} {w:+.3f}")
    print(HEADER)
    groups = {"dev": [p for p in points if not p.generated and not p.calib],
              "generated": [p for p in points if p.generated],
              "calibration": [p for p in points if p.calib]}  # fmt: skip
    for label, group in groups.items():
        if group:
            print(measure(fitted.model(), group).row(f"fitted → {label}"))
    return 0
