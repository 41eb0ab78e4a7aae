"""The sides of a comparison: the provinces, years or report periods a question sets side
by side, and the question as asked of one side."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.compare_side_scope import others_scope_out
from bot.compare_since import since_asked, since_reports, without_since
from bot.compare_topic_words import without_reporters
from bot.intents_types import ALL_PROVINCES
from bot.side_reading import LONGER_PERIOD, one_ask, own_clauses, side_quarter, without_context
from bot.stopwords import HEDGE_VI_SAID
from core.places import strip_provinces
from core.query import ParsedQuery, expand, parse_query
from core.text import fold
from index.generations import LoadedIndex
from index.metadata import Report

_YEAR_WORD = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
# A ratio asked in Vietnamese: "gấp mấy lần", "gấp bao nhiêu lần"; a hedge word ("khoảng",
# "chừng", "xấp xỉ": `HEDGE_VI_SAID`, folded; or "có") may stand before the number asked.
_HEDGED = "|".join(fold(h) for h in (*HEDGE_VI_SAID, "co"))
TIMES_VI = rf"gap (?:(?:{_HEDGED}) )?(?:bao nhieu|may) lan"
ASKS_NUMBER = re.compile(r"\b(bao nhieu|how many|how much|ty le|percent\w*|share|rate)\b")
# The words that only say "compare": noise for retrieving one side.
_COMPARE_WORDS = re.compile(
    r"\b(so sanh|doi chieu|compare[sd]?|comparison|between|versus|vs|thay doi the nao|"
    r"change[sd]?|so voi|(?:qua )?cac (?:nam|quy|ky)(?: bao cao)?|over time|timeline|bien dong|"
    r"(?:over|across) the (?:years|reporting periods|reports|periods)|tang hay giam|"
    # "lần lượt là bao nhiêu" (respectively): no "lượt" counted
    r"lan luot|respectively|"
    # how the sides differ: "gấp mấy lần", "chênh lệch", "tỉnh nào … hơn/nhất", "which … most"
    # ("nhất" only after the word it raises: "cập nhật", "thống nhất" are topic words)
    rf"{TIMES_VI}|chenh lech|khac nhau|tinh nao|(?:nhieu|it|cao|thap|lon|nho) hon|hon|"
    # "mỗi tỉnh bao nhiêu", "each province": every side asked, no topic ("Tỉnh" is in text)
    r"moi tinh|tung tinh|moi ben|ben nao|each (?:province|side)|per province|"
    # "… nhiều DVC bằng Hải Dương không?", "bằng nhau": as many as (not "bảng", a table)
    r"bang nhau|bang(?=(?: [a-z]+)* khong\b)|"
    r"(?:(?<=nhieu )|(?<=cao )|(?<=thap )|(?<=lon )|(?<=nho )|(?<=\bit ))nhat|how many times|"
    r"times|"
    r"difference|differ|which province|which|more|most|fewer|least|higher|highest|lower|lowest)\b"
)
# A timeline over every period of one province ("qua các năm", "over time").
_TIMELINE = re.compile(
    r"\b(qua cac (nam|quy|ky)|cac ky bao cao|over time|timeline|over the years|"
    r"(?:over|across) the (?:reporting periods|reports|periods)|tang hay giam|giam hay tang|"
    r"thay doi|bien dong|change[sd]?|trend)\b"
)
# The agency that wrote a report ("Văn phòng UBND tỉnh …", "Sở TT&TT …"): who reports, not
# what is counted.
AGENCY = re.compile(
    r"\b(?:van phong (?:ubnd|uy ban nhan dan)(?: tinh)?|(?:ubnd|uy ban nhan dan) tinh|"
    r"so (?:tt ?& ?tt|tttt|thong tin (?:va|&) truyen thong))\b"
)
# … as English names it ("Dong Thap's People's Committee Office", "the PPC Office", "the
# provincial Department of Information and Communications"); not a commune's or district's
# People's Committee, which may be what is counted ("communes' People's Committees with a portal")
_AGENCY_EN = re.compile(
    r"(?:\bthe )?(?:\b(?:provincial )?people'?s committee(?:'s)? office|\bppc(?:'s)? office|"
    r"\boffice of the (?:provincial )?(?:people'?s committee|ppc)|\bprovincial people'?s committee|"
    r"\b(?:provincial )?department of information and communications?)\b(?:'s)?"
)
# A completion asked for ("mức độ hoàn thành kế hoạch", "progress on the plan's tasks"): a
# share, or "done/all".
_COMPLETION = re.compile(
    r"\b(?:(?:muc do|ti?en do|rate of) (?:thuc hien va )?hoan thanh|progress (?:on|of|in))\b"
)
_AUXILIARY = re.compile(r"\b((?:how (?:many|much)|what|which)(?: [a-z0-9-]+){0,6}) (?:do|does)\b")
_LEVELLESS = re.compile(r"\bmuc do\b(?! ?[1-4]\b)")
# A period written with its year, and the words that join it to the one before ("and in the
# first half of 2022", "so với quý I/2019", "vs Q1 2019", "và năm 2022").
_OTHER_PERIOD = re.compile(
    r"(?:\b(?:and|va|vs|versus|so voi|compared (?:with|to)|with|to|in|of|the)\s+)*"
    r"(?:\b(?:(?:6|sau|9|chin) thang(?: (?:dau|cuoi))?|quy [ivx1-4]+|q[1-4]|"
    r"(?:the )?(?:first|second|last) (?:half|quarter|six months|6 months|nine months|9 months)"
    r"|h[12])(?: of| nam)?[\s/,]*)?(?:\b(?:nam|year)\s+)?"
    r"(?<!\d)(?P<year>19[89]\d|20[0-4]\d)(?!\d)"
)
# The report a period names ("the Q1 2019 report", "the 2022 one", "báo cáo quý I/2019", "the
# report for H1 2022"): the side is the period, "report" no topic word of its question.
_PERIOD_REPORT = re.compile(
    r"(?<=\d)\s+(?:reports?|one)\b|\b(?:annual|quarterly|year end|half year) reports?\b"
    r"|\b(?:(?:ky )?bao cao|bc|(?:the )?reports? (?:of|for|covering))\s+"
    r"(?=(?:nam|quy|q[1-4]|h[12]|6 thang|sau thang|9 thang|chin thang|the|first|second|"
    r"(?:19|20)\d\d)\b)"
)
_DATE = re.compile(
    r"\b(?:(?:tinh |cho )?(?:den|toi|tu|ngay|het|thang|cuoi|as of|by|until|on|end of) )*"
    r"\d{1,2}/(?:\d{1,2}(?:/\d{2,4})?|\d{4})\b"  # a day, or a month and its year ("hết 5/2022")
)


# What a year may name rather than the report's period: an index or a ranking ("Chỉ số CCHC
# năm 2020", "PAR Index 2020", "xếp hạng năm 2020"), stated in a later year's report.
MEASURED_YEAR = re.compile(
    r"\b(?:chi so|index|xep hang|xep thu|thu hang|rank(?:ing|ed)?|sipas|papi|pci)\b"
)


@dataclass(frozen=True)
class Side:
    """One column of a comparison: a province, or one province (or all) at one year."""

    label: str
    provinces: tuple[str, ...]
    years: tuple[int, ...]
    reports: tuple[str, ...] = ()  # a timeline side: exactly these reports


# ---------------------------------------------------------------------------------------------
# Sides


def sides_of(q: ParsedQuery, index: LoadedIndex) -> list[Side]:
    """The sides a question compares: its provinces (two or more), else its years (two or
    more, each with a report in scope), else, for a timeline of one province ("qua các năm",
    "thay đổi thế nào"), each of its reports' periods, oldest first. Fewer than two sides:
    no comparison."""
    reports = list(index.reports.values())
    have = {r.province for r in reports}
    if len(q.provinces) >= 2:
        own = _own_years(q)
        if own is not None:
            return [Side(p, (p,), own[p]) for p in q.provinces]
        # one year for all, unless a province has no report of that year ("Tuyên Quang so với
        # Hà Tĩnh quý I/2019" dates Hà Tĩnh only): that one's newest report
        return [Side(p, (p,), _one_year(q, p, reports)) for p in q.provinces]
    if not q.provinces and ALL_PROVINCES.search(q.folded):
        # "tỉnh nào … nhiều nhất", "each province": every province the reports cover
        every = sorted(p for p in have if p)
        return [Side(p, (p,), _every_year(q, p, reports)) for p in every]
    since = since_reports(q, reports)  # "changed since 2019": that year's report and now
    if since:
        return [Side(r.period, q.provinces, (r.year,), (r.id,)) for r in since]
    scope = [r for r in reports if not q.provinces or r.province in q.provinces]
    if len(q.years) >= 2 and (not q.provinces or q.provinces[0] in have):
        provinces = q.provinces or _reporting_every_year(set(q.years), reports)
        scope = [r for r in scope if not provinces or r.province in provinces]
        # a province the question does not name is said with each side's period
        inferred = "".join(f"{p}, " for p in provinces if not q.provinces)
        sides = []
        for y in sorted(set(q.years)):  # oldest first, however the question orders them
            periods = sorted({r.period for r in scope if r.year == y and r.period})
            if periods:
                sides.append(Side(inferred + " / ".join(periods), provinces, (y,)))
        return sides if len(sides) >= 2 else []
    if len(q.provinces) == 1 and not q.years and _TIMELINE.search(q.folded):
        mine = sorted((r for r in scope if r.period), key=lambda r: (r.year, r.date, r.id))
        if len(mine) >= 2:
            return [Side(r.period, q.provinces, (r.year,), (r.id,)) for r in mine]
    return []


def _reporting_every_year(years: set[int], reports: list[Report]) -> tuple[str, ...]:
    """The one province with a report of every year a question of no province compares (one
    place's periods side by side: another province's report of one of the years is not that
    place's period); none when no province, or more than one, reports every year."""
    every = [
        p for p in sorted({r.province for r in reports if r.province})
        if years <= {r.year for r in reports if r.province == p}
    ]  # fmt: skip
    return (every[0],) if len(every) == 1 else ()


def _one_year(q: ParsedQuery, province: str, reports: list[Report]) -> tuple[int, ...]:
    """The question's one year for a province side, when the province has a report of it."""
    if len(q.years) != 1 or not any(r.province == province and r.year in q.years for r in reports):
        return ()
    return q.years


def _every_year(q: ParsedQuery, province: str, reports: list[Report]) -> tuple[int, ...]:
    """The one year asked of every province, for one province's row. A province with no
    report of it keeps its newest report only when the year names what is measured (an index
    or ranking of an earlier year, "Chỉ số CCHC năm 2020" in a later year's report); else
    its row stays of that year, and so not found: never another year's figure as the answer."""
    own = _one_year(q, province, reports)
    if own or len(q.years) != 1:
        return own
    newest = max((r.year for r in reports if r.province == province), default=0)
    if q.years[0] < newest and MEASURED_YEAR.search(q.folded):
        return ()
    return q.years


def _own_years(q: ParsedQuery) -> dict[str, tuple[int, ...]] | None:
    """Each province's own year when the question dates each one ("Hà Tĩnh năm 2019 so với
    Tuyên Quang năm 2022", "Ha Tinh in Q1 2019 versus Tuyen Quang in 2022"): the years
    written after its name and before the next province's. None when the years are not
    written that way (a province without one, two years for both)."""
    if len(set(q.years)) < 2:
        return None
    at: list[tuple[int, str]] = []
    for p in q.provinces:
        i = q.folded.find(fold(p))
        if i < 0:
            return None
        at.append((i, p))
    at.sort()
    own: dict[str, tuple[int, ...]] = {}
    for k, (i, p) in enumerate(at):
        end = at[k + 1][0] if k + 1 < len(at) else len(q.folded)
        years = tuple(dict.fromkeys(int(m.group(0)) for m in _YEAR_WORD.finditer(q.folded[i:end])))
        if not years:
            return None
        own[p] = years
    return own


# The second side asked again by a back-reference ("how many records did A receive, compared
# with those received in B online", "… ở A so với số B cấp khi …"): the words after B's name
# narrow B's count only.
_BACK_REFERENCE = re.compile(
    r"\b(?:those|that of|the ones?)\b(?: [a-z]+){0,3} $|\bso voi so(?: luong| ma)? $"
)


def _others_tail(q: ParsedQuery, side: Side, folded: str) -> str:
    """The first-named side's question without what the second side's back-referenced clause
    adds after its name (`_BACK_REFERENCE`); as it is otherwise."""
    if len(q.provinces) != 2 or len(side.provinces) != 1:
        return folded
    other = next((p for p in q.provinces if p not in side.provinces), None)
    mine, at = folded.find(fold(side.provinces[0])), folded.find(fold(other or "\0"))
    if other is None or mine < 0 or at <= mine or not _BACK_REFERENCE.search(folded[:at]):
        return folded
    return folded[: at + len(fold(other))]


def side_query(q: ParsedQuery, side: Side) -> ParsedQuery:
    """The question as asked of one side: the other sides' names and years taken out."""
    # (each side's clause asking its own figure: that clause, after what opens the question)
    # (who reports for a side, "UBND Hải Dương", "VP UBND …", is not what is counted; a body
    # named for its province, "Báo Hà Tĩnh", is: its name stays)
    folded = own_clauses(q, side.provinces) or _others_tail(q, side, without_context(q.folded))
    # the provincial departments written with another side's name scope that side alone
    folded = others_scope_out(folded, side.provinces)
    folded = strip_provinces(without_reporters(folded), keep_bodies=True)
    # "the Q3 2022 report", "báo cáo năm 2022": which report dates the side, never what it
    # counts (English "report" would read as a counted "phóng sự")
    folded = _PERIOD_REPORT.sub(" ", folded)
    if len(set(q.years)) >= 2:
        # another side's period with its year ("… quý I/2019 và 6 tháng đầu năm 2022"), and the
        # words joining it on: the side's question asks its own period only
        folded = _OTHER_PERIOD.sub(
            lambda m: m.group(0) if int(m.group("year")) in side.years else " ", folded
        )
    # the English auxiliary of "how many … do X have" is no topic word (folded "độ" alike)
    folded = _AUXILIARY.sub(r"\1", folded)
    folded = without_since(q, side.years, folded)
    folded = _COMPARE_WORDS.sub(" ", folded)
    # who reports is not what is counted; "mức độ" without a number names no service level
    folded = _COMPLETION.sub("ty le hoan thanh", folded)  # a completion is a share
    folded = _LEVELLESS.sub(" ", AGENCY.sub(" ", _AGENCY_EN.sub(" ", folded)))
    # a date that dates a side ("Tuyên Quang (đến 20/5/2022)") is its period, not its topic
    folded = _DATE.sub(" ", folded)
    # "tổng cộng" (in all) is "tổng số": its "cộng" is no topic word ("công bố" folds alike)
    folded = re.sub(r"\btong cong\b", "tong so", folded)
    if side.years or q.years:
        # another side's year (a side of no year: every year written is another side's)
        folded = _YEAR_WORD.sub(
            lambda m: m.group(0) if int(m.group(0)) in side.years else " ", folded
        )
    folded = one_ask(re.sub(r"\s+", " ", folded).strip())
    if not ASKS_NUMBER.search(folded):
        # "So sánh số DVC mức độ 4 …" asks for a number without saying "bao nhiêu": say it, so
        # the figure model looks for one.
        folded += " bao nhieu"
    return replace(
        q, folded=folded, expanded=expand(folded), provinces=side.provinces,
        # a quarter one side's clause names is its own; of a side of two periods, the
        # quarter its own period names ("Q1 2019 vs H1 2022": none for H1 2022)
        quarter=_period_quarter(q, side, folded),
        # a province side of no year (its province has no report of the one written): newest
        years=side.years or (q.years if len(q.years) == 1 and not side.provinces else ()),
    )  # fmt: skip


def _period_quarter(q: ParsedQuery, side: Side, folded: str) -> int:
    """The quarter a side is asked of (`side_quarter`); of two periods compared, the quarter
    the side's own question names with its period, none when that period is a longer one
    ("Q1 2019 vs H1 2022": none for H1 2022; "quý I 2021 và 2022": quý I for both)."""
    if since_asked(q) and side.years != q.years:
        return 0  # the "now" side of a change since a quarter: its own report's period
    if len(set(q.years)) < 2:
        return side_quarter(q, side.provinces)
    own = parse_query(folded).quarter
    return own or (0 if LONGER_PERIOD.search(folded) else side_quarter(q, side.provinces))
