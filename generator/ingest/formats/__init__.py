"""Readers for each input format: text in, Articles out (see ``generator.ingest`` for dispatch)."""

from __future__ import annotations


class FormatError(ValueError):
    """One input (or one item of a multi-article file) that cannot become an article; the message says why."""


class Skipped(FormatError):
    """An input with nothing to brief (empty or title only): skipped with a warning, not an error."""
