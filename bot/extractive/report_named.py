"""A question's naming of the report it asks about by the report's own number."""

from __future__ import annotations

import re

from core.text import fold_word, is_syllable

# "theo BC 342/BC-VPUBND", "báo cáo số 98", "report no. 98/BC-UBND": which report is asked (the
# retrieval and the province say it), not words the answering clause holds, so they count no
# concept of what is asked. Only a report's number ("…/BC"), not another document's ("18/KH").
# The word after "BC" is read separately (`_SUFFIX_WRITTEN`): folding turns the hyphen of
# "BC-VPUBND" into a space, so the folded question alone cannot tell it from "342/BC hồ sơ".
_REPORT_NAMED = re.compile(
    r"(?:\b(?:theo|trong|tai|cua|in|per|according to)\s+)?"
    r"(?:\b(?:bao cao|report)\s+(?:so\s+|no\.?\s*|number\s+)?\d{1,4}\s*/\s*bc\b"
    r"(?P<named>\s*[-/]?\s*[a-z]+)?"
    r"|\b\d{1,4}\s*/\s*bc\b(?P<bare>\s*[-/]?\s*[a-z]+)?"
    r"|\b(?:bao cao|report)\s+(?:so|no\.?|number)\s*\d{1,4}\b)"
)
# The issuing body's suffix of a report number as the question writes it: joined to "BC" by a
# hyphen or slash ("104 /BC-STTTT", "140/BC-UBND"), or after a space in capitals and no
# Vietnamese syllable ("98/BC STTTT"). Any other next word ("342/BC hồ sơ") is the question's.
_JOINED_SUFFIX = re.compile(r"\d{1,4}\s*/\s*bc\s*[-/]\s*(\w+)", re.I)
_CAPITAL_SUFFIX = re.compile(r"\d{1,4}\s*/\s*BC\s+([A-ZĐ]{2,})\b")


def _suffixes(text: str) -> frozenset[str]:
    """The folded issuing-body suffixes of the report numbers in a question's text."""
    capital = (fold_word(w) for w in _CAPITAL_SUFFIX.findall(text))
    return frozenset(fold_word(w) for w in _JOINED_SUFFIX.findall(text)) | frozenset(
        w for w in capital if not is_syllable(w)
    )


def without_report_named(folded: str, text: str) -> str:
    """A folded question with its naming of a report by number (`_REPORT_NAMED`) blanked; the
    word after the number stays unless `text` (the question as written) shows it a suffix."""
    suffixes = _suffixes(text)

    def blanked(m: re.Match[str]) -> str:
        after = m.group("named") or m.group("bare") or ""
        word = re.sub(r"[^a-z]+", "", after)
        return f" {word} " if word and word not in suffixes else " "

    return _REPORT_NAMED.sub(blanked, folded)
