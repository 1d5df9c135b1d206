"""On-disk cache of extraction results, keyed by article content, model and extractor code.

One JSON file per briefing (``Briefing.to_json(with_text=True)``), written atomically
(temp file + ``os.replace``), so a killed run never leaves a half-written entry; an
unreadable entry counts as a miss and is rewritten.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import asdict
from functools import cache
from pathlib import Path

from .. import __version__
from ..extract import nlp as nlp_mod
from ..model import Article, Briefing
from ..settings import cache_root
from ..store.atomic import write_atomic
from ..store.digest import digest, files_digest, source_files

_PACKAGE = Path(__file__).resolve().parents[1]
EXTRACTION_CODE = ("extract", "model.py")
"""What extraction produces depends on these, and on nothing else of the package: the
extractors (with any data files beside them) and the data model they fill."""


@cache
def installed_model_id(name: str | None = None) -> str:
    """``nlp.model_id`` of the model ``name`` would load, read from its meta.json without loading it."""
    resolved = nlp_mod.model_name(name)
    folder = Path(resolved)
    if not (folder / "meta.json").is_file():
        # Found, not imported: importing a model package imports spaCy (half a second).
        try:
            spec = importlib.util.find_spec(resolved)
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        if not locations or not (Path(locations[0]) / "meta.json").is_file():
            raise nlp_mod.ModelNotFound(f"spaCy model {resolved!r} is not installed")
        folder = Path(locations[0])
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


@cache
def code_fingerprint() -> str:
    """Digest of the extraction code (``EXTRACTION_CODE``): a changed extractor re-parses every article."""
    files: list[Path] = []
    for unit in EXTRACTION_CODE:
        path = _PACKAGE / unit
        files += source_files(path) if path.is_dir() else [path]
    return files_digest(files, _PACKAGE)


@cache
def package_fingerprint() -> str:
    """Digest of every file of this package: what a generated site depends on besides its inputs."""
    return files_digest(source_files(_PACKAGE), _PACKAGE)


def article_key(article: Article, model_id: str) -> str:
    """Cache key: the article's content and metadata (not where it lives), model, version, code."""
    fields = asdict(article)
    del fields["path"], fields["key"]
    return digest(fields, model_id, __version__, code_fingerprint())


class Cache:
    """Briefings stored under ``root/xx/KEY.json``."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = cache_root(explicit=root)
        self.failure: str | None = None
        """Why entries could not be written (then no more are tried), or None."""

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry for ``key`` exists (``get`` may still find it unreadable)."""
        return self._path(key).is_file()

    def get(self, key: str, article: Article) -> Briefing | None:
        """The cached briefing for ``article``, re-attached to it; None when absent or unreadable."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if data.get("text") != article.text:
                return None
            briefing = Briefing.from_json(data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        briefing.article = article
        return briefing

    def put(self, key: str, briefing: Briefing) -> None:
        """Store ``briefing`` atomically: a reader sees the old entry, the new one, or none.

        A cache folder that cannot be written is noted in ``failure``, not raised: the results
        stand without it."""
        if self.failure is not None:
            return
        text = json.dumps(briefing.to_json(with_text=True), ensure_ascii=False, sort_keys=True)
        try:
            write_atomic(self._path(key), lambda out: out.write(text))
        except OSError as err:
            self.failure = f"cache folder {self.root} cannot be written ({err.strerror or err}): results not cached"
