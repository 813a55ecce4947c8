"""Session-11 cross-document merges (``_sameday`` by object, ``_disputed`` dated offensives, ``_launch_day``).

Every sentence our own.  A positive case must end in one event holding both articles (and, for a disputed
start, a ``documents-disagree`` error naming both); a negative case must keep the tellings apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline._events._acted_on import acted_on
from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline.model import Document, Timeline


def build(*docs: tuple[str, str]) -> Timeline:
    return timeline.build([Document(id=f"d{i}", text=text, published=dt.datetime.fromisoformat(pub))
                           for i, (pub, text) in enumerate(docs)])


def together(tl: Timeline, *ids: str) -> bool:
    return any(set(ids) <= set(e.docs) for e in tl.events)


def disagreeing(tl: Timeline) -> list[set[str]]:
    return [{x.doc for x in f.evidence} for f in tl.findings if f.severity == "error" and f.code == "documents-disagree"]


# ------------------------------------------------------------------------------------- class 1: told by its object
BY_OBJECT = [
    pytest.param(("2019-11-17", "Internet access was cut nationwide on Saturday night (Nov. 16), monitoring groups "
                                "said."),
                 ("2019-11-25", "Iran's authorities shut down the internet on Nov. 16 as fuel protests spread."),
                 id="internet-passive"),
    pytest.param(("2019-06-04", "Mobile data was cut off across the country on Monday (June 3), residents said."),
                 ("2019-06-10", "The military council cut mobile internet in Sudan on June 3, the day troops "
                                "stormed the protest camp."),
                 id="mobile-data"),
    pytest.param(("2022-01-06", "Internet access was shut down across the country on Wednesday (Jan. 5), a "
                                "monitoring group said."),
                 ("2022-01-12", "The Kazakh government blocked the internet on Jan. 5 as unrest spread."),
                 id="internet-blocked"),
    pytest.param(("2018-03-08", "Social media was blocked nationwide on Wednesday (March 7), users said."),
                 ("2018-03-15", "The Sri Lankan government blocked Facebook and WhatsApp on March 7 after riots."),
                 id="social-media"),
    pytest.param(("2020-11-06", "Two private television channels were blocked on Thursday (Nov. 5), journalists "
                                "said."),
                 ("2020-11-12", "The authorities blocked private TV channels in Ethiopia on Nov. 5."),
                 id="tv-channels"),
    pytest.param(("2022-04-02", "A nationwide curfew was imposed on Friday evening (April 1), police said."),
                 ("2022-04-09", "The Sri Lankan government imposed a curfew on April 1 after the protests."),
                 id="curfew"),
]


@pytest.mark.parametrize(("a", "b"), BY_OBJECT)
def test_act_told_by_its_object_alone_joins_the_one_dated_telling(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert together(build(a, b), "d0", "d1")


APART_BY_OBJECT = [
    pytest.param(("2019-11-17", "Internet access was cut nationwide on Saturday night (Nov. 16), monitoring groups "
                                "said."),
                 ("2019-11-25", "Iran's authorities shut down the internet on Nov. 19 after a lull."),
                 id="two-days"),
    pytest.param(("2019-06-04", "Mobile data was cut off across the country on Monday (June 3), residents said."),
                 ("2019-06-10", "The military council blocked private TV channels in Sudan on June 3."),
                 id="mobile-and-tv"),
]


@pytest.mark.parametrize(("a", "b"), APART_BY_OBJECT)
def test_acts_with_other_objects_or_days_stay_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not together(build(a, b), "d0", "d1")


def test_an_object_only_telling_with_two_candidates_stays_alone() -> None:
    tl = build(("2019-11-17", "Internet access was cut nationwide on Saturday night (Nov. 16), monitors said."),
               ("2019-11-25", "Iran's authorities shut down the internet on Nov. 16 as fuel protests spread."),
               ("2019-11-26", "Iraq's government cut the internet in Baghdad on Nov. 16 as protests grew."))
    assert not together(tl, "d0", "d1") and not together(tl, "d0", "d2")


@pytest.mark.parametrize(("text", "want"), [
    ("The junta cut internet access across the country on Saturday.", "internet"),
    ("Mobile internet was switched off in the capital.", "mobile"),
    ("The regulator blocked Twitter and Facebook on Monday.", "social"),
    ("Police took three TV stations off the air.", "broadcast"),
    ("Authorities imposed a night-time curfew on the city.", "curfew"),
])
def test_acted_on_reads_the_object(text: str, want: str) -> None:
    dm = find_mentions("d0", text, load_table())
    assert want in {acted_on(dm, mn) for mn in dm.mentions}


# ------------------------------------------------------------- class 2: one offensive told twice by its start day
DATED_TWICE = [
    pytest.param(("2019-05-01", "Syrian government forces launched an offensive in Idlib province on Tuesday (April 30), "
                                "a monitor said."),
                 ("2019-05-12", "The Syrian government forces' offensive in Idlib, which began on April 26, has "
                                "displaced thousands, aid groups said."), id="idlib"),
    pytest.param(("2020-11-05", "Ethiopian troops launched an offensive in Tigray on Wednesday (Nov. 4), the prime "
                                "minister said."),
                 ("2020-11-20", "The Ethiopian troops' offensive in Tigray, which began on Nov. 1, has reached the "
                                "outskirts of Mekelle, officials said."), id="tigray"),
    pytest.param(("2020-09-28", "Azerbaijani forces launched an offensive in Nagorno-Karabakh on Sunday (Sept. 27), "
                                "officials said."),
                 ("2020-10-08", "The Azerbaijani forces' offensive in Nagorno-Karabakh, which began on Sept. 20, has "
                                "retaken several villages, officials said."), id="karabakh"),
    pytest.param(("2018-01-21", "Turkish troops launched an offensive against Afrin on Saturday (Jan. 20), officials "
                                "said."),
                 ("2018-02-01", "The Turkish troops' offensive against Afrin, which began on Jan. 14, has slowed in "
                                "the mud, commanders said."), id="afrin"),
    pytest.param(("2019-01-12", "Malian troops launched a counteroffensive in the Mopti region on Friday (Jan. 11), "
                                "the army said."),
                 ("2019-01-24", "The Malian troops' counteroffensive in the Mopti region, which started on Jan. 4, has "
                                "pushed the jihadists back, the army said."), id="mopti"),
    pytest.param(("2017-10-17", "Iraqi troops launched an offensive in the Kirkuk province on Monday (Oct. 16), "
                                "officials said."),
                 ("2017-10-25", "The Iraqi troops' offensive in the Kirkuk province, which began on Oct. 13, met "
                                "little resistance, officials said."), id="kirkuk"),
]


@pytest.mark.parametrize(("a", "b"), DATED_TWICE)
def test_offensive_dated_twice_is_one_event_with_an_error(a: tuple[str, str], b: tuple[str, str]) -> None:
    tl = build(a, b)
    assert together(tl, "d0", "d1")
    assert {"d0", "d1"} in [docs & {"d0", "d1"} for docs in disagreeing(tl)]


_IDLIB = ("2019-05-01", "Syrian government forces launched an offensive in Idlib province on Tuesday (April 30), a "
                        "monitor said.")
DATED_APART = [
    pytest.param(_IDLIB, ("2019-05-12", "The Syrian government forces' offensive in Hama province, which began on "
                                        "April 26, has displaced thousands, aid groups said."), id="two-fronts"),
    pytest.param(_IDLIB, ("2019-05-12", "The Syrian government forces' new offensive in Idlib, which began on May 7, "
                                        "has displaced thousands, aid groups said."), id="a-new-offensive"),
    pytest.param(_IDLIB, ("2019-06-12", "The Syrian government forces' offensive in Idlib, which began on March 20, "
                                        "has displaced thousands, aid groups said."), id="weeks-apart"),
    pytest.param(_IDLIB, ("2019-05-12", "The rebels' counteroffensive in Idlib, which began on April 26, has retaken "
                                        "two villages, a monitor said."), id="another-actor"),
    pytest.param(("2019-05-01", "Syrian government forces launched their offensive in Idlib province on Tuesday "
                                "(April 30), a monitor said."),
                 ("2019-05-20", "Syrian government forces began an offensive in Idlib province on April 22, a monitor "
                                "said."), id="a-late-indefinite-telling"),
]


@pytest.mark.parametrize(("a", "b"), DATED_APART)
def test_offensives_dated_apart_stay_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    tl = build(a, b)
    assert disagreeing(tl) == []
    assert not together(tl, "d0", "d1")


# ------------------------------------------------------- class 3: one campaign, one launch day, told two ways
LAUNCH_DAY = [
    pytest.param(("2016-10-25", "The Iraqi troops' Mosul offensive, begun on Oct. 17, has slowed in the suburbs, "
                                "officers said."),
                 ("2016-10-28", "The Iraqi troops' offensive in the north, launched on Oct. 17, has retaken dozens of "
                                "villages, officers said."), id="city-and-region-word"),
    pytest.param(("2017-06-20", "The Kurdish-led fighters' Raqqa offensive, begun on June 6, has reached the old city, "
                                "monitors said."),
                 ("2017-06-25", "The Kurdish-led fighters' offensive in northern Syria, launched on June 6, has cost "
                                "hundreds of lives, monitors said."), id="city-and-country"),
    pytest.param(("2022-09-10", "Ukraine's Kherson counteroffensive, begun on Aug. 29, is grinding forward, officials "
                                "said."),
                 ("2022-09-14", "Ukraine's counteroffensive in the south, launched on Aug. 29, has freed several "
                                "villages, officials said."), id="possessed-by-country"),
    pytest.param(("2016-11-25", "The Syrian army's Aleppo offensive, begun on Nov. 15, has split the rebel enclave, a "
                                "monitor said."),
                 ("2016-11-29", "The Syrian army's offensive in the north, launched on Nov. 15, has retaken half of the "
                                "eastern districts, a monitor said."), id="army-possessed"),
    pytest.param(("2024-05-20", "Israel's Rafah operation, begun on May 6, has displaced hundreds of thousands, aid "
                                "groups said."),
                 ("2024-05-24", "Israel's military operation in southern Gaza, launched on May 6, has closed the "
                                "crossing, aid groups said."), id="operation"),
    pytest.param(("2018-06-20", "The Saudi-led coalition's Hodeidah offensive, begun on June 13, has reached the "
                                "airport, officials said."),
                 ("2018-06-24", "The Saudi-led coalition's offensive on the Red Sea coast of Yemen, launched on June 13, "
                                "has displaced thousands, aid groups said."), id="coast"),
    pytest.param(("2022-09-12", "The Ukrainian army's Izium counteroffensive, begun on Sept. 6, was the most successful "
                                "operation of the war, analysts said."),
                 ("2022-09-20", "Two weeks into Ukraine's counteroffensive in the north-east, the front has settled. "
                                "Kyiv says the operation, launched on Sept. 6, has freed 300 settlements."),
                 id="aged-and-dated"),
]


@pytest.mark.parametrize(("a", "b"), LAUNCH_DAY)
def test_one_campaign_one_launch_day_is_one_event(a: tuple[str, str], b: tuple[str, str]) -> None:
    tl = build(a, b)
    assert together(tl, "d0", "d1")
    assert disagreeing(tl) == []


_MOSUL = ("2016-10-25", "The Iraqi troops' Mosul offensive, begun on Oct. 17, has slowed in the suburbs, officers said.")
LAUNCH_APART = [
    pytest.param(_MOSUL, ("2016-10-28", "The Iraqi troops' offensive in Anbar, launched on Oct. 17, has retaken "
                                        "dozens of villages, officers said."), id="two-fronts"),
    pytest.param(_MOSUL, ("2016-10-28", "The Iraqi troops' offensive in the north, launched on Oct. 20, has retaken "
                                        "dozens of villages, officers said."), id="another-day"),
    pytest.param(_MOSUL, ("2016-10-28", "The Kurdish fighters' offensive in the north, launched on Oct. 17, has "
                                        "retaken dozens of villages, officers said."), id="another-actor"),
    pytest.param(("2022-09-10", "Ukraine's Kherson counteroffensive, begun on Aug. 29, is grinding forward, officials "
                                "said."),
                 ("2022-09-14", "Ukraine's counteroffensive in Georgia, launched on Aug. 29, has freed several villages, "
                                "officials said."), id="another-country"),
]


@pytest.mark.parametrize(("a", "b"), LAUNCH_APART)
def test_campaigns_of_two_fronts_days_or_actors_stay_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not together(build(a, b), "d0", "d1")


def test_a_campaign_with_two_fronts_launched_that_day_takes_neither() -> None:
    tl = build(_MOSUL,
               ("2016-10-28", "The Iraqi troops' offensive in Anbar, launched on Oct. 17, has retaken dozens of "
                              "villages, officers said."),
               ("2016-10-29", "The Iraqi troops' offensive in the north, launched on Oct. 17, has retaken dozens of "
                              "villages, officers said."))
    assert not together(tl, "d0", "d1") and not together(tl, "d0", "d2")


# -------------------------------------------- class 4: an undated act in a dispatch of its day, dated elsewhere
REPORT_DAY = [
    pytest.param(('2022-04-02', "President Rajapaksa declared a state of emergency, giving the security forces sweeping powers, officials said."),
                 ('2022-04-10', "Hundreds have been arrested since the state of emergency was declared on April 1, lawyers said."), id='srilanka'),
    pytest.param(('2019-04-21', "Authorities imposed a nationwide curfew after the bombings, police said."),
                 ('2019-04-25', "Police said the curfew, imposed on April 21, had helped to restore calm."), id='curfew'),
    pytest.param(('2019-11-16', "The authorities cut the internet across the country, monitors said."),
                 ('2019-11-25', "Businesses have lost millions since the internet was cut on Nov. 16, traders said."), id='internet'),
    pytest.param(('2022-02-24', "The president declared martial law across the country, his office said."),
                 ('2022-03-01', "Since martial law was declared on Feb. 24, men of fighting age may not leave the country."), id='martial'),
    pytest.param(('2021-11-02', "The cabinet declared a six-month state of emergency as rebels advanced, state media said."),
                 ('2021-11-10', "The state of emergency declared on Nov. 2 allows detention without a warrant, lawyers said."), id='ethiopia'),
    pytest.param(('2022-01-05', "The president declared a state of emergency in Almaty, his office said."),
                 ('2022-01-12', "Hundreds were detained in Almaty after a state of emergency was declared on Jan. 5, police said."), id='kazakh'),
    pytest.param(('2022-04-02', "President Rajapaksa declared a state of emergency for one month, giving the security forces sweeping powers, officials said."),
                 ('2022-04-10', "Hundreds have been arrested since the state of emergency was declared on April 1, lawyers said."), id='srilanka-lasting'),
    pytest.param(('2019-04-21', "Authorities imposed a nationwide curfew for 12 hours after the bombings, police said."),
                 ('2019-04-25', "Police said the curfew, imposed on April 21, had helped to restore calm."), id='curfew-lasting'),
    pytest.param(('2019-11-16', "The authorities cut the internet across the country for a week, monitors said."),
                 ('2019-11-25', "Businesses have lost millions since the internet was cut on Nov. 16, traders said."), id='internet-lasting'),
    pytest.param(('2022-02-24', "The president declared martial law for 30 days, his office said."),
                 ('2022-03-01', "Since martial law was declared on Feb. 24, men of fighting age may not leave the country."), id='martial-lasting'),
    pytest.param(('2021-11-02', "The cabinet declared a state of emergency for six months as rebels advanced, state media said."),
                 ('2021-11-10', "The state of emergency declared on Nov. 2 allows detention without a warrant, lawyers said."), id='ethiopia-lasting'),
    pytest.param(('2022-01-05', "The president declared a state of emergency in Almaty for two weeks, his office said."),
                 ('2022-01-12', "Hundreds were detained in Almaty after a state of emergency was declared on Jan. 5, police said."), id='kazakh-lasting'),
]


@pytest.mark.parametrize(("a", "b"), REPORT_DAY)
def test_undated_act_of_the_report_day_joins_its_dated_telling(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert together(build(a, b), "d0", "d1")


REPORT_DAY_APART = [
    pytest.param(('2022-04-12', "President Rajapaksa declared a state of emergency, giving the security forces sweeping powers, officials said."),
                 ('2022-04-20', "Hundreds have been arrested since the state of emergency was declared on April 1, lawyers said."), id='NEG-old'),
    pytest.param(('2019-04-21', "Authorities imposed a nationwide curfew after the bombings, police said."),
                 ('2019-04-25', "Hundreds have been arrested since the state of emergency was declared on April 21, lawyers said."), id='NEG-other-object'),
]


@pytest.mark.parametrize(("a", "b"), REPORT_DAY_APART)
def test_undated_act_far_from_or_unlike_the_dated_one_stays_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not together(build(a, b), "d0", "d1")


def test_undated_act_with_two_dated_candidates_stays_apart() -> None:
    tl = build(("2019-04-21", "Authorities imposed a nationwide curfew after the bombings, police said."),
               ("2019-04-25", "Police said the curfew in Colombo, imposed on April 21, had helped to restore calm."),
               ("2019-04-26", "The curfew in Kandy, imposed on April 20, was lifted on Thursday, police said."))
    assert not together(tl, "d0", "d1") and not together(tl, "d0", "d2")
