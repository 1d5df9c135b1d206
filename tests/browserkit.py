"""Serving a built site on loopback and driving Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, Page, Route, sync_playwright

from generator.bench.searchtime import ARGS as CHROMIUM_ARGS
from generator.bench.searchtime import CHROMIUM

LOCAL_HOST = "127.0.0.1"
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 30_000
"""How long a browser test waits for what it expects."""
# Material draws mermaid diagrams into a *closed* shadow root, out of reach of scripts and tests.
# Opening shadow roots lets a test see the SVG the page really drew.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: "open"}); };
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_directory(site: Path) -> Iterator[str]:
    """Serve ``site`` over HTTP on a free loopback port; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's headless Chromium, started with the flags that keep it off the network."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Traffic:
    """Every request the pages made, and every console error they logged."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def external(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlparse(url).scheme not in ("data", "blob") and urlparse(url).hostname != LOCAL_HOST
        ]

    def route(self, route: Route) -> None:
        """Let loopback requests through; refuse the rest (they are counted by the request listener)."""
        if urlparse(route.request.url).hostname == LOCAL_HOST:
            route.continue_()
        else:
            route.abort()


def open_tab(browser: Browser, base_url: str, traffic: Traffic, timeout_ms: float) -> Page:
    """A new tab whose requests and console errors ``traffic`` records; requests off loopback are refused."""
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT)
    context.set_default_timeout(timeout_ms)
    context.add_init_script(OPEN_SHADOW_ROOTS)
    context.route("**/*", traffic.route)
    context.on("request", lambda request: traffic.requests.append(request.url))
    tab = context.new_page()
    tab.on("console", lambda msg: traffic.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: traffic.errors.append(str(exc)))
    return tab
