"""A section-style answer to a question naming several provinces that quotes only some of them
is not found, naming the provinces told and untold, with the passages as the nearest and no
figure stated; a table, an abstention or an answer quoting every province asked stands.
Made-up text."""

from __future__ import annotations

from bot.one_province_told import one_province_told, told_provinces
from core.query import parse_query
from core.result import Answer, Citation


def _cit(n: int, province: str, quote: str) -> Citation:
    return Citation(n, province, "BC", "1/BC", "Sở", "2022", "II. Kết quả", quote, 0.5,
                    province=province, line_start=10, line_end=11)  # fmt: skip


Q = parse_query("How did Hà Tĩnh and Hải Dương do on the index, ranks and places gained?")


def _section(*cits: Citation) -> Answer:
    body = "**5. Chỉ số** (Hải Dương):\n" + "\n".join(f"- {c.quote} [{c.n}]" for c in cits)
    return Answer(Q.text, body, False, cits, language="en")


def test_one_province_of_two_is_not_found() -> None:
    ans = _section(_cit(1, "Hải Dương", "tăng 7 bậc, xếp thứ 30/63"))
    out = one_province_told(Q, ans, "en")
    assert out is not None
    assert out.abstained
    assert "Hải Dương" in out.text
    assert "Hà Tĩnh" in out.text
    assert "**" not in out.text
    assert out.citations == ans.citations


def test_every_province_told_stands() -> None:
    ans = _section(_cit(1, "Hải Dương", "xếp thứ 30/63"), _cit(2, "Hà Tĩnh", "xếp thứ 9"))
    assert told_provinces(ans) == ("Hải Dương", "Hà Tĩnh")
    assert one_province_told(Q, ans, "en") is ans


def test_a_table_an_abstention_and_one_province_asked_stand() -> None:
    cit = _cit(1, "Hải Dương", "xếp thứ 30/63")
    table = Answer(Q.text, "**Comparison**:\n\n| Side | Figure |\n|---|---|\n| Hà Tĩnh | — |",
                   False, (cit,), language="en")  # fmt: skip
    assert one_province_told(Q, table, "en") is table
    gone = Answer(Q.text, "Not found", True, (cit,), language="en")
    assert one_province_told(Q, gone, "en") is gone
    one = parse_query("How did Hải Dương do on the index?")
    ans = _section(cit)
    assert one_province_told(one, ans, "en") is ans
    assert one_province_told(Q, None, "en") is None
