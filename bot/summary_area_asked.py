"""One area of a part asked by its own words (made up: "tóm tắt kết quả chăm sóc vườn ươm các
phường" of a part "Thực hiện chương trình cây xanh" whose areas are "Tổ cây xanh các phường",
"Khảo sát giống cây …", "Kết quả chăm sóc vườn ươm tại các phường …"): the part's heading names
only some of the question's topic words; the words it leaves unnamed are all named, each beside a
neighbour it has in the question, by one of its areas' labels and by no other, a label that
names every topic word asked. That area is the topic asked, told whole with its figures; the
part's other areas are not what was asked, and a summary that walks through all of them buries
it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.part_labels import part_labels
from bot.section_answer import Block, read_out
from bot.stopwords import STOP
from bot.structure import Words
from bot.summary_named import NamedParts
from bot.summary_parts import Part, held_words, restored_path
from core.query import ParsedQuery
from index.lexical import tokenize

# Words the part's heading (and the report's title) leave unnamed, at least: one such word is
# too easily any area's word ("số", "cấp"); two or more that one area's label names together
# are a topic of its own.
MIN_UNNAMED = 2
# An area labelled by a whole sentence of its text (an item with no label before a colon: "Cổng
# dịch vụ công … đã được triển khai, …."): one statement of the topic, not the topic's name; the
# figures of that topic may stand in the items beside it, so the part is told whole.
_SENTENCE_END = (".", "!", "?", "…")


def unnamed(words: Sequence[str], named: str) -> list[str]:
    """The topic `words` that `named` (the part's heading path and the report's title) does
    not hold."""
    held = held_words(words, Words.of(named))
    return [w for w in words if w not in held]


def names(label: str, beyond: Sequence[str], seq: Sequence[str]) -> bool:
    """Whether an area's label names every topic word of the question's sequence `seq` (its
    heading is the topic, not a second topic joined to the part's: "trồng cây và chăm sóc
    vườn ươm" asks the part and that area), those of `beyond` each beside one of its
    neighbours there (a phrase asked, not its words scattered: "vườn ươm" asked is not a
    "vườn" and an "ươm" apart); the label read without its stop words. A label that is a sentence names no
    area (`_SENTENCE_END`)."""
    said = Words.of(label)
    if label.rstrip().endswith(_SENTENCE_END) or not set(seq) <= held_words(seq, said):
        return False
    bare = Words.of(" ".join(t for t in said.tokens if t not in STOP))
    pairs = list(zip(seq, seq[1:], strict=False))
    return all(any(w in pair and bare.has_pair(*pair) for pair in pairs) for w in beyond)


def asked_area(parts: Sequence[Part], beyond: Sequence[str], seq: Sequence[str]) -> list[Part]:
    """Of a part's areas, the one whose label names every word in `beyond` (the topic words
    the part's heading leaves unnamed) when it is the only one that does (`names`), with the
    listed areas under it; else all of them."""
    if len(set(beyond)) < MIN_UNNAMED or len(parts) < 2:
        return list(parts)
    naming = [i for i, p in enumerate(parts) if not p.under and names(p.label, beyond, seq)]
    if len(naming) != 1:
        return list(parts)
    first = last = naming[0]
    while last + 1 < len(parts) and parts[last + 1].under:
        last += 1
    return list(parts[first : last + 1])


def left_unnamed(q: ParsedQuery, parts: NamedParts, block: Block) -> tuple[list[str], list[str]]:
    """The topic words the question typed that the part's heading path (as printed and as
    restored) and its report's title leave unnamed, and the question's sequence of typed
    topic words; none for a part asked by its label ("mục II"), which is told whole."""
    if part_labels(q.text):
        return [], []
    words, seq = parts.topic_words(q)
    typed = set(tokenize(q.folded))  # (not the spelled-out words of an abbreviation)
    seq = [w for w in seq if w in typed]
    title = read_out(parts.index.reports[block.report_id].title)
    said = " ".join([*block.path, restored_path(block), title])
    return unnamed([w for w in words if w in typed], said), seq
