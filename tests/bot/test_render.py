"""The renderer: every shape an answer takes, in every target (golden files of real answers),
escaping of report and model text per target, and the one citation label."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from bot import render
from bot.web_page import TEXT
from bot.web_render import source_cards
from core.result import Answer, Citation, FigureCandidate
from tests.helpers.fake_bot_api import html_problem
from tests.helpers.golden_answers import GOLDEN, answer_from_json

CASES = sorted(p.name.removesuffix(".answer.json") for p in GOLDEN.glob("*.answer.json"))
ORIGINALS = {"002_x.pdf"}  # the hostile case's report has its PDF kept


def _golden(case: str) -> Answer:
    return answer_from_json(json.loads((GOLDEN / f"{case}.answer.json").read_text("utf-8")))


def _targets(ans: Answer) -> dict[str, str]:
    lang = "en" if ans.language == "en" else "vi"
    return {
        "web.md": render.markdown(ans),
        "cards.html": source_cards(ans.citations, lang, TEXT[lang], ORIGINALS),
        "telegram.html": render.telegram(ans),
        "cli.txt": render.plain(ans),
    }


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    for target, out in _targets(_golden(case)).items():
        path = GOLDEN / f"{case}.{target}"
        if update_goldens:
            path.write_text(out + "\n", encoding="utf-8")
        assert out + "\n" == path.read_text("utf-8"), path.name


def test_goldens_cover_every_shape() -> None:
    answers = [_golden(case) for case in CASES]
    intents = {a.intent for a in answers}
    assert {"figure", "percent", "comparison", "section", "report_fact", "smalltalk"} <= intents
    assert any(render.is_unsure(a) for a in answers)
    assert any(a.abstained and a.citations for a in answers)  # not found, nearest passages
    assert len(CASES) >= 25


# ---------------------------------------------------------------------------------------------
# Hand-made answers, one per shape

CITE = Citation(
    1, "002_x", "t", "98/BC-STTTT", "Sở TTTT Tuyên Quang", "23/5/2022",
    "II. Kết quả", "số dịch vụ công mức độ 4 là: 1.044", 1.0, line_start=266, line_end=275,
)  # fmt: skip
CITE2 = replace(CITE, n=2, number="", date="", period="Quý I/2019", quote="còn 36 dịch vụ")
HOSTILE = (
    "![x](http://evil.example/t.png) <img src=x onerror=alert(1)> [bấm](https://evil.example/) "
    "<b>b</b> https://evil.example/a www.evil.com a@evil.vn \x1b]0;title\x07\x1b[31mred"
)


def _figure(
    text: str = "**1.044** (Tuyên Quang, tính đến 20/5/2022) [1]\n> " + CITE.quote,
) -> Answer:
    return Answer("q?", text + "\n\nNguồn:\n[1] x", False, (CITE,), figure="1.044",
                  intent="figure", counts="dịch vụ công mức độ 4",
                  holds_for="Tuyên Quang, tính đến 20/5/2022")  # fmt: skip


def _hedge(counts: str = "số dịch vụ công mức độ 4") -> Answer:
    options = (
        FigureCandidate("1.044", counts, "Tuyên Quang, tính đến 20/5/2022", CITE),
        FigureCandidate("36", "dịch vụ công cấp huyện", "Quý I/2019", CITE2),
    )
    return Answer("q?", "(the answerer's own words)", False, (CITE, CITE2), candidates=options,
                  intent="figure")  # fmt: skip


def _not_found() -> Answer:
    text = (
        "Không tìm thấy trong các báo cáo. Các đoạn gần nhất:\n"
        f"[1] {CITE.agency}, {CITE.date} — {CITE.section}: “{CITE.quote}”\n"
        f"[2] {CITE2.agency}, {CITE2.period} — {CITE2.section}: “{CITE2.quote}”"
    )
    return Answer("q?", text, True, (CITE, CITE2), intent="figure")


def test_figure_answer_bold_figure_marker_and_sources_in_every_target() -> None:
    ans = _figure()
    md = render.markdown(ans)
    assert md.startswith("**1.044** (Tuyên Quang, tính đến 20/5/2022) [\\[1\\]](#hbc-src-1)\n> ")
    assert "Nguồn" not in md  # the source cards list them
    tg = render.telegram(ans)
    assert tg.startswith("<b>1.044</b> (Tuyên Quang, tính đến 20/5/2022) [1]\n<i>“số dịch vụ")
    assert tg.endswith(
        "<b>Nguồn:</b>\n[1] 98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022; II. Kết quả"
    )
    text = render.plain(ans)
    assert text.startswith("**1.044** (Tuyên Quang, tính đến 20/5/2022) [1]\n> số dịch vụ")
    assert text.endswith(
        "Nguồn:\n[1] 98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022; mục: II. Kết quả; dòng 266–275"
    )
    english = render.plain(replace(ans, language="en"))
    assert english.endswith("Sources:\n[1] 98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022; "
                            "section: II. Kết quả; lines 266–275")  # fmt: skip


def test_only_the_stated_figure_is_bold() -> None:
    # A bold heading, a bold figure the answer does not state, an unknown [7]: all plain text.
    ans = _figure("**So sánh**: **36** và **1.044** [1] [7]")
    assert render.markdown(ans) == "So sánh: 36 và **1.044** [\\[1\\]](#hbc-src-1) \\[7\\]"
    assert render.telegram(ans).split("\n")[0] == "So sánh: 36 và <b>1.044</b> [1] [7]"
    assert render.plain(ans).split("\n")[0] == "So sánh: 36 và **1.044** [1] [7]"


def test_each_sides_figure_line_is_bold_when_its_quote_holds_it() -> None:
    text = "**1.044** (Tuyên Quang) [1]\n> … 1.044 …\n\n**120** (Hải Dương) [1]\n> … 120;"
    ans = _figure(text)
    assert re.findall(r"\*\*([^*]+)\*\*", render.markdown(ans)) == ["1.044", "120"]
    assert re.findall(r"<b>([^<]+)</b>", render.telegram(ans))[:2] == ["1.044", "120"]
    # A bold number whose next line does not quote it is not a figure line.
    assert "**99**" not in render.markdown(_figure("**99** (Hải Dương) [1]\n> … 120;"))


def test_unsure_answer_is_told_from_its_candidates_with_no_bold() -> None:
    ans = _hedge(counts="hồ sơ **đúng hạn** [2] <img src=x>")
    md = render.markdown(ans)
    assert md.split("\n") == [
        "Chưa chắc chắn — các số liệu có thể phù hợp:",
        "\\- 1.044 — “hồ sơ \\*\\*đúng hạn\\*\\* \\[2\\] \\<img src=x\\>” "
        "(Tuyên Quang, tính đến 20/5/2022) [\\[1\\]](#hbc-src-1)",
        "\\- 36 — “dịch vụ công cấp huyện” (Quý I/2019) [\\[2\\]](#hbc-src-2)",
    ]
    assert "(the answerer's own words)" not in md
    tg = render.telegram(ans)
    assert "<b>" not in tg.split("\n\n<b>Nguồn:</b>")[0]  # no figure in bold
    assert "“hồ sơ **đúng hạn** [2] &lt;img src=x&gt;”" in tg
    assert render.plain(replace(ans, language="en")).startswith(
        "Not sure — the figures that may fit:\n- 1.044 — “hồ sơ **đúng hạn** [2] <img src=x>”"
    )


def test_not_found_lists_the_nearest_passages_from_their_citations() -> None:
    ans = _not_found()
    text = render.plain(ans)
    assert text.split("\n") == [
        "Không tìm thấy trong các báo cáo. Các đoạn gần nhất:",
        "[1] 98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022 — II. Kết quả: "
        "“số dịch vụ công mức độ 4 là: 1.044”",
        "[2] (không số), Sở TTTT Tuyên Quang, Quý I/2019 — II. Kết quả: “còn 36 dịch vụ”",
    ]  # the passages are the source list: no second one
    tg = render.telegram(ans)
    assert "<b>" not in tg
    assert "Nguồn:" not in tg
    assert render.markdown(ans).split("\n")[2].startswith("[\\[2\\]](#hbc-src-2) (không số), ")


def test_a_table_is_a_table_on_the_web_monospace_in_telegram_pipes_in_plain_text() -> None:
    text = (
        "**So sánh**:\n\n| Tỉnh | Số liệu | Nội dung | Thời điểm | Nguồn |\n|---|---|---|---|---|\n"
        "| Tuyên Quang | **1.044** [1] | a <b>x</b> | 20/5/2022 | [1] |\n"
        "| Hà Tĩnh | **658** [2] | b | 2022 | [2] |"
    )
    ans = Answer("q?", text, False, (CITE, CITE2), figure="1.044", intent="comparison")
    md = render.markdown(ans).split("\n")
    assert md[2:4] == ["| Tỉnh | Số liệu | Nội dung | Thời điểm | Nguồn |", "|---|---|---|---|---|"]
    assert md[4] == (
        "| Tuyên Quang | **1.044** [\\[1\\]](#hbc-src-1) | a \\<b\\>x\\</b\\> | 20/5/2022 "
        "| [\\[1\\]](#hbc-src-1) |"
    )
    assert md[5].startswith("| Hà Tĩnh | **658** ")  # every side's figure bold
    pre = render.telegram(ans).split("<pre>")[1].split("</pre>")[0].split("\n")
    assert [row.split()[0] for row in pre] == ["Tỉnh", "Tuyên", "Hà"]
    assert "Nội dung" not in pre[0]  # the wide column is left to /sources N
    assert "| Tuyên Quang | **1.044** [1] | a <b>x</b> | 20/5/2022 | [1] |" in render.plain(ans)


def test_a_model_table_of_any_width_renders_in_telegram() -> None:
    # Before: a two-column table in a model's answer crashed Telegram's formatter (ValueError).
    ans = Answer("q?", "Bảng:\n| x | y |\n|---|---|\n| a | **1** |", False, (CITE,), figure="1")
    out = render.telegram(ans)
    assert "<pre>x  y\na  1</pre>" in out
    assert html_problem(out) == ""


def test_small_talk_has_no_source_list() -> None:
    ans = Answer("xin chào", "Xin chào!\n\nBạn có thể hỏi, ví dụ:\n- Câu một?", True, (),
                 intent="smalltalk")  # fmt: skip
    assert render.plain(ans) == ans.text
    assert render.telegram(ans) == "Xin chào!\n\nBạn có thể hỏi, ví dụ:\n- Câu một?"
    assert render.markdown(ans).split("\n")[-1] == "\\- Câu một?"


def test_a_long_model_answer_is_cut_before_it_is_read() -> None:
    ans = Answer("q?", "chữ " * 100_000, False, (CITE,), figure="")
    out = render.telegram(ans, max_chars=1000)
    assert len(out) < 1200
    assert out.split("\n")[0].endswith("…")


# ---------------------------------------------------------------------------------------------
# Escaping: report and model text never becomes markup in any target


def _hostile_answer() -> Answer:
    cit = replace(CITE, agency=HOSTILE, section=HOSTILE, quote=HOSTILE)
    text = f"**1.044** {HOSTILE} [1]\n> {HOSTILE}\n- {HOSTILE}\n# {HOSTILE}"
    return Answer("q?", text, False, (cit,), figure="1.044")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(page)
    return p.tags


def test_web_markdown_has_no_image_link_or_html_but_ours() -> None:
    md = render.markdown(_hostile_answer())
    # CommonMark with raw HTML allowed: whatever the text could smuggle would come through.
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    tags = _tags(page)
    assert {t for t, _ in tags} <= {"p", "strong", "a", "blockquote"}, tags
    assert [a["href"] for t, a in tags if t == "a"] == ["#hbc-src-1"]
    assert [t for t, _ in tags].count("strong") == 1
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "![x](http://evil.example/t.png)" in shown  # shown as the text it is
    assert "<img src=x onerror=alert(1)>" in shown


def test_telegram_html_has_no_tag_or_link_but_ours() -> None:
    out = render.telegram(_hostile_answer())
    assert html_problem(out) == ""
    assert {t for t, _ in _tags(out)} <= {"b", "i", "code"}
    outside_code = re.sub(r"<code>.*?</code>", "", out)
    for linkish in ("http", "www.", "evil.com", "@evil"):
        assert linkish not in outside_code
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert out.count("<b>") == 2  # the figure and the source list's heading
    detail = render.citation_html(_hostile_answer().citations[0])
    assert html_problem(detail) == ""
    assert "&lt;img" in detail


def test_plain_text_lets_no_control_character_reach_the_terminal() -> None:
    out = render.plain(_hostile_answer())
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "<img src=x onerror=alert(1)>" in out  # a terminal shows markup as text
    assert all(c in "\n" or c.isprintable() for c in out)


def test_escape_md_keeps_figures_and_escapes_everything_else() -> None:
    out = render.escape_md(
        "![t](http://x/track.png) <img src=x> <b>b</b> [l](https://evil.example/) "
        "https://evil.example/ www.evil.example a@b.example `code` ~~s~~ $x$ | c |"
    )
    assert out == (
        "\\!\\[t\\](http\\://x/track.png) \\<img src=x\\> \\<b\\>b\\</b\\> "
        "\\[l\\](https\\://evil.example/) https\\://evil.example/ www\\.evil.example "
        "a\\@b.example \\`code\\` \\~\\~s\\~\\~ \\$x\\$ \\| c \\|"
    )
    out = render.escape_md("- một\n+ hai\n* ba\n1. bốn\n2) năm\n# sáu\n> bảy\n=====")
    assert out.split("\n") == [
        "\\- một", "\\+ hai", "\\* ba", "1\\. bốn", "2\\) năm", "\\# sáu", "\\> bảy", "\\=====",
    ]  # fmt: skip
    assert render.escape_md("1.044 dịch vụ") == "1.044 dịch vụ"


def test_the_source_list_is_read_from_the_citations_not_the_text() -> None:
    text = "**1.044** [1]\n> q\n\nNguồn:\n[1] 98/BC-STTTT, Sở khác; mục: II"
    assert render.without_source_list(text) == "**1.044** [1]\n> q"
    ans = Answer("q?", text, False, (CITE,), figure="1.044")
    assert "Sở khác" not in render.markdown(ans) + render.telegram(ans) + render.plain(ans)
    # No citations: nothing to list instead, so nothing is cut.
    bare = Answer("q?", "Không tìm thấy.\n\nNguồn:\n(none)", True)
    assert "Nguồn" in render.markdown(bare)


# ---------------------------------------------------------------------------------------------
# One citation label


def test_one_citation_label_on_cards_telegram_sources_and_plain_text() -> None:
    for c, en in ((CITE, False), (CITE2, False), (CITE2, True)):
        label = render.citation_label(c, en)
        ans = replace(_figure(), citations=(c,), language="en" if en else "vi")
        lang = "en" if en else "vi"
        assert html.escape(f"[{c.n}] {label}") in source_cards((c,), lang, TEXT[lang], set())
        assert html.escape(f"[{c.n}] {label};") in render.telegram(ans)
        assert f"[{c.n}] {label};" in render.plain(ans)
        assert render.source_line(c, en).startswith(f"[{c.n}] {label};")
    assert render.citation_label(CITE, False) == "98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022"
    assert render.citation_label(CITE2, False) == "(không số), Sở TTTT Tuyên Quang, Quý I/2019"
    assert render.citation_label(CITE2, True).startswith("(no number), ")
    assert render.citation_html(CITE).startswith(
        "<b>[1] 98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022</b>\n"
    )


def test_clip_cuts_at_a_word_and_never_leaves_a_dangling_dash() -> None:
    assert render.clip("một hai  ba", 20) == "một hai ba"
    assert render.clip("II. KẾT QUẢ – chi tiết dài", 13) == "II. KẾT QUẢ…"
    long = "x" * 50
    assert render.clip(f"ab {long}", 20) == "ab " + "x" * 16 + "…"  # no cut at "ab"
    assert len(render.clip("từ " * 100, 81)) <= 81


def test_the_markdown_file_has_the_sources_and_no_image_link_or_html() -> None:
    out = render.markdown_file(_hostile_answer())
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(out)
    assert {t for t, _ in _tags(page)} <= {"p", "strong", "blockquote", "ul", "li"}
    assert "Nguồn:\n\n- \\[1\\] 98/BC-STTTT, \\!\\[x\\]" in out
    assert "\\[1\\]" in out.split("\n")[0]  # a marker, not a link to a card the file lacks
    assert render.markdown_file(_not_found()).count("98/BC-STTTT") == 1  # listed once
