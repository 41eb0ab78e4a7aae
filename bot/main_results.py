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
