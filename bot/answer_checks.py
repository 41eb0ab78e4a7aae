"""The checks and additions every figure answer from passages goes through: the near-miss
checks, the headline for a part said where the whole is asked, the second figure a question
asks, a change or rank its sentence states, and the false-premise check (moved out of
bot/answer.py whole)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.assigned_actual import paired
from bot.day_asked import other_day
from bot.difference_unstated import difference_unstated
from bot.each_line import each_line
from bot.each_part import each_part, one_of_several
from bot.each_sentence import each_sentence
from bot.false_premise import vetted
from bot.hedge_near_miss import beyond_one
from bot.near_miss import near_miss
from bot.part_for_whole import part_for_whole, subset_for_whole
from bot.rest_unstated import rest_unstated
from bot.second_figure import breakdown, second_count
from bot.several_figures import several
from bot.stated_change import stated_change, stated_rank
from bot.whole_parts import whole_parts
from core.english_denial import asks_absent
from core.query import ParsedQuery
from core.result import Answer
from index.generations import LoadedIndex
from index.retrieve import Hit


def after_passages(
    q: ParsedQuery, ans: Answer, hits: Sequence[Hit], index: LoadedIndex, language: str, intent: str
) -> Answer:
    """The answer from passages after the near-miss checks (`_checked`), with the second
    figure asked (`_second_figure`: a part each, a change…), then vetted for a false premise."""
    ans = _checked(q, ans, language, intent, index)
    ans = _second_figure(q, ans, index)
    return vetted(q, ans, hits, index, language, intent)


def _checked(q: ParsedQuery, ans: Answer, language: str, intent: str, index: LoadedIndex) -> Answer:
    """The answer after the near-miss checks (bot/near_miss.py), with the headline for its list
    item (or a part said before its figure) stated where the question asks the whole
    (bot/part_for_whole.py)."""
    ans = near_miss(q, ans, language, intent) or ans
    ans = beyond_one(q, ans, language, intent)  # candidates all near misses; a part's share
    ans = other_day(q, ans, index, language) or ans  # the sub-item of the day asked
    if intent == "figure":
        ans = part_for_whole(q, ans, index) or subset_for_whole(q, ans) or ans
    if intent == "figure" or (intent == "percent" and asks_absent(q.folded)):  # "had no server"
        ans = rest_unstated(q, ans) or ans  # "còn bao nhiêu": not the whole, not the part done
    return ans


def _second_figure(q: ParsedQuery, ans: Answer, index: LoadedIndex) -> Answer:
    """The answer with the second figure the question asks from the stated figure's sentence
    ("bao nhiêu công chức của bao nhiêu sở"; "được giao bao nhiêu, có mặt bao nhiêu?"), or
    the figure of the role asked in place of the other of its sentence ("có mặt … là bao
    nhiêu?" not answered by the number assigned), each asked part's item of a list; then a change its quoted sentence states
    ("tăng 212 lượt so với Quý II/2017"), and the rank beside a move asked with it. One
    figure of one of several parts asked, the others not found, reads "not sure"."""
    ans = second_count(q, ans) or whole_parts(q, ans, index) or each_part(q, ans) or ans
    ans = each_line(q, ans, index) or each_sentence(q, ans, index) or one_of_several(q, ans) or ans
    ans = paired(q, ans) or ans
    ans = stated_change(q, ans) or ans
    ans = breakdown(q, ans) or ans
    ans = stated_rank(q, ans) or ans
    ans = several(q, ans) or ans  # every quantity asked, each by its own label
    return difference_unstated(q, ans) or ans  # one thing's figure for a difference asked

