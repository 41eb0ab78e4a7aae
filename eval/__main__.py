"""`python -m eval`: the dev and test splits through several configurations, side by side.

Writes results.json, report.md (dev and test per category, then the dev failures) and
accuracy.png to the output folder and prints the overall table and the default
configuration's dev/test table. The test split's failures are listed only with
`--show-test-failures`: they are not read case by case. `--check-floor` exits 1 when the
default configuration falls more than 2 points below eval/floor.toml on either split (CI).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.answer import AnswerService
from bot.compose import make_service
from core.errors import HbcError
from core.settings import Settings, load_settings
from eval.runner import (
    CONFIGS,
    DEFAULT,
    Metrics,
    baseline_runner,
    overall_table,
    run_config,
    service_runner,
    split_table,
    summarise_splits,
    write_reports,
)
from eval.scoring import CATEGORIES, QUESTIONS, TEST_QUESTIONS, Outcome, Question, load_questions
from index.build import build_index
from index.embed import Embedder, make_embedder

FLOOR = Path(__file__).with_name("floor.toml")
SLACK = 2.0  # points the floor check tolerates


def check_floor(m: Metrics, floor_path: Path = FLOOR, split: str = "dev") -> list[str]:
    """Problems with the default configuration's overall figures against the stored floor:
    the top-level keys hold the dev split's floor, a `[test]` table the test split's. A
    `wrong_rate` entry is a ceiling: the share of wrong stated figures may not rise above it."""
    with floor_path.open("rb") as fh:
        floor = tomllib.load(fh)
    if split != "dev":
        floor = floor.get(split, {})
    problems = []
    for key in ("answer_accuracy", "abstention_recall", "smalltalk_ok"):
        if key not in floor:
            continue
        want = float(floor[key])
        got = getattr(m, key)
        if got != got or got < want - SLACK:
            problems.append(
                f"{split} {key} {got:.1f} is more than {SLACK:.0f} points below the floor {want:.1f}"
            )
    if "wrong_rate" in floor:
        cap = float(floor["wrong_rate"])
        got = m.wrong_rate
        if got != got or got > cap + SLACK:
            problems.append(
                f"{split} wrong_rate {got:.1f} is more than {SLACK:.0f} points above the ceiling {cap:.1f}"
            )
    return problems


def _parser() -> argparse.ArgumentParser:
    """The command line's options."""
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--configs", default="",
                        help=f"comma-separated, from {', '.join(CONFIGS)} (default: all; llm "
                        "only when [answer].answerer names one)")  # fmt: skip
    parser.add_argument("--only", default="",
                        help=f"comma-separated question ids, id prefixes or categories ({', '.join(CATEGORIES)})")  # fmt: skip
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="the dev split's file")
    parser.add_argument("--test-questions", type=Path, default=TEST_QUESTIONS,
                        help="the test split's file (skipped when it does not exist)")  # fmt: skip
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both",
                        help="which split(s) to run (default both)")  # fmt: skip
    parser.add_argument("--show-test-failures", action="store_true",
                        help="list the test split's failures too (not for tuning: the test split "
                        "is reported by category, its failures not read case by case)")  # fmt: skip
    parser.add_argument("--config", type=Path, default=None, help="config.toml to use")
    parser.add_argument(
        "--out", type=Path, default=None, help="output folder (default eval/runs/<time>)"
    )
    parser.add_argument("--check-floor", action="store_true",
                        help=f"exit 1 if {DEFAULT} falls more than {SLACK:.0f} points below eval/floor.toml")  # fmt: skip
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    return parser


def _questions(args: argparse.Namespace) -> list[Question] | None:
    """The questions of the split(s) asked for, narrowed by --only; None (said on stderr) when
    they cannot be read or none matches."""
    try:
        questions = []
        if args.split in ("dev", "both"):
            questions += load_questions(args.questions, "dev")
        if args.split in ("test", "both") and (
            args.test_questions.exists() or args.split == "test"
        ):
            questions += load_questions(args.test_questions, "test")
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot read the questions: {exc}", file=sys.stderr)
        return None
    if args.only:
        keys = [k.strip() for k in args.only.split(",") if k.strip()]
        questions = [
            q
            for q in questions
            if q.category in keys or q.lang in keys or any(q.id.startswith(k) for k in keys)
        ]
        if not questions:
            print(f"no question matches --only {args.only}", file=sys.stderr)
            return None
    return questions


def _run_configs(
    configs: list[str], configured: Settings, settings: Settings, embedder: Embedder,
    service: AnswerService, llm_service: AnswerService | None, questions: list[Question],
    progress: bool, meta: dict[str, object],
) -> dict[str, list[Outcome]]:  # fmt: skip
    """Every configuration over the questions; what the baseline and the LLM were goes into
    `meta`."""
    outcomes = {}
    for cfg in configs:
        if cfg == "baseline":
            from eval.baseline import LlamaIndexBaseline

            t0 = time.perf_counter()
            base = LlamaIndexBaseline(settings, service.reports(), embedder)
            meta["baseline"] = (f"llama-index VectorStoreIndex, {base.chunks} fixed-size chunks of "
                                f"200 words, built in {time.perf_counter() - t0:.0f} s")  # fmt: skip
            ask = baseline_runner(base)
        elif cfg == "llm" and llm_service is not None:
            meta["llm"] = (
                f"{configured.answer.answerer}: {configured.llm.model or configured.llm.model_path}"
            )
            ask = service_runner(llm_service, "hybrid")
        elif cfg == "hybrid_full":
            always = replace(settings.retrieval, dense_below=2.0)  # > 1: every question
            full = make_service(replace(settings, retrieval=always), embedder)
            ask = service_runner(full, "hybrid")
        else:
            ask = service_runner(service, cfg)
        outcomes[cfg] = run_config(cfg, ask, questions, progress)
    return outcomes


def _floor_status(results: dict[str, Any]) -> int:
    """--check-floor: 1 when the default configuration falls below eval/floor.toml (each
    problem on stderr), else 0."""
    problems = [
        p
        for split, per_cat in results[DEFAULT].items()
        for p in check_floor(per_cat["overall"], FLOOR, split)
    ]
    for p in problems:
        print(f"FLOOR: {p}", file=sys.stderr)
    if problems:
        return 1
    print(f"floor check passed ({DEFAULT})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse options, build or confirm the index, run, report."""
    parser = _parser()
    args = parser.parse_args(argv)

    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        parser.error(f"unknown configuration(s) {unknown}; choose from {', '.join(CONFIGS)}")
    if args.check_floor and DEFAULT not in configs:
        parser.error(f"--check-floor needs the {DEFAULT} configuration")
    questions = _questions(args)
    if questions is None:
        return 2

    try:
        configured = load_settings(args.config)
        llm_named = configured.answer.answerer != "extractive"
        if not configs:
            configs = [c for c in CONFIGS if c != "llm" or llm_named]
        if "llm" in configs and not llm_named:
            parser.error("the llm configuration needs [answer].answerer = openai_like or llama_cpp")
        # The retrieval configurations and the baseline measure the extractive answerer.
        settings = replace(configured, answer=replace(configured.answer, answerer="extractive"))
        embedder = make_embedder(settings.embedding)
        stats = build_index(settings, embedder)
        service = make_service(settings, embedder)
        llm_service = make_service(configured, embedder) if "llm" in configs else None
    except HbcError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    meta: dict[str, object] = {
        "questions": len(questions),
        "date": datetime.now().isoformat(timespec="seconds"),
        "index": f"{stats.reports} reports, {stats.chunks} chunks (generation {service.generation()})",
        "embedding": embedder.name,
        "rerank": "not available: no cross-encoder with offline multilingual weights ships on PyPI (DESIGN.md)",
    }
    outcomes = _run_configs(
        configs, configured, settings, embedder, service, llm_service, questions,
        not args.no_progress, meta,
    )  # fmt: skip
    results = {cfg: summarise_splits(os_) for cfg, os_ in outcomes.items()}
    out_dir = args.out or Path("eval/runs") / datetime.now().strftime("%Y%m%d-%H%M%S")
    write_reports(out_dir, results, outcomes, questions, meta, args.show_test_failures)
    print(overall_table(results))
    shown = DEFAULT if DEFAULT in results else next(iter(results))
    print(f"\n{shown}, dev and test per category:\n{split_table(results[shown])}")
    print(
        f"\nreport: {out_dir / 'report.md'}  chart: {out_dir / 'accuracy.png'}  data: {out_dir / 'results.json'}"
    )
    return _floor_status(results) if args.check_floor else 0


if __name__ == "__main__":
    sys.exit(main())
