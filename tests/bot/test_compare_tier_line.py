"""A compared part lost although its figure is said in the found part's own breakdown or
passage: a hyphened service level ("level-3 services") read as that level, and a tier said in
the next line of one passage ("Tổng cấp huyện có …" / "Tổng cấp xã có …") taken from there.
Over the real seed index. Wordings written for the test."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import AnswerService
from bot.compare_part_line import part_level
from bot.compare_tier_line import ALIKE, NEAR_LINES, alike, line_tier, sibling_of
from bot.compare_tier_parts import DEPARTMENTS


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
    index = service.retriever.index
    assert sibling_of(district, "xa", facts, index) == commune
    # too far apart: not the same list's next line
    far = replace(commune, line_start=district.line_start + NEAR_LINES + 1)
    assert sibling_of(district, "xa", [far], index) is None
    # another measure's words: not the same measure said of another tier
    other = replace(commune, counts_folded="so nguoi dan danh gia hai long")
    assert not alike(district, other)
    # the same line with a few OCR slips (fewer than ALIKE of its words lost): still alike
    words = commune.counts_folded.split()
    slipped = int(len(words) * (1 - ALIKE)) - 1
    assert alike(
        district, replace(commune, counts_folded=" ".join(["x"] * slipped + words[slipped:]))
    )


def test_a_line_naming_the_departments_alone_is_their_tier(service: AnswerService) -> None:
    index = service.retriever.index
    facts = service.index_facts()
    scoped = [f for f in facts if f.scope in ("huyen", "xa")]
    assert scoped
    assert all(line_tier(f, index) == f.scope for f in scoped[:20])
    departments = [f for f in facts if line_tier(f, index) == DEPARTMENTS]
    assert departments, "the seed reports say some figures of the provincial departments"
    assert all(not f.scope for f in departments)


def test_three_tiers_each_take_their_line(service: AnswerService) -> None:
    ans = service.answer(
        "Hà Tĩnh nửa đầu 2022, dịch vụ công trực tuyến mức độ 4: sở ban ngành versus cấp huyện "
        "versus cấp xã"
    )
    rows = _bold_rows(ans.text)
    assert len(rows) == 3  # each tier its own row, each stated
    assert len({r.split("**")[1] for r in rows}) == 3  # each its own figure
