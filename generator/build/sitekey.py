"""One digest of everything the generated pages of a site depend on.

Same digest, same pages: the articles (content, metadata, where they live), their
correction sidecars, the site-wide aliases and issues, the user's templates, this package's code and
templates, the spaCy model and the page options.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..ingest.sidecars import sidecar_path
from ..model import Article
from ..store.digest import digest, file_digest, folder_digest
from .cache import article_key, installed_model_id, package_fingerprint


def site_key(
    articles: Sequence[Article],
    *,
    model: str | None,
    templates: Path,
    aliases: Path,
    issues: Path,
    options: Mapping[str, Any],
) -> str:
    """Digest of the inputs of a site built from ``articles`` with ``options``."""
    model_id = installed_model_id(model)
    inputs = [(a.path, a.key, article_key(a, model_id), file_digest(sidecar_path(a))) for a in articles]
    return digest(
        inputs,
        folder_digest(templates),
        file_digest(aliases),
        file_digest(issues),
        package_fingerprint(),
        dict(options),
    )
