"""The roles of an act of crisis and war reporting that the sentence gives outside the verb's own clause.

* A leader's visit told in a relative clause, "Mr Zelensky, who toured the recaptured city two days ago": the
  visitor is the name before ", who", and "the city" or "the town" it toured is the city the dispatch is about
  (the visit is told by who and where, like the walk through its centre another article tells).
* A ban or a curfew told after its noun, "the ban on rallies, imposed last week", "bans on gatherings that the
  military had imposed": imposed by the relative clause's subject, or by nobody the sentence names (never by the
  main clause's subject: "protesters defied the curfew that the army had imposed").
* A charge brought against a person, "police filed a second charge against Aung San Suu Kyi": the person named
  after "against" is its target (the one charged), as the object of "charged" is.
"""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline._events._where import actors_in, salient_city

__all__ = ["aftermath_roles"]

_WHO = re.compile(r",\s+who\s+(?:(?:had|has|have|also|then|later|briefly|first)\s+){0,2}$")
_THE_CITY = re.compile(r"\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<n>city|town)\b")
# the noun a ban or curfew verb follows: "the ban on rallies(, imposed)", "bans on gatherings (that the army had imposed)"
_FRONTED = re.compile(r"\b(?:bans?|prohibitions?|curfews?)\b(?:\s+on\s+(?:[\w-]+\s+){0,8}?[\w-]+)?\s*,?\s+"
                      r"(?:(?:that|which)\s+(?P<subj>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+)?(?:(?:had|has|have)\s+(?:been\s+)?|"
                      r"(?:was|were)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_AGAINST = re.compile(r"(?:\s+[\w-]+){0,4}?\s+against\s+(?:the\s+(?:former|ousted|deposed|detained|jailed)\s+(?:[a-z-]+\s+){0,2}?)?"
                      r"(?P<who>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})")


def aftermath_roles(dm: DocMentions, sent: Sentence, mine: list[Mention]) -> None:
    """Fill the roles of the module docstring for the mentions ``mine`` of ``sent``."""
    text = dm.text
    for m in mine:
        if m.type == "charge" and not m.nominal and not m.targets:
            who = _AGAINST.match(text, m.end, sent.end)
            if who is not None:
                m.targets = [who.group("who")]
        if m.type == "curfew" and not m.nominal:
            fronted = _FRONTED.search(text, max(sent.start, m.start - 90), m.start)
            if fronted is not None:
                m.actors = actors_in(dm, fronted.start("subj"), fronted.end("subj"))[:1] if fronted.group("subj") else []
        if m.nominal or m.actors:
            continue
        if m.type == "visit":
            who = _WHO.search(text, max(sent.start, m.start - 40), m.start)
            if who is not None:  # (a name the actor table knows: a bare surname, "Mr Zelensky", matches no other
                # article's full name, and would keep the visit from the telling that names him in full)
                known = [a for a in dm.spans("actors").within(max(sent.start, who.start() - 60), who.start())
                         if rx(r"\s*").fullmatch(text, a.end, who.start())]
                m.actors = [known[-1].name] if known else []
            city = _THE_CITY.match(text, m.end, sent.end)
            if city is not None and not m.places and not m.targets:
                k = bisect.bisect_left(dm.places, m.start, key=lambda p: p.end)
                prior = dm.places[max(0, k - 60) : k]  # ("the city" of a place the gazetteer calls a town)
                there = salient_city(dm, prior, city.group("n")) or salient_city(dm, prior, "town", strict=True)
                m.places = m.targets = [there] if there is not None else []
