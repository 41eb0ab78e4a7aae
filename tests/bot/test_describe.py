"""What a figure counts, read from its sentence (bot.extractive.citing._describe)."""

from __future__ import annotations

from bot.extractive.citing import _describe


def test_a_percentage_is_said_once() -> None:
    # Before: "12,19% %" — the sign was read again as the first word after the figure.
    assert _describe("đạt tỷ lệ 12,19% số hồ sơ", "12,19%") == "đạt tỷ lệ 12,19% số hồ sơ"
    assert _describe("đạt tỷ lệ 12,19 % số hồ sơ", "12,19%") == "đạt tỷ lệ 12,19 % số hồ sơ"


def test_a_count_keeps_its_unit_and_lead_in() -> None:
    assert _describe("Số DVC mức độ 4 là: 1.044, đạt 55,82%", "1.044") == "Số DVC mức độ 4 là: 1.044"


def test_a_share_led_in_only_reads_the_item_before_it() -> None:
    """'đạt tỷ lệ 46%' says a share but not of what: the item before it is read too, a list of
    levels ('mức độ 3, 4') read over as one item."""
    line = ("Đến hết tháng 5, tỉnh đã tích hợp 584 dịch vụ công mức độ 3, 4 trên Cổng Dịch vụ "
            "công Quốc gia, đạt tỷ lệ 46%.")
    assert _describe(line, "46%") == (
        "tích hợp 584 dịch vụ công mức độ 3, 4 trên Cổng Dịch vụ công Quốc gia, đạt tỷ lệ 46%")
    # a share whose item says what it counts is left as it is
    assert _describe("trong đó, tỷ lệ hồ sơ trực tuyến đạt 53%", "53%") == "tỷ lệ hồ sơ trực tuyến đạt 53%"
    # a share with words after it (what it is of) is left as it is too
    assert _describe("Số hồ sơ: 120, chiếm 40% số hồ sơ", "40%") == "chiếm 40% số hồ sơ"


def test_candidates_keep_to_the_provinces_asked() -> None:
    """A hedge's candidate figures are those of the provinces the question names (the first
    kept whatever its province); a question naming none keeps them all."""
    from types import SimpleNamespace as NS

    from bot.extractive.citing import of_provinces

    reports = {"a": NS(province="Tuyên Quang"), "b": NS(province="Hà Tĩnh")}

    def cand(rid: str) -> NS:
        return NS(hit=NS(chunk=NS(report_id=rid)))

    ranked = [cand("b"), cand("a"), cand("b"), cand("a")]
    kept = of_provinces(reports, ("Tuyên Quang",), ranked)  # type: ignore[arg-type]
    assert [c.hit.chunk.report_id for c in kept] == ["b", "a", "a"]
    assert of_provinces(reports, (), ranked) == ranked  # type: ignore[arg-type]
