"""The synthetic corpus generator and the scale runner (small sizes; the real runs are figures)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from core.settings import load_settings
from core.text import figures, fold
from eval.scale import main as scale_main
from eval.synth import HashEmbedder, _stream, generate
from index.build import load_corpus
from index.metadata import read_metadata
from tests.conftest import REPO


@pytest.fixture(scope="module")
def templates() -> list:  # type: ignore[type-arg]
    return load_corpus(load_settings(REPO / "config.toml", env={}))


def test_synthetic_reports_move_province_and_years_and_vary_figures(
    templates: list,
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    questions = generate(templates, 12, tmp_path / "r", tmp_path / "m.toml", seed=3)
    reports = read_metadata(tmp_path / "m.toml")
    assert len(reports) == 12
    assert len({(r.province, r.year, r.quarter, r.title) for r in reports.values()}) == 12
    by_template = {fold(t.title): (t, text) for t, text in templates}
    for r in reports.values():
        text = (tmp_path / "r" / r.file).read_text("utf-8")
        template, original = by_template[fold(r.title)]
        assert r.period == f"Quý {('I', 'II', 'III', 'IV')[r.quarter - 1]}/{r.year}"
        if template.province and template.province != r.province:
            assert fold(r.province) in fold(text)
            assert fold(template.province) not in fold(text)  # every spelling replaced
        if template.year and r.year != template.year:
            assert str(r.year) in text  # the template's dates moved to the report's year
        # Same layout, other figures: the large ones changed.
        assert len(text.split("\n")) == len(original.split("\n"))
        big = {f for f in figures(original) if re.fullmatch(r"\d{4,}(\.\d+)?", f)}
        assert big - figures(text), "no large figure was varied"
    assert questions
    for q in questions:
        text = (tmp_path / "r" / f"{q.report_id}.txt").read_text("utf-8")
        assert text.count(q.figure) == 1
        assert q.q.startswith(fold(reports[q.report_id].province))
        assert f"nam {reports[q.report_id].year}" in q.q
        # The question's wording singles its report out: no other template says it.
        r = reports[q.report_id]
        lead = _stream(q.q.split(f"nam {r.year} ", 1)[1].removesuffix(" bao nhieu"), r.province)
        assert lead.strip(), q.q
        for t, original in templates:
            if fold(t.title) != fold(r.title):
                assert lead not in _stream(original, t.province), q.q


def test_generation_is_deterministic(templates: list, tmp_path: Path) -> None:  # type: ignore[type-arg]
    a = generate(templates, 5, tmp_path / "a", tmp_path / "a.toml", seed=11)
    b = generate(templates, 5, tmp_path / "b", tmp_path / "b.toml", seed=11)
    assert a == b
    assert (tmp_path / "a" / "syn00004.txt").read_bytes() == (
        tmp_path / "b" / "syn00004.txt"
    ).read_bytes()


def test_hash_embedder_is_deterministic_normalised_and_lexical() -> None:
    e = HashEmbedder()
    docs = e.embed_documents(["dich vu cong muc do 4", "chung thu so ca nhan", ""])
    assert docs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(docs[:2], axis=1), 1.0)
    assert not docs[2].any()
    q = e.embed_query("so dich vu cong muc do 4")
    assert np.array_equal(q, HashEmbedder().embed_query("so dich vu cong muc do 4"))
    assert float(docs[0] @ q) > float(docs[1] @ q)


@pytest.mark.slow
def test_scale_runner_writes_table_json_and_plot(tmp_path: Path) -> None:
    # Two sizes as small as they come (a child process each, as in a real run): most of a
    # run's time is the build restoring OCR text, in proportion to the reports.
    out = tmp_path / "out"
    assert scale_main(["--sizes", "2,4", "--questions", "2", "--out", str(out),
                       "--work", str(tmp_path)]) == 0  # fmt: skip
    rows = json.loads((out / "scale.json").read_text("utf-8"))
    assert [r["reports"] for r in rows] == [2, 4]
    for r in rows:
        assert r["embedder"] == "hash-bow-384"
        assert r["chunks"] > 10 * r["reports"]
        assert 0 < r["p50_ms"] <= r["p95_ms"]
        assert 0 <= r["hit5"] <= 100
        assert r["questions"] == 2
    assert "\n| 4 |" in (out / "scale.md").read_text("utf-8")
    assert (out / "scale.png").read_bytes()[:4] == b"\x89PNG"
