"""A summary's area (a sub-part, a listed item) that the shared figure allowance left without
a figure is told by its headline: its first figure that counts something with its unit said
beside it, no part, no target, no few single cases. A unit the fact table read far after its
figure is some other word of the clause, not what the figure counts. Made-up report lines,
then the real index."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.key_counted import UNIT_FAR, unit_beside
from bot.key_figures import FEW, area_headline, keyness
from index.facts import Fact


def _fact(
    value: str, clause: str, unit: str = "", kind: str = "count", start: int = 0,
    parent: str = "", counts: str = "",
) -> Fact:  # fmt: skip
    return Fact(
        id=f"r:0#{start}", report_id="r", province="", chunk_id="r:0", section="", page=1,
        line_start=1, line_end=1, span_start=start, span_end=start + len(clause), value=value,
        norm=value.replace(".", "").rstrip("%"), unit=unit, kind=kind, counts=counts,
        counts_folded=counts, level="", scope="", parent=parent, label="", label_folded="",
        parts=0, when="", period="", clause=clause, lead="",
    )  # fmt: skip


def test_a_unit_right_after_its_figure_is_beside_it() -> None:
    assert unit_beside(_fact("240", "Đã cấp 240 chứng thư số cho các cơ quan.", "chung thu so"))
    # a compound noun two words on ("dự thảo văn bản") still counts
    assert unit_beside(_fact("85", "tham gia ý kiến 85 dự thảo văn bản pháp luật", "van ban"))


def test_a_unit_read_far_after_its_figure_is_not_what_it_counts() -> None:
    far = _fact(
        "4", "trong đó có 4 đơn vị đã làm sớm hơn so với thời hạn theo phương án", "phuong an"
    )
    assert not unit_beside(far)
    near = _fact("4", "đã xây dựng 4 phương án sắp xếp", "phuong an")
    assert keyness(far) < keyness(near)


def test_a_unit_before_its_figure_tied_by_a_label_is_beside_it() -> None:
    assert unit_beside(_fact("310", "Số dịch vụ công cấp tỉnh ở mức độ 3 là: 310", "dich vu cong"))


def test_a_unit_is_beside_its_figure_up_to_unit_far_words_on() -> None:
    def at(words_on: int) -> Fact:  # the unit is the `words_on`-th word after the figure
        return _fact("40", " ".join(["Lập 40", *["mới"] * (words_on - 1), "tổ công tác"]), "to cong tac")

    assert unit_beside(at(UNIT_FAR))
    assert not unit_beside(at(UNIT_FAR + 1))


def test_a_count_of_few_cases_or_more_may_head_an_area() -> None:
    def count(n: int) -> Fact:
        return _fact(str(n), f"Đã thành lập {n} tổ công tác liên ngành", "to cong tac")

    assert area_headline([count(FEW)]) is not None
    assert area_headline([count(FEW - 1)]) is None  # single cases, no headline


def test_an_areas_headline_is_its_first_counted_result() -> None:
    few = _fact("3", "Điều động 3 công chức về cấp huyện", "cong chuc", start=0)
    part = _fact("17", "trong đó 17 phòng chuyên môn", start=40, parent="r:0#80")
    target = _fact("50", "phấn đấu đạt 50 xã điểm", "xa", start=60, counts="phan dau dat 50 xa")
    lead = _fact("26", "Đã sắp xếp giảm 26 tổ chức bên trong các sở", start=80)
    later = _fact("900", "tiếp nhận 900 hồ sơ", "ho so", start=120)
    assert area_headline([few, part, target, lead, later]) is lead
    assert area_headline([few]) is None
    share = _fact("64%", "Tỷ lệ giải ngân đạt 64%", "%", "percent", start=5)
    assert area_headline([few, share, later]) is share


_FIGURE = re.compile(r"(?<![\d/.,])\d{2,}(?:[.,]\d+)*%?(?![\d/])")


def test_every_area_of_a_part_states_a_figure(service: AnswerService) -> None:
    # a part whose first area's figures all lose the shared allowance to the next area's
    ans = service.answer(
        "summary of the organisational apparatus reform part in Hai Duong's 2022 report"
    )
    body = ans.text.split("\nSources:")[0]
    bullets = [line for line in body.splitlines() if line.startswith("- ")]
    assert len(bullets) >= 2
    for line in bullets:
        told = line.split("Figures:", 1)
        assert len(told) == 2, line[:120]
        assert _FIGURE.search(told[1]), line[:120]
