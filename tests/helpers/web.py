"""Serve the real web app on a free loopback port, and call its Gradio events over plain HTTP."""

from __future__ import annotations

import contextlib
import json
import socket
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from bot.admin import Admin, ServiceHolder
from bot.compose import make_service
from bot.feedback import FeedbackStore
from bot.web import Server, build_app
from core.settings import Secret, Settings
from index.embed import Embedder

PASSWORD = "pw-for-tests"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def web_settings(settings: Settings, tmp: Path, **web: Any) -> Settings:
    """`settings` with the admin tab on (password pw-for-tests) and the web's files in `tmp`."""
    return replace(
        settings,
        admin_password=Secret(PASSWORD),
        web=replace(settings.web, temp_dir=tmp / "web-tmp", feedback_db=tmp / "fb.sqlite3", **web),
    )


@contextlib.contextmanager
def serve(
    settings: Settings, embedder: Embedder, holder: ServiceHolder, tmp: Path,
    logins: list[tuple[str, str]] | None = None, **web: Any,
) -> Iterator[str]:  # fmt: skip
    """The whole UI (admin tab on) on a free loopback port; yields its URL."""
    settings = web_settings(settings, tmp, **web)
    admin = Admin(settings, embedder, holder, make_service)
    app = build_app(settings, holder, FeedbackStore(settings.web.feedback_db), admin, logins)
    with Server(app, "127.0.0.1", free_port()) as server:
        yield server.url


def dependencies(url: str) -> list[dict[str, Any]]:
    """The app's events as its page config lists them."""
    return list(httpx.get(url + "config", timeout=10).json()["dependencies"])


def call_event(
    url: str, fn_index: int, data: list[Any], cookies: dict[str, str] | None = None,
    session_hash: str | None = None, event_data: dict[str, Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Run one event through Gradio's queue as a browser would; returns the completion message
    (`success`, `output`)."""
    session_hash = session_hash or uuid.uuid4().hex[:10]
    with httpx.Client(base_url=url, cookies=cookies, timeout=60) as client:
        joined = client.post(
            "gradio_api/queue/join",
            json={"data": data, "fn_index": fn_index, "session_hash": session_hash,
                  "event_data": event_data, "trigger_id": None},
        )  # fmt: skip
        if joined.status_code != 200:
            return {"success": False, "status": joined.status_code, "output": joined.text}
        with client.stream(
            "GET", "gradio_api/queue/data", params={"session_hash": session_hash}
        ) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    return dict(message)
    raise AssertionError("the event never completed")


def admin_cookie(url: str, password: str = PASSWORD) -> dict[str, str]:
    """Log in to the admin routes; returns the session cookie."""
    r = httpx.post(url + "hbc/admin/login", data={"password": password}, timeout=10)
    assert r.status_code == 200, r.text
    return {"hbc_admin": r.cookies["hbc_admin"]}
