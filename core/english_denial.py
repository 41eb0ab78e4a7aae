"""English that says a thing is absent: "communes that had no website", "units with no
server", "agencies lacking a plan", "schools that do not have a library", "offices without any
computer". The reports say such a count with "chưa có" or "không có" before the thing; a
figure whose words say the thing present counts the opposite of what is asked.

Ordinary uses of "no" are no absence: "report no. 104" (a number: no word follows), "no later
than", "no more than 5 days" (a bound on a figure, not the absence of a thing: the figure
asked is still the one written), "no longer". A bare "without" ("admitted without an exam",
"resolved without delay") says the manner of a thing done, not a thing a unit lacks: only
"without any" reads as absence here. "none" is not read: it stands for a thing said before it
("how many had none?"), which this reading cannot name."""

from __future__ import annotations

import re

# The words after the absence that make a bound ("no more than"), a time ("no later than"), a set
# phrase ("no one", "no change") or a report's silence ("gives no figure"), not a thing absent.
_NOT_A_THING = (
    r"more|less|fewer|later|earlier|sooner|longer|than|one|matter|doubt|change|changes|"
    r"exception|exceptions|need|further|sign|signs|data|information|figure|figures|number|"
    r"to|been|be"  # "did not have to", "should not have been returned": no having denied
)
# Verbs of having, denied after "not" / "don't" / "never" ("do not have a plan"); no "own"
# ("not owned by the state" says whose, not what lacks).
_HAVE = r"have|has|had|having|possess|possesses|possessed"
# An absence before the thing denied (folded, punctuation read as a space): group 1 is the
# absence's words, group 2 the first word of the thing. "don t" is a folded "don't".
ABSENCE = re.compile(
    r"(?<![a-z0-9])("
    r"(?:has|have|had|having|with|there (?:is|are|was|were|be)|(?:is|are|was|were) there) no"
    r"|without any"
    r"|lack(?:s|ed|ing)?(?: of)?"
    rf"|(?:not|(?:do|does|did)n t|never) (?:{_HAVE})"
    r")\s+(?:(?:any|a|an|the|their|its|own|yet|single)\s+){0,2}"
    rf"(?!(?:{_NOT_A_THING})(?![a-z0-9]))([a-z]+)"
)
# The reports' wordings of an absence, before the thing: "chưa có" (not yet) and "không có".
ABSENCE_WORDINGS = ("chua co", "khong co")


def plain(folded_english: str) -> str:
    """A folded English text as the absence is read in it: letters, digits and single
    spaces ("report no. 104" → "report no 104": a number follows, no thing)."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_english).split())


def asks_absent(folded_english: str) -> bool:
    """Whether a folded English question says a thing is absent (`ABSENCE`): "how many
    communes had no website" asks the communes without one, not those with one."""
    return ABSENCE.search(plain(folded_english)) is not None
