"""What a report says of one topic ("báo cáo nói gì về X", "what does the report say about X",
"tình hình X thế nào", "kiến nghị gì về X"): the body of the sub-section whose heading names
X, else the paragraph about X, stated in the answer's own text with its figures; a proposal
about X, from the proposals section. Real parts: a small real index of a report text written
here (tests/helpers/mini_index.py)."""

from __future__ import annotations

import pytest

from bot.topic_answer import asked_kinds, cut
from bot.typed_answers import TypedAnswers
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import EveryChunk, everything, mini_index

TEXT = """BÁO CÁO
Kết quả công tác chuyển đổi số năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Phát triển hạ tầng số

- Về mạng cáp quang: Toàn tỉnh có 412 trạm phát sóng, phủ sóng tới 97% thôn bản; đã kéo cáp quang tới 128 xã.

- Về trung tâm dữ liệu: Trung tâm dữ liệu của tỉnh vận hành ổn định với 64 máy chủ ảo.

2. Phát triển nông nghiệp số

Tỉnh đã đưa 315 sản phẩm nông sản lên các sàn thương mại điện tử, trong đó có 52 sản phẩm OCOP. Số hộ nông dân bán hàng trực tuyến đạt 2.140 hộ.

3. Tồn tại, hạn chế

- Đội ngũ cán bộ phụ trách an toàn thông tin ở cấp huyện còn thiếu, 40% huyện chưa có cán bộ chuyên trách.

- Hạ tầng mạng ở vùng sâu còn yếu.

4. Kiến nghị, đề xuất

- Đề nghị Bộ Thông tin và Truyền thông hỗ trợ kinh phí đào tạo kỹ năng số cho 500 cán bộ cấp xã.

- Đề nghị Ủy ban nhân dân tỉnh bố trí 2,5% tổng chi ngân sách cho các dự án chuyển đổi số hằng năm.

- Đề nghị các sở ngành chia sẻ dữ liệu dùng chung.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(TEXT)


def _answer(index: LoadedIndex, question: str, language: str = "vi") -> str:
    typed = TypedAnswers(index, EveryChunk(index))
    ans = typed.answer(parse_query(question), everything(index), language)
    assert ans is not None, question
    return ans.text


def _said(text: str) -> str:
    """The answer without its source list."""
    return text.split("\n\nNguồn:")[0].split("\n\nSources:")[0]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Báo cáo nói gì về phát triển nông nghiệp số?", "vi"),
        ("bao cao noi gi ve phat trien nong nghiep so?", "vi"),
        ("What does the report say about agricultural digital development?", "en"),
    ],
)
def test_a_heading_named_is_answered_with_its_body(
    index: LoadedIndex, question: str, language: str
) -> None:
    said = _said(_answer(index, question, language))
    assert said.startswith("**Phát triển nông nghiệp số**"), said
    for figure in ("315", "52", "2.140"):
        assert figure in said
    assert "412" not in said  # nothing from the part beside it


def test_a_topic_no_heading_names_is_its_paragraph_with_every_figure(index: LoadedIndex) -> None:
    said = _said(_answer(index, "Báo cáo nói gì về trung tâm dữ liệu của tỉnh?"))
    assert "64 máy chủ" in said
    assert "412" not in said  # the item beside it is another topic
    assert not any(line.startswith(">") for line in said.splitlines())  # stated, not quoted


def test_the_state_of_a_topic_is_asked_like_what_is_said_of_it(index: LoadedIndex) -> None:
    said = _said(_answer(index, "Tình hình mạng cáp quang của tỉnh thế nào?"))
    for figure in ("412", "97%", "128"):
        assert figure in said


def test_a_proposal_about_a_topic_is_the_proposals_item_on_it(index: LoadedIndex) -> None:
    said = _said(
        _answer(index, "Báo cáo kiến nghị gì với UBND tỉnh về ngân sách cho chuyển đổi số?")
    )
    assert "2,5%" in said
    assert "dữ liệu dùng chung" not in said  # another proposal


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Báo cáo nói gì về hạ tầng số?", []),
        ("What does the report say about data centres?", []),
        ("Tình hình thương mại điện tử của tỉnh ra sao?", []),
        ("Tỉnh kiến nghị gì về kinh phí đào tạo?", ["proposals"]),
        ("What did the province recommend regarding training?", ["proposals"]),
        # a whole kind of section, or a number asked: not a topic
        ("Báo cáo nói gì về những hạn chế?", None),
        ("Những kiến nghị của tỉnh là gì?", None),
        ("Có bao nhiêu trạm phát sóng?", None),
    ],
)
def test_which_questions_ask_about_a_topic(question: str, kinds: list[str] | None) -> None:
    assert asked_kinds(parse_query(question)) == kinds


def test_a_long_paragraph_keeps_its_first_sentence_and_those_with_figures() -> None:
    filler = "Công tác này tiếp tục được quan tâm chỉ đạo thường xuyên. " * 6
    text = f"Tỉnh đẩy mạnh số hóa hồ sơ. {filler}Đã số hóa 8.412 hồ sơ, đạt 63,5%. {filler}"
    out = cut(text, 120)
    assert out.startswith("Tỉnh đẩy mạnh số hóa hồ sơ. … Đã số hóa 8.412 hồ sơ, đạt 63,5%.")
    assert len(out) <= 122
    assert cut("Ngắn gọn.", 120) == "Ngắn gọn."


def test_a_topic_the_report_does_not_tell_is_left_to_the_passage_answer(
    index: LoadedIndex,
) -> None:
    typed = TypedAnswers(index, EveryChunk(index))
    # "du lịch" is no "dữ liệu" beside a "lịch" somewhere else
    q = parse_query("Báo cáo nói gì về du lịch cộng đồng của tỉnh?")
    assert typed.topic.answer(q, everything(index), "vi") is None


def test_a_short_lead_is_told_with_the_items_under_it() -> None:
    text = TEXT.replace(
        "2. Phát triển nông nghiệp số\n",
        "2. Phát triển nông nghiệp số\n\n- Về truy xuất nguồn gốc:\n\n+ Cấp 730 mã truy xuất."
        "\n\n+ Kết nối 41 hợp tác xã.\n",
    )
    said = _said(_answer(mini_index(text), "Báo cáo nói gì về truy xuất nguồn gốc?"))
    assert "730" in said
    assert "41 hợp tác xã" in said


def test_a_long_paragraph_also_keeps_a_sentence_naming_the_topic_where_room_is_left() -> None:
    filler = "Công tác này tiếp tục được quan tâm chỉ đạo thường xuyên. " * 6
    text = f"Tỉnh đẩy mạnh số hóa. {filler}Triển khai mô hình Tổ công nghệ số cộng đồng. {filler}"
    assert "Tổ công nghệ số" not in cut(text, 160)
    out = cut(text, 160, [("mo", "hinh")])
    assert out.startswith("Tỉnh đẩy mạnh số hóa. … Triển khai mô hình Tổ công nghệ số cộng đồng.")
