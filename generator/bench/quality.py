"""``bench quality``: the shared scorers' figures on PolNeAR dev, the seed and the project's own gold."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from ..build.batch import extract_all
from ..ingest.collect import collect
from ..model import Article, Briefing
from .timing import Timing, bare_parse, interleaved, timed


def _extract_to(articles: list[Article], out: Path) -> Timing:
    """Write ``extract``'s JSON Lines for ``articles`` to ``out`` (one process, no cache); time it."""
    briefings: list[Briefing] = []
    timing = timed(lambda: briefings.extend(extract_all(articles, jobs=1, use_cache=False)))
    out.write_text("".join(json.dumps(b.to_json(), ensure_ascii=False) + "\n" for b in briefings), encoding="utf-8")
    return timing


def _score(script: Path, gold: Path, pred: Path) -> None:
    print(f"$ python {script.name} --gold {gold} --pred {pred.name}", flush=True)
    subprocess.run([sys.executable, str(script), "--gold", str(gold), "--pred", str(pred)], check=False)


def _articles(paths: list[Path]) -> list[Article]:
    articles, errors = collect(paths)
    for err in errors:
        print(f"  refused: {err}")
    return articles


def _gold_files(gold: Path, shared: Path) -> list[Path]:
    """The corpus files a gold YAML names (``articles[].file``), found under ``shared/corpus``."""
    names = [a["file"] for a in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"]]
    found = {p.name: p for p in sorted((shared / "corpus").glob("*/*")) if p.name in names}
    missing = [n for n in names if n not in found]
    if missing:
        print(f"  not found under {shared / 'corpus'}: {', '.join(missing)}")
    return [found[n] for n in names if n in found]


def run_quality(shared: Path, gold: Path) -> int:
    """Extract and score each evaluation set; print the scorers' output and the time ratio."""
    evaluation = shared / "eval"
    if not evaluation.is_dir():
        print(f"skipped: {evaluation} not found (the shared evaluation data lives next to the project)")
        return 0
    with tempfile.TemporaryDirectory(prefix="briefing-quality-") as tmp:
        out = Path(tmp)
        polnear = _articles([evaluation / "polnear-dev" / "text"])
        print(f"PolNeAR dev: {len(polnear)} articles")
        _extract_to(polnear, out / "dev.jsonl")
        _score(evaluation / "score_quotes.py", evaluation / "polnear-dev", out / "dev.jsonl")
        ratios = interleaved(lambda: bare_parse(polnear), lambda: _extract_to(polnear, out / "dev.jsonl"))
        print(f"time (one process): extraction against bare spaCy parsing, CPU, {ratios} (target <= 1.25)\n")
        _extract_to(_articles(sorted((shared / "seeds").glob("*.txt"))), out / "seed.jsonl")
        _score(evaluation / "score_briefing.py", evaluation / "seed-gold.yaml", out / "seed.jsonl")
        if gold.is_file():
            print()
            _extract_to(_articles(_gold_files(gold, shared)), out / "own.jsonl")
            _score(evaluation / "score_briefing.py", gold, out / "own.jsonl")
    return 0
