"""An asked word the glossary reads several ways is one concept: its wordings, and the mass a
text holds of a topic with each concept counted once (by its best-held wording)."""

from __future__ import annotations

from core.query import parse_query
from core.query_concepts import asked_concepts, concept_mass


def test_a_word_read_several_ways_gives_its_wordings_as_one_concept() -> None:
    concepts = asked_concepts(parse_query("how was staffing handled at the centre").folded)
    staffing = [c for c in concepts if frozenset({"bien", "che"}) in c]
    assert staffing
    assert frozenset({"nhan", "su"}) in staffing[0]


def test_more_wordings_join_the_same_asked_word() -> None:
    folded = parse_query("how was staffing handled").folded
    (concept,) = [c for c in asked_concepts(folded, {"staffing": "can bo"}) if
                  frozenset({"bien", "che"}) in c]  # fmt: skip
    assert frozenset({"can", "bo"}) in concept
    # a word the question does not say adds nothing
    assert asked_concepts(folded, {"budget": "ngan sach"}) == asked_concepts(folded)


def test_a_concept_counts_once_by_its_best_held_wording() -> None:
    def idf(word: str) -> float:
        return 1.0

    concept = (frozenset({"bien", "che"}), frozenset({"nhan", "su"}))
    words = ["bo", "may", "bien", "che", "nhan", "su"]
    # all apart: 4 of 6 held; one concept: 4 of 4
    assert concept_mass(words, {"bo", "may", "bien", "che"}, idf, [concept]) == (4.0, 4.0)
    assert concept_mass(words, {"bo", "may", "bien", "che"}, idf, []) == (4.0, 6.0)
    # half a wording held counts half of it; the other words each on their own
    assert concept_mass(words, {"bo", "nhan"}, idf, [concept]) == (2.0, 4.0)
    # a concept with one wording among the topic words is no choice
    assert concept_mass(["bien", "che", "bo"], {"bo"}, idf, [concept]) == (1.0, 3.0)
