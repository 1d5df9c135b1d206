"""Points where a test waits on the product through a named pipe instead of sleeping.

Both are off unless their environment variable names a pipe the test made (``os.mkfifo``):

- ``BRIEFING_TEST_HOLD``: extraction says ``held`` once its first results are stored, then
  waits for the test to kill the process, mid-extraction;
- ``BRIEFING_TEST_EVENTS``: every finished build says ``built``; a test counts the builds
  of ``mkdocs serve`` as they happen, and knows it stayed idle when none came.
"""

from __future__ import annotations

import os
import threading

HOLD_ENV = "BRIEFING_TEST_HOLD"
EVENTS_ENV = "BRIEFING_TEST_EVENTS"


def hold() -> None:
    """Say ``held`` through the hold pipe, then wait until killed; nothing when it is not set."""
    path = os.environ.get(HOLD_ENV)
    if not path:
        return
    with open(path, "w", encoding="utf-8") as pipe:  # blocks until the test listens
        pipe.write("held\n")
    threading.Event().wait()  # the test kills the process here


def announce(event: str) -> None:
    """Say ``event`` through the events pipe when a test listens on it."""
    path = os.environ.get(EVENTS_ENV)
    if not path:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # fails at once when nobody reads
    except OSError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as pipe:
        pipe.write(event + "\n")
