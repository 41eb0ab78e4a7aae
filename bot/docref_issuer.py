"""The issuer a document question names in full ("văn bản nào của Sở Nội vụ", "which
Department of Home Affairs letter"): the references of other issuers rank below its own, and
its one document is stated though the question's other words describe the report that answers
it (bot/docref_answer.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.docref_words import asked_phrases, issuer_phrase, names_issuer
from core.query import ParsedQuery
from index.docrefs import DocRef

# Where the question names an issuer in full ("của Sở Nội vụ"), a reference another body issued
# keeps this share of its score (it ranks, it is not ruled out: the question may be loose).
ISSUER_MISMATCH = 0.5
# The one document of the issuer the question names in full (`only_of_issuer`) is stated from
# this share of the subject covered, under MIN_CANDIDATE: the question's other words often
# describe the report that answers the document, not the document. Set on the author's own
# wordings (not the evaluation sets): such right answers covered 0.30–0.42.
ISSUER_ONLY_COVERAGE = 0.25
# The citing report's opening (its header, its "V/v" line) read with its title as its topic:
# the words the one document leaves must be the report's topic for ISSUER_ONLY_COVERAGE to
# hold. A header runs a few hundred characters; this keeps the opening's body out.
OPENING_CHARS = 600
# Words that say a document was acted under ("căn cứ", "làm theo", "thực hiện", "được lập"): the
# asking, not a topic the document or the report must say.
CITING_WORDS = frozenset({"can", "cu", "theo", "lam", "thuc", "hien", "lap", "duoc", "dua", "tren"})


@dataclass(frozen=True)
class Scored:
    """A reference with its rank score and coverage of the question's subject."""

    ref: DocRef
    score: float  # what ranks: coverage and the tie-breakers
    coverage: float = 0.0  # the share of the question's subject it covers
    issuer_named: bool = False  # the question names its issuer in full ("của Sở Nội vụ")


def loose_key(key: str) -> str:
    """A number compared by its digits and type code only ("58/kh-ubnd" → "58/kh")."""
    m = re.match(r"0*(\d+)(?:/(\d{4}))?[/-]([a-z]+)", key)
    return f"{m.group(1)}/{m.group(2) or ''}/{m.group(3)}" if m else key


def doc_key(ref: DocRef) -> str:
    """One document however often (and however damaged) the reports name it."""
    return f"{ref.province}|{loose_key(ref.key)}"


def other_issuers_down(q: ParsedQuery, scored: list[Scored], places: set[str]) -> list[Scored]:
    """The references of another issuer than the one the question names in full, its type
    word with it ("văn bản nào của Sở Nội vụ"), keep ISSUER_MISMATCH of their score: the
    province's decision on the topic the report is about is no letter of the department."""
    asked = asked_phrases(q, places)
    phrases = {i: issuer_phrase(s.ref.issuer, places) for i, s in enumerate(scored)}
    if not any(s.issuer_named and names_issuer(phrases[i], asked) for i, s in enumerate(scored)):
        return scored
    return [
        s if not phrases[i] or names_issuer(phrases[i], asked)
        else Scored(s.ref, s.score * ISSUER_MISMATCH, s.coverage, s.issuer_named)
        for i, s in enumerate(scored)
    ]  # fmt: skip


def only_of_issuer(best: Scored, ranked: Sequence[Scored], asked: str, places: set[str]) -> bool:
    """Whether the question names the best reference's issuer in full, its type word with it
    ("văn bản nào của Sở Nội vụ", "which Department of Home Affairs letter": `asked_phrases`),
    and no other document of that issuer is in the index's references for the places asked:
    the issuer then picks it, though the question's other words describe the report rather
    than the document (the report's topic, not the letter's)."""
    phrase = issuer_phrase(best.ref.issuer, places)
    if not best.issuer_named or not names_issuer(phrase, asked):
        return False
    return all(
        doc_key(s.ref) == doc_key(best.ref)
        for s in ranked
        if issuer_phrase(s.ref.issuer, places) == phrase
    )


def rest_in_topic(weights: dict[str, float], said: set[str], topic: set[str]) -> bool:
    """Whether every subject word (`weights`) the document does not say (`said`) is a word of
    the citing report's topic: the question's other words then describe the report, not another
    matter the document should be about."""
    return all(w in topic or w in CITING_WORDS for w in weights if w not in said)
