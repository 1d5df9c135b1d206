"""Candidate quotes for the learned scorer: the rules' quotes, variants of their boundaries, and
extra recall candidates (speech verbs the rules left without content, quoted regions nobody owns,
"claim that ..." nouns)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...model import Offsets
from .. import quotes as q
from ..cuesyntax import _end, naming, unsaid
from ..speakers import INSTITUTION_NOUNS, Speaker

# fmt: off
CUE_NOUNS = frozenset([
    "allegation", "argument", "assertion", "claim", "comment", "contention", "declaration", "insistence",
    "promise", "remark", "statement", "suggestion", "warning"
])
# fmt: on
"""Nouns that report speech when they take a clause ("his claim that ...")."""
EXTRA_VERBS = q.SPEECH_VERBS | frozenset(
    [
        "declare",
        "accuse",
        "announce",
        "recall",
        "promise",
        "mention",
        "criticize",
        "criticise",
        "address",
        "respond",
        "wonder",
        "ask",
    ]
)
"""Verb lemmas whose content a recall candidate may take from the parse."""
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_TRIM = " \t\r\n,;:—–-"


@dataclass
class Candidate:
    """One possible quote: content span, speaker, cue token, where it came from and its group."""

    span: Offsets
    speaker: Speaker | None
    cue: Token | None
    origin: str
    """``rule`` (as the rules emit it), ``alt-*`` (a boundary variant) or ``extra-*``."""
    group: int
    """Candidates of one group are alternatives: at most one of them is kept."""
    base_kind: str = "indirect"
    base: Offsets | None = None
    """The span of the quote this candidate varies (its group's rule quote or recall candidate)."""


def _trim(text: str, start: int, end: int) -> Offsets | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if text.startswith("that ", start):
        start += 5  # "said that ...": what was said starts after the complementiser
    return (start, end) if len(text[start:end].split()) >= 2 else None


def _variants(ex: q._Extractor, span: Offsets, cue_at: int) -> list[tuple[str, Offsets]]:
    """Boundary variants of a content span: its regions alone, split at the cue, cut after its last
    quotation or at the sentence end or at a semicolon, run on to the next quotation or to the sentence end."""
    s, e = span
    text = ex.text
    out: list[tuple[str, Offsets]] = []
    ks = ex.regions_in(s, e)
    if ks:
        regs = [ex.regions[k] for k in ks]
        out.append(("alt-first", (regs[0].start, regs[0].end)))
        out.append(("alt-regions", (regs[0].start, regs[-1].end)))
        before = [r for r in regs if r.end <= cue_at]
        if before and len(before) < len(regs):
            out.append(("alt-before-cue", (regs[0].start, before[-1].end)))
        if s < regs[0].start and regs[-1].end < e:  # cut before an adjunct: "Clinton as a “disgrace” | Wednesday"
            out.append(("alt-to-quote", (s, regs[-1].end)))
    nxt = [ex.regions[k] for k in ex.regions_in(e, e + 120)]
    if nxt and ex.paragraph(s) == ex.paragraph(nxt[0].start) and nxt[0].start >= e and ex.carries_on(e, nxt[0]):
        out.append(("alt-next", (s, nxt[0].end)))
    first = ex.sentence(ex.token_at(s))
    if first.end_char < e:
        out.append(("alt-sent", (s, first.end_char)))
    elif cue_at < s and first.end_char > e:
        out.append(("alt-to-end", (s, first.end_char)))
    for stop in (";", " — ", " -- ", " – "):
        cut = text.find(stop, s, e)
        if cut > s:
            out.append(("alt-cut", (s, cut)))
            break
    out += _comma_cuts(ex, s, e)
    trimmed = [(o, _trim(text, *sp)) for o, sp in out]
    return [(o, sp) for o, sp in trimmed if sp is not None and sp != span]


def _crosses(ex: q._Extractor, span: Offsets) -> bool:
    """Whether a span cuts a quotation in two: it begins inside one and ends past it ('Don't you do it,"
    until gunshots are heard'), or begins before one and stops inside it ('of "fanatic recklessness')."""
    s, e = span
    return any(
        r.start < s < r.end < e or s < r.start < e < r.end - r.width
        for r in (ex.regions[k] for k in ex.regions_in(s, e))
    )


def _comma_cuts(ex: q._Extractor, s: int, e: int) -> list[tuple[str, Offsets]]:
    """The span cut before each of its first commas that opens a participle, relative clause,
    apposition or conjunct, and before a trailing date."""
    out: list[tuple[str, Offsets]] = []
    first, last = ex.token_at(s), ex.token_at(max(s, e - 1))
    for tok in ex.doc[first.i + 2 : last.i]:
        nxt = tok.nbor(1) if tok.i + 1 < len(ex.doc) else tok
        if tok.text == "," and (
            nxt.tag_ == "VBG" or nxt.lower_ in ("who", "which", "the", "a", "but", "and", "although", "while", "as")
        ):
            out.append((f"alt-comma-{nxt.tag_ if nxt.tag_ == 'VBG' else nxt.lower_}", (s, tok.idx)))
        elif tok.ent_type_ == "DATE" and tok.ent_iob_ == "B" and tok.i > first.i + 3:
            out.append(("alt-date", (s, tok.idx)))
        if len(out) >= 4:
            break
    return out


def _cue_variants(ex: q._Extractor, tok: Token) -> list[tuple[str, Offsets]]:
    """Spans the parse gives a cue: its clausal complement alone, and all its right-hand dependents."""
    out: list[tuple[str, Offsets]] = []
    para = ex.paragraph(tok.idx)
    for c in tok.children:
        if c.dep_ == "ccomp":
            sp = _trim(ex.text, max(para[0], c.left_edge.idx), min(para[1], c.right_edge.idx + len(c.right_edge)))
            if sp is not None:
                out.append(("alt-ccomp", sp))
    rights = _verb_content(ex, tok)
    if rights is not None:
        out.append(("alt-rights", rights))
    return out


_WORK_VERBS = frozenset({"write", "sing", "type", "read"})
"""Verbs whose object, unless quoted, is the work made or read ("writing the second book"), not what was said."""
_TOLD = frozenset({"joke", "lie", "secret", "story", "tale", "truth"})
"""What "tell" may take as its object, where other objects are who heard it ("told reporters")."""
_NARRATED = frozenset({"story", "tale"})
"""What "tells" narrates ("the film tells the story of ..."): no statement."""
_TO_HEARER = frozenset(
    {"announce", "complain", "confide", "explain", "mention", "remark", "say", "speak", "suggest", "talk"}
)
"""Speech verbs whose "to" phrase is who heard it ("mentioned to his colleagues"), not what was said."""
# fmt: off
_AUDIENCES = frozenset({
    "assembly", "audience", "chamber", "conference", "congress", "convention", "crowd", "delegate", "forum",
    "gathering", "meeting", "nation", "parliament", "rally", "summit", "supporter", "symposium",
})
# fmt: on
"""Who "address" speaks to ("addressed the conference"), where other objects are the matter addressed."""


def _verb_content(ex: q._Extractor, tok: Token) -> Offsets | None:
    """What a speech verb reports when the rules found nothing: its right-hand dependents."""
    kids = [
        c
        for c in tok.rights
        if c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "advcl", "attr", "oprd")
        and not c.is_punct
        and not (c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",")
    ]  # ', said Foxx, accepting his award': what the speaker did, not what was said
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if tok.lemma_.lower() == "tell" and obj is not None:
        if obj.lemma_.lower() in _NARRATED:
            return None  # "the film tells the story of ...": narration
        if obj.lemma_.lower() not in _TOLD:  # "told the Lansing State Journal": who heard it, not what
            kids.remove(obj)
            if not kids:  # "told BBC Radio 4's Today programme he hoped ...": the parse hung it on the hearer
                return _after_hearer(ex, tok, obj)
    if tok.lemma_.lower() in _TO_HEARER:  # "mentions to his fellow Jedi Council members": who heard it
        kids = [c for c in kids if not (c.dep_ == "prep" and c.lower_ == "to")]
    work = tok.lemma_.lower() in _WORK_VERBS
    if not kids or any(c.dep_ == "dobj" and work and ex.region_at(c.idx) is None for c in kids):
        return None  # "began writing the book in 1982": the work, and when
    if _says_nothing(ex, tok, kids):
        return None
    para = ex.paragraph(tok.idx)
    start = min(c.left_edge.idx for c in kids)
    end = max(c.right_edge.idx + len(c.right_edge) for c in kids)
    return _trim(ex.text, max(start, para[0]), min(end, para[1]))


def _says_nothing(ex: q._Extractor, verb: Token, kids: list[Token]) -> bool:
    """Readings in which a speech verb reports no words: "went on to win two Grammys" (only "went on to
    praise ..." is said), "called hotel security" (a phone call or a summons), "added 57 for the fourth
    wicket" (a sum, not "added that ..."), "continued his fine run" (only quoted words or "continued to
    insist ..." are said), "addressed the conference" (an audience, not a matter), "charge up to £1" (a price),
    "charged to the net" (a run), "agreed to the demands" and "reported on the work" (a phrase, no words)."""
    lemma = verb.lemma_.lower()
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return not any(c.dep_ == "xcomp" and c.lemma_.lower() in q.SPEECH_VERBS for c in kids)
    if lemma == "call":
        return not _calls_something(verb, kids)
    if lemma == "add":
        return not any(c.dep_ == "ccomp" or ex.regions_in(c.left_edge.idx, _end(c.right_edge)) for c in kids)
    if lemma == "continue":  # "continued his run of form", "continued to lose money"; not "continued to insist"
        return not any(
            ex.regions_in(c.left_edge.idx, _end(c.right_edge))
            or (c.dep_ == "xcomp" and c.lemma_.lower() in q.SPEECH_VERBS)
            for c in kids
        )
    if lemma == "charge":  # "charge up to £1 for the service", "charged to the net": a price or a run
        price = any(t.ent_type_ == "MONEY" or t.is_currency for c in kids for t in c.subtree)
        return price or any(c.dep_ == "prep" and c.lower_ in ("to", "into", "towards") for c in kids)
    if lemma in ("agree", "report") and all(c.dep_ == "prep" for c in kids):
        return True  # "agreed to the FCC's demands", "was reporting on the work of the councils": no words
    return lemma == "address" and any(c.dep_ == "dobj" and c.lemma_.lower() in _AUDIENCES for c in kids)


def _after_hearer(ex: q._Extractor, tell: Token, hearer: Token) -> Offsets | None:
    """What follows the hearer of "tell" in its phrase ("told Mr Brown of his intention to stand down", "told
    WLOX, a television station, that ..."), or None."""
    end = hearer.i + 1  # the hearer's phrase ends at its head noun, as a noun chunk does
    appos = [c for c in hearer.children if c.dep_ == "appos" and c.i >= end]
    if appos:
        end = max(a.right_edge.i for a in appos) + 1
    last = hearer.right_edge.i
    if end > last:
        return None
    para = ex.paragraph(tell.idx)
    return _trim(ex.text, max(ex.doc[end].idx, para[0]), min(_end(ex.doc[last]), para[1]))


def _calls_something(call: Token, kids: list[Token]) -> bool:
    """Whether "call" says something of what its dependents ``kids`` name: names or judges it ("called the
    plans 'dangerous'", "called his efforts purely political"), or calls for or on someone."""
    if any(c.dep_ == "oprd" or c.lower_ in ("for", "on") for c in call.children):
        return True
    return max((c.right_edge for c in kids), key=lambda t: t.i).pos_ == "ADJ"


def _noun_content(ex: q._Extractor, tok: Token) -> Offsets | None:
    """ "his claim that ...": the clause a speech noun takes."""
    kids = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children)]
    if not kids:
        return None
    c = kids[0]
    return ex._clip(tok, c.left_edge.idx, c.right_edge.idx + len(c.right_edge))


def _speaker_of(ex: q._Extractor, tok: Token) -> Speaker | None:
    subj = q._subject(tok) if tok.pos_ in ("VERB", "AUX") else next((c for c in tok.children if c.dep_ == "poss"), None)
    if subj is None or q.nameless(subj):
        return None
    if not (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in _SPEAKER_ENTS or subj.lemma_ in INSTITUTION_NOUNS):
        return None  # "the reaction suggests ...": not someone speaking
    return ex.resolver.resolve(subj)


def _unowned_regions(ex: q._Extractor, groups: list[tuple[q._Found, int]], covered: list[Offsets]) -> list[Candidate]:
    """Quoted regions no rule quote covers, as rivals of a rule quote whose cue stands right after
    them or in their sentence ("“...,” he said, before ...": the rules took the wrong side)."""
    out: list[Candidate] = []
    for region in ex.regions:
        if any(s <= region.start < e for s, e in covered):
            continue
        sent = ex.sentence(ex.token_at(max(region.start, region.end - 2)))
        for f, g in groups:
            if region.end <= f.cue_at <= min(sent.end_char, region.end + 60) and ex.paragraph(f.cue_at) == ex.paragraph(
                region.start
            ):
                cue = ex.token_at(f.cue_at)
                out.append(Candidate((region.start, region.end), f.speaker, cue, "alt-region", g, "direct", f.span))
                break
    return out


def candidates(ex: q._Extractor, found: list[q._Found]) -> list[Candidate]:
    """Every candidate of one article: rule quotes with their variants, then recall candidates."""
    out: list[Candidate] = []
    cues_used = {f.cue_at for f in found}
    covered: list[Offsets] = []
    g = 0
    groups: list[tuple[q._Found, int]] = []
    for f in found:
        cue = ex.token_at(f.cue_at)
        kind = "direct" if f.regions else "indirect"
        out.append(Candidate(f.span, f.speaker, cue, "rule", g, kind))
        alts = _variants(ex, f.span, f.cue_at)
        if cue.pos_ in ("VERB", "AUX"):
            named = f.speaker.span[0] if f.speaker else -1
            alts += [  # never the words that name the speaker: "according to Rush Limbaugh, ..."
                a for a in _cue_variants(ex, cue) if a[1] != f.span and not a[1][0] <= named < a[1][1]
            ]
        seen = {f.span}
        apart = g + 1
        others = [o.span for o in found if o is not f]
        for o, sp in alts:
            if _crosses(ex, sp):
                continue
            if any(a < sp[1] and sp[0] < b for a, b in others if not (a <= f.span[0] and f.span[1] <= b)):
                continue  # a variant never eats into another quote the rules found
            if sp not in seen:
                seen.add(sp)
                # a variant beside the rule's span is another statement of the same cue, not a rival
                rival = sp[0] < f.span[1] and f.span[0] < sp[1]
                out.append(
                    Candidate(sp, f.speaker, cue, o if rival else f"{o}-apart", g if rival else apart, kind, f.span)
                )
        covered.append(f.span)
        groups.append((f, g))
        g = apart + 1
    out += _unowned_regions(ex, groups, covered)
    for tok in ex.doc:
        if tok.pos_ not in ("VERB", "NOUN") or tok.idx in cues_used or ex.region_at(tok.idx) is not None:
            continue
        if unsaid(tok) or naming(tok):
            continue  # "has not said", "a firm called Swarm Systems"
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in EXTRA_VERBS and (lemma not in q.SPEECH_VERBS or q._is_speech_verb(tok)):
            span, origin = _verb_content(ex, tok), "extra-verb"
        elif tok.pos_ == "VERB":  # any verb whose object quotes someone ("dismissed Estonia as the “suburbs”")
            span, origin = _verb_content(ex, tok), "extra-quoting"
            regions = ex.regions_in(*span) if span is not None else []
            if not regions or all(ex.names_a_work(k) for k in regions):
                continue  # nor 'finished filming "The Quiet Hours"': a title is no statement
        elif tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
            span, origin = _noun_content(ex, tok), "extra-noun"
        else:
            continue
        if span is None or any(s < span[1] and span[0] < e for s, e in covered):
            continue
        spk = _speaker_of(ex, tok)
        if spk is None:
            continue  # a statement nobody made is no use to a briefing
        out.append(Candidate(span, spk, tok, origin, g))
        out += [
            Candidate(sp, spk, tok, o, g, base=span)
            for o, sp in _variants(ex, span, tok.idx)
            if not _crosses(ex, sp) and not any(s < sp[1] and sp[0] < e for s, e in covered)  # nor a variant of it
        ]
        g += 1
    return out
