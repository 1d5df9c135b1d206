"""Fitting the learned scorer: a logistic model over candidate features (PolNeAR train), its keep
threshold and an isotonic confidence map (PolNeAR dev)."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from . import corpus
from .evaluate import Prepared, correct, matches, prepare, quote_dicts, scorer
from .runtime import WEIGHTS, Weights, select

log = logging.getLogger(__name__)
SEED = 14
C = 0.5
"""Inverse L2 strength of the logistic model."""
THRESHOLDS = tuple(round(0.1 + 0.025 * i, 3) for i in range(29))


def fit(prepared: list[Prepared]) -> dict[str, float]:
    """Logistic-regression coefficients (``bias`` holds the intercept) over every candidate."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]  # training only
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    feats = [f for p in prepared for f in p.feats + p.alone_feats]
    labels = [matches(p.item.gold, c.span) for p in prepared for c in p.cands + p.alone]
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    model = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    model.fit(x, labels)
    coef = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    coef["bias"] = round(coef.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return {k: v for k, v in sorted(coef.items()) if v != 0.0}


def predict(prepared: list[Prepared], weights: Weights | None, alone: bool = False
            ) -> dict[str, list[dict[str, Any]]]:
    """Quotes per article stem: the rules alone (``weights`` None), or the model over all candidates
    (or over its own candidates only, with ``alone``)."""
    out = {}
    for p in prepared:
        if weights is None:
            found = [*p.found]
            for f in found:
                f.confidence = 0.9 if f.regions else 0.75
        else:
            cands, feats = (p.alone, p.alone_feats) if alone else (p.cands, p.feats)
            found = select(p.ex, cands, [weights.probability(f) for f in feats], weights)
        out[Path(p.item.article.path).stem] = quote_dicts(p.ex, found)
    return out


def calibration_pairs(prepared: list[Prepared], preds: dict[str, list[dict[str, Any]]], folder: Path
                      ) -> list[tuple[float, bool]]:
    """(confidence, whether right) for every predicted quote."""
    sq = scorer(folder)
    pairs = []
    for p in prepared:
        for quote in preds[Path(p.item.article.path).stem]:
            pairs.append((float(quote["confidence"]), correct(sq, p.item.article.text, p.item.gold, quote)))
    return pairs


def isotonic(pairs: list[tuple[float, bool]]) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The isotonic map from raw probability to the rate of right attributions."""
    from sklearn.isotonic import IsotonicRegression  # type: ignore[import-untyped]

    model = IsotonicRegression(out_of_bounds="clip", y_min=0.01, y_max=0.99)  # a model is never certain
    model.fit([p for p, _ in pairs], [float(ok) for _, ok in pairs])
    return (tuple(round(float(v), 4) for v in model.X_thresholds_),
            tuple(round(float(v), 4) for v in model.y_thresholds_))


def train(train_dir: Path, dev_dir: Path, out: Path = WEIGHTS) -> Weights:
    """Fit on ``train_dir``, pick the threshold and calibrate on ``dev_dir``, write ``out``."""
    started = time.perf_counter()
    train_set = [prepare(i) for i in corpus.load(train_dir)]
    dev_set = [prepare(i) for i in corpus.load(dev_dir)]
    log.info("prepared in %.0fs", time.perf_counter() - started)
    coef = fit(train_set)
    sq = scorer(dev_dir)
    gold = sq.load_gold(dev_dir)
    best: tuple[float, float, float] = (-1.0, 0.5, 0.5)
    for t in THRESHOLDS[::2]:
        for rt in THRESHOLDS[::2]:
            res, _ = sq.score(gold, predict(dev_set, Weights(coef, t, (), (), rt)))
            log.info("thresholds %.3f/%.3f: P %.3f R %.3f F1 %.3f", t, rt, res["precision"], res["recall"],
                     res["f1"])
            best = max(best, (res["f1"], t, rt))
    raw = Weights(coef, best[1], (), (), best[2])
    x, y = isotonic(calibration_pairs(dev_set, predict(dev_set, raw), dev_dir))
    weights = Weights(coef, best[1], x, y, best[2])
    out.write_text(json.dumps(weights.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    log.info("wrote %s (%d features, thresholds %.3f/%.3f) in %.0fs", out, len(coef), best[1], best[2],
             time.perf_counter() - started)
    return weights
