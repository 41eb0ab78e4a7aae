"""English wordings of a typed question read as their common form (`common_wording`), so that
an ordinary rewording reads as the wording it stands for:

- "province-level" / "provincial-level" before the name of a body of the province ("the
  province-level People's Committee", "… HĐND and UBND", "… Public Administration Service
  Centre", "… video-conference system") is "provincial": it names that body (UBND tỉnh), not a
  level of government a breakdown is narrowed to ("level-4 services at province level",
  "provincial-level administrative procedures" stay the level);
- "what is the number of X did/does Y …" (a count asked in the word order of "how many") is
  "how many X did/does Y …"; "what is the number of Y's plan" stays a document's number;
- "the third quarter of 2022" is "q3 2022", the short form a report's period is named by;
- "what portion of X" is "what share of X", a share asked; "X: how many of them …" is "X: how
  many …" (the pronoun stands for X, already said);
- chat shorthand is read as its words ("w/" with, "certs" certificates, "depts" departments);
- dossiers "logged (in)" on a system are dossiers "received" there (the reports' "tiếp nhận"):
  "logged in" alone is a user signing in ("đăng nhập");
- a number grouped in thousands by commas ("2,418", "35,067,120,000") is written plainly, as
  the reports' "2.418" folds ("2418"): in English the comma groups thousands (Vietnamese writes
  a decimal comma, so only a question with English words is read so);
- a verb that says where a counted thing sits in a breakdown ("how many procedures sit at
  district level", "… fall under the commune level", "… lie with the province") is the copula
  "are": the part is named after it as after "are" ("how many are at district level"), and the
  things counted before it ("of the 2,310 services, how many sit at …") are read as they are
  before "are";
- a Vietnamese gloss in parentheses inside an English noun phrase ("digital (số) signature
  certificates") goes after the phrase ("digital signature certificates (so)"): the English
  phrase reads whole ("digital signature" is one report term), the gloss stays a word of the
  question;
- words that say where the fact is reported, not what it is about, are read away: the press's
  "coverage" ("newspaper coverage mentions X …", "according to media coverage, …", "news
  coverage cited by the report"), and a press source that is the subject of a reporting verb
  ("press reports say …", "the news articles note that …"); "news articles" counted or a
  network's "coverage" stay.

Measured on English dev questions reworded one common wording at a time (see the git log)."""

from __future__ import annotations

import re

from core.text import is_syllable

# The head of a body's name: a committee, a council, a centre, an office, the police, a system,
# an index, the departments of the province; "hdnd" and "ubnd" are the councils' and committees' abbreviations.
_BODY = (
    r"committee|council|cent(?:re|er)|office|security|police|system|portal|index|departments?|"
    r"inspectorate|hdnd|ubnd"
)
# Words that end the name before its head: a function word, a verb, or a thing counted by level
# ("province-level services and the centre" names no body).
_NOT_IN_NAME = (
    r"and|or|of|the|a|an|in|at|on|to|for|by|with|from|is|are|was|were|did|does|do|has|have|had|"
    r"how|what|which|that|who|services|procedures|dossiers|documents|agencies|units|level"
)
_BODY_LEVEL = re.compile(
    rf"\b(?:province|provincial) level (?=(?:(?!(?:{_NOT_IN_NAME})\b)[a-z']+ ){{0,3}}(?:{_BODY})\b)"
)
# "what is the number of (of) X … did …": a count when a verb follows the counted words before
# any relative pronoun or a document's name ("the number of the plan (that) was issued", "the
# number of Y's report was …" are a document's number), and the words are no one thing ("the").
_NUMBER_OF = re.compile(
    r"\bwhat(?: is|'s|’s| was) the number of (?!(?:the|this|that|its|their|a|an)\b)"
    r"(?=(?:(?!(?:that|which|who|whose|report|plan|decision|resolution|document|dispatch)\b)"
    r"[\w']+ ){1,10}?(?:did|does|do|had|has|have|were|was|are|is)\b)"
)
_ORDINAL = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3",
            "fourth": "4", "4th": "4"}  # fmt: skip
_QUARTER_OF = re.compile(
    r"\b(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th) quarter (?:of )?((?:19|20)\d\d)\b"
)

# Chat shorthand staff type, read as the words it stands for (general English, no report's);
# none is a Vietnamese syllable ("doc" is "dọc" / "đọc", so only "docs").
_SHORTHAND = {"w/": "with", "w/o": "without", "cert": "certificate", "certs": "certificates",
              "docs": "documents", "dept": "department",
              "depts": "departments", "govt": "government", "gov't": "government",
              "approx": "about", "info": "information", "ppl": "people",
              "org": "organisation", "orgs": "organisations", "indiv": "individual",
              "indivs": "individuals"}  # fmt: skip
_SHORT = re.compile(
    r"(?<![\w/])(w/o|w/|certs?|docs|depts?|govt|gov't|approx|info|ppl|orgs?|indivs?)(?![\w/'])"
)
# A dossier (file, application, case …) "logged" on a system is one received there; the verb
# within four words after the noun ("files had been logged in", "applications logged on").
_LOGGED = re.compile(
    r"\b((?:files?|dossiers?|applications?|records?|cases?|petitions?|complaints?|requests?)"
    r"(?: [\w']+){0,4}? )logged\b"
)

# A verb placing the counted things at a level or under a body, then its preposition: the copula
# and "at" (the level or body after it is the part asked, as after "are at").
_PLACED = re.compile(
    r"\b(?:sit|sits|lie|lies|rest|rests|fall|falls|belong|belongs|reside|resides)"
    r" (?:at|in|under|on|within|with|to)\b"
)

# A share asked as a "portion": "what portion of the documents …" is "what share of …" (a
# "portion of the budget" said in passing asks no share, so only after "what" / "which").
_PORTION = re.compile(r"\b(what|which) portions?\b")
# A count asked of what was named before it: "X: how many of them are at district level" is
# "X: how many are at …" (the pronoun stands for X, which the question already says); only
# right before the copula ("how many of those enrolled were …" keeps its qualified pronoun),
# and only when a level of government or a tier follows it ("are at (the) district level",
# "are cấp xã"): any other rest may split X ("how many of them were taken on without an exam"
# asks a part of X, and without the pronoun X's own count would answer it).
_OF_THEM = re.compile(
    r"\bhow many of (?:them|these|those)\b(?= (?:are|were|is|was) (?:(?:at|in|on) )?(?:the )?"
    r"(?:(?:district|commune|provincial|province|ward|county|village|grassroots|central)"
    r"(?:[- ]level)?|cap [a-z]+)\b)"
)
# A negation anywhere after the pronoun keeps it: "… how many of them are not at commune level".
_NEGATED = re.compile(r"\b(?:without|not|no|non|none|never|khong|chua)\b|n't\b")

# A parenthesised gloss of Vietnamese syllables between two English words, and the English words
# after it up to a function word, a verb of the question, a word that sets another thing against
# it ("workers (hop dong) rather than officials") or punctuation (at most three).
_MID_GLOSS = re.compile(r"(?<=[a-z]) (\(\s*[a-z]+(?: [a-z]+){0,4}\s*\))((?: [a-z]+){1,3})")
_PHRASE_END = frozenset(
    """and or of the a an in at on to for by with from is are was were did does do has have
    had that which who whose as than since under during vs versus against compared can could
    will would should make
    makes made run runs ran use uses used get gets got give gives gave offer offers offered
    provide provides provided say says said list lists listed include includes included
    issue issues issued receive receives received
    rather instead not except excluding including apart aside unlike but plus""".split()  # noqa: SIM905
)


# Words that join two compared sides: a gloss just after one ("… vs rural (nông thôn)
# schools") is that side's, and the noun after it is shared by both sides.
_SIDE_JOINERS = frozenset({"vs", "versus", "or", "and", "compared", "than", "against"})


def _gloss_after(m: re.Match[str]) -> str:
    gloss, after = m.group(1), m.group(2).split()
    if not all(is_syllable(w) for w in gloss.strip("() ").split()):
        return m.group(0)  # an English aside ("(autonomous)"), not a gloss
    if _SIDE_JOINERS & set(m.string[: m.start()].split()[-3:]):
        return m.group(0)  # one compared side's gloss: the noun after it is both sides'
    run: list[str] = []
    for w in after:
        if w in _PHRASE_END or is_syllable(w):
            break
        run.append(w)
    if not run:
        return m.group(0)  # the gloss closes its phrase already
    rest = after[len(run) :]
    return " " + " ".join([*run, gloss, *rest])


# Where the fact is reported (see the module's docstring): a framing clause only. Either a
# leading "according to (the) <press> coverage/reports," or a press noun that is the subject of
# a reporting verb ("press coverage mentions …", "newspaper reports say …", "the coverage in
# X's 2021 report notes …": the "in …" phrase, which may date the report, stays). Never a press
# noun that is itself asked: after "how much/many" or as what "did … get", or before "of"
# ("media coverage of X"): there is no reporting verb after it, or `_ASKED_PRESS` keeps it.
_PRESS = r"(?:(?:newspaper|press|media|news|television|tv|radio|online) )+"
_REPORTING = (
    r"(?:mentions?|says?|said|notes?|noted|reports?|reported|states?|stated|cites?|cited|"
    r"describes?|described|shows?|showed|writes?|wrote)\b(?: by| in)?(?: that)?"
)
_PRESS_NOUN = rf"(?:{_PRESS}(?:coverage|reports|articles|stories)|coverage)"
# How far an "in …" phrase between the press noun and its reporting verb may run (characters):
# a report named by place and period ("in lao cai's first-half 2022 report"), not a clause.
_IN_PHRASE_CHARS = 60
_FRAMING = re.compile(
    rf"^(?:according to|as per|per) (?:the |its |their )?(?:{_PRESS})?"
    rf"(?:coverage|reports?|articles?|stories)(?: ?[,:])?"
    rf"|\b(?:(?:in|from) )?(?:the |its |their )?{_PRESS_NOUN}"
    rf"(?=(?: in [^,?;]{{1,{_IN_PHRASE_CHARS}}}?)? {_REPORTING})(?: {_REPORTING})?(?: ?[,:])?"
)
# The press noun is what is asked, not where the fact is: "how much press coverage …", "did the
# reform get (any) media coverage" (the folded text before the match).
_ASKED_PRESS = re.compile(r"(?:\bhow (?:many|much)|\bdid\b[^?]*\bget(?: any)?) (?:the )?$")
# What a framing clause frames: a question about some other counted thing after it.
_ASKED_AFTER = re.compile(r"\b(?:how (?:many|much)|what|which|when|who)\b")


def _framing_dropped(m: re.Match[str]) -> str:
    """A blank for a framing clause (`_FRAMING`) that frames a question asked after it; the
    words as they are when the press noun is what is asked (`_ASKED_PRESS`)."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    if _ASKED_PRESS.search(before) or not _ASKED_AFTER.search(after):
        return m.group(0)
    return " "


# A number grouped in thousands by commas, and English words that make a question English.
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")
_ENGLISH = re.compile(r"\b(?:how|what|which|the|of|many|much|were|was|did|does|is|are)\b")


def _of_them(m: re.Match[str]) -> str:
    """ "how many" for the pronoun's count, unless the rest of the question holds a negation."""
    return m.group(0) if _NEGATED.search(m.string[m.end() :]) else "how many"


def _thousands(folded: str) -> str:
    if len(_ENGLISH.findall(folded)) < 2:
        return folded
    return _COMMA_THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), folded)


def _unframed(folded: str) -> str:
    """The question without the words that say where its fact is reported (`_FRAMING`)."""
    out = _FRAMING.sub(_framing_dropped, folded)
    return " ".join(out.split()) if out != folded else folded


def common_wording(folded: str) -> str:
    """The folded English question with the wordings above read as their common form."""
    out = _MID_GLOSS.sub(_gloss_after, _thousands(folded))
    out = _unframed(out)
    out = _SHORT.sub(lambda m: _SHORTHAND[m.group(1)], out)
    out = _LOGGED.sub(r"\1received", out)
    out = _PLACED.sub("are at", out)
    out = _PORTION.sub(r"\1 share", out)
    out = _OF_THEM.sub(_of_them, out)
    out = _BODY_LEVEL.sub("provincial ", out)
    out = _NUMBER_OF.sub("how many ", out)
    return _QUARTER_OF.sub(lambda m: f"q{_ORDINAL[m.group(1)]} {m.group(2)}", out)
