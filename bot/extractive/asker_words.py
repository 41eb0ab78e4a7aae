"""An asker's words that the reports write otherwise: a classifier before a counted noun that
the reports write bare, and a verb the reports say in their own words."""

from __future__ import annotations

import re
from collections.abc import Set

# "bao nhiêu bộ hồ sơ": "bộ" counts sets of dossiers, but the reports count "hồ sơ" bare
# ("1.234 hồ sơ … được tiếp nhận", a made-up figure); "bộ" there is no word of what is counted (a ministry,
# "Bộ Nội vụ", stands before no "hồ sơ").
CLASSIFIER = re.compile(r"\bbo(?=\s+ho so\b)")

# Procedures "đưa lên" (put onto) the online public service are, in the reports' words, those
# "triển khai", "tích hợp" or "cung cấp" as online services (made up: "đã tích hợp 75 dịch vụ
# lên Cổng"): a clause with one of those says the asker's verb.
_PUT_ONTO = frozenset({"dua", "len"})
_PUT_ONTO_SAID = (frozenset({"trien", "khai"}), frozenset({"tich", "hop"}), frozenset({"cung", "cap"}))


def classifier_words(folded: str) -> frozenset[str]:
    """The classifier words of a folded question (`CLASSIFIER`)."""
    return frozenset(m.group(0) for m in CLASSIFIER.finditer(folded))


def without_classifiers(folded: str) -> str:
    """A folded question with its classifier words blanked out."""
    return CLASSIFIER.sub(" ", folded)


def verbs_said(said: Set[str]) -> frozenset[str]:
    """The asker's verb words (`_PUT_ONTO`) that words a passage says (`said`) stand for."""
    return _PUT_ONTO if any(w <= said for w in _PUT_ONTO_SAID) else frozenset()
