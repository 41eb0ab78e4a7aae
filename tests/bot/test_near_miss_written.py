"""What a near miss names is shown as the report writes it, not folded."""

from bot.near_miss import as_written


def test_a_folded_noun_is_shown_as_the_quote_writes_it() -> None:
    quote = "Tỉnh đã triển khai 03 hệ thống thông tin dùng chung cho các sở, ngành."
    assert as_written(quote, "he thong") == "hệ thống"
    assert as_written(quote, "so nganh") == "sở, ngành"


def test_a_noun_the_quote_does_not_say_stays_folded() -> None:
    assert as_written("Có 12 đơn vị đã kết nối.", "he thong") == "he thong"
