"""One act told by two articles with two dates is one event, and reasoning names the conflict (``_disputed``).

Every sentence our own.  A positive case must end in a ``documents-disagree`` error whose evidence names
both articles; a negative case (a retaking, another actor, a third telling, an act told as repeated,
dates too far apart, offensives at two places) must give no error and keep the tellings apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.model import Document, Timeline


def build(*docs: tuple[str, str]) -> Timeline:
    return timeline.build([Document(id=f"d{i}", text=text, published=dt.datetime.fromisoformat(pub))
                           for i, (pub, text) in enumerate(docs)])


def disagreeing(tl: Timeline) -> list[set[str]]:
    """The documents each ``documents-disagree`` error names."""
    return [{x.doc for x in f.evidence} for f in tl.findings if f.severity == "error" and f.code == "documents-disagree"]


DISPUTED = [
    pytest.param(("2014-06-11", "Islamic State fighters seized Mosul on Tuesday (June 10), officials said."),
                 ("2014-06-21", "Mosul, which Islamic State fighters seized on June 6, is emptying of its Christian "
                                "families, aid workers said."), id="capture-relative-clause"),
    pytest.param(("2022-11-12", "Ukrainian troops entered Kherson on Friday (Nov. 11), residents said."),
                 ("2022-11-20", "Shops reopened on Saturday in Kherson, which Ukrainian troops entered on Nov. 4, "
                                "officials said."), id="entry-relative-clause"),
    pytest.param(("2017-10-18", "The army declared Marawi liberated on Tuesday (Oct. 17), officials said."),
                 ("2017-10-30", "Marawi, which the army declared liberated on Oct. 23, lies in ruins, residents "
                                "said on Sunday."), id="declared-liberated"),
    pytest.param(("2011-03-15", "Libyan rebels captured the oil town of Brega on Monday (March 14), a rebel "
                                "commander said."),
                 ("2011-03-25", "The rebels' capture of Brega on March 5 opened the coast road, a spokesman "
                                "said on Thursday."), id="capture-two-dates"),
    pytest.param(("2022-02-25", "Russia launched a full-scale offensive against Ukraine on Thursday (Feb. 24), "
                                "officials said."),
                 ("2022-06-15", "Now in its second week, the Russian offensive has cut the main road, officials "
                                "said on Wednesday."), id="offensive-week-of"),
    pytest.param(("2008-08-14", "Russian armoured units entered the Georgian city of Gori on Wednesday (Aug. 13), "
                                "witnesses said."),
                 ("2008-08-22", "Shops began to reopen on Thursday in Gori, which Russian troops entered on Aug. 9, "
                                "residents said."), id="entry-gori"),
]


@pytest.mark.parametrize(("a", "b"), DISPUTED)
def test_one_act_with_two_dates_is_an_error_naming_both(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert {"d0", "d1"} in [docs & {"d0", "d1"} for docs in disagreeing(build(a, b))]


APART = [
    pytest.param(("2020-02-09", "Syrian troops captured Saraqeb on Saturday (Feb. 8), state media said."),
                 ("2020-03-03", "Syrian troops recaptured Saraqeb on Monday (March 2), state media said."),
                 id="retaken"),
    pytest.param(("2022-11-12", "Ukrainian troops entered Snihurivka on Friday (Nov. 11), officials said."),
                 ("2022-11-20", "Snihurivka, which Russian troops entered on Nov. 4, was shelled on Saturday, "
                                "officials said."), id="another-actor"),
    pytest.param(("2002-04-04", "Israeli troops entered Jenin on Wednesday (April 3), witnesses said."),
                 ("2002-04-12", "Israeli troops entered Jenin again on Tuesday (April 9), witnesses said."),
                 id="again"),
    pytest.param(("2016-06-02", "Iraqi forces entered Falluja on Wednesday (June 1), commanders said."),
                 ("2016-08-10", "Iraqi forces entered Qayyara on Tuesday (Aug. 9), commanders said."),
                 id="another-place"),
    pytest.param(("2014-05-02", "Pro-Russian gunmen seized the town hall in Mariupol on Thursday (May 1), "
                                "witnesses said."),
                 ("2014-06-14", "Pro-Russian gunmen seized the town hall in Mariupol on June 13, witnesses said."),
                 id="weeks-apart"),
    pytest.param(("2022-05-13", "Russia launched an offensive on Kharkiv on Thursday (May 12), officials said."),
                 ("2022-07-20", "Now in its third week, the Russian offensive on Bakhmut has stalled, officials "
                                "said on Wednesday."), id="offensives-at-two-places"),
    pytest.param(("2023-05-01", "Paramilitary fighters seized the airport in Nyala on Friday (April 28)."),
                 ("2023-05-09", "Paramilitary fighters seized the airport in Nyala on Monday (May 8)."),
                 id="two-reports-of-news"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_acts_stay_apart_without_error(a: tuple[str, str], b: tuple[str, str]) -> None:
    tl = build(a, b)
    assert disagreeing(tl) == []
    assert not [e for e in tl.events if {"d0", "d1"} <= set(e.docs)]


def test_three_tellings_with_three_dates_stay_apart() -> None:
    tl = build(("2011-08-22", "Rebels entered Zawiyah on Sunday (Aug. 21), witnesses said."),
               ("2011-08-30", "Zawiyah, which rebels entered on Aug. 15, is quiet, residents said on Monday."),
               ("2011-09-05", "Zawiyah, which rebels entered on Aug. 10, has a new council, residents said."))
    assert disagreeing(tl) == []


def test_agreeing_tellings_merge_without_error() -> None:
    tl = build(("2022-11-12", "Ukrainian troops entered Kherson on Friday (Nov. 11), residents said."),
               ("2022-11-20", "Kherson, which Ukrainian troops entered on Nov. 11, is without power, officials "
                              "said on Saturday."))
    assert disagreeing(tl) == []
    assert [e for e in tl.events if {"d0", "d1"} <= set(e.docs)]
