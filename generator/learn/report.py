"""``python -m generator.learn --report``: the ablation on dev, calibration and the time ratio."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..extract.learned.runtime import Weights, load
from . import corpus
from .evaluate import prepare, scorer
from .train import calibration_pairs, isotonic, predict

BINS = 10
METRICS = ("precision", "recall", "f1", "recall_direct", "speaker_acc")


def reliability(pairs: list[tuple[float, bool]]) -> tuple[float, list[str]]:
    """Expected calibration error over ``BINS`` equal-width bins, and the table's lines."""
    lines = ["| confidence | quotes | mean confidence | right |", "| --- | ---: | ---: | ---: |"]
    ece = 0.0
    for b in range(BINS):
        lo, hi = b / BINS, (b + 1) / BINS
        inside = [(p, ok) for p, ok in pairs if lo <= p < hi or (b == BINS - 1 and p == 1.0)]
        if not inside:
            lines.append(f"| {lo:.1f}–{hi:.1f} | 0 | | |")
            continue
        conf = sum(p for p, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(conf - acc)
        lines.append(f"| {lo:.1f}–{hi:.1f} | {len(inside)} | {conf:.3f} | {acc:.3f} |")
    return ece, lines


def _cross_fitted(raw: list[list[tuple[float, bool]]]) -> list[tuple[float, bool]]:
    """Each half of the articles calibrated by a map fitted on the other half (an honest ECE)."""
    halves = [[p for i, doc in enumerate(raw) if i % 2 == k for p in doc] for k in (0, 1)]
    out: list[tuple[float, bool]] = []
    for k in (0, 1):
        x, y = isotonic(halves[1 - k])
        cal = Weights({}, 0.0, x, y)
        out += [(cal.calibrate(p), ok) for p, ok in halves[k]]
    return out


def _speed(items: list[corpus.Item]) -> str:
    from ..bench.timing import bare_parse, interleaved, timed  # benchmark helpers: only this report needs them
    from ..build.batch import extract_all

    articles = [i.article for i in items]
    ratios = interleaved(
        lambda: bare_parse(articles), lambda: timed(lambda: extract_all(articles, jobs=1, use_cache=False))
    )
    return f"time (one process): extraction with the learned scorer against bare parsing, CPU, {ratios} (target <= 1.3)"


def report(dev: Path, weights_path: Path) -> str:
    """The report's text."""
    weights = load(weights_path)
    if weights is None:
        return f"no weights at {weights_path}: run python -m generator.learn first"
    items = corpus.load(dev)
    prepared = [prepare(i) for i in items]
    sq = scorer(dev)
    gold = sq.load_gold(dev)
    lines = [
        f"PolNeAR dev ({len(items)} articles), score_quotes.py",
        "",
        "| system | " + " | ".join(METRICS) + " |",
        "| --- |" + " ---: |" * len(METRICS),
    ]
    runs = {
        "rules alone": predict(prepared, None),
        "learned alone": predict(prepared, weights, alone=True),
        "rules + learned": predict(prepared, weights),
    }
    for name, preds in runs.items():
        res, _ = sq.score(gold, preds)
        lines.append(f"| {name} | " + " | ".join(f"{res[m]:.3f}" for m in METRICS) + " |")
    pairs = calibration_pairs(prepared, runs["rules + learned"], dev)
    ece, table = reliability(pairs)
    raw_weights = replace(weights, calib_x=(), calib_y=())
    raw = [calibration_pairs([p], predict([p], raw_weights), dev) for p in prepared]
    honest, _ = reliability(_cross_fitted(raw))
    rules_ece, _ = reliability(calibration_pairs(prepared, runs["rules alone"], dev))
    note = (
        f"calibration (right = content matches a gold attribution and, where the gold source names "
        f"someone, the speaker too): ECE {ece:.3f} with the shipped map (fitted on dev), "
        f"{honest:.3f} cross-fitted over two halves of dev, {rules_ece:.3f} for the rules' fixed priors"
    )
    lines += ["", note, "", *table, "", _speed(items)]
    return "\n".join(lines)
