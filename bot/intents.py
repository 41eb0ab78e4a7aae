"""What a question asks, decided before retrieval: a figure, a percentage, a report's own facts
(its number, agency, date, signer, title, period), a section or list, a comparison, small talk,
or something outside the reports. `AnswerService` routes each intent to its own answerer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.docref_ask import ACROSS_REPORTS
from bot.intents_types import (
    WANTS_NUMBER,
    WANTS_PERCENT,
    is_comparison,
    says_summary,
)
from bot.kind_words import LIMITS_OTHER_WORDS, TASKS_EN
from bot.province_ranked import ranks_provinces
from bot.report_subject import about_document
from bot.smalltalk_kind import smalltalk_kind
from core.query import ParsedQuery
from core.text import MONTH_NAME
from index.metadata import Report


class Intent(StrEnum):
    """The kinds of question the service tells apart."""

    FIGURE = "figure"  # a count, amount, score or rank
    PERCENT = "percent"  # a share or rate
    REPORT_FACT = "report_fact"  # a report's own number, agency, date, signer, title, period
    SECTION = "section"  # a section, list or summary of what a report says
    COMPARISON = "comparison"  # two provinces or two periods side by side
    PASSAGE = "passage"  # which/what/who about the content: answered by the quoted line
    SMALLTALK = "smalltalk"  # greetings, thanks, "who are you", "ok"
    OUT_OF_SCOPE = "out_of_scope"  # nothing the reports are about


# Report fields, in the order an answer gives them (all of them for "which reports are there").
FIELDS = ("number", "agency", "date", "signer", "title", "period")
# Asked alone ("báo cáo 140/BC-UBND của tỉnh nào?", "ký với danh nghĩa gì?", "gửi những cơ
# quan nào?"), never listed with every field.
ONE_FIELD_ONLY = ("province", "role", "recipients")


@dataclass(frozen=True)
class Asked:
    """A question's intent; for report facts, the fields asked (all of them when it asks what
    reports there are or about a report in general); for small talk, its kind."""

    intent: Intent
    fields: tuple[str, ...] = ()
    smalltalk: str = ""  # greet | thanks | who | help | ack | bye
    smalltalk_en: bool = False  # worded in English


# ---------------------------------------------------------------------------------------------
# Report facts

_REPORT = re.compile(r"\b(bao cao|report|reports|van ban|document|bc)\b|\d+\s*/\s*bc\b")
# What "by" names when it is a time ("issued by end of March", "by 15/4", "by Q3"), not an agent.
# What a making verb ("which unit compiled", "who drew up") may have before the report or "it"
# it makes: a determiner and at most `MADE_WORDS` words ("the binh phuoc 2021 report"); a count,
# a comparison or a list made ("the most dossiers in X's report", "the list of … in it") is the
# report's content, not the report.
MADE_WORDS = 3
_MADE_WHAT = rf"(?:(?:the|this|that|its|their) )?(?:[a-z0-9/&'’-]+ ){{0,{MADE_WORDS}}}?"
_MADE_NOT = r"(?:(?:the|a) )?(?:most|more|fewest|fewer|least|less|many|much|list|all)\b"
_BY_TIME = (
    r"(?:the )?(?:end|mid|late|early|close|now|then|today|\d+|q[1-4]|quarter|year|month|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b"
)
_FIELD_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("signer", re.compile(
        r"\b(ai ky|ai da ky|nguoi ky|ky boi|do ai ky|ky ten|chu ky cua ai|who signed|signed by|"
        r"signatory|signer|who signs|signed (?:it|off|the)|put (?:their|his|her) name|"
        r"put (?:their|his|her) signature|under whose name|"
        r"name (?:is )?(?:on|under) the|whose signature|"
        # "which official (name) signed", "what officer signed": a person asked by a signing
        r"(?:which|what) (?:official|officer|person|leader)\W+(?:name\W+)?signed)\b")),
    ("number", re.compile(
        r"\b(so hieu|so ky hieu|ky hieu|so may|so bao nhieu|"
        # "số và ngày (của) báo cáo", "ngày, số báo cáo": a report's number and date together
        # ("số ngày" alone counts days; "ngày và số hồ sơ" counts dossiers)
        r"so(?=,? va ngay\b|, ngay\b)|(?<=\bngay va )so(?= (?:cua )?(?:bao cao|van ban)\b|\W*$)|"
        r"(?<!trong )so van ban"
        # "số văn bản QPPL / chỉ đạo / đã ban hành": how many documents, not a number
        r"(?! (?:quy pham|qppl|chi dao|huong dan|dieu hanh|dien tu|da|duoc|ban hanh|den|di)\b)|"
        r"so cua bao cao|"
        r"bao cao so gi|report number|doc(?:ument)? number|reference number|what number|"
        # "doc no.", "document no": the number asked (not "doc no. 12": one named)
        r"doc(?:ument)? no(?![.\s]*\d)|"
        # "the … report - what's its number": the report named, its number asked
        r"(?:what(?:'s| s| is| was) )its (?:doc(?:ument)? |reference |official )?number|"
        r"which number|number of the report|report no(?![.\s]*\d)|reference(?! to)|ref no|"
        r"number (?:and|or) (?:the )?(?:date|signer|title|agency|period)|"
        r"(?:date|signer|title|agency|period),? (?:and|or) (?:the )?number|"
        # the report named by its agency's long name ("… Department of Information and
        # Communications report"), not by a place or thing it counts in ("… dossiers in the
        # Hai Duong report" is a count)
        # (a possessive agency's words count: "the Ha Tinh ICT department's report")
        r"number(?:\s*/\s*symbol| and symbol)? of (?:the |this |that )(?:(?!(?:in|on|at|from|for|by|with) )[a-z0-9'’]+ ){0,9}?"
        r"report|"
        r"number of (?:[a-z]+ ){0,5}[a-z]+['’]s (?:(?!in |on |from |of |for )[a-z0-9]+ ){0,5}?report|"
        r"report['’]?s? number|"
        # "what is report 140 numbered": the report or "it" numbered, nothing after ("the
        # report numbered 140" names it; "tasks numbered in section III" are its items)
        r"(?:is|was) (?:the |this |that )?(?:[a-z0-9'’/-]+ ){0,4}?(?:report|it)\b[^?]{0,40}\bnumbered(?=\s*\??\s*$))\b")),
    ("date", re.compile(
        r"\b(ngay nao|ngay may|ngay bao nhieu|ngay thang nao|ngay thang(?: nam)? ban hanh|"
        r"(?<=\bso va )ngay|(?<=\bso, )ngay|(?<=\bnumber and )date|(?<=\bnumber, )date|ngay(?= va so (?:cua )?(?:bao cao|van ban)\b| va so\W*$)|"
        r"ban hanh ngay|ban hanh khi nao|"
        r"ky ngay|ngay ky|ngay ban hanh|ngay lap|ngay phat hanh|thoi gian ban hanh|khi nao|"
        r"luc nao|bao gio|thoi diem nao|(?:lap|ky|ban hanh|gui) vao thoi gian nao|when|what date|"
        # "dated 3 March 2021", "issued on 12/4": the date picks the report, it is not asked
        r"which date|dated(?! (?:on )?\d)|date of|issue date|(?:what|which) year was|"
        r"issued on(?! \d)|signing date|date issued|date signed|"
        # "what day was it signed", "which day is the report dated"
        r"(?:what|which) day (?:was|is|were|did)(?= [^?]{0,60}?\b(?:signed|issued|dated|sign|issue)\b))\b")),
    ("agency", re.compile(
        # a plural asking which units ("các sở nào", "những đơn vị nào") asks those the report
        # names (one report, one issuer), a "văn bản" they issued too; only the issuer of the
        # report itself ("… nào lập báo cáo", "… văn bản này") is its agency
        r"\b((?<!nhung )(?<!cac )(?<!nhung co quan, )(?<!cac co quan, )"
        r"(?:co quan nao|don vi nao|so nao)|"
        r"(?:co quan|don vi|so) nao (?:da )?(?:ban hanh|lap|soan(?: thao)?) "
        r"(?:bao cao|van ban nay)\b|"
        r"ai ban hanh|ai lap|ai gui|do ai(?! ky)|cua ai|"
        r"noi ban hanh|co quan ban hanh|don vi ban hanh|co quan lap|which agency|what agency|"
        r"which office|which department|who issued|who wrote|who prepared|who sent|"
        # "issued by end of March": a time, not who issued
        rf"issued by(?! {_BY_TIME})|"
        # "issuing" as the issuer's post ("the issuing agency"), not an act the report tells of
        # ("the circulars it helped with issuing")
        r"the issuing(?! (?:date|day|time|of)\b)|"
        r"issuing (?:agency|body|authority|office|department|unit|organi[sz]ation)|"
        # a body asked by the act of making the report ("which authority issued", "which unit
        # compiled", "who drew up the report")
        r"(?:which|what) (?:authority|organ|entity|unit|body|agency|office|department|"
        r"organi[sz]ation) (?:issued|released|published|compiled|prepared|produced|wrote|"
        rf"drafted|drew up|put out)(?= (?!{_MADE_NOT}){_MADE_WHAT}(?:report|it)\b)|"
        r"who (?:drew up|compiled|produced|drafted|released|put out)"
        rf"(?= (?!{_MADE_NOT}){_MADE_WHAT}(?:report|it)\b)|"
        r"agency|authored|author|prepared by|written by|which organi[sz]ation|"
        r"what organi[sz]ation|which body|issuer|who published|don vi lap|co quan soan)\b")),
    ("title", re.compile(
        r"\b(tieu de|ten bao cao|ten cua bao cao|ten goi|ten day du|trich yeu|ve viec gi|"
        r"(?<!ke )(?<!neu )ten (?:la )?gi|co ten|mang ten|(?<!ke )(?<!neu )ten la|"
        r"ve van de gi|ve noi dung gi|title|titled|called|subject of|subject line|name of the report|"
        r"report s name|report name|report about|report is about|name of the|"
        r"what (?:is|was) (?:the )?report [^?]{0,40}?about|(?:is|was) about what|"
        r"what (?:is|was) it about)\b")),
    ("province", re.compile(
        r"\b(cua tinh nao|thuoc tinh nao|tinh nao ban hanh|la cua tinh nao|"
        r"which province|what province|from which province)\b")),
    ("period", re.compile(
        r"\b(ky bao cao nao|ky nao|giai doan nao|thoi ky nao|khoang thoi gian nao|quy may|"
        r"quy nao|nam nao|thang nao|6 thang nao|what period|which period|which quarter|"
        r"what quarter|which year|what year|period covered|period does|covers what|"
        r"cover what|time period|time span|timespan|time ?frame|which months|what months|(?<!ai )(?<!nguoi )(?<!ngay )(?<!da )(?<!trong )ky bao cao (?:cua|la)|"
        r"bao cao quy may|so lieu tinh|reporting period|period of the report|is covered)\b")),
)
# A date the question gives to say which report it means ("the report dated 3 March 2021",
# "báo cáo ký ngày 8/11/2020"): the date word there selects the report, it does not ask its
# date. Day/month(/year) in digits, or a day and an English month (either order).
_MONTH = MONTH_NAME + r"\.?"
_DATE_VALUE = (
    rf"(?:\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}} thang \d{{1,2}})"
)
_DATE_GIVEN = re.compile(
    rf"\b(?:dated|issued on|signed on|date of|(?:ban hanh|ky|lap) ngay|ngay (?:ban hanh|ky))"
    rf"\s+(?:ngay\s+)?{_DATE_VALUE}"
)
# "What reports are there", "tell me about report X": every field.
_REPORTS_LIST = re.compile(
    r"\b(bao nhieu bao cao(?! vien)|(?:co )?may bao cao(?! vien)|how many reports|"
    r"number of reports|so luong bao cao(?! vien)|"
    r"nhung bao cao nao|co bao cao nao|cac bao cao nao|danh sach bao cao|liet ke bao cao|"
    r"bao cao nao co|co nhung bao cao|which reports|what reports|list of reports|list the reports|"
    r"list reports|reports do you have|reports are there|thong tin bao cao|thong tin ve bao cao|"
    r"thong tin cua bao cao|about the report|report details|details of the report)\b"
)
# "Which report mentions …", "báo cáo nào đề cập đến …": the reports that do (every field).
MENTIONS = re.compile(
    r"\b(?:bao cao nao|nhung bao cao nao|cac bao cao nao|which reports?|what reports?)"
    r"(?:\s+(?!(?:and|or|va|hoac)\b)[a-z0-9']+){0,4}?\s+(?:co )?(?:de cap|noi ve|nhac den|nhac toi|bao cao ve|viet ve|co so lieu ve|mention\w*|"
    r"talks? about|discuss\w*|covers?|report(?:s|ed)? on|contains?|includes?|says? something about|"
    r"has (?:figures|data) on|gives? (?:figures|data) (?:on|for))\b"
)
# The newest report named: the fields asked of it, or all of them.
_NEWEST_REPORT = re.compile(
    r"\b(bao cao moi nhat|bao cao gan day nhat|bao cao gan nhat|latest report|"
    r"most recent report|newest report|earliest report|oldest report)\b|"
    r"\b(?:bao cao|report)(?: nao| was| is)?(?: duoc)? (?:ban hanh|ky|gui|lap|issued|published|"
    r"signed|dated|written) (?:gan day nhat|moi nhat|som nhat|dau tien|most recently|latest|"
    r"last|earliest|first)\b"
)
# Another kind of document named: its number or date is in the report's text, not its header.
_OTHER_DOC = re.compile(
    r"\b(ke hoach|quyet dinh|nghi quyet|chi thi|cong van|thong tu|nghi dinh|de an|chuong trinh|"
    r"plan|decision|resolution|directive|decree|circular|programme|program)\b"
)
# The subject a report is named by: "báo cáo về Đề án …", "the report on the scheme …".
_ABOUT = re.compile(
    r"\b(?:bao cao|report)\s+(?:ve|on|about)\b.*?(?=\b(?:do|duoc|co|la|ky|ban hanh|who|which|"
    r"what|when|was|is)\b|$)"
)
# "Report" as what someone did ("what did the office report about …", "what has the ward
# reported on …"): no report's own field is asked. After a determiner, a possessive or a verb
# that takes it ("did the ward send in its report on flood drills", "does Lorem ward's report
# on … show"), "report" is the noun, not the verb.
_REPORT_VERB = re.compile(
    r"\b(?:did|does|do|has|have|had|will|to)\b(?:\s+[\w']+){0,8}?\s+"
    r"(?<!\bits )(?<!\bthe )(?<!\btheir )(?<!\bthis )(?<!\bthat )(?<!\ba )(?<!\bissue )(?<!['’]s )"
    r"(?<!\bpublish )(?<!\bsend )(?<!\bsubmit )(?<!\bsign )(?<!\bwrite )(?<!\bprepare )"
    r"report(?:ed|s)?\s+(?:about|on|regarding)\b"
)
# "Which districts did the report name as …": "name" the report's verb (it names them), not
# the report's name asked ("what is the report name?").
# "Which period does the X report on Y cover?": the auxiliary's own bare verb ends the question
# after "report on …", so "report" is the subject's noun there, not the verb.
# Only when no clause break lies between (", and what figures does it give?" is its own clause).
_NOUN_BEFORE_VERB = re.compile(r"\b(?:cover|carry|bear|span|show)\s*\??\s*$")
_CLAUSE_BREAK = re.compile(r",|\band\s+(?:what|which|how|when|where|who|why)\b")
_REPORT_NAMES = re.compile(
    r"\b(?:did|does|do)\b(?:\s+[\w']+){0,8}?\s+reports?\s+name(?=\s+(?:as|for|among)\b)"
)
_ASKS_COUNT = re.compile(
    r"\b(bao nhieu|how many|how much|so luong|ty le|percent|percentage|per cent|proportion|"
    r"fraction)\b"
)

# ---------------------------------------------------------------------------------------------
# The rest

_SECTION = re.compile(
    r"\b(liet ke|ke ten|nhung nhiem vu|cac nhiem vu|nhiem vu (?:gi|nao)|nhung giai phap|cac giai phap|nhung kho khan|"
    r"kho khan|han che|ton tai|nhung ket qua|tom tat|tom luoc|noi dung chinh|de xuat|kien nghi|"
    r"phuong huong|nhiem vu trong tam|list|summary|summarise|summarize|overview|rundown|main points|"
    r"difficulties|shortcomings|limitations|recommendations|proposals|solutions|key tasks|"
    + TASKS_EN + "|" + LIMITS_OTHER_WORDS + r")\b"
)


def read_intent(
    q: ParsedQuery,
    known: Callable[[str], bool] | None = None,
    follow_up: bool = False,
    reports: Sequence[Report] | None = None,
) -> Asked:
    """The intent of a parsed question. `known(expanded)`, when given: whether its words touch
    the reports; a question that does not, naming no place or period, is out of scope. (The
    service decides that after retrieval, from the retrieved chunks: see AnswerService.)
    `follow_up`: the conversation has history (see smalltalk_kind). `reports`, the index's
    when at hand: a change since a year with no report of it is no comparison."""
    folded = q.folded
    talk = smalltalk_kind(folded, follow_up)
    if talk is not None:
        return Asked(Intent.SMALLTALK, smalltalk=talk[0], smalltalk_en=talk[1])
    fields = report_fields(folded)
    if fields:
        return Asked(Intent.REPORT_FACT, fields=fields)
    if is_comparison(q, reports):  # the typed answerers' test: comparisons go to the table answerer
        return Asked(Intent.COMPARISON)
    if WANTS_PERCENT.search(folded):
        return Asked(Intent.PERCENT)
    if WANTS_NUMBER.search(folded):
        return Asked(Intent.FIGURE)
    if _SECTION.search(folded):
        return Asked(Intent.SECTION)
    if known is not None and not (q.provinces or q.years) and not known(q.expanded):
        return Asked(Intent.OUT_OF_SCOPE)
    return Asked(Intent.PASSAGE)


# Who signed, and the words for a post held (English).
_WHO_SIGNED = r"(?:signer|signatory|person who signed|official who signed)"
_POST = r"(?:position|title|role|post|rank)"
# In what capacity a report is signed ("KT. Chủ tịch", "KT. Giám đốc, Phó Giám đốc"): the
# signature block's role, asked of a report or of its signing.
_SIGNER_ROLE = re.compile(
    r"\b((?:ky )?voi (?:chuc danh|chuc vu|tu cach|danh nghia) (?:gi|nao)|ky thay|"
    r"chuc danh (?:gi|nao|cua nguoi ky)|chuc vu (?:gi|nao|cua nguoi ky)|danh nghia (?:gi|nao)|"
    r"thay mat (?:cho )?(?:ai|ai ky|co quan nao)|(?:what|which) position|(?:in )?what capacity|"
    r"on behalf of (?:whom|who)|signed (?:it )?as what|"
    # the signer's title or post, not the report's title: "what title does the signatory hold"
    rf"{_WHO_SIGNED}(?:'s| s) (?:job )?{_POST}|{_POST} (?:of|held by) (?:the )?{_WHO_SIGNED}|"
    rf"(?:what|which) (?:job )?{_POST} (?:does|did|do|is|was|has|had) (?:the )?{_WHO_SIGNED}|"
    # "what post did she sign in", "signed with which title": the post signed in
    rf"(?:what|which) (?:job )?{_POST} (?:does|did|do|was|were) (?:he|she|they) sign|"
    rf"sign(?:ed|s)? (?:it |the report )?(?:under|in|with) (?:what|which) (?:job )?{_POST})\b"
)
_SIGNING = re.compile(r"\b(ky|signed|signs|signer|signatory)\b")
# "Trong kỳ báo cáo" folds like "ký báo cáo": the reporting period, no signing.
_PERIOD_KY = re.compile(r"\b(?:trong|cua|moi|theo|cung|suot|dau|cuoi) ky bao cao\b")
# A post an event of the report's content fills ("bổ nhiệm những chức danh nào", "which posts
# were filled by recruitment"): the posts the report lists, not the signature's role, unless
# the signer is named outright.
_POST_EVENT = re.compile(
    r"\b(bo nhiem|bau|tuyen dung|de bat|dieu dong|luan chuyen|biet phai|thi tuyen|xet tuyen|"
    r"appoint\w*|recruit\w*|elect(?:ed|s)?|promot\w*|hir(?:e|ed|ing))\b"
)
_SIGNER_NAMED = re.compile(r"\b(nguoi ky|ky voi|ky thay|signer|signatory|signed|signs)\b")
# Whom a report is sent to: its "Nơi nhận" list.
_RECIPIENTS = re.compile(
    r"\b(noi nhan|gui (?:den |toi |cho )?(?:nhung |cac )?(?:co quan|don vi|noi) nao|"
    r"gui (?:den |toi |di )?(?:nhung )?(?:dau|noi dau)|"
    r"gui (?:den|toi|cho) ai|recipients?|sent to (?:which|whom|what|who)|who (?:received|receives)|"
    r"addressed to|distribution list|distributed to (?:which|whom|what|who)|"
    # "to which ministry was it sent", "which agencies did they submit it to"
    r"to (?:which|what|whom)\b(?: [a-z']+){0,12}? (?:send|sent|submit(?:ted)?|forward(?:ed)?)|"
    r"(?:send|sent|submit(?:ted)?|forward(?:ed)?) (?:it |the report )?to (?:which|whom|what|who)|"
    r"(?:which|what|whom?) (?:[a-z0-9/']+ ){0,12}?(?:send|sent|submit(?:ted)?|forward(?:ed)?) "
    # "… sent to?", "… sent to for consolidation?": the stranded "to" asks the recipient
    r"(?:[a-z0-9/']+ ){0,4}?to(?=\W*$| for [a-z]+(?: [a-z]+)?\W*$))\b"
)
# The dates a report's figures run between ("số liệu tính từ ngày nào đến ngày nào"): its
# period, with the data span its title states.
_DATA_SPAN_ASKED = re.compile(
    r"\b(tu ngay nao|den ngay nao|tinh (?:tu|den) (?:ngay )?nao|den het ngay nao|"
    r"so lieu [^?]{0,60}?\btinh (?:tu|den)|"
    r"(?:data|figures?|numbers|statistics) (?:[a-z0-9']+ ){0,8}?(?:cover|run|span)\w*|"
    r"date range|range of dates|which dates|what dates|cut ?off date|as of what date)\b"
)


_TITLE_WORDS = dict(_FIELD_WORDS)["title"]
_DATE_WORDS = dict(_FIELD_WORDS)["date"]
# A name asked beside who signed ("ai ký, tên gì?", "who signed it and what is their name"): the
# signer's name; "tên báo cáo", "the name of the report" still ask the title.
_SIGNER_NAME = re.compile(
    r"\b(?:ho (?:va )?ten|ten (?:la )?gi|ten la|co ten|ten day du|ten nguoi ky|"
    r"(?:what s|what is|whats) (?:his|her|their|the signer s) (?:full )?name|"
    r"name of (?:the )?(?:(?:deputy|vice|acting) )?(?:signer|signatory|person|official|"
    r"director|chairman|chairwoman|chairperson|chief|head|leader|officer))\b"
    r"(?! (?:cua )?(?:bao cao|van ban|report))"
)
_REPORT_NOUN = re.compile(r"\b(?:bao cao|reports?)\b")


def _report_asked_first(folded: str, asking: list[re.Pattern[str]]) -> bool:
    """Whether the first document a question names from its first asking words on is the
    report ("số hiệu và ngày ban hành báo cáo của Sở … về Đề án …", "the number and date of
    the report on the scheme"): the fields are the report's own, the other document named
    after it is what the report is about. "Số hiệu của kế hoạch … trong báo cáo" asks the
    plan's."""
    starts = [m.start() for p in asking if (m := p.search(folded))]
    if not starts:
        return False
    rest = folded[min(starts) :]
    report, other = _REPORT_NOUN.search(rest), _OTHER_DOC.search(rest)
    return report is not None and (other is None or report.start() < other.start())


def _signing_asked(folded: str, named: bool) -> bool:
    """Whether a post asked ("chức danh nào") is the signature's: the signer named outright, or
    a report or signing named with no event of the report's content filling the post
    ("đã bổ nhiệm những chức danh nào trong kỳ báo cáo" lists the posts filled)."""
    if _SIGNER_NAMED.search(folded):
        return True
    if _POST_EVENT.search(folded):
        return False
    rest = _PERIOD_KY.sub(" ", folded)
    return (named and bool(_REPORT.search(rest))) or bool(_SIGNING.search(rest))


def _report_verb_out(folded: str) -> str:
    """The question without "report" as a verb ("what did the office report about X", "which
    units did the report name as …"): the verb, not a report's subject or name asked."""
    verb = _NOUN_BEFORE_VERB.search(folded)
    folded = _REPORT_VERB.sub(
        lambda m: m.group(0)
        if verb and m.end() <= verb.start() and not _CLAUSE_BREAK.search(folded[m.end() : verb.start()])
        else " ",
        folded,
    )
    return _REPORT_NAMES.sub(" ", folded)


def report_fields(folded: str) -> tuple[str, ...]:
    """The report fields a question asks for; () when it is not about a report itself. "Ai ký"
    always is; the other fields need the question to name a report ("báo cáo", "report", a
    report number) and not to ask for a count ("báo cáo ... có bao nhiêu ...")."""
    if _REPORTS_LIST.search(folded) or MENTIONS.search(folded):
        return FIELDS
    # "qua các kỳ báo cáo", "across the reports": when, over every report; no report's own
    # field asked ("chỉ thị nêu qua các kỳ báo cáo ký ngày nào" asks of the directive each names)
    folded = ACROSS_REPORTS.sub(" ", folded)
    named = bool(_REPORT.search(folded))
    if _SIGNER_ROLE.search(folded) and _signing_asked(folded, named):
        return ("role",)
    if named and _RECIPIENTS.search(folded):
        # "which agency wrote it, and to which department is it sent": the other fields its
        # words ask outside the recipients' ("which department" there is a recipient)
        rest = _RECIPIENTS.sub(" ", folded)
        also = [name for name, pattern in _FIELD_WORDS if pattern.search(rest)]
        return tuple(f for f in FIELDS if f in also) + ("recipients",)
    if named and _DATA_SPAN_ASKED.search(folded) and not _ASKS_COUNT.search(folded):
        return ("period",)
    folded = _report_verb_out(folded)
    found = [name for name, pattern in _FIELD_WORDS if pattern.search(folded)]
    if "province" in found and ranks_provinces(folded):
        found.remove("province")  # "which province did more …": a comparison, not a report's
    # a date given to select the report is not its date asked, unless nothing else is asked
    selecting = _DATE_GIVEN.sub(" ", folded)
    if found != ["date"] and not _DATE_WORDS.search(selecting):
        folded, found = selecting, [f for f in found if f != "date"]
    if _NEWEST_REPORT.search(folded):
        # "tóm tắt báo cáo mới nhất của Hà Tĩnh": that report's summary, not its header
        if says_summary(folded) and not found:
            return ()
        return tuple(f for f in FIELDS + ONE_FIELD_ONLY if f in found) or FIELDS
    if "signer" in found:
        if "title" in found and not _TITLE_WORDS.search(_SIGNER_NAME.sub(" ", folded)):
            found.remove("title")  # "ai ký, tên gì": the signer's name, not the report's title
        return tuple(f for f in FIELDS + ONE_FIELD_ONLY if f in found)
    if not found or not _REPORT.search(folded):
        return ()
    # A count asked outside the field's own words ("ngay bao nhieu" asks a date, "bao cao ...
    # co bao nhieu ho so" a figure).
    rest = re.sub(r"\b(?:ngay|so|quy|nam|thang) bao nhieu\b", " ", folded)
    for name, pattern in _FIELD_WORDS:
        if name in found:
            rest = pattern.sub(" ", rest)
    if _ASKS_COUNT.search(rest) and "number" not in found:
        return ()
    # "báo cáo về Đề án …": what the report is about, not another document asked for
    about = _ABOUT.sub(" ", folded)
    if (
        _OTHER_DOC.search(about)
        and not re.search(r"\d+\s*/\s*bc\b", folded)
        and not _report_asked_first(folded, [p for n, p in _FIELD_WORDS if n in found])
        and not about_document(folded)  # "báo cáo thực hiện Kế hoạch 12": the report's
    ):
        return ()  # "theo bao cao, ke hoach CCHC so may?": the plan's number
    # "do ai ky" names the signer, not the agency; "khi nao" with "ky" is the signing date.
    return tuple(f for f in FIELDS + ONE_FIELD_ONLY if f in found)
