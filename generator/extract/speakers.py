"""Who a speaker phrase refers to: a named actor, a pronoun or description resolved to one, or a group."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Offsets
from . import geo
from .actors import ActorTable
from .gender import PRONOUNS, ROLE_GENDERS, genders
from .learned.lexicon import people, speaking_things
from .nlp import hyphen_word, text_of
from .roles import HEAD_WORDS, TITLE_NOUNS, is_honorific, names_a_person
from .roles import INSTITUTION_NOUNS as INSTITUTION_NOUNS
from .speechverbs import SPEECH_VERBS
from .surveyed import group_of, group_words, is_share, within_reach
from .wordweights import is_agent_noun, is_person_noun

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""Titles whose "of" phrase names whom they speak for ("a spokesman of Prime Minister Modi"), not themselves."""
_VOICED_BY = frozenset({"for", "of", "at"})
"""Prepositions after a spokesman that name whom they speak for."""
_BODIES = frozenset({"organization", "country", "group"})
"""Kinds of actor that speak through a spokesman as their own voice."""
_STATE_VOICES = _VOICES | {"ambassador", "diplomat", "envoy", "minister", "negotiator", "official", "representative"}
"""Nouns of people who speak for the country named before them ("a US official said", "the US ambassador said")."""
_HELD_TITLES = TITLE_NOUNS - _VOICES
"""Titles a person holds, who speaks for themselves (a spokesman speaks for someone else)."""
_THING_PRONOUNS = frozenset({"it", "they", "them"})
_NAME_DEPS = frozenset({"compound", "flat", "nmod"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_COLLECTIVE_KINDS = ("organization", "country", "group")
_PLURAL_KINDS = ("organization", "group")
"""What "they" may stand for: "analysts ... in Japan ..., they say" are not Japan."""
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
DOCUMENT_NOUNS = frozenset(
    [
        "announcement", "filing", "letter", "memo", "message", "notice", "release", "report", "reports",
        "ruling", "speech", "statement",
    ]
)  # fmt: skip
"""Documents that speak for their author: "the committee's report said", "a statement from X", "according to
a speech X gave"."""
_DATA_NOUNS = frozenset({"figure", "data", "datum", "statistic", "statistics", "survey", "study", "poll", "research"})
"""Findings that speak for whoever produced them, named by "from" or "by" ("of" names what they count:
"a survey of 1,000 adults"); spaCy's lemma of "data" is "datum"."""
_TEXT_NOUNS = DOCUMENT_NOUNS | _DATA_NOUNS
"""Documents and findings, which speak for themselves when no author is named (the lexicon adds the nouns
the training corpus has speak: "editorial", "panel", "ad")."""
_ISSUE_VERBS = frozenset({"issue", "release", "publish", "put", "send", "give", "make"})
# fmt: off
_SHARE_WORDS = frozenset({
    "half", "majority", "minority", "most", "percent", "per", "quarter", "third", "%", "group", "handful", "dozen",
    "hundred", "thousand", "million", "some", "many", "several", "few", "all", "both", "number", "couple",
})
# fmt: on
"""Heads of a share or a gathering of a group ("more than half of the respondents", "59% of people", "a handful
of analysts", "small groups of protesters"): the group speaks."""
_AHEAD = 400
"""Characters after a description that opens an article within which its person may be named."""
_STATE_NOUNS = frozenset(
    {"government", "administration", "regime", "authorities", "cabinet", "opposition", "police", "army", "military"}
)
"""Institutions of a state: "the government" is not an organisation named before unless its name says so."""
_NEXT = 300
"""Characters after a resolved speaker within which "it said" continues it."""
_UNNAMED_VOICES = _VOICES | frozenset({
    "official", "source", "aide", "adviser", "advisor", "analyst",
    "economist", "lawyer", "attorney", "judge", "cardinal", "archbishop", "bishop", "boss", "chief", "head",
})  # fmt: skip
"""Nouns of one person who is not named ("a spokeswoman for Human Rights Watch", "the cardinal"): a "she" or
"he" right after goes on with what that speaker was resolved to."""
_LOOKBACK = 2000
"""Characters before a pronoun or description within which its antecedent must appear."""


@dataclass
class Speaker:
    """A resolved speaker: the name to show, where it was named, and the actor's role."""

    name: str
    span: Offsets
    role: str | None = None


class SpeakerResolver:
    """Resolves speaker tokens of one Doc against its ActorTable."""

    def __init__(self, doc: Doc, table: ActorTable, quoted: list[Offsets], paragraphs: list[int]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.table = table
        self._quoted = quoted
        self._paragraphs = paragraphs
        """Where each paragraph of the article starts."""
        starts = self._quoted_starts = [s for s, _ in quoted]
        tok_starts = doc.to_array(IDX).tolist()
        mentions: list[tuple[int, int, Actor, bool]] = []
        subject_in: dict[int, int] = {}  # sentence start -> where a person is first named there as a subject
        objects: list[tuple[int, int]] = []
        leads: list[tuple[int, int, Actor]] = []
        for actor in table.actors:
            for s, e in actor.mentions:
                k = bisect.bisect_right(starts, s) - 1
                if k >= 0 and s < quoted[k][1]:
                    continue  # named inside a quotation: not who is speaking outside it
                i = bisect.bisect_right(tok_starts, e - 1) - 1
                named = doc[bisect.bisect_right(tok_starts, s) - 1 : i + 1].root if i >= 0 else None
                if named is not None and named.dep_ == "appos":
                    named = named.head  # "number one Tim Henman": the apposed name is the subject
                subject = named is not None and (
                    named.dep_ in ("nsubj", "nsubjpass")
                    or (actor.kind != "person" and named.dep_ == "poss" and named.head.dep_ in ("nsubj", "nsubjpass"))
                )  # "Heineken's net income fell ... It blamed": the body whose figures the sentence is about
                mentions.append((s, e, actor, subject))
                if named is not None and actor.kind == "person" and subject:
                    sent = named.sent.start_char
                    subject_in[sent] = min(s, subject_in.get(sent, s))
                elif named is not None and actor.kind == "person" and named.dep_ in ("pobj", "dobj"):
                    objects.append((named.sent.start_char, s))
                if subject and named is not None and actor.kind == "person" and _leads(named):
                    leads.append((named.sent.start_char, s, actor))
        mentions.sort(key=lambda m: (m[0], m[1]))
        self._mentions = mentions
        self._objects = {o for sent, o in objects if subject_in.get(sent, o) < o}
        """Where a person is named as an object after a person named as the subject of the same sentence
        ("Agassi was serving to fellow American Andy Roddick")."""
        self._leads = sorted(leads, key=lambda m: m[1])
        """People named as the subject of a sentence's main clause: (sentence start, where, who)."""
        self._starts = [m[0] for m in mentions]
        self._last_phrase: tuple[int, Speaker, bool] | None = None
        """Where the last speaker that no actor names stood ("Libyan television"), the phrase, and
        whether it is plural ("officials")."""
        self._last: tuple[int, Actor] | None = None
        """Where the last speaker resolved to an actor stood, and who it was."""
        self._speaking: tuple[int, Actor] | None = None
        """``_last``, but not a speaker inside what another reports ("Mr Clarke said he had supported the
        plans when Mr Blunkett argued for them. ... he said": Clarke)."""
        self._voice: tuple[int, Speaker, str | None] | None = None  # where, who, and the sex its noun tells
        """Where the last speaker named only by a person's noun stood, and what it was resolved to."""
        self._called: dict[str, tuple[int, Actor]] = {}
        """Head noun of a description -> where it last stood for which actor ("the group" -> X)."""
        self._surveyed: tuple[int, Speaker] | None = None
        """Where a share last named the group it is of, and that group ("69% of those questioned")."""
        self._genders: dict[str, str] | None = None

    def _gender(self, actor: Actor) -> str | None:
        """The gender the article tells of ``actor``, if any."""
        if self._genders is None:
            people = [a for a in self.table.actors if a.kind == "person"]
            self._genders = genders(self.doc, people, self._quoted)
        return self._genders.get(actor.name)

    def _agrees(self, actor: Actor, pronoun: str) -> bool:
        """Whether ``actor`` may be what a personal pronoun stands for: not a man for "she", nor a woman for "he"."""
        return self._gender(actor) in (None, PRONOUNS[pronoun])

    def _recent(
        self,
        before: int,
        kinds: tuple[str, ...],
        word: str | None = None,
        pronoun: str | None = None,
        of: Actor | None = None,
        subjects_only: bool = False,
        skip: frozenset[str] = frozenset(),
    ) -> Actor | None:
        """The actor of ``kinds`` last mentioned as a subject before ``before`` (else last mentioned, unless
        ``subjects_only``: "They accused ..." is not the paper someone "told" before),
        with ``word`` in its role or name when given ("the court": the US Court of Appeals), agreeing with
        ``pronoun`` when given, and with a role naming the organisation ``of`` when given ("the Lib Dem
        leader" is not the Tory leader), and none named in ``skip``."""
        k = bisect.bisect_left(self._starts, before) - 1
        nearest: Actor | None = None
        known: Actor | None = None
        while k >= 0 and self._mentions[k][0] >= before - _LOOKBACK:
            _, _, actor, subject = self._mentions[k]
            if (
                actor.kind in kinds
                and actor.name not in skip
                and (word is None or word in _described_by(actor))
                and (pronoun is None or self._agrees(actor, pronoun))
                and (of is None or _role_names(actor, of))
            ):
                if subject or word is not None:
                    return actor
                if not subjects_only:
                    nearest = nearest or actor
                    if pronoun is not None and self._gender(actor) is not None:
                        known = known or actor
            k -= 1
        return known or nearest

    def _shifted(self, since: int, pronoun: Token) -> Actor | None:
        """Another person the story turned to after the last speaker (at ``since``): the subject of the main
        clause of a sentence after the speaker's and before the pronoun's (or description's), known to agree
        with a pronoun ("Chirac reacted by saying ... Mr Blair has been closer to Bush than any other leader.
        He said ...": Blair), or of the pronoun's own sentence when the pronoun speaks in a clause below it
        ("Mr Blair contrasted ... a Tory party, which he said would turn the clock back": Blair)."""
        aside = pronoun.head.dep_ == "parataxis"  # "Mr Lund, he said, would resign": not Lund
        limit = pronoun.sent.start_char if _main_clause(pronoun.head) or aside else pronoun.idx
        last = next((m for m in reversed(self._leads) if m[1] < limit), None)
        if last is None or last[0] <= since or self._quoted_at(last[1]):
            return None
        return last[2] if pronoun.lower_ not in PRONOUNS or self._gender(last[2]) == PRONOUNS[pronoun.lower_] else None

    def _reported_subjects(self, pronoun: Token) -> frozenset[str]:
        """People named as subjects in what a pronoun's verb reports before it ("Mr Blair has failed to tackle
        these problems, he claimed"): the pronoun is someone else."""
        verb = pronoun.head
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i]
        if verb.dep_ == "parataxis" and verb.head.i < pronoun.i:
            clauses.append(verb.head)  # "Mr Hale, he said, has failed"
        names: set[str] = set()
        for clause in clauses:
            start = max(clause.left_edge.idx, pronoun.sent.start_char, self._paragraph(pronoun.idx))
            if any(start <= q < pronoun.idx for q in self._quoted_starts):
                continue  # "McCaskill scolded him: “...,” she said": a quotation's words name their speaker before
            lo = bisect.bisect_left(self._starts, start)
            hi = bisect.bisect_left(self._starts, min(pronoun.idx, clause.right_edge.idx + len(clause.right_edge)))
            names.update(m[2].name for m in self._mentions[lo:hi] if m[3] and m[2].kind == "person")
        return frozenset(names)

    def _turned_to(self, pronoun: Token) -> Actor | None:
        """The one person a paragraph of one sentence, just before the pronoun's, turns to without making them
        its subject ("But that was not enough for Mr Sarkozy. ¶ “...,” he said": Sarkozy, not the last
        speaker), when the pronoun tells that person's sex."""
        if not _main_clause(pronoun.head) or pronoun.sent.start == 0:
            return None
        before = self.doc[pronoun.sent.start - 1].sent
        if not (self._opens_paragraph(before) and self._opens_paragraph(pronoun.sent)):
            return None
        lo = bisect.bisect_left(self._starts, before.start_char)
        hi = bisect.bisect_left(self._starts, before.end_char)
        named = self._mentions[lo:hi]
        people = {m[2].name: m[2] for m in named if m[2].kind == "person"}
        if len(people) != 1 or any(m[3] or self.text[m[1] : m[1] + 2] in ("'s", "’s") for m in named):
            return None  # nor "The problem with Mel Gibson's film, he believed, ...": whose it is, not whom
        person = next(iter(people.values()))
        return person if self._gender(person) == PRONOUNS[pronoun.lower_] else None

    def _national(self, tok: Token) -> Actor | None:
        """The person a nationality stands for ("the Scot admitted"): the one speaking just before, unless the
        story turned to another since (see ``_shifted``: "..., said McEnroe. Roddick was left frustrated ...
        said the American"), else the person named last."""
        last = self._speaking
        if last is not None and last[1].kind == "person" and 0 < tok.idx - last[0] <= _NEXT:
            return self._shifted(last[0], tok) or last[1]
        return self._recent(tok.idx, ("person",))

    def _aged_person(self, before: int) -> Actor | None:
        """Whom "the 28-year-old" stands for: the person last named as a subject, if no other person was named
        since but as an object ("Minar, ranked 158th, was forced to ... “...,” said the 20-year-old"; "Agassi
        was serving to Andy Roddick when he ... said the 34-year-old"); else nobody it can tell ("It was
        Isinbayeva's 11th world record ... the 22-year-old told": not the subject before)."""
        k = bisect.bisect_left(self._starts, before) - 1
        while k >= 0 and (self._mentions[k][2].kind != "person" or self._mentions[k][0] in self._objects):
            k -= 1
        subject = self._recent(before, ("person",))
        return subject if k >= 0 and self._mentions[k][2] is subject else None

    def _remember(self, tok: Token, actor: Actor) -> None:
        """A description resolved to ``actor`` names it again later: "the group" after "the Paris
        based pressure group"."""
        if tok.pos_ == "NOUN":
            self._called[tok.lemma_.lower()] = (tok.idx, actor)

    def _ahead(self, tok: Token, word: str) -> Actor | None:
        """With nobody named before, the person named soon after whose role holds ``word`` ("The
        sports minister says ... Jan Roe, the sports minister, ...": a lede before the name)."""
        if any(m[0] < tok.idx and m[2].kind == "person" for m in self._mentions):
            return None
        inside = {t.idx for t in tok.subtree}
        k = bisect.bisect_left(self._starts, tok.idx)
        for s, _, actor, _ in self._mentions[k:]:
            if s > tok.idx + _AHEAD:
                break
            if s not in inside and actor.kind == "person" and word in (actor.role or "").lower().split():
                return actor
        return None

    def _named(self, tok: Token) -> Actor | None:
        """The actor named by ``tok``, by the name tokens compounded with it, or anywhere in its apposition
        ("a consumer group - Consumers Against ... (Caspian) -", "the author, US playwright Jo Roe,"); an
        organisation's branch in a country is the organisation ("Amnesty International UK")."""
        actor = self._title_run_on(tok) or self.table.at(tok.idx, tok.idx + len(tok))
        if actor is not None and actor.kind in ("country", "place"):
            branch = [self.table.at(c.idx, c.idx + len(c)) for c in tok.lefts if c.dep_ == "compound"]
            actor = next((a for a in branch if a is not None and a.kind == "organization"), actor)
        held: Actor | None = None  # "the Lib Dem leader said": the party, when the leader is no one known
        if actor is None:  # a title's name in apposition first: "his Chelsea boss, Jose Mourinho" is Mourinho
            for child in sorted(tok.children, key=lambda c: tok.pos_ == "NOUN" and c.dep_ != "appos"):
                if child.pos_ in ("PROPN", "NOUN") and child.dep_ == "appos":
                    actor = self._apposed(child)
                elif child.pos_ == "PROPN" and child.dep_ in _NAME_DEPS and child.i < tok.i:
                    actor = self.table.at(child.idx, child.idx + len(child))
                    if actor is not None and actor.kind == "place" and tok.pos_ == "NOUN":
                        actor = None  # "a Las Vegas escort told ...": someone from there, not the place
                    elif actor is not None and actor.kind == "country" and _someone_from(tok):
                        actor = None  # "the England captain said", not England
                    elif actor is not None and actor.kind == "organization" and _heads_a_title(tok):
                        held, actor = actor, None
                    elif actor is not None and actor.kind == "organization" and _one_of_its_people(tok):
                        actor = None  # "the two-time Academy Award winner", "a Labour supporter": a person
                if actor is not None:
                    break
        if actor is None and tok.lemma_.lower() in _VOICES:
            actor = self._spoken_for(tok)
        if actor is None and tok.lemma_.lower() in _HELD_TITLES:
            actor = self._titled_person(tok)
        if actor is None and held is not None:  # the leader, if the article gives someone that title
            actor = (
                self._recent(tok.idx, ("person",), tok.lemma_.lower(), of=held) or self._untitled_before(tok) or held
            )
        if (
            actor is None
            and tok.text[:1].isupper()
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "compound" for c in tok.lefts)  # "Q Magazine": a longer name than "Magazine"
        ):
            actor = self._known_name(tok.text)  # "Trump this week said": the parse took the name for a noun
        return actor

    def _untitled_before(self, title: Token) -> Actor | None:
        """The person named last in the sentence before a title ("a call to pause from Charles Kennedy. The
        Lib Dem leader said"), when the article gives them no role: the title names them again."""
        sent = title.sent
        start = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        k = bisect.bisect_left(self._starts, sent.start_char) - 1
        while k >= 0 and self._mentions[k][0] >= start:
            actor = self._mentions[k][2]
            if actor.kind == "person":
                return actor if actor.role is None else None
            k -= 1
        return None

    def _spoken_for(self, voice: Token) -> Actor | None:
        """The body a spokesman speaks for, when the article names it: "a spokesman for distributor Toho",
        "the Home Office's spokeswoman", "said a spokesman for Ofcom". A person's spokesman stays who they
        are ("a spokesman of Prime Minister Modi"): their words are not the person's own."""
        named = [c for c in voice.children if c.dep_ == "poss"]
        named += [o for p in voice.children if p.dep_ == "prep" and p.lower_ in _VOICED_BY for o in p.children]
        for tok in named:
            actor = self.table.at(tok.idx, tok.idx + len(tok))
            if actor is not None and actor.kind in _BODIES:
                return actor
        return None

    def _known_name(self, word: str) -> Actor | None:
        """The actor named or aliased ``word`` (same case), else the one person whose surname it is."""
        actor = self.table.by_name(word, fold=False)
        if actor is not None:
            return actor
        return self.table.by_surname(word, {"person"})

    def _titled_person(self, title: Token) -> Actor | None:
        """The person whose name ends a title's "of" phrase, the parse having run the two together ("Shadow
        leader of the Commons Oliver Heald said"): the person, not the title."""
        return self._person_behind(title, ("of",), titled=False)

    def _title_run_on(self, tok: Token) -> Actor | None:
        """The person at the end of a name the parse ran into the subject's "of" or "for" phrase behind a
        title ("Lord of the Rings director Peter Jackson has said": Jackson, not "Lord"; "Commission for Racial
        Equality chief Trevor Phillips argued": Phillips, not the commission); the subject is a
        bare proper noun, so "the lawyer for President Gloria Arroyo" and "critics of Prime Minister Tony
        Blair" stay who they are."""
        if tok.pos_ != "PROPN" or any(c.dep_ == "det" for c in tok.children):
            return None
        return self._person_behind(tok, ("of", "for"), titled=True)

    def _person_behind(self, tok: Token, preps: tuple[str, ...], titled: bool) -> Actor | None:
        """The person named as the object of one of ``tok``'s ``preps``, behind a title compound if ``titled``."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"):
                if titled and not any(c.dep_ == "compound" and c.lemma_.lower() in HEAD_WORDS for c in obj.lefts):
                    continue
                actor = self.table.at(obj.idx, obj.idx + len(obj))
                if actor is not None and actor.kind == "person":
                    return actor
        return None

    def _apposed(self, appos: Token) -> Actor | None:
        """The person or organisation named in an apposition, else (for a name) whatever it names."""
        named = [
            self.table.at(t.idx, t.idx + len(t))
            for t in sorted(_own_words(appos), key=lambda t: t.i)
            if t.pos_ == "PROPN"
        ]
        agents = [a for a in named if a is not None and a.kind in ("person", "organization")]
        if agents:
            return agents[-1]
        if appos.pos_ != "PROPN":
            return None
        return self.table.at(appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge))

    def _phrase(self, tok: Token) -> Offsets:
        """Head noun with its left modifiers (no relative clause, apposition or trailing phrase), or the whole
        name it heads ("The Prevention of Terrorism Bill proposes", which names no actor)."""
        name = (
            next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            if tok.ent_type_ in ("ORG", "LAW", "PRODUCT")
            else None
        )
        if name is not None:
            words = [t for t in name if t.dep_ != "det"]
            if words:
                return words[0].idx, words[-1].idx + len(words[-1])
        left = tok
        for child in tok.lefts:
            if child.dep_ in ("det", "predet", "poss", "case") or child.is_punct:
                continue
            left = child
            break
        start = left.left_edge.idx if left is not tok else tok.idx
        while start < tok.idx and not self.text[start].isalnum():
            start += 1
        return start, tok.idx + len(tok)

    def resolve(self, tok: Token, describe: bool = True) -> Speaker:
        """The speaker named by the subject token ``tok``; with ``describe`` off, a definite
        description ("the letter") stands for itself rather than for an actor named before."""
        tok = _person_in_title(_author(tok))
        span = (tok.idx, tok.idx + len(tok))
        actor = self._named(tok)
        low = tok.lower_
        if actor is not None and (_members_of(tok, actor) or _body_of(tok, actor)):
            actor = None  # "US officials", "E.U. leaders", "Mexicans": people of a country or body, not it
        elif actor is not None and actor.kind == "country" and _demonym_person(tok, actor.name):
            actor = self._national(tok)  # "the Russian said": a person named before
        if actor is None and _demonym(tok):
            actor = self._national(tok)  # "said the New Zealander", "the Frenchman said"
        if actor is None and _aged(tok):
            actor = self._aged_person(tok.idx)
        if actor is None and low in _PERSON_PRONOUNS:
            last = self._speaking
            if (
                last is not None
                and last[1].kind == "person"
                and last[0] < tok.idx
                and self._unquoted(last[0], tok.idx) <= _NEXT
                and self._agrees(last[1], low)
            ):
                actor = self._turned_to(tok) or self._shifted(last[0], tok) or last[1]
            else:
                actor = self._turned_to(tok) or self._recent(tok.idx, ("person",), pronoun=low)
            reported = self._reported_subjects(tok) if actor is not None else frozenset()
            if actor is not None and actor.name in reported:
                actor = self._recent(tok.idx, ("person",), pronoun=low, skip=reported)
            voice = self._voice
            if (
                voice is not None
                and 0 < tok.idx - voice[0] <= _NEXT
                and voice[2] in (None, PRONOUNS[low])
                and not self._named_since(voice[0], tok, actor)
            ):
                return voice[1]  # "A spokeswoman for Human Rights Watch said ... She added": that speaker again
            if actor is None:
                spoke = self._spoke_for(tok)
                if spoke is not None:
                    return spoke
        elif actor is None and low in _THING_PRONOUNS:
            phrase, last = self._last_phrase, self._last
            if phrase is not None and low == "it" and phrase[2]:
                phrase = None  # "officials said ... it said": not the officials
            ante = self._antecedent(tok)
            if ante is not None and all(p is None or p[0] < ante.idx for p in (phrase, last)):
                return self.resolve(ante)  # "The government is ..., which it says ...": the subject before
            if phrase is not None and 0 < tok.idx - phrase[0] <= _NEXT and (last is None or last[0] < phrase[0]):
                return phrase[1]  # "Libyan television said ... it said": the unnamed speaker goes on
            plural = low != "it"
            kinds = _PLURAL_KINDS if plural else _COLLECTIVE_KINDS  # a country is "it", never "they"
            if last is not None and last[1].kind in kinds and 0 < tok.idx - last[0] <= _NEXT:
                actor = last[1]  # "The group said ... It said ...": the speaker just before goes on
            else:
                actor = self._recent(tok.idx, kinds, subjects_only=plural)
            if actor is None and ante is not None:
                return self.resolve(ante)  # "Singers including Cliff Richard ... They hope": a person named since
        elif actor is None and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNP"):
            opening = (hyphen_word(tok) or [tok])[0]  # "The Tory co-chairman": the word's first part has "the"
            det = next((c.lower_ for c in (*tok.lefts, *opening.lefts) if c.dep_ == "det"), None)
            if det is None and tok.left_edge.dep_ == "det" and tok.left_edge.head.dep_ == "npadvmod":
                det = tok.left_edge.lower_  # "the Paris based group": the parse hangs "the" lower down
            if describe and det in _DETERMINERS:
                unnamed = self._unnamed_institution(tok)
                if unnamed is not None:
                    return unnamed
                actor = self._described(tok)
        if actor is not None:
            if not _aside(tok):
                reporter = self._speaking
                if not (self._reported(tok) and reporter is not None and reporter[1] is not actor):
                    self._speaking = (tok.idx, actor)
                self._last = (tok.idx, actor)
            if low in _PERSON_PRONOUNS | _THING_PRONOUNS or tok.pos_ == "NOUN":
                self._remember(tok, actor)
            return self._voiced(tok, Speaker(actor.name, span, actor.role))
        author = self._earlier_author(tok) if describe else None
        if author is not None:
            return self.resolve(author)
        group = self._group(tok) if is_share(tok) else None
        if group is not None:
            return self._voiced(tok, group)
        start, end = self._phrase(tok)
        name = self.text[start:end]
        first = self.doc.char_span(start, start + 1, alignment_mode="expand")
        proper = first is not None and len(first) > 0 and (first[0].pos_ == "PROPN" or first[0].ent_type_ != "")
        if (
            tok.pos_ != "PROPN"
            and tok.ent_type_ == ""
            and name[:1].isupper()
            and not name[1:2].isupper()
            and not proper
        ):
            name = name[0].lower() + name[1:]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj":
            self._last_phrase = (tok.idx, Speaker(name, (start, end), None), tok.tag_ in _PLURAL_TAGS)
        return self._voiced(tok, Speaker(name, (start, end), None))

    def _group(self, share: Token) -> Speaker | None:
        """The group a share of it speaks for ("69% of those questioned said": those questioned), or the group
        named just before ("while 18% said"); None when there is none."""
        group = group_of(share)
        span = group_words(group) if group is not None else None
        if group is not None and span is not None:  # the whole phrase, so that a name in it is not the speaker
            whole = (share.left_edge.idx, group.right_edge.idx + len(group.right_edge.text))
            self._surveyed = (share.idx, Speaker(self.text[span[0] : span[1]], whole, None))
        elif self._surveyed is None or not within_reach(self._surveyed[0], share):
            return None
        return self._surveyed[1]

    def _earlier_author(self, tok: Token) -> Token | None:
        """The producer of a document or finding the article named before, for "the report" that goes on
        about it ("a report by Gartner says ... The report said", "the Gartner report ... the report said"), if
        a name: the nearest earlier one of the same noun that names one, back to one that is another ("a
        report", "another report", "its own report")."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in _TEXT_NOUNS or not any(c.lower_ == "the" for c in tok.children):
            return None
        for earlier in (t for t in reversed(self.doc[: tok.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma):
            author = _author(earlier)
            named = [c for c in earlier.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if author.i != earlier.i or named:
                return named[-1] if author.i == earlier.i else author if author.pos_ == "PROPN" else None
            if any(c.dep_ in ("det", "poss") and c.lower_ != "the" for c in earlier.children):
                return None  # another report, its producer unnamed
        return None

    def _spoke_for(self, pronoun: Token) -> Speaker | None:
        """With no person a "he" or "she" can stand for, the one speaker just before, for whom someone
        unnamed spoke ("A Department for Education spokeswoman said ... She added", "the chief executive of
        a car maker told BBC News ... he said"); not several ("officials")."""
        phrase, last, at = self._last_phrase, self._last, pronoun.idx
        if (
            phrase is not None
            and not phrase[2]
            and 0 < at - phrase[0] <= _NEXT
            and (last is None or last[0] < phrase[0])
        ):
            return phrase[1]
        if last is not None and last[1].kind == "organization" and 0 < at - last[0] <= _NEXT:
            return Speaker(last[1].name, (at, at + len(pronoun)), last[1].role)
        return None

    def _voiced(self, tok: Token, speaker: Speaker) -> Speaker:
        """``speaker``, remembered as the last unnamed person's voice when ``tok`` is such a person's noun."""
        voice = self._voice
        if tok.tag_ == "NN" and tok.lemma_.lower() in _UNNAMED_VOICES:
            self._voice = (tok.idx, speaker, ROLE_GENDERS.get(tok.lower_))
        elif tok.pos_ == "PROPN" or (
            tok.lower_ in _PERSON_PRONOUNS
            and speaker.name != tok.text
            and (voice is None or voice[2] in (None, PRONOUNS[tok.lower_]))
        ):
            self._voice = None  # a person named since speaks, or is spoken of (a "he" leaves a spokeswoman's voice)
        return speaker

    def _named_since(self, since: int, tok: Token, actor: Actor | None) -> bool:
        """Whether ``actor`` (a person) was named between ``since`` and ``tok``."""
        k = bisect.bisect_left(self._starts, tok.idx) - 1
        while actor is not None and k >= 0 and self._mentions[k][0] > since:
            if self._mentions[k][2] is actor:
                return True
            k -= 1
        return False

    def _unnamed_institution(self, tok: Token) -> Speaker | None:
        """The organisation the NER missed that spoke just before "the company" or "the firm" did, with no
        actor speaking and no other name leading a sentence between ("Macrovision says ... said the firm":
        not RipGuard, the product it names; but "Siemens showed off ... the German company said": Siemens).
        The name is one word ("Macrovision", "PPI") or an institution noun after names ("Vedomosti
        newspaper"); a named description ("the Commons standards committee") and a government stand apart."""
        phrase, last = self._last_phrase, self._last
        if phrase is None or phrase[2] or not 0 < tok.idx - phrase[0] <= _NEXT:
            return None
        if (
            not _is_institution(tok)
            or tok.lemma_.lower() in _STATE_NOUNS
            or any(c.dep_ == "compound" for c in tok.lefts)
        ):
            return None
        if last is not None and last[0] > phrase[0]:
            return None
        name = self.doc.char_span(*phrase[1].span, alignment_mode="expand")
        if name is None or not _organisation_name(name):
            return None
        for t in self.doc[name.end : tok.i]:
            if t.idx < phrase[0] or t.dep_ not in ("nsubj", "nsubjpass") or self._quoted_at(t.idx):
                continue
            if _main_clause(t.head) and (t.pos_ == "PROPN" or self._named(t) is not None):
                return None
        self._last_phrase = (tok.idx, phrase[1], False)  # "... the company said" again goes on with it
        return phrase[1]

    def _antecedent(self, tok: Token) -> Token | None:
        """The nearest subject before the pronoun ``tok``, in its sentence or the one before, that an
        institution noun or a collective actor heads and that agrees in number with "it", or, for "they" or
        "them", a plural noun of people ("analysts have raised concerns ... they say"); the subject of a main
        clause, not of what the pronoun's verb or another reports ("X considered suing, it said")."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        head = tok.head
        for t in reversed(self.doc[start : tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or self._quoted_at(t.idx):
                continue
            if head.is_ancestor(t) or not _main_clause(t.head):
                continue
            actor = self._named(t)
            collective = actor is not None and actor.kind in _COLLECTIVE_KINDS
            document = tok.lower_ == "it" and t.tag_ not in _PLURAL_TAGS and speaks_for_itself(t.lemma_.lower())
            speaking = t.pos_ == "NOUN" and (_is_institution(t) or document)
            if (collective or speaking) and not (tok.lower_ == "it" and t.tag_ in _PLURAL_TAGS and not collective):
                return t
            lemma = t.lemma_.lower()
            if tok.lower_ != "it" and t.tag_ == "NNS" and actor is None and (lemma in people() or is_agent_noun(lemma)):
                return t  # an agent noun too: over BBC and Reuters "traders" or "campaigners", not "tankers"
        return None

    def _unquoted(self, start: int, end: int) -> int:
        """How many characters between ``start`` and ``end`` stand outside quotations: a speaker's own long
        quotation does not carry "he said" after it away from them."""
        inside = sum(max(0, min(e, end) - max(s, start)) for s, e in self._quoted)
        return end - start - inside

    def _paragraph(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts."""
        k = bisect.bisect_right(self._paragraphs, offset) - 1
        return self._paragraphs[k] if k >= 0 else 0

    def _opens_paragraph(self, sent: Span) -> bool:
        """Whether ``sent`` begins its paragraph."""
        return not self.text[self._paragraph(sent.start_char) : sent.start_char].strip()

    def _reported(self, tok: Token) -> bool:
        """Whether ``tok`` speaks only inside what a speaker before it reports ("Mr Clarke said he had supported
        the plans when Mr Blunkett argued for them"), in its own paragraph (the parse may run on from the last)."""
        return any(
            v.dep_ == "ccomp"
            and v.head.lemma_.lower() in SPEECH_VERBS
            and v.head.i < tok.i
            and self._paragraph(v.head.idx) == self._paragraph(tok.idx)
            for v in (tok.head, *tok.head.ancestors)
        )

    def _quoted_at(self, offset: int) -> bool:
        k = bisect.bisect_right(self._quoted_starts, offset) - 1
        return k >= 0 and offset < self._quoted[k][1]

    def _described(self, tok: Token) -> Actor | None:
        """The actor a definite description ("the senator", "the company") refers to."""
        word = tok.lemma_.lower()
        called = self._called.get(word)
        if called is not None and tok.idx - _LOOKBACK <= called[0] < tok.idx:
            return called[1]  # "the pressure group said ... said the group": the same actor again
        actor = (
            self._recent(tok.idx, ("person", "organization"), word)
            or self._ahead(tok, word)
            or self._named_in_full(tok)
        )
        if actor is None and not _is_institution(tok) and _introduced(tok):
            return None  # "a witness said ... the witness told Reuters": the unnamed one again
        if actor is None and word in _STATE_NOUNS:
            return None  # "the government said": a country's government, not the company named last
        if actor is None and tok.ent_type_ == "" and not self._placed(tok):
            if _is_institution(tok):
                actor = self._recent(tok.idx, ("organization",))
            elif _of_a_person(word):  # "the singer said"; not "the lawsuit claims" nor "the report said"
                actor = self._recent(tok.idx, ("person",))
        return actor

    def _named_in_full(self, tok: Token) -> Actor | None:
        """The organisation, named anywhere in the article, whose name holds the description's noun, another
        of its words and every capitalised one ("the top British medical journal": the British Medical Journal;
        "the Swiss central bank" is not the European Central Bank)."""
        words = {t.lower_ for t in tok.lefts if t.pos_ in ("ADJ", "NOUN", "PROPN")}
        names = {t.lower_ for t in tok.lefts if t.lower_ in words and t.text[:1].isupper()}  # "Swiss", not "The"
        for actor in self.table.actors:
            name = set(actor.name.lower().split())
            if actor.kind == "organization" and tok.lower_ in name and words & name and names <= name:
                return actor
        return None

    def _placed(self, tok: Token) -> bool:
        """Whether a common noun is qualified by a place ("the New York businessman"): it is someone from
        there, whom only a role naming the noun identifies, not whoever was named last."""
        places = (self.table.at(c.idx, c.idx + len(c)) for c in tok.lefts if c.dep_ in _NAME_DEPS)
        return tok.pos_ == "NOUN" and any(a is not None and a.kind == "place" for a in places)


def _aged(tok: Token) -> bool:
    """Whether ``tok`` heads "the 28-year-old" (or "the 31 year old"), a person named before."""
    return (
        tok.lower_ == "old"
        and any(c.lower_ in ("year", "years") for c in tok.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _described_by(actor: Actor) -> list[str]:
    """Words a description of ``actor`` may use: its role's, and the name of anything but a person ("the court": the
    US Court of Appeals; a person's surname is no description: "the king" is not Henry King)."""
    name = actor.name if actor.kind != "person" else ""
    return f"{actor.role or ''} {name}".lower().replace("-", " ").split()  # "chairman" of "co-chairman"


def _role_names(actor: Actor, organisation: Actor) -> bool:
    """Whether ``actor``'s role holds a word of ``organisation``'s name ("Lib Dem leader" of the Lib Dems)."""
    role = set((actor.role or "").lower().split())
    return any(w in role or w.rstrip("s") in role for w in organisation.name.lower().split())


def _own_words(tok: Token) -> list[Token]:
    """The words of ``tok``'s phrase outside its clauses ("Tim Henman, who announced his Davis Cup
    retirement": not "Davis Cup")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            out += _own_words(child)
    return out


def _leads(subject: Token) -> bool:
    """Whether ``subject`` alone is the subject of its sentence's main clause: not one of several ("Knight and
    drum 'n' bass star Roni Size", where the parse hangs the first name on the second; "Gardener, Darren
    Campbell, ... and Mark Lewis-Francis", a list it makes appositions)."""
    return not _joined(subject) and _main_clause(subject.head)


def _joined(name: Token) -> bool:
    """Whether a coordination joins other names to ``name`` in its noun phrase (past the clauses that only
    describe it: "Mr Jackson, who has clashed with his leaders over tuition fees and Europe, ...")."""
    return any(
        c.dep_ in ("conj", "cc") or (c.dep_ not in ("relcl", "acl", "prep") and _joined(c)) for c in name.children
    )


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence, or a clause joined to the one that does."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _aside(tok: Token) -> bool:
    """Whether ``tok`` speaks only in a relative clause hung on another's object ("Weitz said he had visited
    Pullman, who had told him ..."): the sentence's subject, not this speaker, goes on with "he added"."""
    return tok.dep_ == "dobj" and any(c.dep_ == "relcl" for c in tok.children)


def _person_in_title(tok: Token) -> Token:
    """The person a title's phrase names, whom the parse hung inside it: the object of its "for" after a common
    noun ("deputy minister for women Jacqui Smith"; not "the lawyer for John Smith", whom he speaks for), or set
    off after a body ("The chairman of Barclays, John Varley, said": no body has a name in apposition); else
    ``tok``."""
    if tok.pos_ != "NOUN" or tok.lower_ not in TITLE_NOUNS:
        return tok
    for t in tok.subtree:
        if t.i <= tok.i or t.ent_type_ != "PERSON" or (t.i + 1 < len(t.doc) and t.nbor().ent_iob_ == "I"):
            continue  # the last word of a name
        between = tok.doc[tok.i : t.i]
        if any(b.pos_ in ("VERB", "AUX") for b in between):
            return tok
        if t.dep_ == "appos" and t.head.ent_type_ == "ORG":
            return t
        named = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in t.children)
        if t.i == tok.right_edge.i and named and not any(b.is_punct for b in between):
            return t
    return tok


_OUTLETS = frozenset({"website", "site", "blog", "page", "account", "newsletter"})
"""Where someone publishes a statement of their own ("a statement on her website")."""


def _author(tok: Token) -> Token:
    """Who stands behind a speaking document or a share of a group: "the council's ruling" → the
    council, "a report from the committee" → the committee, "X issued a statement saying" → X, "a statement
    on her website" → her, "more than half of the respondents" → the respondents."""
    low = tok.lemma_.lower()
    if low in DOCUMENT_NOUNS:
        poss = _owner(tok)
        if poss is not None:
            return poss
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
                if obj is not None and obj.lemma_.lower() not in DOCUMENT_NOUNS:
                    return obj
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):  # "a statement on her website": hers
                site = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _OUTLETS), None)
                owner = next((c for c in site.children if c.dep_ == "poss"), None) if site is not None else None
                if owner is not None and (owner.pos_ in ("PROPN", "NOUN") or owner.lower_ in ("his", "her")):
                    return owner  # not "its website": whatever "it" was, the statement names no one
        producer = _producer(tok)  # "the report, released by the United Nations"
        if producer is not None:
            return producer
        for clause in tok.children:  # "a speech Mrs. Doe delivered"
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.dep_ == "relcl" else None
            if subj is not None and subj.pos_ == "PROPN":
                return subj
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in _ISSUE_VERBS:
            subj = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if subj is not None:
                return subj
    if low in _DATA_NOUNS:
        return _producer(tok) or tok
    if (low in _SHARE_WORDS and tok.pos_ != "PROPN") or tok.like_num or tok.ent_type_ == "PERCENT":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
                if obj is not None:
                    return obj
    return tok


def _names(prep: Token) -> bool:
    """Whether a preposition's object is a name."""
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def _owner(tok: Token) -> Token | None:
    """The name or noun a document or finding belongs to ("the council's ruling"; not "Thursday's report")."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    return poss if poss is not None and poss.ent_type_ not in ("DATE", "TIME") else None


def _owned(tok: Token) -> bool:
    """Whether anything, a pronoun too, owns ``tok`` ("his team")."""
    return any(c.dep_ == "poss" for c in tok.children)


def _producer(findings: Token) -> Token | None:
    """Who produced findings: "figures from the Council of Mortgage Lenders", "a survey by Mori", "figures
    released by the Cabinet Office", "Retail Decisions' survey", "a survey of 280 schemes by IDS"."""
    poss = _owner(findings)
    if poss is not None and (poss.pos_ == "PROPN" or (_is_institution(poss) and not _owned(poss))):
        return poss  # "the ministry's figures"; not "his team's research"
    counted = [o for c in findings.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    by_name = [  # "a survey of 280 schemes by IDS"; not "of 2,000 fans from Liverpool", nor "by telephone"
        c for o in counted for c in o.children if c.dep_ == "prep" and c.lower_ == "by" and _names(c)
    ]
    preps = [c for c in findings.children if c.dep_ == "prep" and c.lower_ in ("from", "by")] + by_name
    preps += [a for v in findings.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
        if obj is not None and obj.lemma_.lower() not in _DATA_NOUNS | DOCUMENT_NOUNS:
            return obj
    return None


def _introduced(tok: Token) -> bool:
    """Whether "a/an" + the same noun came before ``tok`` in its article ("a witness said")."""
    return any(
        t.lemma_ == tok.lemma_ and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.lefts)
        for t in tok.doc[max(0, tok.i - 400) : tok.i]
    )


def _members_of(tok: Token, actor: Actor) -> bool:
    """Whether a plural ``tok`` names people of a place or organisation rather than the actor itself: a
    common noun it modifies ("US officials", "E.U. leaders") or a plural demonym ("Mexicans")."""
    if tok.tag_ not in _PLURAL_TAGS or actor.kind not in ("country", "organization", "place"):
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == tok.i + 1 for c in tok.children):
        return False  # "Telecom analysts Ovum said": the name right after is the group's own
    if tok.pos_ == "NOUN":
        return True
    return actor.kind == "country" and tok.lower_ not in actor.name.lower().split()


def _body_of(tok: Token, actor: Actor) -> bool:
    """Whether ``tok`` names a body of a country by a proper name of its own ("the Scottish Executive", "the
    Russian Foreign Ministry"): the body speaks, not the country."""
    return (
        actor.kind == "country"
        and tok.pos_ == "PROPN"
        and tok.ent_type_ not in ("GPE", "NORP")
        and tok.lower_ not in actor.name.lower().split()
    )


def _demonym(tok: Token) -> bool:
    """ "The New Zealander said", "the Frenchman said": a definite singular demonym or noun for one of a nation's
    people that no country actor took is a person."""
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (
        tok.pos_ in ("PROPN", "NOUN")
        and tok.tag_ not in _PLURAL_TAGS
        and _definite(tok)
        and geo.country_of_national(" ".join(t.text for t in (*names, tok))) is not None
    )


def _definite(tok: Token) -> bool:
    """Whether ``tok`` has a definite determiner ("the", "this", ...)."""
    return any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in tok.children)


def _demonym_person(tok: Token, country: str) -> bool:
    """ "The Russian said": a definite demonym standing alone is a person, not the country."""
    return (
        _definite(tok)
        and tok.lower_ not in country.lower().split()
        and geo.country_of_demonym(tok.text) is not None  # not "the US said": the country by its code
        and not any(c.dep_ in ("compound", "amod") for c in tok.children)
    )


def _someone_from(tok: Token) -> bool:
    """Whether a common noun after a country's name is a person from it who speaks for themselves ("captain",
    "coach", "president"), not one who speaks for the country ("a US official", "a French spokesman")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and is_person_noun(lemma) and lemma not in _STATE_VOICES


def _heads_a_title(tok: Token) -> bool:
    """Whether a common noun is a person's title ("leader", "chairman"), not a voice that speaks for the
    organisation before it ("spokesman")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _HELD_TITLES


def _one_of_its_people(tok: Token) -> bool:
    """Whether a common noun after an organisation's name is someone who does something to or for it
    ("winner", "supporter", "player"), not its voice ("spokesman"), a title or an institution ("regulator")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and is_agent_noun(lemma) and lemma not in TITLE_NOUNS and not _is_institution(tok)


def _organisation_name(name: Span) -> bool:
    """Whether a name no actor holds reads as an organisation's: one proper noun that is no person's and that
    the article calls an institution or "its" somewhere ("copy protection firm Macrovex", "Macrovex says its
    new software ..."; not "Tellier says the deal ..."), or an institution noun after proper nouns
    ("Vedomosti newspaper"); not "Mr Tellier" or "Rio Ferdinand"."""
    if len(name) > 1 and name[0].dep_ == "det":
        name = name[1:]
    root = name.root
    if root.ent_type_ == "PERSON" or is_honorific(name[0]):
        return False
    if len(name) == 1:
        return root.pos_ == "PROPN" and any(_called_an_institution(t) for t in name.doc if t.text == root.text)
    return _is_institution(root) and all(t.pos_ == "PROPN" for t in name if t.i != root.i and t.dep_ == "compound")


def _called_an_institution(name: Token) -> bool:
    """Whether an institution noun stands before ``name`` ("firm Macrovex") or its sentence goes on with "its"."""
    if any(c.dep_ == "compound" and _is_institution(c) for c in name.lefts):
        return True
    return any(t.lower_ == "its" for t in name.doc[name.i + 1 : name.sent.end])


def _of_a_person(lemma: str) -> bool:
    """Whether a common noun names a person: a title, a noun of people (listed or learned) or an agent noun,
    and not one of the nouns that speak for themselves ("the report", "a third")."""
    return not speaks_for_itself(lemma) and names_a_person(lemma)


def speaks_for_itself(lemma: str) -> bool:
    """Whether a common noun is a text or finding that speaks for its author ("the report", "a message")."""
    return lemma in _TEXT_NOUNS or lemma in speaking_things()


def _is_institution(tok: Token) -> bool:
    """Whether a common noun names an institution ("the company") rather than a person."""
    return tok.lemma_.lower() in INSTITUTION_NOUNS
