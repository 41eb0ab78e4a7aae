"""The outlets a figure was published on, by the reports' words: the province's web portal, its
newspaper, the central press, radio and television, the grassroots loudspeaker stations, the
e-commerce trading floor; and which of them a figure's own clause names (bot/outlet_said.py,
bot/compare_outlets.py).

Only the figure's own clause is read, from its sentence's last break (";" or a full stop) up
to the figure, the words after its last colon first (`clause_outlets`): a clause that names no
outlet is not judged (the outlet may be the paragraph's or the heading's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import counted
from bot.figure_clause import COLON_OPENS, SENTENCE_OPENS, clause_before, figure_at
from core.places import PROVINCES, province_mentions
from core.text import fold

if TYPE_CHECKING:  # the answerer's candidates; imported there, so only for types here
    from bot.extractive.choice import Candidate

# A province's own domain: its folded name written together (core/places.py `PROVINCES`:
# "langson.gov.vn"), "www." before it or not. A national one ("chinhphu.gov.vn") is no
# province's portal, and a subdomain ("dichvucong.<province>.gov.vn") is another system of it.
_PROVINCE_DOMAIN = (
    r"(?<![\w.])(?:www\.)?(?:"
    + "|".join(sorted({re.sub(r"[^a-z]", "", fold(p)) for p in PROVINCES}, key=len, reverse=True))
    + r")\.gov\.vn\b"
)

# Each outlet by the words the reports (and the glossary's expansion of English words) use.
OUTLETS: dict[str, re.Pattern[str]] = {
    # … or by its address, the province's own domain
    "portal": re.compile(r"\b(?:cong|trang) (?:thong tin dien tu|ttdt)\b|" + _PROVINCE_DOMAIN),
    "newspaper": re.compile(r"\b(?:an pham bao|bao in|bao dien tu)\b"),
    # English "central (…) press" expands word by word, in English order: "trung uong bao chi".
    # "TW" is the reports' short form of "Trung ương" ("báo chí TW"). Other provinces' press
    # named between ("central and other provinces' press": "trung uong tinh ngoai bao chi") is
    # the same outlet: the reports count the two together.
    "press": re.compile(
        r"\b(?:bao chi (?:trung uong|tw)|(?:trung uong|tw) (?:tinh (?:ngoai|ban) )*bao chi)\b"
    ),
    "radio": re.compile(r"\b(?:dai phat thanh|phat thanh va truyen hinh)\b"),
    "loudspeakers": re.compile(r"\b(?:truyen thanh co so|tram truyen thanh)\b"),
    # the province's e-commerce trading floor ("Sàn giao dịch TMĐT"), which posts news and
    # products too; English "e-commerce trading floor" expands in English order
    "trading floor": re.compile(
        r"\b(?:san (?:giao dich )?(?:thuong mai dien tu|tmdt)"
        r"|(?:thuong mai dien tu|tmdt) san giao dich)\b"
    ),
}


# "Báo Hà Tĩnh", "Ha Tinh Newspaper": the province's newspaper by name.
_BAO = re.compile(r"\bbao ([a-z]+ [a-z]+)")
_NEWSPAPER = re.compile(r"\bnewspapers?\b")


def _named_newspaper(folded: str) -> bool:
    return bool(_NEWSPAPER.search(folded)) or any(
        (said := province_mentions(m.group(1))) and fold(said[0]) == m.group(1)
        for m in _BAO.finditer(folded)
    )


def outlets(folded: str) -> frozenset[str]:
    """The outlets a folded text names."""
    named = {name for name, pattern in OUTLETS.items() if pattern.search(folded)}
    return frozenset(named | ({"newspaper"} if _named_newspaper(folded) else set()))


def clause_outlets(before: str) -> frozenset[str]:
    """The outlets a figure's own clause names, from its (folded) words before it: after the
    clause's last colon when they name one ("Tuyên truyền trên báo chí, cổng TTĐT: Báo Lạng Sơn
    đưa 37 bài": the newspaper), else the clause's words before the colon ("Trên Cổng TTĐT
    tỉnh: thêm 52 bài": the portal). The one reader of a figure's outlets: of an answer's quote
    (`said_outlets`) and of a fact's clause (bot/compare_outlets.py)."""
    clause = clause_before(before, len(before), SENTENCE_OPENS)
    return outlets(clause_before(clause, len(clause), COLON_OPENS)) or outlets(clause)


def said_outlets(quote: str, figure: str) -> frozenset[str]:
    """The outlets a figure's own clause names before it ("Báo Lạng Sơn đưa 37 bài":
    the newspaper); empty when the figure is not in the quote or its clause names none."""
    found = figure_at(quote, figure)
    return clause_outlets(found[0][: found[1].start()]) if found else frozenset()


def only_others(asked: frozenset[str], said: frozenset[str]) -> bool:
    """Whether the question names one outlet (`asked`) and a figure's clause names only others
    (`said`): the figure counts another outlet's items. A clause that names none is not judged
    (the outlet may be the paragraph's or the heading's)."""
    return len(asked) == 1 and bool(said) and not said & asked


def other_outlet(asked_folded: str, quote: str, figure: str) -> bool:
    """Whether the question names one outlet and the figure's own clause in the quote names
    only others (`only_others`)."""
    return only_others(outlets(asked_folded), said_outlets(quote, figure))


def same_outlets(quote_a: str, figure_a: str, quote_b: str, figure_b: str) -> bool:
    """Whether two figures' own clauses name the same outlets (both none counts as the same):
    a figure of another report is "the same thing at another date" only then."""
    return said_outlets(quote_a, figure_a) == said_outlets(quote_b, figure_b)


def same_thing(text_a: str, figure_a: str, text_b: str, figure_b: str) -> bool:
    """Whether another report's figure is said of what a first one is: the same count noun after
    it (`counted.own_thing`, when both say one) and the same outlets in its own clause ("90
    tin" of the central press is no later count of "2.000 tin bài" on the departments' sites)."""
    own_a, own_b = counted.own_thing(text_a, figure_a), counted.own_thing(text_b, figure_b)
    if own_a and own_b and own_a != own_b:
        return False
    return same_outlets(text_a, figure_a, text_b, figure_b)


def same_candidates(a: Candidate, b: Candidate) -> bool:
    """`same_thing` of two of the figure answerer's candidates, each read in its own clause."""
    return same_thing(
        a.hit.chunk.readable(a.span), a.figure, b.hit.chunk.readable(b.span), b.figure
    )
