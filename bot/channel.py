"""A count asked of what was done online ("hồ sơ trực tuyến", "received online") is not answered
by a figure whose passage says nothing of the online channel: "đã tiếp nhận 17.667 hồ sơ" of
the postal service (BCCI) is a near miss, not the online count.

The online channel is said in the reports as "trực tuyến", "qua mạng", "điện tử", a service
level 3 or 4 (online by definition), "DVC" or the public service portal ("Cổng dịch vụ công").
The electronic one-stop system ("Hệ thống thông tin một cửa điện tử") is not: every dossier,
filed at the counter or online, is entered into it, so "100% hồ sơ được cập nhật vào Hệ thống
một cửa điện tử" says nothing of how many were filed or handled online."""

from __future__ import annotations

import re

from core.text import fold

ASKED = re.compile(r"\b(truc tuyen|online|qua mang|internet)\b")
_SAID = re.compile(
    r"\b(truc tuyen|online|qua mang|internet|dien tu|muc do [34]|muc [34]|dvc|dich vu cong|"
    r"cong dich vu|cong dvc)\b"
)

# The one-stop records system's name, whose "điện tử" says nothing of the channel.
_ONE_STOP_SYSTEM = re.compile(r"\b(?:he thong (?:thong tin )?)?mot cua dien tu\b")
# A figure's clause that says its dossiers were entered into a records system ("được cập nhật
# vào Hệ thống…", "nhập lên phần mềm", "số hóa"): bookkeeping, not how they were handled.
_ENTERED = re.compile(r"\b(cap nhat|nhap (?:vao|len|lieu)|dong bo|so hoa)\b")
# Where a figure's own clause ends: "và", a semicolon, a full stop.
_CLAUSE_END = re.compile(r"\s+va\s+|[;.](?:\s|$)")


def asks_online(folded_question: str) -> bool:
    """Whether a (folded) question asks about the online channel."""
    return bool(ASKED.search(folded_question))


def says_online(*texts: str) -> bool:
    """Whether any of the texts (a figure's clause, its paragraph) says the online channel."""
    return any(_SAID.search(_ONE_STOP_SYSTEM.sub(" ", fold(t))) for t in texts if t)


def entered_only(quote: str, figure: str) -> bool:
    """Whether a figure's clause in `quote` (between "và", ";" or ".") says its
    dossiers were entered into a records system and says nothing of the online channel: "100%
    hồ sơ được cập nhật vào Hệ thống một cửa điện tử" is bookkeeping, not what was done
    online, even where the sentence goes on about the public service portal."""
    folded, fig = fold(quote), fold(figure).replace(" ", "")
    squeezed = folded.replace(" %", "%")
    at = squeezed.find(fig) if fig else -1
    if at < 0:
        return False
    before = _CLAUSE_END.split(squeezed[:at])[-1]
    clause = before + fig + _CLAUSE_END.split(squeezed[at + len(fig) :], maxsplit=1)[0]
    return bool(_ENTERED.search(clause)) and not _SAID.search(_ONE_STOP_SYSTEM.sub(" ", clause))
