"""Thumbs up/down with optional comments, stored in a local SQLite file.

One rating per answer per browser session: rating again replaces it, undoing the thumb removes it.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.render import report_label

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
# Added after the first release; older files get them on open.
_COLUMNS = {"session": "TEXT NOT NULL DEFAULT ''", "answer_key": "TEXT NOT NULL DEFAULT ''"}
_UNIQUE = (
    "CREATE UNIQUE INDEX IF NOT EXISTS feedback_one_per_answer "
    "ON feedback (session, answer_key) WHERE session != ''"
)
CSV_COLUMNS = ("id", "ts", "rating", "question", "answer", "sources", "comment")
# What makes a spreadsheet read a cell as a formula (CSV injection).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


class FeedbackStore:
    """One SQLite file; safe to call from Gradio's worker threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(_SCHEMA)
            have = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
            for name, kind in _COLUMNS.items():
                if name not in have:
                    db.execute(f"ALTER TABLE feedback ADD COLUMN {name} {kind}")
            db.execute(_UNIQUE)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def rate(
        self, session: str, answer_key: str, question: str, answer: str,
        sources: list[dict[str, Any]], rating: int,
    ) -> int:  # fmt: skip
        """Set this session's rating of one answer (+1 up, -1 down, 0 removes it); returns the
        row id (0 when removed). Rating again replaces the earlier rating and keeps its comment."""
        with self._lock, self._connect() as db:
            if rating == 0:
                db.execute(
                    "DELETE FROM feedback WHERE session = ? AND answer_key = ?",
                    (session, answer_key),
                )
                return 0
            db.execute(
                "INSERT INTO feedback (ts, question, answer, sources, rating, session, answer_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session, answer_key)"
                " WHERE session != '' DO UPDATE SET rating = excluded.rating, ts = excluded.ts",
                (time.strftime("%Y-%m-%dT%H:%M:%S"), question, answer,
                 json.dumps(sources, ensure_ascii=False), rating, session, answer_key),
            )  # fmt: skip
            row = db.execute(
                "SELECT id FROM feedback WHERE session = ? AND answer_key = ?",
                (session, answer_key),
            ).fetchone()
            return int(row[0])

    def set_comment(self, row_id: int, comment: str, session: str) -> bool:
        """Attach a comment to a rating this session made; False when it is not there."""
        with self._lock, self._connect() as db:
            cur = db.execute(
                "UPDATE feedback SET comment = ? WHERE id = ? AND session = ?",
                (comment[:2000], row_id, session),
            )
            return cur.rowcount == 1

    def recent(self, limit: int = 100) -> list[dict[str, Any]]:
        """Newest ratings first."""
        with self._lock, self._connect() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT * FROM feedback ORDER BY id DESC LIMIT ?", (limit,))
            return [dict(r) for r in rows]

    def csv_text(self) -> str:
        """Every rating as CSV (id, ts, rating, question, answer, sources, comment); a text cell
        that a spreadsheet would run as a formula starts with ' instead."""
        with self._lock, self._connect() as db:
            rows = db.execute(f"SELECT {', '.join(CSV_COLUMNS)} FROM feedback ORDER BY id")
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            writer.writerows([sheet_cell(v) for v in row] for row in rows)
            return out.getvalue()


def sheet_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: one starting like a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def source_labels(sources_json: str) -> str:
    """The stored sources of a rating as one line, each named as everywhere (bot.render):
    '[1] 98/BC-STTTT, Sở TTTT, 23/5/2022 · [2] …'."""
    try:
        sources = json.loads(sources_json)
    except ValueError:
        return ""
    def label(s: dict[str, Any]) -> str:
        def text(key: str) -> str:
            return str(s.get(key) or "")

        when = text("date") or text("period")
        return f"[{s.get('n', '?')}] {report_label(text('number'), text('agency'), when, False)}"

    return " · ".join(label(s) for s in sources if isinstance(s, dict))


class RateLimit:
    """At most `per_minute` events per key in any 60 s."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute, self.clock = per_minute, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Count one event for `key`; False when it is over the limit (then it is not counted)."""
        with self._lock:
            now = self.clock()
            seen = self._seen.setdefault(key, deque())
            while seen and now - seen[0] >= 60:
                seen.popleft()
            if len(seen) >= self.per_minute:
                return False
            seen.append(now)
            if len(self._seen) > 10_000:
                self._seen.pop(next(iter(self._seen)))
            return True
