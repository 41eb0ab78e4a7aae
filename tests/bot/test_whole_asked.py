"""The whole, not one of its parts: a clause's breakdown whose parts add up to the figure
before them (bot/whole_asked.py); a question asking a total, or naming two parts, gets the whole
(the single-figure answer and a comparison side), a question naming one part by its own words
gets that part. Made-up report lines."""

from __future__ import annotations

from bot.extractive.question import _question_facts
from bot.extractive.whole_asked import named_parts, summed_breakdowns, sums_parts, whole_for
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import ask, compare, mini_corpus, mini_index

_LINE = (
    "Trong năm, các phòng chuyên môn đã tổ chức 45 lớp tập huấn (Phòng Tư pháp tổ chức 12 lớp "
    "chuyên đề; Phòng Nội vụ tổ chức 33 lớp nghiệp vụ)."
)


def _seq(question: str) -> list[str]:
    return _question_facts(parse_query(question))[2]


def test_parts_adding_up_to_the_figure_before_them_are_its_breakdown() -> None:
    (b,) = summed_breakdowns(_LINE)
    assert b.whole.raw == "45"
    assert [p.raw for p in b.parts] == ["12", "33"]
    assert b.part_of("12")
    assert not b.part_of("45")
    # "trong đó", a share between the whole and its list, a list of four
    line = ("Đã cấp 2.310 tài khoản, đạt 88,5% kế hoạch, trong đó: công chức 1.205; viên chức "
            "870; hợp đồng 35; khác 200.")  # fmt: skip
    (b,) = summed_breakdowns(line)
    assert b.whole.raw == "2.310"
    assert len(b.parts) == 4
    assert summed_breakdowns("Tiếp nhận 1.000 hồ sơ (gồm: trực tuyến 700; trực tiếp 300).")


def test_a_list_that_does_not_add_up_is_no_whole_and_parts() -> None:
    # "trong đó" naming some parts only, or a restatement: not the whole's every part
    assert not summed_breakdowns("Tiếp nhận 1.000 hồ sơ, trong đó: trực tuyến 700, quá hạn 12.")
    assert not summed_breakdowns("Có 90 cán bộ (chiếm 45%) và 12 người tập sự.")


def test_a_total_asked_is_the_whole() -> None:
    (b,) = summed_breakdowns(_LINE)
    for question in ("Các phòng tổ chức tổng cộng bao nhiêu lớp tập huấn?",
                     "How many training classes were held in total?",
                     "Cả Phòng Tư pháp và Phòng Nội vụ tổ chức bao nhiêu lớp?"):  # fmt: skip
        q = parse_query(question)
        assert whole_for(q.folded, _seq(question), b, "12"), question


def test_a_part_named_by_its_own_words_is_that_part() -> None:
    (b,) = summed_breakdowns(_LINE)
    question = "Phòng Nội vụ tổ chức tổng cộng bao nhiêu lớp?"
    assert [p.raw for p in named_parts(_seq(question), b)[0]] == ["33"]
    q = parse_query(question)
    # the part named alone: neither the other part nor the whole is asked
    assert not whole_for(q.folded, _seq(question), b, "33")
    assert not whole_for(q.folded, _seq(question), b, "12")
    plain = "Phòng Tư pháp tổ chức bao nhiêu lớp tập huấn?"  # no total: the part
    assert not whole_for(parse_query(plain).folded, _seq(plain), b, "12")
    each = "Phòng Tư pháp và Phòng Nội vụ lần lượt tổ chức bao nhiêu lớp?"  # each its own
    assert not whole_for(parse_query(each).folded, _seq(each), b, "12")


def test_words_the_whole_says_too_or_several_parts_say_name_no_one_part() -> None:
    line = ("Trung tâm Hành chính công có 20 công chức, viên chức và người lao động (trong đó "
            "05 công chức; 11 viên chức và 04 lao động hợp đồng).")  # fmt: skip
    (b,) = summed_breakdowns(line)
    # "công" of "Hành chính công" is what the whole is of: "viên chức" alone names a part
    question = "Trung tâm Hành chính công có tổng cộng bao nhiêu viên chức?"
    assert [p.raw for p in named_parts(_seq(question), b)[0]] == ["11"]
    assert not whole_for(parse_query(question).folded, _seq(question), b, "11")
    cards = ("Đã cấp 900 thẻ (trong đó: thẻ cá nhân cấp mới 500; thẻ tổ chức 300; "
             "thẻ cá nhân cấp lại 100).")  # fmt: skip
    (b,) = summed_breakdowns(cards)
    question = "Tổng cộng cấp bao nhiêu thẻ cá nhân?"
    assert named_parts(_seq(question), b) == ([], True)  # two parts of three: neither whole
    assert not whole_for(parse_query(question).folded, _seq(question), b, "500")
    assert whole_for(parse_query("Tổng cộng cấp bao nhiêu thẻ?").folded, _seq("thẻ"), b, "500")


def test_the_sum_asked_of_parts_keeps_its_reading() -> None:
    assert sums_parts("tong so dvc muc do 3 va muc do 4 la bao nhieu")
    assert not sums_parts("so sanh tong so dvc cap huyen va cap xa")
    assert not sums_parts("tong thu va tong chi", head_sums=True)
    assert not sums_parts("tong so ho so cua tung xa lan luot la bao nhieu")
    assert not sums_parts("bao nhieu ca nhan va to chuc duoc cap")  # "cá nhân" is no "cả"


_REPORT = f"""II. KẾT QUẢ THỰC HIỆN
1. Bồi dưỡng cán bộ
{_LINE}
"""


def test_the_answer_states_the_whole_asked_and_the_part_named() -> None:
    index = mini_index(_REPORT)
    for question in ("Năm 2022 Phòng Tư pháp và Phòng Nội vụ tổ chức tổng cộng bao nhiêu lớp?",
                     "Năm 2022 cả Phòng Tư pháp và Phòng Nội vụ tổ chức bao nhiêu lớp?",
                     "How many classes did the Justice and Home Affairs divisions hold in "
                     "total in 2022?"):  # fmt: skip
        # the parts' own words are the question's: they score first, the whole is asked
        assert ask(index, question).figure == "45", question
    part = ask(index, "Năm 2022 Phòng Nội vụ tổ chức bao nhiêu lớp nghiệp vụ?")
    assert part.figure == "33"


_A = Report(
    "t901", "t901.txt", province="Bình Phước", agency="Sở TT&TT Bình Phước",
    number="21/BC-STTTT", date="2022-06-10", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
_B = Report(
    "t902", "t902.txt", province="Yên Bái", agency="Sở TT&TT Yên Bái",
    number="33/BC-STTTT", date="2022-06-20", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
_A_TEXT = """II. CHÍNH QUYỀN ĐIỆN TỬ
3. Chữ ký số
Đến hết tháng 6/2022, đã cấp 2.480 chữ ký số cho các cơ quan, đơn vị sự nghiệp, tổ chức
và cá nhân trên địa bàn tỉnh (trong đó: chứng thư số cá nhân là 1.630; chứng thư số tổ chức
là 790; chứng thư số cấp cho thiết bị là 60).
"""
_B_TEXT = """II. CHÍNH QUYỀN ĐIỆN TỬ
3. Chữ ký số
Trong 6 tháng đầu năm, tỉnh đã cấp 1.950 chứng thư số cho các cơ quan nhà nước.
"""


def test_a_comparison_side_reads_a_part_as_the_whole_asked() -> None:
    # the list stands far from its whole (the fact table links no headline), and its parts'
    # labels say the question's "chứng thư số", the whole's "chữ ký số"
    index = mini_corpus([(_A, _A_TEXT), (_B, _B_TEXT)])
    for question, figure in (
        ("So sánh tổng số chứng thư số đã cấp của Bình Phước và Yên Bái", "2.480"),
        ("Total digital certificates issued: Binh Phuoc vs Yen Bai", "2.480"),
        ("So sánh số chứng thư số cá nhân đã cấp của Bình Phước và Yên Bái", "1.630"),
    ):
        a = compare(index, question)
        assert a is not None
        row = next(line for line in a.text.splitlines() if line.startswith("| Bình Phước"))
        assert row.split("|")[2].strip().startswith(f"**{figure}**"), question  # figure cell


def test_a_clause_read_again_gives_the_same_breakdowns_and_nested_lists_stay_out() -> None:
    line = "Tiếp nhận 1.000 hồ sơ (gồm: trực tuyến 700 (trong đó 20 quá hạn); trực tiếp 300)."
    first = summed_breakdowns(line)
    assert first == summed_breakdowns(line)  # cached: a pure function of the clause
    (b,) = first
    assert b.whole.value == 1000
    assert [p.value for p in b.parts] == [700, 300]
