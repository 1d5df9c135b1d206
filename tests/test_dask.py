"""Extraction on a Dask cluster runs the local code path and gives the same output."""

from __future__ import annotations

from pathlib import Path

import pytest
from scalecorpus import jsonl, variant_corpus

from generator.build.batch import CHUNK, extract_all
from generator.ingest.collect import collect

distributed = pytest.importorskip("distributed")


def test_local_cluster_output_equals_local_run(tmp_path: Path) -> None:
    articles, _ = collect([variant_corpus(tmp_path / "articles", copies=2)])
    assert len(articles) > CHUNK, "needs several chunks so that both workers get work"
    local = jsonl(extract_all(articles, jobs=1, use_cache=False))
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        on_cluster = extract_all(articles, use_cache=False, dask_address=cluster.scheduler_address)
        with distributed.Client(cluster.scheduler_address) as client:
            models_loaded = client.run(_models_loaded)
    assert jsonl(on_cluster) == local
    assert list(models_loaded.values()) == [1, 1], "each worker loads the model once and does work"


def _models_loaded() -> int:
    from generator.extract import nlp

    return nlp.load.cache_info().currsize
