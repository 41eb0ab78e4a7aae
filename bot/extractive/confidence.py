"""How sure the extractive answerer is of the figure it would state: named features of the
chosen figure and its rivals, combined by a logistic model fitted by `python -m eval.calibrate
--fit-confidence` (weights in confidence.json beside this module; nothing here is hand-set).

Below `state_above` the answer lists the candidates instead of one bold figure; below
`abstain_below` it says "not found". Both thresholds are chosen by the same fit, on the
utility of the answers (a right figure +1, a wrong one -2, the right one among hedged
candidates +0.5, "not found" for an unanswerable question +1).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from bot.extractive.choice import _ASKED_ITEM, Candidate
from core.query import ParsedQuery
from core.text import figures
from index.retrieve import Retrieval

CONFIDENCE_FILE = Path(__file__).with_name("confidence.json")
# No feature says the question's language: the generated questions the model is fitted on
# render English word for word from the lexicon (eval.fit), unlike the way staff write, so a
# language feature would learn the generator's English rather than the answerer's.
# How many of the best distinct figures are looked at for rivals (the hedge shows three; a
# figure further down scores far below the best and says little about the best's doubts).
RIVALS_SEEN = 5


class SecondOpinion(Protocol):
    """Another model of which figure answers (the fact table's, bot/fact_answer.py)."""

    def top_figures(self, q: ParsedQuery, retrieval: Retrieval, n: int) -> list[str]:
        """The normalised values ("1044", "55.82") it ranks first, best first."""
        ...


@dataclass(frozen=True)
class Chosen:
    """What the features look at: the chosen figure, the distinct figures best first (the
    chosen one among them), what the question asks, and what the passage says."""

    best: Candidate
    ranked: Sequence[Candidate]
    decided: bool  # the labels (asked parts, qualifiers), not the score, chose the best
    parts_asked: bool  # the question names a part of a breakdown
    unit_support: float  # share of the question's counted words the passage says
    opinion: tuple[str, ...] = ()  # the second opinion's first figures (normalised), if any


def related(a: Candidate, b: Candidate) -> bool:
    """Whether two figures of one clause are a breakdown's headline and one of its items (one is
    an item, the other not): the item is not a rival of its headline, nor the headline of its
    item, unless the question names the item's own label."""
    same_clause = a.hit.chunk.id == b.hit.chunk.id and a.span.start == b.span.start
    return same_clause and a.item != b.item


def _named(c: Candidate) -> bool:
    """The question names what the figure's own label says (an asked part or the asked item)."""
    return c.parts_named > 0 or _ASKED_ITEM in c.doubts


def _doubted(c: Candidate) -> bool:
    """The figure is of another level, unit or part than the one asked (`Candidate.doubts`)."""
    return bool(c.doubts - {_ASKED_ITEM})


def genuine_rivals(x: Chosen) -> list[Candidate]:
    """The distinct figures after the best that compete with it: not its own headline or item
    (unless their label says what the question names and the best's does not), and, for a best
    figure without doubts, none that is of another level, unit or part than the one asked."""
    out = []
    for c in x.ranked[1:RIVALS_SEEN]:
        if c is x.best:
            continue
        if related(x.best, c) and not (_named(c) and not _named(x.best)):
            continue
        if _doubted(c) and not _doubted(x.best):
            continue
        out.append(c)
    return out


def f_margin(x: Chosen) -> float:
    """The best figure's score lead over the next distinct figure (1 when none, or when the
    labels decided)."""
    others = [c for c in x.ranked[:RIVALS_SEEN] if c is not x.best]
    if x.decided or not others:
        return 1.0
    return min(1.0, max(0.0, x.best.score - max(c.score for c in others)))


def f_genuine_margin(x: Chosen) -> float:
    """The lead over the next figure that is a genuine rival (`genuine_rivals`): a breakdown's
    headline does not doubt its item, nor an item its headline (1 when none)."""
    rivals = genuine_rivals(x)
    if x.decided or not rivals:
        return 1.0
    return min(1.0, max(0.0, x.best.score - max(c.score for c in rivals)))


def f_rival_closer(x: Chosen) -> float:
    """How much more closely the question's words surround a genuine rival than the best figure
    (0 when none is closer): the rival's own words fit, its clause scored it lower."""
    gaps = [c.closeness - x.best.closeness for c in genuine_rivals(x)]
    return max(0.0, min(1.0, max(gaps, default=0.0)))


def f_closeness(x: Chosen) -> float:
    """How closely the question's words surround the figure in its own item, head and lead."""
    return max(-1.0, min(2.0, x.best.closeness))


def f_coverage(x: Chosen) -> float:
    """The share (idf-weighted) of the question's concepts the figure's clause holds."""
    return x.best.coverage


def f_unit_support(x: Chosen) -> float:
    """The share of what the question counts that the passage says."""
    return x.unit_support


def f_part_unnamed(x: Chosen) -> float:
    """1 when the question names a part of a breakdown and the figure's label names none."""
    return 1.0 if x.parts_asked and x.best.parts_named == 0 else 0.0


def f_rival_names_more(x: Chosen) -> float:
    """1 when a rival's own label names more of the asked parts than the best's does."""
    return 1.0 if any(c.parts_named > x.best.parts_named for c in x.ranked[:RIVALS_SEEN]) else 0.0


def f_unasked_qualifiers(x: Chosen) -> float:
    """How many qualifiers ("đang giải quyết", "quá hạn") the figure's label carries that the
    question does not ask (at most 3)."""
    return float(min(3, x.best.unasked))


def f_item_unasked(x: Chosen) -> float:
    """1 when the figure is an item of a breakdown whose label the question does not name."""
    return 1.0 if x.best.item and not _named(x.best) else 0.0


def f_facts_agree(x: Chosen) -> float:
    """1 when the fact table's model ranks the same figure first, 0.5 when second, else 0: two
    models that read the reports differently agreeing."""
    mine = figures(x.best.figure)
    for i, value in enumerate(x.opinion[:2]):
        if value in mine:
            return 1.0 - 0.5 * i
    return 0.0


def outscored_runner_up(x: Chosen) -> Candidate | None:
    """The figure after the chosen one that its clause scored higher (a label rule, not the
    score, put it second) and that the fact table's model ranks first: two readings agree on
    it against the labels. None when the labels decided, or when no such figure is there."""
    if x.decided or not x.opinion or len(x.ranked) < 2:
        return None
    for c in x.ranked[1:RIVALS_SEEN]:
        if c.score > x.best.score and x.opinion[0] in figures(c.figure) and not _doubted(c):
            return c
    return None


Feature = Callable[[Chosen], float]
FEATURES: dict[str, Feature] = {
    "margin": f_margin,
    "genuine_margin": f_genuine_margin,
    "rival_closer": f_rival_closer,
    "closeness": f_closeness,
    "coverage": f_coverage,
    "unit_support": f_unit_support,
    "part_unnamed": f_part_unnamed,
    "rival_names_more": f_rival_names_more,
    "unasked_qualifiers": f_unasked_qualifiers,
    "item_unasked": f_item_unasked,
    "facts_agree": f_facts_agree,
}


def features(x: Chosen) -> tuple[tuple[str, float], ...]:
    """Every feature of the chosen figure, by name, in `FEATURES` order."""
    return tuple((name, round(f(x), 4)) for name, f in FEATURES.items())


@dataclass(frozen=True)
class ConfidenceModel:
    """The fitted logistic model and its two thresholds (confidence.json)."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    state_above: float  # state the figure only when its probability is at least this
    abstain_below: float  # below this, "not found" rather than candidates

    def probability(self, evidence: Sequence[tuple[str, float]]) -> float:
        """The model's probability that the chosen figure is the asked one."""
        values = dict(evidence)
        z = self.intercept + sum(w * values[n] for n, w in zip(self.names, self.coef, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def outscored(
        self, x: Chosen, support_of: Callable[[Candidate], float | None]
    ) -> tuple[Candidate, tuple[tuple[str, float], ...], float] | None:
        """An unsure choice's `outscored_runner_up`, its features and probability, when it
        says what is counted (`support_of` gives its unit support, None when it does not)
        and this model is sure of it; else None."""
        alt = outscored_runner_up(x)
        support = support_of(alt) if alt is not None else None
        if alt is None or support is None:
            return None
        evidence = features(replace(x, best=alt, unit_support=support))
        sure = self.probability(evidence)
        return (alt, evidence, sure) if sure >= self.state_above else None

    @classmethod
    def permissive(cls) -> ConfidenceModel:
        """A model that never hedges nor abstains: how the fit collects its points."""
        return cls((), (), 60.0, 0.0, 0.0)


def load_confidence(path: Path = CONFIDENCE_FILE) -> ConfidenceModel:
    """Read the fitted model; a feature the code no longer has is an error (refit)."""
    d = json.loads(path.read_text(encoding="utf-8"))
    names = tuple(d["features"])
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ValueError(f"{path.name}: unknown features {unknown}; rerun eval.calibrate")
    return ConfidenceModel(names, tuple(float(w) for w in d["coef"]), float(d["intercept"]),
                           float(d["state_above"]), float(d["abstain_below"]))  # fmt: skip
