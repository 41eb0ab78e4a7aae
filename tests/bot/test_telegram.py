"""The real python-telegram-bot Application against a local stand-in of the Bot API."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

import pytest

from bot.answer import AnswerService
from bot.telegram import (
    MAX_LEN,
    REFUSAL,
    SLOW_DOWN,
    Access,
    RateLimiter,
    build_app,
    format_answer,
    split_message,
)
from tests.helpers.fake_bot_api import BOT, FakeBotApi, command, message

PRIVATE, GROUP, STRANGER = 111, -100222, 333
USER, OTHER = 111, 444
Q = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"


class _TagCheck(HTMLParser):
    """Telegram accepts a few tags, properly nested; anything else is an error."""

    ALLOWED = {"b", "i", "code", "pre", "a", "u", "s"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.ALLOWED:
            self.bad.append(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.bad.append(f"/{tag}")


def valid_html(text: str) -> bool:
    p = _TagCheck()
    p.feed(text)
    p.close()
    return not p.bad and not p.stack


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


def _access(user_rate: int = 30) -> Access:
    return Access(frozenset({PRIVATE, GROUP}), frozenset(), RateLimiter(user_rate), RateLimiter(60))


def run_bot(
    service: AnswerService, api: FakeBotApi, access: Access, messages: list[dict[str, Any]],
    until: Callable[[], bool], settle: float = 0.0,
) -> None:  # fmt: skip
    async def main() -> None:
        app = build_app("123456:TEST-TOKEN", lambda: service, access, base_url=api.base_url)
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            for m in messages:
                api.push(m)
            deadline = time.monotonic() + 90
            while not until() and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await asyncio.sleep(settle)
            await app.updater.stop()
            await app.stop()

    asyncio.run(main())


@pytest.mark.slow
def test_private_question_gets_a_cited_html_answer(service: AnswerService, api: FakeBotApi) -> None:
    run_bot(
        service, api, _access(), [message(PRIVATE, USER, Q, message_id=1)], lambda: bool(api.sent())
    )
    (sent,) = api.sent(PRIVATE)
    text = sent["text"]
    assert sent["parse_mode"] == "HTML"
    assert "<b>1.044</b>" in text
    assert "[1]" in text
    assert "98/BC-STTTT" in text
    assert valid_html(text)
    assert ("sendChatAction", {"chat_id": str(PRIVATE), "action": "typing"}) in [
        (m, {k: str(v) for k, v in p.items()}) for m, p in api.calls if m == "sendChatAction"
    ]


@pytest.mark.slow
def test_group_ask_mention_and_reply_but_not_plain_chatter(
    service: AnswerService, api: FakeBotApi
) -> None:
    bot_message = {"message_id": 77, "date": int(time.time()), "chat": {"id": GROUP, "type": "group"},
                   "from": BOT, "text": "1.044 ..."}  # fmt: skip
    msgs = [
        command(GROUP, USER, f"/ask@HoiBaoCaoBot {Q}", message_id=1, group=True),
        message(GROUP, OTHER, "chào cả nhà, hôm nay họp lúc mấy giờ?", message_id=2, group=True),
        message(GROUP, OTHER, "@HoiBaoCaoBot What was Hai Duong's PAR INDEX 2021 score?", message_id=3,
                group=True, entities=[{"type": "mention", "offset": 0, "length": 13}]),
        message(GROUP, USER, "còn Hà Tĩnh thì sao?", message_id=4, group=True, reply_to=bot_message),
    ]  # fmt: skip
    run_bot(service, api, _access(), msgs, lambda: len(api.sent(GROUP)) >= 3, settle=1.0)
    replies = api.sent(GROUP)
    assert len(replies) == 3
    to = {int(r["reply_parameters"]["message_id"]) if isinstance(r.get("reply_parameters"), dict)
          else int(__import__("json").loads(r["reply_parameters"])["message_id"]) for r in replies}  # fmt: skip
    assert to == {1, 3, 4}
    texts = " ".join(r["text"] for r in replies)
    assert "1.044" in texts
    assert "87.38/100" in texts
    assert all(valid_html(r["text"]) for r in replies)


@pytest.mark.slow
def test_stranger_chat_gets_one_polite_refusal(service: AnswerService, api: FakeBotApi) -> None:
    msgs = [message(STRANGER, STRANGER, f"{Q} {i}", message_id=i) for i in range(1, 4)]
    run_bot(service, api, _access(), msgs, lambda: bool(api.sent()), settle=1.5)
    sent = api.sent(STRANGER)
    assert [s["text"] for s in sent] == [REFUSAL]


@pytest.mark.slow
def test_burst_of_30_is_rate_limited_with_one_slow_down(
    service: AnswerService, api: FakeBotApi
) -> None:
    msgs = [message(PRIVATE, USER, f"{Q}", message_id=i) for i in range(1, 31)]
    run_bot(service, api, _access(user_rate=5), msgs, lambda: len(api.sent()) >= 6, settle=2.0)
    texts = [s["text"] for s in api.sent(PRIVATE)]
    assert texts.count(SLOW_DOWN) == 1
    assert sum("<b>1.044</b>" in t for t in texts) == 5
    assert len(texts) == 6


@pytest.mark.slow
def test_commands_sources_reports_help(service: AnswerService, api: FakeBotApi) -> None:
    msgs = [
        message(PRIVATE, USER, Q, message_id=1),
        command(PRIVATE, USER, "/sources 1", message_id=2),
        command(PRIVATE, USER, "/reports", message_id=3),
        command(PRIVATE, USER, "/help", message_id=4),
        command(PRIVATE, USER, "/ask", message_id=5),
    ]
    run_bot(service, api, _access(), msgs, lambda: len(api.sent()) >= 5, settle=0.5)
    texts = [s["text"] for s in api.sent(PRIVATE)]
    assert len(texts) == 5
    sources = next(t for t in texts if t.startswith("<b>[1]"))
    assert "98/BC-STTTT" in sources
    assert "1.044" in sources
    reports = next(t for t in texts if "Reports" in t)
    for province in ("Tuyên Quang", "Hà Tĩnh", "Đồng Tháp", "Hải Dương"):
        assert province in reports
    assert any("/ask" in t and "/sources" in t for t in texts)
    assert any("Write your question" in t for t in texts)
    assert all(valid_html(t) for t in texts)


def test_long_answers_split_cleanly_and_stay_valid() -> None:
    line = "<b>1.044</b> " + "dịch vụ công & <hồ sơ> " * 20
    text = "\n".join([line.replace("<hồ sơ>", "&lt;hồ sơ&gt;")] * 40)
    pieces = split_message(text)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_LEN for p in pieces)
    assert all(valid_html(p) for p in pieces)
    assert "".join(p.replace("\n", "") for p in pieces) == text.replace("\n", "")


def test_report_text_is_escaped(service: AnswerService) -> None:
    ans = service.answer(Q)
    evil = replace(ans.citations[0], agency="<script>alert(1)</script>", section="a & b")
    out = format_answer(replace(ans, citations=(evil,)))
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert valid_html(out)


def test_rate_limiter_window() -> None:
    now = [0.0]
    rl = RateLimiter(2, clock=lambda: now[0])
    assert rl.allow(1)
    assert rl.allow(1)
    assert not rl.allow(1)
    assert rl.allow(2)
    now[0] = 61.0
    assert rl.allow(1)


def test_comparison_table_in_pre(service: AnswerService) -> None:
    ans = service.answer("So sánh số hồ sơ tiếp nhận của Tuyên Quang và Đồng Tháp")
    out = format_answer(ans)
    assert valid_html(out)
    pre = out.split("<pre>")[1].split("</pre>")[0]
    rows = pre.split("\n")
    assert rows[1].startswith("Tuyên Quang")
    assert rows[2].startswith("Đồng Tháp")
    # Monospace columns: the first column is padded to one width on every row.
    width = max(len(r.split("  ")[0]) for r in rows)
    assert all(r[width : width + 2] == "  " for r in rows)
    assert "|" not in pre
