"""Which event each time expression dates, and the relation, on sentences of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import DocBuilder, span

import timeline
from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions
from timeline.model import Document


def _links(doc: Document) -> list[tuple[str, str, str]]:
    dm = find_mentions(doc.id, doc.text, load_table())
    links, _ = link_document(dm, doc.expressions, doc.anchor.value)
    return [(doc.expressions[ln.expression].text, dm.mentions[ln.mention].word, ln.relation) for ln in links]


@pytest.mark.parametrize(
    ("text", "expr", "value", "expected"),
    [
        # an aspectual verb lends its date to the noun it governs: the start of the offensive
        ("Iraqi troops launched an offensive on Saturday toward Shura.", "Saturday", "2016-10-29",
         ("offensive", "begins")),
        ("An offensive was launched on Saturday toward Shura.", "Saturday", "2016-10-29", ("offensive", "begins")),
        ("The offensive that began on Saturday has reached Shura.", "Saturday", "2016-10-29",
         ("offensive", "begins")),
        # a possessive dates the noun it governs
        ("Yesterday's move was part of a bid to encircle the city.", "Yesterday", "2016-10-29",
         ("move", "begins")),
        ("Tuesday's assault toward Balakliia retook villages.", "Tuesday", "2022-09-06", ("assault", "begins")),
        ("Saturday's capture of Shura surprised no one.", "Saturday", "2016-10-29", ("capture", "on")),
        # a year before a noun
        ("The 2003 US-led invasion toppled the regime.", "2003", "2003", ("invasion", "within")),
        # a plain date on a verb: on; a month: within
        ("The SDF captured Raqqa on Tuesday.", "Tuesday", "2017-10-17", ("captured", "on")),
        ("IS proclaimed a caliphate in June 2014.", "June 2014", "2014-06", ("proclaimed", "within")),
        ("In June 2014 IS proclaimed a caliphate.", "June 2014", "2014-06", ("proclaimed", "within")),
        # since / until / before / after
        ("The SDF has been closing in on Raqqa since November.", "November", "2016-11", ("closing", "begins")),
        ("The siege of the town lasted until March.", "March", "2017-03", ("lasted", "ends")),
        ("IS fighters withdrew before Saturday.", "Saturday", "2016-10-29", ("withdrew", "before")),
        ("Iraqi forces advanced after Saturday.", "Saturday", "2016-10-29", ("advanced", "after")),
    ],
)
def test_links(make_doc: DocBuilder, text: str, expr: str, value: str, expected: tuple[str, str]) -> None:
    doc = make_doc("t", text, "2020-01-01", (expr, "DATE", value))
    got = _links(doc)
    if expected[0] == "lasted":  # the aspect verb passes the time to its noun ("siege")
        assert [(w, r) for _, w, r in got] == [("siege", "ends")]
    else:
        assert [(w, r) for _, w, r in got] == [expected]


def test_reports_absorb_their_date_and_date_what_they_report(make_doc: DocBuilder) -> None:
    doc = make_doc("t", "The SDF said on Wednesday they had taken control of the Tabqa dam.", "2017-05-10",
                   ("Wednesday", "DATE", "2017-05-10"))
    assert _links(doc) == [("Wednesday", "taken", "before")]
    doc = make_doc("t", "Hashed spokesman Ahmed al-Assadi said on Saturday the operation aims to cut supplies.",
                   "2016-10-29", ("Saturday", "DATE", "2016-10-29"))
    assert _links(doc) == []  # what is said is not in the past: nothing is dated


def test_a_date_before_a_comma_and_a_report_belongs_to_the_event(make_doc: DocBuilder) -> None:
    doc = make_doc("t", "Local IS fighters left Raqqa under a deal on Saturday, officials said.", "2017-10-15",
                   ("Saturday", "DATE", "2017-10-14"))
    assert _links(doc) == [("Saturday", "left", "on")]


def test_anchored_spans_around_ongoing_activity(make_doc: DocBuilder) -> None:
    doc = make_doc("t", "Kurdish peshmerga fighters have been advancing in the last 13 days around Mosul.",
                   "2016-10-29", ("the last 13 days", "DURATION", "P13D", span("2016-10-16", "2016-10-29")))
    assert _links(doc) == [("the last 13 days", "advancing", "includes")]


def test_relative_clause_dates_do_not_leak(make_doc: DocBuilder) -> None:
    doc = make_doc("t", "Aircraft struck the wall, which dates from the 8th century.", "2017-07-05",
                   ("the 8th century", "DATE", "07"))
    assert _links(doc) == []


def test_event_relative_expressions(make_doc: DocBuilder) -> None:
    doc = make_doc("t", "Seven months into the Mosul campaign, IS holds a handful of districts.", "2017-05-12",
                   ("Seven months into the Mosul campaign", "DURATION", "P7M", None,
                    {"event_ref": "the Mosul campaign", "event_relation": "into"}))
    dm = find_mentions(doc.id, doc.text, load_table())
    links, rel = link_document(dm, doc.expressions, doc.anchor.value)
    assert links == []
    [r] = rel
    assert r.kind == "into" and r.phrase == "the Mosul campaign" and dm.mentions[r.mention or 0].campaign == "Mosul"
    assert r.lo == pytest.approx(213.08 - 15, abs=0.01)


@pytest.mark.parametrize(
    ("text", "expr", "value", "word", "relation"),
    [
        ("The SDF has closed in on Raqqa since November, when it launched the Wrath of Euphrates operation.",
         "November", "2016-11", "operation", "begins"),
        ("IS grew in June 2014, when it seized Mosul.", "June 2014", "2014-06", "seized", "within"),
        ("The town was quiet on Friday, when Iraqi forces entered it.", "Friday", "2016-10-28", "entered", "on"),
    ],
)
def test_a_when_clause_is_dated_by_the_time_before_it(make_doc: DocBuilder, text: str, expr: str, value: str,
                                                      word: str, relation: str) -> None:
    doc = make_doc("t", text, "2017-05-10", (expr, "DATE", value))
    assert (expr, word, relation) in _links(doc)


@pytest.mark.parametrize(
    ("text", "expr", "campaign"),
    [
        ("The siege of Marawi, now in its second week, has forced the army to bring in armour.", "second week",
         "Marawi"),
        ("The battle for Raqqa, already in its third week, is slowing.", "third week", "Raqqa"),
        ("The offensive on Avdiivka, still in its first month, has stalled.", "first month", "Avdiivka"),
    ],
)
def test_an_ordinal_after_a_comma_measures_the_campaign(text: str, expr: str, campaign: str) -> None:
    from timeline.model import Expression

    k = text.index(expr)
    e = Expression(text=expr, start=k, end=k + len(expr), type="DURATION", value="P1W", event_ref="its",
                   event_relation="week_of")
    dm = find_mentions("x", text, load_table())
    _, rel = link_document(dm, (e,), None)
    [r] = rel
    assert r.kind == "week_of" and r.mention is not None and dm.mentions[r.mention].campaign == campaign


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's counteroffensive in the Kherson region, which began on August 15, has retaken villages.",
        "The SDF offensive against the Islamic State in Deir ez-Zor, which started on August 15, goes on.",
        "An Iraqi assault on the western districts of the city, which began on August 15, slowed.",
    ],
)
def test_a_relative_clause_aspect_dates_its_noun(text: str) -> None:
    from timeline.model import Expression, Interval

    k = text.index("August 15")
    e = Expression(text="August 15", start=k, end=k + 9, type="DATE", value="2022-08-15",
                   interval=Interval.day(__import__("datetime").date(2022, 8, 15)))
    dm = find_mentions("x", text, load_table())
    links, _ = link_document(dm, (e,), None)
    assert [(dm.mentions[ln.mention].nominal, ln.relation) for ln in links] == [(True, "begins")]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Zelensky visited the city of Kherson on Monday, the symbolic end of a counteroffensive.", "visited"),
        ("The SDF captured Raqqa on Tuesday, a blow to an offensive by Islamic State.", "captured"),
        ("Iraqi forces entered Shura on Saturday, the first success of an operation to the south.", "entered"),
    ],
)
def test_a_date_before_an_appositive_dates_the_main_clause(text: str, verb: str) -> None:
    from timeline.model import Expression, Interval

    day = next(w for w in ("Monday", "Tuesday", "Saturday") if w in text)
    k = text.index(day)
    e = Expression(text=day, start=k, end=k + len(day), type="DATE", value="2022-11-14",
                   interval=Interval.day(__import__("datetime").date(2022, 11, 14)))
    dm = find_mentions("x", text, load_table())
    links, _ = link_document(dm, (e,), None)
    assert [dm.mentions[ln.mention].word for ln in links] == [verb]


def test_a_participle_after_an_event_noun_is_not_a_report(make_doc: DocBuilder) -> None:
    # "a truce announced on Tuesday" dates the truce's announcement: it reports nothing about "left"
    doc = make_doc("t", "The last convoy left the city on Thursday, after a truce announced on Tuesday broke down.",
                   "2016-12-15", ("Thursday", "DATE", "2016-12-15"), ("Tuesday", "DATE", "2016-12-13"))
    assert ("Tuesday", "left", "before") not in _links(doc)
    assert ("Thursday", "left", "on") in _links(doc)
    # a report with a subject still dates what it reports
    doc = make_doc("t", "The convoy left the city, the monitors announced on Tuesday.", "2016-12-15",
                   ("Tuesday", "DATE", "2016-12-13"))
    assert _links(doc) == [("Tuesday", "left", "before")]


@pytest.mark.parametrize(("published", "text"), [
    ("2017-06-18", "On day 12 of the Raqqa offensive, US-backed fighters reached the old citadel, commanders said."),
    ("2017-06-21", "US-backed fighters pounded Raqqa for a 15th straight day as the offensive on the city pressed on."),
    ("2017-06-14", "On the eighth day of the Raqqa offensive, fighters entered the western districts."),
])
def test_an_ordinal_day_of_a_campaign_dates_its_start(published: str, text: str) -> None:
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime.fromisoformat(published))])
    [ev] = [e for e in tl.events if e.type == "campaign"]
    assert ev.interval.start == (dt.datetime(2017, 6, 7), dt.datetime(2017, 6, 7))
    assert not tl.findings


@pytest.mark.parametrize("text", [
    "Tanks crossed into the region on Monday, following air strikes on Sunday (June 8).",
    "Rebels entered the village on Monday after a night of shelling on Sunday (June 8).",
    "Ukrainian tanks and allied militia units crossed into the Donetsk region on Monday, the army said, following "
    "a wave of air strikes on Sunday (June 8) that opened the offensive.",
])
def test_a_date_in_an_after_phrase_is_not_the_dated_verbs(text: str) -> None:
    # the verb has its own day; the "following/after ..." phrase's day is its own event's
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime(2014, 6, 10))])
    entries = [e for e in tl.events if e.type == "advance"]
    assert [e.interval.start for e in entries] == [(dt.datetime(2014, 6, 9), dt.datetime(2014, 6, 9))]
    assert not [f for f in tl.findings if f.severity == "error"]


def test_a_date_after_a_battle_phrase_still_dates_an_undated_verb() -> None:
    tl = timeline.build([Document(id="d", text="Rebels seized the town after a fierce battle on Sunday (June 8).",
                                  published=dt.datetime(2014, 6, 10))])
    assert any(e.interval.start == (dt.datetime(2014, 6, 8), dt.datetime(2014, 6, 8)) for e in tl.events)


@pytest.mark.parametrize("text", [
    "Government tanks crossed into the rebel-held district on Sunday, the army said, following air strikes on "
    "Saturday (Nov. 7) that opened the offensive.",
    "Rebel units crossed into the province on Sunday, the ministry said, following a wave of air strikes on "
    "Saturday (Nov. 7) that opened what the government has named Operation Dawn.",
    "Ethiopian tanks and allied militia units crossed into the rebel-held Tigray region of northern Ethiopia on "
    "Sunday, Ethiopia's military said, following a wave of air strikes on Saturday (Nov. 7).",
])
def test_a_date_after_a_report_and_a_following_phrase_is_not_the_reports(text: str) -> None:
    # "the army said, following air strikes on Saturday": Saturday is the strikes', so it neither dates
    # the saying nor puts the crossing before it
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime(2020, 11, 9))])
    assert not [f for f in tl.findings if f.severity == "error"], tl.findings
    [cross] = [e for e in tl.events if e.type == "advance"]
    assert [lk.text for lk in cross.links] == ["Sunday"]


def test_the_day_of_a_vow_does_not_start_the_operation_it_vows_to_carry_on() -> None:
    docs = [Document(id="i1", published=dt.datetime(2017, 6, 7),
                     text="Kurdish-led fighters launched the Raqqa offensive on Tuesday (June 6), officials said."),
            Document(id="i2", published=dt.datetime(2017, 6, 20),
                     text="The Raqqa offensive pressed on as fighters shelled districts west of the city."),
            Document(id="i3", published=dt.datetime(2017, 8, 8),
                     text="Two months into the Raqqa campaign, the alliance's commander vowed on Monday to carry the "
                          "operation east along the river, as looters stripped shops in the captured districts.")]
    tl = timeline.build(docs)
    assert not [f for f in tl.findings if f.severity == "error"], tl.findings
    [raqqa] = [e for e in tl.events if e.type == "campaign"]
    assert "Monday" not in {lk.text for lk in raqqa.links}


@pytest.mark.parametrize(("opening", "later"), [
    ("Ethiopia opened its offensive against the rebels in Tigray with air strikes on Wednesday (November 4), "
     "officials said.", "In its second week, the Tigray offensive has brought troops close to Mekelle, a source said."),
])
def test_opened_with_strikes_on_a_day_dates_the_campaigns_start(tmp_path: Path, opening: str, later: str) -> None:
    # the strikes' day is the opening's: a "second week" four months later contradicts it
    from conftest import build_corpus

    tl = build_corpus(tmp_path, [("t1", "2020-11-05", opening), ("t2", "2021-03-02", later)])
    errors = [f for f in tl.findings if f.severity == "error"]
    assert errors and {"t1", "t2"} <= {x.doc for f in errors for x in f.evidence}, tl.findings
    ok = build_corpus(tmp_path, [("t1", "2020-11-05", opening), ("t2", "2020-11-13", later)])
    assert not [f for f in ok.findings if f.severity == "error"], ok.findings
