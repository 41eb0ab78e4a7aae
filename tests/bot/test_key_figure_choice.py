"""Which figures a summary tells as its key figures: every bullet's headline (its biggest count
of a named thing, else its share), a count said in thousands as the thousands it is, a budget's
total before its lines, a share of an amount no part of it; and "tóm tắt tình hình X" of "VP
UBND tỉnh" summarises part X. Real parts: a small real index of report texts written here."""

from __future__ import annotations

from dataclasses import replace

from bot.key_figures import broken_down, bullet_heads, key_facts, keyness, magnitude
from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from core.query import parse_query
from index.facts import build_facts
from index.generations import LoadedIndex
from tests.helpers.mini_index import everything, mini_index

BULLETS = """BÁO CÁO
Tình hình hiện đại hóa hành chính quý I năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

- Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử đạt 97%; tỷ lệ văn bản của UBND cấp xã gửi các cơ quan cấp tỉnh đạt 94%.

- Các cơ quan hành chính đã được trang bị máy tính. 100% công chức cấp tỉnh, 87% công chức cấp xã được trang bị máy tính.

- 100% các sở, ngành, 187/240 UBND cấp xã có trang thông tin điện tử, thông tin được cập nhật thường xuyên.

- Đến nay đã có 2050 dịch vụ công trực tuyến mức độ 3 cấp tỉnh và cấp huyện. Trên Cổng dịch vụ công của tỉnh phát sinh 1.414 hồ sơ mức 3, mức 4 (trong đó có 905 hồ sơ cấp xã), tăng 612 hồ sơ so với quý trước.

- Phần mềm quản lý cán bộ đã cập nhật hơn 41.200 hồ sơ cán bộ, công chức, viên chức (đạt 100%).

- Sàn giao dịch thương mại điện tử có 512 doanh nghiệp đăng ký làm thành viên. Trong quý, đã cập nhật gần 140 tin tức; xây dựng mới 4 gian hàng, duy trì chào bán cho 173 sản phẩm, số lần đăng nhập lên 51.320 lượt.
"""


def _facts(index: LoadedIndex) -> list:  # type: ignore[type-arg]
    return build_facts(index.reports.values(), index.chunks)


def _told(facts: list) -> set[str]:  # type: ignore[type-arg]
    """The figures a summary's key figures show: each chosen clause's figures."""
    picked = {(f.chunk_id, f.span_start) for f in key_facts(facts)}
    return {f.value for f in facts if (f.chunk_id, f.span_start) in picked}


def test_every_bullet_tells_its_headline() -> None:
    facts = _facts(mini_index(BULLETS))
    told = _told(facts)
    # the shares of the computers bullet and the ratio of the web-portal bullet are told,
    # though the e-commerce bullet alone has four bigger counts
    assert "87%" in told
    assert "187/240" in told
    # a bullet's headline is its biggest count of a thing, not the total of a breakdown
    assert {"2050", "41.200", "51.320"} <= told


def test_a_bullets_headline_is_its_biggest_count_of_a_thing() -> None:
    facts = _facts(mini_index(BULLETS))
    heads = {f.value for f in bullet_heads(facts, broken_down(facts))}
    assert "2050" in heads  # the online services, not the dossiers' 1.414 beside them
    assert "51.320" in heads  # the log-ins, not the 4 stalls or the 173 products
    assert "4" not in heads


LEAFLETS = """BÁO CÁO
Kết quả tuyên truyền cải cách hành chính năm 2022

I. KẾT QUẢ TUYÊN TRUYỀN

- Các sở, ngành, địa phương đã phát hành hơn 25 ngàn tờ rơi hướng dẫn thực hiện dịch vụ công trực tuyến.

- Đã đăng tải trên 1200 tin bài về cải cách hành chính.
"""


def test_a_count_in_thousands_weighs_as_thousands() -> None:
    facts = _facts(mini_index(LEAFLETS))
    leaflets = next(f for f in facts if f.value == "25")
    news = next(f for f in facts if f.value == "1200")
    assert magnitude(leaflets) == 25_000
    assert magnitude(news) == 1200
    # the bullet's headline among the section's figures: told where one figure is told
    assert [f.value for f in key_facts(facts, per_section=2, limit=1)] == ["25"]


BUDGET = """BÁO CÁO
Công tác cải cách hành chính quý III năm 2022

I. KẾT QUẢ THỰC HIỆN

1. Cải cách thủ tục hành chính

- Tổng số hồ sơ đã tiếp nhận: 18.420 hồ sơ; đã giải quyết 17.905 hồ sơ.

2. Cải cách tài chính công

- Kinh phí quản lý hành chính được giao: 12.400.000.000 đồng.

+ Kinh phí thực hiện đến ngày 09/9/2022: 6.100.000.000 đồng.

+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,2%.

+ Kinh phí không tự chủ: 2.300.000.000 đồng.

+ Kinh phí tiết kiệm: 410.000.000 đồng.

- Kết quả giải ngân vốn đầu tư công (Dự án: Nhà lưu trữ):

* Tổng mức đầu tư dự án: 9.870.000.000 đồng.

* Kế hoạch vốn năm 2021 là: 2.000.000.000 đồng (giải ngân vốn đạt 100%).

* Kế hoạch vốn năm 2022 là: 5.000.000.000 đồng.

+ Nguồn vốn đã giải ngân: 3.120.000.000 đồng, đạt tỷ lệ: 62,4%.
"""


def test_a_budgets_total_outweighs_its_lines_and_a_share_is_no_part_of_an_amount() -> None:
    facts = _facts(mini_index(BUDGET))
    broken = broken_down(facts)
    plan = next(f for f in facts if f.value == "2.000.000.000")
    total = next(f for f in facts if f.value == "9.870.000.000")
    # "(giải ngân vốn đạt 100%)" is no part of the year's plan: a share of an amount
    assert plan.id not in broken
    assert keyness(total, total.id in broken) > keyness(plan, plan.id in broken)


def _summary(index: LoadedIndex, question: str) -> str:
    ans = SummaryAnswerer(index, SectionAnswerer(index), _facts(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    return ans.text


def test_the_state_of_a_part_asked_of_the_office_summarises_that_part() -> None:
    text = _summary(
        mini_index(BUDGET), "Tom tat tinh hinh tai chinh cong cua VP UBND tinh Binh Phuoc quy 3/2022"
    )
    head = text.splitlines()[0]
    assert "Cải cách tài chính công" in head, head
    figures = text.split("Nguồn:", 1)[0]
    # the shares reached and the project's total investment are told (in their areas' bullets)
    assert "49,2%" in figures
    assert "62,4%" in figures
    assert "9.870.000.000" in figures


DAMAGED = """BÁO CÁO
Kết quả triển khai Đề án xây dựng chính quyền điện tử năm 2022

I. Kết quả đạt được

1. Việc ban hành các văn bản triển khai Đề án

Sở đã tham mưu ban hành 12 kế hoạch về chuyển đổi số và an toàn thông tin mạng của tỉnh.

2. Tồn tại, hạn chế

- Hệ thống máy chủ của các cơ quan được đầu tư rải rác, thiếu đồng bộ giữa các đơn vị.

3. Phuwong huwéng, nhiém vu trong thoi gian téi

- Tiếp tục tham mưu triển khai có hiệu quả Nghị quyết về chuyển đổi số của tỉnh đến năm 2025.

II. Kết quả 5 tháng đầu năm 2022 về xây dựng chính quyền số

Tỷ lệ văn bản trao đổi hoàn toàn dưới dạng điện tử đạt 98% giữa các cơ quan nhà nước.
"""


def test_the_tasks_ahead_under_a_damaged_heading_are_told_on_their_own() -> None:
    # "3. Phuwong huwéng, nhiém vu …" (OCR) is the tasks ahead as restored: its own bullet, not
    # the results' text
    index = mini_index(DAMAGED)
    # the heading as the OCR restorer reads it (index/restore.py; not loaded in this test)
    index.chunks[:] = [
        replace(c, section_restored=c.section.replace(
            "Phuwong huwéng, nhiém vu trong thoi gian téi", "Phương hướng, nhiệm vụ trong thời gian tới"))
        for c in index.chunks
    ]  # fmt: skip
    text = _summary(index, "Tóm tắt báo cáo của Bình Phước")
    results = text.splitlines()[1]
    assert results.startswith("- **I. Kết quả đạt được**"), results
    assert "Nghị quyết về chuyển đổi số" not in results
    assert "ban hành 12 kế hoạch" in results
    # the part is named among the section's parts as restored, not as the OCR has it
    assert "Phương hướng, nhiệm vụ trong thời gian tới" in results
    assert "Phuwong" not in text


FINANCE = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. CONG TAC CHI DAO, DIEU HANH

Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2022 và 14 văn bản chỉ đạo.

II. KET QUA THU'C HIEN CONG TAC CAI CACH HANH CHINH

1. Cải cách thể chế

Đã ban hành 15 văn bản quy phạm pháp luật và kiểm tra 30 văn bản.

2. Cải cách tài chính công

- Kết quả thu, chi ngân sách:

+ Tổng thu ngân sách toàn tỉnh năm 2022 ước đạt 9.120,5 tỷ đồng, đạt 118% dự toán.

+ Tổng chi ngân sách địa phương ước đạt 10.245,7 tỷ đồng, đạt 121% dự toán.

- Kết quả thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập:

+ Ban hành Quyết định phê duyệt giá dịch vụ sự nghiệp công sử dụng ngân sách nhà nước.

+ Chỉ đạo Sở Tài chính tổng hợp tình hình thực hiện cơ chế tự chủ tài chính của các đơn vị.

+ Hướng dẫn các đơn vị sự nghiệp công lập xây dựng phương án tự chủ giai đoạn 2023 - 2025.
"""


def test_a_part_named_under_a_damaged_heading_is_read_by_its_restored_headings() -> None:
    # "results" names "kết quả thực hiện"; the part's parent heading says so only as restored,
    # an item below it ("Kết quả thực hiện cơ chế tự chủ tài chính …") says it as written
    index = mini_index(FINANCE)
    index.chunks[:] = [
        replace(c, section_restored=c.section.replace(
            "II. KET QUA THU'C HIEN CONG TAC CAI CACH HANH CHINH",
            "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"))
        for c in index.chunks
    ]  # fmt: skip
    ans = SummaryAnswerer(index, SectionAnswerer(index), _facts(index)).answer(
        parse_query("Summarise Binh Phuoc's public finance reform results in 2022."),
        everything(index), "en",
    )  # fmt: skip
    assert ans is not None
    head = ans.text.splitlines()[0]
    assert "“2. Cải cách tài chính công”" in head, head
    assert "118%" in ans.text


RUN_ON = """BÁO CÁO
Công tác cải cách thể chế năm 2022

I. KẾT QUẢ THỰC HIỆN

- Trong năm, UBND tỉnh đã ban hành 31 văn bản QPPL (ban hành 12 nghị quyết; ban hành 19 quyết định). Sở Tư pháp đã thẩm định 52 dự thảo văn bản, góp ý 318 dự thảo văn bản khác.

- Đến nay đã có 2050 dịch vụ công trực tuyến. Trên Cổng dịch vụ công phát sinh 1.414 hồ sơ (trong đó có 905 hồ sơ cấp xã).
"""


def test_a_paragraph_that_opens_with_a_total_told_part_by_part_is_headed_by_it() -> None:
    facts = _facts(mini_index(RUN_ON))
    heads = {f.value for f in bullet_heads(facts, broken_down(facts))}
    # the opening sentence's total of documents issued, not the bigger count of drafts
    # commented on that a later sentence runs on with
    assert "31" in heads
    assert "318" not in heads
    # a breakdown in a later sentence heads nothing: the opening's count stays the headline
    assert "2050" in heads
    assert "1.414" not in heads
