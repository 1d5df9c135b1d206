"""`briefing render` then `zensical build`: the site without the plugin, from Material's successor."""

from __future__ import annotations

import posixpath
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browserkit import CHROMIUM, OPEN_SHADOW_ROOTS, chromium
from siteproject import ROOT, SEED_TITLE, copy_project, mkdocs_env

from generator.site.render import page_url

pytestmark = pytest.mark.slow

REUTERS = ROOT.parent / "shared" / "corpus" / "reuters"
SLICE = 30
SEED_SLUG = "japan-and-china-seek-to-improve-ties-amid-us-china-tensions"
SITE_PATH = "/briefings/"
"""The path of site_url in the project's mkdocs.yml."""
ZENSICAL = Path(sys.executable).with_name("zensical")


class _Links(HTMLParser):
    """Link targets (``href``, ``src``) and element ids of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if value is not None and ((name == "href" and tag in ("a", "link")) or name == "src"):
                self.links.append(value)


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, link: str) -> tuple[Path, str] | None:
    """The file (and fragment) an internal link of ``page`` resolves to; None for an external link.

    An absolute path is taken under site_url's path (``/briefings/``), where the site is published."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
        return None
    here = page.relative_to(site).parent.as_posix()
    path = unquote(parts.path)
    if path.startswith("/"):
        assert path.startswith(SITE_PATH), link
        here, path = ".", path.removeprefix(SITE_PATH) or "./"
    resolved = posixpath.normpath(posixpath.join(here, path)) if path else page.relative_to(site).as_posix()
    target = site / resolved
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """The docs tree of the seed and a slice of Reuters, built by Zensical; and the briefings expected."""
    if not REUTERS.is_dir():
        pytest.skip(f"{REUTERS} is absent")
    root = tmp_path_factory.mktemp("zensical")
    project = copy_project(root / "project")
    for article in sorted(REUTERS.glob("*.txt"))[:SLICE]:
        shutil.copy2(article, project / "seeds" / article.name)
    out = root / "out"
    render = subprocess.run(
        [sys.executable, "-m", "generator", "render", str(out)],
        check=False,
        cwd=project,
        env=mkdocs_env(project),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert render.returncode == 0, render.stderr
    build = subprocess.run([str(ZENSICAL), "build"], check=False, cwd=out, capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stdout + build.stderr
    skipped = sum(line.startswith("info: skipped: ") for line in render.stderr.splitlines())  # title-only items
    yield out, SLICE + 1 - skipped


@pytest.fixture(scope="module")
def zensical_site(rendered: tuple[Path, int]) -> Path:
    return rendered[0] / "site"


def test_zensical_builds_briefing_actor_and_issue_pages(rendered: tuple[Path, int], zensical_site: Path) -> None:
    out, expected = rendered
    briefings = list((zensical_site / "briefings").glob("*/index.html"))
    assert len(briefings) == expected > SLICE // 2
    sources = [p.relative_to(out / "docs") for p in (out / "docs").rglob("*.md")]
    missing = [
        str(src)
        for src in sources
        if not (zensical_site / page_url(src.as_posix()) / "index.html").is_file()
        and not (zensical_site / page_url(src.as_posix())).is_file()
    ]
    assert not missing, missing
    seed = (zensical_site / "briefings" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert SEED_TITLE in seed and "Ian Chong" in seed and "political scientist" in seed
    assert (zensical_site / "actors" / "ian-chong" / "index.html").is_file()
    assert len(list((zensical_site / "actors").glob("*/index.html"))) > SLICE
    assert len(list((zensical_site / "issues").glob("*/index.html"))) > 5
    home = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert "briefing:dashboard" not in home and SEED_TITLE in home


def test_zensical_site_has_no_broken_internal_links(zensical_site: Path) -> None:
    pages = sorted(zensical_site.rglob("*.html"))
    parsed = {page: _parse(page) for page in pages}
    broken, checked = [], 0
    for page, found in parsed.items():
        for link in found.links:
            resolved = _target(zensical_site, page, link)
            if resolved is None:
                continue
            target, fragment = resolved
            checked += 1
            if not target.is_file():
                broken.append(f"{page.relative_to(zensical_site)}: {link}")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{page.relative_to(zensical_site)}: {link} (no #{fragment})")
    assert checked > 1000
    assert not broken, f"{len(broken)} broken links, first: {broken[:20]}"


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_zensical_search_finds_the_seed_briefing(zensical_site: Path) -> None:
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import functools, http.server, sys\n"
                "h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])\n"
                "s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), h)\n"
                "print(s.server_address[1], flush=True)\n"
                "s.serve_forever()\n"
            ),
            str(zensical_site),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{int(server.stdout.readline())}"
        with chromium() as browser:
            page = browser.new_page()
            page.add_init_script(OPEN_SHADOW_ROOTS)  # the search dialog lives in a shadow root
            page.goto(base + "/")
            page.locator(".md-search__button").click()
            query = page.get_by_role("combobox", name="Search")
            query.fill("Japan China ties")
            hit = page.locator(f'[role="option"][href*="/briefings/{SEED_SLUG}/"]').first
            hit.wait_for(state="visible", timeout=30_000)
            assert SEED_TITLE in page.get_by_role("listbox", name="Search results").inner_text()
            hit.click()
            page.wait_for_url(f"**/briefings/{SEED_SLUG}/**")
            assert page.locator("h1").first.inner_text().strip().rstrip("¶") == SEED_TITLE
    finally:
        server.terminate()
        server.wait(timeout=15)
