"""One place spelt two ways across a corpus: transliterations ("Severodonetsk" / "Sievierodonetsk",
"Kharkiv" / "Kharkov"), never two places ("Slovakia" / "Slovenia", "Austria" / "Australia",
"Pokrovsk" / "Pokrovske")."""

from __future__ import annotations

import functools
import re

from timeline._events._aliases import AliasTable, load_table, packaged_table

__all__ = ["transliterations", "vowel_variants"]


def _edits(a: str, b: str, most: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``most + 1`` once it exceeds ``most``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > most:
            return most + 1
        prev = cur
    return prev[-1]


#: Countries of 7+ letters that differ from another country or place by a letter or two (Slovakia /
#: Slovenia, Austria / Australia): never one place spelt two ways, whatever the gazetteer holds.
_COUNTRIES = frozenset({
    "Afghanistan", "Albania", "Algeria", "Andorra", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
    "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Bolivia", "Botswana", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Colombia", "Comoros", "Croatia", "Denmark", "Djibouti",
    "Dominica", "Dominican Republic", "Ecuador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Finland", "Germany",
    "Georgia", "Grenada", "Guatemala", "Guinea-Bissau", "Honduras", "Hungary", "Iceland", "Indonesia", "Ireland",
    "Jamaica", "Kazakhstan", "Kiribati", "Kyrgyzstan", "Lebanon", "Lesotho", "Liberia", "Lithuania", "Luxembourg",
    "Macedonia", "Madagascar", "Malaysia", "Maldives", "Mauritania", "Mauritius", "Mongolia", "Montenegro",
    "Morocco", "Mozambique", "Myanmar", "Namibia", "Nicaragua", "Nigeria", "Pakistan", "Palestine", "Paraguay",
    "Portugal", "Romania", "Senegal", "Serbia", "Slovakia", "Slovenia", "Somalia", "Somaliland", "Tajikistan",
    "Tanzania", "Thailand", "Tunisia", "Turkmenistan", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam",
    "Zambia", "Zimbabwe", "Gambia", "Ukraine", "Moldova", "Philippines", "Libya", "Syria",
    "Cyprus", "Israel", "Jordan", "Kuwait", "Qatar", "Yemen", "Sudan", "South Sudan", "Chad", "Niger", "Mali",
})
_TRANSLIT = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ts", "c"), ("tz", "c"))
_VOWELS = re.compile(r"[aeiouy]+")


def _skeleton(name: str) -> str:
    """The name with what transliterations vary on folded away: apostrophes, spaces and hyphens ("Tal
    Abyad" / "Talabyad"), kh/h, sh/s, ts/c, dzh/j, doubled letters, any run of vowels (y included:
    i/ie/y/ye/yi/iy) as one vowel, and a silent final h after a vowel ("Hamah" / "Hama")."""
    s = re.sub(r"['\u2019\u02bc`\s-]", "", name.lower())
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = re.sub(r"(\w)\1+", r"\1", s)
    return re.sub(r"(?<=a)h$", "", _VOWELS.sub("a", s))


def _consonants(name: str) -> str:
    s = re.sub(r"[^a-z]", "", name.lower())
    return re.sub(r"(?<=[aeiouy])h$", "", s).translate(str.maketrans("", "", "aeiouy"))


def vowel_variants(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name written with other vowels only ("Mukalla" / "Mokalla",
    "Hudaydah" / "Hodeidah"): the same consonants, letter for letter, in the same order.  One article
    may write a place both ways (quoting two sources); two places one article names are never this
    close (a letter more or a consonant apart: "Pokrovsk" / "Pokrovske" is told by
    :func:`transliterations`)."""
    return a != b and _consonants(a) == _consonants(b) and len(_consonants(a)) >= 3


def _known_places() -> dict[str, str]:
    """Every spelling the gazetteer or the country list knows -> the place it names."""
    try:
        table = load_table()
    except ValueError:
        table = packaged_table()
    return _places_of(table)


@functools.lru_cache(maxsize=4)
def _places_of(table: AliasTable) -> dict[str, str]:
    out = {c: c for c in _COUNTRIES}
    for e in table.entries:
        if e.kind == "place":
            for a in (e.name, *e.aliases):
                out.setdefault(a, e.name)
    return out


def transliterations(a: str, b: str, known: dict[str, str] | None = None) -> bool:
    """Whether ``a`` and ``b`` may be one place spelt two ways: the same consonants in the same order
    once transliteration variants are folded (:func:`_skeleton`), at most three
    edits apart, and not two places the gazetteer or the country list tells apart.  "Pokrovsk" /
    "Pokrovske" differ by a final vowel, which names another town: not the same."""
    if a == b:
        return True
    if _skeleton(a) != _skeleton(b) or _edits(a.lower(), b.lower(), 3) > 3:
        return False
    return not (known is not None and a in known and b in known and known[a] != known[b])
