"""The Ask tab: the chat with its answers, feedback and filters, the source cards beside it,
the conversations kept in the browser, and the events that tie them together."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from bot import render
from bot.admin import ServiceHolder
from bot.answer import Answer, Citation
from bot.feedback import FeedbackStore, RateLimit
from bot.web_conversations import (
    MAX_CONVERSATIONS,
    IssuedAnswers,
    conversation_choices,
    conversation_markdown,
    conversation_turns,
    stored_citations,
    stored_conversations,
    text_of,
)
from bot.web_page import DOWNLOAD_JS, EXAMPLES, LOAD_JS, SET_LANG_JS, TEXT, error_text
from bot.web_render import render_text, source_cards
from core.errors import HbcError
from core.settings import Settings
from index.readers import ORIGINAL_SUFFIXES
from index.retrieve import Filters

log = logging.getLogger(__name__)

# One address may send this many times a browser's feedback limit (several staff behind one
# office gateway share an address).
HOST_FACTOR = 10


def _lang(choice: str) -> str:
    return "en" if choice == "English" else "vi"


def _example_text(data: gr.SelectData) -> str:
    value = data.value
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


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
        turns = conversation_turns(history, answers)
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
            self.cards(stored_citations(answers.get(last) if last else None), lang),
            gr.update(label=t["comment"]),
            gr.update(value=t["send_comment"]),
            gr.update(label=t["past"]),
            gr.update(value=t["new"]),
            gr.update(value=t["export"]),
        )

    def on_load(
        self, store: dict[str, Any], lang_choice: str, answered: dict[str, Any]
    ) -> tuple[Any, ...]:
        """Bring back the browser's conversations; continue the last one; then open the
        question box and its button."""
        ready = (gr.update(interactive=True), gr.update(interactive=True))
        store = stored_conversations(store)
        items = store["items"]
        cid = store["current"]
        if answered:  # a question was answered before the page finished loading: keep it
            return (store, store["client"], gr.skip(), gr.skip(), gr.skip(), gr.skip(),
                    gr.update(choices=conversation_choices(items)), gr.skip(), *ready)  # fmt: skip
        conv = items.get(cid) or {}
        answers = conv.get("answers") or {}
        last = max(answers, key=int, default=None)
        lang = _lang(lang_choice)
        return (
            store, store["client"], cid or uuid.uuid4().hex, conv.get("history") or [], answers,
            self.cards(stored_citations(answers.get(last) if last else None), lang),
            gr.update(choices=conversation_choices(items), value=cid if cid in items else None),
            conversation_markdown(answers, lang), *ready,
        )  # fmt: skip

    def on_save(
        self, store: dict[str, Any], cid: str, history: list[dict[str, Any]],
        answers: dict[str, dict[str, Any]], lang_choice: str,
    ) -> tuple[Any, ...]:  # fmt: skip
        """Keep this conversation in the browser (localStorage), newest first, at most 30."""
        store = stored_conversations(store)
        items = store["items"]
        if history:
            first = next((text_of(m["content"]) for m in history if m["role"] == "user"), "")
            items[cid] = {"title": first[:60], "ts": time.time(), "history": history,
                          "answers": answers}  # fmt: skip
            for old in sorted(items, key=lambda k: items[k]["ts"])[:-MAX_CONVERSATIONS]:
                del items[old]
        store["items"], store["current"] = items, cid
        return (
            store,
            gr.update(choices=conversation_choices(items), value=cid if cid in items else None),
            conversation_markdown(answers, _lang(lang_choice)),
        )

    def on_pick(
        self, store: dict[str, Any], picked: str | None, lang_choice: str
    ) -> tuple[Any, ...]:
        """Open a past conversation kept in the browser."""
        conv = stored_conversations(store)["items"].get(picked or "")
        if not conv:
            return (gr.skip(),) * 5
        answers = conv.get("answers") or {}
        last = max(answers, key=int, default=None)
        lang = _lang(lang_choice)
        return (
            picked, conv["history"], answers,
            self.cards(stored_citations(answers.get(last) if last else None), lang),
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
        # Closed until the page load has brought back the browser's conversations: an answer
        # that came before that load finished was overwritten by the restored (empty) chat.
        box = gr.Textbox(
            placeholder=TEXT["vi"]["placeholder"], show_label=False, scale=5,
            elem_id="hbc-question", max_lines=4, interactive=False,
        )  # fmt: skip
        send = gr.Button(TEXT["vi"]["send"], variant="primary", scale=1, interactive=False)
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
         ui.past, ui.export_md, ui.box, ui.send], js=LOAD_JS, **private,
    )  # fmt: skip


def ask_tab(
    demo: gr.Blocks, handlers: AskHandlers, provinces: list[str], years: list[str],
    concurrency: int,
) -> AskTab:  # fmt: skip
    """The Ask tab with its per-session states, laid out and wired."""
    states = _ask_states()
    with gr.Tab("Hỏi đáp / Ask", elem_id="hbc-ask-tab"):
        ui = AskTab(**states, **_ask_layout(handlers, provinces, years))
        _wire_answering(ui, handlers, concurrency)
        _wire_conversations(demo, ui, handlers)
    return ui
