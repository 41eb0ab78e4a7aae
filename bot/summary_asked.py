"""What a summary question asks: a part of a report or the report itself, a summary said in
so many words."""

from __future__ import annotations

import re

from bot.main_results import PLAIN_SUMMARY

# The question names a report ("báo cáo CCHC quý III …", "the … report").
REPORT_NAMED = re.compile(r"\b(?:bao cao|bc|report)\b")
# A question about a part of a report, not the whole of it.
PART_ASKED = re.compile(
    r"\b(phan|muc|linh vuc|tung linh vuc|part|section|chapter|area|areas|what .* reported on)\b"
)
# A summary of the report itself: "tóm tắt báo cáo …", "summarise the health department's 2020 report"
# (nothing like "the results of" between), whatever its title's words name. Between "tóm tắt"
# and "báo cáo" only words of how or for whom (`_HOW_SUMMED`: "tóm tắt sơ lược / hộ mình / lại
# nội dung báo cáo"), never a topic ("tóm tắt kết quả … trong báo cáo" names a part).
_HOW_SUMMED = (
    r"lai|noi dung|nhanh|ngan gon|ngan|gon|so luoc|so qua|qua|giup|gium|ho|cho|minh|toi|tui|"
    r"em|anh|chi|toan bo|ca|chung"
)
_WHOLE = re.compile(
    rf"\b(?:tom tat|tom luoc|khai quat)\s+(?:(?:{_HOW_SUMMED})\s+){{0,3}}(?:bao cao|bc)\b|"
    r"\b(?:summar\w*|overview of|outline|run ?down of|gist of|recap of|sum(?:s|med)? up|"
    r"boil(?:s|ed|ing)?(?: down)?|condens\w*)\s+(?:the\s+|this\s+)?"
    r"(?:(?!of\b|on\b|in\b|from\b|about\b)[\w'/-]+\s+){0,8}report\b"
)
# A summary asked in so many words: the report's or a part's, its key figures told.
SUMMARISE = re.compile(r"\b(?:tom tat|tom luoc|tom gon|tong quan|khai quat|diem qua|summar\w*|"
                       r"overview|outline|brief|gist|recap|run ?downs?|sum(?:s|med)? up|"
                       # a report's (or a part's) main points asked by name
                       r"(?:main|key) (?:points|findings|content)|highlights|takeaways|"
                       r"(?:diem|y|noi dung) chinh|"
                       rf"{PLAIN_SUMMARY})\b")  # fmt: skip


def whole_report(folded: str) -> bool:
    """Whether a (folded) summary question asks for the report itself ("tóm tắt báo cáo …"),
    not a part its words may name."""
    return bool(_WHOLE.search(folded))
