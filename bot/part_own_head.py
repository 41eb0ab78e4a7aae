"""Whether the part after a split names its own head, so the words that lead the part before
are that part's alone (`bot/compare_parts.py` `parts_of`).

"… bao nhiêu chữ ký số cho cán bộ và bao nhiêu PKI cho lãnh đạo": the part before is read back
to "cho cán bộ" (a "số" in "chữ ký số" reads as a number asked), and "chữ ký số" leads it. The
part after says "PKI" before the word the part before opens on ("cho"): PKI is its own head,
in the place of "chữ ký số", which it must not borrow ("… bao nhiêu chữ ký số PKI …" asks a
thing no line says). Likewise a part after that says the lead's last word inside it ("sim ký
số cá nhân và chứng thư số tổ chức": "chứng thư số" is a head of its own). A part after of
one word, a negation of the part before, or one that says neither word past its opening,
borrows the lead as before
("bao nhiêu hồ sơ tiếp nhận và bao nhiêu đã giải quyết": "hồ sơ" counts both)."""

from __future__ import annotations

from bot.part_asks import ask_at
from bot.part_words import NEGATION, bare_word


def lead_noun(words: list[str], k: int, xs: int) -> int:
    """Where the lead's counted words start in the words `k`..`xs` before the part before:
    past its first number asked ("Tổng số | chứng thư số", "cấp bao nhiêu | sim ký số"); `xs`
    when none is asked there (the lead is not a thing counted)."""
    i = k
    while i < xs:
        if n := ask_at(words, i):
            return i + n
        i += 1
    return xs


def own_head(words: list[str], lead: tuple[int, int], x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Whether the part after (`y`) names its own head in the lead's (`lead`) place: past its
    first word, it says the lead's last word or the word the part before (`x`) opens on, after
    a word of its own (no negation: "tự chủ và không tự chủ" negates, naming no head)."""
    (ls, le), (xs, xe), (ys, ye) = lead, x, y
    if le - ls < 1 or xe - xs < 1 or ye - ys < 2:
        return False
    said = [bare_word(w) for w in words[ys:ye]]
    lead_words = {bare_word(w) for w in words[ls:le]}
    marks = {bare_word(words[le - 1]), bare_word(words[xs])}
    at = next((j for j in range(1, len(said)) if said[j] in marks), None)
    # the words after the mark as many as the part before's ("PKI | cho lãnh đạo" beside "cho
    # cán bộ"), and those before it none of the lead's ("UBND | cấp xã" says the lead's "UBND")
    if at is None or len(said) - at - (said[at] != bare_word(words[xs])) != xe - xs:
        return False
    return any(w not in NEGATION and w not in lead_words for w in said[:at])


def lent_lead(words: list[str], k: int, x: tuple[int, int], y: tuple[int, int]) -> int:
    """Where the words from `k` lent to the part after end: at the lead's noun when the part
    after names its own head (`own_head`), else at the part before's start."""
    noun = lead_noun(words, k, x[0])
    return noun if own_head(words, (noun, x[0]), x, y) else x[0]


def asks_own(words: list[str], at: int, ys: int) -> bool:
    """Whether the part after the split opens on its own number asked ("… bao nhiêu nhiệm vụ
    và bao nhiêu giải quyết đúng hạn"): a clause of its own, whose closing words ("đúng hạn")
    are its own, no head it shares with the part before ("cá nhân và tổ chức chứng thư số")."""
    return any(ask_at(words, i) >= 2 for i in range(at, ys))
