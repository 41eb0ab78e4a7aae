"""Report metadata: extracted from a report's header (or its content), kept in an editable TOML file."""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import re
import time
import tomllib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from core.errors import CorpusError
from core.places import PROVINCES, province_counts, province_mentions, strip_provinces
from core.text import fold
from index.normalize import clean_lines
from index.restore import Restorer, is_damaged


@dataclass(frozen=True)
class Report:
    """One report's metadata; `id` is the file stem and never changes."""

    id: str
    file: str
    province: str = ""
    agency: str = ""
    number: str = ""
    date: str = ""  # ISO yyyy-mm-dd, or "" when the report carries no date
    year: int = 0
    quarter: int = 0  # 1..4, or 0 when the report covers no single quarter
    period: str = ""  # human label: "Quý III/2022", "6 tháng đầu năm 2022", "Năm 2022"
    title: str = ""
    signer: str = ""
    source: str = ""  # the file it was added from (`index add`), kept in [ingest].originals
    # Derived at index time, never in reports.toml: the field as the OCR'd report (and so the
    # metadata file) has it, when `title`, `agency` or `signer` was restored (`readable_report`).
    title_original: str = ""
    agency_original: str = ""
    signer_original: str = ""

    @property
    def date_vn(self) -> str:
        """The date as Vietnamese readers write it (23/5/2022); as stored if not ISO."""
        parts = self.date.split("-")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            return self.date
        y, m, d = parts
        return f"{int(d)}/{int(m)}/{y}"


_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "il": 2, "iit": 3,
            "ill": 3, "lii": 3, "iil": 3, "ll": 2, "lll": 3, "11": 2, "111": 3, "it": 2}  # fmt: skip
_QUARTER = re.compile(r"\bquy\s+(iv|iii|ii|i|iit|ill|iil|lii|il|ll|lll|it|111|11|[1-4])\b")
_HALF = re.compile(r"\b6 thang (?:dau|diu|dau)\s+(?:nam|nim|ndm)\s+(\d{4})")
_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+(?:nam|nim|ndm)\s+(\d{4})")
_NUMBER = re.compile(r"\bso\s*[:.]?\s*(\d{1,5})\s*/\s*(bc-[a-z]+)\b")
_AGENCY_BY_SUFFIX = {
    "BC-STTTT": "Sở Thông tin và Truyền thông",
    "BC-SNV": "Sở Nội vụ",
    "BC-VPUBND": "Văn phòng UBND tỉnh",
    "BC-UBND": "UBND tỉnh",
}
_AGENCY_BY_TEXT = (
    ("so thong tin va truyen thong", "Sở Thông tin và Truyền thông"),
    ("so noi vu", "Sở Nội vụ"),
    ("van phong", "Văn phòng UBND tỉnh"),
)
_SIGN_ROLES = ("giam doc", "chu tich", "chanh van phong", "truong ban")
_NOT_NAME = re.compile(r"\d|:|;|\(|\blu[u]\b|\bubnd\b|\bso\b|\bvt\b|\bkt\b|giam|chu tich|van phong")


def _title(lines: list[str]) -> str:
    """The lines after the BAO CAO line, up to the first blank line or body start."""
    for i, line in enumerate(lines):
        if len(line) < 40 and fold(line).strip(" *#") in {"bao cao"}:
            out: list[str] = []
            for nxt in lines[i + 1 :]:
                if not nxt.strip():
                    if out:
                        break
                    continue
                if re.match(r"^\s*([A-E]|I|1)\.\s", nxt):
                    break
                if out and re.search(r"[.;]\s*$", nxt):
                    break  # a finished sentence after the title is the body's first
                out.append(nxt.strip())
                if len(out) >= 4:
                    break
            return " ".join(out)
    return ""


def _signer(lines: list[str]) -> str:
    tail = [ln.strip()[:200] for ln in lines[-25:] if ln.strip()]  # a signature block is short
    for idx, line in enumerate(tail):
        if any(role in fold(line) for role in _SIGN_ROLES):
            for cand in reversed(tail[idx + 1 :]):
                words = cand.split()
                folded = fold(cand)
                if (
                    2 <= len(words) <= 4
                    and all(w[:1].isupper() for w in words)
                    and not _NOT_NAME.search(folded)
                    and not cand.isupper()
                ):
                    return cand
    return ""


def extract_metadata(report_id: str, file: str, raw: str) -> Report:
    """Read province, agency, number, date, period, title and signer from a report's text."""
    lines = [s for _, s in clean_lines(raw)]
    header = fold(" ".join(lines[:12])[:4000])  # a header is short; a file may be one line
    body = fold(" ".join(lines))
    number = ""
    if m := _NUMBER.search(header):
        number = f"{int(m.group(1))}/{m.group(2).upper()}"
    date, year = "", 0
    if m := _DATE.search(header):
        d, mo, y = (int(g) for g in m.groups())
        if 1 <= d <= 31 and 1 <= mo <= 12:
            date, year = f"{y:04d}-{mo:02d}-{d:02d}", y
    title = _title(lines)
    ftitle = fold(title)
    province = ""
    head_mentions = province_mentions(header)
    if head_mentions:
        province = head_mentions[0]
    else:
        counts = province_counts(body)
        if counts:
            province = max(counts, key=lambda p: counts[p])
    agency = _AGENCY_BY_SUFFIX.get(number.split("/")[-1], "") if number else ""
    if not agency:
        scope = header if number else body
        hits = [(scope.find(k), name) for k, name in _AGENCY_BY_TEXT if k in scope]
        if hits:
            agency = min(hits)[1]
    if agency and province:
        agency = f"{agency} {province}"
    quarter, period = 0, ""
    if m := _QUARTER.search(ftitle):
        quarter = _ROMAN_Q.get(m.group(1), 0)
    years_in_title = [int(y) for y in re.findall(r"\b(?:nam|nim|ndm)\s+(20\d\d|19\d\d)\b", ftitle)]
    if not year and years_in_title:
        year = years_in_title[0]
    if quarter and year:
        period = f"Quý {['I', 'II', 'III', 'IV'][quarter - 1]}/{year}"
    elif (m := _HALF.search(ftitle)) and int(m.group(1)) == year:
        period = f"6 tháng đầu năm {year}"
    elif year:
        period = f"Năm {year}"
    return Report(
        id=report_id, file=file, province=province, agency=agency, number=number, date=date,
        year=year, quarter=quarter, period=period, title=title, signer=_signer(lines),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Validation: what a person types (`--set`, the admin form) and what reports.toml holds


def canonical_province(name: str) -> str:
    """The province a name means ("Ha Giang", "hà giang" → "Hà Giang"), or "" if none."""
    mentioned = province_mentions(fold(name, repair=False))
    if len(mentioned) == 1 and fold(strip_provinces(fold(name, repair=False))) in {"", "tinh"}:
        return mentioned[0]
    return ""


def _plain_name(value: str) -> bool:
    return bool(value) and value == Path(value).name and value not in {".", ".."}


DERIVED = frozenset({"title_original", "agency_original", "signer_original"})
# A name is restored only when each of its words wins by this much (nats) over its runner-up:
# a wrong name ("Nguyễn Minh Hưng" for Hùng) is worse than the OCR's "Nguyén Minh Hung".
NAME_MARGIN = 3.0


def readable_report(r: Report, fixer: Restorer, marked: float) -> Report:
    """The report with its title, agency and signer as people read them: a field OCR damaged is
    restored (a name word only where the decoder is sure of it), the original kept beside it
    (`title_original` ...). `marked`: the share of marked words in the report's text."""
    changes: dict[str, Any] = {}
    for name, margin in (("title", 0.0), ("agency", 0.0), ("signer", NAME_MARGIN)):
        value = getattr(r, name)
        if not value or not is_damaged(value):
            continue
        new = fixer.restore(value, marked, margin).text
        if new != value:
            changes[name] = new
            changes[f"{name}_original"] = value
    return replace(r, **changes) if changes else r


def report_problems(r: Report) -> list[str]:
    """What is wrong with a report's metadata (empty: nothing): a real ISO date, quarter 0-4,
    a known province, a year, file names inside the corpus."""
    problems: list[str] = []
    for f in fields(Report):
        value = getattr(r, f.name)
        want = int if f.name in {"year", "quarter"} else str
        if type(value) is not want:
            kind = "a whole number" if want is int else "text"
            problems.append(f"{f.name} must be {kind}, not {value!r}")
    if problems:
        return problems
    if r.date:
        try:
            day = datetime.date.fromisoformat(r.date)
        except ValueError:
            day = None
        if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.date):
            problems.append(f"date {r.date!r} is not a real date written yyyy-mm-dd")
        elif not 1945 <= day.year <= 2100:
            problems.append(f"date {r.date!r} is out of range")
    if r.year and not 1945 <= r.year <= 2100:
        problems.append(f"year {r.year} is out of range (0 when unknown)")
    if not 0 <= r.quarter <= 4:
        problems.append(f"quarter {r.quarter} must be 1-4 (0: not one quarter)")
    if r.province not in PROVINCES:
        problems.append(
            "province is empty" if not r.province.strip() else
            f"province {r.province!r} is not one of the 63 provinces"
        )  # fmt: skip
    if not _plain_name(r.file) or Path(r.file).suffix.lower() not in {".txt", ".md"}:
        problems.append(f"file {r.file!r} must be a .txt or .md file name inside the corpus")
    elif Path(r.file).stem != r.id:
        problems.append(f"file {r.file!r} must be named after the id {r.id!r}")
    if r.source and not _plain_name(r.source):
        problems.append(f"source {r.source!r} must be a file name, not a path")
    return problems


def check_report(r: Report, where: str = "") -> Report:
    """The report if its metadata is valid; a CorpusError naming the problems otherwise."""
    problems = report_problems(r)
    if problems:
        raise CorpusError(f"{where or 'report ' + r.id}: {'; '.join(problems)}")
    return r


# ---------------------------------------------------------------------------------------------
# The editable metadata file


def _toml_value(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


@contextlib.contextmanager
def metadata_lock(path: Path, timeout_s: float = 30.0) -> Iterator[None]:
    """Every read-modify-write of the metadata file holds this (admin saves, new files found,
    an add or remove committing): writes are short, so it waits rather than refuses."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.with_name(f".{path.name}.lock").open("a") as fh:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise CorpusError(
                        f"the metadata file {path.name} is being written by another process; "
                        "try again"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def merge_metadata(
    base: dict[str, Report], ours: dict[str, Report], current: dict[str, Report]
) -> list[Report]:
    """Our change (`base` → `ours`) applied on top of the file as it is now (`current`), field
    by field: a field someone changed since `base` keeps their value, so an edit saved while
    an add or remove ran is not written back over."""
    merged: dict[str, Report] = {}
    for rid, mine in ours.items():
        was, now = base.get(rid), current.get(rid)
        if was is None or now is None:
            merged[rid] = mine
            continue
        theirs = {f.name: getattr(now, f.name) for f in fields(Report)
                  if getattr(now, f.name) != getattr(was, f.name)}  # fmt: skip
        merged[rid] = replace(mine, **theirs)
    for rid, now in current.items():  # records others added meanwhile stay
        if rid not in ours and rid not in base:
            merged[rid] = now
    return list(merged.values())


def write_metadata(path: Path, reports: list[Report]) -> None:
    """Write the metadata file (atomic replace), one [[report]] table per report."""
    lines = [
        "# Report metadata, one [[report]] per file in corpus/reports/.",
        "# Extracted from each report's header on first build; edit freely, your edits are kept.",
        "# date is yyyy-mm-dd; quarter is 1-4 or 0; period is the label shown in answers.",
        "",
    ]
    for r in sorted(reports, key=lambda r: r.id):
        lines.append("[[report]]")
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in asdict(r).items() if k not in DERIVED)
        lines.append("")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(path)


def read_metadata(path: Path) -> dict[str, Report]:
    """Read the metadata file; a missing file is an empty one."""
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise CorpusError(f"cannot read metadata file {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"metadata file {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"metadata file {path} is not valid TOML: {exc}") from None
    if not isinstance(data.get("report", []), list):
        raise CorpusError(f"metadata file {path}: [[report]] tables expected")
    known = {f.name for f in fields(Report)} - DERIVED
    out: dict[str, Report] = {}
    for rec in data.get("report", []):
        if "id" not in rec or "file" not in rec:
            raise CorpusError(f"metadata file {path}: every [[report]] needs id and file")
        unknown = set(rec) - known
        if unknown:
            raise CorpusError(
                f"metadata file {path}: unknown field(s) {', '.join(sorted(unknown))}"
            )
        base = Report(id=str(rec["id"]), file=str(rec["file"]))
        report = replace(base, **{k: v for k, v in rec.items() if k not in {"id", "file"}})
        out[base.id] = check_report(report, f"metadata file {path}, report {base.id}")
    return out


def sync_metadata(corpus_dir: Path, path: Path) -> list[Report]:
    """Metadata for every report file: kept records as edited, new files extracted and saved."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus_dir}")
    kept = read_metadata(path)
    files = [f for f in sorted(corpus_dir.glob("*"))
             if f.suffix.lower() in {".txt", ".md"} and f.is_file()]  # fmt: skip
    new = {f.stem: f for f in files if f.stem not in kept}
    if new or len(kept) != len(files):
        found = {rid: extract_metadata(rid, f.name, read_report_text(f)) for rid, f in new.items()}
        with metadata_lock(path):  # read again: a save may have come in meanwhile
            kept = read_metadata(path)
            reports = []
            for f in files:
                r = kept.get(f.stem) or found.get(f.stem)
                reports.append(r or extract_metadata(f.stem, f.name, read_report_text(f)))
            write_metadata(path, reports)
    else:
        reports = [kept[f.stem] for f in files]
    for r in reports:  # new files: what their text gave, to be corrected in the file
        check_report(r, f"report {r.id} ({path.name})")
    return reports


def read_report_text(file: Path) -> str:
    """A report file's text; unreadable or binary files raise CorpusError."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {file}: {exc.strerror}") from None
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{file.name} is not a text file")
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is not text
    except UnicodeDecodeError:
        raise CorpusError(f"{file.name} is not UTF-8 text; save it as UTF-8") from None
