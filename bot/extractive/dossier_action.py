"""What was done with the dossiers a figure counts, received or returned, as the words of a
clause or a question say it (`action_at`, `asked_action`)."""

from __future__ import annotations

import functools

from bot.extractive.breakdown import names_phrase
from core.places import strip_places
from core.query import ParsedQuery
from index.lexical import tokenize

# What was done with the dossiers a figure counts, in the reports' words: received or returned
# ("đã tiếp nhận 17.667 hồ sơ (trong đó …) và đã thực hiện trả 271.215 hồ sơ (…)"). A clause
# often gives both, each with its own breakdown by the same parts (level, channel): the part
# of the asked action is the answer, not the same part of the other one.
ACTIONS: tuple[tuple[str, ...], ...] = (("tiep", "nhan"), ("tra",))
# Words around "tra" that make it another word ("kiểm tra", "thanh tra", "tra cứu").
_NOT_RETURN = frozenset({"kiem", "thanh"})
# Words before a bare "nhận" that make it "received" ("đã nhận", "được nhận", "mới nhận").
_RECEIVED_AFTER = frozenset({"da", "duoc", "moi"})


def action_at(toks: list[str] | tuple[str, ...], i: int) -> tuple[str, ...] | None:
    """The action (`ACTIONS`) the words `toks` say starting at word `i`, if any: "tiếp nhận"
    (OCR forms too: "tlep nhan") or "đã nhận", or "trả" (not "kiểm tra", "thanh tra", "tra
    cứu")."""
    if toks[i] == "tra":
        other = (i > 0 and toks[i - 1] in _NOT_RETURN) or toks[i + 1 : i + 2] == ["cuu"]
        return None if other else ACTIONS[1]
    if names_phrase(ACTIONS[0], tuple(toks[i : i + 2])):
        return ACTIONS[0]
    if toks[i] == "nhan" and i > 0 and toks[i - 1] in _RECEIVED_AFTER and (
        toks[i + 1 : i + 2] not in (["dan"], ["vien"], ["thuc"], ["xet"], ["manh"], ["su"])
    ):  # "đã nhận 5.200 hồ sơ" (not "nhân dân", "nhận thức", "nhấn mạnh")
        return ACTIONS[0]
    return None


@functools.lru_cache(maxsize=256)
def asked_action(q: ParsedQuery) -> tuple[str, ...] | None:
    """The one action (`ACTIONS`) the question asks the dossiers in ("trả kết quả … bao
    nhiêu", "returned"); None when it names none or both."""
    seq = tokenize(strip_places(q.expanded))
    said = {a for i in range(len(seq)) if (a := action_at(seq, i)) is not None}
    return next(iter(said)) if len(said) == 1 else None
