"""``bench profile``: where extraction spends its time, per module and per function, after parsing."""

from __future__ import annotations

import cProfile
import pstats
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from ..build.batch import CHUNK
from ..extract import nlp as nlp_mod
from ..extract.briefing import analysis_text, build_briefing
from .timing import corpus_copy, load_articles

PACKAGE = Path(__file__).resolve().parents[1]


def run_profile(corpus: Path, limit: int | None) -> int:
    """Parse the corpus in one process, then profile ``build_briefing`` over the parsed docs."""
    with tempfile.TemporaryDirectory(prefix="briefing-profile-") as tmp:
        articles = load_articles(corpus_copy(corpus, Path(tmp), limit))
    nlp = nlp_mod.load()
    started = time.perf_counter()
    docs = list(nlp.pipe((analysis_text(a) for a in articles), batch_size=CHUNK))
    parse = time.perf_counter() - started
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for article, doc in zip(articles, docs):
        build_briefing(article, doc)
    profiler.disable()
    extract = time.perf_counter() - started
    print(
        f"{len(articles)} articles: parse {parse:.2f} s, extraction after parse {extract:.2f} s "
        f"({extract / parse:.1%} of parse; profiler overhead included)"
    )
    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = defaultdict(float)
    rows = []
    for (filename, line, func), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        path = Path(filename)
        ours = PACKAGE in path.parents
        module = (
            ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
            if ours
            else "spacy/thinc"
            if "spacy" in filename or "thinc" in filename
            else "other"
        )
        by_module[module] += own
        if ours:
            rows.append((cumulative, own, calls, f"{module}.{func}:{line}"))
    total = sum(by_module.values()) or 1.0
    print("\nown time by module:")
    for module, own in sorted(by_module.items(), key=lambda kv: -kv[1]):
        print(f"  {module:<16} {own:7.2f} s  {own / total:6.1%}")
    print("\ntop package functions by cumulative time:")
    for cumulative, own, calls, name in sorted(rows, reverse=True)[:20]:
        print(f"  {cumulative:7.2f} s cum  {own:7.2f} s own  {calls:8d} calls  {name}")
    return 0
