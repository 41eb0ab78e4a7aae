"""Restore OCR-damaged Vietnamese (lost diacritics, misread letters): a noisy-channel decoder.

For each word-like token, candidate syllables come from a syllable inventory, each with a
channel cost from letter-level OCR confusion classes (a digit or symbol read for a vowel, a lost
hook or hat, two glyphs for one letter, ...) and from how well the token's own diacritics agree.
A Witten-Bell smoothed syllable trigram model (learnt from what the `underthesea` wheel ships:
VLSP 2013 sample text, the Viet74K word list, CRF taggers' pair attributes, address unit names;
the domain lexicon's terms; an administrative document's form) scores the sequence, with a word's
case inside a sentence as evidence too, and Viterbi picks the best line. Numbers, dates, document
numbers, URLs, e-mails, abbreviations in capitals and tokens without a good candidate are kept as
they are (and, with `min_margin`, words whose reading is unsure: names). The result is a derived
layer: every restored token maps back to the original offsets (`Restored.pieces`).
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from functools import lru_cache

from core.text import is_syllable
from index.restore_channel import MAX_CHANNEL, Channel, glued_at
from index.restore_evidence import (
    CAPITAL,
    LOWER,
    NO_CASE,
    NO_EVIDENCE,
    Evidence,
    case_of,
    evidence,
    is_plain,
    lone_capitals,
)
from index.restore_lm import BOS, VERSION, Model, load_model
from index.restore_pieces import Piece, Restored, tokens_of
from index.restore_syllables import (
    CLASSES,
    ROMAN,
    TOKEN,
    cased,
    digits_may_be_letters,
    is_damaged,
    key_of,
    number_may_be_word,
    roman_reading,
    word_class,
)

log = logging.getLogger(__name__)

# The cache model (Kuhn & De Mori): P(w | history) = (1 − CACHE_SHARE)·P_lm + CACHE_SHARE·P_doc(w),
# P_doc the share of w in the document's own first reading: a report says "tỉnh" a hundred
# times, so "của tinh" reads tỉnh though VLSP's news prefers "của tình". Measured on the clean
# report / gold: 0 → 94.9 / 95.0 %, 0.05 → 95.4 / 95.1, 0.1 → 95.6 / 95.2, 0.2 → 95.5 / 95.3.
CACHE_SHARE = 0.1
# A plain OCR word whose letters spell a syllable ("hen", "mit") keeps them unless a reading
# with other letters wins by this much, neighbours fixed: the language model's weak preference
# for a common word ("hơn", "mặt") is no reason to change what the OCR saw. Measured on the
# clean report / gold: off → 95.5 / 95.3 %, 1 → 95.5 / 95.3, 2 → 95.6 / 95.4, 3 → 95.6 / 95.2,
# 6 → 95.6 / 95.1 (marked words, where é often stands for ó/á, are left out: 95.3 at 2).
KEEP_LETTERS = 2.0
# A reading the channel ranks after the beam joins it when the word before makes it likely: a
# seen pair at ADMIT_COST nats or less (−log P(w | v); "theo dõi" 4.3, "theo đại" unseen,
# 7.6), at most ADMIT readings a token.
ADMIT_COST = 5.0
ADMIT = 2
# A two-digit number read as a word whose letters OCR printed as digits ("tỷ 16" tỷ lệ, "1" an
# l, "6" a hatted vowel): the reading costs this much on top of its channel cost, so that only
# a word pair far likelier than a number there reads it (a number after "tỷ" is common: "2 tỷ
# 500 triệu").
DIGIT_WORD = 2.5
CASE_WEIGHT = 0.3  # measured: 0.3-0.7 alike, 1.0 worse (case is weak evidence next to the bigrams)
_CODE = re.compile(r"^(?![BCDGHKLMNQRSTVX][56]$)[A-Z]+\d+$")  # S6 số, B6 bộ: words
# Where a line's context ends for the language model.
_BREAK = re.compile(r"[.;:!?()\[\]{}\"“”«»|…=+*/\\]")
# What ends a phrase after a run of words, so that the model's end-of-sentence cost applies: a
# full stop and its kin, and "(" (a phrase before its gloss); after ")", "/", "|", "," or a kept
# token the phrase goes on. Clean report / gold: end cost at . ; : ! ? … ( 3339 / 3400; a comma
# ending the phrase too 3344 / 3402, but it read "mít Thái," "mặt" and "phản ánh," "phan anh"
# (the start after a comma weighs more than the words before it); everywhere 3333 / 3389.
_CLOSES = frozenset(".;:!?…(")


# ---------------------------------------------------------------------------------------------
# Decoding


class Restorer:
    """The decoder over one model; deterministic, thread-safe (no state changes after init)."""

    def __init__(
        self,
        model: Model,
        lm_weight: float = 1.0,
        beam: int = 10,
        cache_share: float = CACHE_SHARE,
    ) -> None:
        self.model = model
        self.lm_weight = lm_weight
        self.beam = beam
        self.cache_share = cache_share
        self._ids = {w: i for i, w in enumerate(model.words)}
        self.version = f"{VERSION}-{model.digest}-{cache_share}"
        self._channel = Channel(model, beam)
        self._class_ids = {w: i for i, w in enumerate(model.words) if w in CLASSES}
        self._keys = [key_of(w) for w in model.words]

    def candidates(self, token: str) -> tuple[tuple[int, float], ...]:
        """(syllable id, channel cost) for one token, best first; () when it must stay."""
        return self._channel.candidates(token)

    def _cache(self, first: Restored) -> dict[int, float]:
        """Each syllable's share of the readings in a document's first decoding."""
        counts: Counter[int] = Counter()
        for p in first.pieces:
            sid = self._ids.get(first.text[p.new_start : p.new_end].lower())
            if sid is not None:
                counts[sid] += 1
        total = sum(counts.values()) or 1
        return {sid: c / total for sid, c in counts.items()}

    def _local(self, col: list[tuple[int, int, float]], j: int, chosen: list[int], k: int) -> float:
        """The cost of reading position k as its candidate j, its neighbours' readings fixed."""
        m, (sid, _, ch) = self.model, col[j]
        prev = chosen[k - 1] if k else BOS
        nxt = chosen[k + 1] if k + 1 < len(chosen) else BOS
        return ch + self.lm_weight * (m.cost(prev, sid) + m.cost(sid, nxt))

    def _margin(
        self, col: list[tuple[int, int, float]], pick: int, chosen: list[int], k: int
    ) -> float:
        """How much worse the runner-up reading of position k is than the chosen one, its
        neighbours' readings fixed (natural-log units; inf when there is no other reading)."""
        others = [
            self._local(col, j, chosen, k) for j in range(len(col)) if col[j][0] != col[pick][0]
        ]
        return min(others, default=math.inf) - self._local(col, pick, chosen, k)

    def _own_letters(
        self, col: list[tuple[int, int, float]], pick: int, chosen: list[int], k: int, tok: str
    ) -> int:
        """The reading of position k: `pick`, unless it changes the letters of a plain token
        that spells a syllable already ("hen" read "hơn", "mit" read "mặt") and wins by less
        than KEEP_LETTERS over the best reading with the token's own letters (neighbours
        fixed), which is then read instead."""
        bare, words = key_of(tok.lower()), self.model.words
        if not is_plain(tok) or key_of(words[col[pick][0]]) == bare:
            return pick
        own = [j for j, (sid, _, _) in enumerate(col) if key_of(words[sid]) == bare]
        if not own:
            return pick
        best = min(own, key=lambda j: self._local(col, j, chosen, k))
        gain = self._local(col, best, chosen, k) - self._local(col, pick, chosen, k)
        return best if gain < KEEP_LETTERS else pick

    # -- restoring -------------------------------------------------------------------------

    def _restorable(self, token: str, after: str) -> bool:
        if not any(c.isalpha() or c in "&¢€§¥" for c in token):
            return False  # numbers stay numbers
        if (
            ROMAN.match(token)
            or roman_reading(token)
            or (len(token) == 1 and token.isalpha() and after in ").:")
        ):
            return False  # "II." and "a)" head sections
        if _CODE.match(token) or not digits_may_be_letters(token):
            return False  # codes (B1, A4) and dates, not a misread word
        letters = [c for c in token if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            # An abbreviation in capitals (TTHC, UBND, GD: no vowel) stays; a heading word
            # (CONG, HQI) not.
            if not any(c in "AEIOUY" for c in key_of(token).upper()):
                return False
            return bool(self.candidates(token))
        return True

    def restore(
        self,
        text: str,
        marked: float | None = None,
        min_margin: float = 0.0,
        cache: dict[int, float] | None = None,
        noise: float | None = None,
    ) -> Restored:
        """Restore a text; unchanged characters and kept tokens keep their exact bytes.
        `marked`: the share of words showing diacritics in the whole document (default: in
        `text`), which tells how often this OCR keeps marks it saw; `noise`: the share of its
        words no syllable spells (`letter_noise`), how often it misreads letters. `min_margin`:
        a word whose best reading beats its runner-up by less than this (in nats, neighbours
        fixed) is kept as written: for names, where a wrong guess is worse than none. `cache`:
        the whole document's `document_cache` when `text` is a part of it (default: its own)."""
        ev = evidence(text, marked, noise)
        if cache is None:
            cache = self.document_cache(text, marked, noise)
        return self._restore(text, ev, min_margin, cache)

    def document_cache(
        self, text: str, marked: float | None = None, noise: float | None = None
    ) -> dict[int, float]:
        """The cache model's P_doc for a document: each syllable's share of the readings of a
        first decoding without it ({} when the cache model is off)."""
        if self.cache_share <= 0:
            return {}
        return self._cache(self._restore(text, evidence(text, marked, noise), 0.0, {}))

    def _restore(
        self, text: str, ev: Evidence, min_margin: float, cache: dict[int, float]
    ) -> Restored:
        """One decoding of a text; `cache`: the cache model's P_doc by syllable id ({}: off)."""
        tokens = tokens_of(text)
        out: list[str] = []
        pieces: list[Piece] = []
        pos = 0
        new_len = 0
        run: list[tuple[int, int]] = []
        ends: list[int] = []  # the end of the token before each of `run` (-1: none)
        last = -1
        glued: set[int] = set()

        def flush() -> None:
            nonlocal pos, new_len
            words = [text[s:e] for s, e in run]
            case = [case_of(text, s, e, before) for (s, e), before in zip(run, ends, strict=True)]
            nxt = text[run[-1][1] :].lstrip()[:1] if run else ""
            closed = not nxt or nxt in _CLOSES
            decoded = self._decode(words, ev, min_margin, case, cache, closed)
            for (s, e), got in zip(run, decoded, strict=True):
                # a number or abbreviation is copied with the gap; "quý Il" reads the numeral II
                new = got if got is not None else roman_reading(text[s:e])
                if not new:
                    continue
                if got is not None and new != text[s:e] and lone_capitals(text, s, e):
                    new = new[:1] + new[1:].lower()  # "BO Noi vu": Bộ, not BỘ
                gap = text[pos:s] or (" " if s in glued else "")
                out.append(gap)
                new_len += len(gap)
                out.append(new)
                pieces.append(Piece(s, e, new_len, new_len + len(new), new != text[s:e]))
                new_len += len(new)
                pos = e
            run.clear()
            ends.clear()

        for s0, e0 in tokens:
            tok = text[s0:e0] if e0 > 0 else ""
            at = glued_at(self.model, tok) if tok and not self.candidates(tok) else 0
            if at:
                glued.add(s0 + at)  # "caicach": two syllables, a space between them
            for s, e in ((s0, s0 + at), (s0 + at, e0)) if at else ((s0, e0),):
                kept = e < 0 or not self._restorable(text[s:e], text[e : e + 1])
                # A number or an abbreviation stays but still tells the model what comes next
                # ("UBND tỉnh", "quý 1"); anything else kept ends the context.
                cls = word_class(text[s:e]) if kept and e > 0 else ""
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
        ev: Evidence = NO_EVIDENCE,
        min_margin: float = 0.0,
        case: list[int] | None = None,
        cache: dict[int, float] | None = None,
        closed: bool = True,
    ) -> list[str | None]:
        """Viterbi over one run of tokens; a token without candidates stays and resets context;
        one whose reading wins by less than `min_margin` stays too. `cache`: the cache model's
        P_doc by syllable id. `closed`: whether the run ends a sentence (a full stop or the
        text's end after it), which the model's end-of-sentence cost then weighs."""
        if not tokens:
            return []
        result: list[str | None] = []
        # Each state: (cost, syllable id, back-pointer index) per candidate of the position.
        states: list[_State] = [(0.0, BOS, BOS)]
        history: list[list[tuple[int, int, float]]] = []  # per position: (sid, back, channel)
        segment: list[str] = []
        for at, tok in enumerate(tokens):
            flag = case[at] if case else NO_CASE
            cls = self._class_ids.get(word_class(tok), -1) if not self._restorable(tok, "") else -1
            cands = ((cls, 0.0),) if cls >= 0 else self.candidates(tok)
            if cls >= 0 and number_may_be_word(tok):  # "tỷ 16": tỷ lệ, at a price
                cands += tuple((sid, ch + DIGIT_WORD) for sid, ch in self.candidates(tok))
            if cls < 0 and cands:
                cands += self._admitted(tok, states)
            if not cands:
                result += self._best_path(states, history, segment, min_margin, False)
                states, history, segment = [(0.0, BOS, BOS)], [], []
                result.append(None if word_class(tok) else tok)
                continue
            col, states = self._viterbi_step(states, cands, tok, (flag, ev), cache or {})
            history.append(col)
            segment.append(tok)
        result += self._best_path(states, history, segment, min_margin, closed)
        return result

    def _admitted(self, tok: str, states: list[_State]) -> tuple[tuple[int, float], ...]:
        """Readings of `tok` ranked after the beam that the word the likeliest reading so far
        ends in makes likely: a pair the model has seen at ADMIT_COST nats or less, cheaper
        after that word, pair and channel cost together, than every reading the beam kept
        ("theo ddi": dõi ranks after ten readings with an a, "theo dõi" 4.3 nats, "theo đại"
        7.6; "báo co": cáo, 2.4 dearer than có, "báo cáo" 2.1, "báo có" 6.1; "nêu trén"
        admits no "tên", "nêu trên" is likelier); ADMIT of them at most."""
        m, out = self.model, []
        prev = min(states)[1]  # the word the likeliest reading so far ends in
        if prev == BOS:
            return ()
        kept = min(m.cost(prev, sid) + ch for sid, ch in self._channel.candidates(tok))
        for sid, ch in self._channel.more(tok):
            got = m.bigram.get(prev * len(m.words) + sid)
            if got is not None and got <= ADMIT_COST and got + ch < kept:
                out.append((sid, ch))
                if len(out) == ADMIT:
                    break
        return tuple(out)

    def _viterbi_step(
        self,
        states: list[_State],
        cands: tuple[tuple[int, float], ...],
        tok: str,
        clues: tuple[int, Evidence],
        cache: dict[int, float],
    ) -> tuple[list[tuple[int, int, float]], list[_State]]:
        """One position of the Viterbi search: each candidate's channel cost (with the
        document's evidence), case evidence (`flag`) and best ways in, mixed with the cache
        model; returns (sid, back, channel) per new state and the new states. A candidate keeps
        up to beam ÷ candidates ways in, through different words: the next word's trigram looks
        two words back, and a position with one reading (a number, an abbreviation) would keep
        only the likeliest word before it ("chỉ số CCHC": "hồ sơ CCHC" made "sơ" the one way)."""
        flag, ev = clues
        m = self.model
        col: list[tuple[int, int, float]] = []
        new_states: list[_State] = []
        plain = is_plain(tok)
        bare = key_of(tok) if plain else ""
        costs = [(sid, ch + self._evidence_cost(sid, plain, bare, ev)) for sid, ch in cands]
        # A reading the evidence makes too costly is no reading ("ve" as "và" in a text
        # typed without marks); the cheapest stays when none is left.
        limit = MAX_CHANNEL + (DIGIT_WORD if tok.isdigit() else 0.0)
        costs = [c for c in costs if c[1] <= limit] or [min(costs, key=lambda c: c[1])]
        ways = max(1, self.beam // len(costs))
        for sid, ch in costs:
            yes, no = m.cap_yes[sid], m.cap_no[sid]
            case = CASE_WEIGHT * (yes if flag == CAPITAL else no if flag == LOWER else 0.0)
            for cost, j in self._best_predecessors(states, sid, cache, ways):
                new_states.append((cost + case + ch, sid, states[j][1]))
                col.append((sid, j, ch))
        return col, new_states

    def _evidence_cost(self, sid: int, plain: bool, word: str, ev: Evidence) -> float:
        """The document's evidence against reading a plain token (`word`, its letters) as
        syllable `sid`: marks its OCR would probably have shown, letters it seldom misreads."""
        if not plain:
            return 0.0
        marks = ev.plain if self.model.marks[sid] != _NO_MARKS else 0.0
        return marks + (ev.letters if self._keys[sid] != word else 0.0)

    def _best_predecessors(
        self, states: list[_State], sid: int, cache: dict[int, float], ways: int
    ) -> list[tuple[float, int]]:
        """The cheapest ways into `sid` from the states, at most `ways`, each through a
        different word: [(cost, state index)], best first. The trigram lookups of
        `Model.cost3`, inlined: this loop is most of the decoding time."""
        m, lam = self.model, self.lm_weight
        n, tri, tri_gamma, big, gamma = len(m.words), m.trigram, m.tri_gamma, m.bigram, m.gamma
        uni = m.unigram[sid]
        keep = 1.0 - self.cache_share if cache else 1.0
        share = self.cache_share * cache.get(sid, 0.0) if cache else 0.0
        shift = -math.log(keep)  # the cache's share taken from every word not in it
        totals: list[tuple[float, int]] = []
        for j, (c, prev, before) in enumerate(states):
            h = before * n + prev
            lm = tri.get(h * n + sid)
            if lm is None:
                b = big.get(prev * n + sid)
                lm = tri_gamma.get(h, 0.0) + (b if b is not None else gamma[prev] + uni)
            lm = -math.log(keep * math.exp(-lm) + share) if share else lm + shift
            totals.append((c + lam * lm, j))
        if ways == 1:
            return [min(totals)]
        totals.sort()
        out: list[tuple[float, int]] = []
        seen: set[int] = set()
        for total, j in totals:
            if states[j][1] not in seen:
                seen.add(states[j][1])
                out.append((total, j))
                if len(out) == ways:
                    break
        return out

    def _best_path(
        self,
        states: list[_State],
        history: list[list[tuple[int, int, float]]],
        segment: list[str],
        min_margin: float,
        closed: bool = True,
    ) -> list[str | None]:
        """The readings of a segment along its cheapest path (back-pointers from the best final
        state): None for a class token, the token itself where the channel is too costly or the
        margin too thin, else the reading cased as the token. The end-of-sentence cost counts
        only where the segment is `closed`: cut at a bracket, a slash or a kept token, a phrase
        goes on (see _CLOSES)."""
        if not history:
            return []
        m = self.model
        lam = self.lm_weight if closed else 0.0
        best = min(
            range(len(states)),
            key=lambda j: states[j][0] + lam * m.cost3(states[j][2], states[j][1], BOS),
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
            if m.words[sid] in CLASSES:
                result.append(None)
            elif ch > MAX_CHANNEL + (DIGIT_WORD if tok.isdigit() else 0.0) or (
                min_margin > 0 and self._margin(col, pick, chosen, k) < min_margin
            ):
                result.append(tok)
            else:
                sid = chosen[k] = col[self._own_letters(col, pick, chosen, k, tok)][0]
                result.append(cased(tok, m.words[sid]))
        return result


_NO_MARKS: tuple[str, frozenset[str]] = ("", frozenset())
# A Viterbi state: (cost, syllable id, the syllable id before it on its best path).
_State = tuple[float, int, int]

_default: dict[tuple[str, ...], Restorer] = {}
_lock = threading.Lock()


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
    words = [m.group() for m in TOKEN.finditer(text) if m.group().isalpha()]
    if not words or any(key_of(w) != w.lower() for w in words):
        return text  # has diacritics already (or other letters)
    if sum(is_syllable(w.lower()) for w in words) < 0.8 * len(words):
        return text  # English or mixed: restoring would garble it
    return restorer().restore(text).text


@lru_cache(maxsize=1024)
def readable(text: str) -> str:
    """A title or heading as people read it: restored when OCR-damaged, as it is otherwise."""
    return restorer().restore(text).text if is_damaged(text) else text
