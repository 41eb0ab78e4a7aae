"""The chat page as a person uses it, in headless Chromium: light and dark, desktop and 390 px."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.admin import ServiceHolder
from bot.answer import Answer, AnswerService, Citation
from core.settings import Settings
from index.retrieve import Filters
from tests.bot.test_web import ARTIFACTS
from tests.bot.test_web_security import small  # noqa: F401  (the fixture)
from tests.helpers.web import PASSWORD, admin_cookie, serve

pytestmark = pytest.mark.slow
QUESTION = "Sàn giao dịch TMĐT tỉnh Hà Tĩnh có bao nhiêu doanh nghiệp thành viên?"
BOX = "#hbc-question textarea"


class ScriptedService(AnswerService):
    """The real service's index with one scripted answer: what a poisoned report or a model
    could put in an answer's text."""

    def __init__(self, real: AnswerService, text: str, citations: tuple[Citation, ...]) -> None:
        super().__init__(real.retriever, real.answerer, real.max_question_chars)
        self.text, self.citations = text, citations

    def stream(
        self, question: str, history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None, mode: str | None = None,
    ) -> Iterator[str | Answer]:  # fmt: skip
        yield Answer(question, self.text, False, self.citations, figure="494")


@pytest.fixture(scope="module")
def site(small: tuple[Settings, ServiceHolder, Path], embedder: Any) -> Iterator[str]:  # noqa: F811
    settings, holder, tmp = small
    with serve(settings, embedder, holder, tmp / "ui") as url:
        yield url


def _ask(page: Any, url: str, question: str = QUESTION) -> None:
    page.goto(url)
    page.wait_for_selector(BOX, timeout=30_000)
    page.fill(BOX, question)
    page.press(BOX, "Enter")
    page.wait_for_function(
        "document.querySelector('#hbc-sources')?.innerText?.includes('Sở Thông tin')",
        timeout=30_000,
    )


def test_report_and_model_markup_is_shown_as_text(
    small: tuple[Settings, ServiceHolder, Path],  # noqa: F811
    embedder: Any,
    browser: Any,
) -> None:
    settings, holder, tmp = small
    real = holder.service
    cite = replace(
        real.answer(QUESTION).citations[0], n=1, quote="- dòng gạch đầu", context="- dòng gạch đầu"
    )
    with serve(settings, embedder, ServiceHolder(real), tmp / "evil") as url:
        track = url + "track.png"
        text = (
            f"**494** (Hà Tĩnh) [1] <b>đậm</b> [link](https://evil.example/) "
            f'https://evil.example/ www.evil.example <img src="{track}">\n'
            f"> - dòng gạch đầu ![t]({track})\n> 1. dòng thứ hai\n\nNguồn:\n[1] 428/KH-UBND, Sở"
        )
        holder_evil = ServiceHolder(ScriptedService(real, text, (cite,)))
        with serve(settings, embedder, holder_evil, tmp / "evil2") as evil_url:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            fetched: list[str] = []
            page.on("request", lambda r: fetched.append(r.url))
            _ask(page, evil_url)
            page.wait_for_timeout(500)
            msg = page.locator("#hbc-chat .message.bot, #hbc-chat [data-testid='bot']").last
            shown = msg.inner_text()
            assert "<b>đậm</b>" in shown
            assert "https://evil.example/" in shown
            assert "![t](" in shown
            inner = msg.inner_html()
            assert "<img" not in inner
            assert "<b>" not in inner
            assert "<li" not in inner  # "- " and "1." lines in a quote are not list items
            hrefs = page.evaluate(
                "[...document.querySelectorAll('#hbc-chat a')].map(a => a.getAttribute('href'))"
            )
            assert hrefs == ["#hbc-src-1"]
            assert msg.locator("strong").inner_text() == "494"
            assert not any("track.png" in u for u in fetched)
            # The side panel lists the sources; the answer does not repeat them.
            assert "Nguồn:" not in shown
            assert "428/KH-UBND, Sở" not in shown
            page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_citation_marker_scrolls_to_its_card_and_quote_is_readable(
    site: str,
    browser: Any,
    scheme: str,
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 700}, color_scheme=scheme)
    _ask(page, site)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{scheme}.png"), full_page=True)
    colours = page.evaluate(
        """() => { const m = document.querySelector('#hbc-sources mark');
        const s = getComputedStyle(m); return [s.color, s.backgroundColor]; }"""
    )
    assert _contrast(*colours) >= 4.5, colours
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("#hbc-chat a[href='#hbc-src-1']").last.click()
    page.wait_for_timeout(800)
    top = page.evaluate("document.querySelector('#hbc-src-1').getBoundingClientRect().top")
    assert 0 <= top < 700
    page.close()


def _contrast(fg: str, bg: str) -> float:
    def lum(css: str) -> float:
        r, g, b = (int(x) / 255 for x in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_layout_puts_sources_right_after_the_chat(
    site: str,
    browser: Any,
    scheme: str,
) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    _ask(page, site)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-390-{scheme}.png"), full_page=True)
    # No floating "Chatbot" label over the answer.
    assert page.locator("#hbc-chat label, #hbc-chat [data-testid='block-label']").count() == 0
    assert "Chatbot" not in page.locator("#hbc-chat").inner_text()
    sources = page.locator("#hbc-sources").bounding_box()
    comment = page.locator("#hbc-conversations").bounding_box()
    assert sources["y"] < 1000
    assert sources["y"] < comment["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def test_vietnamese_page_is_vietnamese_and_toggle_redraws_cards(
    site: str,
    browser: Any,
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    page.goto(site)
    page.wait_for_selector(BOX, timeout=30_000)
    page.wait_for_timeout(500)
    assert page.evaluate("document.documentElement.lang") == "vi"
    page.wait_for_selector("#hbc-sources .hbc-empty", timeout=15_000)
    assert page.locator("#hbc-sources .hbc-empty").inner_text() == "Chưa có nguồn: hãy đặt câu hỏi."
    _ask(page, site)
    assert "Mục:" in page.locator("#hbc-sources").inner_text()
    body = page.locator("#hbc-ask-tab").inner_text()
    assert "Chatbot" not in body
    # Gradio's own words too.
    assert page.locator("#hbc-chat button[aria-label='Hữu ích']").count() == 1
    assert page.locator("#hbc-chat button[aria-label='Xoá']").count() == 1
    page.get_by_label("English").check()
    page.wait_for_function(
        "document.querySelector('#hbc-sources')?.innerText?.includes('Section:')", timeout=15_000
    )
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_label("Tiếng Việt").check()
    page.wait_for_function(
        "document.querySelector('#hbc-sources')?.innerText?.includes('Mục:')", timeout=15_000
    )
    assert page.evaluate("document.documentElement.lang") == "vi"
    page.close()


def test_clear_empties_the_cards(site: str, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _ask(page, site)
    page.locator("#hbc-chat button[aria-label='Xoá']").click()
    page.wait_for_function(
        "document.querySelector('#hbc-sources')?.innerText?.includes('Chưa có nguồn')",
        timeout=15_000,
    )
    assert page.locator("#hbc-sources .hbc-card").count() == 0
    page.close()


def test_rating_once_undo_thanks_near_the_thumbs_and_admin_table(
    site: str,
    small: tuple[Settings, ServiceHolder, Path],  # noqa: F811
    browser: Any,
) -> None:
    _, _, tmp = small
    db = tmp / "ui" / "fb.sqlite3"
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _ask(page, site)

    def rows() -> list[tuple[int, str]]:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT rating, question FROM feedback").fetchall()

    like = page.get_by_role("button", name="Hữu ích", exact=True).last
    thumbs = like.bounding_box()
    like.click()
    page.wait_for_function(
        "document.querySelector('#hbc-status')?.innerText?.includes('Cảm ơn')", timeout=15_000
    )
    status = page.locator("#hbc-status").bounding_box()
    assert abs(status["y"] - (thumbs["y"] + thumbs["height"])) < 200
    assert rows() == [(1, QUESTION)]
    # Clicking the thumb again undoes it: no row, not a -1.
    page.get_by_role("button", name="Liked", exact=True).last.click()
    page.wait_for_function(
        "document.querySelector('#hbc-status')?.innerText?.includes('Đã bỏ')", timeout=15_000
    )
    assert rows() == []
    page.get_by_role("button", name="Không hữu ích", exact=True).last.click()
    page.wait_for_function(
        "document.querySelector('#hbc-status')?.innerText?.includes('Cảm ơn')", timeout=15_000
    )
    page.fill("#hbc-comment textarea", "thiếu số liệu quý II")
    page.get_by_role("button", name="Gửi góp ý").click()
    page.wait_for_function(
        "document.querySelector('#hbc-status')?.innerText?.includes('góp ý')", timeout=15_000
    )
    assert rows() == [(-1, QUESTION)]
    # The admin sees the rated answer and its sources, and can export them.
    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.fill("#hbc-admin-pw", PASSWORD)
    page.press("#hbc-admin-pw", "Enter")
    page.wait_for_selector("#hbc-admin-msg >> text=✅", timeout=30_000)
    page.get_by_role("tab", name="Góp ý / Feedback").click()
    page.get_by_role("button", name="Tải góp ý / Load feedback").click()
    page.wait_for_function(
        "document.querySelector('#hbc-feedback')?.innerText?.includes('thiếu số liệu')",
        timeout=15_000,
    )
    table = page.locator("#hbc-feedback").inner_text()
    assert "494" in table
    assert "[1]" in table
    assert "Sở Thông tin" in table
    with page.expect_download() as download:
        page.locator("#hbc-feedback-csv").click()
    csv_text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert csv_text.startswith("id,ts,rating,question,answer,sources,comment")
    assert "thiếu số liệu quý II" in csv_text
    assert httpx.get(site + "hbc/admin/feedback.csv").status_code == 403
    assert httpx.get(site + "hbc/admin/feedback.csv", cookies=admin_cookie(site)).status_code == 200
    page.close()


def test_conversation_survives_a_reload_and_exports_as_markdown(
    site: str,
    browser: Any,
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    _ask(page, site)
    page.wait_for_function(
        "document.querySelector('#hbc-past input')?.value?.includes('Sàn giao dịch')",
        timeout=15_000,
    )
    page.reload()
    page.wait_for_function(
        "document.querySelector('#hbc-chat')?.innerText?.includes('Sàn giao dịch')",
        timeout=30_000,
    )
    assert "494" in page.locator("#hbc-chat").inner_text()
    assert "Sở Thông tin" in page.locator("#hbc-sources").inner_text()
    with page.expect_download() as download:
        page.locator("#hbc-export").click()
    md = Path(download.value.path()).read_text(encoding="utf-8")
    assert f"**Hỏi:** {QUESTION}" in md
    assert "494" in md
    # A new conversation starts empty; the old one is still in the list.
    page.locator("#hbc-new").click()
    page.wait_for_function(
        "!document.querySelector('#hbc-chat')?.innerText?.includes('Sàn giao dịch')",
        timeout=15_000,
    )
    page.locator("#hbc-past input").click()
    page.get_by_role("option", name=QUESTION[:40], exact=False).first.click()
    page.wait_for_function(
        "document.querySelector('#hbc-chat')?.innerText?.includes('Sàn giao dịch')",
        timeout=15_000,
    )
    context.close()
