"""Named things a sentence lists that no colon announces: after "như" (also in a sentence a
colon opened elsewhere), and a run of titles in quotation marks; with the tests every inline
list passes (few enough items, short enough, none a number or a sentence's end)."""

from __future__ import annotations

import re

from bot.list_items import ELLIPSIS, MIN_ITEMS, last_trimmed, run_on_cut, split_items

MIN_LED = 2  # after a colon ("như: A, B,...") two named things are a list
LED_WORDS = 25  # the same for comma items announced by a colon ("như: …")
MAX_ITEMS = 30  # more pieces than this is prose cut at commas


def fits(items: list[str], limit: int) -> bool:
    """Items short enough to be named things (the last one is trimmed before)."""
    return bool(items) and max(len(i.split()) for i in items) <= limit


def named_things(items: list[str]) -> bool:
    """Items that can be named things: none a bare number, none a share ("90% cán bộ": the
    pieces of a sentence of figures cut at its commas), none holding a sentence's end."""
    return not any(
        re.fullmatch(r"[\d.,%\s]+", i)
        or re.match(r"\d+(?:[.,]\d+)?\s*%", i)
        or re.search(r"\S\.\s+[\dA-ZĐÀ-Ỹ]", i)
        for i in items
    )


def accept(items: list[str], minimum: int, limit: int) -> bool:
    """Items that make an inline list: at least `minimum`, each of at most `limit` words,
    all named things."""
    return minimum <= len(items) <= MAX_ITEMS and fits(items, limit) and named_things(items)


# "như" that announces what it lists ("các ứng dụng như A, B và C"), not "cũng như" (as well
# as) nor "như vậy / như trên / như sau" (as said); OCR spells it "nhu", "nhw".
_SUCH_AS = re.compile(
    r"(?<!cũng )(?<!cung )\b(?:như|nhu|nhw)\s+(?!(?:vậy|vay|thế|the|trên|tren|sau|nhau)\b)",
    re.I,
)


def after_such_as(sentence: str) -> list[tuple[int, list[str], bool]]:
    """The comma items after "như" up to the clause's end (';' or an ellipsis): "… đưa vào
    sử dụng các ứng dụng như Thi tìm hiểu pháp luật trực tuyến, Facebook, Zalo và …"."""
    found: list[tuple[int, list[str], bool]] = []
    for m in _SUCH_AS.finditer(sentence):
        rest = re.split(r";|\.\s|\.$", sentence[m.end() :], maxsplit=1)[0]
        parts = ELLIPSIS.split(rest, maxsplit=1)
        items = last_trimmed(run_on_cut(split_items(parts[0])))
        least = MIN_LED if len(parts) > 1 else MIN_ITEMS
        if accept(items, least, LED_WORDS):
            found.append((m.end(), items, True))
    return found


# Two or more titles in quotation marks one after another, parted by commas or "và": "duy trì
# chuyên mục “Doanh nghiệp hỏi, cơ quan nhà nước trả lời”, “Tư vấn hỗ trợ pháp lý …”".
_TITLE = r"[“\"]([^“”\"]{2,90})[”\"]"
_QUOTED_RUN = re.compile(rf"{_TITLE}(?:\s*(?:,|\bvà\b|\bva\b)\s*{_TITLE})+", re.I)


def quoted_run(sentence: str) -> list[tuple[int, list[str], bool]]:
    """The titles of a run of quoted names, whatever commas they hold: one item each (two are a
    list: the marks announce them as names)."""
    found: list[tuple[int, list[str], bool]] = []
    for m in _QUOTED_RUN.finditer(sentence):
        items = [t.strip() for t in re.findall(_TITLE, m.group(0)) if t.strip()]
        if MIN_LED <= len(items) <= MAX_ITEMS and named_things(items):
            found.append((m.start(), items, False))
    return found


# What a lead-in says its items are: the words after its last "các"/"những", before "như" or
# the colon ("… lồng ghép trong các chuyên đề, chuyên mục như:" → chuyên đề, chuyên mục).
_KIND_NAMED = re.compile(r"\b(?:cac|nhung)\s+((?:[a-z]+,?\s+){1,5}?)(?:nhu|gom|bao gom|sau)?\s*$")


def named_kind(folded_lead: str) -> list[str]:
    """The words a folded lead-in names its items' kind by, right before the list; [] when it
    names none."""
    tail = re.sub(r"[\s:(]+$", " ", folded_lead[-120:])
    m = _KIND_NAMED.search(tail)
    return re.findall(r"[a-z]+", m.group(1)) if m else []


def other_kind(kind: list[str], head: list[str], folded_question: str) -> bool:
    """Whether a list is announced as things of another kind than asked: its kind's noun (its
    first two words, or its one) is not the asked kind but a phrase of the question ("chủ đề
    nào của chuyên đề …" answered by "các chuyên đề như: …", "phần mềm nào của các cơ quan" by
    "các cơ quan như: …")."""
    if not kind or not head:
        return False
    noun, asked = " ".join(kind[:2]), " ".join(head)
    words = " ".join(re.findall(r"[a-z0-9]+", folded_question))
    return asked not in " ".join(kind) and noun not in asked and f" {noun} " in f" {words} "
