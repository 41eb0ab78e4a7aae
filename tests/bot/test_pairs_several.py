"""An assigned-and-actual pair asked of several things (bot/pairs_several.py): each asked
thing's pair stated over its own sentence and source; a question asking one thing's pair is
answered with that pair alone. Report text written for the test."""

from __future__ import annotations

from bot.pairs_several import several_asked
from core.query import parse_query
from tests.bot.test_assigned_actual import REPORT
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_service


def test_several_things_asked_by_words_or_by_each_role_twice() -> None:
    assert several_asked(
        parse_query("Binh Phuoc: teachers allotted vs in post, and the same for nurses?")
    )
    assert several_asked(
        parse_query(
            "Binh Phuoc: assigned versus actual teachers, and assigned versus actual nurses"
        )
    )
    assert several_asked(
        parse_query("Biên chế được giao và thực tế, tương tự với số người làm việc?")
    )
    # each role said once: one thing
    assert not several_asked(parse_query("Posts planned against posts filled in 2022?"))
    # "cũng như" is "as well as": one thing's two roles
    assert not several_asked(parse_query("Số biên chế được giao cũng như thực tế năm 2023?"))
    # each role said in two clauses: two things
    assert several_asked(
        parse_query("Biên chế được giao và thực tế, số người làm việc được giao và có mặt?")
    )
    assert not several_asked(
        parse_query("Năm 2021 tỉnh giao mấy biên chế công chức và thực có mấy người?")
    )


def test_each_asked_things_pair_is_stated_over_its_own_sentence() -> None:
    service = parts_service(mini_index(REPORT))
    ans = service.answer(
        "Binh Phuoc 2022: civil servants allotted versus in post; likewise budget-paid staff "
        "in public service units?"
    )
    quotes = [line for line in ans.text.splitlines() if line.startswith(">")]
    assert len(quotes) == 2, ans.text
    for assigned, actual, n in (("2.140", "2.031", 1), ("41.226", "39.870", 2)):
        assert f"**{assigned}** — assigned" in ans.text
        assert f"[{n}]" in ans.text
        assert f"**{actual}** — actual" in ans.text
    assert len(ans.citations) == 2
    # one thing asked: its pair alone
    one = service.answer(
        "Binh Phuoc 2022: posts allotted to civil servants, and how many filled?"
    )
    assert "41.226" not in one.text
    assert "**2.140**" in one.text
