"""The restorer's channel model: which syllables an OCR token may stand for, and at what cost.

Letter-level OCR confusion classes rewrite the token's ASCII key into syllable keys of the
inventory; a candidate's cost adds how well its marks agree with the marks the token shows.
"""

from __future__ import annotations

import unicodedata

from index.restore_lm import Model
from index.restore_syllables import key_of, syllable_marks

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
    ("u", "a", 2.6), ("i", "u", 1.6), ("l", "i", 2.2), ("i", "l", 2.4), ("p", "d", 2.0),
    ("i", "", 2.6), ("r", "", 2.6), ("d", "", 2.8), ("a", "", 2.8),
    # (i for u, above, was 2.4; the OCR reports read "ding" for đúng and dùng as often as
    # for đăng: 1.8 gold 3437 → 3439, clean unchanged. At 1.6, as dear as i for a, "dùng"
    # gets into the beam beside the ten a-readings of "ding": gold and clean unchanged
    # (3459 / 3395), "không dùng tiền", "dùng chung", "chuyên dùng" no longer "dụng".)
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
    # From the index's leftovers; none of these letter pairs occurs in a Vietnamese syllable,
    # so each reads a glyph, never a real word. ư/ữ/ủ as two thin glyphs ("gitta", "gilta",
    # "gifta" giữa; "thil" thủ; "ctiia" của; "Swr" Sử; "Iyra" lựa; "muirc" mức; "cliru"
    # cứu); the "fi" ligature unjoined, for â/ằ ("phfin" phần, "bfing" bằng); ơ/ợ as o plus
    # g ("duogc" được); an accent printed beside a vowel glyph ("Cé4c" Các, "vé&" về), a
    # hat as d after o ("bod" bộ); a 5 for ơ inside a word, as 6 and 0 are ("15i" lời); a
    # b with its 6 ("sb6" số), as o with its 6; q for u inside a word ("cQa" của).
    ("tt", "u", 0.8), ("lt", "u", 0.8), ("ft", "u", 0.8), ("tii", "u", 0.6), ("il", "u", 0.8),
    ("wr", "u", 0.4), ("yr", "u", 0.6), ("uir", "u", 0.6), ("lir", "u", 0.6),
    ("fi", "a", 0.6), ("og", "o", 0.6),
    ("e4", "a", 0.6),
    ("od", "o", 0.8), ("e&", "e", 0.4), ("b6", "o", 0.6), ("5", "o", 1.0), ("q", "u", 1.2),
    # An apostrophe after a vowel (or a glyph for one) is its hat, hook or horn ("cd'p" cấp,
    # "gd'n" gắn, "xé'p" xếp): it goes, and the reading must carry a mark (_SOME_MARK).
    ("'", "", 0.3), ("’", "", 0.3),
    # An & opening a word is a đ ("&én" đến), as it is a vowel with a hook inside one.
    ("&", "d", 1.0),
    # ¢ is a c with a stroke: a c itself opening a word ("¢ó" có), inside one a vowel with a
    # hat or a horn (ệ as above, ở: "S¢" Sở); ¥ a y with its tilde or accent ("k¥" kỹ); ư
    # drawn as "ti" with a 1 for its i ("pht1" phủ), as "ti" is above.
    ("¢", "c", 0.6), ("¢", "o", 0.8), ("¥", "y", 0.3), ("t1", "u", 1.2),
    # A 1 is a thin r now and then ("1a soát" rà soát): dearer than an l or an i, so that
    # only a word pair the model knows well ("rà soát", never "là soát") reads it.
    ("1", "r", 2.0),
    # The a of "ao" lost beside its o, its accent printed on the o or dropped ("báo co" báo
    # cáo, "bo co"): dearer than any letter read for another, so only a pair the model knows
    # well reads it.
    ("o", "ao", 2.4),
    # An l after an initial consonant is a thin ủ/ư ("cla" của): no syllable has "cl", "tl".
    *((c + "l", c + "u", 1.4) for c in "bcdghkmnpqrstvx"),
)  # fmt: skip
# Read only in a number that may be a word ("tỷ 16" tỷ lệ): a 6 for ê, the other hatted vowel.
# Inside a word it would read "d6" (đó) as để.
_NUMBER_RULES: tuple[tuple[str, str, float], ...] = (("6", "e", 1.2),)
# A final c drawn as two glyphs, at the token's end only ("triee" trực, "chike" chức).
_FINAL_RULES: tuple[tuple[str, str, float], ...] = (("ee", "c", 0.6), ("ke", "c", 0.8))
_UPPER_I = 0.4  # a capital I before lowercase letters is OCR's l ("Iong" → "lòng")
# Initials that are real letters at a word's start: b, d, g, q, t are not misread vowels there.
_GLYPH_MARKS = (("w", "+"),)
# ¢, € and & inside a word show a hat or a horn (ệ, ở; & for ở, ề, ế, ớ: "S&" Sở, "V&" Về,
# "t&i" tới): a reading with neither costs _SHAPE more. Gold 3459 → 3465 with & and a lone ¥.
_HAT_OR_HORN = frozenset("¢€&")
# Letter pairs no Vietnamese syllable spells, which OCR prints for ư, hook and all ("tir" tử,
# "mirc" mức, "dwr" dữ): a reading of them with a plain u lacks the horn they show.
_HORN_GLYPHS = ("ir", "ur", "wr", "yr", "iw", "uw", "u'", "u’")
_SHAPE = 0.9  # a shape mark the token shows that the reading lacks (hat, horn, breve, đ)
# A 6 for o shows a mark above it, a hat or an accent (ô, ố, ó: "s6" số, "d6" đó, "c6" có), as
# a 5 does (ơ, ờ: "15i" lời) and an apostrophe after a vowel: a reading without a hat, horn,
# breve or tone costs this much more.
_SOME_MARK = frozenset("65'’¥")
_BARE = 0.9
# An acute and a hook above are both a small stroke over the vowel: OCR reads one for the other
# ("mé" mẻ) more often than it reads any other tone for another (1.2).
_TONE_ABOVE = 0.8
# A final c read as e ("trude" trước, "chie" chức). Clean report / gold: 1.2 → 3395 / 3456,
# 0.8 → 3395 / 3459 ("công chức", "nhận thức" no longer "công chế", "nhân thế"), 0.6 alike.
_FINAL_E = 0.8
# No syllable ends in r: a final r is a horned ư ("dién tr" điện tử, "trr" trừ). Gold 3465 →
# 3467; at 1.0 (3466) it fitted inside the limit for words in capitals and read "PAR" as Đau.
_FINAL_R = 1.2
# An accent printed beside the vowel it belongs to, as an é after it ("coéng" công).
_BESIDE = 0.5
# A lone consonant is a syllable whose vowel OCR dropped ("s 227/KH" số, "B Thông tin" Bộ,
# "d ban hành" đã): any one-vowel reading, at this cost; the language model picks.
_LOST_VOWEL = 2.0
_CONSONANTS = frozenset("bcdghklmnpqrstvx")
# A 5 opens no word ("5i" is not ơi).
_NOT_FIRST = frozenset({"q", "g", "b", "t", "d", "c", "y", "i", "a", "o", "u", "e", "l", "5"})
# Never an onset: "tn"/"tm"/"im" open with ưn/ứn ("img" ứng; "im" itself is a word, and
# stays a candidate); a consonant before l is one before a thin ủ ("cla" của).
_FIRST_OK = frozenset({"dp", "tn", "tm", "im"} | {c + "l" for c in "bcdgqt"})
_VOWEL_DIGITS = frozenset("03456")  # digits the rules read as a vowel (0/5/6 o, 3/4 a)
# An initial "in" is ưn/ứn drawn thin ("ing dụng" ứng dụng), as "im" is; inside a word an i
# for u costs 1.6 as ever ("ding" reads dụng no cheaper than đang).
_INITIAL_IN = 1.2
_UPPER_P = 0.4  # a capital P before a vowel is OCR's Đ ("Pé an" → "Đề án")
MAX_CHANNEL = 3.2  # a candidate costing more than this is not considered at all
MAX_CAPS = 1.0
# The beam keeps the readings likeliest by channel cost plus this share of the word's own
# cost (−log unigram): at 0.15 the rare tones of a token's own letters ("dì", "đì", "dị" for
# "di") filled it and no reading with other letters got in ("đã" for "di", "đúng" for "ding").
# Measured clean report / gold: 0.15 → 3379 / 3417, 0.5 → 3378 / 3422, 1.0 → 3371 / 3425.
PRUNE_PRIOR = 0.5
_EXACT = 0.8
# Readings ranked after the beam that the decoder may still admit on the word before (a common
# word pair: "theo ddi" theo dõi, where ten readings of "ddi" with a's rank before "dõi").
MORE = 20


def _rules_at(
    token: str, i: int, upper_p: bool, upper_i: bool = False, accented: frozenset[int] = frozenset()
) -> list[tuple[int, str, float]]:
    out: list[tuple[int, str, float]] = [(1, token[i], 0.0)] if token[i].isalpha() else []
    if token.startswith("oe", i) and i + 1 in accented and token[i + 2 : i + 3] in _CONSONANTS:
        out.append((2, "o", _BESIDE))  # "coéng" công, "Toéng" Tổng: the accent beside its o
    if i == 0 and upper_p:
        out.append((1, "d", _UPPER_P))
    if i == 0 and token.startswith("in"):
        out.append((2, "un", _INITIAL_IN))  # "ing" ứng, as "img": a word's start only
    if i == 0 and upper_i:
        out.append((1, "l", _UPPER_I))
    if token[i] == "r" and i == len(token) - 1 and i > 0:
        out.append((1, "u", _FINAL_R))  # no syllable ends in r: a horned ư ("dién tr" điện tử)
    if token[i] == "e" and i == len(token) - 1 and i > 1:
        out.append((1, "c", _FINAL_E))  # a final c read as e: "trude" trước, "viée" việc
    for src, dst, cost in _FINAL_RULES:
        if i > 0 and token.endswith(src) and i == len(token) - len(src):
            out.append((len(src), dst, cost))
    for src, dst, cost in _NUMBER_RULES if token.isdigit() else ():
        if token.startswith(src, i):
            out.append((len(src), dst, cost))
    for src, dst, cost in _RULES:
        if token.startswith(src, i) and (i > 0 or src[0] not in _NOT_FIRST or src in _FIRST_OK):
            out.append((len(src), dst, cost))
    return out


def _mark_cost(
    tone: str, shapes: frozenset[str], s_tone: str, s_shapes: frozenset[str], hat_or_horn: bool
) -> float:
    """How far a reading's marks (`s_tone`, `s_shapes`) stray from those the token shows:
    `hat_or_horn`, a glyph standing for a hat or a horn (¢), either of which it then has."""
    if hat_or_horn:
        shapes = shapes | ({"+"} if "+" in s_shapes else {"^"})
    if tone == "s" and (s_shapes - shapes) & {"^", "+", "("}:
        # OCR reads a hat or horn as an acute: é for ê/ề/ệ, é for ớ
        mc = 0.2 + (0.0 if s_tone in ("", "s") else 0.3)
        return mc + _SHAPE * len(shapes - s_shapes)
    # a lost tone is common (0.3), a tone read where there is none or the wrong tone less
    # so, an acute for a hook above (or the reverse) in between
    if s_tone == tone:
        mc = 0.0
    elif not tone:
        mc = 0.3
    elif not s_tone:
        mc = 0.8
    else:
        mc = _TONE_ABOVE if {tone, s_tone} == {"s", "r"} else 1.2
    return mc + 0.3 * len(s_shapes - shapes) + _SHAPE * len(shapes - s_shapes)


def _upper_p(token: str) -> bool:
    """Whether a token's capital P may be OCR's Đ ("Pé an" Đề án, "PAT" ĐẠT)."""
    upper_p = token[:1] == "P" and len(token) > 1 and not token.isupper()
    upper_p = upper_p or (token[:1] == "P" and token.isupper() and len(token) <= 4)
    return upper_p and token[1:2] not in ("h", "H")  # "Ph" is a real onset (Phải, Phòng)


class Channel:
    """Candidate readings of tokens over one model's inventory (cached per token)."""

    def __init__(self, model: Model, beam: int = 10) -> None:
        self.model = model
        self.beam = beam
        self._cands: dict[tuple[str, bool], tuple[tuple[int, float], ...]] = {}

    def candidates(self, token: str) -> tuple[tuple[int, float], ...]:
        """(syllable id, channel cost) for one token, best first; () when it must stay."""
        return self._ranked(token, _upper_p(token))[: self.beam]

    def more(self, token: str) -> tuple[tuple[int, float], ...]:
        """The readings ranked after the beam's (up to MORE of them), for the decoder to admit
        where the word before makes them likely (`Restorer._admitted`)."""
        return self._ranked(token, _upper_p(token))[self.beam :]

    def _ranked(self, token: str, upper_p: bool) -> tuple[tuple[int, float], ...]:
        ck = (token, upper_p)
        got = self._cands.get(ck)
        if got is not None:
            return got
        letters = [c for c in token if c.isalpha()]
        caps = len(letters) >= 2 and all(c.isupper() for c in letters)
        # A word in capitals is a heading word (CONG, HQI) or an abbreviation (TTHC, PAR):
        # only cheap, letter-for-letter readings turn it into a syllable.
        # The P read as Đ costs _UPPER_P on top ("PUQC" được: P→Đ and q→ơ).
        limit = MAX_CAPS + (_UPPER_P if upper_p else 0.0) + 1e-9
        got = self._generate(token, upper_p, limit if caps else MAX_CHANNEL)
        if len(self._cands) < 200_000:
            self._cands[ck] = got
        return got

    def _generate(self, token: str, upper_p: bool, limit: float) -> tuple[tuple[int, float], ...]:
        m = self.model
        low = unicodedata.normalize("NFC", token.lower())
        # Marks the token carries, on its letters: how far a candidate may stray from them.
        tone, shapes = syllable_marks(low)
        if upper_p:
            shapes |= {"d"}  # the P is Đ
        # Glyphs that show a mark they stand for: w a horn (ư), ir a horn and hook (ử).
        shapes |= {mark for glyph, mark in _GLYPH_MARKS if glyph in low}
        some_mark = bool(_SOME_MARK & set(low))
        bare = key_of(low)
        if any(g in bare for g in _HORN_GLYPHS) or (len(bare) > 1 and bare.endswith("r")):
            shapes |= {"+"}
        hat_or_horn = bool(_HAT_OR_HORN & set(low[1:]))
        # An accented e between an o and a consonant: a mark printed beside the o it belongs to.
        accented = (
            frozenset(
                i for i, c in enumerate(low) if c != bare[i : i + 1] and bare[i : i + 1] == "e"
            )
            if len(low) == len(bare)
            else frozenset()
        )
        # "Iong" lòng; "I6n" lớn: the I before a lowercase letter or a digit read as a vowel.
        upper_i = token[:1] == "I" and (token[1:2].islower() or token[1:2] in _VOWEL_DIGITS)
        exact = bare != low and bare in m.by_key and any(m.words[i] == low for i in m.by_key[bare])
        found: dict[str, float] = {}
        if bare in _CONSONANTS:
            found = {bare + v: _LOST_VOWEL for v in "aeiouy" if bare + v in m.by_key}
        stack: list[tuple[int, str, float]] = [(0, "", 0.0)]
        while stack:
            i, out, cost = stack.pop()
            if i == len(bare):
                if out in m.by_key and cost < found.get(out, 99.0):
                    found[out] = cost
                continue
            for used, dst, c in _rules_at(bare, i, upper_p, upper_i, accented):
                nxt, total = out + dst, cost + c
                if total <= limit and nxt in m.prefixes:
                    stack.append((i + used, nxt, total))
        scored: list[tuple[float, int]] = []
        for key, kcost in found.items():
            for sid in m.by_key[key]:
                s_tone, s_shapes = m.marks[sid]
                if m.words[sid] == low:
                    mc = 0.0
                elif not tone and not shapes and not hat_or_horn:
                    mc = 0.0  # nothing to agree with: the language model decides
                else:
                    mc = _mark_cost(tone, shapes, s_tone, s_shapes, hat_or_horn)
                if some_mark and not s_tone and not s_shapes & {"^", "+", "("}:
                    mc += _BARE
                if exact and m.words[sid] != low:
                    mc += _EXACT  # the token is a real marked syllable already
                scored.append((kcost + mc + PRUNE_PRIOR * m.unigram[sid], sid))
        scored.sort()
        ranked = scored[: self.beam + MORE]
        return tuple((sid, c - PRUNE_PRIOR * m.unigram[sid]) for c, sid in ranked)


def glued_at(m: Model, token: str) -> int:
    """Where a plain token that no reading fits splits into two syllables the OCR ran together
    ("motcua" → "mot|cua"): both halves spell a syllable of two letters or more as they are and
    some reading of the pair is a word pair the model has seen (the likeliest such split); 0 for
    none. ("video", "media", "https" split into no pair seen.)"""
    low = token.lower()
    if len(low) < 4 or not (low.isascii() and low.isalpha()) or token[1:] != low[1:]:
        return 0
    n, best, at = len(m.words), float("inf"), 0
    for i in range(2, len(low) - 1):
        left, right = m.by_key.get(low[:i], ()), m.by_key.get(low[i:], ())
        seen = [
            m.unigram[x] + m.bigram[x * n + y] for x in left for y in right if x * n + y in m.bigram
        ]
        if seen and min(seen) < best:
            best, at = min(seen), i
    return at
