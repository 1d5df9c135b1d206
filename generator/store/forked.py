"""Spreading a task over forked worker processes that inherit the caller's memory.

The task is a plain function of an index, usually a closure over large objects (a site, a
build's pages): forked workers read those from their copy of the parent's memory, so only
indexes go out and results come back. Without ``fork`` (or for a small batch, or one job)
the task runs here. Workers log nothing: whatever they would report, the caller redoes or
reports itself.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

_TASK: Callable[[int], Any] | None = None
"""The running task; set before the workers fork."""


def _run(index: int) -> Any:
    assert _TASK is not None
    return _TASK(index)


def _quiet() -> None:
    logging.disable(logging.CRITICAL)


def forked_map(
    task: Callable[[int], T], count: int, jobs: int, *, minimum: int = 2, chunksize: int = 32
) -> Iterator[T]:
    """``task(0)``, ..., ``task(count - 1)`` in order, over ``jobs`` forked processes when there are
    at least ``minimum`` items."""
    global _TASK
    if jobs < 2 or count < max(minimum, 2) or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(task, range(count))
        return
    _TASK = task
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, count), initializer=_quiet) as pool:
            yield from pool.imap(_run, range(count), chunksize)
    finally:
        _TASK = None


def _background(task: Callable[[], object]) -> None:
    _quiet()
    try:
        task()
    except Exception:  # the caller sees the exit code, and does the work itself
        sys.exit(1)


def in_background(task: Callable[[], object]) -> Callable[[], bool] | None:
    """``task()`` started in a forked process; a function that waits for it to end and tells
    whether it did without error. None where processes cannot fork (the caller runs it)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    process = multiprocessing.get_context("fork").Process(target=_background, args=(task,), name="briefing-background")
    process.start()

    def wait() -> bool:
        process.join()
        return process.exitcode == 0

    return wait
