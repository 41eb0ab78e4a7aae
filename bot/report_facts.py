"""Questions about a report itself (its number, agency, date, signer, title, period), answered
from the report metadata (`corpus/reports.toml`, the index's report records) and cited at the
report's own line that carries the value (its header, or the signature for the signer)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from bot.asked_month import asked_after
from bot.coverage import Coverage
from bot.extractive import cite, source_line
from bot.extractive.dates_asked import asked_days
from bot.intents import FIELDS, MENTIONS
from bot.intents_types import section_kind
from bot.part_period import part_period
from bot.recipient_names import official_recipient
from bot.report_fact_lines import field_list, one_field
from bot.report_quarters import covers_or_plans
from bot.report_span import DATA_SPAN, days_keep
from bot.report_subject import SubjectReports, without_documents
from bot.year_after import results_after
from core.places import strip_provinces
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import fold
from index.chunk import Chunk, Span
from index.generations import LoadedIndex
from index.metadata import Report
from index.restore import readable

# A report number named in a question: "342/BC-VPUBND", "342 /BC", "báo cáo số 342", "report 342".
# A number followed by a period word is the period ("báo cáo 6 tháng đầu năm"), not a number.
_NUMBER_NAMED = re.compile(
    r"\b(\d{1,5})\s*/\s*bc\b|\b(?:bao cao|report|van ban|document)\s+(?:so|no|number)?\s*"
    r"[:.]?\s*(\d{1,5})\b(?!\s*(?:thang|nam|quy|ngay|months?|years?|quarters?|days?)\b|/)"
)
# A half-year named: the reports whose period is that half ("6 tháng đầu năm 2022").
_FIRST_HALF = re.compile(
    r"\b(?:6|sau) thang dau(?: nam)?\b|\bfirst (?:half|six months|6 months)\b|\bh1\b"
)
_SECOND_HALF = re.compile(
    r"\b(?:6|sau) thang cuoi(?: nam)?\b|\bsecond half\b|\blast (?:six|6) months\b|\bh2\b"
)
# The end of a year ("cuối năm 2022", "at the end of 2022", "year-end 2022"): its last quarter,
# not "cuối tháng 5/2022" or "end of May 2022" (a month's end names no quarter here).
_YEAR_END = re.compile(
    r"\b(?:cuoi nam|(?:the )?end of(?: the year)?|year[- ]end|(?:den )?het nam)\s+(?:nam\s+)?\d{4}\b"
)
# The signature block of a report without the signer's name: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
# (signed on behalf of the head, by a deputy), folded. The roles and their English.
_ROLES = {"giam doc": ("Giám đốc", "Director"), "chu tich": ("Chủ tịch", "Chairman"),
          "chanh van phong": ("Chánh Văn phòng", "Chief of Office")}  # fmt: skip
_SIGNED_FOR = re.compile(r"\b(kt|tm|tl)\s*\.\s*(" + "|".join(_ROLES) + r")\b")
_DEPUTY = re.compile(r"\bpho (" + "|".join(_ROLES) + r")\b")
_NEWEST = re.compile(r"\b(moi nhat|gan day nhat|gan nhat|latest|most recent(?:ly)?|newest)\b")
_OLDEST = re.compile(
    r"\b(som nhat|cu nhat|earliest|oldest)\b|\b(?:ban hanh|ky|issued|signed) (?:dau tien|first)\b"
)
# The "Nơi nhận" (recipients) list at a report's end: its lines start with "-" and end at
# "Lưu" (the archive copy); the signature block OCR runs into them ("- UBND tỉnh; PHÓ GIÁM
# ĐỐC") is cut off.
_RECIPIENTS_HEAD = re.compile(r"\bn\w{0,2}i nh\w{0,2}n?\s*:", re.I)
_SIGNATURE_WORDS = re.compile(
    r"[;,]?\s*\b(?:KT|TM|TL)\s*\.\s*[A-ZÀ-Ỹ ]+$|[;,]?\s*\bPH\S{0,2}\s+(?:GI\S{0,2}M|CH\S{0,2}NH|"
    r"CH\S{0,2}\s+T\S{0,2}CH)\b.*$"
)
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)\b")


# Kinds of provincial agency a question may name (folded), for telling apart an agency the
# collection has no report of.
_AGENCY_KINDS = (
    "so noi vu", "so tu phap", "so tai chinh", "so ke hoach va dau tu", "so y te",
    "so giao duc va dao tao", "so cong thuong", "so xay dung", "so giao thong van tai",
    "so tai nguyen va moi truong", "so nong nghiep", "so lao dong", "so van hoa",
    "so khoa hoc va cong nghe", "so thong tin va truyen thong", "van phong ubnd", "thanh tra",
    "department of home affairs", "department of justice", "department of finance",
    "department of health", "department of education",
)  # fmt: skip
_ALIASES = (
    (r"\b(?:so tttt|stttt|so tt&tt|so tt tt|so thong tin truyen thong)\b",
     "so thong tin va truyen thong"),
    (r"\buy ban nhan dan\b", "ubnd"),
    (r"\bvp\s*ubnd\b", "van phong ubnd"),  # "VP UBND", "VPUBND": the committee's office
    (r"\b(?:department of information and communications?|(?:dept|department) of ict|"
     r"(?:ict|information and communications?) (?:dept|department))\b",
     "so thong tin va truyen thong"),
    (r"\b(?:(?:the )?office of the (?:provincial )?people(?:['’] ?| )?s committee|"
     r"(?:provincial )?people(?:['’] ?| )?s committee(?:['’] ?s)? office)\b", "van phong ubnd"),
    (r"\bpeople(?:['’] ?| )?s committee\b", "ubnd"),
)  # fmt: skip


def _aliases(folded: str) -> str:
    for pattern, to in _ALIASES:
        folded = re.sub(pattern, to, folded)
    return folded


def _of_kind(kind: str) -> Callable[[Report], bool]:
    """Whether a report's agency is of that kind."""
    return lambda r: kind in _aliases(fold(r.agency))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def _agency_keys(r: Report) -> set[str]:
    """How a question may name the report's agency: its name without the province ("so thong
    tin va truyen thong"), its initials ("stttt"), the code after the number ("vpubnd")."""
    core = strip_provinces(fold(r.agency)).replace(" tinh", " ").strip()
    core = re.sub(r"\s+", " ", core)
    keys = {core} if core else set()
    words = [w for w in core.split() if w != "va"]
    if len(words) >= 2:
        keys.add("".join(w[0] for w in words))
    if "/" in r.number:
        keys.add(fold(r.number.split("/", 1)[1]).removeprefix("bc-").removeprefix("bc "))
    return {k for k in keys if len(k) >= 3}


def _agencies_named(reports: list[Report], folded: str) -> list[Report]:
    """The reports whose agency a (folded) question names, as written or by an alias ("vp
    ubnd": "văn phòng UBND"); an agency named only by words inside a longer one named ("UBND"
    inside "Văn phòng UBND") is not named."""
    said = {folded, _aliases(folded)}
    hits = {r.id: [k for k in _agency_keys(r)
                   if any(re.search(rf"\b{re.escape(k)}\b", t) for t in said)]
            for r in reports}  # fmt: skip
    keys = {k for ks in hits.values() for k in ks}
    return [r for r in reports if any(
        not any(k != o and re.search(rf"\b{re.escape(k)}\b", o) for o in keys)
        for k in hits[r.id])]  # fmt: skip


def _period_steps(q: ParsedQuery) -> list[tuple[str, Callable[[Report], bool]]]:
    """The steps of `ReportFacts.select` that keep the reports of the period or day a question
    names (year, quarter, half year, "15/6/2022", a range of days), each with what is missing
    when none is."""
    folded = q.folded
    steps: list[tuple[str, Callable[[Report], bool]]] = []
    # a span named ("đề án giai đoạn 2021-2025") is a programme's, not the report's year
    spans = {int(y) for m in _YEAR_SPAN.finditer(fold(q.text)) for y in m.groups()}
    years = [y for y in q.years if y not in spans]
    if years:
        steps.append((", ".join(map(str, years)), lambda r: r.year in years))
    if q.quarter:
        steps.append((f"quý {q.quarter}", lambda r: r.quarter == q.quarter))
    if _FIRST_HALF.search(folded):
        steps.append(("6 tháng đầu năm", lambda r: "6 thang dau" in fold(r.period)))
    if _SECOND_HALF.search(folded):
        steps.append(("6 tháng cuối năm", lambda r: "6 thang cuoi" in fold(r.period)))
    # a day named: "15/6/2022", "15 June 2022", "December 20, 2022"
    days = asked_days(folded)
    dates = {f"{d}/{m}/{y}" for d, m, y in days}
    if dates:
        steps.append((", ".join(sorted(dates)), days_keep(days, folded)))
    return steps


class ReportFacts:
    """Answers a report's own facts from its metadata."""

    def __init__(self, index: LoadedIndex, coverage: Coverage | None = None) -> None:
        self.index = index
        self.coverage = coverage or Coverage(index)
        self.subjects = SubjectReports(index)

    def select(
        self, q: ParsedQuery, provinces: tuple[str, ...], en: bool = False
    ) -> tuple[list[Report], str]:
        """The reports a question names (by number, date, agency, province, year, quarter),
        and, when what it names matches no report, what was not found (in English with
        `en`)."""
        reports = sorted(self.index.reports.values(), key=lambda r: r.id)
        folded = q.folded
        # "signed by Mr X": the reports X signed, of all of them (a number naming another
        # report than X's is a report X did not sign)
        signers = {r.id: r.signer for r in reports if _names_signer(folded, r)}
        numbers = {a or b for a, b in _NUMBER_NAMED.findall(folded)}
        if numbers:
            reports = [r for r in reports if r.number.split("/")[0].strip() in numbers]
            if not reports:
                return [], ", ".join(f"số {n}" for n in sorted(numbers))
        steps: list[tuple[str, Callable[[Report], bool]]] = []
        if provinces:
            steps.append((", ".join(provinces), lambda r: r.province in provinces))
        steps += _period_steps(q)
        steps += self.subjects.steps(q)  # "the report implementing Plan 12/KH-UBND"
        if signers:
            # with a number named, the report of that number signed by X is what is missing
            names = ", ".join(sorted(set(signers.values())))
            nums = ", ".join(sorted(numbers))
            signed = (f"report {nums} signed by {names}" if en else f"báo cáo số {nums} do {names} ký")
            steps.append((signed if numbers else names, lambda r: r.id in signers))
        named = _agencies_named(reports, without_documents(q))  # not 77/KH-UBND's
        if named:
            ids = {r.id for r in named}
            steps.append(("", lambda r: r.id in ids))
        else:
            # An agency of another kind than any report's ("Sở Nội vụ" when no report is
            # theirs): nothing matches, never another agency's report.
            for kind in _AGENCY_KINDS:
                if re.search(rf"\b{kind}\b", _aliases(folded)):
                    steps.append((kind, _of_kind(kind)))
        for label, keep in steps:
            kept = [r for r in reports if keep(r)]
            if not kept:
                return [], label
            reports = kept
        if MENTIONS.search(folded):  # "báo cáo nào đề cập đến …": the reports that do
            mentioning = self.coverage.mentioning(q, [r.id for r in reports])
            if mentioning is not None:
                if not mentioning:
                    return [], MENTIONS.sub(" ", folded).strip(" ?") or folded
                reports = [r for r in reports if r.id in mentioning]
        elif len(reports) > 1 and not numbers:
            reports = self._by_title(q.expanded, reports)  # English named in report words
        if reports and (_NEWEST.search(folded) or _OLDEST.search(folded)):
            reports = _newest(reports, oldest=not _NEWEST.search(folded), each=bool(provinces))
        return reports, ""

    def _by_title(self, folded: str, reports: list[Report]) -> list[Report]:
        """The report a question names by its title's own words ("báo cáo về Đề án đẩy mạnh
        cải cách hành chính"): the one whose title shares the most word pairs with the question
        that no other report's title has, two at least; else all of them."""
        pairs = {r.id: _pairs(fold(readable(r.title))) for r in self.index.reports.values()}
        asked = _pairs(folded)
        scores: dict[str, int] = {}
        for r in reports:
            others = set().union(*(p for rid, p in pairs.items() if rid != r.id))
            scores[r.id] = len((pairs[r.id] - others) & asked)
        best = max(scores.values())
        top = [r for r in reports if scores[r.id] == best]
        return top if best >= 2 and len(top) == 1 else reports

    def answer(
        self, q: ParsedQuery, fields: tuple[str, ...], provinces: tuple[str, ...], language: str
    ) -> Answer:
        """The asked fields of the named report(s), each report cited; a field the report does
        not carry is said to be missing, never filled from another report."""
        en = language == "en"
        reports, missing = self.select(q, provinces, en)
        if not reports:
            return self._not_found(q, missing, language)
        fields = fields or FIELDS
        lines: list[str] = []
        citations: list[Citation] = []
        first_value = ""
        for r in reports[:5]:
            values = {f: self._field(r, f, en) for f in fields}
            if fields == ("period",):  # "Part II … over what period": the part's own period
                values["period"] = part_period(self.index, r.id, q.folded) or values["period"]
            cit, role = self._cited(r, fields, values, len(citations) + 1, en)
            citations.append(cit)
            name = self.report_name(r, en)
            if len(fields) == 1:
                line = one_field(fields[0], values[fields[0]], name, cit, role, en)
                lines.append(line + self._context(r, fields[0], en))
            else:
                lines.append(field_list(fields, values, name, cit, en))
            first_value = first_value or next((values[f] for f in fields if values[f]), "")
        if len(reports) > 5:
            more = len(reports) - 5
            lines.append(f"(+{more} more reports)" if en else f"(còn {more} báo cáo khác)")
        if len(reports) > 1 and len(fields) > 1:  # a list of reports: say how many
            lines.insert(0, f"{len(reports)} reports:" if en else f"{len(reports)} báo cáo:")
        label = "Sources" if en else "Nguồn"
        sources = "\n".join(source_line(c, en) for c in citations)
        return Answer(
            q.text, "\n\n".join(lines) + f"\n\n{label}:\n{sources}", not first_value,
            tuple(citations), figure=first_value, confidence=1.0 if first_value else 0.0,
            language=language,
        )  # fmt: skip

    def uncovered_half(
        self, q: ParsedQuery, provinces: tuple[str, ...], language: str
    ) -> Answer | None:
        """The "not found" answer when the question names a half of a year ("6 tháng cuối năm
        2022", "the second half of 2022") that no report of the named provinces covers in any
        part, or a month or whole year every one of them ends before (`asked_after`); None
        when one does or no such time is named."""
        half = (
            2 if _SECOND_HALF.search(q.folded) else 1 if _FIRST_HALF.search(q.folded)
            else 4 if _YEAR_END.search(q.folded) else 0
        )  # fmt: skip
        where = f" ({', '.join(provinces)})" if provinces else ""
        if not half or not q.years:  # a later month or a whole year asked (bot/asked_month)
            ahead = section_kind(q) == "tasks"  # tasks ahead: an earlier report plans them
            reports, en = self.index.reports.values(), language == "en"
            writes = partial(self.coverage.writes, provinces=provinces)
            after = "" if ahead else (
                asked_after(q, reports, provinces, en, writes)
                or results_after(q, reports, provinces, en)
            )
            covered = Answer(q.text, f"{after} {self._covered(en)}", True, (), language=language)
            return covered if after else None
        wanted = {1: {1, 2}, 2: {3, 4}, 4: {4}}[half]
        ahead = section_kind(q) == "tasks"  # the tasks ahead: an earlier report plans them
        if any(
            r.year in q.years and covers_or_plans(r, wanted, ahead)
            for r in self.index.reports.values()
            if not provinces or r.province in provinces
        ):
            return None
        # A half-year a later report writes about ("14 quyết định ban hành 6 tháng cuối năm
        # 2021" in the 2022 report) is the passages' to answer.
        said = {1: "6 thang dau nam", 2: "6 thang cuoi nam", 4: "cuoi nam"}[half]
        if any(self.coverage.writes(f"{said} {y}", provinces) for y in q.years):
            return None
        what = {1: "6 tháng đầu năm", 2: "6 tháng cuối năm", 4: "cuối năm"}[half]
        when = f"{what} {', '.join(map(str, q.years))}"
        return self._not_found(q, when + where, language)

    def _not_found(self, q: ParsedQuery, missing: str, language: str) -> Answer:
        """The abstention when no report matches what the question names, and the reports
        that are held."""
        en = language == "en"
        text = (
            f"Not found: no report in the collection matches {missing or 'the question'}."
            if en
            else f"Không tìm thấy: không có báo cáo nào khớp với {missing or 'câu hỏi'}."
        )
        return Answer(q.text, text + " " + self._covered(en), True, (), language=language)

    def _cited(
        self, r: Report, fields: tuple[str, ...], values: dict[str, str], n: int, en: bool
    ) -> tuple[Citation, str]:
        """The report's citation numbered `n`, at the line carrying the signer, the signature
        block or the first asked value; and, when the signer is asked but not named, in what
        capacity the report is signed ("" otherwise)."""
        quote_of = next((v for f, v in values.items() if v and f != "title"), "")
        # No signer's name: the signature block says in what capacity it is signed.
        role, role_key = (
            self.signed_as(r, en) if "signer" in fields and not values["signer"] else ("", "")
        )
        chunk, span = self._where(r, values.get("signer") or role_key or quote_of)
        return cite(r, n, chunk, span, 1.0), role

    def _field(self, r: Report, field: str, en: bool) -> str:
        """A field's value: from the metadata, or from the report's text for the signature
        block's role and the recipients."""
        if field == "role":
            return self.signed_as(r, en)[0]
        if field == "recipients":
            return "; ".join(self.recipients(r))
        return self._value(r, field)

    def _context(self, r: Report, field: str, en: bool) -> str:
        """What a one-field answer adds: the signer with the role they signed in; the title
        with the period (the title says the period in the report's own words, and what else it
        covers: "… năm 2022 và một số nhiệm vụ trọng tâm năm 2023")."""
        if field == "role" and r.signer:
            return f"\n{'Signer' if en else 'Người ký'}: {r.signer}"
        if field == "period" and r.title.strip():
            return f"\n{'Title' if en else 'Tiêu đề'}: {readable(r.title.strip())}"
        return ""

    def recipients(self, r: Report) -> list[str]:
        """The report's "Nơi nhận" list (restored reading where OCR-damaged), without the
        archive copy ("Lưu: …") and the signature words OCR ran into it; [] when none."""
        chunks = sorted((c for c in self.index.chunks if c.report_id == r.id),
                        key=lambda c: c.position)  # fmt: skip
        tail = [c.restored or c.text for c in chunks[-3:]]
        text = "\n".join(tail)
        heads = list(_RECIPIENTS_HEAD.finditer(text))
        if not heads:
            return []
        out: list[str] = []
        for line in text[heads[-1].end() :].splitlines():
            item = _SIGNATURE_WORDS.sub("", line.strip().lstrip("*").strip())
            if not item.startswith("-"):
                if out and item and not re.match(r"[A-ZÀ-Ỹ .]+$", item):
                    break
                continue
            item = item.lstrip("- ").rstrip(" ;.,")
            if fold(item).startswith("luu"):
                break
            if item:
                out.append(official_recipient(item))
        return out

    @staticmethod
    def _value(r: Report, field: str) -> str:
        if field == "date":
            return r.date_vn
        if field == "title":  # as people read it: restored when OCR-damaged
            return readable(r.title.strip()) if r.title.strip() else ""
        if field == "period" and r.period:  # and the dates its figures run between, if titled
            m = DATA_SPAN.search(readable(r.title))
            return f"{r.period} ({m.group(0)})" if m else r.period
        return str(getattr(r, field) or "").strip()

    def signed_as(self, r: Report, en: bool) -> tuple[str, str]:
        """How a report without the signer's name is signed, from its signature block: "KT.
        Giám đốc, Phó Giám đốc" (a deputy, on behalf of the head), and the words to cite it
        by; ("", "") when it has none."""
        chunks = sorted((c for c in self.index.chunks if c.report_id == r.id),
                        key=lambda c: c.position)  # fmt: skip
        for chunk in reversed(chunks[-3:]):
            folded = fold(chunk.text)
            m = _SIGNED_FOR.search(folded)
            if not m:
                continue
            vi, eng = _ROLES[m.group(2)]
            deputy = _DEPUTY.search(folded, m.end())
            head = f"{m.group(1).upper()}. {vi}"
            if not deputy:
                return head, vi
            key = f"Phó {_ROLES[deputy.group(1)][0]}"
            if en:  # the report's own words first, as staff check them against the source
                return f"{head}, {key} (a Deputy {_ROLES[deputy.group(1)][1]}, for the {eng})", key
            return f"{head}, {key}", key
        return "", ""

    @staticmethod
    def report_name(r: Report, en: bool) -> str:
        """How an answer names a report: "Báo cáo 342/BC-VPUBND (Văn phòng UBND tỉnh Đồng
        Tháp, 15/9/2022)"; a report without a number by its period."""
        ident = r.number or ("without number" if en else "không số")
        when = r.date_vn or r.period
        rest = ", ".join(x for x in (r.agency or r.province, when) if x)
        return f"{'Report' if en else 'Báo cáo'} {ident} ({rest})"

    def _where(self, r: Report, value: str) -> tuple[Chunk, Span]:
        """The report's span that carries `value` (the header line with its number, the
        signature with the name), else the report's first line."""
        chunks = sorted((c for c in self.index.chunks if c.report_id == r.id),
                        key=lambda c: c.position)  # fmt: skip
        wanted = [_squeeze(value)] if value else []
        if r.date:
            y, m, d = r.date.split("-")
            wanted += [f"ngay{int(d)}thang{int(m)}nam{y}", f"ngay{d}thang{m}nam{y}"]
        for key in (w for w in wanted if len(w) >= 3):
            for chunk in chunks:
                for span in chunk.spans:
                    if key in _squeeze(chunk.sentence(span)):
                        return chunk, span
        first = chunks[0]
        span = first.spans[0] if first.spans else Span(0, len(first.text), first.line_start,
                                                        first.line_end)  # fmt: skip
        return first, span

    def _covered(self, en: bool) -> str:
        names = "; ".join(self.report_name(r, en) for r in sorted(self.index.reports.values(),
                                                             key=lambda r: r.id))  # fmt: skip
        return f"Reports held: {names}." if en else f"Các báo cáo hiện có: {names}."


def _names_signer(folded: str, r: Report) -> bool:
    """Whether a question names a report's signer in full ("the report Mr Bùi Đắc Thế
    signed", "do ông Bui Dac The ky"): a name of two words at least, diacritics aside."""
    name = " ".join(fold(r.signer or "", repair=False).split())
    return len(name.split()) >= 2 and bool(re.search(rf"\b{re.escape(name)}\b", folded))


def _pairs(folded: str) -> set[str]:
    """The word pairs of a folded text."""
    words = re.sub(r"[^a-z0-9 ]+", " ", folded).split()
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def _newest(reports: list[Report], oldest: bool, each: bool) -> list[Report]:
    """"Báo cáo mới nhất" (or "sớm nhất", oldest): of each province named, else of all."""
    def when(r: Report) -> tuple[str, str]:
        return (r.date or f"{r.year:04d}-{max(r.quarter, 1) * 3:02d}", r.id)

    pick = min if oldest else max
    if not each:
        return [pick(reports, key=when)]
    by_province: dict[str, list[Report]] = {}
    for r in reports:
        by_province.setdefault(r.province, []).append(r)
    return sorted((pick(rs, key=when) for rs in by_province.values()), key=lambda r: r.id)
