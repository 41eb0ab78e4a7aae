"""Feedback store: one rating per answer per browser session, undo, comments, CSV, rate limit."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from bot.feedback import FeedbackStore, RateLimit, source_labels

SOURCES = [{"n": 1, "report_id": "002_x", "number": "98/BC-STTTT", "agency": "Sở TTTT"}]


def test_rating_again_replaces_and_undo_removes(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f" / "fb.sqlite3")
    row = store.rate("browser-1", "answer-1", "q?", "a", SOURCES, 1)
    assert store.rate("browser-1", "answer-1", "q?", "a", SOURCES, 1) == row
    assert store.set_comment(row, "sai số liệu", "browser-1")
    assert store.rate("browser-1", "answer-1", "q?", "a", SOURCES, -1) == row
    (rec,) = store.recent()
    assert (rec["question"], rec["rating"], rec["comment"]) == ("q?", -1, "sai số liệu")
    # Another browser's rating of the same answer is its own row.
    other = store.rate("browser-2", "answer-1", "q?", "a", SOURCES, 1)
    assert other != row
    # Clicking the thumb again (undo) removes the rating instead of adding a -1.
    assert store.rate("browser-1", "answer-1", "q?", "a", SOURCES, 0) == 0
    assert [r["id"] for r in store.recent()] == [other]


def test_a_comment_goes_only_on_the_sessions_own_rating(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    row = store.rate("browser-1", "answer-1", "q?", "a", SOURCES, 1)
    assert not store.set_comment(row, "spam", "browser-2")
    assert store.recent()[0]["comment"] == ""


def test_csv_export_has_answer_and_sources(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    store.rate("b", "k1", "Tuyên Quang có bao nhiêu DVC?", "**1.044** [1]", SOURCES, 1)
    rows = list(csv.reader(io.StringIO(store.csv_text())))
    assert rows[0] == ["id", "ts", "rating", "question", "answer", "sources", "comment"]
    assert rows[1][3:5] == ["Tuyên Quang có bao nhiêu DVC?", "**1.044** [1]"]
    assert json.loads(rows[1][5])[0]["number"] == "98/BC-STTTT"
    assert source_labels(rows[1][5]) == "[1] 98/BC-STTTT, Sở TTTT"


def test_a_file_from_the_first_release_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, "
            "question TEXT NOT NULL, answer TEXT NOT NULL, sources TEXT NOT NULL, "
            "rating INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '')"
        )
        db.execute("INSERT INTO feedback (ts, question, answer, sources, rating) "
                   "VALUES ('t', 'q', 'a', '[]', -1)")  # fmt: skip
    store = FeedbackStore(path)
    store.rate("b", "k", "q2", "a2", [], 1)
    assert [r["rating"] for r in store.recent()] == [1, -1]


def test_rate_limit_per_key_and_minute() -> None:
    now = [0.0]
    limit = RateLimit(3, clock=lambda: now[0])
    assert [limit.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limit.allow("b")
    now[0] = 61
    assert limit.allow("a")


def test_csv_cells_cannot_be_spreadsheet_formulas(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    evil = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    for i, text in enumerate(evil):
        row = store.rate("b", f"k{i}", text, "**1.044** [1]", SOURCES, -1)
        store.set_comment(row, text, "b")
    rows = list(csv.reader(io.StringIO(store.csv_text(), newline="")))[1:]
    assert [r[3] for r in rows] == ["'" + t for t in evil]
    assert [r[6] for r in rows] == ["'" + t for t in evil]
    assert [r[2] for r in rows] == ["-1"] * len(evil)  # numbers stay numbers
    assert rows[0][4] == "**1.044** [1]"


def test_source_labels_name_reports_as_every_front_end_does() -> None:
    stored = [{"n": 1, "number": "98/BC-STTTT", "agency": "Sở TTTT", "date": "23/5/2022"},
              {"n": 2, "number": "", "agency": "Sở TTTT", "date": "", "period": "Quý I/2019"}]  # fmt: skip
    assert source_labels(json.dumps(stored)) == (
        "[1] 98/BC-STTTT, Sở TTTT, 23/5/2022 · [2] (không số), Sở TTTT, Quý I/2019"
    )
    assert source_labels("not json") == ""
