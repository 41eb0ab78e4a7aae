"""Load test of the web UI, loopback only and bounded: N simulated users each ask Q questions
through Gradio's queue at the same time (as a browser does: join, then read the event stream);
prints per-question latency p50/p95/max for the configured answering concurrency and, with
--compare, for one answer at a time. Figures, not a test.

    python -m eval.web_load --users 20 --questions 3 --compare
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path

import httpx

from bot.admin import ServiceHolder
from bot.compose import make_service
from bot.feedback import FeedbackStore
from bot.web import Server, build_app
from core.settings import Settings, load_settings
from eval.runner import percentile
from eval.scoring import load_questions
from index.embed import make_embedder

DEADLINE_S = 300  # the whole run stops by then, whatever happens


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ask(url: str, fn_index: int, question: str, deadline: float) -> float:
    """One question as the page asks it; seconds until the answer is complete."""
    session = uuid.uuid4().hex[:10]
    data = [question, [], [], [], "Tiếng Việt", {}]
    t0 = time.perf_counter()
    with httpx.Client(base_url=url, timeout=max(1.0, deadline - time.monotonic())) as client:
        client.post(
            "gradio_api/queue/join",
            json={"data": data, "fn_index": fn_index, "session_hash": session,
                  "event_data": None, "trigger_id": None},
        ).raise_for_status()  # fmt: skip
        with client.stream("GET", "gradio_api/queue/data", params={"session_hash": session}) as s:
            for line in s.iter_lines():
                if line.startswith("data:") and '"process_completed"' in line:
                    if not json.loads(line[5:]).get("success"):
                        raise RuntimeError(f"answer failed: {line[:200]}")
                    return time.perf_counter() - t0
    raise RuntimeError("the answer never completed")


def run(settings: Settings, users: int, per_user: int, questions: list[str]) -> list[float]:
    """Serve the app on a loopback port and let `users` ask `per_user` questions each at once."""
    embedder = make_embedder(settings.embedding)
    holder = ServiceHolder(make_service(settings, embedder))
    alone = []
    for q in questions[: users * per_user]:
        t0 = time.perf_counter()
        holder.service.answer(q)
        alone.append((time.perf_counter() - t0) * 1000)
    alone.sort()
    print(
        f"  answer() alone, one at a time: p50 {percentile(alone, 0.5):.0f} ms, "
        f"p95 {percentile(alone, 0.95):.0f} ms, sum {sum(alone) / 1000:.1f} s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        feedback = FeedbackStore(Path(tmp) / "fb.sqlite3")
        app = build_app(settings, holder, feedback)
        with Server(app, "127.0.0.1", _free_port()) as server:
            deps = httpx.get(server.url + "config", timeout=30).json()["dependencies"]
            fn = next(d["id"] for d in deps if d.get("api_name") == "ask")
            deadline = time.monotonic() + DEADLINE_S
            _ask(server.url, fn, questions[0], deadline)  # warm-up
            times: list[float] = []
            errors: list[str] = []
            lock = threading.Lock()
            start = threading.Barrier(users)

            def user(k: int) -> None:
                start.wait()
                for j in range(per_user):
                    if time.monotonic() > deadline:
                        return
                    q = questions[(k * per_user + j) % len(questions)]
                    try:
                        dt = _ask(server.url, fn, q, deadline)
                    except (httpx.HTTPError, RuntimeError) as exc:
                        with lock:
                            errors.append(str(exc))
                        continue
                    with lock:
                        times.append(dt)

            threads = [threading.Thread(target=user, args=(k,)) for k in range(users)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=max(0.0, deadline - time.monotonic()) + 5)
            if errors:
                print(f"  {len(errors)} errors, first: {errors[0]}", file=sys.stderr)
            return times


def main(argv: list[str] | None = None) -> int:
    """Print the figures; returns 0."""
    parser = argparse.ArgumentParser(prog="python -m eval.web_load", description=__doc__)
    parser.add_argument("--users", type=int, default=20, help="simultaneous users (default 20)")
    parser.add_argument("--questions", type=int, default=3, help="questions per user (default 3)")
    parser.add_argument("--compare", action="store_true", help="also run with concurrency 1")
    args = parser.parse_args(argv)
    settings = load_settings()
    base = settings.web
    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(settings, web=replace(base, temp_dir=Path(tmp) / "web-tmp"))
        questions = [q.q for q in load_questions()][:60]
        runs = [base.concurrency] + ([1] if args.compare and base.concurrency != 1 else [])
        for concurrency in runs:
            s = replace(settings, web=replace(settings.web, concurrency=concurrency))
            t0 = time.perf_counter()
            times = sorted(run(s, args.users, args.questions, questions))
            wall = time.perf_counter() - t0
            if not times:
                print(f"concurrency {concurrency}: no answers")
                continue
            ms = [x * 1000 for x in times]
            print(
                f"concurrency {concurrency:>2}: {args.users} users x {args.questions} questions, "
                f"{len(ms)} answers; latency p50 {percentile(ms, 0.5):.0f} ms, "
                f"p95 {percentile(ms, 0.95):.0f} ms, max {ms[-1]:.0f} ms (run {wall:.1f} s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
