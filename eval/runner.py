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
from eval.scoring import CATEGORIES, Outcome, Question, score
from index.errors import HbcError

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
    )


def service_runner(service: AnswerService, mode: str) -> Callable[[Question], Outcome]:
    """Ask through the same answer() the web UI and Telegram use, retrieval in `mode`."""
    index = service.retriever.index

    def run(q: Question) -> Outcome:
        try:
            ans = service.answer(q.q, mode=mode)
        except HbcError as exc:  # a refused question counts as an abstention with a message
            return score(q, str(exc), True, (), [], 0.0)
        ranked = []
        for cid in ans.retrieved:
            pos = index.position.get(cid)
            if pos is not None:
                c = index.chunks[pos]
                ranked.append((c.report_id, c.text))
        cited = tuple(c.report_id for c in ans.citations)
        return score(q, ans.text, ans.abstained, cited, ranked, ans.timings_ms.get("total", 0.0))

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
    """Metrics per category and overall."""
    out = {c: metrics([o for o in outcomes if o.category == c]) for c in CATEGORIES}
    out = {c: m for c, m in out.items() if m.questions}
    out["overall"] = metrics(outcomes)
    return out


# ---------------------------------------------------------------------------------------------
# Reports


def _cell(v: float) -> str:
    return "–" if v != v else f"{v:.1f}"  # NaN → dash


def markdown(results: dict[str, dict[str, Metrics]], failures: dict[str, list[Outcome]],
             questions: Sequence[Question], meta: dict[str, Any]) -> str:  # fmt: skip
    """The human report: one table per metric family, then every failed question."""
    lines = [f"# Evaluation — {meta['questions']} questions", ""]
    lines += [f"- {k}: {v}" for k, v in meta.items() if k != "questions"]
    configs = list(results)
    lines += ["", "## Overall", "",
              "| config | answer acc. | hit@1 | hit@5 | MRR | citation acc. | abst. P | abst. R | p50 ms | p95 ms |",
              "|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for c in configs:
        m = results[c]["overall"]
        lines.append(
            f"| {c} | {_cell(m.answer_accuracy)} | {_cell(m.hit1)} | {_cell(m.hit5)} | "
            f"{_cell(m.mrr)} | {_cell(m.citation_accuracy)} | {_cell(m.abstention_precision)} | "
            f"{_cell(m.abstention_recall)} | {m.p50_ms:.0f} | {m.p95_ms:.0f} |"
        )
    cats = [c for c in CATEGORIES if c in results[configs[0]]]
    for title, field in (("Answer accuracy (%; unanswerable: abstention recall)", "answer_accuracy"),
                         ("Retrieval hit@5 (%)", "hit5"), ("Retrieval MRR (%)", "mrr"),
                         ("Citation accuracy on answered questions (%)", "citation_accuracy")):  # fmt: skip
        lines += ["", f"## {title} per category", "",
                  "| config | " + " | ".join(f"{c} ({results[configs[0]][c].questions})" for c in cats) + " |",
                  "|---|" + "---|" * len(cats)]  # fmt: skip
        for cfg in configs:
            row = []
            for cat in cats:
                m = results[cfg][cat]
                v = (
                    m.abstention_recall
                    if cat == "unanswerable" and field == "answer_accuracy"
                    else getattr(m, field)
                )
                row.append(_cell(v))
            lines.append(f"| {cfg} | " + " | ".join(row) + " |")
    by_id = {q.id: q for q in questions}
    for cfg in configs:
        fails = failures[cfg]
        lines += ["", f"## Failures — {cfg} ({len(fails)})", ""]
        if not fails:
            lines.append("none")
            continue
        lines += [
            "| id | category | question | expected | got | cited | rank |",
            "|---|---|---|---|---|---|---|",
        ]
        for o in fails:
            q = by_id[o.id]
            want = ", ".join(o.expected) or "(abstain)"
            got = "(abstained) " if o.abstained else ""
            got += o.answer.replace("\n", " ").replace("|", "/")[:160]
            cited = ", ".join(r[:3] for r in o.cited) or "–"
            lines.append(
                f"| {o.id} | {o.category} | {q.q} | {want} | {got} | {cited} | {o.rank or '–'} |"
            )
    return "\n".join(lines) + "\n"


def failed(o: Outcome) -> bool:
    """A wrong or missing answer, a wrong abstention, or a wrong citation."""
    return not o.correct or o.citation_ok is False


def chart(results: dict[str, dict[str, Metrics]], path: Path) -> None:
    """Grouped bars: answer accuracy per category (unanswerable: abstention recall) per config."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    configs = list(results)
    cats = [c for c in (*CATEGORIES, "overall") if c in results[configs[0]]]
    width = 0.8 / max(1, len(configs))
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for i, cfg in enumerate(configs):
        vals = []
        for cat in cats:
            m = results[cfg][cat]
            v = m.abstention_recall if cat == "unanswerable" else m.answer_accuracy
            vals.append(0.0 if v != v else v)
        xs = [j + i * width for j in range(len(cats))]
        ax.bar(xs, vals, width, label=cfg)
    ax.set_xticks([j + width * (len(configs) - 1) / 2 for j in range(len(cats))], cats)
    ax.set_ylabel("% correct (unanswerable: abstention recall)")
    ax.set_ylim(0, 100)
    ax.set_title("Hỏi Báo Cáo — answer accuracy by category")
    ax.legend(loc="lower right", fontsize="small")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_reports(out_dir: Path, results: dict[str, dict[str, Metrics]],
                  outcomes: dict[str, list[Outcome]], questions: Sequence[Question],
                  meta: dict[str, Any]) -> dict[str, dict[str, Metrics]]:  # fmt: skip
    """results.json, report.md and accuracy.png in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = {c: [o for o in outcomes[c] if failed(o)] for c in outcomes}
    payload = {
        "meta": meta,
        "metrics": {c: {k: asdict(m) for k, m in r.items()} for c, r in results.items()},
        "outcomes": {c: [asdict(o) for o in os_] for c, os_ in outcomes.items()},
    }
    (out_dir / "results.json").write_text(
        json.dumps(payload, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
    (out_dir / "report.md").write_text(
        markdown(results, failures, questions, meta), encoding="utf-8"
    )
    chart(results, out_dir / "accuracy.png")
    return results


def overall_table(results: dict[str, dict[str, Metrics]]) -> str:
    """A compact console table of the overall figures."""
    head = f"{'config':<11} {'acc':>6} {'hit@1':>6} {'hit@5':>6} {'MRR':>6} {'cite':>6} {'absP':>6} {'absR':>6} {'p50':>6} {'p95':>6}"
    rows = [head]
    for cfg, r in results.items():
        m = r["overall"]
        rows.append(
            f"{cfg:<11} {_cell(m.answer_accuracy):>6} {_cell(m.hit1):>6} {_cell(m.hit5):>6} "
            f"{_cell(m.mrr):>6} {_cell(m.citation_accuracy):>6} {_cell(m.abstention_precision):>6} "
            f"{_cell(m.abstention_recall):>6} {m.p50_ms:>6.0f} {m.p95_ms:>6.0f}"
        )
    return "\n".join(rows)
