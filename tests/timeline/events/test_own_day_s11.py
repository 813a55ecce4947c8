"""A bare event noun owned by its own day is an act of its own (session 11, ``_own_day``).

"Sunday's raid" beside "Police fired tear gas on Wednesday" is a second act and stays on the timeline;
"Tuesday's raid" beside "Police raided the mosque on Tuesday" is that raid retold and is no second event.
"""

from __future__ import annotations

import pytest

import timeline
from timeline.model import Document


def _events(text: str, published: str) -> list[tuple[str, str | None]]:
    tl = timeline.build([Document(id="d", text=text, published=published)])
    return [(e.label, e.interval.start[0].date().isoformat() if e.interval and e.interval.start[0] else None)
            for e in tl.events]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Police fired tear gas at crowds in the square on Wednesday. Sunday's raid on the camp, in which at "
         "least 12 people died, had already drawn condemnation.", "2019-11-14", "2019-11-10"),
        ("Rebels shelled the airport on Tuesday. Friday's shelling of the port killed four dockers.",
         "2019-11-14", "2019-11-08"),
        ("Soldiers opened fire on mourners on Thursday. Monday's crackdown, which left 30 dead, had already "
         "drawn sanctions.", "2021-03-12", "2021-03-08"),
        ("Militants ambushed a convoy on Saturday. Wednesday's ambush near the dam had killed nine soldiers.",
         "2022-05-16", "2022-05-11"),
        ("Jets bombed the market on Friday. Monday's bombing of the hospital had already been condemned.",
         "2016-09-27", "2016-09-26"),
        ("Security forces raided a hotel on Thursday. Last week's raid on a newspaper office has drawn protests.",
         "2020-06-12", "2020-06-01"),
    ],
)
def test_a_noun_owned_by_another_day_is_its_own_act(text: str, published: str, day: str) -> None:
    got = _events(text, published)
    assert len(got) == 2, got
    assert any(start is not None and start <= day for _label, start in got), got


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Police raided a mosque in the old city on Friday. Friday's raid left two dead.", "2019-11-14"),
        ("Troops pushed into the city on Monday. Monday's advance ran into car bombs.", "2019-11-14"),
        ("Security forces raided a hotel on Thursday. Thursday's raid drew protests.", "2020-06-12"),
        ("Militants ambushed a convoy on Saturday. Saturday's ambush killed nine soldiers.", "2022-05-16"),
    ],
)
def test_a_noun_owned_by_the_same_day_is_that_act_retold(text: str, published: str) -> None:
    assert len(_events(text, published)) == 1, _events(text, published)
