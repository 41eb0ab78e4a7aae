"""A question that asks a target ("mục tiêu tỷ lệ … là bao nhiêu", "what is the target for …")
against a figure whose passage sets none: the reports give what was reached ("đạt tỷ lệ 46%"),
and a result is a near miss of the target asked, not its answer. Counting targets ("bao nhiêu
mục tiêu cụ thể", "how many objectives") asks no target's value."""

from __future__ import annotations

import re

from core.text import fold

# A figure set as a target, not one reached (bot/compare_facts.py, bot/key_figures.py).
TARGET = re.compile(r"\b(phan dau|bao dam|dam bao|muc tieu|chi tieu|toi thieu|it nhat)\b")

# The question asks the value of a target, a goal or a quota set for a figure.
_ASKS_TARGET = re.compile(
    r"\b(muc tieu|chi tieu|target(?:s|ed)?|goals?|objectives?|aim(?:s|ed)? (?:at|for|to))\b"
)
# Counting the targets themselves ("bao nhiêu mục tiêu", "how many goals"): no target's value.
_COUNTS_TARGETS = re.compile(
    r"\b(?:bao nhieu|so|how many|number of) (?:\w+ ){0,2}"
    r"(?:muc tieu|chi tieu|targets|goals|objectives)\b"
)
# A passage setting a target: the comparison's target words, a plan's or what is set out.
_SETS_TARGET = re.compile(
    rf"{TARGET.pattern}|\b(ke hoach|de ra|dat ra|giao|du kien|target)\b"
)
# A target named as what a figure is measured against ("still below the target", "short of
# the central and provincial targets", "chưa đạt mục tiêu", "so với chỉ tiêu"): the figure is
# asked, the target is its yardstick. Up to four words may stand between ("below the central
# and provincial target").
_AGAINST_TARGET = re.compile(
    r"\b(?:below|under|above|over|short of|behind|exceed(?:s|ed|ing)?|against|compared (?:with|to)"
    r"|(?:did not|failed to|not) (?:meet|reach|hit)|chua dat|khong dat|thap hon|cao hon|vuot"
    r"|so voi)\s+(?:\w+\s+){0,4}?(?:muc tieu|chi tieu|targets?|goals?)\b"
)


def asks_target(folded: str) -> bool:
    """Whether a folded question asks the value of a target (not how many targets there are,
    nor a figure measured against one: `_AGAINST_TARGET`)."""
    rest = _AGAINST_TARGET.sub(" ", folded)
    return bool(_ASKS_TARGET.search(rest)) and not _COUNTS_TARGETS.search(rest)


def sets_target(*texts: str) -> bool:
    """Whether any of the texts (a clause, its paragraph, its heading) sets a target."""
    return any(_SETS_TARGET.search(fold(t)) for t in texts if t)
