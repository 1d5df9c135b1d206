"""Measuring helpers shared by the benchmarks: bare spaCy parsing, corpus loading, timed runs."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..build.batch import CHUNK
from ..extract import nlp as nlp_mod
from ..extract.briefing import analysis_text
from ..ingest.collect import collect
from ..model import Article
from .memory import Peak, finished_peak, sampled


def corpus_copy(corpus: Path, dest: Path, limit: int | None) -> Path:
    """``dest`` holding the first ``limit`` article files of ``corpus`` (its README left out)."""
    dest.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.upper().startswith("README"))
    for src in files[:limit]:
        shutil.copyfile(src, dest / src.name)
    return dest


def load_articles(folder: Path) -> list[Article]:
    """The articles of ``folder``; refused files are reported and left out."""
    articles, errors = collect([folder])
    for err in errors:
        print(f"  refused: {err}")
    return articles


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU seconds (this process and its finished children) of one step."""

    wall: float
    cpu: float

    def ratio(self, base: Timing) -> str:
        """``self / base`` in wall and in CPU time."""
        return f"{self.wall / base.wall:.2f} wall, {self.cpu / base.cpu:.2f} CPU"


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(step: Callable[[], object]) -> Timing:
    """Run ``step`` and time it."""
    wall, cpu = time.perf_counter(), _cpu()
    step()
    return Timing(time.perf_counter() - wall, _cpu() - cpu)


def interleaved(floor: Callable[[], Timing], step: Callable[[], Timing], rounds: int = 5) -> str:
    """CPU-time ratios of ``step`` to ``floor`` over ``rounds`` rounds, each timing the floor and then the
    step, so both meet the same state of a noisy machine: every ratio, then the median."""
    ratios = []
    for _ in range(rounds):
        base = floor()
        ratios.append(step().cpu / base.cpu)
    ratios.sort()
    return f"{rounds} interleaved rounds: {', '.join(f'{r:.2f}' for r in ratios)}; median {ratios[rounds // 2]:.2f}x"


def bare_parse(articles: Sequence[Article], n_process: int = 1) -> Timing:
    """Time ``nlp.pipe`` over the analysis texts, model already loaded (one process unless told), in
    batches as small as extraction's: spaCy's default of 1,000 pads every text of a batch to its
    longest and parsed the BBC corpus in twice the time, which flattered every ratio against it."""
    nlp = nlp_mod.load()
    texts = [analysis_text(a) for a in articles]
    return timed(lambda: all(True for _ in nlp.pipe(texts, batch_size=CHUNK, n_process=n_process)))


CHANGE = '\n\n"We will look at this again next week," said Harriet Vane, a spokeswoman for the group.\n'
"""What the benchmarks add to one article to time a rebuild after a change: a new speaker and quote,
so the change reaches the briefing, the actor index and the search index, as a real edit does."""


def change_article(path: Path) -> None:
    """Edit the article file ``path`` as a user would (``CHANGE`` appended)."""
    with path.open("a", encoding="utf-8") as out:
        out.write(CHANGE)


def run_measured(cmd: Sequence[str], *, cwd: Path, env: Mapping[str, str]) -> tuple[float, Peak]:
    """Run ``cmd``; its wall seconds and the peak memory of it and of its whole process tree."""
    # Linux carries the parent's resident size at fork into the child's wait4 high-water mark, even
    # across exec: a figure no higher than this process's own peak says nothing about the child.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, env=dict(env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    with sampled(proc.pid) as peak:
        err = proc.stderr.read() if proc.stderr else ""
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    finished_peak(peak, usage.ru_maxrss * 1024 if usage.ru_maxrss * 1024 > own else 0)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, peak
