"""`python -m index build | add FILE... | remove REPORT_ID... | list | doctor | facts`: the
corpus and its index."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TextIO

from core.errors import ConfigError, HbcError, IndexMissingError
from core.settings import Settings, load_settings
from index.build import load_corpus
from index.embed import make_embedder
from index.generations import (
    activate_generation,
    current_generation,
    in_use,
    named_generation,
    verify_generation,
)
from index.ingest import EDITABLE, Outcome, Refused, Staged, add, rebuild, remove, stage
from index.metadata import Report
from index.readers import accepted, reader_of


class Bar:
    """A one-line progress bar on stderr: `embed [#####.....] 12/30`."""

    def __init__(self, quiet: bool, out: TextIO = sys.stderr) -> None:
        self.quiet = quiet
        self.out = out
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet or total <= 0:
            return
        filled = round(24 * done / total)
        line = f"\r{stage[:40]:<40} [{'#' * filled}{'.' * (24 - filled)}] {done}/{total}"
        print(line, end="", file=self.out, flush=True)
        self.shown = True

    def end(self) -> None:
        """Finish the bar's line."""
        if self.shown:
            print(file=self.out)
            self.shown = False


def _describe(s: Staged) -> str:
    r = s.report
    kind = reader_of(s.extracted.kind).label
    if s.extracted.pages:
        kind += f", {s.extracted.pages} page(s)"
    if s.extracted.ocr_pages:
        kind += f", OCR on {len(s.extracted.ocr_pages)} page(s)"
    rows = [f"{s.source.name} → {r.id} ({kind})"]
    rows += [f"  {k:<8} {getattr(r, k) or '—'}" for k in EDITABLE]
    return "\n".join(rows)


def _overrides(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key.strip() not in EDITABLE:
            raise ConfigError(f"--set takes FIELD=VALUE with FIELD one of {', '.join(EDITABLE)}")
        out[key.strip()] = value
    return out


def _confirm(question: str) -> bool:
    try:
        return input(f"{question} [y/N] ").strip().lower() in {"y", "yes", "c", "co", "có"}
    except EOFError:
        return False


def _summary(outcome: Outcome) -> str:
    b = outcome.build
    built = (
        f"; index {b.generation}: {b.reports} reports, {b.chunks} chunks, {b.embedded} embedded, "
        f"{b.reused} reused, {b.seconds:.1f} s"
        if b
        else ""
    )
    parts = []
    if outcome.added:
        parts.append(f"added {len(outcome.added)}: {', '.join(r.id for r in outcome.added)}")
    if outcome.removed:
        parts.append(f"removed {len(outcome.removed)}: {', '.join(outcome.removed)}")
    return ("; ".join(parts) or "nothing changed") + built


def _list(reports: list[Report]) -> str:
    rows = [f"{'id':<28} {'province':<12} {'number':<16} {'date':<10} {'period':<22} source"]
    for r in reports:
        rows.append(
            f"{r.id:<28} {r.province:<12} {r.number or '—':<16} {r.date or '—':<10} "
            f"{r.period or '—':<22} {r.source or r.file}"
        )
    return "\n".join(rows)


def _parser() -> argparse.ArgumentParser:
    """The command line: build, add, remove, list, doctor and facts, with their options."""
    parser = argparse.ArgumentParser(prog="python -m index", description=__doc__)
    parser.add_argument("--config", type=Path, default=None, help="path to config.toml")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build or update the index (unchanged chunks are reused)")
    b.add_argument("--force", action="store_true", help="re-embed everything")
    b.add_argument("--quiet", action="store_true", help="no progress output")
    a = sub.add_parser("add", help=f"add report files ({accepted(described=True)}) and index them")
    a.add_argument("files", nargs="+", type=Path, help="report files")
    a.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help=f"set a metadata field on the added report(s): {', '.join(EDITABLE)}")  # fmt: skip
    a.add_argument("--yes", "-y", action="store_true", help="add without asking")
    a.add_argument("--dry-run", action="store_true", help="read and check only; change nothing")
    a.add_argument("--any-language", action="store_true", help="accept non-Vietnamese files")
    a.add_argument("--quiet", action="store_true", help="no progress output")
    r = sub.add_parser("remove", help="remove reports from the corpus and the index")
    r.add_argument("ids", nargs="+", help="report ids (see: python -m index list)")
    r.add_argument("--quiet", action="store_true", help="no progress output")
    sub.add_parser("list", help="list the reports in the corpus")
    d = sub.add_parser("doctor", help="check the corpus and every index generation; repair")
    d.add_argument("--check", action="store_true", help="report only; change nothing")
    d.add_argument("--quiet", action="store_true", help="no progress output")
    f = sub.add_parser("facts", help="show the fact table (every figure) of the current index")
    f.add_argument("--province", default="", help="only this province")
    f.add_argument("--grep", default="", help="only facts whose words contain this (folded)")
    f.add_argument("--report", default="", help="only this report id (or its prefix)")
    f.add_argument("--csv", type=Path, default=None, help="write all columns to this CSV file")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    bar = Bar(getattr(args, "quiet", False))
    try:
        settings = load_settings(args.config)
        if args.command == "list":
            print(_list([rep for rep, _ in load_corpus(settings)]))
            return 0
        if args.command == "add":
            return _add(settings, args, bar)
        if args.command == "doctor":
            return _doctor(settings, args.check, bar)
        if args.command == "facts":
            return _facts(settings, args)
        embedder = make_embedder(settings.embedding)
        if args.command == "remove":
            outcome = remove(settings, embedder, list(args.ids), progress=bar)
            bar.end()
            print(_summary(outcome))
            return 0
        stats, note = rebuild(settings, embedder, force=args.force, progress=bar)
        bar.end()
        if note:
            print(note, file=sys.stderr)
    except HbcError as exc:
        bar.end()
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        bar.end()
        print(
            "\ninterrupted; the previous index is still in use, the corpus unchanged",
            file=sys.stderr,
        )
        return 130
    state = "up to date" if stats.up_to_date else "built"
    print(
        f"index {state}: {stats.generation}, {stats.reports} reports, {stats.chunks} chunks, "
        f"{stats.embedded} embedded, {stats.reused} reused, {stats.seconds:.1f} s"
    )
    return 0


def _doctor(settings: Settings, check_only: bool, bar: Bar) -> int:
    """Say what is wrong with the corpus and the index generations; repair unless asked not
    to (finish or discard an interrupted add/remove, rebuild a damaged generation reusing
    intact vectors, point CURRENT at a complete one, remove stale generations)."""
    index_dir = settings.path(settings.index.dir)
    embedder = make_embedder(settings.embedding)
    problems = 0
    try:
        print(f"corpus: {len(load_corpus(settings))} reports, metadata valid")
    except HbcError as exc:
        print(f"corpus: {exc}")
        return exc.exit_code  # the index is built from it: fix it first
    if (settings.path(settings.corpus.dir).parent / ".pending").exists():
        print("an interrupted add/remove is pending")
        problems += 1
    named, current = named_generation(index_dir), current_generation(index_dir)
    if named != current:
        print(f"CURRENT: names {named or 'nothing'}; the newest complete generation is {current}")
        problems += 1
    for gen_dir in sorted(index_dir.glob("gen-*")):
        damage = (
            verify_generation(settings, gen_dir.name, embedder.name)
            if (gen_dir / "manifest.json").exists()
            else "incomplete (a build was interrupted)"
        )
        state = damage or "ok"
        used = " (in use by a running server)" if in_use(gen_dir) else ""
        print(f"{gen_dir.name}{' [current]' if gen_dir.name == current else ''}: {state}{used}")
        problems += bool(damage) and gen_dir.name == current
    if current is None:
        print("no complete index generation")
        problems += 1
    if check_only:
        print("healthy" if not problems else f"{problems} problem(s); run: python -m index doctor")
        return 0 if not problems else IndexMissingError.exit_code
    stats, note = rebuild(settings, embedder, progress=bar)
    bar.end()
    activate_generation(settings, stats.generation)  # CURRENT rewritten, stale ones removed
    if note:
        print(note)
    state = "was healthy" if stats.up_to_date and not problems else "repaired"
    print(f"index {state}: {stats.generation}, {stats.chunks} chunks, {stats.embedded} embedded")
    return 0


def _facts(settings: Settings, args: argparse.Namespace) -> int:
    from index.facts import current_facts, select, table, write_csv

    rows = select(current_facts(settings.path(settings.index.dir)), args.province, args.grep,
                  args.report)  # fmt: skip
    if args.csv is not None:
        with args.csv.open("w", encoding="utf-8", newline="") as fh:
            write_csv(rows, fh)
        print(f"{len(rows)} facts written to {args.csv}")
    else:
        print(table(rows))
        print(f"{len(rows)} facts")
    return 0


def _add(settings: Settings, args: argparse.Namespace, bar: Bar) -> int:
    staged, refused = stage(
        settings, list(args.files), _overrides(args.set), args.any_language, progress=bar
    )
    bar.end()
    for s in staged:
        print(_describe(s))
    unfit = [s for s in staged if s.problems]
    staged = [s for s in staged if not s.problems]
    refused += [
        Refused(s.source, f"{s.source.name}: {'; '.join(s.problems)}; correct it with "
                "--set FIELD=VALUE")
        for s in unfit
    ]  # fmt: skip
    for f in refused:
        print(f"refused: {f.reason}", file=sys.stderr)
    if not staged:
        print("nothing added", file=sys.stderr)
        return 4
    if args.dry_run:
        print(f"dry run: {len(staged)} file(s) would be added; nothing changed")
        return 0 if not refused else 4
    if not args.yes and sys.stdin.isatty() and not _confirm(f"Add {len(staged)} report(s)?"):
        print("nothing added")
        return 1
    embedder = make_embedder(settings.embedding)
    outcome = add(settings, embedder, staged, progress=bar)
    bar.end()
    print(_summary(outcome))
    print(
        f"metadata: {settings.corpus.metadata} (edit it, then `python -m index build`); "
        f"originals: {settings.ingest.originals}"
    )
    return 0 if not refused else 4


if __name__ == "__main__":
    sys.exit(main())
