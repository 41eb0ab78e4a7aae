"""Two parts of one report with the same kind of section ("2. Tồn tại, hạn chế" under both the
communication part and the e-government part): the question's topic words, abbreviations read
out ("CQĐT" is chính quyền điện tử), pick the part. Synthetic report text, our own wordings."""

from __future__ import annotations

from bot.intents_types import summary_kinds
from bot.section_answer import SectionAnswerer
from core.query import GLOSSARY, parse_query
from tests.helpers.mini_index import everything, mini_index
from tests.helpers.two_parts import two_part_report

TWO_PARTS = two_part_report(
    """1. Ưu điểm

- Tin bài phong phú, kịp thời.

2. Tồn tại, hạn chế

- Kinh phí cho tuyên truyền còn ít.
- Hình thức tuyên truyền chưa đa dạng.""",
    "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
    "Đã cung cấp 900 dịch vụ công trực tuyến mức độ 4.",
    """1. Ưu điểm

- Hạ tầng mạng được nâng cấp.

2. Tồn tại, hạn chế

- Nhiều phần mềm chuyên ngành chưa kết nối với nhau.
- Nhân lực công nghệ thông tin ở cấp xã còn thiếu.""",
)


def test_the_usual_short_forms_of_e_government_are_read_out() -> None:
    assert GLOSSARY["cqdt"] == ("chinh quyen dien tu",)
    assert GLOSSARY["cqs"] == ("chinh quyen so",)
    assert "chinh quyen dien tu" in parse_query("Tiến độ CQĐT của tỉnh ra sao?").expanded


def test_the_topic_abbreviated_picks_its_parts_limitations() -> None:
    index = mini_index(TWO_PARTS)
    q = parse_query("tóm tắt những vướng mắc, hạn chế còn lại của CQĐT")
    kinds = summary_kinds(q)
    assert kinds == ["limits"]
    ans = SectionAnswerer(index).answer(q, everything(index), "vi", kinds)
    assert ans is not None
    assert "phần mềm chuyên ngành" in ans.text
    assert "Kinh phí cho tuyên truyền" not in ans.text
