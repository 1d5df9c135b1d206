"""The quoted regions of one article and how quotations nobody's complement reached are paired with
a speaker: a split quote's halves, a cue with a colon or comma before them, a bare cue or dash after
them, a multi-paragraph chain, the quote they follow."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from ..model import Article, Offsets
from .actors import ActorTable
from .cuesyntax import (
    _FRAME,
    _LOOKBACK,
    _SPEECH_DASHES,
    _SPLIT_GAP,
    _colon_after,
    _Cue,
    _cue_text,
    _Found,
    _is_speech_verb,
    _subject,
    nameless,
    unsaid,
)
from .nlp import text_of
from .quotemarks import MARKS, Region, scan, title_case
from .speakers import SpeakerResolver

_FRAME_VERB = 4
"""Tokens after a quotation within which any verb with a named subject frames it."""
_LONG_FRAME = 300
"""Characters of frame ("“...,” said Jo Roe, a lawyer who ... . “...”") a resumed quotation may follow."""


_GIVEN_AS = re.compile(r"(?<!such)\s+as\s*$", re.I)
"""An "as" right before a quotation: a name given ("described the district as"), not "such as"."""
_AS_REACH = 12
"""Characters before a quotation searched for that "as"."""


_AFTER_END = " \t\n\"”'’)"
"""What may follow the end of a sentence before a quotation opens: spaces, quotation marks, a bracket."""
_ENDS = (".", "!", "?", ":")


class RegionPairing:
    """State for one article (the Doc, its quoted regions, the speaker resolver) and region pairing."""

    def __init__(self, doc: Doc, article: Article, table: ActorTable) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.paragraphs = article.paragraphs or [article.body]
        self.para_starts = [s for s, _ in self.paragraphs]
        self.regions = scan(self.text, self.paragraphs)
        self.region_starts = [r.start for r in self.regions]
        self.tok_starts = [t.idx for t in doc]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.resolver = SpeakerResolver(doc, table, [(r.start, r.end) for r in self.regions], self.para_starts)

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

    def carries_on(self, end: int, region: Region) -> bool:
        """Whether a quotation after words ending at ``end`` may carry them on: in the same sentence, or opening
        the next ('"...," he said. "And ..."'); not a word quoted in the writer's own next sentence ('..." Cashman
        said. Regardless, the GM was surprised by all the "blogosphere" buzz')."""
        if self.sentence(self.token_at(max(end - 1, 0))).start == self.sentence(self.token_at(region.start)).start:
            return True  # the parse's sentences: "in St. Louis on Saturday night, "and ..."" is one
        return self.text[self.paragraph(region.start)[0] : region.start].rstrip(_AFTER_END).endswith(_ENDS)

    def names_a_work(self, k: int, words: int = 1) -> bool:
        """Whether region ``k`` quotes the title of a work (a film, a book, a show: “The Quiet Hours”) of at
        least ``words`` words, not what someone said; not a name something was given "as" (“Miss Piggy”)."""
        region = self.regions[k]
        given = _GIVEN_AS.search(self.text, max(0, region.start - _AS_REACH), region.start)
        return title_case(self.inner_text(region)) >= words and given is None

    def inner_text(self, region: Region) -> str:
        """What ``region`` quotes, without its marks and the spaces at its ends."""
        return self.text[slice(*region.inner)].strip()

    def quotation_after_comma(self, tok: Token) -> Region | None:
        """The quotation a comma right after ``tok`` opens ("Trump boasted, “That makes me smart.”")."""
        if tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].text != ",":
            return None
        after = self.doc[tok.i + 1].idx + 1
        while self.text[after : after + 1] in (" ", "\t", "\xa0"):
            after += 1
        k = self.region_at(after)
        return self.regions[k] if k is not None else None

    # -- pairing regions with speakers ----------------------------------------------------
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
                item = _Found((region.start, region.end), cue.speaker, _cue_text(cue.tok), cue.tok.idx, regions=[k])
                found.append(item)
                owner[k] = item

    def _continues(self, item: _Found, prev: Region, region: Region) -> bool:
        """Whether ``region`` resumes the quote of ``prev`` after a short frame holding its cue and
        ending in a comma ("“...,” she said, “...”")."""
        gap = self.text[prev.end : region.start].rstrip()
        return (
            prev.end <= item.cue_at < region.start
            and len(gap) <= _SPLIT_GAP
            and gap.endswith(",")
            and self.paragraph(prev.start) == self.paragraph(region.start)
            and not self.next_cue(item.cue_at, region.start)
            and not self._opens_next(prev, self.token_at(item.cue_at))
        )

    def next_cue(self, cue_at: int, start: int) -> bool:
        """Whether another speech verb stands between the cue at ``cue_at`` and a quotation at ``start``, which
        is then that verb's when it is another act of the same speaker ("“...,” Sanders said, suggesting a few
        questions, including, “...”"), not one that says nothing was said ("He didn't suggest retaliation")."""
        cue = self.token_at(cue_at)
        return any(
            _is_speech_verb(t)
            and self._goes_on(t, cue)
            and not unsaid(t)
            and self.region_at(t.idx) is None  # a verb quoted is no frame's: "you go and ask for an increase"
            for t in self.doc[cue.i + 1 : self.token_at(start).i]
        )

    @staticmethod
    def _goes_on(verb: Token, cue: Token) -> bool:
        """Whether ``verb`` is another act of the cue's speaker: a participle with no subject of its own
        ("said, suggesting", "before asking her") or a verb joined to the cue ("said ... and added");
        not a relative clause ("who announced her retirement"), a participle of a noun ("a statement
        announcing the merger"), a passive ("when asked", "he was called to") or someone else's act
        ("after the judge announced")."""
        if verb.dep_ == "conj" and verb.head.i == cue.i:
            return True
        return (
            verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "pcomp", "xcomp", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)
        )

    def _cue_before(self, region: Region, bare_at: dict[int, _Cue]) -> _Cue | None:
        """A bare cue of the sentence that ends in ":" or "," right before ``region``."""
        if region.start == 0:
            return None
        prev = self.token_at(region.start - 1)
        while prev.i > 0 and prev.is_space:
            prev = self.doc[prev.i - 1]
        if prev.text not in (":", ",") or (
            prev.text == "," and self.paragraph(prev.idx) != self.paragraph(region.start)
        ):
            return None
        sent = self.sentence(prev)
        for tok in reversed(self.doc[max(sent.start, prev.i - _LOOKBACK) : prev.i]):
            if self.region_at(tok.idx) is not None:
                return None
            if (
                tok.lower_ in ("said", "says")
                and tok.i == sent.start
                and tok.dep_ == "compound"
                and tok.head.pos_ == "PROPN"
                and self.resolver.table.at(tok.idx, tok.idx + len(tok)) is None  # not "Said Khan", a name
                and self.resolver.table.at(tok.head.idx, tok.head.idx + len(tok.head)) is not None
            ):  # "Said Ellis: “...”" with Ryan Ellis named before, which the parse reads as one name
                return _Cue(tok, self.resolver.resolve(tok.head), None, False)
            if tok.i in bare_at:
                return bare_at[tok.i]
            if prev.text == ":" and tok.dep_ == "ROOT" and tok.pos_ == "VERB":
                subj = _subject(tok)
                if subj is not None and not nameless(subj):
                    return _Cue(tok, self.resolver.resolve(subj), None, False)
        return None

    def _cue_after(self, region: Region, bare_at: dict[int, _Cue]) -> _Cue | None:
        """A bare cue among the few tokens after ``region`` ("..., he said."), or a dash and a name."""
        after = region.end
        while self.text[after : after + 1] in (" ", "\t", "\xa0"):
            after += 1
        if self.text[after : after + 1] in _SPEECH_DASHES:
            return self._dash_name(self.token_at(after))  # the tokenizer may glue "”―" into one token
        nxt = self.token_at(region.end)
        if nxt.idx < region.end:
            nxt = self.doc[min(nxt.i + 1, len(self.doc) - 1)]
        while nxt.is_space and nxt.i + 1 < len(self.doc) and "\n" not in nxt.text:
            nxt = self.doc[nxt.i + 1]
        for tok in self.doc[nxt.i : nxt.i + _FRAME]:
            if tok.i in bare_at:  # '"..." Hayes said: "..."': the colon hands the cue to the quote after it
                return None if _colon_after(tok) or self._opens_next(region, tok) else bare_at[tok.i]
            if tok.text in MARKS or tok.text in (".", "!", "?") or "\n" in tok.text:
                break
        return self._frame_verb(region, nxt)

    def _opens_next(self, region: Region, cue: Token) -> bool:
        """Whether a cue after a quotation that closed its sentence with a full stop opens a new sentence
        with other words before its subject and introduces the next quotation, a new sentence too, after a
        comma ('"... I was just kidding." To which she said, "Thank God ..."'); not "“...” Smith said,
        “...”", where one speaker goes on."""
        nxt = self.quotation_after_comma(cue)
        subj = _subject(cue)
        first = next((t for t in self.sentence(cue) if t.is_alpha), cue)
        return (
            nxt is not None
            and self.inner_text(region).endswith(".")
            and self.inner_text(nxt)[:1].isupper()
            and subj is not None
            and first.i < subj.left_edge.i
        )

    def _frame_verb(self, region: Region, nxt: Token) -> _Cue | None:
        """Any verb with a named or pronoun subject right after a quotation that ends in a comma, "!" or
        "?" inside its marks ("“Go back to Univision,” Trump barked."): the frame of a direct quote."""
        inner = self.inner_text(region)
        if not region.closed or inner[-1:] not in (",", "!", "?"):
            return None
        for tok in self.doc[nxt.i : nxt.i + _FRAME_VERB]:
            if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None and tok.dep_ == "acl" and tok.head.i == tok.i - 1:
                    subj = tok.head  # "Trump barked", parsed as a participle of the name
                if subj is None or subj.pos_ not in ("PROPN", "PRON") or nameless(subj):
                    return None
                return _Cue(tok, self.resolver.resolve(subj), None, False)
            if tok.is_punct and tok.i > nxt.i:
                return None
        return None

    def _dash_name(self, dash: Token) -> _Cue | None:
        """ "“...” ― Jane Doe": a name after an attribution dash, alone on the rest of its line."""
        name: Token | None = None
        for tok in self.doc[dash.i + 1 : dash.i + 1 + _FRAME]:
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
            if source is None:
                source = self._subject_before(region, last, found)
            if source is None and last is not None and self._follows(last, region):
                source = last
            if source is None or source.speaker is None:
                continue
            item = _Found((region.start, region.end), source.speaker, source.cue, source.cue_at, regions=[k])
            found.append(item)
            owner[k] = item
            last = item

    def _subject_before(self, region: Region, last: _Found | None, found: list[_Found]) -> _Found | None:
        """The person a quotation of whole sentences follows: the named subject of the sentence right before
        it, when that sentence opens the paragraph and quotes nobody ("Sen. Bernie Sanders ... identified
        young voters' exhaustion ... . “The younger people are ...”"). Not a sentence further into the
        paragraph, which may only give background on someone else ("... said manager Jane Doe. Smith, who
        joined in 2019, made 40 appearances. “We will all miss him.”"), nor when the paragraph names another
        person after the quotation, who may be its source."""
        if not self.inner_text(region).endswith((".", "!", "?")):
            return None  # "“We need more teachers” was the message on the banners"
        start = region.start
        while start > 0 and self.text[start - 1] in " \t\xa0":
            start -= 1
        if start == 0 or self.text[start - 1] not in ".!?" or self.paragraph(start - 1) != self.paragraph(region.start):
            return None
        sent = self.sentence(self.token_at(start - 1))
        root = sent.root
        opening = next((t.idx for t in sent if t.is_alpha), root.idx)  # past a stray mark the parse put first
        if (
            root.idx >= region.start
            or root.pos_ != "VERB"
            or (last is not None and last.span[1] > opening)
            or any(ch.isalnum() for ch in self.text[self.paragraph(opening)[0] : opening])
        ):
            return None
        subj = _subject(root)
        if subj is None or subj.pos_ != "PROPN":
            return None
        actor = self.resolver.table.at(subj.idx, subj.idx + len(subj))
        if actor is None or actor.kind != "person":
            return None
        if any(sent.start_char <= f.cue_at < sent.end_char for f in found):
            return None  # the sentence reports a statement: the quotation may go on with it
        rest = (region.end, self.paragraph(region.start)[1])
        if any(
            a is not actor and a.kind == "person" and any(rest[0] <= m[0] < rest[1] for m in a.mentions)
            for a in self.resolver.table.actors
        ):
            return None  # "... That was the message from head teacher Sarah Brown": someone else named after it
        # no cue: the verb frames the quotation but says nothing itself ("identified young voters' ...")
        return _Found((region.start, region.end), self.resolver.resolve(subj), "", region.start)

    def _reported_before(self, ends: list[_Found], region: Region, last: _Found | None) -> _Found | None:
        """``last``, or a reported statement ending in the sentence right before ``region`` (in its paragraph or
        closing the one before) when that is nearer ("X said the survey showed ... . “Acceptance ...”": X goes
        on in quotation)."""
        k = bisect.bisect_right([f.span[1] for f in ends], region.start) - 1
        if k < 0 or (last is not None and last.span[1] >= ends[k].span[1]):
            return last  # a quotation earlier in the paragraph goes on
        prev = ends[k]
        gap = self.text[prev.span[1] : region.start]
        paras = self._paragraphs_apart(prev.span[1], region.start)
        if (
            prev.regions
            or len(gap) > 4
            or gap.strip()[:1] not in (".", "!", "?")
            or paras not in (0, 1)  # the next paragraph may open with the quotation ('X said ... .\n\n“...”')
        ):
            return last
        return prev

    def _resumes(self, prev: _Found, region: Region) -> bool:
        """Whether ``region`` goes on with the statement of ``prev`` in the same paragraph, right after
        the sentence that attributes it ("“...,” she said. “...”") or right after its last quotation; a
        frame longer than the quotations around it only when it is short."""
        quoted = region.end - region.start + sum(self.regions[k].end - self.regions[k].start for k in prev.regions)
        if region.start - prev.span[1] > max(2 * _SPLIT_GAP, min(quoted, _LONG_FRAME)):
            return False  # checked before slicing: a far region costs nothing
        gap = self.text[prev.span[1] : region.start]
        framed = prev.span[1] <= prev.cue_at < region.start or (prev.regions and not gap.strip())
        return (
            bool(framed)
            and self.paragraph(prev.span[0]) == self.paragraph(region.start)
            and not self.next_cue(prev.cue_at, region.start)
            and self.carries_on(prev.span[1], region)
        )

    def _paragraphs_apart(self, a: int, b: int) -> int:
        """How many paragraph starts lie between offsets ``a`` and ``b``."""
        return bisect.bisect_right(self.para_starts, b) - bisect.bisect_right(self.para_starts, a)

    def _follows(self, prev: _Found, region: Region) -> bool:
        """Whether ``region`` is a whole sentence in the paragraph of ``prev`` or the next one."""
        words = len(self.text[region.start : region.end].split())
        if self._paragraphs_apart(prev.span[0], region.start) not in (0, 1) or words < 4:
            return False
        first = self.token_at(region.start)
        return (
            first.is_sent_start
            or self.sentence(first).start_char >= region.start - 1
            or region.start in self.para_starts
        )
