"""What in a question only compares ("nơi nào thấp hơn", "chênh lệch bao nhiêu", "khác … ra
sao"): left out of each part's question and label (`bot/compare_parts.py`)."""

from __future__ import annotations

import re

from bot.extractive.whole_asked import EACH, SPLIT_MORE


def compare_words(words: list[str]) -> frozenset[int]:
    """The folded words that only compare ("cái nào lớn hơn", "khác nhau ra sao")."""
    starts, at = [], 0
    for w in words:
        starts.append(at)
        at += len(w) + 1
    joined = " ".join(words)
    out: set[int] = set()
    for m in (*COMPARE_ONLY.finditer(joined), *EACH.finditer(joined)):
        out.update(i for i, s in enumerate(starts) if m.start() <= s < m.end())
    for m in re.finditer(rf"\b{SPLIT_MORE}\b", joined):  # "nhiều hồ sơ hơn": the noun kept
        out.update(i for i, s in enumerate(starts) if s in (m.start(), m.end() - 3))
    return frozenset(out)


# A gap asked in English ("what's the gap", "how big is the gap"): only compares here, and asks
# the difference of the two sides (`compare_more_than.DIFFERENCE_ASKED`).
GAP_ASKED = r"(?:how (?:big|large|wide) is|what is|what's) the gap"
# What only compares, taken out of a part's question (it asks one figure).
COMPARE_ONLY = re.compile(
    r"\b(so sanh|compare[sd]?|chenh (?:nhau|lech)(?: (?:the nao|ra sao|bao nhieu))?|"
    r"khac nhau(?: (?:the nao|ra sao|nhu the nao))?|(?:loai|ben|cai|tinh|noi) nao|"
    r"nhieu hon|it hon|cao hon|thap hon|lon hon|which|more|fewer|higher|lower|"
    r"(?:is |are )?(?:bigger|smaller|larger|greater)|"
    r"(?:what is|what's) the difference|"
    rf"(?:and )?{GAP_ASKED}|"
    # a closing "how" ("A khác B thế nào?"): what the parts' figures are, not a figure asked
    r"(?:the nao|ra sao|nhu the nao)(?=\W*$))\b[?,]?",
    re.IGNORECASE,
)


# A difference asked, whatever splits the parts: "chênh lệch", "difference", "how many more",
# "A nhiều hơn B bao nhiêu" (the comparative before the number asked).
DIFFERENCE_ASKED = re.compile(
    r"\b(chenh (?:lech|nhau)|difference|differ by|by how (?:many|much)|"
    rf"{GAP_ASKED}|"
    r"how (?:many|much) (?:more|fewer|less|higher|lower|larger|greater|bigger|smaller)|"
    r"(?:nhieu|it|cao|thap|lon|nho) hon\b.*\b(?:bao nhieu|may)(?! lan))\b"
)
