"""One act on one day told by two articles in different words (``timeline/_events/_sameday.py``), the
gazetteer it asks (``_gazetteer.py``), and a target-less act that fits two acts of one day
(``_corefer._merge_across``).  Every sentence our own."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline._events._gazetteer import city_countries, country_code, one_city
from timeline.model import Document, Event

Docs = list[tuple[str, str]]


def _build(docs: Docs) -> list[Event]:
    return list(timeline.build([Document(id=f"d{i}", text=text, published=dt.datetime.fromisoformat(pub))
                                for i, (pub, text) in enumerate(docs)]).events)


def _one_event(docs: Docs, keyword: str, day: str) -> bool:
    """Whether one event with ``keyword`` covers every document and starts on ``day``."""
    want = dt.datetime.fromisoformat(day)
    ids = {f"d{i}" for i in range(len(docs))}
    for ev in _build(docs):
        hay = " ".join([ev.label, *(x.text for x in ev.evidence)]).lower()
        lo, hi = ev.interval.start
        if any(k in hay for k in keyword.split("|")) and ids <= set(ev.docs) and lo is not None and hi is not None \
                and lo.date() == want.date() == hi.date():
            return True
    return False


def _covering(docs: Docs, keyword: str) -> list[Event]:
    ids = {f"d{i}" for i in range(len(docs))}
    return [ev for ev in _build(docs) if ids <= set(ev.docs)
            and any(k in " ".join([ev.label, *(x.text for x in ev.evidence)]).lower() for k in keyword.split("|"))]


# --- the gazetteer ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("short", "long"), [
    ("Rostov", "Rostov-on-Don"),
    ("Frankfurt", "Frankfurt am Main"),
    ("Halle", "Halle an der Saale"),
])
def test_one_city_two_names(short: str, long: str) -> None:
    assert one_city(short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("Santiago", "Santiago de Cuba"),  # the short name is first another city
    ("Frankfurt", "Frankfurt an der Oder"),
    ("Kingston", "Kingston upon Hull"),
    ("Khan", "Khan Younis"),
    ("Kunduz", "Sar-e Pul"),
    ("Nowhereville", "Nowhereville-on-Sea"),  # unknown: never one
])
def test_not_one_city(short: str, long: str) -> None:
    assert not one_city(short, long)


def test_city_countries_and_country_codes() -> None:
    assert "BO" in city_countries("La Paz")
    assert city_countries("Colombo") >= {"LK"}
    assert city_countries("Goma") == {"CD"}
    assert city_countries("Nowhereville") == frozenset()
    assert country_code("Bolivia") == "BO"
    assert country_code("Sri Lanka") == "LK"
    assert country_code("Tigray") is None


# --- the actor read as a place, or told by its class, on one side --------------------------------------

@pytest.mark.parametrize("docs", [
    [("2020-11-05", "Ethiopia launched a military operation in Tigray on Wednesday."),
     ("2020-11-12", "Ethiopia's offensive in Tigray, launched on November 4, has forced thousands to flee.")],
    [("2014-06-16", "Pakistan launched a military operation in North Waziristan on Sunday."),
     ("2014-06-20", "Pakistan's offensive in North Waziristan, launched on June 15, has displaced many.")],
    [("2021-05-04", "Colombia launched a military operation in Cauca on Monday."),
     ("2021-05-09", "Colombia's offensive in Cauca, launched on May 3, has drawn criticism.")],
    [("2019-03-19", "Nigeria launched a military operation in Borno on Monday."),
     ("2019-03-25", "Nigeria's offensive in Borno, launched on March 18, has forced villagers to flee.")],
    [("2017-08-29", "Myanmar launched a military operation in Rakhine on Friday."),
     ("2017-09-04", "Myanmar's offensive in Rakhine, launched on August 25, has sent thousands fleeing.")],
    [("2015-09-14", "Kenya launched a military operation in Lamu on Saturday."),
     ("2015-09-18", "Kenya's offensive in Lamu, launched on September 12, has closed roads.")],
], ids=["tigray", "waziristan", "cauca", "borno", "rakhine", "lamu"])
def test_actor_read_as_place_merges(docs: Docs) -> None:
    day = {"Tigray": "2020-11-04", "North": "2014-06-15", "Cauca": "2021-05-03", "Borno": "2019-03-18",
           "Rakhine": "2017-08-25", "Lamu": "2015-09-12"}
    key = next(k for k in day if k in docs[0][1])
    assert _one_event(docs, "operation|offensive", day[key])


# --- the city on one side, the country on the other ----------------------------------------------------

@pytest.mark.parametrize(("docs", "keyword", "day"), [
    ([("2022-07-15", "Sri Lanka's president resigned on Thursday after months of protests."),
      ("2022-07-16", "The president's resignation on Thursday brought crowds onto the streets of Colombo.")],
     "resign", "2022-07-14"),
    ([("2025-09-10", "Nepal's prime minister resigned on Tuesday after deadly protests."),
      ("2025-09-11", "The prime minister's resignation on Tuesday did little to calm Kathmandu.")],
     "resign", "2025-09-09"),
    ([("2023-07-27", "Niger's presidential guard seized power in a coup on Wednesday."),
      ("2023-07-28", "The coup on Wednesday in Niamey drew condemnation from West African leaders.")],
     "coup", "2023-07-26"),
    ([("2023-08-31", "Gabon's army seized power in a coup on Wednesday."),
      ("2023-09-01", "The coup on Wednesday in Libreville ended decades of one family's rule.")],
     "coup", "2023-08-30"),
    ([("2021-05-25", "Mali's army seized power in a coup on Monday."),
      ("2021-05-27", "The coup on Monday in Bamako was the second in nine months.")],
     "coup", "2021-05-24"),
    ([("2021-09-06", "Guinea's special forces seized power in a coup on Sunday."),
      ("2021-09-08", "The coup on Sunday in Conakry was condemned by the regional bloc.")],
     "coup", "2021-09-05"),
], ids=["colombo", "kathmandu", "niamey", "libreville", "bamako", "conakry"])
def test_city_in_the_actors_country_merges(docs: Docs, keyword: str, day: str) -> None:
    assert _one_event(docs, keyword, day)


@pytest.mark.parametrize("docs", [
    [("2022-07-15", "Sri Lanka's president resigned on Thursday."),
     ("2022-07-15", "The president's resignation on Thursday was greeted with cheers in Beirut.")],
    [("2022-10-01", "Burkina Faso's army seized power in a coup on Friday."),
     ("2022-10-01", "The coup on Friday in Niamey was condemned by the African Union.")],
    [("2021-05-25", "Mali's army seized power in a coup on Monday."),
     ("2021-05-25", "The coup on Monday in Conakry was condemned abroad.")],
], ids=["colombo-beirut", "burkina-niamey", "mali-conakry"])
def test_city_of_another_country_stays_apart(docs: Docs) -> None:
    assert not _covering(docs, "resign|coup")


# --- one city, two names ---------------------------------------------------------------------------------

def test_two_names_of_one_city_merge() -> None:
    docs = [("2024-04-03", "Ukrainian drones struck an oil depot in Rostov-on-Don on Tuesday, officials said."),
            ("2024-04-05", "Drones struck Rostov on Tuesday, setting a fuel tank ablaze.")]
    assert _one_event(docs, "struck|strike", "2024-04-02")


# --- a region on one side, a city its sentence names on the other --------------------------------------

@pytest.mark.parametrize(("docs", "day"), [
    ([("2023-09-20", "Azerbaijani troops launched an offensive overnight to retake Nagorno-Karabakh, shelling its "
                     "capital, Stepanakert, with rockets."),
      ("2023-09-21", "The offensive Azerbaijan launched late on Tuesday reached the outskirts of Stepanakert.")],
     "2023-09-19"),
    ([("2020-11-05", "Ethiopian troops launched an offensive overnight in Tigray, shelling its capital, Mekelle, "
                     "with artillery."),
      ("2020-11-06", "The offensive the army launched late on Wednesday reached the edge of Mekelle.")], "2020-11-04"),
    ([("2021-03-25", "Insurgents launched an offensive in Cabo Delgado on Wednesday, shelling the town of Palma."),
      ("2021-03-27", "The offensive the insurgents launched on Wednesday reached the centre of Palma.")], "2021-03-24"),
    ([("2022-02-25", "Russian troops launched an offensive overnight in Donbas, shelling its largest city, Donetsk."),
      ("2022-02-26", "The offensive Russia launched late on Thursday reached the outskirts of Donetsk.")], "2022-02-24"),
    ([("2023-10-28", "Rebel fighters launched an offensive in Shan State on Friday, shelling the town of Lashio."),
      ("2023-10-30", "The offensive the rebels launched on Friday reached the outskirts of Lashio.")], "2023-10-27"),
    ([("2022-02-06", "Security forces launched an offensive overnight in Balochistan, shelling the outskirts of "
                     "Quetta."),
      ("2022-02-07", "The offensive the security forces launched late on Saturday reached the outskirts of "
                     "Quetta.")], "2022-02-05"),
], ids=["karabakh", "tigray", "cabo-delgado", "donbas", "shan", "balochistan"])
def test_region_and_a_city_its_sentence_names(docs: Docs, day: str) -> None:
    assert _one_event(docs, "offensive", day)


def test_a_city_is_no_region() -> None:
    """"an offensive on Kunduz, north of Baghlan": Kunduz is a city, so Baghlan is not where it was."""
    docs = [("2021-08-09", "Taliban fighters launched an offensive on Kunduz on Sunday, north of Baghlan."),
            ("2021-08-10", "The offensive the Taliban launched on Sunday reached the centre of Baghlan.")]
    assert not _covering(docs, "offensive")


# --- alike, but two acts ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("docs", "keyword"), [
    ([("2025-02-18", "Rebel fighters seized Goma on Sunday."),
      ("2025-02-18", "Rebel fighters seized Bukavu on Sunday.")], "seiz"),
    ([("2021-08-09", "The Taliban overran Zaranj on Friday."),
      ("2021-08-09", "The Taliban overran Sheberghan on Friday.")], "overr|captur"),
    ([("2022-10-04", "Russian troops withdrew from Lyman on Saturday."),
      ("2022-10-04", "Russian troops withdrew from Izium on Saturday.")], "withdr"),
    ([("2023-11-26", "Hamas released 24 hostages in Gaza on Friday."),
      ("2023-11-27", "Hamas released 17 hostages in Gaza on Saturday.")], "releas"),
    ([("2019-11-11", "Bolivia's president resigned on Sunday."),
      ("2019-11-11", "Peru's prime minister resigned on Sunday.")], "resign"),
    ([("2021-11-03", "Rebels launched an offensive in the north on Tuesday."),
      ("2021-11-03", "Government forces launched an offensive in the north on Tuesday.")], "offensive"),
    ([("2024-06-24", "Army troops captured Sinja on Saturday. Army troops also captured Dinder on Saturday."),
      ("2024-06-25", "Army troops captured the town on Saturday, residents said.")], "captur"),
    ([("2024-03-05", "Gunmen seized the port of Bandar Abbas on Sunday."),
      ("2024-03-05", "Gunmen seized Bandar on Sunday.")], "seiz"),
], ids=["two-cities", "two-capitals", "two-withdrawals", "two-days", "two-named-actors", "two-sides",
        "untold-place-two-candidates", "short-name-other-city"])
def test_stays_apart(docs: Docs, keyword: str) -> None:
    assert not _covering(docs, keyword)


def test_untold_place_one_candidate_merges() -> None:
    """The target-less telling joins when the other article tells one such act that day."""
    docs = [("2024-06-24", "Army troops captured Sinja on Saturday."),
            ("2024-06-25", "Army troops captured the town on Saturday, residents said.")]
    assert _one_event(docs, "captur", "2024-06-22")
