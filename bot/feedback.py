"""Thumbs up/down with optional comments, stored in a local SQLite file."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    sources TEXT NOT NULL,
    rating INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
)
"""


class FeedbackStore:
    """One SQLite file; safe to call from Gradio's worker threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, question: str, answer: str, sources: list[dict[str, Any]], rating: int) -> int:
        """Store a rating (+1 up, -1 down); returns its row id."""
        with self._lock, self._connect() as db:
            cur = db.execute(
                "INSERT INTO feedback (ts, question, answer, sources, rating) VALUES (?, ?, ?, ?, ?)",
                (time.strftime("%Y-%m-%dT%H:%M:%S"), question, answer,
                 json.dumps(sources, ensure_ascii=False), rating),
            )  # fmt: skip
            return int(cur.lastrowid or 0)

    def set_comment(self, row_id: int, comment: str) -> None:
        """Attach a comment to a stored rating."""
        with self._lock, self._connect() as db:
            db.execute("UPDATE feedback SET comment = ? WHERE id = ?", (comment[:2000], row_id))

    def recent(self, limit: int = 100) -> list[dict[str, Any]]:
        """Newest ratings first."""
        with self._lock, self._connect() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT * FROM feedback ORDER BY id DESC LIMIT ?", (limit,))
            return [dict(r) for r in rows]
