"""The import contract: the core never imports MkDocs, and no stage imports a later one.

Stages, in the order data flows (a module may import its own stage and earlier ones):
``store``, ``model``, ``settings`` -> ``ingest`` -> ``extract`` -> ``corrections`` -> ``site`` -> ``export``
-> ``build`` -> the front ends (``mkdocs``, ``cli``, ``bench``, ``docstree``, ``scaffold``). Only the ``mkdocs`` adapter may
import MkDocs or Material; the benchmarks run them as programs.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from siteproject import ROOT

PACKAGE = ROOT / "generator"
STAGES = {
    "store": 0,
    "model": 0,
    "settings": 0,
    "ingest": 1,
    "extract": 2,
    "corrections": 3,
    "site": 4,
    "export": 5,
    "build": 6,
    "search": 6,
    "mkdocs": 7,
    "cli": 7,
    "bench": 7,
    "docstree": 7,
    "scaffold": 7,
    "learn": 7,
    "train": 7,
    "__main__": 7,
    "__init__": 0,
}
SITE_GENERATORS = {"mkdocs", "material", "properdocs"}
"""Top-level packages only the MkDocs adapter may import."""


def _stage(module: str, package: Path) -> int:
    """The stage of a dotted name below the package (``extract.quotes`` -> 2); a name that is no module
    is an attribute of the package itself (``__version__``). A new subpackage must be given a stage."""
    head = module.split(".")[0]
    if not ((package / head).is_dir() or (package / f"{head}.py").is_file()):
        head = "__init__"
    return STAGES[head]


def _imports(path: Path, package: Path) -> list[tuple[str, int]]:
    """Every import in the file at ``path`` (functions' bodies included): (absolute name, line)."""
    parts = list(path.relative_to(package).with_suffix("").parts)
    here = parts[:-1]
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                prefix = ".".join(["generator", *base, *([node.module] if node.module else [])])
                names = [node.module] if node.module else [alias.name for alias in node.names]
                found += [(prefix if node.module else f"{prefix}.{n}", node.lineno) for n in names]
            elif node.module:
                found.append((node.module, node.lineno))
    return found


def violations(package: Path) -> list[str]:
    """Each import that breaks the contract, as ``file:line: what``."""
    broken = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package).with_suffix("").parts)
        own = _stage(module, package)
        for name, line in _imports(path, package):
            top = name.split(".")[0]
            where = f"{path.relative_to(package.parent)}:{line}"
            if top in SITE_GENERATORS and not module.startswith("mkdocs."):
                broken.append(f"{where}: core module imports {name}")
            elif top == "generator" and name != "generator":
                target = name.split(".", 1)[1]
                if _stage(target, package) > own:
                    broken.append(f"{where}: {module} imports the later stage {target}")
    return broken


def test_the_package_keeps_the_contract() -> None:
    assert violations(PACKAGE) == []


def test_the_contract_catches_a_core_module_importing_mkdocs(tmp_path: Path) -> None:
    copy = tmp_path / "generator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "assets", "templates"))
    target = copy / "site" / "index.py"
    target.write_text(
        target.read_text(encoding="utf-8") + "\nfrom mkdocs.structure.files import File\n", encoding="utf-8"
    )
    quotes = copy / "extract" / "quotes.py"
    quotes.write_text(
        quotes.read_text(encoding="utf-8") + "\n\ndef _late():\n    from ..site import urls\n", encoding="utf-8"
    )
    found = violations(copy)
    assert len(found) == 2
    assert "generator/site/index.py" in found[1] and "imports mkdocs.structure.files" in found[1]
    assert "generator/extract/quotes.py" in found[0] and "later stage site" in found[0]
