"""Shared fixtures: the real embedding model and one real seed index, built once and kept in
pytest's cache across runs (tests/helpers/seed.py)."""

from __future__ import annotations

import faulthandler
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answer import AnswerService
from bot.compose import make_service
from core.settings import Settings, load_settings
from index.build import build_index
from index.embed import Embedder, make_embedder
from tests.helpers.seed import MemoEmbedder, cached_seed_entry, restore_seed

REPO = Path(__file__).resolve().parent.parent


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """A crash in native code prints the crashing thread only: pytest's handler prints every
    thread, and a CI log's tail then shows idle server threads, not the one that crashed."""
    from _pytest.faulthandler import fault_handler_stderr_fd_key

    fd = config.stash.get(fault_handler_stderr_fd_key, None)
    if fd is not None:
        faulthandler.enable(file=fd, all_threads=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite tests/golden/*.out files"
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def make_settings(tmp: Path, corpus_dir: Path | None = None) -> Settings:
    """Repository settings with the index, metadata, originals (and optionally corpus) in `tmp`."""
    base = load_settings(REPO / "config.toml", env={})
    metadata = tmp / "reports.toml"
    if corpus_dir is None:
        shutil.copy(REPO / "corpus" / "reports.toml", metadata)
        corpus_dir = REPO / "corpus" / "reports"
    return replace(
        base,
        corpus=replace(base.corpus, dir=corpus_dir, metadata=metadata),
        ingest=replace(base.ingest, originals=tmp / "originals"),
        index=replace(base.index, dir=tmp / "index"),
    )


@pytest.fixture(scope="session")
def seed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[MemoEmbedder, Settings]:
    """The real default model as config.toml names it (multilingual-e5-small), loaded once,
    and settings whose index holds the five seed reports. The index comes from pytest's cache
    when the corpus, pipeline and model are as they were (`pytest --cache-clear` drops it), and
    is checked by `build_index`, which rebuilds it if anything it hashes has changed."""
    model = MemoEmbedder(make_embedder(load_settings(REPO / "config.toml", env={}).embedding))
    settings = make_settings(tmp_path_factory.mktemp("seed-index"))
    cache = getattr(request.config, "cache", None)
    root = cache.mkdir("hbc-seed-index") if cache else tmp_path_factory.mktemp("seed-cache")
    entry = cached_seed_entry(settings, model, root)
    model.load(entry / "vectors.npz")
    restore_seed(entry, settings)
    build_index(settings, model)
    return model, settings


@pytest.fixture(scope="session")
def embedder(seed: tuple[MemoEmbedder, Settings]) -> Embedder:
    """The real model; a passage it embedded once in this run (or the seed's, in the run that
    cached the seed index) takes the remembered vector."""
    return seed[0]


@pytest.fixture(scope="session")
def seed_settings(seed: tuple[MemoEmbedder, Settings]) -> Settings:
    """Settings whose index holds the five seed reports (a copy of the cached one)."""
    return seed[1]


@pytest.fixture(scope="session")
def service(seed_settings: Settings, embedder: Embedder) -> AnswerService:
    """The real answer service over the seed index."""
    return make_service(seed_settings, embedder)
