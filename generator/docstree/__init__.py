"""``briefing render OUT``: the complete site source as a plain folder any Markdown site tool can build.

``OUT/docs/`` gets the hand-written pages (the dashboard in place), the generated pages and the
bundled mermaid script; ``OUT/mkdocs.yml`` is the site's config without the ``briefing``
plugin, its ``docs_dir`` pointing at ``docs``. Only files whose content changed are written and
files no longer in the site are removed from ``OUT/docs/``, so a watcher (``zensical serve``,
``mkdocs serve``) on OUT sees only real changes. Nothing else in OUT (a built ``site/``) is touched.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .build import DASHBOARD_MARKER, SEARCH_PAGE, SEARCH_STUB, generated_pages
from .config import HEADER, MERMAID_URI, ConfigError, SiteConfig, find_config, read_config, tree_config
from .writer import Sync, put, sync

__all__ = ["ConfigError", "LogLines", "SiteConfig", "Sync", "find_config", "read_config", "render_tree"]

DOCS = "docs"
CONFIG = "mkdocs.yml"
MERMAID = Path(__file__).resolve().parent.parent / "assets" / "mermaid" / "mermaid.min.js"


class LogLines(logging.Handler):
    """While attached (``with``): the generator's log as ``info: ...``/``warning: ...`` lines on
    stderr, as the plugin's messages show under MkDocs; counts the warnings."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.logger = logging.getLogger("generator")
        self.warnings = 0
        self._level = self.logger.level

    def emit(self, record: logging.LogRecord) -> None:
        self.warnings += record.levelno >= logging.WARNING
        print(f"{record.levelname.lower()}: {record.getMessage()}", file=sys.stderr)

    def __enter__(self) -> LogLines:
        self._level = self.logger.level
        self.logger.setLevel(logging.INFO)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self._level)


def _hand_written(docs_dir: Path) -> dict[str, bytes]:
    """The files of ``docs_dir`` as MkDocs takes them: hidden files and folders left out."""
    files: dict[str, bytes] = {}
    for path in sorted(docs_dir.rglob("*")):
        rel = path.relative_to(docs_dir)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            files[rel.as_posix()] = path.read_bytes()
    return files


def _check_target(out: Path, config: SiteConfig) -> None:
    """Refuse a folder that is, or holds, the project's own files."""
    target = out.resolve()
    for own in (config.root, config.docs_dir, config.articles, config.templates):
        inside = own != config.root and target.is_relative_to(own)
        if target == own or own.is_relative_to(target) or inside:
            raise ConfigError(f"{out}: holds the project's own files ({own}); render into a folder of its own")
    existing = out / CONFIG
    if existing.is_file() and not existing.read_text(encoding="utf-8").startswith(HEADER.split("{")[0]):
        raise ConfigError(f"{existing}: not written by `briefing render`; render into a folder of its own")


def render_tree(out: Path, config_path: Path, jobs: int | None = None) -> Sync:
    """Write the site of the config file ``config_path`` into ``out`` as a plain docs tree."""
    config = read_config(config_path)
    if not config.docs_dir.is_dir():
        raise ConfigError(f"{config.path}: docs_dir {config.docs_dir} is not a folder")
    _check_target(out, config)
    tree = _hand_written(config.docs_dir)
    marked = {}
    for rel, data in tree.items():
        if rel.endswith(".md") and DASHBOARD_MARKER.encode() in data:
            marked[rel] = data.decode("utf-8")
    pages = generated_pages(config, marked, jobs)
    tree.update((rel, text.encode("utf-8") if isinstance(text, str) else text) for rel, text in pages.items())
    tree.setdefault(SEARCH_PAGE, SEARCH_STUB.encode("utf-8"))
    tree[MERMAID_URI] = MERMAID.read_bytes()
    done = sync(out / DOCS, tree)
    if put(out / CONFIG, tree_config(config.path, DOCS).encode("utf-8")):
        done.written.append(CONFIG)
    else:
        done.unchanged += 1
    return done
