"""The learned scorer at extraction time: load the shipped weights, score candidates, pick quotes.

Without a weights file the rules' quotes pass through unchanged, each with its kind's prior
confidence (``RULE_PRIOR``).
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import quotes as q
from .candidates import Candidate, candidates
from .descriptions import role_from_description
from .features import features
from .speaker import choose, group_speaker, speaker_candidates

WEIGHTS = Path(__file__).resolve().parent / "weights.json"
"""The shipped model: written by ``python -m generator.learn``."""
RULE_PRIOR = {"direct": 0.9, "mixed": 0.8, "indirect": 0.75}
"""Confidence of a rule quote when no weights are installed (rough precision of each kind)."""
RANK_WEIGHT = 2.0
"""How much the variant ranker adds to a candidate's log-odds when the variants of one group compete."""


@dataclass(frozen=True)
class Weights:
    """A logistic model over feature names, its keep threshold and an isotonic calibration map."""

    coef: dict[str, float]
    threshold: float
    """Probability a recall candidate (a group the rules did not find) needs to be kept."""
    calib_x: tuple[float, ...]
    calib_y: tuple[float, ...]
    rule_threshold: float = 0.5
    """Probability the best variant of a rule quote needs to be kept."""
    speaker: dict[str, float] = field(default_factory=dict)
    """Coefficients of the speaker choice (``speaker.choose``); empty: the rules' speaker stays."""
    ranker: dict[str, float] = field(default_factory=dict)
    """Coefficients of the pairwise variant ranker (which boundary of one quote is best); empty: none."""

    def probability(self, feats: dict[str, float]) -> float:
        z = sum(self.coef.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def preference(self, feats: dict[str, float], p: float) -> float:
        """How strongly a candidate of probability ``p`` is preferred over its group's other variants."""
        p = min(max(p, 1e-9), 1.0 - 1e-9)
        return math.log(p / (1.0 - p)) + RANK_WEIGHT * sum(self.ranker.get(k, 0.0) * v for k, v in feats.items())

    def calibrate(self, p: float) -> float:
        """The calibrated confidence of raw probability ``p`` (step function, as isotonic fits are)."""
        if not self.calib_x:
            return p
        k = bisect.bisect_right(self.calib_x, p) - 1
        return self.calib_y[max(0, k)]

    def to_json(self) -> dict[str, Any]:
        return {
            "coef": self.coef,
            "threshold": self.threshold,
            "rule_threshold": self.rule_threshold,
            "speaker": self.speaker,
            "ranker": self.ranker,
            "calibration": {"x": list(self.calib_x), "y": list(self.calib_y)},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Weights:
        cal = data.get("calibration") or {}
        return cls(
            {str(k): float(v) for k, v in data["coef"].items()},
            float(data["threshold"]),
            tuple(map(float, cal.get("x", []))),
            tuple(map(float, cal.get("y", []))),
            float(data.get("rule_threshold", data["threshold"])),
            {str(k): float(v) for k, v in (data.get("speaker") or {}).items()},
            {str(k): float(v) for k, v in (data.get("ranker") or {}).items()},
        )


@lru_cache(maxsize=4)
def load(path: Path = WEIGHTS) -> Weights | None:
    """The weights at ``path``, or None when the file is absent."""
    try:
        return Weights.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return ov > 0.5 * (a[1] - a[0]) and ov > 0.5 * (b[1] - b[0])


def _nested(c: Candidate, cue_at: int, kept: q._Found) -> bool:
    """Whether one of two overlapping quotes is reported inside the other by someone else, its cue before
    its content ("X said he had visited Y, who had told him that ..."): each is its own attribution, not a
    rival ("X said A, adding that B" is one speaker's statement, and its variants are rivals)."""

    def inside(cue: int, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
        return outer[0] <= cue < inner[0] and inner[1] <= outer[1]

    names = {s.name if s is not None else None for s in (c.speaker, kept.speaker)}
    return len(names) == 2 and (inside(kept.cue_at, kept.span, c.span) or inside(cue_at, c.span, kept.span))


def select(ex: q._Extractor, cands: list[Candidate], feats: list[dict[str, float]], weights: Weights) -> list[q._Found]:
    """The preferred variant of each group whose best probability reaches the threshold, most probable
    group first, unless it overlaps one already kept."""
    best: dict[int, tuple[float, Candidate]] = {}
    pref: dict[int, float] = {}
    top: dict[int, float] = {}
    ruled = {c.group for c in cands if c.origin == "rule"}
    for c, f in zip(cands, feats):
        p = weights.probability(f)
        r = weights.preference(f, p)
        top[c.group] = max(p, top.get(c.group, 0.0))
        if c.group not in best or r > pref[c.group]:
            best[c.group], pref[c.group] = (p, c), r
    best = {g: (top[g], c) for g, (_, c) in best.items()}  # the group's chance of being a quote at all
    kept: list[q._Found] = []
    for p, c in sorted(best.values(), key=lambda pc: (-pc[0], pc[1].span)):
        cue_at = c.cue.idx if c.cue is not None else c.span[0]
        if p < (weights.rule_threshold if c.group in ruled else weights.threshold) or any(
            _overlaps(c.span, k.span) and not _nested(c, cue_at, k) for k in kept
        ):
            continue
        cue = q._cue_text(c.cue) if c.cue is not None and not c.cue.is_quote else ""  # framed by no verb: no cue
        quoted = c.cue is not None and c.cue.lemma_.lower() == "quote" and c.speaker is not None
        speaker = (
            choose(speaker_candidates(ex, c.span, c.cue, c.speaker), weights.speaker)
            if weights.speaker and not quoted
            else c.speaker
        )  # "the paper quoted a source as saying": the source
        speaker = role_from_description(ex, c.cue, group_speaker(ex, c.cue, speaker))
        kept.append(
            q._Found(
                c.span, speaker, cue, cue_at, regions=ex.regions_in(*c.span), confidence=round(weights.calibrate(p), 3)
            )
        )
    return kept


def refine(ex: q._Extractor, found: list[q._Found], weights: Weights | bool | None = True) -> list[q._Found]:
    """The quotes to emit: ``found`` rescored by the learned model, or with rule priors without one.

    ``weights``: True loads the shipped file; None forces the rules alone."""
    model = load() if weights is True else weights if isinstance(weights, Weights) else None
    if model is None:
        for f in found:
            kind = "direct" if f.regions else "indirect"
            f.confidence = RULE_PRIOR[kind]
        return found
    cands = candidates(ex, found)
    return select(ex, cands, [features(ex, c) for c in cands], model)
