"""A made-up answer stating one figure from one quoted line, for the tests of the checks that
read an answer's figure against its citation (bot/near_miss.py and the checks it runs)."""

from __future__ import annotations

from core.result import Answer, Citation


def stated(
    figure: str,
    quote: str,
    period: str = "",
    section: str = "7. Dịch vụ công",
    language: str = "vi",
) -> Answer:
    """An answer stating `figure` in bold, citing `quote` of a report covering `period`."""
    cit = Citation(1, "t001", "Báo cáo", "77/BC-STTTT", "Sở TT&TT Bình Phước", "2022-06-15",
                   section, quote, 0.9, province="Bình Phước", period=period, context=quote)  # fmt: skip
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cit,), figure=figure,
                  language=language)  # fmt: skip
