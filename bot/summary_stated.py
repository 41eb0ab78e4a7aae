"""The key figures a summary states (`bot/summary_answer.py`), each in its clause's words around
it (the figures beside it too), cited: under a part's bullet, and as the summary's key figures
paragraph; a clause is said once, never again where a bullet already quotes it whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Citation
from bot.compare_facts import around, fact_citation
from bot.summary_sentences import cleaned
from bot.summary_shown import said_in
from index.facts import Fact
from index.generations import LoadedIndex

FIGURE_CHARS = 200  # a key figure's clause, cut around it


class StatedFigures:
    """A summary's key figures stated from its index's facts (`index`: set by the answerer)."""

    index: LoadedIndex

    def _state(
        self, facts: Sequence[Fact], cits: list[Citation], told: set[tuple[str, str]],
        shown: str,
    ) -> list[str]:  # fmt: skip
        """Key figures, each in its clause's words around it (the figures beside it too),
        cited; a clause said once (`told`) is not said again, nor one a bullet already quotes,
        unless the bullet's text (`shown`), cut short, leaves the figure out."""
        quoted = {(c.chunk_id, c.quote_original) for c in cits}
        said = []
        for f in facts:
            cit = fact_citation(self.index, f)
            key = (cit.chunk_id, cit.quote_original)
            chunk = self.index.chunks[self.index.position[f.chunk_id]]
            context = chunk.restored or chunk.text  # the words as its paragraph spells them
            text = cleaned(around(cit.quote, f.value, FIGURE_CHARS), context)
            # (nor one the bullet's text already says whole: a list's item cut at ";")
            if key in told or (key in quoted and f.value in shown) or said_in(text, shown):
                continue
            told.add(key)
            cits.append(replace(cit, n=len(cits) + 1))
            said.append(f"{text} [{len(cits)}]")
        return said

    def _figures(self, facts: Sequence[Fact], cits: list[Citation], en: bool, shown: str) -> str:
        """The key figures paragraph: `facts` (chosen key figures) stated, cited."""
        said = self._state(facts, cits, set(), shown)
        if not said:
            return ""
        head = "**Key figures**" if en else "**Số liệu chính**"
        return f"{head}: " + " · ".join(said)
