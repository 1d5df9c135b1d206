"""Fitting the learned scorer: a logistic model over candidate features (PolNeAR train), its keep
threshold and an isotonic confidence map (PolNeAR dev)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from ..extract.learned.runtime import WEIGHTS, Weights, select
from ..extract.learned.speaker import speaker_candidates
from . import corpus
from .evaluate import Prepared, correct, matches, prepare, quality, quote_dicts, scorer

log = logging.getLogger(__name__)
C = 0.1
"""Inverse L2 strength of the logistic model."""
RANK_C = 0.03
"""Inverse L2 strength of the variant ranker."""
SOLVER = {"solver": "newton-cg", "tol": 1e-10, "max_iter": 1000}
"""Every fit runs to its optimum, so its weights do not depend on the machine: scikit-learn's default lbfgs
stops early (after 124 iterations at tol 1e-4), and two CPUs' BLAS kernels then gave weights differing in
the second decimal; Newton steps reach the same weights to the fourth decimal on both, in about 5 s."""
THRESHOLDS = tuple(round(0.1 + 0.025 * i, 3) for i in range(29))
TOLERANCE = 0.005
"""How far below the best dev score (F1 plus direct-quote recall) the chosen thresholds may fall."""
DIRECT_GOAL = 0.92
"""Direct-quote recall on dev the thresholds must keep (the attribution issue's goal)."""


def fit(prepared: list[Prepared]) -> dict[str, float]:
    """Logistic-regression coefficients (``bias`` holds the intercept) over every candidate."""
    from sklearn.feature_extraction import DictVectorizer  # training only
    from sklearn.linear_model import LogisticRegression

    feats = [f for p in prepared for f in p.feats + p.alone_feats]
    labels = [matches(p.item.gold, c.span) for p in prepared for c in p.cands + p.alone]
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    model = LogisticRegression(C=C, **SOLVER)
    model.fit(x, labels)
    coef = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    coef["bias"] = round(coef.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return {k: v for k, v in sorted(coef.items()) if v != 0.0}


def fit_ranker(prepared: list[Prepared]) -> dict[str, float]:
    """Coefficients of a pairwise ranker over the variants of each group: the feature differences of the
    variant that fits gold best (matching it) against each variant that does not match."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs: list[dict[str, float]] = []
    for p in prepared:
        groups: dict[int, list[tuple[float, dict[str, float]]]] = {}
        for c, f in zip(p.cands, p.feats):
            groups.setdefault(c.group, []).append((quality(p.item.gold, c.span), f))
        for rows in groups.values():
            top, winner = max(rows, key=lambda r: r[0])
            if top < 0.5:
                continue
            for fit, f in rows:
                if fit < 0.5:
                    diff = {k: winner.get(k, 0.0) - f.get(k, 0.0) for k in sorted(winner.keys() | f.keys())}
                    pairs.append({k: v for k, v in diff.items() if v})
    feats = pairs + [{k: -v for k, v in d.items()} for d in pairs]
    labels = [True] * len(pairs) + [False] * len(pairs)
    vec = DictVectorizer()
    model = LogisticRegression(C=RANK_C, fit_intercept=False, **SOLVER)
    model.fit(vec.fit_transform(feats), labels)
    coef = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    return {k: v for k, v in sorted(coef.items()) if v != 0.0}


def fit_speaker(prepared: list[Prepared], sq: ModuleType) -> dict[str, float]:
    """Coefficients of the speaker choice: every candidate speaker of a rule quote that matches a gold
    attribution naming someone, labelled by whether it shares a name word with that source."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats: list[dict[str, float]] = []
    labels: list[bool] = []
    for p in prepared:
        text = p.item.article.text
        for c in p.cands:
            if c.origin != "rule":
                continue
            atts = [a for a in p.item.gold if sq.matches(a.content, c.span)]
            if not atts:
                continue
            att = max(atts, key=lambda a: sq.overlap(a.content, c.span))
            source = sq.seg_text(text, att.source)
            if not sq.names_someone(source):
                continue
            rows = speaker_candidates(p.ex, c.span, c.cue, c.speaker)
            ok = [bool(sq.name_words(source) & sq.name_words(s.name if s else None)) for s, _ in rows]
            if any(ok) and len(rows) > 1:
                feats += [f for _, f in rows]
                labels += ok
    vec = DictVectorizer()
    model = LogisticRegression(C=C, **SOLVER).fit(vec.fit_transform(feats), labels)
    coef = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    return {k: v for k, v in sorted(coef.items()) if v != 0.0}


def predict(prepared: list[Prepared], weights: Weights | None, alone: bool = False) -> dict[str, list[dict[str, Any]]]:
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
            found = select(p.ex, cands, feats, weights)
        out[Path(p.item.article.path).stem] = quote_dicts(p.ex, found)
    return out


def calibration_pairs(
    prepared: list[Prepared], preds: dict[str, list[dict[str, Any]]], folder: Path
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
    from sklearn.isotonic import IsotonicRegression

    model = IsotonicRegression(out_of_bounds="clip", y_min=0.01, y_max=0.99)  # a model is never certain
    model.fit([p for p, _ in pairs], [float(ok) for _, ok in pairs])
    return (
        tuple(round(float(v), 4) for v in model.X_thresholds_),
        tuple(round(float(v), 4) for v in model.y_thresholds_),
    )


def choose_thresholds(grid: list[tuple[bool, float, float, float]]) -> tuple[float, float]:
    """The keep thresholds of the grid's rows (safe, score, recall threshold, rule threshold): the highest
    whose score is within ``TOLERANCE`` of the best safe row's. Dev differences that small are a few quotes,
    while each lower step of the recall threshold lets in low-confidence candidates on other text."""
    rows = [r for r in grid if r[0]] or grid
    top = max(r[1] for r in rows)
    _, _, t, rt = max((r for r in rows if r[1] >= top - TOLERANCE), key=lambda r: (r[2], r[3]))
    return t, rt


def train(train_dir: Path, dev_dir: Path, out: Path = WEIGHTS) -> Weights:
    """Fit on ``train_dir``, pick the threshold and calibrate on ``dev_dir``, write ``out``."""
    started = time.perf_counter()
    train_set = [prepare(i) for i in corpus.load(train_dir)]
    dev_set = [prepare(i) for i in corpus.load(dev_dir)]
    log.info("prepared in %.0fs", time.perf_counter() - started)
    coef = fit(train_set)
    sq = scorer(dev_dir)
    who = fit_speaker(train_set, sq)
    rank = fit_ranker(train_set)
    gold = sq.load_gold(dev_dir)
    rules, _ = sq.score(gold, predict(dev_set, None))
    grid: list[tuple[bool, float, float, float]] = []
    for t in THRESHOLDS[::2]:
        for rt in THRESHOLDS[::2]:
            res, _ = sq.score(gold, predict(dev_set, Weights(coef, t, (), (), rt, who, rank)))
            log.info(
                "thresholds %.3f/%.3f: P %.3f R %.3f F1 %.3f direct %.3f",
                *(t, rt, res["precision"], res["recall"], res["f1"], res["recall_direct"]),
            )
            # F1 plus direct-quote recall (F1 alone is flat over the grid while direct recall is not), for
            # thresholds that lose neither direct-quote recall nor speaker accuracy against the rules and
            # keep direct-quote recall at the goal
            safe = res["recall_direct"] >= DIRECT_GOAL and all(
                res[m] >= rules[m] for m in ("recall_direct", "speaker_acc", "f1")
            )
            grid.append((safe, round(res["f1"] + res["recall_direct"], 3), t, rt))
    t, rt = choose_thresholds(grid)
    raw = Weights(coef, t, (), (), rt, who, rank)
    x, y = isotonic(calibration_pairs(dev_set, predict(dev_set, raw), dev_dir))
    weights = Weights(coef, t, x, y, rt, who, rank)
    out.write_text(json.dumps(weights.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    log.info(
        "wrote %s (%d features, thresholds %.3f/%.3f) in %.0fs", out, len(coef), t, rt, time.perf_counter() - started
    )
    return weights
