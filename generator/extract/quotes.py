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

import re

from spacy.tokens import Doc, Token

from ..model import Article, Offsets, Quote, QuoteKind
from . import geo
from .actors import ActorTable
from .cuesyntax import (  # some re-exported (``__all__``): the learned scorer uses them here
    _CUE_LEMMAS,
    _FRAME,
    _INVERTED_DEPS,
    _MARK_CHARS,
    _MAX_CONTENT,
    _MIN_PHRASE,
    _OBJECT_DEPS,
    _PARTICLE_CUES,
    _SPACE_PUNCT,
    _TIME_ENTS,
    BELIEF_VERBS,
    FOR_CUES,
    FRAME_CUES,
    LETS_US,
    OBJECT_CUES,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    THINGS_TO_COME,
    TO_CUES,
    _as_clause,
    _colon_after,
    _Cue,
    _cue_text,
    _end,
    _Found,
    _inside_other,
    _is_speech_verb,
    _next_statement,
    _subject,
    as_saying,
    described_by,
    nameless,
    naming,
    unsaid,
)
from .headline import headline_quotes
from .quotemarks import MARKS, Region
from .regionpairs import RegionPairing
from .roles import is_honorific

# fmt: off
__all__ = [
    "BELIEF_VERBS", "FOR_CUES", "FRAME_CUES", "OBJECT_CUES", "SPEECH_VERBS", "STANCE_ADJECTIVES", "TO_CUES",
    "_Cue", "_Extractor", "_Found", "_cue_text", "_is_speech_verb", "_subject", "extract_quotes",
    "nameless"
]
# fmt: on


_AUTHOR = frozenset({"i", "we", "you"}) | LETS_US
"""Subjects that are the writer or the reader when they stand outside quotation marks ("let's hope")."""
_SIDE_WORDS = 2
"""Words each side of a cue set inside its content needs for both sides to be what was said
("The museum, Mr. Obama said, would make ...")."""


def _host_clause(tok: Token) -> Token:
    """The clause a parenthetical cue is set in: its head, or the main verb after the cue when the parse
    hung it on that verb's subject or on a clause before it ("The difference now, he told me, is that ...":
    "is", not "difference"; "Though it was seamless, he said, replacing her would be ...": "be")."""
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass", "advcl") and head.head.i > tok.i:
        return head.head
    return head


def _aside_start(tok: Token) -> int:
    """Where a parenthetical cue's own words begin: after any clause of the content the parse hung before
    it ("Though the transition was seamless, he said, replacing her would be ...")."""
    return max([tok.left_edge.idx] + [_end(c.right_edge) for c in tok.lefts if c.dep_ in ("advcl", "ccomp")])


class _Extractor(RegionPairing):
    """Cues and assembly of one article's quotes over its regions (``RegionPairing``)."""

    # -- cues ----------------------------------------------------------------------------
    def cues(self) -> list[_Cue]:
        """Every speech or belief cue outside quotation marks, in text order."""
        out: list[_Cue] = []
        for tok in self.doc:
            low = tok.lower_
            if low == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                cue = self._according(tok)
            elif tok.tag_.startswith("VB") and tok.lemma_.lower() in _CUE_LEMMAS and not _set_phrase(tok):
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
        for tok in self.doc[first.i : first.i + 5]:
            if tok.text == ":" and name is not None:
                if name.ent_type_ in ("GPE", "LOC") or geo.country_named(name.text):
                    return None  # "LONDON: ...": a dateline, not a speaker's turn
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
        if unsaid(tok) or naming(tok):
            return None
        content = self._complement(tok, lemma, belief)
        if belief and content is None:
            return None
        agent = self._passive_agent(tok)
        if agent is not None:  # "X has been accused of Y by Z": Z says X did Y
            sent = self.sentence(tok)
            before, after = (sent.start_char, agent.head.idx), (_end(agent.head.right_edge), sent.end_char)
            part = max(before, after, key=lambda s: s[1] - s[0])
            by = next((a for a in agent.ancestors if a.lower_ == "by"), agent)
            if content is not None and content[0] < by.idx < content[1]:  # "as 'a professional' | by his friend"
                content = self._clip(tok, content[0], by.idx)
            return _Cue(tok, self.resolver.resolve(agent), content or self._clip(tok, *part), False)
        if content is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            return None  # "its immigration plan, announced on Tuesday, ...": the plan was announced, it says nothing
        subj = _subject(tok)
        if lemma == "quote":  # "the paper quoted X (as saying)": X speaks
            subj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is None and as_saying(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # "X is reported as saying"
        if subj is not None and subj.pos_ == "VERB" and subj.i > tok.i:  # "said Swedish trades union official
            subj = next((t for t in reversed(list(subj.subtree)) if t.pos_ == "PROPN"), subj)  # Ulf Carlsson"
        if subj is not None and self.region_at(subj.idx) is not None:
            subj = next(  # a second subject outside the quotation: the parse missed a sentence end
                (c for c in subj.head.children if c.dep_ == "nsubj" and self.region_at(c.idx) is None), None
            )
        named = _name_after(tok) if subj is None and content is not None and content[0] > tok.idx else None
        if named is not None and content is not None:  # "..., said Mr Trainor, improvements ...": his words follow
            subj, content = named[0], self._clip(tok, max(content[0], named[1]), content[1])
        elif subj is None:
            subj = self._inverted_subject(tok) or self._name_before(tok)
        elif self.paragraph(subj.idx) != self.paragraph(tok.idx):
            subj = next(
                (
                    t
                    for t in reversed(list(subj.subtree))
                    if t.pos_ in ("PROPN", "NOUN") and self.paragraph(t.idx) == self.paragraph(tok.idx)
                ),
                None,
            )
        if subj is not None and subj.lower_ in _AUTHOR and self.region_at(subj.idx) is None:
            return None  # "I doubt ...", "we thought ...": the writer's own voice, nobody quoted
        if subj is not None and subj.lower_ in THINGS_TO_COME:
            return None  # "what promises to be a huge encounter": a thing to come, nobody speaks
        speaker = self.resolver.resolve(subj) if subj is not None and not nameless(subj) else None
        return _Cue(tok, speaker, content, belief)

    def _passive_agent(self, tok: Token) -> Token | None:
        """The named agent of a passive speech verb ("accused ... by the watchdog, Z"), or None."""
        if not any(c.dep_ == "auxpass" for c in tok.children) or as_saying(tok):
            return None  # "he is quoted as saying by Manager Magazin": he speaks, the magazine reports it
        by = next((c for c in tok.children if c.dep_ == "agent"), None)
        obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else described_by(tok)
        if obj is None or self.region_at(obj.idx) is not None:
            return None
        named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")), None)
        return named if named is not None and obj.pos_ == "NOUN" else obj

    def _frame_cue(self, tok: Token) -> _Cue | None:
        """ "“...,” the memo read": a text speaks its quotation; the verb has no object of its own."""
        subj = _subject(tok)
        if subj is None or nameless(subj) or any(c.dep_ == "dobj" for c in tok.children):
            return None
        return _Cue(tok, self.resolver.resolve(subj, describe=False), None, False)

    def _stance(self, tok: Token) -> _Cue | None:
        """ "X is worried that ...": a stance adjective with a complement clause; X holds it."""
        if not any(c.dep_ == "ccomp" for c in tok.children):
            return None
        content = self._complement(tok, tok.lemma_.lower(), True)
        subj = _subject(tok.head)
        if content is None or subj is None or nameless(subj):
            return None
        return _Cue(tok, self.resolver.resolve(subj), content, True)

    def _name_before(self, tok: Token) -> Token | None:
        """A name right before a cue the parse left without a subject ("in California Mr Doe said"), or the
        name that opens the frame between a quotation and its cue ("“...,” Jo Roe, a top aide, said"),
        which the parse may hang inside the quotation."""
        prev = self.doc[tok.i - 1] if tok.i else None
        if prev is not None and _is_name(prev, "PRODUCT") and self.region_at(prev.idx) is None:
            return prev  # "Despite this Finnish anti virus lab F Secure said": the NER's product is a firm
        names: list[Token] = []
        for t in reversed(self.doc[max(self.sentence(tok).start, tok.i - _FRAME) : tok.i]):
            if self.region_at(t.idx) is not None or t.text in MARKS:
                return names[-1] if names else None
            if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":"):
                return None
            if _is_name(t):
                names.append(t)
        return None

    def _inverted_subject(self, tok: Token) -> Token | None:
        """The speaker named after a cue that follows its quote ("..., said Jane Doe, a ..."),
        whatever label the parse gave it."""
        for child in tok.rights:
            if (
                child.pos_ in ("PROPN", "NOUN")
                and child.dep_ in _INVERTED_DEPS
                and child.ent_type_ not in _TIME_ENTS
                and self.region_at(child.idx) is None
            ):
                return child
        return None

    def _complement(self, tok: Token, lemma: str, belief: bool) -> Offsets | None:
        """The content span the parse gives a cue verb, or None."""
        if self._quote_after_colon(tok) or self._quote_after_comma(tok):
            return None  # "..., Kall said: "...", "Trump boasted, “...”": the quotation after is what was said
        kids = list(tok.children)
        chosen = [c for c in kids if c.dep_ == "ccomp"]
        if chosen and _colon_after(tok) and all(c.i < tok.i for c in chosen):
            return None  # "..., Kall said: "..."": what follows the colon is the quote
        if not chosen and belief:
            return None
        if not chosen and lemma in TO_CUES and (lemma != "call" or any(c.lower_ == "on" for c in kids)):
            chosen = [c for c in kids if c.dep_ == "xcomp"]  # "called on X to ...", not "called stores to ..."
        if not chosen:
            chosen = [
                c for c in kids if c.dep_ in _OBJECT_DEPS and self.regions_in(c.left_edge.idx, _end(c.right_edge))
            ]
            if any(c.dep_ == "oprd" or c.lower_ == "as" for c in chosen):
                chosen += [c for c in kids if c.dep_ == "dobj"]
        if not chosen and lemma in OBJECT_CUES:
            chosen = [c for c in kids if c.dep_ == "dobj" and c.ent_type_ != "PERSON" and c.pos_ != "PRON"]
        if not chosen and lemma in FOR_CUES:
            chosen = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "on")] or [
                c for c in kids if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            ]  # "called for the ban to be lifted": the parse makes it a clause
        if chosen:
            end = self._joined_quotation(tok, max(_next_statement(c) for c in chosen))
            span = self._clip(tok, min(c.left_edge.idx for c in chosen), end)
            if span is None or any(c.dep_ == "ccomp" for c in chosen) or self.regions_in(*span):
                return span
            return span if len(self.text[span[0] : span[1]].split()) >= _MIN_PHRASE else None
        if (
            tok.dep_ == "parataxis"
            or _as_clause(tok)
            or (tok.dep_ == "ccomp" and tok.i > tok.head.i and tok.head.lemma_.lower() not in SPEECH_VERBS)
        ):
            head = _host_clause(tok)
            before = (head.left_edge.idx, _aside_start(tok))
            after = (_end(tok.right_edge), _end(head.right_edge))
            if all(len(self.text[a:b].split()) >= _SIDE_WORDS for a, b in (before, after)):
                return self._clip(tok, before[0], after[1])
            return self._clip(tok, *max(before, after, key=lambda s: s[1] - s[0]))
        return None

    def _joined_quotation(self, cue: Token, end: int) -> int:
        """``end``, or the end of a quoting verb the parse joined to the cue right after the content, with no
        subject of its own ("said she wanted to speak “directly to white people” and let them know that
        “this is not who we are”"); not a statement of its own (a speech verb in it: "and shared a message
        saying “...”"), nor a passive, whose words are its agent's ("and was “severely reprimanded” by the FA")."""
        for conj in cue.children:
            if (
                conj.dep_ == "conj"
                and conj.idx > end
                and self.text[end : conj.left_edge.idx].strip(" ,") == "and"
                and not any(_is_speech_verb(t) for t in conj.subtree)
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in conj.children)
                and self.regions_in(conj.idx, _end(conj.right_edge))
            ):
                return _end(conj.right_edge)
        return end

    def _quote_after_colon(self, tok: Token) -> bool:
        """Whether a colon follows the cue and a quotation opens right after it."""
        if not _colon_after(tok):
            return False
        after = self.text.find(":", tok.idx) + 1
        while after < len(self.text) and self.text[after].isspace():
            after += 1
        return self.region_at(after) is not None

    def _quote_after_comma(self, tok: Token) -> bool:
        """Whether a comma right after a cue with a subject opens a quoted sentence ("Trump boasted, “That
        makes me smart.”"), whatever clause the parse gave the cue; not a quoted phrase inside the clause
        ("said, “without reservation”, that he backed the plan")."""
        quotation = self.quotation_after_comma(tok)
        return (
            quotation is not None
            and any(c.dep_ == "nsubj" for c in tok.children)
            and self.inner_text(quotation).endswith((".", "!", "?"))
        )

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
        if part[1] - part[0] < 2:  # the parse found no verb but "according"
            part = self._run_on(source) or part
        return _Cue(tok, self.resolver.resolve(source), self._clip(tok, *part), False)

    def _run_on(self, source: Token) -> Offsets | None:
        """The clause the parse hung on a singular source as a plural apposition: "According to Rush
        Limbaugh, the move reeks of “fear”", where "reeks" cannot describe one person."""
        for appos in source.children:
            if (
                appos.dep_ == "appos"
                and appos.tag_ == "NNS"
                and source.tag_ in ("NNP", "NN")
                and self.doc[appos.left_edge.i - 1].text == ","
            ):
                return appos.left_edge.idx, self.sentence(source).end_char
        return None

    def _clip(self, cue: Token, start: int, end: int) -> Offsets | None:
        """``[start, end)`` kept within the cue's paragraph, trimmed of edge punctuation and "that"."""
        p_start, p_end = self.paragraph(cue.idx)
        start, end = max(start, p_start), min(end, self._occasion_cut(cue, start, end), p_end)
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
        later = [k for k in ks if self.regions[k].start > cue.tok.idx] if cue.tok.pos_ == "VERB" else []
        if later and later[0] != ks[0] and self.next_cue(cue.tok.idx, self.regions[later[0]].start):
            end = self.regions[ks[ks.index(later[0]) - 1]].end  # "“...,” Sanders said, suggesting ..., “...”"
            ks = self.regions_in(start, end)
            item.span = (start, end)
        if ks and cue.tok.idx < start:
            ks = ks + self._listed_after(ks[-1], end)
        if ks:
            item.regions = ks
            r_start, r_end = self.regions[ks[0]].start, self.regions[ks[-1]].end
            outside = self.text[start:r_start] + self.text[r_end:end]
            if sum(ch.isalnum() for ch in outside) == 0:
                item.span = (r_start, r_end)
            else:
                item.span = (min(start, r_start), max(end, r_end))
        return item

    def _listed_after(self, k: int, end: int) -> list[int]:
        """The quotations listed after region ``k``, which ends the content, joined to it by "and" or "or"
        ("went on about “how the system is rigged,” and “wounded American families” and “...”")."""
        out: list[int] = []
        while k + 1 < len(self.regions) and self.regions[k].end >= end:
            nxt = self.regions[k + 1]
            gap = self.text[self.regions[k].end : nxt.start].strip(" ,")
            if gap not in ("and", "or") or self.paragraph(self.regions[k].end) != self.paragraph(nxt.start):
                break
            k += 1
            out.append(k)
            end = self.regions[k].end
        return out

    def _emit(self, found: list[_Found]) -> list[Quote]:
        out: list[Quote] = []
        seen: set[Offsets] = set()
        for item in found:
            item.span = self._after_label(item, self._tidy_end(item))
        for item in sorted(found, key=lambda f: (f.span, f.cue_at)):
            if item.span in seen or self._titles_only(item):
                continue
            seen.add(item.span)
            out.append(self._quote(item))
        return out

    def _occasion_cut(self, cue: Token, start: int, end: int) -> int:
        """``end``, or where the closing phrase of the occasion begins (``_occasion_start``), unless a
        quotation lies after it."""
        cut = _occasion_start(cue, start, end)
        return end if cut == end or self.regions_in(cut, end) else cut

    def _tidy_end(self, item: _Found) -> Offsets:
        """A quote's span without a closing phrase of the occasion it was said on (see ``_occasion_start``)
        and without a joining word left dangling at its end ("... to come out of the car and")."""
        start, end = item.span
        cue = self.token_at(item.cue_at)
        end = self._occasion_cut(cue, start, end)
        words = _DANGLING.search(self.text, start, end)
        if words is not None and not self.regions_in(words.start(), end):
            end = words.start()
        if end == item.span[1]:
            return item.span
        while end > start and self.text[end - 1] in _SPACE_PUNCT:
            end -= 1
        return (start, end) if len(self.text[start:end].split()) >= 2 else item.span

    def _titles_only(self, item: _Found) -> bool:
        """Whether a quote is nothing but quoted titles of two words or more ('played Ruth in "Wonderful
        Town"'); a one-word quotation ("“Never,” she said") may well be speech, and so may anything said
        outright ('"We Will Win," he said', '"Thank You," she told the crowd')."""
        regions = [self.regions[k] for k in item.regions]
        return (
            bool(regions)
            and item.span == (regions[0].start, regions[-1].end)
            and self.token_at(item.cue_at).lemma_.lower() not in _SAYING
            and all(self.names_a_work(k, words=2) for k in item.regions)
        )

    def _after_label(self, item: _Found, span: Offsets) -> Offsets:
        """``span`` without the speaker label of a transcript turn in quotation marks ('"PENCE: Well, ...'),
        when that label's colon is the quote's cue: the words begin after it. A capitalised word quoted
        with a colon after it under another cue ('wrote: "BREAKING: The deal is done"') is what was said."""
        start, end = span
        label = _TURN_LABEL.match(self.text, start, end)
        if label is None or self.region_at(start) is None or not start < item.cue_at < label.end():
            return span
        return (label.end(), end) if label.end() < end else span

    def _opens_region(self, region: Region, start: int) -> bool:
        """Whether ``start`` is where the words of ``region`` begin: its opening mark, or the end of the
        speaker label a transcript turn in quotation marks opens with ('"PENCE: Well, look, ...')."""
        return start == region.start or (
            region.start < start <= region.end and _TURN_LABEL.fullmatch(self.text, region.start, start) is not None
        )

    def _quote(self, item: _Found) -> Quote:
        start, end = item.span
        regions = [self.regions[k] for k in item.regions]
        kind: QuoteKind
        if regions and self._opens_region(regions[0], start) and end == regions[-1].end:
            kind = "direct"
            words = [self.text[max(start, r.inner[0]) : r.inner[1]] for r in regions]
            text = " ".join(w.strip(_MARK_CHARS) for w in words)
        else:
            kind = "mixed" if regions else "indirect"
            text = self.text[start:end]
        speaker = item.speaker
        return Quote(
            speaker=speaker.name if speaker else None,
            text=" ".join(text.split()),
            kind=kind,
            span=(start, end),
            cue=item.cue,
            speaker_span=speaker.span if speaker else None,
            role=speaker.role if speaker else None,
            confidence=item.confidence,
        )


# fmt: off
_OCCASIONS = frozenset({
    "interview", "statement", "speech", "email", "e-mail", "letter", "article", "op-ed", "rally", "stop",
    "appearance", "tweet", "post", "address", "conference", "briefing", "memo", "broadcast", "podcast", "blog",
})
# fmt: on
"""Nouns of the occasion a statement was made on ("in an interview", "during a campaign stop")."""


_SAYING = frozenset({"say", "tell", "reply", "answer", "whisper", "shout", "yell", "exclaim", "add"})
"""Cues that say words outright: what they quote is speech, even in capitals."""
_TIME_DEPS = frozenset({"prep", "npadvmod", "advmod"})
_TURN_LABEL = re.compile(r"[\"“«„]\s*[A-Z][A-Z’'.\- ]*[A-Z]\s*:\s*")
"""A transcript turn's opening mark and speaker label ('"PENCE: ')."""
_DANGLING = re.compile(r"(?:[\s,;]+(?:and|but|or))+[\s,;]*$")
"""Conjunctions a span ends with when it stopped before what they join."""


def _occasion_start(cue: Token, start: int, end: int) -> int:
    """Where a phrase of the cue's occasion begins that closes the content ("likened RT to the BBC in an
    interview with The Washington Post last week"): it tells where it was said, not what; else ``end``.
    Only what tells when may follow it ("in a statement on Thursday"); "described the plan in his speech
    as a betrayal" goes on with what was said."""
    for prep in cue.children:
        if (
            prep.dep_ == "prep"
            and start < prep.left_edge.idx < end
            and any(o.dep_ == "pobj" and o.lemma_.lower() in _OCCASIONS for o in prep.children)
            and all(_tells_when(c) for c in cue.children if prep.i < c.i and c.idx < end and c.dep_ != "punct")
        ):
            return prep.left_edge.idx
    return end


def _tells_when(tok: Token) -> bool:
    """Whether a dependent of the cue only dates it: "on Thursday", "last week", "earlier"."""
    words = [t for t in tok.subtree if not t.is_punct]
    return tok.dep_ in _TIME_DEPS and all(t.ent_type_ in _TIME_ENTS or t.pos_ in ("ADP", "DET") for t in words)


def _name_after(cue: Token) -> tuple[Token, int] | None:
    """The name set off by commas right after a cue set off by a comma (", said Mr Trainor, "), and where
    the words after it begin; the parse makes the name the subject of those words."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    start = cue.i + 1 + (cue.i + 1 < len(doc) and is_honorific(doc[cue.i + 1]))
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == start or end == len(doc) or doc[end].text != ",":
        return None
    return doc[end - 1], doc[end].idx + 1


def _set_phrase(tok: Token) -> bool:
    """Whether the verb only links a sentence in a set phrase: "That said, ...", "That being said, ...",
    "which is not to say that ...", "needless to say"."""
    doc, i = tok.doc, tok.i
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if tok.lower_ == "said" and i + 1 < len(doc) and doc[i + 1].text == ",":  # not "a statement that said, ..."
        opens = next((t for t in doc[max(0, i - 2) : i] if t.lower_ == "that"), None)
        return opens is not None and bool(opens.is_sent_start) and before[-1] in ("that", "being")
    return tok.lower_ == "say" and before in (["not", "to"], ["needless", "to"], ["suffice", "to"])


def _is_name(tok: Token, *labels: str) -> bool:
    """A proper noun of a person's or an organisation's name, or of one of the NER's other ``labels``."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", *labels)


def extract_quotes(doc: Doc, article: Article, table: ActorTable) -> list[Quote]:
    """Every attributed statement in ``doc``, in text order."""
    if not len(doc):
        return []
    return headline_quotes(article, table, doc.vocab) + _Extractor(doc, article, table).quotes()
