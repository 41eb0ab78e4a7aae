"""A fact-table row made of one line, for the tests of what a line says of its figure."""

from __future__ import annotations

from index.facts import Fact


def clause_fact(clause: str, value: str = "1") -> Fact:
    """A count fact whose clause is `clause`, every other field empty or the first."""
    return Fact(
        id="r:0#0", report_id="r", province="", chunk_id="r:0", section="", page=1,
        line_start=1, line_end=1, span_start=0, span_end=len(clause), value=value, norm=value,
        unit="", kind="count", counts="", counts_folded="", level="", scope="", parent="",
        label="", label_folded="", parts=0, when="", period="", clause=clause, lead="",
    )  # fmt: skip
