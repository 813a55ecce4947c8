"""Actors told by reference: "the group", "the alliance", "its fighters", "they" -> the actor meant.

Once a text has named an actor it goes on with descriptions and pronouns.  A reference resolves
to an actor whose ``refers`` nouns (in the alias table) include its head noun:

* "the group", "the jihadist group", "the alliance", "the militants": a definite noun phrase;
* "its fighters", "their forces": a possessive (the actor whose fighters they are);
* "they", "it" right before an event verb ("they had taken", "it launched"): any actor with a
  ``refers`` list (people and governments have none and are never a "they" here).

Which one: the nearest compatible actor earlier in the same sentence; else the *first* compatible
actor of the closest earlier sentence (of the last eight) that names one (the subject of that
sentence, most often).
"The SDF offensive has pushed into Raqqa, the group said" -> SDF; "Leaders of the umbrella group
for the militias ... before it fell to IS. ... a spokesman for the group" -> the militias.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from timeline._events._aliases import AliasTable, Match
from timeline._events._rx import rx
from timeline._events._seats import SEAT, government_use
from timeline._events._text import Sentence

__all__ = ["actors_by_metonymy", "resolve_actor_references"]

# Generic nouns that need a possessive to refer ("the forces closing in" means every force there).
_NEEDS_POSSESSIVE = frozenset({"forces", "troops", "fighters", "soldiers", "army", "unit"})


_LOOKBACK = 8  # sentences: a reference farther from its actor than that is not resolved


def _candidates(actors: list[Match], starts: list[int], table: AliasTable, sents: list[Sentence],
                sent_starts: list[int], pos: int, noun: str | None) -> str | None:
    def ok(m: Match) -> bool:
        nouns = table.refers.get(m.name, frozenset())
        return bool(nouns) and (noun is None or noun in nouns)

    k = bisect.bisect_right(sent_starts, pos) - 1
    if k < 0 or pos >= sents[k].end:
        return None
    here = sents[k]
    same = [m for m in actors[bisect.bisect_left(starts, here.start) : bisect.bisect_left(starts, pos)]
            if m.end <= pos and ok(m)]
    if same:
        return same[-1].name
    for s in reversed(sents[max(0, k - _LOOKBACK) : k]):
        found = [m for m in actors[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)] if ok(m)]
        if found:
            return found[0].name
    return None


def resolve_actor_references(text: str, sents: list[Sentence], actors: list[Match], table: AliasTable,
                             triggers: re.Pattern[str]) -> list[Match]:
    """``actors`` with the references to them added (as weak matches), in text order."""
    nouns = sorted({n for ns in table.refers.values() for n in ns}, key=len, reverse=True)
    if not nouns:
        return actors
    alt = "|".join(re.escape(n) for n in nouns)
    starts = [m.start for m in actors]
    sent_starts = [x.start for x in sents]
    added: list[Match] = []

    def taken(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(starts, hi)  # actors starting before hi; the longest match is a few words
        return any(actors[j].end > lo for j in range(max(0, k - 3), k))
    pat = rx(r"\b(?P<det>the|its|their)\s+(?:(?P<adj>[a-z][\w-]*)\s+)??(?P<noun>" + alt + r")\b(?!-)", re.IGNORECASE)
    for m in pat.finditer(text):
        det, noun = m.group("det").lower(), m.group("noun").lower()
        if det == "the" and noun in _NEEDS_POSSESSIVE:
            continue
        if taken(m.start(), m.end()):
            continue  # already an alias or description ("the Syrian Democratic Forces")
        if rx(r"\s+(?:of|for)\s").match(text, m.end()):
            continue  # "the group of villages", "the umbrella group for the militias": not a reference
        name = _candidates(actors, starts, table, sents, sent_starts, m.start(), noun)
        if name is not None:
            added.append(Match(name, "actor", m.start(), m.end(), False))
    for m in rx(r"\b(?:they|it)\s+(?:(?:had|have|has|also|then|later|reportedly|finally)\s+){0,2}",
                re.IGNORECASE).finditer(text):
        if triggers.match(text, m.end()) is None:
            continue  # only the subject of an event verb: "they had taken", "it launched"
        if rx(r"\b(?:said|says|say|told|added)\s+$", re.IGNORECASE).search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "the SDF said they had taken": the speaker is found by the mention rules
        name = _candidates(actors, starts, table, sents, sent_starts, m.start(), None)
        if name is not None:
            added.append(Match(name, "actor", m.start(), m.start() + len(m.group().split()[0]), False))
    if not added:
        return actors
    return sorted(actors + added, key=lambda x: (x.start, x.kind))


_PLACE_PREPS = frozenset(["in", "at", "near", "of", "from", "to", "toward", "towards", "into", "across", "around",
                          "outside", "inside", "on", "for", "with", "between", "and"])


def actors_by_metonymy(text: str, places: list[Match], actors: list[Match], table: AliasTable,
                       verb_forms: frozenset[str], noun_forms: frozenset[str]) -> tuple[list[Match], list[Match]]:
    """Actors a text names through a place or a nationality: (actors, places) updated.

    "Kyiv launched its southern counteroffensive", "Ukraine's counteroffensive": a place the alias
    table says stands for an actor (``actor:``), as the subject of an event verb or the owner of an
    event noun, is that actor and not a place.  (Nationalities with a word for armed forces the table
    does not list, "Philippine troops", are generic actors: :mod:`._nouns`.)
    """
    added: list[Match] = []
    dropped: set[int] = set()
    for k, p in enumerate(places):
        actor = table.stands_for.get(p.name)
        if not actor:
            continue
        prev = rx(r"([\w'-]+)\s*$").search(text[max(0, p.start - 20) : p.start])
        if prev is not None and prev.group(1).lower() in _PLACE_PREPS:
            continue  # "in Kyiv", "the battle for Kyiv": the place itself
        after = text[p.end : p.end + 60]
        verb = rx(r"\s+(?:(?:has|had|have|also|then|finally|formally|on\s+\w+day)\s+){0,2}([a-z]+)\b").match(after)
        noun = rx(r"'s\s+(?:[\w-]+\s+){0,2}?([a-z-]+)\b").match(after)
        if (verb is not None and verb.group(1) in verb_forms) or (noun is not None and noun.group(1) in noun_forms):
            added.append(Match(actor, "actor", p.start, p.end, False))
            dropped.add(k)
    # "no business as usual with Moscow", "Kabul's generals": a city told for its government is no place
    seats = {n for n in [*table.stands_for, *table.capital.values()] if table.place_kind.get(n) != "country"}
    places = [dataclasses.replace(p, place_kind=SEAT) if k not in dropped and (
        p.name in seats or p.place_kind in {"city", ""}) and government_use(text, p.start, p.end) else p
        for k, p in enumerate(places)]
    if not added:
        return actors, places
    return (sorted(actors + added, key=lambda x: (x.start, x.kind)),
            [p for k, p in enumerate(places) if k not in dropped])
