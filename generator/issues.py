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
from .model import Article, Issue, Span

MAX_ISSUES = 8
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
_BARE_NOUN = 0.4
"""Score factor for a concept whose best label is a lone noun ("Efforts", "Importance")."""
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
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")


@lru_cache(maxsize=1 << 16)
def informativeness(word: str) -> float:
    """How much a word says about a topic: 0 for the commonest words, up to 8 for rare ones."""
    return min(_INFO_CAP, max(0.0, _CEILING - zipf_frequency(word, "en")))


@dataclass
class _Concept:
    lemma: str
    mentions: list[Token] = field(default_factory=list)
    """Nouns heading this concept's own phrases: the label candidates."""
    phrases: list[list[Token]] = field(default_factory=list)
    folded: list[Token] = field(default_factory=list)
    """Mentions of concepts folded into this one: more evidence, never the label."""
    score: float = 0.0

    def absorb(self, other: _Concept, *, as_label: bool) -> None:
        """Take over ``other``'s score and mentions (as label candidates or as evidence only)."""
        self.score += other.score
        if as_label:
            self.mentions += other.mentions
            self.phrases += other.phrases
        else:
            self.folded += other.mentions
        self.folded += other.folded
        other.mentions, other.phrases, other.folded = [], [], []


def _narrowing(tok: Token) -> list[Token]:
    """``tok`` and its dependents, leaving out determiners, conjuncts and graded adjectives."""
    if tok.pos_ in {"DET", "PRON"} and tok.dep_ != "case" or tok.tag_ in {"JJR", "JJS", "VBG"} \
            or tok.ent_type_ in _MEASURES:
        return []
    kept = [tok]
    for child in tok.children:
        if child.dep_ not in {"cc", "conj", "appos", "relcl", "acl", "prep", "det"}:
            kept.extend(_narrowing(child))
    return kept


def _phrase(head: Token, budget: int = MAX_LABEL_WORDS) -> list[Token]:
    """The head noun with the words that narrow it and one prepositional complement, in text order.

    Left modifiers (possessor, adjectives, compounds) always come; a complement
    ("on Japanese seafood imports") comes only while the phrase stays within ``budget`` words.
    """
    kept = [head]
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            kept.extend(_narrowing(child))
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _COMPLEMENT_PREPS:
            objs = [c for c in child.children
                    if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in _MEASURES]
            if objs:
                rest = budget - len(_words(kept)) - 1
                complement = _phrase(objs[0], rest) if rest > 0 else []
                if complement and len(_words(complement)) <= rest:
                    kept.extend([child, *complement])
            break
    return sorted(set(kept), key=lambda t: t.i)


def _label(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens if not t.is_quote).strip()
    text = re.sub(r"\s+", " ", text).replace("’", "'")
    return text[:1].upper() + text[1:]


def _words(tokens: Iterable[Token]) -> list[str]:
    return [t.lower_ for t in tokens if _WORD.fullmatch(t.text) and t.dep_ != "case"]


def _is_concept_head(tok: Token, table: ActorTable) -> bool:
    """A common noun heading its own phrase, not part of an actor's name, title or description."""
    if tok.pos_ != "NOUN" or tok.is_stop or not _WORD.fullmatch(tok.text) or len(tok.text) < 3:
        return False
    if tok.dep_ == "compound" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} | _MEASURES:
        return False
    if any(t.dep_ == "appos" for t in (tok, *tok.ancestors)) or _describes_person(tok):
        return False
    return table.at(tok.idx, tok.idx + len(tok.text)) is None


def _describes_person(tok: Token) -> bool:
    """A noun that names a person's role: "his counterpart Sir Alex Ferguson", "he is a fine striker"."""
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True
    if tok.dep_ == "attr":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        return any(c.ent_type_ == "PERSON" or c.tag_ == "PRP" and c.lower_ != "it" for c in subjects)
    return False


def _mention_weight(tok: Token, sent_index: int, title_words: set[str]) -> float:
    """Weight of one mention: informativeness, lead position, events around it."""
    narrowing = [informativeness(c.lower_) for c in tok.lefts
                 if c.dep_ in {"compound", "amod"} and not c.ent_type_ and c.tag_ not in {"JJR", "JJS"}]
    weight = informativeness(tok.lemma_.lower()) + _MODIFIER_SHARE * max(narrowing, default=0.0)
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
    return weight


def _concepts(doc: Doc, table: ActorTable, title_words: set[str], starts: list[int]) -> list[_Concept]:
    concepts: dict[str, _Concept] = {}
    nouns = (doc[int(i)] for i in (doc.to_array(POS) == NOUN).nonzero()[0])
    for tok in nouns:
        if not _is_concept_head(tok, table):
            continue
        lemma = tok.lemma_.lower()
        concept = concepts.setdefault(lemma, _Concept(lemma))
        concept.mentions.append(tok)
        concept.phrases.append(_phrase(tok))
        concept.score += _mention_weight(tok, bisect_right(starts, tok.i) - 1, title_words)
    _merge_derived(concepts)
    live = [c for c in concepts.values() if c.mentions]
    _fold_attributes(live)
    _fold_contained(live)
    return [c for c in live if c.mentions]


def _merge_derived(concepts: dict[str, _Concept]) -> None:
    """Merge a noun into the long stem it extends ("relationship" into "relation").

    In sorted order the nouns a stem starts follow the stem directly, so one pass does it.
    """
    lemmas = sorted(concepts)
    for i, stem in enumerate(lemmas):
        if len(stem) < _MIN_STEM or not concepts[stem].mentions:
            continue
        for other in lemmas[i + 1:]:
            if not other.startswith(stem):
                break
            concepts[stem].absorb(concepts[other], as_label=True)


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


def _fold_contained(concepts: list[_Concept]) -> None:
    """Fold a concept into another when all its mentions sit inside the other's phrases."""
    host_of: dict[int, _Concept] = {}
    for concept in sorted(concepts, key=lambda c: -c.score):
        for mention, phrase in zip(concept.mentions, concept.phrases):
            for tok in phrase:
                if tok is not mention:
                    host_of.setdefault(tok.i, concept)
    for concept in concepts:
        if not concept.mentions:
            continue
        hosts = {id(host_of.get(t.i)) for t in concept.mentions}
        host = host_of.get(concept.mentions[0].i)
        if host is not None and host is not concept and host.mentions and len(hosts) == 1:
            host.absorb(concept, as_label=False)


def _label_value(tokens: list[Token], table: ActorTable, counts: dict[int, int]) -> float:
    """How well a phrase names its issue: informative words the article repeats, few words."""
    words = [t for t in tokens if _WORD.fullmatch(t.text) and t.dep_ != "case"]
    if len(words) > MAX_LABEL_WORDS:
        return -1.0
    value = 0.0
    for tok in {t.lower_: t for t in words}.values():
        info = _ACTOR_INFO if table.at(tok.idx, tok.idx + len(tok.text)) else informativeness(tok.lower_)
        value += info * (2.0 if counts.get(tok.lemma, 0) > 1 else 1.0)
    return value / (1.0 + _WORD_COST * len(words))


def _best_phrase(concept: _Concept, table: ActorTable, counts: dict[int, int]) -> tuple[Token, list[Token]]:
    """The mention whose phrase names the concept best."""
    return max(zip(concept.mentions, concept.phrases), key=lambda m: _label_value(m[1], table, counts))


def issue_key(tokens: Iterable[Token], table: ActorTable) -> str:
    """Normalised identity of an issue label.

    Rule: the lemma of the head noun plus the most informative other content word
    (noun, adjective or verb, by ``wordfreq``), lower-cased and sorted, joined by ``+``.
    Words that belong to an actor are replaced by the actor's canonical name and used only
    when the label has no other content word, so "US-Japan alliance" and "Japan-U.S.
    alliance" share ``alliance+japan+united states``, while "China's ban on Japanese
    seafood imports" and "Chinese seafood import ban" share ``ban+seafood``.
    """
    toks = list(tokens)
    head = next(t for t in toks if t.head not in toks or t.head == t)
    actors: set[str] = set()
    content: list[str] = []
    for tok in toks:
        if tok is head or tok.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} or not _WORD.fullmatch(tok.text):
            continue
        actor = table.at(tok.idx, tok.idx + len(tok.text))
        if actor is not None:
            actors.add(actor.name.lower())
        else:
            content.append(tok.lemma_.lower())
    extra = [max(content, key=informativeness)] if content else sorted(actors)
    return "+".join(sorted({head.lemma_.lower(), *extra}))


def _evidence(doc: Doc, concept: _Concept, first: Token, starts: list[int]) -> list[Span]:
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


def extract_issues(doc: Doc, article: Article, table: ActorTable) -> list[Issue]:
    """Up to 8 issues, most central first, each with evidence sentences."""
    title_words = {w.lower() for w in _WORD.findall(article.title or "")}
    counts = doc.count_by(LEMMA)
    starts = [sent.start for sent in doc.sents]
    concepts = sorted(_concepts(doc, table, title_words, starts), key=lambda c: (-c.score, c.mentions[0].i))
    candidates = []
    for concept in concepts[:_SHORTLIST]:
        mention, phrase = _best_phrase(concept, table, counts)
        bare = len(_words(phrase)) == 1
        candidates.append((concept.score * (_BARE_NOUN if bare else 1.0), mention.i, concept, mention, phrase))
    issues: list[Issue] = []
    seen: set[str] = set()
    named: set[str] = set()
    for score, _, concept, mention, phrase in sorted(candidates, key=lambda c: (-c[0], c[1])):
        key = issue_key(phrase, table)
        if key in seen or concept.lemma in named:
            continue  # the same issue again, or a part of one already named
        seen.add(key)
        named.update(t.lemma_.lower() for t in phrase)
        issues.append(Issue(label=_label(phrase), evidence=_evidence(doc, concept, mention, starts), key=key,
                            score=round(score, 3)))
        if len(issues) == MAX_ISSUES:
            break
    return issues
