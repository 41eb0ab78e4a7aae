"""The evaluation set and how one answer is scored against it."""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.text import figures, fold, quarter_number

# Dev-split categories (the language or form of the question) and the kinds of question both
# splits use (what is asked). A question has one category: its `category` field, or its `kind`.
DEV_CATEGORIES = ("vi", "vi_nodiac", "en", "abbrev", "cross", "unanswerable")
KINDS = ("figure", "percent", "breakdown", "report_meta", "unanswerable", "smalltalk",
         "section", "summary", "list", "compare")  # fmt: skip
CATEGORIES = (*DEV_CATEGORIES, *(k for k in KINDS if k not in DEV_CATEGORIES))
LANGS = ("vi", "vi_nodiac", "en")
# Categories that expect no answer: an abstention, or a short reply with no figure and no source.
UNANSWERED = ("unanswerable", "smalltalk")
# Categories scored by the items of a list (section items, enumerations, a summary's sections).
ITEMIZED = ("section", "summary", "list")
QUESTIONS = Path(__file__).with_name("questions.toml")  # the dev split: read it, tune on it
# The test split: written from the reports alone before tuning; run and reported by category,
# its failures not listed unless asked for (`--show-test-failures`).
TEST_QUESTIONS = Path(__file__).with_name("questions_test.toml")
# The calibration split: written from the reports alone, never read by developers and never
# tuned on; `python -m eval.calibrate --fit-confidence` chooses the confidence model's thresholds
# on its answers (eval/confidence_fit.py). Not scored by `python -m eval`.
CALIB_QUESTIONS = Path(__file__).with_name("questions_calib.toml")


@dataclass(frozen=True)
class Question:
    """One hand-checked question of the fixed set."""

    id: str
    q: str
    category: str
    reports: tuple[str, ...]
    expect: tuple[str, ...]
    section: str = ""
    evidence: str = ""
    note: str = ""
    lang: str = "vi"
    items: tuple[str, ...] = ()  # section/list/summary: every expected item, as a phrase
    split: str = "dev"

    @property
    def answerable(self) -> bool:
        """Unanswerable questions expect an abstention, small talk a reply without sources."""
        return self.category not in UNANSWERED


_VI_MARKS = re.compile(r"[ăâđêôơư\u0300-\u0323]", re.I)
_EN = re.compile(r"\b(how|what|which|who|when|where|does|did|is|are|the|of)\b", re.I)


def question_lang(q: str, category: str) -> str:
    """The language a question is typed in: its category when that names one, else read from
    the text (Vietnamese marks → vi, English function words → en, else vi_nodiac)."""
    if category in LANGS:
        return category
    if _VI_MARKS.search(unicodedata.normalize("NFD", q)):
        return "vi"
    return "en" if len(_EN.findall(q)) >= 2 else "vi_nodiac"


def load_questions(path: Path = QUESTIONS, split: str = "dev") -> list[Question]:
    """Read and check a split: unique ids, known categories, expectations where needed."""
    with path.open("rb") as fh:
        raw = tomllib.load(fh).get("question", [])
    out: list[Question] = []
    seen: set[str] = set()
    for item in raw:
        category = item.get("category") or item.get("kind", "")
        q = Question(
            id=item["id"], q=item["q"], category=category,
            reports=tuple(item.get("reports", ())), expect=tuple(item.get("expect", ())),
            section=item.get("section", ""), evidence=item.get("evidence", ""),
            note=item.get("note", ""), lang=item.get("lang") or question_lang(item["q"], category),
            items=tuple(item.get("items", ())), split=split,
        )  # fmt: skip
        if q.id in seen:
            raise ValueError(f"duplicate question id {q.id}")
        if q.category not in CATEGORIES:
            raise ValueError(f"{q.id}: unknown category {q.category!r}")
        if q.lang not in LANGS:
            raise ValueError(f"{q.id}: unknown lang {q.lang!r}")
        if q.answerable and not (q.reports and (q.expect or q.items)):
            raise ValueError(f"{q.id}: an answerable question needs reports and expect or items")
        if not q.answerable and (q.reports or q.expect or q.items):
            raise ValueError(f"{q.id}: a question without an answer expects nothing")
        seen.add(q.id)
        out.append(q)
    return out


# ---------------------------------------------------------------------------------------------
# Figures


def is_figure(value: str) -> bool:
    """An expected value made of digits (a count, share, amount or date), not a name."""
    return bool(re.fullmatch(r"[\d.,/\s%]+", value))


# A quarter or month of a year has two spellings that mean the same period: "Quý I năm 2019"
# and "Quý I/2019", "tháng 6 năm 2022" and "tháng 6/2022"; a quarter's number is written in
# Roman or Arabic digits ("quý 1" = "quý I"). Read folded.
_PERIOD = re.compile(r"\b(quy|thang) ([ivx]+|\d{1,2})(?: nam |/|-)(\d{4})\b")
# A quarter named without its year ("Quý I") is spelled the same way, so it stands in "quy 1/2019".
_QUARTER = re.compile(r"\bquy (i{1,3}|iv)\b(?!/)")


# A state body has an official abbreviation that means the same name: "UBND" is "Ủy ban nhân dân",
# "HĐND" is "Hội đồng nhân dân" (Vietnamese administrative usage). An expected name typed in
# full matches an answer's abbreviation and the other way round. Read folded.
_ABBREVIATIONS = (
    (re.compile(r"\bubnd\b"), "uy ban nhan dan"),
    (re.compile(r"\bhdnd\b"), "hoi dong nhan dan"),
)


def _spelled_out(folded: str) -> str:
    for abbreviation, name in _ABBREVIATIONS:
        folded = abbreviation.sub(name, folded)
    return folded


def _period(m: re.Match[str]) -> str:
    return f"{m.group(1)} {quarter_number(m.group(2)) or m.group(2)}/{m.group(3)}"


# A day has two spellings that mean the same date: "ngày 15 tháng 6 năm 2022" (how a report
# prints its own date) and "15/6/2022", with or without leading zeros ("15/06/2022"). Read
# folded; spelled as d/m/yyyy before a month's period spelling could take "tháng 6 năm 2022".
_DAY_WORDS = re.compile(r"\b(?:ngay )?0?(\d{1,2}) thang 0?(\d{1,2}) nam (\d{4})\b")
_DAY_DIGITS = re.compile(r"\b0?(\d{1,2})/0?(\d{1,2})/(\d{4})\b")


def date_spelling(folded: str) -> str:
    """A folded text with each day's date in one spelling ("15/6/2022")."""
    return _DAY_DIGITS.sub(r"\1/\2/\3", _DAY_WORDS.sub(r"\1/\2/\3", folded))


def period_spelling(folded: str) -> str:
    """A folded text with each quarter or month of a year in one spelling ("quy 1/2019"), each
    day's date in one spelling ("15/6/2022")."""
    dated = _PERIOD.sub(_period, date_spelling(folded))
    return _QUARTER.sub(lambda m: f"quy {quarter_number(m.group(1))}", dated)


def value_in(value: str, text: str, text_figures: set[str] | None = None) -> bool:
    """Whether an expected value is in a text: figures after number normalisation, names
    after folding (diacritics and OCR damage do not matter) and periods in one spelling. An
    expected value is typed, so it is also folded as typed: OCR repair would read "ioc" as
    "loc", while the answer's "IOC" (capitals: an acronym) is kept."""
    if is_figure(value):
        want = figures(value)
        have = text_figures if text_figures is not None else figures(text)
        return bool(want) and want <= have
    hay = _slashes(_spelled_out(period_spelling(fold(text))))
    return any(
        _slashes(_spelled_out(period_spelling(v))) in hay
        for v in {fold(value), fold(value, repair=False)}
    )


# A document number is one token however the OCR spaced its slash ("104 /BC-STTTT" = "104/BC-STTTT").
_SLASH = re.compile(r"\s*/\s*")


def _slashes(folded: str) -> str:
    return _SLASH.sub("/", folded)


def _only_expected_bold(said: str, expect: Sequence[str]) -> bool:
    """Whether the figures an answer states in bold are all expected ones (and there are some)."""
    bold = set().union(*(figures(m.group(1)) for m in re.finditer(r"\*\*(.+?)\*\*", said)))
    expected = set().union(*(figures(v) for v in expect if is_figure(v)))
    return bool(bold) and bold <= expected


def date_parts_in(expect: Sequence[str], have: set[str]) -> bool:
    """Whether expected figures that are a date's parts ("23", "2022": a date the report prints
    in words, "ngày 23 tháng 5 năm 2022") are one date the answer states ("23/5/2022"). The
    parts must hold the day and the year of the same date: a year alone, or a day and a year
    of two dates, is no match. `expect` holds only the values not stated as written: a report's
    number found, its date's day and year are still one date."""
    want = [figures(v) for v in expect]
    if not 2 <= len(want) <= 3 or not all(len(w) == 1 for w in want):
        return False
    parts = {next(iter(w)) for w in want}
    for value in have:
        bits = value.split("/")
        if len(bits) == 3 and {bits[0], bits[2]} <= parts <= set(bits):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# One question's outcome


@dataclass(frozen=True)
class Outcome:
    """What a configuration did with one question."""

    id: str
    category: str
    answerable: bool
    abstained: bool
    correct: bool  # right figures (answerable) or abstained (unanswerable)
    citation_ok: bool | None  # None when not applicable (abstained or unanswerable)
    rank: int  # 1-based rank of the first right chunk; 0 = not retrieved / not applicable
    latency_ms: float
    answer: str
    cited: tuple[str, ...]
    expected: tuple[str, ...]
    lang: str = "vi"
    split: str = "dev"
    wrong: bool = False  # answerable, and the answer states a figure that is not the expected one
    hedged: bool = False  # the answer offered candidates instead of one figure
    item_recall: float | None = None  # expected items found in the answer (itemized questions)
    item_precision: float | None = None  # the answer's items that are expected ones


_SOURCES = re.compile(r"^(Sources|Nguồn|Nguon):\s*$", re.MULTILINE)


# A table's column of the report's own words is a quote; a cell the answer marks unsure states
# no figure (its candidates are not an answer).
_QUOTE_COLUMN = re.compile(r"lời báo cáo|report's words", re.IGNORECASE)
_UNSURE_CELL = re.compile(r"^\s*(?:chưa chắc|not sure)\b", re.IGNORECASE)


def _cells(line: str) -> list[str]:
    return line.strip().strip("|").split("|")


def _table_said(lines: list[str]) -> list[str]:
    """The lines with each table's quote column and unsure cells emptied: a comparison
    table states the figures of its figure column, not those of the report's words beside
    them nor the candidates of a side it is not sure of."""
    out: list[str] = []
    quote: set[int] = set()
    for line in lines:
        if not line.lstrip().startswith("|"):
            quote = set()
            out.append(line)
            continue
        cells = _cells(line)
        if not quote and any(_QUOTE_COLUMN.search(c) for c in cells):
            quote = {i for i, c in enumerate(cells) if _QUOTE_COLUMN.search(c)}
        kept = ["" if i in quote or _UNSURE_CELL.search(c) else c for i, c in enumerate(cells)]
        out.append("| " + " | ".join(kept) + " |")
    return out


def claims(answer_text: str) -> str:
    """What the answer itself states: without quoted source lines ("> ..."), a table's column
    of the report's words and its unsure cells, and the source list at the end. A figure that
    only appears inside a quote, or among a side's candidates, is not an answer."""
    m = _SOURCES.search(answer_text)
    body = answer_text[: m.start()] if m else answer_text
    lines = [line for line in body.splitlines() if not line.lstrip().startswith(">")]
    said = "\n".join(_table_said(lines))
    # An extractive answer to a text question (who, which plan) leads with no figure of its own:
    # the quoted line is its statement.
    return said if "**" in said else body


def right_chunk(q: Question, report_id: str, text: str) -> bool:
    """A retrieved chunk is right when it is from an expected report and holds an expected
    value (or the question's evidence text, or one of its expected items)."""
    if report_id not in q.reports:
        return False
    if q.evidence:
        return fold(q.evidence) in fold(text)
    have = figures(text)
    if any(value_in(v, text, have) for v in q.expect):
        return True
    return any(item_matches(item, text) for item in q.items)


_BOLD_FIGURE = re.compile(r"\*\*[^*]*\d[^*]*\*\*")
_ITEM_LINE = re.compile(r"^\s*(?:[-•*+]|\d{1,2}[.)]|[a-zđ][.)])\s+(.*\S)", re.MULTILINE)
_WORD = re.compile(r"\w+")
ITEM_MATCH = 0.6  # share of an expected phrase's words an answer item must hold to match it


def answer_items(answer_text: str) -> list[str]:
    """The items an answer lists: its bulleted or numbered lines, quotes and sources left out."""
    return [m.group(1) for m in _ITEM_LINE.finditer(claims(answer_text))]


def _near(word: str, have: set[str]) -> bool:
    """The word is among `have`, or (3+ letters) one misread letter away from one of them: an
    expected item written in a report's OCR spelling ("nong nghiep va phat trien neng thon")
    matches the restored item people read ("… nông thôn"); folding alone misses a misread
    vowel ("neng" / "nong")."""
    if word in have:
        return True
    if len(word) < 3:
        return False
    return any(
        len(h) == len(word) and sum(a != b for a, b in zip(h, word, strict=True)) == 1 for h in have
    )


def item_matches(phrase: str, item: str) -> bool:
    """An answer item holds an expected phrase: most of its words, after folding (OCR-broken
    and restored spellings of one word fold alike, or are one misread letter apart)."""
    want = _WORD.findall(fold(phrase))
    have = set(_WORD.findall(fold(item)))
    return bool(want) and sum(_near(w, have) for w in want) >= ITEM_MATCH * len(want)


# A list's expected item must stand in the answer's item as a phrase: at least PHRASE_MATCH of
# its words (a word OCR lost or garbled past reading may be missing) in the phrase's order, inside a stretch of the item at most a third longer than the
# phrase. Matching words anywhere in the item let a long paragraph "hold" a short name whose
# words it uses apart ("… hạ tầng kĩ thuật … chính quyền số" for "hạ tầng số"), so a section
# given for a list question scored as the list.
_SPAN = 3
PHRASE_MATCH = 0.75


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (letters inserted, deleted or changed)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _ocr_near(word: str, other: str) -> bool:
    """`_near` for one pair, or a letter lost or added ("s" / "so"), or (4+ letters, same
    first and last letter) two letters misread ("thirc" / "thuc"); numbers never."""
    if _near(word, {other}):
        return True
    if not word or not other or word.isdigit() or other.isdigit():
        return False
    if abs(len(word) - len(other)) == 1 and _edits(word, other) == 1:
        return True
    return (
        min(len(word), len(other)) >= 4
        and (word[0], word[-1]) == (other[0], other[-1])
        and _edits(word, other) <= 2
    )


def _in_order(want: Sequence[str], have: Sequence[str]) -> int:
    """How many of `want`'s words `have` holds in the same order (a longest common
    subsequence, OCR-near words counting as the same)."""
    row = [0] * (len(have) + 1)
    for w in want:
        prev = 0
        for j, h in enumerate(have, 1):
            cur = row[j]
            row[j] = prev + 1 if _ocr_near(w, h) else max(row[j], row[j - 1])
            prev = cur
    return row[-1]


def phrase_in(phrase: str, item: str) -> bool:
    """An answer item holds an expected phrase as a phrase: PHRASE_MATCH of its words in order
    within a stretch of the item not much longer than the phrase (see `_SPAN`)."""
    want = _WORD.findall(fold(phrase))
    have = _WORD.findall(fold(item))
    if not want:
        return False
    need = math.ceil(PHRASE_MATCH * len(want) - 1e-9)
    span = len(want) + max(1, len(want) // _SPAN)
    starts = range(max(1, len(have) - need + 1))
    return any(_in_order(want, have[i : i + span]) >= need for i in starts)


def item_scores(
    expected: Sequence[str], items: Sequence[str], phrases: bool = False
) -> tuple[float, float]:
    """(recall, precision) of an answer's items against the expected items; `phrases`: each
    expected item must stand in an answer item as a phrase (a list's items), not only as most
    of its words (a section's items, whose expected phrases sum up paragraphs)."""
    if not items:
        return 0.0, 0.0
    match = phrase_in if phrases else item_matches
    found = sum(any(match(e, it) for it in items) for e in expected)
    right = sum(any(match(e, it) for e in expected) for it in items)
    return found / len(expected), right / len(items)


def score(
    q: Question,
    answer_text: str,
    abstained: bool,
    cited: tuple[str, ...],
    ranked: list[tuple[str, str]],
    latency_ms: float,
    hedged: bool = False,
) -> Outcome:
    """Score one answer. `cited`: report ids of the citations, in order; `ranked`: the
    retrieved chunks as (report id, text), best first; `hedged`: the answer offered candidate
    figures instead of one (never correct, never wrong)."""
    rank = 0
    if q.answerable:
        for i, (rid, text) in enumerate(ranked, 1):
            if right_chunk(q, rid, text):
                rank = i
                break
    said = claims(answer_text)
    have = figures(said)
    recall = precision = None
    wrong = False
    citation_ok: bool | None = None
    if q.category == "smalltalk":
        # A polite reply: no source and no figure stated (example questions in a hint may hold
        # numbers, "mức độ 4"; a stated figure is bold).
        correct = not cited and not _BOLD_FIGURE.search(answer_text)
    elif not q.answerable:
        correct = abstained
    else:
        if q.items:
            phrases = q.category == "list"
            recall, precision = item_scores(q.items, answer_items(answer_text), phrases)
        # Values the answer states as written; those it does not may be one date's parts.
        missing = [v for v in q.expect if not value_in(v, said, have)]
        values_ok = not missing or date_parts_in(missing, have)
        items_ok = recall is None or (recall >= 0.8 and (precision or 0.0) >= 0.9)
        correct = not abstained and not hedged and values_ok and items_ok
        # Wrong: a figure stated that is not an expected one. An answer whose bold (stated)
        # figures are all expected but misses one (a comparison with a side not found) is
        # incomplete, not wrong.
        wrong = (not abstained and not hedged and not values_ok and bool(have) and bool(q.expect)
                 and not _only_expected_bold(said, q.expect))  # fmt: skip
        if not abstained:
            citation_ok = bool(cited) and cited[0] in q.reports and set(q.reports) <= set(cited)
    return Outcome(
        id=q.id, category=q.category, answerable=q.answerable, abstained=abstained,
        correct=correct, citation_ok=citation_ok, rank=rank, latency_ms=latency_ms,
        answer=answer_text, cited=cited, expected=q.expect, lang=q.lang, split=q.split,
        wrong=wrong, hedged=hedged, item_recall=recall, item_precision=precision,
    )  # fmt: skip
