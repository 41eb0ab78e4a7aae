"""Parts named "giữa A và B" / "between A and B" in a comparing question, and a figure set
against a plan or estimate asked as the share of it reached. Questions made up for the test."""

from __future__ import annotations

from bot.compare_between import between_parts
from bot.compare_kind import asked_kind
from bot.compare_parts import Part, parts_of
from bot.compare_parts_answer import PartsAnswerer, as_share, own_words_said
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.intents_types import asks_plan_share
from core.query import parse_query
from core.result import Citation
from tests.helpers.mini_index import mini_index


def _split(question: str, en: bool = False) -> list[tuple[str, str]]:
    return [(p.label, p.query.text) for p in between_parts(parse_query(question), en)]


def test_between_opens_the_first_part_and_its_commas_stay_in_it() -> None:
    got = _split(
        "Tỷ lệ nộp thuế điện tử ở Bình Phước giữa hợp tác xã, doanh nghiệp và cá nhân, hộ gia "
        "đình chênh nhau thế nào?"
    )
    assert [label for label, _ in got] == ["hợp tác xã, doanh nghiệp", "cá nhân, hộ gia đình"]
    first, second = (text for _, text in got)
    assert "hợp tác xã, doanh nghiệp" in first
    assert "hộ gia đình" not in first
    assert "cá nhân, hộ gia đình" in second
    assert "hợp tác xã" not in second
    assert "chênh" not in first + second  # the comparison words are no part's


def test_between_in_english() -> None:
    got = _split("How did the online payment rate in Binh Phuoc differ between schools and clinics?", en=True)  # fmt: skip
    assert [label for label, _ in got] == ["schools", "clinics"]
    assert got[0][1].startswith("How did the online payment rate in Binh Phuoc")
    assert "for schools" in got[0][1]
    assert "clinics" not in got[0][1]


def test_between_places_years_or_no_comparison_names_no_parts() -> None:
    # who exchanges with whom, nothing compared
    assert _split("Số văn bản trao đổi giữa sở và huyện trên môi trường mạng là bao nhiêu?") == []
    # two places are the comparison's sides; two years its periods
    assert _split("Số hồ sơ giữa Hà Tĩnh và Hải Dương chênh nhau bao nhiêu?") == []
    assert _split("Số hồ sơ trực tuyến giữa năm 2020 và năm 2021 khác nhau thế nào?") == []


def test_the_first_words_compare_only() -> None:
    got = _split("Khác nhau giữa phí thẩm định và lệ phí cấp phép ở Bình Phước là bao nhiêu?")
    assert [label for label, _ in got] == ["phí thẩm định", "lệ phí cấp phép"]
    assert got[0][1].startswith("phí thẩm định ở Bình Phước")  # no "của" opening it


def test_compare_is_no_word_of_a_part_label() -> None:
    got = parts_of(parse_query("How did Binh Phuoc's 2021 fee income compare with its fine income?"), en=True)  # fmt: skip
    assert [p.label for p in got][0] == "fee income"


def test_a_figure_set_against_a_plan_asks_its_share() -> None:
    assert asks_plan_share("against the budget estimate, how did revenue compare with spending?")
    assert asks_plan_share("von dau tu cong giai ngan so voi ke hoach nam cua hai tinh")
    assert asks_plan_share("how far did spending exceed its annual estimate")
    # an amount asked in words too: not only the share
    assert not asks_plan_share("how much revenue against the estimate, in billion dong")
    assert not asks_plan_share("tong thu ngan sach nam 2022 la bao nhieu")
    asked = asked_kind(parse_query("Vốn đầu tư công giải ngân so với kế hoạch của Bình Phước"))
    assert asked.percent is True


def test_a_part_asked_as_the_share_of_its_plan() -> None:
    count = Part("phí", parse_query("So với dự toán, số lượng phí thu của Bình Phước"))
    assert as_share(count, en=False).query.text == "So với dự toán, tỷ lệ phí thu của Bình Phước"
    plain = Part("fees", parse_query("Against the plan, how did Binh Phuoc's fee income do?"))
    assert as_share(plain, en=True).query.text.endswith("do (percent)")
    share = Part("phí", parse_query("Tỷ lệ phí thu so với dự toán"))
    assert as_share(share, en=False) == share


def test_a_part_of_only_comparison_words_reads_no_parts() -> None:
    index = mini_index(
        "II. KẾT QUẢ\n- Báo Bình Phước đăng 40 tin, bài; báo Trung ương đăng 12 tin.\n"
    )
    asker = PartsAnswerer(index)
    q = parse_query(
        "How did the count of reform stories in Bình Phước compare with those printed "
        "by central and other-province press?"
    )
    assert asker.parts(q, en=True) == []
    # a newspaper named after the province is a part, no place: both parts read
    q = parse_query(
        "How did the count of reform stories in Báo Bình Phước compare with those printed "
        "by central and other-province press?"
    )
    got = [p.label for p in asker.parts(q, en=True)]
    assert got == ["Báo Bình Phước", "central and other-province press"]
    q = parse_query("Tỷ lệ tin bài giữa báo tỉnh và báo Trung ương chênh nhau thế nào?")
    assert [p.label for p in asker.parts(q)] == ["báo tỉnh", "báo Trung ương"]


def _cell(label: str, figure: str, quote: str) -> Cell:
    cit = Citation(1, "r", "t", "1/BC", "UBND", "1/1/2022", "II", quote, 1.0)
    return Cell(Side(label, ("Bình Phước",), ()), figure, quote, "", cit)


def test_a_part_whose_quote_says_too_few_of_its_own_words_is_not_sure() -> None:
    vocabulary = frozenset(
        [
            "so",
            "giay",
            "phep",
            "xay",
            "dung",
            "cap",
            "moi",
            "gia",
            "han",
            "dieu",
            "chinh",
            "da",
            "cap",
            "trong",
            "ky",
        ]
    )
    parts = [
        Part("giấy phép xây dựng cấp mới", parse_query("a")),
        Part("giấy phép gia hạn điều chỉnh", parse_query("b")),
    ]
    cells = [
        _cell(parts[0].label, "120", "Số giấy phép xây dựng cấp mới: 120 giấy phép"),
        _cell(parts[1].label, "45", "Số giấy phép đã cấp trong kỳ: 45"),  # none of its own
    ]
    got = own_words_said(parts, cells, vocabulary)
    assert got[0] == cells[0]
    assert got[1].citation is None
    assert [fig for fig, _ in got[1].doubted] == ["45"]


def test_short_or_english_parts_are_not_checked() -> None:
    vocabulary = frozenset(["muc", "do", "dich", "vu", "cong"])
    parts = [Part("mức độ 3", parse_query("a")), Part("new permits issued", parse_query("b"))]
    cells = [_cell("mức độ 3", "12", "dịch vụ công: 12"), _cell("new", "7", "dịch vụ công: 7")]
    assert own_words_said(parts, cells, vocabulary) == cells


def test_a_flow_part_said_in_the_reports_other_verb_stays() -> None:
    vocabulary = frozenset(["da", "nhan", "xu", "ly", "xong", "giai", "quyet", "don"])
    parts = [Part("đã nhận", parse_query("a")), Part("đã xử lý xong", parse_query("b"))]
    line = "Tổng số đơn đã tiếp nhận 310 đơn, số đơn đã giải quyết 14 296 đơn."
    cells = [_cell(parts[0].label, "310", line), _cell(parts[1].label, "296", line)]
    assert own_words_said(parts, cells, vocabulary) == cells
    # … but a figure whose own clause names the other flow is still held to the words
    wrong = [cells[0], _cell(parts[1].label, "310", line)]
    assert own_words_said(parts, wrong, vocabulary)[1].citation is None
