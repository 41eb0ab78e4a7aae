"""Shared fixtures: the real embedding model and one real index, built once per session."""

from __future__ import annotations

import faulthandler
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answer import AnswerService
from bot.compose import make_service
from index.build import build_index
from index.embed import Embedder, make_embedder
from index.settings import Settings, load_settings

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


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real default model as config.toml names it (multilingual-e5-small), loaded once."""
    return make_embedder(load_settings(REPO / "config.toml", env={}).embedding)


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
def seed_settings(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """Settings whose index holds the five seed reports, built once with the real model."""
    settings = make_settings(tmp_path_factory.mktemp("seed-index"))
    build_index(settings, embedder)
    return settings


@pytest.fixture(scope="session")
def service(seed_settings: Settings, embedder: Embedder) -> AnswerService:
    """The real answer service over the seed index."""
    return make_service(seed_settings, embedder)
