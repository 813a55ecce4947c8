"""Session 6 (E5) classes of cross-document merging, each tested on dispatches of our own about other places.

- a bare "the assault began on <day>", in a dispatch that names the place of the corpus's one campaign
  called an assault, is that campaign, and its day is the campaign's start (:func:`._heads.merge_openings`);
- "have been hurling fighters at X since Friday", in an article that does not tell the campaign itself, is
  the one campaign at X told with its start, when the starts other articles count agree;
- an undated act aimed at a place ("pulled back from much of X"), told on the day another article dates
  the same actor's act of that kind in that place ("Yesterday's withdrawal of the rebels ... in X"), is one
  act (:func:`._undated.merge_undated`).

Each has negatives: two events that must stay apart.  These run the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline


def _with(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


# -- "since the assault began on ..." ----------------------------------------------------------------------
_SHARQI = [
    ("a", "2014-03-10", "TRIPOLI, March 10 (Coastal Wire) - Army units shelled the rebel-held Bab Sharqi district "
                        "of Qalbeen with artillery for a fourth day on Monday, residents said. More than 90 people "
                        "have died in the town since the assault began on the night of March 6, a monitoring group "
                        "said."),
    ("b", "2014-03-25", "The assault on Bab Sharqi, now in its third week, has emptied the district's markets, aid "
                        "workers said on Tuesday."),
    ("d", "2014-03-20", "The siege of Qalbeen has cut the coast road and emptied the port, officials said on "
                        "Thursday."),
    ("c", "2014-04-01", "Shells fell again on Bab Sharqi on Tuesday, where the assault is now well into its fourth "
                        "week, residents said."),
]


def _sharqi(tl: Timeline) -> Event:
    [camp] = [e for e in tl.events if e.type == "campaign" and e.place == "Bab Sharqi"]
    return camp


def test_a_bare_assault_that_began_on_a_day_is_the_campaign_of_the_place_the_article_names(tmp_path: Path) -> None:
    # the article names Bab Sharqi and Qalbeen as often: it is about neither, but the corpus's one assault is
    tl = _build(tmp_path, _SHARQI)
    camp = _sharqi(tl)
    assert set(camp.docs) >= {"a", "b", "c"}
    assert camp.interval.start[0] is not None and camp.interval.start[0].date() == dt.date(2014, 3, 6)
    assert not _errors(tl)


def test_a_bare_assault_in_an_article_about_another_place_stays_apart(tmp_path: Path) -> None:
    docs = [("a", "2014-03-10", "TRIPOLI, March 10 (Coastal Wire) - Army units shelled the port of Marsa Nour on "
                                "Monday, residents said. More than 90 people have died in the town since the "
                                "assault began on the night of March 6, a monitoring group said."), *_SHARQI[1:]]
    tl = _build(tmp_path, docs)
    assert "a" not in _sharqi(tl).docs
    assert not _errors(tl)


def test_a_bare_assault_whose_start_the_campaign_contradicts_stays_apart(tmp_path: Path) -> None:
    # began in January: the assault now in its third week on March 25 began in March
    docs = [("a", "2014-03-10", _SHARQI[0][2].replace("March 6", "January 2")), *_SHARQI[1:]]
    tl = _build(tmp_path, docs)
    assert "a" not in _sharqi(tl).docs


def test_a_bare_assault_with_two_assaults_in_the_corpus_stays_apart(tmp_path: Path) -> None:
    docs = [*_SHARQI, ("d", "2014-03-26", "The assault on Tel Marouf, now in its third week, has cut the road "
                                          "north, officials said on Wednesday.")]
    tl = _build(tmp_path, docs)
    assert not _with(tl, "a", "b")


# -- "have been hurling ... at X since Friday" ------------------------------------------------------------
_KFAR = [
    ("a", "2019-05-05", "Rebel units have been hurling waves of fighters and armoured trucks at Kfar Tala since "
                        "Friday, in what the army calls an attempt to cut the town off from the coast."),
    ("b", "2019-06-07", "The rebel assault on Kfar Tala entered its second month this week, with little ground "
                        "gained, a monitor said on Thursday."),
]


def test_an_attack_going_on_since_a_day_is_the_campaign_at_its_target_with_its_start(tmp_path: Path) -> None:
    tl = _build(tmp_path, _KFAR)
    [camp] = [e for e in tl.events if e.type == "campaign"]
    assert set(camp.docs) == {"a", "b"}
    assert camp.interval.start[0] is not None and camp.interval.start[0].date() == dt.date(2019, 5, 3)
    assert not _errors(tl)


def test_since_a_day_fronted_in_its_sentence_is_read_too(tmp_path: Path) -> None:
    fronted = [("a", "2019-05-05", "Since Friday, rebel units have been hurling waves of fighters and armoured trucks "
                                   "at Kfar Tala, in what the army calls an attempt to cut the town off."), _KFAR[1]]
    tl = _build(tmp_path, fronted)
    [camp] = [e for e in tl.events if e.type == "campaign"]
    assert set(camp.docs) == {"a", "b"}
    assert not _errors(tl)


def test_an_attack_since_a_day_the_campaign_count_excludes_stays_apart(tmp_path: Path) -> None:
    # told in early March: "entered its second month" in early June counts a start in April or May
    tl = _build(tmp_path, [("a", "2019-03-05", _KFAR[0][2]), _KFAR[1]])
    [camp] = [e for e in tl.events if e.type == "campaign"]
    assert camp.docs == ("b",)


def test_an_attack_since_a_day_by_another_side_than_the_campaigns_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_KFAR[0], ("b", "2019-06-07", _KFAR[1][2].replace("The rebel assault", "The army's assault"))])
    [camp] = [e for e in tl.events if e.type == "campaign"]
    assert camp.docs == ("b",)


def test_an_attack_since_a_day_in_an_article_that_counts_the_campaign_is_a_phase(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-05-05", "Rebel units have been hurling waves of fighters and armoured trucks "
                                               "at Kfar Tala since Friday, three weeks into the siege of Kfar "
                                               "Tala."), _KFAR[1]])
    attacks = [e for e in tl.events if e.type == "attack"]
    assert attacks and attacks[0].docs == ("a",)


# -- an undated act on the day another article dates it -----------------------------------------------------
_SABIL = [
    ("a", "2016-03-03", "AMMAN, March 3 (Desert Wire) - Army units took control of the town hall in Khan Sabil on "
                        "Thursday. Rebel fighters pulled back from much of Khan Sabil with little resistance, "
                        "residents said."),
    ("b", "2016-03-04", "Yesterday's withdrawal of the rebels handed the army the airport and two fuel depots in "
                        "Khan Sabil, a monitor said."),
]


def test_an_undated_pullback_joins_the_withdrawal_another_article_dates_to_its_day(tmp_path: Path) -> None:
    tl = _build(tmp_path, _SABIL)
    [w] = [e for e in tl.events if e.type == "withdrawal"]
    assert set(w.docs) == {"a", "b"}
    assert not _errors(tl)


def test_an_undated_pullback_and_a_withdrawal_days_before_its_article_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_SABIL[0], ("b", "2016-03-04", _SABIL[1][2].replace("Yesterday's withdrawal of the rebels",
                                                                                "The withdrawal of the rebels on Monday"))])
    ws = [e for e in tl.events if e.type == "withdrawal"]
    assert ws and all(len(set(e.docs)) == 1 for e in ws)


def test_an_undated_pullback_and_another_actors_withdrawal_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_SABIL[0], ("b", "2016-03-04", _SABIL[1][2].replace("of the rebels",
                                                                                "of the government troops"))])
    assert not [e for e in tl.events if e.type == "withdrawal" and set(e.docs) == {"a", "b"}]
