"""Composition root: settings in, a ready AnswerService out (model and index loaded once)."""

from __future__ import annotations

from bot.answer import Answerer, AnswerService
from bot.compare_parts_answer import PartsAnswerer
from bot.extractive import ExtractiveAnswerer
from bot.fact_answer import FactAnswerer, FactOpinion, load_weights
from bot.typed_answers import TypedAnswers
from core.settings import Settings
from index.embed import Embedder, make_embedder
from index.generations import load_index
from index.retrieve import HybridRetriever


def make_service(settings: Settings, embedder: Embedder | None = None) -> AnswerService:
    """Load the embedder and the CURRENT index generation, wire retriever and answerer (the
    extractive one, or an LLM one that falls back to it)."""
    emb = embedder or make_embedder(settings.embedding)
    index = load_index(settings, emb.name)
    retriever = HybridRetriever(index, emb, settings.retrieval)
    facts = index.facts()
    extractive = ExtractiveAnswerer(
        index, settings.answer.min_confidence, settings.answer.max_citations,
        opinion=FactOpinion(index, facts, load_weights()),
    )  # fmt: skip
    answerer: Answerer = extractive
    if settings.answer.figure_answerer == "facts":
        answerer = FactAnswerer(index, facts, load_weights(), extractive,
                                settings.answer.max_citations)  # fmt: skip
    if settings.answer.answerer != "extractive":
        from bot.llm import LlmAnswerer, make_llm

        answerer = LlmAnswerer(
            index, make_llm(settings), extractive, settings.llm.max_sources,
            name=settings.answer.answerer, deadline_s=settings.llm.timeout_s,
            max_chars=max(2000, settings.llm.max_tokens * 8),
        )  # fmt: skip
    typed = TypedAnswers(index, retriever, facts, extractive)
    return AnswerService(
        retriever, answerer, settings.answer.max_question_chars, typed=typed,
        parts=PartsAnswerer(index),
    )  # fmt: skip
