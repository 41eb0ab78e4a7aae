"""What an answer is, as data: the figure, what it counts, when it holds, the alternatives and
the citations. Front ends render from these fields with bot/render.py; `text` is the
answerer's own Markdown (what `--json` and the evaluation read)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
class FigureCandidate:
    """One figure that may answer the question: the figure, what it counts (the report's own
    words around it), the date or period it holds for, and where it is said."""

    figure: str
    counts: str
    holds_for: str
    citation: Citation


@dataclass(frozen=True)
class Answer:
    """An answer with its citations; `abstained` means no figure or fact from the reports is
    stated (not found, small talk, a filter that excludes what was asked)."""

    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    figure: str = ""
    confidence: float = 0.0
    language: str = "vi"
    timings_ms: dict[str, float] = field(default_factory=dict)
    retrieved: tuple[str, ...] = ()  # chunk ids the retriever ranked, best first
    intent: str = ""  # what was asked (bot.intents.Intent); "" before routing
    counts: str = ""  # what the figure counts, in the report's words
    unit: str = ""  # the word after the figure ("hồ sơ", "DVC", "%")
    holds_for: str = ""  # the date or period the figure holds for ("tính đến 20/5/2022")
    # Figures that may answer instead; several with no `figure` means "not sure, one of these".
    candidates: tuple[FigureCandidate, ...] = ()
    margin: float = 0.0  # score lead of the figure over the next different one (calibration)
    doubts: tuple[str, ...] = ()  # why the best figure may not be the asked one (see extractive)
    # The named confidence features of the chosen figure (bot/extractive/confidence.py), and
    # the fitted model's probability that it is the asked one: what calibration reads.
    evidence: tuple[tuple[str, float], ...] = ()
    sure: float = 0.0
    chart: tuple[tuple[str, float], ...] = ()  # a comparison's (side, value) pairs, for a plot
    chart_line: bool = False  # the chart's sides are periods of one place: a line, not bars
    # Why an abstention found nothing when it knows: "near miss" (the nearest figure is of
    # another thing, year or measure, bot/nearest.py), "period" (no report covers it); "" plain.
    not_found_why: str = ""
