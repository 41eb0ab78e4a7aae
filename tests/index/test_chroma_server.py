"""Chroma client/server mode: a real `chroma run` server on loopback, the index built and
queried through HttpClient, exactly as a team that outgrew one machine would run it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.compose import make_service
from core.errors import IndexMissingError
from index.__main__ import main as index_main
from index.build import build_index
from index.embed import Embedder
from index.store import open_client
from tests.conftest import make_settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A `chroma run` server on a free loopback port, stopped after the module."""
    port = _free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                open_client("http", host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma server did not start (exit code {proc.poll()})")
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.slow
def test_build_and_answer_through_a_chroma_server(
    chroma_server: int, tmp_path: Path, embedder: Embedder
) -> None:
    base = make_settings(tmp_path)
    settings = replace(
        base, chroma=replace(base.chroma, mode="http", host="127.0.0.1", port=chroma_server)
    )
    stats = build_index(settings, embedder)
    assert stats.chunks > 200
    assert stats.embedded == stats.chunks
    # The vectors live on the server, not in the index folder.
    gen_dir = settings.path(settings.index.dir) / stats.generation
    assert not (gen_dir / "chroma").exists()
    client = open_client("http", host="127.0.0.1", port=chroma_server)
    names = {c.name if hasattr(c, "name") else str(c) for c in client.list_collections()}
    assert any(n.startswith(settings.chroma.collection_prefix) for n in names)
    service = make_service(settings, embedder)
    # Hybrid asks the server only for questions worded unlike the reports: an English one.
    for mode, question in (("dense", "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"),
                           ("hybrid", "How many level-4 public services does Tuyen Quang provide?")):  # fmt: skip
        ans = service.answer(question, mode=mode)
        assert ans.figure == "1.044"
        assert ans.citations[0].number == "98/BC-STTTT"
    # An unchanged corpus rebuilds from the server's vectors without re-embedding.
    again = build_index(settings, embedder)
    assert again.up_to_date or again.embedded == 0


def test_unreachable_server_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _free_port()  # nothing listens there
    with pytest.raises(
        IndexMissingError, match=f"cannot reach the Chroma server at 127.0.0.1:{port}"
    ):
        open_client("http", host="127.0.0.1", port=port)
    for var, value in (("HBC_CHROMA_MODE", "http"), ("HBC_CHROMA_PORT", str(port)),
                       ("HBC_INDEX_DIR", str(tmp_path / "index"))):  # fmt: skip
        monkeypatch.setenv(var, value)
    assert index_main(["build", "--quiet"]) == 3  # `python -m index build` in this process
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "cannot reach the Chroma server" in err
