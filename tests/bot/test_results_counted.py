"""A count of results returned is a count of the dossiers whose results they are: a figure of
"hồ sơ" is no other thing counted for "how many results", unless the question counts another
thing as well, over a small real index of made-up text (bot/extractive/choice.py
`_results_of`, `_RESULT_OF`)."""

from __future__ import annotations

from tests.helpers.mini_index import ask, mini_index

# Made-up lines: the dossiers handed back online, and a count of another noun beside them.
TEXT = """UBND TỈNH BÌNH PHƯỚC
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022
I. KẾT QUẢ
1. Về Bộ phận Một cửa
- Trong kỳ, Bộ phận Một cửa đăng 640 bài viết hướng dẫn và gửi trả trực tuyến 3.210 hồ sơ cho người dân.
"""


def test_results_handed_back_are_counted_in_dossiers() -> None:
    ans = ask(mini_index(TEXT), "Bộ phận Một cửa Bình Phước gửi trả trực tuyến bao nhiêu kết quả "
              "cho người dân?", "vi")  # fmt: skip
    assert ans.figure == "3.210", ans.text


def test_results_are_not_a_count_of_another_noun() -> None:
    # "bài viết" is no dossier (`_RESULT_OF`): its figure is no count of results
    ans = ask(mini_index(TEXT), "Bộ phận Một cửa Bình Phước đăng bao nhiêu kết quả?", "vi")
    assert ans.figure == "", ans.text  # no bold figure: only candidates
    assert "640" in ans.text, ans.text
    assert "3.210" in ans.text, ans.text


def test_another_count_noun_asked_beside_results_is_not_answered_by_dossiers() -> None:
    ans = ask(mini_index(TEXT), "Bộ phận Một cửa Bình Phước gửi trả trực tuyến bao nhiêu kết quả "
              "thủ tục cho người dân?", "vi")  # fmt: skip
    # a count of dossiers, not of procedures: no bold figure, the dossiers only a candidate
    assert ans.figure == "", ans.text
    assert "3.210" in ans.text, ans.text
