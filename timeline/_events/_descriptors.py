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

Two candidates, and the mention keeps what it had.

A verb whose object is the descriptor ("the rebels abandoned the town", "slipped out of the town", "took over
the town's police station") is at the dispatch's own town when its body names it too or no other place
(never a capital: "KYIV - ..."), else at the one town its body names (a destination, "towards Ostra", left
out); a site of the town keeps its landmark ("<town> police station", see :mod:`._landmarks`).

The place becomes the mention's target and place: its own phrase says where it happened, more surely than a
name further off in its sentence.
"""

from __future__ import annotations

import functools
import re

from timeline._events._aliases import load_table, packaged_table
from timeline._events._corpus_names import dateline_place
from timeline._events._landmarks import canonical_places, landmarks_of
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
#: a verb's own object: "the rebels abandoned the town on Saturday", "slipped out of the city overnight"
_OBJECT = re.compile(r"\s+(?:out\s+of\s+|back\s+)?the\s+(?:[a-z][\w-]*\s+)?" + _HEAD + r"(?=\s*[,.;:]|\s+(?:on|in|at|"
                     r"after|before|and|overnight|yesterday|early|late|last|this|earlier|to|towards?|under|with)\b)")
#: a site of the town: "took over the town's police station" (the landmark's town is the article's)
_SITE_OF = re.compile(r"\s+(?:over\s+|back\s+)?the\s+" + _HEAD + r"['\u2019]s\s")
# looked for in the 24 characters before a name only: from the text's start it made the pass quadratic
_TOWARD = re.compile(r"\b(?:towards?|to)\s+$")
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


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The capitals of the alias table (each under every name the table gives it)."""
    try:
        table = load_table()
    except ValueError:
        table = packaged_table()
    return frozenset(table.capital.values())


def _doc_place(dm: DocMentions, known: dict[str, str], towns: set[str], line_too: bool = False
               ) -> tuple[str | None, bool]:
    """The one town (see :func:`_towns`) the article writes, leaving out its dateline's (where the reporter
    files from); and whether it writes any.  With ``line_too``, the dateline's town when the article's
    body names it too or names no other town ("VORNA - ... slipped out of the town"; never a capital, where
    the wires file from), else the one town the body names."""
    line = _skeleton(dateline_place(dm) or "-")
    if line_too:
        # every place the body names (a town or not: "the Bakhmut battle"), but a destination ("withdrew
        # towards Ostra") and the countries
        body = {known[k] for k in (_skeleton(re.sub(r"['\u2019]s$", "", m.group(0))) for m in _NAME.finditer(dm.text)
                                   if m.start() > 0 and _TOWARD.search(dm.text, max(0, m.start() - 24), m.start()) is None)
                if k in known} - _COUNTRIES - _WORLD - {p.name for p in dm.places if p.place_kind == "country"}
        town = known.get(line)
        if town is not None and town in towns and town not in _capitals() and (town in body or not body):
            return town, True
        one = next(iter(body)) if len(body) == 1 else None
        return (one if one in towns else None), bool(body)
    own = {known[_skeleton(n)] for n in _NAME.findall(dm.text) if _skeleton(n) in known and _skeleton(n) != line}
    own &= towns
    return (own.pop() if len(own) == 1 else None), bool(own)


def _descriptor(dm: DocMentions, mn: Mention) -> tuple[str, bool | str] | None:
    """The descriptor's head noun, and whether a country owns it ("Kelmar's main port"); the owner is
    "object" for a verb's object ("abandoned the town")."""
    m = _OWN.match(dm.text, mn.end, mn.sent.end)
    if m is not None:
        return m.group("head"), m.group("poss") is not None
    m = _OBJECT.match(dm.text, mn.end, mn.sent.end) if not mn.nominal else None
    if m is None and _SITE_OF.match(dm.text, mn.end, mn.sent.end) is not None and landmarks_of(dm, mn):
        return "town", "site"
    return (m.group("head"), "object") if m is not None else None


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
    whole: dict[str, tuple[str | None, bool]] = {}  # the same, its dateline's town counted
    for dm, mn, (head, owned) in found:
        if owned in ("object", "site"):
            # "the rebels abandoned the town": the dispatch's own town (filed from the town it tells of),
            # else the one town the article names; two, and the verb keeps what it had
            if dm.doc not in whole:
                whole[dm.doc] = _doc_place(dm, known, towns, line_too=True)
            town = whole[dm.doc][0]
            if town is not None and owned == "site":
                # "<town> <landmark>" (see _landmarks), the landmark kept
                mn.targets = list(dict.fromkeys(f"{town} {noun}" for noun, _, _ in landmarks_of(dm, mn)))
            elif town is not None:
                mn.targets = [town]
                mn.places = [town, *(p for p in mn.places if p != town and p in countries)]
            continue
        if dm.doc not in per_doc:
            per_doc[dm.doc] = _doc_place(dm, known, towns)
        place, names_one = per_doc[dm.doc]
        if (owned or (place is None and not names_one)) and len(intro.get(head, ())) == 1:
            place = next(iter(intro[head]))
        if place is not None:
            mn.targets = [place]
            mn.places = [place, *(p for p in mn.places if p != place and p in countries)]
