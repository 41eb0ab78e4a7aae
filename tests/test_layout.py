"""The layout's rules, read from the source: front ends and the evaluation ask the answer
service, never its retriever."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _modules(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


def test_front_ends_and_eval_ask_the_service_not_its_retriever() -> None:
    for path in _modules("bot") + _modules("eval"):
        if path.name == "answer.py" and path.parent.name == "bot":
            continue  # the service itself
        assert ".retriever.index" not in path.read_text(encoding="utf-8"), path
