"""Who and where around a trigger, when the alias table is silent: names, places, subjects, objects, owners.

The mention rules (:mod:`._mentions`) ask these helpers for the roles of a trigger:

* :func:`guessed_places` — names a document uses as places ("in Marawi", "the Bab al-Aziziya
  compound"), which are then places wherever it names them;
* :func:`subject_names` / :func:`object_names` — a name right before a verb ("Duterte declared",
  "Russia and China vetoed") or right after it ("killed Muammar Gaddafi");
* :func:`owner_names` — who owns an event noun ("NATO's air campaign", "the Russian occupation");
* :func:`noun_object` — the complement of an event noun ("the fall of the Old City");
* :func:`with_entities` — spaCy's entities added to the rules' (``TIMELINE_NLP=spacy``).
"""

from __future__ import annotations

import bisect
import re

from timeline._events import _ner as ner
from timeline._events._aliases import Match
from timeline._events._doc import DocMentions
from timeline._events._lexicon import LEXICON
from timeline._events._nouns import TITLES, VERBISH, Name
from timeline._events._openers import common_opener
from timeline._events._rx import rx

__all__ = ["AFTER_PLACE", "OF_TARGET", "SUBJECT_GAP", "guessed_places", "names_in", "noun_object", "object_names",
           "owner_names", "pronoun_place", "subject_names", "with_entities"]

# Words that may follow a place name ("the siege of Marawi began", "the battle for Bakhmut in winter").
AFTER_PLACE = frozenset(["in", "on", "at", "and", "or", "which", "that", "where", "since", "after", "before", "to",
                          "from", "with", "by", "for", "of", "as", "but", "has", "had", "have", "will", "would",
                          "could", "may", "might", "can", "continues", "continued", "goes", "went", "raged", "rages",
                          "ended", "ends", "drags", "dragged", "stalled", "stalls", "itself", "city", "province", "over",
                          "this", "last", "now", "into", "during", "until", "through", "is", "was", "were", "are",
                          # a time after the place: "began the siege of Darayya two months ago", "... yesterday"
                          "yesterday", "today", "earlier", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "several", "a", "some"])


def with_entities(text: str, names: list[Name], places: list[Match],
                   actors: list[Match]) -> tuple[list[Name], list[Match]]:
    """spaCy's entities added to the rules' (``TIMELINE_NLP=spacy``): its places become places, its
    names that the capitalisation rules missed become names; the alias table keeps every span it has."""
    taken = sorted((m.start, m.end) for m in places + actors)
    starts = [a for a, _ in taken]

    def free(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(starts, hi)
        return not any(taken[j][1] > lo for j in range(max(0, k - 3), k))

    ents = ner.entities(text)
    place_spans = {(x.start, x.end) for x in ents if x.kind == "place" and free(x.start, x.end)}
    place_texts = {text[a:b] for a, b in place_spans}
    known = {(n.start, n.end) for n in names}
    new_names = [n for n in names if n.text not in place_texts]
    new_names += [Name(x.text, x.start, x.end) for x in ents if x.kind == "name" and (x.start, x.end) not in known
                  and free(x.start, x.end) and x.text not in place_texts
                  and not any(n.start < x.end and x.start < n.end for n in names)]
    new_places = places + [Match(n.text, "place", n.start, n.end, False) for n in names if n.text in place_texts]
    new_places += [Match(text[a:b], "place", a, b, False) for a, b in place_spans
                   if not any(n.start == a for n in names)]
    return sorted(new_names, key=lambda n: n.start), sorted(new_places, key=lambda p: p.start)


_PLACE_PREP = re.compile(r"\b(?:in|near|outside|around|towards?|into|inside|across|over|(?:city|town|village|port|"
                         r"province|region|district|island|centre|center|heart|outskirts|edge|suburbs|gates|defen[cs]e|siege|mayor|ruins|streets|"
                         r"junction|hub|enclave|pocket|stronghold|bastion)\s+of|(?:battle|fight|fighting|struggle|war)\s+(?:for|over)|"
                         r"fall\s+of|withdrawal\s+from|retreat\s+from|out\s+of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|"
                         r"western|central|north|south|east|west|downtown)\s+)?$", re.IGNORECASE)
_PLACE_NOUN = re.compile(r"\s+(?:district|quarter|neighbou?rhood|compound|province|region|square|airport|"
                         r"airbase|base|barracks|port|island|peninsula|valley|river|bridge)\b")


def guessed_places(text: str, names: list[Name]) -> set[str]:
    """Names the document uses as places ("in Marawi", "the Bab al-Aziziya compound"): they are places
    wherever it names them ("the siege of Marawi", "overran Bab al-Aziziya")."""
    out: set[str] = set()
    for n in names:
        after = text[n.end : n.end + 20]
        if after.startswith("'") or rx(r"-(?:held|controlled|led|backed|run|based)\b").match(after):
            continue  # "into Gaddafi's compound": a possessor; "rebel-held": not the name
        if n.text.isupper() or n.text in LEXICON.not_places:
            continue  # an acronym is an organisation ("NATO", "UN"), not a place; "in Arabic" a language
        nxt = rx(r"\s+([a-z]+)\b").match(after)
        if nxt is not None and nxt.group(1) not in AFTER_PLACE and nxt.group(1) not in VERBISH and \
                not nxt.group(1).endswith("ed") and not _PLACE_NOUN.match(after):
            continue  # a name before a noun modifies it: "into the Maute stronghold", "the Hue offensive"
        if _PLACE_NOUN.match(after) or (_PLACE_PREP.search(text[max(0, n.start - 25) : n.start]) and not (
                " " not in n.text and rx(r"(?:ish|ian|ese|i|an)$").search(n.text) and nxt is not None
                and nxt.group(1) not in AFTER_PLACE)):  # "in Iraqi hands", but "in Marawi on Friday"
            out.add(n.text)
    return out

# What may stand between a subject and its verb: auxiliaries, adverbs, an appositive (", the rebel leader,").
SUBJECT_GAP = re.compile(
    r"(?:\s*,(?:[^,;:]|(?<=\d),(?=\d{3})){1,60},)?\s*(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|yesterday\s+|overnight\s+)?"
    r"(?:(?:has|have|had|was|were|is|are|been|will|would|shall|be|also|then|reportedly|finally|formally|"
    r"officially|later|again|jointly|declared|pronounced|\w+ly)\s+){0,3}$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|outside|around|towards?|from|of|across|inside|over|"
                           r"through|to|for|on|with|against)\s+(?:the\s+)?$", re.IGNORECASE)


def names_in(dm: DocMentions, lo: int, hi: int, openers: bool = False) -> list[Name]:
    """The names in ``[lo, hi)``, but for a plural common noun opening its sentence ("Shells fell", "Convoys
    were attacked": see :func:`._openers.common_opener`), no place or target; as the subject of an active verb
    (``openers``) it still tells who acted ("Protesters stormed the building")."""
    k = bisect.bisect_left(dm.names, lo, key=lambda n: n.start)
    out = []
    while k < len(dm.names) and dm.names[k].start < hi:
        if dm.names[k].end <= hi and (openers or not common_opener(dm, dm.names[k])):
            out.append(dm.names[k])
        k += 1
    return out


def subject_names(dm: DocMentions, lo: int, s: int, passive: bool = False) -> list[str]:
    """The subject right before a verb, when no actor matched: a name ("Duterte declared"), names joined
    by "and" ("Russia and China vetoed"), a country ("Russia annexed"), or for a passive a generic
    actor too ("thirteen marines were killed")."""
    text = dm.text
    cands: list[tuple[str, int, int]] = [(n.text, n.start, n.end) for n in names_in(dm, lo, s, openers=not passive)]
    cands += [(p.name, p.start, p.end) for p in dm.spans("places").within(lo, s) if p.place_kind == "country"]
    if passive:
        cands += [(a.name, a.start, a.end) for a in dm.spans("actors").within(lo, s)]
    cands.sort(key=lambda c: c[1])
    out: list[str] = []
    at = s
    for name, a, b in reversed(cands):
        gap = text[b:at]
        if not (SUBJECT_GAP.fullmatch(gap) if not out else rx(r"\s*(?:,|,?\s+and)\s+").fullmatch(gap)):
            break
        if _PLACE_BEFORE.search(text[max(lo, a - 20) : a]):
            break  # "in Kherson, troops ...": a place, not a subject
        out.insert(0, name)
        at = a
    return list(dict.fromkeys(out))


def object_names(dm: DocMentions, e: int, hi: int) -> list[str]:
    """Names right after a verb (its object): "killed Gaddafi", "stormed the Maute stronghold"; a pronoun
    object, the place an act before it was about ("... after troops stormed it on Sunday")."""
    text = dm.text
    if _PRONOUN_OBJECT.match(text, e, hi):
        return pronoun_place(dm, e, text[e : e + 6].split()[0].lower() == "them")
    out: list[str] = []
    for n in names_in(dm, e, hi):
        gap = text[e : n.start] if not out else text[e : n.start]
        if not rx(r"\s+(?:back\s+)?(?:(?:the|a|an)\s+)?(?:(?:former|late|ousted|deposed|rebel|militant|[a-z]+-held)\s+)?"
                  r"(?:(?:" + TITLES + r")\s+){0,2}$"
                  r"|\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?$"
                  r"|\s+(?:(?:\w+ly|back|out)\s+)?(?:from|out\s+of|into|to|on|toward|towards)\s+(?:the\s+)?$",
                  re.IGNORECASE).fullmatch(gap):
            break
        out.append(n.text)
        e = n.end
        if not rx(r"\s*(?:,|,?\s+and)\s*$").match(text[e : e + 6]):
            break
    return out[:2]


# "stormed it on Sunday", "shelled them": a pronoun object (not the subject of a clause of its own, "said it had")
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b(?!['\u2019]|\s+(?:was|were|is|are|had|has|have|would|will|could|may|"
                             r"might|did|does|said|says|remains?|still)\b)", re.IGNORECASE)
# the acts whose target is a place
_PLACE_ACTS = frozenset(["capture", "attack", "airstrike", "advance", "breach", "encirclement", "battle", "offensive",
                         "campaign", "fighting"])


def pronoun_place(dm: DocMentions, e: int, plural: bool) -> list[str]:
    """The antecedent of a pronoun object at ``e``: the place target of the nearest act told before it in its
    sentence or the sentence before ("said it had overrun X, ... after troops stormed it": X); else none."""
    k = bisect.bisect_right([s.start for s in dm.sentences], e) - 1
    if k < 0:
        return []
    lo = dm.sentences[max(0, k - 1)].start
    for m in reversed(dm.mentions):
        if m.start >= e or m.start < lo or m.type not in _PLACE_ACTS or not m.targets:
            continue
        places = [t for t in m.targets if t not in dm.spans("places").countries]
        if places:
            return places[: 2 if plural else 1]
    return []


# Nouns whose complement is their target, and the prepositions that introduce it.
OF_TARGET = {"capture": "of", "kill": "of", "evacuation": "of|from", "withdrawal": "from", "annexation": "of",
              "surrender": "of", "encirclement": "of", "ceasefire": "in|for", "agreement": "on|for|over",
              "suspension": "of", "attack": "on|against", "airstrike": "on|against", "offensive": "on|against",
              "fighting": "for|over"}
_DEMONYMIC = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|i|an|ine|ch)$")


def owner_names(dm: DocMentions, lo: int, s: int) -> list[str]:
    """Names before an event noun: its owner ("NATO's air campaign", "the Russian occupation" -> Russian forces)."""
    out = [p.name for p in dm.spans("places").within(lo, s) if p.place_kind == "country"]  # "Russia's withdrawal"
    dem = rx(r"(?<![\w-])([A-Z][a-z]+(?:ian|ish|ese|i|an|ine|ch))\s+(?:[a-z-]+\s+)?$").search(dm.text[lo:s])
    if dem is not None and dem.group(1) not in {"Civilian", "Christian", "Guardian"}:
        out.append(f"{dem.group(1)} forces")  # "the Russian occupation", "a French air strike"
    for n in names_in(dm, lo, s):
        if n.opener and not n.text.isupper() and n.text not in dm.solid_names():
            continue  # "Heavy fighting": a capitalised first word the document never names elsewhere
        if _DEMONYMIC.match(n.text) and dm.text[n.end : n.end + 2] != "'s":
            out.append(f"{n.text} forces")
        else:
            out.append(n.text)
    return out[:1]


def noun_object(dm: DocMentions, e: int, preps: str) -> list[str]:
    """The place or name a noun's complement starts with ("the fall of the historic Old City")."""
    m = rx(r"\s+(?:" + preps + r")\s+(?:the\s+)?((?:[a-z][\w-]*\s+){0,2})").match(dm.text, e)
    if m is None:
        return []
    for at in sorted({m.start(1), *(m.start(1) + w.end() + 1 for w in rx(r"\S+").finditer(m.group(1)))}):
        if at > m.end(1):
            break
        for p in dm.spans("places").within(at, at + 60):
            if p.start == at and p.name not in dm.spans("places").countries:
                return [p.name]
        k = bisect.bisect_left(dm.names, at, key=lambda n: n.start)
        if k < len(dm.names) and dm.names[k].start == at:
            return [dm.names[k].text]
    # "the fall of their headquarters at the Ouagadougou centre": a site, then where it is
    site = _SITE.match(dm.text, m.start(1))
    if site is not None:
        for p in dm.spans("places").within(site.end(), site.end() + 40):
            if p.start == site.end() and p.name not in dm.spans("places").countries:
                return [p.name]
        k = bisect.bisect_left(dm.names, site.end(), key=lambda n: n.start)
        if k < len(dm.names) and dm.names[k].start == site.end():
            return [dm.names[k].text]
    return []


_SITE = re.compile(r"(?:(?:their|its|his|her|the|a|an)\s+)?(?:[a-z-]+\s+)?(?:headquarters|base|stronghold|bastion|"
                   r"positions?|compound|airport|airbase|port|centre|center|district|neighbou?rhood|quarter|hill|"
                   r"bridge|dam|palace|building|barracks|garrison|complex)\s+(?:at|in|on|near)\s+(?:the\s+)?")
