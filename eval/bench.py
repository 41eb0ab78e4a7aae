"""Latency benchmark: prints index build time and p50/p95 of 50 questions. Not a test."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from bot.compose import make_service
from index.build import build_index
from index.embed import make_embedder
from index.settings import load_settings

PROVINCES = ("Tuyên Quang", "Hà Tĩnh", "Đồng Tháp", "Hải Dương", "ha tinh")
TOPICS_VI = (
    "{p} có bao nhiêu dịch vụ công trực tuyến mức độ 4?",
    "{p} tiếp nhận bao nhiêu hồ sơ thủ tục hành chính?",
    "tỷ lệ hồ sơ giải quyết đúng hạn của {p} là bao nhiêu?",
    "{p} có bao nhiêu phản ánh kiến nghị?",
    "{p} đã cấp bao nhiêu chứng thư số?",
)
TOPICS_EN = (
    "How many level 4 online public services does {p} provide?",
    "How many administrative dossiers did {p} receive?",
    "What share of dossiers did {p} settle on time?",
    "How many citizen petitions did {p} receive?",
    "How many digital certificates has {p} issued?",
)


def questions() -> list[str]:
    """Fifty questions: five topics, five ways of naming a province, two languages."""
    return [t.format(p=p) for p in PROVINCES for t in TOPICS_VI + TOPICS_EN]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    """Build (or confirm) the index, then time 50 questions through answer()."""
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__)
    parser.add_argument("--config", type=Path, default=None)
    args = parser.parse_args(argv)
    settings = load_settings(args.config)
    t0 = time.perf_counter()
    embedder = make_embedder(
        settings.embedding.backend, settings.embedding.model, settings.embedding.batch_size
    )
    t_model = time.perf_counter() - t0
    stats = build_index(settings, embedder)
    t1 = time.perf_counter()
    service = make_service(settings, embedder)
    t_load = time.perf_counter() - t1
    qs = questions()
    service.answer(qs[0])  # warm-up, not counted
    times = []
    for q in qs:
        t = time.perf_counter()
        service.answer(q)
        times.append((time.perf_counter() - t) * 1000)
    print(f"model load: {t_model * 1000:.0f} ms; index load: {t_load * 1000:.0f} ms")
    print(
        f"index build: {stats.seconds:.1f} s ({'up to date' if stats.up_to_date else 'built'}), "
        f"{stats.reports} reports, {stats.chunks} chunks, {stats.embedded} embedded"
    )
    print(
        f"answer() over {len(times)} questions: p50 {_pct(times, 0.5):.0f} ms, "
        f"p95 {_pct(times, 0.95):.0f} ms, max {max(times):.0f} ms, mean {statistics.mean(times):.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
