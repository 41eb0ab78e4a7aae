"""The figure explorer tab and a comparison answer as a person uses them, in headless Chromium:
filter, search without diacritics, open a source, export CSV; the tab follows the language
switch and a new index generation; a comparison's table and chart, screenshotted."""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.admin import ServiceHolder
from bot.answer import AnswerService
from bot.compose import make_service
from bot.figure_table import FigureQuery
from bot.web_figures import EVENTS
from core.settings import Settings
from index.build import build_index
from index.embed import Embedder
from index.ingest import add, stage
from tests.conftest import REPO, make_settings
from tests.helpers.documents import text_pdf
from tests.helpers.web import dependencies, serve

pytestmark = pytest.mark.slow
TQ = "Tuyên Quang"
COUNT = "#hbc-fig-count"
SOURCE = "#hbc-fig-source"


@pytest.fixture(scope="module")
def site(
    service: AnswerService, seed_settings: Settings, embedder: Embedder,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:  # fmt: skip
    with serve(seed_settings, embedder, ServiceHolder(service), tmp_path_factory.mktemp("fw")) as url:
        yield url


def _screenshot(page: Any, name: str, tmp_path: Path, element: str | None = None) -> Path:
    """A PNG under the test's tmp dir, copied to $HBC_SCREENSHOTS when it is set."""
    path = tmp_path / name
    if element:
        page.locator(element).screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=True)
    folder = os.environ.get("HBC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / name)
    return path


# The count line itself, without Gradio's progress timer shown in the same box meanwhile.
COUNT_JS = f"(document.querySelector('{COUNT} .prose')?.innerText || '').trim()"


def _count(page: Any) -> str:
    return str(page.evaluate(COUNT_JS))


def _wait_count(page: Any, text: str) -> None:
    page.wait_for_function(
        f"{COUNT_JS}.startsWith({text!r})", timeout=30_000
    )


def _open_tab(page: Any, url: str, name: str = "Số liệu / Figures") -> None:
    page.goto(url)
    page.wait_for_selector("#hbc-question textarea", timeout=30_000)
    page.get_by_role("tab", name=name).click()
    page.wait_for_function(f"{COUNT_JS} !== ''", timeout=30_000)  # a count, or "none match"


def _pick(page: Any, box: str, option: str) -> None:
    page.locator(f"#hbc-fig-{box} input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def _search(page: Any, text: str) -> None:
    page.fill("#hbc-fig-search input", text)
    page.press("#hbc-fig-search input", "Enter")


def test_explorer_filters_opens_a_source_and_exports_csv(
    site: str, service: AnswerService, browser: Any, tmp_path: Path
) -> None:
    table = service.figure_table()
    page = browser.new_page(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    _open_tab(page, site)
    assert _count(page).startswith(f"{len(table.rows)} số liệu")

    _pick(page, "province", TQ)
    _wait_count(page, f"{len(table.select(FigureQuery(provinces=(TQ,))))} ")
    _search(page, "muc do 4")  # typed without diacritics; the reports say "mức độ 4"
    wanted = table.select(FigureQuery(provinces=(TQ,), text="muc do 4"))
    assert 1 < len(wanted) < 30
    _wait_count(page, f"{len(wanted)} số liệu")
    cells = page.locator("#hbc-fig-table [data-testid^='cell-'][data-testid$='-1']")
    shown = {c.strip() for c in cells.all_inner_texts()}
    assert shown == {TQ}

    # A row opens its source card: report number, section, lines, the quote in its paragraph,
    # and the OCR line one click away.
    figure = page.locator("#hbc-fig-table [data-testid='cell-0-4']").inner_text().strip()
    assert figure == wanted[0].fact.value
    page.locator("#hbc-fig-table [data-testid='cell-0-4']").click()
    page.wait_for_function(
        f"document.querySelector('{SOURCE}').innerText.includes('98/BC-STTTT')", timeout=15_000
    )
    card = page.locator(SOURCE)
    assert card.locator("strong").first.inner_text() == figure
    assert "Mục:" in card.inner_text()
    assert f"dòng {wanted[0].fact.line_start}–" in card.inner_text()
    assert figure in card.locator("mark").inner_text()
    ocr = card.locator("details.hbc-ocr")
    assert not ocr.evaluate("d => d.open")
    ocr.locator("summary").click()
    assert ocr.evaluate("d => d.open")
    assert table.citation(wanted[0]).quote_original[:30] in ocr.inner_text()
    _screenshot(page, "figures-source-vi.png", tmp_path)

    # CSV of the filtered rows.
    page.click("#hbc-fig-csv")
    page.wait_for_selector("#hbc-fig-file a", timeout=30_000)
    with page.expect_download() as download:
        page.locator("#hbc-fig-file a").first.click()
    saved = tmp_path / "figures.csv"
    download.value.save_as(saved)
    rows = list(csv.DictReader(saved.open(encoding="utf-8-sig")))
    assert [int(r["STT"]) for r in rows] == [r.n for r in wanted]
    assert {r["Tỉnh"] for r in rows} == {TQ}
    assert rows[0]["Số liệu"] == figure
    assert rows[0]["Số báo cáo"] == "98/BC-STTTT"
    assert [r["Mã số liệu"] for r in rows] == [w.fact.id for w in wanted]
    assert all(r["Câu trích"] and r["Câu gốc (OCR)"] for r in rows)
    page.close()


def test_explorer_follows_the_language_switch(
    site: str, browser: Any, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    _open_tab(page, site)
    _search(page, "1.044")
    _wait_count(page, "5 số liệu")
    page.locator("#hbc-fig-table [data-testid='cell-0-4']").click()
    page.wait_for_function(
        f"document.querySelector('{SOURCE}').innerText.includes('Mục:')", timeout=15_000
    )
    # The language switch is on the chat tab; the figures tab follows it.
    page.get_by_role("tab", name="Hỏi đáp / Ask").click()
    page.locator("#hbc-lang").get_by_text("English").click()
    page.get_by_role("tab", name="Số liệu / Figures").click()
    _wait_count(page, "5 figures")
    # The heading and the table re-render apart from the count: wait for each, then read.
    page.wait_for_function(
        "document.querySelector('#hbc-figures-tab').innerText.includes('Figures in the reports')"
        " && document.querySelector('#hbc-fig-table thead').innerText.includes('Province')",
        timeout=15_000,
    )
    assert "Figures in the reports" in page.locator("#hbc-figures-tab").inner_text()
    headers = page.locator("#hbc-fig-table thead").inner_text()
    assert "Province" in headers
    assert "Tỉnh" not in headers
    page.wait_for_function(
        f"document.querySelector('{SOURCE}').innerText.includes('Section:')", timeout=15_000
    )
    assert page.locator("#hbc-fig-csv").inner_text().strip() == "Download CSV"
    page.close()


def test_figure_events_stay_out_of_the_api(site: str) -> None:
    deps = {d["api_name"]: d for d in dependencies(site)}
    for name in EVENTS:
        assert deps[name]["api_visibility"] == "private", name
    from gradio_client import Client

    client = Client(site, verbose=False)
    assert list(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == [
        "/ask"
    ]


def test_comparison_question_shows_a_table_and_a_chart(
    site: str, browser: Any, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(site)
    box = "#hbc-question textarea"
    page.wait_for_selector(box, timeout=30_000)
    page.fill(box, "Tuyên Quang và Hải Dương, tỉnh nào có nhiều dịch vụ công trực tuyến mức độ 4 hơn?")
    page.press(box, "Enter")
    page.wait_for_selector("#hbc-chat table", timeout=60_000)
    page.wait_for_selector("#hbc-chart canvas, #hbc-chart svg", timeout=30_000)
    page.wait_for_timeout(1000)  # the chart's bars animate in
    rows = page.locator("#hbc-chat table tbody tr").all_inner_texts()
    assert any(TQ in r for r in rows)
    assert any("Hải Dương" in r for r in rows)
    assert page.locator("#hbc-chat table strong").count() >= 2  # each side's figure, bold
    shot = _screenshot(page, "comparison-chart.png", tmp_path, "#hbc-main")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000
    page.close()


def test_tab_follows_a_new_index_generation(
    tmp_path: Path, embedder: Embedder, browser: Any
) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    seed = REPO / "corpus" / "reports" / "002_e5e7f1c560f345ee.txt"
    (corpus / "tq.txt").write_text(seed.read_text("utf-8")[:3000], encoding="utf-8")
    settings = make_settings(tmp_path, corpus)
    build_index(settings, embedder)
    holder = ServiceHolder(
        make_service(settings, embedder), reload=lambda: make_service(settings, embedder),
        index_dir=settings.path(settings.index.dir),
    )  # fmt: skip
    with serve(settings, embedder, holder, tmp_path / "web") as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _open_tab(page, url)
        before = _count(page)
        page.locator("#hbc-fig-province input").click()
        assert page.get_by_role("option", name="Hà Giang").count() == 0
        page.keyboard.press("Escape")
        pdf = text_pdf(
            tmp_path / "hg.pdf",
            ["BÁO CÁO\nKết quả cải cách hành chính năm 2024 của tỉnh Hà Giang\n"
             "Công tác cải cách hành chính được các cơ quan, đơn vị quan tâm chỉ đạo thực hiện.",
             "Trong năm, tỉnh Hà Giang đã cấp 3.456 tài khoản định danh điện tử cho công dân "
             "trên địa bàn tỉnh; các sở, ban, ngành đã phối hợp thực hiện."],
        )  # fmt: skip
        staged, refused = stage(settings, [pdf])  # `python -m index add`, another process
        assert not refused
        add(settings, embedder, staged)
        _search(page, "3.456")  # the next filter change reads the new generation
        _wait_count(page, "1 số liệu")
        assert page.locator("#hbc-fig-table [data-testid='cell-0-1']").inner_text() == "Hà Giang"
        page.locator("#hbc-fig-province input").click()
        assert page.get_by_role("option", name="Hà Giang").count() == 1
        page.keyboard.press("Escape")
        _search(page, "")
        page.wait_for_function(
            f"/^[0-9.]+ /.test({COUNT_JS}) && {COUNT_JS} !== {before!r}", timeout=30_000
        )
        page.close()


SHAPES = (
    ("compare", "Tuyên Quang và Hải Dương, tỉnh nào có nhiều dịch vụ công trực tuyến mức độ 4 hơn?",
     "#hbc-chart", "#hbc-line"),
    ("timeline", "Số tin bài trên Cổng thông tin điện tử của Hà Tĩnh qua các năm", "#hbc-line",
     "#hbc-chart"),
)  # fmt: skip


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1400])
def test_comparison_and_timeline_fit_the_screen(
    site: str, browser: Any, tmp_path: Path, width: int, scheme: str
) -> None:
    # A comparison is bars, a timeline (one province across its periods) a line; on a phone
    # the table stacks into one card per row inside the chat bubble: nothing is cut off.
    for name, question, chart, other in SHAPES:
        # a page of its own (its own browser storage): a new conversation, not the last one
        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page.goto(site)
        box = "#hbc-question textarea"
        page.wait_for_selector(box, timeout=30_000)
        page.fill(box, question)
        page.press(box, "Enter")
        page.wait_for_selector("#hbc-chat table", timeout=60_000)
        page.wait_for_selector(f"{chart} canvas, {chart} svg", timeout=30_000)
        page.wait_for_timeout(1000)  # the chart draws in
        assert not page.locator(other).is_visible()
        table = page.locator("#hbc-chat table").last
        cells = table.locator("td").all()
        chat = page.locator("#hbc-chat").bounding_box()
        for cell in cells:
            b = cell.bounding_box()
            if b is not None and b["width"] > 0:
                assert b["x"] + b["width"] <= chat["x"] + chat["width"] + 1, (name, width)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if width <= 640:  # stacked: the side and its figure one under the other
            first, figure = cells[0].bounding_box(), cells[1].bounding_box()
            assert figure["y"] >= first["y"] + first["height"] - 1
        _screenshot(page, f"{name}-{width}-{scheme}.png", tmp_path)
        page.close()
