"""The clause that leads a summary's bullet (made-up clauses)."""

from bot.summary_lead import LEAD_POOL, basis, central_beside, closing, lead_order


def test_closing_lines_and_signature_are_no_result() -> None:
    assert closing("Trên đây là kết quả công tác quý II năm 2031 của Sở Xây dựng./.")
    assert closing("Tren day la bao cao tinh hinh nam 2031")
    assert closing("Nơi nhận: - Bộ Nội vụ;")
    assert closing("KT. GIÁM ĐỐC")
    assert closing("đề nghị Bộ tổng hợp, theo dõi./.")
    assert not closing("Trên địa bàn huyện đã tiếp nhận 1.234 hồ sơ.")
    assert not closing("Chủ tịch UBND huyện đã ký 12 quyết định.")


def test_basis_is_the_document_carried_out() -> None:
    assert basis("Thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2031 của UBND huyện, Sở đã …")
    assert basis("- Kế hoạch số 7/KH-SXD ngày 03/3/2031 về tuyên truyền;")
    assert not basis("Thực hiện tốt việc tiếp nhận hồ sơ, đạt 97% đúng hạn.")
    # work carried out, though it names a document later, is no basis
    assert not basis("Thực hiện đánh giá việc giải quyết hồ sơ theo Quyết định số 3/QĐ-UBND.")
    assert not basis("Sở đã giải quyết 812 hồ sơ, đạt 98% kế hoạch.")


def test_lead_is_a_central_result_with_a_figure() -> None:
    ranked = [
        "Thực hiện Quyết định số 5/QĐ-UBND ngày 2/1/2031 về mức hỗ trợ.",
        "Sở đã giải quyết 812 hồ sơ, đạt 98%.",
        "Các phòng phối hợp chặt chẽ.",
    ]
    states = {ranked[0], ranked[1]}
    assert lead_order(ranked, str, states.__contains__, lambda _: 0.0) == [
        ranked[1],
        ranked[2],
        ranked[0],
    ]


def test_lead_without_a_figure_is_the_most_central_no_basis() -> None:
    ranked = ["Thực hiện Kế hoạch số 9/KH-UBND ngày 1/1/2031, Sở đã …", "Các phòng phối hợp tốt."]
    assert lead_order(ranked, str, lambda _: False, lambda _: 0.0) == [ranked[1], ranked[0]]


def test_lead_pool_bounds_how_far_down_a_figure_may_lead() -> None:
    # a clause stating a figure past the LEAD_POOL most central does not lead
    ranked = [f"Nội dung thứ {i} được triển khai đồng bộ." for i in range(LEAD_POOL)]
    ranked.append("Đã cấp 40 chứng thư số.")
    assert lead_order(ranked, str, lambda x: "40" in x, lambda _: 0.0)[0] == ranked[0]


def test_closing_is_dropped_even_when_most_central() -> None:
    ranked = ["Trên đây là kết quả năm 2031 và nhiệm vụ năm 2032.", "Đã cấp 40 chứng thư số."]
    assert lead_order(ranked, str, lambda _: False, lambda _: 0.0) == [ranked[1]]


def test_the_parts_most_key_figure_leads_from_anywhere_in_the_part() -> None:
    # no clause of the most central holds one of the figures the summary tells: the clause of
    # the most key of them leads, however far down the ranking
    ranked = [f"Nội dung thứ {i} được triển khai đồng bộ." for i in range(LEAD_POOL + 2)]
    ranked += ["Có 9 cán bộ làm việc tại bộ phận.", "Toàn huyện có 1.234 thủ tục hành chính."]
    weight = {ranked[-2]: 1.0, ranked[-1]: 2.0}
    order = lead_order(ranked, str, lambda _: False, lambda x: weight.get(x, 0.0))
    assert order[0] == ranked[-1]


def test_a_key_figure_among_the_most_central_leads_before_a_heavier_one_further_down() -> None:
    ranked = ["Các phòng phối hợp tốt.", "Đã cấp 40 chứng thư số."]
    ranked += [f"Nội dung thứ {i} được triển khai." for i in range(LEAD_POOL)]
    ranked.append("Toàn huyện có 1.234 thủ tục hành chính.")
    weight = {ranked[1]: 1.0, ranked[-1]: 2.0}
    assert lead_order(ranked, str, lambda _: False, lambda x: weight.get(x, 0.0))[0] == ranked[1]


def test_an_area_told_by_one_clause_keeps_its_most_central() -> None:
    ranked = ["Kế hoạch số 4/KH-UBND ngày 1/1/2031 về chuyển đổi số.", "Đã cấp 40 chứng thư số."]
    assert lead_order(ranked, str, lambda _: True) == ranked
    assert lead_order(["Trên đây là báo cáo năm 2031.", *ranked], str, lambda _: True) == ranked


def test_the_most_central_clause_is_told_beside_a_lead_promoted_for_its_figure() -> None:
    ranked = [
        "Căn cứ Quyết định số 1/QĐ-UBND ngày 2/1/2031, …",
        "Các phòng phối hợp tốt.",
        "Có 9 hồ sơ.",
    ]
    assert central_beside(ranked, ranked[2], str) == ranked[1]
    assert central_beside(ranked, ranked[1], str) is None
