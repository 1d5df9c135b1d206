"""Reusing a generated page's finished HTML while nothing it is rendered from has changed.

Rendering the theme around each page is, after conversion and search, what a rebuild of a
big site spends its time on. The finished HTML of a generated page depends on the page
(URL, title, metadata, table of contents, HTML content), the template context the plugins
add, and the frame shared by every page: configuration, navigation, theme templates and
package versions. A page whose key is unchanged is written from the stored HTML.

Only plugins whose effect on a page is known are allowed beside this one (``KNOWN_PLUGINS``);
with any other, or with a context key nobody here knows, pages are rendered every time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from ..store.digest import digest, folder_digest, stable_text, text_digest
from .pagememo import toc_tokens, versions
from .search import THEME_DIR

KNOWN_PLUGINS = frozenset({"search", "material/search", "tags", "material/tags", "briefing"})
"""Plugins that add nothing to a page after it is rendered and only known keys to its context."""
TEMPLATE = "briefing-reuse.html"
"""The template of generated pages: the stored HTML, or the theme's ``main.html``."""
_SOURCE = '{% if briefing_output is defined %}{{ briefing_output }}{% else %}{% include "main.html" %}{% endif %}'
OUTPUT = "briefing_output"
_STANDARD_CONTEXT = frozenset(
    {"nav", "pages", "base_url", "extra_css", "extra_javascript", "mkdocs_version", "build_date_utc", "config", "page"}
)
"""What MkDocs puts into every page's context; the theme reads the build date nowhere."""


def install_template(env: Environment) -> Environment:
    """Make ``TEMPLATE`` available in the theme's environment."""
    env.loader = ChoiceLoader([DictLoader({TEMPLATE: _SOURCE}), env.loader])  # type: ignore[list-item]
    return env


def _exact(value: object) -> Any:
    """Sets and functions as ``memo.stable_text`` gives them, anything else by its full ``repr``."""
    return stable_text(value) if callable(value) or isinstance(value, (set, frozenset)) else repr(value)


def _nav_items(items: list[Any]) -> list[Any]:
    return [[type(i).__name__, i.title, getattr(i, "url", None), _nav_items(i.children or [])] for i in items]


def frame_key(config: MkDocsConfig, nav: Navigation) -> str | None:
    """Digest of what every page's frame is rendered from; None when a plugin of unknown effect is on."""
    if any(name not in KNOWN_PLUGINS for name in config.plugins):
        return None
    settings = {
        name: config[name]
        for name in (
            "site_name",
            "site_url",
            "site_description",
            "site_author",
            "repo_url",
            "repo_name",
            "edit_uri",
            "copyright",
            "extra",
            "extra_css",
            "extra_javascript",
            "extra_templates",
            "use_directory_urls",
        )
    }
    theme = config.theme
    settings["theme"] = {
        "name": theme.name,
        "dirs": theme.dirs,
        "static": theme.static_templates,
        "options": dict(theme),
    }
    plugins = {name: dict(plugin.config) for name, plugin in config.plugins.items()}
    source = Path(config.config_file_path).read_bytes().hex() if config.config_file_path else ""
    text = json.dumps(
        [
            settings,
            plugins,
            _nav_items(nav.items),
            source,
            folder_digest(config.theme.custom_dir),
            folder_digest(THEME_DIR),
            versions("mkdocs", "mkdocs-material", "jinja2"),
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=_exact,
    )
    # An object printed with its address would make the key differ on every build.
    return None if " at 0x" in text else text_digest(text)


def _link(item: Page | Section | None) -> Any:
    return None if item is None else [getattr(item, "url", None), item.title]


def _tags(refs: Any) -> Any:
    return [
        [
            {k: v for k, v in vars(r).items() if isinstance(v, (str, int, float, bool, type(None)))},
            getattr(r, "url", None),
        ]
        for r in refs
    ]


def output_key(frame: str, context: dict[str, Any], page: Page, tags_variable: str) -> str | None:
    """Digest of what ``page`` is rendered from with ``context``; None when the context holds
    something of unknown meaning."""
    extra = set(context) - _STANDARD_CONTEXT
    if extra - {tags_variable}:
        return None
    content = text_digest(page.content or "")
    return digest(
        frame,
        context["base_url"],
        [str(x) for x in context["extra_css"]],
        [str(x) for x in context["extra_javascript"]],
        page.url,
        page.canonical_url,
        page.edit_url,
        page.title,
        page.meta,
        toc_tokens(list(page.toc)),
        content,
        _link(page.previous_page),
        _link(page.next_page),
        _link(page.parent),
        _tags(context.get(tags_variable) or []),
    )
