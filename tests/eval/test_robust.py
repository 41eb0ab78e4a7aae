"""The rewordings of `python -m eval.robust` and its table (eval/robust.py)."""

from __future__ import annotations

import random

from eval.robust import REWORDINGS, held, reworded, table
from eval.scoring import Outcome, Question


def _q(text: str, lang: str, qid: str = "x-1") -> Question:
    return Question(id=qid, q=text, category="figure", reports=("r",), expect=("12",), lang=lang)


def _outcome(qid: str, correct: bool, wrong: bool = False) -> Outcome:
    return Outcome(id=qid, category="figure", answerable=True, abstained=not correct and not wrong,
                   correct=correct, citation_ok=None, rank=0, latency_ms=0.0, answer="", cited=(),
                   expected=("12",), wrong=wrong)  # fmt: skip


def test_each_rewording_keeps_what_is_asked() -> None:
    rng = random.Random(1)
    vi = _q("Tỉnh có bao nhiêu dịch vụ công mức độ 4?", "vi")
    en = _q("How many dossiers did the province receive in Q3 2022?", "en")
    assert REWORDINGS["nodiac"](vi, rng) == "Tinh co bao nhieu dich vu cong muc do 4?"
    assert REWORDINGS["may"](vi, rng) == "Tỉnh có mấy dịch vụ công mức độ 4?"
    assert REWORDINGS["abbrev"](vi, rng) == "Tỉnh có bao nhiêu DVC mức độ 4?"
    assert (
        REWORDINGS["en_wording"](en, rng)
        == "How many applications did the province receive in Q3 2022?"
    )
    assert REWORDINGS["courtesy"](en, rng).endswith(
        " how many dossiers did the province receive in Q3 2022?"
    )
    assert REWORDINGS["request"](vi, rng).startswith(vi.q + " ")
    assert REWORDINGS["terse"](vi, rng) == "Tỉnh dịch vụ công mức độ 4 bao nhiêu"
    # a rewording that does not fit: None
    assert REWORDINGS["nodiac"](en, rng) is None
    assert REWORDINGS["may"](en, rng) is None
    assert REWORDINGS["en_wording"](vi, rng) is None
    assert REWORDINGS["terse"](en, rng) is None


def test_the_sample_is_seeded_and_keeps_ids() -> None:
    qs = [_q(f"Tỉnh có bao nhiêu xã năm {2000 + i}?", "vi", f"x-{i}") for i in range(20)]
    a = reworded(qs, "courtesy", 5)
    assert [q.id for q in a] == [q.id for q in reworded(qs, "courtesy", 5)]
    assert len(a) == 5
    assert all(q.q != qs[int(q.id[2:])].q for q in a)


def test_only_questions_right_before_are_counted() -> None:
    before = {"a": _outcome("a", True), "b": _outcome("b", True), "c": _outcome("c", False)}
    after = [_outcome("a", True), _outcome("b", False, wrong=True), _outcome("c", True)]
    row = held("courtesy", before, after)
    assert (row.asked, row.right, row.kept, row.wrong, row.lost_ids) == (3, 2, 1, 1, ("b",))
    assert row.kept_share == 50.0
    assert "| courtesy | 3 | 2 | 1 | 50.0 | 1 |" in table([row])
