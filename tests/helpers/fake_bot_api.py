"""A small stand-in of the Telegram Bot API on loopback: serves queued updates to getUpdates and
records every other call (sendMessage, sendChatAction, ...), as the real server would see them."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT = {
    "id": 999000, "is_bot": True, "first_name": "Hoi Bao Cao", "username": "HoiBaoCaoBot",
    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
}  # fmt: skip


class FakeBotApi:
    """Start it, pass `base_url` to PTB, `push()` updates, read `calls`."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._next_message = 5000
        self._lock = threading.Lock()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                ctype = self.headers.get("Content-Type", "")
                if "json" in ctype and raw:
                    params = json.loads(raw)
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                method = self.path.rsplit("/", 1)[-1]
                result = api.handle(method, params)
                body = json.dumps({"ok": True, "result": result}).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def push(self, message: dict[str, Any]) -> None:
        """Queue an incoming message as the next update."""
        with self._lock:
            self._updates.append({"update_id": self._next_update, "message": message})
            self._next_update += 1

    def handle(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            deadline = time.monotonic() + min(float(params.get("timeout") or 0), 0.5)
            while True:
                with self._lock:
                    pending = [u for u in self._updates if u["update_id"] >= offset]
                if pending or time.monotonic() >= deadline:
                    return pending
                time.sleep(0.05)
        with self._lock:
            self.calls.append((method, params))
            if method in {"sendMessage", "editMessageText"}:
                self._next_message += 1
                chat_id = int(params.get("chat_id", 0))
                return {
                    "message_id": self._next_message, "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                    "from": BOT, "text": str(params.get("text", "")),
                }  # fmt: skip
        return True

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """sendMessage calls, optionally for one chat."""
        with self._lock:
            return [
                p for m, p in self.calls
                if m == "sendMessage" and (chat_id is None or int(p["chat_id"]) == chat_id)
            ]  # fmt: skip


def message(
    chat_id: int, user_id: int, text: str, *, message_id: int, group: bool = False,
    entities: list[dict[str, Any]] | None = None, reply_to: dict[str, Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """A realistic incoming message."""
    chat: dict[str, Any] = (
        {"id": chat_id, "type": "group", "title": "Nhóm CCHC"}
        if group
        else {"id": chat_id, "type": "private", "first_name": "An"}
    )
    msg: dict[str, Any] = {
        "message_id": message_id, "date": int(time.time()), "chat": chat,
        "from": {"id": user_id, "is_bot": False, "first_name": "An", "language_code": "vi"},
        "text": text,
    }  # fmt: skip
    if entities:
        msg["entities"] = entities
    if reply_to:
        msg["reply_to_message"] = reply_to
    return msg


def command(
    chat_id: int, user_id: int, text: str, *, message_id: int, group: bool = False
) -> dict[str, Any]:
    """A /command message with its bot_command entity."""
    cmd = text.split()[0]
    return message(chat_id, user_id, text, message_id=message_id, group=group,
                   entities=[{"type": "bot_command", "offset": 0, "length": len(cmd)}])  # fmt: skip
