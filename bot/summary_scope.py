"""A summary asked of several parts together: the results and the work ahead ("tóm lược kết
quả … và nhiệm vụ …", "main results … and its priorities for …", "tình hình … và phương hướng
…"), or the results and their limits. Neither part alone answers it (the tasks section alone
drops every result; one area of the results drops the rest): the report is summarised, or the
one part whose heading names the topic the question gives beside those kinds of part."""

from __future__ import annotations

import re

from bot.intents_types import kind_spans
from core.text import fold

# Words that ask for a report's results (its state of things), folded.
RESULTS_ASKED = re.compile(r"\b(?:ket qua|tinh hinh|results?|achievements?|progress)\b")
# The work ahead named plainly, which the tasks kind reads only with more words ("nhiệm vụ
# 2023": "nhiệm vụ" and a year; "its tasks", "the plans for …").
_AHEAD = re.compile(
    r"\b(?:nhiem vu|phuong huong|dinh huong|tasks?|plans? for|priorit\w*|next steps?)\b"
)
# What joins two parts asked: a conjunction or a comma (not "kết quả thực hiện nhiệm vụ": the
# results OF the tasks, one thing).
_AND = re.compile(r"\b(?:va|and|cung nhu|as well as|along with|kem theo)\b|[,&;]")


def _other_parts(folded: str) -> list[tuple[int, int]]:
    """Where a question names a part other than the results: a kind of section or the work
    ahead."""
    spans = [(s, e) for s, e, _ in kind_spans(folded)]
    return spans + [m.span() for m in _AHEAD.finditer(folded)]


def several_parts(folded: str) -> bool:
    """Whether a (folded) summary question asks for the results and another part joined to
    them ("kết quả … và nhiệm vụ …"; "limitations and results"), either order."""
    others = _other_parts(folded)
    for m in RESULTS_ASKED.finditer(folded):
        for s, e in others:
            between = folded[m.end() : s] if s >= m.end() else folded[e : m.start()]
            if (s >= m.end() or e <= m.start()) and _AND.search(between):
                return True
    return False


def without_parts(folded: str) -> str:
    """A (folded) question without the words that name the parts it asks (results, tasks,
    limits …): what is left names its topic, if any."""
    spans = [m.span() for m in RESULTS_ASKED.finditer(folded)] + _other_parts(folded)
    chars = list(folded)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


# Words that ask for a summary, after which a question names what it sums up ("tóm tắt phần
# …", "summarise the … sections", "give me a summary of …").
_SUMMED = re.compile(
    r"\b(?:tom tat|tom luoc|tom gon|khai quat|diem qua|summar\w*|overview|recap|outline|gist|"
    r"run ?downs?)\b(?:\s+(?:of|on|about|ve|lai|giup|cho|toi|minh|ngan gon|the|cac|nhung))*"
)
# Where the parts named end: the report they are of ("… trong báo cáo CCHC 2022", "… of the
# Đồng Tháp Q3 report", "… in Tuyen Quang's report no. 98"), or the question's end.
_OF_REPORT = re.compile(
    r"\b(?:trong|cua|in|of|from)\s+(?:[\w'./-]+\s+){0,8}?(?:bao cao|bc|report)\b|"
    r"\b(?:bao cao|report)\b|[?]|$"
)
# The words a piece may open or close with that name no part of its own ("phần", "the",
# "sections"): left out of it.
_PIECE_NOISE = re.compile(
    r"^(?:(?:the|its|cac|nhung|phan|muc|noi dung|part|parts|sections?|ve|on)\s+)*|"
    r"(?:\s+(?:parts?|sections?|phan|muc))+$"
)


def named_pieces(folded: str) -> list[str]:
    """The parts a (folded) summary question names side by side between its asking word and
    the report ("tóm tắt phần A, B và C trong báo cáo …", "summarise the A and B sections of
    the … report"), each as its own words; [] when it names fewer than two. Whether each is
    a part of the report (a part's heading may itself say "và": "xây dựng và phát triển …")
    is for the report's headings to tell."""
    asked = _SUMMED.search(folded)
    if asked is None:
        return []
    rest = folded[asked.end() :]
    end = _OF_REPORT.search(rest)
    span = rest[: end.start()] if end else rest
    pieces = [_PIECE_NOISE.sub("", p.strip()).strip() for p in _AND.split(span)]
    pieces = [p for p in pieces if p]
    return pieces if len(pieces) >= 2 else []


# How many words a heading opens with (after its label and "những", "các", "mặt") that name
# the kind of section it is: "2. Những tồn tại, hạn chế", "V. Phương hướng, nhiệm vụ cuối năm";
# a results area that names a kind further on ("Kết quả rà soát, đề xuất cắt giảm TTHC", "Về
# thực hiện các nhiệm vụ được giao") is no section of that kind.
OPENING_WORDS = 4
_LABEL = re.compile(r"^\W*(?:[ivxlc]+|[a-z]|\d+)(?:\.\d+)*\s*[.)/-]\s*")
_LEAD = re.compile(r"^(?:(?:nhung|cac|mot so|mat|ve)\s+)+")


def heads_kind(heading: str, phrases: tuple[str, ...]) -> bool:
    """Whether a heading opens by naming a kind of section (one of its `phrases`, folded)."""
    words = re.findall(r"\w+", _LEAD.sub("", _LABEL.sub("", fold(heading))))
    opening = " ".join(words[:OPENING_WORDS])
    return any(re.search(rf"\b{p}\b", opening) for p in phrases)


def pieces_kinds(piece: str) -> list[str]:
    """The kinds of section a piece of a question names ("hạn chế", "kiến nghị"; the work
    ahead too, said plainly: "nhiệm vụ 2023", "the 2023 tasks")."""
    kinds = [k for _, _, k in kind_spans(piece)]
    return kinds + (["tasks"] if _AHEAD.search(piece) and "tasks" not in kinds else [])
