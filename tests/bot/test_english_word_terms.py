"""An English question word the glossary does not hold (its report term is one syllable) still
counts little, but a clause saying its one lexicon term holds it: "photos" is "ảnh". A word of
several senses ("staff": "cán bộ", "người", "nhân viên", …) gets none of them."""

from __future__ import annotations

from bot.extractive.concepts import ConceptMatcher, _terms_of
from bot.extractive.tuning import ENGLISH_SHARE
from core.query import parse_query


def test_a_word_with_one_lexicon_term_takes_it_as_an_alternative() -> None:
    assert _terms_of("photos") == (("anh",),)
    assert _terms_of("staff") == ()  # several senses: none
    assert _terms_of("zebra") == ()  # no term at all
    assert _terms_of("time") == ()  # too general a word ("lượt" is one sense of it)


def test_the_word_keeps_its_low_weight_and_is_credited_by_its_term() -> None:
    matcher = ConceptMatcher({}, 2.0)
    concepts = matcher.concepts(parse_query("How many photos did the newspaper print?"))
    photos = next(c for c in concepts if ("photos",) in c.alternatives)
    assert ("anh",) in photos.alternatives
    assert photos.weight == ENGLISH_SHARE * 2.0
    assert ConceptMatcher.credit(photos, {"anh": 0}, {}) == 1.0
