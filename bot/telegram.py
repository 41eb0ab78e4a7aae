"""Telegram front end (python-telegram-bot v22): private chats, group /ask, mentions, replies,
photo and document captions, channel posts.

Talks only to the answer service. Each (chat, user, forum topic) keeps its own conversation, and
a reply to one of the bot's answers continues that answer's conversation, whoever replies.
Answers are computed off the event loop, rendered as escaped HTML (bot/render.py) and sent in at
most a few messages (bot/telegram_html.py). Edited messages are ignored: the first version was answered. An allow-list
of chats and users, per-user/per-chat rate limits and PTB's AIORateLimiter guard it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict, defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from telegram import LinkPreviewOptions, Message, Update
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

from bot import render
from bot.answer import Answer, AnswerService, detect_language
from bot.render import citation_html, report_label, safe
from bot.telegram_figures import figures_reply
from bot.telegram_html import MAX_LEN, split_message
from core.errors import BadQuestionError, HbcError, IndexMissingError
from core.text import fold

log = logging.getLogger(__name__)

HELP = (
    "<b>Hỏi Báo Cáo</b> — hỏi đáp các báo cáo cải cách hành chính.\n"
    "• Trò chuyện riêng: gửi câu hỏi bất kỳ (hoặc ảnh/tệp kèm câu hỏi ở phần chú thích).\n"
    "• Trong nhóm: <code>/ask câu hỏi</code>, nhắc tên bot, hoặc trả lời tin nhắn của bot.\n"
    "• <code>/sources N</code>: xem đầy đủ nguồn [N] của câu trả lời gần nhất.\n"
    "• <code>/reports</code>: danh sách báo cáo.\n"
    "• <code>/figures tên tỉnh</code>: các số liệu của tỉnh trong báo cáo.\n\n"
    "<i>English:</i> ask anything in a private chat; in groups use <code>/ask question</code>, "
    "mention the bot or reply to it. <code>/sources N</code> expands citation N, "
    "<code>/reports</code> lists the reports, <code>/figures province</code> a province's "
    "figures."
)
# Every text a user may see besides answers, in both languages; {chat}/{user} are ids to give
# the bot's administrator.
TEXTS: dict[str, dict[str, str]] = {
    "vi": {
        "refuse_chat": "Xin lỗi, cuộc trò chuyện này chưa được cấp quyền dùng bot "
        "(mã cuộc trò chuyện: {chat}). Hãy nhờ người quản trị bot thêm vào.",
        "refuse_user": "Xin lỗi, bạn chưa có trong danh sách người được dùng bot "
        "(mã người dùng: {user}). Hãy nhờ người quản trị bot thêm bạn vào.",
        "slow_down": "⏳ Bạn hỏi nhanh quá, vui lòng chờ một chút rồi hỏi tiếp.",
        "failed": "⚠️ Xin lỗi, đã có lỗi khi trả lời. Vui lòng thử lại.",
        "ask_usage": "Hãy viết câu hỏi sau /ask, ví dụ: /ask Tuyên Quang có bao nhiêu DVC mức độ 4?",
        "sources_usage": "Dùng /sources N (N là số trong ngoặc vuông, ví dụ /sources 1) "
        "sau một câu trả lời.",
        "no_source": "Câu trả lời gần nhất không có nguồn [{n}].",
        "non_text": "Bot chỉ đọc chữ: hãy gửi câu hỏi dạng văn bản, "
        "hoặc ghi câu hỏi vào phần chú thích của ảnh/tệp.",
        "more": "… (câu trả lời còn dài, đã cắt bớt; hãy hỏi cụ thể hơn)",
        "too_long": "Câu hỏi quá dài ({0} ký tự, tối đa {1}). Hãy hỏi ngắn gọn hơn.",
        "empty": "Câu hỏi đang trống; hãy viết điều bạn muốn biết.",
        "no_words": "Câu hỏi không có chữ nào; hãy viết điều bạn muốn biết.",
        "not_text": "Câu hỏi phải là văn bản.",
        "bad_question": "Không dùng được câu hỏi này; hãy viết lại.",
        "no_index": "Chưa có chỉ mục báo cáo dùng được; hãy báo người quản trị bot.",
    },
    "en": {
        "refuse_chat": "Sorry, this chat is not authorised to use the bot (chat id: {chat}). "
        "Ask the bot's administrator to add it.",
        "refuse_user": "Sorry, you are not on the list of people who may use the bot "
        "(user id: {user}). Ask the bot's administrator to add you.",
        "slow_down": "⏳ You are asking too fast; please wait a moment.",
        "failed": "⚠️ Sorry, something went wrong while answering. Please try again.",
        "ask_usage": "Write your question after /ask, e.g. /ask how many level-4 DVCs does "
        "Tuyên Quang have?",
        "sources_usage": "Use /sources N (N is a number in square brackets, e.g. /sources 1) "
        "after an answer.",
        "no_source": "The last answer has no source [{n}].",
        "non_text": "The bot reads text only: send your question as text, or as the caption "
        "of a photo or file.",
        "more": "… (the answer goes on; cut short here: ask something narrower)",
        "too_long": "The question is too long ({0} characters, at most {1}); please shorten it.",
        "empty": "The question is empty; type what you want to know.",
        "no_words": "The question has no words; type what you want to know.",
        "not_text": "The question must be text.",
        "bad_question": "This question cannot be used; please rephrase it.",
        "no_index": "No usable report index yet; tell the bot's administrator.",
    },
}
# BadQuestionError's wording (bot/answer.py) → the key of the same message in TEXTS.
_QUESTION_ERRORS = (
    (re.compile(r"the question is too long \((\d+) characters, at most (\d+)\)"), "too_long"),
    (re.compile(r"the question is empty.*"), "empty"),
    (re.compile(r"the question has no words"), "no_words"),
    (re.compile(r"the question (?:is not|must be) text.*"), "not_text"),
)
REFUSE_EVERY_S = 3600.0  # a refused person hears it once an hour
HISTORY_TURNS = 4  # earlier (question, answer) turns handed to the answer service
KEEP_TURNS = 500  # answers remembered per chat for replies to them
LINKS_OFF = LinkPreviewOptions(is_disabled=True)


def language_of(text: str | None, user_language: str | None) -> str:
    """'vi' or 'en': the question's own language when it has words, else the user's Telegram
    language; Vietnamese by default."""
    if text and re.search(r"[^\W\d_]", text):
        return detect_language(text, fold(text))
    return "en" if (user_language or "").lower().startswith("en") else "vi"


def error_text(exc: HbcError, lang: str) -> str:
    """A one-line message for a domain error, in `lang`."""
    t = TEXTS[lang]
    if isinstance(exc, BadQuestionError):
        for pattern, key in _QUESTION_ERRORS:
            m = pattern.fullmatch(str(exc))
            if m:
                return "⚠️ " + t[key].format(*m.groups())
        return "⚠️ " + t["bad_question"]
    if isinstance(exc, IndexMissingError):
        return "⚠️ " + t["no_index"]
    return t["failed"]


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
    """Allow-list and rate limits; remembers whom it refused or warned, and when."""

    allowed_chats: frozenset[int]
    allowed_users: frozenset[int]
    users: RateLimiter
    chats: RateLimiter
    clock: Callable[[], float] = time.monotonic
    refused: dict[tuple[int, int], float] = field(default_factory=dict)
    warned: dict[int, float] = field(default_factory=dict)

    def verdict(self, chat_id: int, chat_type: str, user_id: int | None) -> str:
        """'ok', 'chat' (the chat is not allowed) or 'user' (the person is not). A channel post
        has no person behind it: an allowed channel is enough."""
        if chat_id not in self.allowed_chats:
            return "chat"
        if not self.allowed_users or chat_type == ChatType.CHANNEL:
            return "ok"
        return "ok" if user_id is not None and user_id in self.allowed_users else "user"

    def refuse_now(self, chat_id: int, user_id: int) -> bool:
        """Whether this person in this chat should hear a refusal now (once per hour)."""
        now = self.clock()
        if len(self.refused) > 10_000:  # strangers come and go: forget the expired ones
            self.refused = {k: t for k, t in self.refused.items() if now - t < REFUSE_EVERY_S}
        key = (chat_id, user_id)
        if now - self.refused.get(key, -1e18) < REFUSE_EVERY_S:
            return False
        self.refused[key] = now
        return True

    def warn_now(self, key: int) -> bool:
        """Whether to say "slow down" now (once a minute per key)."""
        now = self.clock()
        if now - self.warned.get(key, -1e18) <= 60:
            return False
        self.warned[key] = now
        return True


@dataclass(frozen=True)
class Turn:
    """One answered question and the turn it followed."""

    question: str
    answer: Answer
    parent: Turn | None


class Conversations:
    """One chat's conversations: each (user, forum topic)'s latest turn, and the turn behind
    each of the bot's answer messages, so that a reply continues the answer it replies to."""

    def __init__(self, keep: int = KEEP_TURNS) -> None:
        self.keep = keep
        self.latest: dict[tuple[int, int], Turn] = {}
        self.by_message: OrderedDict[int, Turn] = OrderedDict()

    def current(self, who: tuple[int, int], reply_to: int | None) -> Turn | None:
        """The turn a new message follows: the replied-to answer's, else the person's latest."""
        if reply_to is not None and reply_to in self.by_message:
            return self.by_message[reply_to]
        return self.latest.get(who)

    def record(self, who: tuple[int, int], turn: Turn, message_ids: Sequence[int]) -> None:
        """Remember `turn` as the person's latest and behind each message that carried it."""
        self.latest[who] = turn
        for mid in message_ids:
            self.by_message[mid] = turn
        while len(self.by_message) > self.keep:
            self.by_message.popitem(last=False)


def history(turn: Turn | None, turns: int = HISTORY_TURNS) -> list[tuple[str, str]]:
    """Up to `turns` (question, answer text) pairs ending at `turn`, oldest first."""
    out: list[tuple[str, str]] = []
    while turn is not None and len(out) < turns:
        out.append((turn.question, turn.answer.text))
        turn = turn.parent
    return out[::-1]


def is_ascii_number(text: str) -> bool:
    """Digits 0-9 only ("²" and other Unicode digits are not numbers here)."""
    return bool(re.fullmatch(r"[0-9]{1,6}", text))


async def _send(
    message: Message, text: str, max_messages: int = 0, lang: str = "vi"
) -> list[Message]:
    """Reply, split as needed (at most `max_messages`); network errors are retried twice
    (RetryAfter by the rate limiter). Link previews are off."""
    sent: list[Message] = []
    for piece in split_message(text, MAX_LEN, max_messages, TEXTS[lang]["more"]):
        for attempt in range(3):
            try:
                sent.append(await message.reply_html(piece, link_preview_options=LINKS_OFF))
                break
            except RetryAfter as exc:
                await asyncio.sleep(float(getattr(exc, "retry_after", 1)))
            except (NetworkError, TimedOut):
                if attempt == 2:
                    raise
                await asyncio.sleep(0.5 * (attempt + 1))
    return sent


def _conversations(context: ContextTypes.DEFAULT_TYPE) -> Conversations:
    data = context.chat_data if context.chat_data is not None else {}
    convs = data.get("conversations")
    if not isinstance(convs, Conversations):
        convs = data["conversations"] = Conversations()
    return convs


def _who(update: Update) -> tuple[int, int]:
    """(user id, forum topic id): whose conversation this is. A channel post is the channel's."""
    msg, user, chat = update.effective_message, update.effective_user, update.effective_chat
    person = user.id if user else (chat.id if chat else 0)
    topic = msg.message_thread_id if msg is not None and msg.is_topic_message else 0
    return person, topic or 0


def build_app(
    token: str,
    service: Callable[[], AnswerService],
    access: Access,
    base_url: str | None = None,
    max_messages: int = 3,
) -> Application:
    """The PTB Application with every handler; `service` returns the answer service in use;
    an answer takes at most `max_messages` messages."""
    builder = Application.builder().token(token).rate_limiter(AIORateLimiter(max_retries=3))
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_url)
    app = builder.build()
    h = Handlers(service, access, max_messages)
    # Only new messages: an edited message was answered in its first version already, so
    # edits (message and channel post) reach no handler and are never answered twice.
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler(["start", "help"], h.on_help, filters=new))
    app.add_handler(CommandHandler("ask", h.on_ask, filters=new))
    app.add_handler(CommandHandler("sources", h.on_sources, filters=new))
    app.add_handler(CommandHandler("reports", h.on_reports, filters=new))
    app.add_handler(CommandHandler("figures", h.on_figures, filters=new))
    app.add_handler(MessageHandler(new & ~filters.COMMAND, h.on_message))
    app.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POST, h.on_message))
    app.add_error_handler(h.on_error)
    return app


def _user_lang(update: Update, text: str | None = None) -> str:
    """The language to answer in: the text's, else the user's Telegram language."""
    user = update.effective_user
    return language_of(text, user.language_code if user else None)


def _addressed(msg: Message, chat_type: str, me: str, bot_id: int) -> str | None:
    """The question in a text or caption meant for the bot, else None: anything in a private
    chat; in groups and channels /ask, a mention (offsets are UTF-16: PTB's parse_entities
    reads them right) or a reply to the bot."""
    body = msg.text if msg.text is not None else msg.caption
    if body is None:
        return None
    entities = msg.parse_entities() if msg.text is not None else msg.parse_caption_entities()
    first = min(entities, key=lambda e: e.offset, default=None)
    if first is not None and first.type == MessageEntityType.BOT_COMMAND and first.offset == 0:
        name, _, target = entities[first][1:].partition("@")
        if name.lower() != "ask" or (target and target.lower() != me.lower()):
            return None
        return body[len(entities[first]) :]
    mentioned = any(
        e.type == MessageEntityType.MENTION and value.lower() == f"@{me}".lower()
        for e, value in entities.items()
    ) or any(
        e.type == MessageEntityType.TEXT_MENTION and e.user is not None and e.user.id == bot_id
        for e in entities
    )
    replied = bool(
        msg.reply_to_message
        and msg.reply_to_message.from_user
        and msg.reply_to_message.from_user.id == bot_id
    )
    if chat_type == ChatType.PRIVATE or mentioned or replied:
        return re.sub(rf"(?i)@{re.escape(me)}\b", " ", body) if me else body
    return None


class Handlers:
    """The bot's update handlers, sharing the answer service, the access rules and the
    length limit of an answer."""

    def __init__(
        self, service: Callable[[], AnswerService], access: Access, max_messages: int
    ) -> None:
        self.service = service
        self.access = access
        self.max_messages = max_messages

    async def gate(self, update: Update, lang: str) -> bool:
        """Whether to serve this update: an allowed chat and user within their rate limits;
        a refusal or a slow-down notice is sent (at most now and then) otherwise."""
        access = self.access
        msg, chat = update.effective_message, update.effective_chat
        if msg is None or chat is None:
            return False
        user = update.effective_user
        person = user.id if user else chat.id
        verdict = access.verdict(chat.id, chat.type, user.id if user else None)
        if verdict != "ok":
            log.info("refused chat=%s user=%s (%s)", chat.id, person, verdict)
            if access.refuse_now(chat.id, person):
                key = "refuse_chat" if verdict == "chat" else "refuse_user"
                await _send(msg, safe(TEXTS[lang][key].format(chat=chat.id, user=person)))
            return False
        user_ok = access.users.allow(person)
        chat_ok = access.chats.allow(chat.id)
        if not (user_ok and chat_ok):
            if access.warn_now(person):
                await _send(msg, safe(TEXTS[lang]["slow_down"]))
            return False
        return True

    async def answer(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str
    ) -> None:
        """Answer a question in its conversation (the one replied to, else the latest)."""
        msg = update.effective_message
        assert msg is not None
        question = question.strip()
        lang = _user_lang(update, question)
        if not await self.gate(update, lang):
            return
        if not question:
            await _send(msg, safe(TEXTS[lang]["ask_usage"]))
            return
        await msg.chat.send_action(ChatAction.TYPING)
        convs, who = _conversations(context), _who(update)
        replied = msg.reply_to_message.message_id if msg.reply_to_message else None
        parent = convs.current(who, replied)
        try:
            ans = await asyncio.to_thread(self.service().answer, question, history(parent))
        except HbcError as exc:
            await _send(msg, safe(error_text(exc, lang)))
            return
        # Cut well past what max_messages can carry, so the split still marks the answer as cut.
        text = await asyncio.to_thread(render.telegram, ans, 2 * self.max_messages * MAX_LEN)
        sent = await _send(msg, text, self.max_messages, ans.language)
        convs.record(who, Turn(question, ans, parent), [m.message_id for m in sent])

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A message or channel post: answer it if meant for the bot; in a private chat, say
        that only text is read."""
        msg, chat = update.effective_message, update.effective_chat
        if msg is None or chat is None:
            return
        question = _addressed(msg, chat.type, context.bot.username or "", context.bot.id)
        if question is not None:
            await self.answer(update, context, question)
        elif (
            chat.type == ChatType.PRIVATE
            and msg.text is None
            and msg.caption is None
            and msg.effective_attachment is not None
        ):
            lang = _user_lang(update)
            if await self.gate(update, lang):
                await _send(msg, safe(TEXTS[lang]["non_text"]))

    async def on_ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/ask QUESTION."""
        await self.answer(update, context, " ".join(context.args or []))

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/start and /help."""
        msg = update.effective_message
        if msg is not None and await self.gate(update, _user_lang(update)):
            await _send(msg, HELP)

    async def on_sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/sources N: the full quote of an answer's citation N."""
        msg = update.effective_message
        lang = _user_lang(update)
        if msg is None or not await self.gate(update, lang):
            return
        replied = msg.reply_to_message.message_id if msg.reply_to_message else None
        turn = _conversations(context).current(_who(update), replied)
        args = context.args or []
        if turn is None or len(args) != 1 or not is_ascii_number(args[0]):
            await _send(msg, safe(TEXTS[lang]["sources_usage"]))
            return
        n = int(args[0])
        cit = next((c for c in turn.answer.citations if c.n == n), None)
        if cit is None:
            await _send(msg, safe(TEXTS[lang]["no_source"].format(n=n)))
            return
        await _send(msg, citation_html(cit), self.max_messages, lang)

    async def on_reports(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/reports: the reports held."""
        msg = update.effective_message
        lang = _user_lang(update)
        if msg is None or not await self.gate(update, lang):
            return
        reports = sorted(self.service().reports(), key=lambda r: (r.province, r.year))
        lines = [
            safe(
                f"• {r.province} — {report_label(r.number, r.agency, r.date_vn or r.period, False)}"
            )
            for r in reports
        ]
        await _send(msg, "<b>Báo cáo / Reports</b>\n" + "\n".join(lines), self.max_messages, lang)

    async def on_figures(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/figures [WORDS]: the fact table's figures matching the words."""
        msg = update.effective_message
        asked = " ".join(context.args or [])
        lang = _user_lang(update)
        if msg is None or not await self.gate(update, lang):
            return
        try:
            text = await asyncio.to_thread(
                lambda: figures_reply(self.service().figure_table(), asked, lang)
            )
        except HbcError as exc:
            await _send(msg, safe(error_text(exc, lang)))
            return
        await _send(msg, text, self.max_messages, lang)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The one error handler: log with the traceback, reply politely."""
        log.error("telegram handler failed", exc_info=context.error)
        if isinstance(update, Update) and update.effective_message is not None:
            try:
                await update.effective_message.reply_text(
                    TEXTS[_user_lang(update)]["failed"], link_preview_options=LINKS_OFF
                )
            except Exception:  # the network may be what failed; nothing more to do
                log.warning("could not send the failure notice")
