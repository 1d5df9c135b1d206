"""Concepts: the noun lemmas an article's issues grow from, with their mentions, phrases and weights.

Each mention of a concept carries its phrase from the parse (possessor, adjectives, compounds
and one prepositional complement); concepts are weighted by how often and how early the article
discusses them, and a concept whose every mention sits inside another's phrase folds into it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.attrs import POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ..model import Offsets
from .actors import ActorTable
from .geo import currency_nouns, names_a_national
from .issuefolding import COMPLEMENT_INFO, fold_attributes, fold_contained, merge_derived
from .issuelabels import FRAME_NOUNS, GENERAL_NOUNS, RELATIONAL_ENDINGS, hyphenated, is_event_noun, names_no_issue
from .nlp import hyphen_word, is_verb_form, lower_counts
from .roles import TITLE_NOUNS, is_honorific
from .wordweights import COMPARING, adverb_gap, is_agent_noun, is_evaluative, word_informativeness

MAX_LABEL_WORDS = 8
_LEFT_DEPS = {"amod", "compound", "nmod", "poss", "case", "npadvmod", "punct", "hyph"}
"""Left dependents kept in a label: the words that narrow the head noun."""
COMPLEMENT_PREPS = {"of", "on", "over", "between", "against", "with", "to", "for", "from", "in", "about"}
_PATIENT_PREPS = frozenset({"on", "against"})
"""Prepositions whose object is what the head is done to ("crackdown on protesters", "violence
against women"), as "of" is after an event noun ("arrest of teenagers"): people are kept there."""
_MODIFIER_SHARE = 0.5
"""Share of a compound or adjective's informativeness a mention adds ("automation plan")."""
_MEASURES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
"""Entity types of times and amounts: they date or size an issue, they never name it."""
_MAGNITUDES = frozenset({"m", "bn", "b", "k", "mn", "tn", "trn"})
"""What a figure is counted in when written against it ("50m", "1.5bn")."""
_AMOUNT_RE = re.compile(r"[\d.,]+(?:" + "|".join(sorted(_MAGNITUDES, key=len, reverse=True)) + ")", re.I)
_PLACES = frozenset({"GPE", "LOC", "FAC"})
"""Entity types of places, which a complement may name though no actor stands for them."""
_PATIENT = 1.2
_AGENT = 0.6
_PREDICATE = 0.5
"""Mention factors for the object (or passive subject), the active subject of a verb and a predicate noun."""
_ANAPHORIC = {"this", "these", "that", "those", "such", "both"}
_ACTOR_ANCHOR = 1.5
"""Mention factor for a phrase anchored to an actor ("US-Japan alliance", "China's import ban")."""
_QUOTED = 1.5
"""Mention factor inside a quote: what the actors speak about."""
WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-']*")


def _after_figure(tok: Token) -> bool:
    """Whether ``tok`` is written against a figure, one word with it ("3G", "50m", "4x100m")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and not before.whitespace_ and (before.like_num or any(c.isdigit() for c in before.text))


def _amount(tok: Token) -> bool:
    """A figure with its magnitude: "1.5bn", or "50" written against "m"."""
    if _AMOUNT_RE.fullmatch(tok.text):
        return True
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.like_num and following is not None and _after_figure(following) and following.lower_ in _MAGNITUDES


def _unit_of_amount(tok: Token) -> bool:
    """What an amount is counted in ("1.5bn euros", "50m barrels", "14.5 per cent", "a 7.4bn Australian
    dollar bid"), not a thing priced by one ("a £1.3bn offer", "$5bn bonds")."""
    if tok.lower_ in {"cent", "percent"} and tok.i > 0:
        before = tok.doc[tok.i - 1]
        return before.lower_ == "per" or before.like_num
    if tok.tag_ != "NNS" and tok.lemma_.lower() not in currency_nouns():
        return False
    figure = next((c for c in tok.lefts if c.dep_ in {"nummod", "amod", "compound"} and _amount(c)), None)
    if figure is None and tok.i >= 2 and _amount(tok.doc[tok.i - 2]):
        figure = tok.doc[tok.i - 2]  # "50" of "50m euros"
    return figure is not None and not (figure.i > 0 and figure.doc[figure.i - 1].is_currency)


def _drops_out(tok: Token) -> bool:
    """A modifier a label leaves out: determiners, amounts, dates and evaluative or participial adjectives."""
    if tok.is_currency or (_after_figure(tok) and tok.lower_ in _MAGNITUDES):
        return True  # the "£" of "£2bn", the "m" of "50m euros": what is left of an amount
    if hyphenated(tok):
        return _in_measure(tok)
    if (tok.pos_ in {"DET", "PRON"} and tok.dep_ != "case") or tok.ent_type_ in _MEASURES:
        return True
    if tok.dep_ in {"compound", "nmod", "npadvmod"} and any(c.dep_ == "nummod" for c in tok.children):
        return True  # a unit with its number: "13,000 hectare farm", "190 km southwest"
    if tok.ent_type_ or tok.dep_ not in {"amod", "advmod"}:
        return False
    return (
        tok.tag_ in {"JJR", "JJS", "VBN", "RBR", "RBS"}
        or tok.dep_ == "advmod"
        or tok.lower_ in COMPARING  # "similar problems", however often the article says "similar"
        or (tok.pos_ in {"ADJ", "VERB"} and is_evaluative(tok.lower_) and not _topical(tok))
    )


_TOPICAL_GAP = 0.6
"""How much rarer than a repeated relational adjective its adverb must be for it to name a matter."""


def _topical(adjective: Token) -> bool:
    """A relational adjective the article uses again ("unnatural sexual acts", "sexual abuse") whose
    adverb, though common ("sexually"), is clearly rarer than itself: it says which matter; one whose
    adverb is as common ("basic", "final") grades or picks out."""
    word = adjective.lower_
    return (
        word.endswith(RELATIONAL_ENDINGS)
        and adverb_gap(word) >= _TOPICAL_GAP
        and lower_counts(adjective.doc).get(adjective.lower, 0) > 1
    )


_SPANS = frozenset({"term", "year", "month", "week", "day", "decade", "century", "hour", "minute", "time"})
"""Time nouns that make a hyphenated word a duration or age ("long-term", "year-old")."""


def _in_measure(tok: Token) -> bool:
    """Part of a hyphenated amount, age or duration ("15-year-old", "12.5-percent", "short-term",
    "multi-bn-euro"):
    it sizes or dates an issue, never names it."""
    doc = tok.doc
    i = tok.i
    while i > 0 and (doc[i].text == "-" or doc[i - 1].text == "-") and not doc[i - 1].whitespace_:
        i -= 1
    j = tok.i
    while j + 1 < len(doc) and (doc[j].text == "-" or doc[j + 1].text == "-") and not doc[j].whitespace_:
        j += 1
    group = doc[i : j + 1]
    words = {t.lemma_.lower() for t in group}
    money = bool(words & _MAGNITUDES and words & currency_nouns())  # "multi-bn-euro", not "K-V" or "Euro-Atlantic"
    return doc[i].like_num or bool(words & _SPANS) or money or any(_amount(t) for t in group)


_PREPOSITION_NOUNS = frozenset({"thanks"})
"""Nouns that open a complex preposition themselves ("thanks to"): they link, they name no concept."""
_IDIOM_PREPS = frozenset({"in", "with", "by", "on", "at", "under"})
"""Prepositions that open a complex preposition: "in relation to", "with regard to", "under the guise of"."""
# fmt: off
_IDIOM_NOUNS = frozenset({
    "guise", "pretext", "centre", "center", "heart", "wake", "eve", "face", "hands", "behalf", "light",
    "absence", "course", "forefront", "middle", "height", "expense", "auspices", "brink", "verge"
})
# fmt: on
"""Nouns that make a complex preposition with "the" ("at the centre of", "in the wake of")."""


def _complex_preposition(tok: Token) -> bool:
    """A noun inside a complex preposition ("in relation to China", "in response to", "by means of",
    "under the guise of"): it links, it names no concept."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _IDIOM_PREPS or tok.tag_ != "NN":
        return False
    lefts = [c.lower_ for c in tok.lefts]
    bare = not lefts or (lefts == ["the"] and tok.lemma_.lower() in _IDIOM_NOUNS)
    return bare and any(c.dep_ == "prep" and c.lower_ in {"to", "of", "with"} for c in tok.rights)


@dataclass
class Concept:
    lemma: str
    mentions: list[Token] = field(default_factory=list)
    """Nouns heading this concept's own phrases: the label candidates."""
    phrases: list[list[Token]] = field(default_factory=list)
    folded: list[Token] = field(default_factory=list)
    """Mentions of concepts folded into this one: more evidence, never the label."""
    score: float = 0.0
    weights: dict[int, float] = field(default_factory=dict)
    """Each mention's weight, by token index (folded mentions too)."""

    def absorb(self, other: Concept, *, as_label: bool) -> None:
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


def narrowing_tokens(tok: Token) -> list[Token]:
    """``tok`` and its dependents, leaving out determiners, conjuncts and evaluative adjectives."""
    if _drops_out(tok):
        return []
    kept = [tok]
    for child in tok.children:
        if _in_one_name(child, tok):
            kept.extend(child.subtree)  # "of England" of "the Bank of England's hand"
        elif child.dep_ not in {"cc", "conj", "appos", "relcl", "acl", "prep", "det"} and not _other_name(child, tok):
            kept.extend(narrowing_tokens(child))
    return kept


def _in_one_name(child: Token, tok: Token) -> bool:
    """A prepositional phrase inside the name ``tok`` begins ("Bank of England")."""
    return (
        child.dep_ == "prep"
        and child.i > tok.i
        and bool(tok.ent_type_)
        and all(t.ent_iob_ == "I" and t.ent_type_ == tok.ent_type_ for t in child.subtree if t.text != "'s")
    )


def _other_name(child: Token, tok: Token) -> bool:
    """A name run into the name that begins ``tok``'s: two phrases the parser joined ("told BBC News
    US policy ...": "BBC News" is who was told, not which policy); a hyphen joins them ("US-Japan")."""
    return child.i < tok.i and bool(child.ent_type_) and tok.ent_iob_ == "B" and not hyphenated(child)


def concept_phrase(head: Token, table: ActorTable, people: set[str], budget: int = MAX_LABEL_WORDS) -> list[Token]:
    """The head noun with the words that narrow it and one prepositional complement, in text order.

    Left modifiers (possessor, classifying adjectives, compounds) and the number of a name ("Rover
    25") always come; a complement
    ("on Japanese seafood imports") comes when its object is an organisation, a place or an
    informative noun (not "in areas", "on a level", nor people: "for older workers", unless they
    undergo what the head names: "arrest of several teenagers", "crackdown on protesters in
    Tiananmen Square"), and only
    while the phrase stays within ``budget`` words.
    """
    kept = [head]
    for child in head.lefts:
        if (
            child.dep_ in _LEFT_DEPS
            and not _across_gap(child, head)
            and not _listed(child)
            and not _run_in(child, head)
            and not _national_possessor(child)
        ):
            kept.extend(_without_title(child, narrowing_tokens(child)))
    kept += [c for c in head.rights if c.dep_ == "nummod" and head.pos_ == "PROPN" and c.i == head.i + 1]  # "Rover 25"
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS:
            patient = child.lower_ in _PATIENT_PREPS or (child.lower_ == "of" and is_event_noun(head.lemma_.lower()))
            objs = [
                c
                for c in child.children
                if c.dep_ == "pobj"
                and c.pos_ in {"NOUN", "PROPN"}
                and c.ent_type_ not in _MEASURES
                and (patient or c.lemma_.lower() not in people)
                and _complement_object(c, table)
                and not _complex_preposition(c)
                and not _unit_of_amount(c)  # "debts of 14bn euros": not "Debts of euros"
            ]
            if objs:
                rest = budget - len(label_words(kept)) - 1
                complement = concept_phrase(objs[0], table, people, rest) if rest > 0 else []
                if child.lower_ == "between" and complement:  # both sides: "gap between US exports and imports"
                    complement += [t for c in objs[0].children if c.dep_ in {"cc", "conj"} for t in c.subtree]
                if complement and len(label_words(complement)) <= rest:
                    kept.extend([child, *complement])
            break
    return sorted(set(kept), key=lambda t: t.i)


def _national_possessor(modifier: Token) -> bool:
    """Whether a possessor is someone named by nationality ("the Swede's unbeaten record", "the Briton's
    quarter-final defeat"), which says whose, not which: "China's ban" keeps its country."""
    return modifier.dep_ == "poss" and names_a_national(modifier.text)


def _run_in(modifier: Token, head: Token) -> bool:
    """Whether a common noun modifying ``head`` stands before a name modifying it too, an order English names do
    not take ("UK retail banking", not "committee UK retail banking"): the parse ran a verb's object into the
    next clause's subject ("told the committee UK retail banking was competitive")."""
    return (
        modifier.pos_ == "NOUN"
        and modifier.is_lower
        and modifier.dep_ == "compound"
        and any(
            t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod") and t.head.i == head.i
            for t in modifier.doc[modifier.i + 1 : head.i]
        )
    )


def _listed(modifier: Token) -> bool:
    """Whether a modifier heads a list of three or more the head noun shares ("lung, colon, rectum ... cancers"),
    of which a label would keep the first and the last ("Lung stomach cancers")."""
    return any(c.dep_ == "conj" and any(g.dep_ == "conj" for g in c.children) for c in modifier.children)


def _without_title(possessor: Token, tokens: list[Token]) -> list[Token]:
    """A person's name as possessor without the description before it: "Hayao Miyazaki's film", not
    "Oscar-winning director Hayao Miyazaki's film" (the name runs back over the person's words, initials
    and forms of address: "Sir Cameron Mackintosh", "JJ Johnson")."""
    if possessor.dep_ != "poss" or possessor.ent_type_ != "PERSON":
        return tokens
    start = min((t.i for t in hyphen_word(possessor)), default=possessor.i)  # "Simpson-Daniel"
    while start > 0 and _in_name(possessor.doc[start - 1]):
        start -= 1
    return [t for t in tokens if t.i >= start]


def _in_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or tok.is_upper or is_honorific(tok))


def _across_gap(child: Token, head: Token) -> bool:
    """A left modifier parted from its head by a gap in the text (a dash or line break blanked to
    spaces): two phrases the parser ran together ("the Venezuelan economy - trample all over")."""
    return any(t.is_space for t in head.doc[child.i + 1 : head.i])


def _is_actor(tok: Token, table: ActorTable) -> bool:
    return table.at(tok.idx, tok.idx + len(tok.text)) is not None


def _complement_object(tok: Token, table: ActorTable) -> bool:
    """A prepositional object worth a label: an organisation or place, or an informative noun, never a person."""
    actor = table.at(tok.idx, tok.idx + len(tok.text))
    if actor is not None:
        return actor.kind != "person"
    if tok.ent_type_ in _PLACES:
        return True  # "protesters in Tiananmen Square"
    return tok.ent_type_ != "PERSON" and word_informativeness(tok.lemma_.lower()) >= COMPLEMENT_INFO


def label_text(tokens: list[Token]) -> str:
    kept = [
        t for t in tokens if not (t.is_punct or t.is_space) or (t.text == "-" and hyphenated(t)) or t.tag_ == "POS"
    ]  # the apostrophe of "voters' trust" is the possessive, not punctuation
    # A word written against a figure keeps it ("3G phones", not "G phones"), and a hyphenated word is
    # never cut ("higher-than-expected levels", not "higher- levels"; "semi-final", not "-final").
    kept = sorted(
        {*kept, *(t.doc[t.i - 1] for t in kept if _after_figure(t)), *(w for t in kept for w in hyphen_word(t))},
        key=lambda t: t.i,
    )
    text = "".join(t.text + (t.whitespace_ if n.i == t.i + 1 else " ") for t, n in pairwise(kept))
    text = (text + kept[-1].text).strip() if kept else ""
    text = re.sub(r"\s+", " ", text).replace("’", "'")
    return text[:1].upper() + text[1:]


def label_words(tokens: Iterable[Token]) -> list[str]:
    return [t.lower_ for t in tokens if WORD_RE.fullmatch(t.text) and t.dep_ != "case"]


def _is_concept_head(tok: Token, table: ActorTable) -> bool:
    """A common noun heading its own phrase, not part of an actor's name or description."""
    if tok.pos_ != "NOUN" or tok.is_stop or not WORD_RE.fullmatch(tok.text) or len(tok.text) < 3:
        return False
    if tok.dep_ == "compound" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} | _MEASURES:
        return False
    if tok.lemma_.lower() in TITLE_NOUNS:
        return False  # an office is who acts: "chief executive", "Welsh secretary", "an empty chair"
    if _unit_of_amount(tok):
        return False
    if hyphenated(tok) or _complex_preposition(tok):
        return False
    if any(t.dep_ == "appos" for t in (tok, *tok.ancestors)) and not _matter_in_apposition(tok):
        return False
    if tok.lower_ in _PREPOSITION_NOUNS and any(c.lower_ == "to" for c in tok.rights):
        return False  # "thanks to Xaba"
    if is_verb_form(tok):
        return False  # a verb the tagger took for a noun: "as the Bank of England reacts to growth"
    return not _is_actor(tok, table)


_MATTER_FRAMES = FRAME_NOUNS - GENERAL_NOUNS
"""Frames that name a matter of their own ("row", "crisis", "policy"), not a general noun ("concern")."""


def _matter_in_apposition(tok: Token) -> bool:
    """A matter the parse set beside a noun for a person as if it described them ("the minister at
    the centre of the doping row"): a row, a crisis or a policy describes nobody."""
    return (
        tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() in _MATTER_FRAMES
    )


def _support_noun(tok: Token, phrase: list[Token]) -> bool:
    """A bare noun that only frames its "of" complement: "the importance of ...", "a series of ...";
    not an event done to it ("production of the Rover 25")."""
    return (
        len(phrase) == 1
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
        and not is_event_noun(tok.lemma_.lower())
    )


def _names_entity(tok: Token, table: ActorTable) -> bool:
    return tok.ent_type_ in {"PERSON", "ORG"} or (tok.pos_ == "PROPN" and _is_actor(tok, table))


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
        if any(c.ent_type_ == "PERSON" or (c.tag_ == "PRP" and c.lower_ != "it") for c in subjects):
            return True
    return is_agent_noun(tok.lemma_.lower())


def _anchored(tok: Token, table: ActorTable) -> bool:
    """Whether an actor narrows the noun: "US-Japan alliance", "China's import ban", "Japanese seafood"."""
    return any(c.dep_ in _LEFT_DEPS and (_is_actor(c, table) or c.ent_type_ in {"NORP", "GPE"}) for c in tok.lefts)


_TELLING = frozenset({"tell", "speak", "talk", "say", "write"})


def _addressed(tok: Token) -> bool:
    """Whom or where someone speaks: "told BBC Radio 4's Today programme", "speaking on NTV television"."""
    if tok.dep_ in {"dobj", "dative"}:
        return tok.head.lemma_.lower() == "tell"
    return tok.dep_ == "pobj" and tok.head.lower_ in {"on", "to"} and tok.head.head.lemma_.lower() in _TELLING


def denied(tok: Token) -> bool:
    """Said under a negated predicate: "could not comment on individual cases", "never lacked decorum"."""
    verb = next((t for t in tok.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _mention_weight(tok: Token, sent_index: int, title_words: set[str], table: ActorTable, quoted: bool) -> float:
    """Weight of one mention: informativeness, lead position, events around it, actors anchoring it."""
    narrowing = [
        word_informativeness(c.lower_)
        for c in tok.lefts
        if c.dep_ in {"compound", "amod"} and not c.ent_type_ and not _drops_out(c)
    ]
    weight = word_informativeness(tok.lemma_.lower()) + _MODIFIER_SHARE * max(narrowing, default=0.0)
    dets = {c.lower_ for c in tok.lefts if c.dep_ in {"det", "predet"}}
    if dets & _ANAPHORIC or ("the" in dets and any(c.dep_ == "nummod" for c in tok.lefts)):
        weight *= 0.3
    if (tok.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in tok.head.children)) or _addressed(tok):
        weight *= 0.3  # the subject of a reporting verb is a source, whom or where it speaks a medium
    weight *= 1.0 + 1.0 / (1 + sent_index)
    if tok.lower_ in title_words or tok.lemma_.lower() in title_words:
        weight *= 1.5
    if tok.head.pos_ == "VERB" and tok.dep_ in {"dobj", "nsubjpass"}:
        weight *= _PATIENT  # what an event acts on is what the article is about
    elif tok.head.pos_ == "VERB" and tok.dep_ == "nsubj":
        weight *= _AGENT  # who acts is usually an actor described, not a topic
    elif tok.dep_ == "attr":
        weight *= _PREDICATE  # "this is positive news": what something is called, not what it is about
    if _anchored(tok, table):
        weight *= _ACTOR_ANCHOR
    if quoted:
        weight *= _QUOTED  # what the actors speak about
    return weight


def tokens_in(doc: Doc, spans: Iterable[Offsets | None]) -> set[int]:
    """Indices of the tokens inside the given character spans."""
    found: set[int] = set()
    for bounds in spans:
        if bounds:
            span = doc.char_span(*bounds, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
    return found


def _actor_lemmas(nouns: list[Token], table: ActorTable, speakers: set[int]) -> set[str]:
    """Lemmas of the nouns used for people: bodies and people ("banks", "officials") once so used, any
    other noun at least as often as for anything else, as one odd parse ("the bid said ...") does not
    make a matter a speaker."""
    people: dict[str, int] = {}
    others: dict[str, int] = {}
    for tok in nouns:
        tally = people if _describes_actor(tok, table, speakers) else others
        tally[tok.lemma_.lower()] = tally.get(tok.lemma_.lower(), 0) + 1
    return {lemma for lemma, n in people.items() if n >= others.get(lemma, 0) or names_no_issue(lemma)}


def find_concepts(
    doc: Doc, table: ActorTable, title_words: set[str], starts: list[int], speakers: set[int], said: set[int]
) -> list[Concept]:
    concepts: dict[str, Concept] = {}
    framing: set[str] = set()
    framed: set[str] = set()
    nouns = [doc[int(i)] for i in (doc.to_array(POS) == NOUN).nonzero()[0]]
    actorlike = _actor_lemmas(nouns, table, speakers)
    for tok in nouns:
        lemma = tok.lemma_.lower()
        if lemma in actorlike or not _is_concept_head(tok, table):
            continue
        concept = concepts.setdefault(lemma, Concept(lemma))
        concept.mentions.append(tok)
        concept.phrases.append(concept_phrase(tok, table, actorlike))
        if _support_noun(tok, concept.phrases[-1]):
            framing.add(lemma)
        else:
            framed.add(lemma)
        weight = _mention_weight(tok, bisect_right(starts, tok.i) - 1, title_words, table, tok.i in said)
        concept.score += weight
        concept.weights[tok.i] = weight
    for lemma in framing - framed:
        concepts.pop(lemma, None)
    merge_derived(concepts)
    live = [c for c in concepts.values() if c.mentions]
    fold_attributes(live)
    fold_contained(live)
    return [c for c in live if c.mentions]
