"""Quotes: direct, indirect and mixed speech, each with its speaker and cue verb.

Two sources of evidence meet here. The dependency parse gives cues: a speech verb
(lemma in ``SPEECH_VERBS``) with its subject and its complement clause, "according to X",
or a belief verb with a complement clause ("analysts believe that ..."). The quotation
structure (``quotemarks.scan``) gives verbatim regions. A cue's complement that lies
inside quotation marks becomes a direct quote covering the whole quoted region (several
sentences, if the quote runs on); one that only holds a quoted fragment is mixed. Quoted
regions that no complement reaches are attributed by their frame: a cue ending in a colon
or comma just before them ("He added: ..."), a bare cue right after them, the paragraph
chain of a multi-paragraph quote, or the speaker of the quote they follow.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .actors import ActorTable
from ..model import Article, Quote, QuoteKind, Offsets
from .quotemarks import MARKS, Region, scan
from .speakers import Speaker, SpeakerResolver

SPEECH_VERBS = frozenset("""
    accuse acknowledge add admit advise affirm agree allege announce answer argue ask assert assure
    blast boast brand call caution charge chant claim comment complain concede conclude condemn confirm
    characterise characterize contend continue counter criticise criticize declare decry demand deny
    describe disclose dispute dub
    emphasise emphasize estimate explain express insist joke label lament liken maintain mention note
    observe plead pledge point praise predict proclaim promise propose quip quote recall recount reiterate
    go remark repeat reply report respond retort reveal say scoff shout sing slam state stress suggest swear
    tell testify threaten tout tweet type underline urge vow warn write
""".split())
"""Lemmas of verbs that report speech."""
BELIEF_VERBS = frozenset("believe doubt expect fear feel find forecast hope indicate show think worry".split())
"""Lemmas of verbs that report a stance; a cue only with a complement clause."""
OBJECT_CUES = frozenset("""
    acknowledge announce confirm deny describe disclose emphasise emphasize express highlight pledge
    predict promise propose reiterate repeat reveal stress tout underline vow
""".split())
"""Speech verbs whose direct object is what was said ("emphasized the importance of ...")."""
TO_CUES = frozenset("ask call pledge promise swear tell threaten urge vow warn".split())
"""Speech verbs whose infinitive complement is what was said ("urged Congress to act")."""
FOR_CUES = frozenset("ask call plead press push".split())
"""Speech verbs whose "for"/"on" phrase is what was said ("called for a ban")."""
FRAME_CUES = frozenset({"read"})
"""Verbs that report a text's words only as a bare cue beside its quotation ("“...,” the letter reads")."""
_PARTICLE_CUES = {"point": "out", "go": "on"}
"""Verbs that are speech verbs only with their particle ("pointed out", "went on")."""
STANCE_ADJECTIVES = frozenset("""
    adamant certain confident convinced concerned hopeful optimistic pessimistic sceptical skeptical sure worried
""".split())
"""Adjectives that report a stance when they take a complement clause ("are worried that ...")."""
_CUE_LEMMAS = SPEECH_VERBS | BELIEF_VERBS | FRAME_CUES
_NAMELESS = frozenset({"i", "we", "you", "me", "us", "who", "which", "that", "this", "these", "those", "there"})
_SPACE_PUNCT = " \t\r\n,;:—–-"
_OBJECT_DEPS = frozenset({"dobj", "oprd", "prep", "dative", "attr"})
"""Complements of a cue verb that are what was said when they hold a quotation ("called it "a disgrace"")."""
_INVERTED_DEPS = frozenset({"nsubj", "dobj", "npadvmod", "attr", "appos", "dative", "oprd"})
_SPEECH_DASHES = frozenset("―—–")
_TIME_ENTS = frozenset({"DATE", "TIME"})
_MARK_CHARS = "".join(sorted(MARKS)) + " \t\r\n"
"""Stripped from the ends of a quoted region's words (doubled marks, as escaped text has them)."""
_MAX_CONTENT = 1500
"""Characters of reported content a cue can take from the parse (a run-on line cannot make it quadratic)."""
_MIN_PHRASE = 3
"""Words an object or infinitive must have to count as what was said ("confirmed their status" does not)."""
_SPLIT_GAP = 50
"""Characters of frame ("," he said, "") between the halves of a split quote."""
_LOOKBACK = 40
"""Tokens before a quotation searched for the cue that introduces it."""
_FRAME = 14
"""Tokens after a quotation within which a bare cue ("..., he said.") attributes it."""


@dataclass
class _Found:
    """A quote under construction: content span, speaker, cue and the regions it covers."""

    span: Offsets
    speaker: Speaker | None
    cue: str
    cue_at: int
    belief: bool = False
    regions: list[int] = field(default_factory=list)
    confidence: float | None = None


@dataclass
class _Cue:
    """A cue token with its speaker and, when the parse gives one, its content span."""

    tok: Token
    speaker: Speaker | None
    content: Offsets | None
    belief: bool


class _Extractor:
    """State for one article: the Doc, its quoted regions and the speaker resolver."""

    def __init__(self, doc: Doc, article: Article, table: ActorTable) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraphs = article.paragraphs or [article.body]
        self.para_starts = [s for s, _ in self.paragraphs]
        self.regions = scan(self.text, self.paragraphs)
        self.region_starts = [r.start for r in self.regions]
        self.tok_starts = [t.idx for t in doc]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.resolver = SpeakerResolver(doc, table, [(r.start, r.end) for r in self.regions])

    # -- lookups -------------------------------------------------------------------------
    def region_at(self, offset: int) -> int | None:
        """Index of the quoted region holding ``offset``."""
        k = bisect.bisect_right(self.region_starts, offset) - 1
        return k if k >= 0 and offset < self.regions[k].end else None

    def regions_in(self, start: int, end: int) -> list[int]:
        """Indices of the regions overlapping ``[start, end)``."""
        k = bisect.bisect_left(self.region_starts, end) - 1
        out: list[int] = []
        while k >= 0 and self.regions[k].end > start:
            out.append(k)
            k -= 1
        return out[::-1]

    def paragraph(self, offset: int) -> Offsets:
        k = max(0, bisect.bisect_right(self.para_starts, offset) - 1)
        return self.paragraphs[k]

    def sentence(self, tok: Token) -> Span:
        return self.sents[bisect.bisect_right(self.sent_starts, tok.idx) - 1]

    def token_at(self, offset: int) -> Token:
        return self.doc[max(0, bisect.bisect_right(self.tok_starts, offset) - 1)]

    # -- cues ----------------------------------------------------------------------------
    def cues(self) -> list[_Cue]:
        """Every speech or belief cue outside quotation marks, in text order."""
        out: list[_Cue] = []
        for tok in self.doc:
            low = tok.lower_
            if low == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                cue = self._according(tok)
            elif tok.tag_.startswith("VB") and tok.lemma_.lower() in _CUE_LEMMAS:
                cue = self._verb_cue(tok)
            elif tok.dep_ == "acomp" and tok.lemma_.lower() in STANCE_ADJECTIVES:
                cue = self._stance(tok)
            else:
                continue
            if cue is not None and self.region_at(tok.idx) is None:
                out.append(cue)
        out += filter(None, map(self._transcript_label, self.paragraphs))
        return sorted(out, key=lambda c: c.tok.i)

    def _transcript_label(self, para: Offsets) -> _Cue | None:
        """A transcript turn: a paragraph opening with a capitalised speaker label and a colon
        ("SMITH: We never agreed to that.")."""
        first = self.token_at(para[0])
        name: Token | None = None
        for tok in self.doc[first.i:first.i + 5]:
            if tok.text == ":" and name is not None:
                content = self._clip(tok, _end(tok), para[1])
                return _Cue(tok, self.resolver.resolve(name), content, False) if content else None
            if tok.is_alpha and tok.is_upper and len(tok) > 1:
                name = tok
            elif not (tok.text in MARKS or tok.is_space):
                return None
        return None

    def _verb_cue(self, tok: Token) -> _Cue | None:
        lemma = tok.lemma_.lower()
        if lemma in FRAME_CUES:
            return self._frame_cue(tok)
        belief = lemma not in SPEECH_VERBS
        particle = _PARTICLE_CUES.get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return None
        content = self._complement(tok, lemma, belief)
        if belief and content is None:
            return None
        subj = _subject(tok)
        if lemma == "quote":  # "the paper quoted X (as saying)": X speaks
            subj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is None and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # "X is reported as saying"
        if subj is None or self.region_at(subj.idx) is not None:
            subj = self._inverted_subject(tok) or self._name_before(tok)
        elif self.paragraph(subj.idx) != self.paragraph(tok.idx):
            subj = next((t for t in reversed(list(subj.subtree)) if t.pos_ in ("PROPN", "NOUN")
                         and self.paragraph(t.idx) == self.paragraph(tok.idx)), None)
        speaker = self.resolver.resolve(subj) if subj is not None and subj.lower_ not in _NAMELESS else None
        return _Cue(tok, speaker, content, belief)

    def _frame_cue(self, tok: Token) -> _Cue | None:
        """ "“...,” the memo read": a text speaks its quotation; the verb has no object of its own."""
        subj = _subject(tok)
        if subj is None or subj.lower_ in _NAMELESS or any(c.dep_ == "dobj" for c in tok.children):
            return None
        return _Cue(tok, self.resolver.resolve(subj, describe=False), None, False)

    def _stance(self, tok: Token) -> _Cue | None:
        """ "X is worried that ...": a stance adjective with a complement clause; X holds it."""
        if not any(c.dep_ == "ccomp" for c in tok.children):
            return None
        content = self._complement(tok, tok.lemma_.lower(), True)
        subj = _subject(tok.head)
        if content is None or subj is None or subj.lower_ in _NAMELESS:
            return None
        return _Cue(tok, self.resolver.resolve(subj), content, True)

    def _name_before(self, tok: Token) -> Token | None:
        """A name right before a cue the parse left without a subject ("in California Mr Doe said")."""
        prev = self.doc[tok.i - 1] if tok.i else None
        if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG") \
                and self.region_at(prev.idx) is None:
            return prev
        return None

    def _inverted_subject(self, tok: Token) -> Token | None:
        """The speaker named after a cue that follows its quote ("..., said Jane Doe, a ..."),
        whatever label the parse gave it."""
        for child in tok.rights:
            if child.pos_ in ("PROPN", "NOUN") and child.dep_ in _INVERTED_DEPS and child.ent_type_ not in _TIME_ENTS \
                    and self.region_at(child.idx) is None:
                return child
        return None

    def _complement(self, tok: Token, lemma: str, belief: bool) -> Offsets | None:
        """The content span the parse gives a cue verb, or None."""
        if self._quote_after_colon(tok):
            return None  # "..., Kall said: "...": the quote after the colon is what was said
        kids = list(tok.children)
        chosen = [c for c in kids if c.dep_ == "ccomp"]
        if chosen and _colon_after(tok) and all(c.i < tok.i for c in chosen):
            return None  # "..., Kall said: "..."": what follows the colon is the quote
        if not chosen and belief:
            return None
        if not chosen and lemma in TO_CUES:
            chosen = [c for c in kids if c.dep_ == "xcomp"]
        if not chosen:
            chosen = [c for c in kids if c.dep_ in _OBJECT_DEPS and self.regions_in(c.left_edge.idx, _end(c.right_edge))]
            if any(c.dep_ == "oprd" or c.lower_ == "as" for c in chosen):
                chosen += [c for c in kids if c.dep_ == "dobj"]
        if not chosen and lemma in OBJECT_CUES:
            chosen = [c for c in kids if c.dep_ == "dobj" and c.ent_type_ != "PERSON" and c.pos_ != "PRON"]
        if not chosen and lemma in FOR_CUES:
            chosen = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "on")]
        if chosen:
            end = max(_next_statement(c) for c in chosen)
            span = self._clip(tok, min(c.left_edge.idx for c in chosen), end)
            if span is None or any(c.dep_ == "ccomp" for c in chosen) or self.regions_in(*span):
                return span
            return span if len(self.text[span[0]:span[1]].split()) >= _MIN_PHRASE else None
        if tok.dep_ == "parataxis" or _as_clause(tok) or (tok.dep_ == "ccomp" and tok.i > tok.head.i
                                       and tok.head.lemma_.lower() not in SPEECH_VERBS):
            head = tok.head
            before = (head.left_edge.idx, tok.left_edge.idx)
            after = (_end(tok.right_edge), _end(head.right_edge))
            part = max(before, after, key=lambda s: s[1] - s[0])
            return self._clip(tok, *part)
        return None

    def _quote_after_colon(self, tok: Token) -> bool:
        """Whether a colon follows the cue and a quotation opens right after it."""
        if not _colon_after(tok):
            return False
        after = self.text.find(":", tok.idx) + 1
        while after < len(self.text) and self.text[after].isspace():
            after += 1
        return self.region_at(after) is not None

    def _according(self, tok: Token) -> _Cue | None:
        """ "according to X, ...": X speaks; the rest of the sentence is what X said."""
        to = self.doc[tok.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        sent = self.sentence(tok)
        last = max(tok.right_edge.i, to.right_edge.i, source.right_edge.i)
        before = (sent.start_char, tok.idx)
        after = (_end(self.doc[last]), sent.end_char)
        part = max(before, after, key=lambda s: s[1] - s[0])
        return _Cue(tok, self.resolver.resolve(source), self._clip(tok, *part), False)

    def _clip(self, cue: Token, start: int, end: int) -> Offsets | None:
        """``[start, end)`` kept within the cue's paragraph, trimmed of edge punctuation and "that"."""
        p_start, p_end = self.paragraph(cue.idx)
        start, end = max(start, p_start), min(end, p_end)
        if end - start > _MAX_CONTENT:
            end = start + _MAX_CONTENT if start > cue.idx else end
            start = max(start, end - _MAX_CONTENT)
        text = self.text
        while start < end and text[start] in _SPACE_PUNCT:
            start += 1
        while end > start and text[end - 1] in _SPACE_PUNCT:
            end -= 1
        if text.startswith("that ", start) and self.token_at(start).dep_ == "mark":
            start += 5
        words = text[start:end].split()
        return (start, end) if len(words) >= 2 else None

    # -- assembly ------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        from .learned.runtime import refine  # the learned scorer: weights load only where articles are parsed

        return self._emit(refine(self, self.rule_quotes()))

    def rule_quotes(self) -> list[_Found]:
        """What the rules find, before the learned scorer (if any) keeps, drops or reshapes it."""
        found: list[_Found] = []
        owner: dict[int, _Found] = {}
        bare: list[_Cue] = []
        for cue in self.cues():
            if cue.content is None:
                bare.append(cue)
                continue
            item = self._from_content(cue)
            found.append(item)
            for k in item.regions:
                owner.setdefault(k, item)
        self._attribute_framed(found, owner, bare)
        self._attribute_chains(found, owner)
        return [f for f in found if not (f.belief and _inside_other(f, found))]

    def _from_content(self, cue: _Cue) -> _Found:
        start, end = cue.content or (0, 0)
        ks = self.regions_in(start, end)
        item = _Found((start, end), cue.speaker, _cue_text(cue.tok), cue.tok.idx, cue.belief, ks)
        if ks and cue.tok.idx >= end:
            colon = self.text.rfind(":", start, self.regions[ks[0]].start)
            if colon >= 0:  # "X scolded him: “...,” she said": the quote is what follows the colon
                start = colon + 1
                ks = self.regions_in(start, end)
                item.span = (start, end)
        if ks:
            item.regions = ks
            r_start, r_end = self.regions[ks[0]].start, self.regions[ks[-1]].end
            outside = self.text[start:r_start] + self.text[r_end:end]
            if sum(ch.isalnum() for ch in outside) == 0:
                item.span = (r_start, r_end)
            else:
                item.span = (min(start, r_start), max(end, r_end))
        return item

    def _attribute_framed(self, found: list[_Found], owner: dict[int, _Found], bare: list[_Cue]) -> None:
        """Regions no complement reached: the second half of a split quote, a cue with a colon or
        comma right before them, a bare cue or an attribution dash right after them."""
        bare_at = {c.tok.i: c for c in bare}
        for k, region in enumerate(self.regions):
            if k in owner:
                continue
            split = owner.get(k - 1)
            if split is not None and self._continues(split, self.regions[k - 1], region):
                split.regions.append(k)
                split.span = (split.span[0], max(split.span[1], region.end))
                owner[k] = split
                continue
            split = owner.get(k + 1)
            if split is not None and self._continues(split, region, self.regions[k + 1]):
                split.regions.insert(0, k)
                split.span = (min(split.span[0], region.start), split.span[1])
                owner[k] = split
                continue
            cue = self._cue_before(region, bare_at) or self._cue_after(region, bare_at)
            if cue is not None and cue.speaker is not None:
                item = _Found((region.start, region.end), cue.speaker, _cue_text(cue.tok), cue.tok.idx,
                              regions=[k])
                found.append(item)
                owner[k] = item

    def _continues(self, item: _Found, prev: Region, region: Region) -> bool:
        """Whether ``region`` resumes the quote of ``prev`` after a short frame holding its cue and
        ending in a comma ("“...,” she said, “...”")."""
        gap = self.text[prev.end:region.start].rstrip()
        return (prev.end <= item.cue_at < region.start and len(gap) <= _SPLIT_GAP and gap.endswith(",")
                and self.paragraph(prev.start) == self.paragraph(region.start))

    def _cue_before(self, region: Region, bare_at: dict[int, _Cue]) -> _Cue | None:
        """A bare cue of the sentence that ends in ":" or "," right before ``region``."""
        if region.start == 0:
            return None
        prev = self.token_at(region.start - 1)
        while prev.i > 0 and prev.is_space:
            prev = self.doc[prev.i - 1]
        if prev.text not in (":", ",") or (
                prev.text == "," and self.paragraph(prev.idx) != self.paragraph(region.start)):
            return None
        sent = self.sentence(prev)
        for tok in reversed(self.doc[max(sent.start, prev.i - _LOOKBACK):prev.i]):
            if self.region_at(tok.idx) is not None:
                return None
            if tok.i in bare_at:
                return bare_at[tok.i]
            if prev.text == ":" and tok.dep_ == "ROOT" and tok.pos_ == "VERB":
                subj = _subject(tok)
                if subj is not None and subj.lower_ not in _NAMELESS:
                    return _Cue(tok, self.resolver.resolve(subj), None, False)
        return None

    def _cue_after(self, region: Region, bare_at: dict[int, _Cue]) -> _Cue | None:
        """A bare cue among the few tokens after ``region`` ("..., he said."), or a dash and a name."""
        nxt = self.token_at(region.end)
        if nxt.idx < region.end:
            nxt = self.doc[min(nxt.i + 1, len(self.doc) - 1)]
        while nxt.is_space and nxt.i + 1 < len(self.doc) and "\n" not in nxt.text:
            nxt = self.doc[nxt.i + 1]
        if nxt.text in _SPEECH_DASHES:
            return self._dash_name(nxt)
        for tok in self.doc[nxt.i:nxt.i + _FRAME]:
            if tok.i in bare_at:
                return bare_at[tok.i]
            if tok.text in MARKS or tok.text in (".", "!", "?") or "\n" in tok.text:
                break
        return None

    def _dash_name(self, dash: Token) -> _Cue | None:
        """ "“...” ― Jane Doe": a name after an attribution dash, alone on the rest of its line."""
        name: Token | None = None
        for tok in self.doc[dash.i + 1:dash.i + 1 + _FRAME]:
            if "\n" in tok.text or not (tok.is_space or tok.is_punct or tok.text[:1].isupper()):
                break
            if tok.text[:1].isupper():
                name = tok
        return _Cue(dash, self.resolver.resolve(name), None, False) if name is not None else None

    def _attribute_chains(self, found: list[_Found], owner: dict[int, _Found]) -> None:
        """Paragraphs of one multi-paragraph quote share its speaker; a quote standing alone right
        after an attributed one in the same or the next paragraph continues the same speaker."""
        by_chain: dict[int, _Found] = {}
        for k, item in sorted(owner.items()):
            by_chain.setdefault(self.regions[k].chain, item)
        last: _Found | None = None
        ends = sorted((f for f in found if f.speaker is not None and not f.belief), key=lambda f: f.span[1])
        for k, region in enumerate(self.regions):
            if k in owner:
                last = owner[k]
                continue
            source = by_chain.get(region.chain)
            if source is None:
                last = self._reported_before(ends, region, last)
            if source is None and last is not None and self._resumes(last, region):
                last.regions.append(k)  # "“...,” she said. “...”": one statement around its frame
                last.span = (last.span[0], region.end)
                owner[k] = last
                continue
            if source is None and last is not None and self._follows(last, region):
                source = last
            if source is None or source.speaker is None:
                continue
            item = _Found((region.start, region.end), source.speaker, source.cue, source.cue_at, regions=[k])
            found.append(item)
            owner[k] = item
            last = item

    def _reported_before(self, ends: list[_Found], region: Region, last: _Found | None) -> _Found | None:
        """``last``, or a reported statement ending in the sentence right before ``region`` when that
        is nearer ("X said the survey showed ... . “Acceptance ...”": X goes on in quotation)."""
        k = bisect.bisect_right([f.span[1] for f in ends], region.start) - 1
        if k < 0 or last is not None and (last.span[1] >= ends[k].span[1]
                                          or self.paragraph(last.span[0]) == self.paragraph(region.start)):
            return last  # a quotation earlier in the paragraph goes on
        prev = ends[k]
        gap = self.text[prev.span[1]:region.start]
        if prev.regions or len(gap) > 4 or gap.strip()[:1] not in (".", "!", "?") \
                or self.paragraph(prev.span[0]) != self.paragraph(region.start):
            return last
        return prev

    def _resumes(self, prev: _Found, region: Region) -> bool:
        """Whether ``region`` goes on with the statement of ``prev`` in the same paragraph, right after
        the sentence that attributes it ("“...,” she said. “...”") or right after its last quotation."""
        if region.start - prev.span[1] > 2 * _SPLIT_GAP:
            return False  # checked before slicing: a far region costs nothing
        gap = self.text[prev.span[1]:region.start]
        framed = prev.span[1] <= prev.cue_at < region.start or (prev.regions and not gap.strip())
        return bool(framed) and self.paragraph(prev.span[0]) == self.paragraph(region.start)

    def _follows(self, prev: _Found, region: Region) -> bool:
        """Whether ``region`` is a whole sentence in the paragraph of ``prev`` or the next one."""
        p_prev = bisect.bisect_right(self.para_starts, prev.span[0])
        p_here = bisect.bisect_right(self.para_starts, region.start)
        if p_here - p_prev not in (0, 1) or len(self.text[region.start:region.end].split()) < 4:
            return False
        first = self.token_at(region.start)
        return first.is_sent_start or self.sentence(first).start_char >= region.start - 1 or \
            region.start in self.para_starts

    def _emit(self, found: list[_Found]) -> list[Quote]:
        out: list[Quote] = []
        seen: set[Offsets] = set()
        for item in sorted(found, key=lambda f: (f.span, f.cue_at)):
            if item.span in seen:
                continue
            seen.add(item.span)
            out.append(self._quote(item))
        return out

    def _quote(self, item: _Found) -> Quote:
        start, end = item.span
        regions = [self.regions[k] for k in item.regions]
        kind: QuoteKind
        if regions and start == regions[0].start and end == regions[-1].end:
            kind = "direct"
            text = " ".join(self.text[slice(*r.inner)].strip(_MARK_CHARS) for r in regions)
        else:
            kind = "mixed" if regions else "indirect"
            text = self.text[start:end]
        speaker = item.speaker
        return Quote(speaker=speaker.name if speaker else None, text=" ".join(text.split()), kind=kind,
                     span=(start, end), cue=item.cue, speaker_span=speaker.span if speaker else None,
                     role=speaker.role if speaker else None, confidence=item.confidence)


def _end(tok: Token) -> int:
    return tok.idx + len(tok)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through infinitives, participles, conjuncts and relative clauses."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if v.dep_ == "relcl" and subj.lower_ in ("who", "that", "which"):
                return v.head
            return subj
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ == "quote":
            return next((c for c in v.head.head.children if c.dep_ == "dobj"), None)  # "quoted X as saying"
        if v.dep_ == "pcomp" and v.head.head is not v.head:
            v = v.head.head  # "after saying ...", "by calling ..."
            continue
        if v.dep_ not in ("xcomp", "advcl", "conj") or v.head is v:
            return None
        v = v.head
    return None


def _as_clause(tok: Token) -> bool:
    """Whether the cue heads an "as X said" clause, whose host clause is what was said."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def _colon_after(tok: Token) -> bool:
    """Whether the cue is followed by a colon ("He added: ...")."""
    doc = tok.doc
    nxt = tok.i + 1
    while nxt < len(doc) and (doc[nxt].dep_ == "prt" or doc[nxt].is_space):
        nxt += 1
    return nxt < len(doc) and doc[nxt].text == ":"


def _next_statement(head: Token) -> int:
    """Where a complement stops before a second reported statement joined to it ("... and warned ...")."""
    for conj in head.children:
        if conj.dep_ == "conj" and conj.i > head.i and _is_speech_verb(conj):
            cc = [c for c in head.children if c.dep_ in ("cc", "punct") and head.i < c.i < conj.i]
            return cc[0].idx if cc else conj.left_edge.idx
    return _end(head.right_edge)


def _is_speech_verb(tok: Token) -> bool:
    """Whether ``tok`` is a speech verb, with its particle when it needs one ("went on", not "going")."""
    lemma = tok.lemma_.lower()
    particle = _PARTICLE_CUES.get(lemma)
    return tok.pos_ == "VERB" and lemma in SPEECH_VERBS and (
        particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children))


def _cue_text(tok: Token) -> str:
    if tok.lower_ == "according":
        return "according to"
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.text} {prt.text}" if prt is not None else tok.text


def _inside_other(item: _Found, found: list[_Found]) -> bool:
    """Whether a belief cue sits inside what another quote reports (its stance is part of that)."""
    return any(o is not item and o.span[0] <= item.cue_at < o.span[1] for o in found)


def extract_quotes(doc: Doc, article: Article, table: ActorTable) -> list[Quote]:
    """Every attributed statement in ``doc``, in text order."""
    if not len(doc):
        return []
    return _Extractor(doc, article, table).quotes()
