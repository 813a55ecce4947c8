"""Popular movements (uprisings, protest movements, strikes, sit-ins) told by their start and by their age.

A movement is told by the day it began in one article and only by its age in another, weeks later:
"marched on Tuesday (January 25), the first day of protests" and "Now in its fifth week, the uprising has
spread".  This module holds what the linker and the age readers need to see both tellings as one
movement's start (the merge itself is :mod:`._aged`'s):

- :data:`MOVEMENT_NOUNS`: the nouns that name a whole movement (not one rally of it), so that a fronted
  age ("Now in its fifth week, the uprising ...") measures the noun it opens (:mod:`._relstart`);
- :func:`first_day_of`: a date in apposition with "the first day of <movement>" ("on Tuesday
  (January 25), the first day of protests", "on 17 November, the opening day of the strike") is the
  day the movement *began*; the other dates of the sentence keep their own events;
- :func:`aged_movement`: such a movement, once joined, stays on the timeline though it names nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline._events._mentions import DocMentions, Mention
from timeline.model import Expression

if TYPE_CHECKING:  # (the linker imports this module, and the clusters import the linker)
    from timeline._events._cluster import Cluster

__all__ = ["DECLARED_STATES", "MOVEMENT_AGE", "MOVEMENT_NOUNS", "aged_movement", "first_day_of"]

#: nouns of a whole movement of unrest, counted by its age ("the uprising, now in its fifth week")
MOVEMENT_NOUNS = frozenset({
    "uprising", "uprisings", "revolution", "revolt", "rebellion", "intifada", "protests", "protest",
    "demonstrations", "protest movement", "movement", "sit-in", "sit-ins", "strike", "strikes",
    "general strike", "occupation", "unrest", "standoff", "blockade",
})
#: nouns of other types than protests and strikes (an uprising is a battle to the lexicon, a state of emergency a
#: proclamation) that still have an age of their own: "in its fifth week, the uprising" is the uprising's age,
#: "two weeks into the state of emergency" the emergency's, not a campaign's
MOVEMENT_AGE = frozenset({"uprising", "revolution", "revolt", "intifada", "protest movement", "state of emergency",
                          "emergency rule"})
#: states told by the age of their declaration ("two weeks into the state of emergency": the proclamation, an act of
#: one day, lay that far back)
DECLARED_STATES = frozenset({"state of emergency", "emergency rule"})

# ", the first day of protests", "(Jan. 25), the opening day of the strike", ", marking the first day of ...":
# the date closing the clause, then its appositive; the noun follows "of" past an article and two modifiers
_FIRST_DAY = re.compile(
    r"\s*\)?\s*,\s*(?:(?:which\s+was|marking)\s+)?(?:the\s+)?(?:very\s+)?(?:first|opening)\s+day\s+of\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\w'-]+\s+){0,3}[\w'-]+)", re.IGNORECASE)


def first_day_of(dm: DocMentions, e: Expression) -> Mention | None:
    """The movement noun whose first day the date ``e`` is said to be (", the first day of protests")."""
    if e.type not in {"DATE", "TIME"}:
        return None
    m = _FIRST_DAY.match(dm.text, e.end)
    if m is None:
        return None
    # the first movement noun of the (at most four) words after "of": "protests", "the general strike"
    return next((mn for mn in dm.mentions_starting(m.start(1), m.end(1)) if mn.nominal
                 and mn.word.lower() in MOVEMENT_NOUNS), None)


def aged_movement(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A movement told by its start in one article and by its age in another ("the first day of protests" and
    "now in its fifth week, the uprising"): though it names nobody (the crowds, "the uprising against
    President X"), it stands on the timeline, so that reasoning weighs the age against the start."""
    return bool(cl.relative) and len({d for d, _m in cl.members}) > 1 and all(
        dms[d].mentions[m].nominal and dms[d].mentions[m].word.lower() in MOVEMENT_NOUNS for d, m in cl.members)
