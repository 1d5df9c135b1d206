"""Batch extraction: articles in, briefings out, in input order.

Cached briefings are reused; the rest is cut into fixed-size chunks, each parsed and
extracted by ``extract_chunk`` in this process, in a pool of worker processes (one
model load per worker) or on a Dask cluster. Every route runs the same chunk function
over the same chunks, so the output does not depend on the route or the job count.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from itertools import chain
from typing import TYPE_CHECKING, Any

from .. import settings
from ..extract import nlp as nlp_mod
from ..model import Article, Briefing
from ..store import hooks
from .cache import Cache, article_key, installed_model_id
from .progress import Progress, Summary

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

CHUNK = 8
"""Articles per task: small enough to balance the workers, large enough to batch spaCy."""
Chunk = list[tuple[int, Article]]


def extract_chunk(model: str | None, chunk: Chunk) -> list[tuple[int, Briefing]]:
    """Parse and extract one chunk; the model loads once per process (``nlp.load`` caches it)."""
    from ..extract.briefing import analysis_text, build_briefing  # spaCy and word lists: only where articles are parsed

    def brief(article: Article, doc: Doc) -> Briefing:
        try:
            return build_briefing(article, doc)
        except Exception as err:  # a fault on one article's text leaves the rest of the site to build
            reason = f"{type(err).__name__}: {err}"
            log.error("error: %s: extraction failed, its page has no briefing (%s)", article.path, reason)
            return Briefing(article, failed=reason)

    nlp = nlp_mod.load(model)
    docs = nlp.pipe([analysis_text(a) for _, a in chunk], batch_size=CHUNK)
    return [(i, brief(a, doc)) for (i, a), doc in zip(chunk, docs)]


def _chunks(todo: list[tuple[int, Article]]) -> list[Chunk]:
    return [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]


def _worker_init(model: str | None) -> None:
    nlp_mod.load(model)


def _start_local(
    model: str | None, chunks: list[Chunk], jobs: int, overlap: bool
) -> Iterator[list[tuple[int, Briefing]]]:
    """Chunks' results as they complete: in this process for one job, else in worker processes.

    With workers, the chunks are submitted before this returns, so the caller can read the
    cache while they parse; ``overlap`` asks for a worker even for one chunk, for that reason.
    Workers are forked where the platform allows it, so the caller's main module is never
    re-imported (a script without a ``__main__`` guard stays safe); a dead worker raises
    ``BrokenProcessPool`` instead of hanging.
    """
    workers = min(jobs, len(chunks))
    if jobs < 2 or not chunks or (workers < 2 and not overlap):
        return (extract_chunk(model, c) for c in chunks)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init, initargs=(model,))
    return _completed(pool, [pool.submit(extract_chunk, model, c) for c in chunks])


def _completed(
    pool: ProcessPoolExecutor, pending: list[Future[list[tuple[int, Briefing]]]]
) -> Iterator[list[tuple[int, Briefing]]]:
    with pool:
        for future in as_completed(pending):
            yield future.result()


def _run_dask(model: str | None, chunks: list[Chunk], address: str) -> Iterator[list[tuple[int, Briefing]]]:
    """Chunks' results as they complete on the Dask cluster at ``address``."""
    try:
        from distributed import Client
        from distributed import as_completed as completed_on_cluster
    except ImportError as err:
        raise RuntimeError("--dask needs the optional extra: pip install 'briefing-generator[dask]'") from err
    with Client(address) as client:
        futures = client.map(extract_chunk, [model] * len(chunks), chunks, pure=False)
        for _, result in completed_on_cluster(futures, with_results=True):
            yield result


def extract_all(
    articles: Sequence[Article],
    model: str | None = None,
    *,
    jobs: int | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    progress: bool | None = False,
    dask_address: str | None = None,
    on_summary: Callable[[Summary], Any] | None = None,
) -> list[Briefing]:
    """Parse and extract every article (cached ones are read back), in input order.

    ``jobs``: worker processes (default: all cores). ``cache_dir``: see ``settings.cache_root``.
    ``progress``: True forces a bar on stderr, None shows it when stderr is a terminal.
    ``on_summary`` receives the run's ``Summary``; ``str()`` of it is the one-line summary.
    """
    started = time.perf_counter()
    cache = Cache(cache_dir) if use_cache else None
    mid = installed_model_id(model) if cache else ""
    results: list[Briefing | None] = [None] * len(articles)
    keys: list[str] = [article_key(a, mid) for a in articles] if cache else []
    has = [cache.has(key) for key in keys] if cache else [False] * len(articles)
    stored = [i for i, known in enumerate(has) if known]
    todo = [(i, a) for i, a in enumerate(articles) if not has[i]]
    # Parsing starts first: workers parse while this process reads the stored briefings.
    chunks = _chunks(todo)
    done = (
        _run_dask(model, chunks, dask_address)
        if dask_address
        else _start_local(model, chunks, jobs or settings.jobs(), overlap=bool(stored))
    )
    unreadable = []
    for i in stored:
        hit = cache.get(keys[i], articles[i]) if cache else None  # stored implies a cache
        if hit is None:
            unreadable.append((i, articles[i]))
        results[i] = hit
    hits = len(stored) - len(unreadable)
    with Progress(len(articles), initial=hits, enabled=progress) as bar:
        for finished in chain(done, (extract_chunk(model, c) for c in _chunks(unreadable))):
            for i, briefing in finished:
                briefing.article = articles[i]
                results[i] = briefing
                if cache and briefing.failed is None:
                    cache.put(keys[i], briefing)
            bar.update(len(finished))
            hooks.hold()
    briefings = [b for b in results if b is not None]
    if cache and cache.failure:
        log.warning("%s", cache.failure)
    if on_summary:
        on_summary(Summary.of(briefings, time.perf_counter() - started, hits))
    return briefings
