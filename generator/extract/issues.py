"""Issues: the topics, disputes and policy questions an article raises.

An issue grows from a *concept*: the lemma of a common noun that heads a noun phrase
("ban", "discharge", "alliance"). Each mention of the concept carries its phrase from
the parse (possessor, adjectives, compounds and one prepositional complement:
"China's ban on Japanese seafood imports"). Concepts are scored by how often and how
early the article discusses them, weighted by word informativeness (rarer words in
general English, per ``wordfreq``, say more about the topic), with mentions that only
point back ("these efforts") or that name people counting little. A concept whose
every mention sits inside another concept's phrase ("seafood" inside "ban on ...
seafood") folds into it. The label is the most informative phrase among the mentions;
its sentence is the first piece of evidence, then the other sentences in article order.

A concept the article only denies ("never lacked sporting decorum") is no issue. Only specific
labels count (``issuelabels``); relation nouns between the same parties are one
issue named by them ("Japan-China relations"); near-duplicates merge; an issue far weaker than
the leading one is left out rather than padding the list; the issue the headline is about
comes first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ..model import Actor, Article, Issue, Offsets, Quote
from .actors import ActorTable
from .issueconcepts import (
    COMPLEMENT_PREPS,
    MAX_LABEL_WORDS,
    WORD_RE,
    Concept,
    concept_phrase,
    denied,
    find_concepts,
    label_text,
    label_words,
    narrowing_tokens,
    tokens_in,
)
from .issuelabels import (
    FORMAL_RELATIONS,
    FRAME_NOUNS,
    RELATION_NOUNS,
    acted_phrase,
    event_of,
    is_event_noun,
    is_specific,
    names_no_issue,
    tested_for,
    verbal_event,
)
from .issuerank import headline_topic, headline_words, leads, returns_to
from .issuerelations import (
    canonical,
    parties,
    relation_key,
    relation_label,
    relation_noun,
    takeover_key,
)
from .issueselect import MAX_ISSUES, Candidate, main_first, select_issues
from .roles import is_honorific
from .wordweights import is_evaluative, word_informativeness

_ACTOR_INFO = 3.0
"""Informativeness given to an actor's name inside a label."""
_WORD_COST = 0.3
"""How much each extra word lowers a label's value: analysts' labels are concise."""
_TOPIC_INFO = 3.5
"""Informativeness from which a noun names a topic by itself and is an issue's key ("asylum", "hunting")."""
_SHORTLIST = 4 * MAX_ISSUES
"""Concepts, by raw score, whose labels are built and compared; the rest cannot compete."""


_ACTED = 0.6
"""Score factor for an issue named by a verb ("Seizing land"): the article names it less directly."""


def label_value(tokens: list[Token], table: ActorTable, counts: dict[int, int]) -> float:
    """How well a phrase names its issue: informative words the article repeats, few words."""
    words = [t for t in tokens if WORD_RE.fullmatch(t.text) and t.dep_ != "case"]
    if len(words) > MAX_LABEL_WORDS or any(_clause_verb(t) for t in tokens):
        return -1.0
    value = 0.0
    for tok in {t.lower_: t for t in words}.values():
        info = _ACTOR_INFO if table.at(tok.idx, tok.idx + len(tok.text)) else word_informativeness(tok.lower_)
        value += info * (2.0 if counts.get(tok.lemma, 0) > 1 else 1.0)
    content = [t for t in words if t.pos_ not in {"ADP", "DET"}]  # "of", "the" cost a reader nothing
    return value / (1.0 + _WORD_COST * len(content))


def _clause_verb(tok: Token) -> bool:
    """A modal, a past-tense verb or a form of "be" or "have": the parse ran a clause into the phrase
    ("Should double Aston's output", "Poll saw director Zhang Yimou's martial arts", "Wipro is
    majority"), which no label holds."""
    return tok.tag_ in {"MD", "VBD"} or (tok.tag_ in {"VBZ", "VBP"} and tok.lemma_ in {"be", "have"})


def label_key(tokens: Iterable[Token], table: ActorTable) -> str:
    """Normalised identity of an issue label.

    Rule: the lemma of the head noun plus the most informative other content word
    (by ``wordfreq``; a noun before an adjective or verb, never an evaluative adjective),
    lower-cased and sorted, joined by ``+``. When the head only frames a topic ("asylum
    policy", "Britain's chaotic asylum system", "asylum reform plans"), or when a noun of the
    label is rare enough to name a topic by itself ("hunting ban", "legal hunting"), that noun
    alone is the key (``asylum``, ``hunting``): "China's ban on Japanese seafood imports" and
    "Chinese seafood import ban" share ``seafood``; a noun after the head keys it so only when the
    head is an event or a frame ("ban on ... seafood"), not a thing ("awareness of tags" is
    ``awareness``, apart from "RFID tags"). Words that belong to an actor are replaced
    by the actor's canonical name and used only when the label has no other content word
    ("Japan's concerns": ``concern+japan``). Synonyms key as one word ("US custody" and "detention
    of UK residents" are both ``custody``, see ``issuerelations.canonical``). Relations between parties are keyed by
    ``issuelabels.relation_key`` instead, bids by their target (``issuelabels.takeover_key``).
    """
    toks = list(tokens)
    head = next(t for t in toks if t.head not in toks or t.head == t)
    bid = takeover_key(head, table)
    if bid is not None:
        return bid
    return "+".join(sorted({canonical(w) for w in _key_words(head, toks, table)}))


def _key_words(head: Token, toks: list[Token], table: ActorTable) -> list[str]:
    """The words of ``label_key`` before synonyms are made one ("embargo" and "ban" key as "ban")."""
    actors: set[str] = set()
    nouns: list[str] = []
    named: list[Token] = []
    content: list[str] = []
    for tok in toks:
        if tok is head or tok.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} or not WORD_RE.fullmatch(tok.text):
            continue
        if is_honorific(tok):
            continue  # the "Mr" of "Mr Glazer's proposals" is no matter
        if tok.dep_ == "npadvmod" and tok.head.pos_ in {"VERB", "ADJ"}:
            continue  # who did it, not what: "ECB" of "ECB-ordered stress tests"
        actor = table.at(tok.idx, tok.idx + len(tok.text))
        if actor is not None:
            actors.add(actor.name.lower())
        elif tok.pos_ in {"NOUN", "PROPN"}:
            if tok.i < head.i or not names_no_issue(tok.lemma_.lower()):
                nouns.append(tok.lemma_.lower())  # not the people an event acts on: "arrest of teenagers"
                named.append(tok)
        elif not is_evaluative(tok.lower_):
            content.append(tok.lemma_.lower())
    framing = head.lemma_.lower() in FRAME_NOUNS
    own = [n for t, n in zip(named, nouns) if t.i < head.i or framing or is_event_noun(head.lemma_.lower())]
    topics = [n for n in (*own, head.lemma_.lower()) if n not in FRAME_NOUNS]
    topic = max(topics, key=word_informativeness, default="")
    if topic and word_informativeness(topic) >= _TOPIC_INFO:
        return [topic]
    if nouns and framing:
        return [max(nouns, key=word_informativeness)]
    extra = [max(nouns or content, key=word_informativeness)] if nouns or content else sorted(actors)
    return [head.lemma_.lower(), *extra]


def evidence_spans(doc: Doc, concept: Concept, first: Token, starts: list[int]) -> list[Offsets]:
    """The label's sentence, then every other sentence mentioning the concept, in text order."""

    def sentence(tok: Token) -> int:
        return bisect_right(starts, tok.i) - 1

    head = sentence(first)
    others = sorted({sentence(t) for t in (*concept.mentions, *concept.folded)} - {head})
    spans = []
    for n in [head, *others]:
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        words = [t for t in doc[starts[n] : end] if not t.is_space]
        spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans


def extract_issues(doc: Doc, article: Article, table: ActorTable, quotes: Iterable[Quote] = ()) -> list[Issue]:
    """The article's issues, as many as it has (at most ``MAX_ISSUES``), the main one first.

    ``quotes`` name speakers: a noun that speaks is a group of people, never an issue.
    Only specific labels count (see ``issuelabels``); relations between the same parties are
    one issue; an issue far weaker than the leading ones is left out rather than padding the list.
    """
    title_words = {w.lower() for w in WORD_RE.findall(article.title or "")}
    counts = doc.count_by(LEMMA)
    starts = [sent.start for sent in doc.sents]
    quotes = list(quotes)
    speakers = tokens_in(doc, (q.speaker_span for q in quotes))
    said = tokens_in(doc, (q.span for q in quotes))
    concepts = sorted(
        find_concepts(doc, table, title_words, starts, speakers, said), key=lambda c: (-c.score, c.mentions[0].i)
    )
    candidates = _relation_candidates(doc, concepts[:_SHORTLIST], table, starts)
    nominals = {  # what is done, in the article's nouns; not a frame ("market" is not "marketing")
        t.lemma_.lower(): t.text.lower()
        for t in reversed(doc)
        if t.pos_ == "NOUN" and is_event_noun(t.lemma_.lower()) and t.lemma_.lower() not in FRAME_NOUNS
    }
    told = headline_words(title_words)
    for concept in concepts[:_SHORTLIST]:
        if all(denied(t) for t in concept.mentions):
            continue  # what the article only denies is not what it raises
        named = _specific_phrase(concept, table, counts)
        acted = acted_phrase(concept.mentions) or tested_for(concept.mentions, word_informativeness)
        headlined = acted is not None and acted[0].head.lemma_.lower() in told and concept.lemma not in told
        if named is not None and not headlined:  # the headline tells the act, not the thing: "blocks"
            mention, phrase, own = named
            label, key = label_text(phrase), label_key(own, table)
            event = verbal_event(concept.mentions, {n: t for n, t in nominals.items() if n != concept.lemma})
            if event is not None:  # what is done to it names the issue: "Patent infringement"
                label, key = event
            candidates.append(
                Candidate(
                    concept.score, concept, mention, phrase, key, evidence_spans(doc, concept, mention, starts), label
                )
            )
        elif acted is not None and (
            leads(acted[0], title_words, starts)
            or (word_informativeness(concept.lemma) >= _TOPIC_INFO and returns_to(concept.lemma, doc))
        ):  # "Shifting production"
            mention, label, key = acted
            if len(label.split()) > MAX_LABEL_WORDS:
                continue  # a name run on by the parse: "Demanding release of Manobo tribesmen Ondo Perez three ..."
            if word_informativeness(concept.lemma) >= _TOPIC_INFO or concept.lemma in headline_words(title_words):
                key = concept.lemma  # a topic by itself, or the headline's ("land row"), however it is acted on
            candidates.append(
                Candidate(
                    concept.score * _ACTED,
                    concept,
                    mention,
                    [mention.head, mention],
                    key,
                    evidence_spans(doc, concept, mention, starts),
                    label,
                )
            )
    if not candidates:  # a short article naming its matter only loosely: "a dispute over pay"
        candidates = _loose_candidates(doc, concepts[:_SHORTLIST], table, starts)
    for c in candidates:  # "Racist chanting" under "... racism inquiry": the headline's matter
        c.key = headline_topic(c.phrase, title_words, word_informativeness) or c.key
    chosen = main_first(select_issues(candidates), title_words)
    return [Issue(label=c.label, evidence=c.evidence, key=c.key, score=round(score, 3)) for score, c in chosen]


def _specific_phrase(
    concept: Concept, table: ActorTable, counts: dict[int, int]
) -> tuple[Token, list[Token], list[Token]] | None:
    """The mention whose phrase names the concept best among the specific ones, if any, with the
    label's phrase (which may name the event done to it) and the phrase that keys it (its own)."""
    ranked = sorted(zip(concept.mentions, concept.phrases), key=lambda m: -label_value(m[1], table, counts))
    for mention, phrase in ranked:
        if label_value(phrase, table, counts) >= 0 and is_specific(mention, phrase, table, word_informativeness):
            event = event_of(mention)
            if event is not None and mention in phrase:
                told = concept_phrase(event, table, set())
                if mention in told:  # the label names the event: "discharge of radioactive wastewater"
                    return mention, told, phrase
            return mention, phrase, phrase
    return None


def _relation_candidates(doc: Doc, concepts: list[Concept], table: ActorTable, starts: list[int]) -> list[Candidate]:
    """One issue per pair of parties a relation noun is between, taken out of the concepts.

    "ties with Beijing", "bilateral relations" and "tensions between the two nations" of
    Japan and China are "Japan-China relations"; "the US-China relationship" is another issue.
    """
    found: dict[str, tuple[list[Actor], list[tuple[Concept, Token, list[Token]]]]] = {}
    for concept in concepts:
        phrases = {t.i: p for t, p in zip(concept.mentions, concept.phrases)}
        for tok in (*concept.mentions, *concept.folded):
            if tok.lemma_.lower() in RELATION_NOUNS:
                phrase = phrases.get(tok.i) or concept_phrase(tok, table, set())
                between = parties(tok, phrase, table)
                if len(between) == 2:
                    entry = found.setdefault(relation_key(between), (between, []))
                    entry[1].append((concept, tok, phrase))
                    if RELATION_NOUNS[tok.lemma_.lower()] in FORMAL_RELATIONS and all(
                        any(_is_actor_of(t, a, table) for t in phrase) for a in between
                    ):
                        found[relation_key(between)] = (between, entry[1])  # a name: "US-Japan alliance"
    out = []
    for key, (between, group) in found.items():
        moved = {tok.i for _, tok, _ in group}
        holder = Concept(key, [tok for _, tok, _ in group], [p for _, _, p in group])
        for concept, tok, _ in group:
            weight = concept.weights.pop(tok.i, 0.0)
            holder.score += weight
            holder.weights[tok.i] = weight
            concept.score -= weight
        for concept in {id(c): c for c, _, _ in group}.values():
            kept = [(t, p) for t, p in zip(concept.mentions, concept.phrases) if t.i not in moved]
            concept.mentions, concept.phrases = [t for t, _ in kept], [p for _, p in kept]
            concept.folded = [t for t in concept.folded if t.i not in moved]
        nouns = [(RELATION_NOUNS[t.lemma_.lower()], holder.weights[t.i]) for t in holder.mentions]
        first = max(holder.mentions, key=lambda t: holder.weights[t.i])
        out.append(
            Candidate(
                holder.score,
                holder,
                first,
                _phrase_of(holder, first),
                key,
                evidence_spans(doc, holder, first, starts),
                relation_label(relation_noun(nouns), between),
            )
        )
    return out


def _loose_candidates(doc: Doc, concepts: list[Concept], table: ActorTable, starts: list[int]) -> list[Candidate]:
    """The strongest concept named with any noun complement ("dispute over pay"), when no label was specific."""
    for concept in concepts:
        for mention in concept.mentions:
            preps = [c for c in mention.rights if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS]
            objs = [o for p in preps[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if objs:
                phrase = sorted({mention, preps[0], *narrowing_tokens(objs[0])}, key=lambda t: t.i)
                if len(label_words(phrase)) <= MAX_LABEL_WORDS:
                    return [
                        Candidate(
                            concept.score,
                            concept,
                            mention,
                            phrase,
                            label_key(phrase, table),
                            evidence_spans(doc, concept, mention, starts),
                            label_text(phrase),
                        )
                    ]
    return []


def _is_actor_of(tok: Token, actor: Actor, table: ActorTable) -> bool:
    return table.at(tok.idx, tok.idx + len(tok.text)) is actor


def _phrase_of(concept: Concept, mention: Token) -> list[Token]:
    """The phrase of one of ``concept``'s mentions."""
    return next(p for t, p in zip(concept.mentions, concept.phrases) if t is mention)
