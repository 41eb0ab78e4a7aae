"""`python -m eval.calibrate`: a diagnostic scan of a hedge threshold on the raw score margin,
on the dev split and on the dev split plus questions generated from the fact table (as
`python -m eval.fit` makes them: the dev split, tuned on for long, holds almost no wrong figure
to learn caution from; the generated questions hold many).

Every question is answered once; for each figure answer it records the score lead of the best
figure over the next different one (`Answer.margin`), the answer's doubts, whether the best
figure is an expected one, and whether an expected figure is among the first three candidates.
Then it scans thresholds t: an answer is hedged (candidates listed, no figure stated) when its
margin is below t or it has doubts. Utility per question: a right figure stated +1, hedged with
the right figure among the candidates +0.5, hedged without it 0, a wrong figure stated -2 (a wrong
figure in bold is the worst outcome; an unanswerable question's stated figure is wrong). The best
interval of t and the table are printed. No constant follows it any more: the fitted confidence
model (`--fit-confidence`), whose features include this margin and the margin over genuine
rivals, decides when an answer lists candidates; the scan shows what the raw margin alone does.

Five constants of bot/extractive/tuning.py (`GRIDS`) are fitted by answering the dev split once
per value on a grid (`scan_constant`): `MIN_UNIT_SUPPORT` (below it, what the question counts is
not what the best passage counts: "not found"), `PART_RIVAL_COVERAGE` (which figures may
replace the best one because their label names the asked part of a breakdown), `YEAR_OTHER`
(the cut of a figure said of another year than the asked one), `NEGATED_CUT` (of one whose
words deny what is asked) and `NAMED_ELSEWHERE_COVERAGE` (which runner-up naming an asked part
puts the first figure in doubt). Same utility, and an unanswerable question answered "not
found" counts +1 (as a right figure would); a comparison question counts as the evaluation
scores its table (+1 right, -2 a wrong figure stated, else 0): its sides are answered like figure
questions and read the same constants. Only the answers that read a constant are answered
again for each of its values (`Reads`), their retrievals reused.

`--fit-confidence` fits the answerer's confidence model instead (eval/confidence_fit.py) and
writes bot/extractive/confidence.json.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import bot.extractive.tuning
from bot.answer import AnswerService
from bot.compose import make_service
from core.query import ParsedQuery
from core.settings import Settings, load_settings
from core.text import figures
from eval.scoring import CALIB_QUESTIONS, QUESTIONS, Question, load_questions, score, value_in
from index.retrieve import Filters, Retrieval

RIGHT, HEDGED_RIGHT, HEDGED, WRONG = 1.0, 0.5, 0.0, -2.0


@dataclass(frozen=True)
class Point:
    """One figure answer: its margin, doubts and what stating or hedging it would be worth."""

    id: str
    margin: float
    doubts: bool
    best_right: bool
    right_in_top3: bool


def utility(points: Sequence[Point], t: float) -> tuple[float, int, int, int]:
    """(total utility, figures stated wrong, figures stated right, hedged) at threshold t."""
    total, wrong, right, hedged = 0.0, 0, 0, 0
    for p in points:
        if p.doubts or p.margin < t:
            hedged += 1
            total += HEDGED_RIGHT if p.right_in_top3 else HEDGED
        elif p.best_right:
            right += 1
            total += RIGHT
        else:
            wrong += 1
            total += WRONG
    return total, wrong, right, hedged


def _right(q: Question, figure: str) -> bool:
    return (
        bool(figure)
        and q.answerable
        and all(value_in(v, figure, figures(figure)) for v in q.expect)
    )


def generated(service: AnswerService) -> list[Question]:
    """Questions made from the index's fact table (eval/generated.py; never from an evaluation
    split): each fact asked in Vietnamese, without diacritics and in English, a part of a
    breakdown through its headline, and near-misses that expect "not found"."""
    from eval.generated import corpus_of, generate

    return generate(service.index_facts(), corpus_of(service.reports(), service.chunks()))


def collect(service: AnswerService, questions: Sequence[Question]) -> list[Point]:
    """Answer every question; one point per figure or percentage answer (stated or hedged)."""
    points: list[Point] = []
    for q in questions:
        ans = service.answer(q.q)
        options = [c.figure for c in ans.candidates]
        best = ans.figure or (options[0] if options else "")
        if not best or ans.intent not in {"figure", "percent"}:
            continue
        top3 = [best, *options][:3] if ans.figure else options[:3]
        points.append(
            Point(q.id, ans.margin, bool(ans.doubts), _right(q, best),
                  any(_right(q, f) for f in top3))
        )  # fmt: skip
    return points


# The constants `scan_constant` fits, with the grid of values it tries, from permissive to
# cautious (more "not found", fewer replacements, deeper cuts of a figure that counts another
# thing, more doubt: fewer figures stated).
GRIDS: dict[str, tuple[float, ...]] = {
    "MIN_UNIT_SUPPORT": (0.0, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.0),
    "PART_RIVAL_COVERAGE": (0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0),
    "YEAR_OTHER": (0.0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.1, 1.5),
    "NEGATED_CUT": (0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.5),
    # a runner-up of a clause covering at least this share of the first's casts doubt: lower
    # is more doubt
    "NAMED_ELSEWHERE_COVERAGE": (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.3, 0.0),
}
ABSTAINED_RIGHT = 1.0  # an unanswerable question answered "not found"


def answer_utility(q: Question, figure: str, options: Sequence[str], abstained: bool) -> float:
    """What one answer is worth: a right figure stated +1, a wrong one -2, hedged +0.5 when the
    right figure is among the candidates (else 0); "not found" is worth `ABSTAINED_RIGHT` for
    an unanswerable question and 0 for an answerable one."""
    if not q.answerable:
        if figure:
            return WRONG
        return ABSTAINED_RIGHT if abstained else HEDGED
    if figure:
        return RIGHT if _right(q, figure) else WRONG
    if options:
        return HEDGED_RIGHT if any(_right(q, f) for f in options[:3]) else HEDGED
    return HEDGED


def _utility_of(service: AnswerService, q: Question) -> float | None:
    """`answer_utility` of the service's answer to `q`; for a comparison question, what the
    evaluation's scorer makes of its table (right +1, a wrong figure stated -2, else 0: its
    sides are answered like figure questions and read the same constants); None for another
    answerable question that asks no figure or percentage (no scanned constant is for it)."""
    ans = service.answer(q.q)
    if q.answerable and q.category == "compare":
        hedged = bool(ans.candidates) and not ans.figure
        done = score(q, ans.text, ans.abstained, (), [], 0.0, hedged)
        return RIGHT if done.correct else WRONG if done.wrong else HEDGED
    if ans.intent not in {"figure", "percent"} and q.answerable:
        return None
    return answer_utility(q, ans.figure, [c.figure for c in ans.candidates], ans.abstained)


def scan_constant(
    service: AnswerService, questions: Sequence[Question], name: str, grid: Sequence[float],
    fixed: float = 0.0, reads: Reads | None = None,
) -> list[tuple[float, float]]:  # fmt: skip
    """(value, total utility) for each value of the named constant of bot/extractive/tuning.py,
    over the figure, percentage and unanswerable questions, plus `fixed` (the utility of the
    questions left out because their answers never read the constant: `Reads`); the constant
    is put back after. With `reads`, a question's answer at a value is taken from one already
    made (at the constants' values, or at another value of this scan) that compared the
    constant only through `tuning.at_least` with no comparison the new value flips
    (`Trace.holds`): it takes every branch that answer took, so it is the same answer."""
    old = getattr(bot.extractive.tuning, name)
    out: list[tuple[float, float]] = []
    made: dict[int, list[Trace]] = {} if reads is None else {
        id(q): [reads.traces[id(q)]] for q in questions
    }  # fmt: skip
    try:
        for value in grid:
            setattr(bot.extractive.tuning, name, value)
            total = fixed
            for q in questions:
                if reads is None:
                    total += u if (u := _utility_of(service, q)) is not None else 0.0
                    continue
                done = next((t for t in made[id(q)] if t.holds(name, value)), None)
                if done is None:
                    reads.asked_again += 1
                    done = Trace.of(service, q, {name: value})
                    made[id(q)].append(done)
                total += done.utility or 0.0
            out.append((value, total))
    finally:
        setattr(bot.extractive.tuning, name, old)
    return out


_READ: set[str] = set()  # the scanned constants read since it was last cleared (`_Tracked`)
_COMPARED: list[tuple[str, float, float]] = []  # `tuning.at_least`'s comparisons, as noted


class _Tracked(types.ModuleType):
    """bot/extractive/tuning.py while `Trace.of` answers: each scanned constant read is noted."""

    def __getattribute__(self, name: str) -> Any:
        if name in GRIDS:
            _READ.add(name)
        return super().__getattribute__(name)


@dataclass
class Trace:
    """One answer to a question with the scanned constants at `values` (those not named at
    their values in bot/extractive/tuning.py): its utility (None: no scanned constant is for
    it), the constants it read directly, and (name, value, base) of each comparison
    `tuning.at_least` made."""

    values: dict[str, float]
    utility: float | None
    direct: set[str]
    compared: list[tuple[str, float, float]]

    @classmethod
    def of(cls, service: AnswerService, q: Question, values: dict[str, float]) -> Trace:
        """Answer `q` (the constants as they are now set), noting what its answer reads."""
        module = bot.extractive.tuning
        _READ.clear()
        _COMPARED.clear()
        module.__class__ = _Tracked
        module.noted = lambda name, value, base: _COMPARED.append((name, value, base))
        try:
            u = _utility_of(service, q)
        finally:
            module.noted = None
            module.__class__ = types.ModuleType
        return cls(values, u, set(_READ), list(_COMPARED))

    def reads(self, name: str) -> bool:
        """Whether the answer read constant `name`, directly or through a comparison."""
        return name in self.direct or any(n == name for n, _, _ in self.compared)

    def holds(self, name: str, value: float) -> bool:
        """Whether the answer with constant `name` at `value` (the others as for this one) is
        this one: made at that value, or read only through comparisons, none of which `value`
        flips."""
        was = self.values[name]
        if value == was:
            return True
        if name in self.direct:
            return False
        return all((v >= value * b) == (v >= was * b) for n, v, b in self.compared if n == name)


@dataclass
class Reads:
    """Which questions' answers read each scanned constant (answered once, with every constant
    at its value). An answer that never reads a constant is the same whatever its value, so a
    scan answers only the questions that read it and adds the others' utility (`fixed`) as it
    stands: the same scan, in a fraction of the time. A constant read only through
    `tuning.at_least` is known by its comparisons (`Trace.holds`)."""

    readers: dict[str, list[Question]]
    # by id(question), as the constants stand: only answers with a utility, in question order
    traces: dict[int, Trace] = field(default_factory=dict)
    asked_again: int = 0  # answers a scan asked again (`scan_constant` with these reads)

    @classmethod
    def of(cls, service: AnswerService, questions: Sequence[Question]) -> Reads:
        """Answer each question once, noting the scanned constants its answer reads."""
        reads = cls({name: [] for name in GRIDS})
        for q in questions:
            trace = Trace.of(service, q, {n: getattr(bot.extractive.tuning, n) for n in GRIDS})
            if trace.utility is None:
                continue
            reads.traces[id(q)] = trace
            for name in GRIDS:
                if trace.reads(name):
                    reads.readers[name].append(q)
        return reads

    def fixed(self, name: str) -> float:
        """The utility of the questions whose answers do not read constant `name`."""
        reading = {id(q) for q in self.readers[name]}
        return sum(t.utility or 0.0 for key, t in self.traces.items() if key not in reading)


@contextmanager
def retrieval_reused(service: AnswerService) -> Iterator[None]:
    """Within: each question is retrieved once, its retrieval reused for every value scanned
    (retrieval reads no constant of bot/extractive/tuning.py)."""
    retriever = service.retriever
    plain = retriever.retrieve
    memo: dict[tuple[Any, ...], Retrieval] = {}

    def retrieve(q: ParsedQuery, filters: Filters | None = None, mode: str | None = None) -> Retrieval:
        key = (q, filters, mode)
        if key not in memo:
            memo[key] = plain(q, filters, mode)
        return memo[key]

    retriever.__dict__["retrieve"] = retrieve  # shadows the method on this instance only
    try:
        yield
    finally:
        del retriever.__dict__["retrieve"]


def scan_all(
    service: AnswerService, questions: Sequence[Question], names: Sequence[str] = tuple(GRIDS),
    jobs: int = 1, settings: Settings | None = None,
) -> dict[str, list[tuple[float, float]]]:  # fmt: skip
    """The scan of each named constant over `questions` (each answered once to see which read
    it, then only those once per value), retrievals reused. With `jobs` > 1 the questions are
    dealt to that many processes (`_scan_share`), each with its own service made from
    `settings` (config.toml's when None), which must be those `service` was made from: a
    scan's total at a value is a sum over questions, so the shares' add up to the same scan."""
    if jobs > 1:
        made = settings or load_settings()
        shares = [(list(questions[i::jobs]), tuple(names), made) for i in range(jobs)]
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            parts = pool.map(_scan_share, shares)
    else:
        parts = [_scan(service, questions, names)]
    scans = {name: [(v, sum(p[0][name][k][1] for p in parts))
                    for k, (v, _) in enumerate(parts[0][0][name])] for name in names}  # fmt: skip
    asked, pairs = sum(p[1] for p in parts), sum(p[2] for p in parts)
    print(f"scans: {len(questions)} questions answered once; {asked} of the {pairs} (reader, "
          f"value) answers asked again, the rest flipped no comparison")  # fmt: skip
    return scans


Scans = tuple[dict[str, list[tuple[float, float]]], int, int]  # scans, asked again, pairs


def _scan(service: AnswerService, questions: Sequence[Question], names: Sequence[str]) -> Scans:
    """`scan_all` in this process: the scans, the answers asked again and the (reader, value)
    pairs there were."""
    with retrieval_reused(service):
        reads = Reads.of(service, questions)
        scans = {
            name: scan_constant(
                service, reads.readers[name], name, GRIDS[name], reads.fixed(name), reads
            )
            for name in names
        }
    pairs = sum(len(reads.readers[name]) * len(GRIDS[name]) for name in names)
    return scans, reads.asked_again, pairs


def _scan_share(share: tuple[list[Question], tuple[str, ...], Settings]) -> Scans:
    """One process's share of a parallel `scan_all`: its own service (a loaded model and
    index cannot be sent to another process), one thread (the processes share the cores)."""
    import torch

    torch.set_num_threads(1)
    questions, names, settings = share
    return _scan(make_service(settings), questions, names)


def best_interval(scan: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The last run of grid values with the highest utility: (its lowest, its highest value).
    The grids go from permissive to cautious (more "not found", fewer replacements), and between
    values the dev split cannot tell apart the cautious one is taken: a wrong figure stated is
    the worst outcome."""
    top = max(u for _, u in scan)
    j = max(i for i, (_, u) in enumerate(scan) if u == top)
    i = j
    while i > 0 and scan[i - 1][1] == top:
        i -= 1
    lo, hi = sorted((scan[i][0], scan[j][0]))  # a grid may run down (cautious = lower)
    return lo, hi


def fit(
    points: Sequence[Point],
) -> tuple[float, float, list[tuple[float, tuple[float, int, int, int]]]]:
    """The interval [lo, hi) of thresholds with the highest utility (the lowest such interval),
    and the scan: (threshold, utility()) for every distinct margin and just above it."""
    grid = sorted({0.0, *(p.margin for p in points), *(p.margin + 1e-6 for p in points)})
    scan = [(t, utility(points, t)) for t in grid if t <= 0.5]
    top = max(u[0] for _, u in scan)
    lo = next(t for t, u in scan if u[0] == top)
    hi = next((t for t, u in scan if t > lo and u[0] < top), 0.5)
    return lo, hi, scan


def _report(points: Sequence[Point], label: str) -> None:
    lo, hi, scan = fit(points)
    print(f"{label}: {len(points)} figure answers; doubts on {sum(p.doubts for p in points)}")
    print(f"{'t':>9} {'utility':>8} {'wrong':>6} {'right':>6} {'hedged':>7}")
    for t, (u, w, r, h) in scan:
        if t < hi + 0.1:
            print(f"{t:9.6f} {u:8.1f} {w:6d} {r:6d} {h:7d}")
    u, w, r, h = utility(points, (lo + hi) / 2)
    print(f"{label}: best interval [{lo:.6f}, {hi:.6f}): utility {u:.1f}, {w} wrong stated, "
          f"{r} right stated, {h} hedged (midpoint {(lo + hi) / 2:.4f}); "
          "(diagnostic: the confidence model decides)")  # fmt: skip


def outside(name: str, value: float, scan: Sequence[tuple[float, float]]) -> str:
    """Why `value` is not a fitted value of constant `name` ("" when it lies in the best
    interval of the scan)."""
    lo, hi = best_interval(scan)
    if lo <= value <= hi:
        return ""
    return f"{name} = {value:g} lies outside [{lo:g}, {hi:g}], the best interval the dev split fits"


def calibration() -> list[Question]:
    """The held-out calibration split's questions (none when the file is absent)."""
    return load_questions(CALIB_QUESTIONS, "calib") if CALIB_QUESTIONS.exists() else []


def check(
    service: AnswerService, questions: Sequence[Question], confidence: bool = False,
    names: Sequence[str] = tuple(GRIDS), jobs: int = 1,
) -> int:  # fmt: skip
    """Scan each constant of `GRIDS` (or those `names`) on the dev split, in `jobs` processes
    (`scan_all`; `service` is config.toml's, as theirs are) (and, with
    `confidence`, refit the confidence model on the dev split plus the generated questions); 1
    (and why) when a constant is no longer fitted or the refit lands away from confidence.json:
    a change moved what the data prefers, so refit (`make refit`)."""
    from eval.confidence_fit import collect as collect_points
    from eval.confidence_fit import fit as fit_confidence
    from eval.confidence_fit import stale

    problems = []
    scans = scan_all(service, questions, names, jobs)
    for name, scan in scans.items():
        print(f"{name}: " + ", ".join(f"{v:g} → {u:.1f}" for v, u in scan))
        problem = outside(name, getattr(bot.extractive.tuning, name), scan)
        print(problem or f"{name} = {getattr(bot.extractive.tuning, name):g}: fitted")
        problems += [problem] if problem else []
    if confidence:
        problem = stale(fit_confidence(collect_points(service, [*questions, *generated(service),
                                                                *calibration()])))  # fmt: skip
        print(problem or "confidence.json: a refit lands within tolerance")
        problems += [problem] if problem else []
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Answer the dev split (and the generated questions), scan thresholds, print the best
    intervals (the margin scan is a diagnostic; the constants of `GRIDS` follow the dev
    split's)."""
    parser = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__)
    parser.add_argument("--fit-confidence", action="store_true",
                        help="fit the confidence model (bot/extractive/confidence.json) on the "
                        "dev split plus generated questions, its thresholds on the calibration "
                        "split (eval/questions_calib.toml) when there is one; write it, stop")  # fmt: skip
    parser.add_argument("--check", action="store_true",
                        help="scan the constants of GRIDS on the dev split and exit 1 when one "
                        "lies outside its best interval (make eval-ci)")  # fmt: skip
    parser.add_argument("--check-confidence", action="store_true",
                        help="--check, and refit the confidence model: exit 1 also when the "
                        "refit moves confidence.json beyond tolerance")  # fmt: skip
    parser.add_argument("--jobs", type=int, default=1,
                        help="--check: deal the dev split to this many processes (each loads "
                        "its own model and index; the scans are the same)")  # fmt: skip
    parser.add_argument("--generalise", action="store_true",
                        help="fit the confidence model on the dev split, on the generated "
                        "questions and on both; print how each does on each (writes nothing)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.check or args.check_confidence:
        return check(make_service(load_settings()), load_questions(QUESTIONS),
                     args.check_confidence, jobs=args.jobs)  # fmt: skip
    if args.fit_confidence or args.generalise:
        from eval.confidence_fit import collect as collect_points
        from eval.confidence_fit import fit_and_write, generalisation, unfitted_if_stale

        unfitted_if_stale()  # a feature renamed or dropped: the answerer must load to refit
        service = make_service(load_settings())
        questions = load_questions(QUESTIONS) + generated(service)
        if args.fit_confidence:
            return fit_and_write(service, questions + calibration())
        points = collect_points(service, questions)
        print("\n".join(generalisation([p for p in points if not p.generated],
                                        [p for p in points if p.generated])))  # fmt: skip
        return 0
    service = make_service(load_settings())
    questions = load_questions(QUESTIONS)
    dev = collect(service, questions)
    _report(dev, "dev")
    _report(dev + collect(service, generated(service)), "dev + generated")
    for name, values in scan_all(service, questions).items():
        lo_v, hi_v = best_interval(values)
        print(f"{name}: " + ", ".join(f"{v:g} → {x:.1f}" for v, x in values))
        print(f"  best [{lo_v:g}, {hi_v:g}]; {name} = {getattr(bot.extractive.tuning, name)}")
    for p in sorted(dev, key=lambda p: p.margin):
        print(f"  {p.id:<10} margin {p.margin:6.3f} doubts {p.doubts!s:<5} "
              f"right {p.best_right!s:<5} in-top3 {p.right_in_top3}", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
