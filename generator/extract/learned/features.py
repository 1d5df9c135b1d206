"""Features of a candidate quote, as a sparse name -> value dict for a linear model."""

from __future__ import annotations

import math

from spacy.tokens import Token

from .. import quotes as q
from ..quotemarks import MARKS
from ..speakers import INSTITUTION_NOUNS
from .candidates import Candidate

_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
_END_CHARS = frozenset('.,!?;:”"')


def _bucket(n: float, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _cue_features(c: Candidate, f: dict[str, float]) -> None:
    tok = c.cue
    if tok is None:
        f["cue:none"] = 1.0
        return
    lemma = tok.lemma_.lower()
    f[f"cue:{lemma}"] = 1.0
    f[f"cue-dep:{tok.dep_}"] = 1.0
    f[f"cue-tag:{tok.tag_}"] = 1.0
    f[f"cue-class:{'speech' if lemma in q.SPEECH_VERBS else 'belief' if lemma in q.BELIEF_VERBS else 'other'}"] = 1
    if any(ch.dep_ == "neg" for ch in tok.children):
        f["cue:neg"] = 1.0
    if any(
        ch.dep_ == "aux" and ch.lower_ in ("will", "would", "could", "might", "may", "should") for ch in tok.children
    ):
        f["cue:modal"] = 1.0
    s, e = c.span
    pos = "before" if tok.idx < s else "after" if tok.idx >= e else "inside"
    f[f"cue-pos:{pos}"] = 1.0
    f[f"cue-pos:{pos}:{c.origin}"] = 1.0
    gap = s - tok.idx if pos == "before" else tok.idx - e if pos == "after" else 0
    f[f"cue-gap:{_bucket(gap, (2, 6, 15, 40, 100))}"] = 1.0
    f[f"cue-x-pos:{lemma}:{pos}"] = 1.0


def _speaker_features(ex: q._Extractor, c: Candidate, f: dict[str, float]) -> None:
    spk = c.speaker
    if spk is None:
        f["spk:none"] = 1.0
        return
    low = spk.name.lower()
    if ex.resolver.table.by_name(spk.name) is not None:
        f["spk:actor"] = 1.0
        f[f"spk:actor:{c.origin}"] = 1.0
    if low in _PRONOUNS:
        f["spk:pronoun"] = 1.0
    elif spk.role is not None or spk.name[:1].isupper():
        f["spk:named"] = 1.0
    else:
        f["spk:phrase"] = 1.0
    if low.split()[-1:] and low.split()[-1] in INSTITUTION_NOUNS:
        f["spk:institution"] = 1.0
    f[f"spk-words:{_bucket(len(spk.name.split()), (1, 2, 3, 5))}"] = 1.0


def _span_features(ex: q._Extractor, c: Candidate, f: dict[str, float]) -> None:
    s, e = c.span
    text = ex.text
    words = text[s:e].split()
    f["len:log"] = math.log1p(len(words))
    f[f"len:{_bucket(len(words), (3, 6, 12, 25, 45, 80))}"] = 1.0
    ks = ex.regions_in(s, e)
    inside = sum(min(e, ex.regions[k].end) - max(s, ex.regions[k].start) for k in ks)
    frac = inside / max(1, e - s)
    f["quoted:frac"] = frac
    f[f"quoted:{_bucket(int(frac * 10), (0, 4, 8, 9))}"] = 1.0
    f[f"regions:{min(len(ks), 3)}"] = 1.0
    exact = bool(ks) and ex.regions[ks[0]].start == s and ex.regions[ks[-1]].end == e
    f[f"kind:{'direct' if exact else 'mixed' if ks else 'indirect'}:{c.origin}"] = 1.0
    first, last = ex.token_at(s), ex.token_at(max(s, e - 1))
    f[f"first-pos:{first.pos_}"] = 1.0
    f[f"first-dep:{first.dep_}"] = 1.0
    f[f"last-pos:{last.pos_}"] = 1.0
    end_char = text[e - 1] if text[e - 1] in _END_CHARS else "w"
    f[f"last-char:{end_char}"] = 1.0
    sent = ex.sentence(first)
    f["starts-sent"] = float(sent.start_char >= s - 2)
    end_sent = ex.sentence(last)
    f["ends-sent"] = float(end_sent.end_char <= e + 3)
    f[f"ends-sent:{c.origin}"] = f["ends-sent"]
    f[f"first-dep:{first.dep_}:{c.origin}"] = 1.0
    f[f"len:{_bucket(len(words), (3, 6, 12, 25, 45, 80))}:{c.origin}"] = 1.0
    f[f"sents:{min(3, len({id(ex.sentence(ex.token_at(t.idx))) for t in (first, last)}))}"] = 1.0
    f["cross-para"] = float(ex.paragraph(s) != ex.paragraph(max(s, e - 1)))
    f["question"] = float("?" in text[s:e])
    first_word = words[0].lower().strip('"“') if words else ""
    if first_word in ("that", "to", "whether", "if", "how", "what", "as", "the", "i", "we", "it"):
        f[f"first-word:{first_word}"] = 1.0
    tokens = ex.doc[first.i : last.i + 1]
    f["inner-cues"] = float(sum(1 for t in tokens if t.lemma_.lower() in q.SPEECH_VERBS and t.pos_ == "VERB"))
    f["ents:person"] = float(sum(1 for t in tokens if t.ent_type_ == "PERSON" and t.ent_iob_ == "B") > 0)


def _neighbour(ex: q._Extractor, i: int, step: int, sent_start: int) -> Token | None:
    """The first token from ``i`` on in direction ``step`` that is not white space, within the sentence
    starting at ``sent_start``; None past either end."""
    doc = ex.doc
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    if not 0 <= i < len(doc) or ex.sentence(doc[i]).start_char != sent_start:
        return None
    return doc[i]


def _boundary_features(ex: q._Extractor, c: Candidate, f: dict[str, float]) -> None:
    """How the span sits in the parse: how many of its words hang from outside it, and what stands right
    before and after it (a cut relative clause, a trailing participle, the sentence end)."""
    first, last = ex.token_at(c.span[0]), ex.token_at(max(c.span[0], c.span[1] - 1))
    out = sum(1 for t in ex.doc[first.i : last.i + 1] if not first.i <= t.head.i <= last.i)
    f[f"heads-out:{min(out, 4)}"] = 1.0
    for side, tok in (
        ("after", _neighbour(ex, last.i + 1, 1, ex.sentence(last).start_char)),
        ("before", _neighbour(ex, first.i - 1, -1, ex.sentence(first).start_char)),
    ):
        if tok is None:
            f[f"{side}:edge"] = 1.0
            continue
        f[f"{side}:{tok.text if tok.is_punct else tok.dep_}"] = 1.0
        f[f"{side}-attached"] = float(first.i <= tok.head.i <= last.i)
        if tok.is_punct:
            beyond = _neighbour(
                ex, tok.i + (1 if side == "after" else -1), 1 if side == "after" else -1, ex.sentence(tok).start_char
            )
            f[f"{side}2:{beyond.tag_ if beyond is not None else 'edge'}"] = 1.0


def _pieces(span: tuple[int, int], base: tuple[int, int]) -> list[tuple[str, int, int]]:
    """What a variant adds to or cuts from its base quote on each side, as (name, start, end)."""
    (s, e), (bs, be) = span, base
    out = []
    if s != bs:
        out.append(("add-left", s, bs) if s < bs else ("cut-left", bs, s))
    if e != be:
        out.append(("add-right", be, e) if e > be else ("cut-right", e, be))
    return out


def _difference_features(ex: q._Extractor, c: Candidate, f: dict[str, float]) -> None:
    """How a variant differs from its base quote: for the words added or cut on each side, their length,
    the dependency relation of their head (a relative clause, a participle, a date adjunct), whether they
    form one constituent, hold a cue verb, a name, a date or a quotation mark, or cross a sentence end."""
    if c.base is None or c.base == c.span:
        return
    if c.span[1] <= c.base[0] or c.base[1] <= c.span[0]:
        f["diff:disjoint"] = 1.0
        return
    for name, a, b in _pieces(c.span, c.base):
        words = [t for t in ex.doc[ex.token_at(a).i : ex.token_at(max(a, b - 1)).i + 1] if a <= t.idx < b]
        words = [t for t in words if not (t.is_space or t.is_punct)] or words
        if not words:
            continue
        f[f"{name}:len:{_bucket(len(words), (1, 3, 6, 12, 25))}"] = 1.0
        roots = [t for t in words if not a <= t.head.idx < b]
        f[f"{name}:roots:{min(len(roots), 3)}"] = 1.0
        f[f"{name}:root-dep:{roots[0].dep_ if roots else 'none'}"] = 1.0
        if any(t.lemma_.lower() in q.SPEECH_VERBS and t.pos_ == "VERB" for t in words):
            f[f"{name}:cue"] = 1.0
        for ent in {t.ent_type_ for t in words} & {"PERSON", "ORG", "GPE", "DATE", "TIME"}:
            f[f"{name}:ent:{ent}"] = 1.0
        if any(ch in MARKS for ch in ex.text[a:b]):
            f[f"{name}:quote-mark"] = 1.0
        if ex.sentence(words[0]) is not ex.sentence(words[-1]):
            f[f"{name}:sent-break"] = 1.0
        lead = ex.text[a:b].lstrip(" ,")[:1]
        if lead in "(—–-" and lead:
            f[f"{name}:parenthetical"] = 1.0


def features(ex: q._Extractor, c: Candidate) -> dict[str, float]:
    """The feature dict of candidate ``c`` in the article of ``ex``."""
    f: dict[str, float] = {"bias": 1.0, f"origin:{c.origin}": 1.0, f"base:{c.base_kind}": 1.0}
    _cue_features(c, f)
    _speaker_features(ex, c, f)
    _span_features(ex, c, f)
    _boundary_features(ex, c, f)
    _difference_features(ex, c, f)
    return f
