"""Where a report lists things: in one sentence (after a colon, inside brackets, a semicolon
series, a run of short comma items) or as a block (a lead-in paragraph ending with ':' and the
marked items under it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.list_clauses import (
    LED_WORDS,
    MIN_LED,
    accept,
    after_such_as,
    quoted_run,
)
from bot.list_items import (
    ELLIPSIS,
    MIN_ITEMS,
    clean_item,
    dates_joined,
    last_trimmed,
    lead_dropped,
    lead_tail,
    named_tail,
    near_words,
    run_on_cut,
    split_items,
)
from bot.structure import (
    Para,
    closing,
    marker_rank,
)
from core.text import fold

ITEM_WORDS = 12  # a comma-separated item longer than this is a clause, not a named thing
SEMI_WORDS = 80  # the same for semicolon-separated items (whole document titles)
RUN_WORDS = 7  # an item of a run of comma items with nothing announcing it ("Lao động -
# Thương binh và Xã hội")
# A colon that opens a list: not the one of a URL ("http://") or a time ("10:30").
_COLON = re.compile(r"(?<!\d)(?<!https)(?<!http):(?!//)\s*")
# Where a document's name starts ("… đến năm 2030, Quyết định số 603 …").
DOC_WORDS = frozenset(
    ["van ban", "ke hoach", "quyet dinh", "nghi quyet", "chi thi", "cong van", "thong tu",
     "nghi dinh", "de an", "bao cao", "chuong trinh", "quy che", "quy dinh"]
)  # fmt: skip


# Where a sentence may end: ". " before a capital letter (not inside "1.044" or "TP.").
_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
# A number that numbers what follows ("gồm: 1. Xây dựng …", a paragraph's "2. Kết quả"),
# right before the stop: no sentence ends there.
_MARKER_BEFORE = re.compile(r"(?:^|[:;(]\s*)\d{1,2}[.!?]$")


def sentences(text: str) -> list[str]:
    """A paragraph's sentences. One may end on a number ("… sử dụng dịch vụ công trực tuyến
    mức độ 3, 4. Bên cạnh đó, …"), but not on a list marker ("gồm: 1. Xây dựng …")."""
    out: list[str] = []
    start = 0
    for m in _STOP.finditer(text):
        before = text[start : m.start()]
        if before[-2:-1].isspace() or (
            before[-2:-1].isdigit() and _MARKER_BEFORE.search(before.rstrip())
        ):
            continue
        out.append(before)
        start = m.end()
    return [*out, text[start:]]


@dataclass(frozen=True)
class Enumeration:
    """Named things listed in a report: inside one sentence of a paragraph (`paras` is that
    paragraph), or one per paragraph under a lead-in (`paras` are the items' paragraphs)."""

    para: Para  # the paragraph holding the list (inline) or its lead-in (block)
    sentence: str  # the sentence holding the list, or the lead-in paragraph's text
    lead: str  # what comes before the first item: the words that announce the list
    items: tuple[str, ...]
    paras: tuple[Para, ...] = ()  # a block list: each item's paragraph
    led: bool = False  # announced by a colon or a lead-in paragraph
    places: bool = False  # the places a sentence names by their kind, listed or not

    @property
    def tail(self) -> str:
        """What the sentence says after its last item ("…; Theo dõi YKCĐ | tiếp tục phát huy
        hiệu quả"): said of the listed things, as a lead-in is."""
        if self.paras or not self.items:
            return ""
        at = self.sentence.rfind(self.items[-1])
        return self.sentence[at + len(self.items[-1]) :].strip(" .;,") if at >= 0 else ""


# The kinds of place a report names ("huyện Thanh Miện", "thành phố Chí Linh"), folded; OCR
# spells "thành phố" "thanh phd", "thị xã" "thi x4".
_PLACE_KINDS = re.compile(r"^(?:huyen|xa|phuong|tp\.?|tx\.?|(?:thi|thanh|thij) (?:x\w|ph\w|tran))$")


def places_named(sentence: str) -> list[tuple[int, list[str]]]:
    """The places one sentence names by their kind and name ("UBND thành phố Hà Tĩnh và UBND
    thị xã Kỳ Anh đang …", "… đưa tin về huyện Thanh Miện …; … huyện Cẩm Giàng"), each once,
    as (where the first starts, names) when there are two or more; a "which districts"
    question is answered by them though no colon or comma run lists them."""
    words = list(re.finditer(r"\S+", sentence))
    names: list[str] = []
    seen: set[str] = set()
    start = -1
    i = 0
    while i < len(words):
        for n in (2, 1):
            kind = " ".join(fold(w.group()).strip(",;:.()") for w in words[i : i + n])
            if len(words[i : i + n]) == n and _PLACE_KINDS.match(kind):
                break
        else:
            i += 1
            continue
        first = i - 1 if i and fold(words[i - 1].group()) == "ubnd" else i
        name: list[str] = []
        # "các huyện, thị xã, Thành phố …": a kind word its punctuation ends names nothing
        named_after = words[i + n : i + n + 3] if words[i + n - 1].group()[-1].isalnum() else []
        for w in named_after:
            bare = w.group().strip(",;:.()")
            if not (bare[:1].isupper() and bare.isalpha()):
                break
            name.append(bare)
            if bare != w.group():
                break  # the name ends at its punctuation
        if name and fold(" ".join(name)) not in seen:
            seen.add(fold(" ".join(name)))
            kind_words = [w.group() for w in words[first : i + n]]
            names.append(" ".join([*kind_words, *name]).strip(",;:()"))
            start = words[first].start() if start < 0 else start
        i += n + len(name)
    return [(start, names)] if len(names) >= 2 else []


def outside_split(text: str) -> list[str]:
    """The text cut at its semicolons outside brackets: a bracket's own list ("(trong đó: a;
    b; c)") is one piece of the sentence's series."""
    pieces: list[str] = []
    depth = start = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and not depth:
            pieces.append(text[start:i])
            start = i + 1
    return [*pieces, text[start:]]


_DOC_NAMES = "|".join(sorted(DOC_WORDS, key=len, reverse=True))
# A lead-in that announces documents by their subjects: "… gồm các kế hoạch, quyết định về:",
# "ban hành các văn bản sau:" (the items name what each is about, not the document).
_DOCS_ANNOUNCED = re.compile(
    rf"\b(?:cac|nhung)\s+(?:{_DOC_NAMES})(?:\s*(?:,|va|hoac)\s*(?:{_DOC_NAMES}))*"
    r"(?:\s+(?:ve|sau|sau day|nhu|gom|bao gom))?\s*:\s*$"
)


def docs_announced(lead: str) -> bool:
    """Whether a list's lead-in announces documents, each item naming one by its subject."""
    return bool(_DOCS_ANNOUNCED.search(fold(lead)))


DOC_NUMBER = re.compile(r"\b\d{1,5}\s*[-/]\s*[A-ZĐ0-9]{1,8}\b|\bs[ốo6]\s+\d{1,5}/")


def names_doc(item: str) -> bool:
    """An item that names a document: its number, or a document in its opening words."""
    return bool(DOC_NUMBER.search(item)) or bool(doc_starts(" ".join(item.split()[:4]), False))


def joined_docs(e: Enumeration, docs: bool) -> Enumeration:
    """A list of documents cut at the semicolons of one document's subject ("Công văn số 63 về
    góp ý …; cung cấp câu hỏi …; Công văn số 74 …"): a piece that names no document is the rest
    of the one before it. `docs`: documents are asked."""
    flags = [names_doc(i) for i in e.items]
    if not docs or e.paras or not flags or not flags[0] or all(flags) or sum(flags) < 2:
        return e
    out: list[str] = []
    for item, doc in zip(e.items, flags, strict=True):
        if doc:
            out.append(item)
            continue
        start = e.sentence.find(out[-1])
        end = e.sentence.find(item, max(start, 0))
        whole = start >= 0 and end >= 0
        out[-1] = e.sentence[start : end + len(item)] if whole else f"{out[-1]}; {item}"
    return replace(e, items=tuple(out))


def doc_starts(text: str, capital: bool = True) -> list[int]:
    """Where document names start in a text: a (capitalised) 'Kế hoạch', 'Quyết định' … (OCR
    spellings fold alike)."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    return [
        at
        for (at, w), (_, nxt) in zip(words, words[1:], strict=False)
        if (w[:1].isupper() or not capital) and f"{fold(w)} {fold(nxt)}" in DOC_WORDS
    ]


def enumerations(sentence: str) -> list[list[str]]:
    """Lists in one sentence (see `enumerations_at`), as item lists."""
    return [items for _, items, _ in enumerations_at(sentence)]


def _parallel(pieces: list[str]) -> bool:
    """Semicolon pieces written alike: most of those after the first open with the same word
    ('Chỉ đạo …; Chỉ đạo …', 'Kế hoạch số …; Kế hoạch số …')."""
    firsts = [fold(p.split()[0]) for p in pieces[1:] if p.split()]
    if len(firsts) < 2:
        return False
    top = max(firsts.count(f) for f in set(firsts))
    return 2 * top >= len(firsts) or 2 * sum(
        bool(doc_starts(p.strip())[:1] == [0]) for p in pieces[1:]
    ) >= len(firsts)


def enumerations_at(sentence: str) -> list[tuple[int, list[str], bool]]:
    """Lists in one sentence as (where the list starts, items, announced by a colon): after a
    colon, inside brackets, a semicolon-separated series, or a run of short comma items. Comma
    items are named things (a few words); semicolon items may be whole phrases ('Phân hệ quản
    lý dịch vụ công trực tuyến và một cửa điện tử'). After a colon followed by semicolons the
    list is the semicolon series when its pieces are written alike ('Chỉ đạo …; Chỉ đạo …'),
    else the comma items of its first part ('như: dân cư, đăng ký kinh doanh và hộ tịch;
    hệ thống VNPOST …')."""
    colons = list(_COLON.finditer(sentence))
    # "như" announces its own list even in a sentence a colon opened ("thể hiện: …; các nhiệm
    # vụ như A, B, C được … thực hiện")
    found = _after_colons(sentence, colons) + _in_brackets(sentence) + after_such_as(sentence)
    found += quoted_run(sentence)
    if colons:
        return found
    if len(outside_split(sentence)) >= 3:
        return found + _semicolon_series(sentence)
    return found + _short_run(sentence)


def and_parallel(piece: str) -> list[str]:
    """A piece split at its last "và" when both sides open with the same word ("bổ nhiệm 01
    công chức … và bổ nhiệm 01 Trưởng phòng …"): two items written alike; else the piece."""
    at = [m for m in re.finditer(r"\s+(?:và|va)\s+", piece)]
    if not at:
        return [piece]
    left, right = piece[: at[-1].start()].strip(), piece[at[-1].end() :].strip()
    lw, rw = left.split(), right.split()
    if lw and rw and fold(lw[0]) == fold(rw[0]) and len(rw) >= 3:
        return [left, right]
    return [piece]


def _after_colons(sentence: str, colons: list[re.Match[str]]) -> list[tuple[int, list[str], bool]]:
    """The list after each colon: its comma items, else its semicolon series."""
    found: list[tuple[int, list[str], bool]] = []
    for m in colons:
        rest = sentence[m.end() :]
        pieces = dates_joined(outside_split(rest))
        if len(pieces) == 2:  # "Đã bổ nhiệm A; bổ nhiệm B và bổ nhiệm C"
            pieces = [pieces[0], *and_parallel(pieces[1])]
        # the list ends at an ellipsis: "… tố cáo... cũng đang được ứng dụng …"
        parts = ELLIPSIS.split(pieces[0], maxsplit=1)
        commas = last_trimmed(run_on_cut(lead_dropped(split_items(parts[0]))))
        # two named things make a list when an ellipsis says more follow ("A, B,...")
        least = MIN_LED if len(parts) > 1 else MIN_ITEMS
        # the colon ends the lead-in of a semicolon series: its first piece is an item
        semis = last_trimmed([c for c in (clean_item(p) for p in pieces) if c])
        short = bool(commas) and max(len(i.split()) for i in commas) <= 6
        if accept(commas, least, LED_WORDS) and (short or len(pieces) < 3 or not _parallel(pieces)):
            found.append((m.end(), commas, True))
        elif len(pieces) >= 3 and accept(semis, MIN_ITEMS, SEMI_WORDS):
            found.append((m.end(), semis, True))
    return found


def _in_brackets(sentence: str) -> list[tuple[int, list[str], bool]]:
    """The lists inside brackets ("(A, B, C)")."""
    found: list[tuple[int, list[str], bool]] = []
    for m in re.finditer(r"\(([^()]{6,})\)", sentence):
        items = last_trimmed(lead_dropped(split_items(m.group(1))))
        ellipsis = bool(re.search(r"(\.\.\.|…)\s*$", m.group(1)))
        limit = SEMI_WORDS if m.group(1).count(";") >= 2 else ITEM_WORDS
        if accept(items, MIN_LED if ellipsis else MIN_ITEMS, limit):
            found.append((m.start(1), items, ellipsis))
    return found


# An item that opens with its count ("20 sở, ban, ngành", "138/138 xã").
_COUNT_OPENS = re.compile(r"(?<![\w/.,])\d{1,5}(?:/\d{1,5})?\s+[^\W\d]")


def _semicolon_series(sentence: str) -> list[tuple[int, list[str], bool]]:
    """A sentence without a colon whose semicolons separate the items of a list."""
    pieces = dates_joined(outside_split(sentence))
    # The first piece holds the lead-in: the list starts after its last comma, or at the
    # last document name when the items are documents.
    start = pieces[0].rfind(",") + 1
    docs = doc_starts(pieces[0])
    if docs and _parallel(pieces):
        # the last document named by its number ("ban hành Công văn số 63/… về việc góp ý dự
        # thảo Báo cáo …"), not one its subject names
        numbered = [d for d in docs if DOC_NUMBER.search(pieces[0][d : d + 40])]
        start = (numbered or docs)[-1]
    focus = list(_FOCUS_LEAD.finditer(pieces[0]))
    if focus:  # "… trong đó tập trung tuyên truyền về | A, B; C; D": the lead-in ends there
        start = focus[-1].end()
    counted = [m.start() for m in _COUNT_OPENS.finditer(pieces[0])]
    if counted and all(_COUNT_OPENS.match(p.strip()) for p in pieces[1:] if p.strip()):
        start = counted[-1]  # "Hiện nay có | 20 sở, ban, ngành; 07 huyện; 138/138 xã": counts
    pieces[0] = _lead_cut(pieces[0][start:], pieces[1:])
    items = last_trimmed(_and_last([c for c in (clean_item(p) for p in pieces) if c]))
    return [(start, items, False)] if accept(items, MIN_ITEMS, SEMI_WORDS) else []


# "và" before a capitalised word: one more named item joined to the last ("…; D và Hiện đại hóa
# hành chính đều đạt …"); "và" inside a name goes on in lowercase ("Xây dựng và nâng cao …").
_AND_NAME = re.compile(r"\s(?:và|va)\s+(?=\w)")


def _and_last(items: list[str]) -> list[str]:
    """A series' last piece that runs on past the list ("A; B; C; D và E đều đạt …", much
    longer than the others) with the one more item "và" joins before a capitalised word: D
    and E apart (the sentence's run-on is trimmed from E after)."""
    if len(items) < 3:
        return items
    sizes = sorted(len(i.split()) for i in items[:-1])
    median = sizes[len(sizes) // 2]
    last = items[-1]
    if len(last.split()) <= max(2 * median, median + 4):
        return items
    for m in _AND_NAME.finditer(last):
        if last[m.end()].isupper() and last[: m.start()].strip():
            return [*items[:-1], last[: m.start()].strip(), last[m.end() :]]
    return items


# "tập trung (phản ánh / tuyên truyền) (vào / về / việc)": what follows is what was focused on.
_FOCUS_LEAD = re.compile(
    r"\b(?:tập|tap) (?:trung)\s+(?:(?:phản ánh|phan anh|tuyên truyền|tuyen truyen|đưa tin|dua tin"
    r"|vào|vao|về|ve|việc|viec)\s+)*",
    re.I,
)


# Words that end the lead-in of a list ("… bài viết như A; B; C", "… gồm A; B").
_LEAD_ENDS = frozenset(["nhu", "gom", "la", "ve", "sau", "da"])


def _lead_cut(first: str, rest: Sequence[str]) -> str:
    """The first piece of a semicolon series without the lead-in it carries, when it is much
    longer than the other items: from after its last lead-in word ("… đăng nhiều bài viết như
    | Cải cách …"), else, the other items being titles, from its last capitalised word after
    a lowercase one; unchanged when neither leaves an item of the others' size."""
    sizes = sorted(len(p.split()) for p in rest if p.split())
    if not sizes:
        return first
    median = sizes[len(sizes) // 2]
    limit = max(2 * median, median + 4)
    words = first.split()
    if len(words) <= median + 3:
        return first
    folded = [fold(w) for w in words]
    cut = next((i + 1 for i in range(len(words) - 2, 0, -1) if folded[i] in _LEAD_ENDS), 0)
    if not cut and sum(p.strip()[:1].isupper() for p in rest) * 2 > len(rest):
        cut = next(
            (i for i in range(len(words) - 1, 0, -1)
             if words[i][:1].isupper() and not words[i - 1][:1].isupper()),
            0,
        )  # fmt: skip
    if cut and 0 < len(words) - cut <= limit:
        return " ".join(words[cut:])
    return first


def _short_run(sentence: str) -> list[tuple[int, list[str], bool]]:
    """A run of short comma items: "UBND thị xã Kinh Môn và các huyện Bình Giang, Cẩm Giàng,
    …"; the list ends at an ellipsis."""
    text = ELLIPSIS.split(re.sub(r"\([^()]*\)", " ", sentence), maxsplit=1)[0]
    run: list[str] = []
    best: list[str] = []
    for piece in split_items(text):
        if len(re.findall(r"\w+", piece)) <= RUN_WORDS:
            run.append(piece)
            if len(run) > len(best):
                best = list(run)
        else:
            # "… tại huyện Bình Giang, thành phố Chí Linh": the thing the clause ends on; "… pháp
            # luật về cải cách hành chính, đất đai": what it names after its lead-in word
            tail = named_tail(piece) or lead_tail(piece, RUN_WORDS)
            run = [tail] if tail else []
    if accept(best, MIN_ITEMS, ITEM_WORDS):
        at = sentence.find(best[0])
        return [(max(0, at), best, False)]
    return []


def block_lists(paras: Sequence[Para]) -> list[tuple[int, list[Para]]]:
    """Lists of paragraphs under a lead-in: (index of the lead-in paragraph, the items'
    paragraphs). A lead-in ends with ':'; its items are the marked paragraphs after it with
    the first one's marker (deeper ones belong to the item above); the list ends at a
    paragraph without a marker or with an outer one."""
    out: list[tuple[int, list[Para]]] = []
    for i, p in enumerate(paras):
        if not p.text.rstrip().endswith(":"):
            continue
        items: list[Para] = []
        rank = None
        for k, q in enumerate(paras[i + 1 :], i + 1):
            if closing(q):  # the recipients ("Nơi nhận: - Bộ Nội vụ; …") are no item
                break
            r = marker_rank(q.text)
            if r is None and items and _continues(paras, k, rank):
                continue  # the unmarked paragraph goes on with the item above
            if r is None or (rank is not None and r < rank):
                break
            if rank is None:
                rank = r
            if r == rank:
                items.append(q)
        if len(items) >= MIN_LED:
            out.append((i, items))
    return out


CONTINUED = 2  # unmarked paragraphs an item of a block list may run on into


def _continues(paras: Sequence[Para], k: int, rank: int | None) -> bool:
    """Whether the unmarked paragraph at k goes on with the list item above it: the list's
    next item (a paragraph with the items' marker) comes within `CONTINUED` unmarked
    paragraphs, and none of them opens a list of its own (ends with ':')
    ("- Đài Phát thanh …: …" / "Tiếp tục nâng cao …" / "Ngoài ra, …" / "- Báo Hà Tĩnh …")."""
    for q in paras[k : k + CONTINUED + 1]:
        r = marker_rank(q.text)
        if r is not None:
            return r == rank
        if q.text.rstrip().endswith(":"):
            return False
    return False


# "… phần mềm quản lý y tế cơ sở của ngành Y tế": the owner an item ends on (folded; OCR
# spells "của" "clia", "cta", "ctia").
_OWNER = re.compile(r"\s(?:\w{2,4}\s)?nganh\s+([a-z][a-z ,-]{1,50})$")
MIN_OWNED = 3  # items ending on their owner that make a list grouped by owner


def owned_by(e: Enumeration, folded_question: str) -> Enumeration:
    """A list grouped by owner ("A, B của ngành Tài chính; C; D của ngành Giao thông; …") asked
    of one owner ("ngành Giao thông … những hệ thống nào"): that owner's things, the items
    before its own back to the previous owner's ("C", "D"), or its one item cut at its commas
    ("A, B"); the list unchanged when the question names no one owner of it."""
    if e.paras:
        return e
    asked = folded_question.split()
    owners = [_OWNER.search(fold(i).strip(" .;,")) for i in e.items]
    if sum(m is not None for m in owners) < MIN_OWNED:
        return e
    at = [j for j, w in enumerate(asked) if w == "nganh"]
    mine = [
        k
        for k, m in enumerate(owners)
        if m is not None
        and any(near_words(" ".join(asked[j + 1 : j + 1 + len(m.group(1).replace(",", " ").split())]),
                           " ".join(m.group(1).replace(",", " ").split())) for j in at)
    ]  # fmt: skip
    if len(mine) != 1:
        return e
    k, m = mine[0], owners[mine[0]]
    if m is None:
        return e
    # the item's own words up to its owner ("… y tế cơ sở | của ngành Y tế")
    own = " ".join(e.items[k].split()[: len(fold(e.items[k]).strip(" .;,")[: m.start()].split())])
    first = k
    while first and owners[first - 1] is None:
        first -= 1
    pieces = [*e.items[first:k], own] if first < k else split_items(own)
    return replace(e, items=tuple(pieces)) if len(pieces) >= 2 else e


OWNER_WEIGHT = 2.0  # a list grouped by owner whose one owner the question names: its part is asked


def owner_fit(e: Enumeration, folded_question: str) -> float:
    """`OWNER_WEIGHT` when the question names one owner of a list grouped by owner (its
    things are what is asked, see `owned_by`), else 0."""
    return OWNER_WEIGHT if owned_by(e, folded_question) is not e else 0.0
