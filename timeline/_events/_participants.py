"""Who and what of a verb in a few general constructions (session 9; split out of :mod:`._mentions`).

- A verb whose object or complement rule wants a time after it takes any time: "Zaranj, which fell a week
  ago", "Gori, which they entered three days ago" (an "ago" time is a time like "on Monday").
- A form that is both the present and the participle ("overrun") is the participle after an auxiliary
  ("Herat was overrun") or opening a reduced relative clause ("In Herat, overrun on Thursday, ...").
- The recipient of a ditransitive verb is not the actor of its object noun: "had offered the separatists a
  ceasefire" (the one who offered is).
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions
from timeline._events._lexicon import VerbEntry
from timeline._events._roles import names_in
from timeline._events._rx import rx
from timeline._events._where import CAPITALISED, NOT_PLACE

__all__ = ["AGO", "GIVEN", "fits_with_time", "from_name", "participle", "possessor"]

#: A time counted back from the telling: "a week ago", "nearly two weeks ago", "three days earlier".
AGO = re.compile(r"\s+(?:(?:nearly|almost|about|around|some|just|only|barely|roughly|more\s+than|less\s+than|over)\s+)?"
                 r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|"
                 r"a\s+couple\s+of|\d+)\s+(?:(?:full|long)\s+)?(?:hours?|days?|weeks?|months?|years?|nights?)\s+"
                 r"(?:ago|earlier|before)\b", re.IGNORECASE)
_TIME_PROBE = " on Monday"
_AUX = re.compile(r"\b(?:was|were|been|being|be|is|are|had|has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# ", overrun on Thursday,", ", overrun by the rebels": a participle opening a reduced relative clause
_REDUCED = re.compile(r",\s+(?:\w+ly\s+)?$")
_REDUCED_AFTER = re.compile(r"\s+(?:(?:early|late)\s+)?(?:on|in|at|during|last|this|yesterday|overnight|by)\b",
                            re.IGNORECASE)


def fits_with_time(verbs: list[tuple[VerbEntry, bool]] | tuple[()], text: str, e: int) -> tuple[VerbEntry, bool] | None:
    """The verb an "ago" time after the form selects: the one whose rule accepts a time after it."""
    if not verbs or AGO.match(text, e) is None:
        return None
    return next((v for v in verbs if v[0].needs is not None and rx(v[0].needs).match(_TIME_PROBE)), None)


def participle(text: str, lo: int, s: int, e: int, form: str) -> bool:
    """A base form read as a past participle: after an auxiliary ("was overrun", "had overrun"), or opening
    a reduced relative clause followed by its time or agent ("Kherson, overrun on Friday, ...")."""
    if form.endswith(("s", "ing")):
        return False
    if _AUX.search(text, max(lo, s - 20), s) is not None:
        return True
    return _REDUCED.search(text, max(lo, s - 14), s) is not None and _REDUCED_AFTER.match(text, e) is not None


#: A ditransitive verb and its first object, up to the noun phrase that is given: the first object is the recipient,
#: not the actor ("offered the separatists a ceasefire", "granted the rebels an amnesty").
GIVEN = re.compile(r"\b(?:offer(?:s|ed|ing)?|gave|give[sn]?|giving|grant(?:s|ed|ing)?|promis(?:es|ed|ing|e)|"
                   r"hand(?:s|ed|ing)?|sent|send(?:s|ing)?|denied|deny|denies|refused|refuse[sd]?)\s+"
                   r"(?:(?:the|its|their|his|her)\s+)?(?:[\w'-]+\s+){1,4}$", re.IGNORECASE)
_FROM = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:from|out\s+of)\s+(?:the\s+)?")


def from_name(dm: DocMentions, e: int, hi: int) -> list[tuple[str, int]]:
    """The capitalised name a withdrawal noun is from ("the pullout from Tskhinvali"), no actor's name."""
    m = _FROM.match(dm.text, e, hi)
    if m is None:
        return []
    named = names_in(dm, m.end(), min(hi, m.end() + 40))
    if named and named[0].start == m.end() and named[0].text not in dm.spans("actors").names:
        return [(named[0].text, m.end())]
    # (a name the name finder took for an adjective: "from Tskhinvali two days ago")
    c = CAPITALISED.match(dm.text, m.end(), hi)
    if c is None or dm.spans("both").covers(m.end()) or c.group().split()[0] in NOT_PLACE or c.group().isupper():
        return []
    return [(c.group().removesuffix("'s"), m.end())]


def possessor(dm: DocMentions, name: str, np_lo: int, s: int) -> bool:
    """Whether ``name`` is the possessor of the event noun at ``s`` ("Georgia's pullout"): who, not where."""
    return any(p.name == name and dm.text.startswith("'s", p.end) for p in dm.spans("places").within(np_lo, s))
