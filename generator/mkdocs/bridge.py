"""The core logs below ``generator``; under MkDocs its records go to MkDocs' log as well.

MkDocs prints and counts what reaches its ``mkdocs`` logger, and ``--strict`` fails a build
that logged a warning there. While a build runs, every record of the core's loggers is
handed to ``mkdocs.plugins.generator``, at the level MkDocs shows (``-v`` included).
"""

from __future__ import annotations

import logging

CORE = logging.getLogger("generator")
TARGET = logging.getLogger("mkdocs.plugins.generator")


class _Bridge(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        TARGET.handle(record)


_BRIDGE = _Bridge()


def attach() -> None:
    """Send the core's records to MkDocs' log (again and again: attaching twice is one bridge)."""
    CORE.setLevel(logging.getLogger("mkdocs").getEffectiveLevel())
    CORE.propagate = False
    if _BRIDGE not in CORE.handlers:
        CORE.addHandler(_BRIDGE)


def detach() -> None:
    """Give the core's records back to the root logger."""
    CORE.removeHandler(_BRIDGE)
    CORE.setLevel(logging.NOTSET)
    CORE.propagate = True
