"""What a question leaves out, beyond the named parts of a breakdown (`question.excluded_parts`):
the report words of the thing it excludes ("apart from the USB tokens": "usb token"), which a
figure's own label must not say, and the one part of a family of siblings that are the whole a
question asks for by leaving out all the others ("except those at district and commune level":
the provincial level).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from bot.extractive.part_families import ASKABLE_PARTS
from bot.extractive.words import skeleton
from bot.stopwords import STOP
from core.lexicon import to_vietnamese
from core.text import is_syllable
from index.lexical import tokenize

Phrase = tuple[str, ...]

# A question that leaves a part out ("khong ke cap xa") asks for a difference the
# reports may not state: its figure is never certain.
_WORDS = re.compile(
    r"\b(chua tinh|khong tinh|khong ke|ngoai tru|khong bao gom|tru di|excluding|excluded|"
    r"not counting|not including|without counting|apart from|except|"
    # English that sets the rest against the part asked ("the province itself, as opposed to
    # districts and communes"; "rather than", "other than", "aside from")
    r"as opposed to|rather than|other than|aside from|leaving out|leaving aside|setting aside)\b"
)
# A bracketed "not" / "không phải": an exclusion only where the bracket names a part of a
# breakdown the words before it do not (`_parts_named`: "at district level (not provincial
# level)"); else it glosses the part asked ("pending (not resolved yet)", "past the deadline (not yet
# returned, late)") or says "not required to" ("(không phải nộp phí)").
_BRACKET_NOT = re.compile(r"(?<=\()(?:not|khong phai)\b")
@functools.lru_cache(maxsize=256)
def _parts_named(phrase: str) -> frozenset[Phrase]:
    """The parts of a breakdown (`ASKABLE_PARTS`) a phrase names, in its own Vietnamese or by the
    lexicon's terms for its English words."""
    seqs = [tuple(tokenize(phrase)), *(tuple(tokenize(t)) for t in to_vietnamese(phrase))]
    return frozenset(p for p in ASKABLE_PARTS for s in seqs for i in range(len(s)) if s[i : i + len(p)] == p)


class _Exclusions:
    """The exclusion words of a question (`_WORDS`), and each bracketed "not" that names a
    part not named before it (`_BRACKET_NOT`), in order: read like one pattern (`search`, `finditer`, `sub`)."""

    def finditer(self, folded: str) -> Iterator[re.Match[str]]:
        brackets = (
            m for m in _BRACKET_NOT.finditer(folded)
            if _parts_named(re.split(r"[),;?]", folded[m.end() :], maxsplit=1)[0])
            - _parts_named(folded[: m.start()])
        )  # fmt: skip
        at = 0
        for m in sorted([*_WORDS.finditer(folded), *brackets], key=lambda m: m.start()):
            if m.start() >= at:  # "(not counting …": one exclusion
                at = m.end()
                yield m

    def search(self, folded: str) -> re.Match[str] | None:
        return next(self.finditer(folded), None)

    def sub(self, repl: str, folded: str) -> str:
        out, at = [], 0
        for m in self.finditer(folded):
            out += [folded[at : m.start()], repl]
            at = m.end()
        return "".join([*out, folded[at:]])


_EXCLUDES = _Exclusions()


@functools.lru_cache(maxsize=256)
def excluded_phrases(folded: str) -> frozenset[Phrase]:
    """The report wordings (folded words) of what the question leaves out after an exclusion
    word (`_EXCLUDES`), up to the end of that phrase: its own Vietnamese words of two or more
    syllables, and the lexicon's terms for its English words. A single syllable ("tồn") is too
    common a word to tell a figure's label by; the parts of a breakdown are
    `question.excluded_parts`'."""
    out: set[Phrase] = set()
    for m in _EXCLUDES.finditer(folded):
        phrase = re.split(r"[),;?:]|\.(?!\d)", folded[m.end() :], maxsplit=1)[0]
        words = tokenize(phrase)
        run: list[str] = []
        for t in [*words, ""]:  # the question's own Vietnamese runs
            if t and is_syllable(t):
                run.append(t)
                continue
            if len(run) >= 2:
                out.add(tuple(run))
            run = []
        out.update(tuple(tokenize(t)) for t in to_vietnamese(phrase) if len(t.split()) >= 2)
    return frozenset(out)


def only_left_out(folded: str, wordings: Sequence[Phrase]) -> bool:
    """Whether a concept of the question (its `wordings`, the question's own words first) is
    said only in what the question leaves out (`excluded_phrases`): "how many … were contract
    workers (hop dong) rather than officials" names no "cán bộ" item to look for,
    it sets that sibling against the one asked. A concept also said before the exclusion word
    ("civil servants, not counting civil servants at commune level") is asked."""
    m = _EXCLUDES.search(folded)
    if not m:
        return False
    left = excluded_phrases(folded)
    if not any(tuple(w) in left for w in wordings):
        return False
    before = f" {' '.join(tokenize(folded[: m.start()]))} "
    return f" {' '.join(wordings[0])} " not in before


# Exclusion words that only set a sibling against the part asked ("contract workers rather
# than officials"): no difference of figures is asked.
_SET_AGAINST = re.compile(r"\b(?:as opposed to|rather than|instead of)\b")
# Words that ask a comparison or a difference of two figures ("how many more … than …",
# "fewer", "the difference"), read once the set-against words are taken out: such a question
# asks no one item, whatever it sets against what.
_COMPARES = re.compile(
    r"\b(?:than|more|fewer|less|difference|differ|compared|versus|vs|gap|chenh lech|nhieu hon|"
    r"it hon|so voi)\b"
)


def set_against_only(folded: str, named: bool, label: Sequence[str]) -> bool:
    """Whether a figure answers a question whose every exclusion word (`_EXCLUDES`) only sets
    a sibling against the part asked (`_SET_AGAINST`): the item of a breakdown the question
    names by its own words (`named`), its own words (`label` after the first "|") said before
    the first exclusion word, its label not saying what is set against it, and no comparison
    asked (`_COMPARES`: "how many more X than Y, rather than Z" asks a difference)."""
    found = list(_EXCLUDES.finditer(folded))
    if not named or not found or not all(_SET_AGAINST.fullmatch(m.group(0)) for m in found):
        return False
    if _COMPARES.search(_SET_AGAINST.sub(" ", folded)):
        return False
    before = folded[: found[0].start()]
    left = excluded_phrases(folded)
    return _own_said(label, before, {w for p in left for w in p}) and not says_phrase(label, left)


def _own_said(label: Sequence[str], before: str, left: set[str]) -> bool:
    """Whether a content word (not a stop word, three letters or more, no word of what is left
    out: `left`) of a figure's own item (its label between the first and the second "|") is
    said in `before`, in its own Vietnamese
    or the lexicon's terms for its English words ("contract workers (hop dong)": "hop"). One
    word, not a run: OCR bends the item's other words ("vien chtrc")."""
    own = list(label[label.index("|") + 1 :]) if "|" in label else []
    own = own[: own.index("|")] if "|" in own else own
    said = set(tokenize(before)).union(*(tokenize(t) for t in to_vietnamese(before)))
    skip = STOP | left
    return any(len(w) >= 3 and w not in skip and w in said for w in own)


def says_phrase(label: Sequence[str], phrases: Iterable[Phrase]) -> bool:
    """Whether a figure's own item (its label, `_Site.label`, before the heads after the first
    "|") holds one of `phrases` in a row: "sim ký số cá nhân là 214" says "sim ký số". A word
    OCR broke matches by its consonants (`words.skeleton`: "sim ky s" is "sim ky so"), as long
    as one word of the run is whole."""
    words = tuple(label[: label.index("|")] if "|" in label else label)
    return any(_run_at(words, i, p) for p in phrases for i in range(len(words) - len(p) + 1))


def _run_at(words: Sequence[str], i: int, phrase: Phrase) -> bool:
    """Whether `phrase` stands at `words[i]`, word for word or by skeleton, one word whole."""
    pairs = list(zip(words[i : i + len(phrase)], phrase, strict=True))
    whole = [w == p for w, p in pairs]
    return any(whole) and all(
        ok or (bool(skeleton(p)) and skeleton(w) == skeleton(p))
        for ok, (w, p) in zip(whole, pairs, strict=True)
    )


def remaining_part(
    families: Iterable[Sequence[Phrase]], said: Iterable[Phrase], left_out: frozenset[Phrase]
) -> list[Phrase]:
    """The part a question asks by leaving out every other part of its family: a family with
    a part left out, none said, and exactly one part not left out ("cap huyen", "cap xa" left
    out of ("cap tinh", "cap huyen", "cap xa"): "cap tinh"). A family with two parts remaining
    asks for their sum, which no one label says: none. `families` are those whose parts make
    up the whole (`question.EXHAUSTIVE_FAMILIES`): of any other the part left is a guess."""
    said = set(said)
    out: list[Phrase] = []
    for family in families:
        if not set(family) & left_out or set(family) & said:
            continue
        rest = [p for p in family if p not in left_out]
        if len(rest) == 1:
            out.append(rest[0])
    return out
