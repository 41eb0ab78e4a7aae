"""A part's figure of another unit than the part asks (bot/compare_units.py), the counted noun
after "tổng số bao nhiêu" and a side's question without the other side's period
(bot/compare_sides.py, bot/compare_kind.py)."""

from dataclasses import replace

from bot.answer import AnswerService
from bot.compare_answered import keeps_kind
from bot.compare_facts import is_bare
from bot.compare_kind import asked_kind, channel
from bot.compare_pick import Pick
from bot.compare_sides import Side, side_query
from bot.compare_units import asked_units, count_named, other_unit, same_head, stated_fact
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from index.facts import Fact

_FACT = Fact(
    id="f1", report_id="r1", province="Bình Phước", chunk_id="c1", section="II", page=1,
    line_start=10, line_end=11, span_start=0, span_end=40, value="4.321", norm="4321",
    unit="ho so", kind="count", counts="dịch vụ công mức độ 2", counts_folded="dich vu cong muc do 2",
    level="2", scope="", parent="", label="", label_folded="", parts=0, when="", period="",
    clause="dịch vụ công mức độ 2 là 4.321 hồ sơ", lead="",
)  # fmt: skip


def _answer(figure: str, chunk_id: str = "c1", line: int = 10) -> Answer:
    cit = Citation(
        1, "r1", "Báo cáo", "1/BC", "Sở", "1/1/2023", "II", "…", 1.0,
        chunk_id=chunk_id, line_start=line, line_end=line,
    )  # fmt: skip
    return Answer("q", f"**{figure}**", False, (cit,), figure=figure)


def test_a_count_of_services_is_not_met_by_a_count_of_dossiers() -> None:
    q = parse_query("Ở Bình Phước, số dịch vụ công mức độ 2 là bao nhiêu")
    units = asked_units(q, frozenset())
    assert units == frozenset({"dich vu cong"})
    said = stated_fact([_FACT], _answer("4.321"))
    assert said is _FACT
    assert other_unit(said, units)
    # a figure of no unit said, or of the unit asked, stands
    assert not other_unit(replace(_FACT, unit=""), units)
    assert not other_unit(replace(_FACT, unit="dich vu cong"), units)
    # the answer's figure in another chunk: no fact known, nothing ruled out
    assert stated_fact([_FACT], _answer("4.321", chunk_id="c9")) is None


def test_a_unit_asked_by_its_head_alone_is_met_by_its_longer_wording() -> None:
    # "bao nhiêu dịch vụ mức 2" asks services; "… dịch vụ công mức độ 2 là: 4.321" counts them
    units = frozenset({"dich vu"})
    assert not other_unit(replace(_FACT, unit="dich vu cong"), units)
    assert not other_unit(replace(_FACT, unit="dich vu"), frozenset({"dich vu cong"}))
    assert other_unit(_FACT, units)  # dossiers are still no services
    assert same_head("ho so truc tuyen", "ho so")
    assert not same_head("ho so", "hop dong")  # a word's start is no head ("ho" of "hop")
    assert not same_head("can bo", "cong chuc")


def test_english_and_share_questions_name_no_written_unit() -> None:
    # "cases" is the glossary's "trường hợp": not a unit the asker wrote
    assert (
        asked_units(parse_query("How many special cases were hired without a test?"), frozenset())
        == frozenset()
    )
    assert (
        asked_units(parse_query("Tỷ lệ hồ sơ trực tuyến là bao nhiêu"), frozenset()) == frozenset()
    )


def test_an_english_count_counts_the_noun_before_its_verb() -> None:
    # "how many dossiers were DVCTT": the dossiers are counted, "DVCTT" says which ones
    q = parse_query("In Bình Phước, how many dossiers were DVCTT in 2022")
    assert asked_kind(q).units == frozenset({"ho so"})
    assert asked_units(q, frozenset()) == frozenset()  # "dossiers": the glossary's word
    # a noun phrase with no verb after it still names its head last
    assert asked_kind(parse_query("how many DVCTT dossiers")).units == frozenset({"ho so"})


def test_count_named_moves_the_asking_words_to_the_count() -> None:
    again = count_named(parse_query("Ở Bình Phước, số dịch vụ công mức độ 2 là bao nhiêu?"))
    assert again is not None
    assert again.text == "Ở Bình Phước, bao nhiêu dịch vụ công mức độ 2"
    assert count_named(parse_query("Bình Phước có bao nhiêu dịch vụ công?")) is None


def test_total_asked_counts_no_asking_word() -> None:
    q = parse_query("Bình Phước và Yên Bái mỗi tỉnh có tổng cộng bao nhiêu điểm phục vụ?")
    side = Side("Bình Phước", ("Bình Phước",), ())
    assert asked_kind(side_query(q, side)).counted != "bao"


def test_a_period_side_asks_its_own_period_only() -> None:
    q = parse_query(
        "How many trainees did Yen Bai report in Q2 2020 versus the first half of 2023?"
    )
    old = side_query(q, Side("Quý II/2020", q.provinces, (2020,))).folded
    new = side_query(q, Side("6 tháng đầu năm 2023", q.provinces, (2023,))).folded
    assert "2020" in old
    assert "half" not in old
    assert "2023" not in old
    assert "2023" in new
    assert "q2" not in new
    assert "2020" not in new
    q = parse_query("Số lớp tập huấn của Yên Bái quý II/2020 so với 6 tháng đầu năm 2023")
    new = side_query(q, Side("6 tháng đầu năm 2023", q.provinces, (2023,))).folded
    assert "quy ii" not in new
    assert "2023" in new
    # "điện tử năm 2020": a word ending like a joining one ("từ") stays
    q = parse_query("Số cổng thông tin điện tử năm 2020 so với năm 2023 của Yên Bái")
    assert "dien tu" in side_query(q, Side("2023", q.provinces, (2023,))).folded


def test_a_side_answer_of_a_bare_number_vouches_for_nothing(service: AnswerService) -> None:
    # A side's own answer stating a one-digit number of no unit ("trên 2 ấn phẩm") misread
    # the question: it neither settles the side nor rules out the ranking's facts.
    cells = service.typed.compare.cells
    bare = next(f for f in service.index_facts() if is_bare(f) and f.province)
    side = Side(bare.province, (bare.province,), ())
    q = parse_query(f"So sánh số lượt truy cập cổng thông tin của {bare.province} và Yên Bái")
    cit = Citation(
        1, bare.report_id, "Báo cáo", "1/BC", "Sở", "1/1/2022", bare.section, bare.clause, 1.0,
        chunk_id=bare.chunk_id, line_start=bare.line_start, line_end=bare.line_end,
    )  # fmt: skip
    a = Answer(q.text, f"**{bare.value}**", False, (cit,), figure=bare.value, confidence=0.95)
    assert cells._of_kind(q, side, a).confidence == 0.0
    # a count of a unit (not bare) keeps its confidence
    counted = next(
        f for f in service.index_facts()
        if f.report_id == bare.report_id and f.unit == "ho so" and f.kind == "count"
    )  # fmt: skip
    cit = replace(cit, chunk_id=counted.chunk_id, line_start=counted.line_start)
    q = parse_query(f"So sánh số hồ sơ tiếp nhận của {bare.province} và Yên Bái")
    a = replace(a, figure=counted.value, citations=(cit,))
    assert cells._of_kind(q, side, a).confidence == 0.95


def test_a_side_no_fact_settles_shows_what_it_may_be(service: AnswerService) -> None:
    # The ranking's figures that say some of the topic are offered unsure (a figure read twice
    # once, a bare number or one off the topic never), at most three.
    cells = service.typed.compare.cells
    facts = [f for f in service.index_facts() if f.unit == "ho so" and f.kind == "count"]
    bare = next(f for f in service.index_facts() if is_bare(f))
    picks = [
        Pick(facts[0], 2.0, 0.6), Pick(replace(facts[0], id="again"), 1.9, 0.6),
        Pick(bare, 1.8, 0.9), Pick(facts[1], 1.5, 0.1), Pick(facts[2], 1.2, 0.5),
    ]  # fmt: skip
    none = Answer("q", "Không tìm thấy", True, ())
    doubted = cells._doubted(none, picks)
    assert [f for f, _ in doubted] == [facts[0].value, facts[2].value]
    assert all(c.report_id == facts[0].report_id or c.quote for _, c in doubted)
    assert cells._doubted(none, []) == ()
    # the side's own answer unsure: its figures, a one-digit one left out
    cit = doubted[0][1]
    unsure = Answer("q", "Chưa chắc", False, (), candidates=(
        FigureCandidate("8", "tăng 8 bậc", "", cit), FigureCandidate("1.234", "hồ sơ", "", cit),
    ))  # fmt: skip
    assert [f for f, _ in cells._doubted(unsure, picks)] == ["1.234"]


def test_a_count_through_a_channel_not_asked_fills_no_side(service: AnswerService) -> None:
    # A side's own answer stating the dossiers received through one channel ("qua dịch vụ
    # BCCI") does not fill a side asked for every dossier received.
    through = next(
        f for f in service.index_facts()
        if f.unit == "ho so" and f.kind == "count" and channel(f) and f.province
    )  # fmt: skip
    side = Side(through.province, (through.province,), ())
    q = parse_query(f"So sánh số hồ sơ đã tiếp nhận của {through.province} và Yên Bái")
    sq = side_query(q, side)
    assert not keeps_kind(q, sq, side, asked_kind(sq), through)


def test_a_number_of_the_report_s_closing_line_is_no_figure() -> None:
    # OCR reads the "là" of "Trên đây là …" as "13": the closing line states no result
    closing = replace(
        _FACT, value="13", norm="13", unit="",
        clause="Trén day 13 két qua thuc hién cong tac nam 2022, UBND tinh bao cao./.",
    )  # fmt: skip
    assert is_bare(closing)
    assert not is_bare(replace(closing, clause="Đã tiếp nhận 13 hồ sơ trong quý."))
