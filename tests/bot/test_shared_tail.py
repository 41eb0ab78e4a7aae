"""Words said once after a list of figures belong to each figure of the list. Own wordings."""

from __future__ import annotations

from bot.extractive.sites import _figures_of


def _dist(text: str, figure: str, word: str) -> int:
    site = next(f for f in _figures_of(text, []) if f.figure == figure)
    return site.dist[word]


def test_the_predicate_after_the_last_figure_is_near_the_first() -> None:
    text = "- 80% trường cấp tỉnh, 60% trường cấp huyện có thư viện số"
    assert _dist(text, "80%", "vien") < 20  # not across the item boundary (30 a crossing)
    assert _dist(text, "60%", "vien") < _dist(text, "80%", "vien")


def test_no_shared_tail_when_an_item_opens_on_words() -> None:
    text = "Trường cấp tỉnh đạt 80%, trường cấp huyện đạt 60% có thư viện số"
    assert _dist(text, "80%", "vien") > 30
