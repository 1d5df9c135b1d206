"""Search as a reader meets it: a real Chromium on 127.0.0.1 opens the home page and types a query.

For each query, in a fresh browser context (empty cache) each time: the time from typing the
query into the header box to the first answer shown (results, or none found), and the bytes fetched from the moment
the typing starts until the results are complete. Playwright and Debian's chromium are test
tools; without them this step is reported as skipped.
"""

from __future__ import annotations

import functools
import http.server
import statistics
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
RUNS = 3
TIMEOUT_MS = 90_000


@dataclass(frozen=True)
class QueryTiming:
    """Median over the runs of one query: seconds to first result, bytes fetched, results found."""

    query: str
    seconds: float
    fetched: int
    results: str


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    """Serves the site; a browser that drops a connection it no longer needs is not an error."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def _served(site: Path) -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _one(browser: object, base: str, query: str) -> tuple[float, int, str]:
    context = browser.new_context(base_url=base)  # type: ignore[attr-defined]
    try:
        tab = context.new_page()
        tab.goto("/", wait_until="load")
        requests: list[object] = []
        tab.on("requestfinished", lambda request: requests.append(request))
        box = tab.locator("input.md-search__input")
        started = time.perf_counter()
        box.fill(query)
        # The first answer: results listed, or "No matching documents".
        tab.locator(".md-search-result__meta", has_text="matching").wait_for(timeout=TIMEOUT_MS)
        seconds = time.perf_counter() - started
        tab.wait_for_load_state("networkidle")
        fetched = sum(r.sizes()["responseBodySize"] for r in requests)  # type: ignore[attr-defined]
        return seconds, fetched, tab.locator(".md-search-result__meta").inner_text()
    finally:
        context.close()


def time_queries(site: Path, queries: Sequence[str], runs: int = RUNS) -> list[QueryTiming] | str:
    """Median timings of ``queries`` on the built ``site``, or why they could not be taken."""
    try:
        from playwright.sync_api import sync_playwright  # a test tool: only for this step
    except ImportError:
        return "skipped: playwright is not installed (pip install -e .[test])"
    if not CHROMIUM.exists():
        return f"skipped: {CHROMIUM} is absent"
    timings = []
    with _served(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            for query in queries:
                found = [_one(browser, base, query) for _ in range(runs)]
                timings.append(
                    QueryTiming(
                        query,
                        statistics.median(s for s, _, _ in found),
                        int(statistics.median(b for _, b, _ in found)),
                        found[-1][2],
                    )
                )
        finally:
            browser.close()
    return timings
