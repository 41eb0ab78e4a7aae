"""Whether a whole message is small talk (a greeting, thanks, "who are you", "what can you
do", "ok", "bye"), and which kind: every word is one of the phrases of a kind or a filler word
around them, so a question with a greeting in it ("chào bạn, Hải Dương có bao nhiêu TTHC?") is
no small talk."""

from __future__ import annotations

import re

# Small talk: the whole message is made of these phrases and filler words.

# Vietnamese praise of an answer (folded), and what was told that it praises.
_PRAISE = ("huu ich", "bo ich", "tuyet voi", "ro rang")
_TOLD = ("thong tin", "so lieu", "cau tra loi", "tra loi", "noi dung")
# What English thanks may say they are for ("thanks for your help", "for the answers").
_THANKED_FOR = ("help", "answer", "answers", "time", "information", "info", "support",
                "assistance", "explanation", "reply", "replies")
# Degree words between what was told and its praise ("số liệu thật sự bổ ích").
_DEGREE = ("rat", "qua", "that", "that su", "kha", "cung", "rat la", "that la", "dung la")
_SMALLTALK: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (Vietnamese phrases, English phrases), folded
    "greet": (
        ("xin chao", "chao", "chao buoi sang", "chao buoi chieu", "chao buoi toi", "alo",
         "alo alo"),
        ("hello", "hi", "hey", "morning", "good morning", "good afternoon", "good evening",
         "greetings"),
    ),
    "thanks": (
        # praise of what was told ("câu trả lời rõ ràng quá", "that was really helpful") is
        # thanked for as thanks are: a praise word, alone or after what was told
        ("cam on", "cam ta", "cam on nhieu", "xin cam on", "tks", "thank", *_PRAISE,
         "vi da giup", "vi da giup do", "vi su giup do", "da giup do",
         *(f"{told} {praise}" for told in _TOLD for praise in _PRAISE),
         *(f"{told} {deg} {praise}" for told in _TOLD for deg in _DEGREE for praise in _PRAISE)),
        ("thanks", "thank you", "thank you very much", "thanks a lot", "many thanks", "thx",
         "cheers", "appreciate it", "helpful", "useful", "that was helpful", "that was useful",
         "that is helpful", "that s helpful", "that is useful", "that helps", "this is helpful",
         "that was really helpful", "really helpful", "really useful", "very helpful",
         "very useful", "super helpful", "that was very helpful", "that was very useful",
         # what the thanks are for ("thanks so much for the help")
         *(f"for {whose} {what}" for whose in ("your", "the", "all your", "all the")
           for what in _THANKED_FOR), "for helping", "for helping me"),
    ),
    "who": (
        ("ban la ai", "ban la gi", "ban ten gi", "ban ten la gi", "may la ai", "day la ai",
         "ai vay", "ban la bot gi", "ban la tro ly gi", "gioi thieu ve ban",
         "gioi thieu ban than", "gioi thieu di"),
        ("who are you", "what are you", "what is your name", "what s your name", "whats your name",
         "are you a bot", "are you human", "tell me about yourself",
         "introduce yourself", "who am i talking to", "who is this"),
    ),
    "help": (
        ("ban lam duoc gi", "ban lam gi", "ban co the lam gi", "ban giup duoc gi",
         "ban co the giup gi", "ban biet gi", "huong dan", "huong dan su dung", "giup toi",
         "tro giup", "toi nen hoi gi", "hoi gi duoc", "hoi duoc gi", "dung the nao",
         "su dung the nao", "ban tra loi duoc gi", "ban giup gi duoc", "ban giup toi gi",
         "ban co the giup toi gi", "ban giup duoc toi gi"),
        ("what can you do", "what do you do", "how can you help", "help", "help me",
         "how does this work", "how do i use this", "what can i ask", "what should i ask",
         # "what can you help (me) with", "can you help me", "what can I ask you"
         "what can you help me with", "what can you help with", "what can you help me",
         "what can you help", "can you help me", "can you help", "how can you help me",
         "what do you help with", "what are you for", "what do you know", "what can you tell me",
         "what can i ask you", "what questions can i ask", "what do you cover", "how do i use you"),
    ),
    "ack": (
        ("ok", "oke", "okie", "okay", "vang", "da", "u", "uh", "um", "duoc", "duoc roi", "tot",
         "tot qua", "hay", "hay qua", "tuyet", "tuyet voi", "dung roi", "hieu roi", "ro roi",
         "da hieu", "vang a", "ok nhe"),
        ("ok", "okay", "great", "good", "nice", "cool", "got it", "i see", "perfect", "awesome",
         "fine", "understood", "alright", "all right", "sure", "yes", "no problem"),
    ),
    "bye": (
        ("tam biet", "hen gap lai", "chao tam biet", "bye bye"),
        ("bye", "goodbye", "good bye", "see you", "see you later"),
    ),
}
# Words that may surround small talk without making it a question ("cảm ơn bạn nhiều nhé"),
# and the "and" that joins two phrases of it ("hello and thanks", "bạn là ai và làm được gì"):
# every other word must still be a phrase's, so "bạn là ai và Hải Dương có bao nhiêu TTHC"
# stays a question.
_FILLER = frozenset(
    """ban nhe nha a nhieu lam rat oi bot tro ly em anh chi minh toi nhi ha day vay roi qua
    nhe xin vui long nhe very much so lot you there again please dear bot assistant all guys
    the a oh ah ui and va""".split()  # noqa: SIM905
)
_PHRASES = sorted(
    ((tuple(p.split()), kind, en) for kind, (vi, en_) in _SMALLTALK.items()
     for en, group in ((False, vi), (True, en_)) for p in group),
    key=lambda x: -len(x[0]),
)  # fmt: skip


# Asking what the assistant can do, in the many wordings of one shape, beyond the fixed
# phrases: "(bạn) (có thể) trả lời được (những) (câu hỏi) gì (không)", "hỗ trợ được gì cho
# tôi", "hỏi bạn được những gì", "what kinds of questions can you answer", "what do you know
# about?" (nothing after it: "what do you know about X" asks about X, and X is no filler).
# The assistant is named ("bạn", "em", "bot", "trợ lý", "mày") or "có thể" says the ability:
# without either, "(đã) làm được những việc gì?", "tra cứu được những thông tin gì?" ask
# about the work a report tells of, most often as a follow-up.
_CAN_DO_VERB = r"(?:lam|giup|tra loi|biet|ho tro|tra cuu|cung cap|tu van|giai dap)"
_CAN_DO_TAIL = (
    r"(?: (?:duoc|dc|giup))?(?: (?:cho )?(?:toi|minh|em|anh|chi))?(?: (?:duoc|dc|giup))?"
    r"(?: nhung)?(?: (?:loai |nhung )?(?:cau hoi|thong tin|viec|cai|noi dung|chuyen|van de))?"
    r" (?:gi|nao)(?: (?:duoc|nua|khong|chu))?(?: cho (?:toi|minh|em|anh|chi))?"
)
_CAN_DO_VI = (
    r"(?:(?:(?:ban|em|bot|tro ly|may) (?:(?:co the|co|se) )?|co the )"
    r"(?:" + _CAN_DO_VERB + r"|hoi(?: ban)?)|hoi ban)" + _CAN_DO_TAIL
)
_CAN_DO_EN = (
    r"(?:what|which) (?:(?:kinds?|sorts?|types?) of )?(?:questions?|things?|information|info|"
    r"topics?|subjects?|stuff) (?:can|could|do|will|should|may) (?:you|i) (?:answer|"
    r"ask(?: you)?(?: about)?|do|help(?: me)?(?: with)?|tell me(?: about)?|look up|find|"
    r"know(?: about)?|cover|handle)"
    r"|what (?:do|can|could) you (?:know|answer|tell me|look up|find)(?: about)?"
    r"|what (?:can|could|should|may) i ask(?: you)?(?: about)?"
    r"|what are you (?:able to do|good at|for)"
)
_CAN_DO = re.compile(rf"(?:(?P<vi>{_CAN_DO_VI})|(?P<en>{_CAN_DO_EN}))(?= |$)")
# Once the message has named the assistant ("mày là ai vậy, biết những gì?") the subject
# may be left out.
_CAN_DO_AFTER = re.compile(
    r"(?:(?:co the|co|se) )?(?:" + _CAN_DO_VERB + r"|hoi(?: ban)?)" + _CAN_DO_TAIL + r"(?= |$)"
)


# The reports themselves, named after small talk about them ("bạn giúp được gì với mấy báo
# cáo CCHC này", "what can you help me with regarding these reports", "cảm ơn về các báo cáo"):
# they name no topic of a question; only after a phrase of small talk.
_ABOUT_REPORTS = re.compile(
    r"(?:with|about|regarding|on|for|in|voi|ve|cho|trong|tren|tu) (?:(?:these|the|this|those|"
    r"all|your|may|cac|nhung|bo|toan bo) )?(?:(?:cchc|admin|administrative|reform|par) )*"
    r"(?:bao cao|bc|reports?|documents?|tai lieu)(?: (?:cchc|cai cach hanh chinh|nay|do|kia|"
    r"here|there|of yours))*(?= |$)"
)


# Folded "da" is "dạ" (yes) or "đã" (already): right before a verb it is "đã" ("đã làm
# được gì", "đã có thể tra cứu"), the start of a question, no acknowledgement.
_DA_BEFORE = frozenset("lam giup tra biet ho cung tu giai co hoi thuc trien dat xay".split())  # noqa: SIM905
# The assistant named, asked for itself: "bạn", "em", "bot", "mày", "you", "yourself"
# ("trợ lý" is looked for as two words).
_SUBJECT = frozenset("ban em bot may you your yourself".split())  # noqa: SIM905
# Question words and asks that, with no subject, read a follow-up as a question on the
# reports ("làm được những gì?", "giới thiệu đi" after a question about a province).
_BARE_ASK = frozenset("gi nao ai sao what which who gioi".split())  # noqa: SIM905


def _phrase_at(words: list[str], i: int, named: bool = False) -> tuple[int, str, bool]:
    """The longest small-talk phrase starting at word i: (its length in words, kind, worded
    in English); length 0 when none. `named`: a phrase before it asked about the assistant."""
    best = next(((len(p), kind, en) for p, kind, en in _PHRASES
                 if tuple(words[i : i + len(p)]) == p), (0, "", False))  # fmt: skip
    if words[i : i + best[0]] == ["da"] and i + 1 < len(words) and words[i + 1] in _DA_BEFORE:
        best = (0, "", False)
    m = _CAN_DO.match(" ".join(words[i:]))
    if m is None and named:
        after = _CAN_DO_AFTER.match(" ".join(words[i:]))
        if after is not None and len(after.group(0).split()) > best[0]:
            return len(after.group(0).split()), "help", False
    if m is not None and len(m.group(0).split()) > best[0]:
        return len(m.group(0).split()), "help", m.group("en") is not None
    return best


# The asker introducing themselves in a clause of its own ("tôi là chuyên viên phòng cải cách,
# …", "I'm with the provincial inspectorate, …"): it asks nothing, so the rest decides; a clause
# ends at a comma or a sentence's end. ("this is …" is no introduction: "this is helpful".)
_SELF_INTRO = re.compile(
    r"(?:^|(?<=[,.!;]))\s*(?:(?:toi|minh|em|tui) (?:la|dang la|dang lam|lam|lam viec)|"
    r"i(?: am| m|m)) [^,.!?;]{1,80}[,.!;]"
)


def smalltalk_kind(folded: str, follow_up: bool = False) -> tuple[str, bool] | None:
    """(kind, worded in English) when the whole message is small talk, else None; the
    asker's introduction of themselves (`_SELF_INTRO`) is no part of it. A follow-up (the
    conversation has history) asking "what"/"who" or "giới thiệu" without naming the
    assistant is a question on what was asked before, no small talk."""
    words = re.findall(r"[a-z0-9]+", _SELF_INTRO.sub(" ", folded.replace("'", " ")))
    if not words:
        return None
    named = _SUBJECT.intersection(words) or " tro ly " in f" {' '.join(words)} "
    if follow_up and not named and _BARE_ASK.intersection(words):
        return None
    kinds: list[tuple[str, bool]] = []
    i = 0
    while i < len(words):
        n, kind, en = _phrase_at(words, i, any(k in ("who", "help") for k, _ in kinds))
        if n:
            kinds.append((kind, en))
            i += n
        elif words[i] in _FILLER:
            i += 1
        elif kinds and (about := _ABOUT_REPORTS.match(" ".join(words[i:]))):
            i += len(about.group(0).split())
        else:
            return None
    if not kinds:
        return None
    # "ok, thanks": the thanks is what to answer; otherwise the first kind.
    order = ("who", "help", "thanks", "bye", "greet", "ack")
    kind = min((k for k, _ in kinds), key=order.index)
    en = any(e for k, e in kinds if k == kind)
    return kind, en
