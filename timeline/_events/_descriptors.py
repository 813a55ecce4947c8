"""A place told by a descriptor: "the truce in the city", "the offensive on Kelmar's main port".

An article that names one town may go on to call it "the city" ("The ceasefire in the city, barely four
days old, ..."); another calls the port the corpus introduced as "the port of Barra" "the country's main
port".  A mention whose own phrase holds such a descriptor ("<trigger> in|on|for|at the city", "... of
Kelmar's lifeline port") is at that place:

- the one place the corpus introduces with that head noun ("the port of Barra", "the port city of Barra",
  "the besieged town of Qala"), when exactly one is and a country owns the descriptor ("Kelmar's main
  port": one of a kind), or the article names no town; else
- the one town of the corpus (a dispatch's dateline, a place introduced as a town, a town of the gazetteer,
  an event's target; never a country) that the article names, leaving out its own dateline's (where the
  reporter files from).

Two candidates, and the mention keeps what it had.  The place becomes the mention's target and place:
its own phrase says where it happened, more surely than a name further off in its sentence.
"""

from __future__ import annotations

import re

from timeline._events._corpus_names import dateline_place
from timeline._events._landmarks import canonical_places
from timeline._events._mentions import DocMentions, Mention
from timeline._events._spellings import _COUNTRIES, _skeleton

__all__ = ["place_descriptors"]

#: The world's states (a country named in an article is never "the city" or "the port" it speaks of).
_WORLD = frozenset("""Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Britain Brunei Bulgaria
Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
Dominica Ecuador Egypt England Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana
Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy
Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya
Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova
Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
Scotland Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria
Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan
Vanuatu Venezuela Vietnam Wales Yemen Zambia Zimbabwe""".split()) | {  # noqa: SIM905 (a list of 160 words)
    "United States", "United Kingdom", "United Arab Emirates", "Saudi Arabia", "South Africa", "South Sudan",
    "South Korea", "North Korea", "New Zealand", "Sri Lanka", "Sierra Leone", "Costa Rica", "El Salvador",
    "Burkina Faso", "Central African Republic", "Ivory Coast", "Cape Verde", "East Timor", "North Macedonia"}

_HEADS = ("city", "town", "port", "district", "village")
_HEAD = r"(?P<head>" + "|".join(_HEADS) + r")"
#: "the truce in the city", "the offensive on the town", "the fighting for Kelmar's main port"
_OWN = re.compile(r"\s+(?:in|on|for|at|over|of|around|inside)\s+(?:the|(?P<poss>[A-Z][\w'-]*['\u2019]s))\s+"
                  r"(?:[a-z][\w-]*\s+){0,2}?" + _HEAD + r"\b(?!\s+of\b)(?!\s+[A-Z])(?!['\u2019]s)")
#: "the port of Barra", "the Houthi-held port city of Barra", "the besieged town of Qala"
_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?")
_INTRO = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?" + _HEAD + r"\s+of\s+([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)")


def _introduced(dms: list[DocMentions], known: dict[str, str]) -> dict[str, set[str]]:
    """Head noun -> the places of the corpus introduced with it, as the corpus names them."""
    out: dict[str, set[str]] = {}
    for dm in dms:
        for m in _INTRO.finditer(dm.text):
            name = known.get(_skeleton(m.group(2)))
            if name is not None and name not in _COUNTRIES:
                out.setdefault(m.group("head"), set()).add(name)
    return out


def _towns(dms: list[DocMentions], known: dict[str, str], intro: dict[str, set[str]]) -> set[str]:
    """The places the corpus shows to be towns: a dispatch's dateline, a place introduced as a town, city,
    port, district or village, a town or city of the gazetteer, the target of an event (never a country)."""
    out = set().union(*intro.values()) if intro else set()
    out |= {known.get(_skeleton(t), t) for dm in dms for mn in dm.mentions for t in mn.targets}
    for dm in dms:
        line = dateline_place(dm)
        if line is not None and _skeleton(line) in known:
            out.add(known[_skeleton(line)])
        out |= {known.get(_skeleton(p.name), p.name) for p in dm.places if p.place_kind in ("city", "town")}
    return out


def _doc_place(dm: DocMentions, known: dict[str, str], towns: set[str]) -> tuple[str | None, bool]:
    """The one town (see :func:`_towns`) the article writes, leaving out its dateline's (where the reporter
    files from); and whether it writes any."""
    line = _skeleton(dateline_place(dm) or "-")
    own = {known[_skeleton(n)] for n in _NAME.findall(dm.text) if _skeleton(n) in known and _skeleton(n) != line}
    own &= towns
    return (own.pop() if len(own) == 1 else None), bool(own)


def _descriptor(dm: DocMentions, mn: Mention) -> tuple[str, bool] | None:
    """The descriptor's head noun, and whether a country owns it ("Kelmar's main port")."""
    m = _OWN.match(dm.text, mn.end, mn.sent.end)
    return (m.group("head"), m.group("poss") is not None) if m is not None else None


def place_descriptors(dms: list[DocMentions]) -> None:
    """Give a mention whose phrase holds a place descriptor that place (in place; see the docstring)."""
    found = [(dm, mn, head) for dm in dms for mn in dm.mentions if mn.campaign is None
             for head in (_descriptor(dm, mn),) if head is not None]
    if not found:
        return
    countries = {p.name for dm in dms for p in dm.places if p.place_kind == "country"}
    known = canonical_places(dms)
    intro = _introduced(dms, known)
    towns = _towns(dms, known, intro) - countries - _COUNTRIES - _WORLD
    per_doc: dict[str, tuple[str | None, bool]] = {}  # the article's town, found once per article
    for dm, mn, (head, owned) in found:
        if dm.doc not in per_doc:
            per_doc[dm.doc] = _doc_place(dm, known, towns)
        place, names_one = per_doc[dm.doc]
        if (owned or (place is None and not names_one)) and len(intro.get(head, ())) == 1:
            place = next(iter(intro[head]))
        if place is not None:
            mn.targets = [place]
            mn.places = [place, *(p for p in mn.places if p != place and p in countries)]
