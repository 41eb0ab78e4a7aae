"""Hostile files: small files that once took minutes or gigabytes, each read in a child process
under a time and memory bound.

Every file is made by the test. Each case runs `python -m index add FILE --dry-run` (the path
the web admin's "Read the file" takes too: `ingest.stage`) in a subprocess limited to
`_MEMORY` of address space and `_SECONDS` of wall time, and must end with a one-line refusal
(exit code 4) or a clean dry run (0), never a traceback.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow  # a child process each: end to end
SEED = REPO / "corpus" / "reports" / "001_cfc09c4d7094a6ed.txt"
_MEMORY = 2 * 1024**3  # bytes of address space for the child (imports take ~0.6 GiB)
_SECONDS = 60  # before the fixes: 27 s to over 500 s, or killed for memory
_TEXT = (
    "cong tac cai cach hanh chinh cua tinh duoc cac so ban nganh va uy ban nhan dan cac huyen "
    "thuc hien theo ke hoach da de ra trong nam"
)
_WORDS = _TEXT.split(maxsplit=-1)


def _limit_memory() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    corpus = tmp_path / "corpus" / "reports"
    corpus.mkdir(parents=True)
    shutil.copy(SEED, corpus / SEED.name)
    return dict(
        os.environ, HBC_CORPUS_DIR=str(corpus), HBC_METADATA=str(tmp_path / "corpus" / "m.toml"),
        HBC_INDEX_DIR=str(tmp_path / "index"), HBC_ORIGINALS_DIR=str(tmp_path / "originals"),
        PYTHONPATH=str(REPO), OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
    )  # fmt: skip


def _dry_run(env: dict[str, str], path: Path) -> tuple[int, str, float]:
    t0 = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "index", "add", str(path), "--dry-run", "--quiet"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=_SECONDS,
            preexec_fn=_limit_memory, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: still reading after {_SECONDS} s")
    return done.returncode, done.stderr, time.monotonic() - t0


def _assert_refused(env: dict[str, str], path: Path, reason: str) -> None:
    rc, err, seconds = _dry_run(env, path)
    assert "Traceback" not in err, err[-2000:]
    assert "MemoryError" not in err, err[-2000:]
    assert rc == 4, (rc, err[-2000:])
    refusals = [line for line in err.splitlines() if line.startswith("refused: ")]
    assert len(refusals) == 1, err
    assert reason in refusals[0], refusals[0]
    assert seconds < _SECONDS


def _words(n: int, seed: int = 0) -> list[str]:
    """n words, in an order that repeats rarely (no line is a running header)."""
    return [_WORDS[(i * 7 + i // len(_WORDS) + seed) % len(_WORDS)] for i in range(n)]


def test_huge_single_line_txt_is_refused_quickly(env: dict[str, str], tmp_path: Path) -> None:
    # 1.3 MB on one line, no sentence punctuation: 514 s under the lock, one 1.29 MB chunk.
    path = tmp_path / "one-line.txt"
    path.write_text(" ".join(_words(260_000)), encoding="utf-8")
    _assert_refused(env, path, "[ingest].max_report_chars")


def test_megabyte_of_unpunctuated_lines_reads_in_seconds(
    env: dict[str, str], tmp_path: Path
) -> None:
    # 1 MB of wrapped lines without sentence punctuation: re-flow took 37 s (quadratic).
    words = _words(160_000)
    lines = [f"Dong {i} " + " ".join(words[i * 8 : i * 8 + 8]) for i in range(20_000)]
    path = tmp_path / "no-punctuation.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _assert_refused(env, path, "without a sentence end")


def test_docx_of_many_short_paragraphs_reads_in_seconds(
    env: dict[str, str], tmp_path: Path
) -> None:
    # A DOCX of short unpunctuated paragraphs: 27 s for 7 KB, over 300 s for 123 KB.
    import docx

    document = docx.Document()
    words = _words(60_000, seed=3)
    for i in range(0, len(words), 6):
        document.add_paragraph(f"muc {i} " + " ".join(words[i : i + 6]))
    path = tmp_path / "paragraphs.docx"
    document.save(str(path))
    _assert_refused(env, path, "without a sentence end")


def _docx_parts(zf: zipfile.ZipFile) -> None:
    zf.writestr(
        "[Content_Types].xml",
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    zf.writestr(
        "_rels/.rels",
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
    )


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_zip_bomb_is_refused_before_parsing(env: dict[str, str], tmp_path: Path) -> None:
    # A few MB that unpack to hundreds: 1.26 GB once reached 5.9 GB and died in lxml.
    path = tmp_path / "bomb.docx"
    para = b"<w:p><w:r><w:t>cong tac cai cach hanh chinh</w:t></w:r></w:p>" * 16_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        _docx_parts(zf)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f"<w:document {_W}><w:body>".encode())
            for _ in range(400):  # ~400 MiB unpacked
                fh.write(para)
            fh.write(b"</w:body></w:document>")
    assert path.stat().st_size < 8 * 1024 * 1024
    _assert_refused(env, path, "[ingest].max_unzipped_mb")


def test_deeply_nested_docx_is_a_one_line_refusal(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "deep.docx"
    depth = 100_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        _docx_parts(zf)
        body = "<w:sdt>" * depth + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</w:sdt>" * depth
        zf.writestr("word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>")
    _assert_refused(env, path, "not a readable DOCX")


def test_docx_with_entity_expansion_is_a_one_line_refusal(
    env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "laughs.docx"
    entities = '<!ENTITY a "cong tac cai cach hanh chinh">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        _docx_parts(zf)
        zf.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {_W}><w:body>'
            "<w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>",
        )
    rc, err, seconds = _dry_run(env, path)
    assert "Traceback" not in err, err[-2000:]
    assert rc == 4, err
    assert seconds < _SECONDS


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref,
    )  # fmt: skip
    return out


def test_pdf_with_a_giant_page_is_refused_before_rendering(
    env: dict[str, str], tmp_path: Path
) -> None:
    # 791 bytes, one 14,400 pt page without text: rendering it for OCR took 3.56 GB.
    path = tmp_path / "giant-page.pdf"
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>",
            ]
        )  # fmt: skip
    )
    assert path.stat().st_size < 1024
    _assert_refused(env, path, "[ingest].max_page_megapixels")


def test_fifty_megabyte_txt_is_refused_without_chunking(
    env: dict[str, str], tmp_path: Path
) -> None:
    # 50 MB became 80,085 chunks: about 10 hours of embedding under the lock.
    path = tmp_path / "fifty.txt"
    sentence = (" ".join(_words(12)) + ". ").encode()
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(sentence)):
            fh.write(sentence)
    _assert_refused(env, path, "[ingest].max_report_chars")


def test_many_short_sentences_make_too_many_chunks(env: dict[str, str], tmp_path: Path) -> None:
    # Every numbered heading starts a chunk: 90 KB that would be 3,000 chunks to embed.
    path = tmp_path / "chunks.txt"
    words = _words(15_000, seed=5)
    lines = [f"{i % 90 + 1}. " + " ".join(words[i * 5 : i * 5 + 5]) for i in range(3000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    _assert_refused(env, path, "[ingest].max_chunks")


def test_a_normal_report_still_reads_under_the_same_bounds(
    env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "hai-duong.txt"
    shutil.copy(REPO / "corpus" / "reports" / "004_b819450d24d342ba.txt", path)
    rc, err, seconds = _dry_run(env, path)
    assert rc == 0, err
    assert "Traceback" not in err
    assert seconds < _SECONDS
