"""The real python-telegram-bot Application against a local stand-in of the Bot API."""

from __future__ import annotations

import asyncio
import html
import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import pytest

from bot.answer import Answer, AnswerService
from bot.render import telegram as format_answer
from bot.telegram import (
    MAX_LEN,
    Access,
    RateLimiter,
    build_app,
    split_message,
)
from index.retrieve import Filters
from tests.helpers.fake_bot_api import (
    BOT,
    FakeBotApi,
    channel_post,
    command,
    html_problem,
    mention,
    message,
    reply_to,
    utf16_len,
)

PRIVATE, GROUP, STRANGER, CHANNEL = 111, -100222, 333, -1001234567
USER, OTHER, THIRD = 111, 444, 555
Q = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
FAILED_VI = "đã có lỗi"

Step = tuple[Callable[[], list[dict[str, Any]]], Callable[[], bool]]


class RecordingService(AnswerService):
    """The real service (or one scripted Answer, as an LLM might write it) that records each
    question and the questions of the history it was given."""

    def __init__(self, inner: AnswerService, scripted: Answer | None = None) -> None:
        self.__dict__.update(inner.__dict__)  # the real service's parts, however it is built
        self.scripted = scripted
        self.calls: list[tuple[str, list[str]]] = []

    def answer(
        self,
        question: str,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Answer:
        self.calls.append((question, [q for q, _ in history]))
        if self.scripted is not None:
            return replace(self.scripted, question=question)
        return super().answer(question, history, filters, mode)


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


def _access(
    user_rate: int = 30, users: frozenset[int] = frozenset(), clock: Callable[[], float] | None = None
) -> Access:  # fmt: skip
    chats = frozenset({PRIVATE, GROUP, CHANNEL})
    if clock is None:
        return Access(chats, users, RateLimiter(user_rate), RateLimiter(60))
    return Access(chats, users, RateLimiter(user_rate, clock), RateLimiter(60, clock), clock=clock)


def run_steps(service: AnswerService, api: FakeBotApi, access: Access, steps: list[Step],
              settle: float = 0.0) -> None:  # fmt: skip
    """Start the bot, then per step push its updates and wait until its condition holds."""

    async def main() -> None:
        app = build_app("123456:TEST-TOKEN", lambda: service, access, base_url=api.base_url)
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            for updates, until in steps:
                for u in updates():
                    kind = u.pop("_kind", "message")
                    api.push(u, kind)
                deadline = time.monotonic() + 90
                while not until() and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
            await asyncio.sleep(settle)
            await app.updater.stop()
            await app.stop()

    asyncio.run(main())


def run_bot(
    service: AnswerService, api: FakeBotApi, access: Access, messages: list[dict[str, Any]],
    until: Callable[[], bool], settle: float = 0.0,
) -> None:  # fmt: skip
    run_steps(service, api, access, [(lambda: messages, until)], settle)


def valid_html(text: str) -> bool:
    return html_problem(text) == ""


def edited(msg: dict[str, Any], text: str) -> dict[str, Any]:
    return {**msg, "text": text, "edit_date": int(time.time()) + 1, "_kind": "edited_message"}


# ---------------------------------------------------------------------------- conversations


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
    en = "@HoiBaoCaoBot What was Hai Duong's PAR INDEX 2021 score?"
    msgs = [
        command(GROUP, USER, f"/ask@HoiBaoCaoBot {Q}", message_id=1, group=True),
        message(GROUP, OTHER, "chào cả nhà, hôm nay họp lúc mấy giờ?", message_id=2, group=True),
        message(GROUP, OTHER, en, message_id=3, group=True, entities=[mention(en)]),
        message(GROUP, USER, "còn Hà Tĩnh thì sao?", message_id=4, group=True, reply_to=bot_message),
        command(GROUP, USER, f"/ask@OtherBot {Q}", message_id=5, group=True),
    ]  # fmt: skip
    run_bot(service, api, _access(), msgs, lambda: len(api.sent(GROUP)) >= 3, settle=1.0)
    replies = api.replies(GROUP)
    assert sorted(to for to, _ in replies) == [1, 3, 4]
    texts = " ".join(t for _, t in replies)
    assert "1.044" in texts
    assert "87.38/100" in texts
    assert all(valid_html(t) for _, t in replies)


@pytest.mark.slow
def test_history_is_kept_per_user_and_per_reply_thread(
    service: AnswerService, api: FakeBotApi
) -> None:
    rec = RecordingService(service)
    follow = "@HoiBaoCaoBot còn Hà Tĩnh thì sao?"
    ent = [mention(follow)]

    def answer_to(mid: int) -> dict[str, Any]:
        sent = next(p for p in api.sent(GROUP) if reply_to(p) == mid)
        return {"message_id": sent["_message_id"], "date": int(time.time()),
                "chat": {"id": GROUP, "type": "group"}, "from": BOT, "text": sent["text"]}  # fmt: skip

    steps: list[Step] = [
        (lambda: [command(GROUP, USER, f"/ask {Q}", message_id=1, group=True)],
         lambda: len(api.sent(GROUP)) >= 1),
        # another person's short follow-up does not continue USER's question
        (lambda: [message(GROUP, OTHER, follow, message_id=2, group=True, entities=ent)],
         lambda: len(api.sent(GROUP)) >= 2),
        # USER's own follow-up does
        (lambda: [message(GROUP, USER, follow, message_id=3, group=True, entities=ent)],
         lambda: len(api.sent(GROUP)) >= 3),
        # a reply to the first answer continues that answer's thread, whoever replies
        (lambda: [message(GROUP, OTHER, "còn Đồng Tháp?", message_id=4, group=True,
                          reply_to=answer_to(1))],
         lambda: len(api.sent(GROUP)) >= 4),
        # USER in another forum topic starts afresh
        (lambda: [message(GROUP, USER, follow, message_id=5, group=True, entities=ent,
                          thread_id=9)],
         lambda: len(api.sent(GROUP)) >= 5),
    ]  # fmt: skip
    run_steps(rec, api, _access(), steps)
    assert [h for _, h in rec.calls] == [[], [], [Q], [Q], []]
    assert "1.044" in api.sent(GROUP)[0]["text"]


@pytest.mark.slow
def test_mention_after_an_emoji_is_answered(service: AnswerService, api: FakeBotApi) -> None:
    text = f"👋 @HoiBaoCaoBot {Q}"
    msg = message(GROUP, USER, text, message_id=1, group=True, entities=[mention(text)])
    assert msg["entities"][0]["offset"] == 3  # UTF-16: the emoji is two code units
    run_bot(service, api, _access(), [msg], lambda: bool(api.sent()), settle=0.5)
    ((to, answer),) = api.replies(GROUP)
    assert to == 1
    assert "<b>1.044</b>" in answer


@pytest.mark.slow
def test_edited_messages_and_edited_ask_are_not_answered_twice(
    service: AnswerService, api: FakeBotApi
) -> None:
    first = message(PRIVATE, USER, Q, message_id=1)
    ask = command(GROUP, USER, f"/ask {Q}", message_id=2, group=True)
    steps: list[Step] = [
        (lambda: [first, ask], lambda: len(api.sent()) >= 2),
        (lambda: [edited(first, Q + " "), edited(ask, f"/ask {Q} nhé")], lambda: True),
    ]
    run_steps(service, api, _access(), steps, settle=2.0)
    assert len(api.sent(PRIVATE)) == 1  # a private reply quotes nothing: count it
    assert [to for to, _ in api.replies(GROUP)] == [2]


@pytest.mark.slow
def test_captions_are_answered_and_non_text_gets_a_hint_in_private(
    service: AnswerService, api: FakeBotApi
) -> None:
    cap = f"@HoiBaoCaoBot {Q}"
    msgs = [
        message(PRIVATE, USER, None, message_id=1, attachment="photo", caption=Q),
        message(GROUP, USER, None, message_id=2, group=True, attachment="document", caption=cap,
                entities=[mention(cap)]),
        message(PRIVATE, USER, None, message_id=3, attachment="sticker"),
        message(GROUP, USER, None, message_id=4, group=True, attachment="sticker"),
        message(GROUP, USER, None, message_id=5, group=True, attachment="photo", caption="ảnh họp"),
    ]  # fmt: skip
    run_bot(service, api, _access(), msgs, lambda: len(api.sent()) >= 3, settle=1.0)
    private = [t for _, t in api.replies(PRIVATE)]  # in the order asked
    assert len(private) == 2
    assert "<b>1.044</b>" in private[0]
    assert "chú thích" in private[1]  # "... or as the photo's caption", in one line
    assert "\n" not in private[1]
    ((to, group),) = api.replies(GROUP)
    assert to == 2
    assert "<b>1.044</b>" in group


# ---------------------------------------------------------------------------- access


@pytest.mark.slow
def test_refusals_say_chat_or_user_once_per_user_per_hour_and_channels_are_served(
    service: AnswerService, api: FakeBotApi
) -> None:
    now = [1000.0]
    access = _access(users=frozenset({USER}), clock=lambda: now[0])

    def later() -> list[dict[str, Any]]:
        now[0] += 3601
        return [command(GROUP, OTHER, f"/ask {Q}", message_id=9, group=True)]

    steps: list[Step] = [
        (lambda: [
            message(STRANGER, STRANGER, Q, message_id=1),
            message(STRANGER, STRANGER, Q, message_id=2),
            command(GROUP, OTHER, f"/ask {Q}", message_id=3, group=True),
            command(GROUP, OTHER, f"/ask {Q}", message_id=4, group=True),
            command(GROUP, THIRD, f"/ask {Q}", message_id=5, group=True),
            command(GROUP, USER, f"/ask {Q}", message_id=6, group=True),
            {**channel_post(CHANNEL, f"/ask {Q}", message_id=7), "_kind": "channel_post"},
        ], lambda: len(api.sent()) >= 5),
        (later, lambda: len(api.sent()) >= 6),
    ]  # fmt: skip
    run_steps(service, api, access, steps, settle=1.0)
    stranger = [t for _, t in api.replies(STRANGER)]
    assert len(stranger) == 1
    assert "cuộc trò chuyện này chưa được cấp quyền" in stranger[0]
    group = dict(api.replies(GROUP))
    assert sorted(group) == [3, 5, 6, 9]  # OTHER once, THIRD once, USER answered, OTHER again
    for refused in (3, 5, 9):
        assert "bạn chưa có trong danh sách" in group[refused]
        assert "cuộc trò chuyện" not in group[refused]
    assert "<b>1.044</b>" in group[6]
    ((to, post),) = api.replies(CHANNEL)
    assert to == 7
    assert "<b>1.044</b>" in post


@pytest.mark.slow
def test_burst_of_30_is_rate_limited_with_one_slow_down(
    service: AnswerService, api: FakeBotApi
) -> None:
    msgs = [message(PRIVATE, USER, f"{Q}", message_id=i) for i in range(1, 31)]
    run_bot(service, api, _access(user_rate=5), msgs, lambda: len(api.sent()) >= 6, settle=2.0)
    texts = [s["text"] for s in api.sent(PRIVATE)]
    assert sum("chậm" in t or "nhanh quá" in t for t in texts) == 1
    assert sum("<b>1.044</b>" in t for t in texts) == 5
    assert len(texts) == 6


# ---------------------------------------------------------------------------- commands, errors


@pytest.mark.slow
def test_commands_sources_reports_help(service: AnswerService, api: FakeBotApi) -> None:
    msgs = [
        message(PRIVATE, USER, Q, message_id=1),
        command(PRIVATE, USER, "/sources 1", message_id=2),
        command(PRIVATE, USER, "/reports", message_id=3),
        command(PRIVATE, USER, "/help", message_id=4),
        command(PRIVATE, USER, "/ask", message_id=5, language="en"),
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


@pytest.mark.slow
def test_sources_with_a_unicode_digit_gets_the_usage_line(
    service: AnswerService, api: FakeBotApi
) -> None:
    msgs = [
        message(PRIVATE, USER, Q, message_id=1),
        command(PRIVATE, USER, "/sources ²", message_id=2),
        command(PRIVATE, USER, "/sources ٣", message_id=3),
    ]
    run_bot(service, api, _access(), msgs, lambda: len(api.sent()) >= 3, settle=0.5)
    replies = [t for _, t in api.replies(PRIVATE)]
    assert len(replies) == 3
    for usage in replies[1:]:
        assert "/sources" in usage
        assert FAILED_VI not in usage
        assert "wrong" not in usage


@pytest.mark.slow
def test_error_texts_are_in_the_chats_language(service: AnswerService, api: FakeBotApi) -> None:
    vi = ("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4 trong năm nay " * 60)[:3000]
    en = ("How many level 4 online public services does Tuyen Quang have this year " * 60)[:3000]
    msgs = [message(PRIVATE, USER, vi, message_id=1),
            message(PRIVATE, USER, en, message_id=2, language="en")]  # fmt: skip
    run_bot(service, api, _access(), msgs, lambda: len(api.sent()) >= 2, settle=0.5)
    vi_reply, en_reply = (t for _, t in api.replies(PRIVATE))
    assert "Câu hỏi quá dài" in vi_reply
    assert "tối đa 2000" in vi_reply
    assert not re.search(r"\b(the|question|characters|long)\b", vi_reply)
    assert "too long" in en_reply


# ---------------------------------------------------------------------------- rendering


def _visible(pieces: list[str]) -> str:
    return html.unescape("\n".join(re.sub(r"<[^>]*>", "", p) for p in pieces))


def test_a_10000_character_line_splits_on_the_html_structure() -> None:
    words = ("Số hồ sơ & thủ tục <TTHC> tiếp nhận 1.044 “đúng hạn” " * 400)[:10_000]
    text = (
        "<b>1.044</b> (Tuyên Quang) [1]\n<i>“"
        + html.escape(words)
        + "”</i>\n\n<b>Nguồn:</b>\n[1] x"
    )
    pieces = split_message(text)
    assert len(pieces) >= 3
    for p in pieces:
        assert utf16_len(p) <= MAX_LEN
        assert html_problem(p) == "", p[-60:]
    # nothing lost or doubled but the spaces at the cuts
    assert _visible(pieces).split() == _visible([text]).split()


def test_a_line_with_no_spaces_and_emoji_splits_under_the_utf16_limit() -> None:
    text = "<code>" + "😀a&amp;" * 3000 + "</code>"
    pieces = split_message(text)
    assert all(utf16_len(p) <= MAX_LEN and html_problem(p) == "" for p in pieces)
    assert _visible(pieces).replace("\n", "") == _visible([text])


def _scripted(service: AnswerService, text: str) -> RecordingService:
    ans = service.answer(Q)
    # A model's answer: its text, no figure picked out, no candidates (those make "not sure").
    return RecordingService(service, replace(ans, text=text, figure="", candidates=()))


@pytest.mark.slow
def test_a_1mb_model_answer_is_capped_at_three_messages(
    service: AnswerService, api: FakeBotApi
) -> None:
    huge = "Theo báo cáo [1], số liệu 1.044 & <b>nhiều</b> hơn. " * 20_000
    assert len(huge) > 1_000_000
    rec = _scripted(service, huge)
    run_bot(rec, api, _access(), [message(PRIVATE, USER, Q, message_id=1)],
            lambda: len(api.sent()) >= 3, settle=2.0)  # fmt: skip
    texts = [t for _, t in api.replies(PRIVATE)]
    assert len(texts) == 3
    assert not api.refused
    assert "cắt bớt" in texts[-1]
    assert all(utf16_len(t) <= MAX_LEN for t in texts)


@pytest.mark.slow
def test_report_and_model_text_cannot_add_markup_links_or_images(
    service: AnswerService, api: FakeBotApi
) -> None:
    evil = (
        "Kết quả **1.044** [1] ![t](http://track.example/t.png) <img src=x> <b>đậm</b> "
        "[bấm](https://evil.example/) www.evil.com admin@evil.vn @evilchannel"
    )
    ans = service.answer(Q)
    cit = replace(ans.citations[0], agency="<script>alert(1)</script>",
                  quote="xem https://evil.example/q.png ngay")  # fmt: skip
    scripted = replace(ans, text=evil + "\n\nNguồn:\n[1] …", figure="", citations=(cit,),
                       candidates=())  # fmt: skip
    rec = RecordingService(service, scripted)
    msgs = [
        message(PRIVATE, USER, Q, message_id=1),
        command(PRIVATE, USER, "/sources 1", message_id=2),
    ]
    run_bot(rec, api, _access(), msgs, lambda: len(api.sent()) >= 2, settle=0.5)
    sent = api.sent(PRIVATE)
    assert len(sent) == 2
    for p in sent:
        text = str(p["text"])
        assert valid_html(text)
        tags = set(re.findall(r"</?([a-z]+)", text))
        assert tags <= {"b", "i", "code"}, tags
        outside_code = re.sub(r"<code>.*?</code>", "", text)
        for linkish in ("http", "www.", "evil.com", "@evil"):
            assert linkish not in outside_code, (linkish, outside_code)
        options = p["link_preview_options"]
        options = json.loads(options) if isinstance(options, str) else options
        assert options["is_disabled"] is True
    assert "&lt;script&gt;" in sent[0]["text"]
    assert "<b>1.044</b>" not in sent[0]["text"]  # the model's own ** is not our figure line


def test_a_comparison_shows_every_figure_in_bold(service: AnswerService) -> None:
    # Before: only the first of two figures was bold. A comparison is now one table, every
    # figure in its own cell of one monospace block (Telegram nests no bold inside <pre>).
    ans = service.answer("So sánh số DVC mức độ 4 của Tuyên Quang và Hà Tĩnh")
    rows = "\n".join(line for line in ans.text.splitlines() if line.startswith("|"))
    figures = re.findall(r"\*\*([^*]+)\*\*", rows)
    assert len(figures) >= 2
    out = format_answer(ans)
    table = re.search(r"<pre>(.*?)</pre>", out, flags=re.S)
    assert table is not None
    for figure in figures:
        assert html.escape(figure) in table.group(1)
    assert valid_html(out)


def test_section_names_are_cut_at_a_word_boundary(service: AnswerService) -> None:
    ans = service.answer(Q)
    section = "II. Kết quả triển khai thực hiện công tác cải cách hành chính trên địa bàn tỉnh 5 tháng đầu năm 2022"  # noqa: E501
    out = format_answer(replace(ans, citations=(replace(ans.citations[0], section=section),)))
    entry = out.rsplit("\n", 1)[-1]
    shown = entry.split("; ", 1)[1]
    assert shown.endswith("…")
    assert set(shown.rstrip("…").split()) <= set(section.split())
    assert len(shown) <= 81


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
