"""The derived tables an index generation stores beside its chunks (facts.jsonl,
docrefs.jsonl): one JSON object per line, one dataclass row each."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

Row = TypeVar("Row")


def write_rows(path: Path, rows: Sequence[Any]) -> int:
    """Write dataclass rows as JSON lines; returns the number of rows."""
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
    return len(rows)


def read_rows(path: Path, row: type[Row]) -> list[Row]:
    """Read JSON lines written by `write_rows` back as rows of class `row`."""
    with path.open(encoding="utf-8") as fh:
        return [row(**json.loads(line)) for line in fh if line.strip()]
