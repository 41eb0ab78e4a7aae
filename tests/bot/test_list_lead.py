"""What leads into an inline list and follows it: where its first item starts, the clause\nright before it, the one more thing the next sentence adds."""

from __future__ import annotations

from bot.list_find import Enumeration, enumerations_at
from bot.list_lead import first_item_at, in_place, lead_clause, names_quoted, with_one_more
from bot.structure import paragraphs
from core.query import parse_query
from index.chunk import Chunk


def test_the_first_item_after_the_clause_its_piece_opened_with() -> None:
    sentence = (
        "Về thanh tra công vụ: Đã thanh tra việc chấp hành kỷ luật tại UBND xã An Bình và các "
        "xã Tân Phú, Phú Lộc, Đông Hòa, Tây Sơn."
    )
    at, items, _ = next(f for f in enumerations_at(sentence) if "Phú Lộc" in f[1])
    start = first_item_at(sentence, at, items)
    # the lead-in now holds what was done to the listed places
    assert "Đã thanh tra việc chấp hành" in sentence[:start]
    assert sentence[start:].startswith(items[0])
    # an item not found as written leaves the list's start
    assert first_item_at(sentence, at, ["không có"]) == at


def test_the_clause_right_before_a_list() -> None:
    lead = "Năm nay tỉnh tuyên truyền về cải cách; đưa tin về "
    assert lead_clause(lead) == "đưa tin về"
    lead = "Trong công tác thanh tra: Đã thanh tra việc chấp hành kỷ luật tại "
    assert lead_clause(lead) == "Đã thanh tra việc chấp hành kỷ luật tại"
    assert (
        lead_clause("Kết quả. Sở đã bổ nhiệm các chức danh sau:")
        == "Sở đã bổ nhiệm các chức danh sau"
    )
    assert lead_clause("- Các phần mềm như (") == "Các phần mềm như"
    # a word after a colon goes with the clause before it
    lead = "Nhân sự của các đơn vị cử đến làm việc tại Bộ phận: Có "
    assert lead_clause(lead) == "Nhân sự của các đơn vị cử đến làm việc tại Bộ phận: Có"


def test_one_more_thing_the_next_sentence_adds() -> None:
    text = (
        "Đơn vị tham mưu các mô hình mới: Mô hình một cửa; Mô hình hẹn giờ; Mô hình tại nhà. "
        "Bên cạnh đó, đơn vị đã triển khai mô hình phiếu điện tử thay phiếu giấy; kết quả tốt."
    )
    para = paragraphs(Chunk("c0", "r", 0, "I. KẾT QUẢ", text, 1, 2))[0]
    sentence = text.split(". Bên")[0] + "."
    listed = Enumeration(para, sentence, "Đơn vị tham mưu các mô hình mới:",
                         ("Mô hình một cửa", "Mô hình hẹn giờ", "Mô hình tại nhà"), led=True)  # fmt: skip
    more = with_one_more(listed, ["mo", "hinh"])
    assert more.items[-1] == "mô hình phiếu điện tử thay phiếu giấy"
    assert more.sentence.endswith("thay phiếu giấy")  # the citation covers the added thing
    # a next sentence that adds nothing of the asked kind leaves the list as it is
    assert with_one_more(listed, ["phan", "mem"]) == listed


def test_a_name_the_lead_quotes_after_its_kind_named_by_the_question() -> None:
    lead = (
        "Duy trì chuyên mục: “Thủ tục hành chính” (02 kỳ/tháng) trên sóng Đài Phát thanh tỉnh "
        "đã phản ánh các nội dung sau: "
    )
    # the abbreviation read out in place, after the kind
    asked = in_place(parse_query("Chuyên mục TTHC trên đài tỉnh Long An nói về những gì?").folded)
    assert asked[:4] == ["chuyen", "muc", "tthc", "thu"]
    assert names_quoted(lead, asked)
    # the name spelt out, too
    spelt = parse_query("chuyên mục thủ tục hành chính của đài tỉnh có những nội dung gì")
    assert names_quoted(lead, in_place(spelt.folded))
    # the kind without the name, or the name without the kind, is no match
    other = parse_query("Chuyên mục nông thôn mới trên đài tỉnh nói về những gì?")
    assert not names_quoted(lead, in_place(other.folded))
    bare = parse_query("Đài tỉnh nói gì về thủ tục hành chính?")
    assert not names_quoted(lead, in_place(bare.folded))
