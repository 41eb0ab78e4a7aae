"""`/figures <province>` through the real python-telegram-bot client and the stand-in Bot API."""

from __future__ import annotations

import html
import re

import pytest

from bot.answer import AnswerService
from bot.figure_table import FigureQuery
from bot.telegram_figures import MAX_ROWS
from tests.bot.test_telegram import (  # noqa: F401  (api is a fixture)
    PRIVATE,
    USER,
    _access,
    api,
    run_bot,
    valid_html,
)
from tests.helpers.fake_bot_api import FakeBotApi, command

pytestmark = pytest.mark.slow


def _visible(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_figures_of_a_province_unknown_province_and_usage(
    service: AnswerService,
    api: FakeBotApi,  # noqa: F811
) -> None:
    msgs = [
        command(PRIVATE, USER, "/figures Tuyên Quang", message_id=1),
        command(PRIVATE, USER, "/figures tuyen quang ho so", message_id=2),
        command(PRIVATE, USER, "/figures Hà Nội", message_id=3),
        command(PRIVATE, USER, "/figures Atlantis", message_id=4, language="en"),
        command(PRIVATE, USER, "/figures", message_id=5),
    ]
    run_bot(service, api, _access(), msgs, lambda: len(api.sent()) >= 5, settle=0.5)
    texts = [s["text"] for s in api.sent(PRIVATE)]
    assert len(texts) == 5
    assert all(valid_html(t) for t in texts)
    # Updates are handled one after another: the replies come in the commands' order.
    by_reply = dict(enumerate(texts, 1))

    table = service.figure_table()
    every = table.select(FigureQuery(provinces=("Tuyên Quang",)))
    whole = by_reply[1]
    assert whole.startswith(f"<b>Số liệu của Tuyên Quang</b> ({len(every)} số liệu)")
    items = [line for line in whole.split("\n") if line.startswith("• ")]
    assert len(items) == MAX_ROWS
    assert f"còn {len(every) - MAX_ROWS} số liệu nữa" in _visible(whole)
    assert all("98/BC-STTTT, dòng " in line for line in items)  # each row names its source
    assert all(re.match(r"• <b>[\d.,%/]+</b> ", line) for line in items)  # the figure in bold

    dossiers = by_reply[2]
    matching = table.select(FigureQuery(provinces=("Tuyên Quang",), text="ho so"))
    assert f"({len(matching)} số liệu khớp “ho so”)" in dossiers
    assert "<b>75.639</b>" in dossiers
    assert "hồ sơ" in _visible(dossiers)  # restored text, not the OCR's "hd so"

    known = "Hà Tĩnh, Hải Dương, Tuyên Quang, Đồng Tháp"
    assert _visible(by_reply[3]) == f"Chưa có báo cáo nào của Hà Nội. Các tỉnh có số liệu: {known}."
    assert _visible(by_reply[4]).startswith(
        f"No province recognised in “Atlantis”. Provinces with figures: {known}."
    )
    assert "/figures" in by_reply[5]
    assert known in _visible(by_reply[5])
