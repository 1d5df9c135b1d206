"""The page events of the ``briefing`` plugin: MkDocs' page loop reusing the last build's work.

After the site's pages changed, the changed ones are converted and rendered on every core ahead of
MkDocs' one-at-a-time page loop; unchanged generated pages get their finished HTML from the memo.
"""

from __future__ import annotations

from typing import Any, cast

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .. import settings
from ..build.core import SiteBuild
from .rebuild import Rebuild


class PageHooks:
    """Mixed into the plugin: ``rebuild``, ``core`` and ``_one_build`` are the plugin's."""

    core: SiteBuild
    _nav: Navigation | None
    _one_build: bool

    @property
    def rebuild(self) -> Rebuild:
        """The page memos of this build (the plugin's)."""
        raise NotImplementedError

    @event_priority(-100)  # once every plugin has added its files
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """After the site's pages changed, convert the changed ones on every core ahead of the build."""
        self._nav = nav
        if self._one_build:
            self.rebuild.convert_ahead(config, files, settings.jobs(), self.core.changed)
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Every page is converted now: let unchanged generated pages reuse their finished HTML."""
        if self._nav is None:
            raise PluginError("briefing: on_env came before on_nav")
        env = self.rebuild.prepare(env, config, self._nav)
        if self._one_build:
            self.rebuild.render_ahead(env, config, self._nav, files, settings.jobs(), self.core.changed)
        return env

    @event_priority(100)  # before the other plugins see the page
    def _before_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        self.rebuild.before_context(page)
        return context

    @event_priority(-100)  # once the other plugins have added to the context
    def _after_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        self.rebuild.after_context(cast(dict[str, Any], context), page)
        return context

    on_page_context = CombinedEvent(_before_context, _after_context)
