"""Each clause of a question asking two numbers is its own part: "nhận bao nhiêu X và đã xử lý
bao nhiêu X" (the asking words after each label, said once in each part), "…, còn … thì bao
nhiêu" (a clause set against the one before, its asking words kept), and a sum word in a clause
that asks its own number sums nothing. Questions made up for the test."""

from __future__ import annotations

from bot.compare_clauses import family_lead, own_clause
from bot.compare_parts import ASK_REACH, MAX_PART, parts_of
from core.query import parse_query


def _split(question: str) -> list[tuple[str, str]]:
    return [(p.label, p.query.folded) for p in parts_of(parse_query(question))]


def test_each_clause_asking_after_its_label_is_asked_once() -> None:
    got = _split("Bình Phước nhận bao nhiêu đơn thư và đã xử lý bao nhiêu đơn thư?")
    assert [label for label, _ in got] == ["nhận", "đã xử lý"]
    assert got[0][1].count("bao nhieu") == 1
    assert "xu ly" not in got[0][1]
    assert got[1][1].count("bao nhieu") == 1
    assert "nhan" not in got[1][1].replace("binh", "")
    assert got[1][1].startswith("binh phuoc da xu ly bao nhieu don thu")


def test_a_place_said_after_both_clauses_is_both_parts() -> None:
    got = _split("Nhận bao nhiêu đơn thư và đã xử lý bao nhiêu đơn thư ở Bình Phước?")
    assert len(got) == 2
    assert all("binh phuoc" in folded for _, folded in got)


def test_a_clause_set_against_the_one_before_keeps_its_asking_words() -> None:
    got = _split(
        "Bình Phước tiếp nhận bao nhiêu kiến nghị qua bưu điện, còn tỷ lệ trả lời là bao nhiêu?"
    )
    assert [label for label, _ in got] == ["tiếp nhận", "trả lời"]
    assert got[1][1].startswith("binh phuoc ty le tra loi")


def test_a_second_ask_a_whole_label_after_the_comma_still_splits() -> None:
    # "còn" + a label of MAX_PART words + "thì là" before "bao nhiêu": within ASK_REACH
    got = _split(
        "Bình Phước nhận bao nhiêu đơn qua mạng, còn số đơn nộp trực tiếp thì là bao nhiêu?"
    )
    assert got[0][0] == "nhận"
    assert got[1][1].startswith("binh phuoc so don nop truc tiep thi la bao nhieu")
    assert ASK_REACH == MAX_PART + 2


def test_a_sum_word_in_a_clause_asking_its_own_number_sums_nothing() -> None:
    got = _split("Bình Phước tổng thu phí bao nhiêu, còn chi thường xuyên thì bao nhiêu?")
    assert [label for label, _ in got] == ["tổng thu phí", "chi thường xuyên"]
    # a sum asked once over two things is still one figure
    assert _split("Tổng số DVC mức độ 3 và mức độ 4 của Bình Phước là bao nhiêu?") == []


def test_own_clause_skips_only_a_contrasting_opener() -> None:
    assert own_clause(["x,", "con", "ty", "le"], 1) == 2
    assert own_clause(["x,", "ty", "le"], 1) == 1
    assert own_clause(["x"], 1) == 1


def test_a_clause_asking_only_how_many_keeps_its_own_words() -> None:
    """The second clause is not lent the thing the first counts: it keeps its own words only."""
    q = parse_query("Long An có bao nhiêu trạm y tế, đến cuối năm đã nâng cấp xong bao nhiêu?")
    assert "trạm y tế" not in parts_of(q)[1].query.text


def test_a_breakdown_part_against_its_siblings_lends_what_both_count() -> None:
    """`family_lead`: "permits renewed online versus by post": the channels are the parts, and
    "permits renewed" is asked of the second as of the first."""
    got = [(p.label, p.query.folded) for p in parts_of(parse_query(
        "Tiền Giang 2020: permits renewed online versus by post, how many each?"), en=True)]
    assert [label for label, _ in got] == ["online", "by post"], got
    assert "permits renewed by post" in got[1][1], got
    vi = _split("Vĩnh Long: số hồ sơ trả kết quả trực tuyến so với trực tiếp ra sao?")
    assert [label for label, _ in vi] == ["trực tuyến", "trực tiếp"], vi
    assert "ho so tra ket qua truc tiep" in vi[1][1], vi


def test_no_lead_is_lent_across_families_or_to_a_bare_part() -> None:
    words = parse_query("ho so cap huyen so voi truc tiep").folded.split()
    assert family_lead(words, 0, 4, 6, 8) == 0  # a level against a channel: not siblings
    words = parse_query("ho so truc tuyen so voi truc tiep").folded.split()
    assert family_lead(words, 0, 4, 6, 8) == 2  # "hồ sơ" leads both channels
    words = parse_query("online vs in person").folded.split()
    assert family_lead(words, 0, 1, 2, 4) == 0  # nothing before the part to lend
    words = parse_query("ho so cap tinh cap huyen so voi cap xa").folded.split()
    assert family_lead(words, 0, 6, 8, 10) == 0  # the words before name a sibling too
