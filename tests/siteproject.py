"""Helpers for tests that build, serve or deploy a temporary copy of the project's site."""

from __future__ import annotations

import gzip
import json
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from generator.ingest.textlayout import blocks
from generator.model import Article

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "content", "templates", "seeds")
SEED_TITLE = "Japan and China Seek to Improve Ties Amid US-China Tensions"
LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def copy_project(dest: Path) -> Path:
    """Copy what a user's site needs (config, pages, templates, articles) into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def mkdocs_env(project: Path) -> dict[str, str]:
    """Environment for a mkdocs subprocess: default articles folder, cache inside the copy."""
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_ARTICLES"}
    env["BRIEFING_CACHE_DIR"] = str(project / ".briefing-cache")
    return env


RUNNERS = ("mkdocs", "properdocs")
"""The site generators that run the plugin: MkDocs 1.6 and its fork ProperDocs."""


def mkdocs_command(*args: str, runner: str = "mkdocs") -> list[str]:
    """The mkdocs (or ``runner``) command line of the running interpreter's environment."""
    return [sys.executable, "-m", runner, *args]


def run_mkdocs(
    project: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 600, runner: str = "mkdocs"
) -> subprocess.CompletedProcess[str]:
    """Run a real ``mkdocs ARGS`` (or ``runner``) in ``project`` (``mkdocs_env`` plus ``env``), output captured."""
    return subprocess.run(
        mkdocs_command(*args, runner=runner),
        cwd=project,
        env=mkdocs_env(project) | (env or {}),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def build_site(project: Path, site: Path, *extra: str, runner: str = "mkdocs") -> Path:
    """Run a real ``mkdocs build`` (or ``runner``) of ``project`` into ``site``; raise with its log on failure."""
    result = run_mkdocs(project, "build", "-q", "-d", str(site), *extra, timeout=300, runner=runner)
    if result.returncode:
        raise RuntimeError(f"{runner} build failed:\n{result.stderr}")
    return site


def text_article(text: str, path: str = "t.txt", title: str | None = None, date: str | None = None) -> Article:
    """An article whose body is all of ``text``, in blank-line separated paragraphs."""
    return Article(path=path, text=text, body=(0, len(text)), paragraphs=blocks(text), title=title, date=date)


class EventPipe:
    """A named pipe the product says things through (``generator.store.hooks``); the test waits on it.

    The test keeps a writing end open too, so that the pipe never reads as closed between messages."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self._read = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        self._keep = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        self._pending = b""

    def next(self, bound: float, alive: Callable[[], bool] = lambda: True) -> str | None:
        """The next line said, or None when nothing came within ``bound`` seconds (or ``alive`` turned false)."""
        deadline = time.monotonic() + bound
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0 or not alive():
                return None
            ready, _, _ = select.select([self._read], [], [], min(left, 1.0))
            if ready:
                self._pending += os.read(self._read, 4096)
        line, self._pending = self._pending.split(b"\n", 1)
        return line.decode()

    def close(self) -> None:
        os.close(self._read)
        os.close(self._keep)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seed_page(site: Path) -> Path:
    """The built HTML file of the seed article's briefing (the page whose heading is its title)."""
    heading = re.compile(r"<h1[^>]*>[^<]*" + re.escape(SEED_TITLE))
    pages = [p for p in sorted(site.rglob("*.html")) if heading.search(p.read_text(encoding="utf-8"))]
    if len(pages) != 1:
        raise LookupError(f"expected one briefing page titled {SEED_TITLE!r}, found {pages}")
    return pages[0]


def page_url(site: Path, page: Path) -> str:
    """The site-relative URL path that serves ``page`` (directory URLs for index.html)."""
    rel = page.relative_to(site).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def pagefind_records(site: Path) -> list[dict[str, object]]:
    """Every record of the site's Pagefind index (decoded fragments), sorted by URL."""
    records = []
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        records.append(json.loads(data[data.index(b"{") :]))
    return sorted(records, key=lambda r: str(r["url"]))


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site, sitemap dates blanked (the gzipped sitemap compared unzipped).

    Pagefind names its chunks differently on every run (its crawl is parallel), so its bundle
    counts as the records it holds, not as files."""
    files: dict[str, bytes] = {}
    if (site / "pagefind").is_dir():
        files["pagefind/(records)"] = json.dumps(pagefind_records(site), sort_keys=True).encode()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        if path.relative_to(site).parts[0] == "pagefind":
            continue
        data = path.read_bytes()
        if path.name == "sitemap.xml.gz":
            data = gzip.decompress(data)
        if path.name.startswith("sitemap.xml"):
            data = LASTMOD.sub(b"<lastmod/>", data)
        files[path.relative_to(site).as_posix()] = data
    return files
