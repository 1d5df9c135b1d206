"""Reading a site's config (mkdocs.yml or properdocs.yml) and writing the one for a docs tree.

Reading needs no MkDocs: the YAML is loaded with ``!ENV`` resolved and other tags (such as
``!!python/name:``) ignored. The docs tree's config is the same YAML edited at the node level
(the ``briefing`` plugin dropped, ``docs_dir`` pointed at the written pages, the bundled mermaid
script added), so every tag, the nav and every other setting pass through unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..export import ExportOptions
from ..site.index import PageRule

PLUGIN = "briefing"
CONFIG_NAMES = ("properdocs.yml", "mkdocs.yml")
"""Looked for in this order, as ProperDocs does."""
MERMAID_URI = "assets/javascripts/mermaid.min.js"
HEADER = "# Written by `briefing render` from {source}; it is overwritten on every render.\n"
GENERATED_FOLDERS = ("briefings", "actors", "issues", "timeline")
"""Folders of generated pages, reached from the indexes rather than the nav."""


class ConfigError(ValueError):
    """The config file cannot be read or has no usable settings."""


class _Loader(yaml.SafeLoader):
    """SafeLoader with ``!ENV`` resolved (as MkDocs does) and Python tags read as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)  # type: ignore[arg-type]
        names, default = items[:-1], items[-1]
    for name in names:
        if str(name) in os.environ:
            return yaml.safe_load(os.environ[str(name)])
    return default


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@dataclass
class SiteConfig:
    """What a docs tree is made from: the config file, its docs folder and the plugin's options."""

    path: Path
    docs_dir: Path
    directory_urls: bool = True
    articles: Path = Path("seeds")
    templates: Path = Path("templates")
    model: str | None = None
    page_size: int = 100
    rule: PageRule = field(default_factory=PageRule)
    site_name: str = ""
    site_url: str = ""
    feed_size: int = ExportOptions.feed_size
    min_confidence: float = 0.0
    uncertain_below: float = 0.6

    @property
    def root(self) -> Path:
        """The folder of the config file; relative paths in it start here."""
        return self.path.parent


def find_config(folder: Path) -> Path:
    """The config file of the project in ``folder``: properdocs.yml, else mkdocs.yml."""
    for name in CONFIG_NAMES:
        if (folder / name).is_file():
            return folder / name
    raise ConfigError(f"{folder}: no {' or '.join(CONFIG_NAMES)}")


def _plugin_options(plugins: Any) -> dict[str, Any] | None:
    """The ``briefing`` plugin's options from a ``plugins`` list or mapping; None when it is absent."""
    items = (
        list(plugins.items())
        if isinstance(plugins, dict)
        else [next(iter(p.items())) if isinstance(p, dict) else (p, None) for p in plugins or []]
    )
    for name, options in items:
        if name == PLUGIN:
            return dict(options or {})
    return None


def read_config(path: Path) -> SiteConfig:
    """The settings a docs tree needs from the config file at ``path``."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: not a mapping of settings")
    options = _plugin_options(data.get("plugins"))
    if options is None:
        raise ConfigError(f"{path}: the {PLUGIN!r} plugin is not in plugins")
    root = path.resolve().parent
    defaults = PageRule()
    rule = PageRule(
        *(
            int(options.get(name, getattr(defaults, name)))
            for name in ("min_briefings", "key_actors", "key_issues", "all_below")
        )
    )
    return SiteConfig(
        path=path.resolve(),
        docs_dir=root / str(data.get("docs_dir") or "docs"),
        directory_urls=bool(data.get("use_directory_urls", True)),
        articles=root / str(options.get("articles") or "seeds"),
        templates=root / str(options.get("templates") or "templates"),
        model=options.get("model"),
        page_size=int(options.get("page_size", 100)),
        rule=rule,
        site_name=str(data.get("site_name") or ""),
        site_url=str(data.get("site_url") or ""),
        feed_size=int(options.get("feed_size", ExportOptions.feed_size)),
        min_confidence=float(options.get("min_confidence", 0.0)),
        uncertain_below=float(options.get("uncertain_below", 0.6)),
    )


def _str(value: str) -> yaml.ScalarNode:
    return yaml.ScalarNode("tag:yaml.org,2002:str", value)


def _key(mapping: yaml.MappingNode, name: str) -> int | None:
    return next((n for n, (k, _) in enumerate(mapping.value) if getattr(k, "value", None) == name), None)


def _set(mapping: yaml.MappingNode, name: str, value: yaml.Node) -> None:
    at = _key(mapping, name)
    if at is None:
        mapping.value.append((_str(name), value))
    else:
        mapping.value[at] = (mapping.value[at][0], value)


def _drop_plugin(plugins: yaml.Node) -> None:
    if isinstance(plugins, yaml.MappingNode):
        at = _key(plugins, PLUGIN)
        if at is not None:
            del plugins.value[at]
    elif isinstance(plugins, yaml.SequenceNode):
        plugins.value = [
            p
            for p in plugins.value
            if not (
                getattr(p, "value", None) == PLUGIN or (isinstance(p, yaml.MappingNode) and _key(p, PLUGIN) is not None)
            )
        ]


def tree_config(source: Path, docs: str) -> str:
    """The config of a docs tree made from the config file ``source``, its pages in folder ``docs``."""
    root = yaml.compose(source.read_text(encoding="utf-8"), Loader=_Loader)
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{source}: not a mapping of settings")
    plugins = _key(root, "plugins")
    if plugins is not None:
        _drop_plugin(root.value[plugins][1])
    _set(root, "docs_dir", _str(docs))
    scripts = _key(root, "extra_javascript")
    if scripts is None:
        _set(root, "extra_javascript", yaml.SequenceNode("tag:yaml.org,2002:seq", [_str(MERMAID_URI)]))
    else:
        listed = root.value[scripts][1]
        if isinstance(listed, yaml.SequenceNode) and all(
            getattr(s, "value", None) != MERMAID_URI for s in listed.value
        ):
            listed.value.append(_str(MERMAID_URI))
    if _key(root, "not_in_nav") is None:
        # Generated pages are reached through the indexes: no "not in nav" notice per page.
        patterns = "".join(f"/{folder}/\n" for folder in GENERATED_FOLDERS)
        _set(root, "not_in_nav", yaml.ScalarNode("tag:yaml.org,2002:str", patterns, style="|"))
    text = yaml.serialize(root, allow_unicode=True, width=110)
    return HEADER.format(source=source.name) + text
