"""One candidate fact of a comparison side and its scores: whether it may stand in the table,
and the orderings that move picks down (the same figure read twice, fewer of the question's
words said with it)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.facts import Fact

# A side's chosen fact whose clause, item and lead hold less than this share of the question's
# topic words (idf-weighted) is not of the asked kind: the cell says missing.
ACCEPT = 0.55
# A pick said with at least `COVERED` of the question's topic words moves down the picks said
# with `COVER_GAP` fewer by `UNCOVERED`.
COVERED = 0.9
COVER_GAP = 0.15
UNCOVERED = 1.0
# What a fact's own item (what it counts, or words the question names) must say of the
# question for the fact to stand: some of it, else the topic is only beside the figure.
ITEM_SAID = 0.4


@dataclass(frozen=True)
class Pick:
    """A side's candidate fact and its score."""

    fact: Fact
    score: float
    topic: float  # share of the question's topic words in the fact's item, clause and lead
    item: float = 0.0  # … in the fact's own item (what it counts)
    named: float = 0.0  # share of the item's words the question names (see `precision`)
    # … in everything the fact is said with together: its item, clause, lead and own heading
    whole: float = 0.0


def headed(whole: float, item: float, named: float) -> bool:
    """A fact said with nearly all the question's words (`COVERED`) once its own heading is
    read with it (`whole`), its item saying some of them: of the asked topic, however few its
    clause says (the heading names the channel or body: "… trên Cổng thông tin điện tử
    (x.gov.vn)")."""
    return whole >= COVERED and item + named >= ITEM_SAID


def covered(picks: list[Pick]) -> list[Pick]:
    """The picks with those said with clearly fewer of the question's words (`said_with`)
    than an acceptable pick said with nearly all of them moved down (`UNCOVERED`): the words
    that set two figures apart ("trung ương", "hatinh.gov.vn") decide between them, in its
    heading too (a `headed` pick is of the topic: see `FactPicks.ranked`)."""
    best = max((p.whole for p in picks if acceptable(p)), default=0.0)
    if best < COVERED:
        return picks
    return [replace(p, score=p.score - UNCOVERED) if p.whole < best - COVER_GAP else p
            for p in picks]  # fmt: skip


def distinct(ordered: list[Pick]) -> list[Pick]:
    """Picks in order, the first of each figure at one place of a chunk (the same figure
    read twice at one spot is one candidate)."""
    seen: set[tuple[str, str, int]] = set()
    out = []
    for p in ordered:
        key = (p.fact.chunk_id, p.fact.norm, p.fact.span_start)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def acceptable(p: Pick) -> bool:
    """A side's fact that may stand in the table: the question's topic is in its clause, item
    or lead (`ACCEPT`), and its own item says some of it (what it counts, or words the
    question names): a figure beside the topic, counting something else, is not."""
    return p.topic >= ACCEPT and p.item + p.named >= ITEM_SAID


def agreed(p: Pick) -> bool:
    """A side's fact that its own single-province answer also chose: a looser `acceptable`
    (two readers agree on it)."""
    return p.topic >= 0.4 and p.item + p.named >= ITEM_SAID
