"""A figure stated for a near miss of what is asked becomes "not found", citing as [1] the nearest
figure and saying what it is instead: another composite index or year (bot/named_index.py),
another thing counted (bot/counted.py), a share of another thing (bot/near_miss_asked.py), not
the online channel (bot/channel.py), another part
of a breakdown or service level than the one asked, or the asked part counted together with
another (bot/extractive/parts_said.py), words of the
question its clause says only of another item (bot/extractive/said_elsewhere.py), a result for
a target asked (bot/target_asked.py), a longer period's figure for a quarter asked, the
province's own figure for a national one, another measure than the satisfaction asked,
dossiers received for dossiers resolved."""

from __future__ import annotations

import re

from bot import channel, counted, named_index
from bot.doc_action import other_action, procedure_action_unsaid
from bot.each_level import levels_together
from bot.extractive import parts_said
from bot.extractive.citing import quarters_of
from bot.extractive.dossier_action import ACTIONS, action_at, asked_action
from bot.extractive.levels import asked_levels
from bot.extractive.said_elsewhere import labelled_elsewhere
from bot.extractive.sites import _figures_of
from bot.flow_asked import other_flow
from bot.near_miss_asked import other_measure, other_share, other_staff, undated, unit_own
from bot.near_miss_condition import condition_unsaid
from bot.nearest import as_written
from bot.nearest import nearest_not_found as _nearest_not_found
from bot.nearest import stated as _stated
from bot.outlet_said import other_outlet_answer
from bot.side_reading import LONGER_PERIOD, quarter_owner
from bot.state_asked import state_unsaid
from bot.target_asked import asks_target, sets_target
from bot.whole_for_part import whole_for_part
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import figures, fold


def near_miss(q: ParsedQuery, ans: Answer, language: str, intent: str = "figure") -> Answer | None:
    """ "Not found" in place of a figure stated for a near miss of what is asked: another
    composite index or year, another thing counted, not the online channel; for a figure or a
    share asked (`intent`), or one bold figure answering a question read as a comparison
    ("… between December 2021 and May 2022" names a span, not two sides), another part of a
    breakdown, another service level, the asked part counted together with another, words its
    clause says only of another item, a result for a target, a longer period's figure for a
    quarter, the province's own figure for a national one, another measure than the
    satisfaction asked, dossiers received for dossiers resolved, another action than the rare
    one asked (bot/state_asked.py), another outlet's count
    (bot/outlet_said.py), a headline for its item asked (bot/whole_for_part.py), or one figure
    for each of several levels (bot/each_level.py); None when the answer stands."""
    # a comparison's table has a chart of its sides; one figure in bold has none
    one_figure = intent in ("figure", "percent") or (
        intent == "comparison" and bool(ans.figure) and not ans.chart
    )
    return (
        other_index(q, ans, language, passage=intent in ("figure", "percent", "passage"))
        or other_count(q, ans, language)
        or other_action(q, ans, language)
        or procedure_action_unsaid(q, ans, language)
        or (state_unsaid(q, ans, language) if one_figure else None)
        or not_online(q, ans, language)
        or (other_share(q, ans, language) if one_figure else None)
        or (other_part(q, ans, language) if one_figure else None)
        or (other_level(q, ans, language) if one_figure else None)
        or (parts_together(q, ans, language) if one_figure else None)
        or (other_label(q, ans, language) if one_figure and not _several_parts(q) else None)
        or (not_target(q, ans, language) if one_figure else None)
        or (longer_period(q, ans, language) if one_figure else None)
        or (not_national(q, ans, language) if one_figure else None)
        or (not_satisfaction(q, ans, language) if one_figure else None)
        or (received_not_resolved(q, ans, language) if one_figure else None)
        or (other_flow(q, ans, language) if one_figure else None)
        or (other_measure(q, ans, language) if one_figure else None)
        or (condition_unsaid(q, ans, language) if one_figure else None)
        or (unit_own(q, ans, language) if one_figure else None)
        or (other_staff(q, ans, language) if one_figure else None)
        or (whole_for_part(q, ans, language) if one_figure else None)
        or (other_outlet_answer(q, ans, language) if one_figure else None)
        or (levels_together(q, ans, language) if one_figure else None)
        or undated(q, ans, language)
    )


def _several_parts(q: ParsedQuery) -> bool:
    """The question asks two or more parts of a breakdown at once ("trước hạn và đúng hạn"):
    the other asked part's label beside the stated figure is asked too, not a near miss
    (bot/each_part.py gives each its figure)."""
    return len(list(parts_said.asked_parts(q))) >= 2


def other_index(q: ParsedQuery, ans: Answer, language: str, passage: bool = False) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) of another composite index, or of
    the asked index in another year, than the question names (bot/named_index.py); with
    `passage` (not a section or comparison asked), in place of the quoted lines too, when
    those that name an index name only others or other years ("Ha Tinh SIPAS 2022?" answered
    by "… PAR Index, SIPAS năm 2021 …"); None when the answer stands."""
    if ans.abstained or not named_index.asked(q.folded):
        return None
    if ans.figure and ans.citations:
        cit = ans.citations[0]
        en = language == "en"
        why = named_index.mismatch(q.folded, q.years, cit.quote, ans.figure, en) or (
            named_index.mismatch(q.folded, q.years, cit.context, ans.figure, en)
            if cit.context and not named_index.figure_index(cit.quote, ans.figure) else ""
        )  # fmt: skip
        if not why:
            return None
        reasons, cited = [why], cit
    elif ans.candidates:
        # a candidate whose own sentence names no index and reads as no rank or score ("1500
        # tin bài" beside "xếp thứ 8 … PAR Index năm 2021") is no figure of the asked index:
        # it neither answers nor keeps the answer open; one that may be an index's does
        judged = [(named_index.mismatch(q.folded, q.years, c.citation.quote, c.figure,
                                        language == "en"), c.citation)
                  for c in ans.candidates if _index_figure(c.citation.quote, c.figure)]  # fmt: skip
        if not judged or not all(why for why, _ in judged):
            return None
        reasons, cited = [why for why, _ in judged], judged[0][1]
    elif passage and ans.citations and not ans.figure:
        said = [(named_index.other_named(q.folded, q.years, c.quote), c) for c in ans.citations]
        judged_lines = [(why, c) for why, c in said if why is not None]
        if not judged_lines or not all(why for why, _ in judged_lines):
            return None
        reasons, cited = [why or "" for why, _ in judged_lines], judged_lines[0][1]
    else:
        return None
    wanted = ", ".join(sorted(named_index.asked(q.folded)))
    if q.years:
        wanted += " " + ", ".join(map(str, q.years))
    if measure := named_index.asked_measure(q.folded):  # "the score of PAR INDEX 2021"
        wanted = (f"the {measure} of {wanted}" if language == "en"
                  else f"{named_index.measure_words(measure, False)} {wanted}")  # fmt: skip
    theirs = ", ".join(dict.fromkeys(reasons))
    if not ans.figure and not ans.candidates:  # a quoted line, no figure in it
        nearest = ("the nearest passage is about", "đoạn gần nhất nói về")
    else:
        nearest = ("the nearest figure is of", "số liệu gần nhất là của")
    text = (
        f"Not found: the reports give no figure for {wanted}; {nearest[0]} {theirs} [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu {wanted}; {nearest[1]} {theirs} [1]."
    )
    return _nearest_not_found(q, text, cited, language)


def _index_figure(sentence: str, figure: str) -> bool:
    """Whether a figure may be a composite index's: its sentence names an index, or the words
    written with it read as a rank or a score ("xếp thứ 8", "87,38 điểm")."""
    return bool(named_index.named(fold(sentence))) or bool(
        named_index.figure_measure(sentence, figure)
    )


def other_count(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) that counts another thing than the
    question asks to count (bot/counted.py: "02 hệ thống" for "bao nhiêu hồ sơ"); None when
    the answer stands."""
    pairs = _stated(ans)
    if not pairs or not counted.asked_noun(q.folded):
        return None
    things = [counted.other_thing(q.folded, cit.quote, fig) for fig, cit in pairs]
    if not all(things):
        return None
    fig, cit = pairs[0]
    if things[0] == "%":
        things[0] = "a percentage" if language == "en" else "tỷ lệ phần trăm"
    else:
        things[0] = as_written(cit.quote, things[0])
    text = (
        f"Not found: the reports give no count of what the question asks; the nearest figure, "
        f"{fig}, counts “{things[0]}” [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu câu hỏi cần; số liệu gần nhất, {fig}, "
        f"là số “{things[0]}” [1]."
    )
    return _nearest_not_found(q, text, cit, language)


def not_online(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) asked of the online channel whose
    clause and paragraph say nothing of it, or whose own clause says only that its dossiers
    were entered into a records system (bot/channel.py); None when the answer stands."""
    if ans.abstained or not channel.asks_online(q.folded):
        return None
    pairs = _stated(ans)
    if not pairs or any(
        channel.says_online(c.quote, c.context) and not channel.entered_only(c.quote, fig)
        for fig, c in pairs
    ):
        return None
    cits = [c for _, c in pairs]
    text = (
        "Not found: the nearest figure the reports give is not said of the online channel [1]."
        if language == "en"
        else "Không tìm thấy: số liệu gần nhất trong báo cáo không nói về hình thức trực tuyến [1]."
    )
    return _nearest_not_found(q, text, cits[0], language)


def other_part(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose clause does not say the part of
    a breakdown the question narrows it to (bot/extractive/parts_said.py: the province's total for "cấp
    xã", the resolved count for "… quá hạn"); None when the answer stands."""
    if not parts_said.asked_parts(q):
        return None
    pairs = _stated(ans)
    missing = [parts_said.unsaid_parts(q, c.quote, c.context, c.section, f) for f, c in pairs]
    if not pairs or not all(missing):
        return None
    en = language == "en"
    (fig, cit), parts = pairs[0], parts_said.part_words(missing[0], en)
    text = (
        f"Not found: the reports give no figure for {parts}; the nearest figure, {fig}, is not "
        f"said of {parts} [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu số liệu {parts}; số liệu gần nhất, {fig}, "
        f"không nói về {parts} [1]."
    )
    return _nearest_not_found(q, text, cit, language)


def other_level(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) of another service level than the
    one asked, or of several levels together ("1.636 hồ sơ DVC mức 3, mức 4" for "mức độ 4");
    None when the answer stands."""
    pairs = _stated(ans)
    levels = [parts_said.other_levels(q, c.quote, fig) for fig, c in pairs]
    if not pairs or not all(levels):
        return None
    en = language == "en"
    fig, cit = pairs[0]
    asked = parts_said.level_words(asked_levels(q.expanded), en)
    theirs = parts_said.level_words(levels[0], en)
    text = (
        f"Not found: the reports give no figure for {asked} alone; the nearest figure, {fig}, "
        f"is of {theirs} [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu riêng số liệu {asked}; số liệu gần nhất, "
        f"{fig}, là của {theirs} [1]."
    )
    return _nearest_not_found(q, text, cit, language)


def other_label(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose clause says some of the
    question's words only as the label of another item of a breakdown ("2.058 hồ sơ bảo hiểm
    xã hội" received, for "trả … hồ sơ bảo hiểm xã hội" answered with the 271.215 returned;
    bot/extractive/said_elsewhere.py); None when the answer stands."""
    pairs = _stated(ans)
    owners = [labelled_elsewhere(q, c.quote, f, c.context, c.section) for f, c in pairs]
    if not pairs or not all(owners):
        return None
    (fig, cit), others = pairs[0], ", ".join(owners[0][:3])
    text = (
        f"Not found: the nearest figure, {fig}, is not said of what the question asks; its "
        f"passage says some of the question's words only of {others}, another item [1]."
        if language == "en"
        else f"Không tìm thấy: số liệu gần nhất, {fig}, không nói về điều câu hỏi hỏi; đoạn "
        f"trích chỉ dùng một số từ của câu hỏi cho số liệu khác: {others} [1]."
    )
    return _nearest_not_found(q, text, cit, language)


def not_target(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose passage sets no target when
    the question asks a target's value ("mục tiêu tỷ lệ … tích hợp" answered with the "đạt tỷ
    lệ 46%" reached; bot/target_asked.py); None when the answer stands."""
    pairs = _stated(ans)
    if (
        not pairs
        or not asks_target(q.folded)
        or any(
            sets_target(c.quote, parts_said.lead_of(c.quote, c.context), c.section)
            for _, c in pairs
        )
    ):
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports set no such target; the nearest figure, {fig}, is a result "
        f"reached, not a target [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu mục tiêu (chỉ tiêu) này; số liệu gần nhất, "
        f"{fig}, là kết quả đạt được, không phải mục tiêu [1]."
    )
    return _nearest_not_found(q, text, cit, language)


def parts_together(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose own words count the part asked
    together with a sibling the question does not ask ("trực tiếp và qua dịch vụ bưu chính:
    142.048" for "qua bưu chính"; bot/extractive/parts_said.py); None when the answer stands.
    Candidates after the first whose own words do not name the asked part (the sibling
    "trực tuyến: 31.275", the whole "tiếp nhận: 97.516" of the same clause) keep no answer
    open either: the part is said only together with another."""
    pairs = _stated(ans)
    joined = [parts_said.joined_parts(q, c.quote, f) for f, c in pairs]
    parts = set(parts_said.asked_parts(q))
    if (
        not pairs
        or not joined[0]
        or not all(
            j or not parts & parts_said.own_parts(c.quote, f)
            for j, (f, c) in zip(joined, pairs, strict=True)
        )
    ):
        return None
    en = language == "en"
    (fig, cit), asked = pairs[0], parts_said.part_words(parts_said.asked_parts(q), en)
    others = parts_said.part_words(joined[0], en)
    text = (
        f"Not found: the reports give no figure for {asked} alone; the nearest figure, {fig}, "
        f"counts it together with {others} [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu riêng số liệu {asked}; số liệu gần nhất, "
        f"{fig}, tính gộp cả {others} [1]."
    )
    return _nearest_not_found(q, text, cit, language)


# A quarter named as what a figure is compared with ("tăng hơn so với quý I", "tăng 50 hồ sơ so
# với cùng kỳ quý IV/2018"): the reference, not the figure's period (folded, up to two words
# between).
_COMPARED_WITH = re.compile(r"\bso voi (?:[a-z]+ ){0,2}$")
# How far before a named quarter `_COMPARED_WITH` looks (folded characters): "so với" and up to
# two words ("so với cùng kỳ ") fit in it; a "so với" further back belongs to another clause.
_COMPARED_WINDOW = 30


# A quarter the question names only as what the asked figure is compared with ("tăng bao nhiêu
# so với quý IV/2018", "how many more than in Q4 2018"): the question asks no quarter's figure
# of its own (folded).
_QUARTER_NAMED = r"(?:quy\s+(?:iv|i{1,3}|[1-4])|q[1-4]|quarter\s+[1-4]|(?:first|second|third|fourth)\s+quarter)"
_COMPARED_REF = re.compile(
    rf"\b(?:so voi|than(?: in)?|compared (?:with|to)|versus|vs\.?)\s+(?:[a-z]+ ){{0,2}}?{_QUARTER_NAMED}"
)


def quarter_only_compared(folded: str) -> bool:
    """Whether every quarter a (folded) question names stands only after "so với / than /
    compared with" (`_COMPARED_REF`): a reference, not the period asked."""
    if not _COMPARED_REF.search(folded):
        return False
    return not re.search(rf"\b{_QUARTER_NAMED}\b", _COMPARED_REF.sub(" ", folded))


def _names_quarter(quarter: int, *texts: str) -> bool:
    """Whether any of the texts names the quarter ("quý I", "quý 1") as its own period, not
    only as what it is compared with (`_COMPARED_WITH`)."""
    roman = ("i", "ii", "iii", "iv")[quarter - 1]
    said = re.compile(rf"\bquy\s+(?:{quarter}|{roman})\b")
    return any(
        not _COMPARED_WITH.search(f[max(0, m.start() - _COMPARED_WINDOW) : m.start()])
        for t in texts if t
        for f in (fold(t),)
        for m in said.finditer(f)
    )  # fmt: skip


def longer_period(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) of a report covering more than the
    quarter asked ("6 tháng đầu năm 2022" for "quý I/2022") whose passage never names that
    quarter: the figure is the whole period's, not the quarter's; None when the answer stands."""
    pairs = _stated(ans)
    # (a quarter one side of a comparison names is that side's, asked of it alone)
    # (a longer period the question names beside the quarter is asked too: "Q1 2019 vs H1 2022")
    if (
        not pairs
        or not q.quarter
        or quarter_owner(q) is not None
        or LONGER_PERIOD.search(q.folded)
        or quarter_only_compared(q.folded)
        or any(
            quarters_of(c.period) <= {q.quarter}
            or _names_quarter(q.quarter, c.quote, c.context, c.section)
            for _, c in pairs
        )
    ):
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports give no figure for quarter {q.quarter} alone; the nearest "
        f"figure, {fig}, is of the report's whole period ({cit.period}) [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu riêng số liệu quý {q.quarter}; số liệu gần "
        f"nhất, {fig}, là của cả kỳ báo cáo ({cit.period}) [1]."
    )
    return _nearest_not_found(q, text, cit, language)


def _unsaid(ans: Answer, asked: bool, said: re.Pattern[str]) -> list[tuple[str, Citation]]:
    """The figures an answer states (or its candidates) when the question asks something
    (`asked`) that none of their clauses, with what its sentence says before it, says
    (`said`); none when it is not asked, or said of one of them."""
    pairs = _stated(ans)
    if not asked or any(
        said.search(fold(f"{parts_said.lead_of(c.quote, c.context)} {c.quote}")) for _, c in pairs
    ):
        return []
    return pairs


# A question about something national (the national portal, database, platform) and a passage
# that says it ("Cổng Dịch vụ công Quốc gia", "NGSP", "CSDLQG"). The national press is the
# reports' "báo chí Trung ương" (`core/lexicon.tsv`), no national system: not asked here.
_NATIONAL = re.compile(r"\b(?:quoc gia|national)\b(?! (?:press|papers?|newspapers?|media)\b)")
_SAYS_NATIONAL = re.compile(r"\b(?:quoc gia|qg|ngsp|csdlqg|national)\b")


def not_national(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose clause, and what its sentence
    says before it, say nothing national when the question asks about something national ("on
    the national public service portal" answered from the province's own portal); None when
    the answer stands."""
    pairs = _unsaid(ans, _NATIONAL.search(q.folded) is not None, _SAYS_NATIONAL)
    if not pairs:
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the nearest figure, {fig}, is not said of anything national [1]."
        if language == "en"
        else f"Không tìm thấy: số liệu gần nhất, {fig}, không nói về cấp quốc gia [1]."
    )
    return _nearest_not_found(q, text, cit, language)


# Satisfaction asked ("tỷ lệ người dân hài lòng", "satisfaction rate", q.expanded reads the
# English as "hai long") and said: a measure of its own, which a resolution or on-time rate
# of the same dossiers or petitions is not.
_SATISFACTION = re.compile(r"\bhai long\b")


def not_satisfaction(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose clause, and what its sentence
    says before it, say nothing of satisfaction when the question asks a satisfaction measure
    ("tỷ lệ người dân hài lòng với việc giải quyết phản ánh" answered with the share of
    petitions resolved); None when the answer stands."""
    pairs = _unsaid(ans, _SATISFACTION.search(q.expanded) is not None, _SATISFACTION)
    if not pairs:
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports give no satisfaction figure for this; the nearest figure, "
        f"{fig}, measures something else [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu mức độ hài lòng này; số liệu gần nhất, "
        f"{fig}, đo một chỉ tiêu khác [1]."
    )
    return _nearest_not_found(q, text, cit, language)


# Dossiers resolved asked ("đã giải quyết bao nhiêu hồ sơ", "how many … resolved"); not
# "handled" or "processed", which a procedure done at an office is too.
_RESOLVED = re.compile(r"\b(?:giai quyet|resolved?|settled)\b")


def _received(quote: str, context: str, figure: str) -> bool:
    """Whether the figure's clause (read with what its sentence says before it) says its
    dossiers were received ("tiếp nhận … 41.208 hồ sơ (trong đó: … mức độ 3 là 20.455 …)")."""
    lead = parts_said.lead_of(quote, context)
    wanted = frozenset(figures(figure))
    sites = _figures_of(f"{lead} {quote}" if lead else quote, [])
    mine = next((s for s in sites if frozenset(figures(s.figure)) == wanted), None)
    if mine is None:
        return False
    # an item is of what its headline's words say: "tổng số hồ sơ tiếp nhận …: 41.208 (…)"
    toks = [*mine.head, *mine.own]
    said = " ".join(toks)
    return mine.action == ACTIONS[0] or (
        any(action_at(toks, i) == ACTIONS[0] for i in range(len(toks)))
        and not _RESOLVED.search(said)
    )


def received_not_resolved(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) of dossiers received when the
    question asks dossiers resolved and names no receiving ("đã giải quyết bao nhiêu hồ sơ
    dịch vụ công mức độ 3" answered with the level-3 dossiers received); None when the answer
    stands."""
    pairs = _stated(ans)
    if (
        not pairs
        or counted.asked_noun(q.folded) != "ho so"
        or not _RESOLVED.search(q.folded)
        or asked_action(q) is not None
        or any(not _received(c.quote, c.context, f) for f, c in pairs)
    ):
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports give no such count of dossiers resolved; the nearest figure, "
        f"{fig}, counts dossiers received [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số hồ sơ đã giải quyết này; số liệu gần "
        f"nhất, {fig}, là số hồ sơ tiếp nhận [1]."
    )
    return _nearest_not_found(q, text, cit, language)
