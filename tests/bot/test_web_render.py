"""What the web page shows beside an answer: source cards, refusals in the page's language.
The answer's own Markdown is tested with the renderer (tests/bot/test_render.py)."""

from __future__ import annotations

from dataclasses import replace

from markdown_it import MarkdownIt

from bot import render
from bot.answer import Answer, Citation
from bot.web_conversations import conversation_markdown
from bot.web_page import TEXT, error_text
from bot.web_render import render_text, source_cards

CITE = Citation(1, "002_x", "t", "98/BC-STTTT", "Sở TTTT", "23/5/2022", "II", "q", 1.0,
                context="trước q sau", page=4, line_start=3, line_end=5)  # fmt: skip


def test_refusals_are_worded_in_the_pages_language() -> None:
    long = "the question is too long (3000 characters, at most 2000)"
    assert error_text(long, "vi") == "câu hỏi quá dài (3000 ký tự, tối đa 2000)"
    assert error_text(long, "en") == long
    assert error_text("the question is empty; type what you want to know", "vi").startswith(
        "câu hỏi trống"
    )


def test_a_card_names_the_report_highlights_the_quote_and_links_the_pdf_page() -> None:
    card = source_cards((CITE,), "vi", TEXT["vi"], {"002_x.pdf"})
    assert "<summary>[1] 98/BC-STTTT, Sở TTTT, 23/5/2022</summary>" in card
    assert "Mục: II · trang 4, dòng 3–5 · 002_x" in card
    assert "<p>trước <mark>q</mark> sau</p>" in card
    assert 'href="hbc/original/002_x.pdf#page=4"' in card
    english = source_cards((replace(CITE, number=""),), "en", TEXT["en"], set())
    assert "<summary>[1] (no number), Sở TTTT, 23/5/2022</summary>" in english
    assert "href" not in english


def test_report_text_on_a_card_is_escaped() -> None:
    evil = replace(CITE, agency="<img src=x>", quote="<b>q</b>", context="<b>q</b>")
    card = source_cards((evil,), "vi", TEXT["vi"], set())
    assert "<img" not in card
    assert "<b>" not in card
    assert "&lt;img src=x&gt;" in card


def test_streamed_model_words_are_escaped() -> None:
    assert render_text("**x** <img src=x>") == "\\*\\*x\\*\\* \\<img src=x\\>"


def test_the_exported_conversation_escapes_questions_and_answers() -> None:
    evil = "![t](http://track.example/t.png) <img src=x>"
    ans = Answer(evil, f"**1.044** {evil} [1]", False, (CITE,), figure="1.044")
    stored = {"1": {"question": evil, "answer": ans.text, "export": render.markdown_file(ans)},
              "3": {"question": "cũ?", "answer": evil}}  # fmt: skip  (saved before the export)
    md = conversation_markdown(stored, "vi")
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    assert "<img" not in page
    assert "<a " not in page
    assert "**1.044** \\!\\[t\\]" in md
    assert "- \\[1\\] 98/BC-STTTT, Sở TTTT, 23/5/2022; mục: II; trang 4, dòng 3–5" in md
    assert md.index("cũ?") > md.index("1.044")
