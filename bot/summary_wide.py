"""A large part in a whole-report summary: a top-level part whose results run under many
numbered areas (`bot.summary_parts.wide_areas`) is told by one or two clauses like any other,
and then each area those clauses and its key figures left untold gets its own most central
clause, short, up to a budget (a report's training part of six areas, from courses for
officials to study tours, keeps a clause of its untold areas, not only the two areas its lead
clauses came from)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Citation
from bot.list_items import digits_read
from bot.structure import Para, strip_marker
from bot.summary_render import cite_sentence, in_label
from bot.summary_sentences import central, cleaned, fit, run_on, sentences_of
from index.generations import LoadedIndex

# Areas told beyond the part's own clauses: the length budget of one bullet. Three short clauses
# keep a bullet of a seven-area part readable (about 500 characters more) while its headline
# areas are named; a summary lists main points, not everything.
AREA_LINES = 3
AREA_CHARS = 160  # one area's clause, cut at a word's end: shorter than a lead clause


def _told(paras: Sequence[Para], cits: Sequence[Citation]) -> bool:
    """Whether a cited clause or figure already comes from one of these paragraphs."""
    return any(
        c.report_id == p.chunk.report_id
        and c.line_start <= p.line_end
        and c.line_end >= p.line_start
        for c in cits
        for p in paras
    )


def area_clauses(
    index: LoadedIndex, areas: Sequence[tuple[str, Sequence[Para]]], cits: list[Citation],
    en: bool,
) -> list[str]:  # fmt: skip
    """The untold areas of a large part, each by its most central clause that is not its
    heading, in report order, at most `AREA_LINES`, cited into `cits`; [] when none is left."""
    said: list[str] = []
    for label, paras in areas:
        if len(said) >= AREA_LINES or _told(paras, cits):
            continue
        ranked = [s for s in central(sentences_of(list(paras))) if not in_label(s, label)]
        if not ranked:
            continue
        s = ranked[0]
        n = len(cits) + 1
        para = next((p for p in paras if p.chunk.id == s.chunk.id), None)
        context = para.readable if para else ""
        cits.append(cite_sentence(index, n, s, context or None))
        text = strip_marker(run_on(s, AREA_CHARS))
        said.append(f"{fit(cleaned(digits_read(text, context), context), AREA_CHARS)} [{n}]")
    if not said:
        return []
    return [("Also: " if en else "Ngoài ra: ") + " · ".join(said)]
