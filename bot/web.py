"""Gradio web UI: chat with streamed, cited answers, source cards, filters, feedback, admin tab.

Talks only to the answer service (through a ServiceHolder), the feedback store and the admin
actions; it imports neither chromadb nor llama-index.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import gradio as gr

from bot.admin import EDITABLE, Admin, ServiceHolder, report_rows
from bot.answer import Answer, Citation
from bot.extractive import where
from bot.feedback import FeedbackStore
from index.errors import HbcError
from index.retrieve import Filters

log = logging.getLogger(__name__)

EXAMPLES = (
    "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?",
    "Đồng Tháp tiếp nhận bao nhiêu phản ánh kiến nghị trong quý III/2022?",
    "What was Hai Duong's PAR INDEX 2021 score?",
)
TEXT = {
    "vi": {
        "title": "## Hỏi Báo Cáo — hỏi đáp báo cáo cải cách hành chính",
        "placeholder": "Nhập câu hỏi (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh)…",
        "send": "Gửi",
        "province": "Tỉnh",
        "year": "Năm",
        "sources": "### Nguồn trích dẫn",
        "no_sources": "_Chưa có nguồn: hãy đặt câu hỏi._",
        "comment": "Góp ý cho câu trả lời vừa đánh giá (không bắt buộc)",
        "send_comment": "Gửi góp ý",
        "thanks": "Cảm ơn góp ý của bạn.",
        "error": "Xin lỗi, đã có lỗi khi trả lời. Vui lòng thử lại.",
        "section": "Mục",
    },
    "en": {
        "title": "## Hỏi Báo Cáo — ask the administrative-reform reports",
        "placeholder": "Type a question (Vietnamese with or without diacritics, or English)…",
        "send": "Send",
        "province": "Province",
        "year": "Year",
        "sources": "### Sources",
        "no_sources": "_No sources yet: ask a question._",
        "comment": "Comment on the answer you just rated (optional)",
        "send_comment": "Send comment",
        "thanks": "Thank you for your feedback.",
        "error": "Sorry, something went wrong while answering. Please try again.",
        "section": "Section",
    },
}
CSS = """
.hbc-card { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px; margin: 6px 0; }
.hbc-card summary { font-weight: 600; cursor: pointer; }
.hbc-card mark { background: #fff3a3; padding: 0 2px; }
.hbc-meta { color: #57606a; font-size: 0.9em; }
"""


def _lang(choice: str) -> str:
    return "en" if choice == "English" else "vi"


def source_cards(citations: tuple[Citation, ...] | list[Citation], lang: str) -> str:
    """Numbered, expandable source cards; the quoted line highlighted in its paragraph."""
    t = TEXT[lang]
    if not citations:
        return t["no_sources"]
    cards = []
    for c in citations:
        context = c.context or c.quote
        i = context.find(c.quote)
        if i >= 0:
            para = (
                html.escape(context[:i])
                + f"<mark>{html.escape(c.quote)}</mark>"
                + html.escape(context[i + len(c.quote) :])
            )
        else:
            para = f"<mark>{html.escape(c.quote)}</mark>"
        head = html.escape(f"[{c.n}] {c.number or c.period} — {c.agency}, {c.date or c.period}")
        meta = html.escape(
            f"{t['section']}: {c.section} · {where(c, lang == 'en')} · {c.report_id}"
        )
        cards.append(
            f'<details class="hbc-card" open><summary>{head}</summary>'
            f'<div class="hbc-meta">{meta}</div><p>{para}</p></details>'
        )
    return "\n".join(cards)


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    if isinstance(content, list):
        return " ".join(_text_of(c) for c in content)
    return ""


def _pairs(history: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(question, answer) turns from Gradio's message list."""
    out: list[tuple[str, str]] = []
    question = ""
    for msg in history:
        if msg.get("role") == "user":
            question = _text_of(msg.get("content"))
        elif msg.get("role") == "assistant" and question:
            out.append((question, _text_of(msg.get("content"))))
            question = ""
    return out


def _example_text(data: gr.SelectData) -> str:
    value = data.value
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


def comparison_chart(answers: dict[int, dict[str, Any]]) -> Any:
    """The last answer's comparison as a bar chart beside the table (issue #16); hidden when
    the last answer is not a comparison."""
    import pandas as pd

    last = answers[max(answers)] if answers else {}
    chart = last.get("chart") or []
    if len(chart) < 2:
        return gr.update(visible=False, value=None)
    frame = pd.DataFrame({"side": [c[0] for c in chart], "value": [c[1] for c in chart]})
    # Bars start at zero: a cut axis would make one side look many times the other.
    top = max(float(c[1]) for c in chart) * 1.1 or 1.0
    return gr.update(visible=True, value=frame, y_lim=[0, top])


def build_ui(
    holder: ServiceHolder,
    feedback: FeedbackStore,
    admin: Admin | None = None,
    admin_password: str = "",
    max_upload_mb: int = 20,
) -> gr.Blocks:
    """The whole app; launch it with `.launch(server_name=..., server_port=...)`."""
    index = holder.service.retriever.index
    provinces = sorted({r.province for r in index.reports.values() if r.province})
    years = sorted({str(r.year) for r in index.reports.values() if r.year}, reverse=True)

    def respond(
        message: str,
        history: list[dict[str, Any]],
        province: list[str] | None,
        year: list[str] | None,
        lang_choice: str,
        answers: dict[int, dict[str, Any]],
    ) -> Iterator[tuple[list[dict[str, Any]], str, str, dict[int, dict[str, Any]]]]:
        lang = _lang(lang_choice)
        history = list(history or [])
        if not (message or "").strip():
            yield history, "", TEXT[lang]["no_sources"], answers
            return
        turns = _pairs(history)
        history.append({"role": "user", "content": message})
        filters = Filters(tuple(province or ()), tuple(int(y) for y in (year or ())))
        history.append({"role": "assistant", "content": ""})
        ans: Answer | None = None
        streamed = ""
        try:
            # An LLM answerer streams its words; the checked answer then replaces them.
            for item in holder.service.stream(message, turns, filters):
                if isinstance(item, Answer):
                    ans = item
                    break
                streamed += item
                history[-1] = {"role": "assistant", "content": streamed}
                yield history, "", TEXT[lang]["no_sources"], answers
        except HbcError as exc:
            history[-1] = {"role": "assistant", "content": f"⚠️ {exc}"}
            yield history, "", TEXT[lang]["no_sources"], answers
            return
        except Exception:
            log.exception("answer failed")
            history[-1] = {"role": "assistant", "content": f"⚠️ {TEXT[lang]['error']}"}
            yield history, "", TEXT[lang]["no_sources"], answers
            return
        if ans is None:  # cannot happen: the service always ends with an Answer
            return
        if not streamed:
            # The extractive answer comes whole: show it in pieces, sources with the last.
            words = ans.text.split(" ")
            step = max(1, len(words) // 8)
            for i in range(step, len(words), step):
                history[-1] = {"role": "assistant", "content": " ".join(words[:i])}
                yield history, "", TEXT[lang]["no_sources"], answers
        history[-1] = {"role": "assistant", "content": ans.text}
        answers = dict(answers)
        answers[len(history) - 1] = {
            "question": ans.question,
            "answer": ans.text,
            "chart": [list(c) for c in ans.chart],
            "sources": [
                {k: v for k, v in asdict(c).items() if k != "context"} for c in ans.citations
            ],
        }
        yield history, "", source_cards(ans.citations, lang), answers

    def on_like(
        answers: dict[int, dict[str, Any]], lang_choice: str, data: gr.LikeData
    ) -> tuple[int, str]:
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        item = answers.get(int(idx)) if idx is not None else None
        if item is None:
            return 0, ""
        liked = data.liked
        rating = 1 if liked is True or liked == "Like" else -1
        row = feedback.add(item["question"], item["answer"], item["sources"], rating)
        return row, TEXT[_lang(lang_choice)]["thanks"]

    def on_comment(row: int, comment: str, lang_choice: str) -> tuple[str, str]:
        if row and comment.strip():
            feedback.set_comment(row, comment.strip())
            return "", TEXT[_lang(lang_choice)]["thanks"]
        return comment, ""

    def on_lang(lang_choice: str) -> tuple[Any, ...]:
        t = TEXT[_lang(lang_choice)]
        return (
            gr.update(value=t["title"]),
            gr.update(placeholder=t["placeholder"]),
            gr.update(value=t["send"]),
            gr.update(label=t["province"]),
            gr.update(label=t["year"]),
            gr.update(value=t["sources"]),
            gr.update(label=t["comment"]),
            gr.update(value=t["send_comment"]),
        )

    with gr.Blocks(title="Hỏi Báo Cáo") as demo:
        answers_state = gr.State({})
        feedback_row = gr.State(0)
        with gr.Tab("Hỏi đáp / Ask"):
            with gr.Row():
                title = gr.Markdown(TEXT["vi"]["title"])
                lang = gr.Radio(["Tiếng Việt", "English"], value="Tiếng Việt", show_label=False)
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        height=480,
                        buttons=["copy"],
                        feedback_options=("Like", "Dislike"),
                        examples=[{"text": e} for e in EXAMPLES],
                        elem_id="hbc-chat",
                    )
                    with gr.Row():
                        box = gr.Textbox(
                            placeholder=TEXT["vi"]["placeholder"], show_label=False, scale=5,
                            elem_id="hbc-question", max_lines=4,
                        )  # fmt: skip
                        send = gr.Button(TEXT["vi"]["send"], variant="primary", scale=1)
                    with gr.Row():
                        province = gr.Dropdown(provinces, multiselect=True, label="Tỉnh")
                        year = gr.Dropdown(years, multiselect=True, label="Năm")
                    comment = gr.Textbox(label=TEXT["vi"]["comment"], max_lines=3)
                    send_comment = gr.Button(TEXT["vi"]["send_comment"], size="sm")
                    status = gr.Markdown("", elem_id="hbc-status")
                with gr.Column(scale=2):
                    sources_title = gr.Markdown(TEXT["vi"]["sources"])
                    sources = gr.HTML(TEXT["vi"]["no_sources"], elem_id="hbc-sources")
                    chart = gr.BarPlot(x="side", y="value", visible=False, elem_id="hbc-chart")

            ask_inputs = [box, chatbot, province, year, lang, answers_state]
            ask_outputs = [chatbot, box, sources, answers_state]
            box.submit(respond, ask_inputs, ask_outputs).then(
                comparison_chart, answers_state, chart
            )
            send.click(respond, ask_inputs, ask_outputs).then(comparison_chart, answers_state, chart)
            chatbot.example_select(_example_text, None, box).then(respond, ask_inputs, ask_outputs)
            chatbot.like(on_like, [answers_state, lang], [feedback_row, status])
            send_comment.click(on_comment, [feedback_row, comment, lang], [comment, status])
            lang.change(
                on_lang,
                lang,
                [title, box, send, province, year, sources_title, comment, send_comment],
            )
        _admin_tab(admin, admin_password, feedback, max_upload_mb)
    return demo


def _field_grid(prefix: str) -> dict[str, Any]:
    """One textbox per editable metadata field, three to a row (title on a row of its own)."""
    boxes: dict[str, Any] = {}
    short = [k for k in EDITABLE if k != "title"]
    for i in range(0, len(short), 3):
        with gr.Row():
            for k in short[i : i + 3]:
                boxes[k] = gr.Textbox(label=k, elem_id=prefix + k)
    boxes["title"] = gr.Textbox(label="title", elem_id=prefix + "title")
    return {k: boxes[k] for k in EDITABLE}


def _admin_tab(
    admin: Admin | None, password: str, feedback: FeedbackStore, max_upload_mb: int
) -> None:
    with gr.Tab("Quản trị / Admin"):
        if admin is None or not password:
            gr.Markdown("Admin tab is off: set HBC_ADMIN_PASSWORD to turn it on.")
            return
        authed = gr.State(False)
        with gr.Row():
            pw = gr.Textbox(type="password", label="Mật khẩu / Password", elem_id="hbc-admin-pw")
            login = gr.Button("Đăng nhập / Log in")
        msg = gr.Markdown("", elem_id="hbc-admin-msg")
        with gr.Column(visible=False) as panel:
            table = gr.Dataframe(headers=["id", *EDITABLE], interactive=False, wrap=True)
            with gr.Tab("Thêm báo cáo / Add a report"):
                with gr.Row():
                    upload = gr.File(
                        label="PDF, PDF scan, DOCX, TXT, MD",
                        file_types=[".pdf", ".docx", ".txt", ".md"],
                        elem_id="hbc-upload",
                    )
                    read_btn = gr.Button("Đọc tệp / Read the file")
                staged = gr.State(None)
                new_fields = _field_grid("hbc-new-")
                add = gr.Button("Thêm và lập chỉ mục / Add and index", variant="primary")
            with gr.Tab("Sửa, xoá / Edit, remove"):
                pick = gr.Dropdown([], label="Báo cáo / Report")
                fields = _field_grid("hbc-edit-")
                with gr.Row():
                    save = gr.Button("Lưu metadata / Save metadata")
                    reindex = gr.Button("Lập lại chỉ mục / Re-index")
                with gr.Row():
                    confirm_rm = gr.Checkbox(label="Xoá thật / I mean it", value=False)
                    remove_btn = gr.Button("Xoá báo cáo đã chọn / Remove the picked report")
            with gr.Tab("Góp ý / Feedback"):
                fb_table = gr.Dataframe(
                    headers=["id", "ts", "rating", "question", "comment"],
                    interactive=False,
                    wrap=True,
                )
                fb_refresh = gr.Button("Tải góp ý / Load feedback")

        def refresh() -> tuple[Any, Any]:
            assert admin is not None
            reports = admin.reports()
            return report_rows(reports), gr.update(choices=[r.id for r in reports])

        def do_login(given: str) -> tuple[Any, ...]:
            if given != password:
                return (
                    False,
                    "❌ Sai mật khẩu / wrong password",
                    gr.update(visible=False),
                    None,
                    None,
                )
            rows, choices = refresh()
            return True, "✅", gr.update(visible=True), rows, choices

        def guard(ok: bool) -> None:
            if not ok:
                raise gr.Error("Log in first / Đăng nhập trước")

        def load(ok: bool, rid: str) -> list[Any]:
            guard(ok)
            assert admin is not None
            r = next((x for x in admin.reports() if x.id == rid), None)
            return [str(getattr(r, k)) if r else "" for k in EDITABLE]

        def do_save(ok: bool, rid: str, *values: str) -> tuple[Any, str]:
            guard(ok)
            assert admin is not None
            try:
                admin.save_report(rid, dict(zip(EDITABLE, values, strict=True)))
            except HbcError as exc:
                return gr.update(), f"⚠️ {exc}"
            return refresh()[0], "✅ Đã lưu; lập lại chỉ mục để áp dụng / saved; re-index to apply"

        def done(text: str) -> tuple[Any, ...]:
            rows, choices = refresh()
            return rows, choices, text

        def do_read(ok: bool, file: Any, progress: gr.Progress = gr.Progress()) -> list[Any]:  # noqa: B008
            guard(ok)
            assert admin is not None
            blank = [gr.update()] * len(EDITABLE)
            if file is None:
                return [None, "⚠️ Chọn tệp trước / choose a file first", *blank]
            path = Path(file if isinstance(file, str) else file.name)
            progress((0, 1), desc="read")
            try:
                item = admin.preview(path, max_upload_mb)
            except HbcError as exc:
                return [None, f"⚠️ {exc}", *blank]
            x = item.extracted
            how = f"PDF, {x.pages} trang/pages" if x.pages else x.kind.upper()
            if x.ocr_pages:
                how += f", OCR {len(x.ocr_pages)} trang/pages"
            note = f"📄 {path.name} ({how}): kiểm tra metadata rồi bấm Thêm / check, then Add"
            return [item, note, *[str(getattr(item.report, k)) for k in EDITABLE]]

        def do_add(  # one parameter per EDITABLE field: Gradio passes inputs positionally
            ok: bool, item: Any, province: str, agency: str, number: str, date: str, year: str,
            quarter: str, period: str, title: str, signer: str,
            progress: gr.Progress = gr.Progress(),  # noqa: B008
        ) -> tuple[Any, ...]:  # fmt: skip
            guard(ok)
            assert admin is not None
            if item is None:
                return gr.update(), gr.update(), "⚠️ Đọc tệp trước / read a file first", None
            values = (province, agency, number, date, year, quarter, period, title, signer)
            try:
                out = admin.add(
                    item,
                    dict(zip(EDITABLE, values, strict=True)),
                    lambda stage, d, t: progress((d, t), desc=stage),
                )
            except HbcError as exc:
                return gr.update(), gr.update(), f"⚠️ {exc}", item
            b = out.build
            text = f"✅ {out.added[0].id}" + (f": {b.generation}, {b.reports} reports" if b else "")
            return (*done(text), None)

        def do_remove(ok: bool, rid: str, sure: bool) -> tuple[Any, ...]:
            guard(ok)
            assert admin is not None
            if not rid or not sure:
                return gr.update(), gr.update(), "⚠️ Chọn báo cáo và đánh dấu Xoá thật / pick and tick"
            try:
                admin.remove(rid)
            except HbcError as exc:
                return gr.update(), gr.update(), f"⚠️ {exc}"
            return done(f"✅ {rid} đã xoá / removed")

        def do_reindex(ok: bool, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            guard(ok)
            assert admin is not None
            try:
                stats = admin.reindex(lambda stage, d, t: progress((d, t), desc=stage))
            except HbcError as exc:
                return gr.update(), gr.update(), f"⚠️ {exc}"
            return done(
                f"✅ {stats.generation}: {stats.reports} reports, {stats.chunks} chunks, "
                f"{stats.embedded} embedded, {stats.seconds:.1f} s"
            )

        def do_feedback(ok: bool) -> list[list[Any]]:
            guard(ok)
            return [
                [r["id"], r["ts"], r["rating"], r["question"], r["comment"]]
                for r in feedback.recent()
            ]

        login.click(do_login, pw, [authed, msg, panel, table, pick])
        pick.change(load, [authed, pick], list(fields.values()))
        save.click(do_save, [authed, pick, *fields.values()], [table, msg])
        read_btn.click(do_read, [authed, upload], [staged, msg, *new_fields.values()])
        add.click(do_add, [authed, staged, *new_fields.values()], [table, pick, msg, staged])
        remove_btn.click(do_remove, [authed, pick, confirm_rm], [table, pick, msg])
        reindex.click(do_reindex, authed, [table, pick, msg])
        fb_refresh.click(do_feedback, authed, fb_table)
