"""The llama-index bridge with the real model and a real Chroma store, no network, no keys."""

from __future__ import annotations

from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaConfig
from llama_index.core import StorageContext, VectorStoreIndex
from llama_index.core.schema import TextNode
from llama_index.vector_stores.chroma import ChromaVectorStore

from core.text import fold
from index.chunk import chunk_report
from index.embed import Embedder
from index.llama import LlamaEmbedding
from index.metadata import extract_metadata
from tests.conftest import REPO


def test_vector_store_index_over_our_chunks(tmp_path: Path, embedder: Embedder) -> None:
    path = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"
    raw = path.read_text(encoding="utf-8")
    report = extract_metadata(path.stem, path.name, raw)
    nodes = [TextNode(id_=c.id, text=c.text, metadata={"number": report.number},
                      excluded_embed_metadata_keys=["number"])
             for c in chunk_report(report, raw)[20:29]]  # fmt: skip
    client = chromadb.PersistentClient(
        str(tmp_path), settings=ChromaConfig(anonymized_telemetry=False)
    )
    store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("llama_bridge"))
    index = VectorStoreIndex(
        nodes,
        storage_context=StorageContext.from_defaults(vector_store=store),
        embed_model=LlamaEmbedding(embedder),
    )
    question = "chứng thư số đã cấp"
    hits = index.as_retriever(similarity_top_k=3).retrieve(question)
    assert len(hits) == 3
    assert all(h.node.metadata["number"] == "98/BC-STTTT" for h in hits)
    # Same model, same folding: llama-index ranks exactly as our own embedder does.
    q = embedder.embed_query(fold(question))
    docs = embedder.embed_documents([fold(n.get_content()) for n in nodes])
    ours = [nodes[i].id_ for i in np.argsort(-(docs @ q))[:3]]
    assert [h.node.id_ for h in hits] == ours
