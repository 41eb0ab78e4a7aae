"""A typed answer to a question asking several provinces side by side that quotes only some of
them is not abstained: a lead says it covers the told ones only and to ask about the others on
their own (never "not found": the others' reports may tell it); a section, summary or list is
kept whole under it, while an answer stating a figure, or to a question asking one, gives its
lines' figures as "not sure" candidates, none stated; only provinces
the corpus has reports for, joined as sides ("A và B", "A, B", "A so với B"), count as asked.
A comparison is told by its intent. Made-up wording and figures."""

from __future__ import annotations

from dataclasses import replace

from bot.intents import Intent, read_intent
from bot.one_province_told import one_province_told, sides_asked, told_provinces
from bot.render import covers_only, not_found_for
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


HOW_MANY = parse_query("How many training courses were held in Hà Tĩnh and Hải Dương?")


def _section(*cits: Citation, figure: str = "") -> Answer:
    body = "**3. Đào tạo**:\n" + "\n".join(f"- {c.quote} [{c.n}]" for c in cits)
    return Answer(Q.text, body, False, cits, language="en", figure=figure, confidence=0.8)


def test_one_province_of_two_is_kept_under_a_covers_only_lead() -> None:
    q = parse_query("Summarise the training work of Hà Tĩnh and Hải Dương")
    ans = _section(_cit(1, "Hải Dương", "mở 17 lớp tập huấn cho 905 học viên"))
    out = one_province_told(q, ans, RET, "en")
    assert out is not None
    assert not out.abstained  # the other province is not said not found
    lead = out.text.partition("\n")[0]
    assert lead == covers_only(("Hải Dương",), ("Hà Tĩnh",), True), lead
    assert "Not found" not in out.text
    assert "(no figure" not in out.text
    assert ans.text in out.text  # the found province's answer is kept whole
    assert out.citations == ans.citations
    assert (out.figure, out.confidence, out.candidates) == (ans.figure, ans.confidence, ())


def test_a_summary_whose_lines_hold_numbers_is_kept_whole() -> None:
    q = parse_query("Tóm tắt hạn chế của Hà Tĩnh và Hải Dương")
    ans = Answer(q.text, "**Hạn chế**:\n- còn 9 thủ tục quá hạn, chiếm 3,5% [1]", False,
                 (_cit(1, "Hải Dương", "còn 9 thủ tục quá hạn, chiếm 3,5%"),),
                 language="vi")  # fmt: skip
    out = one_province_told(q, ans, RET, "vi")
    assert out is not None
    assert ans.text in out.text
    assert out.candidates == ()


def test_a_figure_asked_or_stated_of_one_province_of_two_is_not_sure() -> None:
    cit = _cit(1, "Hải Dương", "mở 17 lớp tập huấn cho 905 học viên")
    for q, ans in ((HOW_MANY, _section(cit)), (Q, _section(cit, figure="905"))):
        out = one_province_told(q, ans, RET, "en")
        assert out is not None
        assert not out.abstained
        lead = out.text.partition("\n")[0]
        assert lead == covers_only(("Hải Dương",), ("Hà Tĩnh",), True), lead
        # one side's figures are no answer to the side-by-side question: candidates, none stated
        assert not out.figure
        assert "**" not in out.text
        assert "Not sure" in out.text
        assert all(c.citation == cit for c in out.candidates)
        assert out.citations == ans.citations
    assert [c.figure for c in out.candidates] == ["905", "17"]  # the figure stated first
    asked = one_province_told(HOW_MANY, _section(cit), RET, "en")
    assert asked is not None
    assert [c.figure for c in asked.candidates] == ["17", "905"]  # else in the order cited


def test_quoted_lines_of_one_province_of_two_are_not_sure() -> None:
    # "how do X and Y stand on …" answered by one province's quoted lines: their figures read
    # as stated, so they are candidates, none stated
    q = parse_query("Hà Tĩnh và Hải Dương: công tác tập huấn của mỗi tỉnh ra sao?")
    cit = _cit(1, "Hải Dương", "mở 17 lớp tập huấn cho 905 học viên")
    assert read_intent(q).intent is Intent.PASSAGE
    out = one_province_told(q, _section(cit), RET, "vi")
    assert out is not None
    assert not out.figure
    assert "**" not in out.text
    assert [c.figure for c in out.candidates] == ["17", "905"]


def test_one_province_told_without_a_figure_is_kept_under_the_lead() -> None:
    ans = _section(_cit(1, "Hải Dương", "mở các lớp tập huấn cho cán bộ"))
    out = one_province_told(Q, ans, RET, "en")
    assert out is not None
    assert out.text.partition("\n")[0] == covers_only(("Hải Dương",), ("Hà Tĩnh",), True)
    assert ans.text in out.text  # the found province's answer is kept whole
    assert (out.figure, out.confidence, out.candidates) == (ans.figure, ans.confidence, ())


def test_the_lead_names_every_untold_province_without_a_figure_note() -> None:
    q = parse_query("Tóm tắt hạn chế của Hà Tĩnh, Hải Dương và Tuyên Quang")
    ans = Answer(q.text, "**Hạn chế**:\n- thiếu cán bộ [1]", False,
                 (_cit(1, "Tuyên Quang", "thiếu cán bộ"),), language="vi")  # fmt: skip
    out = one_province_told(q, ans, RET, "vi")
    assert out is not None
    assert not out.abstained
    lead = out.text.partition("\n")[0]
    assert "Hà Tĩnh, Hải Dương" in lead, lead
    assert "chỉ nói về Tuyên Quang" in lead, lead
    assert "không có số liệu" not in out.text
    assert "Không tìm thấy" not in out.text


def test_one_wording_for_an_item_not_found() -> None:
    assert not_found_for(["A", "B"], True) == "Not found for A, B."
    assert not_found_for(["A"], False) == "Không tìm thấy cho A."


def test_a_passage_naming_the_untold_province_keeps_no_figure() -> None:
    ans = _section(_cit(1, "Hải Dương", "đoàn Hà Tĩnh đến trao đổi, mở 17 lớp tập huấn"))
    out = one_province_told(Q, ans, RET, "en")
    assert out is not None
    assert "**" not in out.text
    assert not out.figure
    assert "nearest passages" in out.text
    # its figures are not offered as the told province's: the line names the untold one
    assert out.candidates == ()
    assert "Not sure" not in out.text


def test_every_province_told_stands() -> None:
    ans = _section(_cit(1, "Hải Dương", "mở 17 lớp"), _cit(2, "Hà Tĩnh", "mở 4 lớp"))
    assert told_provinces(ans) == ("Hải Dương", "Hà Tĩnh")
    assert one_province_told(Q, ans, RET, "en") is ans


def test_only_corpus_provinces_joined_as_sides_are_asked() -> None:
    joined = [
        "Hà Tĩnh và Hải Dương mở bao nhiêu lớp?",
        "Hà Tĩnh, Hải Dương, Tuyên Quang: lớp tập huấn?",
        "Kết quả của tỉnh Hà Tĩnh so với tỉnh Hải Dương?",
        "Training in Hà Tĩnh vs. Hải Dương?",
        "Hà Tĩnh versus Hải Dương province: training?",
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
    # a comparison is told by its intent, whatever its text looks like
    compared = replace(_section(cit), intent=Intent.COMPARISON)
    assert one_province_told(Q, compared, RET, "en") is compared
    gone = Answer(Q.text, "Not found", True, (cit,), language="en")
    assert one_province_told(Q, gone, RET, "en") is gone
    one = parse_query("What training courses did Hải Dương hold?")
    ans = _section(cit)
    assert one_province_told(one, ans, RET, "en") is ans
    assert one_province_told(Q, None, RET, "en") is None
