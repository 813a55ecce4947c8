"""Where and who around a trigger: places, "the city" anaphora, actors of a span, targets proper.

Split out of :mod:`._mentions` (the mention rules call these for every trigger).  ``places_in`` reads
gazetteer places, "the city"/"the district" anaphora and capitalised names after a locative
preposition; ``actors_in`` reads the actors of a span, leaving out the object of an offensive ("to
drive Islamic State out of"); ``real_targets`` leaves out countries and the reference point of a
direction ("west of Mosul").
"""

from __future__ import annotations

import bisect
import functools
import re

from timeline._events._aliases import Match, load_table, packaged_table
from timeline._events._doc import DocMentions
from timeline._events._rx import rx
from timeline._events._seats import SEAT

__all__ = ["CAPITALISED", "COMPASS_OF", "DIRECTION", "NOT_PLACE", "actors_in", "agent_after_by", "by_agent", "city_anaphor",
           "named_place", "places_in", "real_targets", "salient_city", "site_of_object", "stated_at"]

#: "north of", "north-eastern outskirts of": where a place lies from another, not the place itself
COMPASS_OF = r"(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+(?:outskirts\s+)?of"
DIRECTION = re.compile(COMPASS_OF + r"\s+$|"
                        r"(?:outskirts|approaches|edge)\s+(?:to|of)\s+$", re.IGNORECASE)

_CITY_ANAPHOR = re.compile(
    r"\bthe\s+(?:(?!(?:of|from|in|on|at|to|for|with|by|and)\b)[\w-]+\s+){0,2}"
    r"(city|town|district|village|neighbou?rhood|quarter|enclave|pocket|capital)\b", re.IGNORECASE)
# the common noun a document gives a place: "the seaside district of Ghiza Bahriya", "the Shifa district"
_NOUN_OF = re.compile(r"\b(city|town|village|district|region|province|port|quarter|neighbou?rhood|capital)\s+of\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(district|quarter|neighbou?rhood|region|province|village)\b", re.IGNORECASE)
_FOUGHT_OVER = frozenset(["capture", "advance", "encirclement", "breach", "withdrawal", "campaign", "offensive", "attack",
                          "fighting"])
_TOWARD = re.compile(r"\b(?:towards?|to)\s+(?:the\s+)?$", re.IGNORECASE)
_PART_NOUNS = frozenset(["district", "quarter", "neighbourhood", "neighborhood", "region", "province", "village"])
CAPITALISED = re.compile(r"[A-Z][\w'-]+(?:\s+(?:al-)?[A-Z][\w'-]+)*")
NOT_PLACE = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "Old", "City"]
)




@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The capitals of the alias table."""
    try:
        table = load_table()
    except ValueError:  # a broken user alias file (reported by the stage): the packaged table
        table = packaged_table()
    return frozenset(table.capital.values())


def _noun_of(text: str, p: Match) -> str:
    m = _NOUN_OF.search(text, max(0, p.start - 30), p.start)
    if m is not None:
        return m.group(1).lower()
    m = _NOUN_AFTER.match(text, p.end)
    return m.group(1).lower() if m is not None else p.place_kind


def city_anaphor(dm: DocMentions, lo: int, hi: int) -> list[tuple[str, int]]:
    """"the city"/"the Iraqi city"/"the town" -> the city or town named before it in the document;
    "the district" -> the last place the document called a district.

    A city that an earlier mention of the document has for target (the city fought over) is preferred
    to the last one named ("Sirte was retaken ... celebrations in Misrata ... The city fell in 2015").
    """
    out: list[tuple[str, int]] = []
    text = dm.text
    for m in _CITY_ANAPHOR.finditer(text, lo, hi):
        after = text[m.end() : m.end() + 4]
        if after.startswith(" of ") or rx(r"\s[A-Z]").match(after):
            continue  # "the city of Mosul", "the northern city Kirkuk": the place itself follows
        noun = m.group(1).lower()
        if noun in _PART_NOUNS and rx(r"[A-Z]").search(text, m.start() + 4, m.start(1)):
            continue  # "the Shifa district": named
        k = bisect.bisect_left(dm.places, m.start(), key=lambda p: p.end)
        prior = dm.places[max(0, k - 60) : k]
        if noun == "capital":
            # "a day after the capital fell": the one capital the document has named before (the alias table's)
            if not any(p.start <= m.start() < p.end for p in dm.places):  # ("the Afghan capital": a descriptor)
                caps = {p.name for p in prior if p.name in _capitals()}
                if len(caps) == 1:
                    out.append((caps.pop(), m.start()))
            continue
        if noun in _PART_NOUNS:
            parts = [p for p in prior if _noun_of(text, p) == noun.replace("neighborhood", "neighbourhood")]
            if parts:
                out.append((parts[-1].name, m.start()))
            continue
        # "the enclave", "the pocket": the place besieged, which the dispatch names as a city or town
        kind = "city" if noun in {"enclave", "pocket"} else noun
        # (a city its own sentence names first: "driven IS from Raqqa, after a long battle for the city")
        # (not the reference point of a direction: "Abu Grein, a junction 140 km west of the city")
        here = [p for p in prior if p.start >= _sentence_start(dm, m.start()) and p.place_kind in {kind, ""}
                and _noun_of(text, p) not in _PART_NOUNS] if not DIRECTION.search(text, max(0, m.start() - 30),
                                                                                   m.start()) else []
        taken = _object_name(dm, m.start()) if kind == "city" or kind == "town" else None
        if taken is not None and (not here or here[-1].start < taken[1]):
            chosen: str | None = taken[0]  # (the nearer: "the campaign in Tigray ... entered Mekelle ... the city")
        else:
            chosen = here[-1].name if here else salient_city(dm, prior, kind)
        if chosen is not None:
            out.append((chosen, m.start()))
    return out


#: a verb of taking or entering, or "control of", right before a name: "had entered Mekelle", "took full
#: control of Kunduz"
_TAKEN_OBJECT = re.compile(r"\b(?:entered|entering|captured|capturing|seized|seizing|overran|overrun|stormed|"
                           r"control\s+of|into)\s+$", re.IGNORECASE)


def _object_name(dm: DocMentions, pos: int) -> tuple[str, int] | None:
    """A name no gazetteer knows, taken or entered earlier in the sentence: "the army had entered Mekelle without
    firing on the city" (the city is Mekelle, whatever larger place the document names more)."""
    lo = _sentence_start(dm, pos)
    actors = dm.spans("both")
    k = bisect.bisect_left(dm.names, lo, key=lambda n: n.start)
    found = None
    while k < len(dm.names) and dm.names[k].end <= pos:
        n = dm.names[k]
        if not n.opener and not actors.covers(n.start) and n.text.split()[0] not in NOT_PLACE \
                and _TAKEN_OBJECT.search(dm.text, max(lo, n.start - 30), n.start):
            found = (n.text, n.start)
        k += 1
    return found


def _sentence_start(dm: DocMentions, pos: int) -> int:
    k = bisect.bisect_right(dm.sentences, pos, key=lambda x: x.start) - 1
    return dm.sentences[k].start if k >= 0 else 0


def salient_city(dm: DocMentions, prior: list[Match], noun: str = "city", strict: bool = False) -> str | None:
    """The city a document is about so far: named most often, as a place (``prior``: the places before
    the point) or as what an earlier event was fought over ("Sirte had been retaken ... celebrations in
    Misrata ... The city fell"); then the latest.

    ``strict``: for an event told with no place at all ("The fighting, which erupted two weeks ago, ..."),
    only a city that stands out, one alone at the top, and not a city where something was only said ("In
    Brussels, NATO ministers said") or the reference point of a direction ("west of Tbilisi")."""
    text = dm.text
    if strict:
        prior = [p for p in prior if not stated_at(text, p) and not DIRECTION.search(text[max(0, p.start - 30) : p.start])]
    # a name the document uses as a place ("in Marawi") may be the city it refers back to
    cities = [p for p in prior if (p.place_kind == noun or p.place_kind == "") and _noun_of(text, p) not in _PART_NOUNS]
    score: dict[str, float] = {}
    for p in cities:
        # (a destination counts half: "abandoned the town and withdrew towards Kramatorsk" is still about the town)
        toward = not strict and _TOWARD.search(text, max(0, p.start - 12), p.start) is not None
        score[p.name] = score.get(p.name, 0.0) + (0.5 if toward else 1.0)
    line = _DATELINE.match(text) if strict else None
    for name in score:
        if line is not None and line.group(1).upper() == name.upper():
            score[name] += 1.0  # "KHARTOUM - ... across Khartoum": the dispatch's own town, named in its body too
    for mn in dm.mentions[-40:]:
        if mn.campaign is not None and not mn.named:
            score[mn.campaign] = score.get(mn.campaign, 0.0) + 1.5
        if mn.type in _FOUGHT_OVER or mn.obj == "control":  # (or a claim of control: "said X was under its control")
            for t in mn.targets:
                if t not in dm.spans("actors").names and not any(
                        p.name == t and _noun_of(text, p) in _PART_NOUNS for p in prior):
                    score[t] = score.get(t, 0.0) + (1.0 if mn.type == "attack" else 1.5)
        if strict and mn.type in _FOUGHT_AT and not mn.targets and mn.places and mn.places[0] in score:
            score[mn.places[0]] += 0.5  # "Heavy clashes broke out in Marawi": where it was fought
    if not score:
        return None
    if strict and (max(score.values()) < 1.5 or sorted(score.values())[-2:].count(max(score.values())) > 1):
        return None  # no city stands out (named once in passing, or tied with another)
    order = {p.name: p.start for p in cities}
    order.update({t: mn.start for mn in dm.mentions[-40:] for t in [*mn.targets, mn.campaign or ""] if t in score})
    return max(score, key=lambda n: (score[n], order.get(n, -1)))


_DATELINE = re.compile(r"\s*([A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)*)\s*(?:,|-|\u2014|\()")
# acts fought at a place (not movements, whose clause may name places passed by: "tanks crossed the border")
_FOUGHT_AT = frozenset(["capture", "breach", "campaign", "offensive", "attack", "fighting", "encirclement"])
# "In Brussels, NATO ministers said", "told reporters in Geneva": a city where something was said, not done
_STATED_BEFORE = re.compile(r"(?:(?:^|[.!?]\s+|\n)(?:In|At)|\b(?:told\s+(?:reporters|journalists)|news\s+conference|"
                            r"press\s+conference|briefing|speaking|interview)\s+(?:[\w-]+\s+){0,2}?(?:in|at))\s+$")
_STATED_AFTER = re.compile(r",\s+(?:[\w'-]+\s+){0,6}?(?:said|say|says|told|announced|agreed|met|signed|voted|declared|"
                           r"warned|urged|called)\b")


def stated_at(text: str, p: Match) -> bool:
    """Whether the place ``p`` is only where something was said ("In Brussels, ministers said")."""
    before = text[max(0, p.start - 40) : p.start]
    if not _STATED_BEFORE.search(before):
        return False
    return before.rstrip().endswith(("In", "At")) is False or _STATED_AFTER.match(text, p.end) is not None


def places_in(dm: DocMentions, lo: int, hi: int) -> list[tuple[str, int]]:
    """Places named in ``[lo, hi)``: gazetteer matches, "the city" anaphora, capitalised guesses."""
    found = [(p.name, p.start) for p in dm.spans("places").within(lo, hi) if p.place_kind != SEAT]
    found += city_anaphor(dm, lo, hi)  # (not a capital told for its government: "talks with Moscow")
    text = dm.text
    known = dm.spans("both")
    for m in rx(r"\b(?:in|at|near|into|outside|around|towards?|home\s+to|(?:town|city|village|district|province|region)"
                r"\s+of|(?:battle|fight|fighting|struggle|war)\s+for|defending|guarding|besieging|"
                r"(?:flags?|banners?|hoisted|raised|planted|unfurled)\s+(?:[\w-]+\s+){0,4}?(?:over|above|atop))\s+(?:the\s+)?").finditer(
                    dm.text[lo:hi]):
        s = lo + m.end()
        c = CAPITALISED.match(dm.text, s, hi)
        if c is None or known.covers(s):
            continue
        name = c.group().removesuffix("'s").removesuffix("\u2019s")  # "over Faya's main market": Faya
        if name.isupper() and len(name) <= 6:
            continue  # an acronym is an organisation ("NATO", "UN"), not a place
        if name.split()[0].removesuffix("'s") in NOT_PLACE or any(ch.isdigit() for ch in name) or \
                rx(r"-(?:held|controlled|led|backed|run)$").search(name):
            continue
        if " " not in name and rx(r"(?:ish|ian|ese|i)$").search(name) and rx(r"\s+[a-z]").match(text[c.end():]):
            continue  # a demonym before a noun: "the Kurdish city of Kirkuk"
        if m.group().rstrip().endswith("the") and _COMMON_AFTER.match(text, c.end()):
            continue  # an adjective: "in the Roman theatre", "at the Serb-held checkpoint"
        found.append((name, s))
    found.sort(key=lambda x: x[1])
    return found


# a common noun after "the NAME": the name is its modifier, unless the noun is a kind of place ("the Donbas region")
_COMMON_AFTER = re.compile(r"\s+(?!(?:city|town|village|district|region|province|valley|oblast|governorate|area|"
                           r"enclave|pocket|border|coast|island|peninsula|river|mountains?|hills?|plain|desert|quarter|"
                           r"neighbou?rhood|suburbs?|outskirts|and|or|on|in|at|of|to|for|from|with|by|as|since|"
                           r"after|before|when|while|where|which|that|is|was|were|are|has|had|have|will|would|said|"
                           r"says)\b)[a-z]{3,}\b")
# the object of an offensive is its target, never its actor: "to drive Islamic State out of",
# "to oust the militants", "against al-Shabaab", "to retake Fallujah from Islamic State"
_TARGET_SLOT = rx(r"(?:\b(?:against|drive|drove|driving|oust(?:s|ed|ing)?|expel(?:s|led|ling)?|evict(?:s|ed|ing)?"
                  r"|dislodge[sd]?|dislodging|flush(?:es|ed|ing)?|rout(?:s|ed|ing)?)"
                  r"|\b(?:retak|recaptur|reclaim|liberat|free|wrest)\w*\s+[^.;,]{1,40}?\bfrom)"
                  r"\s+(?:the\s+)?$", re.IGNORECASE)


def actors_in(dm: DocMentions, lo: int, hi: int) -> list[str]:
    out: list[str] = []
    for a in dm.spans("actors").within(lo, hi):
        if _TARGET_SLOT.search(dm.text, max(0, a.start - 70), a.start):
            continue
        if a.name not in out:
            out.append(a.name)
    return out



def agent_after_by(dm: DocMentions, e: int, hi: int) -> list[str]:
    """"launched by the Hashd", "the push into the city centre was led by the CTS": the agent."""
    m = rx(r"(?:\s+[\w'-]+){0,3}?\s+by\s+|(?:\s+[\w'-]+){0,6}?\s+(?:was|were)\s+(?:led|carried\s+out|"
           r"launched|conducted|mounted)\s+by\s+").match(dm.text[e:hi])
    if m is None or _SUPPORTER.search(m.group()):
        return []  # "the breakthrough, backed by Russian warplanes": a support, not the one who broke through
    return actors_in(dm, e + m.end(), min(hi, e + m.end() + 60))[:1]


# participles whose "by" names a supporter or an onlooker of an act, never its agent
_SUPPORTER = re.compile(r"\b(?:backed|supported|aided|assisted|helped|covered|escorted|accompanied|welcomed|"
                        r"condemned|critici[sz]ed|denounced|denied|watched|witnessed|reported|hailed)\s+by\s+$")


def by_agent(dm: DocMentions, lo: int, hi: int) -> list[str]:
    """The first actor introduced by "by" in ``[lo, hi)`` ("... marks the entry by Iran-backed fighters")."""
    for m in rx(r"\bby\s+").finditer(dm.text[lo:hi]):
        found = [a.name for a in dm.actors if a.start == lo + m.end() or
                 (a.start > lo + m.end() and a.start - (lo + m.end()) <= 4)]
        if found:
            return found[:1]
    return []


def real_targets(dm: DocMentions, found: list[tuple[str, int]]) -> list[str]:
    """Targets proper: not a country, not the reference point of a direction ("west of Mosul")."""
    countries = dm.spans("places").countries
    out: list[str] = []
    for name, pos in sorted(found, key=lambda x: x[1]):
        if name in countries or DIRECTION.search(dm.text[max(0, pos - 30) : pos]):
            continue
        if name not in out:
            out.append(name)
    return out


def named_place(dm: DocMentions, lo: int, hi: int, last: bool) -> list[str]:
    """The place named in ``[lo, hi)`` (the last or the first), or failing that a capitalised name no actor
    holds: the fronted object or the subject a relative clause or an appositive points back to."""
    found = real_targets(dm, places_in(dm, lo, hi))
    if found:
        return found[-1:] if last else found[:1]
    actors = dm.spans("actors").names
    k = bisect.bisect_left(dm.names, lo, key=lambda n: n.start)
    names = []
    while k < len(dm.names) and dm.names[k].start < hi:
        if dm.names[k].end <= hi and dm.names[k].text not in actors:
            names.append(dm.names[k].text)
        k += 1
    return (names[-1:] if last else names[:1])


# a long object ends at a clause break: a comma, a semicolon, a conjunction that opens a new clause
# (not a comma inside a list: "the barracks, the police academy and the customs post of X")
_OBJECT_END = re.compile(r",(?!\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?:,|\s+and\b))|[;:.]|\s(?:while|when|as|after|before|because|whereas|but|and\s+(?:then|later))\s")
# the site of a long object: "the police headquarters and the security service building in the eastern town of X"
_SITE_OF = re.compile(r"\b(?:in|at|near|outside|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:(?:town|city|village|district|port|region|province|capital)\s+of\s+)?$")


def site_of_object(dm: DocMentions, e: int, hi: int, reach: int = 170) -> list[str]:
    """The place a long object stands in, when the object runs past the usual window of the trigger:
    "seized the police headquarters and the local security service building in the eastern Ukrainian town
    of X on Saturday" (the buildings' town).  The object ends at the first clause break; only a place told
    after "in/at/near/of" counts (not a destination, not a second clause's subject)."""
    end = _OBJECT_END.search(dm.text, e, min(hi, e + reach))
    stop = end.start() if end is not None else min(hi, e + reach)
    found = [(n, p) for n, p in places_in(dm, e, stop) if _SITE_OF.search(dm.text, max(e, p - 60), p)]
    return real_targets(dm, found)[:1]
