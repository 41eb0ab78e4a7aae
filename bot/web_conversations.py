"""Conversations as the browser keeps them (localStorage) and the answers this server issued:
what a stored conversation may hold, its turns for follow-ups, its Markdown export."""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from typing import Any, get_type_hints

from bot.render import escape_md
from bot.web_page import TEXT
from core.result import Citation

MAX_CONVERSATIONS = 30
# Answers the server remembers for feedback (question, answer, sources by the key it issued).
MAX_ISSUED = 5_000  # a few kB each (the answer and its quotes)


def text_of(content: Any) -> str:
    """The text of a chat message's content (a string, a Gradio part or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    if isinstance(content, list):
        return " ".join(text_of(c) for c in content)
    return ""


def conversation_turns(
    history: list[dict[str, Any]], answers: dict[str, dict[str, Any]]
) -> list[tuple[str, str]]:
    """(question, answer) turns, with the answers as the service wrote them (not as shown)."""
    out: list[tuple[str, str]] = []
    question = ""
    for i, msg in enumerate(history):
        if msg.get("role") == "user":
            question = text_of(msg.get("content"))
        elif msg.get("role") == "assistant" and question:
            item = answers.get(str(i))
            out.append((question, item["answer"] if item else text_of(msg.get("content"))))
            question = ""
    return out


# What each field of a stored source must be (a float field may hold an int).
_HINTS = get_type_hints(Citation)
_CITATION_TYPES: dict[str, type | tuple[type, ...]] = {
    k: (int, float) if t is float else t for k, t in _HINTS.items()
}


def stored_citations(item: Any) -> list[Citation]:
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


def stored_conversations(store: Any) -> dict[str, Any]:
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


def conversation_choices(items: dict[str, Any]) -> list[tuple[str, str]]:
    """The past-conversations menu: time and title, newest first."""
    newest = sorted(items, key=lambda k: items[k]["ts"], reverse=True)
    return [
        (time.strftime("%d/%m %H:%M ", time.localtime(items[k]["ts"])) + items[k]["title"], k)
        for k in newest
    ]
