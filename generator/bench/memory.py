"""Peak memory of a process and of its whole process tree, sampled from Linux ``/proc``."""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
INTERVAL = 0.2
"""Seconds between samples."""


@dataclass
class Peak:
    """Peak resident bytes seen while sampling one process tree.

    ``process``: the root process's own high-water mark (``VmHWM``; see ``finished_peak``).
    ``tree``: the highest sampled sum over the root and all its descendants; pages that
    forked workers still share with their parent count once per process, so it is an upper bound.
    ``shared_once``: the highest sampled sum of proportional set sizes (``Pss``), which counts
    a page shared by several processes once in all: the tree's real footprint.
    ``worker``: the highest sampled resident size of any one descendant.
    """

    process: int = 0
    tree: int = 0
    shared_once: int = 0
    worker: int = 0

    def __str__(self) -> str:
        return (
            f"build process {mib(self.process)} MiB, process tree {mib(self.tree)} MiB, "
            f"{mib(self.shared_once)} MiB counting shared pages once (largest worker {mib(self.worker)} MiB)"
        )


def mib(size: int) -> str:
    """``size`` bytes in whole MiB."""
    return f"{size / 2**20:.0f}"


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children[int(fields[1])].append(int(stat.parent.name))
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _kib_field(path: str, name: str) -> int:
    """Bytes of the ``name: N kB`` line of a ``/proc`` file, or 0."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def _sample(root: int, peak: Peak) -> None:
    pids = _descendants(root)
    workers = [_rss(pid) for pid in pids]
    peak.process = max(peak.process, _kib_field(f"/proc/{root}/status", "VmHWM"))
    peak.tree = max(peak.tree, _rss(root) + sum(workers))
    peak.shared_once = max(
        peak.shared_once, sum(_kib_field(f"/proc/{pid}/smaps_rollup", "Pss") for pid in [root, *pids])
    )
    peak.worker = max([peak.worker, *workers])


@contextmanager
def sampled(root: int) -> Iterator[Peak]:
    """Sample the tree of process ``root`` until the block ends; the ``Peak`` fills in as it runs.

    Outside Linux (no ``/proc``) the figures stay 0.
    """
    peak, stop = Peak(), threading.Event()

    def run() -> None:
        while not stop.is_set():
            _sample(root, peak)
            stop.wait(INTERVAL)

    sampler = threading.Thread(target=run, daemon=True)
    if Path("/proc").is_dir():
        sampler.start()
    try:
        yield peak
    finally:
        stop.set()
        if sampler.is_alive():
            sampler.join()
            _sample(root, peak)


def finished_peak(peak: Peak, maxrss: int) -> None:
    """Complete ``peak`` with ``maxrss``, the ``wait4`` high-water mark of the reaped root.

    ``wait4`` reports the largest of the root and its reaped workers. When it exceeds every
    worker sampled, it is the root's own, and catches growth in the root's last sampling interval.
    """
    if maxrss > peak.worker:
        peak.process = max(peak.process, maxrss)
    peak.tree = max(peak.tree, peak.process)
