"""What a list's lead-in states beside its items: the figure or date the words leading into an
inline list give ("100% cơ quan nhà nước có cơ sở dữ liệu chuyên ngành, đặc biệt của các
ngành: …"; "LGSP đi vào hoạt động từ ngày 01/10/2019 …; đã kết nối với … như: …"). A list
answer says it (its lead-in, as the report has it), so the figure the list is told under is not
left out; a lead-in that states no figure is not said (the items are the answer)."""

from __future__ import annotations

import re

from bot.extractive.words import STANDARD
from bot.list_find import Enumeration, sentences
from bot.stopwords import STOP
from bot.structure import clip
from core.text import fold
from index.docrefs import DOC_NUMBER
from index.lexical import tokenize

# The sentence before the one leading into a list tells of the same thing when they share
# this many words (beyond function words): "nền tảng LGSP … từ ngày 01/10/2019 …. Hiện tại,
# nền tảng LGSP đã kết nối …: " (a paragraph's run of other matters shares one or two).
SHARED_WORDS = 3
STATED_CHARS = 320  # one lead-in sentence, cut
# A figure stated: a share, a date, a count of two digits or more (a lone digit is most often
# a list marker or an ordinal, "giai đoạn 2"); a document's number and its date are no figure.
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?%|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{2,}(?:[.,]\d+)*\b")
_DOC_DATE = re.compile(r"\s*(?:,\s*)?(?:ngày|ngay)?\s*\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}")
_YEAR = re.compile(r"\b(?:năm|nam|year)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b")


def states_figure(text: str) -> bool:
    """Whether a clause states a figure: a share, a date, a count, not a document's number or
    its date, nor a standard's number ("ISO 14001:2015"), nor a bare year ("năm 2022" dates
    the report, it counts nothing)."""
    cut = text
    for m in reversed(list(DOC_NUMBER.finditer(cut))):
        tail = _DOC_DATE.match(cut, m.end())
        end = tail.end() if tail else m.end()
        cut = cut[: m.start()] + " " + cut[end:]
    cut = STANDARD.sub(" ", cut)  # "ISO 14001:2015" names a standard, it counts nothing
    cut = _YEAR.sub(" ", cut)
    return bool(_FIGURE.search(cut))


def _same_subject(before: str, own: str) -> bool:
    """Whether two sentences tell of the same thing: `SHARED_WORDS` words in common at least,
    beyond function words."""
    words = [set(tokenize(fold(t))) - STOP for t in (before, own)]
    return len(words[0] & words[1]) >= SHARED_WORDS


def lead_stated(e: Enumeration) -> tuple[int, list[str]]:
    """The lead-in sentences of an inline list, in its paragraph as people read it, when one
    of them states a figure: the clause that leads into the list (up to its first item, from
    the ";" before it), or
    with it the one before it when that one states the figure and tells of the same thing; and
    where in the paragraph's text the first of them starts (to cite);
    none for a block list (its lead-in paragraph heads the answer already) or a lead-in
    without a figure."""
    if e.paras or not e.items:
        return -1, []
    text = e.para.text
    start = text.find(e.sentence)
    at = e.sentence.find(e.items[0]) if start >= 0 else -1
    if at <= 0:
        return -1, []
    before = [s.strip() for s in sentences(text[: start + at]) if s.strip()]
    if not before:
        return -1, []
    # the clause leading into the list: a run of other matters before it, set apart by ";",
    # is not its lead-in ("… cập nhật gần 450 tin bài; …; hỗ trợ tiêu thụ nông sản (…")
    own = before[-1].split(";")[-1].strip() or before[-1]
    if states_figure(own):  # the clause that leads into the list states it: that clause
        kept = [own]
    elif len(before) >= 2 and states_figure(prev := before[-2].split(";")[-1].strip()) and (
        _same_subject(prev, own)
    ):
        kept = [prev, own]  # "LGSP … từ ngày 01/10/2019 …. Hiện tại, nền tảng LGSP … như:"
    else:
        return -1, []
    found = text.find(kept[0])
    if found < 0:
        return -1, []
    return found, [clip(e.para.readable_part(s), STATED_CHARS) for s in kept]
