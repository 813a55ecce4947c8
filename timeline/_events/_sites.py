"""A named site: a base, camp, prison or hill of the war, named before its head noun, that no gazetteer knows.

"Houthi fighters seized the al-Anad air base on Wednesday", "the rebels overran al-Anad air base north of
Aden" and "Houthi forces captured the al-Anad base" tell one capture, of one site; so do "Monday's strike
on the Mazraq camp for displaced people" and "An air strike hit a camp for displaced families near the
town of Haradh" in an article that names the Mazraq camp.  The site's name is the act's target, so the
tellings share it (and "north of Aden" is where the site lies, not what was overrun).

A *site* is a capitalised name (with its particles: "al-Anad", "Faj Attan", "Bab al-Hawa") before a
facility head noun ("air base", "camp", "prison", "hill", "nuclear plant"; :data:`HEADS`), that is no
town: a name the alias table or the GeoNames cities know as a town ("the Kandahar airfield", "Tabqa air
base") names the town the facility is in, and stays a landmark of the town (:mod:`._landmarks`); a name
the table knows as an actor or a country ("the Russian base", "a Taliban prison", "the US embassy")
owns the facility; a possessive ("Hadi's palace") names its owner.  An unnamed facility ("the base", "a
camp for displaced families") is the one site of that kind the article names, when it names one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline._events._aliases import packaged_table
from timeline._events._doc import DocMentions, Mention
from timeline._events._gazetteer import _countries, city_countries
from timeline._events._nouns import VERBISH, not_name
from timeline._events._rx import rx
from timeline._events._spellings import _skeleton

__all__ = ["HEADS", "SITE_TYPES", "Site", "doc_sites", "mark_sites", "object_site", "site_before", "site_at"]

#: Facility head nouns -> the kind of site they name (two names of one kind are one site: "air base", "base").
HEADS: dict[str, str] = {
    "air base": "base", "airbase": "base", "air force base": "base", "military base": "base", "army base": "base",
    "base": "base", "naval base": "naval base", "airfield": "airfield", "air field": "airfield",
    "airstrip": "airfield", "airport": "airport", "camp": "camp", "refugee camp": "camp",
    "prison": "prison", "jail": "prison", "gaol": "prison", "detention centre": "prison",
    "detention center": "prison", "detention facility": "prison", "penitentiary": "prison",
    "port": "port", "seaport": "port", "harbour": "port", "harbor": "port", "refinery": "refinery", "dam": "dam",
    "bridge": "bridge", "barracks": "barracks", "hill": "hill", "square": "square", "palace": "palace",
    "compound": "compound", "hospital": "hospital", "crossing": "crossing", "border crossing": "crossing",
    "nuclear plant": "plant", "power plant": "plant", "power station": "plant", "plant": "plant",
    "depot": "depot", "arms depot": "depot", "checkpoint": "checkpoint", "oilfield": "oilfield",
    "oil field": "oilfield", "gas field": "gasfield", "fortress": "fortress", "citadel": "citadel",
    "castle": "castle", "stadium": "stadium", "mosque": "mosque", "garrison": "garrison", "outpost": "outpost",
}
#: Event types that take a site (a site taken is no town's taking)
_TAKEN = frozenset({"capture", "breach", "encirclement"})
#: Event types whose object may be a site (what is taken, struck, broken into, surrounded, left).
SITE_TYPES = frozenset({"capture", "attack", "airstrike", "breach", "encirclement", "withdrawal"})

_HEAD = r"(?P<head>(?i:" + "|".join(h.replace(" ", r"\s+") for h in sorted(HEADS, key=lambda h: (-len(h), h)))
_HEAD += r"))(?![\w'\u2019-])"
_WORD = r"[A-Z][\w\u2019'-]*(?<!['\u2019]s)"  # (a possessive ends a name: "Hadi's palace" is owned)
_PARTICLE = r"(?:(?:al|el|an|ar|as|ash|at|ad|az|ul|ed|es|et|ez)-)"
_NAME = (r"(?P<name>" + _PARTICLE + r"?" + _WORD + r"(?:\s+(?:(?:al|el|bin|ibn|de|du|da|di|del|la|le)[- ])?"
         + _WORD + r"){0,3})")
#: an article and premodifiers ("the strategic", "the sprawling Russian-run") before the name
_PRE = r"(?:(?i:the|a|an|its|their|his|her)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w]*-(?:run|held|controlled|backed|led|" \
       r"operated|built|owned|occupied))\s+){0,2}?"
#: what may follow the head: punctuation, a preposition, a conjunction, a verb's auxiliary, a time, a name (never
#: another noun: "the al-Anad base commander")
_AFTER = r"(?=\s*(?:[,.;:)\"]|$)|\s+(?:of|at|in|on|near|from|for|after|before|overnight|earlier|outside|inside|" \
         r"to|into|with|by|and|or|but|as|while|when|where|which|that|who|yesterday|today|tonight|last|this|" \
         r"early|late|had|has|have|was|were|is|are|would|will|could|since|until|during|under|amid|without|" \
         r"killing|leaving|wounding|forcing|[a-z]+ly|[a-z]+ed|north|south|east|west|north-?east|north-?west|" \
         r"south-?east|south-?west|\d[\w.,]*|[A-Z][\w'\u2019-]*)\b)"
_FACILITY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,2}?" + _HEAD)
#: (not a facility named by its town after it: "the Red Sea port of Hodeidah", "the Black Sea base of Sevastopol")
_NAMED = re.compile(_PRE + _NAME + r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _HEAD + r"(?!\s+of\s+(?:the\s+)?[A-Z])" + _AFTER)
_UNNAMED = re.compile(r"(?P<det>the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?" + _HEAD + _AFTER)
#: a facility, then the named site it stands on or in: "a missile depot on Faj Attan hill"
_ON_SITE = re.compile(r"\s+(?:on|at|in|inside|within)\s+")
#: the complement of an event noun: "the fall of", "a strike on", "a blast at", "an attack against" (after its
#: time: "a blast on Monday at")
_COMPLEMENT = re.compile(r"(?:\s+(?:(?:early|late)\s+)?(?:on\s+[A-Z][a-z]+day|yesterday|overnight|today|last\s+[a-z]+)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:on|of|at|against|inside|near)\s+")
#: the object after a verb: "seized", "took back", "took control of", "pulled out of"
_OBJECT = re.compile(r"\s+(?:back\s+|over\s+)?(?:(?:full\s+|back\s+)?control\s+(?:of|over)\s+|out\s+of\s+|from\s+|"
                     r"into\s+)?")
#: a demonym or an adjective of origin: "the Russian base", "the Ottoman citadel", "the Soviet-era base" (an
#: "-i" word only when a country's name starts with its stem: "Iraqi", "Pakistani", not "Kibati")
_DEMONYM = re.compile(r"(?:an|ine|ish|ese|ean|ic|iot|ite)$|-[a-z]+$")  # (and "Soviet-era", "Iranian-built")
_STEM = re.compile(r"i$")
#: a place the article tells a town: "the town of X", "X, a town ..."
_TOWN_OF = r"(?:town|city|village|port|capital|outskirts|suburb|district)\s+of\s+(?:the\s+)?"


@dataclass(frozen=True)
class Site:
    """A facility named in the text: its ``name`` ("" when unnamed), its ``kind`` (:data:`HEADS`), where its
    noun phrase ends, and whether the name is a town's (``town``: "the Kandahar airfield")."""

    name: str
    kind: str
    start: int
    end: int
    town: bool = False
    owner: bool = False  # the name owns the facility ("the UN compound", "an Iraqi base")


def _kind(head: str) -> str:
    return HEADS[" ".join(head.lower().split())]


#: words that never stand between a site's name and its head noun ("Protesters stormed the prison": no site)
_NOT_MODIFIER = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "of",
                           "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "into", "is", "was",
                           "were", "are", "has", "had", "have", "be", "been", "said", "says", "who", "which"])


def _modifiers_ok(gap: str) -> bool:
    """Whether the words between a name and a head noun may modify the head ("nuclear", "steel", "refugee")."""
    return not any(w in _NOT_MODIFIER or w in VERBISH or (w.endswith("ed") and w not in _ADJ_ED) for w in gap.split())


_ADJ_ED = frozenset(["armed", "fortified", "disputed", "besieged", "abandoned", "improvised", "underground"])


#: capitalised words of a facility's full name that are no part of the site's own name
_GENERIC_WORDS = frozenset(["International", "Military", "Naval", "Central", "Regional", "National", "Civil",
                            "Army", "Main", "Municipal", "General", "Grand", "Old", "New", "Great", "Refugee",
                            "Nuclear", "Power", "Oil", "Gas"])


def _name_and_head(m: re.Match[str]) -> tuple[str, str, int]:
    """The name and the head noun of a match, a capitalised head word moved from the name to the head ("Bagram
    Air Base"); the name's start."""
    words = m.group("name").split()
    head = " ".join(m.group("head").split()).lower()
    while len(words) > 1 and words[-1] in _GENERIC_WORDS:
        words.pop()  # "Kabul International airport", "Abu Duhur Military airport": the name is before
    while len(words) > 1 and f"{words[-1].lower()} {head}" in HEADS:
        head = f"{words.pop().lower()} {head}"
    return " ".join(words), head, m.start("name")


def _is_town(dm: DocMentions, name: str, start: int) -> bool | None:
    """Whether a name before a facility names a town (True), a site (False) or an owner (None)."""
    for p in dm.spans("both").within(start, start + len(name)):
        if p.start <= start < p.end or start <= p.start < start + len(name):
            if p.kind == "actor" or p.place_kind == "country":
                return None  # "the Russian base", "a Taliban prison", "the US embassy": an owner
            if p.place_kind:
                return True  # the alias table's town or city
    first = name.split()[0]
    if not_name(first) or (name.isupper() and len(name) <= 6):
        return None  # "the Monday camp"? an opener, a weekday, an acronym ("the UN compound": an owner)
    if city_countries(name):
        return True  # a GeoNames city ("the Kandahar airfield")
    if " " not in name and (_actor_word(name) or any(a.name.split()[0] == name for a in dm.actors)):
        return None  # "a Houthi base", "the Hezbollah compound": a group's (the table's, or the article's actor)
    if " " not in name and (_DEMONYM.search(name) or _of_country(name)):
        return None  # "an Israeli prison", "the Afghan base": the owner's adjective
    if re.search(_TOWN_OF + re.escape(name) + r"\b", dm.text):  # (not cached: one pattern per name)
        return True
    # a place the article names elsewhere, however spelt, and not before a facility ("forces hold Hodeidah
    # airport ... fishermen in Hudaydah"): a town
    sk = _skeleton(name)
    return any(p.start != start and _skeleton(p.name) == sk and not _FACILITY_AFTER.match(dm.text, p.end)
               for p in dm.places)


@functools.cache
def _actor_words() -> frozenset[str]:
    """The first word of every actor name of the packaged alias table, lower case ("houthis", "houthi",
    "taliban", "hezbollah")."""
    return frozenset(w.split()[0].lower() for e in packaged_table().entries if e.kind == "actor"
                     for w in (e.name, *e.aliases) if w.strip())


def _actor_word(name: str) -> bool:
    """A group's name or its adjective ("Houthi" for the Houthis); a town of that name was told apart before."""
    return name.lower() in _actor_words() or f"{name.lower()}s" in _actor_words()


def _of_country(word: str) -> bool:
    """Whether an "-i" or "-an" word is a country's adjective ("Iraqi", "Pakistani", "Afghan", "Kenyan")."""
    stem = _STEM.sub("", word)
    return stem != word and len(stem) >= 4 and any(c.startswith(stem) for c in _countries())


def site_at(dm: DocMentions, pos: int, hi: int) -> Site | None:
    """The facility whose noun phrase starts at ``pos``: named ("the al-Anad air base"), named on or in
    another ("a missile depot on Faj Attan hill"), or unnamed ("the base", "a camp for displaced families")."""
    text = dm.text
    m = _NAMED.match(text, pos, hi)
    if m is not None and _modifiers_ok(text[m.end("name") : m.start("head")]):
        name, head, at = _name_and_head(m)
        town = _is_town(dm, name, at)
        return Site(name, _kind(head), at, m.end("head"), bool(town), town is None)
    u = _UNNAMED.match(text, pos, hi)
    if u is None:
        return None
    on = _ON_SITE.match(text, u.end("head"), hi)
    inner = site_at(dm, on.end(), hi) if on is not None else None
    if inner is not None and inner.name and not inner.town and not inner.owner:
        return inner  # "a missile depot on Faj Attan hill": the depot is on the named hill
    return Site("", _kind(u.group("head")), u.start(), u.end("head"))


def site_before(dm: DocMentions, lo: int, s: int) -> Site | None:
    """The named site that is the subject right before a verb ("the al-Anad base was overrun", "Tabqa air
    base fell")."""
    gap = rx(r"(?:\s*,)?\s+(?:(?:has|have|had)\s+)?(?:(?:was|were|been|be)\s+)?(?:\w+ly\s+)?$").search(dm.text, lo, s)
    if gap is None:
        return None
    for m in rx(r"(?:^|(?<=\s))(?:the\s+)?").finditer(dm.text, max(lo, gap.start() - 80), gap.start()):
        site = site_at(dm, m.end(), gap.start() + 1)
        if site is not None and site.name and site.end == gap.start():
            return site
    return None


def doc_sites(dm: DocMentions) -> dict[str, set[str]]:
    """Kind -> the names of the sites (no town's) the article names with a facility noun of that kind (found
    once per document: the mention finder and the landmark pass both ask)."""
    if dm.site_names is not None:
        return dm.site_names
    out: dict[str, set[str]] = {}
    dm.site_names = out
    for h in rx(r"(?<![\w'\u2019-])" + _HEAD).finditer(dm.text):
        lo = max(0, h.start() - 70)
        for m in rx(r"(?:^|(?<=[\s(\"]))(?=\S)").finditer(dm.text, lo, h.start()):
            site = site_at(dm, m.start(), min(len(dm.text), h.end() + 40))
            if site is not None and site.name and site.end == h.end():
                if not site.town and not site.owner:
                    out.setdefault(site.kind, set()).add(site.name)
                break
    return out


def object_site(dm: DocMentions, mn: Mention, sites: dict[str, set[str]] | None = None) -> str | None:
    """The site (no town's) that is the object of an act: named in its object, or an unnamed facility of a
    kind the article names one site of ("Yesterday's fall of the base")."""
    site = _object(dm, mn)
    if site is None or site.town or site.owner:
        return None
    if site.name:
        return site.name
    if sites is None:
        sites = doc_sites(dm)
    named = sites.get(site.kind, set())
    return next(iter(named)) if len(named) == 1 else None


def _object(dm: DocMentions, mn: Mention) -> Site | None:
    """The facility an act is done to, as its noun phrase tells it (named, a town's, an owner's or unnamed)."""
    if mn.campaign is not None or mn.type not in SITE_TYPES:
        return None
    text, hi = dm.text, mn.sent.end
    site: Site | None = None
    if mn.nominal:
        c = _COMPLEMENT.match(text, mn.end, hi)
        site = site_at(dm, c.end(), hi) if c is not None else None
    else:
        passive = rx(r"\b(?:was|were|been|be)\s+(?:\w+ly\s+)?$").search(text, max(mn.sent.start, mn.start - 20),
                                                                        mn.start) is not None
        if passive or mn.lemma in {"fall", "fall to"}:
            site = site_before(dm, mn.sent.start, mn.start)
        if site is None and not passive:
            o = _OBJECT.match(text, mn.end, hi)
            site = site_at(dm, o.end() if o is not None else mn.end, hi)
    return site


def _town_of(dm: DocMentions, site: Site) -> list[str]:
    """The place a facility is told in, right after it ("the MSF hospital in Kunduz")."""
    m = rx(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:town|city|village)\s+of\s+)?").match(
        dm.text, site.end)
    if m is None:
        return []
    return [p.name for p in dm.spans("places").within(m.end(), m.end() + 40)
            if p.start == m.end() and p.place_kind != "country"][:1]


def mark_sites(dm: DocMentions) -> None:
    """Give each act done to a named site the site as its target (in place; see the module's docstring); an
    owner's name is no target of an act done to its facility ("stormed the UN compound")."""
    sites: dict[str, set[str]] | None = None
    for mn in dm.mentions:
        site = _object(dm, mn)
        if site is None or site.town:
            continue
        if site.owner:
            if site.name in mn.targets:  # "the bombing of the MSF hospital in Kunduz": Kunduz, not MSF
                mn.targets = [t for t in mn.targets if t != site.name] or _town_of(dm, site)
            continue
        if not site.name:
            if sites is None:
                sites = doc_sites(dm)
            named = sites.get(site.kind, set())
            if len(named) != 1:
                continue
        name = site.name or next(iter(named))
        # a site taken is apart from its town ("the citadel, not the town", see _landmarks); a site struck
        # keeps the town it was told in, which another telling may name alone ("a strike on a camp in X")
        mn.targets = [name] if mn.type in _TAKEN else [name, *(t for t in mn.targets if t != name)][:2]
