"""Where a figure was published or said: the province's web portal, its newspaper, the central
press, radio and television, the grassroots loudspeaker stations. A comparison that names one
outlet ("tin bài trên Cổng thông tin điện tử", "the provincial web portal") asks for that
outlet's count: a figure whose clause says, before it, that another outlet published it ("Báo
Hà Tĩnh đã đăng tải 100 tin") counts something else, however many of the question's other words
it shares ("tin", "đăng tải", "cải cách hành chính")."""

from __future__ import annotations

from bot.compare_kind import fold_cached, value_at
from bot.outlets import OUTLETS as OUTLETS
from bot.outlets import clause_outlets, only_others, outlets
from bot.platforms import other_platform
from core.query import ParsedQuery
from index.facts import Fact


def fact_outlets(f: Fact) -> frozenset[str]:
    """The outlets a fact's clause names before its figure (`clause_outlets`, the reader of an
    answer's quote too); when it names none, those of the paragraph's opening or the section
    heading it sits under ("Công tác tuyên truyền trên các Trang thông tin điện tử … Đồng thời
    đăng tải trên 2.000 tin bài")."""
    said = clause_outlets(fold_cached(f.clause[: max(value_at(f), 0)]))
    return said or outlets(f"{f.lead} {fold_cached(f.section.rsplit('>', 1)[-1])}")


def fact_of_other_outlet(sq: ParsedQuery, f: Fact) -> bool:
    """Whether the question names one outlet and the fact's clause names only others
    (`only_others`, the rule an answer's quote is judged by: bot/outlets.py), or names one
    system (the national portal, the province's own) and the fact's item only the other
    (bot/platforms.py): either way the figure counts what another outlet or system holds."""
    asked, said = outlets(sq.expanded), fact_outlets(f)
    # a side of several outlets asked ("the newspaper's and the portal's"): a clause naming
    # only a third one (the central press) counts neither
    several = len(asked) > 1 and bool(said) and not said & asked
    return several or only_others(asked, said) or other_platform(sq.folded, f.clause, f.value)


def outlet_said(sq: ParsedQuery, f: Fact) -> bool:
    """Whether the question names one outlet and the fact's clause says, before its figure,
    that this outlet published it ("Báo Hà Tĩnh đã đăng tải 53 tin" for "Ha Tinh Newspaper"):
    then the fact is of the asked kind whatever other words the question uses."""
    asked = outlets(sq.expanded)
    at = value_at(f)
    return len(asked) == 1 and asked <= outlets(fold_cached(f.clause[: max(at, 0)]))
