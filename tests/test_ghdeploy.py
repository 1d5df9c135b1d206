"""`mkdocs gh-deploy` publishes the briefing site to the gh-pages branch of a real (local, bare) remote."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from siteproject import SEED_TITLE, copy_project, mkdocs_command, mkdocs_env

SITE_URL = "https://analyst.example.org/briefings/"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Publisher",
    "GIT_AUTHOR_EMAIL": "publisher@example.org",
    "GIT_COMMITTER_NAME": "Test Publisher",
    "GIT_COMMITTER_EMAIL": "publisher@example.org",
    "GIT_CONFIG_GLOBAL": "/dev/null",
    "GIT_CONFIG_NOSYSTEM": "1",
}

pytestmark = pytest.mark.slow


def _git(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bare repository that received `mkdocs gh-deploy --force` from a clone of the project."""
    base = tmp_path_factory.mktemp("ghdeploy")
    project = copy_project(base / "project")
    # A user publishes by setting site_url; INHERIT keeps the project's own mkdocs.yml untouched.
    (project / "publish.yml").write_text(f"INHERIT: mkdocs.yml\nsite_url: {SITE_URL}\n")
    env = {**mkdocs_env(project), **GIT_ENV}
    bare = base / "origin.git"
    _git("init", "-q", "--bare", str(bare), cwd=base, env=env)
    _git("init", "-q", "-b", "main", cwd=project, env=env)
    _git("add", ".", cwd=project, env=env)
    _git("commit", "-q", "-m", "briefings", cwd=project, env=env)
    _git("remote", "add", "origin", str(bare), cwd=project, env=env)
    result = subprocess.run(
        mkdocs_command("gh-deploy", "--force", "-f", "publish.yml"),
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return bare


def _published(remote: Path) -> list[str]:
    return _git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).splitlines()


def _show(remote: Path, path: str) -> str:
    return _git("show", f"gh-pages:{path}", cwd=remote)


def test_gh_pages_holds_the_site(remote: Path) -> None:
    files = _published(remote)
    assert "index.html" in files
    assert ".nojekyll" in files
    assert "sitemap.xml" in files
    assert "pagefind/pagefind.js" in files and "pagefind/pagefind-entry.json" in files


def test_gh_pages_holds_the_seed_briefing(remote: Path) -> None:
    heading = re.compile(r"<h1[^>]*>[^<]*" + re.escape(SEED_TITLE))
    pages = [f for f in _published(remote) if f.endswith(".html") and heading.search(_show(remote, f))]
    assert len(pages) == 1, pages
    assert "Ian Chong" in _show(remote, pages[0])


def test_sitemap_uses_site_url(remote: Path) -> None:
    locs = re.findall(r"<loc>([^<]+)</loc>", _show(remote, "sitemap.xml"))
    assert locs, "sitemap lists no pages"
    assert all(loc.startswith(SITE_URL) for loc in locs), locs
    published = set(_published(remote))
    for loc in locs:
        path = loc[len(SITE_URL) :]
        assert (path + "index.html" if path.endswith("/") or not path else path) in published, loc
