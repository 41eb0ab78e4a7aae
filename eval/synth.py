"""Synthetic reports for scale runs: the seed reports' structure and wording, other provinces and
quarters, figures varied; each report with its own generated questions.

A synthetic report is a seed report (the template) with its province replaced everywhere it is
named, its years shifted, and every figure of 10 or more scaled by a random factor (the same
original figure becomes the same new figure throughout the report; formats `1.044`, `55,82%`
kept). Questions are made from the synthetic text itself (never from the evaluation set): the
province, the quarter, and the words just before a figure that occurs once in the report, e.g.
"lao cai quy II nam 2021 so dich vu cong dang cung cap muc do 4 la bao nhieu", when those words
occur once in the report and in no other template. Deterministic for a given seed.
"""

from __future__ import annotations

import functools
import random
import re
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from core.places import PROVINCES
from core.text import fold, parse_number
from index.embed import Vectors
from index.metadata import Report, write_metadata

ROMAN = ("I", "II", "III", "IV")
YEARS = tuple(range(2016, 2026))
_WORD = re.compile(r"[^\s,.;:()“”\"?!]+")
# A figure standing alone: not part of a date (20/5/2022), a ratio (138/138) or a document
# number (98/BC-STTTT), not glued to letters.
_FIGURE = re.compile(r"(?<![\w/.,-])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(%?)(?![\w/-]|[.,]\d)")
_YEAR = re.compile(r"(?<!\d)(19|20)(\d\d)(?!\d)")


@dataclass(frozen=True)
class SynthQuestion:
    """A generated question, the report that answers it and the figure it asks for."""

    id: str
    q: str
    report_id: str
    figure: str


def _shift_match(m: re.Match[str], by: int) -> str:
    value = int(m.group())
    return str(value + by) if 1990 <= value <= 2035 else m.group()


def _fmt_like(original: str, value: float, decimals: int, percent: bool) -> str:
    if decimals:
        text = f"{value:.{decimals}f}".replace(".", ",")
    else:
        whole = int(round(value))
        text = f"{whole:,}".replace(",", ".") if "." in original else str(whole)
        if original.startswith("0") and len(original) > len(text):
            text = text.zfill(len(original))
    return text + ("%" if percent else "")


def _vary_figures(text: str, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Scale every figure ≥ 10 (years, dates, document numbers untouched); old → new map."""
    mapping: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        whole, frac, pct = m.group(1), m.group(2) or "", m.group(3)
        token = whole + frac + pct
        value = parse_number(token.rstrip("%"))
        if value is None or value < 10 or (not frac and not pct and 1990 <= value <= 2035):
            return token
        if token not in mapping:
            new = value * rng.uniform(0.6, 1.4)
            if pct:
                new = min(new, 99.9 if frac else 99)
            mapping[token] = _fmt_like(whole, new, len(frac) - 1 if frac else 0, bool(pct))
        return mapping[token]

    return _FIGURE.sub(repl, text), mapping


@functools.lru_cache(maxsize=500_000)
def _fold_word(word: str) -> str:
    return fold(word)


def _replace_province(text: str, old: str, new: str) -> str:
    """Every mention of `old` (any spelling the OCR left: "Tuyén Quang", "TUYEN QUANG", a name
    broken across two lines) → `new`; line breaks are kept, so line numbers stay."""
    target = fold(old).split()
    n = len(target)
    words = list(_WORD.finditer(text))
    folded = [_fold_word(w.group()) for w in words]
    spans = []
    i = 0
    while i + n <= len(words):
        if folded[i : i + n] == target:
            spans.append((words[i].start(), words[i + n - 1].end(), words[i].group().isupper()))
            i += n
        else:
            i += 1
    for start, end, upper in reversed(spans):
        breaks = "\n" * text.count("\n", start, end)
        text = text[:start] + (new.upper() if upper else new) + breaks + text[end:]
    return text


def _stream(text: str, province: str) -> str:
    """The words a question is made of (folded, letters only, the province as "@"), spaced."""
    words = [w for w in fold(text).split() if (w.isalpha() and len(w) > 1) or w in "1234"]
    joined = f" {' '.join(words)} "
    return joined.replace(f" {fold(province)} ", " @ ") if province else joined


def _questions(report: Report, text: str, mapping: dict[str, str], rng: random.Random,
               per_report: int, others: list[str]) -> list[SynthQuestion]:  # fmt: skip
    """Questions about figures that occur once in the report, worded from the text before them.

    The wording must single the report out: it occurs once in the report and in no other
    template (`others`, word streams as `_stream` makes them). At 10,000 reports a province
    has about four reports a quarter, one per template, and a phrase the templates share
    ("hanh chinh nha nuoc tren dia ban tinh") would have several right answers."""
    own = _stream(text, report.province)
    counts: dict[str, int] = {}
    for new in mapping.values():
        counts[new] = text.count(new)
    unique = sorted(v for v, c in counts.items() if c == 1)
    rng.shuffle(unique)
    place = fold(report.province)
    when = f"quy {ROMAN[report.quarter - 1]} nam {report.year}"
    out: list[SynthQuestion] = []
    for figure in unique:
        at = text.find(figure)
        before = text[max(0, text.rfind("\n", 0, at)) : at]
        words = [w for w in fold(before).split() if (w.isalpha() and len(w) > 1) or w in "1234"]
        if len(words) < 4:
            continue
        lead = " ".join(words[-8:])
        key = _stream(lead, report.province)
        if own.count(key) != 1 or any(key in other for other in others):
            continue
        q = f"{place} {when} {lead} bao nhieu"
        out.append(SynthQuestion(f"{report.id}-q{len(out) + 1}", q, report.id, figure))
        if len(out) >= per_report:
            break
    return out


def combinations(n: int, templates: int, rng: random.Random) -> list[tuple[int, str, int, int]]:
    """n distinct (template, province, year, quarter) choices."""
    every = [(t, p, y, q) for t in range(templates) for p in PROVINCES for y in YEARS
             for q in range(1, 5)]  # fmt: skip
    if n > len(every):
        raise ValueError(f"at most {len(every)} distinct synthetic reports")
    return rng.sample(every, n)


def generate(
    templates: list[tuple[Report, str]],
    n: int,
    corpus_dir: Path,
    metadata_path: Path,
    seed: int = 7,
    per_report: int = 1,
) -> list[SynthQuestion]:
    """Write n synthetic reports (texts + metadata file); return their generated questions."""
    rng = random.Random(seed)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    reports: list[Report] = []
    questions: list[SynthQuestion] = []
    streams = [_stream(raw, base.province) for base, raw in templates]
    for i, (t, province, year, quarter) in enumerate(combinations(n, len(templates), rng)):
        base, raw = templates[t]
        text = _replace_province(raw, base.province, province) if base.province else raw
        shift = year - (base.year or year)
        text = _YEAR.sub(functools.partial(_shift_match, by=shift), text)
        text, mapping = _vary_figures(text, rng)
        rid = f"syn{i:05d}"
        report = replace(
            base, id=rid, file=f"{rid}.txt", province=province,
            agency=base.agency.replace(base.province, province) if base.province else base.agency,
            number=f"{rng.randint(1, 400)}/BC-{base.number.split('-')[-1] or 'UBND'}",
            date=f"{year}-{quarter * 3:02d}-{rng.randint(10, 28):02d}", year=year, quarter=quarter,
            period=f"Quý {ROMAN[quarter - 1]}/{year}", source="",
        )  # fmt: skip
        (corpus_dir / report.file).write_text(text, encoding="utf-8")
        reports.append(report)
        others = streams[:t] + streams[t + 1 :]
        questions.extend(_questions(report, text, mapping, rng, per_report, others))
    write_metadata(metadata_path, reports)
    return questions


class HashEmbedder:
    """A stand-in embedder for scale runs: hashed bag of folded words, 384-d, L2-normalised.

    Deterministic and ~1000× cheaper than the real model, so that Chroma, BM25 and the
    answer path can be measured at 10,000 reports on this machine; its vectors carry only
    lexical signal, so hit@5 measured with it is not the real model's.
    """

    name = "hash-bow-384"
    dim = 384

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for w in text.split():
            h = zlib.crc32(w.encode("utf-8"))
            v[h % self.dim] += 1.0 if (h >> 16) & 1 else -1.0
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Vectors for passages."""
        return (
            np.stack([self._one(t) for t in texts])
            if texts
            else np.zeros((0, self.dim), np.float32)
        )

    def embed_query(self, text: str) -> Vectors:
        """The vector of a question."""
        return self._one(text)
