"""A country that acts is its forces: "Freedonia's army took the pass on Monday" (actor "Freedonia") and
"Freedonian troops captured the pass on Monday" (actor "Freedonian forces") tell one act.

The mention finder names the first by the country and the second by its forces.  When the corpus names
the forces of exactly one adjective of that country ("Freedonian forces", "Freedonian armed forces"), the
country as the actor of a military act (a capture, a push, a strike, a withdrawal) becomes those forces;
a country that votes, signs or meets stays the state.
"""

from __future__ import annotations

from timeline._events._doc import DocMentions
from timeline._events._spellings import _COUNTRIES

__all__ = ["country_forces"]

#: Acts a country performs through its forces.
_MILITARY = frozenset({"capture", "offensive", "attack", "airstrike", "advance", "withdrawal", "encirclement",
                       "fighting", "invasion", "battle", "defeat", "surrender"})
_FORCE_HEADS = ("forces", "armed forces", "army", "troops", "military", "security forces", "government forces")


#: Adjectives the stem rule cannot find ("French" is not "France" plus an ending).
_IRREGULAR = {"France": "French", "Germany": "German", "Turkey": "Turkish", "Netherlands": "Dutch",
              "United Kingdom": "British", "Britain": "British", "Switzerland": "Swiss", "Greece": "Greek",
              "Spain": "Spanish", "Poland": "Polish", "Sweden": "Swedish", "Denmark": "Danish",
              "Finland": "Finnish", "Ireland": "Irish", "Thailand": "Thai", "Yemen": "Yemeni", "Israel": "Israeli",
              "Pakistan": "Pakistani", "Afghanistan": "Afghan", "Philippines": "Filipino", "Peru": "Peruvian"}


def _adjective_of(country: str, word: str) -> bool:
    """"Azerbaijani" of Azerbaijan, "Ukrainian" of Ukraine, "Syrian" of Syria, "Iraqi" of Iraq,
    "French" of France (irregular ones from a table)."""
    if country in _IRREGULAR:
        return word == _IRREGULAR[country]
    stem = country[:-1] if country.endswith(("e", "a")) and len(country) > 5 else country
    return word != country and word.startswith(stem) and len(word) - len(stem) <= 3 and word[len(stem):].isalpha()


def country_forces(dms: list[DocMentions]) -> None:
    """Rename, in place, a country acting a military act to its forces, where the corpus names exactly
    one such force of it (see the module's docstring)."""
    countries = _COUNTRIES | {p.name for dm in dms for p in dm.places if p.place_kind == "country"}
    acting = {a for dm in dms for mn in dm.mentions if mn.type in _MILITARY for a in mn.actors if a in countries}
    if not acting:
        return
    actors = sorted({a for dm in dms for mn in dm.mentions for a in mn.actors})
    forces: dict[str, str] = {}
    for c in sorted(acting):
        # ("Nigerian" is of Nigeria, not of Niger: the longest country the adjective fits owns it)
        found = [a for a in actors
                 if " " in a and a.split(" ", 1)[1].lower() in _FORCE_HEADS and _adjective_of(c, a.split(" ", 1)[0])
                 and not any(len(o) > len(c) and _adjective_of(o, a.split(" ", 1)[0]) for o in countries)]
        if len(found) == 1:
            forces[c] = found[0]
    if not forces:
        return
    for dm in dms:
        for mn in dm.mentions:
            if mn.type in _MILITARY and any(a in forces for a in mn.actors):
                mn.actors = list(dict.fromkeys(forces.get(a, a) for a in mn.actors))
