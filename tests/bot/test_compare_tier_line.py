"""A compared part lost although its figure is said in the found part's own breakdown or
passage: a hyphened service level ("level-3 services") read as that level, and a tier said in
the next line of one passage ("Tổng cấp huyện có …" / "Tổng cấp xã có …") taken from there.
Over the real seed index. Wordings written for the test."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import AnswerService
from bot.compare_part_line import part_level
from bot.compare_tier_line import ALIKE, NEAR_LINES, alike, sibling_of


def _bold_rows(text: str) -> list[str]:
    return [r.split(" | ")[1] for r in text.splitlines()
            if r.startswith("| ") and " | **" in r]  # fmt: skip


def test_hyphened_level_is_the_level() -> None:
    assert part_level("the ones through level-4 services") == "4"
    assert part_level("hồ sơ mức-3") == "3"
    assert part_level("level-3 and level-4") is None  # several levels: no one level


def test_those_at_a_hyphened_level_take_their_part_of_the_breakdown(
    service: AnswerService,
) -> None:
    ans = service.answer(
        "Tuyen Quang, 15/12/2021 to 17/5/2022: compare applications received through "
        "level-2 services with those through level-3 services"
    )
    rows = _bold_rows(ans.text)
    assert len(rows) == 2  # each level stated
    assert rows[0] != rows[1]  # each its own figure


def test_a_tier_said_on_the_next_line_is_found(service: AnswerService) -> None:
    ans = service.answer("HT 6t 2022 tong DVC muc 4 cap xa va cap huyen, moi cap bn")
    rows = _bold_rows(ans.text)
    assert len(rows) == 2
    assert rows[0] != rows[1]


def test_sibling_line_is_near_alike_and_of_the_other_tier(service: AnswerService) -> None:
    facts = [f for f in service.index_facts() if f.scope in ("huyen", "xa") and f.level == "4"
             and f.kind == "count" and not f.parent]  # fmt: skip
    pairs = [(a, b) for a in facts for b in facts
             if a.chunk_id == b.chunk_id and a.scope == "huyen" and b.scope == "xa"]  # fmt: skip
    assert pairs, "the seed index has a district line and a commune line of one passage"
    district, commune = pairs[0]
    assert alike(district, commune)
    assert sibling_of(district, "xa", facts) == commune
    # too far apart: not the same list's next line
    far = replace(commune, line_start=district.line_start + NEAR_LINES + 1)
    assert sibling_of(district, "xa", [far]) is None
    # another measure's words: not the same measure said of another tier
    other = replace(commune, counts_folded="so nguoi dan danh gia hai long")
    assert not alike(district, other)
    # the same line with a few OCR slips (fewer than ALIKE of its words lost): still alike
    words = commune.counts_folded.split()
    slipped = int(len(words) * (1 - ALIKE)) - 1
    assert alike(
        district, replace(commune, counts_folded=" ".join(["x"] * slipped + words[slipped:]))
    )
