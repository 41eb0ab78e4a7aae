"""The Chroma store: a real collection in a temp folder; filters by province and year are built
here, where everything Chroma-shaped lives."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from core.errors import IndexMissingError
from index.store import ChunkStore, open_client

ROWS = [("a", "Hà Tĩnh", 2019), ("b", "Hà Tĩnh", 2022), ("c", "Tuyên Quang", 2022),
        ("d", "Đồng Tháp", 2022)]  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> ChunkStore:
    store = ChunkStore.create(open_client("embedded", tmp_path / "chroma"), "hbc_test", "m/1", 4)
    vectors = np.eye(4, dtype=np.float32)
    metas = [{"report_id": i, "province": p, "year": y, "position": 0, "hash": i}
             for i, p, y in ROWS]  # fmt: skip
    store.add([i for i, _, _ in ROWS], vectors, metas)
    return store


def test_query_filters_by_province_year_or_both(store: ChunkStore) -> None:
    near_a = np.array([1.0, 0.1, 0.1, 0.1], dtype=np.float32)

    def found(provinces: tuple[str, ...] = (), years: tuple[int, ...] = ()) -> list[str]:
        return [h.chunk_id for h in store.query(near_a, 4, provinces, years)]

    assert found()[0] == "a"
    assert sorted(found()) == ["a", "b", "c", "d"]
    assert sorted(found(("Hà Tĩnh",))) == ["a", "b"]
    assert sorted(found((), (2022,))) == ["b", "c", "d"]
    assert found(("Hà Tĩnh", "Tuyên Quang"), (2022,)) in (["b", "c"], ["c", "b"])
    assert found(("Cà Mau",)) == []
    hit = store.query(near_a, 1)[0]
    assert hit.chunk_id == "a"
    assert hit.similarity == pytest.approx(1 / np.linalg.norm(near_a), abs=1e-4)


def test_another_models_collection_is_refused(store: ChunkStore, tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="built with embedding model 'm/1'"):
        ChunkStore.open(open_client("embedded", tmp_path / "chroma"), "hbc_test", "m/2")


def test_a_store_removed_and_made_again_in_the_same_process_opens_the_new_one(
    store: ChunkStore, tmp_path: Path
) -> None:
    # Before: chromadb's cached System for the folder still pointed at the deleted database, so
    # a generation rebuilt under the same name was "missing" (or a "readonly database") until
    # the old client happened to be garbage-collected.
    folder = tmp_path / "chroma"
    shutil.rmtree(folder)
    again = ChunkStore.create(open_client("embedded", folder), "hbc_again", "m/1", 4)
    again.add(["z"], np.eye(4, dtype=np.float32)[:1], [{"report_id": "z", "position": 0}])
    reopened = ChunkStore.open(open_client("embedded", folder), "hbc_again", "m/1")
    assert [h.chunk_id for h in reopened.query(np.eye(4, dtype=np.float32)[0], 1)] == ["z"]
    with pytest.raises(IndexMissingError):
        ChunkStore.open(open_client("embedded", folder), "hbc_test", "m/1")
