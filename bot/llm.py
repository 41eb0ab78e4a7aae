"""Generated answers through llama-index LLMs, held to the sources by a faithfulness guard.

The LLM sees the retrieved chunks as numbered sources and must cite `[n]` after every claim.
The guard then checks the answer: every `[n]` names a given source and every number in the
answer occurs in a source it cites (after number normalisation). A failing answer gets one retry
with the problems stated; a second failure, a dead server or a timeout gives the extractive
answer instead, with a visible notice. Nothing here ever raises into a front end. The prompt is
bot/llm_prompt.py, the guard bot/llm_guard.py.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer, Citation
from bot.extractive import ExtractiveAnswerer, source_line
from bot.llm_guard import check, checked_prefix
from bot.llm_prompt import CITE, NOT_FOUND, RETRY, Source, is_not_found, messages_for, sources_for
from core.errors import ModelError
from core.query import ParsedQuery
from core.settings import Settings
from core.text import figures
from index.chunk import Chunk, Span
from index.generations import LoadedIndex
from index.restore import readable
from index.retrieve import Retrieval

log = logging.getLogger(__name__)

NOTICE = {
    "vi": "⚠️ Mô hình ngôn ngữ không trả lời được ({why}); đây là câu trả lời trích xuất từ báo cáo.",
    "en": "⚠️ The language model could not answer ({why}); this is the extractive answer.",
}


def _quote_for(chunk: Chunk, wanted: set[str]) -> tuple[str, Span]:
    """The chunk's sentence holding most of the answer's numbers (else its first), and its span."""
    best: tuple[int, Span] | None = None
    for span in chunk.spans:
        hits = len(figures(chunk.sentence(span)) & wanted)
        if best is None or hits > best[0]:
            best = (hits, span)
    if best is None:
        return chunk.text.strip()[:300], Span(0, 0, chunk.line_start, chunk.line_end)
    return chunk.sentence(best[1]).strip(), best[1]


class LlmTimeoutError(TimeoutError):
    """The model did not finish its answer by the deadline."""


class LlmAnswerer:
    """Answers with an LLM; falls back to the extractive answerer when it cannot."""

    def __init__(
        self,
        index: LoadedIndex,
        llm: Any,
        fallback: ExtractiveAnswerer,
        max_sources: int = 5,
        name: str = "llm",
        deadline_s: float = 60.0,
        max_chars: int = 4000,
    ) -> None:
        self.index = index
        self.llm = llm
        self.fallback = fallback
        self.max_sources = max_sources
        self.name = name
        self.deadline_s = deadline_s  # the whole answer, retry included
        self.max_chars = max_chars  # longer answers are cut off and rejected

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """The final answer (the stream consumed)."""
        final: Answer | None = None
        for item in self.stream(q, retrieval, language):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def stream(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Iterator[str | Answer]:
        """Text pieces as the model writes them, then the checked Answer (which replaces
        them: after a retry or a fallback the final text differs from what streamed). A
        sentence is shown only once it is complete and passes the guard on its own (numbers
        in the sources it cites), so a figure the guard rejects never reaches the screen. The
        whole call, retry included, ends by `deadline_s`."""
        lang = language if language in NOT_FOUND else "vi"
        if not retrieval.hits:  # unknown province, nothing retrieved: the fixed message
            yield self.fallback.answer(q, retrieval, language)
            return
        sources = sources_for(self.index, retrieval, self.max_sources)
        messages = messages_for(q.text, sources, lang)
        problems: list[str] = []
        deadline = time.monotonic() + self.deadline_s
        for attempt in (1, 2):
            text, shown = "", 0
            try:
                for piece in self._chat(messages, deadline):
                    text += piece
                    if len(text) > self.max_chars:
                        break
                    safe = checked_prefix(text, shown, sources)
                    if safe > shown:
                        yield text[shown:safe]
                        shown = safe
            except Exception as exc:  # server down, timeout, model missing: never crash
                log.warning("llm failed (%s): %s", type(exc).__name__, exc)
                yield self._fallback(q, retrieval, language, _why(exc, lang))
                return
            problems = check(text, sources, self.max_chars)
            if not problems:
                if len(text) > shown:
                    yield text[shown:]
                yield self._answer(q.text, text, sources, lang)
                return
            log.info("llm answer rejected (attempt %d): %s", attempt, "; ".join(problems))
            messages = [
                *messages,
                {"role": "assistant", "content": text[: self.max_chars]},
                {
                    "role": "user",
                    "content": RETRY.format(
                        problems="; ".join(problems), not_found=NOT_FOUND[lang]
                    ),
                },
            ]
            if shown:
                yield "\n\n"
        why = (
            "câu trả lời không khớp nguồn"
            if lang == "vi"
            else "its answer did not match the sources"
        )
        yield self._fallback(q, retrieval, language, f"{why}: {'; '.join(problems)}")

    def _chat(self, messages: list[dict[str, str]], deadline: float) -> Iterator[str]:
        """The model's text pieces, read in a thread so that the deadline holds for the whole
        call: a server sending a piece every few seconds never trips a per-read timeout."""
        from llama_index.core.llms import ChatMessage

        chat = [ChatMessage(role=m["role"], content=m["content"]) for m in messages]
        pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def read() -> None:
            try:
                for delta in self.llm.stream_chat(chat):
                    if stop.is_set():
                        break  # the generator is dropped: its HTTP response closes
                    if delta.delta:
                        pieces.put(("piece", delta.delta))
                pieces.put(("end", None))
            except Exception as exc:  # handed to the caller's thread
                pieces.put(("error", exc))

        threading.Thread(target=read, name="llm-stream", daemon=True).start()
        try:
            while True:
                try:
                    kind, value = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise LlmTimeoutError(f"no complete answer within {self.deadline_s:g} s") from None
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                yield value
        finally:
            stop.set()

    def _answer(self, question: str, text: str, sources: Sequence[Source], lang: str) -> Answer:
        text = text.strip()
        if is_not_found(text):
            return Answer(question, NOT_FOUND[lang], True, (), language=lang)
        cited = sorted({int(n) for n in CITE.findall(text)})
        wanted = figures(CITE.sub(" ", text))
        citations = []
        for s in sources:
            if s.n not in cited:
                continue
            quote, span = _quote_for(s.chunk, wanted)
            shown = s.chunk.readable(span).strip() if span.rstart >= 0 else quote
            r = s.report
            citations.append(
                Citation(
                    n=s.n,
                    report_id=r.id,
                    title=readable(r.title),
                    number=r.number,
                    agency=r.agency,
                    date=r.date_vn,
                    section=s.chunk.readable_section,
                    quote=shown,
                    quote_original=quote,
                    score=0.0,
                    province=r.province,
                    period=r.period,
                    chunk_id=s.chunk.id,
                    line_start=span.line_start,
                    line_end=span.line_end,
                    context=shown,
                    page=span.page,
                )  # fmt: skip
            )
        label = "Sources" if lang == "en" else "Nguồn"
        lines = [source_line(c, lang == "en") for c in citations]
        first = next(iter(sorted(wanted, key=text.find)), "") if wanted else ""
        body = f"{text}\n\n{label}:\n" + "\n".join(lines)
        return Answer(
            question, body, False, tuple(citations), figure=first, confidence=1.0, language=lang
        )

    def _fallback(self, q: ParsedQuery, retrieval: Retrieval, language: str, why: str) -> Answer:
        ans = self.fallback.answer(q, retrieval, language)
        lang = language if language in NOTICE else "vi"
        notice = NOTICE[lang].format(why=why)
        return Answer(
            ans.question, f"{notice}\n\n{ans.text}", ans.abstained, ans.citations, figure=ans.figure,
            confidence=ans.confidence, language=ans.language,
        )  # fmt: skip


def _why(exc: Exception, lang: str) -> str:
    name = type(exc).__name__.lower()
    if "timeout" in name:
        return "hết thời gian chờ" if lang == "vi" else "timed out"
    if "connect" in name or "connection" in str(exc).lower():
        return "không kết nối được máy chủ" if lang == "vi" else "server unreachable"
    return type(exc).__name__


@dataclass(frozen=True)
class _Msg:
    role: str
    content: str


def chatml(messages: Sequence[Any]) -> str:
    """ChatML, the chat format of most small instruct GGUFs (Qwen, SmolLM, …), for llama_cpp."""
    parts = []
    for m in messages:
        role = getattr(m.role, "value", m.role)
        parts.append(f"<|im_start|>{role}\n{m.content}<|im_end|>\n")
    return "".join(parts) + "<|im_start|>assistant\n"


def make_llm(settings: Settings) -> Any:
    """The llama-index LLM the settings name (openai_like or llama_cpp)."""
    cfg = settings.llm
    if settings.answer.answerer == "openai_like":
        from llama_index.llms.openai_like import OpenAILike

        return OpenAILike(
            model=cfg.model, api_base=cfg.base_url, api_key=str(settings.llm_api_key) or "none",
            is_chat_model=True, timeout=cfg.timeout_s, max_retries=0, temperature=cfg.temperature,
            max_tokens=cfg.max_tokens, context_window=cfg.context_window,
        )  # fmt: skip
    if settings.answer.answerer == "llama_cpp":
        path = settings.path(cfg.model_path)
        if not path.is_file():
            raise ModelError(f"[llm].model_path: no GGUF file at {path}")
        try:
            from llama_index.llms.llama_cpp import LlamaCPP
        except ImportError:
            raise ModelError(
                "llama_cpp needs `pip install llama-index-llms-llama-cpp` (builds llama.cpp)"
            ) from None
        return LlamaCPP(
            model_path=str(path), temperature=cfg.temperature, max_new_tokens=cfg.max_tokens,
            context_window=cfg.context_window, verbose=False, messages_to_prompt=chatml,
            completion_to_prompt=lambda text: chatml([_Msg("user", text)]),
            generate_kwargs={"stop": ["<|im_end|>"]}, model_kwargs={"n_ctx": cfg.context_window},
        )  # fmt: skip
    raise ModelError(f"no LLM for answerer {settings.answer.answerer!r}")
