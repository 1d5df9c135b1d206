"""`mkdocs serve` (and `properdocs serve`) rebuilds when an article, a template or issues.yml changes,
and stays idle otherwise."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from siteproject import RUNNERS, SEED_TITLE, EventPipe, copy_project, free_port, mkdocs_command, mkdocs_env

from generator.store.hooks import EVENTS_ENV

SEED = "seeds/000_ea4352de70d833d8.txt"
TEMPLATE = "briefing.md.j2"
OLD_SENTENCE = "analysts believe that longstanding tensions between the two nations will be difficult to overcome."
NEW_SENTENCE = "analysts believe that the quarrel will outlast the winter thaw."
TEMPLATE_MARKER = "Hand-edited template marker 5e1d"
HIDDEN_ISSUE = "Japan-China relations"  # a label, not words of the text
STARTUP_BOUND = 180.0
CHANGE_BOUND = 60.0
IDLE_SECONDS = 10.0

pytestmark = pytest.mark.slow


class Server:
    """A running `mkdocs serve` (or ``runner`` serve) on a loopback port. It says each finished build through an events pipe
    (``generator.store.hooks``) and its address on its output: the test waits on those, never sleeps."""

    def __init__(self, project: Path, tmp: Path, runner: str = "mkdocs") -> None:
        self.events = EventPipe(tmp / "events")
        self.proc = subprocess.Popen(
            mkdocs_command("serve", "-a", f"127.0.0.1:{free_port()}", runner=runner),
            cwd=project,
            env=mkdocs_env(project) | {EVENTS_ENV: str(self.events.path)},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.base = ""
        self.builds = 0

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.log.append(line)
            self.lines.put(line)

    def wait_until_serving(self) -> None:
        """Wait for the URL the server announces (it serves under site_url's path)."""
        deadline = time.monotonic() + STARTUP_BOUND
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            found = re.search(r"Serving on (http://127\.0\.0\.1:\d+/\S*)", line)
            if found:
                self.base = found.group(1).rstrip("/")
                return
        raise AssertionError(f"mkdocs serve did not start within {STARTUP_BOUND} s:\n{''.join(self.log)}")

    def next_build(self, bound: float = CHANGE_BOUND) -> None:
        """Wait for the next finished build."""
        said = self.events.next(bound, alive=lambda: self.proc.poll() is None)
        assert said == "built", f"no build within {bound} s:\n{''.join(self.log)}"
        self.builds += 1

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return str(response.read().decode("utf-8"))

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.events.close()


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the project whose user has taken the built-in briefing template to customise it."""
    copy = copy_project(tmp_path / "project")
    (copy / "templates").mkdir(exist_ok=True)
    user_template = copy / "templates" / TEMPLATE
    if not user_template.exists():
        user_template.write_text((files("generator.site") / "templates" / TEMPLATE).read_text(encoding="utf-8"))
    (copy / "issues.yml").write_text("hide: []\n", encoding="utf-8")
    return copy


@pytest.fixture(params=RUNNERS)
def server(project: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    srv = Server(project, tmp_path, request.param)
    try:
        srv.next_build(STARTUP_BOUND)
        srv.wait_until_serving()
        yield srv
    finally:
        srv.stop()


def _seed_location(server: Server) -> str:
    index = server.get("/briefings/")
    locations = re.findall(r'<a href="([^"#]+)"[^>]*>' + re.escape(SEED_TITLE) + "</a>", index)
    assert len(locations) == 1, locations
    return "/briefings/" + locations[0]


def _save(path: Path, text: str, scratch: Path) -> None:
    """Save ``path`` as an editor does, in one step: written beside the project, then moved over it. A plain
    write truncates and then writes, and on a loaded machine the watcher can see the two apart and build twice."""
    draft = scratch / f"draft-{path.name}"
    draft.write_text(text, encoding="utf-8")
    os.replace(draft, path)


def test_serve_reflects_article_and_template_edits_then_idles(project: Path, server: Server, tmp_path: Path) -> None:
    page = _seed_location(server)
    body = server.get(page)
    assert "Ian Chong" in body and OLD_SENTENCE in body

    article = project / SEED
    _save(article, article.read_text(encoding="utf-8").replace(OLD_SENTENCE, NEW_SENTENCE), tmp_path)
    server.next_build()
    body = server.get(page)
    assert NEW_SENTENCE in body and OLD_SENTENCE not in body

    template = project / "templates" / TEMPLATE
    _save(template, template.read_text(encoding="utf-8") + f"\n\n{TEMPLATE_MARKER}\n", tmp_path)
    server.next_build()
    assert TEMPLATE_MARKER in server.get(page)

    assert HIDDEN_ISSUE in server.get(page)
    _save(project / "issues.yml", f"hide: [{HIDDEN_ISSUE}]\n", tmp_path)
    server.next_build()
    # gone from the issues and tags; named once more only in the page's "Edited by hand" note
    body = server.get(page)
    assert f"“{HIDDEN_ISSUE}” hidden" in body and body.count(HIDDEN_ISSUE) == 1

    # Idle: no build comes while nothing changes.
    assert server.events.next(IDLE_SECONDS, alive=lambda: server.proc.poll() is None) is None
    assert server.proc.poll() is None, "".join(server.log)
    assert server.builds == 4
