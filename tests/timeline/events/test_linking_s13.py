"""Which mention a date goes to, session 13, on sentences of our own.

* an appositive of the object between a verb and its date ("captured X, the last town in rebel hands, on
  Sunday") does not part them, and a verb or report inside an after-phrase that follows the date ("on Sunday
  after days of fighting in which hundreds were reported killed") is never the date's;
* "the first X since D", "the worst Y in decades": the time counts back to an earlier event, it never dates
  this one (an ordinary "since D" still tells a start);
* "has now seized X": "now" with a present perfect bounds the act (done by now), it does not put it on the
  article's day (a present or a progressive with "now" is unchanged);
* a pronoun object ("after troops stormed it on Sunday") takes the place target of the act told before it in
  its sentence or the one before (a pronoun subject, or an antecedent that is no place act, gives nothing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import build_corpus, error_codes, mentions_in

import timeline
from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions


def _links(tmp_path: Path, published: str, text: str) -> list[tuple[str, str, str]]:
    """(expression text, trigger word, relation) of each link, with the real extractor's expressions."""
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "d", "published": published, "text": text}) + "\n", encoding="utf-8")
    doc = timeline.extract([path])[0]
    dm = find_mentions(doc.id, doc.text, load_table())
    links, _ = link_document(dm, doc.expressions, doc.anchor.value)
    return [(doc.expressions[ln.expression].text, dm.mentions[ln.mention].word, ln.relation) for ln in links]


# -- 1. an appositive of the object, then the date; an after-phrase after it ------------------------------------

APPOSED = [
    ("2017-07-11", "Iraqi troops recaptured the Nuri mosque, the last landmark held by the militants, on Sunday after a "
                   "week of street battles in which dozens of fighters were reported killed, the army said on Monday.",
     "recaptured", "Sunday", "killed"),
    ("2016-12-13", "Syrian troops seized the Sheikh Saeed district, the rebels' last foothold in the south of the city, "
                   "on Monday after heavy clashes in which scores of civilians were said to have died, state media said "
                   "on Tuesday.", "seized", "Monday", "died"),
    ("2019-03-24", "Kurdish-led fighters captured Baghuz, the final village under jihadist control, on Saturday after a "
                   "siege in which thousands of people were evacuated, a spokesman said on Sunday.",
     "captured", "Saturday", "evacuated"),
    ("2014-08-10", "Kurdish peshmerga retook Gwer, a town on the road to Erbil, on Sunday after American jets struck "
                   "militant positions, officials said on Monday.", "retook", "Sunday", "struck"),
    ("2012-02-27", "Government forces stormed Baba Amr, the rebel district of Homs, on Wednesday after a month-long "
                   "siege in which hundreds were killed, activists said.", "stormed", "Wednesday", "killed"),
    ("2010-02-14", "US Marines seized the bazaar, the commercial heart of Marjah, on Saturday after a night of fighting "
                   "in which two soldiers were killed.", "seized", "Saturday", "killed"),
    ("2023-04-17", "Paramilitary fighters seized the presidential palace, the seat of the ruling council, on Saturday, "
                   "witnesses said.", "seized", "Saturday", "said"),
]


@pytest.mark.parametrize(("published", "text", "verb", "day", "other"), APPOSED)
def test_an_apposed_object_does_not_part_a_verb_from_its_date(tmp_path: Path, published: str, text: str, verb: str,
                                                              day: str, other: str) -> None:
    links = _links(tmp_path, published, text)
    assert (day, verb, "on") in links, links
    assert not any(x == day and w == other for x, w, _r in links), links


# negatives: a participle phrase set off by commas keeps its own date; a comma-phrase with a verb of its own
NOT_APPOSED = [
    ("2015-06-02", "The town, seized by rebels on Friday, was retaken by the army on Sunday.", "Friday", "retaken"),
    ("2014-06-14", "Militants captured Tal Afar, which they had besieged for days, and on Monday advanced on Mosul.",
     "Monday", "captured"),
]


@pytest.mark.parametrize(("published", "text", "day", "verb"), NOT_APPOSED)
def test_a_comma_phrase_with_a_verb_still_parts_them(tmp_path: Path, published: str, text: str, day: str,
                                                     verb: str) -> None:
    links = _links(tmp_path, published, text)
    assert not any(x == day and w == verb for x, w, _r in links), links


# -- 2. "the first ... since D", "the worst ... in decades" ------------------------------------------------------

SUPERLATIVE = [
    ("2014-05-22", "A car bomb tore through a market in Kirkuk on Wednesday. The attack, the deadliest in the city "
                   "since last August, killed 24 people.", "last August"),
    ("2017-06-05", "Gunmen attacked the parliament in Tehran on Wednesday. The assault, the first on the capital since "
                   "2010, left 17 dead.", "2010"),
    ("2023-10-09", "Militants fired thousands of rockets on Saturday, the largest barrage at the country since May 2021.",
     "May 2021"),
    ("2019-03-23", "Protesters filled the square on Friday in the biggest demonstration in the capital since March 2019.",
     "March 2019"),
    ("2015-02-16", "The ceasefire, the first between the two sides since 2014, took effect at midnight on Sunday.", "2014"),
    ("2012-08-28", "Rebels shot down a helicopter on Monday, their first such success since last spring.", "last spring"),
]


@pytest.mark.parametrize(("published", "text", "since"), SUPERLATIVE)
def test_a_superlative_since_dates_nothing(tmp_path: Path, published: str, text: str, since: str) -> None:
    links = _links(tmp_path, published, text)
    assert not any(x == since for x, _w, _r in links), links
    assert any(r in {"on", "begins"} for x, _w, r in links if x != since), links  # the act keeps its own day


SINCE_STARTS = [
    ("2016-09-20", "The siege of the town has gone on since March.", "March", "begins"),
    ("2014-02-02", "Fighting has raged in the old city since last October.", "last October", "begins"),
    ("2019-11-02", "Protesters have occupied the square since October 1.", "October 1", "begins"),
]


@pytest.mark.parametrize(("published", "text", "since", "relation"), SINCE_STARTS)
def test_an_ordinary_since_still_tells_a_start(tmp_path: Path, published: str, text: str, since: str,
                                               relation: str) -> None:
    links = _links(tmp_path, published, text)
    assert any(x == since and r == relation for x, _w, r in links), links


# -- 3. "now" with a present perfect -----------------------------------------------------------------------------

PERFECT_NOW = [
    ("2016-10-20", "In two weeks the coalition has seized dozens of villages, the Qayyara airbase and now the town of "
                   "Bartella.", "seized"),
    ("2017-07-02", "Iraqi forces have now recaptured the Nuri mosque and most of the Old City.", "recaptured"),
    ("2022-06-26", "Russian troops have now taken Sievierodonetsk after weeks of street fighting.", "taken"),
    ("2018-03-15", "Government forces have now overrun more than half of the enclave.", "overrun"),
    ("2011-08-23", "The rebels have now captured Bab al-Aziziya, Gaddafi's compound in Tripoli.", "captured"),
    ("2019-03-20", "The Kurdish-led alliance has now seized the camp at Baghuz, a spokesman said.", "seized"),
    ("2013-01-30", "French and Malian troops have now retaken Timbuktu and Gao.", "retaken"),
]


@pytest.mark.parametrize(("published", "text", "verb"), PERFECT_NOW)
def test_now_with_a_perfect_bounds_the_act(tmp_path: Path, published: str, text: str, verb: str) -> None:
    links = _links(tmp_path, published, text)
    assert ("now", verb, "before") in links, links
    assert not any(x == "now" and r == "on" for x, _w, r in links), links


@pytest.mark.parametrize("docs", [
    [("a", "2013-01-28", "French and Malian troops retook Timbuktu on Sunday, officials said."),
     ("b", "2013-01-31", "French and Malian troops have now retaken Timbuktu, and the rebels have fled into the desert.")],
    [("a", "2016-10-21", "Iraqi troops captured the town of Bartella on Thursday, officials said."),
     ("b", "2016-10-24", "Iraqi troops have now captured Bartella, and the militants have pulled back toward Mosul.")],
    [("a", "2011-08-24", "Libyan rebels captured Bab al-Aziziya, Muammar Gaddafi's compound, on Tuesday, officials said."),
     ("b", "2011-08-26", "Libyan rebels have now captured Bab al-Aziziya, and Gaddafi is on the run.")],
])
def test_now_with_a_perfect_agrees_with_the_day_told_before(tmp_path: Path, docs: list[tuple[str, str, str]]) -> None:
    tl = build_corpus(tmp_path, docs)
    assert "documents-disagree" not in error_codes(tl), [f.message for f in tl.findings]
    assert any(set(e.docs) == {"a", "b"} for e in tl.events), [(e.label, e.docs) for e in tl.events]


def test_now_with_a_progressive_is_unchanged(tmp_path: Path) -> None:
    links = _links(tmp_path, "2014-07-05", "Troops are now fighting in the streets of Sloviansk.")
    assert not any(x == "now" and r == "before" for x, _w, r in links), links


# -- 4. a pronoun object --------------------------------------------------------------------------------------------

PRONOUN = [
    ("Iraq's prime minister said on Monday his forces had recaptured the Old City of Mosul, the militants' last "
     "bastion, after elite troops stormed it on Sunday.", "stormed", "Mosul"),
    ("The army said on Thursday it had taken Baba Amr after tanks shelled it for weeks.", "shelled", "Baba Amr"),
    ("Russian forces captured Kherson on Wednesday after paratroopers encircled it on Monday.", "encircled", "Kherson"),
    ("Marines pushed into Fallujah on Monday after warplanes bombarded it through the night.", "bombarded", "Fallujah"),
    ("Turkish-backed fighters said they had seized Ras al-Ain, a border town, after Turkish troops stormed it on "
     "Saturday.", "stormed", "Ras al-Ain"),
    ("Rebels said on Friday they had taken Manbij, the jihadists' main supply hub, after Kurdish fighters overran it "
     "on Thursday.", "overran", "Manbij"),
]


@pytest.mark.parametrize(("text", "verb", "place"), PRONOUN)
def test_a_pronoun_object_takes_the_place_told_before(text: str, verb: str, place: str) -> None:
    m = next(x for x in mentions_in(text) if x.word == verb)
    assert place in m.targets, (m.word, m.targets)


def test_a_pronoun_object_of_no_place_act_takes_nothing() -> None:
    # the antecedent is a convoy leaving a city (a withdrawal's target is the place left, not what "it" is)
    text = "The convoy left Aleppo on Monday and militants ambushed it near Hama on Tuesday."
    assert all("Aleppo" not in m.targets for m in mentions_in(text) if m.word == "ambushed")
    # a pronoun subject of a clause of its own is no object
    text = "The army captured Tikrit on Tuesday, and it said the city was safe."
    assert [m.targets for m in mentions_in(text) if m.word == "captured"] == [["Tikrit"]]
