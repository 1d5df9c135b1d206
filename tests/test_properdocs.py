"""ProperDocs, the maintained fork of MkDocs 1.6, builds the same site through the plugin."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from siteproject import build_site, copy_project, seed_page, site_files

pytestmark = pytest.mark.slow

GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_plugin_is_registered_for_both_runners() -> None:
    for group in ("mkdocs.plugins", "properdocs.plugins"):
        found = [ep.value for ep in entry_points(group=group) if ep.name == "briefing"]
        assert found == ["generator.mkdocs.plugin:BriefingPlugin"], group


def test_properdocs_strict_build_matches_mkdocs(tmp_path: Path) -> None:
    sites = {}
    for runner in ("mkdocs", "properdocs"):
        # Separate copies: neither build reuses the other's extraction or pages.
        project = copy_project(tmp_path / runner)
        site = build_site(project, tmp_path / f"{runner}-site", "--strict", runner=runner)
        sites[runner] = {path: GENERATOR_META.sub(b"", data) for path, data in site_files(site).items()}
    mkdocs, properdocs = sites["mkdocs"], sites["properdocs"]
    assert sorted(properdocs) == sorted(mkdocs)
    differ = [path for path in mkdocs if mkdocs[path] != properdocs[path]]
    assert not differ, differ
    page = seed_page(tmp_path / "properdocs-site").read_text(encoding="utf-8")
    assert "Ian Chong" in page and "political scientist" in page
    assert any(path.startswith("actors/") for path in properdocs)
    assert any(path.startswith("issues/") for path in properdocs)
