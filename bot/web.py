"""Gradio web UI: chat with streamed, cited answers, source cards, filters, feedback, admin tab.

Talks only to the answer service (through a ServiceHolder), the feedback store and the admin
actions; it imports neither chromadb nor llama-index. `build_app` wraps the Gradio UI in a
FastAPI app with our own routes (admin login, originals) and guard; `serve` runs it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, get_type_hints

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from starlette.routing import Mount

from bot import render
from bot.admin import Admin, ServiceHolder
from bot.answer import Answer, Citation
from bot.feedback import FeedbackStore, RateLimit
from bot.render import escape_md
from bot.web_admin import add_admin_routes, admin_tab
from bot.web_figures import figures_tab
from bot.web_guard import AdminSessions, Guard, Throttle
from bot.web_render import render_text, source_cards
from index.errors import HbcError
from index.readers import ORIGINAL_SUFFIXES, media_type
from index.retrieve import Filters
from index.settings import Settings

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
        "filters": "Bộ lọc (tỉnh, năm)",
        "sources": "### Nguồn trích dẫn",
        "no_sources": "Chưa có nguồn: hãy đặt câu hỏi.",
        "ocr_original": "bản gốc (OCR)",
        "comment": "Góp ý cho câu trả lời vừa đánh giá (không bắt buộc)",
        "send_comment": "Gửi góp ý",
        "thanks": "Cảm ơn đánh giá của bạn.",
        "thanks_comment": "Cảm ơn góp ý của bạn.",
        "unrated": "Đã bỏ đánh giá.",
        "too_many": "Bạn đánh giá quá nhanh; vui lòng đợi một phút.",
        "stale": "Không thể đánh giá câu trả lời này nữa (máy chủ đã khởi động lại); hãy hỏi lại.",
        "error": "Xin lỗi, đã có lỗi khi trả lời. Vui lòng thử lại.",
        "section": "Mục",
        "open_pdf": "Mở PDF ở trang {page}",
        "download": "Tải bản gốc",
        "past": "Các cuộc trò chuyện trước",
        "new": "Cuộc trò chuyện mới",
        "export": "Xuất Markdown",
        "question": "Hỏi",
        "answer": "Đáp",
    },
    "en": {
        "title": "## Hỏi Báo Cáo — ask the administrative-reform reports",
        "placeholder": "Type a question (Vietnamese with or without diacritics, or English)…",
        "send": "Send",
        "province": "Province",
        "year": "Year",
        "filters": "Filters (province, year)",
        "sources": "### Sources",
        "no_sources": "No sources yet: ask a question.",
        "ocr_original": "original (OCR)",
        "comment": "Comment on the answer you just rated (optional)",
        "send_comment": "Send comment",
        "thanks": "Thank you for your rating.",
        "thanks_comment": "Thank you for your comment.",
        "unrated": "Rating removed.",
        "too_many": "You are rating too fast; please wait a minute.",
        "stale": "This answer can no longer be rated (the server has restarted); ask again.",
        "error": "Sorry, something went wrong while answering. Please try again.",
        "section": "Section",
        "open_pdf": "Open the PDF at page {page}",
        "download": "Download the original",
        "past": "Past conversations",
        "new": "New conversation",
        "export": "Export as Markdown",
        "question": "Question",
        "answer": "Answer",
    },
}
CSS = """
.hbc-card { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px; margin: 6px 0; }
.hbc-card summary { font-weight: 600; cursor: pointer; }
.hbc-card mark { background: #fff3a3; color: #1f2328; padding: 0 2px; }
.dark .hbc-card mark { background: #6b5b00; color: #fffbe6; }
.hbc-meta { color: #57606a; font-size: 0.9em; }
.dark .hbc-meta { color: #aab4be; }
.dark .hbc-card { border-color: #444c56; }
.hbc-card.hbc-flash { outline: 3px solid #f2a900; }
.hbc-hidden { display: none !important; }
.hbc-login { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.hbc-login input { padding: 6px 8px; border: 1px solid var(--border-color-primary);
  border-radius: 6px; background: var(--input-background-fill); color: var(--body-text-color); }
.hbc-login button { padding: 6px 14px; }
#hbc-reports, #hbc-feedback { overflow-x: auto; }
/* A comparison table in the chat: no cell breaks inside a word; figures and sources (the second
   and last columns) stay on one line. */
#hbc-chat table th, #hbc-chat table td { word-break: normal; overflow-wrap: normal; }
#hbc-chat table td:nth-child(2), #hbc-chat table td:last-child { white-space: nowrap; }
@media (max-width: 640px) {
  /* A comparison table on a phone stacks, one card per row (side, figure, the report's words,
     date), so nothing is cut off in the chat bubble; no header row, and no source column (the
     figure carries its [n]). */
  #hbc-chat table, #hbc-chat table tbody, #hbc-chat table tr, #hbc-chat table td {
    display: block; width: auto; }
  #hbc-chat table thead { display: none; }
  #hbc-chat table tr { border: 1px solid var(--border-color-primary); border-radius: 8px;
    margin: 8px 0; padding: 6px 10px; }
  #hbc-chat table td { border: none !important; padding: 2px 0 !important; text-align: left;
    white-space: normal !important; }
  #hbc-chat table td:first-child { font-weight: 600; }
  #hbc-chat table td:nth-child(4) { color: var(--body-text-color-subdued); font-size: 0.9em; }
  #hbc-chat table td:last-child { display: none; }
  #hbc-chat { max-height: 60vh !important; }
  #hbc-title h2 { font-size: 1.15rem; }
  #hbc-reports table, #hbc-feedback table { min-width: 720px; }
}
"""
# Page script: [n] markers scroll to their card; the admin login form posts to our own route
# (the password is never a Gradio event input) and then opens the panel.
HEAD = r"""
<script>
document.documentElement.lang = "vi";
// Gradio picks its words' language from the browser; the VI/EN switch sets it (its core module
// exports changeLocale; the Vietnamese words come from GRADIO_VI through gr.I18n).
window.hbcLocale = async (lang) => {
  document.documentElement.lang = lang;
  const url = performance.getEntriesByType("resource").map((e) => e.name)
    .find((n) => /\/assets\/core-[^/]*\.js$/.test(n));
  try { if (url) (await import(url)).changeLocale(lang); } catch (err) { console.warn(err); }
  document.documentElement.lang = lang;
};
document.addEventListener("click", (e) => {
  const a = e.target.closest && e.target.closest('a[href^="#hbc-src-"]');
  if (!a) return;
  e.preventDefault(); e.stopPropagation();
  const card = document.getElementById(a.getAttribute("href").slice(1));
  if (!card) return;
  card.open = true;
  card.scrollIntoView({behavior: "smooth", block: "center"});
  card.classList.add("hbc-flash");
  setTimeout(() => card.classList.remove("hbc-flash"), 1500);
}, true);
document.addEventListener("submit", async (e) => {
  if (!e.target || e.target.id !== "hbc-admin-form") return;
  e.preventDefault();
  const form = e.target, input = form.querySelector("input[type=password]");
  const msg = form.querySelector("#hbc-admin-login-msg");
  const body = new URLSearchParams({password: input.value});
  input.value = "";
  let text = "⚠️";
  try {
    const r = await fetch("hbc/admin/login", {method: "POST", body, credentials: "same-origin"});
    text = (await r.json()).message || text;
    if (r.ok) document.querySelector("#hbc-admin-enter").click();
  } catch (err) { text = "⚠️ " + err; }
  msg.textContent = text;
}, true);
</script>
"""
SET_LANG_JS = """(...args) => {
  window.hbcLocale(args[0] === "English" ? "en" : "vi");
  return args;
}"""
LOAD_JS = """(...args) => { window.hbcLocale("vi"); return args; }"""
# Gradio's own words (upload box, chat buttons, errors) in Vietnamese; Gradio ships no Vietnamese.
GRADIO_VI = {
    "upload_text.click_to_upload": "Bấm để chọn tệp",
    "upload_text.drop_file": "Thả tệp vào đây",
    "common.or": "hoặc",
    "common.clear": "Xoá",
    "common.download": "Tải xuống",
    "common.error": "Lỗi",
    "common.loading": "Đang tải",
    "common.remove": "Bỏ",
    "common.submit": "Gửi",
    "common.empty": "Trống",
    "common.built_with_gradio": "Làm bằng Gradio",
    "chatbot.clear": "Xoá",
    "chatbot.copy_message": "Chép câu trả lời",
    "chatbot.copied_message": "Đã chép",
    "chatbot.like": "Hữu ích",
    "chatbot.dislike": "Không hữu ích",
    "dropdown.dropdown": "Danh sách",
    "dataframe.sort_ascending": "Xếp tăng dần",
    "dataframe.sort_descending": "Xếp giảm dần",
}
DOWNLOAD_JS = """(md) => {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([md], {type: "text/markdown;charset=utf-8"}));
  a.download = "hoi-bao-cao.md"; a.click(); URL.revokeObjectURL(a.href);
}"""
MAX_CONVERSATIONS = 30
# Answers the server remembers for feedback (question, answer, sources by the key it issued).
MAX_ISSUED = 5_000  # a few kB each (the answer and its quotes)
# One address may send this many times a browser's feedback limit (several staff behind one
# office gateway share an address).
HOST_FACTOR = 10
# The answer service words its refusals in English; the Vietnamese page shows them in Vietnamese.
VI_ERRORS = (
    (re.compile(r"the question is too long \((\d+) characters, at most (\d+)\)"),
     r"câu hỏi quá dài (\1 ký tự, tối đa \2)"),
    (re.compile(r"the question is empty.*"), "câu hỏi trống: hãy nhập điều bạn muốn biết"),
    (re.compile(r"the question has no words"), "câu hỏi không có chữ nào"),
    (re.compile(r"the question (is not|must be) text.*"), "câu hỏi phải là văn bản"),
)  # fmt: skip


def error_text(message: str, lang: str) -> str:
    """A refusal from the answer service in the page's language."""
    if lang == "vi":
        for pattern, vi in VI_ERRORS:
            if pattern.fullmatch(message):
                return pattern.sub(vi, message)
    return message


def _lang(choice: str) -> str:
    return "en" if choice == "English" else "vi"


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    if isinstance(content, list):
        return " ".join(_text_of(c) for c in content)
    return ""


def _turns(
    history: list[dict[str, Any]], answers: dict[str, dict[str, Any]]
) -> list[tuple[str, str]]:
    """(question, answer) turns, with the answers as the service wrote them (not as shown)."""
    out: list[tuple[str, str]] = []
    question = ""
    for i, msg in enumerate(history):
        if msg.get("role") == "user":
            question = _text_of(msg.get("content"))
        elif msg.get("role") == "assistant" and question:
            item = answers.get(str(i))
            out.append((question, item["answer"] if item else _text_of(msg.get("content"))))
            question = ""
    return out


def _example_text(data: gr.SelectData) -> str:
    value = data.value
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


# What each field of a stored source must be (a float field may hold an int).
_HINTS = get_type_hints(Citation)
_CITATION_TYPES: dict[str, type | tuple[type, ...]] = {
    k: (int, float) if t is float else t for k, t in _HINTS.items()
}


def _citations(item: Any) -> list[Citation]:
    """The sources of a stored answer; none when the browser's copy is not what we stored."""
    sources = item.get("sources") if isinstance(item, dict) else None
    if not isinstance(sources, list):
        return []
    try:
        out = [Citation(**{k: v for k, v in s.items() if k in _CITATION_TYPES}) for s in sources]
    except (AttributeError, TypeError):  # not a dict, or a field missing
        return []
    for c in out:
        for name, kind in _CITATION_TYPES.items():
            value = getattr(c, name)
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                return []
    return out


def _stored_answers(value: Any) -> dict[str, dict[str, Any]]:
    """A conversation's answers as the browser kept them, without entries we could not have
    written (a hand-edited or old localStorage must not break the page)."""
    if not isinstance(value, dict):
        return {}
    return {
        k: v
        for k, v in value.items()
        if isinstance(k, str) and k.isdigit() and isinstance(v, dict)
        and isinstance(v.get("question"), str) and isinstance(v.get("answer"), str)
    }  # fmt: skip


def _stored(store: Any) -> dict[str, Any]:
    """The browser's saved conversations, keeping only what has the shape we save (client id,
    current id, conversations with a title, time, chat and answers); the rest is ignored."""
    store = dict(store) if isinstance(store, dict) else {}
    client = store.get("client")
    store["client"] = client[:64] if isinstance(client, str) and client else uuid.uuid4().hex
    if not isinstance(store.get("current"), str):
        store["current"] = ""
    items = store.get("items") if isinstance(store.get("items"), dict) else {}
    store["items"] = {
        k: {"title": str(v.get("title", ""))[:60], "ts": float(v["ts"]),
            "history": [m for m in v["history"] if isinstance(m, dict) and "role" in m],
            "answers": _stored_answers(v.get("answers"))}
        for k, v in items.items()
        if isinstance(k, str) and isinstance(v, dict)
        and isinstance(v.get("ts"), (int, float)) and isinstance(v.get("history"), list)
    }  # fmt: skip
    return store


class IssuedAnswers:
    """What this server answered, by the key it gave each answer: feedback stores these, never
    the question, answer or sources a browser sends back. Bounded: the oldest are forgotten."""

    def __init__(self, limit: int = MAX_ISSUED) -> None:
        self.limit = limit
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def issue(self, question: str, answer: str, sources: list[dict[str, Any]]) -> str:
        key = uuid.uuid4().hex
        with self._lock:
            self._items[key] = {"question": question, "answer": answer, "sources": sources}
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
        return key

    def get(self, key: Any) -> dict[str, Any] | None:
        if not isinstance(key, str):
            return None
        with self._lock:
            return self._items.get(key)


def conversation_markdown(answers: dict[str, dict[str, Any]], lang: str) -> str:
    """A conversation as Markdown: each question, its answer and sources as the service gave
    them, escaped as in the chat (a report's image or link stays text in the file too)."""
    t = TEXT[lang]
    parts = ["# Hỏi Báo Cáo", ""]
    for key in sorted(answers, key=int):
        item = answers[key]
        export = item.get("export")  # what the renderer wrote; older answers: their text
        answer = export if isinstance(export, str) else escape_md(item["answer"].strip())
        parts += [f"**{t['question']}:** {escape_md(item['question'])}", "",
                  f"**{t['answer']}:**", "", answer, "", "---", ""]  # fmt: skip
    return "\n".join(parts)


def _originals(folder: Path) -> set[str]:
    try:
        return {p.name for p in folder.iterdir() if p.suffix in ORIGINAL_SUFFIXES}
    except OSError:
        return set()


def comparison_chart(answers: dict[str, dict[str, Any]]) -> Any:
    """The last answer's comparison as a chart beside the table (issue #16): bars across
    provinces, a line across the periods of one place (the bar update, the line update); both
    hidden when the last answer is not a comparison."""
    import pandas as pd

    last = answers[max(answers, key=int)] if answers else {}
    chart = last.get("chart") or []
    hidden = gr.update(visible=False, value=None)
    if len(chart) < 2:
        return hidden, hidden
    sides = [c[0] for c in chart]
    frame = pd.DataFrame({"side": sides, "value": [c[1] for c in chart]})
    # Bars start at zero: a cut axis would make one side look many times the other.
    top = max(float(c[1]) for c in chart) * 1.1 or 1.0
    # the sides in the answer's order (periods oldest first), not sorted by name
    shown = gr.update(visible=True, value=frame, y_lim=[0, top], sort=sides)
    return (hidden, shown) if last.get("line") else (shown, hidden)


class AskHandlers:
    """The Ask tab's event handlers, sharing the service, the feedback store, the answers
    this server issued and the feedback rate limits."""

    def __init__(self, holder: ServiceHolder, feedback: FeedbackStore, settings: Settings) -> None:
        web = settings.web
        self.holder = holder
        self.feedback = feedback
        self.originals_dir = settings.path(settings.ingest.originals)
        self.rate_limit = RateLimit(web.feedback_per_minute)
        self.host_limit = RateLimit(web.feedback_per_minute * HOST_FACTOR)
        self.issued = IssuedAnswers()

    def allowed(self, client: str, request: gr.Request | None) -> bool:
        """Feedback (ratings and comments together) within both the browser's and the
        address's limit; the browser id alone is the browser's to choose."""
        host = request.client.host if request is not None and request.client else ""
        return self.host_limit.allow(f"host:{host}") and self.rate_limit.allow(f"client:{client}")

    def filter_choices(self) -> list[Any]:
        """The province and year choices of the index in use (it may have changed)."""
        return [gr.update(choices=c) for c in self.holder.filter_choices()]

    def cards(self, citations: list[Citation] | tuple[Citation, ...], lang: str) -> str:
        """The source cards of these citations, linking the originals on disk."""
        return source_cards(citations, lang, TEXT[lang], _originals(self.originals_dir))

    def respond(
        self,
        message: str,
        history: list[dict[str, Any]],
        province: list[str] | None,
        year: list[str] | None,
        lang_choice: str,
        answers: dict[str, dict[str, Any]],
    ) -> Iterator[tuple[Any, Any, Any, Any]]:
        """Answer a question: stream an LLM's words, then show the checked answer and cards."""
        lang = _lang(lang_choice)
        history = list(history or [])
        answers = dict(answers or {})
        if not (message or "").strip():
            yield history, "", gr.skip(), answers
            return
        turns = _turns(history, answers)
        history.append({"role": "user", "content": message})
        filters = Filters(tuple(province or ()), tuple(int(y) for y in (year or ())))
        history.append({"role": "assistant", "content": ""})
        empty = self.cards([], lang)
        ans: Answer | None = None
        streamed = ""
        try:
            # An LLM answerer streams its words; the checked answer then replaces them.
            for item in self.holder.service.stream(message, turns, filters):
                if isinstance(item, Answer):
                    ans = item
                    break
                streamed += item
                history[-1] = {"role": "assistant", "content": render_text(streamed)}
                yield history, "", empty, answers
        except HbcError as exc:
            history[-1] = {
                "role": "assistant",
                "content": render_text(f"⚠️ {error_text(str(exc), lang)}"),
            }
            yield history, "", empty, answers
            return
        except Exception:
            log.exception("answer failed")
            history[-1] = {"role": "assistant", "content": f"⚠️ {TEXT[lang]['error']}"}
            yield history, "", empty, answers
            return
        if ans is None:  # cannot happen: the service always ends with an Answer
            return
        # The extractive answer comes whole (in tens of ms) and is shown whole: showing it in
        # pieces only cost each user's answer more server work under load.
        history[-1] = {"role": "assistant", "content": render.markdown(ans)}
        answers[str(len(history) - 1)] = self._issue(ans)
        yield history, "", self.cards(ans.citations, lang), answers

    def _issue(self, ans: Answer) -> dict[str, Any]:
        """What the page keeps of an answer, under the key this server issued for feedback."""
        sources = [asdict(c) | {"context": ""} for c in ans.citations]
        return {
            "key": self.issued.issue(ans.question, ans.text, sources),
            "question": ans.question,
            "answer": ans.text,
            "export": render.markdown_file(ans),
            "sources": sources,
            "chart": [list(c) for c in ans.chart],
            "line": ans.chart_line,
        }

    def on_like(
        self, answers: dict[str, dict[str, Any]], lang_choice: str, client: str,
        data: gr.LikeData, request: gr.Request,
    ) -> tuple[Any, ...]:  # fmt: skip
        """Record a thumb up or down (or its undoing) on an answer this server issued."""
        t = TEXT[_lang(lang_choice)]
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        item = (answers or {}).get(str(idx))
        if not isinstance(item, dict) or not client or not isinstance(client, str):
            return 0, "", gr.update()
        if not self.allowed(client, request):
            return gr.skip(), f"⏳ {t['too_many']}", gr.update()
        # What this server answered under that key, not what the browser says it answered.
        said = self.issued.get(item.get("key"))
        if said is None:
            return 0, f"↩️ {t['stale']}", gr.update(visible=False)
        # Gradio sends True (👍), False (👎), or "" when a thumb is clicked again to undo it.
        rating = 1 if data.liked is True else -1 if data.liked is False else 0
        row = self.feedback.rate(
            client[:64], item["key"], said["question"], said["answer"], said["sources"], rating
        )
        if not row:
            return 0, f"↩️ {t['unrated']}", gr.update(visible=False)
        return row, f"🙏 {t['thanks']}", gr.update(visible=True)

    def on_comment(
        self, row: int, comment: str, lang_choice: str, client: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """Attach a comment to the rating just given."""
        t = TEXT[_lang(lang_choice)]
        if not (row and isinstance(comment, str) and comment.strip() and client):
            return comment, "", gr.update()
        if not self.allowed(client, request):
            return comment, f"⏳ {t['too_many']}", gr.update()
        if self.feedback.set_comment(row, comment.strip(), client[:64]):
            return "", f"🙏 {t['thanks_comment']}", gr.update(visible=False)
        return comment, "", gr.update()

    def on_lang(self, lang_choice: str, answers: dict[str, dict[str, Any]]) -> tuple[Any, ...]:
        """Relabel the page in the language chosen."""
        lang = _lang(lang_choice)
        t = TEXT[lang]
        last = max(answers or {}, key=int, default=None)
        return (
            gr.update(value=t["title"]),
            gr.update(placeholder=t["placeholder"]),
            gr.update(value=t["send"]),
            gr.update(label=t["province"]),
            gr.update(label=t["year"]),
            gr.update(label=t["filters"]),
            gr.update(value=t["sources"]),
            self.cards(_citations(answers.get(last) if last else None), lang),
            gr.update(label=t["comment"]),
            gr.update(value=t["send_comment"]),
            gr.update(label=t["past"]),
            gr.update(value=t["new"]),
            gr.update(value=t["export"]),
        )

    def on_load(
        self, store: dict[str, Any], lang_choice: str, answered: dict[str, Any]
    ) -> tuple[Any, ...]:
        """Bring back the browser's conversations; continue the last one."""
        store = _stored(store)
        items = store["items"]
        cid = store["current"]
        if answered:  # a question was answered before the page finished loading: keep it
            return (store, store["client"], gr.skip(), gr.skip(), gr.skip(), gr.skip(),
                    gr.update(choices=_conversation_choices(items)), gr.skip())  # fmt: skip
        conv = items.get(cid) or {}
        answers = conv.get("answers") or {}
        last = max(answers, key=int, default=None)
        lang = _lang(lang_choice)
        return (
            store, store["client"], cid or uuid.uuid4().hex, conv.get("history") or [], answers,
            self.cards(_citations(answers.get(last) if last else None), lang),
            gr.update(choices=_conversation_choices(items), value=cid if cid in items else None),
            conversation_markdown(answers, lang),
        )  # fmt: skip

    def on_save(
        self, store: dict[str, Any], cid: str, history: list[dict[str, Any]],
        answers: dict[str, dict[str, Any]], lang_choice: str,
    ) -> tuple[Any, ...]:  # fmt: skip
        """Keep this conversation in the browser (localStorage), newest first, at most 30."""
        store = _stored(store)
        items = store["items"]
        if history:
            first = next((_text_of(m["content"]) for m in history if m["role"] == "user"), "")
            items[cid] = {"title": first[:60], "ts": time.time(), "history": history,
                          "answers": answers}  # fmt: skip
            for old in sorted(items, key=lambda k: items[k]["ts"])[:-MAX_CONVERSATIONS]:
                del items[old]
        store["items"], store["current"] = items, cid
        return (
            store,
            gr.update(choices=_conversation_choices(items), value=cid if cid in items else None),
            conversation_markdown(answers, _lang(lang_choice)),
        )

    def on_pick(
        self, store: dict[str, Any], picked: str | None, lang_choice: str
    ) -> tuple[Any, ...]:
        """Open a past conversation kept in the browser."""
        conv = _stored(store)["items"].get(picked or "")
        if not conv:
            return (gr.skip(),) * 5
        answers = conv.get("answers") or {}
        last = max(answers, key=int, default=None)
        lang = _lang(lang_choice)
        return (
            picked, conv["history"], answers,
            self.cards(_citations(answers.get(last) if last else None), lang),
            conversation_markdown(answers, lang),
        )  # fmt: skip

    def on_new(self, lang_choice: str) -> tuple[Any, ...]:
        """Start a new, empty conversation."""
        lang = _lang(lang_choice)
        return uuid.uuid4().hex, [], {}, self.cards([], lang), "", gr.update(value=None), 0, ""


@dataclass
class AskTab:
    """The Ask tab's per-session states and components, for wiring its events."""

    answers_state: gr.State
    feedback_row: gr.State
    cid_state: gr.State
    client_state: gr.State
    store: gr.BrowserState
    title: gr.Markdown
    lang: gr.Radio
    chatbot: gr.Chatbot
    status: gr.Markdown
    comment_row: gr.Row
    comment: gr.Textbox
    send_comment: gr.Button
    box: gr.Textbox
    send: gr.Button
    filters_box: gr.Accordion
    province: gr.Dropdown
    year: gr.Dropdown
    sources_title: gr.Markdown
    sources: gr.HTML
    chart: gr.BarPlot
    line: gr.LinePlot
    past: gr.Dropdown
    new: gr.Button
    export: gr.Button
    export_md: gr.Textbox


def _ask_states() -> dict[str, Any]:
    """The per-session states: answers shown, the feedback row, conversation and browser ids,
    and the conversations kept in the browser."""
    return {
        "answers_state": gr.State({}),
        "feedback_row": gr.State(0),
        "cid_state": gr.State(""),
        "client_state": gr.State(""),
        "store": gr.BrowserState(
            {}, storage_key="hbc-conversations", secret="hbc-conversations-local"
        ),
    }


def _chat_column(handlers: AskHandlers, provinces: list[str], years: list[str]) -> dict[str, Any]:
    """The chat, its feedback comment, the question box and the filters."""
    chatbot = gr.Chatbot(
        height=None,
        min_height=320,
        max_height=560,
        show_label=False,
        buttons=["copy"],
        feedback_options=("Like", "Dislike"),
        examples=[{"text": e} for e in EXAMPLES],
        latex_delimiters=[],
        elem_id="hbc-chat",
    )
    status = gr.Markdown("", elem_id="hbc-status")
    with gr.Row(visible=False) as comment_row:
        comment = gr.Textbox(
            label=TEXT["vi"]["comment"], max_lines=3, scale=4, elem_id="hbc-comment",
        )  # fmt: skip
        send_comment = gr.Button(TEXT["vi"]["send_comment"], size="sm", scale=1)
    with gr.Row():
        box = gr.Textbox(
            placeholder=TEXT["vi"]["placeholder"], show_label=False, scale=5,
            elem_id="hbc-question", max_lines=4,
        )  # fmt: skip
        send = gr.Button(TEXT["vi"]["send"], variant="primary", scale=1)
    with gr.Accordion(TEXT["vi"]["filters"], open=False) as filters_box, gr.Row():
        province = gr.Dropdown(
            provinces, multiselect=True, label=TEXT["vi"]["province"], elem_id="hbc-province",
        )  # fmt: skip
        year = gr.Dropdown(years, multiselect=True, label=TEXT["vi"]["year"], elem_id="hbc-year")
    gr.on(
        [province.focus, year.focus], handlers.filter_choices, None, [province, year],
        api_visibility="private", show_progress="hidden",
    )  # live index: the filters follow a new generation  # fmt: skip
    return {
        "chatbot": chatbot, "status": status, "comment_row": comment_row, "comment": comment,
        "send_comment": send_comment, "box": box, "send": send, "filters_box": filters_box,
        "province": province, "year": year,
    }  # fmt: skip


def _ask_layout(handlers: AskHandlers, provinces: list[str], years: list[str]) -> dict[str, Any]:
    """The Ask tab's components: title and language, chat beside sources, conversations."""
    with gr.Row():
        title = gr.Markdown(TEXT["vi"]["title"], elem_id="hbc-title")
        lang = gr.Radio(
            ["Tiếng Việt", "English"], value="Tiếng Việt", show_label=False, elem_id="hbc-lang",
        )  # fmt: skip
    with gr.Row(elem_id="hbc-main"):
        with gr.Column(scale=3):
            chat = _chat_column(handlers, provinces, years)
        with gr.Column(scale=2):
            sources_title = gr.Markdown(TEXT["vi"]["sources"])
            sources = gr.HTML(handlers.cards([], "vi"), elem_id="hbc-sources")
            # the sides and figures are the table's own: no axis titles to translate
            axes: dict[str, Any] = {"x": "side", "y": "value", "x_title": " ", "y_title": " "}
            chart = gr.BarPlot(**axes, visible=False, elem_id="hbc-chart")
            line = gr.LinePlot(**axes, visible=False, elem_id="hbc-line")
    with gr.Row(elem_id="hbc-conversations"):
        past = gr.Dropdown(
            [], label=TEXT["vi"]["past"], scale=3, elem_id="hbc-past", allow_custom_value=False,
        )  # fmt: skip
        new = gr.Button(TEXT["vi"]["new"], size="sm", scale=1, elem_id="hbc-new")
        export = gr.Button(TEXT["vi"]["export"], size="sm", scale=1, elem_id="hbc-export")
        export_md = gr.Textbox("", elem_id="hbc-export-md", elem_classes=["hbc-hidden"])
    return chat | {
        "title": title, "lang": lang, "sources_title": sources_title, "sources": sources,
        "chart": chart, "line": line, "past": past, "new": new, "export": export, "export_md": export_md,
    }  # fmt: skip


_PRIVATE: dict[str, Any] = {"api_visibility": "private"}


def _wire_answering(ui: AskTab, handlers: AskHandlers, concurrency: int) -> None:
    """Asking (Enter, the button, an example), then saving the conversation and drawing the
    chart; the thumbs and the comment on a rating."""
    ask_inputs = [ui.box, ui.chatbot, ui.province, ui.year, ui.lang, ui.answers_state]
    ask_outputs = [ui.chatbot, ui.box, ui.sources, ui.answers_state]
    answering: dict[str, Any] = {"concurrency_limit": concurrency, "concurrency_id": "answer"}
    private = _PRIVATE
    save_inputs = [ui.store, ui.cid_state, ui.chatbot, ui.answers_state, ui.lang]
    save_outputs = [ui.store, ui.past, ui.export_md]
    respond = handlers.respond
    for event in (
        ui.box.submit(respond, ask_inputs, ask_outputs, api_name="ask", **answering),
        ui.send.click(respond, ask_inputs, ask_outputs, **answering, **private),
        ui.chatbot.example_select(_example_text, None, ui.box, **private).then(
            respond, ask_inputs, ask_outputs, **answering, **private
        ),
    ):
        event.then(handlers.on_save, save_inputs, save_outputs, **private)
        event.then(comparison_chart, ui.answers_state, [ui.chart, ui.line], **private)
    ui.chatbot.like(
        handlers.on_like, [ui.answers_state, ui.lang, ui.client_state],
        [ui.feedback_row, ui.status, ui.comment_row], **private,
    )  # fmt: skip
    ui.send_comment.click(
        handlers.on_comment, [ui.feedback_row, ui.comment, ui.lang, ui.client_state],
        [ui.comment, ui.status, ui.comment_row], **private,
    )  # fmt: skip


def _wire_conversations(demo: gr.Blocks, ui: AskTab, handlers: AskHandlers) -> None:
    """New, past and exported conversations, the language switch, and the page load that
    brings back the browser's conversations."""
    private = _PRIVATE
    new_outputs = [ui.cid_state, ui.chatbot, ui.answers_state, ui.sources, ui.export_md, ui.past,
                   ui.feedback_row, ui.status]  # fmt: skip
    ui.new.click(handlers.on_new, ui.lang, new_outputs, **private)
    ui.chatbot.clear(handlers.on_new, ui.lang, new_outputs, **private)
    ui.past.select(
        handlers.on_pick, [ui.store, ui.past, ui.lang],
        [ui.cid_state, ui.chatbot, ui.answers_state, ui.sources, ui.export_md], **private,
    )  # fmt: skip
    ui.export.click(None, ui.export_md, None, js=DOWNLOAD_JS, **private)
    ui.lang.change(
        handlers.on_lang,
        [ui.lang, ui.answers_state],
        [ui.title, ui.box, ui.send, ui.province, ui.year, ui.filters_box, ui.sources_title,
         ui.sources, ui.comment, ui.send_comment, ui.past, ui.new, ui.export],
        js=SET_LANG_JS, **private,
    )  # fmt: skip
    demo.load(
        handlers.on_load, [ui.store, ui.lang, ui.answers_state],
        [ui.store, ui.client_state, ui.cid_state, ui.chatbot, ui.answers_state, ui.sources,
         ui.past, ui.export_md], js=LOAD_JS, **private,
    )  # fmt: skip


def build_ui(
    holder: ServiceHolder,
    feedback: FeedbackStore,
    settings: Settings,
    admin: Admin | None = None,
    sessions: AdminSessions | None = None,
) -> gr.Blocks:
    """The Gradio UI; `build_app` serves it with the routes and guard it relies on."""
    web = settings.web
    sessions = sessions or AdminSessions(web.admin_idle_minutes * 60)
    handlers = AskHandlers(holder, feedback, settings)
    provinces, years = holder.filter_choices()
    with gr.Blocks(title="Hỏi Báo Cáo", delete_cache=(600, 3600)) as demo:
        states = _ask_states()
        with gr.Tab("Hỏi đáp / Ask", elem_id="hbc-ask-tab"):
            ui = AskTab(**states, **_ask_layout(handlers, provinces, years))
            _wire_answering(ui, handlers, web.concurrency)
            _wire_conversations(demo, ui, handlers)
        figures_tab(holder, handlers.cards, ui.lang)  # the fact table explorer (issue #16)
        changed = admin_tab(
            admin, bool(settings.admin_password), sessions, feedback, web.max_upload_mb,
            _forget_upload,
        )  # fmt: skip
        for event in changed:  # an admin's add, removal or re-index: this page's filters follow
            event.then(
                handlers.filter_choices, None, [ui.province, ui.year], api_visibility="private",
                show_progress="hidden",
            )  # fmt: skip
    return demo


def _conversation_choices(items: dict[str, Any]) -> list[tuple[str, str]]:
    newest = sorted(items, key=lambda k: items[k]["ts"], reverse=True)
    return [
        (time.strftime("%d/%m %H:%M ", time.localtime(items[k]["ts"])) + items[k]["title"], k)
        for k in newest
    ]


def _forget_upload(path: Path) -> None:
    """Delete an uploaded file from Gradio's temp folder once it is read or added."""
    tmp = os.environ.get("GRADIO_TEMP_DIR")
    if tmp and path.resolve().is_relative_to(Path(tmp).resolve()):
        with contextlib.suppress(OSError):
            path.unlink()


_ORIGINAL = re.compile(rf"^[\w.-]+({'|'.join(map(re.escape, ORIGINAL_SUFFIXES))})$")


def _gradio_user(app: FastAPI, request: Request) -> str | None:
    """The HBC_WEB_AUTH user logged in through Gradio's login page, if any."""
    for route in app.routes:
        inner = getattr(route, "app", None)
        if isinstance(route, Mount) and hasattr(inner, "tokens"):
            cid = inner.cookie_id  # type: ignore[union-attr]
            token = request.cookies.get(f"access-token-{cid}") or request.cookies.get(
                f"access-token-unsecure-{cid}"
            )
            return inner.tokens.get(token) if token else None  # type: ignore[union-attr]
    return None


def build_app(
    settings: Settings,
    holder: ServiceHolder,
    feedback: FeedbackStore,
    admin: Admin | None = None,
    logins: list[tuple[str, str]] | None = None,
) -> FastAPI:
    """The web UI as an ASGI app: Gradio (login by HBC_WEB_AUTH `logins` if any), the admin
    and originals routes, and the guard (uploads only in an admin session, throttled logins)."""
    web = settings.web
    tmp = settings.path(web.temp_dir)
    shutil.rmtree(tmp, ignore_errors=True)  # uploads of an earlier run are never needed again
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(tmp)  # read by Gradio when the Blocks are made
    sessions = AdminSessions(web.admin_idle_minutes * 60)
    demo = build_ui(holder, feedback, settings, admin, sessions)
    demo.queue(default_concurrency_limit=web.concurrency)
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    add_admin_routes(app, settings.admin_password, sessions, Throttle(), feedback)
    originals = settings.path(settings.ingest.originals)

    @app.get("/hbc/original/{name}")
    async def original(name: str, request: Request) -> Response:
        if logins and _gradio_user(app, request) is None:
            return Response("log in first", status_code=401, media_type="text/plain")
        path = originals / name
        if not _ORIGINAL.match(name) or not path.is_file():
            return Response("not found", status_code=404, media_type="text/plain")
        kind = media_type(path.suffix)
        # A PDF opens in the browser (at #page=N); a DOCX downloads.
        disposition = "inline" if name.endswith(".pdf") else "attachment"
        return FileResponse(
            path, media_type=kind, filename=name, content_disposition_type=disposition
        )

    app.add_middleware(Guard, sessions=sessions, throttle=Throttle())
    footer: list[Any] = ["api", "gradio", "settings"] if web.show_api else ["gradio"]
    max_mb = min(web.max_upload_mb, settings.ingest.max_file_mb)
    return gr.mount_gradio_app(
        app, demo, path="", auth=logins or None, footer_links=footer, run_history=web.show_api,
        max_file_size=f"{max_mb}mb", css=CSS, head=HEAD, show_error=False,
        i18n=gr.I18n(vi=GRADIO_VI),
    )  # fmt: skip


class Server:
    """The app served by uvicorn in a background thread (tests, benchmarks)."""

    def __init__(self, app: FastAPI, host: str, port: int) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.url = f"http://{host}:{port}/"
        self._thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)


def serve(app: FastAPI, host: str, port: int) -> None:
    """Serve until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level="warning")
