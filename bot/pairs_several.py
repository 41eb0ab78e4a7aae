"""An assigned-and-actual pair asked of several things at once (made-up wording: "teachers
allotted vs in post, and the same for school nurses", "biên chế được giao và thực tế, số
người làm việc được giao và có mặt"): the figure answerer's pair (`bot/assigned_actual.py`)
answers one thing, and each other thing's pair is stated under it, each over its own
sentence and citation, so no asked figure is left out.

A question asks several things' pairs when it says so ("the same for", "likewise",
"tương tự"), when each role is said in two clauses or more (split at "," and ";": "được
giao và thực tế, … được giao và có mặt"), or when one word of each role is said twice
("assigned versus actual X and assigned versus actual Y"); "posts planned against posts
filled" names each role once, one thing. A further pair comes from the same retrieved
sentences as `bot/pair_in_hits.py` reads, and is stated only when its sentence says a
wording of what the question counts that no pair already stated says (another thing, not
the same thing counted again); two further pairs saying the same new wordings are one thing
doubted, and neither is stated. A question asking one thing's pair is answered as before."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.assigned_actual import ACTUAL, ASSIGNED, ROLE_ASKED, ROLE_LABEL, pair_of, role_words
from bot.extractive.citing import period_label
from bot.figure_gap import pair_gap
from bot.pair_in_hits import ASKING, distinct_said, pairs_said
from bot.render import source_line, sources_head
from core.query import ParsedQuery, terms_named
from core.result import Answer, Citation
from core.text import fold
from index.generations import LoadedIndex
from index.retrieve import Hit

# Words saying the pair is asked of another thing too.
_AGAIN = re.compile(r"\b(?:the same (?:for|of|with)|likewise|tuong tu)\b")
_CLAUSE = re.compile(r"[,;]")
# A role's word said this many times, for each role: both roles asked of two things or more.
TWICE = 2
# Pairs stated at most: more is a list of the report's lines, not a few things asked.
MAX_PAIRS = 4


def several_asked(q: ParsedQuery) -> bool:
    """Whether a question asks the assigned and actual figures of two things or more."""
    text = fold(q.text, repair=False)
    if _AGAIN.search(text):
        return True
    clauses = _CLAUSE.split(text)
    return all(
        sum(bool(words.search(c)) for c in clauses) >= TWICE
        or max(Counter(words.findall(text)).values(), default=0) >= TWICE
        for words in ROLE_ASKED.values()
    )


def several_pairs(q: ParsedQuery, both: Answer, hits: list[Hit], index: LoadedIndex) -> Answer:
    """The pair answer with each other asked thing's pair under it (see above); the answer
    as it is when the question asks one thing's pair or no other thing's pair is found."""
    if not several_asked(q) or len(both.citations) != 1:
        return both
    first = both.citations[0]
    mine = pair_of(first)
    if mine is None:
        return both
    named = {t for t in terms_named(q.folded) if t not in ASKING and not role_words(t)}
    found = pairs_said(q, hits, index, named)
    key = (mine[ASSIGNED], mine[ACTUAL])
    taken = set(found[key][2]) if key in found else set(distinct_said(named, fold(first.quote)))
    more: list[tuple[dict[str, str], Citation]] = []
    rest = sorted(
        ((k, v) for k, v in found.items() if k != key and not set(k) & set(key)),
        key=lambda kv: -kv[1][0],
    )
    news = [(k, cit, said - taken) for k, (_, cit, said) in rest if said - taken]
    for k, cit, new in news:
        if any(other != k and o_new == new for other, _, o_new in news):
            continue  # two pairs for the same new wordings: which is that thing's is not known
        if new <= taken:
            continue
        taken |= new
        more.append(({ASSIGNED: k[0], ACTUAL: k[1]}, cit))
    if not more:
        return both
    return _stated(q, both, [(mine, first), *more][:MAX_PAIRS])


def _stated(q: ParsedQuery, both: Answer, pairs: list[tuple[dict[str, str], Citation]]) -> Answer:
    """Each pair's two figures with their roles, over its own sentence, in the report's order,
    each sentence its own numbered source."""
    en = both.language == "en"
    pairs_first = pairs[0][0]  # the figure answerer's own pair keeps the date it gave
    pairs = sorted(pairs, key=lambda p: (p[1].report_id, p[1].line_start))
    lines: list[str] = []
    cits: list[Citation] = []
    for n, (found, cit) in enumerate(pairs, start=1):
        cit = replace(cit, n=n)
        cits.append(cit)
        period = period_label(cit.period, en)
        holds = (
            both.holds_for
            if found == pairs_first
            else ", ".join(x for x in (cit.province, period) if x)
        )
        where = f" ({holds})" if holds else ""
        lines += [
            f"**{found[r]}** — {ROLE_LABEL[(r, 'en' if en else 'vi')]}{where} [{n}]"
            for r in (ASSIGNED, ACTUAL)
        ]
        lines.append(f"> {cit.quote}")
        if gap := pair_gap(q.folded, (found[ASSIGNED], found[ACTUAL]), en):
            lines.append(gap)
    sources = "\n".join(source_line(c, en) for c in cits)
    text = "\n".join(lines) + f"\n\n{sources_head(en)}:\n{sources}"
    return replace(both, text=text, citations=tuple(cits), candidates=(), doubts=())
