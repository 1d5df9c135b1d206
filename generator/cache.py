"""On-disk cache of extraction results, keyed by article content, model and extractor code.

One JSON file per briefing (``Briefing.to_json(with_text=True)``), written atomically
(temp file + ``os.replace``), so a killed run never leaves a half-written entry; an
unreadable entry counts as a miss and is rewritten.
"""
from __future__ import annotations

import ast
import hashlib
import importlib.util
import json
import os
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from . import __version__
from . import nlp as nlp_mod
from .atomic import write_atomic
from .model import Article, Briefing

CACHE_ENV = "BRIEFING_CACHE_DIR"
DEFAULT_DIR = ".briefing-cache"
_PACKAGE = Path(__file__).resolve().parent
_EXTRACTION_ROOTS = ("extract",)
"""Modules whose import closure (within this package) decides what extraction produces;
a ``data`` folder next to them counts too."""


def cache_root(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """``cache_dir``, else ``$BRIEFING_CACHE_DIR``, else ``.briefing-cache`` in the working directory."""
    return Path(cache_dir or os.environ.get(CACHE_ENV) or DEFAULT_DIR)


@lru_cache(maxsize=None)
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


def _unit_files(unit: str) -> list[Path]:
    """Files of a top-level module, or of a subpackage or data folder (all files) of this package."""
    folder = _PACKAGE / unit
    if folder.is_dir():
        return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [_PACKAGE / f"{unit}.py"]


def _imported_units(path: Path) -> set[str]:
    """Top-level modules or subpackages of this package that the file at ``path`` imports."""
    depth = len(path.relative_to(_PACKAGE).parts) - 1
    pkg = _PACKAGE.name
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                if depth + 1 - node.level != 0:
                    continue
                base = node.module or ""
            elif node.module and (node.module == pkg or node.module.startswith(f"{pkg}.")):
                base = node.module[len(pkg):].lstrip(".")
            else:
                continue
            names += [base] if base else [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            names += [a.name[len(pkg) + 1:] for a in node.names if a.name.startswith(f"{pkg}.")]
    units = {n.split(".")[0] for n in names}
    return {u for u in units if (_PACKAGE / f"{u}.py").is_file() or (_PACKAGE / u).is_dir()}


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """Hash of the source of every package module extraction depends on, plus its data files."""
    seen: set[str] = set()
    todo = [*_EXTRACTION_ROOTS, *(["data"] if (_PACKAGE / "data").is_dir() else [])]
    while todo:
        unit = todo.pop()
        if unit not in seen:
            seen.add(unit)
            for path in _unit_files(unit):
                if path.suffix == ".py":
                    todo.extend(_imported_units(path) - seen)
    return _files_digest([f for unit in sorted(seen) for f in _unit_files(unit)])


@lru_cache(maxsize=None)
def package_fingerprint() -> str:
    """Hash of every file of this package: what a generated site depends on besides its inputs."""
    return _files_digest(sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts))


def _files_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def article_key(article: Article, model_id: str) -> str:
    """Cache key: the article's content and metadata (not where it lives), model, version, code."""
    fields = asdict(article)
    del fields["path"], fields["key"]
    payload = json.dumps([fields, model_id, __version__, code_fingerprint()],
                         ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Cache:
    """Briefings stored under ``root/xx/KEY.json``."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = cache_root(root)
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
