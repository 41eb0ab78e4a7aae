"""A typed answer to a question asking several provinces side by side that quotes only some of
them is kept under a not-found lead naming the untold ones (abstained, no figure given for
them); only provinces the corpus has reports for, joined as sides ("A và B", "A, B", "A so
với B"), count as asked. Made-up wording and figures."""

from __future__ import annotations

from bot.one_province_told import one_province_told, sides_asked, told_provinces
from core.query import parse_query
from core.result import Answer, Citation
from index.retrieve import Retrieval

# The provinces the made-up corpus has reports for.
PRESENT = ("Hà Tĩnh", "Hải Dương", "Tuyên Quang")
RET = Retrieval([], PRESENT)


def _cit(n: int, province: str, quote: str) -> Citation:
    return Citation(n, province, "BC", "1/BC", "Sở", "2022", "II. Kết quả", quote, 0.5,
                    province=province, line_start=10, line_end=11)  # fmt: skip


Q = parse_query("What were the training courses held in Hà Tĩnh and Hải Dương?")


def _section(*cits: Citation) -> Answer:
    body = "**3. Đào tạo**:\n" + "\n".join(f"- {c.quote} [{c.n}]" for c in cits)
    return Answer(Q.text, body, False, cits, language="en")


def test_one_province_of_two_is_kept_under_a_not_found_lead() -> None:
    ans = _section(_cit(1, "Hải Dương", "mở 17 lớp tập huấn cho 905 học viên"))
    out = one_province_told(Q, ans, RET, "en")
    assert out is not None
    assert out.abstained
    lead = out.text.partition("\n")[0]
    assert "Not found for Hà Tĩnh" in lead, lead
    assert "Hải Dương" in lead, lead
    assert ans.text in out.text  # the found province's answer is kept whole
    assert out.citations == ans.citations


def test_a_passage_naming_the_untold_province_keeps_no_figure() -> None:
    ans = _section(_cit(1, "Hải Dương", "đoàn Hà Tĩnh đến trao đổi, mở 17 lớp tập huấn"))
    out = one_province_told(Q, ans, RET, "en")
    assert out is not None
    assert out.abstained
    assert "**" not in out.text
    assert "nearest passages" in out.text


def test_every_province_told_stands() -> None:
    ans = _section(_cit(1, "Hải Dương", "mở 17 lớp"), _cit(2, "Hà Tĩnh", "mở 4 lớp"))
    assert told_provinces(ans) == ("Hải Dương", "Hà Tĩnh")
    assert one_province_told(Q, ans, RET, "en") is ans


def test_only_corpus_provinces_joined_as_sides_are_asked() -> None:
    joined = [
        "Hà Tĩnh và Hải Dương mở bao nhiêu lớp?",
        "Hà Tĩnh, Hải Dương, Tuyên Quang: lớp tập huấn?",
        "Kết quả của tỉnh Hà Tĩnh so với tỉnh Hải Dương?",
    ]
    for text in joined:
        assert len(sides_asked(parse_query(text), PRESENT)) >= 2, text
    context = [
        # a name read off a context, not a side
        "What does the Hai Duong report say about the Ha Tinh - Hai Duong visit?",
        "Hà Tĩnh học tập mô hình một cửa của Hải Dương thế nào?",
        # a province the corpus has no report for joined to one it has
        "Hà Tĩnh và Đà Nẵng mở bao nhiêu lớp?",
        "How long an average dossier takes in Hà Tĩnh?",
    ]
    for text in context:
        assert len(sides_asked(parse_query(text), PRESENT)) < 2, text


def test_context_names_leave_the_answer_as_it_is() -> None:
    q = parse_query("Hà Tĩnh học tập mô hình một cửa của Hải Dương thế nào?")
    ans = Answer(q.text, "**Mô hình**: ...", False, (_cit(1, "Hà Tĩnh", "học tập mô hình"),),
                 language="vi")  # fmt: skip
    assert one_province_told(q, ans, RET, "vi") is ans


def test_a_table_an_abstention_and_one_province_asked_stand() -> None:
    cit = _cit(1, "Hải Dương", "mở 17 lớp")
    table = Answer(Q.text, "**Comparison**:\n\n| Side | Figure |\n|---|---|\n| Hà Tĩnh | — |",
                   False, (cit,), language="en")  # fmt: skip
    assert one_province_told(Q, table, RET, "en") is table
    gone = Answer(Q.text, "Not found", True, (cit,), language="en")
    assert one_province_told(Q, gone, RET, "en") is gone
    one = parse_query("What training courses did Hải Dương hold?")
    ans = _section(cit)
    assert one_province_told(one, ans, RET, "en") is ans
    assert one_province_told(Q, None, RET, "en") is None
