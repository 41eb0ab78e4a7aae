"""Telegram front end (python-telegram-bot v22): private chats, group /ask, mentions and replies.

Talks only to the answer service. Answers are computed off the event loop, sent as escaped HTML,
split under Telegram's 4096-character limit; an allow-list and per-user/per-chat rate limits
guard it, AIORateLimiter honours Telegram's flood limits and RetryAfter.
"""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Message, Update
from telegram.constants import ChatAction, ChatType, MessageEntityType
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.answer import Answer, AnswerService
from index.errors import HbcError

log = logging.getLogger(__name__)
MAX_LEN = 4096

HELP = (
    "<b>Hỏi Báo Cáo</b> — hỏi đáp các báo cáo cải cách hành chính.\n"
    "• Trò chuyện riêng: gửi câu hỏi bất kỳ.\n"
    "• Trong nhóm: <code>/ask câu hỏi</code>, nhắc tên bot, hoặc trả lời tin nhắn của bot.\n"
    "• <code>/sources N</code>: xem đầy đủ nguồn [N] của câu trả lời gần nhất.\n"
    "• <code>/reports</code>: danh sách báo cáo.\n\n"
    "<i>English:</i> ask anything in a private chat; in groups use <code>/ask question</code>, "
    "mention the bot or reply to it. <code>/sources N</code> expands citation N, "
    "<code>/reports</code> lists the reports."
)
REFUSAL = (
    "Xin lỗi, bot này chỉ phục vụ các nhóm được cấp quyền. "
    "Sorry, this bot only serves authorised chats."
)
SLOW_DOWN = "⏳ Bạn hỏi nhanh quá, vui lòng chờ một chút. / Please slow down a little."
FAILED = "⚠️ Xin lỗi, đã có lỗi khi trả lời. Vui lòng thử lại. / Sorry, something went wrong."


@dataclass
class RateLimiter:
    """Sliding one-minute windows per key; `clock` is injectable for tests."""

    per_minute: int
    clock: Callable[[], float] = time.monotonic
    _hits: dict[int, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def allow(self, key: int) -> bool:
        """Record a hit for `key` if it is within its limit."""
        now = self.clock()
        q = self._hits[key]
        while q and now - q[0] >= 60:
            q.popleft()
        if len(q) >= self.per_minute:
            return False
        q.append(now)
        return True


@dataclass
class Access:
    """Allow-list and rate limits; remembers whom it already refused or warned."""

    allowed_chats: frozenset[int]
    allowed_users: frozenset[int]
    users: RateLimiter
    chats: RateLimiter
    refused: set[int] = field(default_factory=set)
    warned: dict[int, float] = field(default_factory=dict)

    def permitted(self, chat_id: int, user_id: int | None) -> bool:
        """In an allowed chat, and an allowed user where users are listed."""
        if chat_id not in self.allowed_chats:
            return False
        return not self.allowed_users or (user_id is not None and user_id in self.allowed_users)


def format_answer(ans: Answer) -> str:
    """Telegram HTML: the figure in bold, [n] markers, then a compact, escaped source list."""
    body = ans.text.split("\n\nNguồn:\n")[0].split("\n\nSources:\n")[0]
    out_lines = []
    body, table = _table_pre(body)
    for line in body.split("\n"):
        if line == _TABLE_SLOT:
            out_lines.append(table)
            continue
        if line.startswith("> "):
            out_lines.append(f"<i>“{html.escape(line[2:])}”</i>")
            continue
        escaped = html.escape(line)
        if ans.figure and line.startswith(f"**{ans.figure}**"):
            escaped = f"<b>{html.escape(ans.figure)}</b>" + html.escape(line[len(ans.figure) + 4 :])
        else:
            escaped = escaped.replace("**", "")
        out_lines.append(escaped)
    label = "Sources" if ans.language == "en" else "Nguồn"
    sources = [
        html.escape(
            f"[{c.n}] {c.number or c.period} — {c.agency}, {c.date or c.period}; {c.section[:80]}"
        )
        for c in ans.citations
    ]
    text = "\n".join(out_lines)
    if sources:
        text += f"\n\n<b>{label}:</b>\n" + "\n".join(sources)
    return text


_TABLE_SLOT = "\0table"


def _table_pre(body: str) -> tuple[str, str]:
    """A Markdown comparison table as one monospace <pre> block (side, figure, date, source
    columns; what each figure counts is in /sources N), and the body with a slot for it."""
    lines = body.split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith("|")]
    if len(rows) < 3:
        return body, ""
    cells = [[c.strip().replace("**", "") for c in lines[i].strip("|").split("|")] for i in rows]
    cells = [[r[0], r[1], r[3], r[4]] for r in cells if len(r) >= 5 and not set(r[0]) <= {"-"}]
    widths = [max(len(r[k]) for r in cells) for k in range(4)]
    text = "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells)
    kept = lines[: rows[0]] + [_TABLE_SLOT] + lines[rows[-1] + 1 :]
    return "\n".join(kept), f"<pre>{html.escape(text)}</pre>"


def split_message(text: str, limit: int = MAX_LEN) -> list[str]:
    """Pieces under `limit`, cut at line ends (tags never span lines here), else at spaces."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]


async def _send(message: Message, text: str) -> None:
    """Reply, split as needed; network errors are retried twice (RetryAfter by the limiter)."""
    for piece in split_message(text):
        for attempt in range(3):
            try:
                await message.reply_html(piece, disable_web_page_preview=True)
                break
            except RetryAfter as exc:
                await asyncio.sleep(float(getattr(exc, "retry_after", 1)))
            except (NetworkError, TimedOut):
                if attempt == 2:
                    raise
                await asyncio.sleep(0.5 * (attempt + 1))


def build_app(
    token: str,
    service: Callable[[], AnswerService],
    access: Access,
    base_url: str | None = None,
) -> Application:
    """The PTB Application with every handler; `service` returns the answer service in use."""
    builder = Application.builder().token(token).rate_limiter(AIORateLimiter(max_retries=3))
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_url)
    app = builder.build()

    async def gate(update: Update) -> bool:
        msg, chat = update.effective_message, update.effective_chat
        if msg is None or chat is None:
            return False
        user = update.effective_user
        if not access.permitted(chat.id, user.id if user else None):
            if chat.id not in access.refused:
                access.refused.add(chat.id)
                await _send(msg, REFUSAL)
            return False
        user_ok = access.users.allow(user.id if user else chat.id)
        chat_ok = access.chats.allow(chat.id)
        if not (user_ok and chat_ok):
            key = user.id if user else chat.id
            now = time.monotonic()
            if now - access.warned.get(key, -1e9) > 60:
                access.warned[key] = now
                await _send(msg, SLOW_DOWN)
            return False
        return True

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
        msg = update.effective_message
        assert msg is not None
        if not await gate(update):
            return
        question = question.strip()
        if not question:
            await _send(msg, "Hãy viết câu hỏi sau /ask. / Write your question after /ask.")
            return
        await msg.chat.send_action(ChatAction.TYPING)
        history = context.chat_data.get("history", []) if context.chat_data is not None else []
        try:
            ans = await asyncio.to_thread(service().answer, question, history[-2:])
        except HbcError as exc:
            await _send(msg, f"⚠️ {html.escape(str(exc))}")
            return
        if context.chat_data is not None:
            context.chat_data["last"] = ans
            context.chat_data["history"] = (history + [(question, ans.text)])[-4:]
        await _send(msg, format_answer(ans))

    async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg, chat = update.effective_message, update.effective_chat
        if msg is None or chat is None or not msg.text:
            return
        if chat.type == ChatType.PRIVATE:
            await answer(update, context, msg.text)
            return
        me = context.bot.username or ""
        mention = f"@{me}".lower()
        mentioned = any(
            e.type == MessageEntityType.MENTION
            and msg.text[e.offset : e.offset + e.length].lower() == mention
            for e in msg.entities
        )
        replied = bool(
            msg.reply_to_message
            and msg.reply_to_message.from_user
            and msg.reply_to_message.from_user.id == context.bot.id
        )
        if mentioned or replied:
            text = msg.text.replace(f"@{me}", " ") if me else msg.text
            await answer(update, context, text)

    async def on_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await answer(update, context, " ".join(context.args or []))

    async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is not None and await gate(update):
            await _send(msg, HELP)

    async def on_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or not await gate(update):
            return
        last: Answer | None = (
            context.chat_data.get("last") if context.chat_data is not None else None
        )
        args = context.args or []
        if last is None or not args or not args[0].isdigit():
            await _send(
                msg, "Dùng /sources N sau một câu trả lời. / Use /sources N after an answer."
            )
            return
        n = int(args[0])
        cit = next((c for c in last.citations if c.n == n), None)
        if cit is None:
            await _send(msg, f"Không có nguồn [{n}]. / No source [{n}].")
            return
        text = (
            f"<b>[{cit.n}] {html.escape(cit.number or cit.period)}</b> — {html.escape(cit.agency)}, "
            f"{html.escape(cit.date or cit.period)}\n"
            f"Mục / section: {html.escape(cit.section)}\n"
            + (f"Trang / page: {cit.page}\n" if cit.page else "")
            + f"Dòng / lines: {cit.line_start}–{cit.line_end} ({html.escape(cit.report_id)})\n\n"
            f"<i>“{html.escape(cit.quote)}”</i>"
        )
        await _send(msg, text)

    async def on_reports(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or not await gate(update):
            return
        reports = sorted(
            service().retriever.index.reports.values(), key=lambda r: (r.province, r.year)
        )
        lines = [
            html.escape(
                f"• {r.province} — {r.number or '(không số)'}, {r.agency}, {r.date_vn or r.period}"
            )
            for r in reports
        ]
        await _send(msg, "<b>Báo cáo / Reports</b>\n" + "\n".join(lines))

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram handler failed", exc_info=context.error)
        if isinstance(update, Update) and update.effective_message is not None:
            try:
                await update.effective_message.reply_text(FAILED)
            except Exception:  # the network may be what failed; nothing more to do
                log.warning("could not send the failure notice")

    app.add_handler(CommandHandler(["start", "help"], on_help))
    app.add_handler(CommandHandler("ask", on_ask))
    app.add_handler(CommandHandler("sources", on_sources))
    app.add_handler(CommandHandler("reports", on_reports))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_error_handler(on_error)
    return app
