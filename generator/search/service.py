"""A client of ``pagefind --service``: Pagefind's indexer as a long-lived process fed over pipes.

Requests are base64-encoded JSON objects, each followed by a comma; answers come back the same
way with the request's ``message_id``, read on a thread of their own as they arrive (the
``pagefind`` package's async client polls for them every 0.1 s, and needs an event loop).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any


class ServiceError(RuntimeError):
    """Pagefind refused a request or stopped; the message says which and why."""


def executable() -> Path:
    """The Pagefind binary of the ``pagefind-bin`` wheel, else one on PATH."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]  # the wheel's binary

        return Path(get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        if found is None:
            raise ServiceError("the Pagefind binary is missing: pip install 'pagefind[bin]'") from None
        return Path(found)


class PagefindService:
    """One ``pagefind --service`` process answering ``request`` after ``request``."""

    def __init__(self) -> None:
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - open for the life of the process; close() ends it
        self._proc = subprocess.Popen(
            [str(executable()), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log
        )
        self._sent = 0
        self._kept: dict[int, Any] = {}
        self._closed = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, name="pagefind-answers", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        pending: list[bytes] = []  # the parts of an answer not yet complete (a bundle is tens of MB)
        stdout = self._proc.stdout.fileno()
        while chunk := os.read(stdout, 1 << 20):
            *messages, rest = chunk.split(b",")
            if messages:
                messages[0] = b"".join([*pending, messages[0]])
                pending = []
            pending.append(rest)
            with self._changed:
                for message in messages:
                    self._answer(json.loads(base64.b64decode(message)))
                self._changed.notify_all()
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def _answer(self, answer: dict[str, Any]) -> None:
        ident = answer.get("message_id")
        if ident in self._kept:
            self._kept[ident] = answer.get("payload") or {}

    def request(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send ``payload`` and wait for its answer; a refusal raises ``ServiceError``."""
        if self._proc.stdin is None or self._closed:
            raise ServiceError(f"Pagefind stopped: {self._stderr()}")
        self._sent += 1
        ident = self._sent
        with self._changed:
            self._kept[ident] = None
        message = json.dumps({"message_id": ident, "payload": payload}, ensure_ascii=False)
        try:
            self._proc.stdin.write(base64.b64encode(message.encode("utf-8", "surrogatepass")) + b",")
        except OSError as err:
            raise ServiceError(f"Pagefind stopped ({err}): {self._stderr()}") from err
        self._flush()
        with self._changed:
            self._changed.wait_for(lambda: self._kept.get(ident) is not None or self._closed)
            answer = self._kept.pop(ident)
        if answer is None:
            raise ServiceError(f"Pagefind stopped: {self._stderr()}")
        if answer.get("type") == "Error":
            raise ServiceError(str(answer.get("message")))
        return dict(answer)

    def _flush(self) -> None:
        try:
            if self._proc.stdin is not None:
                self._proc.stdin.flush()
        except OSError as err:
            raise ServiceError(f"Pagefind stopped ({err}): {self._stderr()}") from err

    def _stderr(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()[-2000:] or "no message"

    def close(self) -> None:
        """End the process (it exits when its input closes) and the reader."""
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            with contextlib.suppress(OSError):  # the process may have gone already
                self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._reader.join(timeout=30)
        self._log.close()
