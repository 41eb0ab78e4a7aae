"""A comparison side's candidate facts (bot/compare_pick.py) and the share computed from a part
and its whole (bot/compare_cells.py): what counts as of the asked kind. Facts made up."""

from __future__ import annotations

from bot.compare_pick import ACCEPT, COVERED, ITEM_SAID, Pick, acceptable, covered, headed
from bot.compare_share_cells import _pair_says
from bot.fact_answer import Context, view
from core.query import parse_query
from index.facts import Fact


def _fact(value: str, counts: str = "", label: str = "", unit: str = "") -> Fact:
    return Fact(
        id=f"f{value}", report_id="r1", province="P", chunk_id="c1", section="", page=1,
        line_start=1, line_end=1, span_start=0, span_end=0, value=value, norm=value,
        unit=unit, kind="count", counts=counts, counts_folded=counts, level="", scope="",
        parent="", label=label, label_folded=label, parts=0, when="", period="", clause="",
        lead="",
    )  # fmt: skip


def test_a_fact_its_heading_completes_is_of_the_asked_topic() -> None:
    # "Trang tin của Sở X (sox.gov.vn): đã đăng 40 bài": the site named in the heading alone
    assert headed(whole=0.95, item=0.5, named=0.0)
    # the heading names the topic, the figure's own item says none of it: still beside it
    assert not headed(whole=0.95, item=0.1, named=0.1)
    # … nor a fact its heading completes to less than nearly all the question's words
    assert not headed(whole=COVERED - 0.05, item=0.5, named=0.0)


def test_a_pick_said_with_clearly_fewer_words_moves_down() -> None:
    # beside "Đài tỉnh đã phát 70 bài", the site's count said with its heading's words wins
    site = Pick(_fact("40"), score=0.9, topic=ACCEPT, item=0.5, named=0.0, whole=0.95)
    radio = Pick(_fact("70"), score=1.5, topic=0.6, item=0.6, named=0.5, whole=0.6)
    out = {p.fact.value: p for p in covered([site, radio])}
    assert acceptable(out["40"])
    assert out["40"].score > out["70"].score


def test_a_share_is_computed_only_from_a_pair_that_says_the_question() -> None:
    q = parse_query("tỷ lệ hộ dân được cấp nước sạch của tỉnh")
    v = view(q)
    ctx = Context({}, 0, (), 0, 0)
    homes = _fact("820", counts="tong so ho dan", unit="ho")
    served = _fact("610", label="duoc cap nuoc sach")
    assert _pair_says(v, served, homes, ctx)
    # two figures of another line near the topic: "tổ công tác 9 người (trong đó 4 kỹ sư)"
    team = _fact("9", counts="to cong tac gom", unit="nguoi")
    engineers = _fact("4", label="ky su")
    assert not _pair_says(v, engineers, team, ctx)
    assert 0.0 < ITEM_SAID < ACCEPT

