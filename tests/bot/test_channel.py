"""A count asked of the online channel is "not found" when the figure's passage says nothing of
it (bot/channel.py, AnswerService)."""

from __future__ import annotations

import pytest

from bot import channel
from bot.answer import AnswerService


@pytest.mark.parametrize(
    ("question", "online"),
    [
        ("how many dossiers did ha tinh receive online", True),
        ("dong thap tiep nhan bao nhieu ho so truc tuyen", True),
        ("dong thap tiep nhan bao nhieu ho so", False),
    ],
)
def test_asks_online(question: str, online: bool) -> None:
    assert channel.asks_online(question) is online


def test_says_online() -> None:
    postal = "Tính đến ngày 14/6/2022, đã tiếp nhận 17.667 hồ sơ qua dịch vụ BCCI"
    assert not channel.says_online(postal)
    assert channel.says_online("mới tiếp nhận trong kỳ: 184.408 (trực tuyến: 42.360")
    # a service level 3 or 4 is online by definition
    assert channel.says_online("phát sinh 1.636 hồ sơ DVC mức 3, mức 4")
    assert channel.says_online(postal, "hồ sơ nộp qua Cổng dịch vụ công của tỉnh")


def test_a_postal_count_is_no_online_count(service: AnswerService) -> None:
    ans = service.answer("How many dossiers did Ha Tinh receive online by 14 June 2022?")
    assert ans.abstained
    assert "17.667" not in ans.text.split("\n")[0]


def test_an_online_count_is_still_answered(service: AnswerService) -> None:
    ans = service.answer("Đồng Tháp tiếp nhận bao nhiêu hồ sơ trực tuyến trong kỳ?")
    assert not ans.abstained
    assert "42.360" in ans.text
