"""A small stand-in of the Telegram Bot API on loopback: serves queued updates to getUpdates and
records every other call (sendMessage, sendChatAction, editMessageText, ...), as the real server
would see them. Like the real server it refuses HTML it cannot parse and texts over 4096
characters (UTF-16 code units, counted after the tags are taken out), with a 400 error."""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT = {
    "id": 999000, "is_bot": True, "first_name": "Hoi Bao Cao", "username": "HoiBaoCaoBot",
    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
}  # fmt: skip
TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a",
        "span", "tg-spoiler", "blockquote", "tg-emoji"}  # fmt: skip


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (offsets and limits are in UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


_BARE_AMP = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class _Html(HTMLParser):
    """Telegram's HTML parse mode: known tags, properly nested; collects the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.bad: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self.bad.append(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.bad.append(f"/{tag}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_problem(text: str) -> str:
    """Why Telegram would refuse this HTML message ("" when it would send it)."""
    if _BARE_AMP.search(text):
        return "Bad Request: can't parse entities: unsupported character entity"
    p = _Html()
    p.feed(text)
    p.close()
    if p.bad or p.stack or p.rawdata:
        return "Bad Request: can't parse entities: unmatched or unsupported tag"
    visible = "".join(p.text)
    if not visible.strip():
        return "Bad Request: message text is empty"
    if utf16_len(visible) > 4096:
        return "Bad Request: message is too long"
    return ""


class FakeBotApi:
    """Start it, pass `base_url` to PTB, `push()` updates, read `calls`."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.refused: list[tuple[str, dict[str, Any], str]] = []
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._next_message = 5000
        self._chat_types: dict[int, str] = {}
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
                problem = api.problem(method, params)
                if problem:
                    status = 400
                    reply = {"ok": False, "error_code": 400, "description": problem}
                else:
                    status = 200
                    reply = {"ok": True, "result": api.handle(method, params)}
                body = json.dumps(reply).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The client may have hung up (a long poll cancelled as the bot stops).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            do_GET = do_POST  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"
        # `shutdown` waits for serve_forever's next poll: 0.5 s by default, at every test's end.
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def push(self, message: dict[str, Any], kind: str = "message") -> None:
        """Queue an incoming message as the next update (`kind`: message, edited_message,
        channel_post, edited_channel_post)."""
        with self._lock:
            self._chat_types[int(message["chat"]["id"])] = str(message["chat"]["type"])
            self._updates.append({"update_id": self._next_update, kind: message})
            self._next_update += 1

    def problem(self, method: str, params: dict[str, Any]) -> str:
        """The 400 the real server would answer, or ""."""
        if method in {"sendMessage", "editMessageText"} and params.get("parse_mode") == "HTML":
            why = html_problem(str(params.get("text", "")))
            if why:
                with self._lock:
                    self.refused.append((method, params, why))
            return why
        return ""

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
                kind = self._chat_types.get(chat_id, "private" if chat_id > 0 else "group")
                mid = int(params.get("message_id") or self._next_message)
                params["_message_id"] = mid  # what the bot was told its message's id is
                return {
                    "message_id": mid, "date": int(time.time()),
                    "chat": {"id": chat_id, "type": kind},
                    "from": BOT, "text": str(params.get("text", "")),
                }  # fmt: skip
        return True

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """sendMessage calls the server accepted, optionally for one chat."""
        with self._lock:
            return [
                p for m, p in self.calls
                if m == "sendMessage" and (chat_id is None or int(p["chat_id"]) == chat_id)
            ]  # fmt: skip

    def replies(self, chat_id: int | None = None) -> list[tuple[int, str]]:
        """(message id replied to, text) of each accepted sendMessage."""
        return [(reply_to(p), str(p["text"])) for p in self.sent(chat_id)]


def reply_to(params: dict[str, Any]) -> int:
    """The message id a sendMessage call replies to (0 when none)."""
    rp = params.get("reply_parameters")
    if isinstance(rp, str):
        rp = json.loads(rp)
    return int(rp["message_id"]) if isinstance(rp, dict) else 0


def mention(text: str, username: str = "HoiBaoCaoBot") -> dict[str, Any]:
    """The mention entity Telegram sends for `@username` in `text`: UTF-16 offset and length."""
    at = text.index(f"@{username}")
    return {"type": "mention", "offset": utf16_len(text[:at]), "length": utf16_len(username) + 1}


def message(
    chat_id: int, user_id: int, text: str | None, *, message_id: int, group: bool = False,
    entities: list[dict[str, Any]] | None = None, reply_to: dict[str, Any] | None = None,
    caption: str | None = None, attachment: str = "", thread_id: int = 0,
    language: str = "vi",
) -> dict[str, Any]:  # fmt: skip
    """A realistic incoming message; `attachment` is photo, document or sticker (with `caption`
    and `entities` as caption entities where given)."""
    chat: dict[str, Any] = (
        {"id": chat_id, "type": "supergroup" if thread_id else "group", "title": "Nhóm CCHC"}
        if group
        else {"id": chat_id, "type": "private", "first_name": "An"}
    )
    msg: dict[str, Any] = {
        "message_id": message_id, "date": int(time.time()), "chat": chat,
        "from": {"id": user_id, "is_bot": False, "first_name": "An", "language_code": language},
    }  # fmt: skip
    if text is not None:
        msg["text"] = text
    if attachment == "photo":
        msg["photo"] = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 60}]
    elif attachment == "document":
        msg["document"] = {"file_id": "d1", "file_unique_id": "u2", "file_name": "bang.pdf"}
    elif attachment == "sticker":
        msg["sticker"] = {"file_id": "s1", "file_unique_id": "u3", "type": "regular",
                          "width": 512, "height": 512, "is_animated": False, "is_video": False}  # fmt: skip
    if caption is not None:
        msg["caption"] = caption
    if entities:
        msg["caption_entities" if caption is not None else "entities"] = entities
    if reply_to:
        msg["reply_to_message"] = reply_to
    if thread_id:
        msg["message_thread_id"] = thread_id
        msg["is_topic_message"] = True
    return msg


def channel_post(chat_id: int, text: str, *, message_id: int) -> dict[str, Any]:
    """A post in a channel: no sender user, the channel itself as sender_chat."""
    chat = {"id": chat_id, "type": "channel", "title": "Kênh CCHC"}
    msg: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat,
                           "sender_chat": chat, "text": text}  # fmt: skip
    if text.startswith("/"):
        cmd = text.split()[0]
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(cmd)}]
    return msg


def command(
    chat_id: int, user_id: int, text: str, *, message_id: int, group: bool = False,
    language: str = "vi",
) -> dict[str, Any]:  # fmt: skip
    """A /command message with its bot_command entity."""
    cmd = text.split()[0]
    return message(chat_id, user_id, text, message_id=message_id, group=group, language=language,
                   entities=[{"type": "bot_command", "offset": 0, "length": utf16_len(cmd)}])  # fmt: skip
