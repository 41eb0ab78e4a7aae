"""A count asked of what was done online ("hồ sơ trực tuyến", "received online") is not answered
by a figure whose passage says nothing of the online channel: "đã tiếp nhận 17.667 hồ sơ" of
the postal service (BCCI) is a near miss, not the online count.

The online channel is said in the reports as "trực tuyến", "qua mạng", "điện tử", a service
level 3 or 4 (online by definition), "DVC" or the public service portal ("Cổng dịch vụ công")."""

from __future__ import annotations

import re

from core.text import fold

ASKED = re.compile(r"\b(truc tuyen|online|qua mang|internet)\b")
_SAID = re.compile(
    r"\b(truc tuyen|online|qua mang|internet|dien tu|muc do [34]|muc [34]|dvc|dich vu cong|"
    r"cong dich vu|cong dvc)\b"
)


def asks_online(folded_question: str) -> bool:
    """Whether a (folded) question asks about the online channel."""
    return bool(ASKED.search(folded_question))


def says_online(*texts: str) -> bool:
    """Whether any of the texts (a figure's clause, its paragraph) says the online channel."""
    return any(_SAID.search(fold(t)) for t in texts if t)
