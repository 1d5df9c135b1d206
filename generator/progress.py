"""Progress over extraction: a tqdm bar on stderr, and the one-line summary at the end."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType

from .model import Briefing


class Progress:
    """A bar over ``total`` articles; ``enabled=None`` shows it only when stderr is a terminal."""

    def __init__(self, total: int, *, initial: int = 0, enabled: bool | None = False) -> None:
        show = sys.stderr.isatty() if enabled is None else enabled
        self._bar = None
        if show and total:
            from tqdm import tqdm

            self._bar = tqdm(total=total, initial=initial, unit="article", desc="extract",
                             file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int) -> None:
        """``n`` more articles are done."""
        if self._bar is not None:
            self._bar.update(n)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.close()


def summary_line(briefings: Sequence[Briefing], seconds: float, hits: int) -> str:
    """``N articles, A actors, Q quotes, I issues in S s (H cache hits)``."""
    actors = sum(len(b.actors) for b in briefings)
    quotes = sum(len(b.quotes) for b in briefings)
    issues = sum(len(b.issues) for b in briefings)
    return (f"{len(briefings)} articles, {actors} actors, {quotes} quotes, {issues} issues "
            f"in {seconds:.1f} s ({hits} cache hits)")
