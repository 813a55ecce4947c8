"""A capitalised plural common noun opening a sentence is no name (session 11).

"Shells fell on Ganja", "Convoys were attacked", "Rockets struck a bus stop", "Connections were partly
restored": the capital is the sentence's, and the word is a plural common noun, not a place, an actor or
a target.  A word counts as such when it opens its sentence, is one word, is never written capitalised
elsewhere in the document (where a capital would mean a name), looks like an English plural (ends in -s,
but not -ss/-us/-is/-as/-os: "Homs", "Tunis" and "Lagos" are guarded by the gazetteer anyway) and names no
city or country of the offline GeoNames tables.
"""

from __future__ import annotations

from timeline._events._doc import DocMentions
from timeline._events._gazetteer import city_countries, country_code
from timeline._events._nouns import Name

__all__ = ["common_opener"]

_NOT_PLURAL = ("ss", "us", "is", "as", "os")


def common_opener(dm: DocMentions, n: Name) -> bool:
    """Whether name ``n`` is a plural common noun written with the capital of its sentence."""
    word = n.text
    if not n.opener or " " in word or "-" in word or word.isupper() or not word[:1].isupper():
        return False
    low = word.lower()
    if not low.endswith("s") or low.endswith(_NOT_PLURAL) or len(low) < 4 or not low[:-1].isalpha():
        return False
    if word in dm.solid_names():
        return False  # written capitalised mid-sentence too: a name ("Reuters", "Williams")
    return not city_countries(word) and country_code(word) is None
