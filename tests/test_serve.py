"""`mkdocs serve` rebuilds when an article or a template changes, and stays idle otherwise."""
from __future__ import annotations

import re
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from siteproject import SEED_TITLE, copy_project, free_port, mkdocs_command, mkdocs_env

SEED = "seeds/000_ea4352de70d833d8.txt"
TEMPLATE = "briefing.md.j2"
OLD_SENTENCE = "analysts believe that longstanding tensions between the two nations will be difficult to overcome."
NEW_SENTENCE = "analysts believe that the quarrel will outlast the winter thaw."
TEMPLATE_MARKER = "Hand-edited template marker 5e1d"
REBUILD_LINES = ("Building documentation", "Detected file changes")
STARTUP_BOUND = 180.0
CHANGE_BOUND = 60.0
IDLE_SECONDS = 10.0

pytestmark = pytest.mark.slow


class Server:
    """A running `mkdocs serve` on a loopback port, with its log captured to a file."""

    def __init__(self, project: Path, log: Path) -> None:
        self.log = log
        self._log_file = log.open("w")
        self.proc = subprocess.Popen(
            mkdocs_command("serve", "-a", f"127.0.0.1:{free_port()}"),
            cwd=project, env=mkdocs_env(project), stdout=self._log_file, stderr=subprocess.STDOUT,
        )
        self.base = ""

    def wait_until_serving(self) -> None:
        """Wait for the URL the server announces (it serves under site_url's path)."""
        deadline = time.monotonic() + STARTUP_BOUND
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"mkdocs serve exited:\n{self.log.read_text()}"
            found = re.search(r"Serving on (http://127\.0\.0\.1:\d+/\S*)", self.log.read_text(errors="replace"))
            if found:
                self.base = found.group(1).rstrip("/")
                return
            time.sleep(0.5)
        raise AssertionError(f"mkdocs serve did not start within {STARTUP_BOUND} s:\n{self.log.read_text()}")

    def get(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(self.base + path, timeout=10) as response:
                return response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return None

    def rebuilds(self) -> int:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return sum(line.count(marker) for line in text.splitlines() for marker in REBUILD_LINES)

    def wait_for(self, path: str, ok: Callable[[str], bool], bound: float) -> str:
        deadline = time.monotonic() + bound
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"mkdocs serve exited:\n{self.log.read_text()}"
            body = self.get(path)
            if body is not None and ok(body):
                return body
            time.sleep(0.5)
        raise AssertionError(f"{path} did not change within {bound} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log_file.close()


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the project whose user has taken the built-in briefing template to customise it."""
    copy = copy_project(tmp_path / "project")
    (copy / "templates").mkdir(exist_ok=True)
    user_template = copy / "templates" / TEMPLATE
    if not user_template.exists():
        user_template.write_text((files("generator") / "templates" / TEMPLATE).read_text(encoding="utf-8"))
    return copy


@pytest.fixture()
def server(project: Path, tmp_path: Path) -> Iterator[Server]:
    srv = Server(project, tmp_path / "serve.log")
    try:
        srv.wait_until_serving()
        yield srv
    finally:
        srv.stop()


def _seed_location(server: Server) -> str:
    index = server.wait_for("/briefings/", lambda body: SEED_TITLE in body, CHANGE_BOUND)
    locations = re.findall(r'<a href="([^"#]+)"[^>]*>' + re.escape(SEED_TITLE) + "</a>", index)
    assert len(locations) == 1, locations
    return "/briefings/" + locations[0]


def test_serve_reflects_article_and_template_edits_then_idles(project: Path, server: Server) -> None:
    page = _seed_location(server)
    assert OLD_SENTENCE in server.wait_for(page, lambda body: "Ian Chong" in body, CHANGE_BOUND)

    article = project / SEED
    article.write_text(article.read_text(encoding="utf-8").replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")
    body = server.wait_for(page, lambda body: NEW_SENTENCE in body, CHANGE_BOUND)
    assert OLD_SENTENCE not in body

    template = project / "templates" / TEMPLATE
    template.write_text(template.read_text(encoding="utf-8") + f"\n\n{TEMPLATE_MARKER}\n", encoding="utf-8")
    server.wait_for(page, lambda body: TEMPLATE_MARKER in body, CHANGE_BOUND)

    settled = server.rebuilds()
    time.sleep(IDLE_SECONDS)
    assert server.proc.poll() is None
    assert server.rebuilds() == settled, f"rebuilt while idle:\n{server.log.read_text()}"
