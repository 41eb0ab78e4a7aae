"""Run the fixed question set through several configurations; tables, JSON, Markdown, chart."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.answer import AnswerService
from core.errors import HbcError
from eval.scoring import CATEGORIES, LANGS, Outcome, Question, score

# Configurations the runner knows: extractive answers over BM25 / dense / hybrid retrieval
# ("hybrid" as configured: dense only for questions worded unlike the reports; "hybrid_full":
# dense for every question), "baseline" the plain llama-index anchor, "llm" hybrid retrieval
# with the LLM answerer that config.toml (or HBC_ANSWERER and HBC_LLM_*) sets up.
CONFIGS = ("bm25", "dense", "hybrid", "hybrid_full", "baseline", "llm")
DEFAULT = "hybrid"


@dataclass(frozen=True)
class Metrics:
    """Aggregates over a group of questions (a category or the whole set)."""

    questions: int
    answerable: int
    answer_accuracy: float  # answerable questions with every expected value in the answer
    hit1: float
    hit5: float
    mrr: float
    citation_accuracy: float  # answered answerable questions citing the expected report(s)
    abstention_precision: float
    abstention_recall: float
    p50_ms: float
    p95_ms: float
    wrong_rate: float = float("nan")  # answerable questions answered with a figure not expected
    hedged: float = float("nan")  # answerable questions answered with candidates, not one figure
    smalltalk_ok: float = float("nan")  # small talk answered without a figure or a source
    item_recall: float = float("nan")  # mean over section/list/summary questions
    item_precision: float = float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of values by nearest rank; 0 for none. Shared by the evaluation,
    the benchmark and the scale runs, so their p50/p95 mean the same."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ratio(num: int, den: int) -> float:
    return round(100.0 * num / den, 1) if den else float("nan")


def metrics(outcomes: Sequence[Outcome]) -> Metrics:
    """Percentages (0-100) and latencies for a group of outcomes."""
    ans = [o for o in outcomes if o.answerable]
    una = [o for o in outcomes if not o.answerable]
    answered = [o for o in ans if not o.abstained]
    abstained = [o for o in outcomes if o.abstained]
    lat = [o.latency_ms for o in outcomes]
    talk = [o for o in outcomes if o.category == "smalltalk"]
    una = [o for o in una if o.category != "smalltalk"]
    itemized = [o for o in ans if o.item_recall is not None]
    return Metrics(
        questions=len(outcomes),
        answerable=len(ans),
        answer_accuracy=_ratio(sum(o.correct for o in ans), len(ans)),
        hit1=_ratio(sum(o.rank == 1 for o in ans), len(ans)),
        hit5=_ratio(sum(0 < o.rank <= 5 for o in ans), len(ans)),
        mrr=round(100.0 * sum(1.0 / o.rank for o in ans if o.rank) / len(ans), 1)
        if ans
        else float("nan"),
        citation_accuracy=_ratio(sum(bool(o.citation_ok) for o in answered), len(answered)),
        abstention_precision=_ratio(sum(not o.answerable for o in abstained), len(abstained)),
        abstention_recall=_ratio(sum(o.abstained for o in una), len(una)),
        p50_ms=round(percentile(lat, 0.5), 1),
        p95_ms=round(percentile(lat, 0.95), 1),
        wrong_rate=_ratio(sum(o.wrong for o in ans), len(ans)),
        hedged=_ratio(sum(o.hedged for o in ans), len(ans)),
        smalltalk_ok=_ratio(sum(o.correct for o in talk), len(talk)),
        item_recall=_mean([o.item_recall for o in itemized]),
        item_precision=_mean([o.item_precision for o in itemized]),
    )


def _mean(values: Sequence[float | None]) -> float:
    vals = [v for v in values if v is not None]
    return round(100.0 * sum(vals) / len(vals), 1) if vals else float("nan")


def service_runner(service: AnswerService, mode: str) -> Callable[[Question], Outcome]:
    """Ask through the same answer() the web UI and Telegram use, retrieval in `mode`."""

    def run(q: Question) -> Outcome:
        try:
            ans = service.answer(q.q, mode=mode)
        except HbcError as exc:  # a refused question counts as an abstention with a message
            return score(q, str(exc), True, (), [], 0.0)
        chunks = [service.chunk(cid) for cid in ans.retrieved]
        ranked = [(c.report_id, c.text) for c in chunks if c is not None]
        cited = tuple(c.report_id for c in ans.citations)
        # Candidates without one stated figure: the answerer said it is not sure.
        hedged = bool(getattr(ans, "candidates", ())) and not ans.figure
        total = ans.timings_ms.get("total", 0.0)
        return score(q, ans.text, ans.abstained, cited, ranked, total, hedged)

    return run


def baseline_runner(baseline: Any) -> Callable[[Question], Outcome]:
    """Ask the llama-index baseline (eval.baseline.LlamaIndexBaseline)."""

    def run(q: Question) -> Outcome:
        a = baseline.answer(q.q)
        return score(q, a.text, not a.text, a.cited, a.ranked, a.latency_ms)

    return run


def run_config(
    name: str, ask: Callable[[Question], Outcome], questions: Sequence[Question], progress: bool
) -> list[Outcome]:
    """Every question through one configuration, with a progress bar on stderr."""
    if questions:
        ask(questions[0])  # warm-up (first-query costs), not counted
    bar = tqdm(questions, desc=f"{name:>8}", unit="q", disable=not progress, file=sys.stderr)
    return [ask(q) for q in bar]


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Metrics]:
    """Metrics per category, per language (`lang:en`…) and overall, for one split."""
    out = {c: metrics([o for o in outcomes if o.category == c]) for c in CATEGORIES}
    out |= {f"lang:{g}": metrics([o for o in outcomes if o.lang == g]) for g in LANGS}
    out = {c: m for c, m in out.items() if m.questions}
    out["overall"] = metrics(outcomes)
    return out


SPLITS = ("dev", "test")


def summarise_splits(outcomes: Sequence[Outcome]) -> dict[str, dict[str, Metrics]]:
    """`summarise` for each split present: {"dev": {...}, "test": {...}}."""
    return {
        sp: summarise([o for o in outcomes if o.split == sp])
        for sp in SPLITS
        if any(o.split == sp for o in outcomes)
    }


def headline(m: Metrics, category: str) -> float:
    """The one figure a category is judged by: answer accuracy; abstention recall for
    unanswerable questions; replies without figure or source for small talk."""
    if category == "unanswerable":
        return m.abstention_recall
    if category == "smalltalk":
        return m.smalltalk_ok
    return m.answer_accuracy


def split_table(by_split: dict[str, dict[str, Metrics]]) -> str:
    """Dev and test side by side per category (Markdown): the judged figure and the gap."""
    dev, test = by_split.get("dev", {}), by_split.get("test", {})
    keys = [k for k in (*CATEGORIES, *(f"lang:{g}" for g in LANGS), "overall")
            if k in dev or k in test]  # fmt: skip
    rows = ["| category | dev (n) | test (n) | gap |", "|---|---|---|---|"]
    for k in keys:
        d, t = dev.get(k), test.get(k)
        dv = headline(d, k) if d else float("nan")
        tv = headline(t, k) if t else float("nan")
        gap = dv - tv if d and t else float("nan")
        dn = f"{_cell(dv)} ({d.questions})" if d else "–"
        tn = f"{_cell(tv)} ({t.questions})" if t else "–"
        rows.append(f"| {k} | {dn} | {tn} | {_cell(gap)} |")
    extra = ["wrong_rate", "hedged", "citation_accuracy", "hit5", "item_recall", "item_precision",
             "abstention_precision"]  # fmt: skip
    for f in extra:
        dv = getattr(dev["overall"], f) if dev else float("nan")
        tv = getattr(test["overall"], f) if test else float("nan")
        rows.append(f"| *{f}* | {_cell(dv)} | {_cell(tv)} | {_cell(dv - tv)} |")
    return "\n".join(rows)


# ---------------------------------------------------------------------------------------------
# Reports


def _cell(v: float) -> str:
    return "–" if v != v else f"{v:.1f}"  # NaN → dash


Results = dict[str, dict[str, dict[str, Metrics]]]  # config → split → category → metrics


def _split_tables(results: dict[str, dict[str, Metrics]], split: str) -> list[str]:
    """The tables of one split: overall, then one per metric family by category."""
    configs = list(results)
    lines = ["", f"## {split}: overall", "",
             "| config | answer acc. | wrong | hedged | hit@1 | hit@5 | MRR | citation acc. | abst. P | abst. R | small talk | item R | item P | p50 ms | p95 ms |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for c in configs:
        m = results[c]["overall"]
        lines.append(
            f"| {c} | {_cell(m.answer_accuracy)} | {_cell(m.wrong_rate)} | {_cell(m.hedged)} | "
            f"{_cell(m.hit1)} | {_cell(m.hit5)} | {_cell(m.mrr)} | {_cell(m.citation_accuracy)} | "
            f"{_cell(m.abstention_precision)} | {_cell(m.abstention_recall)} | "
            f"{_cell(m.smalltalk_ok)} | {_cell(m.item_recall)} | {_cell(m.item_precision)} | "
            f"{m.p50_ms:.0f} | {m.p95_ms:.0f} |"
        )
    cats = [c for c in results[configs[0]] if c != "overall"]
    for title, field in (("Answer accuracy (%; unanswerable: abstention recall; smalltalk: handled)", "answer_accuracy"),
                         ("Wrong figures stated (% of answerable)", "wrong_rate"),
                         ("Retrieval hit@5 (%)", "hit5"), ("Retrieval MRR (%)", "mrr"),
                         ("Citation accuracy on answered questions (%)", "citation_accuracy")):  # fmt: skip
        lines += ["", f"### {split}: {title} per category", "",
                  "| config | " + " | ".join(f"{c} ({results[configs[0]][c].questions})" for c in cats) + " |",
                  "|---|" + "---|" * len(cats)]  # fmt: skip
        for cfg in configs:
            row = []
            for cat in cats:
                m = results[cfg][cat]
                v = headline(m, cat) if field == "answer_accuracy" else getattr(m, field)
                row.append(_cell(v))
            lines.append(f"| {cfg} | " + " | ".join(row) + " |")
    return lines


def markdown(results: Results, failures: dict[str, list[Outcome]],
             questions: Sequence[Question], meta: dict[str, Any],
             show_test_failures: bool = False) -> str:  # fmt: skip
    """The human report: dev and test side by side, each split's tables, then the failures
    (the test split's only when asked: its failures are not read case by case)."""
    lines = [f"# Evaluation — {meta['questions']} questions", ""]
    lines += [f"- {k}: {v}" for k, v in meta.items() if k != "questions"]
    for cfg, by_split in results.items():
        lines += ["", f"## {cfg}: dev and test side by side", "", split_table(by_split)]
    for split in SPLITS:
        per_cfg = {c: r[split] for c, r in results.items() if split in r}
        if per_cfg:
            lines += _split_tables(per_cfg, split)
    by_id = {q.id: q for q in questions}
    for cfg in results:
        fails = [o for o in failures[cfg] if o.split == "dev" or show_test_failures]
        hidden = sum(o.split == "test" for o in failures[cfg]) if not show_test_failures else 0
        lines += ["", f"## Failures — {cfg} ({len(fails)} listed)", ""]
        if hidden:
            lines += [
                f"{hidden} test-split failures not listed (--show-test-failures lists them).",
                "",
            ]
        if not fails:
            lines.append("none")
            continue
        lines += [
            "| id | category | question | expected | got | cited | rank |",
            "|---|---|---|---|---|---|---|",
        ]
        for o in fails:
            q = by_id[o.id]
            want = ", ".join(o.expected) or ("(items)" if q.items else "(abstain)")
            got = "(abstained) " if o.abstained else ("(hedged) " if o.hedged else "")
            got += o.answer.replace("\n", " ").replace("|", "/")[:160]
            cited = ", ".join(r[:3] for r in o.cited) or "–"
            lines.append(
                f"| {o.id} | {o.category} | {q.q} | {want} | {got} | {cited} | {o.rank or '–'} |"
            )
    return "\n".join(lines) + "\n"


def failed(o: Outcome) -> bool:
    """A wrong or missing answer, a wrong abstention, or a wrong citation."""
    return not o.correct or o.citation_ok is False


def chart(results: Results, path: Path) -> None:
    """Grouped bars: the judged figure per category, one bar per configuration and split."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = [(f"{cfg} {sp}", r) for cfg, by in results.items() for sp, r in by.items()]
    cats = [c for c in (*CATEGORIES, "overall") if any(c in r for _, r in series)]
    width = 0.8 / max(1, len(series))
    fig, ax = plt.subplots(figsize=(max(10, len(cats) * 0.9), 4.5))
    for i, (label, r) in enumerate(series):
        vals = []
        for cat in cats:
            v = headline(r[cat], cat) if cat in r else float("nan")
            vals.append(0.0 if v != v else v)
        xs = [j + i * width for j in range(len(cats))]
        ax.bar(xs, vals, width, label=label)
    ax.set_xticks([j + width * (len(series) - 1) / 2 for j in range(len(cats))], cats,
                  rotation=30, ha="right")  # fmt: skip
    ax.set_ylabel("% correct (unanswerable: abstention recall)")
    ax.set_ylim(0, 100)
    ax.set_title("Hỏi Báo Cáo — answer accuracy by category, dev and test")
    ax.legend(loc="lower right", fontsize="small")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_reports(out_dir: Path, results: Results, outcomes: dict[str, list[Outcome]],
                  questions: Sequence[Question], meta: dict[str, Any],
                  show_test_failures: bool = False) -> Results:  # fmt: skip
    """results.json, report.md and accuracy.png in `out_dir`. The test split's outcomes are
    kept out of results.json unless its failures are asked for."""
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = {c: [o for o in outcomes[c] if failed(o)] for c in outcomes}
    payload = {
        "meta": meta,
        "metrics": {
            c: {sp: {k: asdict(m) for k, m in r.items()} for sp, r in by.items()}
            for c, by in results.items()
        },  # fmt: skip
        "outcomes": {
            c: [asdict(o) for o in os_ if o.split == "dev" or show_test_failures]
            for c, os_ in outcomes.items()
        },  # fmt: skip
    }
    (out_dir / "results.json").write_text(
        json.dumps(payload, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
    (out_dir / "report.md").write_text(
        markdown(results, failures, questions, meta, show_test_failures), encoding="utf-8"
    )
    chart(results, out_dir / "accuracy.png")
    return results


def overall_table(results: Results) -> str:
    """A compact console table of the overall figures, one row per configuration and split."""
    head = (f"{'config':<11} {'split':<5} {'acc':>6} {'wrong':>6} {'hedge':>6} {'hit@5':>6} "
            f"{'cite':>6} {'absR':>6} {'talk':>6} {'itemR':>6} {'itemP':>6} {'p50':>6} {'p95':>6}")  # fmt: skip
    rows = [head]
    for cfg, by in results.items():
        for sp, r in by.items():
            m = r["overall"]
            rows.append(
                f"{cfg:<11} {sp:<5} {_cell(m.answer_accuracy):>6} {_cell(m.wrong_rate):>6} "
                f"{_cell(m.hedged):>6} {_cell(m.hit5):>6} {_cell(m.citation_accuracy):>6} "
                f"{_cell(m.abstention_recall):>6} {_cell(m.smalltalk_ok):>6} "
                f"{_cell(m.item_recall):>6} {_cell(m.item_precision):>6} "
                f"{m.p50_ms:>6.0f} {m.p95_ms:>6.0f}"
            )
    return "\n".join(rows)
