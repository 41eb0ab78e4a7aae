"""Questions generated from the fact table, for fitting what the dev split alone over-fits.

The dev split has been read and tuned on for long: the answerer states almost every dev figure
right, so a model of its confidence fitted on dev alone learns too little caution for questions
worded afresh. These questions are made from the index's fact table (index/facts.py), never from
an evaluation split, in the three ways staff type: Vietnamese with diacritics, the same folded
without them (`core.text.fold`), and English through the domain lexicon (core/lexicon.tsv).

Each is worded from what the fact counts, not copied from its sentence: words outside the
lexicon's terms are mostly dropped, a term may become its abbreviation (`ABBREVIATIONS`) or
another term of the same English wording, the last phrase may move to the front, and one of
several templates asks it (with its level, scope, or year at times). A part of a breakdown is
asked through its headline and its own label ("… trong đó cấp huyện bao nhiêu?"). Near-miss
variants expect "not found": the same question about a province no report covers, about a year
no report names, or about a service level or scope its report never writes.

Deterministic: the same facts and seed give the same questions. Every answerable question
expects its fact's value; labels are noisy all the same (dropping words can make a question fit
a neighbouring figure), which is why the fits weigh these questions, all together, as much as
the dev split.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from core.lexicon import Term, read_lexicon
from core.places import PROVINCES, province_mentions
from core.query import ABBREVIATIONS
from core.text import fold
from eval.scoring import Question
from index.chunk import Chunk
from index.facts import Fact
from index.metadata import Report
from index.restore import restore_question
from index.restore_syllables import is_damaged

SEED = 14
# Folded words that carry nothing of what a figure counts (and a question would not repeat).
_DROP_WORDS = (
    "la dang da duoc co cua cac so tai tren trong do gom voi va nhu sau dat chiem khoang bang "
    "nay ve den cho tu theo tong hien nam thang quy dau cuoi"
)
_DROP = frozenset(_DROP_WORDS.split())
KEEP_WORD = 0.7  # chance a few neighbouring words of a run outside the lexicon's terms stay
KEEP_TERM = 0.85  # chance a lexicon term stays
SYNONYM = 0.35  # chance a term is replaced by an abbreviation or a term of the same English
MOVE_FRONT = 0.3  # chance the last phrase moves to the front
MAX_WORDS = 9  # a question's counted words, at most (staff ask short)
MIN_WORDS = 3  # and at least, when the fact has that many
YEARS = range(2014, 2027)  # where a year absent from the corpus is looked for

_LEVEL_VI = {"toan trinh": ("toàn trình", "mức độ 4"), "mot phan": ("một phần", "mức độ 3")}
_LEVEL_EN = {"toan trinh": ("fully online", "end-to-end"), "mot phan": ("partially online",)}
_SCOPE_VI = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}
_SCOPE_EN = {"tinh": "at provincial level", "huyen": "at district level", "xa": "at commune level"}


@dataclass(frozen=True)
class Corpus:
    """What the generator reads besides the facts: each report's province and year, and every
    report's folded text (to be sure a near-miss asks what the report never writes)."""

    province: Mapping[str, str]  # report id -> province
    year: Mapping[str, int]  # report id -> year (0 when unknown)
    text: Mapping[str, str]  # report id -> folded text of its chunks
    chunk_text: Mapping[str, str]  # chunk id -> its folded text

    def years(self) -> set[int]:
        """Every year a report covers or its text writes."""
        found = {y for y in self.year.values() if y}
        for text in self.text.values():
            found |= {int(y) for y in re.findall(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d.,])", text)}
        return found


@dataclass(frozen=True)
class Phrase:
    """What a question asks about, as typed: Vietnamese with diacritics, and English ("" when
    the lexicon names none of its terms)."""

    vi: str
    en: str


@functools.cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, Term], dict[str, tuple[str, ...]]]:
    """The lexicon's terms by folded wording, a pattern finding them (longest first), and each
    term's other ways of writing it: its abbreviation, and the terms sharing an English wording."""
    by_folded: dict[str, Term] = {}
    by_english: dict[str, list[str]] = {}
    for t in read_lexicon():
        key = " ".join(re.findall(r"[a-z0-9]+", t.folded))
        if key and key not in by_folded:
            by_folded[key] = t
            for e in t.english:
                by_english.setdefault(e, []).append(key)
    alts: dict[str, list[str]] = {k: [] for k in by_folded}
    for keys in by_english.values():
        for k in keys:
            alts[k] += [by_folded[o].vi for o in keys if o != k and by_folded[o].vi not in alts[k]]
    for abbr, longs in ABBREVIATIONS.items():
        for long in longs:
            if long in alts and abbr.isalpha() and " " not in abbr:
                alts[long].append(abbr.upper())
    keys = sorted(by_folded, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(map(re.escape, keys)) + r")(?![a-z0-9])")
    return pattern, by_folded, {k: tuple(v) for k, v in alts.items()}


def _is_term(t: Term) -> bool:
    """A lexicon term worth naming: two syllables or more, or an abbreviation (one syllable
    such as "đang"/"đảng" or "đạt" folds onto everyday words)."""
    return " " in t.folded or t.vi.isupper()


@functools.lru_cache(maxsize=8192)
def _tokens(written: str, folded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A fact's words folded, and the same words as people read them: as written when the
    report is clean, else restored (index/restore.py); the folded ones when neither aligns."""
    toks = tuple(re.findall(r"[a-z0-9]+", folded))
    words = tuple(re.findall(r"[^\W_]+", written))
    if not is_damaged(written) and tuple(fold(w) for w in words) == toks:
        return toks, tuple(w if w.isupper() else w.lower() for w in words)
    restored = tuple(restore_question(" ".join(toks)).split())
    return toks, restored if len(restored) == len(toks) else toks


def _units(written: str, folded: str) -> list[tuple[str, str, str]]:
    """A fact's words as ("term", folded term, "") and ("words", folded, as read) units, in
    order; numbers, provinces and words that say nothing of what is counted left out."""
    toks, read = _tokens(written, folded)
    place = set(fold(" ".join(province_mentions(" ".join(toks))), repair=False).split())
    keep = [i for i, w in enumerate(toks) if not w.isdigit() and w not in place]
    text = " ".join(toks[i] for i in keep)
    starts = [0]
    for i in keep[:-1]:
        starts.append(starts[-1] + len(toks[i]) + 1)
    pattern, by_folded, _ = _lexicon()
    out: list[tuple[str, str, str]] = []
    n = 0  # the next kept word not yet in a unit
    for m in pattern.finditer(text):
        if not _is_term(by_folded[m.group(1)]):
            continue
        first, last = starts.index(m.start()), starts.index(m.start()) + len(m.group(1).split())
        out += _word_units(toks, read, keep[n:first])
        out.append(("term", m.group(1), ""))
        n = last
    return out + _word_units(toks, read, keep[n:])


def _word_units(
    toks: Sequence[str], read: Sequence[str], idx: Sequence[int]
) -> list[tuple[str, str, str]]:
    """Runs of words outside the terms (minus the words that say nothing) as units."""
    idx = [i for i in idx if toks[i] not in _DROP]
    if not idx:
        return []
    return [("words", " ".join(toks[i] for i in idx), " ".join(read[i] for i in idx))]


def _pick_units(
    units: list[tuple[str, str, str]], rng: random.Random, keep_all: bool
) -> list[tuple[str, str, str]]:
    """Keep the terms (most of them), a few neighbouring words of a run now and then, the
    question short; sometimes move the last phrase to the front."""
    if keep_all:
        return units
    kept: list[tuple[str, str, str]] = []
    for kind, folded, read in units:
        if kind == "term":
            if rng.random() < KEEP_TERM:
                kept.append((kind, folded, read))
            continue
        if rng.random() < KEEP_WORD:
            n = len(folded.split())
            size = min(n, rng.choice((1, 2, 2, 3)))
            at = rng.randrange(n - size + 1)
            kept.append((kind, " ".join(folded.split()[at : at + size]),
                         " ".join(read.split()[at : at + size])))  # fmt: skip
    if not any(k == "term" for k, _, _ in kept):
        kept = [u for u in units if u[0] == "term"][:2] or kept or units[:1]
    for u in units:  # too few words says too little of what is counted: put some back
        if sum(len(t.split()) for _, t, _ in kept) >= MIN_WORDS:
            break
        if u not in kept and u[0] == "words":
            kept.insert(units.index(u) if units.index(u) < len(kept) else len(kept), u)
    kept = [u for i, u in enumerate(kept) if u[0] == "words" or u not in kept[:i]]
    while sum(len(t.split()) for _, t, _ in kept) > MAX_WORDS and len(kept) > 1:
        drop = next((i for i, u in enumerate(kept) if u[0] == "words"), len(kept) - 1)
        kept.pop(drop)
    if len(kept) > 1 and rng.random() < MOVE_FRONT:
        kept = [kept[-1], *kept[:-1]]
    return kept


def phrase(written: str, folded: str, rng: random.Random, keep_all: bool = False) -> Phrase | None:
    """What a fact counts (or a part's label), reworded (see the module's doc); None when
    nothing is left."""
    units = _units(written, folded)
    if not units:
        return None
    _, by_folded, alts = _lexicon()
    vi: list[str] = []
    en: list[str] = []
    for kind, text, read in _pick_units(units, rng, keep_all):
        if kind == "words":
            vi.append(read)
            continue
        term = by_folded[text]
        others = alts.get(text, ())
        vi.append(rng.choice(others) if others and rng.random() < SYNONYM else term.vi)
        en.append(rng.choice(term.english))
    if not "".join(vi).strip():
        return None
    return Phrase(" ".join(vi), " ".join(en))


def _level(f: Fact, rng: random.Random) -> tuple[str, str]:
    """The fact's service level in Vietnamese and English ("" when it has none or its words
    already say it)."""
    if not f.level or "muc do" in f.counts_folded or f.level in f.counts_folded:
        return "", ""
    if f.level in _LEVEL_VI:
        return rng.choice(_LEVEL_VI[f.level]), rng.choice(_LEVEL_EN[f.level])
    levels = f.level.split(",")
    if len(levels) == 1:
        return rng.choice((f"mức độ {f.level}", f"mức {f.level}")), f"level {f.level}"
    return f"mức độ {' và '.join(levels)}", f"levels {' and '.join(levels)}"


def _scope(f: Fact) -> tuple[str, str]:
    """The fact's scope when it has exactly one its words do not already say."""
    if f.scope not in _SCOPE_VI or f"cap {f.scope}" in f.counts_folded:
        return "", ""
    return _SCOPE_VI[f.scope], _SCOPE_EN[f.scope]


# Templates: {p} province, {w} what is counted (with level and scope), {y} the year or period
# (with its leading space, or ""), {l} the part's label.
_VI = {
    "count": ("{p} có bao nhiêu {w}{y}?", "Số {w} của {p}{y} là bao nhiêu?",
              "{w} ở {p}{y}: bao nhiêu?", "Cho biết số lượng {w} tại {p}{y}"),
    "percent": ("Tỷ lệ {w} của {p}{y} là bao nhiêu?", "{p} đạt tỷ lệ {w} bao nhiêu phần trăm{y}?",
                "{w} ở {p}{y} chiếm bao nhiêu %?"),
    "part": ("{p} có bao nhiêu {w}{y}, trong đó {l} là bao nhiêu?",
             "Trong số {w} của {p}{y}, {l} có bao nhiêu?", "{w} {l} ở {p}{y} bao nhiêu?"),
}  # fmt: skip
_EN = {
    "count": ("How many {w} does {p} have{y}?", "What is the number of {w} in {p}{y}?",
              "{p}: how many {w}{y}?"),
    "percent": ("What percentage of {w} in {p}{y}?", "What is the rate of {w} in {p}{y}?",
                "{p}{y}: share of {w}?"),
    "part": ("Of the {w} in {p}{y}, how many were {l}?", "How many {w} in {p} were {l}{y}?"),
}  # fmt: skip
LANGS = ("vi", "vi_nodiac", "en")


@dataclass(frozen=True)
class _Ask:
    """One question being worded: what it asks in both languages, and its slots."""

    what: Phrase
    label: Phrase | None  # a part's label
    level: tuple[str, str]
    scope: tuple[str, str]
    year: int
    period: str  # the report's period, as shown ("Quý III/2022")
    form: str  # count | percent | part


def _ask(f: Fact, by_id: Mapping[str, Fact], corpus: Corpus, rng: random.Random) -> _Ask | None:
    """The slots of a question asking for fact `f` (a part through its headline's words)."""
    parent = by_id.get(f.parent)
    head = parent or f
    what = phrase(head.counts, head.counts_folded, rng)
    label = phrase(f.label, f.label_folded, rng, keep_all=True) if parent and f.label else None
    if what is None or (parent and label is None):
        return None
    form = "part" if label else f.kind
    return _Ask(what, label, _level(f, rng), _scope(f) if not label else ("", ""),
                corpus.year.get(f.report_id, 0), f.period, form)  # fmt: skip


def _year(a: _Ask, lang: str, rng: random.Random, always: bool) -> str:
    """The year or period slot: sometimes left out, unless the province has several reports."""
    if not a.year or not (always or rng.random() < 0.4):
        return ""
    if lang == "en":
        return f" in {a.year}"
    if a.period and rng.random() < 0.5:
        return " " + a.period[:1].lower() + a.period[1:]
    return f" năm {a.year}"


def word(a: _Ask, province: str, lang: str, rng: random.Random, always_year: bool) -> str:
    """The question text in one language ("" when English cannot say it)."""
    en = lang == "en"
    what = a.what.en if en else a.what.vi
    label = (a.label.en if en else a.label.vi) if a.label else ""
    if not what or (a.label and not label):
        return ""
    extra = " ".join(x for x in (a.level[en], a.scope[en]) if x)
    w = f"{what} {extra}".strip()
    p = fold(province, repair=False).title() if en else province
    template = rng.choice((_EN if en else _VI)[a.form])
    text = template.format(p=p, w=w, y=_year(a, lang, rng, always_year), l=label)
    text = text[:1].upper() + text[1:]
    return fold(text, repair=False) if lang == "vi_nodiac" else text


def corpus_of(reports: Iterable[Report], chunks: Iterable[Chunk]) -> Corpus:
    """The generator's view of an index: reports' provinces and years, chunks' folded text."""
    reps = list(reports)
    chunk_text: dict[str, str] = {}
    text: dict[str, str] = {}
    for c in chunks:
        chunk_text[c.id] = fold(c.text)
        text[c.report_id] = f"{text.get(c.report_id, '')} {chunk_text[c.id]}"
    return Corpus({r.id: r.province for r in reps}, {r.id: r.year for r in reps}, text,
                  chunk_text)  # fmt: skip


def _terms(folded: str) -> set[str]:
    pattern, _, _ = _lexicon()
    return set(pattern.findall(" ".join(re.findall(r"[a-z0-9]+", folded))))


def absent_level(f: Fact, corpus: Corpus, rng: random.Random) -> str:
    """A service level ("2") the fact's report never writes, for a fact about services,
    procedures or dossiers ("" when none)."""
    if not re.search(r"\b(?:dich vu|thu tuc|tthc|dvc|ho so)\b", f.counts_folded):
        return ""
    text = corpus.text.get(f.report_id, "")
    other = {"4": "toan trinh", "3": "mot phan", "2": "muc do 2"}
    levels = [d for d in "234" if d not in f.level and f"muc do {d}" not in text
              and f"muc {d}" not in text and other[d] not in text]  # fmt: skip
    return rng.choice(levels) if levels else ""


def absent_scope(f: Fact, facts: Sequence[Fact], corpus: Corpus, rng: random.Random) -> str:
    """A scope ("huyen", "xa") neither the fact's passage nor any fact of its report about the
    same terms gives, for a fact that is no breakdown and no part ("" when none)."""
    if f.scope or f.parent or f.parts:
        return ""
    words = set(corpus.chunk_text.get(f.chunk_id, "").split())
    mine = _terms(f.counts_folded)
    scoped = {s for g in facts if g.report_id == f.report_id and mine & _terms(g.counts_folded)
              for s in g.scope.split(",")}  # fmt: skip
    scopes = [s for s in ("huyen", "xa") if s not in words and s not in scoped]
    return rng.choice(scopes) if scopes else ""


def _category(a: _Ask, f: Fact) -> str:
    return "breakdown" if a.form == "part" else ("percent" if f.kind == "percent" else "figure")


@dataclass(frozen=True)
class _Absent:
    """What near-misses may name instead: provinces and years no report covers."""

    provinces: tuple[str, ...]
    years: tuple[int, ...]


def near_miss(
    f: Fact, a: _Ask, variant: str, facts: Sequence[Fact], corpus: Corpus, absent: _Absent,
    lang: str, rng: random.Random,
) -> str:  # fmt: skip
    """The fact's question changed so that no report answers it ("" when this variant does
    not apply to the fact): another province, another year, a level or a scope never given."""
    if variant == "province":
        return word(a, rng.choice(absent.provinces), lang, rng, False)
    if variant == "year":
        changed = _Ask(a.what, a.label, a.level, a.scope, rng.choice(absent.years), "", a.form)
        return word(changed, f.province, lang, rng, True)
    several = sum(p == f.province for p in corpus.province.values()) > 1
    if variant == "level" and a.form != "part" and (d := absent_level(f, corpus, rng)):
        level = (f"mức độ {d}", f"level {d}")
        return word(_Ask(a.what, a.label, level, a.scope, a.year, a.period, a.form),
                    f.province, lang, rng, several)  # fmt: skip
    if variant == "scope" and a.form != "part" and (s := absent_scope(f, facts, corpus, rng)):
        scope = (_SCOPE_VI[s], _SCOPE_EN[s])
        return word(_Ask(a.what, a.label, a.level, scope, a.year, a.period, a.form),
                    f.province, lang, rng, several)  # fmt: skip
    return ""


VARIANTS = ("province", "year", "level", "scope")


def generate(facts: Sequence[Fact], corpus: Corpus, seed: int = SEED) -> list[Question]:
    """Every fact asked in each language, and one near-miss per fact (its variant and language
    in turn); ids `gen-N`, `note` the language or variant and the fact's id."""
    rng = random.Random(seed)
    by_id = {f.id: f for f in facts}
    absent = _Absent(
        tuple(sorted(set(PROVINCES) - set(corpus.province.values()))),
        tuple(sorted(set(YEARS) - corpus.years())),
    )
    out: list[Question] = []

    def add(text: str, category: str, f: Fact, answerable: bool, note: str, lang: str) -> None:
        if text:
            expect = (f.value,) if answerable else ()
            reports = (f.report_id,) if answerable else ()
            out.append(Question(f"gen-{len(out)}", text, category, reports, expect,
                                note=f"{note} {f.id}", lang=lang, split="generated"))  # fmt: skip

    for k, f in enumerate(facts):
        a = _ask(f, by_id, corpus, rng)
        if a is None or len(a.what.vi.split()) < 2:
            continue
        several = sum(p == f.province for p in corpus.province.values()) > 1
        for lang in LANGS:
            add(word(a, f.province, lang, rng, several), _category(a, f), f, True, lang, lang)
        variant, lang = VARIANTS[k % len(VARIANTS)], LANGS[k % len(LANGS)]
        text = near_miss(f, a, variant, facts, corpus, absent, lang, rng)
        add(text, "unanswerable", f, False, variant, lang)
    return out
