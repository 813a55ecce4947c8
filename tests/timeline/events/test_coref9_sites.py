"""Session 8 cross-document classes, on dispatches of our own (positives and the negatives that must stay
apart):

- one building taken, told with other verbs ("seized the police headquarters", "stormed the town's police
  station"): the building, named as one kind, is the target of both; two buildings, two towns or two dates
  months apart stay two;
- a list of sites taken ("the police headquarters and the security service building", "the last positions,
  the hospital and the stadium"): each is a target, so "the fall of the stadium" is that capture;
- a verb whose object is "the town" ("abandoned the town", "slipped out of the town") is at the one town
  the article names, its dateline's included;
- "had begun its long-awaited attack on X", in a dispatch about the campaign for X, opens that campaign.

These run the real pipeline (extraction, events, reasoning) except the unit checks of the site reader.
"""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline._events._aliases import load_table
from timeline._events._descriptors import place_descriptors
from timeline._events._landmarks import mark_landmarks
from timeline._events._mentions import find_mentions
from timeline.model import Event, Timeline


def _with_docs(tl: Timeline, *docs: str, kind: str | None = None) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs) and (kind is None or e.type == kind)]


def _sites(text: str) -> list[tuple[str, str, list[str]]]:
    dm = find_mentions("s", text, load_table())
    mark_landmarks([dm])
    return [(m.word, m.type, m.targets) for m in dm.mentions]


# -- the site reader -----------------------------------------------------------------------------------------
def test_two_names_of_one_building_are_one_site() -> None:
    for text, verb, want in [
        ("Masked gunmen seized the police headquarters in Vorna on Saturday.", "seized", "Vorna police station"),
        ("The militants stormed Vorna's police station on Saturday, witnesses said.", "stormed",
         "Vorna police station"),
        ("Insurgents overran the police station of Dalma on Tuesday.", "overran", "Dalma police station"),
        ("Protesters stormed the prison in Kesh two days ago and freed 200 inmates.", "stormed", "Kesh prison"),
        ("Rebels seized the TV station in Port Amel on Thursday.", "seized", "Port Amel television station"),
    ]:
        got = [(w, t, tg) for w, t, tg in _sites(text) if w == verb]
        assert got == [(verb, "capture", [want])], (text, _sites(text))


def test_a_list_of_sites_gives_each_site() -> None:
    got = _sites("Armed men seized the police headquarters and the regional security service building in Vorna "
                 "on Saturday.")
    assert got[0][2] == ["Vorna police station", "Vorna security service building"]
    got = _sites("Troops said on Tuesday they had captured the last rebel positions in Dara, the central hospital "
                 "and the football stadium, ending the siege.")
    assert got[0][2] == ["Dara hospital", "Dara stadium"]
    got = _sites("Crowds cheered in Dara after the fall of the stadium that had been the rebels' last redoubt.")
    assert ("fall", "capture", ["Dara stadium"]) in got


def test_no_site_from_a_storming_of_an_airport_or_a_list_with_a_bridge() -> None:
    # storming an airport may be beaten back: an attack still, on the town
    assert all(t == "attack" for w, t, _ in _sites("Rebels stormed the airport of Qala on Friday.") if w == "stormed")
    got = _sites("French troops seized the airport and the bridge at Gao on Saturday.")
    assert got[0][2] == ["Gao"]
    got = _sites("Troops captured the last positions in Dara, a hospital ward and a school, on Tuesday.")
    assert got[0][2] in ([], ["Dara"])


# -- one building, told with two verbs ------------------------------------------------------------------------
_SEIZED = ("a", "2031-04-12", "OSTRA, April 12 (Steppe Wire) - Masked gunmen seized the police headquarters and "
                              "the security service building in the mining town of Vorna on Saturday, while "
                              "protesters barricaded the streets around them.")


def test_a_building_seized_and_stormed_is_one_capture(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_SEIZED, ("b", "2031-04-14", "KESH - The gunmen, who stormed Vorna's police station two "
                                                      "days ago, have since occupied the town hall of Dalma.")])
    got = _with_docs(tl, "a", "b", kind="capture")
    assert len(got) == 1 and str(got[0].interval.start[0])[:10] == "2031-04-12"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_the_towns_police_station_taken_weeks_ago_is_the_seizure_told_on_its_day(tmp_path: Path) -> None:
    # "the town's police station": the article's one town, not the place of the sentence before
    tl = _build(tmp_path, [_SEIZED, ("c", "2031-07-05", "VORNA, July 5 (Steppe Wire) - Rebel fighters left the town "
                                                      "on Saturday, Vorna's mayor said, and withdrew south towards "
                                                      "Ostra. Twelve weeks "
                                                      "ago, a few dozen of their gunmen took over the town's police "
                                                      "station.")])
    got = _with_docs(tl, "a", "c", kind="capture")
    assert len(got) == 1 and str(got[0].interval.start[0])[:10] == "2031-04-12"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_a_police_station_overrun_and_the_police_headquarters_stormed_are_one(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("c", "2031-09-03", "DALMA - Insurgents overran the police station in Dalma on Tuesday, killing two officers."),
        ("d", "2031-09-04", "Insurgents who stormed the police headquarters in Dalma on Tuesday freed 40 prisoners "
                            "from its cells, a lawyer said on Wednesday.")])
    assert len(_with_docs(tl, "c", "d", kind="capture")) == 1


def test_two_buildings_of_one_town_taken_on_one_day_stay_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("e", "2031-09-03", "DALMA - Insurgents seized the police station in Dalma on Tuesday, officials said."),
        ("f", "2031-09-04", "Insurgents stormed the television station in Dalma on Tuesday, officials said on "
                            "Wednesday.")])
    assert not _with_docs(tl, "e", "f")


def test_one_building_taken_twice_months_apart_stays_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        _SEIZED,
        ("g", "2031-07-09", "VORNA - Pro-government militiamen stormed the police headquarters in Vorna on "
                            "Tuesday (July 8), three months after the rebels took the town.")])
    assert not _with_docs(tl, "a", "g")


def test_the_same_verb_on_police_stations_of_two_towns_stays_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("h", "2031-09-03", "Insurgents stormed the police station in Dalma on Tuesday, officials said."),
        ("i", "2031-09-03", "Insurgents stormed the police station in Kesh on Tuesday, officials said.")])
    assert not _with_docs(tl, "h", "i")


def test_the_seat_of_the_town_taken_is_the_town_taken(tmp_path: Path) -> None:
    # the governor's office or the town hall stands for the town: no site of its own
    assert _sites("Federal troops took control of the governor's office in Kesh on Monday.")[0][2] in (["Kesh"], [])
    tl = _build(tmp_path, [
        ("n", "2031-10-16", "BAGHDAD - Federal troops took control of the governor's office in Kesh on Monday, hours "
                            "after the prime minister ordered them in."),
        ("o", "2031-10-17", "Federal troops retook Kesh on Monday without a fight, officials said on Tuesday.")])
    assert len(_with_docs(tl, "n", "o", kind="capture")) == 1


# -- a list of sites: the fall of one of them ---------------------------------------------------------------
def test_a_site_of_the_list_and_its_fall_share_a_target() -> None:
    table = load_table()
    dms = [find_mentions("j", "Government troops said on Tuesday they had captured the last rebel positions in "
                              "Dara, the central hospital and the football stadium, ending the siege.", table),
           find_mentions("k", "Soldiers fired into the air in Dara after the fall of the stadium that had served as "
                              "the rebels' final redoubt.", table)]
    mark_landmarks(dms)
    j, k = (next(m for m in dm.mentions if m.type == "capture") for dm in dms)
    assert set(j.targets) & set(k.targets) == {"Dara stadium"}


# -- "the town" as a verb's object --------------------------------------------------------------------------
def _objects(*texts: str) -> list[list[tuple[str, list[str]]]]:
    table = load_table()
    dms = [find_mentions(f"o{k}", t, table) for k, t in enumerate(texts)]
    place_descriptors(dms)
    return [[(m.word, m.targets) for m in dm.mentions] for dm in dms]


def test_a_verb_whose_object_is_the_town_is_at_the_one_town_named() -> None:
    got = _objects("Government troops entered Vorna on Sunday after rebel fighters abandoned the town on "
                   "Saturday and withdrew south.",
                   "VORNA, Ukraine - Most of the fighters who slipped out of the town overnight have regrouped.")
    assert ("abandoned", ["Vorna"]) in got[0]
    assert ("slipped", ["Vorna"]) in got[1]
    # a dispatch filed from the capital: "the town" is the one town it names, not the capital
    got = _objects("KYIV - Kyiv said on Sunday that the rebels had abandoned the town on Saturday. Troops entered "
                   "Vorna at dawn.", "Troops shelled Vorna on Friday.")
    assert ("abandoned", ["Kyiv"]) not in got[0]
    # a dispatch from one town about another: "entered the town" is the one the body names
    got = _objects("HALVA, March 3 (Steppe Wire) - Government troops regained control of Dalma on Monday. Allied "
                   "units entered the town yesterday evening.", "Rebels shelled Halva on Friday.")
    assert ("entered", ["Dalma"]) in got[0]


def test_a_verb_on_the_town_hall_or_in_an_article_of_two_towns_keeps_its_place() -> None:
    table = load_table()
    for text in ("Troops entered Vorna on Friday. Rebels abandoned the town hall on Saturday.",
                 "Troops shelled Kesh and entered Dalma on Saturday. Rebels abandoned the town on Sunday.",
                 "Troops shelled Kesh on Saturday. Rebels abandoned the town's defences on Sunday."):
        before = [(m.word, m.targets) for m in find_mentions("o", text, table).mentions]
        assert _objects(text)[0] == before, text


def test_a_withdrawal_told_from_both_sides_is_one(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("l", "2031-07-06", "Government troops entered Vorna on Sunday after rebel fighters abandoned the town on "
                            "Saturday, their stronghold since spring."),
        ("m", "2031-07-08", "VORNA - Residents queued for bread on Monday. Most of the rebel fighters who slipped out "
                            "of the town on Saturday have regrouped, their commander said.")])
    assert len(_with_docs(tl, "l", "m", kind="withdrawal")) == 1
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


# -- the opening of a campaign told as "its attack on X" ----------------------------------------------------
_DARA = [
    ("p", "2031-05-06", "AMMAN, May 6 (Levant Wire) - A rebel alliance said on Tuesday it had begun its "
                        "long-awaited attack on Dara, the southern city the army has held for years. Its spokesman "
                        "said the 'great battle' had started."),
    ("q", "2031-05-20", "Two weeks into the battle for Dara, the rebels hold three districts of the city."),
    ("r", "2031-06-30", "The rebel alliance launched the offensive on Dara on May 6, after months of "
                        "preparation. The battle for Dara is now over."),
]


def test_the_attack_begun_on_the_campaign_place_is_the_campaign(tmp_path: Path) -> None:
    tl = _build(tmp_path, _DARA)
    got = [e for e in _with_docs(tl, "p", "q", "r") if e.type == "campaign"]
    assert len(got) == 1
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_an_attack_on_a_checkpoint_or_a_final_assault_is_not_the_campaign(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("s", "2031-05-12", "AMMAN - Rebels began an attack on an army checkpoint near Dara on Sunday, killing four "
                            "soldiers."),
        ("t", "2031-06-28", "AMMAN - The rebels began their final assault on the city on Saturday, a commander in "
                            "Dara said."),
        *_DARA[1:]])
    camp = [e for e in tl.events if e.type == "campaign" and {"q", "r"} <= set(e.docs)]
    assert camp and not {"s", "t"} & set(camp[0].docs)


_LAST = ("u", "2023-10-17", "AMMAN, Oct 17 (Levant Wire) - Government troops said on Tuesday they had captured the last "
                            "rebel positions in Dara, the central hospital and the football stadium, ending the siege.")


def test_the_last_positions_captured_and_the_fall_of_one_of_them_are_one(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_LAST, ("v", "2023-10-18", "Soldiers fired into the air in Dara after yesterday's fall of the "
                                                      "stadium that had served as the rebels' final redoubt.")])
    got = _with_docs(tl, "u", "v", kind="capture")
    assert len(got) == 1 and str(got[0].interval.start[0])[:10] == "2023-10-17"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_the_fall_of_a_site_not_in_the_list_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_LAST, ("w", "2023-10-18", "Soldiers fired into the air in Dara after yesterday's fall of the "
                                                      "airport that had served as the rebels' final redoubt.")])
    assert not _with_docs(tl, "u", "w", kind="capture")
