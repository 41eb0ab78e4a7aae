"""Whether a "which province" question ranks provinces on a figure (a comparison) rather than
asking the province a report belongs to (a report's own field)."""

from __future__ import annotations

import re

# Vietnamese words of amount or degree a comparative follows: "nhiều … hơn", "cao hơn",
# "lớn nhất". "rõ hơn", "chi tiết hơn", "cụ thể hơn" ask the answer to say more, no figure.
_MEASURE_VI = r"(?:nhieu|it|cao|thap|lon|nho|tot|kem|nhanh|cham|som|muon|rong)"
_RANKS_VI = re.compile(
    r"\btinh nao\b.*\b" + _MEASURE_VI + r"\b(?:\s+[^\s.?!;,]+){0,8}?\s+(?:hon|nhat)\b|"
    r"\btinh nao (?:hon|dan dau)\b|\btinh nao\b.*\bdan dau\b"
)
# English comparatives and superlatives; "ahead"/"behind" rank too ("which province is ahead").
_RANKS_EN = re.compile(
    r"\b(?:which|what) province\b.*\b(?:more|most|fewer|fewest|less|least|higher|highest|lower|"
    r"lowest|larger|largest|greater|greatest|bigger|biggest|ahead|better|best|behind)\b"
)
# "More" that asks the answer to say more, not a figure to be larger: "tell me more", "more
# precisely", "in more detail", "more about it".
_MORE_OF_THE_ANSWER = re.compile(
    r"\b(?:tell|say|know|learn|hear|explain|elaborate|describe|share|give|show)(?: me| us)?"
    r"(?: (?:a )?(?:bit|little|lot|some|any))? more\b|"
    r"\bin more (?:detail|depth)\b|"
    r"\bmore (?:precisely|specifically|clearly|exactly|concretely|about|on|detail|details|"
    r"info|information|context|background)\b"
)
# A report picked out by its number ("342/BC-…", "báo cáo số 12", "report no. 7") or its signer
# ("signed by …", "do ông … ký"): the province asked is that report's, whatever else is said.
_ONE_REPORT = re.compile(
    r"\d+\s*/\s*bc\b|\b(?:bao cao|report) (?:so|no|number)\.? \d+\b|"
    r"\bsigned by\b|\bky boi\b|\bdo (?:ong|ba|dong chi)\b[^,.?!;]{0,60}?\bky\b"
)


def ranks_provinces(folded: str) -> bool:
    """Whether a folded question asks which province ranks first on a figure: a comparative
    after a measure word ("tỉnh nào nhiều … hơn", "which province has more staff"), not "nói
    rõ hơn" or "tell me more", and no report picked out by its number or signer."""
    if _ONE_REPORT.search(folded):
        return False
    return bool(_RANKS_VI.search(folded) or _RANKS_EN.search(_MORE_OF_THE_ANSWER.sub(" ", folded)))
