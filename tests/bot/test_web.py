"""The web UI for real: Gradio on a free loopback port, driven by headless Chromium."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from bot.admin import ServiceHolder
from bot.answer import AnswerService
from bot.compose import make_service
from bot.web_chat import comparison_chart
from bot.web_page import TEXT
from bot.web_render import source_cards
from core.settings import Settings
from index.build import build_index
from index.embed import Embedder
from index.metadata import read_metadata
from tests.conftest import REPO, make_settings
from tests.helpers.documents import text_pdf
from tests.helpers.web import serve

ARTIFACTS = REPO / "tests" / "artifacts"


@pytest.fixture(scope="module")
def web(
    service: AnswerService,
    seed_settings: Settings,
    embedder: Embedder,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("web")
    with serve(seed_settings, embedder, ServiceHolder(service), tmp) as url:
        yield url, tmp / "fb.sqlite3"


@pytest.mark.slow
def test_ask_see_sources_and_rate(web: tuple[str, Path], browser: object) -> None:
    url, db = web
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page.goto(url)
    box = "#hbc-question textarea"
    page.wait_for_selector(box, timeout=30_000)
    page.fill(box, "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    t0 = time.perf_counter()
    page.press(box, "Enter")
    page.wait_for_function(
        "document.querySelector('#hbc-chat').innerText.includes('1.044')", timeout=30_000
    )
    first = time.perf_counter() - t0
    page.wait_for_function(
        "document.querySelector('#hbc-sources').innerText.includes('98/BC-STTTT')", timeout=30_000
    )
    full = time.perf_counter() - t0
    assert page.locator("#hbc-sources mark").first.inner_text().startswith("số dịch vụ công")
    assert "bản gốc (OCR)" in page.locator("#hbc-sources").inner_text()  # the OCR line, a click away
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-answer.png"), full_page=True)
    print(f"web: first answer text after {first * 1000:.0f} ms, sources after {full * 1000:.0f} ms")

    page.get_by_role("button", name="Hữu ích", exact=True).first.click()
    # The thanks text, not any text: Gradio shows its progress timer in the box meanwhile.
    page.wait_for_function(
        "document.querySelector('#hbc-status').innerText.includes('Cảm ơn')", timeout=15_000
    )
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT question, answer, sources, rating FROM feedback").fetchall()
    assert len(rows) == 1
    question, answer, sources, rating = rows[0]
    assert question == "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    assert "1.044" in answer
    assert "98/BC-STTTT" in sources
    assert rating == 1
    page.close()


@pytest.mark.slow
def test_empty_and_huge_questions_get_a_message_not_a_trace(
    web: tuple[str, Path], browser: object
) -> None:
    url, _ = web
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url)
    box = "#hbc-question textarea"
    page.wait_for_selector(box, timeout=30_000)
    page.fill(box, "x " * 3000)
    page.press(box, "Enter")
    page.wait_for_function(
        "document.querySelector('#hbc-chat').innerText.includes('quá dài')", timeout=30_000
    )
    text = page.locator("#hbc-chat").inner_text()
    assert "Traceback" not in text
    page.close()


@pytest.mark.slow
def test_english_toggle_and_admin_login(web: tuple[str, Path], browser: object) -> None:
    url, _ = web
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url)
    page.wait_for_selector("#hbc-question textarea", timeout=30_000)
    page.get_by_label("English").check()
    page.wait_for_function(
        "document.querySelector('#hbc-question textarea').placeholder.startsWith('Type a question')",
        timeout=15_000,
    )
    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.fill("#hbc-admin-pw", "wrong")
    page.get_by_role("button", name="Đăng nhập / Log in").click()
    page.wait_for_selector("#hbc-admin-login >> text=wrong password", timeout=15_000)
    # Enter submits the password too.
    page.fill("#hbc-admin-pw", "pw-for-tests")
    page.press("#hbc-admin-pw", "Enter")
    page.wait_for_selector("#hbc-admin-msg >> text=✅", timeout=15_000)
    assert "002_e5e7f1c560f345ee" in page.locator("#hbc-reports").inner_text()
    page.close()


@pytest.fixture
def small_web(tmp_path: Path, embedder: Embedder) -> Iterator[tuple[str, Settings]]:
    """The UI over a temporary one-report corpus, so the admin tab may add to it."""
    (tmp_path / "reports").mkdir()
    shutil.copy(REPO / "corpus" / "reports" / "001_cfc09c4d7094a6ed.txt", tmp_path / "reports")
    settings = make_settings(tmp_path, tmp_path / "reports")
    build_index(settings, embedder)
    holder = ServiceHolder(make_service(settings, embedder))
    with serve(settings, embedder, holder, tmp_path) as url:
        yield url, settings


@pytest.mark.slow
def test_admin_uploads_a_pdf_checks_its_metadata_and_it_answers_with_the_page(
    small_web: tuple[str, Settings], browser: object, tmp_path: Path
) -> None:
    url, settings = small_web
    pdf = text_pdf(
        tmp_path / "ha-giang-q1.pdf",
        ["UBND TỈNH HÀ GIANG\nSỞ NỘI VỤ\nSố: 31/BC-SNV Hà Giang, ngày 5 tháng 4 năm 2023\n"
         "BÁO CÁO\nKết quả công tác cải cách hành chính quý I năm 2023\n"
         "Công tác cải cách hành chính được các cơ quan, đơn vị của tỉnh quan tâm chỉ đạo.",
         "Tính đến ngày 31/3/2023, tỉnh Hà Giang cung cấp 812 dịch vụ công trực tuyến toàn "
         "trình trên Cổng dịch vụ công của tỉnh cho người dân và doanh nghiệp."],
    )  # fmt: skip
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page.goto(url)
    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.fill("#hbc-admin-pw", "pw-for-tests")
    page.get_by_role("button", name="Đăng nhập / Log in").click()
    page.wait_for_selector("#hbc-admin-msg >> text=✅", timeout=15_000)
    page.get_by_role("tab", name="Thêm báo cáo / Add a report").click()
    assert "Thả tệp vào đây" in page.locator("#hbc-upload").inner_text()  # Gradio's words in VI
    page.locator("#hbc-upload input[type=file]").set_input_files(str(pdf))
    page.wait_for_timeout(1500)  # the upload finishes before the file can be read
    page.get_by_role("button", name="Đọc tệp / Read the file").click()
    page.wait_for_selector("#hbc-admin-msg >> text=check, then Add", timeout=60_000)
    assert page.input_value("#hbc-new-province textarea") == "Hà Giang"
    assert page.input_value("#hbc-new-number textarea") == "31/BC-SNV"
    page.fill("#hbc-new-signer textarea", "Nguyễn Văn A")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-admin-read.png"), full_page=True)
    page.get_by_role("button", name="Thêm và lập chỉ mục / Add and index").click()
    page.wait_for_selector("#hbc-admin-msg >> text=✅ ha-giang-q1", timeout=120_000)
    assert read_metadata(settings.corpus.metadata)["ha-giang-q1"].signer == "Nguyễn Văn A"
    page.get_by_role("tab", name="Hỏi đáp / Ask").click()
    # The filters offer the new province and year, on this page loaded before the add.
    page.get_by_text("Bộ lọc (tỉnh, năm)").click()
    assert _filter_options(page, "hbc-province") == ["Hà Giang", "Hà Tĩnh"]
    assert "2023" in _filter_options(page, "hbc-year")
    box = "#hbc-question textarea"
    page.fill(box, "Hà Giang có bao nhiêu dịch vụ công toàn trình?")
    page.press(box, "Enter")
    page.wait_for_function(
        "document.querySelector('#hbc-sources').innerText.includes('trang 2')", timeout=60_000
    )
    assert "812" in page.locator("#hbc-chat").inner_text()
    # The card links the original PDF, opened at the cited page.
    link = page.locator("#hbc-sources a[href*='hbc/original/']").first
    assert link.get_attribute("href") == "hbc/original/ha-giang-q1.pdf#page=2"
    assert "trang 2" in link.inner_text()
    got = httpx.get(url + "hbc/original/ha-giang-q1.pdf")
    assert got.headers["content-type"] == "application/pdf"
    assert got.content == pdf.read_bytes()
    # The picker names reports by number and title; "Xoá thật" unticks after a removal.
    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.get_by_role("tab", name="Sửa, xoá / Edit, remove").click()
    page.locator("#hbc-pick input").click()
    option = page.get_by_role("option", name="31/BC-SNV — Hà Giang", exact=False)
    assert "Kết quả công tác cải cách hành chính quý I" in option.inner_text()
    option.click()
    page.locator("#hbc-confirm-rm input").check()
    page.get_by_role("button", name="Xoá báo cáo đã chọn / Remove the picked report").click()
    page.wait_for_selector("#hbc-admin-msg >> text=đã xoá", timeout=120_000)
    assert not page.locator("#hbc-confirm-rm input").is_checked()
    page.get_by_role("tab", name="Hỏi đáp / Ask").click()
    assert _filter_options(page, "hbc-province") == ["Hà Tĩnh"]
    page.close()


def _filter_options(page: object, elem_id: str) -> list[str]:
    """The choices a filter dropdown lists as soon as it is opened."""
    page.locator(f"#{elem_id} input").click()  # type: ignore[attr-defined]
    options = page.get_by_role("option")  # type: ignore[attr-defined]
    options.first.wait_for(timeout=5_000)
    names = [o.strip() for o in options.all_inner_texts()]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    return names


def test_source_cards_escape_report_text(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    html_out = source_cards(ans.citations, "vi", TEXT["vi"], set())
    assert "<mark>" in html_out
    assert "98/BC-STTTT" in html_out
    evil = replace(ans.citations[0], quote="<script>x</script>", context="a <script>x</script> b")
    assert "<script>" not in source_cards([evil], "en", TEXT["en"], set())


def test_comparison_chart_data() -> None:
    bars, line = comparison_chart(
        {"3": {"chart": [["Tuyên Quang", 75639.0], ["Đồng Tháp", 203566.0]]}}
    )
    assert bars["visible"] is True
    assert line["visible"] is False
    assert list(bars["value"]["side"]) == ["Tuyên Quang", "Đồng Tháp"]
    assert list(bars["value"]["value"]) == [75639.0, 203566.0]
    assert bars["y_lim"][0] == 0
    assert bars["sort"] == ["Tuyên Quang", "Đồng Tháp"]  # the answer's order
    # One place across periods: a line, periods in the answer's order (oldest first).
    periods = [["Quý I/2019", 60.0], ["6 tháng đầu năm 2022", 100.0]]
    bars, line = comparison_chart({"5": {"chart": periods, "line": True}})
    assert bars["visible"] is False
    assert line["visible"] is True
    assert line["sort"] == ["Quý I/2019", "6 tháng đầu năm 2022"]
    assert all(u["visible"] is False for u in comparison_chart({"3": {"chart": []}}))
    assert all(u["visible"] is False for u in comparison_chart({}))


@pytest.mark.slow
def test_comparison_table_and_chart(web: tuple[str, Path], browser: object) -> None:
    url, _ = web
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    page.goto(url)
    box = "#hbc-question textarea"
    page.wait_for_selector(box, timeout=30_000)
    page.fill(box, "So sánh số hồ sơ tiếp nhận của Tuyên Quang và Đồng Tháp")
    page.press(box, "Enter")
    page.wait_for_selector("#hbc-chat table", timeout=60_000)
    page.wait_for_selector("#hbc-chart", state="visible", timeout=30_000)
    table = page.locator("#hbc-chat table").last
    assert "Đồng Tháp" in table.inner_text()
    assert "| Số liệu |" not in page.locator("#hbc-chat").inner_text()  # no literal pipes
    # Both sides' figures bold, in the table's cells.
    bold = [b.inner_text() for b in table.locator("td strong").all()]
    assert "75.639" in bold
    assert "203.566" in bold
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-comparison-chart.png"), full_page=True)
    page.close()
