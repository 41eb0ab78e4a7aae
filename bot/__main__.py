"""`python -m bot web` serves the web UI; `ask "QUESTION"` prints a cited answer; `shell` asks in a loop."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path

from bot.answer import Answer, AnswerService
from bot.compose import make_service
from index.errors import HbcError
from index.retrieve import Filters
from index.settings import Settings, load_settings


def answer_json(ans: Answer) -> dict[str, object]:
    """The --json shape: question, answer, abstained, citations, timings_ms."""
    return {
        "question": ans.question,
        "answer": ans.text,
        "abstained": ans.abstained,
        "figure": ans.figure,
        "confidence": ans.confidence,
        "citations": [
            {k: v for k, v in asdict(c).items() if k != "context"} for c in ans.citations
        ],
        "timings_ms": ans.timings_ms,
    }


def _print(ans: Answer, as_json: bool) -> None:
    if as_json:
        print(json.dumps(answer_json(ans), ensure_ascii=False, indent=2))
    else:
        print(ans.text)
        print(f"\n({ans.timings_ms.get('total', 0):.0f} ms)", file=sys.stderr)


def _shell(service: AnswerService, filters: Filters, as_json: bool) -> int:
    history: list[tuple[str, str]] = []
    print("Hỏi Báo Cáo — type a question, empty line or Ctrl-D to quit.", file=sys.stderr)
    while True:
        try:
            question = input("? ")
        except EOFError:
            return 0
        if not question.strip():
            return 0
        try:
            ans = service.answer(question, history, filters)
        except HbcError as exc:
            print(f"error: {exc}", file=sys.stderr)
            continue
        _print(ans, as_json)
        history.append((question, ans.text))


def _web(settings: Settings, port: int | None) -> int:
    from bot.admin import Admin, ServiceHolder
    from bot.feedback import FeedbackStore
    from bot.web import CSS, build_ui
    from index.embed import make_embedder

    embedder = make_embedder(
        settings.embedding.backend, settings.embedding.model, settings.embedding.batch_size
    )
    holder = ServiceHolder(make_service(settings, embedder))
    feedback = FeedbackStore(settings.path(settings.web.feedback_db))
    admin = Admin(settings, embedder, holder, make_service)
    demo = build_ui(holder, feedback, admin, settings.admin_password, settings.web.max_upload_mb)
    port = port or settings.web.port
    print(f"Hỏi Báo Cáo web UI: http://{settings.web.host}:{port}", file=sys.stderr)
    demo.queue().launch(
        server_name=settings.web.host, server_port=port, css=CSS, show_error=False, quiet=True
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--config", type=Path, default=None, help="path to config.toml")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("ask", "shell"):
        p = sub.add_parser(name, help="answer one question" if name == "ask" else "ask in a loop")
        if name == "ask":
            p.add_argument("question", help="the question, in Vietnamese or English")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.add_argument("--province", action="append", default=[], help="only this province")
        p.add_argument("--year", action="append", type=int, default=[], help="only this year")
        p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], help="retrieval mode")
    w = sub.add_parser("web", help="serve the web UI (host/port from config.toml)")
    w.add_argument("--port", type=int, default=None, help="override [web].port")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(args.config)
        if args.command == "web":
            return _web(settings, args.port)
        service = make_service(settings)
        filters = Filters(tuple(args.province), tuple(args.year))
        if args.command == "shell":
            return _shell(service, filters, args.json)
        ans = service.answer(args.question, (), filters, args.mode)
    except HbcError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    _print(ans, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
