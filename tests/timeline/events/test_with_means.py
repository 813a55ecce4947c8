"""A date before "with <means>" is the date of the act that opened with those means (our own sentences).

"Turkey launched its offensive against Kurdish-led forces in north-east Syria on Wednesday (Oct. 9) with air
strikes on the border towns": the air strikes are how the offensive began, so the date is the offensive's,
however long its object; the nearest noun after the date does not take it over.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.model import Document


@pytest.mark.parametrize(("text", "word", "day"), [
    ("Turkey launched its offensive against Kurdish-led forces in north-east Syria on Wednesday (Oct. 9) with air "
     "strikes on the border towns, officials said.", "offensive", "2019-10-09"),
    ("Azerbaijan launched its offensive against the separatist enclave and its defenders on Tuesday (Sept. 19) with "
     "artillery strikes on Armenian positions.", "offensive", "2023-09-19"),
    ("Israel began its long-threatened ground operation in the southern city of Rafah on Monday (May 6) with air "
     "strikes on the eastern districts.", "operation", "2024-05-06"),
    ("Russia started its full-scale invasion of its western neighbour on Thursday (Feb. 24) with missile strikes on "
     "airfields.", "invasion", "2022-02-24"),
    ("Government troops opened their assault on the rebel-held old city of the provincial capital on Sunday (June 5) "
     "with a heavy barrage.", "assault", "2016-06-05"),
    ("The rebels launched their long-planned offensive against government lines south of the city on Saturday "
     "(July 30) with suicide car bombs.", "offensive", "2016-07-30"),
])
def test_the_date_before_with_means_dates_the_act(text: str, word: str, day: str) -> None:
    pub = dt.datetime.fromisoformat(day) + dt.timedelta(days=2)
    tl = timeline.build([Document(id="a", text=text, published=pub)])
    want = dt.datetime.fromisoformat(day)
    assert any(word in " ".join(x.text for x in e.evidence).lower() and e.interval.start == (want, want)
               for e in tl.events), [(e.label, e.interval.start) for e in tl.events]


def test_a_verb_keeps_its_own_date_before_with() -> None:
    tl = timeline.build([Document(id="a", text="Warplanes struck the city on Sunday (March 3) with cluster bombs, "
                                  "witnesses said.", published=dt.datetime(2024, 3, 5))])
    assert any(e.interval.start[0] == dt.datetime(2024, 3, 3) for e in tl.events)
