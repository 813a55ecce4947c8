"""Air strikes an actor began open its air campaign (session 11, ``_launch_day``).

"NATO warplanes began air strikes on Libya on Saturday" and "NATO's air campaign in Libya, which began on
March 19" are one campaign: same day, the actor named by one article's subject and the other's noun phrase
("Russian aircraft" / "Russia's": one country's), the places one (a city and its country).  Strikes that
were not begun, begun on another day, or by another country stay apart.
"""

from __future__ import annotations

import pytest

import timeline
from timeline.model import Document

_CASES = [
    ("NATO warplanes began air strikes on Libya on Saturday, hitting air defences around Tripoli.", "2011-03-20",
     "NATO's air campaign in Libya, which began on March 19, has grounded Gaddafi's air force, officials said on "
     "Monday.", "2011-03-28", True),
    ("US-led warplanes began air strikes in Syria on Tuesday, bombing Islamic State positions around Raqqa.",
     "2014-09-24", "The US-led air campaign in Syria, launched on Sept. 23, has cost more than $1 billion, the "
     "Pentagon said on Friday.", "2014-10-10", True),
    ("Israeli jets began air strikes on Gaza on Wednesday, killing the commander of Hamas's armed wing.",
     "2012-11-15", "Israel's air campaign in Gaza, which began on Nov. 14, entered its fifth day on Sunday.",
     "2012-11-19", True),
    ("Russian warplanes began air strikes in Syria on Wednesday, hitting targets near Homs and Hama.", "2015-10-01",
     "Russia's air campaign in Syria, which began on Sept. 30, has mostly struck rebel groups, monitors said on "
     "Thursday.", "2015-10-08", True),
    # another day, strikes not begun, another country
    ("Russian warplanes began air strikes in Syria on Wednesday, hitting targets near Homs.", "2015-10-01",
     "Russia's air campaign in Syria, which began on Sept. 20, has mostly struck rebel groups, monitors said on "
     "Thursday.", "2015-10-08", False),
    ("Russian warplanes carried out air strikes near Homs on Wednesday, monitors said.", "2015-10-01",
     "Russia's air campaign in Syria, which began on Sept. 30, has mostly struck rebel groups, monitors said on "
     "Thursday.", "2015-10-08", False),
    ("Turkish jets began air strikes in Syria on Wednesday, hitting Kurdish positions near Kobani.", "2015-10-01",
     "Russia's air campaign in Syria, which began on Sept. 30, has mostly struck rebel groups, monitors said on "
     "Thursday.", "2015-10-08", False),
]


@pytest.mark.parametrize(("first", "pub1", "second", "pub2", "one"), _CASES)
def test_air_strikes_begun_open_the_air_campaign(first: str, pub1: str, second: str, pub2: str, one: bool) -> None:
    docs = [Document(id="a", text="X (Wire) - " + first, published=pub1),
            Document(id="b", text="Y (Wire) - " + second, published=pub2)]
    events = timeline.build(docs).events
    joined = any({ev.doc for ev in e.evidence} >= {"a", "b"} for e in events)
    assert joined is one, [(e.label, sorted({ev.doc for ev in e.evidence})) for e in events]
