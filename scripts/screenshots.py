"""Regenerate the README's screenshots (home, who-appears-with-whom graph, seed briefing and its actors,
an actor page) into screenshots/.

Builds the project's site into a temporary folder, serves it on 127.0.0.1 and photographs it
with Debian's Chromium through Playwright:  .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browserkit import OPEN_SHADOW_ROOTS, VIEWPORT, chromium, serve_directory  # noqa: E402
from siteproject import SEED_TITLE, build_site, copy_project  # noqa: E402

OUT = ROOT / "screenshots"
ACTOR = "Ian Chong"
SHOTS = ("home.png", "graph.png", "briefing.png", "briefing-actors.png", "actor.png")


def main() -> int:
    """Build, serve and photograph the site; print the files written."""
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = build_site(copy_project(Path(tmp) / "project"), Path(tmp) / "site")
        with serve_directory(site) as base_url, chromium() as browser:
            context = browser.new_context(base_url=base_url, viewport=VIEWPORT, device_scale_factor=1)
            context.add_init_script(OPEN_SHADOW_ROOTS)
            page = context.new_page()
            page.goto("/")
            graph = page.locator(".md-content div.mermaid svg").first
            graph.wait_for()
            page.screenshot(path=OUT / "home.png")
            graph.scroll_into_view_if_needed()
            page.wait_for_timeout(1000)  # let the header finish swapping in the page title
            page.screenshot(path=OUT / "graph.png")
            page.evaluate("window.scrollTo(0, 0)")
            page.locator(".md-content a", has_text=SEED_TITLE).first.click()
            page.wait_for_load_state("networkidle")
            page.screenshot(path=OUT / "briefing.png")
            page.evaluate("document.querySelector('#key-actors').scrollIntoView()")
            page.wait_for_timeout(1000)  # let the header finish swapping in the page title
            page.screenshot(path=OUT / "briefing-actors.png")
            page.locator(".md-content table a", has_text=ACTOR).first.click()
            page.wait_for_load_state("networkidle")
            page.screenshot(path=OUT / "actor.png")
            context.close()
    for name in SHOTS:
        print(OUT / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
