"""A figure asked in the asker's own words finds the reports' wording: "bộ hồ sơ" counts the
reports' bare "hồ sơ" (bot/extractive/asker_words.py), a report named by its own number is no
word the answering clause holds (bot/extractive/report_named.py), and a copy "kèm bản giấy" is
the reports' "song song văn bản giấy" (core/query_words.PARAPHRASES). Our own wordings."""

from __future__ import annotations

import pytest

from bot.extractive.asker_words import verbs_said
from bot.extractive.concepts import ConceptMatcher
from bot.extractive.report_named import without_report_named
from bot.extractive.scorer import ClauseScorer
from core.query import parse_query


def _concept_words(question: str) -> set[str]:
    """Every word of the question's concepts, report wordings included."""
    matcher = ConceptMatcher({}, 2.0)
    concepts = matcher.concepts(parse_query(question))
    return {w for c in concepts for alt in c.alternatives for w in alt}


def test_a_set_of_dossiers_counts_dossiers() -> None:
    question = "Quý này Sở Tư pháp nhận được bao nhiêu bộ hồ sơ qua bưu điện?"
    assert "bo" not in _concept_words(question)
    assert "bo" not in ClauseScorer._units(parse_query(question))
    assert {"ho", "so"} <= ClauseScorer._units(parse_query(question))


def test_a_ministry_is_still_read() -> None:
    # "Bộ" before no "hồ sơ" is a ministry, a word of what is asked
    assert "bo" in _concept_words("Bộ Nội vụ giao tỉnh bao nhiêu biên chế công chức?")


@pytest.mark.parametrize(
    "question",
    [
        "Theo báo cáo 76/BC-SNV, bao nhiêu thủ tục đã được cắt giảm?",
        "Bao nhiêu cuộc kiểm tra được tổ chức, theo báo cáo số 76?",
        "How many inspections were held according to report no. 76/BC-SNV?",
    ],
)
def test_the_report_named_is_no_word_of_what_is_asked(question: str) -> None:
    words = _concept_words(question)
    assert "76" not in words
    assert "snv" not in words


@pytest.mark.parametrize(
    "question",
    ["Báo cáo 55/BC giải quyết bao nhiêu hồ sơ đúng hạn?", "55/BC hồ sơ trễ hạn là bao nhiêu?"],
)
def test_the_word_after_a_bare_report_number_stays(question: str) -> None:
    # no issuing body's suffix after "BC": the next word is the question's own
    q = parse_query(question)
    assert "ho" in without_report_named(q.folded, q.text).split()
    assert "55" not in _concept_words(question)


def test_the_issuing_bodys_suffix_goes_with_the_number() -> None:
    for question in ("55 /BC-STP hồ sơ?", "55/BC STP hồ sơ?", "55/bc-stp ho so?"):
        q = parse_query(question)
        assert without_report_named(q.folded, q.text).split() == ["ho", "so?"]


def test_another_documents_number_is_still_read() -> None:
    # a plan's number may be what the clause says ("theo Kế hoạch 18/KH-UBND …")
    q = parse_query("Kế hoạch 18/KH-UBND giao bao nhiêu nhiệm vụ?")
    assert without_report_named(q.folded, q.text) == q.folded
    assert {"kh", "ubnd"} <= _concept_words(q.text)


@pytest.mark.parametrize(
    "question",
    [
        "Tỷ lệ văn bản đi vẫn gửi kèm bản giấy là bao nhiêu?",
        "Bao nhiêu công văn còn gửi kèm theo văn bản giấy?",
    ],
)
def test_a_paper_copy_attached_is_sent_alongside_paper(question: str) -> None:
    q = parse_query(question)
    assert "song song van ban giay" in q.expanded
    assert ("song", "song", "van", "ban", "giay") in {
        alt for c in ConceptMatcher({}, 2.0).concepts(q) for alt in c.alternatives
    }


def test_put_onto_the_online_service_is_said_by_the_reports_verbs() -> None:
    assert verbs_said(frozenset({"da", "tich", "hop", "len", "cong"})) == {"dua", "len"}
    assert verbs_said(frozenset({"cung", "cap", "dich", "vu"})) == {"dua", "len"}
    # "triển" alone, without "khai", is no such verb
    assert verbs_said(frozenset({"trien", "lam"})) == frozenset()


def test_put_into_practice_is_carried_out() -> None:
    q = parse_query("What share of the training plan was put into practice last year?")
    assert "thuc hien" in q.expanded
