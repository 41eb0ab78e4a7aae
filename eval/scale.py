"""Scale runs: synthetic corpora of 100 / 1,000 / 10,000 reports (eval/synth.py), each built and
queried in its own process. Prints and saves a table (build time, chunks, index size, index load
time, query p50/p95, hit@5, answer accuracy, peak RSS of the build and of the serving side) and
a PNG plot. Figures, not a test.

    python -m eval.scale                                  # 100,1000,10000 with the stand-in embedder
    python -m eval.scale --sizes 100 --embedder model     # the configured real model
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.compose import make_service
from core.settings import Settings, load_settings
from core.text import figures
from eval.runner import percentile
from eval.scoring import claims, value_in
from eval.synth import HashEmbedder, generate
from index.build import BuildStats, build_index, load_corpus
from index.embed import Embedder, make_embedder
from index.generations import current_generation


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _embedder(kind: str, settings: Settings) -> Embedder:
    if kind == "hash":
        return HashEmbedder()
    return make_embedder(settings.embedding)


def _build(settings: Settings, kind: str) -> BuildStats:
    return build_index(settings, _embedder(kind, settings))


def run_one(size: int, kind: str, n_questions: int, work: Path, seed: int) -> dict[str, Any]:
    """Generate, build, load and query one corpus size; returns its row."""
    base = load_settings()
    templates = load_corpus(base)
    settings = replace(
        base,
        corpus=replace(base.corpus, dir=work / "reports", metadata=work / "reports.toml"),
        index=replace(base.index, dir=work / "index"),
    )
    t0 = time.perf_counter()
    questions = generate(templates, size, work / "reports", work / "reports.toml", seed=seed)
    gen_s = time.perf_counter() - t0
    # Built in a child process, as `python -m index build` would be: its peak memory is the
    # build's, and this process's peak is the serving side's. The child loads its own model
    # (a loaded model cannot be sent to another process).
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        stats = pool.apply(_build, (settings, kind))
    embedder = _embedder(kind, settings)
    build_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    gen_dir = work / "index" / str(current_generation(work / "index"))
    t0 = time.perf_counter()
    service = make_service(settings, embedder)
    load_s = time.perf_counter() - t0
    sample = random.Random(seed).sample(questions, min(n_questions, len(questions)))
    service.answer(sample[0].q)  # warm-up
    times: list[float] = []
    hits = correct = 0
    for q in sample:
        t = time.perf_counter()
        ans = service.answer(q.q)
        times.append((time.perf_counter() - t) * 1000)
        want = figures(q.figure)
        for cid in ans.retrieved[:5]:
            chunk = service.chunk(cid)
            if chunk is not None and chunk.report_id == q.report_id and want <= figures(chunk.text):
                hits += 1
                break
        correct += not ans.abstained and value_in(q.figure, claims(ans.text))
    return {
        "reports": size, "embedder": embedder.name, "chunks": stats.chunks,
        "generate_s": round(gen_s, 1), "build_s": round(stats.seconds, 1),
        "chunks_per_s": round(stats.chunks / max(stats.seconds, 1e-9), 1),
        "index_mb": round(_du(gen_dir) / 2**20, 1), "load_s": round(load_s, 1),
        "questions": len(sample), "p50_ms": round(percentile(times, 0.5), 1),
        "p95_ms": round(percentile(times, 0.95), 1), "hit5": round(100 * hits / len(sample), 1),
        "answer_acc": round(100 * correct / len(sample), 1),
        "build_rss_mb": round(build_rss),
        "serve_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }  # fmt: skip


COLUMNS = (("reports", "reports"), ("chunks", "chunks"), ("build_s", "build s"),
           ("chunks_per_s", "chunks/s"), ("index_mb", "index MiB"), ("load_s", "load s"),
           ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("hit5", "hit@5 %"),
           ("answer_acc", "answer acc. %"), ("build_rss_mb", "build RSS MiB"),
           ("serve_rss_mb", "serving RSS MiB"))  # fmt: skip


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as a Markdown table."""
    head = "| " + " | ".join(label for _, label in COLUMNS) + " |"
    rule = "|" + "---|" * len(COLUMNS)
    body = ["| " + " | ".join(str(r[k]) for k, _ in COLUMNS) + " |" for r in rows]
    return "\n".join([head, rule, *body])


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    """Build time, query p95 and hit@5 against corpus size (log x)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["reports"] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    for ax, key, label in zip(
        axes, ("build_s", "p95_ms", "hit5"), ("index build (s)", "query p95 (ms)", "hit@5 (%)"),
        strict=True,
    ):  # fmt: skip
        ax.plot(sizes, [r[key] for r in rows], marker="o")
        ax.set_xscale("log")
        ax.set_xlabel("reports")
        ax.set_title(label)
        ax.grid(True, alpha=0.3)
    axes[1].axhline(1000, color="red", linestyle="--", linewidth=1, label="target p95 1 s")
    axes[1].legend()
    fig.suptitle(f"Scale runs ({rows[0]['embedder']} embedder)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    """Entry point: one child process per size (so each has its own peak RSS)."""
    parser = argparse.ArgumentParser(prog="python -m eval.scale", description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--embedder", choices=("hash", "model"), default="hash")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("eval/runs/scale"))
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: /tmp)")
    parser.add_argument("--one", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        work = Path(tempfile.mkdtemp(prefix=f"hbc-scale-{args.one}-", dir=args.work))
        try:
            row = run_one(args.one, args.embedder, args.questions, work, args.seed)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(row))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"{size} reports …", file=sys.stderr, flush=True)
        cmd = [sys.executable, "-m", "eval.scale", "--one", str(size), "--embedder",
               args.embedder, "--questions", str(args.questions), "--seed", str(args.seed)]  # fmt: skip
        if args.work:
            cmd += ["--work", str(args.work)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)
            return done.returncode
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scale.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    (args.out / "scale.md").write_text(table(rows) + "\n", encoding="utf-8")
    plot(rows, args.out / "scale.png")
    print(table(rows))
    print(f"saved {args.out}/scale.json, scale.md, scale.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
