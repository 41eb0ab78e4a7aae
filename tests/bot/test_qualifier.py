"""A qualifier the question asks that singles one figure out (bot/extractive/qualifier.py): the
question's pairs of content words, a figure's own words, and a rival lacking the pair the best
says being no genuine rival of it (the confidence model's `genuine_margin`, `rival_closer`).
Hand-made clauses with made-up figures; then the real index, in words of our own."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.extractive.choice import Candidate
from bot.extractive.confidence import Chosen, f_genuine_margin, f_rival_closer, genuine_rivals
from bot.extractive.qualifier import asked_pairs, own_words, singles_out
from core.query import parse_query
from index.chunk import Chunk, Span
from index.retrieve import Hit

PORTAL = "Đã tích hợp 300 DVC mức độ 3, 4 trên Cổng Dịch vụ công Quốc gia, đạt tỷ lệ 40%."
ALL = "Số dịch vụ công đang cung cấp mức độ 3 và 4 là 900, đạt tỷ lệ 70%."
BOTH = "Tỷ lệ DVC mức độ 3, 4 tích hợp trên Cổng Dịch vụ công Quốc gia của cấp huyện đạt 20%."


def cand(text: str, figure: str, score: float, line: int) -> Candidate:
    chunk = Chunk(f"r:{line:04d}", "r", line, "II", text, line, line,
                  (Span(0, len(text), line, line),))  # fmt: skip
    return Candidate(Hit(chunk, 1.0), chunk.spans[0], score, 0.8, figure, 0.1)


ON_PORTAL = cand(PORTAL, "40%", 1.2, 1)
EVERY = cand(ALL, "70%", 1.05, 2)
DISTRICT = cand(BOTH, "20%", 1.0, 3)
Q = parse_query("Tuyên Quang có bao nhiêu phần trăm DVC mức 3, 4 trên Cổng DVC Quốc gia?")


def test_the_questions_pairs_are_content_words_side_by_side_abbreviations_read_out() -> None:
    pairs = asked_pairs(Q)
    assert ("quoc", "gia") in pairs
    assert ("cong", "dich") in pairs
    assert not any("tuyen" in p or "quang" in p for p in pairs)  # the province says where
    assert not any("bao" in p or "nhieu" in p for p in pairs)  # how it is asked
    no_diacritics = asked_pairs(parse_query("ty le dvc muc 3, 4 tren cong dvc quoc gia"))
    assert ("quoc", "gia") in no_diacritics


def test_a_figures_own_words_run_from_its_sentence_to_its_item() -> None:
    words = own_words(ON_PORTAL)
    assert words[:2] == ["da", "tich"]
    assert words[-1] == "40"
    assert "dich" in words
    assert "dvc" not in words


def test_the_pair_the_best_alone_says_singles_it_out() -> None:
    pairs = asked_pairs(Q)
    assert singles_out(pairs, ON_PORTAL, EVERY)  # the rival says no portal
    assert not singles_out(pairs, EVERY, ON_PORTAL)  # the other way round
    assert not singles_out(pairs, ON_PORTAL, DISTRICT)  # the rival says the portal too
    assert not singles_out(frozenset(), ON_PORTAL, EVERY)  # nothing asked


def test_two_figures_of_one_clause_are_never_singled_out() -> None:
    head = cand("Cấp 900 chứng thư số cho tổ chức, cá nhân (cá nhân là 600).", "900", 1.5, 4)
    item = Candidate(head.hit, head.span, 1.3, 0.8, "600", 0.2, item=True)
    assert not singles_out(asked_pairs(parse_query("bao nhiêu chứng thư số cá nhân")), item, head)


def test_a_rival_the_asked_qualifier_rules_out_is_no_genuine_rival() -> None:
    plain = Chosen(ON_PORTAL, (ON_PORTAL, EVERY), False, False, 1.0)
    asked = Chosen(ON_PORTAL, (ON_PORTAL, EVERY), False, False, 1.0, (), asked_pairs(Q))
    assert [c.figure for c in genuine_rivals(plain)] == ["70%"]
    assert genuine_rivals(asked) == []
    assert f_genuine_margin(plain) == pytest.approx(0.15)
    assert f_genuine_margin(asked) == 1.0
    assert f_rival_closer(asked) == 0.0


def test_a_share_of_the_leaders_asked_has_no_genuine_rival_without_it(
    service: AnswerService,
) -> None:
    """The other shares near it (certificates for agencies, other tasks) say no "lãnh đạo":
    none doubts the one that does, so the margin the model reads is whole."""
    ans = service.answer("Dong Thap: ty le lanh dao duoc cap chung thu so la bao nhieu?")
    evidence = dict(ans.evidence)
    assert ans.figure == "100%", ans.text
    assert evidence["genuine_margin"] == 1.0 > evidence["margin"]
