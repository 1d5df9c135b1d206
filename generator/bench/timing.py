"""Measuring helpers shared by the benchmarks: bare spaCy parsing, corpus loading, process-tree memory."""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import nlp as nlp_mod
from ..extract import analysis_text
from ..ingest import collect
from ..model import Article

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


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


def bare_parse(articles: Sequence[Article], n_process: int = 1) -> Timing:
    """Time ``nlp.pipe`` over the analysis texts, model already loaded."""
    nlp = nlp_mod.load()
    texts = [analysis_text(a) for a in articles]
    return timed(lambda: all(True for _ in nlp.pipe(texts, n_process=n_process)))


def _tree_rss(root: int) -> int:
    """Resident bytes of process ``root`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children[int(fields[1])].append(int(stat.parent.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
    return total


def run_measured(cmd: Sequence[str], *, cwd: Path, env: Mapping[str, str]) -> tuple[float, int]:
    """Run ``cmd``; its wall seconds and the peak resident bytes of its whole process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, env=dict(env), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    peak = [0]
    sampling = Path("/proc").is_dir()

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    if sampling:
        sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    if sampling:
        sampler.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, peak[0]
