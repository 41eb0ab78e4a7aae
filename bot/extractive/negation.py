"""A figure whose own words deny what the question asks ("… không qua thi tuyển 28 công chức"
for "bao nhiêu công chức qua thi tuyển"), or say plainly what the question denies ("đã tuyển
dụng qua thi tuyển 44 …" for "… không qua thi tuyển"): it counts the opposite of the asked
thing, however many of the question's words it holds. Likewise a figure its own words set as a
goal ("… bảo đảm hoàn thành 100% nhiệm vụ", "phấn đấu đạt 80%") when the question asks what was
done. A figure said of another year than the one asked is `years.year_fit`'s, not this
module's: one doubt ("period") and one score cut (`YEAR_OTHER`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.language import detect_language
from core.query import ParsedQuery
from index.lexical import tokenize

if TYPE_CHECKING:
    from bot.extractive.sites import _Site

# Words that deny the words after them ("không qua thi tuyển", "chưa được giải quyết").
_NEGATIONS = frozenset({"khong", "chua"})
# Words between a negation and what it denies, skipped ("không được", "chưa được").
_SKIPPED = frozenset({"duoc", "bi", "phai"})
# Words of the means a denied thing is done by, before it ("không qua thi tuyển", "không theo
# hình thức đấu thầu", "không bằng …"): the other side may name the same thing by another means
# word ("theo hình thức thi tuyển", "qua thi tuyển"), so a run is also read without them.
_MEANS = frozenset({"qua", "theo", "bang", "thong", "hinh", "thuc", "duoi"})
# How many words after a negation make what it denies (the run read against the question).
_DENIED_WORDS = 4


def _denied_run(
    words: Sequence[str], k: int, skipped: frozenset[str] = _SKIPPED
) -> tuple[str, ...]:
    """The words negation `k` of `words` denies: the next few, skipping `skipped`."""
    j = k + 1
    while j < len(words) and words[j] in skipped and tuple(words[j + 1 : j + 2]) != ("han",):
        j += 1  # folded "qua han" is "quá hạn" (overdue), no means: kept whole
    return tuple(words[j : j + _DENIED_WORDS])


def _find(run: tuple[str, ...], words: Sequence[str]) -> int:
    """Where the run's longest opening of two or more words starts in `words`; -1 if none."""
    for n in range(len(run), 1, -1):
        head = run[:n]
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == head:
                return i
    return -1


def _negated_at(words: Sequence[str], i: int) -> bool:
    """Whether a negation stands just before position `i` (`_SKIPPED` or `_MEANS` words
    between: "không qua thi tuyển" denies "thi tuyển")."""
    j = i - 1
    while j >= 0 and words[j] in _SKIPPED | _MEANS:
        j -= 1
    return j >= 0 and words[j] in _NEGATIONS


def _denies_other(denying: Sequence[str], other: Sequence[str]) -> bool:
    """Whether `denying` denies two or more words in a row that `other` says undenied."""
    for k, t in enumerate(denying):
        if t not in _NEGATIONS:
            continue
        for run in (_denied_run(denying, k), _denied_run(denying, k, _SKIPPED | _MEANS)):
            at = _find(run, other)
            if at >= 0 and not _negated_at(other, at):
                return True
    return False


def denies_asked(label: Sequence[str], question: Sequence[str]) -> bool:
    """Whether a figure's own words (`label`, folded tokens) and the question's (folded tokens)
    disagree on a negation: one denies two or more words in a row that the other says without
    denying them."""
    return _denies_other(label, question) or _denies_other(question, label)


def own_words(f: _Site) -> tuple[str, ...]:
    """A figure's own words: its label's words before it (up to the label's first "|"), the
    words that name it alone (`_Site.own`) and, for an item of a breakdown, what the whole
    breakdown is of ("… không qua thi tuyển 28 người (trong đó 10 …)": the 10 too)."""
    cut = f.label.index("|") if "|" in f.label else len(f.label)
    return (*f.label[:cut], *f.own, *(f.subject if f.group >= 0 else ()))


def asked_words(q: ParsedQuery) -> list[str]:
    """The question's words a figure's denial is read against: its own folded words and, for
    an English question that denies nothing (no negation in it or its expansion), also its
    expansion's report wording: "through competitive exams" says "thi tuyển" only there, and
    "… không qua thi tuyển 28" denies it. A question that denies something keeps its own
    words: its expansion may say the denied thing plainly beside the denial."""
    own = tokenize(q.folded)
    if detect_language(q.text, q.folded) != "en":
        return own
    expanded = tokenize(q.expanded)
    if (_NEGATIONS | _ENGLISH_NEGATIONS) & set(expanded):
        return own
    return expanded


# Words that set what follows as a goal, a floor or a proposal, not a result ("phấn đấu đạt
# 80%", "bảo đảm hoàn thành 100% nhiệm vụ", "bố trí ít nhất 1% ngân sách", "đề xuất/xem xét
# bố trí 2%"); "bảo đảm 100% …" alone often states a result and is not one.
_GOAL_WORDS = (
    ("phan", "dau"), ("muc", "tieu"), ("huong", "toi"), ("tien", "toi"),
    ("bao", "dam", "hoan", "thanh"), ("dam", "bao", "hoan", "thanh"), ("it", "nhat"),
    ("toi", "thieu"), ("de", "xuat"), ("kien", "nghi"), ("xem", "xet"), ("du", "kien"),
    ("target",), ("goal",), ("aim",), ("targets",), ("goals",), ("least",), ("minimum",),
    ("proposed",), ("proposal",), ("planned",),
)  # fmt: skip
# How many words before a share a goal word sets it as a goal ("bảo đảm hoàn thành 100%").
_GOAL_REACH = 4


def _says_goal(words: Sequence[str]) -> bool:
    """Whether the words hold a goal word (`_GOAL_WORDS`)."""
    return any(tuple(words[i : i + len(g)]) == g for g in _GOAL_WORDS for i in range(len(words)))


def goal_unasked(f: _Site, question: Sequence[str]) -> bool:
    """Whether a percentage's words just before it set it as a goal (`_GOAL_WORDS`) and the
    question names no goal: it asks what was done, not what is aimed at. Counts are not read
    so ("32 mục tiêu, 55 nhiệm vụ": the goals are what is counted)."""
    if not f.is_percent:
        return False
    cut = f.label.index("|") if "|" in f.label else len(f.label)
    return _says_goal(f.label[max(0, cut - _GOAL_REACH) : cut]) and not _says_goal(question)


def said_otherwise(
    facts: list[_Site], question: Sequence[str], rest_asked: bool = False
) -> set[int]:
    """Which of a clause's figures (by index) count another thing than the question asks by
    their own words: a denial either way (`denies_asked`), a goal not asked (`goal_unasked`).
    A question asking what remains (`rest_asked`: "còn bao nhiêu vốn chưa giải ngân") denies
    to say what remains, which the remainder rules answer (`_Site.remainder`): no figure is cut
    for a denial there. Another year is not read here (`years.year_fit` cuts it once)."""
    return {
        i for i, f in enumerate(facts)
        if (not rest_asked and denies_asked(own_words(f), question)) or goal_unasked(f, question)
    }  # fmt: skip


# Words between a negation and the thing it says is absent, skipped ("không có cán bộ").
_SKIPPED_BEFORE_NOUN = _SKIPPED | {"co"}
# An English question's denials: it asks a denied thing whose report wording it does not type.
_ENGLISH_NEGATIONS = frozenset({"without", "not", "no", "non", "never", "unresolved", "none",
                                "lack", "lacks", "lacked", "lacking"})  # fmt: skip


def undenied(words: Sequence[str], question: Sequence[str]) -> list[str]:
    """The words less those a negation denies (its run, `_denied_run`: "không có cán bộ
    chuyên trách" says there are none, which supports no count of them) unless the question
    denies them too ("bao nhiêu hồ sơ chưa giải quyết", "… admitted without an exam")."""
    if _ENGLISH_NEGATIONS & set(question):  # "admitted without an exam": its denial, in English
        return list(words)
    asked_denied = {w for k, t in enumerate(question) if t in _NEGATIONS
                    for w in _denied_run(question, k)}  # fmt: skip
    out = list(words)
    for k, t in enumerate(words):
        if t not in _NEGATIONS:
            continue
        j = k + 1
        while j < len(words) and words[j] in _SKIPPED_BEFORE_NOUN:
            j += 1
        for i in range(j, min(j + _DENIED_WORDS, len(words))):
            if words[i] not in asked_denied:
                out[i] = ""
    return [t for t in out if t]
