"""The fact answerer: each feature on a hand-made fact, then the answerer over the real index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answer import AnswerService
from bot.compose import make_service
from bot.fact_answer import FactAnswerer, load_weights
from bot.fact_features import (
    FEATURES,
    Context,
    f_headline_part_asked,
    f_level_match,
    f_level_missing,
    f_level_unasked,
    f_lex_clause,
    f_lex_counts,
    f_lex_lead,
    f_log_value,
    f_part_named,
    f_part_unnamed,
    f_percent_match,
    f_period_match,
    f_retrieval,
    f_scope_match,
    f_scope_unasked,
    f_section,
    f_unit_match,
    view,
)
from core.query import parse_query
from core.settings import Settings
from index.embed import Embedder
from index.facts import Fact

HEAD = Fact(
    id="r:0001#0", report_id="r", province="Tuyên Quang", chunk_id="r:0001", section="II. Dịch vụ công",
    page=0, line_start=1, line_end=2, span_start=0, span_end=10, value="1.044", norm="1044",
    unit="dich vu cong", kind="count", counts="số dịch vụ công mức độ 4 là",
    counts_folded="so dich vu cong muc do 4 la", level="4", scope="", parent="", label="",
    label_folded="", parts=3, when="20/5/2022", period="Quý II/2022",
    clause="số dịch vụ công mức độ 4 là: 1.044 (trong đó: 36 dịch vụ công cấp huyện)",
    lead="cong dich vu cong tinh",
)  # fmt: skip
PART = replace(HEAD, id="r:0001#1", value="36", norm="36", counts="dịch vụ công cấp huyện",
               counts_folded="dich vu cong cap huyen", scope="huyen", parent="r:0001#0",
               label="dịch vụ công cấp huyện", label_folded="dich vu cong cap huyen", parts=0)  # fmt: skip
SHARE = replace(HEAD, value="55,82%", norm="55.82", unit="%", kind="percent", parts=0)


def ctx(rank: int = 1, parts: tuple[str, ...] = (), year: int = 2022, quarter: int = 2) -> Context:
    return Context({}, rank, parts, year, quarter)


def v(text: str):  # type: ignore[no-untyped-def]
    return view(parse_query(text))


def test_lex_counts() -> None:
    assert f_lex_counts(v("bao nhieu dich vu cong"), HEAD, ctx()) == 1.0


def test_lex_clause() -> None:
    assert f_lex_clause(v("so dich vu cong cap huyen"), HEAD, ctx()) == 1.0


def test_lex_clause_reads_an_abbreviation_of_several_words() -> None:
    # a clause that writes "PAR Index" holds the words a question's expansion of it asks
    ranked = replace(HEAD, clause="Tỉnh tăng 5 bậc, xếp thứ 12 về Chỉ số PAR Index năm 2020")
    spelled = replace(HEAD, clause="Chỉ số cải cách hành chính năm 2020 xếp thứ 12")
    q = v("Chỉ số PAR Index năm 2020 của tỉnh xếp thứ mấy?")
    assert f_lex_clause(q, ranked, ctx()) >= f_lex_clause(q, spelled, ctx())
    assert f_lex_clause(q, ranked, ctx()) > 0.8
    # a question of the reform alone asks no index: "PAR Index" says none of its words
    reform = v("Tuyên truyền cải cách hành chính trên đài phát thanh mấy lượt?")
    assert f_lex_clause(reform, ranked, ctx()) < f_lex_clause(reform, spelled, ctx())


def test_lex_lead() -> None:
    assert f_lex_lead(v("cong dich vu cong"), HEAD, ctx()) == 1.0


def test_section() -> None:
    assert f_section(v("bao nhieu dich vu cong"), HEAD, ctx()) == 1.0


def test_retrieval() -> None:
    assert f_retrieval(v("x"), HEAD, ctx(rank=4)) == 0.25


def test_level_match() -> None:
    assert (
        f_level_match(v("muc do 4"), HEAD, ctx()),
        f_level_match(v("level 3"), HEAD, ctx()),
    ) == (1.0, -1.0)


def test_level_unasked() -> None:
    assert f_level_unasked(v("bao nhieu dich vu cong"), HEAD, ctx()) == 1.0


def test_level_missing() -> None:
    assert f_level_missing(v("muc do 4"), replace(HEAD, level=""), ctx()) == 1.0


def test_unit_match() -> None:
    assert (
        f_unit_match(v("bao nhieu DVC"), HEAD, ctx()),
        f_unit_match(v("bao nhieu ho so"), HEAD, ctx()),
    ) == (1.0, -1.0)


def test_scope_match() -> None:
    assert (
        f_scope_match(v("cap huyen"), PART, ctx()),
        f_scope_match(v("cap xa"), PART, ctx()),
    ) == (1.0, -1.0)


def test_scope_unasked() -> None:
    assert f_scope_unasked(v("bao nhieu dich vu cong"), PART, ctx()) == 1.0


def test_part_named() -> None:
    assert f_part_named(v("bao nhieu dich vu cong cap huyen"), PART, ctx()) == 1.0


def test_part_unnamed() -> None:
    assert f_part_unnamed(v("bao nhieu dich vu cong muc do 4"), PART, ctx()) == pytest.approx(
        0.0, abs=0.5
    )
    assert f_part_unnamed(v("bao nhieu dich vu cong muc do 4"), HEAD, ctx()) == 0.0


def test_headline_part_asked() -> None:
    assert f_headline_part_asked(v("so dvc cap huyen"), HEAD, ctx(parts=("cap huyen",))) == 1.0


def test_percent_match() -> None:
    assert (
        f_percent_match(v("ty le dich vu cong"), SHARE, ctx()),
        f_percent_match(v("ty le"), HEAD, ctx()),
    ) == (1.0, -1.0)


def test_period_match() -> None:
    assert (
        f_period_match(v("nam 2022"), HEAD, ctx()),
        f_period_match(v("nam 2019"), HEAD, ctx()),
    ) == (1.0, -1.0)


def test_log_value() -> None:
    assert f_log_value(v("x"), replace(HEAD, norm="99"), ctx()) == 2.0


def test_log_value_saturates_above_a_thousand() -> None:
    # an amount in đồng weighs no more against the small counts beside it than 1.000 does
    big = f_log_value(v("x"), replace(HEAD, norm="4250000000"), ctx())
    assert big == f_log_value(v("x"), replace(HEAD, norm="999999"), ctx()) == 3.0


def test_weights_file_names_every_feature_once() -> None:
    w = load_weights()
    assert sorted(w.features) == sorted(FEATURES)
    assert len(w.coef) == len(FEATURES)
    assert 0.0 <= w.abstain_below < 1.0
    assert 0.0 <= w.margin < 1.0


@pytest.fixture(scope="module")
def facts_service(seed_settings: Settings, embedder: Embedder) -> AnswerService:
    s = replace(seed_settings, answer=replace(seed_settings.answer, figure_answerer="facts"))
    return make_service(s, embedder)


def test_breakdown_part_is_answered_not_the_headline(facts_service: AnswerService) -> None:
    ans = facts_service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4 cấp huyện?")
    assert not ans.abstained
    said = ans.text.split("\n>")[0]
    assert "36" in said
    assert "**1.044**" not in said
    assert ans.citations
    assert ans.citations[0].report_id.startswith("002")


def test_fact_citations_read_restored(facts_service: AnswerService) -> None:
    # Tuyên Quang's report is OCR-damaged: the quote is restored, the OCR line kept beside it.
    ans = facts_service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4 cấp huyện?")
    cits = [*ans.citations, *(c.citation for c in ans.candidates)]
    assert cits
    assert all(c.quote_original and c.quote != c.quote_original for c in cits)
    assert all("dịch vụ công" in c.quote for c in cits)
    assert "dich vu cong" not in ans.text


def test_a_year_no_report_covers_is_not_answered(facts_service: AnswerService) -> None:
    ans = facts_service.answer("Năm 2016 Tuyên Quang tiếp nhận bao nhiêu hồ sơ trực tuyến?")
    assert ans.abstained
    assert "**" not in ans.text


def test_non_figure_question_goes_to_the_extractive_answerer(facts_service: AnswerService) -> None:
    ans = facts_service.answer("Ai ký báo cáo của Hải Dương?")
    assert ans.citations
    assert ans.citations[0].report_id.startswith("004")


def test_close_figures_give_candidates_without_a_bold_figure(
    facts_service: AnswerService, seed_settings: Settings
) -> None:
    index = facts_service.retriever.index
    facts = index.facts()
    weights = load_weights()
    question = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    q = parse_query(question)
    retrieval = facts_service.retriever.retrieve(q)
    sure = FactAnswerer(index, facts, replace(weights, margin=0.0, abstain_below=0.0),
                        facts_service.answerer)  # fmt: skip
    unsure = FactAnswerer(index, facts, replace(weights, margin=1.0, abstain_below=0.0),
                          facts_service.answerer)  # fmt: skip
    a = sure.answer(q, retrieval, "vi")
    b = unsure.answer(q, retrieval, "vi")
    assert a.text.startswith("**")
    assert a.figure
    assert len(a.citations) == 1
    assert "**" not in b.text
    assert not b.figure
    assert len(b.citations) == 3
    assert b.text.startswith("Không chắc chắn")
    assert b.text.count("\n- ") == 3
