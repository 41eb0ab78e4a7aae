"""A question's naming of the report it asks about by the report's own number."""

from __future__ import annotations

import re

# "theo BC 342/BC-VPUBND", "báo cáo số 98", "report no. 98/BC-UBND": which report is asked (the
# retrieval and the province say it), not words the answering clause holds, so they count no
# concept of what is asked. Only a report's number ("…/BC"), not another document's ("18/KH").
_REPORT_NAMED = re.compile(
    r"(?:\b(?:theo|trong|tai|cua|in|per|according to)\s+)?"
    r"(?:\b(?:bao cao|report)\s+(?:so\s+|no\.?\s*|number\s+)?\d{1,4}\s*/\s*bc\b(?:[\s-]+[a-z]+)?"
    r"|\b\d{1,4}\s*/\s*bc\b(?:[\s-]+[a-z]+)?"
    r"|\b(?:bao cao|report)\s+(?:so|no\.?|number)\s*\d{1,4}\b)"
)


def without_report_named(folded: str) -> str:
    """A folded question with its naming of a report by number (`_REPORT_NAMED`) blanked."""
    return _REPORT_NAMED.sub(" ", folded)
