"""What kind of answer a question wants beyond one figure: a report section, a summary, a list,
or a comparison table. One detection function per type, read from the folded question (with or
without diacritics, Vietnamese or English); the router calls them before the figure path."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.compare_since import since_compared
from bot.kind_words import CAME_TO, HOW_FAR, LIMITS_OTHER_WORDS, TASKS_EN, TASKS_VI
from bot.list_gloss import NOT_PLURAL, vi_gloss
from bot.main_results import MAIN_RESULTS, PLAIN_SUMMARY
from bot.summary_asked import PART_ASKED
from core.places import province_spans
from core.query import ParsedQuery
from index.metadata import Report

# Section kinds and the words that name them: in the question, and in a section's heading.
SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "limits": ("han che", "ton tai", "kho khan", "vuong mac", "bat cap", "yeu kem"),
    "causes": ("nguyen nhan",),
    "proposals": ("kien nghi", "de xuat"),
    "tasks": ("phuong huong", "nhiem vu", "giai phap", "thoi gian toi"),
    "strengths": ("uu diem", "mat tich cuc", "tich cuc", "mat duoc"),
    "results": ("ket qua",),
}
_QUESTION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("limits", re.compile(
        r"\b(han che|ton tai|kho khan|vuong mac|bat cap|yeu kem|limitations?|shortcomings?|"
        r"problems?|difficult(y|ies)|weakness(es)?|obstacles?|challenges?|(?<!to )issues?|"
        + LIMITS_OTHER_WORDS + "|"
        # what holds the work back, said as a verb ("what is holding X back", "what
        # hampered …"): its limits
        r"hold(?:s|ing)? back|held back|hold(?:s|ing)? \w+ back|hinder\w*|hamper\w*|"
        r"imped(?:e|es|ed|ing|iments?)|bottlenecks?|drawbacks?|stumbling blocks?)\b")),
    ("causes", re.compile(r"\b(nguyen nhan|causes?|reasons?|why)\b")),
    ("proposals", re.compile(
        r"(?<!phan anh )\b(kien nghi|de xuat|recommend\w*|propos\w*|request\w*)\b|"
        # "what does Hải Dương ask the ministries to issue guidance on": what it asks for;
        # "what did the province ask the ministries for": the same asks, said with "for"
        # ("was asking … to relax", "calling on", "urging": the same verbs in -ing and past;
        # "what X is asking for" stays the whole report's gist a summary question reads)
        r"\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? on|urg(?:es?|ed|ing))\s[^?]{0,80}?\bto\s|"
        r"\b(?:asks?|asked)\s[^?]{0,80}?\bfor\b")),
    ("tasks", re.compile(
        r"\b(phuong huong|giai phap|thoi gian toi|nhiem vu (trong tam|thoi gian|cuoi|nam)|"
        r"nhiem vu [^?]*(la gi|gom|nhung gi)|nhiem vu (?:gi|nao)|(what|which) tasks|"
        r"solutions?|next steps?|next tasks?|"
        # ("direction and management" of the work is its "chỉ đạo, điều hành", no tasks)
        r"priorit\w*|directions?(?!,? (?:and )?(?:management|administration|operation)\b)|"
        r"tasks? ahead|plans? for|" + TASKS_EN + "|" + TASKS_VI + r")\b")),
    ("strengths", re.compile(
        # "mặt mạnh", "điểm sáng", "những điểm tích cực": the good side under another name
        r"\b(uu diem|mat tich cuc|diem manh|mat manh|mat (?:da )?lam duoc|mat duoc|"
        r"(?:diem|ket qua|nhung|cac) tich cuc|diem sang|merits?|bright spots?|"
        r"(?:da )?lam (?:duoc )?(?:gi |nhung gi )?tot|strengths?|advantages?|positives?|"
        r"strong points|good points|plus points|(?:went|gone|worked|done|did|do|does) well)\b")),
    ("results", re.compile(
        # how far the work has got (`HOW_FAR`): its results so far
        r"\b(ket qua|nhu the nao|the nao|(da )?lam gi|what did|how did|how has|how have|what has|"
        + HOW_FAR + r"|what have|report(ed)? on|achieve\w*|results?|progress)\b")),
)  # fmt: skip
# Words that ask for a share, Vietnamese and English ("what fraction", "per cent"); English in
# the plural too ("compare the spending rates of …": each part asks its own share).
_PERCENT_WORDS = (
    r"ty le|ti le|percent|percentages?|per cent|phan tram|rates?|shares?|proportions?|fractions?"
)
# An amount asked by its noun in English: "what is the (…) allowance / revenue estimate".
_AMOUNT_ASKED = (
    r"what(?:'s| s| is| was| are| were)\s+(?:the\s+)?(?:[^\s?]+\s+){0,5}?"
    r"(?:amounts?|allowances?|top ups?|stipends?|salar(?:y|ies)|wages?|subsid(?:y|ies)|fees?|"
    r"prices?|costs?|revenues?|estimates?|sums?)"
)
# Words that ask for a number, in both tests below.
_NUMBER_WORDS = (
    rf"bao nhieu|so luong|tong so|how many|how much|number of|total|{_PERCENT_WORDS}|"
    r"scores?|xep thu|ranks?|ranked|rankings?|kinh phi|budget|bao nhieu phan tram|"
    # "mức nào" (which level), not "chuyên mục nào", "những mục nào" (which columns, sections)
    r"(?<!chuyen )(?<!nhung )(?<!cac )muc nao|"
    r"dat bao nhieu|bang bao nhieu|count|counts|how big|how large|(?:the|what) figures? for|"
    # "what's the monthly top-up", "what is the domestic revenue estimate": an amount named
    # by its noun, no "how much" said (the noun within the phrase the "what is" opens)
    rf"{_AMOUNT_ASKED}|"
    # a hotline's number: "tổng đài … là số máy / số nào", "what is the hotline number"
    r"(?:tong dai|duong day nong|so dien thoai|hotline|switchboard)\b[^?]{0,80}\bso (?:may|nao|gi)|"
    r"(?:hotline|switchboard|phone) number"
)
# A rank asked without a number word ("đứng thứ mấy", "thứ hạng", "xếp hạng", "what place").
_RANK_ASKED = r"thu may|hang may|xep hang|thu hang|what place|which place"
# A question asking for a number (the router's test, bot/intents.py, reads these too): also
# ranks and counts of named things, not "ưu điểm".
WANTS_NUMBER = re.compile(
    r"^(?:so(?! (?:tt\b|tt&|tttt|thong tin|noi vu|tai chinh|tu phap|ke hoach|xay dung|y te|"
    r"giao duc|cong thuong|nong nghiep|tai nguyen|lao dong|van hoa|khoa hoc|giao thong))|"
    rf"tong so|tong(?! ket| quan| hop))\s|\b({_NUMBER_WORDS}|"
    # not "ưu điểm", "nhược điểm", "điểm yếu": a kind of section, no score
    r"(?<!uu )(?<!nhuoc )(?<!khuyet )diem(?! manh| sang| tich cuc| yeu)|"
    r"so may|thu may|hang may|what (share|percentage|proportion|fraction|number)|"
    r"so (ho so|dich vu|thu tuc|tthc|dvc|tin|bai|van ban|nhiem vu))\b"
)
# The extractive answerer's test (bot/extractive/): a figure is stated in bold, or the
# answer abstains without one; money, comparisons and a rank in any wording ("đứng thứ mấy",
# "thứ hạng", "xếp hạng": a passage without the rank answers none of them) count too.
FIGURE_ASKED = re.compile(
    rf"\b({_NUMBER_WORDS}|diem|dong|vnd|so sanh|compare|comparison|{_RANK_ASKED})\b"
)
WANTS_PERCENT = re.compile(rf"\b({_PERCENT_WORDS})\b|%")
# A figure set against a plan, estimate or target ("tổng thu so với dự toán", "against the
# budget estimate", "how far spending exceeded its estimate"): the share of it reached, not
# the amount, unless an amount is asked in words too (`AMOUNT_SAID`).
AGAINST_PLAN = re.compile(
    r"\b(?:so voi|against|relative to|compared (?:with|to)|exceed\w*|vuot)\s+"
    r"(?:(?:the|its|their|each)\s+)?(?:(?:budget|assigned|annual|approved|planned)\s+)*"
    r"(?:du toan|ke hoach|chi tieu|estimates?|plans?|targets?)\b"
)
AMOUNT_SAID = re.compile(
    r"\b(how much|amounts?|ty dong|trieu dong|dong|vnd|bao nhieu tien|billion|million)\b"
)


def asks_plan_share(folded: str) -> bool:
    """Whether a question sets its figure against a plan or estimate and asks no amount in
    words: the share of the plan reached is asked ("130% so với dự toán")."""
    return bool(AGAINST_PLAN.search(folded)) and not AMOUNT_SAID.search(folded)


_THRESHOLD = re.compile(
    # the verb the threshold is said with belongs to it ("which units scored above 85%")
    r"\b(?:(?:score[sd]?|scoring)\s+)?"
    r"(tren|duoi|hon|above|over|below|under|at least|more than|less than|it nhat|toi thieu)"
    r"\s+\d[\d.,]*\s*%"
    # what the share is of belongs to the threshold ("trên 90% điểm tối đa", "above 90% of the
    # maximum score"): a score named there is no score asked
    r"(?:\s+(?:so\s+)?diem\s+toi\s+da|\s+of\s+(?:the\s+)?max\w*(?:\s+(?:score|points))?)?"
)
# A share a question states of what it names ("100% UBND cấp huyện …"): a figure given, not
# asked; one reached ("các huyện nào đạt 100%?") is a share asked.
_STATED_SHARE = re.compile(r"(?<!dat )(?<!la )(?<!chiem )\b\d[\d.,]*\s*%(?=\s+[a-z])")
# A count asked of each listed thing ("những đơn vị nào …, mỗi đơn vị bao nhiêu cán bộ?", "which
# schools … and how many pupils each?"): the list's items carry their counts, the list is asked.
# (not a count per period: "bao nhiêu chỉ tiêu mỗi năm")
_NOT_TIME = r"(?!(?:nam|quy|thang|tuan|ngay|ky|lan|dot)\b)"
_EACH_COUNT = re.compile(
    rf"\b(?:(?:moi|tung)\s+{_NOT_TIME}(?:\w+\s+){{1,2}}?(?:(?:co|cu|duoc|gui)\s+)?bao nhieu(?:\s+\w+)?|"
    rf"bao nhieu\s+(?:\w+\s+){{0,2}}?(?:moi|tung)\s+{_NOT_TIME}\w+|"
    r"how many(?:\s+[\w']+){0,4}?\s+(?:each|apiece|per)\b(?!\s+(?:year|quarter|month|week|day|time))"
    r"(?:\s+\w+)?)\b"
)


def each_count(folded: str) -> bool:
    """Whether a question asks a count of each thing it lists ("mỗi đơn vị bao nhiêu cán bộ")."""
    return bool(_EACH_COUNT.search(folded))


# A date or a person asked for: a figure-path question too, never a section or a list.
_DATE_OR_WHO = re.compile(r"\b(ngay nao|khi nao|when|who|ai ky|signed)\b")
# What asks for the whole of something, said after it ("… say overall", "… nói chung").
_OVERALL = r"(?:\s+(?:overall|in general|in short|in brief|in summary|as a whole|nhin chung|noi chung|tong the))?"
_SUMMARY = re.compile(
    r"\b(tom tat|tom luoc|tong quan|khai quat|noi dung chinh|y chinh|diem chinh|summar\w*|"
    r"overview|outline|brief|gist|main points|key points|main content|highlights|takeaways|"
    r"key findings|main findings|diem noi bat|co gi (?:dang )?(?:chu y|noi bat)|tom gon|diem qua|"
    r"sum(?:s|med)? up|recap|run ?downs?|"
    # "những kết quả nổi bật", "thành tích nổi bật nhất", "what stands out": the highlights
    r"(?:ket qua|thanh tich|thanh tuu|hoat dong|viec lam|net|van de)(?: \w+){0,2}? noi bat|"
    rf"{MAIN_RESULTS}|{PLAIN_SUMMARY}|"
    r"stands? out|standout|notable|noteworthy)\b"
    # "báo cáo … nói gì?", "what does the … report say (overall)?", "nội dung báo cáo … là gì":
    # the whole report, nothing narrower ("… nói gì về X" asks about X); the report word and
    # the asking in one clause, not one in brackets ("X (báo cáo 6 tháng) gồm những gì": X's)
    r"|\bbao cao\b[^()]{0,80}\b(?:noi|de cap|neu|co|gom) (?:nhung )?(?:gi|van de gi|noi dung (?:gi|nao))"
    rf"{_OVERALL}\s*\??$"
    r"|^(?:cho biet |hay cho biet )?noi dung (?:cua )?(?:bao cao|bc)\b(?!.*\bve\b)"
    rf"|\bwhat does\b.{{0,60}}\breport (?:say|cover|tell)\w*{_OVERALL}\s*\??$"
    rf"|\bwhat(?: is|'s| s)\b.{{0,20}}\bin\b.{{0,60}}\breport{_OVERALL}\s*\??$"
    r"|\bwhat is\b.{0,60}\breport about\s*\??$"
)
_REPORT_WORD = re.compile(r"\b(bao cao|reports?)\b")
# What a report says of one topic: "báo cáo … nói gì về X", "X được đề cập thế nào", "what did
# … report about X", "what does the report say on X" (or "under X": its part X): that topic's
# part, when one is named so.
_ABOUT_TOPIC = re.compile(
    r"\b(?:noi|de cap|neu|viet|trinh bay|bao cao|ghi nhan|danh gia|cho biet)\s+(?:nhung\s+)?"
    r"(?:gi|dieu gi|noi dung gi|van de gi|nhung gi)\s+(?:ve|den|toi|doi voi)\b|"
    r"\bwhat\b.{0,80}\b(?:report(?:ed|s)?|say|said|says|write|wrote|writes|state[sd]?|"
    r"mention(?:ed|s)?|tell|tells|told|cover(?:ed|s)?)\s+(?:us\s+)?"
    r"(?:about|on|regarding|concerning|under)\b(?=\s*\w)|\btell me about\b|"
    # how far the work on a topic has got, what it came to (`HOW_FAR`, `CAME_TO`): what the
    # report says of it
    r"\b" + HOW_FAR + r"|\b" + CAME_TO + r"|"
    # the report's own overall assessment asked how it reads ("phòng B nhận xét chung về việc
    # này thế nào"): the part so headed, what it says
    r"\b(?:danh gia|nhan xet) chung\b[^?]{0,60}?\b(?:ra sao|the nao|nhu the nao)\b"
)
# A bracketed gloss inside a question: the term in the reports' words, or an abbreviation.
_GLOSS = re.compile(r"\s*\([^()]{1,60}\)")
# "Văn bản (chỉ đạo) nào … được ban hành?": the documents, however many, that a report lists.
DOCS_ASKED = re.compile(r"^(?:(?:hay )?cho biet )?(van ban(?:\s+\w+){0,2}?)\s+nao\b")
_LIST = re.compile(
    r"\b(nhung|cac)\s+([\w,&]+\s+){0,12}nao\b|\bgom nhung\b|\bnhung gi\b|\bbao gom\b|"
    # "về những lĩnh vực gì", "các nội dung gì": a kind of thing, then "gì"
    r"\b(?:nhung|cac)\s+(?:(?!nhung\b|cac\b)\w+\s+){1,4}gi\b|"
    r"\bliet ke\b|\bke ten\b|^(?:hay )?neu (?:cac|nhung|ten)\b|\bwhich\b|\blist\b|\bwhat are the\b|"
    # "name the …", and "name all / every / each …": the whole list asked
    r"\bname (?:the|all|every|each)\b"
)
# "What documents did …", "what software applications are …": 'what' and a plural noun before
# the verb ask for several things (not "what is", "what progress").
# (five words: "what new admin-procedure service models did …", a hyphen folded to a space;
# a verb that tells what the things make up: "what subsystems make up the IOC")
_WHAT_THINGS = re.compile(r"\bwhat\s+((?:[\w'/-]+\s+){0,5}?)(?:does|do|did|is|are|was|were|has|have|"
                          r"had|will|would|can|could|should|for|of|in|on|from|at|to|with|"
                          r"make up|makes up|include|includes|comprise|comprises|form|"
                          # a verb of where or how the things are ("what teams sit inside …",
                          # "what units work at …", "what systems exist …")
                          r"sit|exist|work|operate|serve|belong|run|handle|cover|use|need)\b")
# Nouns that name several things without a plural "s" ("what equipment and software …").
_MASS = frozenset(["equipment", "software", "hardware", "data", "media", "criteria", "staff",
                   "personnel", "infrastructure", "facilities"])  # fmt: skip
# "Những mô hình mới … là gì?", "các văn bản … gồm những gì": several things asked by the
# question's opening "những/các" and its closing "là gì" however long the words between.
# (after what the question is about, set off by a colon: "Tỉnh X: các kênh … là gì")
_THINGS_ARE = re.compile(
    r"^(?:[^:?]{1,40}:\s*)?(?:(?:hay )?cho biet )?(?:nhung|cac)\s+\w+.*\bla (?:nhung )?gi\s*\??$"
)
# A count or share that only says which things are meant ("những thủ tục nào có số lượng hồ sơ
# lớn", "the units with a high rate"): a condition on the list, not a number asked.
_CONDITION = re.compile(
    r"\b(?:co|dat|voi|with|having)\s+(?:so luong|ty le|so|a|the)?\s*[^?,;]{0,40}?"
    r"\b(?<!bao )(?:lon|nhieu|cao|thap|it|vuot|large|high|low|most)\b"
)
_COMPARE = re.compile(
    r"\b(so sanh|so voi|doi chieu|compare\w*|comparison|versus|vs|thay doi|bien dong|"
    r"change[sd]?|between|over time|timeline|qua cac (nam|quy|ky)|side by side|dat canh nhau)\b"
)
# Words that compare two named sides ("tỉnh nào nhiều dịch vụ công hơn", "higher").
_MORE = re.compile(
    r"\b(hon|nhat|chenh lech|khac nhau|gap (?:may|bao nhieu) lan|more than|less than|higher|"
    # "Tuyên Quang có nhiều DVC bằng Hải Dương không?", "as many as", "the same as"
    r"(?:nhieu|it|cao|thap|lon|nho)(?: [a-z0-9]+){0,5} bang [a-z ]+ khong|bang nhau|"
    r"as (?:many|much|high|large)(?: [a-z]+){0,4} as|"
    r"the same as|"
    r"lower|difference|more|fewer|larger|smaller|most|least|highest|lowest|largest|smallest)\b"
)
# Every province at once: "tỉnh nào … nhất", "mỗi tỉnh", "which province has the most".
ALL_PROVINCES = re.compile(
    r"\b(tinh nao|moi tinh|tung tinh|cac tinh|which province|each province|every province|"
    r"all (?:the )?provinces|per province)\b"
)
# A comparison needs two sides: two provinces, two periods, or words naming two dates.
_TWO_PERIODS = re.compile(
    r"\b(quy|quarter|nam|year|thang|months?)\b[^?]*\b(va|and|so voi|versus)\b[^?]*"
    r"\b(quy|quarter|nam|year|thang|months?|\d{4})\b"
)
# A timeline: one figure over every period the reports cover ("qua các năm", "over time").
_OVER_TIME = re.compile(
    r"\b(qua cac (nam|quy|ky)|cac ky bao cao|over time|over the years|timeline|tang hay giam|"
    r"giam hay tang|(?:over|across) the (?:reporting periods|reports|periods))\b"
)
# One side set against another named right after it ("A's commune procedures against B",
# "against those of B"): two sides compared with no other comparing or asking word.
_AGAINST = re.compile(r"\bagainst\s+(?:(?:that|those) of\s+|(?:the )?province of\s+)?$")
_RANGE = re.compile(r"\btu (ngay )?\d{1,2}/\d{1,2}/\d{4} (den|toi) (ngay )?\d{1,2}/\d{1,2}/\d{4}")
_GROWTH = re.compile(
    r"\b(tang|giam|increase|decrease|grow|rise|fall)\w*\s+(them\s+)?(bao nhieu|by how)"
)


# Who is placed to work somewhere ("những ai đến làm việc tại …", "ai được cử đến …", "who is
# posted to / works at …"): the people a report lists there (often from several agencies,
# each with a count), not one person named.
WHO_PLACED = re.compile(
    r"\bnhung ai\b|"
    r"\bai\s+(?:duoc\s+|da\s+)?(?:cu|dieu dong|biet phai|bo tri|tang cuong|luan chuyen|"
    r"den lam viec|lam viec)\b|"
    r"\bwho\s+(?:(?:is|are|was|were|has been|have been|gets?|got)\s+)?(?:else\s+)?"
    r"(?:posted|seconded|sent|assigned|deployed|stationed|placed|detailed|working|works|work)"
    r"\s+(?:[\w']+\s+){0,2}?(?:to|at|in|for|inside)\b"
)


def wants_number(folded: str) -> bool:
    """Whether a (folded) question asks for a number or a share. A share stated as a threshold
    ("which areas scored above 90%") is a condition on what is listed, not a number asked."""
    folded = _THRESHOLD.sub(" ", folded)
    return bool(WANTS_NUMBER.search(folded) or WANTS_PERCENT.search(folded))


def _asks_number(folded: str) -> bool:
    return wants_number(folded) or bool(_DATE_OR_WHO.search(WHO_PLACED.sub(" ", folded)))


def section_kind(q: ParsedQuery) -> str | None:
    """The kind of report section a question asks for ('limits', 'causes', 'proposals',
    'tasks', 'strengths', 'results'), or None for a question that is not about a section."""
    f = q.folded
    if _asks_number(f) or is_summary(q) or is_comparison(q):
        return None
    for kind, pattern in _QUESTION_KINDS:
        if pattern.search(f):
            return kind
    return None


def is_summary(q: ParsedQuery) -> bool:
    """'Tóm tắt báo cáo …', 'summarise the Hải Dương report'."""
    return says_summary(q.folded)


def says_summary(folded: str) -> bool:
    """Whether a (folded) question asks for a summary (the router's test too). What a
    report says, asked after a kind of section ("phương hướng … của báo cáo … gồm những gì"),
    is that section's, no summary (a summary word has its own group)."""
    m = _SUMMARY.search(folded)
    if m is None:
        return False
    return m.group(1) is not None or not any(e <= m.start() for _, e, _ in kind_spans(folded))


def asks_about(q: ParsedQuery) -> bool:
    """'Báo cáo … nói gì về X', 'what did … report about X': what a report says of a topic,
    no number asked."""
    return bool(_ABOUT_TOPIC.search(q.folded)) and not _asks_number(q.folded)


def is_list(q: ParsedQuery) -> bool:
    """'Những huyện nào …', 'các hệ thống nào …', 'liệt kê …', 'which … ?', 'what documents
    did …' — several named things, not a number."""
    listed, f = _listed(q)
    if _asks_number(f) or is_summary(q) or is_comparison(q):
        return False
    return listed


# "What did … recommend / propose …": the proposals listed, said in English with no "which"
# ("what share did … propose" asks the share alone).
_WHAT_PROPOSED = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have|had|will|would)\s+(?:[\w']+\s+){0,8}?"
    r"(?:recommend|propos|suggest|request)\w*\b"
)


def lists_and_counts(q: ParsedQuery) -> bool:
    """A list asked with a number beside it ("những trường nào tham gia …, số học sinh … là
    bao nhiêu"): the things named and how many; a list whose items count the things
    answers both (`bot/typed_answers.py`). "What did … recommend, and what minimum share …"
    asks the proposals listed with the share one of them states."""
    listed, f = _listed(q)
    if not listed and _WHAT_PROPOSED.search(q.folded) and WANTS_PERCENT.search(q.folded):
        listed = True
    return listed and _asks_number(f) and not is_summary(q) and not is_comparison(q)


def _listed(q: ParsedQuery) -> tuple[bool, str]:
    """Whether the question names things listed, and its words without what a list question
    states beside the list (a condition, a share stated, a count with each thing)."""
    f = q.folded
    # a bracketed gloss ("what teams (tổ chuyên môn) does …", "những đơn vị (cơ quan) nào")
    # names the things in other words: the question's frame reads around it
    bare = _GLOSS.sub(" ", f)
    listed = bool(_LIST.search(bare) or _THINGS_ARE.search(bare) or DOCS_ASKED.search(bare))
    listed = listed or _what_things(bare) or bool(WHO_PLACED.search(bare))
    # the reports' own words in brackets right after the plural noun asked ("what are its
    # crews (tổ công tác)"): the things those words name, listed
    listed = listed or bool(vi_gloss(f))
    if listed:
        f = _CONDITION.sub(" ", f)
        # "100% UBND cấp huyện có phần mềm cho những lĩnh vực nào": a share the question
        # states of what it asks about, not a share it asks for
        # (a threshold first, with what its share is of: "trên 90% điểm tối đa")
        f = _STATED_SHARE.sub(" ", _THRESHOLD.sub(" ", f))
        f = _EACH_COUNT.sub(" ", f)  # a count with each listed thing: still the list asked
    return listed, f


def _what_things(folded: str) -> bool:
    """'what' and a plural noun before the verb ("what documents did …")."""
    m = _WHAT_THINGS.search(folded)
    words = m.group(1).split() if m else []
    if len(words) >= 3 and words[-2] == "and":
        return True  # "what equipment and software": two kinds of thing
    if words and words[-1] in _MASS:
        return True
    return bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss") and (
        words[-1] not in NOT_PLURAL
    )


def is_comparison(q: ParsedQuery, reports: Sequence[Report] | None = None) -> bool:
    """A figure across provinces or periods: 'so sánh …', 'compare …', two provinces, or one
    figure at two dates. The one comparison test: the router (bot/intents.py) and the typed
    answerers both ask it. `reports`, the index's, when at hand: a change since a year is a
    comparison only when both its reports exist."""
    f = q.folded
    if _SUMMARY.search(f):
        return False
    # "từ 15/12/2021 đến 17/5/2022" is one period, not two sides
    years = len(q.years) >= 2 and not _RANGE.search(f)
    sides = len(q.provinces) >= 2 or years or bool(_TWO_PERIODS.search(f) or _OVER_TIME.search(f))
    sides = sides or (not q.provinces and bool(ALL_PROVINCES.search(f)))
    sides = sides or since_compared(q, reports)  # "changed since 2019": that period and now
    if len(q.provinces) >= 2 and any(_AGAINST.search(f[:at]) for at, _, _ in province_spans(f)):
        return True
    if _COMPARE.search(f) and not _GROWTH.search(f):
        return sides or "so sanh" in f or "compare" in f
    if _GROWTH.search(f):
        # "tăng bao nhiêu so với quý IV/2018": one figure, a difference the report states; two
        # years named ("năm 2022 tăng bao nhiêu so với năm 2019"): each year's figure side by
        # side (the table answers when both have a report, else the figure answerer)
        return years
    # "… over the reporting periods", "qua các kỳ báo cáo": a figure over time, asked or not
    return sides and (wants_number(f) or bool(_MORE.search(f) or _OVER_TIME.search(f)))


def summary_kinds(q: ParsedQuery) -> list[str]:
    """The section kinds a summary question names ("tóm tắt những hạn chế …" names 'limits'):
    that section is the answer, not the whole report. 'results' is a part of the report, which
    the summary answerer tells area by area. A summary of the report ("tóm tắt báo cáo … và
    phương hướng …") stays one; a kind named before the report it is in ("summarise the
    strengths in … 's report", "tóm tắt các kiến nghị trong báo cáo …") is that kind's section,
    the causes of the limitations the causes alone."""
    if not is_summary(q) or _asks_number(q.folded):
        return []
    report, spans = _REPORT_WORD.search(q.folded), kind_spans(q.folded)
    # (a part named, "phần …", "part B": the summary answerer reads it)
    if report and (PART_ASKED.search(q.folded) or not (spans and spans[0][0] < report.start())):
        return []
    if _CAUSES_OF.search(q.folded):
        return ["causes"]
    return [k for k, p in _QUESTION_KINDS if k != "results" and p.search(q.folded)]


# Words that may stand between the cause word and "của" ("nguyên nhân nào của …", "nguyên
# nhân chính của …"), folded, each followed by a space.
_CAUSE_QUALIFIER = r"(?:(?:nao|gi|chinh|chu yeu|co ban|sau xa|truc tiep|khach quan|chu quan)\s+)*"
# The causes asked OF the limitations ("nguyên nhân dẫn tới các vướng mắc nêu trên", "what
# led to these problems", "reasons behind its weaknesses"): the causes section alone, the
# limitations word only says whose causes ("khó khăn và nguyên nhân" asks both).
_CAUSES_OF = re.compile(
    r"\b(?:nguyen nhan|causes?|reasons?)\s+" + _CAUSE_QUALIFIER + r"(?:cua|dan (?:den|toi)|gay ra|cho|of|for|behind)\s+"
    r"(?:(?:cac|nhung|the|these|those|its|their|such)\s+)*(?:\w+\s+){0,2}?"
    r"(?:han che|ton tai|kho khan|vuong mac|bat cap|yeu kem|limitations?|shortcomings?|"
    r"problems?|difficult(?:y|ies)|weakness(?:es)?|" + LIMITS_OTHER_WORDS + r")\b|"
    r"\bwhat (?:caused|causes|is causing|led to|lies behind)\b|"
    # the limitation said of a thing in the clause the cause word opens: "lý do X chưa hết
    # vướng mắc", "tại sao X còn bất cập", "why does X still have shortcomings" ("vì sao",
    # "tại sao", "lý do", "do đâu" ask a section only so: alone they ask why of one fact)
    r"\b(?:nguyen nhan|ly do|vi sao|tai sao|do dau|why|reasons?)\b[^?,;]{0,80}?"
    r"\b(?:con|van|gap|still|remains?|faces?|facing)\b[^?,;]{0,30}?"
    r"\b(?:han che|ton tai|kho khan|vuong mac|bat cap|yeu kem|limitations?|shortcomings?|"
    r"problems?|difficult(?:y|ies)|weakness(?:es)?|" + LIMITS_OTHER_WORDS + r")\b"
)


def section_kinds(q: ParsedQuery) -> list[str]:
    """Every section kind the question names ('hạn chế và nguyên nhân' names two); 'results'
    only when it names no other; only 'causes' for the causes of the limitations. Empty for a
    question not about a section."""
    if section_kind(q) is None:
        return []
    if _CAUSES_OF.search(q.folded):
        return ["causes"]
    kinds = [kind for kind, pattern in _QUESTION_KINDS if pattern.search(q.folded)]
    return [k for k in kinds if k != "results"] or kinds


# Two kinds of section joined in a question ("ưu điểm và hạn chế", "strengths and weaknesses",
# "tồn tại, khó khăn và nguyên nhân"): a conjunction or a comma between them, an article at
# most after it; not "nguyên nhân (nào) của các hạn chế", "reasons … for the shortcomings",
# nor "nguyên nhân hạn chế" (side by side without either: the causes of the limitations).
_JOINED = re.compile(
    r"^\s*(?:,\s*(?:(?:va|and|or)\s+)?|(?:&|va|and|cung nhu|cung|hoac|or|as well as|along with)\s+)"
    r"(?:(?:nhung|cac|the|its|their|any|mat)\s+)?$"
)


def kind_spans(folded: str) -> list[tuple[int, int, str]]:
    """Where a (folded) question names a kind of section other than results, in order."""
    found = [(m.start(), m.end(), k) for k, p in _QUESTION_KINDS if k != "results"
             for m in p.finditer(folded)]  # fmt: skip
    return sorted(found)


def joined_kinds(q: ParsedQuery) -> list[str]:
    """The section kinds a question names side by side (each asked for its own sake), in
    the order of `_QUESTION_KINDS`; [] when it names fewer than two so."""
    spans = kind_spans(q.folded)
    joined: set[str] = set()
    for (_, end, k1), (start, _, k2) in zip(spans, spans[1:], strict=False):
        if k1 != k2 and start >= end and _JOINED.match(q.folded[end:start]):
            joined |= {k1, k2}
    return [k for k, _ in _QUESTION_KINDS if k in joined]
