"""A share said right after a count of a breakdown's item ("…, trong đó: Chi đầu tư phát triển
ước đạt 4.870 tỷ đồng, bằng 136% dự toán") is that item's share: its item words are the
count's, so a question naming the item gets the item's share, not the headline's. The report
text is made up, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.sites import _figures_of
from tests.helpers.mini_index import ask, mini_index

CLAUSE = (
    "+ Tổng chi ngân sách địa phương năm 2022 ước đạt 15.420,300 tỷ đồng, đạt 117% dự toán năm, "
    "trong đó: Chi đầu tư phát triển ước đạt 4.870,250 tỷ đồng, bằng 136% dự toán."
)

REPORT = f"""BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

{CLAUSE}
"""


def test_the_share_after_an_items_count_has_the_counts_item_words() -> None:
    sites = {f.figure: f for f in _figures_of(CLAUSE, [])}
    assert {"dau", "tu", "phat", "trien"} <= set(sites["136%"].item)
    assert "dau" not in sites["136%"].head
    # the headline's own share is no item; a count's item is unchanged
    assert sites["117%"].item == []
    assert "bang" not in sites["4.870,250"].item


def test_an_item_naming_itself_before_its_share_keeps_its_own_words() -> None:
    clause = (
        "Tổng số hồ sơ tiếp nhận 9.400 hồ sơ, trong đó: trực tuyến 3.100 hồ sơ, "
        "trực tiếp 6.300 hồ sơ, chiếm 67%."
    )
    sites = {f.figure: f for f in _figures_of(clause, [])}
    assert "truc" in sites["67%"].item  # "chiếm" after a count: that count's item
    assert "chiem" not in sites["6.300"].item  # the count's own item ends before its share


@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("Chi đầu tư phát triển đạt bao nhiêu phần trăm dự toán?", "vi", "136%"),
        ("What percentage of the estimate did development investment spending reach?", "en", "136%"),
        ("Tổng chi ngân sách địa phương đạt bao nhiêu phần trăm dự toán?", "vi", "117%"),
    ],
)
def test_the_items_share_is_stated_for_the_item(question: str, language: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question, language)
    assert ans.figure == figure, ans.text
