"""Campaigns told by description ("the alliance's air campaign"), merged across articles by signature.

Our own dispatches (facts: the 1999 air campaign over Yugoslavia began on 24 March; the Russian air
campaign in Syria on 30 September 2015; the US-led one in Syria on 23 September 2014).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline
from timeline._events._aliases import load_table
from timeline._events._campaigns import signature
from timeline._events._mentions import find_mentions

_OPENED = ("BRUSSELS — Allied warplanes opened the alliance's air campaign on Wednesday (March 24), "
           "striking air defences near Pristina.")
_INTO = ("SKOPJE — Two weeks into the alliance's air campaign, refugees kept crossing the border, aid "
         "workers said on Wednesday.")
_BYSTANDER = "ROME — Foreign ministers met in Rome on Tuesday."


def _build(tmp_path: Path, rows: list[tuple[str, str, str]]) -> timeline.Timeline:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": i, "published": p, "text": t}) + "\n" for i, p, t in rows),
                    encoding="utf-8")
    return timeline.build([path])


def test_weeks_into_a_described_campaign_joins_the_article_that_dates_it(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("y1", "1999-03-25", _OPENED), ("y2", "1999-04-07", _INTO),
                           ("y3", "1999-04-07", _BYSTANDER)])
    [ev] = [e for e in tl.events if "campaign" in e.label.lower()]
    assert set(ev.docs) >= {"y1", "y2"}
    assert ev.interval.start[0] is not None and ev.interval.start[0].date().isoformat() == "1999-03-24"
    assert not [f for f in tl.findings if f.severity == "error"]


def test_weeks_into_that_contradicts_the_launch_date_is_an_error_naming_both(tmp_path: Path) -> None:
    # published in June, "two weeks into" a campaign launched on 24 March: one of them is wrong
    tl = _build(tmp_path, [("y1", "1999-03-25", _OPENED), ("y2", "1999-06-02", _INTO),
                           ("y3", "1999-06-02", _BYSTANDER)])
    errors = [f for f in tl.findings if f.severity == "error"]
    assert errors and {"y1", "y2"} <= {x.doc for f in errors for x in f.evidence}
    assert "y3" not in {x.doc for f in errors for x in f.evidence}


def test_two_air_campaigns_by_different_powers_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("s1", "2015-10-01", "MOSCOW — Russian jets began the Russian air campaign in Syria on Wednesday "
                             "(September 30), striking targets near Homs."),
        ("s2", "2015-10-14", "WASHINGTON — Two weeks into the US-led air campaign in Syria, coalition jets "
                             "struck oil sites near Raqqa, officials said on Tuesday."),
    ])
    assert not [e for e in tl.events if {"s1", "s2"} <= set(e.docs)]


@pytest.mark.parametrize(
    ("text", "who", "what", "where"),
    [
        ("The NATO air campaign over Libya went on.", {"nato"}, {"air"}, {"liby"}),
        ("Its seven-month air campaign ended.", set(), {"air"}, set()),
        ("The almost two-week-old campaign slowed.", set(), set(), set()),
        ("The Russian bombing campaign in Aleppo resumed.", {"russ"}, set(), {"aleppo"}),
    ],
)
def test_signature_of_a_campaign_phrase(text: str, who: set[str], what: set[str], where: set[str]) -> None:
    dm = find_mentions("t", text, load_table())
    [sig] = [s for mn in dm.mentions if (s := signature(dm, mn)) is not None]
    assert sig.head == "campaign"
    assert who <= sig.who and sig.what == what and sig.where == where


def test_weeks_into_the_siege_joins_the_siege_of_its_place_not_another(tmp_path: Path) -> None:
    # two sieges begun a day apart: "the siege" told from Deir ez-Zor is the one of Deir ez-Zor
    tl = _build(tmp_path, [
        ("z1", "2015-01-19", "BEIRUT — Islamic State fighters began their siege of the government enclave in "
                             "Deir ez-Zor on Saturday (January 17), cutting the last road to the airport."),
        ("z2", "2015-02-02", "DEIR EZ-ZOR — Two weeks into the siege, residents of Deir ez-Zor said on Monday "
                             "that bread had run out."),
        ("z3", "2015-01-17", "ALEPPO — Government forces began their siege of the rebel districts in Aleppo on "
                             "Friday (January 16), monitors said."),
    ])
    [ev] = [e for e in tl.events if "z2" in e.docs]
    assert set(ev.docs) == {"z1", "z2"}
    assert ev.interval.start[0] is not None and ev.interval.start[0].date().isoformat() == "2015-01-17"


def test_now_in_a_weeks_into_sentence_says_the_campaign_is_still_on(tmp_path: Path) -> None:
    # "now" does not date the campaign's launch: the merged event stays consistent
    tl = _build(tmp_path, [
        ("y1", "1999-03-25", _OPENED),
        ("y4", "1999-06-01", "BRUSSELS — Ten weeks into the alliance's air campaign, the army now holds fewer "
                             "positions in the province, officials said."),
    ])
    [ev] = [e for e in tl.events if "campaign" in e.label.lower()]
    assert set(ev.docs) == {"y1", "y4"}
    assert not [f for f in tl.findings if f.severity == "error"]
