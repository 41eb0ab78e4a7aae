"""`python -m eval.fit`: fit the fact answerer's weights (bot/weights.json) and report how well
they hold on reports the fit did not see.

Training questions: the dev split's figure questions (eval/questions.toml; never the test split)
plus questions generated from the fact table itself (eval/generated.py: templates over a fact's
counted words, level, scope and part label; Vietnamese, Vietnamese without diacritics, English
through the domain lexicon; reworded so a question is never the fact's exact wording; near-miss
variants that expect "not found"). Each
(question, candidate fact of its retrieved chunks) pair is a row: the features of
bot/fact_answer.py, label 1 when the fact's figure is the expected one. Scikit-learn logistic
regression; cross-validation leaves one report out at a time (a question belongs to the report
that answers it). From the held-out probabilities: the abstention threshold and the margin
under which the best two figures are called too close, each chosen to maximise a utility where
a wrong figure stated with confidence costs twice what a right one earns (see `utility`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.fact_answer import _FIGURE_Q, FEATURES, WEIGHTS, FactMatcher
from core.errors import HbcError
from core.query import parse_query
from core.settings import load_settings
from core.text import figures, fold
from eval.generated import SEED, corpus_of, generate
from eval.scoring import QUESTIONS, is_figure, load_questions
from index.build import build_index
from index.chunk import Chunk
from index.embed import make_embedder
from index.facts import Fact
from index.generations import load_index
from index.metadata import Report
from index.retrieve import HybridRetriever

# Utility of one answer (used to choose threshold and margin on held-out probabilities):
# a right figure stated +1, a wrong one stated -2, "not sure" listing the right figure +0.5,
# "not sure" without it 0, abstaining on an unanswerable question +1, abstaining otherwise 0.
RIGHT, WRONG, UNSURE_RIGHT, ABSTAIN_RIGHT = 1.0, -2.0, 0.5, 1.0


@dataclass(frozen=True)
class TrainQuestion:
    """A question for the fit: its text, the report and figure that answer it (none: abstain)."""

    qid: str
    text: str
    report: str  # the cross-validation group
    expect: str  # canonical figure; "" for an unanswerable question
    source: str  # dev | gen
    language: str  # vi | vi_nodiac | en


def dev_questions(path: Path = QUESTIONS) -> list[TrainQuestion]:
    """The dev split's single-figure questions and its unanswerable figure questions."""
    out = []
    for q in load_questions(path):
        if q.category == "cross" or not _FIGURE_Q.search(fold(q.q, repair=False)):
            continue
        lang = q.lang  # the language it is typed in, whatever its kind
        if not q.answerable:
            out.append(TrainQuestion(q.id, q.q, "none", "", "dev", lang))
            continue
        if len(q.expect) != 1 or not is_figure(q.expect[0]) or len(q.reports) != 1:
            continue
        want = sorted(figures(q.expect[0]))
        if len(want) == 1:
            out.append(TrainQuestion(q.id, q.q, q.reports[0], want[0], "dev", lang))
    return out


def generated_questions(
    facts: Sequence[Fact], reports: Sequence[Report], chunks: Sequence[Chunk], n: int,
    seed: int = SEED,
) -> list[TrainQuestion]:  # fmt: skip
    """Questions made from the fact table by eval/generated.py (Vietnamese, without diacritics,
    English; parts of breakdowns; near-misses that expect "not found"), n of them drawn at
    random (all when n is 0)."""
    made = generate(facts, corpus_of(reports, chunks), seed)
    if 0 < n < len(made):
        made = sorted(random.Random(seed).sample(made, n), key=lambda q: int(q.id[4:]))
    out = []
    for q in made:
        if not q.answerable:
            out.append(TrainQuestion(q.id, q.q, "none", "", "gen", q.lang))
            continue
        want = sorted(figures(q.expect[0]))
        if len(want) == 1:
            out.append(TrainQuestion(q.id, q.q, q.reports[0], want[0], "gen", q.lang))
    return out


@dataclass
class Group:
    """One question's candidate rows."""

    q: TrainQuestion
    facts: list[Fact]
    x: np.ndarray
    y: np.ndarray


def build_groups(
    questions: Sequence[TrainQuestion], matcher: FactMatcher, retriever: HybridRetriever
) -> list[Group]:
    """Retrieve each question and turn its candidate facts into feature rows."""
    names = tuple(FEATURES)
    groups = []
    for tq in questions:
        q = parse_query(tq.text)
        retrieval = retriever.retrieve(q, None, "hybrid")
        cands = matcher.candidates(q, retrieval, names)
        if not cands:
            x = np.zeros((0, len(names)))
            groups.append(Group(tq, [], x, np.zeros(0)))
            continue
        facts = [f for f, _ in cands]
        x = np.array([v for _, v in cands], dtype=float)
        y = np.array(
            [
                1.0 if tq.expect and f.norm == tq.expect and f.report_id == tq.report else 0.0
                for f in facts
            ]  # fmt: skip
        )
        groups.append(Group(tq, facts, x, y))
    return groups


def _fit(groups: Sequence[Group]):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    xs = [g.x for g in groups if len(g.y)]
    ys = [g.y for g in groups if len(g.y)]
    x, y = np.vstack(xs), np.concatenate(ys)
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    model.fit(x, y)
    return model


@dataclass(frozen=True)
class Outcome:
    """One held-out question: the probabilities of its best two distinct figures and whether
    the best (or one of the top three) is right."""

    q: TrainQuestion
    p1: float
    p2: float
    top1_right: bool
    top3_right: bool
    has_positive: bool


def outcomes(groups: Sequence[Group], probs: Sequence[np.ndarray]) -> list[Outcome]:
    """Rank each group's facts by probability, one per distinct figure."""
    out = []
    for g, p in zip(groups, probs, strict=True):
        order = np.argsort(-p) if len(p) else np.array([], dtype=int)
        seen: set[tuple[str, str]] = set()
        ranked: list[tuple[float, bool]] = []
        for i in order:
            f = g.facts[int(i)]
            if (f.report_id, f.norm) in seen:
                continue
            seen.add((f.report_id, f.norm))
            ranked.append((float(p[int(i)]), bool(g.y[int(i)])))
        p1 = ranked[0][0] if ranked else 0.0
        p2 = ranked[1][0] if len(ranked) > 1 else 0.0
        out.append(Outcome(g.q, p1, p2, bool(ranked and ranked[0][1]),
                           any(r for _, r in ranked[:3]), bool(g.y.sum())))  # fmt: skip
    return out


def utility(os_: Sequence[Outcome], threshold: float, margin: float) -> float:
    """Mean utility of answering with this abstention threshold and closeness margin."""
    total = 0.0
    for o in os_:
        answerable = bool(o.q.expect)
        if o.p1 < threshold:
            total += 0.0 if answerable else ABSTAIN_RIGHT
        elif o.p1 - o.p2 < margin:
            total += UNSURE_RIGHT if o.top3_right else 0.0
        else:
            total += RIGHT if o.top1_right else WRONG
    return total / max(1, len(os_))


def choose(os_: Sequence[Outcome]) -> tuple[float, float]:
    """Threshold and margin with the best held-out utility (a grid; ties: the smaller)."""
    best = (-1e9, 0.0, 0.0)
    for t in np.linspace(0.0, 0.95, 20):
        for m in np.linspace(0.0, 0.5, 26):
            u = utility(os_, float(t), float(m))
            if u > best[0] + 1e-9:
                best = (u, float(t), float(m))
    return best[1], best[2]


def cross_validate(groups: Sequence[Group]) -> list[Outcome]:
    """Leave-one-report-out: each report's questions scored by a model fitted without them
    (unanswerable questions, which belong to no report, are scored by every fold's model and
    averaged)."""
    reports = sorted({g.q.report for g in groups if g.q.report != "none"})
    probs: list[np.ndarray] = [np.zeros(len(g.y)) for g in groups]
    for r in reports:
        train = [g for g in groups if g.q.report not in (r, "none")]
        model = _fit(train)
        for i, g in enumerate(groups):
            if len(g.y) and g.q.report == r:
                probs[i] = model.predict_proba(g.x)[:, 1]
            elif len(g.y) and g.q.report == "none":
                probs[i] = probs[i] + model.predict_proba(g.x)[:, 1] / len(reports)
    return outcomes(groups, probs)


def summary(os_: Sequence[Outcome], threshold: float, margin: float) -> dict[str, dict[str, float]]:
    """Held-out figures per source and language: top-1 accuracy over answerable questions,
    over those whose right figure is among the candidates, and confident-wrong share."""
    out: dict[str, dict[str, float]] = {}
    keys = sorted({(o.q.source, o.q.language) for o in os_})
    for key in [("all", "all"), *keys]:
        sel = [o for o in os_ if key == ("all", "all") or (o.q.source, o.q.language) == key]
        ans = [o for o in sel if o.q.expect]
        una = [o for o in sel if not o.q.expect]
        reach = [o for o in ans if o.has_positive]
        stated_wrong = [o for o in ans if o.p1 >= threshold and o.p1 - o.p2 >= margin
                        and not o.top1_right]  # fmt: skip
        out["/".join(key)] = {
            "questions": len(sel),
            "top1": round(100 * sum(o.top1_right for o in ans) / max(1, len(ans)), 1),
            "top1_reachable": round(100 * sum(o.top1_right for o in reach) / max(1, len(reach)), 1),
            "reachable": round(100 * len(reach) / max(1, len(ans)), 1),
            "confident_wrong": round(100 * len(stated_wrong) / max(1, len(ans)), 1),
            "abstained_unanswerable": round(
                100 * sum(o.p1 < threshold for o in una) / max(1, len(una)), 1
            ) if una else float("nan"),
        }  # fmt: skip
    return out


def _payload(
    model: Any, threshold: float, margin: float, questions: list[TrainQuestion],
    groups: list[Group], held_out: list[Outcome], figures_: dict[str, dict[str, float]],
) -> dict[str, Any]:  # fmt: skip
    """The weights file: the fitted model, the abstention threshold and margin, what they were
    fitted on and their held-out figures."""
    return {
        "features": list(FEATURES),
        "coef": [round(float(w), 6) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "abstain_below": round(threshold, 4),
        "margin": round(margin, 4),
        "fitted_on": {
            "dev_questions": sum(q.source == "dev" for q in questions),
            "generated_questions": sum(q.source == "gen" for q in questions),
            "rows": int(sum(len(g.y) for g in groups)),
        },  # fmt: skip
        "cross_validated": figures_,
        "utility": {
            "right": RIGHT,
            "wrong": WRONG,
            "unsure_right": UNSURE_RIGHT,
            "abstain_right": ABSTAIN_RIGHT,
            "held_out": round(utility(held_out, threshold, margin), 4),
        },  # fmt: skip
    }


def _print_fit(
    payload: dict[str, Any], questions: list[TrainQuestion], threshold: float, margin: float,
    figures_: dict[str, dict[str, float]],
) -> None:  # fmt: skip
    """Print what was fitted on, the threshold, the held-out table and the weights."""
    print(f"{len(questions)} questions ({payload['fitted_on']['dev_questions']} dev, "
          f"{payload['fitted_on']['generated_questions']} generated), "
          f"{payload['fitted_on']['rows']} rows")  # fmt: skip
    print(f"threshold {threshold:.2f}, margin {margin:.2f} (held-out utility "
          f"{payload['utility']['held_out']})")  # fmt: skip
    print("leave-one-report-out, held out:")
    print(
        f"{'group':<16} {'n':>4} {'top1':>6} {'top1|reach':>10} {'reach':>6} {'wrong':>6} {'abst':>6}"
    )
    for k, m in figures_.items():
        print(f"{k:<16} {m['questions']:>4} {m['top1']:>6} {m['top1_reachable']:>10} "
              f"{m['reachable']:>6} {m['confident_wrong']:>6} {m['abstained_unanswerable']:>6}")  # fmt: skip
    for name, w in zip(FEATURES, payload["coef"], strict=True):
        print(f"  {name:<22} {w:+.3f}")


def main(argv: list[str] | None = None) -> int:
    """Fit, cross-validate, write the weights file, print the held-out figures."""
    parser = argparse.ArgumentParser(prog="python -m eval.fit", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--config", type=Path, default=None, help="config.toml to use")
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="dev question file")
    parser.add_argument("--generated", type=int, default=0,
                        help="questions made from facts, drawn at random (0: all of them)")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="weights file to write")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
        embedder = make_embedder(settings.embedding)
        build_index(settings, embedder)
        index = load_index(settings, embedder.name)
    except HbcError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    facts = index.facts()
    matcher = FactMatcher(index, facts)
    retriever = HybridRetriever(index, embedder, settings.retrieval)
    made = generated_questions(facts, list(index.reports.values()), index.chunks, args.generated)
    questions = dev_questions(args.questions) + made
    groups = build_groups(questions, matcher, retriever)
    held_out = cross_validate(groups)
    threshold, margin = choose(held_out)
    figures_ = summary(held_out, threshold, margin)
    model = _fit([g for g in groups if g.q.report != "none"])
    payload = _payload(model, threshold, margin, questions, groups, held_out, figures_)
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    _print_fit(payload, questions, threshold, margin, figures_)
    print(f"weights written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
