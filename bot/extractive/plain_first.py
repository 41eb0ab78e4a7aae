"""The figure that says plainly what another figure of its report denies, first: a report that
counts a thing and its negation side by side ("Cấp mới qua sát hạch 75 giấy phép"; "Gia hạn …
không qua sát hạch 19 giấy phép") answers a question of the plain thing ("how many … after a
test") with the line that says it undenied. Once the denying figure is cut
(`negation.said_otherwise`, `tuning.NEGATED_CUT`), the next best by score may be a third
figure that says neither ("đổi 03 giấy phép"): the denial names the words that tell the two
apart, and the figure saying them plainly is the asked one. Only a denying figure the cut
displaced from the first place is read: one that ranked below the best anyway tells nothing
of it ("kinh phí không tự chủ" beside an item of "kinh phí tự chủ")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import bot.extractive.tuning as tuning
from bot.extractive.negation import (
    _MEANS,
    _NEGATIONS,
    _SKIPPED,
    _denied_run,
    _find,
    _negated_at,
    asked_words,
)
from bot.extractive.tuning import NEAR_TOP_READ
from core.query import ParsedQuery
from core.text import fold
from index.lexical import tokenize

if TYPE_CHECKING:
    from bot.extractive.choice import Candidate

def _words(c: Candidate) -> list[str]:
    return tokenize(fold(c.hit.chunk.readable(c.span)))


def _says_plainly(run: tuple[str, ...], words: Sequence[str]) -> bool:
    """Whether the words say the run somewhere with no negation just before it."""
    n = len(run)
    return any(
        tuple(words[i : i + n]) == run and not _negated_at(words, i)
        for i in range(len(words) - n + 1)
    )


def denied_asked(question: Sequence[str], words: Sequence[str]) -> set[tuple[str, ...]]:
    """The runs of two or more of the question's words (said there undenied) that a figure's
    words deny ("không qua thi tuyển" denies "thi tuyen" of "… qua thi tuyển")."""
    out: set[tuple[str, ...]] = set()
    for k, t in enumerate(words):
        if t not in _NEGATIONS:
            continue
        for run in (_denied_run(words, k), _denied_run(words, k, _SKIPPED | _MEANS)):
            at = _find(run, question)
            if at < 0 or _negated_at(question, at):
                continue
            n = next(n for n in range(len(run), 1, -1) if tuple(question[at : at + n]) == run[:n])
            out.add(run[:n])
    return out


def plain_first(
    q: ParsedQuery, ranked: list[Candidate], decided: bool
) -> tuple[list[Candidate], bool]:
    """The ranking with the best-ranked figure that says plainly what another figure of the best's
    report denies of the question first, when the best says none of it, and whether the labels
    decided the first (no longer, once moved: the margin over the rest judges it). Unchanged
    when no figure the cut displaced denies the asked words or none says them (a denying
    figure, cut, may rank anywhere: every one is read for it; the plain one among the
    `NEAR_TOP_READ` best)."""
    if len(ranked) < 2:
        return ranked, decided
    best, question = ranked[0], asked_words(q)
    report = best.hit.chunk.report_id
    same = [c for c in ranked if c.hit.chunk.report_id == report]
    runs: set[tuple[str, ...]] = set()
    for c in same[1:]:
        denied = denied_asked(question, _words(c))
        # a figure cut for its denial that would rank above the best uncut: the cut displaced it
        if denied and c.score + tuning.NEGATED_CUT > best.score:  # read at call: the scan sets it
            runs |= denied
    best_words = _words(best)
    if not runs or any(_says_plainly(r, best_words) for r in runs):
        return ranked, decided
    for c in same[1:NEAR_TOP_READ]:
        words = _words(c)
        if not denied_asked(question, words) and any(_says_plainly(r, words) for r in runs):
            return [c, *(x for x in ranked if x is not c)], False
    return ranked, decided
