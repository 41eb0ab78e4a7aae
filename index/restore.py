"""Restore OCR-damaged Vietnamese (lost diacritics, misread letters): a noisy-channel decoder.

For each word-like token, candidate syllables come from a syllable inventory, each with a
channel cost from letter-level OCR confusion classes (a digit or symbol read for a vowel, a lost
hook or hat, two glyphs for one letter, ...) and from how well the token's own diacritics agree.
A Witten-Bell smoothed syllable bigram model (learnt from what the `underthesea` wheel ships: the
VLSP 2013 sample text, the Viet74K word list, its CRF taggers' word and pair attributes and its
address table's unit names) scores the sequence, with a word's case inside a sentence as
evidence too, and Viterbi picks the best line. Numbers, dates, document numbers, URLs,
e-mails, abbreviations in capitals and tokens without a good candidate are kept as they are
(and, with `min_margin`, words whose reading is unsure: names). The result is a derived layer:
every restored token maps back to the original offsets (`Restored.pieces`).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import math
import os
import pickle
import re
import threading
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.places import PROVINCES
from core.text import is_syllable

log = logging.getLogger(__name__)

# Bump when decoding changes in a way the source hash would not show (it always shows code).
_VERSION = "1"
_VIET74K = "corpus/data/Viet74K.txt"
_VLSP = "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"
_ADDRESS = "address/data/mapping.json"

_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_SHAPES = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
_BOS = 0

# A token: letters, digits and the glyphs OCR prints for Vietnamese letters ('&' for ở, '¢' for
# ệ, "u'" for ư), with an apostrophe only inside.
_TOKEN = re.compile(r"[\w&¢€§@]+(?:['’][\w&¢€]+)*")
# Never touched: URLs, e-mails, document numbers (98/BC-STTTT, 48-NQ/TU), dates, file names.
_PROTECTED = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[\w.-]*\d[\w.-]*/[\w./-]+|[\w-]+/[\w-]*\d[\w./-]*|\w+\.(?:pdf|docx?|xlsx?|vn|com|gov)\b",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXL]+$")
_CODE = re.compile(r"^[A-Z]+\d+$")
# Where a line's context ends for the language model.
_BREAK = re.compile(r"[.;:!?()\[\]{}\"“”«»|…=+*/\\]")


# ---------------------------------------------------------------------------------------------
# Letters: folding a syllable to its OCR-comparable key, and reading marks


def _marks(syllable: str) -> tuple[str, frozenset[str]]:
    """The tone ('' if none) and the shape marks (^ ( + and 'd' for đ) of a lowercase word."""
    tone = ""
    shapes: set[str] = set()
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONES:
            tone = _TONES[ch]
        elif ch in _SHAPES:
            shapes.add(_SHAPES[ch])
        elif ch == "đ":
            shapes.add("d")
    return tone, frozenset(shapes)


@lru_cache(maxsize=65536)
def key_of(word: str) -> str:
    """Lowercase ASCII letters of a word: every mark dropped, đ → d."""
    out = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in out if unicodedata.category(c) != "Mn")


_VIET_LETTERS = re.compile(
    r"^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$"
)


_TONE_CHARS = "".join(_TONES)


@lru_cache(maxsize=65536)
def new_style(syllable: str) -> str:
    """Tone mark placed the modern way, as the reports write it: hoà → hòa, thuỷ → thủy."""
    key = key_of(syllable)
    if len(key) < 2 or key[-2:] not in ("oa", "oe", "uy") or key[-3:-2] == "q":
        return syllable
    nfd = unicodedata.normalize("NFD", syllable)
    tone = "".join(c for c in nfd if c in _TONE_CHARS)
    if not tone:
        return syllable
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_CHARS))
    return unicodedata.normalize("NFC", base[:-1] + tone + base[-1])


def _valid(syllable: str) -> bool:
    """A real Vietnamese syllable shape (letters, one tone at most, a valid onset/rhyme)."""
    if not _VIET_LETTERS.match(syllable) or len(syllable) > 7:
        return False
    tones = sum(1 for c in unicodedata.normalize("NFD", syllable) if c in _TONES)
    return tones <= 1 and is_syllable(key_of(syllable))


# ---------------------------------------------------------------------------------------------
# The channel: letter-level OCR confusion classes with costs (natural-log units, as the LM).
# A rule reads `src` from the lowercase token and writes `dst` into the candidate's key.
# Classes, not words: a glyph for a vowel with its hat or hook (6→ô, &→ở, ¢→ệ, w→ư), a letter
# with a hat read as another vowel (â/ă→i, â→e, ư→y), the horn or hook drawn as extra glyphs
# (ư→ir, ư→u', ử→or), ơ/ợ read as g or b, Đ read as P or D+P, two glyphs for one letter.

_RULES: tuple[tuple[str, str, float], ...] = (
    ("u'", "u", 0.2), ("o'", "o", 0.2), ("u’", "u", 0.2), ("o’", "o", 0.2),
    ("uw", "u", 0.3), ("ir", "u", 0.5), ("ur", "u", 0.9), ("or", "u", 1.2), ("ti", "u", 1.0), ("ii", "u", 1.0),
    ("oq", "o", 0.8), ("oo", "o", 1.2), ("dp", "d", 0.6), ("rn", "m", 1.5),
    ("w", "u", 0.4), ("6", "o", 0.4), ("0", "o", 1.0), ("8", "o", 1.5), ("&", "o", 0.5),
    ("&", "a", 0.8), ("&", "e", 1.0), ("§", "o", 0.8), ("¢", "e", 0.5), ("€", "e", 0.5), ("@", "a", 1.0),
    ("4", "a", 1.2), ("3", "a", 1.5), ("1", "l", 1.0), ("1", "i", 1.5),
    ("q", "o", 1.0), ("g", "o", 1.5), ("b", "o", 1.8), ("tr", "u", 1.0),
    ("d", "a", 1.0), ("d", "e", 1.5), ("d", "o", 1.5),
    ("li", "u", 1.2), ("e", "o", 1.2), ("i", "a", 1.6), ("e", "a", 2.0), ("y", "u", 1.8), ("t", "u", 2.2), ("c", "e", 2.2),
    ("e", "c", 2.2), ("c", "o", 2.4), ("a", "u", 2.6), ("o", "u", 2.6),
    ("u", "a", 2.6), ("i", "u", 2.4), ("l", "i", 2.2), ("i", "l", 2.4), ("p", "d", 2.0),
    ("i", "", 2.6), ("r", "", 2.6), ("d", "", 2.8), ("a", "", 2.8),
    # Classes seen in the OCR reports' own leftover tokens (words no rule above could read):
    # ư drawn as "it"/"yu"/"iw", ứn as "im"/"tm"/"tn" ("nhitng", "chimg", "tmg"); a final c
    # as "ce" ("thuce"); an accent printed beside its vowel ("céac", "phéat"); ơ as "de"/"do"
    # after u ("hudéng"); a hat glyph beside its é ("nhi¢ém"); iê as "ig" ("vigc"); the "fi"
    # ligature for â ("phﬁn"); 6 doubling its o ("sé6"); ị as j ("dja"); a stray 1 by an i.
    ("it", "u", 1.0), ("im", "un", 1.0), ("tn", "un", 1.0), ("tm", "un", 1.0),
    ("yu", "u", 0.6), ("iw", "u", 0.3), ("ce", "c", 0.6), ("ea", "a", 0.6),
    ("de", "o", 0.8), ("do", "o", 0.8),
    ("¢e", "e", 0.3), ("e¢", "e", 0.3), ("€e", "e", 0.3), ("e€", "e", 0.3), ("ig", "ie", 1.0),
    ("ﬁ", "a", 0.6), ("o6", "o", 0.4), ("e6", "o", 0.6),
    ("iv", "u", 0.8), ("j", "i", 0.5), ("ij", "i", 0.4), ("i1", "i", 0.6), ("1i", "i", 0.6),
)  # fmt: skip
_UPPER_I = 0.4  # a capital I before lowercase letters is OCR's l ("Iong" → "lòng")
# Initials that are real letters at a word's start: b, d, g, q, t are not misread vowels there.
_GLYPH_MARKS = (("6", "^"), ("¢", "^"), ("€", "^"), ("w", "+"))
_NOT_FIRST = frozenset({"q", "g", "b", "t", "d", "c", "y", "i", "a", "o", "u", "e", "l"})
_FIRST_OK = frozenset({"dp", "tn", "tm"})  # never an onset: "tn"/"tm" open with ư
_UPPER_P = 0.4  # a capital P before a vowel is OCR's Đ ("Pé an" → "Đề án")
MAX_CHANNEL = 3.2  # a candidate costing more than this is not considered at all
MAX_CAPS = 1.0
_EXACT = 0.8


def _rules_at(
    token: str, i: int, upper_p: bool, upper_i: bool = False
) -> list[tuple[int, str, float]]:
    out: list[tuple[int, str, float]] = [(1, token[i], 0.0)] if token[i].isalpha() else []
    if i == 0 and upper_p:
        out.append((1, "d", _UPPER_P))
    if i == 0 and upper_i:
        out.append((1, "l", _UPPER_I))
    if token[i] == "e" and i == len(token) - 1 and i > 1:
        out.append((1, "c", 1.2))  # a final c read as e: "trude" → "trước", "viée" → "việc"
    for src, dst, cost in _RULES:
        if token.startswith(src, i) and (i > 0 or src[0] not in _NOT_FIRST or src in _FIRST_OK):
            out.append((len(src), dst, cost))
    return out


# ---------------------------------------------------------------------------------------------
# The model: inventory and a Kneser-Ney bigram language model over syllables


@dataclass
class Model:
    """Syllable inventory, candidate index and bigram language model (log probabilities)."""

    words: list[str]  # id → syllable (0 is the sentence boundary)
    by_key: dict[str, tuple[int, ...]]  # ASCII key → syllable ids
    prefixes: frozenset[str]  # every prefix of every key, to prune candidate generation
    unigram: list[float]  # −log Pkn(w)
    gamma: list[float]  # −log backoff weight of a history
    bigram: dict[int, float]  # v·V + w → −log P(w|v), for seen pairs
    marks: list[tuple[str, frozenset[str]]]
    digest: str
    cap_yes: list[float]  # −log P(capitalised | syllable), inside a sentence
    cap_no: list[float]  # −log P(lowercase | syllable), inside a sentence

    def cost(self, v: int, w: int) -> float:
        """−log P(w | v)."""
        got = self.bigram.get(v * len(self.words) + w)
        return got if got is not None else self.gamma[v] + self.unigram[w]


def _underthesea_dir() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the restorer needs underthesea's word lists: "
            "pip install --no-deps underthesea==9.5.0 (make setup does)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _sequences(text: str) -> Iterable[list[str]]:
    """Syllable runs of a clean text, lowercase but for a capitalised word's first letter;
    punctuation or a non-syllable ends a run."""
    for line in text.splitlines():
        run: list[str] = []
        for m in re.finditer(r"\S+", unicodedata.normalize("NFC", line)):
            word = m.group().lower()
            core = word.strip(",.;:!?()\"'“”…-–")
            cls = _class_of(m.group().strip(",.;:!?()\"'“”…-–"))
            if core and (_valid(core) or cls):
                shown = cls or new_style(core)
                if not cls and m.group().strip(",.;:!?()\"'“”…-–")[:1].isupper():
                    shown = shown[:1].upper() + shown[1:]
                run.append(shown)
                if core == word.strip("\"'“”-–("):
                    continue  # no punctuation after it: the run goes on
            if run:
                yield run
            run = []
        if run:
            yield run


_NUM = "<num>"
_ABBR = "<abbr>"
_CLASSES = frozenset({_NUM, _ABBR})
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*%?$")
_ABBREV = re.compile(r"^[A-ZĐ]{2,6}$")


def _class_of(token: str) -> str:
    """The language model's word for a number (roman ones too: "Quý I") or an abbreviation in
    capitals; '' otherwise."""
    if _NUMBER.match(token) or _ROMAN.match(token):
        return _NUM
    if _ABBREV.match(token):
        return _ABBR
    return ""


def _resource_sequences() -> Iterable[tuple[list[str], float]]:
    """(syllable run, weight): VLSP sentences count fully; Viet74K's entries are words, not
    text, so they count little (they add pairs the sample lacks, not frequencies)."""
    base = _underthesea_dir()
    sentence: list[str] = []
    with (base / _VLSP).open(encoding="utf-8") as fh:
        for line in fh:
            word = line.split("\t", 1)[0].strip()
            if not word:
                yield from ((run, 1.0) for run in _sequences(" ".join(sentence)))
                sentence = []
                continue
            sentence.append(word if re.search(r"\w", word) else "|")
    yield from ((run, 1.0) for run in _sequences(" ".join(sentence)))
    with (base / _VIET74K).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().lower().split()
            if parts and all(_valid(p) for p in parts):
                yield [new_style(p) for p in parts], WORD_LIST_WEIGHT
    for name in PROVINCES:  # the 63 provinces, spelt as the reports spell them
        yield from ((run, 1.0) for run in _sequences(name))
    for name in _unit_names(base / _ADDRESS):
        yield from ((run, 1.0) for run in _sequences(name))
    for phrase in _crf_phrases(base):
        yield from ((run, CRF_WEIGHT) for run in _sequences(phrase))


def _unit_names(path: Path) -> list[str]:
    """The provinces' and districts' full names ("Tỉnh Hà Giang", "Huyện Phong Điền"), old and
    new, from underthesea's address table (vietnamadminunits)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for table in ("province_names", "old_province_names"):
        names.update(v["name"] for v in data.get(table, {}).values())
    names.update(row.get("old_district", "") for row in data.get("ward_mapping", []))
    return sorted(n for n in names if n)


CRF_WEIGHT = 0.2  # type-level evidence: a pair seen, not a count (measured best of 0.1-1.0)
# The CRF word segmenter's and POS taggers' models: their attribute dictionaries hold every
# word, word pair and syllable pair the taggers saw in training (VLSP 2013, far larger than the
# sample text), as "T[-1,0]=các tỉnh": which pairs occur, not how often.
_CRF_MODELS = (
    "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727/models.bin",
    "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/models.bin",
    "pipeline/pos_tag/pos_crf_2017_10_11.bin",
    "pipeline/chunking/chunk_crf_2017_10_12.bin",
    "pipeline/ner/ner_crf_2017_10_12.bin",
)
_ATTR = re.compile(rb"T\[(?:-?\d|-2,-1|-1,0|0,1|1,2)\](?:\.lower)?=([^\x00]+)\x00")  # adjacent


def _crf_phrases(base: Path) -> list[str]:
    """Distinct texts of the CRF models' word and pair attributes (as cased: "UBND tỉnh")."""
    found: set[str] = set()
    for rel in _CRF_MODELS:
        path = base / rel
        if not path.exists():
            continue
        for m in _ATTR.finditer(path.read_bytes()):
            with contextlib.suppress(UnicodeDecodeError):
                found.add(m.group(1).decode("utf-8"))
    return sorted(found)


WORD_LIST_WEIGHT = 0.2
CASE_PRIOR = 2.0  # pseudo-count pulling P(capital | w) towards the overall rate
CASE_WEIGHT = 0.3  # measured: 0.3-0.7 alike, 1.0 worse (case is weak evidence next to the bigrams)


_Counts = defaultdict[str, float]


def _counts(
    extra: tuple[str, ...],
) -> tuple[_Counts, defaultdict[tuple[str, str], float], _Counts, _Counts]:
    """Weighted syllable counts over the resource runs and the `extra` texts: unigrams,
    bigrams (with sentence bounds), and inside a sentence how often each is capitalised and
    seen at all."""
    uni: defaultdict[str, float] = defaultdict(float)
    big: defaultdict[tuple[str, str], float] = defaultdict(float)
    seqs = list(_resource_sequences())
    for text in extra:
        seqs.extend((run, 1.0) for run in _sequences(text))
    capital: defaultdict[str, float] = defaultdict(float)  # inside a run, capitalised
    inside: defaultdict[str, float] = defaultdict(float)  # inside a run, either way
    for seq, weight in seqs:
        sentence = weight >= 1.0  # a word-list entry has no sentence boundaries
        prev = "<s>"
        for i, shown in enumerate(seq):
            w = shown.lower()
            if i and sentence:  # a run's first word is capitalised for the sentence's sake
                inside[w] += weight
                if shown[:1] != w[:1]:
                    capital[w] += weight
            uni[w] += weight
            if i or sentence:
                big[(prev, w)] += weight
            prev = w
        if sentence:
            big[(prev, "<s>")] += weight
    return uni, big, capital, inside


def _build(extra: tuple[str, ...], digest: str) -> Model:
    """Witten-Bell interpolated bigram model over weighted syllable runs."""
    uni, big, capital, inside = _counts(extra)
    words = ["<s>", *sorted(uni)]
    ids = {w: i for i, w in enumerate(words)}
    n = len(words)
    total = sum(uni.values())
    p_uni = [0.5 / (total + 0.5 * n)] + [(uni[w] + 0.5) / (total + 0.5 * n) for w in words[1:]]
    unigram = [-math.log(p) for p in p_uni]
    types: Counter[int] = Counter()
    mass: defaultdict[int, float] = defaultdict(float)
    pairs: dict[int, float] = {}
    for (a, b), c in big.items():
        va, wb = ids[a], ids[b]
        pairs[va * n + wb] = c
        types[va] += 1
        mass[va] += c
    gamma = [-math.log(types[v] / (mass[v] + types[v])) if types[v] else 0.0 for v in range(n)]
    bigram: dict[int, float] = {}
    for key, c in pairs.items():
        va, wb = divmod(key, n)
        bigram[key] = -math.log((c + types[va] * p_uni[wb]) / (mass[va] + types[va]))
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words[1:], start=1):
        by_key[key_of(w)].append(i)
    # P(capitalised | syllable) inside a sentence: "Sở", "Cổng", "Quý" head names of offices,
    # portals and quarters; "số", "công", "quy" rarely do. Smoothed towards the overall rate.
    rate = (sum(capital.values()) + 1.0) / (sum(inside.values()) + 2.0)
    p_cap = [rate] + [
        (capital[w] + CASE_PRIOR * rate) / (inside[w] + CASE_PRIOR) for w in words[1:]
    ]
    prefixes = frozenset(k[:j] for k in by_key for j in range(len(k) + 1))
    return Model(
        words=words,
        by_key={k: tuple(v) for k, v in by_key.items()},
        prefixes=prefixes,
        unigram=unigram,
        gamma=gamma,
        bigram=bigram,
        marks=[_marks(w) for w in words],
        digest=digest,
        cap_yes=[-math.log(p) for p in p_cap],
        cap_no=[-math.log(1.0 - p) for p in p_cap],
    )


def _cache_dir() -> Path:
    root = os.environ.get("HBC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "hbc"
    )
    return Path(root)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    return hashlib.sha256(Path(__file__).read_bytes() + _VERSION.encode()).hexdigest()[:12]


_models: dict[str, Model] = {}
_lock = threading.Lock()


def load_model(extra: tuple[str, ...] = ()) -> Model:
    """The model for the given extra clean texts, built once and cached on disk (~1 s to load)."""
    h = hashlib.sha256(_code_digest().encode())
    base = _underthesea_dir()
    for rel in (_VLSP, _VIET74K, _ADDRESS, *_CRF_MODELS):
        path = base / rel
        h.update(str(path.stat().st_size if path.exists() else -1).encode())
    for t in extra:
        h.update(b"\x00" + t.encode("utf-8"))
    digest = h.hexdigest()[:16]
    with _lock:
        if digest in _models:
            return _models[digest]
        path = _cache_dir() / f"restore-{digest}.pkl"
        model: Model | None = None
        if path.exists():
            try:
                with path.open("rb") as fh:
                    model = pickle.load(fh)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                model = None
        if model is None:
            model = _build(extra, digest)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                with tmp.open("wb") as fh:
                    pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(path)
            except OSError as e:  # a read-only cache only costs the rebuild next time
                log.warning("restore model not cached: %s", e)
        _models[digest] = model
        return model


# ---------------------------------------------------------------------------------------------
# Decoding


@dataclass(frozen=True)
class Piece:
    """One token: its original offsets, its restored offsets and whether it changed."""

    start: int
    end: int
    new_start: int
    new_end: int
    changed: bool


@dataclass(frozen=True)
class Restored:
    """Restored text with the token pieces that map it back to the original."""

    original: str
    text: str
    pieces: tuple[Piece, ...]

    def to_restored(self, offset: int) -> int:
        """The restored offset of an original offset (token starts and ends map exactly)."""
        i = bisect_right([p.start for p in self.pieces], offset) - 1
        if i < 0:
            return offset
        p = self.pieces[i]
        if offset >= p.end:
            return p.new_end + (offset - p.end)
        return p.new_start + min(offset - p.start, p.new_end - p.new_start)

    def to_original(self, offset: int) -> int:
        """The original offset of a restored offset."""
        i = bisect_right([p.new_start for p in self.pieces], offset) - 1
        if i < 0:
            return offset
        p = self.pieces[i]
        if offset >= p.new_end:
            return p.end + (offset - p.new_end)
        return p.start + min(offset - p.new_start, p.end - p.start)


class Restorer:
    """The decoder over one model; deterministic, thread-safe (no state changes after init)."""

    def __init__(self, model: Model, lm_weight: float = 1.0, beam: int = 10) -> None:
        self.model = model
        self.lm_weight = lm_weight
        self.beam = beam
        self.version = f"{_VERSION}-{model.digest}"
        self._cands: dict[tuple[str, bool], tuple[tuple[int, float], ...]] = {}
        self._class_ids = {w: i for i, w in enumerate(model.words) if w in _CLASSES}

    # -- candidates ------------------------------------------------------------------------

    def candidates(self, token: str) -> tuple[tuple[int, float], ...]:
        """(syllable id, channel cost) for one token, best first; () when it must stay."""
        upper_p = token[:1] == "P" and len(token) > 1 and not token.isupper()
        upper_p = upper_p or (token[:1] == "P" and token.isupper() and len(token) <= 4)
        upper_p = upper_p and token[1:2] not in ("h", "H")  # "Ph" is a real onset (Phải, Phòng)
        ck = (token, upper_p)
        got = self._cands.get(ck)
        if got is not None:
            return got
        letters = [c for c in token if c.isalpha()]
        caps = len(letters) >= 2 and all(c.isupper() for c in letters)
        # A word in capitals is a heading word (CONG, HQI) or an abbreviation (TTHC, PAR):
        # only cheap, letter-for-letter readings turn it into a syllable.
        got = self._generate(token, upper_p, MAX_CAPS if caps else MAX_CHANNEL)
        if len(self._cands) < 200_000:
            self._cands[ck] = got
        return got

    def _generate(self, token: str, upper_p: bool, limit: float) -> tuple[tuple[int, float], ...]:
        m = self.model
        low = unicodedata.normalize("NFC", token.lower())
        # Marks the token carries, on its letters: how far a candidate may stray from them.
        tone, shapes = _marks(low)
        if upper_p:
            shapes |= {"d"}  # the P is Đ
        # Glyphs that show a mark they stand for: 6 and ¢ a hat (ố, ệ), w a horn (ư).
        shapes |= {mark for glyph, mark in _GLYPH_MARKS if glyph in low}
        bare = key_of(low)
        upper_i = token[:1] == "I" and token[1:2].islower()
        exact = bare != low and bare in m.by_key and any(m.words[i] == low for i in m.by_key[bare])
        found: dict[str, float] = {}
        stack: list[tuple[int, str, float]] = [(0, "", 0.0)]
        while stack:
            i, out, cost = stack.pop()
            if i == len(bare):
                if out in m.by_key and cost < found.get(out, 99.0):
                    found[out] = cost
                continue
            for used, dst, c in _rules_at(bare, i, upper_p, upper_i):
                nxt, total = out + dst, cost + c
                if total <= limit and nxt in m.prefixes:
                    stack.append((i + used, nxt, total))
        scored: list[tuple[float, int]] = []
        for key, kcost in found.items():
            for sid in m.by_key[key]:
                s_tone, s_shapes = m.marks[sid]
                if m.words[sid] == low:
                    mc = 0.0
                elif not tone and not shapes:
                    mc = 0.0  # nothing to agree with: the language model decides
                elif tone == "s" and (s_shapes - shapes) & {"^", "+", "("}:
                    # OCR reads a hat or horn as an acute: é for ê/ề/ệ, é for ớ
                    mc = 0.2 + (0.0 if s_tone in ("", "s") else 0.3)
                    mc += 0.9 * len(shapes - s_shapes)
                else:
                    # a lost tone is common (0.3), a tone read where there is none or the
                    # wrong tone less so
                    mc = (
                        0.0
                        if s_tone == tone
                        else (0.3 if not tone else (0.8 if not s_tone else 1.2))
                    )
                    mc += 0.3 * len(s_shapes - shapes) + 0.9 * len(shapes - s_shapes)
                if exact and m.words[sid] != low:
                    mc += _EXACT  # the token is a real marked syllable already
                scored.append((kcost + mc + 0.15 * m.unigram[sid], sid))
        scored.sort()
        return tuple((sid, c - 0.15 * m.unigram[sid]) for c, sid in scored[: self.beam])

    def _margin(
        self, col: list[tuple[int, int, float]], pick: int, chosen: list[int], k: int
    ) -> float:
        """How much worse the runner-up reading of position k is than the chosen one, its
        neighbours' readings fixed (natural-log units; inf when there is no other reading)."""
        m, lam = self.model, self.lm_weight
        prev = chosen[k - 1] if k else _BOS
        nxt = chosen[k + 1] if k + 1 < len(chosen) else _BOS

        def total(sid: int, ch: float) -> float:
            return ch + lam * (m.cost(prev, sid) + m.cost(sid, nxt))

        best = total(col[pick][0], col[pick][2])
        others = [total(sid, ch) for j, (sid, _, ch) in enumerate(col) if j != pick]
        return min(others, default=math.inf) - best

    # -- restoring -------------------------------------------------------------------------

    def _restorable(self, token: str, after: str) -> bool:
        if not any(c.isalpha() or c in "&¢€§" for c in token):
            return False  # numbers stay numbers
        if _ROMAN.match(token) or (len(token) == 1 and token.isalpha() and after in ").:"):
            return False  # "II." and "a)" head sections
        if sum(c.isdigit() for c in token) > 1 or _CODE.match(token):
            return False  # codes (B1, A4) and dates, not a misread word
        letters = [c for c in token if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            # An abbreviation in capitals (TTHC, UBND, GD: no vowel) stays; a heading word
            # (CONG, HQI) not.
            if not any(c in "AEIOUY" for c in key_of(token).upper()):
                return False
            return bool(self.candidates(token))
        return True

    def restore(self, text: str, marked: float | None = None, min_margin: float = 0.0) -> Restored:
        """Restore a text; unchanged characters and kept tokens keep their exact bytes.
        `marked`: the share of words showing diacritics in the whole document (default: in
        `text`), which tells how often this OCR keeps marks it saw. `min_margin`: a word whose
        best reading beats its runner-up by less than this (in nats, neighbours fixed) is kept
        as written: for names, where a wrong guess is worse than none."""
        plain_cost = _plain_cost(marked_share(text) if marked is None else marked)
        protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
        tokens: list[tuple[int, int]] = []
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            if any(ps < e and s < pe for ps, pe in protected):
                tokens.append((s, -e))  # kept: ends the language model's context
            else:
                tokens.append((s, e))
        out: list[str] = []
        pieces: list[Piece] = []
        pos = 0
        new_len = 0
        run: list[tuple[int, int]] = []
        ends: list[int] = []  # the end of the token before each of `run` (-1: none)
        last = -1

        def flush() -> None:
            nonlocal pos, new_len
            words = [text[s:e] for s, e in run]
            case = [_case_of(text, s, e, before) for (s, e), before in zip(run, ends, strict=True)]
            decoded = self._decode(words, plain_cost, min_margin, case)
            for (s, e), new in zip(run, decoded, strict=True):
                if new is None:
                    continue  # a number or abbreviation: copied with the gap
                gap = text[pos:s]
                out.append(gap)
                new_len += len(gap)
                out.append(new)
                pieces.append(Piece(s, e, new_len, new_len + len(new), new != text[s:e]))
                new_len += len(new)
                pos = e
            run.clear()
            ends.clear()

        for s, e in tokens:
            kept = e < 0 or not self._restorable(text[s:e], text[e : e + 1])
            # A number or an abbreviation stays but still tells the model what comes next
            # ("UBND tỉnh", "quý 1"); anything else kept ends the context.
            cls = _class_of(text[s:e]) if kept and e > 0 else ""
            if run and ((kept and not cls) or _BREAK.search(text, run[-1][1], s)):
                flush()
            if not kept or cls:
                run.append((s, e))
                ends.append(last)
            last = abs(e)
        flush()
        out.append(text[pos:])
        return Restored(text, "".join(out), tuple(pieces))

    def _decode(
        self,
        tokens: list[str],
        plain_cost: float = 0.0,
        min_margin: float = 0.0,
        case: list[int] | None = None,
    ) -> list[str | None]:
        """Viterbi over one run of tokens; a token without candidates stays and resets context;
        one whose reading wins by less than `min_margin` stays too."""
        if not tokens:
            return []
        result: list[str | None] = []
        # Each state: (cost, syllable id, back-pointer index) per candidate of the position.
        states: list[tuple[float, int]] = [(0.0, _BOS)]
        history: list[list[tuple[int, int, float]]] = []  # per position: (sid, back, channel)
        segment: list[str] = []
        for at, tok in enumerate(tokens):
            flag = case[at] if case else _NO_CASE
            cls = self._class_ids.get(_class_of(tok), -1) if not self._restorable(tok, "") else -1
            cands = ((cls, 0.0),) if cls >= 0 else self.candidates(tok)
            if not cands:
                result += self._best_path(states, history, segment, min_margin)
                states, history, segment = [(0.0, _BOS)], [], []
                result.append(None if _class_of(tok) else tok)
                continue
            col, states = self._viterbi_step(states, cands, tok, flag, plain_cost)
            history.append(col)
            segment.append(tok)
        result += self._best_path(states, history, segment, min_margin)
        return result

    def _viterbi_step(
        self,
        states: list[tuple[float, int]],
        cands: tuple[tuple[int, float], ...],
        tok: str,
        flag: int,
        plain_cost: float,
    ) -> tuple[list[tuple[int, int, float]], list[tuple[float, int]]]:
        """One position of the Viterbi search: each candidate's best predecessor, its channel
        cost (plus `plain_cost` for marks an unmarked OCR token would likely have shown) and
        case evidence; returns (sid, back, channel) per candidate and the new states."""
        m = self.model
        lam = self.lm_weight
        col: list[tuple[int, int, float]] = []
        new_states: list[tuple[float, int]] = []
        plain = plain_cost > 0 and _is_plain(tok)
        for sid, ch in cands:
            if plain and m.marks[sid] != _NO_MARKS:
                ch += plain_cost  # marks this OCR would probably have shown
            best_cost, best_j = math.inf, 0
            for j, (c, prev) in enumerate(states):
                total = c + lam * m.cost(prev, sid)
                if total < best_cost:
                    best_cost, best_j = total, j
            if flag == _CAPITAL:
                best_cost += CASE_WEIGHT * m.cap_yes[sid]
            elif flag == _LOWER:
                best_cost += CASE_WEIGHT * m.cap_no[sid]
            new_states.append((best_cost + ch, sid))
            col.append((sid, best_j, ch))
        return col, new_states

    def _best_path(
        self,
        states: list[tuple[float, int]],
        history: list[list[tuple[int, int, float]]],
        segment: list[str],
        min_margin: float,
    ) -> list[str | None]:
        """The readings of a segment along its cheapest path (back-pointers from the best final
        state): None for a class token, the token itself where the channel is too costly or the
        margin too thin, else the reading cased as the token."""
        if not history:
            return []
        m = self.model
        lam = self.lm_weight
        best = min(
            range(len(states)), key=lambda j: states[j][0] + lam * m.cost(states[j][1], _BOS)
        )
        picks: list[int] = []
        for col in reversed(history):
            picks.append(best)
            best = col[best][1]
        picks.reverse()
        chosen = [col[pick][0] for col, pick in zip(history, picks, strict=True)]
        result: list[str | None] = []
        for k, (col, pick, tok) in enumerate(zip(history, picks, segment, strict=True)):
            sid, _, ch = col[pick]
            if m.words[sid] in _CLASSES:
                result.append(None)
            elif ch > MAX_CHANNEL or (
                min_margin > 0 and self._margin(col, pick, chosen, k) < min_margin
            ):
                result.append(tok)
            else:
                result.append(_cased(tok, m.words[sid]))
        return result


_NO_MARKS: tuple[str, frozenset[str]] = ("", frozenset())
_NO_CASE, _LOWER, _CAPITAL = 0, 1, 2
# What starts a sentence or an item, or may (a line break: OCR lines end mid-sentence too).
_STARTS = re.compile(r"[\n.!?:;()\[\]\-–•\"“”*]")


def _case_of(text: str, start: int, end: int, before: int) -> int:
    """Whether a word's case says something: capitalised or lowercase inside a sentence;
    _NO_CASE at a sentence's or line's start, for words in capitals, digits or glyphs first."""
    first = text[start:end][:1]
    if before < 0 or not first.isalpha() or _STARTS.search(text, before, start):
        return _NO_CASE
    word = text[start:end]
    if (len(word) > 1 and word.isupper()) or (first == "I" and word[1:2].islower()):
        return _NO_CASE  # a heading in capitals; OCR's I for l
    return _CAPITAL if first.isupper() else _LOWER


_GLYPHS = frozenset("0123456789&¢€§@'’w")


def _is_plain(token: str) -> bool:
    """A word written in plain ASCII letters: no mark, no glyph standing for one."""
    low = token.lower()
    return low.isascii() and low.isalpha() and not (_GLYPHS & set(low))


def marked_share(text: str) -> float:
    """Share of lowercase words that show a diacritic or a glyph standing for one."""
    words = [m.group() for m in _TOKEN.finditer(text) if not m.group().isupper()]
    words = [w for w in words if any(c.isalpha() for c in w) and not w.isdigit()]
    if not words:
        return 0.0
    return sum(not _is_plain(w) for w in words) / len(words)


def _plain_cost(marked: float) -> float:
    """The channel cost of reading a plain word as a marked syllable. About three Vietnamese
    words in four carry a mark; if the text shows marks on a share `marked` of its words, the
    OCR kept a seen mark with probability keep ≈ marked / 0.75, and lost it with 1 − keep. Text
    stripped of every mark (a typed question, a folded report) gives 0: no evidence either way."""
    keep = min(0.9, marked / 0.75)
    return -math.log(1.0 - keep) if keep > 0.05 else 0.0


def _cased(original: str, restored: str) -> str:
    if original[:1] == "I" and original[1:2].islower() and restored[:1] == "l":
        return restored  # OCR's capital I for a lowercase l ("Iong" → "lòng")
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return restored.upper()
    if original[:1].isupper():
        return restored[:1].upper() + restored[1:]
    return restored


# ---------------------------------------------------------------------------------------------
# Damage detection: a clean text is never restored


def damage(text: str) -> float:
    """Share of word tokens that are not Vietnamese syllables as written (OCR glyphs, lost
    marks on words that need them count too): ~0.02 for clean reports, > 0.3 for OCR'd ones."""
    words = [m.group() for m in _TOKEN.finditer(text) if not any(c.isdigit() for c in m.group())]
    words = [w for w in words if not (len(w) > 1 and w.isupper())]
    if not words:
        return 0.0
    bad = 0
    for w in words:
        low = unicodedata.normalize("NFC", w.lower())
        if not _valid(low) or (low == key_of(low) and len(low) > 2):
            bad += 1  # glyphs, or a word written without any mark
    return bad / len(words)


DAMAGED = 0.25  # above this share of suspect words a text is treated as OCR-damaged


def is_damaged(text: str) -> bool:
    """True for OCR'd or diacritic-stripped Vietnamese, False for clean text."""
    return damage(text) > DAMAGED


_default: dict[tuple[str, ...], Restorer] = {}


def restorer(extra: tuple[str, ...] = ()) -> Restorer:
    """The shared restorer for a model built with these extra clean texts."""
    with _lock:
        got = _default.get(extra)
    if got is None:
        got = Restorer(load_model(extra))
        with _lock:
            _default[extra] = got
    return got


def restore_question(text: str) -> str:
    """A question typed without diacritics, restored ("so dich vu cong" → "số dịch vụ công");
    one with diacritics, or not Vietnamese (English), is returned as it is."""
    words = [m.group() for m in _TOKEN.finditer(text) if m.group().isalpha()]
    if not words or any(key_of(w) != w.lower() for w in words):
        return text  # has diacritics already (or other letters)
    if sum(is_syllable(w.lower()) for w in words) < 0.8 * len(words):
        return text  # English or mixed: restoring would garble it
    return restorer().restore(text).text


@lru_cache(maxsize=1024)
def readable(text: str) -> str:
    """A title or heading as people read it: restored when OCR-damaged, as it is otherwise."""
    return restorer().restore(text).text if is_damaged(text) else text
