"""Documents a report refers to, read at index time: every "Kế hoạch số 58/KH-UBND ngày
11/3/2022 của UBND tỉnh về …" of every chunk becomes a row with its number, type, date, issuer
and subject, so a question about a plan, decision, official letter or resolution named in a
report ("Kế hoạch số mấy?", "under which decision…") is answered from the table
(bot/docref_answer.py), cited to its line.

Vietnamese administrative documents are numbered `number[/year]/TYPE-ISSUER[-UNIT]`
(Nghị định 30/2020/NĐ-CP, Phụ lục I): `3504/QĐ-UBND`, `47/2020/NĐ-CP`; an official letter
(công văn) has no type code, `1730/UBND-NC`; the Party's documents put the type first,
`06-NQ/TU`. OCR damages them (`603/Qb-UBND`, `18/KH- BCHCPS`, `34/ 20 16/ND-CP`); the pattern
tolerates spaces and damaged letters, and the number is kept as the report writes it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core.text import fold
from index.chunk import Chunk, Span
from index.metadata import Report
from index.rows import read_rows, write_rows

DOCREFS_FILE = "docrefs.jsonl"

# A document number as a report writes it (restored text keeps numbers as the OCR had them).
# number / [year /] CODE[-CODE…]: the code starts upper-case (OCR may lower the rest: "Qb",
# "TTg"); spaces around "/" and "-" are OCR's. Party form: number-TYPE/ISSUER.
_CODE = r"[A-ZĐ�][A-Za-zĐđ0-9&�]{0,11}"
DOC_NUMBER = re.compile(
    r"(?<![\d/.,])(?P<num>\d{1,5})\s?/\s?(?:(?P<year>(?:19|20)\s?\d\s?\d)\s?/\s?)?"
    rf"(?P<code>{_CODE}(?:\s?-\s?-?\s?{_CODE}){{0,3}})"
    rf"|(?<![\d/.,])(?P<pnum>\d{{1,5}})-(?P<pcode>[A-ZĐ]{{1,4}}/[A-ZĐ]{{1,6}})"
)

# Type words (folded) a report puts before a number, with OCR-damaged spellings the restorer
# leaves ("Kéo hoạch", "Công vận"); longest first so "ke hoach hanh dong" wins over "ke hoach".
TYPE_WORDS: dict[str, str] = {
    "ke hoach hanh dong": "ke hoach", "ke hoach": "ke hoach", "keo hoach": "ke hoach",
    "quyet dinh": "quyet dinh", "nghi quyet": "nghi quyet", "nghi dinh": "nghi dinh",
    "chi thi": "chi thi", "cong van": "cong van", "van ban": "cong van",
    "thong tu": "thong tu", "thong bao": "thong bao", "bao cao": "bao cao",
    "ket luan": "ket luan", "huong dan": "huong dan", "chuong trinh": "chuong trinh",
}  # fmt: skip
_TYPE_BEFORE = re.compile(
    r"(" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:so|s|sb|sd|se|s6))?\s*:?\s*$"
)
# The type code of a number (the first part after "/"), by the official abbreviations; OCR's
# readings of Đ (Qb, QP, NB, NP) included. A number with no type code is an official letter.
TYPE_CODES: dict[str, str] = {
    "kh": "ke hoach", "qd": "quyet dinh", "qb": "quyet dinh", "qp": "quyet dinh",
    "nq": "nghi quyet", "nd": "nghi dinh", "nb": "nghi dinh", "np": "nghi dinh",
    "ct": "chi thi", "tt": "thong tu", "tb": "thong bao", "bc": "bao cao", "kl": "ket luan",
    "hd": "huong dan", "ctr": "chuong trinh",
}  # fmt: skip
# Issuer codes (the part after the type code), by the official abbreviations: who issued a
# document the report names only by its number. Prefix match, longest first ("BC…" of a
# steering committee's OCR-damaged code "BCHCDS" → Ban Chỉ đạo).
ISSUER_CODES: tuple[tuple[str, str], ...] = (
    ("vpubnd", "Văn phòng UBND tỉnh"), ("ubnd", "UBND tỉnh"), ("ttg", "Thủ tướng Chính phủ"),
    ("cp", "Chính phủ"), ("bnv", "Bộ Nội vụ"), ("btc", "Bộ Tài chính"),
    ("btttt", "Bộ Thông tin và Truyền thông"), ("bct", "Bộ Chính trị"), ("tu", "Tỉnh ủy"),
    ("tw", "Trung ương"), ("snv", "Sở Nội vụ"), ("stc", "Sở Tài chính"),
    ("stttt", "Sở Thông tin và Truyền thông"), ("cat", "Công an tỉnh"), ("tct", "Tổ công tác"),
    ("bc", "Ban Chỉ đạo"),
)  # fmt: skip
# How far before a number its type word may start (characters): "Quyết định số " is 14, OCR
# adds a stray mark or two.
TYPE_WINDOW = 28
# A reference's subject is at most this many characters (a long clause runs on into the
# sentence's main clause, which says what was done, not what the document is about).
SUBJECT_CHARS = 240
# The words of a reference's clause before it (what was done under it), at most.
CONTEXT_CHARS = 160

_DATE = re.compile(
    r"ng[àa]y\s*(\d{1,2})\s*(?:/|\s+th[áa]ng\s+)\s*(\d{1,2})\s*(?:/|\s+n[ăa]m\s+)\s*(\d{4})"
)
_ISSUER = re.compile(
    r"^\W*(?:của|cua|ctia|ciia|cta|caa|cia|cla)\s+(.{3,120}?)(?=\s+(?:về|ve|vé|ban hành|phê duyệt|"
    r"quy định|thực hiện|triển khai|hướng dẫn|sửa đổi|đã|để|di|đi|d)\b|[,;:(.]|$)",
    re.I,
)
# An issuer is a name of a few words ("Ủy ban nhân dân tỉnh Đồng Tháp"); a longer run after
# "của" is the subject written without "về", whose issuer is its first words up to "tỉnh".
ISSUER_WORDS = 7
_OF = re.compile(r"^\W*(?:của|cua|ctia|ciia|cta|caa|cia|cla)\s+", re.I)
_ISSUER_HEAD = re.compile(r"^(.{2,40}?\btỉnh)\b", re.I)
# Where the sentence's main clause starts after a reference's subject: "Thực hiện Kế hoạch số
# 367/KH-UBND … về cải cách hành chính năm 2022, Văn phòng … ban hành Kế hoạch số 19 …", "…,
# Sở Thông tin và Truyền thông đã hướng dẫn …" (a comma, up to eight words naming who, a verb of
# doing; OCR reads "đã" as "đi", "di", "d"). At least one word between: "xây dựng, ban hành
# văn bản" is one subject.
_MAIN_CLAUSE = re.compile(
    r",\s+(?:[^\s,;]+\s+){1,8}?(?:đã|đi|di|d|ban hành|chỉ đạo|hướng dẫn)\s", re.I
)
_ABOUT = re.compile(r"^\W*(?:về\s+việc|về|V/v|ve viec|ve)\b\s*", re.I)


@dataclass(frozen=True)
class DocRef:
    """One document a report names, with what the report says of it."""

    id: str  # chunk id # n
    report_id: str
    province: str
    chunk_id: str
    page: int
    line_start: int
    line_end: int
    span_start: int  # the clause's offsets in the chunk text (its citation)
    span_end: int
    number: str  # as the report writes it, spaces removed: "58/KH-UBND"
    key: str  # canonical, to compare numbers: "58/kh-ubnd"
    digits: str  # the number's own digits, no leading zeros: "58" ("4" for "04/KH-UBND")
    kind: str  # folded type: "ke hoach", "quyet dinh", "cong van", …
    code_kind: str  # the type its code says, when it says one
    date: str  # "11/3/2022", "" when the report gives none
    issuer: str  # "UBND tỉnh", "Bộ Nội vụ" (the report's words, else read from the code)
    subject: str  # what it is about, as people read it
    subject_folded: str
    context_folded: str  # the clause's words before it (what was done under it)
    section_folded: str
    clause: str  # the clause as people read it (the quote)
    subject_ocr_folded: str = ""  # the subject as the OCR text reads it, folded ("" if clean)


def number_key(number: str) -> str:
    """A document number compared across OCR damage: folded, spaces gone, Đ/Qb/QP as D."""
    key = re.sub(r"\s+", "", fold(number, repair=False))
    key = re.sub(r"(?<=/)q[bp](?=-)", "qd", key)
    return re.sub(r"(?<=/)n[bp](?=-)", "nd", key)


def _code_parts(m: re.Match[str]) -> list[str]:
    code = m.group("code") or m.group("pcode") or ""
    return [p for p in re.split(r"[\s/-]+", fold(code, repair=False)) if p]


def _code_kind(m: re.Match[str]) -> str:
    parts = _code_parts(m)
    if m.group("pcode"):  # Party form: 06-NQ/TU
        return TYPE_CODES.get(parts[0], "") if parts else ""
    if not parts:
        return ""
    return TYPE_CODES.get(parts[0], "") or "cong van"


def _code_issuer(m: re.Match[str]) -> str:
    parts = _code_parts(m)
    own = parts[1:] if (m.group("pcode") or (parts and parts[0] in TYPE_CODES)) else parts
    for part in own:
        for code, name in ISSUER_CODES:
            if part.startswith(code):
                return name
    return ""


def _type_before(before: str) -> tuple[str, int]:
    """The type word right before a number (folded kind) and where it starts in `before`
    (-1 when there is none). Folding keeps a window without numbers the same length."""
    window = before[-TYPE_WINDOW:]
    digit = re.search(r"\d[^\d]*$", window)  # the type word follows any number before it
    if digit:
        window = window[digit.start() + 1 :]
    # folded character by character, so offsets in it are offsets in the window
    folded = "".join((fold(c, repair=False) or " ")[:1] for c in window)
    m = _TYPE_BEFORE.search(folded)
    if not m:
        return "", -1
    return TYPE_WORDS[m.group(1)], len(before) - len(window) + m.start()


def _parse_tail(tail: str) -> tuple[str, str, str]:
    """(date, issuer, subject) from the words after a number."""
    date = ""
    rest = tail
    m = _DATE.search(tail[:40])
    if m and len(tail[: m.start()].split()) <= 1:  # right after the number ("…, ngày …")
        date = f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}"
        rest = tail[m.end() :]
    issuer = ""
    mi = _ISSUER.match(rest)
    if mi and len(mi.group(1).split()) <= ISSUER_WORDS:
        issuer = mi.group(1).strip(" ,;")
        rest = rest[mi.end(1) :]
    elif m_of := _OF.match(rest):
        after = rest[m_of.end() :]
        if mh := _ISSUER_HEAD.match(after):
            issuer, rest = mh.group(1), after[mh.end(1) :]
    if issuer and not date and (md := _DATE.match(rest.lstrip(" ,"))):  # "của Bộ Nội vụ ngày …"
        date = f"{int(md.group(1))}/{int(md.group(2))}/{md.group(3)}"
        rest = rest.lstrip(" ,")[md.end() :]
    if rest.lstrip(" ,").startswith(":"):
        rest = ""  # "theo Quyết định số 1291/QĐ-TTg …: 96 TTHC": what follows is no subject
    rest = _ABOUT.sub("", rest.lstrip(" ,;:-"), count=1)
    rest = rest.split("\n")[0]
    if main := _MAIN_CLAUSE.search(rest):
        rest = rest[: main.start()]
    subject = rest[:SUBJECT_CHARS].strip(' ,;:.-“”"')
    return date, issuer, subject


def _line_span(chunk: Chunk, start: int, restored: bool) -> Span | None:
    """The span of the chunk that holds readable offset `start`."""
    for s in chunk.spans:
        lo, hi = (s.rstart, s.rend) if restored else (s.start, s.end)
        if lo <= start < hi:
            return s
    return None


def extract_docrefs(report: Report, chunks: Iterable[Chunk]) -> list[DocRef]:
    """Every document one report's chunks name by number, in reading order (the report's own
    number, in its header, is left out). An OCR-damaged chunk is read twice: its restored text
    gives what people read, its OCR text the subject as the OCR wrote it (`subject_ocr_folded`),
    so that a word the restorer misread ("chia sở dữ liệu" for "chia sẻ") still matches."""
    own = number_key(report.number) if report.number else ""
    out: list[DocRef] = []
    for chunk in chunks:
        if chunk.report_id != report.id:
            continue
        restored = bool(chunk.restored) and all(s.rstart >= 0 for s in chunk.spans)
        refs = _chunk_refs(report, chunk, own, restored)
        if restored:
            refs = _with_ocr_subjects(refs, _chunk_refs(report, chunk, own, False))
        out += refs
    return out


def _with_ocr_subjects(refs: list[DocRef], ocr: list[DocRef]) -> list[DocRef]:
    """Each restored reference with the subject its OCR twin reads: the restorer keeps every
    number as written, so the n-th reference of a number in one text is the n-th in the other."""
    twins: dict[str, list[DocRef]] = {}
    for r in ocr:
        twins.setdefault(r.key, []).append(r)
    seen: dict[str, int] = {}
    out = []
    for r in refs:
        i = seen.get(r.key, 0)
        seen[r.key] = i + 1
        same = twins.get(r.key, [])
        out.append(replace(r, subject_ocr_folded=same[i].subject_folded) if i < len(same) else r)
    return out


def _chunk_refs(report: Report, chunk: Chunk, own: str, restored: bool) -> list[DocRef]:
    """The documents one chunk names, read from its restored text or its OCR text."""
    out: list[DocRef] = []
    text = chunk.readable_text if restored else chunk.text
    matches = list(DOC_NUMBER.finditer(text))
    for n, m in enumerate(matches):
        number = re.sub(r"\s+", "", m.group(0)).rstrip("-")
        key = number_key(number)
        if own and key == own:
            continue
        span = _line_span(chunk, m.start(), restored)
        if span is None:
            continue
        lo, hi = (span.rstart, span.rend) if restored else (span.start, span.end)
        before = text[lo : m.start()]
        kind_word, _ = _type_before(before)
        # What follows: to the clause's end, or on into the next clause when this one ends
        # at the number ("1730/UBND-NC; ngày 13/4/2022 về việc …"); never into the next
        # document of a list ("…; Quyết định số 14/…").
        end = hi
        if not text[m.end() : hi].strip(" ,;.:-\n"):
            nxt = _line_span(chunk, hi + 1, restored)
            if nxt is not None:
                end = nxt.rend if restored else nxt.end
        tail = text[m.end() : end]
        for later in matches[n + 1 :]:
            if not m.end() < later.start() < end:
                continue
            _, at = _type_before(text[m.end() : later.start()])
            # a document listed next ("…; Quyết định số …", "… và Nghị định số …") ends
            # this one; one named inside its subject ("về việc thực hiện Chỉ thị số …")
            # does not
            if at >= 0 and re.search(r"(?:[;,]|\svà)\s*$", text[m.end() : m.end() + at]):
                tail = text[m.end() : m.end() + at]
                break
        date, issuer, subject = _parse_tail(tail)
        code_kind = _code_kind(m)
        prev_end = max((p.end() for p in matches[:n] if p.end() > lo), default=lo)
        context = text[prev_end : m.start()][-CONTEXT_CHARS:]
        digits = str(int(m.group("num") or m.group("pnum")))
        out.append(DocRef(
            id=f"{chunk.id}#{n}", report_id=report.id, province=report.province,
            chunk_id=chunk.id, page=span.page, line_start=span.line_start,
            line_end=span.line_end, span_start=span.start, span_end=span.end,
            number=number, key=key, digits=digits, kind=kind_word or code_kind,
            code_kind=code_kind, date=date, issuer=issuer or _code_issuer(m),
            subject=subject, subject_folded=fold(subject), context_folded=fold(context),
            section_folded=fold(chunk.readable_section), clause=text[lo:hi].strip(),
        ))  # fmt: skip
    return out


def build_docrefs(reports: Iterable[Report], chunks: Sequence[Chunk]) -> list[DocRef]:
    """The document references of a whole corpus."""
    return [d for r in reports for d in extract_docrefs(r, chunks)]


def write_docrefs(gen_dir: Path, reports: Iterable[Report], chunks: Sequence[Chunk]) -> int:
    """Write docrefs.jsonl into an index generation; returns the number of rows."""
    return write_rows(gen_dir / DOCREFS_FILE, build_docrefs(reports, chunks))


def load_docrefs(
    gen_dir: Path | None, reports: Iterable[Report], chunks: Sequence[Chunk]
) -> list[DocRef]:
    """The generation's document references; built from its chunks when an older generation
    (or an index without a folder) lacks them."""
    path = gen_dir / DOCREFS_FILE if gen_dir is not None else None
    if path is None or not path.exists():
        return build_docrefs(reports, chunks)
    return read_rows(path, DocRef)
