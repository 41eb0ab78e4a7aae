"""Admin actions: adding reports refuses bad files and loses nothing; metadata edits validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.admin import Admin, ServiceHolder
from bot.compose import make_service
from index.build import build_index
from index.embed import Embedder
from index.errors import CorpusError
from tests.conftest import REPO, make_settings
from tests.helpers.documents import text_pdf

SEED = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"


@pytest.fixture
def admin(tmp_path: Path, embedder: Embedder) -> Admin:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "tq.txt").write_text(SEED.read_text("utf-8")[:3000], encoding="utf-8")
    settings = make_settings(tmp_path, corpus)
    build_index(settings, embedder)
    return Admin(settings, embedder, ServiceHolder(make_service(settings, embedder)), make_service)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("empty.txt", b"", "is empty"), ("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
     ("latin.txt", "Tuyên".encode("utf-16"), "not"), ("report.pdf", b"%PDF-1.4", "damaged"),
     ("sheet.xlsx", b"PK\x03\x04", "unsupported file type")],
)  # fmt: skip
def test_bad_uploads_are_refused_and_nothing_is_kept(
    admin: Admin, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    before = sorted(p.name for p in admin.corpus_dir.iterdir())
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        admin.preview(bad, 20)
    assert sorted(p.name for p in admin.corpus_dir.iterdir()) == before


def test_oversized_upload_is_refused(admin: Admin, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("báo cáo tỉnh " * 200_000, encoding="utf-8")
    with pytest.raises(CorpusError, match="larger than 1 MiB"):
        admin.preview(big, 1)


def test_duplicate_upload_is_refused(admin: Admin, tmp_path: Path) -> None:
    dup = tmp_path / "again.txt"
    dup.write_bytes((admin.corpus_dir / "tq.txt").read_bytes())
    with pytest.raises(CorpusError, match="already in the corpus as tq"):
        admin.preview(dup, 20)


def test_previewed_pdf_added_with_edited_metadata_is_served_then_removed(
    admin: Admin, tmp_path: Path
) -> None:
    new = text_pdf(
        tmp_path / "Bao cao moi (2023).pdf",
        ["BÁO CÁO\nKết quả cải cách hành chính quý I năm 2023 của tỉnh Tuyên Quang\n"
         "Công tác cải cách hành chính được các cơ quan, đơn vị quan tâm chỉ đạo thực hiện.",
         "Trong quý I, tỉnh đã cấp 2.345 tài khoản định danh điện tử cho công dân trên địa bàn "
         "tỉnh; các sở, ban, ngành và ủy ban nhân dân các huyện đã phối hợp thực hiện."],
    )  # fmt: skip
    staged = admin.preview(new, 20)
    assert staged.report.id == "Bao_cao_moi_2023"
    assert staged.extracted.pages == 2
    assert admin.reports() == admin.reports()  # preview changed nothing
    assert "Bao_cao_moi_2023" not in {r.id for r in admin.reports()}
    out = admin.add(staged, {"agency": "Sở Nội vụ Tuyên Quang", "number": "12/BC-SNV"})
    assert out.build is not None
    assert out.build.reports == 2
    saved = next(r for r in admin.reports() if r.id == "Bao_cao_moi_2023")
    assert (saved.agency, saved.number) == ("Sở Nội vụ Tuyên Quang", "12/BC-SNV")
    ans = admin.holder.service.answer("Tuyên Quang cấp bao nhiêu tài khoản định danh điện tử?")
    assert ans.figure == "2.345"
    assert ans.citations[0].page == 2
    assert ans.citations[0].number == "12/BC-SNV"
    admin.remove("Bao_cao_moi_2023")
    ans = admin.holder.service.answer("Tuyên Quang cấp bao nhiêu tài khoản định danh điện tử?")
    assert all(c.report_id != "Bao_cao_moi_2023" for c in ans.citations)


def test_metadata_edit_is_validated_and_saved(admin: Admin) -> None:
    with pytest.raises(CorpusError, match="yyyy-mm-dd"):
        admin.save_report("tq", {"date": "23/5/2022"})
    with pytest.raises(CorpusError, match="whole number"):
        admin.save_report("tq", {"year": "hai nghìn"})
    saved = admin.save_report("tq", {"title": "Kết quả triển khai Đề án", "year": "2022"})
    assert saved.title == "Kết quả triển khai Đề án"
    assert next(r for r in admin.reports() if r.id == "tq").title == "Kết quả triển khai Đề án"
