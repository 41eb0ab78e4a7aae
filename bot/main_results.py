"""The words that ask for a report's main results: a summary of it, not one of its parts."""

from __future__ import annotations

# A report's main results asked ("kết quả chính / chủ yếu", "những kết quả quan trọng", "key
# results", "main achievements", "headline outcomes"): its summary, every part's results, not
# the one part whose heading opens "Kết quả …".
MAIN_RESULTS = (
    r"(?:ket qua|thanh tich|thanh tuu)\s+(?:(?:dat duoc|noi bat)\s+)?"
    r"(?:chinh|chu yeu|chu chot|quan trong(?: nhat)?|co ban)|"
    r"(?:key|main|major|principal|headline|chief|core|top)\s+"
    r"(?:results?|achievements?|outcomes?|accomplishments?)"
)

# A summary asked in plain words, not the word "summary": "boil the … report down", "condense
# …", "in a nutshell", "in a few lines / sentences", "the short version", "TL;DR". Folded.
PLAIN_SUMMARY = (
    r"boil(?:s|ed|ing)?\s+(?:[\w'/.-]+\s+){0,10}?down|boil(?:s|ed|ing)? down|condens\w*|"
    r"(?:in )?a nutshell|(?:in|into|to)\s+(?:just\s+)?(?:a\s+)?(?:few|couple of|two|three|handful of)"
    r"\s+(?:short\s+)?(?:lines|sentences|bullets|bullet points|words|points)|"
    r"short version|tl ?;? ?dr|big picture"
)
