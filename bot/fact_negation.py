"""Whether a fact's label and a question disagree on a negation ("kinh phí không thực hiện tự
chủ" against a question of "kinh phí thực hiện tự chủ"; "hồ sơ chưa giải quyết" against "hồ sơ
đã giải quyết"; "non-autonomous" against "autonomous").

The fact table's lexical features drop "không"/"chưa" as stop words, so a label and its
negation read alike; `polarity_mismatch` reads the negation back: the words a negator governs
(the few words after it) are negated, and a fact whose negated words the question says plainly,
or a question whose negated words the fact says plainly, is a mismatch — unless both negate one
of those words. `bot/fact_answer.rank_facts` ranks a mismatched fact after every fact that
agrees (a rule, like the period filter; no fitted weight changes).
"""

from __future__ import annotations

import functools
import re

from bot.stopwords import FIGURE_STOP
from index.lexical import tokenize

# The negators a fact's folded words or a question (folded; its expansion writes an English
# negation the reports' way, "non-autonomous" → "khong tu chu", core.lexicon.negated) say.
NEGATORS = frozenset({"khong", "chua", "not", "non", "never"})
# How many words after a negator it governs: a Vietnamese term is two syllables, and one more
# covers a verb before it ("không thực hiện tự chủ" and "thực hiện không tự chủ" share "tự").
NEGATED_SPAN = 3
# A negator before these is no negation of what follows: "không gian" (space), "không khí"
# (air), "không chỉ … mà còn" (not only).
_NOT_NEGATION = frozenset({"gian", "khi", "chi"})
# Money words end an amount's label ("không tự chủ: 10.000.000.000 đồng") and name no part;
# "đồng" also folds like the province Đồng Tháp.
_AMOUNT_WORDS = frozenset({"dong", "trieu", "nghin", "ngan"})


# "chua" folds both "chưa" (not yet: a negator) and "chứa" (contain), "chua" (sour), …
_CHUA_FORMS = re.compile(r"(?<!\w)ch[uưứừửữựúùủũụ]a(?!\w)")


def chua_negates(written: str, count: int) -> list[bool]:
    """For each of the `count` folded "chua" of a text, whether it negates, read from the text
    as written: a word written with its marks negates only as "chưa" ("hồ sơ chứa thông tin"
    does not); in the k-th place when the written text has as many chua-forms, else as any of
    them does. A "chua" written without marks, or a text known folded only, reads as "chưa": OCR
    and ASCII questions drop marks, the reports and staff questions write "chưa giải quyết",
    "chưa tự chủ" far more than "chứa", and a wrong reading only ranks a fact later and leaves
    the answer unsure (`bot/fact_answer.py`), never bolds another figure."""
    reads = [f in ("chưa", "chua") for f in _CHUA_FORMS.findall(written.lower())]
    if len(reads) == count:
        return reads
    return [any(reads) or not reads] * count


@functools.lru_cache(maxsize=16384)
def read_polarity(text: str, written: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """The content words a folded text negates and those it says plainly (a word may be both);
    `written`, the text with its diacritics when known, tells "chưa" from "chứa"
    (`chua_negates`)."""
    toks = tokenize(text)
    chua = iter(chua_negates(written, toks.count("chua")))
    negated: set[str] = set()
    inside: set[int] = set()
    for i, t in enumerate(toks):
        if t == "chua" and not next(chua):
            continue
        if t in NEGATORS and i + 1 < len(toks) and toks[i + 1] not in _NOT_NEGATION:
            span = range(i + 1, min(len(toks), i + 1 + NEGATED_SPAN))
            inside.update(span)
            negated.update(toks[k] for k in span if _content(toks[k]))
    plain = {t for i, t in enumerate(toks) if i not in inside and _content(t)}
    return frozenset(negated), frozenset(plain)


def _content(word: str) -> bool:
    return not (word in FIGURE_STOP or word in NEGATORS or word in _AMOUNT_WORDS
                or word.isdigit())  # fmt: skip


def polarity_mismatch(
    question: str, own: str, fact: str, *, own_written: str = "", fact_written: str = ""
) -> bool:
    """Whether a fact's words (`fact`: what it counts and its label, folded) negate what the
    question asks plainly, or say plainly what it asks negated. `question` is the question with
    its expansion (folded), `own` its own folded words: a question that itself says a word both
    plainly and negated asks both parts, and reads as neither. `own_written` and
    `fact_written` are the question and the fact's words as written (`chua_negates`)."""
    q_neg, q_plain = read_polarity(question, own_written)
    own_neg, own_plain = read_polarity(own, own_written)
    if own_neg & own_plain:
        return False
    f_neg, f_plain = read_polarity(fact, fact_written)
    if f_neg & q_neg:
        return False  # both negate one of the words: the same (negated) part
    return bool(f_neg & q_plain) or bool(q_neg & f_plain)
