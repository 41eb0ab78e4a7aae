"""What leads into an inline list and what follows it: where its first item starts (a clause
the list's first piece opened with leads into it), the clause right before it (what was done
to the listed things: "… đã kiểm tra văn bản QPPL của | các huyện …"), and the one more thing
of the asked kind the next sentence adds ("Bên cạnh đó, … mô hình D"), and a name the
lead-in quotes after its kind that the question names the same way ("chuyên đề: “Cải cách
hành chính”" for "chuyên đề CCHC")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.list_find import Enumeration, sentences
from bot.list_items import near_words
from core.query import expand
from core.text import fold
from index.lexical import tokenize

# Where a clause ends inside a lead-in: a sentence's end, a semicolon, a colon or a dash that
# does not close the lead-in itself ("Trong công tác kiểm tra: Đã kiểm tra …").
_CLAUSE_END = re.compile(r"[.;:!?](?=\s)|(?:^|\s)[-–+]\s")


def first_item_at(sentence: str, at: int, items: Sequence[str]) -> int:
    """Where a list's first item starts in its sentence, searched from `at` (where the list
    starts: after its colon, bracket …): later when its first piece opened with the clause
    leading into it ("…: Đã kiểm tra văn bản do UBND | thị xã A và các huyện B, C"); `at` when
    the item is not found as written (an item cleaned of its marker)."""
    if not items:
        return at
    found = sentence.find(items[0], at)
    return found if found >= at else at


CLAUSE_WORDS = 3  # a clause end leaving fewer words before the list ends no lead-in clause


def lead_clause(lead: str) -> str:
    """The clause right before a list: a lead-in's words after its last clause end, its
    closing colon or bracket left out ("Trong công tác kiểm tra theo thẩm quyền: Đã tổ chức
    kiểm tra văn bản … của " → "Đã tổ chức kiểm tra văn bản … của"); a word or two after a
    colon ("… cử đến làm việc tại Trung tâm: Có | 29 công chức …") go with the clause before."""
    text = lead.rstrip().rstrip(":(").rstrip()
    starts = [0, *(m.end() for m in _CLAUSE_END.finditer(text))]
    for start in reversed(starts):
        if len(text[start:].split()) >= CLAUSE_WORDS:
            return text[start:].strip()
    return text.strip()


# A sentence that adds one more thing to what was just listed: "Bên cạnh đó, đơn vị đã triển
# khai mô hình …", "Ngoài ra, …" (folded; OCR reads "đó" as "d6").
_BESIDES = re.compile(r"^\W*(?:ben canh d\w{0,2}|ngoai ra|dong thoi)\W")


def with_one_more(e: Enumeration, head: Sequence[str]) -> Enumeration:
    """An inline list with the one more thing of the asked kind the next sentence of its
    paragraph adds ("… các mô hình: A; B; C. Bên cạnh đó, đơn vị đã triển khai mô hình D …"):
    from where that sentence names the kind to its clause's end; the list unchanged when it
    adds none."""
    if e.paras or not head or not e.items:
        return e
    text = e.para.text
    end = text.find(e.sentence) + len(e.sentence)
    if end < len(e.sentence):
        return e
    rest = text[end:]
    nxt = sentences(rest.lstrip())[0]
    if not _BESIDES.match(fold(nxt)):
        return e
    words = nxt.split()
    folded = [fold(w) for w in words]
    n = min(2, len(head))
    for i in range(len(words) - n):
        if near_words(" ".join(folded[i : i + n]), " ".join(head[:n])):
            clause = re.split(r"[;:]|\.\s|\.$", " ".join(words[i:]), maxsplit=1)[0].strip()
            if len(clause.split()) > n and clause in text:
                stop = text.find(clause, end) + len(clause)
                return replace(e, sentence=text[text.find(e.sentence) : stop],
                               items=(*e.items, clause))  # fmt: skip
            break
    return e


# A name a lead-in quotes and the one or two words of its kind right before it ("chương trình
# chuyên đề: “Cải cách hành chính”", "Đề án “Chính quyền số”"), folded.
_KIND_QUOTE = re.compile(r"(\w+ \w+)\W{0,3}[\"“”‘’«]([^\"“”‘’«»]{3,80})[\"“”’»]")
NAME_GAP = 2  # words the question may put between the kind and the name (its abbreviation)


def in_place(folded_question: str) -> list[str]:
    """A folded question's words, each abbreviation followed in place by its long form
    ("chuyên đề CCHC" → chuyen de cchc cai cach hanh chinh)."""
    return " ".join(expand(t) for t in tokenize(folded_question)).split()


def names_quoted(lead: str, asked: Sequence[str]) -> bool:
    """Whether the question (its words `in_place`) names a thing the lead-in quotes after its
    kind: the kind's words, then (a word or two on: an abbreviation read out, "chuyên đề
    CCHC") the quoted name's; the list it leads into is that named thing's."""
    for m in _KIND_QUOTE.finditer(fold(lead)):
        kind, name = tokenize(m.group(1)), tokenize(m.group(2))
        if len(kind) < 2 or not name:
            continue
        for i in range(len(asked) - len(kind) + 1):
            if list(asked[i : i + len(kind)]) != kind:
                continue
            after = i + len(kind)
            if any(
                list(asked[j : j + len(name)]) == name for j in range(after, after + NAME_GAP + 1)
            ):
                return True
    return False
