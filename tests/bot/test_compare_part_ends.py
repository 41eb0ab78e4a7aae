"""Where a part ends: a long part runs on to the number its clause asks, leaving no word of it
to the other part; a part before that says its own word after a noun both parts say takes no
head from the part after. Made-up questions."""

from __future__ import annotations

from bot.compare_parts import parts_of
from core.query import parse_query


def _parts(text: str, en: bool = False) -> list[tuple[str, str]]:
    return [(p.label, p.query.text) for p in parts_of(parse_query(text), en=en, weak=True)]


def test_a_long_part_runs_on_to_its_number_asked() -> None:
    (_, first), (label, _) = _parts("Cổng tỉnh và trang thông tin các ban ngành huyện đăng bao nhiêu tin bài?")
    assert label.endswith("huyện đăng")
    assert "huyện" not in first


def test_a_part_before_with_its_own_word_after_the_noun_shares_no_head() -> None:
    (label, first), (other, _) = _parts(
        "Compare Hà Tĩnh in 2021 and 2022: number of stalls kept and new stalls opened.", en=True
    )
    assert label == "stalls kept"
    assert "opened" not in first
    assert other == "new stalls opened"
