"""`python -m index build`: build or update the index of the reports in corpus/."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from index.build import build_index
from index.embed import make_embedder
from index.errors import HbcError
from index.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m index", description=__doc__)
    parser.add_argument("--config", type=Path, default=None, help="path to config.toml")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build or update the index (unchanged reports are reused)")
    b.add_argument("--force", action="store_true", help="re-embed everything")
    b.add_argument("--quiet", action="store_true", help="no progress output")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    try:
        settings = load_settings(args.config)
        embedder = make_embedder(
            settings.embedding.backend, settings.embedding.model, settings.embedding.batch_size
        )

        def progress(stage: str, done: int, total: int) -> None:
            if not args.quiet:
                print(f"\r{stage}: {done}/{total} chunks", end="", file=sys.stderr, flush=True)

        stats = build_index(settings, embedder, force=args.force, progress=progress)
        if not args.quiet and stats.embedded:
            print(file=sys.stderr)
    except HbcError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\ninterrupted; the previous index is still in use", file=sys.stderr)
        return 130
    state = "up to date" if stats.up_to_date else "built"
    print(
        f"index {state}: {stats.generation}, {stats.reports} reports, {stats.chunks} chunks, "
        f"{stats.embedded} embedded, {stats.reused} reused, {stats.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
