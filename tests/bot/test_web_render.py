"""What the chat shows of an answer: report and model text escaped, our own markup only."""

from __future__ import annotations

from bot.answer import Answer, Citation
from bot.web import error_text
from bot.web_render import escape_md, render_answer, without_source_list

CITE = Citation(1, "002_x", "t", "98/BC-STTTT", "Sở TTTT", "23/5/2022", "II", "q", 1.0)


def _answer(text: str, figure: str = "1.044") -> Answer:
    return Answer("q?", text, False, (CITE,), figure=figure)


def test_markup_from_a_report_or_a_model_is_escaped() -> None:
    out = escape_md(
        "![t](http://x/track.png) <img src=x> <b>b</b> [l](https://evil.example/) "
        "https://evil.example/ www.evil.example a@b.example `code` ~~s~~ $x$ | c |"
    )
    assert out == (
        "\\!\\[t\\](http\\://x/track.png) \\<img src=x\\> \\<b\\>b\\</b\\> "
        "\\[l\\](https\\://evil.example/) https\\://evil.example/ www\\.evil.example "
        "a\\@b.example \\`code\\` \\~\\~s\\~\\~ \\$x\\$ \\| c \\|"
    )


def test_lines_that_would_become_lists_headings_or_quotes_stay_text() -> None:
    out = escape_md("- một\n+ hai\n* ba\n1. bốn\n2) năm\n# sáu\n> bảy\n=====")
    assert out.split("\n") == [
        "\\- một", "\\+ hai", "\\* ba", "1\\. bốn", "2\\) năm", "\\# sáu", "\\> bảy", "\\=====",
    ]  # fmt: skip
    assert escape_md("1.044 dịch vụ") == "1.044 dịch vụ"  # figures inside a line untouched


def test_only_the_figure_is_bold_and_only_known_citations_link() -> None:
    out = render_answer(
        _answer("**1.044** (Tuyên Quang) [1] [7] **khác**\n> - s6 dich vu <b>x</b>")
    )
    first, quote = out.split("\n")
    assert first == "**1.044** (Tuyên Quang) [\\[1\\]](#hbc-src-1) \\[7\\] khác"
    assert quote == "> \\- s6 dich vu \\<b\\>x\\</b\\>"


def test_the_source_list_is_left_to_the_side_panel() -> None:
    text = "**1.044** [1]\n> q\n\nNguồn:\n[1] 98/BC-STTTT, Sở TTTT; mục: II"
    assert without_source_list(text) == "**1.044** [1]\n> q"
    assert "98/BC-STTTT" not in render_answer(_answer(text))
    english = "**1.044** [1]\n\nSources:\n[1] 98/BC-STTTT"
    assert "Sources" not in render_answer(_answer(english))
    # No citations: nothing to show beside it, so nothing is cut.
    bare = Answer("q?", "Không tìm thấy.\n\nNguồn:\n(none)", True)
    assert "Nguồn" in render_answer(bare)


def test_refusals_are_worded_in_the_pages_language() -> None:
    long = "the question is too long (3000 characters, at most 2000)"
    assert error_text(long, "vi") == "câu hỏi quá dài (3000 ký tự, tối đa 2000)"
    assert error_text(long, "en") == long
    assert error_text("the question is empty; type what you want to know", "vi").startswith(
        "câu hỏi trống"
    )


def test_a_comparison_table_renders_as_a_table_with_every_figure_bold() -> None:
    cites = (CITE, Citation(2, "003_y", "t", "342/BC-VPUBND", "VP", "15/9/2022", "II", "q", 1.0))
    text = (
        "**So sánh**:\n\n| Tỉnh / kỳ | Số liệu | Nội dung | Nguồn |\n|---|---|---|---|\n"
        "| Tuyên Quang | **75.639** [1] | a <b>x</b> **khác** ![t](http://x/t.png) | [1] |\n"
        "| Đồng Tháp | **203.566** [2] | ~ tổng, 12,5% | [2] |\n\nNguồn:\n[1] 98/BC-STTTT"
    )
    lines = render_answer(Answer("q?", text, False, cites, figure="75.639")).split("\n")
    assert lines[2:] == [
        "| Tỉnh / kỳ | Số liệu | Nội dung | Nguồn |",
        "|---|---|---|---|",
        "| Tuyên Quang | **75.639** [\\[1\\]](#hbc-src-1) | "
        "a \\<b\\>x\\</b\\> khác \\!\\[t\\](http\\://x/t.png) | [\\[1\\]](#hbc-src-1) |",
        "| Đồng Tháp | **203.566** [\\[2\\]](#hbc-src-2) | \\~ tổng, 12,5% | [\\[2\\]](#hbc-src-2) |",
    ]
    # Pipes without a header rule are no table: they stay literal text.
    assert render_answer(_answer("| a | **b** |\n| c |")) == "\\| a \\| b \\|\n\\| c \\|"
