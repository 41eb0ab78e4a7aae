"""A part's summary tells each thing its section counts (see `things_counted`)."""

from __future__ import annotations

from bot.key_figures import PART_PER_SECTION, broken_down, key_facts, things_counted
from index.facts import Fact, build_facts
from tests.helpers.mini_index import mini_index

# One section, three things counted in two paragraphs (handouts, trainings, visits), a share
# and a few single cases beside them.
OUTREACH = """BÁO CÁO
Công tác phổ biến pháp luật năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Phổ biến tại các xã

Trong năm, các xã đã in và cấp phát hơn 4.500 tài liệu hướng dẫn về đất đai cho người dân. Mở 35 lớp tập huấn nghiệp vụ cho cán bộ tư pháp cấp xã, đạt 92% kế hoạch.

Đoàn công tác của Sở đã thực hiện 120 lượt kiểm tra tại cơ sở. Qua kiểm tra, đã nhắc nhở 03 trường hợp vi phạm.
"""


def _facts() -> list[Fact]:
    index = mini_index(OUTREACH)
    return build_facts(index.reports.values(), index.chunks)


def test_each_thing_a_section_counts_is_one_of_its_things() -> None:
    facts = _facts()
    things = {unit for unit, _, _ in things_counted(facts, broken_down(facts))}
    # the handouts, the trainings and the visits; not the share, not the few cases found
    assert len(things) == 3
    assert "%" not in things


def test_a_parts_summary_tells_every_thing_its_section_counts() -> None:
    facts = _facts()
    picked = {(f.chunk_id, f.span_start) for f in key_facts(facts, 4, PART_PER_SECTION)}
    told = {f.value for f in facts if (f.chunk_id, f.span_start) in picked}  # (their clauses)
    # the trainings' clause, second in its paragraph after the handouts', is told too
    assert {"4.500", "35", "120"} <= told
    assert "03" not in told
    # a report's sparser allowance is not widened: one clause for every PER_SECTION figures
    # and every paragraph's headline
    assert len(key_facts(facts)) == 2
