"""Classifier words an asker puts before a counted noun that the reports write bare."""

from __future__ import annotations

import re

# "bao nhiêu bộ hồ sơ": "bộ" counts sets of dossiers, but the reports count "hồ sơ" bare
# ("322.962 hồ sơ … được tiếp nhận"); "bộ" there is no word of what is counted (a ministry,
# "Bộ Nội vụ", stands before no "hồ sơ").
CLASSIFIER = re.compile(r"\bbo(?=\s+ho so\b)")


def classifier_words(folded: str) -> frozenset[str]:
    """The classifier words of a folded question (`CLASSIFIER`)."""
    return frozenset(m.group(0) for m in CLASSIFIER.finditer(folded))


def without_classifiers(folded: str) -> str:
    """A folded question with its classifier words blanked out."""
    return CLASSIFIER.sub(" ", folded)
