"""The one service every front end calls: `answer(question, history, filters) -> Answer`."""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from index.errors import BadQuestionError
from index.normalize import fold
from index.query import ParsedQuery, parse_query
from index.retrieve import Filters, HybridRetriever, Retrieval

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Citation:
    """A numbered source: which report, which section, the exact quoted line."""

    n: int
    report_id: str
    title: str
    number: str
    agency: str
    date: str
    section: str
    quote: str
    score: float
    province: str = ""
    period: str = ""
    chunk_id: str = ""
    line_start: int = 0
    line_end: int = 0
    context: str = ""  # the paragraph the quote sits in, for highlighting
    page: int = 0  # page of the quote in a PDF report; 0 for texts without pages
    quote_original: str = ""  # the quoted line as the report has it (OCR), when `quote` is restored


@dataclass(frozen=True)
class Answer:
    """An answer with its citations; `abstained` means the reports do not hold it."""

    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    figure: str = ""
    confidence: float = 0.0
    language: str = "vi"
    timings_ms: dict[str, float] = field(default_factory=dict)
    retrieved: tuple[str, ...] = ()  # chunk ids the retriever ranked, best first


class Answerer(Protocol):
    """Turns a question and retrieved chunks into an Answer."""

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """Compose the answer."""
        ...


_VI_CHARS = re.compile(
    r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I
)
_EN_WORDS = re.compile(
    r"\b(how|what|which|who|when|where|many|much|does|did|is|are|the|of|in|was|were|number|"
    r"level|percentage|rate|province|report)\b",
    re.I,
)
_VI_WORDS = re.compile(r"\b(bao nhieu|co|cua|la|nhung|nao|gi|tinh|muc|ty le|so|duoc|nam|quy)\b")


def detect_language(question: str, folded: str) -> str:
    """'vi' or 'en': diacritics or Vietnamese words mean Vietnamese."""
    en = len(_EN_WORDS.findall(question))
    vi = len(_VI_WORDS.findall(folded))
    # Diacritics in a province name ("Tuyên Quang") do not make an English question Vietnamese.
    if _VI_CHARS.search(question) and en < 2:
        return "vi"
    return "en" if en > vi else "vi"


def clean_question(question: object, max_chars: int) -> str:
    """The question as text, control characters removed; refuse empty, binary or huge input."""
    if isinstance(question, bytes):
        try:
            question = question.decode("utf-8")
        except UnicodeDecodeError:
            raise BadQuestionError("the question is not text") from None
    if not isinstance(question, str):
        raise BadQuestionError("the question must be text")
    if "\x00" in question:
        raise BadQuestionError("the question is not text (binary data)")
    text = "".join(
        " " if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} and c not in "\n\t" else c
        for c in unicodedata.normalize("NFC", question)
    )
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise BadQuestionError("the question is empty; type what you want to know")
    if len(text) > max_chars:
        raise BadQuestionError(
            f"the question is too long ({len(text)} characters, at most {max_chars})"
        )
    if not re.search(r"\w", text):
        raise BadQuestionError("the question has no words")
    return text


class AnswerService:
    """Validates, retrieves, answers; the only thing front ends know about."""

    def __init__(
        self, retriever: HybridRetriever, answerer: Answerer, max_question_chars: int
    ) -> None:
        self.retriever = retriever
        self.answerer = answerer
        self.max_question_chars = max_question_chars

    def answer(
        self,
        question: str,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Answer:
        """Answer one question; `history` is earlier (question, answer) turns of the chat."""
        final: Answer | None = None
        for item in self.stream(question, history, filters, mode):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def stream(
        self,
        question: str,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Iterator[str | Answer]:
        """As `answer`, but yields the text as an LLM writes it, then the final Answer (whose
        text replaces the pieces). The extractive answerer yields only the Answer. Bad input
        raises BadQuestionError before anything is yielded."""
        t0 = time.perf_counter()
        text = clean_question(question, self.max_question_chars)
        q = parse_query(text)
        q = _with_history(q, history)
        t1 = time.perf_counter()
        retrieval = self.retriever.retrieve(q, filters, mode)
        t2 = time.perf_counter()
        language = detect_language(text, q.folded)
        streamer = getattr(self.answerer, "stream", None)
        ans: Answer | None = None
        if streamer is None:
            ans = self.answerer.answer(q, retrieval, language)
        else:
            for item in streamer(q, retrieval, language):
                if isinstance(item, Answer):
                    ans = item
                else:
                    yield item
        assert ans is not None
        t3 = time.perf_counter()
        timings = {
            "parse": round((t1 - t0) * 1000, 1),
            "retrieve": round((t2 - t1) * 1000, 1),
            "answer": round((t3 - t2) * 1000, 1),
            "total": round((t3 - t0) * 1000, 1),
        }
        log.info(
            "answered q_len=%d abstained=%s total_ms=%.0f",
            len(text),
            ans.abstained,
            timings["total"],
        )
        yield Answer(
            question=text, text=ans.text, abstained=ans.abstained, citations=ans.citations,
            figure=ans.figure, confidence=ans.confidence, language=ans.language, timings_ms=timings,
            retrieved=tuple(h.chunk.id for h in retrieval.hits),
        )  # fmt: skip


def _with_history(q: ParsedQuery, history: Sequence[tuple[str, str]]) -> ParsedQuery:
    """A follow-up ("còn Hải Dương thì sao?") keeps the previous question's topic."""
    if not history:
        return q
    prev = parse_query(history[-1][0])
    short = len(q.folded.split()) <= 6
    if not short:
        return q
    # Keep the earlier topic words, swap in the new province/period when one is named.
    topic = prev.folded
    for p in prev.provinces:
        topic = topic.replace(fold(p), " ")
    merged = parse_query(f"{q.text} {topic}")
    provinces = q.provinces or prev.provinces
    years = q.years or prev.years
    return ParsedQuery(
        text=q.text, folded=merged.folded, expanded=merged.expanded, provinces=provinces,
        years=years, quarter=q.quarter or prev.quarter,
    )  # fmt: skip
