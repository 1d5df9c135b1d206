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

Only specific labels count (``issuelabels``); relation nouns between the same parties are one
issue named by them ("Japan-China relations"); near-duplicates merge; an issue far weaker than
the leading one is left out rather than padding the list; the issue the headline is about
comes first.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from .actors import ActorTable
from .issuelabels import (
    FORMAL_RELATIONS,
    FRAME_NOUNS,
    RELATION_NOUNS,
    event_of,
    is_event_noun,
    is_specific,
    parties,
    relation_key,
    relation_label,
    relation_noun,
    verbal_event,
)
from ..model import Actor, Article, Issue, Quote, Offsets

MAX_ISSUES = 6
MAX_LABEL_WORDS = 8
_CEILING = 8.0
"""Zipf frequency at which a word carries no information (function words sit near 7-8)."""
_LEFT_DEPS = {"amod", "compound", "nmod", "poss", "case", "npadvmod", "punct", "hyph"}
"""Left dependents kept in a label: the words that narrow the head noun."""
_COMPLEMENT_PREPS = {"of", "on", "over", "between", "against", "with", "to", "for", "from", "in", "about"}
_MIN_STEM = 7
"""Shortest noun that absorbs the longer nouns it starts ("relation" takes "relationship")."""
_ACTOR_INFO = 3.0
"""Informativeness given to an actor's name inside a label."""
_WORD_COST = 0.3
"""How much each extra word lowers a label's value: analysts' labels are concise."""
_TOPIC_INFO = 3.5
"""Informativeness from which a noun names a topic by itself and is an issue's key ("asylum", "hunting")."""
_THRESHOLD = 0.13
"""Share of the leading issue's score an issue needs to be listed: fewer issues, never padding."""
_SHORTLIST = 4 * MAX_ISSUES
"""Concepts, by raw score, whose labels are built and compared; the rest cannot compete."""
_MODIFIER_SHARE = 0.5
"""Share of a compound or adjective's informativeness a mention adds ("automation plan")."""
_MEASURES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
"""Entity types of times and amounts: they date or size an issue, they never name it."""
_PATIENT = 1.2
_AGENT = 0.6
"""Mention factors for the object (or passive subject) and the active subject of a verb."""
_INFO_CAP = 5.0
"""Rare words count no more than this, so one odd word cannot make an issue."""
_ANAPHORIC = {"this", "these", "that", "those", "such", "both"}
_GRADABLE_GAP = 0.8
"""An adjective whose manner adverb ("seriously") is nearly as common as itself grades a
quality ("serious concerns"); a classifying one ("military", "nuclear") rarely makes an adverb."""
_COMPARATIVE = 3.5
"""Zipf frequency from which a synthetic comparative ("smoother", "bigger") marks a gradable adjective."""
_DETERMINER_LIKE = 5.2
"""Zipf frequency above which an adjective with no adverb ("other", "same", "past") only picks out referents."""
_NO_ADVERB = 2.0
"""Zipf frequency below which a derived adverb is taken as unattested ("severally", "samely")."""
_COMPLEMENT_INFO = 3.3
"""Informativeness a prepositional object needs to stay in a label ("on imports", not "in areas")."""
_ACTOR_ANCHOR = 1.5
"""Mention factor for a phrase anchored to an actor ("US-Japan alliance", "China's import ban")."""
_QUOTED = 1.5
"""Mention factor inside a quote: what the actors speak about."""
_REDUNDANT = 0.5
"""Score factor for an issue raised only in sentences already given as another issue's evidence."""
_AGENT_SUFFIXES = ("er", "or", "ist", "ee")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")


@lru_cache(maxsize=1 << 16)
def word_informativeness(word: str) -> float:
    """How much a word says about a topic: 0 for the commonest words, up to 8 for rare ones."""
    return min(_INFO_CAP, max(0.0, _CEILING - zipf_frequency(word, "en")))


def _adverb(adjective: str) -> str:
    """The manner adverb English derives from an adjective: "serious" -> "seriously"."""
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("le"):
        return adjective[:-1] + "y"
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    return adjective + ("y" if adjective.endswith("ll") else "ly")


def _comparative(adjective: str) -> str:
    """The synthetic comparative: "smooth" -> "smoother", "big" -> "bigger", "safe" -> "safer"."""
    if adjective.endswith("e"):
        return adjective + "r"
    if adjective.endswith("y"):
        return adjective[:-1] + "ier"
    if re.fullmatch(r".*[^aeiou][aeiou][bdgmnpt]", adjective):
        return adjective + adjective[-1] + "er"
    return adjective + "er"


@lru_cache(maxsize=1 << 14)
def is_evaluative(adjective: str) -> bool:
    """Whether an adjective grades or picks out rather than classifies ("serious", "other" vs "military").

    Gradable adjectives form manner adverbs about as common as themselves or synthetic
    comparatives; very common adjectives with no adverb at all are determiner-like.
    """
    word = adjective.lower()
    if "-" in word or not word.isalpha():
        return False
    if any(_comparative(stem) == word and zipf_frequency(stem, "en") >= _COMPARATIVE
           for stem in (word[:-2], word[:-1], word[:-3], word[:-3] + "y")):
        return True  # a comparative tagged as a plain adjective: "smoother ties"
    own = zipf_frequency(word, "en")
    adverb = zipf_frequency(_adverb(word), "en")
    if adverb >= own - _GRADABLE_GAP or zipf_frequency(_comparative(word), "en") >= _COMPARATIVE:
        return True
    return own >= _DETERMINER_LIKE and adverb < _NO_ADVERB


def _drops_out(tok: Token) -> bool:
    """A modifier a label leaves out: determiners, amounts, dates and evaluative or participial adjectives."""
    if _hyphenated(tok):
        return False
    if tok.pos_ in {"DET", "PRON"} and tok.dep_ != "case" or tok.ent_type_ in _MEASURES:
        return True
    if tok.ent_type_ or tok.dep_ not in {"amod", "advmod"}:
        return False
    return tok.tag_ in {"JJR", "JJS", "VBN", "RBR", "RBS"} or tok.dep_ == "advmod" \
        or tok.pos_ in {"ADJ", "VERB"} and is_evaluative(tok.lower_)


def _hyphenated(tok: Token) -> bool:
    """Part of a hyphenated word ("large-scale", "long-term"), which stays whole."""
    doc = tok.doc
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
    return after or tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_


@lru_cache(maxsize=1 << 14)
def _agent_noun(lemma: str) -> bool:
    """A noun naming whoever does or undergoes a verb: "worker", "programmer", "nominee"."""
    for suffix in _AGENT_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[:-len(suffix)]
            stems = {stem, stem + "e", stem + "ate", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
            if max(zipf_frequency(w, "en") for w in stems) >= 3.5:
                return True
    return False


@dataclass
class _Concept:
    lemma: str
    mentions: list[Token] = field(default_factory=list)
    """Nouns heading this concept's own phrases: the label candidates."""
    phrases: list[list[Token]] = field(default_factory=list)
    folded: list[Token] = field(default_factory=list)
    """Mentions of concepts folded into this one: more evidence, never the label."""
    score: float = 0.0
    weights: dict[int, float] = field(default_factory=dict)
    """Each mention's weight, by token index (folded mentions too)."""

    def absorb(self, other: _Concept, *, as_label: bool) -> None:
        """Take over ``other``'s score and mentions (as label candidates or as evidence only)."""
        self.score += other.score
        if as_label:
            self.mentions += other.mentions
            self.phrases += other.phrases
        else:
            self.folded += other.mentions
        self.folded += other.folded
        self.weights.update(other.weights)
        other.mentions, other.phrases, other.folded, other.weights = [], [], [], {}


def _narrowing(tok: Token) -> list[Token]:
    """``tok`` and its dependents, leaving out determiners, conjuncts and evaluative adjectives."""
    if _drops_out(tok):
        return []
    kept = [tok]
    for child in tok.children:
        if child.dep_ not in {"cc", "conj", "appos", "relcl", "acl", "prep", "det"}:
            kept.extend(_narrowing(child))
    return kept


def _phrase(head: Token, table: ActorTable, people: set[str], budget: int = MAX_LABEL_WORDS) -> list[Token]:
    """The head noun with the words that narrow it and one prepositional complement, in text order.

    Left modifiers (possessor, classifying adjectives, compounds) always come; a complement
    ("on Japanese seafood imports") comes when its object is an organisation, a place or an
    informative noun (not "in areas", "on a level", nor people: "for older workers"), and only
    while the phrase stays within ``budget`` words.
    """
    kept = [head]
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            kept.extend(_narrowing(child))
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _COMPLEMENT_PREPS:
            objs = [c for c in child.children
                    if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in _MEASURES
                    and c.lemma_.lower() not in people and _complement_object(c, table)]
            if objs:
                rest = budget - len(_words(kept)) - 1
                complement = _phrase(objs[0], table, people, rest) if rest > 0 else []
                if complement and len(_words(complement)) <= rest:
                    kept.extend([child, *complement])
            break
    return sorted(set(kept), key=lambda t: t.i)


def _is_actor(tok: Token, table: ActorTable) -> bool:
    return table.at(tok.idx, tok.idx + len(tok.text)) is not None


def _complement_object(tok: Token, table: ActorTable) -> bool:
    """A prepositional object worth a label: an organisation or place, or an informative noun, never a person."""
    actor = table.at(tok.idx, tok.idx + len(tok.text))
    if actor is not None:
        return actor.kind != "person"
    return tok.ent_type_ != "PERSON" and word_informativeness(tok.lemma_.lower()) >= _COMPLEMENT_INFO


def _label(tokens: list[Token]) -> str:
    kept = [t for t in tokens if not (t.is_punct or t.is_space) or t.text == "-" and _hyphenated(t)]
    text = "".join(t.text + (t.whitespace_ if n.i == t.i + 1 else " ") for t, n in zip(kept, kept[1:]))
    text = (text + kept[-1].text).strip() if kept else ""
    text = re.sub(r"\s+", " ", text).replace("’", "'")
    return text[:1].upper() + text[1:]


def _words(tokens: Iterable[Token]) -> list[str]:
    return [t.lower_ for t in tokens if _WORD.fullmatch(t.text) and t.dep_ != "case"]


def _is_concept_head(tok: Token, table: ActorTable) -> bool:
    """A common noun heading its own phrase, not part of an actor's name or description."""
    if tok.pos_ != "NOUN" or tok.is_stop or not _WORD.fullmatch(tok.text) or len(tok.text) < 3:
        return False
    if tok.dep_ == "compound" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} | _MEASURES:
        return False
    if _hyphenated(tok) or any(t.dep_ == "appos" for t in (tok, *tok.ancestors)):
        return False
    return not _is_actor(tok, table)


def _support_noun(tok: Token, phrase: list[Token]) -> bool:
    """A bare noun that only frames its "of" complement: "the importance of ...", "a series of ..."."""
    return len(phrase) == 1 and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)


def _names_entity(tok: Token, table: ActorTable) -> bool:
    return tok.ent_type_ in {"PERSON", "ORG"} or tok.pos_ == "PROPN" and _is_actor(tok, table)


def _describes_actor(tok: Token, table: ActorTable, speakers: set[int]) -> bool:
    """A noun used for a person, group or organisation rather than a topic.

    It speaks in a quote ("panel members said"), titles or describes a name ("Chinese rival
    ZTE", "Ian Chong, a political scientist", "he is a fine striker"), heads a "who" clause,
    or is an agent noun ("workers", "makers", "nominee").
    """
    if tok.i in speakers:
        return True
    if tok.dep_ in {"compound", "appos"} and _names_entity(tok.head, table):
        return True
    if any(c.dep_ == "appos" and _names_entity(c, table) for c in tok.children):
        return True
    if any(c.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} for g in c.children) for c in tok.children):
        return True
    if tok.dep_ == "attr":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if any(c.ent_type_ == "PERSON" or c.tag_ == "PRP" and c.lower_ != "it" for c in subjects):
            return True
    return _agent_noun(tok.lemma_.lower())


def _anchored(tok: Token, table: ActorTable) -> bool:
    """Whether an actor narrows the noun: "US-Japan alliance", "China's import ban", "Japanese seafood"."""
    return any(c.dep_ in _LEFT_DEPS and (_is_actor(c, table) or c.ent_type_ in {"NORP", "GPE"})
               for c in tok.lefts)


def _mention_weight(tok: Token, sent_index: int, title_words: set[str], table: ActorTable, quoted: bool) -> float:
    """Weight of one mention: informativeness, lead position, events around it, actors anchoring it."""
    narrowing = [word_informativeness(c.lower_) for c in tok.lefts
                 if c.dep_ in {"compound", "amod"} and not c.ent_type_ and not _drops_out(c)]
    weight = word_informativeness(tok.lemma_.lower()) + _MODIFIER_SHARE * max(narrowing, default=0.0)
    dets = {c.lower_ for c in tok.lefts if c.dep_ in {"det", "predet"}}
    if dets & _ANAPHORIC or "the" in dets and any(c.dep_ == "nummod" for c in tok.lefts):
        weight *= 0.3
    if tok.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in tok.head.children):
        weight *= 0.3  # the subject of a reporting verb is a source, not a topic
    weight *= 1.0 + 1.0 / (1 + sent_index)
    if tok.lower_ in title_words or tok.lemma_.lower() in title_words:
        weight *= 1.5
    if tok.head.pos_ == "VERB" and tok.dep_ in {"dobj", "nsubjpass"}:
        weight *= _PATIENT  # what an event acts on is what the article is about
    elif tok.head.pos_ == "VERB" and tok.dep_ == "nsubj":
        weight *= _AGENT  # who acts is usually an actor described, not a topic
    if _anchored(tok, table):
        weight *= _ACTOR_ANCHOR
    if quoted:
        weight *= _QUOTED  # what the actors speak about
    return weight


def _tokens_in(doc: Doc, spans: Iterable[Offsets | None]) -> set[int]:
    """Indices of the tokens inside the given character spans."""
    found: set[int] = set()
    for bounds in spans:
        if bounds:
            span = doc.char_span(*bounds, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
    return found


def _concepts(doc: Doc, table: ActorTable, title_words: set[str], starts: list[int],
              speakers: set[int], said: set[int]) -> list[_Concept]:
    concepts: dict[str, _Concept] = {}
    framing: set[str] = set()
    framed: set[str] = set()
    nouns = [doc[int(i)] for i in (doc.to_array(POS) == NOUN).nonzero()[0]]
    actorlike = {t.lemma_.lower() for t in nouns if _describes_actor(t, table, speakers)}
    for tok in nouns:
        lemma = tok.lemma_.lower()
        if lemma in actorlike or not _is_concept_head(tok, table):
            continue
        concept = concepts.setdefault(lemma, _Concept(lemma))
        concept.mentions.append(tok)
        concept.phrases.append(_phrase(tok, table, actorlike))
        if _support_noun(tok, concept.phrases[-1]):
            framing.add(lemma)
        else:
            framed.add(lemma)
        weight = _mention_weight(tok, bisect_right(starts, tok.i) - 1, title_words, table, tok.i in said)
        concept.score += weight
        concept.weights[tok.i] = weight
    for lemma in framing - framed:
        concepts.pop(lemma, None)
    _merge_derived(concepts)
    live = [c for c in concepts.values() if c.mentions]
    _fold_attributes(live)
    _fold_contained(live)
    return [c for c in live if c.mentions]


def _merge_derived(concepts: dict[str, _Concept]) -> None:
    """Merge a noun into the long stem it extends ("relationship" into "relation").

    The stem's own mentions name the issue; the longer nouns' sentences are its evidence.

    In sorted order the nouns a stem starts follow the stem directly, so one pass does it.
    """
    lemmas = sorted(concepts)
    for i, stem in enumerate(lemmas):
        if len(stem) < _MIN_STEM or not concepts[stem].mentions:
            continue
        for other in lemmas[i + 1:]:
            if not other.startswith(stem):
                break
            concepts[stem].absorb(concepts[other], as_label=False)


def _fold_attributes(concepts: list[_Concept]) -> None:
    """Fold a once-mentioned noun into a stronger concept its phrase holds.

    "the likely tumultuousness of the relationship" is about the relationship.
    """
    owner = {t.i: c for c in concepts for t in c.mentions}
    for concept in sorted(concepts, key=lambda c: c.score):
        if len(concept.mentions) != 1:
            continue
        inner = [owner[t.i] for t in concept.phrases[0] if t.i in owner and owner[t.i] is not concept]
        stronger = [c for c in inner if c.mentions and c.score > concept.score]
        if stronger:
            stronger[0].absorb(concept, as_label=False)


def _reach(head: Token) -> list[Token]:
    """The noun phrase ``head`` heads, clauses and conjuncts aside: where its label words could come from."""
    found = []
    for child in head.children:
        if child.dep_ not in {"conj", "cc", "relcl", "acl", "appos", "advcl", "punct"}:
            found.append(child)
            found.extend(_reach(child))
    return found


def _fold_contained(concepts: list[_Concept]) -> None:
    """Fold a concept into another when all its mentions sit inside the other's phrases.

    Inside a label phrase any concept folds ("seafood" into "ban on Japanese seafood imports");
    inside the rest of a noun phrase ("relations on a basic societal level") only a weaker one.
    """
    host_of: dict[int, _Concept] = {}
    reach_of: dict[int, _Concept] = {}
    for concept in sorted(concepts, key=lambda c: -c.score):
        for mention, phrase in zip(concept.mentions, concept.phrases):
            for tok in phrase:
                if tok is not mention:
                    host_of.setdefault(tok.i, concept)
            for tok in _reach(mention):
                reach_of.setdefault(tok.i, concept)
    for concept in concepts:
        if not concept.mentions:
            continue
        for hosting, stronger in ((host_of, False), (reach_of, True)):
            hosts = {id(hosting.get(t.i)) for t in concept.mentions}
            host = hosting.get(concept.mentions[0].i)
            if host is not None and host is not concept and host.mentions and len(hosts) == 1 \
                    and (not stronger or host.score > concept.score):
                host.absorb(concept, as_label=False)
                break


def _label_value(tokens: list[Token], table: ActorTable, counts: dict[int, int]) -> float:
    """How well a phrase names its issue: informative words the article repeats, few words."""
    words = [t for t in tokens if _WORD.fullmatch(t.text) and t.dep_ != "case"]
    if len(words) > MAX_LABEL_WORDS:
        return -1.0
    value = 0.0
    for tok in {t.lower_: t for t in words}.values():
        info = _ACTOR_INFO if table.at(tok.idx, tok.idx + len(tok.text)) else word_informativeness(tok.lower_)
        value += info * (2.0 if counts.get(tok.lemma, 0) > 1 else 1.0)
    content = [t for t in words if t.pos_ not in {"ADP", "DET"}]  # "of", "the" cost a reader nothing
    return value / (1.0 + _WORD_COST * len(content))


def label_key(tokens: Iterable[Token], table: ActorTable) -> str:
    """Normalised identity of an issue label.

    Rule: the lemma of the head noun plus the most informative other content word
    (by ``wordfreq``; a noun before an adjective or verb, never an evaluative adjective),
    lower-cased and sorted, joined by ``+``. When the head only frames a topic ("asylum
    policy", "Britain's chaotic asylum system", "asylum reform plans"), or when a noun of the
    label is rare enough to name a topic by itself ("hunting ban", "legal hunting"), that noun
    alone is the key (``asylum``, ``hunting``): "China's ban on Japanese seafood imports" and
    "Chinese seafood import ban" share ``seafood``. Words that belong to an actor are replaced
    by the actor's canonical name and used only when the label has no other content word
    ("Japan's concerns": ``concern+japan``). Relations between parties are keyed by
    ``issuelabels.relation_key`` instead.
    """
    toks = list(tokens)
    head = next(t for t in toks if t.head not in toks or t.head == t)
    actors: set[str] = set()
    nouns: list[str] = []
    content: list[str] = []
    for tok in toks:
        if tok is head or tok.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} or not _WORD.fullmatch(tok.text):
            continue
        actor = table.at(tok.idx, tok.idx + len(tok.text))
        if actor is not None:
            actors.add(actor.name.lower())
        elif tok.pos_ in {"NOUN", "PROPN"}:
            nouns.append(tok.lemma_.lower())
        elif not is_evaluative(tok.lower_):
            content.append(tok.lemma_.lower())
    framing = head.lemma_.lower() in FRAME_NOUNS
    topics = [n for n in (*nouns, head.lemma_.lower()) if n not in FRAME_NOUNS]
    topic = max(topics, key=word_informativeness, default="")
    if topic and word_informativeness(topic) >= _TOPIC_INFO:
        return topic
    if nouns and framing:
        return max(nouns, key=word_informativeness)
    extra = [max(nouns or content, key=word_informativeness)] if nouns or content else sorted(actors)
    return "+".join(sorted({head.lemma_.lower(), *extra}))


def _evidence(doc: Doc, concept: _Concept, first: Token, starts: list[int]) -> list[Offsets]:
    """The label's sentence, then every other sentence mentioning the concept, in text order."""
    def sentence(tok: Token) -> int:
        return bisect_right(starts, tok.i) - 1

    head = sentence(first)
    others = sorted({sentence(t) for t in (*concept.mentions, *concept.folded)} - {head})
    spans = []
    for n in [head, *others]:
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        words = [t for t in doc[starts[n]:end] if not t.is_space]
        spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans


def extract_issues(doc: Doc, article: Article, table: ActorTable, quotes: Iterable[Quote] = ()) -> list[Issue]:
    """The article's issues, as many as it has (at most ``MAX_ISSUES``), the main one first.

    ``quotes`` name speakers: a noun that speaks is a group of people, never an issue.
    Only specific labels count (see ``issuelabels``); relations between the same parties are
    one issue; an issue far weaker than the leading ones is left out rather than padding the list.
    """
    title_words = {w.lower() for w in _WORD.findall(article.title or "")}
    counts = doc.count_by(LEMMA)
    starts = [sent.start for sent in doc.sents]
    quotes = list(quotes)
    speakers = _tokens_in(doc, (q.speaker_span for q in quotes))
    said = _tokens_in(doc, (q.span for q in quotes))
    concepts = sorted(_concepts(doc, table, title_words, starts, speakers, said),
                      key=lambda c: (-c.score, c.mentions[0].i))
    candidates = _relation_candidates(doc, concepts[:_SHORTLIST], table, starts)
    nominals = {t.lemma_.lower(): t.text.lower() for t in reversed(doc) if t.pos_ == "NOUN"
                and is_event_noun(t.lemma_.lower())}
    for concept in concepts[:_SHORTLIST]:
        named = _specific_phrase(concept, table, counts)
        if named is not None:
            mention, phrase, own = named
            label, key = _label(phrase), label_key(own, table)
            event = verbal_event(concept.mentions, {n: t for n, t in nominals.items() if n != concept.lemma})
            if event is not None:  # what is done to it names the issue: "Patent infringement"
                label, key = event
            candidates.append(_Candidate(concept.score, concept, mention, phrase, key,
                                         _evidence(doc, concept, mention, starts), label))
    if not candidates:  # a short article naming its matter only loosely: "a dispute over pay"
        candidates = _loose_candidates(doc, concepts[:_SHORTLIST], table, starts)
    chosen = main_first(_select(candidates), title_words)
    return [Issue(label=c.label, evidence=c.evidence, key=c.key, score=round(score, 3)) for score, c in chosen]


@dataclass
class _Candidate:
    score: float
    concept: _Concept
    mention: Token
    phrase: list[Token]
    key: str
    evidence: list[Offsets]
    label: str

    def merge(self, other: _Candidate) -> None:
        """Take ``other``'s score and evidence: the same issue said again."""
        self.score += other.score
        self.evidence += [e for e in other.evidence if e not in self.evidence]


def _specific_phrase(concept: _Concept, table: ActorTable,
                     counts: dict[int, int]) -> tuple[Token, list[Token], list[Token]] | None:
    """The mention whose phrase names the concept best among the specific ones, if any, with the
    label's phrase (which may name the event done to it) and the phrase that keys it (its own)."""
    ranked = sorted(zip(concept.mentions, concept.phrases), key=lambda m: -_label_value(m[1], table, counts))
    for mention, phrase in ranked:
        if _label_value(phrase, table, counts) >= 0 and is_specific(mention, phrase, table, word_informativeness):
            event = event_of(mention)
            if event is not None and mention in phrase:
                told = _phrase(event, table, set())
                if mention in told:  # the label names the event: "discharge of radioactive wastewater"
                    return mention, told, phrase
            return mention, phrase, phrase
    return None


def _relation_candidates(doc: Doc, concepts: list[_Concept], table: ActorTable,
                         starts: list[int]) -> list[_Candidate]:
    """One issue per pair of parties a relation noun is between, taken out of the concepts.

    "ties with Beijing", "bilateral relations" and "tensions between the two nations" of
    Japan and China are "Japan-China relations"; "the US-China relationship" is another issue.
    """
    found: dict[str, tuple[list[Actor], list[tuple[_Concept, Token, list[Token]]]]] = {}
    for concept in concepts:
        phrases = {t.i: p for t, p in zip(concept.mentions, concept.phrases)}
        for tok in (*concept.mentions, *concept.folded):
            if tok.lemma_.lower() in RELATION_NOUNS:
                phrase = phrases.get(tok.i) or _phrase(tok, table, set())
                between = parties(tok, phrase, table)
                if len(between) == 2:
                    entry = found.setdefault(relation_key(between), (between, []))
                    entry[1].append((concept, tok, phrase))
                    if RELATION_NOUNS[tok.lemma_.lower()] in FORMAL_RELATIONS \
                            and all(any(_is_actor_of(t, a, table) for t in phrase) for a in between):
                        found[relation_key(between)] = (between, entry[1])  # a name: "US-Japan alliance"
    out = []
    for key, (between, group) in found.items():
        moved = {tok.i for _, tok, _ in group}
        holder = _Concept(key, [tok for _, tok, _ in group], [p for _, _, p in group])
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
        out.append(_Candidate(holder.score, holder, first, _phrase_of(holder, first), key,
                              _evidence(doc, holder, first, starts), relation_label(relation_noun(nouns), between)))
    return out


def _loose_candidates(doc: Doc, concepts: list[_Concept], table: ActorTable,
                      starts: list[int]) -> list[_Candidate]:
    """The strongest concept named with any noun complement ("dispute over pay"), when no label was specific."""
    for concept in concepts:
        for mention in concept.mentions:
            preps = [c for c in mention.rights if c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS]
            objs = [o for p in preps[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if objs:
                phrase = sorted({mention, preps[0], *_narrowing(objs[0])}, key=lambda t: t.i)
                if len(_words(phrase)) <= MAX_LABEL_WORDS:
                    return [_Candidate(concept.score, concept, mention, phrase, label_key(phrase, table),
                                       _evidence(doc, concept, mention, starts), _label(phrase))]
    return []


def _is_actor_of(tok: Token, actor: Actor, table: ActorTable) -> bool:
    return table.at(tok.idx, tok.idx + len(tok.text)) is actor


def _phrase_of(concept: _Concept, mention: Token) -> list[Token]:
    """The phrase of one of ``concept``'s mentions."""
    return next(p for t, p in zip(concept.mentions, concept.phrases) if t is mention)


def _select(candidates: list[_Candidate]) -> list[tuple[float, _Candidate]]:
    """The distinct issues, greedily by score, as many as stand out (at most ``MAX_ISSUES``).

    A candidate whose key or head was already named is the same issue again, and merges into
    it; one discussed only in sentences already given as evidence counts for ``_REDUNDANT`` of
    its score, since it is likely another name for an issue already listed. An issue weaker
    than ``_THRESHOLD`` of the leading one's score is left out.
    """
    chosen: list[tuple[float, _Candidate]] = []
    covered: set[Offsets] = set()
    pool = sorted(candidates, key=lambda c: (-c.score, c.mention.i))
    while pool and len(chosen) < MAX_ISSUES:
        score, best = max(((c.score * (_REDUNDANT if covered.issuperset(c.evidence) else 1.0), c) for c in pool),
                          key=lambda sc: (sc[0], -sc[1].mention.i))
        pool.remove(best)
        same = next((c for _, c in chosen if _joins(c, best)), None)
        if same is not None:
            same.merge(best)
            continue
        if chosen and best.score < _THRESHOLD * chosen[0][0]:
            continue
        chosen.append((score, best))
        covered.update(best.evidence)
    final: list[tuple[float, _Candidate]] = []
    for score, c in chosen:  # a merge may have grown an issue's evidence: join what now joins
        same = next((k for _, k in final if _joins(k, c)), None)
        if same is None:
            final.append((score, c))
        else:
            same.merge(c)
    return final


def _joins(kept: _Candidate, other: _Candidate) -> bool:
    """The merge rule: two candidates are one issue when they share a key, when the other's head
    is named in the kept label, when the other is raised only in the kept one's sentences and
    shares a content word with it, or when both narrow their heads with the same word and share
    a sentence ("league games" and "league title" in one sentence)."""
    named = {t.lemma_.lower() for t in kept.phrase} | {kept.concept.lemma}
    if other.key == kept.key or other.concept.lemma in named:
        return True
    words = {t.lemma_.lower() for t in other.phrase if t.is_alpha and not t.is_stop}
    if set(other.evidence) <= set(kept.evidence) and words & named:
        return True
    return bool(set(other.evidence) & set(kept.evidence)) and bool(_modifiers(kept) & _modifiers(other))


def _modifiers(c: _Candidate) -> set[str]:
    """Content words narrowing a candidate's head: "league" in "league games"."""
    return {t.lemma_.lower() for t in c.phrase if t is not c.mention and t.is_alpha and not t.is_stop
            and t.pos_ in {"NOUN", "PROPN", "ADJ"}} - {c.mention.lemma_.lower()}


def main_first(chosen: list[tuple[float, _Candidate]], title: set[str]) -> list[tuple[float, _Candidate]]:
    """The issue the headline is about first, the rest by score.

    The main issue has the highest score (which already favours the lead) times one plus the
    number of its words that the headline uses.
    """
    title = {w.strip("'-") for w in title}
    title |= {w[:-1] for w in title if w.endswith("s")}

    def main(sc: tuple[float, _Candidate]) -> float:
        c = sc[1]
        words = {t.lemma_.lower() for t in (*c.phrase, *c.concept.mentions) if t.is_alpha and not t.is_stop}
        words |= {t.lower_ for t in (*c.phrase, *c.concept.mentions)}
        return sc[0] * (1 + len(words & title))

    if not chosen:
        return chosen
    top = max(chosen, key=main)
    return [top, *(sc for sc in chosen if sc is not top)]
