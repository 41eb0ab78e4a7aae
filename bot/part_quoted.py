"""A part of a report a question names by quoting its heading, glossing it in brackets, or
describing it in words ("the section 'Kiểm soát thủ tục'", "the civil service (chế độ công vụ)
section", "what is under the civil service heading"): the names so given, folded."""

from __future__ import annotations

import re

from bot.intents_types import section_kinds
from bot.stopwords import LIST_JOIN
from core.query import ParsedQuery

# A name the question quotes ("the section 'Kiểm soát thủ tục'"): a quote mark opening a word and one
# closing it (not the apostrophe of "Dong Thap's"); 3 to 80 characters, a heading's length
# (no two-letter name, no quoted sentence).
_QUOTED_PART = re.compile(r"(?:^|(?<=[\s(]))['\"‘“«]([^'\"‘’“”«»]{3,80}?)['\"’”»](?=[\s?.,;:!)]|$)")
# The question asks for a part by that name: it says part, section, heading, "under", or
# (folded) "phần"/"mục" before the name itself (`_NAME`, what a quoted name is read as), a
# numeral or a letter ("phần II", "mục 3", "mục b") or "về"; folded "phan"/"muc" alone are
# as often "phần trăm", "phân cấp" or "mức độ".
_NAME = " qname "
_PART_ASKED = re.compile(
    r"\b(?:part|section|heading|sub ?heading|chapter|under|de muc|tieu muc)\b"
    r"|\b(?:phan|muc)\s+(?:qname|ve|[ivx]+|[a-z]|\d+)\b"
)


# A name the question glosses in brackets ("the civil service (chế độ công vụ) section", "phần
# cải cách TTHC (thủ tục hành chính)"): the heading's words as the reports write them, beside
# the question's own (often English) words; two words at least, letters in each (no "(2022)",
# no "(Q3)"); 3 to 80 characters, as a quoted name.
_GLOSSED_PART = re.compile(r"\(\s*((?:[^\W\d_]+[\s,&/-]+){1,11}[^\W\d_]+)\s*\)")

# A bracketed label, no name: "(phần B)", "(part A.II)", "(mục 3)".
_GLOSSED_LABEL = re.compile(r"^\s*(?:phan|muc|part|section|chapter)\s+[\w.]{1,8}\s*$")


def quoted_part_names(folded: str, glossed: bool = False) -> list[str]:
    """The names a (folded) question quotes when it asks for a part by name, then (`glossed`)
    those it glosses in brackets; [] otherwise. (A gloss is a weaker sign than a quote: only
    a question asking what the part covers reads it as the part's name, bot/part_contents.py.)"""
    marked = _QUOTED_PART.sub(_NAME, folded)
    marked = _GLOSSED_PART.sub(_NAME, marked) if glossed else marked
    if not _PART_ASKED.search(marked):
        return []
    quoted = [m.group(1).strip() for m in _QUOTED_PART.finditer(folded) if m.group(1).strip()]
    return quoted + [g for g in part_glosses(folded) if g not in quoted] if glossed else quoted


def part_glosses(folded: str) -> list[str]:
    """The names a (folded) question glosses in brackets (`_GLOSSED_PART`); a label glossed,
    "(phần B)", "(part A.II)", names a part by its label (part_labels), no name."""
    return [m.group(1).strip() for m in _GLOSSED_PART.finditer(folded)
            if 3 <= len(m.group(1).strip()) <= 80 and not _GLOSSED_LABEL.match(m.group(1))]  # fmt: skip


def one_part_glosses(folded: str) -> list[str]:
    """The glosses (`part_glosses`) that name one thing: a gloss joining two or more ("(bộ máy,
    biên chế)", "(A và B)", "(A/B)") names several parts, of which no one is the part asked."""
    joined = re.compile(rf"[,;&/]|\b(?:{'|'.join(LIST_JOIN)})\b")
    return [g for g in part_glosses(folded) if not joined.search(g)]


# A part named by its heading's words without quotes ("what is under the civil service
# heading", "in the public finance section of …"): the words before "heading" (a heading named
# in words), or before "section"/"part" after "under/in/of the" when the question asks no kind
# of section (a kind asked, "the tasks part", "at the end of the e-government part", is found
# by its kind: bot/section_answer.py). Up to `_NAME_WORDS` words, none of the asking.
_NAME_WORDS = 6
_NAME_WORD = (
    r"(?:(?!(?:the|a|an|under|in|of|report|reports|say|says|said|what|does|do)\b)[a-z'&/-]+)"
)
_HEADING_NAMED = re.compile(
    rf"\bthe\s+((?:{_NAME_WORD}\s+){{0,{_NAME_WORDS - 1}}}{_NAME_WORD})\s+(?:sub ?)?heading\b"
)
_PART_NAMED = re.compile(
    rf"\b(?:under|in|of)\s+the\s+((?:{_NAME_WORD}\s+){{0,{_NAME_WORDS - 1}}}{_NAME_WORD})\s+"
    r"(?:section|part|chapter)\b"
)


def described_part_names(q: ParsedQuery) -> list[str]:
    """The names of a part a question gives in words, unquoted (`_HEADING_NAMED`,
    `_PART_NAMED`); [] when it quotes one or names none."""
    if quoted_part_names(q.folded):
        return []
    names = [m.group(1) for m in _HEADING_NAMED.finditer(q.folded)]
    if not section_kinds(q):
        names += [m.group(1) for m in _PART_NAMED.finditer(q.folded)]
    return list(dict.fromkeys(n.strip() for n in names if len(n.strip()) >= 3))
