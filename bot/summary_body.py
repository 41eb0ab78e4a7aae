"""The part a summary question names only by what its text says: a topic narrower than the
report that no heading names ("sum up what the province did about school meals and bus
routes": a part "Công tác an sinh …", whose paragraphs say "bữa ăn bán trú", "tuyến xe buýt")
is told from that part, not from the whole report."""

from __future__ import annotations

from bot.section_answer import TOPIC_EN, Block, read_out
from bot.structure import Words
from bot.summary_named import MIN_NAME_WORDS, NAMED_PART, NamedParts
from bot.summary_parts import held_words
from core.query import ParsedQuery
from core.query_concepts import asked_concepts, concept_mass
from core.text import fold
from index.chunk import INTRO

# The share of the topic words a part's running text must hold to be the part asked: the same
# bar as a heading's (`NAMED_PART`), since the text stands in for the heading no one wrote.
NAMED_TEXT = NAMED_PART


def body_named(parts: NamedParts, q: ParsedQuery, report_id: str) -> Block | None:
    """The one innermost part whose running text holds, as phrases, `NAMED_PART` (idf-weighted,
    each asked concept once) of the question's topic words beyond the report's title, number
    and agency (which name every part); None when fewer than `MIN_NAME_WORDS` such words are
    asked (the report's own subject), when no part's text holds them, or when parts apart from
    one another do (the topic is spread over the report: its summary tells them all)."""
    holding = [b for b, s in text_shares(parts, q, report_id) if s >= NAMED_TEXT]
    inner = [b for b in holding if not any(_inside(c, b) for c in holding)]
    return inner[0] if len(inner) == 1 else None


def text_shares(parts: NamedParts, q: ParsedQuery, report_id: str) -> list[tuple[Block, float]]:
    """Each headed part of a report with the share of the question's topic words beyond the
    report's title, number and agency its running text holds as phrases (none when fewer than `MIN_NAME_WORDS`
    such words are asked)."""
    words, seq = parts.topic_words(q)
    r = parts.index.reports[report_id]
    own = set(fold(f"{r.number} {r.agency}").replace("/", " ").replace("-", " ").split())
    title = Words.of(read_out(r.title))
    rest = [w for w in words if w not in held_words(words, title, seq, set()) and w not in own]
    if len(rest) < MIN_NAME_WORDS:
        return []
    idf = parts.sections.idf
    concepts = asked_concepts(q.folded, TOPIC_EN)
    out = []
    for b in parts.sections.blocks(report_id):
        if not b.paras or not b.heading or b.path[0] == INTRO:  # (the opening is no part)
            continue
        # its heading (as printed and as restored) and its running text
        said = [b.heading, b.heading_para.readable if b.heading_para else ""]
        body = Words.of(" ".join(said + [p.readable for p in b.paras]))
        held, total = concept_mass(rest, held_words(rest, body, seq, set()), idf, concepts)
        out.append((b, held / total if total else 0.0))
    return out


def _inside(inner: Block, outer: Block) -> bool:
    """Whether a part lies inside another (its path goes on from the other's)."""
    return len(inner.path) > len(outer.path) and inner.path[: len(outer.path)] == outer.path
