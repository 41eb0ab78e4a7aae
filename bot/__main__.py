"""`python -m bot web` serves the web UI; `ask "QUESTION"` prints a cited answer; `shell` asks in a loop."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path

from bot.answer import Answer, AnswerService, Citation
from bot.compose import make_service
from bot.render import plain
from core.errors import ConfigError, HbcError
from core.settings import Settings, load_settings
from index.retrieve import Filters

log = logging.getLogger(__name__)


def answer_json(ans: Answer) -> dict[str, object]:
    """The --json shape: question, answer, abstained, intent, figure and what it counts,
    candidates, citations, timings_ms."""

    def cite(c: Citation) -> dict[str, object]:
        return {k: v for k, v in asdict(c).items() if k != "context"}

    return {
        "question": ans.question,
        "answer": ans.text,
        "abstained": ans.abstained,
        "intent": str(ans.intent),
        "figure": ans.figure,
        "counts": ans.counts,
        "unit": ans.unit,
        "holds_for": ans.holds_for,
        "confidence": ans.confidence,
        "candidates": [
            {"figure": o.figure, "counts": o.counts, "holds_for": o.holds_for,
             "citation": cite(o.citation)}
            for o in ans.candidates
        ],  # fmt: skip
        "citations": [cite(c) for c in ans.citations],
        "timings_ms": ans.timings_ms,
    }


def _print(ans: Answer, as_json: bool) -> None:
    if as_json:
        print(json.dumps(answer_json(ans), ensure_ascii=False, indent=2))
    else:
        print(plain(ans))
        print(f"\n({ans.timings_ms.get('total', 0):.0f} ms)", file=sys.stderr)


def _shell(service: AnswerService, filters: Filters, as_json: bool) -> int:
    history: list[tuple[str, str]] = []
    if isinstance(sys.stdin, io.TextIOWrapper):  # bytes that are not UTF-8 reach the
        sys.stdin.reconfigure(errors="surrogateescape")  # question check, not input()
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
        except Exception as exc:  # one bad question never ends the shell
            log.debug("answer failed", exc_info=True)
            print(f"error: could not answer ({type(exc).__name__})", file=sys.stderr)
            continue
        _print(ans, as_json)
        history.append((question, ans.text))


def web_logins(spec: str) -> list[tuple[str, str]]:
    """`user:password,user2:password2` (HBC_WEB_AUTH) as Gradio logins; empty = no login."""
    logins = []
    for item in filter(None, (x.strip() for x in spec.split(","))):
        user, sep, password = item.partition(":")
        if not sep or not user or not password:
            raise ConfigError("HBC_WEB_AUTH must look like user:password[,user2:password2]")
        logins.append((user, password))
    return logins


def _web(settings: Settings, port: int | None) -> int:
    from bot.admin import Admin, ServiceHolder
    from bot.feedback import FeedbackStore
    from bot.web import build_app, serve
    from index.embed import make_embedder

    logins = web_logins(settings.web_auth)
    embedder = make_embedder(settings.embedding)
    holder = ServiceHolder(
        make_service(settings, embedder),
        reload=lambda: make_service(settings, embedder),  # a new index from `index add`
        index_dir=settings.path(settings.index.dir),
    )
    feedback = FeedbackStore(settings.path(settings.web.feedback_db))
    admin = Admin(settings, embedder, holder, make_service)
    app = build_app(settings, holder, feedback, admin, logins)
    # Admin actions and refused logins are logged one line each.
    for name in ("bot.web_admin", "bot.web_guard"):
        logging.getLogger(name).setLevel(logging.INFO)
    port = port or settings.web.port
    print(f"Hỏi Báo Cáo web UI: http://{settings.web.host}:{port}", file=sys.stderr)
    serve(app, settings.web.host, port)
    return 0


def telegram_token(settings: Settings) -> str:
    """The bot token: HBC_TELEGRAM_TOKEN, else the first line of [telegram].token_file."""
    token = settings.telegram_token.strip()
    tf = settings.telegram.token_file
    if not token and str(tf) not in {"", "."}:
        try:
            token = settings.path(tf).read_text(encoding="utf-8").strip().splitlines()[0]
        except (OSError, IndexError):
            raise ConfigError(f"cannot read a token from [telegram].token_file {tf}") from None
    if not token:
        raise ConfigError("no Telegram token: set HBC_TELEGRAM_TOKEN or [telegram].token_file")
    return token


def _telegram(settings: Settings) -> int:
    from bot.admin import ServiceHolder
    from bot.telegram import Access, RateLimiter, build_app
    from index.embed import make_embedder

    token = telegram_token(settings)
    t = settings.telegram
    if not t.allowed_chats:
        print(
            "warning: [telegram].allowed_chats is empty; every chat will be refused",
            file=sys.stderr,
        )
    embedder = make_embedder(settings.embedding)
    holder = ServiceHolder(  # follows the index: a report added meanwhile is answered
        make_service(settings, embedder),
        reload=lambda: make_service(settings, embedder),
        index_dir=settings.path(settings.index.dir),
    )
    access = Access(
        frozenset(t.allowed_chats), frozenset(t.allowed_users),
        RateLimiter(t.user_per_minute), RateLimiter(t.chat_per_minute),
    )  # fmt: skip
    app = build_app(token, lambda: holder.service, access, max_messages=t.max_messages)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its request lines carry the token
    if t.mode == "webhook":
        if not t.webhook_url:
            raise ConfigError("[telegram].webhook_url is needed in webhook mode")
        app.run_webhook(
            listen=t.webhook_listen, port=t.webhook_port, url_path="telegram",
            webhook_url=t.webhook_url, secret_token=settings.telegram_webhook_secret or None,
        )  # fmt: skip
    else:
        print("Telegram bot: long polling; Ctrl-C to stop", file=sys.stderr)
        app.run_polling()
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
    sub.add_parser("telegram", help="run the Telegram bot (token from HBC_TELEGRAM_TOKEN)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(args.config)
        if args.command == "web":
            return _web(settings, args.port)
        if args.command == "telegram":
            return _telegram(settings)
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
    except Exception as exc:  # the last edge: one line, the details only with debug logging
        log.debug("unexpected error", exc_info=True)
        print(f"error: unexpected {type(exc).__name__}: {exc}"[:300], file=sys.stderr)
        return 1
    _print(ans, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
