"""How a summary shows a clause beside what it already shows: a clause the shown text already
says whole is not said again (`said_in`), and a long clause cut to its length keeps the key
figure it states (`kept`)."""

from __future__ import annotations

import re

from bot.summary_sentences import fit
from core.text import fold


def said_in(clause: str, shown: str) -> bool:
    """Whether a clause (cut around a figure: "…" at its ends) stands whole in a text already
    shown, read through case and diacritics: a key figure a bullet's own words already state
    with its clause (a list's item cut at ";" from the sentence the bullet tells)."""
    words = fold(clause.replace("…", " ")).strip(" .;,").split()
    return len(words) >= MIN_SAID_WORDS and " ".join(words) in " ".join(fold(shown).split())


# A clause this short may be said by other words too ("đạt 95%"): not taken as said.
MIN_SAID_WORDS = 4


# A clause's figure kept in view when its cut would leave it out: any of some keyness (a count
# of a named thing, a share, a total; `keyness` is 0 or below for a part, a target or a bare
# number such as a document's), not only a key figure (1.0).
KEPT_KEYNESS = 0.05
SHOWN_PIECES = 2  # a cut clause shows two pieces, its opening and its figure's words, alike
LEAD_SHARE = 2  # the figure's piece opens half of itself before the figure: what it counts


def kept(text: str, limit: int, figure: str = "") -> str:
    """`fit`, unless its cut leaves out the `figure` the clause states (a long clause whose
    figure comes last: "Căn cứ Nghị quyết … về mức chi … 250.000 đồng/tháng"): then its
    opening and its words around that figure, each half of `limit`, "…" between."""
    text = " ".join(text.split())
    shown = fit(text, limit)
    at = figure_at(text, figure) if figure else -1
    if at < 0 or at + len(figure) <= len(shown.rstrip("…")):
        return shown
    half = limit // SHOWN_PIECES
    head = text[:half].rsplit(" ", 1)[0]
    start = text.rfind(" ", 0, max(len(head) + 1, at - half // LEAD_SHARE)) + 1
    gap = " … " if start > len(head) + 1 else " "  # (nothing left out between: no "…")
    return f"{head}{gap}{fit(text[start:], half)}"


def figure_at(text: str, figure: str) -> int:
    """Where a clause writes a figure: standing alone ("87.000 đồng"), else with its unit run
    on to it ("42.000đ/ngày", "15km": letters, no digit, right after); -1 when nowhere. A
    figure inside a longer number ("10" of "2010", "1.5" of "1.500") is not it."""
    alone = re.search(rf"(?<![\w.,/]){re.escape(figure)}(?![\w]|[.,/]\d)", text)
    if alone:
        return alone.start()
    glued = re.search(rf"(?<![\w.,/]){re.escape(figure)}(?=[^\W\d_])", text)
    return glued.start() if glued else -1
