"""Words of a comparison question that name no topic: who reports for each side ("VP UBND
Đồng Tháp", "UBND Hải Dương": the sides' agencies, not what is counted) and the generic verb
of a part done ("làm được bao nhiêu nhiệm vụ": the reports write "thực hiện được", "hoàn
thành"), which a figure's clause need not repeat to be of the asked topic."""

from __future__ import annotations

import re

from core.places import province_mentions
from core.text import fold

# A reporting agency named before a side: an office of the People's Committee, or the
# People's Committee of a province the question names ("UBND Hải Dương"); not "UBND cấp xã"
# (communes' committees may be what is counted).
_OFFICE = r"\b(?:vp|van phong) (?:ubnd|uy ban nhan dan)\b(?: tinh\b)?"
_COMMITTEE = r"\b(?:ubnd|uy ban nhan dan)(?: tinh)? (?=(?:{names})\b)"
# The generic verbs of a part done: said by the asker, not by the reports' own wording.
_DONE_VERB = re.compile(r"\b(?:lam duoc|da lam|lam xong)\b")


def without_reporters(folded: str) -> str:
    """Folded question text without the reporting agencies it names for its sides ("vp ubnd
    dong thap", "ubnd hai duong": the province's name is kept, the agency's words go)."""
    names = "|".join(re.escape(fold(p)) for p in province_mentions(folded))
    pattern = _OFFICE + ("|" + _COMMITTEE.format(names=names) if names else "")
    return " ".join(re.sub(pattern, " ", folded).split())


def done_verbs(folded: str) -> frozenset[str]:
    """The words of the generic verb of a part done ("làm được": "lam") when the part done
    is the one measure asked, or it and the whole it is of ("làm được mấy trên tổng số": the
    reports write "thực hiện được 41 trong tổng số 46"); none otherwise."""
    # (imported here: bot/compare_measures.py reads bot/compare_kind.py, which reads this)
    from bot.compare_measures import COUNT, DONE, asked_measures

    measures = asked_measures(folded)
    if DONE not in measures or not measures <= {DONE, COUNT}:
        return frozenset()
    return frozenset(w for m in _DONE_VERB.finditer(folded) for w in m.group().split()
                     if w not in ("da", "duoc"))  # fmt: skip
