"""The command lines over a damaged corpus or index: one line and an exit code, never a
traceback; `python -m index doctor` reports and repairs."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest

from bot.__main__ import main as bot_main
from index.__main__ import main as index_main
from index.generations import current_generation
from tests.conftest import REPO

SEED = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"
QUESTION = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-report corpus, its config and its index, built once; each test gets a copy."""
    root = tmp_path_factory.mktemp("doctor")
    (root / "reports").mkdir()
    (root / "reports" / "tq.txt").write_text(SEED.read_text("utf-8")[:6000], encoding="utf-8")
    config = (REPO / "config.toml").read_text("utf-8")
    for old, new in (('dir = "data/index"', 'dir = "index"'),
                     ('metadata = "corpus/reports.toml"', 'metadata = "reports.toml"'),
                     ('dir = "corpus/reports"', 'dir = "reports"')):  # fmt: skip
        config = config.replace(old, new)
    (root / "config.toml").write_text(config, encoding="utf-8")
    assert index_main(["--config", str(root / "config.toml"), "build", "--quiet"]) == 0
    return root


@pytest.fixture
def root(template: Path, tmp_path: Path) -> Path:
    work = tmp_path / "w"
    shutil.copytree(template, work)
    return work


def _cfg(root: Path) -> list[str]:
    return ["--config", str(root / "config.toml")]


def _one_line_error(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_invalid_utf8_in_a_question_is_answered(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: `bot ask $'Tuy\xffên'` crashed in the embedder.
    question = os.fsdecode("Tuy\xffên Quang có bao nhiêu dịch vụ công mức độ 4?".encode())
    assert bot_main([*_cfg(root), "ask", question, "--json"]) == 0
    assert '"citations"' in capsys.readouterr().out


def test_invalid_utf8_in_the_shell_does_not_end_it(
    root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: the first such line killed `bot shell`.
    typed = b"Tuy\xffe\xcc\x82n Quang co bao nhieu dich vu cong muc do 4?\n" + QUESTION.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(typed + b"\n\n"), "utf-8"))
    assert bot_main([*_cfg(root), "shell"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.out.count("[1]") >= 2  # both questions answered


@pytest.mark.parametrize(
    ("edit", "message"),
    [(lambda t: t.replace('date = "2022-05-23"', 'date = "23/05/2022"'), "not a real date"),
     (lambda t: t.replace('province = "Tuyên Quang"', 'province = ""'), "province is empty"),
     (lambda t: t.replace("quarter = 0", "quarter = 9"), "quarter 9"),
     (lambda t: t.replace("year = 2022", 'year = "abc"'), "year must be a whole number")],
)  # fmt: skip
def test_bad_hand_edits_of_the_metadata_are_one_line_errors(
    root: Path, capsys: pytest.CaptureFixture[str], edit: object, message: str
) -> None:
    # Before: '23/05/2022' was accepted by build and every answer citing it died.
    meta = root / "reports.toml"
    meta.write_text(edit(meta.read_text("utf-8")), encoding="utf-8")  # type: ignore[operator]
    capsys.readouterr()
    assert index_main([*_cfg(root), "build", "--quiet"]) == 4
    assert message in _one_line_error(capsys.readouterr().err)


def test_metadata_in_another_encoding_is_a_one_line_error(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meta = root / "reports.toml"
    meta.write_bytes(meta.read_bytes().replace("Tuyên".encode(), b"Tuy\xean"))
    capsys.readouterr()
    assert index_main([*_cfg(root), "build", "--quiet"]) == 4
    assert "not UTF-8" in _one_line_error(capsys.readouterr().err)


def test_garbage_vector_store_is_one_line_then_doctor_repairs_it(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: `InternalError: file is not a database`, and `index build` said "up to date".
    gen = current_generation(root / "index")
    assert gen
    (root / "index" / gen / "chroma" / "chroma.sqlite3").write_bytes(b"garbage" * 1000)
    capsys.readouterr()
    assert bot_main([*_cfg(root), "ask", "Which provinces use level-4 online services?"]) == 3
    assert "python -m index build" in _one_line_error(capsys.readouterr().err)
    assert index_main([*_cfg(root), "doctor", "--check"]) == 3
    out = capsys.readouterr().out
    assert f"{gen} [current]: index at" in out
    assert "damaged" in out
    assert index_main([*_cfg(root), "doctor", "--quiet"]) == 0
    assert "index repaired" in capsys.readouterr().out
    assert bot_main([*_cfg(root), "ask", "Which provinces use level-4 online services?"]) == 0
    assert index_main([*_cfg(root), "doctor", "--check"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("healthy")


def test_garbage_manifest_does_not_block_build_add_or_remove(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: build, build --force, add and remove all exited 3 with the same advice.
    assert index_main([*_cfg(root), "build", "--force", "--quiet"]) == 0  # a second generation
    gen = current_generation(root / "index")
    assert gen
    (root / "index" / gen / "manifest.json").write_text("garbage", encoding="utf-8")
    assert index_main([*_cfg(root), "build", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "index built" in out
    assert "0 embedded" in out  # the older generation's vectors
    assert bot_main([*_cfg(root), "ask", QUESTION]) == 0
