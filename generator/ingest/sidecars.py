"""Where an article's correction file sits: ``NAME.yml`` beside ``NAME.txt``.

An articles folder holds the sidecars too; reading it skips them (``is_sidecar``), and the
corrections stage finds them (``sidecar_path``).
"""

from __future__ import annotations

from pathlib import Path

from ..model import Article

SIDECAR_SUFFIXES = (".yml", ".yaml")


def sidecar_path(article: Article) -> Path:
    """Where the sidecar of ``article`` lives: ``NAME.yml`` next to ``NAME.txt``.

    The N-th article of a multi-article file ``feed.jsonl`` (key ``feed.jsonl#N``) has ``feed.N.yml``.
    """
    path = Path(article.path)
    _, sep, index = article.key.rpartition("#")
    stem = f"{path.stem}.{index}" if sep and article.key != article.path else path.stem
    return path.with_name(stem + SIDECAR_SUFFIXES[0])


def is_sidecar(path: Path) -> bool:
    """True for correction files, which an articles folder holds but which are not articles."""
    return path.suffix.lower() in SIDECAR_SUFFIXES
