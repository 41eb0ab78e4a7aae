"""Which clause leads a summary's bullet: of a part's most central clauses, one that states a
result with a key figure; never a closing line ("Trên đây là …"), nor, when another will do,
the document the work carries out ("Thực hiện Kế hoạch số …")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from bot.structure import strip_marker
from core.text import fold
from index.docrefs import DOC_NUMBER

# A report's closing or its signature block, not a result: "Trên đây là kết quả …", "Nơi
# nhận: …", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; or a clause ending the document ("./.").
_CLOSING = re.compile(r"^\W*(?:tren day (?:la )?|noi nhan\b|tm\. |kt\. )")
_END_MARK = re.compile(r"\./\.\s*$")
# A clause that opens with the document it carries out or lists one ("Thực hiện Kế hoạch số
# …", "Căn cứ …", "Kế hoạch số 12/KH-UBND ngày …"): what the work is based on, not its result
# ("Thực hiện đánh giá …", work carried out, is one).
_DOC = r"(?:ke hoach|quyet dinh|nghi quyet|cong van|thong tu|nghi dinh|chi thi|van ban|de an)"
_BASIS = re.compile(
    rf"^\W*(?:can cu\b|(?:thuc hien|trien khai|theo)\s+{_DOC}\b|{_DOC}\s+(?:so\s+)?\d)"
)
# How many of a part's most central clauses may lead it: a clause further down the ranking is
# not central enough to stand for the part, whatever it states.
LEAD_POOL = 4


def closing(text: str) -> bool:
    """Whether a clause is a report's closing line or signature block, no result of it."""
    folded = fold(strip_marker(text)).strip()
    return bool(_CLOSING.match(folded) or _END_MARK.search(text))


def basis(text: str) -> bool:
    """Whether a clause opens with a document the work carries out or is based on."""
    return bool(_BASIS.match(fold(strip_marker(text))) and DOC_NUMBER.search(text))


T = TypeVar("T")


def lead_order(
    ranked: Sequence[T], text: Callable[[T], str], states: Callable[[T], object],
    key: Callable[[T], float] | None = None,
) -> list[T]:  # fmt: skip
    """`ranked` (most central first) with the clause that should lead first (without `key`,
    an area told by one clause: its most central, closing lines dropped): the clause of
    the most key figure among those its summary tells (`key` > 0: a result with its figure,
    the part's headline), of the `LEAD_POOL` most central if one is there, else from anywhere
    in the part (a figure told leads before an incidental one that is merely central); else,
    of the `LEAD_POOL` most central, the first that is no basis and states a key figure; else
    the most central that is no basis (a list of documents issued is no headline). The others
    after it, the bases last; closing lines dropped."""
    kept = [x for x in ranked if not closing(text(x))]
    if key is None:
        return kept
    kept = [x for x in kept if not basis(text(x))] + [x for x in kept if basis(text(x))]
    pool = kept[:LEAD_POOL]
    keyed = [x for x in pool if key(x) > 0] or [x for x in kept if key(x) > 0]
    found = max(keyed, key=key) if keyed else None  # (of equals, the most central: the first)
    found = found or next((x for x in pool if states(x) and not basis(text(x))), None)
    return kept if found is None else [found, *(x for x in kept if x is not found)]


def central_beside(ranked: Sequence[T], lead: T, text: Callable[[T], str]) -> T | None:
    """The most central clause that is no closing line and no basis when the lead is another
    (one promoted for its figure): told beside it, so that what the part mostly says is not
    lost to its figure; None when the lead is that clause."""
    plain = next((x for x in ranked if not closing(text(x)) and not basis(text(x))), None)
    return None if plain is None or plain is lead else plain
