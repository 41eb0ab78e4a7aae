"""Questions generated from the fact table (eval/generated.py): each answerable one expects its
fact's value, the near-misses name what the corpus lacks, three languages, breakdown parts,
reworded rather than copied, and the same questions on every run."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from bot.answer import AnswerService
from core.places import province_mentions
from core.text import fold
from eval.generated import Corpus, absent_level, corpus_of, generate, phrase
from eval.scoring import Question, load_questions
from index.facts import Fact


@pytest.fixture(scope="module")
def made(service: AnswerService) -> tuple[list[Question], list[Fact], Corpus]:
    facts = service.index_facts()
    corpus = corpus_of(service.reports(), service.chunks())
    return generate(facts, corpus), facts, corpus


def _fact(made: tuple[list[Question], list[Fact], Corpus], q: Question) -> Fact:
    by_id = {f.id: f for f in made[1]}
    return by_id[q.note.split()[1]]


def test_every_answerable_question_expects_the_value_of_its_fact(made) -> None:  # type: ignore[no-untyped-def]
    questions, facts, _ = made
    values = {f.value for f in facts}
    answerable = [q for q in questions if q.answerable]
    assert len(answerable) > 500
    for q in answerable:
        f = _fact(made, q)
        assert q.expect == (f.value,)
        assert q.expect[0] in values
        assert q.reports == (f.report_id,)


def test_near_misses_name_a_province_or_year_absent_from_the_corpus(made) -> None:  # type: ignore[no-untyped-def]
    questions, _, corpus = made
    covered = set(corpus.province.values())
    years = corpus.years()
    province = [q for q in questions if q.note.startswith("province")]
    year = [q for q in questions if q.note.startswith("year")]
    assert len(province) > 30
    assert len(year) > 30
    for q in province:
        named = province_mentions(fold(q.q, repair=False))
        assert named, q.q
        assert not set(named) & covered, q.q
        assert not q.answerable
        assert q.expect == ()
    for q in year:
        asked = {int(y) for y in re.findall(r"\b(20\d\d)\b", q.q)}
        assert asked, q.q
        assert not asked & years, q.q
        assert all(y not in corpus.year.values() for y in asked)


def test_a_level_near_miss_asks_a_level_its_report_never_writes(made) -> None:  # type: ignore[no-untyped-def]
    questions, _, corpus = made
    level = [q for q in questions if q.note.startswith("level")]
    assert level
    for q in level:
        d = re.search(r"(?:muc do|level) (\d)", fold(q.q, repair=False))
        assert d is not None, q.q
        assert f"muc do {d.group(1)}" not in corpus.text[_fact(made, q).report_id]


def test_a_scope_near_miss_asks_a_scope_the_facts_passage_never_names(made) -> None:  # type: ignore[no-untyped-def]
    questions, _, corpus = made
    scope = [q for q in questions if q.note.startswith("scope")]
    assert scope
    for q in scope:
        f = _fact(made, q)
        asked = re.search(r"cap (huyen|xa)|(district|commune) level", fold(q.q, repair=False))
        assert asked is not None, q.q
        word = asked.group(1) or {"district": "huyen", "commune": "xa"}[asked.group(2)]
        assert word not in corpus.chunk_text[f.chunk_id].split()
        assert not f.scope
        assert not f.parent


def test_three_languages_and_parts_of_breakdowns(made) -> None:  # type: ignore[no-untyped-def]
    questions, _, _ = made
    by_lang = {lang: [q for q in questions if q.lang == lang] for lang in ("vi", "vi_nodiac", "en")}
    assert all(len(qs) > 200 for qs in by_lang.values())
    marked = re.compile(r"[\u0300-\u0323]|đ", re.I)
    assert all(marked.search(unicodedata.normalize("NFD", q.q)) for q in by_lang["vi"])
    assert all(q.q == fold(q.q, repair=False) for q in by_lang["vi_nodiac"])
    assert all(re.search(r"\b(?:how many|what|of the|share)\b", q.q, re.I) for q in by_lang["en"])
    parts = [q for q in questions if q.category == "breakdown"]
    assert len(parts) > 100
    assert any("trong đó" in q.q for q in parts)
    assert any(q.q.startswith("Of the") for q in parts)


def test_questions_are_reworded_not_copied_from_the_fact(made) -> None:  # type: ignore[no-untyped-def]
    questions, _, _ = made
    long = [(q, _fact(made, q)) for q in questions
            if q.answerable and len(_fact(made, q).counts_folded.split()) >= 6]  # fmt: skip
    assert len(long) > 100
    copied = [q.q for q, f in long if f.counts_folded in fold(q.q)]
    # a fact counting only a lexicon term and its scope is asked in those words, rarely
    assert len(copied) <= 0.05 * len(long), copied


def test_no_generated_question_is_a_dev_question(made) -> None:  # type: ignore[no-untyped-def]
    dev = {fold(q.q) for q in load_questions()}
    assert not [q.q for q in made[0] if fold(q.q) in dev]


def test_the_same_facts_and_seed_give_the_same_questions(made) -> None:  # type: ignore[no-untyped-def]
    questions, facts, corpus = made
    again = generate(facts, corpus)
    assert [(q.id, q.q, q.expect) for q in again] == [(q.id, q.q, q.expect) for q in questions]
    other = generate(facts, corpus, seed=3)
    assert [q.q for q in other] != [q.q for q in questions]


def test_a_phrase_names_lexicon_terms_in_english_and_keeps_them_in_vietnamese() -> None:
    written = "Số dịch vụ công trực tuyến toàn trình được cung cấp"
    got = phrase(written, fold(written), random.Random(1), keep_all=True)
    assert got is not None
    assert "dịch vụ công trực tuyến" in got.vi or "DVCTT" in got.vi
    assert got.en  # the lexicon's English for the terms
    assert "so" not in fold(got.vi).split()[:1]  # "Số" says nothing of what is counted


def test_a_level_near_miss_needs_a_fact_about_services_or_dossiers() -> None:
    corpus = Corpus({"r": "Hà Tĩnh"}, {"r": 2022}, {"r": "so dvc muc do 3 la 12"}, {})
    fact = Fact("r:0#0", "r", "Hà Tĩnh", "r:0", "", 0, 1, 1, 0, 10, "12", "12", "", "count",
                "dịch vụ công", "dich vu cong", "3", "", "", "", "", 0, "", "", "", "")  # fmt: skip
    assert absent_level(fact, corpus, random.Random(1)) in {"2", "4"}
    news = Fact(*[*fact.__dict__.values()][:14], "tin bài", "tin bai",  # type: ignore[misc]
                *[*fact.__dict__.values()][16:])
    assert absent_level(news, corpus, random.Random(1)) == ""
