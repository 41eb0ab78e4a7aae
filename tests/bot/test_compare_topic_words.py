"""Words of a comparison question that name no topic (bot/compare_topic_words.py): the
reporting agencies named for its sides, and the generic verb of a part done. The questions
are written for the test."""

from __future__ import annotations

from bot.compare_topic_words import done_verbs, without_reporters
from core.text import fold


def test_the_sides_reporting_agencies_are_taken_out() -> None:
    folded = fold("VP UBND Bình Phước và UBND Long An đã ban hành bao nhiêu văn bản?")
    out = without_reporters(folded)
    assert "ubnd" not in out.split()
    assert "binh phuoc" in out
    assert "long an" in out
    assert "van ban" in out


def test_communes_committees_counted_stay() -> None:
    folded = fold("Bao nhiêu UBND cấp xã của Long An có trang thông tin điện tử?")
    assert without_reporters(folded) == " ".join(folded.split())


def test_the_verb_of_a_part_done_is_no_topic_word() -> None:
    assert done_verbs(fold("Kế hoạch năm 2020 làm được bao nhiêu việc: tỉnh A so với tỉnh B")) == {
        "lam"
    }
    # a share asked besides: not the part done alone
    assert done_verbs(fold("làm được bao nhiêu việc, đạt tỷ lệ bao nhiêu %?")) == frozenset()
    # the whole it is of asked besides ("mấy … trên tổng số"): the verb is still the asker's
    assert done_verbs(fold("tinh A lam duoc may de an tren tong so, tinh B may tren tong so?")) == {
        "lam"
    }
