"""A summary asked area by area of the report's own subject ("a rundown of the province's
reform report, each area and its highlights", "tóm lược kết quả CCHC của tỉnh theo lĩnh vực"):
the whole report, every area of it, not the one part whose heading or text its words happen to
score best on (a self-assessment section that names "chỉ số CCHC" is no overview of the
reform's areas)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.part_before_colon import named_before_colon
from bot.section_answer import Block, read_out
from bot.structure import Words
from bot.summary_named import NAMED_PART, PART_NOUNS, REPORT_NAMED, NamedParts
from bot.summary_parts import named_by, restored_path
from core.query import ParsedQuery
from core.text import fold

# The question asks for the areas themselves, not one of them (folded): "area by area", "by
# (reform) area", "main areas", "each area", "theo (từng) lĩnh vực", "từng lĩnh vực", "các lĩnh
# vực (chính)".
_BY_AREA = re.compile(
    r"\b(?:area by area|by (?:\w+ )?areas?|(?:main|key|all|each|every) (?:\w+ )?areas?|"
    r"theo (?:tung )?linh vuc|tung linh vuc|cac linh vuc)\b"
)
# English words of a summary's own shape, asked of any report: what it covers and its
# highlights ("what it covers", "headline figures", "the highlights", "overall results").
_SUMMARY_SHAPE = frozenset(
    "results result covered covers cover headline headlines highlights highlight overall".split()  # noqa: SIM905
)
# Words that name no topic of their own in such a question: the areas asked, "results" ("kết
# quả", "thực hiện" as the glossary reads it) which every report of this kind reports, and
# `_SUMMARY_SHAPE`.
_NOT_TOPIC = (
    frozenset(["linh", "vuc", "tung", "cac", "ket", "qua", "thuc", "hien", "dat", "duoc", "noi"])
    | frozenset(["bat", "co", "quan"])
    | _SUMMARY_SHAPE
)
# A part inside the best-scored one scores near it by its parent's heading it repeats: the
# parent, scoring at least this share of it, is the area asked, told with all its sub-parts
# (the public-finance area, not the self-financing results under it that also say "tài chính
# công"); a sub-part its own words name scores clearly higher than its parent.
COVERING_SHARE = 0.85
# Results, asked or heading a part ("kết quả", "results").
_RESULTS = re.compile(r"\b(?:ket qua|results?)\b")
# Month names: a report's period, not its subject ("the May 2022 report").
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]  # noqa: SIM905
)


def areas_of_subject(parts: NamedParts, q: ParsedQuery, report_id: str) -> bool:
    """Whether the question asks area by area (`_BY_AREA`) for the report's own subject: its
    topic words, less the areas asked, "results", the month and the words of the report's
    agency and province, are none or name the title (`NAMED_PART` of them, idf-weighted)."""
    if not _BY_AREA.search(q.folded):
        return False
    r = parts.index.reports[report_id]
    own = set(fold(f"{r.agency} {r.province}").split())
    words, _ = parts.topic_words(q)
    rest = [w for w in words if w not in _NOT_TOPIC | _MONTHS and w not in own]
    if not rest:
        return True
    title = Words.of(read_out(r.title))
    return named_by(rest, title, parts.sections.idf)[0] >= NAMED_PART


def without_part_nouns(q: ParsedQuery) -> ParsedQuery:
    """The question without the nouns that say "part" ("section", "chapter"): no topic words,
    though the glossary reads "section" as "phòng" or "chuyên mục"; and without what it lists
    after a colon that follows the part it names (`named_before_colon`)."""
    return replace(q, folded=PART_NOUNS.sub(" ", named_before_colon(q.folded, q.text)))


def agency_words(agency: str) -> frozenset[str]:
    """The (folded) words of a report's agency, and "cơ quan" (an "office", as the glossary
    reads it): who wrote the report, no topic of a part of it."""
    return frozenset(fold(agency).split()) | {"co", "quan"}


def covering(best: tuple[Block, float], scored: list[tuple[Block, float]]) -> Block:
    """The best-scored part, or the nearest part above it that scores `COVERING_SHARE` of it."""
    block, score = best
    above = [
        (b, s) for b, s in scored
        if len(b.path) < len(block.path) and block.path[: len(b.path)] == b.path
    ]  # fmt: skip
    for b, s in sorted(above, key=lambda x: -len(x[0].path)):
        if s >= COVERING_SHARE * score:
            return b
    return block


def results_part(parts: list[Block], folded: str) -> Block | None:
    """Of a summary asked area by area of the report's subject: the report's results asked, the
    report itself not named, its one top-level results part ("II. Kết quả thực hiện công tác
    CCHC"), area by area, not a part inside another; None (the whole report) otherwise."""
    if not _RESULTS.search(folded) or REPORT_NAMED.search(folded):
        return None
    top = [b for b in parts if len(b.path) == 1
           and _RESULTS.search(fold(restored_path(b) or b.path[0]))]  # fmt: skip
    return top[0] if len(top) == 1 else None
