"""Extractive answering (no LLM): score the clauses of the retrieved chunks for the question,
lead with the best figure, cite it; hedge with candidates or say "not found" when unsure.

Modules, in the order a question meets them: `question` (what it asks), `concepts` (its
weighted terms), `words`, `levels`, `breakdown` and `sites` (how each clause's figures stand,
read once per clause), `scorer` (candidates scored), `choice` (doubts, the part preferred to
its headline), `answerer` (confidence, hedging, abstention, the answer's text), `citing`
(citations and what a figure counts). `tuning` holds every weight and threshold.
"""

from bot.extractive.answerer import ExtractiveAnswerer
from bot.extractive.citing import cite, quarters_covered, readable_part
from bot.extractive.levels import asked_levels
from bot.extractive.question import PART_PHRASES
from bot.render import source_line, where
from bot.stopwords import STOP

__all__ = [
    "PART_PHRASES",
    "STOP",
    "ExtractiveAnswerer",
    "asked_levels",
    "cite",
    "quarters_covered",
    "readable_part",
    "source_line",
    "where",
]
