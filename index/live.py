"""Running servers follow the index: a cheap look at CURRENT between questions.

`index add`, `remove` and `build` switch CURRENT to a new generation; a web UI or bot started
before keeps its loaded index until it looks again. `CurrentWatch.moved()` costs one `stat`
of the CURRENT file (an atomic rename gives it a new inode), so it runs before every question.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from core.errors import HbcError
from index.generations import CURRENT, LoadedIndex, current_generation

log = logging.getLogger(__name__)
T = TypeVar("T")


class CurrentWatch:
    """Notices when CURRENT in an index folder is replaced."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._stamp = self._read()

    def _read(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.index_dir / CURRENT)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def moved(self) -> bool:
        """True once after each change of CURRENT (one stat call)."""
        stamp = self._read()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        return True


class Following(Generic[T]):
    """A value built from the index generation in use (an answer service), built again when
    CURRENT names another generation. A new generation that fails to load is logged and the
    old value keeps serving."""

    def __init__(
        self,
        value: T,
        index_dir: Path,
        rebuild: Callable[[], T],
        generation: Callable[[T], str],
    ) -> None:
        self._value = value
        self._watch = CurrentWatch(index_dir)
        self._rebuild = rebuild
        self._generation = generation
        self._lock = threading.Lock()

    def get(self) -> T:
        """The value for the generation in use now."""
        if self._watch.moved():
            with self._lock:
                gen = current_generation(self._watch.index_dir)
                if gen is not None and gen != self._generation(self._value):
                    try:
                        self._value = self._rebuild()
                        log.info("now serving index %s", gen)
                    except HbcError as exc:
                        log.warning("index %s not loaded (%s); still serving the old one", gen, exc)
        return self._value

    def set(self, value: T) -> None:
        """Serve `value` from now on (after a change made in this process)."""
        with self._lock:
            self._value = value


def filter_choices(index: LoadedIndex) -> tuple[list[str], list[str]]:
    """The province and year filter choices an index offers (years newest first)."""
    reports = index.reports.values()
    provinces = sorted({r.province for r in reports if r.province})
    years = sorted({str(r.year) for r in reports if r.year}, reverse=True)
    return provinces, years
