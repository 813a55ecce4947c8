"""Session 7 (E7b) classes of cross-document merging, each tested on dispatches of our own about other
places and wars (positives and the negatives that must stay apart).

- one ballot of a whole people told before (a plan, "plans to hold an autonomy referendum on March 16")
  and on its day ("followed the autonomy referendum in X on Sunday") is one vote;
- one place spelt several ways across a corpus, also within one article and with a space inside the name;
- a landmark taken inside a town (a citadel, an airport) is another capture than the whole town.

These run the real pipeline (extraction, events, reasoning).
"""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline


def _with_docs(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


# -- one ballot told before and on its day -----------------------------------------------------------------
_BALLOT = [
    ("a", "2031-03-02", "LUSAKA — The Barotse regional council plans to hold an autonomy referendum on March 16, "
                        "a ballot the central government calls illegal. Troops were sent to the border on Sunday."),
    ("b", "2031-03-17", "MONGU, Zambia — Long queues formed before dawn. On Sunday voters in Mongu and Kalabo took "
                        "part in the autonomy referendum, which the police did not try to stop."),
]


def test_a_referendum_planned_and_the_referendum_held_are_one_vote(tmp_path: Path) -> None:
    tl = _build(tmp_path, _BALLOT)
    got = [e for e in _with_docs(tl, "a", "b") if e.type == "vote"]
    assert len(got) == 1
    assert got[0].interval is not None and str(got[0].interval.start[0])[:10] == "2031-03-16"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_a_referendum_and_an_assembly_vote_on_the_same_day_stay_apart(tmp_path: Path) -> None:
    docs = [_BALLOT[0], ("c", "2031-03-17", "LUSAKA — The national assembly voted on Sunday to extend the state "
                                            "of emergency by three months, officials said.")]
    tl = _build(tmp_path, docs)
    assert not [e for e in _with_docs(tl, "a", "c") if e.type == "vote"]


def test_two_referendums_in_two_regions_on_one_day_stay_apart(tmp_path: Path) -> None:
    docs = [("d", "2031-03-17", "KASAMA, Zambia — On Sunday voters in Kasama took part in an autonomy referendum "
                                "called by the northern council."),
            ("e", "2031-03-17", "MONGU, Zambia — On Sunday voters in Mongu took part in an autonomy referendum "
                                "called by the western council.")]
    tl = _build(tmp_path, docs)
    assert not [e for e in _with_docs(tl, "d", "e") if e.type == "vote"]


# -- one place, several spellings ---------------------------------------------------------------------------
def _spellings(*texts: str) -> dict[str, str]:
    from timeline._events._aliases import load_table
    from timeline._events._corpus_names import spellings
    from timeline._events._mentions import find_mentions

    table = load_table()
    return spellings([find_mentions(f"d{k}", t, table) for k, t in enumerate(texts)])


def test_a_space_inside_a_name_and_a_silent_final_h_are_spellings() -> None:
    from timeline._events._spellings import _known_places, transliterations

    assert transliterations("Tal Abyad", "Talabyad", _known_places())
    assert transliterations("Ras al Ain", "Ras al-Ayn", _known_places())
    assert transliterations("Mukallah", "Mukalla", _known_places())
    assert not transliterations("Tal Abyad", "Tal Tamr", _known_places())


def test_other_vowels_only_may_be_one_place_within_one_article() -> None:
    from timeline._events._spellings import vowel_variants

    assert vowel_variants("Mukallah", "Mokalla") and vowel_variants("Zinjibar", "Zinjobar")
    assert not vowel_variants("Pokrovsk", "Pokrovka") and not vowel_variants("Zinjibar", "Zinjibar")


def test_one_article_writing_a_port_two_ways_is_one_port_for_the_corpus() -> None:
    got = _spellings("Fighters shelled Mukallah on Monday. Fishermen in Mokalla said the port was closed.",
                     "Troops entered Mukallah on Tuesday, witnesses said.")
    assert got == {"Mokalla": "Mukallah"}


def test_one_article_writing_two_towns_a_letter_apart_keeps_two() -> None:
    got = _spellings("Troops shelled Pokrovsk on Monday and entered Pokrovske on Tuesday.",
                     "Troops shelled Pokrovsk again on Wednesday.")
    assert "Pokrovske" not in got and "Pokrovsk" not in got


# -- a landmark inside a town --------------------------------------------------------------------------------
_FORT = [
    ("a", "2030-05-04", "KANDAHAR, May 4 (Steppe Wire) - Afghan troops recaptured the fortress at the heart of Ghazni "
                        "on Saturday, along with the bazaar around it, the army said."),
    ("b", "2030-05-05", "Afghan troops have retaken the whole of Ghazni from the Taliban, a general said on Sunday. "
                        "Yesterday's capture of the old fortress had broken the back of the defence, he said."),
]


def _told(e: Event, doc: str) -> set[str]:
    return {x.text for x in e.evidence if x.doc == doc}


def test_the_fortress_taken_and_the_whole_town_taken_a_day_later_are_two_captures(tmp_path: Path) -> None:
    tl = _build(tmp_path, _FORT)
    fort = [e for e in tl.events if "recaptured" in _told(e, "a")]
    assert len(fort) == 1
    assert "capture" in _told(fort[0], "b") and "retaken" not in _told(fort[0], "b")
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_an_airfield_taken_told_by_two_articles_is_one_capture(tmp_path: Path) -> None:
    docs = [("c", "2030-05-06", "MOGADISHU - Government troops said on Sunday that they had captured the airfield of "
                                "Kismayo after a week of fighting along the coast."),
            ("d", "2030-05-20", "NAIROBI - Government troops hold Kismayo airfield, seized on May 5, but have not "
                                "pushed into the town itself, officers said.")]
    tl = _build(tmp_path, docs)
    got = [e for e in _with_docs(tl, "c", "d") if e.type == "capture"]
    assert len(got) == 1


def test_two_landmarks_of_one_town_taken_on_one_day_stay_two() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._landmarks import apart, mark_landmarks
    from timeline._events._mentions import find_mentions

    table = load_table()
    dms = [find_mentions("e", "Afghan troops captured the airport of Ghazni on Saturday, officials said.", table),
           find_mentions("f", "Afghan troops recaptured the citadel of Ghazni on Saturday, officials said.", table)]
    mark_landmarks(dms)
    e, f = (next(m for m in dm.mentions if m.type == "capture") for dm in dms)
    assert e.targets == ["Ghazni airport"] and f.targets == ["Ghazni citadel"] and apart(e.targets, f.targets)


def test_no_landmark_in_a_road_or_a_town() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._landmarks import landmark_of
    from timeline._events._mentions import find_mentions

    table = load_table()
    for text in ("Afghan troops captured the airport road near Ghazni on Saturday.",
                 "Afghan troops captured Ghazni on Saturday, near the old fortress.",
                 "Afghan troops captured two villages near the airport on Saturday."):
        dm = find_mentions("g", text, table)
        assert [landmark_of(dm, m) for m in dm.mentions if m.type == "capture"] == [None], text


# -- a place told by a descriptor ("the truce in the city", "Kelmar's main port") ----------------------------
_TRUCE = [
    ("a", "2031-06-03", "MUKALLA, June 3 (Gulf Wire) - A truce took hold in Mukalla at dawn on Tuesday, residents "
                        "said, after a night of heavy shelling."),
    ("b", "2031-06-07", "LONDON — The Security Council met on Friday to endorse the accord reached in Norway. "
                        "The truce in the city, barely four days old, has largely held since it began on Tuesday, "
                        "diplomats said. Monitors will travel to Mukalla next week."),
]


def _descr(*texts: str) -> list[list[tuple[str, list[str]]]]:
    from timeline._events._aliases import load_table
    from timeline._events._corpus_names import name_campaigns
    from timeline._events._descriptors import place_descriptors
    from timeline._events._mentions import find_mentions

    table = load_table()
    dms = [find_mentions(f"d{k}", t, table) for k, t in enumerate(texts)]
    name_campaigns(dms)
    place_descriptors(dms)
    return [[(m.word, m.targets) for m in dm.mentions] for dm in dms]


def test_the_truce_in_the_city_is_the_truce_in_the_one_city_the_article_names(tmp_path: Path) -> None:
    tl = _build(tmp_path, _TRUCE)
    got = [e for e in _with_docs(tl, "a", "b") if e.type == "ceasefire"]
    assert len(got) == 1
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_the_city_of_an_article_naming_two_towns_is_neither() -> None:
    got = _descr("The truce in the city has largely held since Tuesday. Monitors will travel to Mukalla and "
                 "to Shihr next week.")
    assert ("truce", ["Mukalla"]) not in got[0] and ("truce", ["Shihr"]) not in got[0]


def test_a_country_s_main_port_is_the_one_port_the_corpus_introduced() -> None:
    got = _descr("Rebels shelled the port of Barra on Monday, officials said.",
                 "The blockade of Kelmar's main port entered its third week, aid groups said on Friday.",
                 "Rebels shelled the town of Ostra and the village of Dolna on Monday.")
    assert ("blockade", ["Barra"]) in got[1]


def test_two_ports_introduced_leave_the_main_port_unknown() -> None:
    got = _descr("Rebels shelled the port of Barra on Monday, officials said.",
                 "Rebels shelled the port of Dalmo on Monday, officials said.",
                 "The blockade of Kelmar's main port entered its third week, aid groups said on Friday.")
    assert ("blockade", ["Barra"]) not in got[2] and ("blockade", ["Dalmo"]) not in got[2]


# -- talks: held where the dispatch is filed from; "the Oslo talks" is the one the corpus dates --------------
_TALKS = [
    ("a", "2032-03-07", "OSLO, March 7 (Nordic Wire) - Peace talks on Somalia collapsed on Saturday before they had "
                        "even begun, after the rebel delegation refused to travel without guarantees."),
    ("b", "2032-04-20", "KAMPALA — Fighting resumed along the northern border in late March, weeks after the Oslo "
                        "talks fell apart, aid officials said."),
]


def test_talks_a_dispatch_leads_with_are_held_at_its_dateline() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._meetings import meeting_places
    from timeline._events._mentions import find_mentions

    table = load_table()
    dms = [find_mentions("r", "RIMA, Norway — Delegates of Somalia's rebel movement sat down on Thursday for their "
                              "first talks in two years.", table),
           find_mentions("s", "ADEN — Delegates sat down on Thursday for talks in Muscat, officials said.", table)]
    meeting_places(dms)
    assert [m.places for m in dms[0].mentions if m.word == "talks"] == [["Rima", "Norway"]]
    assert [m.places for m in dms[1].mentions if m.word == "talks"] != [["Aden"]]
    # talks placed nowhere yet ("talks last week between X and Y") keep no place
    dm = find_mentions("u", "ADEN — The truce follows talks last week between the two parties.", table)
    meeting_places([dm])
    assert [m.places for m in dm.mentions if m.word == "talks"] == [[]]


def test_the_oslo_talks_are_the_talks_the_corpus_dates_in_oslo(tmp_path: Path) -> None:
    tl = _build(tmp_path, _TALKS)
    got = [e for e in _with_docs(tl, "a", "b") if e.type == "meeting"]
    assert len(got) == 1
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_the_oslo_talks_stay_apart_when_the_corpus_dates_two_in_oslo(tmp_path: Path) -> None:
    other = ("c", "2032-03-20", "OSLO, March 20 (Nordic Wire) - Envoys of the two sides met for talks in Oslo on "
                                "Friday on prisoner exchanges, officials said.")
    tl = _build(tmp_path, [*_TALKS, other])
    assert not [e for e in _with_docs(tl, "b") if e.type == "meeting" and len(e.docs) > 1]


def test_a_landmark_taken_with_other_sites_is_no_landmark_capture() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._landmarks import landmark_of
    from timeline._events._mentions import find_mentions

    dm = find_mentions("h", "Afghan troops seized the airport and the Logar bridge at Ghazni overnight.", load_table())
    assert [landmark_of(dm, m) for m in dm.mentions if m.type == "capture"] == [None]


# -- a capture told as done by a day, and the town "declared retaken yesterday" by nobody named ------------------
def test_a_town_retaken_by_sunday_and_declared_retaken_on_sunday_are_one_capture(tmp_path: Path) -> None:
    docs = [("a", "2030-05-05", "Afghan troops have retaken the whole of Ghazni from the Taliban, a general said on "
                                "Sunday, a week after the offensive began."),
            ("b", "2030-05-06", "KABUL — After a week of fighting in the south, the town of Ghazni was declared "
                                "retaken yesterday, and the first families are expected home soon.")]
    tl = _build(tmp_path, docs)
    got = [e for e in _with_docs(tl, "a", "b") if e.type == "capture"]
    assert len(got) == 1
    assert got[0].interval is not None and str(got[0].interval.start[0])[:10] == "2030-05-05"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_a_capture_by_someone_named_at_a_place_is_no_capture_of_the_place(tmp_path: Path) -> None:
    docs = [("a", "2030-05-05", "Afghan troops have retaken the whole of Ghazni from the Taliban, a general said on "
                                "Sunday, a week after the offensive began."),
            ("c", "2030-05-06", "KABUL — In the south, Taliban fighters captured a police post in Ghazni yesterday, "
                                "officials said.")]
    tl = _build(tmp_path, docs)
    assert not [e for e in _with_docs(tl, "a", "c") if e.type == "capture"]


# -- one campaign halted, told by two articles ----------------------------------------------------------------
_HALT = [
    ("a", "2031-08-04", "ABU DHABI — The United Arab Emirates has paused its offensive on the port of Barra to give "
                        "talks a chance, a minister said on Sunday. Coalition troops launched the offensive on Barra "
                        "on June 2."),
    ("b", "2031-11-10", "BARRA — Five months into the offensive on the port of Barra, the war has reached its docks. "
                        "The campaign was halted in August to give diplomacy a chance and revived in October, aid "
                        "workers said."),
]


def test_a_campaign_paused_and_the_campaign_halted_in_that_month_are_one_halt(tmp_path: Path) -> None:
    tl = _build(tmp_path, _HALT)
    got = [e for e in _with_docs(tl, "a", "b") if e.type == "suspension"]
    assert len(got) == 1
    assert got[0].interval is not None and str(got[0].interval.start[1])[:10] == "2031-08-03"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_halts_of_two_campaigns_stay_two(tmp_path: Path) -> None:
    other = ("c", "2031-11-10", "OSTRA — Five months into the offensive on the town of Ostra, the war has reached its "
                                "centre. The campaign was halted in August and revived in October, aid workers said.")
    tl = _build(tmp_path, [_HALT[0], other])
    assert not [e for e in _with_docs(tl, "a", "c") if e.type == "suspension"]


def test_a_country_s_main_port_is_the_corpus_port_also_where_the_article_names_other_towns() -> None:
    got = _descr("Rebels shelled the port of Barra on Monday, officials said.",
                 "Rebels took the town of Ostra on Monday.",
                 "The blockade of Kelmar's main port entered its third week, aid groups in Ostra said on Friday.")
    assert ("blockade", ["Barra"]) in got[2]


def test_a_round_of_talks_in_a_named_place_is_on_the_timeline(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("r", "2032-05-02", "OSLO — No envoy has travelled since a round in Lisbon failed in "
                                               "August 2029, diplomats said on Sunday.")])
    assert [e.label for e in tl.events if e.type == "meeting" and "Lisbon" in e.label]


def test_talks_placed_nowhere_by_nobody_stay_off_the_timeline(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("s", "2032-05-02", "OSLO — No envoy has travelled since a round failed in "
                                               "August 2029, diplomats said on Sunday.")])
    assert not [e for e in tl.events if e.type == "meeting" and e.interval is not None
                and e.interval.start[0] is not None and e.interval.start[0].year == 2029]


# -- "the truce in X, which came into force on D" is the one truce in X -----------------------------------------
_IN_FORCE = ("a", "2031-06-03", "MUKALLA, June 3 (Gulf Wire) - A truce brokered by Oman came into force in the port "
                                "of Mukalla on Tuesday (June 3), officials said.")


def _truce_told(when: str, new: str = "") -> tuple[str, str, str]:
    return ("b", "2031-06-12", f"ADEN - The {new}truce in Mukalla, which came into force on {when}, has been broken "
                               "dozens of times, both sides said on Wednesday.")


def test_a_truce_told_with_its_day_of_force_is_the_one_truce_there(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_IN_FORCE, _truce_told("June 3")])
    assert len([e for e in _with_docs(tl, "a", "b") if e.type == "ceasefire"]) == 1
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_a_truce_told_with_another_day_of_force_is_two_articles_disagreeing(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_IN_FORCE, _truce_told("May 30")])
    assert "documents-disagree" in _errors(tl)


def test_a_new_truce_is_not_the_truce_told_before(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_IN_FORCE, _truce_told("June 9", new="new ")])
    assert not [e for e in _with_docs(tl, "a", "b") if e.type == "ceasefire"]
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_two_dated_tellings_of_the_oslo_talks_are_one_meeting(tmp_path: Path) -> None:
    # (two meetings dated that week, one in Oslo: the place tells which one "the attempt in Oslo" was)
    first = ("a", "2032-03-07", "OSLO, March 7 (Nordic Wire) - Peace talks on Somalia collapsed on Saturday before "
                                "they had even begun. Separate talks in Mogadishu between clan elders also broke up "
                                "on Thursday.")
    later = ("c", "2032-06-03", "NAIROBI — Envoys of the two sides met on Thursday. A previous attempt at talks, held "
                                "in Oslo nearly three months ago, collapsed before the first session.")
    tl = _build(tmp_path, [first, later])
    got = [e for e in _with_docs(tl, "a", "c") if e.type == "meeting"]
    assert len(got) == 1 and "Oslo" in got[0].label
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_two_dated_meetings_in_oslo_a_month_apart_stay_two(tmp_path: Path) -> None:
    later = ("c", "2032-05-02", "NAIROBI — Envoys hope to meet again next month. Talks held in Oslo in early April "
                                "went nowhere, diplomats said.")
    tl = _build(tmp_path, [_TALKS[0], later])
    assert not [e for e in _with_docs(tl, "a", "c") if e.type == "meeting"]
