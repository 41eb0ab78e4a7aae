"""Two measures of one place set side by side, named by measure words, not places or periods:
labels end before a number asked inside them, a head the part before says leads the shorter
part after too, and two unsure parts read off one line each take the figure their own words
sit beside. Questions and lines made up for the test."""

from __future__ import annotations

from bot.compare_parts import Part, _unasked, parts_of
from bot.compare_parts_answer import _both_on_a_doubted_line
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.part_words import shared_lead
from core.query import parse_query
from core.result import Citation


def _split(question: str) -> list[tuple[str, str]]:
    return [(p.label, p.query.folded) for p in parts_of(parse_query(question))]


def test_label_ends_before_a_number_asked_inside_it() -> None:
    parts = _split("Đồng Tháp trạm y tế: cấp tỉnh mấy cơ sở, cấp huyện mấy cơ sở?")
    assert [label for label, _ in parts] == ["cap tinh", "cap huyen"]


def test_head_of_the_part_before_leads_the_shorter_part_after() -> None:
    parts = _split("dong thap: ho so dang xu ly con dung han bao nhieu, da tre han bao nhieu?")
    assert [label for label, _ in parts] == ["con dung han", "da tre han"]
    assert "ho so dang xu ly da tre han" in parts[1][1]


def test_shared_lead_needs_a_shorter_like_ending_on_the_same_word() -> None:
    words = _words("ho so dang xu ly con dung han bao nhieu, da tre han bao nhieu?")
    assert shared_lead(words, 0, 8, 10, 13) == 5  # "con dung han" | "da tre han"
    words = _words("duoc giao bao nhieu, co mat bao nhieu?")
    assert shared_lead(words, 0, 2, 4, 6) == 0  # "duoc giao" | "co mat": no like end
    words = _words("so ho so tiep nhan bao nhieu, qua han bao nhieu?")
    assert shared_lead(words, 0, 5, 7, 9) == 0  # different last words


def _words(text: str) -> list[str]:
    return text.split()


def _cite(quote: str, chunk: str = "r:1") -> Citation:
    return Citation(1, "r", "t", "1/BC", "a", "1/1/2022", "s", quote, 1.0, chunk_id=chunk)


LINE = "số trạm đang hoạt động 50 (trong đó: 31 trạm cấp tỉnh; 19 trạm cấp huyện)"


def test_two_unsure_parts_of_one_line_each_take_their_own_figure() -> None:
    cit = _cite(LINE)
    cells = [Cell(Side("cấp tỉnh", (), ()), doubted=(("31", cit),)),
             Cell(Side("cấp huyện", (), ()), doubted=(("19", cit), ("50", cit)))]  # fmt: skip
    out = _both_on_a_doubted_line(parse_query("cấp tỉnh và cấp huyện bao nhiêu trạm?"),
                                  _parts("cấp tỉnh", "cấp huyện"), cells)  # fmt: skip
    assert [c.figure for c in out] == ["31", "19"]


def test_an_unsure_part_that_doubted_another_line_stays_unsure() -> None:
    cit, other = _cite(LINE), _cite("19 trạm mới xây", "r:2")
    cells = [Cell(Side("cấp tỉnh", (), ()), doubted=(("31", cit),)),
             Cell(Side("cấp huyện", (), ()), doubted=(("19", other),))]  # fmt: skip
    out = _both_on_a_doubted_line(parse_query("cấp tỉnh và cấp huyện bao nhiêu trạm?"),
                                  _parts("cấp tỉnh", "cấp huyện"), cells)  # fmt: skip
    assert out[0].figure == "31"
    assert not out[1].figure
    assert out[1].doubted


def _parts(*labels: str) -> list[Part]:
    return [Part(label, parse_query(f"{label} bao nhiêu trạm")) for label in labels]


def test_label_after_a_number_asked_past_a_clause_end() -> None:
    assert _unasked(_words("tram y te: bao nhieu tram co bac si"), 0, 9) == (5, 9)
    assert _unasked(_words("cap tinh bao nhieu tram"), 0, 4) == (0, 2)
