"""The anchor baseline: a plain llama-index `VectorStoreIndex` over naive fixed-size chunks of
the raw report text, same embedding model, answer = the best-matching sentence of the top chunk.

It shares nothing with our pipeline except the model: no normalisation, no OCR repair, no
section-aware chunking, no BM25, no province filter, no abstention.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from llama_index.core import Document, VectorStoreIndex
from llama_index.core.node_parser import TokenTextSplitter

from core.settings import Settings
from index.embed import Embedder
from index.llama import LlamaEmbedding
from index.metadata import Report, read_report_text

CHUNK_WORDS = 200
OVERLAP_WORDS = 20
TOP_K = 10
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class BaselineAnswer:
    """What the baseline returns for one question."""

    text: str
    cited: tuple[str, ...]
    ranked: list[tuple[str, str]]
    latency_ms: float


class LlamaIndexBaseline:
    """Index once, then answer questions the plain way."""

    def __init__(self, settings: Settings, reports: list[Report], embedder: Embedder) -> None:
        t0 = time.perf_counter()
        docs = [
            Document(
                text=read_report_text(settings.path(settings.corpus.dir) / r.file),
                metadata={"report_id": r.id},
                id_=r.id,
            )  # fmt: skip
            for r in reports
        ]
        splitter = TokenTextSplitter(
            chunk_size=CHUNK_WORDS, chunk_overlap=OVERLAP_WORDS, tokenizer=str.split,
            id_func=lambda i, doc: f"{doc.id_}:{i}",
        )  # fmt: skip
        nodes = splitter.get_nodes_from_documents(docs)
        self.index = VectorStoreIndex(
            nodes, embed_model=LlamaEmbedding(embedder, fold_text=False, embed_batch_size=16)
        )
        self.retriever = self.index.as_retriever(similarity_top_k=TOP_K)
        self.chunks = len(nodes)
        self.build_seconds = time.perf_counter() - t0

    def answer(self, question: str) -> BaselineAnswer:
        """Top-k chunks by vector similarity; the top chunk's sentence sharing most words."""
        t0 = time.perf_counter()
        found = self.retriever.retrieve(question)
        ranked = [(str(n.node.metadata["report_id"]), n.node.get_content()) for n in found]
        text = ""
        cited: tuple[str, ...] = ()
        if ranked:
            words = set(_WORD.findall(question.lower()))
            sentences = [s for s in _SENTENCE.split(ranked[0][1]) if s.strip()]
            text = max(sentences, key=lambda s: len(words & set(_WORD.findall(s.lower()))))
            cited = (ranked[0][0],)
        return BaselineAnswer(text, cited, ranked, (time.perf_counter() - t0) * 1000)
