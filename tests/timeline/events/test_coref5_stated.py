"""Session 5 (E1) classes of cross-document merging, each tested on dispatches of our own about other wars.

- one place under two names, as an article states it ("the border town that Eritreans call Badime",
  "X, a village ... that locals call Y", "Izmail (Ismail)", "Alto-Verano" / "Verano");
- a country acting is its forces ("Ethiopia's army took control of ..." / "Ethiopian troops captured ...");
- one capture told by three articles (one the next day: "Yesterday's fall of the town");
- one withdrawal told with two days is two articles disagreeing ("The withdrawal from X, which began on ...");
- background facts told again with no place: a proclamation, an accord, a truce (:mod:`._background`);
- a war counted by several articles ("In its second week, the war over X", "the fighting over X began,
  after the past 12 days", "Nearly two weeks into the war") is one campaign.

These run the real pipeline (extraction, events, reasoning) unless they test one function.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline


def _with_docs(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


def _spellings(*texts: str) -> dict[str, str]:
    from timeline._events._aliases import load_table
    from timeline._events._corpus_names import spellings
    from timeline._events._mentions import find_mentions

    table = load_table()
    return spellings([find_mentions(f"d{k}", t, table) for k, t in enumerate(texts)])


# -- one place, two names ----------------------------------------------------------------------------------
_BADME = [
    ("a", "2020-05-10", "ADDIS ABABA, May 10 (Horn Wire) - Ethiopian troops captured Badme on Sunday (May 10), the "
                        "defence minister said, seizing the border town that Eritreans call Badime. Eritrea said "
                        "the fighting went on."),
    ("b", "2020-05-10", "Ethiopia's army took control of Badime on Sunday after two days of shelling, according to "
                        "Addis Ababa."),
    ("c", "2020-05-11", "ASMARA, May 11 (Red Sea Daily) - Officials in Asmara admitted on Monday that Badime was in "
                        "Ethiopian hands. Yesterday's fall of the town leaves the road to the coast open, a retired "
                        "colonel said."),
]


def test_a_town_an_article_names_twice_is_one_town_for_the_corpus() -> None:
    assert _spellings(_BADME[0][2], _BADME[1][2]) == {"Badime": "Badme"}


def test_one_capture_told_by_three_articles_under_two_names_is_one_event(tmp_path: Path) -> None:
    tl = _build(tmp_path, _BADME)
    got = _with_docs(tl, "a", "b", "c")
    assert len(got) == 1 and got[0].type == "capture"
    assert got[0].interval.start[0] == dt.datetime(2020, 5, 10) == got[0].interval.start[1]
    assert not _errors(tl)


def test_a_village_apposed_with_its_other_name() -> None:
    got = _spellings("KRAMSK - Marinovka, a village about 8 km to the east that Ukrainian speakers call Marynivka, "
                     "changed hands twice last week.",
                     "Rebels shelled Marynivka on Monday.")
    assert got == {"Marinovka": "Marynivka"}


def test_the_city_with_no_place_before_it_is_the_dispatch_s_own() -> None:
    got = _spellings("TORVIK, Nordland - The families who stayed in this city sleep in cellars now. Before the siege "
                     "the city, which the islanders call Kallmark, had 40,000 residents.",
                     "Artillery hit Kallmark on Monday. Troops shelled Torvik on Tuesday.")
    assert got.get("Kallmark") == "Torvik" or got.get("Torvik") == "Kallmark"


def test_a_name_in_brackets_after_a_place() -> None:
    got = _spellings("Troops entered Izmail (Ismail) on Monday after a week of shelling.",
                     "Shelling hit Ismail on Sunday.")
    assert got in ({"Ismail": "Izmail"}, {"Izmail": "Ismail"})


def test_brackets_that_hold_a_country_a_source_or_a_group_are_no_second_name() -> None:
    assert _spellings("Troops entered Raqqa (Syria) on Monday.", "Rebels shelled Syria's north.") == {}
    assert _spellings("KOBANI (Levant Wire) - Fighters shelled Kobani on Monday.") == {}
    assert _spellings("Fighters held Kobani (YPG) on Monday.", "Jets struck YPG positions.") == {}
    assert _spellings("Troops shelled Bakhmut (Donetsk) on Monday.", "Rebels shelled Donetsk on Sunday.") == {}


def test_a_hyphenated_name_holds_its_shorter_name_but_not_after_a_compass_word() -> None:
    assert _spellings("Fighting erupted in Alto-Verano on Sunday.", "Shelling hit Verano on Monday.") \
        == {"Verano": "Alto-Verano"}
    assert _spellings("Fighting erupted in North-Verano on Sunday.", "Shelling hit Verano on Monday.") == {}
    assert _spellings("Fighting erupted in Guinea-Bissau on Sunday.", "Shelling hit Bissau on Monday.") == {}


# -- a country acting is its forces ----------------------------------------------------------------------
def test_a_country_is_its_forces_only_for_military_acts_and_one_force() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._mentions import find_mentions
    from timeline._events._states import country_forces

    table = load_table()
    a = find_mentions("a", "Ethiopian troops captured Badme on Sunday.", table)
    b = find_mentions("b", "Ethiopia's army took control of Zalambessa on Monday. Ethiopia signed the accord on "
                           "Tuesday.", table)
    country_forces([a, b])
    by_type = {mn.type: mn.actors for mn in b.mentions}
    assert by_type["capture"] == ["Ethiopian forces"]
    assert "Ethiopian forces" not in by_type.get("agreement", [])


@pytest.mark.parametrize(
    ("theirs", "ours", "forces"),
    [("French troops captured Gao on Sunday.", "France's army took control of Timbuktu on Monday.", "French forces"),
     ("Turkish troops captured Afrin on Sunday.", "Turkey's army took control of Jindires on Monday.",
      "Turkish forces")],
)
def test_a_country_with_an_irregular_adjective_is_its_forces(theirs: str, ours: str, forces: str) -> None:
    from timeline._events._aliases import load_table
    from timeline._events._mentions import find_mentions
    from timeline._events._states import country_forces

    table = load_table()
    a, b = find_mentions("a", theirs, table), find_mentions("b", ours, table)
    country_forces([a, b])
    assert [mn.actors for mn in b.mentions if mn.type == "capture"] == [[forces]]


# -- one withdrawal, two days ------------------------------------------------------------------------------
def test_the_withdrawal_from_a_town_told_with_another_day_is_a_disagreement(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("k1", "2022-05-09", "KHARKIV, May 9 (Steppe Wire) - Ukrainian troops began withdrawing from the encircled "
                             "town of Kupiansk on Monday (May 9), the general staff said."),
        ("k2", "2022-05-16", "IZIUM - The withdrawal from Kupiansk, which began on May 2, left the brigade short of "
                             "guns, officers said on Sunday."),
        ("k3", "2022-05-16", "LVIV - Rain closed several roads in western Ukraine on Sunday."),
    ])
    assert "documents-disagree" in _errors(tl)
    assert _with_docs(tl, "k1", "k2")


def test_withdrawals_from_one_town_weeks_apart_stay_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("k1", "2022-05-09", "KHARKIV, May 9 (Steppe Wire) - Ukrainian troops began withdrawing from the encircled "
                             "town of Kupiansk on Monday (May 9), the general staff said."),
        ("k2", "2022-08-16", "IZIUM - The withdrawal from Kupiansk, which began on July 12, left the brigade short "
                             "of guns, officers said on Tuesday."),
    ])
    assert not _errors(tl)
    assert not _with_docs(tl, "k1", "k2")


# -- background facts ------------------------------------------------------------------------------------
_KIVU = [
    ("g1", "2016-03-03", "GENEVA, Thursday 3 March 2016 (Alpine Wire) - After 14 hours of talks, envoys of the two "
                         "governments agreed on Thursday on a set of measures for the south, including a truce around "
                         "Goma that is to take hold from Sunday, March 6. The rebels, whose self-proclaimed Kivu "
                         "People's Republic was proclaimed in May last year, were not at the table."),
    ("g2", "2016-03-09", "GOMA - Both sides accused each other of wrecking a truce that was barely three days old, as "
                         "shelling resumed near the lake."),
    ("g3", "2016-06-20", "GOMA - Goma has been the capital of the rebels' self-declared republic since they "
                         "proclaimed it in May 2015. The Geneva accord of early March has been broken many times "
                         "since, diplomats said on Monday."),
]


def test_a_proclamation_an_accord_and_a_truce_told_again_are_one_each(tmp_path: Path) -> None:
    tl = _build(tmp_path, _KIVU)
    by_type = {e.type: e for e in tl.events}
    assert set(by_type["proclamation"].docs) == {"g1", "g3"}
    assert by_type["proclamation"].interval.start[0] == dt.datetime(2015, 5, 1)
    assert set(by_type["agreement"].docs) == {"g1", "g3"}
    assert by_type["agreement"].interval.start[0] == dt.datetime(2016, 3, 3)
    assert set(by_type["ceasefire"].docs) == {"g1", "g2"}
    assert by_type["ceasefire"].interval.start[0] == dt.datetime(2016, 3, 6)
    assert not _errors(tl)


def test_an_accord_whose_dates_contradict_the_dated_one_stays_apart(tmp_path: Path) -> None:
    # "now looks close to collapse" may be read as the accord's end: then it is not the act of one day
    g3 = ("g3", "2016-06-20", "GOMA - The Geneva accord of early March now looks close to collapse, diplomats said "
                              "on Monday.")
    tl = _build(tmp_path, [_KIVU[0], g3])
    assert not _errors(tl)


def test_an_accord_that_fits_two_dated_accords_joins_neither(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("p1", "2016-03-01", "ANKARA - Russia and Turkey agreed on Tuesday on a plan for the border, the Kremlin said."),
        ("p2", "2016-03-03", "BAGHDAD - Iran and Iraq agreed on Thursday on a plan for the river, officials said."),
        ("p3", "2016-06-20", "DAMASCUS - The accord of early March now looks close to collapse, diplomats said on "
                             "Monday."),
    ])
    agreements = [e for e in tl.events if e.type == "agreement"]
    assert not any({"p1", "p2"} <= set(e.docs) or {"p3"} < set(e.docs) for e in agreements)
    assert not _errors(tl)


def test_two_truces_at_two_places_on_one_day_stay_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("t1", "2020-05-04", "A truce in Idlib took hold on Monday (May 4), monitors said."),
        ("t2", "2020-05-04", "A ceasefire in Daraa began on Monday (May 4), residents said."),
    ])
    assert not _with_docs(tl, "t1", "t2")


# -- one war, counted by several articles ----------------------------------------------------------------------
def test_a_war_counted_by_four_articles_under_two_names_is_one_campaign(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("w1", "2021-03-14", "LAGOMAR, Alto-Verano (Coast Wire) - Heavy fighting erupted along the front line in "
                             "Alto-Verano on Sunday, with Sylvania saying it had launched a counter-offensive."),
        ("w2", "2021-03-23", "LAGOMAR - The families who stayed in this city sleep in cellars now. In its second week, "
                             "the war over Verano has reached streets that were spared in earlier clashes."),
        ("w3", "2021-03-26", "VIENNA, March 26 (Coast Wire) - The foreign ministers of Sylvania and Freedonia flew into "
                             "Vienna on Friday for their first talks since the fighting over Alto-Verano began, after "
                             "the past 12 days of artillery duels."),
        ("w4", "2021-03-27", "VIENNA, Saturday 27 March 2021 (Coast Wire) - Sylvania and Freedonia agreed to a "
                             "humanitarian truce in Alto-Verano from noon on Saturday. Nearly two weeks into the war, the "
                             "pause is meant to let the two sides exchange prisoners."),
    ])
    got = [e for e in tl.events if e.type == "campaign"]
    assert len(got) == 1 and {"w2", "w3", "w4"} <= set(got[0].docs)
    first = got[0].interval.start[0]
    assert first is not None and dt.datetime(2021, 3, 12) <= first <= dt.datetime(2021, 3, 14)
    assert not _errors(tl)


def test_the_side_s_push_counted_in_weeks_is_the_campaign_of_the_dispatch_s_town(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("s1", "2016-02-02", "SANAA - The rebel offensive on Marib has gone on for the past 12 days."),
        ("s2", "2016-01-30", "SANAA, Jan 30 (Gulf Wire) - Rebels kept up their shelling of Marib on Saturday. Now in "
                             "its second week, the rebel push is aimed at the oil fields east of the city."),
    ])
    got = [e for e in tl.events if e.type == "campaign"]
    assert len(got) == 1 and {"s1", "s2"} <= set(got[0].docs)
    assert not _errors(tl)


# -- "the recapture", in a dispatch about the town retaken ------------------------------------------------------
def test_the_recapture_in_a_dispatch_about_the_town_is_the_one_dated_recapture(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("h1", "2019-04-08", "HOMS - Qaryatain is back in government hands. The army said on Monday that its units had "
                             "full control of the town after the militants slipped away overnight. Three weeks into the "
                             "offensive, the recapture is the heaviest defeat the jihadists have suffered this year."),
        ("h2", "2019-04-09", "QARYATAIN, Syria - Monday's recapture of Qaryatain has given engineers their first look at "
                             "the old monastery."),
    ])
    got = [e for e in tl.events if e.type == "capture" and {"h1", "h2"} <= set(e.docs)]
    assert len(got) == 1
    assert not _errors(tl)


def test_the_recapture_stays_apart_from_a_capture_of_the_town_weeks_before(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("h1", "2019-04-08", "HOMS - Qaryatain is back in government hands. Three weeks into the offensive, the "
                             "recapture is the heaviest defeat the jihadists have suffered this year."),
        ("h2", "2019-04-09", "QARYATAIN, Syria - The army recaptured Qaryatain on March 2, officers said on Tuesday."),
    ])
    assert not [e for e in tl.events if e.type == "capture" and {"h1", "h2"} <= set(e.docs)]


def test_an_undated_pull_out_of_a_town_is_the_withdrawal_another_article_dates_that_week(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("r1", "2023-03-10", "Sylvanian commanders have told their troops to pull out of Vorsk after five weeks of "
                             "street fighting, the regional governor said on Friday."),
        ("r2", "2023-03-13", "COMMENT - Friday's withdrawal from Vorsk was orderly, and the government is right to call "
                             "it a manoeuvre."),
    ])
    got = [e for e in tl.events if e.type == "withdrawal" and {"r1", "r2"} <= set(e.docs)]
    assert len(got) == 1 and got[0].interval.start[0] == dt.datetime(2023, 3, 10)
    assert not _errors(tl)


def test_the_undated_intervention_of_a_dispatch_is_the_one_war_the_corpus_counts(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("m1", "2014-07-16", "NDJAMENA - Jets attacked rebel columns in northern Chad on Wednesday, the president "
                             "said. The operation would last as long as necessary, he added."),
        ("m2", "2014-07-16", "PARIS - The intervention, code-named Lynx after a wild cat of the forest, was ordered "
                             "hours after the rebels seized Abeche and opened the road to Ati and the army base at Mongo, in Chad."),
        ("m3", "2014-08-01", "ABECHE, Chad - Seventeen days into the intervention, officials say the first soldiers "
                             "could start going home in October."),
    ])
    got = [e for e in tl.events if e.type == "campaign"]
    assert len(got) == 1 and {"m2", "m3"} <= set(got[0].docs)
    assert not _errors(tl)


def test_a_war_that_ended_long_ago_is_not_the_war_the_corpus_counts(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("m1", "2014-07-16", "NDJAMENA - The east of Chad threw off government rule in a war that ended with a truce "
                             "in 1994."),
        ("m3", "2014-08-01", "ABECHE, Chad - Seventeen days into the intervention, officials say the first soldiers "
                             "could start going home in October."),
    ])
    assert not [e for e in tl.events if e.type == "campaign" and {"m1", "m3"} <= set(e.docs)]
    assert not _errors(tl)


def test_a_war_counted_by_two_articles_that_name_no_town_is_one_war(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("c0", "2008-08-09", "Tanks from Russia rolled towards Georgia on Friday, officials in Georgia said."),
        ("c1", "2008-08-12", "On the fifth day of the conflict, the prime minister told envoys there was no point in "
                             "coming."),
        ("c2", "2008-08-19", "Twelve days after the war began, refugees are still sleeping in schools, aid workers "
                             "said."),
    ])
    got = [e for e in tl.events if e.type == "campaign"]
    assert len(got) == 1 and {"c1", "c2"} <= set(got[0].docs)
    first = got[0].interval.start[0]
    assert first is not None and dt.datetime(2008, 8, 7) <= first <= dt.datetime(2008, 8, 8)
    assert not _errors(tl)


def test_placeless_wars_whose_counts_disagree_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("c0", "2008-08-09", "Tanks from Russia rolled towards Georgia on Friday, officials in Georgia said."),
        ("c1", "2008-08-12", "On the fifth day of the conflict, the prime minister told envoys there was no point in "
                             "coming."),
        ("c2", "2008-08-19", "Forty days after the war began, refugees are still sleeping in schools, aid workers "
                             "said."),
    ])
    assert not [e for e in tl.events if {"c1", "c2"} <= set(e.docs)]
    assert not _errors(tl)


def test_the_forces_of_a_longer_country_name_are_not_those_of_a_shorter_one() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._mentions import find_mentions
    from timeline._events._states import country_forces

    table = load_table()
    a = find_mentions("a", "Nigerian troops captured Diffa on Sunday.", table)
    b = find_mentions("b", "Niger's army took control of Diffa on Monday.", table)
    country_forces([a, b])
    assert all("Nigerian forces" not in mn.actors for mn in b.mentions)
