"""What keeps the web UI's doors shut: login throttling, admin sessions, the request guard.

The admin password never travels as a Gradio event input (Gradio's run history would keep it in
the browser): it is posted to our own `/hbc/admin/login` route, which sets an HttpOnly cookie
naming a server-side session that expires when idle. Admin events check that cookie, so reusing
someone's Gradio session hash gives nothing.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

ADMIN_COOKIE = "hbc_admin"

Clock = Callable[[], float]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class _Tries:
    failures: int = 0
    blocked_until: float = 0.0


class Throttle:
    """Wrong passwords per client: `free` tries, then waits doubling from `base_s` to `max_s`."""

    def __init__(
        self, free: int = 5, base_s: float = 2.0, max_s: float = 300.0,
        clock: Clock = time.monotonic,
    ) -> None:  # fmt: skip
        self.free, self.base_s, self.max_s, self.clock = free, base_s, max_s, clock
        self._tries: dict[str, _Tries] = {}
        self._lock = threading.Lock()

    def wait_s(self, client: str) -> float:
        """Seconds `client` must wait before its next try (0: it may try now)."""
        with self._lock:
            t = self._tries.get(client)
            return max(0.0, t.blocked_until - self.clock()) if t else 0.0

    def failed(self, client: str) -> float:
        """Count a wrong try; returns the wait it earned."""
        with self._lock:
            t = self._tries.setdefault(client, _Tries())
            t.failures += 1
            over = t.failures - self.free
            wait = 0.0 if over < 0 else min(self.max_s, self.base_s * 2**over)
            t.blocked_until = self.clock() + wait
            if len(self._tries) > 10_000:  # forget the oldest clients rather than grow forever
                self._tries.pop(next(iter(self._tries)))
            return wait

    def succeeded(self, client: str) -> None:
        """A right password clears the client's count."""
        with self._lock:
            self._tries.pop(client, None)


@dataclass
class _Session:
    client: str
    last_seen: float


class AdminSessions:
    """Server-side admin sessions, named by a random token kept in an HttpOnly cookie."""

    def __init__(self, idle_s: float = 1800.0, clock: Clock = time.monotonic) -> None:
        self.idle_s, self.clock = idle_s, clock
        self._sessions: dict[str, _Session] = {}
        self._lock = threading.Lock()

    def open(self, client: str) -> str:
        """A new session for `client`; returns its token."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            now = self.clock()
            for k in [k for k, s in self._sessions.items() if now - s.last_seen > self.idle_s]:
                del self._sessions[k]
            self._sessions[token] = _Session(client, now)
        return token

    def check(self, token: str | None) -> bool:
        """Is `token` a live session? A live session's idle clock restarts."""
        if not token:
            return False
        with self._lock:
            s = self._sessions.get(token)
            if s is None:
                return False
            now = self.clock()
            if now - s.last_seen > self.idle_s:
                del self._sessions[token]
                return False
            s.last_seen = now
            return True

    def close(self, token: str | None) -> None:
        """End a session (log out)."""
        with self._lock:
            self._sessions.pop(token or "", None)


def session_id(token: str | None) -> str:
    """A short, non-secret name of a session for the log (never the token itself)."""
    return hashlib.sha256((token or "").encode()).hexdigest()[:8] if token else "-"


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                k, _, v = part.strip().partition("=")
                if k == name:
                    return v
    return None


def client_of(scope: Scope) -> str:
    """The client address of a request (all clients behind one proxy share one)."""
    client = scope.get("client")
    return str(client[0]) if client else "?"


class Guard:
    """ASGI middleware: uploads only inside an admin session; throttled HBC_WEB_AUTH logins."""

    def __init__(self, app: Asgi, sessions: AdminSessions, throttle: Throttle) -> None:
        self.app, self.sessions, self.throttle = app, sessions, throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", "")).rstrip("/")
        if path.endswith("/gradio_api/upload"):
            if not self.sessions.check(_cookie(scope, ADMIN_COOKIE)):
                log.warning("upload refused: no admin session client=%s", client_of(scope))
                await _plain(send, 403, "uploads need an admin session")
                return
        elif path == "/login":  # Gradio's HBC_WEB_AUTH login form
            await self._login(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = client_of(scope)
        wait = self.throttle.wait_s(client)
        if wait > 0:
            await _plain(send, 429, f"too many wrong logins; try again in {wait:.0f} s")
            return
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        await self.app(scope, receive, watch)
        if status == 400:
            wait = self.throttle.failed(client)
            log.warning("web login failed client=%s next_wait_s=%.0f", client, wait)
        elif 200 <= status < 300:
            self.throttle.succeeded(client)


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"),
               (b"content-length", str(len(body)).encode())]  # fmt: skip
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
