"""Gradio web UI: the Ask tab (chat, source cards, conversations), the figure explorer and the
admin tab, wrapped by `build_app` in a FastAPI app with our own routes (admin login, originals)
and guard; `serve` runs it.

Talks only to the answer service (through a ServiceHolder), the feedback store and the admin
actions; it imports neither chromadb nor llama-index.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from starlette.routing import Mount

from bot.admin import Admin, ServiceHolder
from bot.feedback import FeedbackStore
from bot.web_admin import add_admin_routes, admin_tab
from bot.web_chat import AskHandlers, ask_tab
from bot.web_figures import figures_tab
from bot.web_guard import AdminSessions, Guard, Throttle
from bot.web_page import CSS, GRADIO_VI, HEAD
from core.settings import Settings
from index.readers import ORIGINAL_SUFFIXES, media_type


def build_ui(
    holder: ServiceHolder,
    feedback: FeedbackStore,
    settings: Settings,
    admin: Admin | None = None,
    sessions: AdminSessions | None = None,
) -> gr.Blocks:
    """The Gradio UI; `build_app` serves it with the routes and guard it relies on."""
    web = settings.web
    sessions = sessions or AdminSessions(web.admin_idle_minutes * 60)
    handlers = AskHandlers(holder, feedback, settings)
    provinces, years = holder.filter_choices()
    with gr.Blocks(title="Hỏi Báo Cáo", delete_cache=(600, 3600)) as demo:
        ui = ask_tab(demo, handlers, provinces, years, web.concurrency)
        figures_tab(holder, handlers.cards, ui.lang)  # the fact table explorer (issue #16)
        changed = admin_tab(
            admin, bool(settings.admin_password), sessions, feedback, web.max_upload_mb,
            _forget_upload,
        )  # fmt: skip
        for event in changed:  # an admin's add, removal or re-index: this page's filters follow
            event.then(
                handlers.filter_choices, None, [ui.province, ui.year], api_visibility="private",
                show_progress="hidden",
            )  # fmt: skip
    return demo


def _forget_upload(path: Path) -> None:
    """Delete an uploaded file from Gradio's temp folder once it is read or added."""
    tmp = os.environ.get("GRADIO_TEMP_DIR")
    if tmp and path.resolve().is_relative_to(Path(tmp).resolve()):
        with contextlib.suppress(OSError):
            path.unlink()


_ORIGINAL = re.compile(rf"^[\w.-]+({'|'.join(map(re.escape, ORIGINAL_SUFFIXES))})$")


def _gradio_user(app: FastAPI, request: Request) -> str | None:
    """The HBC_WEB_AUTH user logged in through Gradio's login page, if any."""
    for route in app.routes:
        inner = getattr(route, "app", None)
        if isinstance(route, Mount) and hasattr(inner, "tokens"):
            cid = inner.cookie_id  # type: ignore[union-attr]
            token = request.cookies.get(f"access-token-{cid}") or request.cookies.get(
                f"access-token-unsecure-{cid}"
            )
            return inner.tokens.get(token) if token else None  # type: ignore[union-attr]
    return None


def build_app(
    settings: Settings,
    holder: ServiceHolder,
    feedback: FeedbackStore,
    admin: Admin | None = None,
    logins: list[tuple[str, str]] | None = None,
) -> FastAPI:
    """The web UI as an ASGI app: Gradio (login by HBC_WEB_AUTH `logins` if any), the admin
    and originals routes, and the guard (uploads only in an admin session, throttled logins)."""
    web = settings.web
    tmp = settings.path(web.temp_dir)
    shutil.rmtree(tmp, ignore_errors=True)  # uploads of an earlier run are never needed again
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(tmp)  # read by Gradio when the Blocks are made
    sessions = AdminSessions(web.admin_idle_minutes * 60)
    demo = build_ui(holder, feedback, settings, admin, sessions)
    demo.queue(default_concurrency_limit=web.concurrency)
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    add_admin_routes(app, settings.admin_password, sessions, Throttle(), feedback)
    originals = settings.path(settings.ingest.originals)

    @app.get("/hbc/original/{name}")
    async def original(name: str, request: Request) -> Response:
        if logins and _gradio_user(app, request) is None:
            return Response("log in first", status_code=401, media_type="text/plain")
        path = originals / name
        if not _ORIGINAL.match(name) or not path.is_file():
            return Response("not found", status_code=404, media_type="text/plain")
        kind = media_type(path.suffix)
        # A PDF opens in the browser (at #page=N); a DOCX downloads.
        disposition = "inline" if name.endswith(".pdf") else "attachment"
        return FileResponse(
            path, media_type=kind, filename=name, content_disposition_type=disposition
        )

    app.add_middleware(Guard, sessions=sessions, throttle=Throttle())
    footer: list[Any] = ["api", "gradio", "settings"] if web.show_api else ["gradio"]
    max_mb = min(web.max_upload_mb, settings.ingest.max_file_mb)
    return gr.mount_gradio_app(
        app, demo, path="", auth=logins or None, footer_links=footer, run_history=web.show_api,
        max_file_size=f"{max_mb}mb", css=CSS, head=HEAD, show_error=False,
        i18n=gr.I18n(vi=GRADIO_VI),
    )  # fmt: skip


class Server:
    """The app served by uvicorn in a background thread (tests, benchmarks)."""

    def __init__(self, app: FastAPI, host: str, port: int) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.url = f"http://{host}:{port}/"
        self._thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)


def serve(app: FastAPI, host: str, port: int) -> None:
    """Serve until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level="warning")

