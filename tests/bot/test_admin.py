"""Admin actions: adding reports refuses bad files and loses nothing; metadata edits validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.admin import Admin, ServiceHolder
from bot.compose import make_service
from core.errors import CorpusError
from index.build import build_index
from index.embed import Embedder
from index.ingest import add, stage
from tests.conftest import REPO, make_settings
from tests.helpers.documents import text_pdf
from tests.helpers.seed import copy_tree

SEED = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """A one-report corpus and its index, built once for the module."""
    root = tmp_path_factory.mktemp("admin")
    corpus = root / "reports"
    corpus.mkdir()
    (corpus / "tq.txt").write_text(SEED.read_text("utf-8")[:3000], encoding="utf-8")
    build_index(make_settings(root, corpus), embedder)
    return root


@pytest.fixture
def admin(built: Path, tmp_path: Path, embedder: Embedder) -> Admin:
    """An admin over a copy of the module's corpus and index, this test's to change."""
    root = copy_tree(built, tmp_path / "admin")
    settings = make_settings(root, root / "reports")
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


def _new_report(tmp_path: Path) -> Path:
    return text_pdf(
        tmp_path / "moi.pdf",
        ["BÁO CÁO\nKết quả cải cách hành chính quý I năm 2023 của tỉnh Tuyên Quang\n"
         "Công tác cải cách hành chính được các cơ quan, đơn vị quan tâm chỉ đạo thực hiện.",
         "Trong quý I, tỉnh đã cấp 2.345 tài khoản định danh điện tử cho công dân trên địa bàn "
         "tỉnh; các sở, ban, ngành và ủy ban nhân dân các huyện đã phối hợp thực hiện."],
    )  # fmt: skip


def test_metadata_saved_while_an_add_runs_is_kept(admin: Admin, tmp_path: Path) -> None:
    # Before: the add wrote back the metadata it read when it started; "✅ saved" was undone.
    staged = admin.preview(_new_report(tmp_path), 20)
    edited: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "embed" and not edited:  # the add is building the index now
            admin.save_report("tq", {"signer": "EDITED"})
            edited.append(stage)

    admin.add(staged, {}, progress)
    assert edited
    saved = {r.id: r for r in admin.reports()}
    assert saved["tq"].signer == "EDITED"
    assert "moi" in saved
    # The next re-index serves the edit.
    admin.reindex()
    ans = admin.holder.service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    assert {c.report_id for c in ans.citations} <= {"tq", "moi"}


def test_hand_edit_of_the_metadata_file_during_a_remove_is_kept(
    admin: Admin, tmp_path: Path
) -> None:
    admin.add(admin.preview(_new_report(tmp_path), 20), {})
    path = admin.metadata_path

    def progress(stage: str, done: int, total: int) -> None:
        text = path.read_text("utf-8")
        if 'signer = "Hand"' not in text:  # someone edits the file in a text editor
            start = text.index('id = "tq"')
            at = text.index('signer = ""', start)
            path.write_text(text[:at] + 'signer = "Hand"' + text[at + 11 :], encoding="utf-8")

    admin.remove("moi", progress)
    saved = {r.id: r for r in admin.reports()}
    assert set(saved) == {"tq"}
    assert saved["tq"].signer == "Hand"


def test_admin_form_refuses_impossible_values(admin: Admin) -> None:
    for values, message in (
        ({"date": "2022-02-31"}, "not a real date"),
        ({"quarter": "9"}, "quarter 9"),
        ({"province": ""}, "province is empty"),
    ):
        with pytest.raises(CorpusError, match=message):
            admin.save_report("tq", values)
    assert next(r for r in admin.reports() if r.id == "tq").province == "Tuyên Quang"


def test_running_server_follows_an_index_switched_by_another_process(
    admin: Admin, tmp_path: Path, embedder: Embedder
) -> None:
    # Before: a report added with `python -m index add` stayed invisible until a restart,
    # and the filter choices were fixed at start-up.
    settings = admin.settings
    holder = ServiceHolder(
        make_service(settings, embedder),
        reload=lambda: make_service(settings, embedder),
        index_dir=settings.path(settings.index.dir),
    )
    question = "Hà Giang cấp bao nhiêu tài khoản định danh điện tử?"
    assert "Hà Giang" not in holder.filter_choices()[0]
    assert holder.service.answer(question).abstained
    old = holder.service.generation()
    pdf = text_pdf(
        tmp_path / "hg.pdf",
        ["BÁO CÁO\nKết quả cải cách hành chính năm 2024 của tỉnh Hà Giang\n"
         "Công tác cải cách hành chính được các cơ quan, đơn vị quan tâm chỉ đạo thực hiện.",
         "Trong năm, tỉnh Hà Giang đã cấp 3.456 tài khoản định danh điện tử cho công dân trên "
         "địa bàn tỉnh; các sở, ban, ngành đã phối hợp thực hiện."],
    )  # fmt: skip
    staged, refused = stage(settings, [pdf])  # what `python -m index add` does, elsewhere
    assert not refused
    add(settings, embedder, staged)
    ans = holder.service.answer(question)
    assert ans.figure == "3.456"
    assert holder.service.generation() != old
    provinces, years = holder.filter_choices()
    assert "Hà Giang" in provinces
    assert "2024" in years
