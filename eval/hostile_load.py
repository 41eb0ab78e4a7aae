"""Answer latency inside the web server's process while the admin reads a hostile file.

Gradio answers in worker threads of one process; the admin's "Read the file" (`Admin.preview`)
runs in another thread of the same process. This asks the evaluation questions from two
threads, first alone, then while each hostile file (made here, in a temporary folder) is read,
and prints p50/p95 of the answers and how long each read took. Figures, not a test; bounded:
a read still running after `--limit` seconds is reported as such and the run moves on.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from bot.admin import Admin, ServiceHolder
from bot.compose import make_service
from core.errors import HbcError
from core.settings import load_settings
from eval.runner import percentile
from eval.scoring import load_questions
from index.embed import make_embedder

_SENTENCE = (
    "cong tac cai cach hanh chinh cua tinh duoc cac so ban nganh va uy ban nhan dan cac huyen "
    "thuc hien theo ke hoach da de ra trong nam"
)
_TEXT = _SENTENCE.split(maxsplit=-1)


def _words(n: int) -> list[str]:
    return [_TEXT[(i * 7 + i // len(_TEXT)) % len(_TEXT)] for i in range(n)]


def _docx_paragraphs(path: Path) -> Path:
    import docx

    document = docx.Document()
    words = _words(18_000)
    for i in range(0, len(words), 6):
        document.add_paragraph(f"muc {i} " + " ".join(words[i : i + 6]))
    document.save(str(path))
    return path


def _one_line_txt(path: Path) -> Path:
    path.write_text(" ".join(_words(260_000)), encoding="utf-8")
    return path


def _unpunctuated_txt(path: Path) -> Path:
    words = _words(160_000)
    path.write_text(
        "\n".join(f"Dong {i} " + " ".join(words[i * 8 : i * 8 + 8]) for i in range(20_000)),
        encoding="utf-8",
    )
    return path


def _giant_page_pdf(path: Path) -> Path:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>"]  # fmt: skip
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(out)
    return path


def _zip_bomb_docx(path: Path) -> Path:
    para = b"<w:p><w:r><w:t>cong tac cai cach hanh chinh</w:t></w:r></w:p>" * 16_000
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b"<w:document " + ns + b"><w:body>")
            for _ in range(400):
                fh.write(para)
            fh.write(b"</w:body></w:document>")
    return path


def _ask_while(ask: Callable[[str], object], questions: list[str], busy: Callable[[], bool],
               least: int) -> list[float]:  # fmt: skip
    """Latencies (ms) from two asking threads until `busy()` is false and `least` are done."""
    times: list[float] = []
    lock = threading.Lock()

    def worker(offset: int) -> None:
        i = offset
        while busy() or len(times) < least:
            t = time.perf_counter()
            ask(questions[i % len(questions)])
            with lock:
                times.append((time.perf_counter() - t) * 1000)
            i += 2

    threads = [threading.Thread(target=worker, args=(k,)) for k in (0, 1)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return times


def main(argv: list[str] | None = None) -> int:
    """Baseline latency, then latency while each hostile file is read."""
    parser = argparse.ArgumentParser(prog="python -m eval.hostile_load", description=__doc__)
    parser.add_argument("--limit", type=float, default=120.0, help="longest read waited for, s")
    parser.add_argument("--only", default="", help="comma-separated case names")
    args = parser.parse_args(argv)
    settings = load_settings()
    embedder = make_embedder(settings.embedding)
    holder = ServiceHolder(make_service(settings, embedder))
    admin = Admin(settings, embedder, holder, make_service)
    questions = [q.q for q in load_questions()]
    ask = holder.service.answer
    _ask_while(ask, questions, lambda: False, len(questions))  # warm: clause caches filled
    base = _ask_while(ask, questions, lambda: False, 120)
    print(f"{'alone':<28} answers {len(base):4d}  p50 {percentile(base, 0.5):7.1f} ms  "
          f"p95 {percentile(base, 0.95):7.1f} ms")  # fmt: skip
    makers = {"docx-short-paragraphs": (_docx_paragraphs, "paragraphs.docx"),
              "txt-1.3MB-one-line": (_one_line_txt, "one-line.txt"),
              "txt-1MB-unpunctuated-lines": (_unpunctuated_txt, "lines.txt"),
              "pdf-giant-page": (_giant_page_pdf, "giant.pdf"),
              "docx-zip-bomb": (_zip_bomb_docx, "bomb.docx")}  # fmt: skip
    wanted = [n for n in args.only.split(",") if n] or list(makers)
    with tempfile.TemporaryDirectory(prefix="hbc-hostile-") as tmp:
        for name in wanted:
            make, file = makers[name]
            path = make(Path(tmp) / file)
            result: list[str] = []

            def read(p: Path = path, out: list[str] = result) -> None:
                t = time.perf_counter()
                try:
                    admin.preview(p, 100)
                    what = "read"
                except HbcError as exc:
                    what = f"refused: {str(exc)[:70]}"
                out.append(f"{time.perf_counter() - t:6.1f} s  {what}")

            reader = threading.Thread(target=read, daemon=True)
            deadline = time.monotonic() + args.limit

            def busy(r: threading.Thread = reader, until: float = deadline) -> bool:
                return r.is_alive() and time.monotonic() < until

            reader.start()
            times = _ask_while(ask, questions, busy, 20)
            read_note = result[0] if result else f"still reading after {args.limit:.0f} s"
            print(f"{name:<28} answers {len(times):4d}  p50 {percentile(times, 0.5):7.1f} ms  "
                  f"p95 {percentile(times, 0.95):7.1f} ms  read {read_note}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
