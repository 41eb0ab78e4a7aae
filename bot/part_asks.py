"""The words that ask a question's number, for the splitter of parts (`bot/compare_parts.py`):
"bao nhiêu", "how many", "the number of", "số lượng", "tỷ lệ"; said again after "và", they ask
for a second figure."""

from __future__ import annotations

import re

from bot.part_words import bare_word as _bare

# Words that ask for a number: said again after "và", they ask for a second figure.
ASK = (("bao", "nhieu"), ("how", "many"), ("how", "much"), ("the", "number", "of"),
        ("number", "of"), ("so", "luong"), ("ty", "le"), ("ti", "le"), ("so",), ("the",), ("its",),
        ("con",))  # fmt: skip
STRONG_ASK = {"bao", "how", "number", "so", "ty"}
COUNT_ASKED = ("số lượng", "how many")  # a count asked in words, Vietnamese or English


def ask_at(words: list[str], i: int) -> int:
    """How many words at `i` ask for a number ("bao nhiêu", "số", "the number of"); 0 if none."""
    for ask in ASK:
        if tuple(_bare(w) for w in words[i : i + len(ask)]) == ask:
            return len(ask)
    return 0


SAID_ASK = re.compile(
    r"\b(bao nhieu|how many|how much|t[yi] le|phan tram|percent\w*|shares?|rates?|so luong)\b"
)
ASKS = re.compile(  # ("Đồng Tháp, số phản ánh …": "số" opening a clause asks a count too)
    r"(?:^|[:,;] )so |\b(bao nhieu|how many|how much|t[yi] le|phan tram|percent\w*|shares?|rates?|"
    r"so luong|tong so)\b"
)
