"""Composition root: settings in, a ready AnswerService out (model and index loaded once)."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.extractive import ExtractiveAnswerer
from index.build import load_index
from index.embed import Embedder, make_embedder
from index.retrieve import HybridRetriever
from index.settings import Settings


def make_service(settings: Settings, embedder: Embedder | None = None) -> AnswerService:
    """Load the embedder and the CURRENT index generation, wire retriever and answerer."""
    emb = embedder or make_embedder(
        settings.embedding.backend, settings.embedding.model, settings.embedding.batch_size
    )
    index = load_index(settings, emb.name)
    retriever = HybridRetriever(index, emb, settings.retrieval)
    answerer = ExtractiveAnswerer(
        index, settings.answer.min_confidence, settings.answer.max_citations
    )
    return AnswerService(retriever, answerer, settings.answer.max_question_chars)
