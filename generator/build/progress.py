"""Progress over extraction: a tqdm bar on stderr, and the one-line summary at the end."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType

from ..model import Briefing


class Progress:
    """A bar over ``total`` articles; ``enabled=None`` shows it only when stderr is a terminal."""

    def __init__(self, total: int, *, initial: int = 0, enabled: bool | None = False) -> None:
        show = sys.stderr.isatty() if enabled is None else enabled
        self._bar = None
        if show and total:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, initial=initial, unit="article", desc="extract", file=sys.stderr, dynamic_ncols=True
            )

    def update(self, n: int) -> None:
        """``n`` more articles are done."""
        if self._bar is not None:
            self._bar.update(n)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.close()


@dataclass(frozen=True)
class Summary:
    """What one extraction run did; ``str()`` gives the one-line summary."""

    articles: int
    actors: int
    quotes: int
    issues: int
    seconds: float
    hits: int
    """Briefings read back from the cache instead of parsed."""

    @classmethod
    def of(cls, briefings: Sequence[Briefing], seconds: float, hits: int) -> Summary:
        """Count what ``briefings`` hold."""
        return cls(
            len(briefings),
            sum(len(b.actors) for b in briefings),
            sum(len(b.quotes) for b in briefings),
            sum(len(b.issues) for b in briefings),
            seconds,
            hits,
        )

    def __str__(self) -> str:
        return (
            f"{self.articles} articles, {self.actors} actors, {self.quotes} quotes, {self.issues} issues "
            f"in {self.seconds:.1f} s ({self.hits} cache hits)"
        )
