"""Session-4 classes of event mentions and date attachment, on dispatches of our own about other wars.

Each class was found missing on a dev set and is tested here on sentences about other campaigns
(Grozny, Sloviansk, Kabul 2021, Aden 2015, Qusayr 2013, Kyiv 2022, Gaza 2014, Sarajevo, Vukovar):

- movement into a place ("convoys drove into the region", "rebels swept into the centre", "tanks rolled
  into", "walked into", "fought their way into"), deployment (verb and noun);
- passive strikes on a site or by a weapon ("the hospital was hit", "a frigate was hit by a missile"),
  destruction ("the bridge was destroyed", "flattened by air strikes");
- commitments and announced decisions ("vowed on Monday to carry the operation south", "announced in
  May that troops would leave"), a report published, a resolution adopted, a halt agreed, a vote;
- people carried out ("were bussed out of the enclave"), a counter-attack ("struck back");
- relative clauses: "the assault that the army relaunched on Sunday" (begins, by the army), "a movement
  that proclaimed independence" (a verb, not an adjective);
- where a date belongs: the verb before "against the X", the relative clause before the main verb, not
  a fronted subordinate clause's event, not past a relative clause with a verb of its own, the other
  event of an "N hours after X VERBed Y on DATE" relation, "N days after the war began, ... is still".
"""

from __future__ import annotations

import pytest
from conftest import build_doc, links_in, mention_in, mentions_in, span

from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions

# (text, trigger word, type, actors that must be there, targets that must be there)
POSITIVE: list[tuple[str, str, str, list[str] | None, list[str] | None]] = [
    # movement into a place
    ("Columns of Chechen fighters drove into the Grozny suburbs on Tuesday.", "drove", "advance", None, None),
    ("Rebels swept into the centre of Qusayr on Sunday, raising their flag over the town hall.", "swept", "advance",
     ["rebels"], ["Qusayr"]),
    ("Russian tanks rolled into the outskirts of Kyiv before dawn.", "rolled", "advance", None, None),
    ("Taliban fighters walked into Kabul on Sunday without firing a shot.", "walked", "advance", None, ["Kabul"]),
    ("Government troops fought their way into the old city of Aden on Thursday.", "fought", "advance",
     ["government forces"], None),
    ("The convoys that entered the Sloviansk district on Saturday carried ammunition.", "entered", "advance", None,
     None),
    ("Moscow deployed paratroopers to Grozny on Friday.", "deployed", "advance", None, None),
    ("Yesterday's deployment of reservists to Kyiv was not a game changer, officials said.", "deployment",
     "advance", None, None),
    # strikes and destruction told in the passive
    ("The main hospital in Aden was hit on Wednesday, a doctor there said.", "hit", "attack", None, ["Aden"]),
    ("A Ukrainian frigate was hit by a Russian missile off Odesa on Friday.", "hit", "attack", None, None),
    ("The last bridge into Sloviansk was destroyed on Monday.", "destroyed", "attack", None, None),
    ("Hours earlier the police headquarters in Gaza City had been flattened by air strikes.", "flattened", "attack",
     None, None),
    # a counter-attack
    ("Besieged Serb fighters struck back with mortars on Tuesday.", "struck back", "attack", None, None),
    ("The garrison hit back on Friday.", "hit back", "attack", None, None),
    # people carried out
    ("About 900 civilians were bussed out of the old town of Homs on Friday.", "bussed", "evacuation", None,
     ["Homs"]),
    # commitments, decisions, publications, votes
    ("President Yeltsin vowed on Monday to carry the operation south.", "vowed", "pledge", None, None),
    ("The prime minister pledged that troops would stay in Helmand.", "pledged", "pledge", None, None),
    ("President Biden announced in April that US troops would leave Afghanistan.", "announced", "pledge",
     ["Biden"], None),
    ("An inquiry report published on Monday faulted the commanders.", "published", "publication", None, None),
    ("Resolution 2216 was adopted by the Security Council on Tuesday.", "adopted", "vote", None, None),
    ("Israel agreed overnight to a 72-hour pause in air strikes on Gaza.", "agreed", "agreement", ["Israel"], None),
    ("Afghans turned out in their millions on Saturday to choose a president.", "turned", "vote", None, None),
    # relative clauses
    ("Talks resumed with a movement that proclaimed independence nearly five years ago.", "proclaimed",
     "proclamation", None, None),
    ("Militia convoys that entered the Afrin-like enclave of Qusayr met no resistance.", "entered", "advance", None,
     None),
    # new nouns
    ("Seventeen days into the intervention, officials in Paris were confident.", "intervention", "offensive", None,
     None),
    ("On the 19th day of the conflict, the prime minister spoke to Washington.", "conflict", "battle", None, None),
    ("The separatists who had started a rebellion in 2012 were pushed aside.", "rebellion", "battle", None, None),
    # killings told by their manner
    ("In August the militants beheaded a local judge in Raqqa.", "beheaded", "kill", ["militants"], None),
    ("Gunmen shot dead two policemen in Grozny on Monday.", "shot", "kill", None, None),
    # a place held: fronted ("the city that X has held since May"), or told by a pronoun
    ("Troops closed in on Raqqa, the city that Islamic State has held since January.", "held", "capture", ["ISIS"],
     ["Raqqa"]),
    ("Fighting raged in Sloviansk on Monday. Pro-Russian separatists held it for three months in 2014.", "held",
     "capture", None, ["Sloviansk"]),
    ("Nearly two months after the city was wrested from the rebels, Grozny lies in ruins.", "wrested", "capture",
     None, None),
    # a claim of control with no verb of taking
    ("The general command declared on Sunday that its units had full control of Qusayr.", "declared",
     "proclamation", None, ["Qusayr"]),
    # orders: "told their troops to pull out", passive "have been ordered to fall back" (who falls back)
    ("Bosnian commanders have told their troops to pull out of Srebrenica, the mayor said on Friday.", "told",
     "order", None, ["Srebrenica"]),
    ("Ukrainian units defending Kyiv have been ordered to fall back to new lines.", "fall", "withdrawal",
     ["Ukrainian armed forces"], None),
    ("Croatian units defending Vukovar have been ordered to fall back to new lines.", "fall", "withdrawal",
     ["Croatian forces"], ["Vukovar"]),
    ("Croatian units defending Vukovar have been ordered to fall back to new lines.", "ordered", "order", None,
     ["Vukovar"]),
    ("ISIL fighters were said to be falling back toward Deir ez-Zor and Raqqa.", "falling", "withdrawal", None, []),
    # an invasion, a proposal, a show
    ("Nothing since Russia invaded on February 24 has cost Kyiv as much.", "invaded", "invasion", None, None),
    ("A humanitarian corridor that Moscow proposed for Wednesday was never used.", "proposed", "proposal", None, None),
    ("A symphony orchestra played Mozart in the ruined library of Sarajevo on Friday.", "played", "performance",
     None, ["Sarajevo"]),
    # a gerund after "after": done before the main verb
    ("Soldiers entered Vukovar on Saturday after taking the hilltop fort that looks down on the town.", "taking",
     "capture", None, None),
    # the subject of an after-clause is a name
    ("Ukrainian troops entered Lyman on Saturday, a day after Vladimir Putin signed papers in the Kremlin.",
     "signed", "agreement", ["Vladimir Putin"], None),
    # a fight for a place is about that place; a bombing of a place targets it
    ("Two weeks into the street fighting for Vukovar, the army is winning.", "fighting", "fighting", None,
     ["Vukovar"]),
    ("Anger over yesterday's bombing of Shujaiya spread across the region.", "bombing", "attack", None,
     ["Shujaiya"]),
    # a ceasefire in a country, in a dispatch naming no city
    ("A ceasefire took hold in Chechnya at noon on Saturday.", "ceasefire", "ceasefire", None, ["Chechnya"]),
    # airborne and seaborne landings; an order with an object and its state
    ("Marines landed on the beaches of Inchon on Friday.", "landed", "advance", None, ["Inchon"]),
    ("The Taliban ordered girls' schools in Herat shut again on Wednesday.", "ordered", "order", None, None),
    # a name with "People's" is one actor
    ("The militia of the self-proclaimed Donetsk People's Republic seized Sloviansk.", "seized", "capture",
     ["Donetsk People's Republic"], None),
]

NEGATIVE: list[tuple[str, str]] = [
    ("The economy was hit hard by sanctions.", "hit"),  # no site, no weapon
    ("He moved into a new flat in May.", "moved"),  # no place of war
    ("Fans poured into the stadium in Madrid on Sunday.", "poured"),  # only armed men move in
    ("The storm swept into the city of Miami on Monday.", "swept"),
    ("Investors moved into Tokyo stocks on Friday.", "moved"),
    ("Ehud Barak took Israel to the polls in 1999.", "took"),  # leading somewhere, not a capture
    ("Officials said that liberated towns need aid.", "liberated"),  # an adjective after "that"
    ("The trucks from Aden arrived late.", "trucks"),  # a noun, not people carried out
    ("She promised her mother a visit.", "promised"),  # no commitment to act
    ("The combat operations ended in May.", "combat"),  # a modifier of another noun
    ("Wounded soldiers can no longer be driven out of Lysychansk.", "driven"),  # negated
    ("The town was never captured by the rebels.", "captured"),  # negated
    ("The band played late into the night at the wedding.", "played"),  # no place of war
    ("The landing craft was damaged.", "landing"),  # a modifier
    ("The plane landed safely.", "landed"),  # no place landed on
    ("The columns met little resistance.", "met"),  # no meeting
]


@pytest.mark.parametrize(("text", "name"), [
    ("Eight soldiers were killed in Wednesday's raid.", "Wednesday's"),  # a day is no place
    ("An orchestra played in the Roman theatre of Palmyra.", "Roman"),  # an adjective before a common noun
])
def test_not_a_place(text: str, name: str) -> None:
    assert all(name not in m.places and name not in m.targets for m in mentions_in(text))


@pytest.mark.parametrize(("text", "word", "type_", "actors", "targets"), POSITIVE)
def test_mention_corpus(text: str, word: str, type_: str, actors: list[str] | None,
                        targets: list[str] | None) -> None:
    mn = mention_in(text, word)
    assert mn.type == type_
    if actors is not None:
        assert set(actors) <= set(mn.actors), mn.actors
    if targets is not None:  # ([] : no target at all, "falling back toward Raqqa" leaves no Raqqa)
        assert set(targets) <= set(mn.targets) if targets else mn.targets == [], mn.targets


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_negative_corpus(text: str, word: str) -> None:
    assert word not in [m.word for m in mentions_in(text)]


def test_an_announced_decision_says_what_it_decides_and_who_decides() -> None:
    text = "Kabul's allies may go: President Biden announced in April that US troops would leave Afghanistan."
    mn = mention_in(text, "announced")
    assert (mn.lemma, mn.obj, mn.actors) == ("announce", "withdrawal", ["Biden"])
    leave = mention_in(text, "leave")
    assert "Biden" not in leave.targets  # a that-clause after "announced" fronts no object


def test_the_relative_clause_subject_acts_on_the_fronted_noun() -> None:
    text = "Defenders struck back on Tuesday against the assault that the Croatian army relaunched on Sunday."
    mn = mention_in(text, "assault")
    assert (mn.aspect, mn.actors) == ("begins", ["Croatian forces"])


def test_a_proclamation_object_stops_at_a_time() -> None:
    assert mention_in("It is the end of a movement that proclaimed a caliphate nearly five years ago.",
                      "proclaimed").obj == "caliphate"




ATTACHED: list[tuple[str, str, tuple[tuple[str, str, str], ...], tuple[str, str, str]]] = [
    # the verb before "against the X" owns the date
    ("Besieged Serb fighters struck back with mortars on Tuesday against the assault that the army relaunched "
     "on Sunday (July 6).", "2014-07-08", (("Tuesday", "DATE", "2014-07-08"), ("Sunday (July 6)", "DATE", "2014-07-06")),
     ("Tuesday", "struck back", "on")),
    ("Besieged Serb fighters struck back with mortars on Tuesday against the assault that the army relaunched "
     "on Sunday (July 6).", "2014-07-08", (("Tuesday", "DATE", "2014-07-08"), ("Sunday (July 6)", "DATE", "2014-07-06")),
     ("Sunday (July 6)", "assault", "begins")),
    # a restrictive relative clause owns the date before the main verb
    ("The militia that captured the dam on Sunday withdrew on Tuesday.", "2014-07-08",
     (("Sunday", "DATE", "2014-07-06"), ("Tuesday", "DATE", "2014-07-08")), ("Sunday", "captured", "on")),
    ("Rebels who seized Qusayr in May were driven out of the town on Wednesday.", "2013-06-05",
     (("May", "DATE", "2013-05"), ("Wednesday", "DATE", "2013-06-05")), ("May", "seized", "within")),
    # the other event of a relation keeps its own date
    ("The intervention was ordered hours after the rebels seized Zhovti Vody on Thursday.", "2014-07-05",
     (("Thursday", "DATE", "2014-07-03"),), ("Thursday", "seized", "on")),
    # a report published on a day: the report's, not the war's
    ("Ehud Barak took Israel to war in July last year, a commission concluded in a report published on Monday.",
     "2015-07-14", (("July last year", "DATE", "2014-07"), ("Monday", "DATE", "2015-07-13")),
     ("Monday", "published", "on")),
    # a date before "and a/the NOUN ... was declared" belongs to the first clause
    ("The runways of Aden airport were bombed early on Thursday and a sea blockade of the port was declared.",
     "2015-04-02", (("Thursday", "DATE", "2015-04-02"),), ("Thursday", "bombed", "on")),
    # "The evacuation, announced late on Tuesday, ...": the announcement is of that day
    ("Officials in Aden said on Wednesday they would move 5,000 civilians out. The evacuation, announced late on "
     "Tuesday, is due to start on Friday.", "2015-07-16", (("Tuesday", "DATE", "2015-07-14"),),
     ("Tuesday", "announced", "on")),
    # a participle clause after the dated verb opens an event that day
    ("Serb tanks pushed into the streets of Vukovar on Monday (Aug. 26), a Croatian officer said, opening a battle "
     "for the town itself.", "1991-08-27", (("Monday (Aug. 26)", "DATE", "1991-08-26"),),
     ("Monday (Aug. 26)", "battle", "begins")),
    # "the alliance said, following a wave of air strikes on Friday": the strikes' day
    ("NATO tanks crossed into Kosovo on Saturday (June 12), the alliance said, following a wave of air strikes on "
     "Friday (June 11).", "1999-06-12", (("Saturday (June 12)", "DATE", "1999-06-12"), ("Friday (June 11)", "DATE",
                                                                                      "1999-06-11")),
     ("Friday (June 11)", "air strikes", "on")),
    # "vowed on Monday": the vow's day
    ("President Yeltsin vowed on Monday to carry the operation south.", "1999-12-28",
     (("Monday", "DATE", "1999-12-27"),), ("Monday", "vowed", "on")),
    ("President Biden announced in April that US troops would leave Afghanistan.", "2021-08-16",
     (("April", "DATE", "2021-04"),), ("April", "announced", "within")),
]

NOT_ATTACHED: list[tuple[str, str, tuple[tuple[str, str, str], ...], str, str]] = [
    # a fronted subordinate clause's event does not take the main clause's date
    ("Forty days after the war began, the deaths at Shujaiya on July 20 are still cited by diplomats.", "2014-08-17",
     (("July 20", "DATE", "2014-07-20"),), "July 20", "war"),
    # nor does an event past a relative clause with a verb of its own
    ("The shelling on July 20 is cited as the moment that turned opinion against the campaign.", "2014-08-17",
     (("July 20", "DATE", "2014-07-20"),), "July 20", "campaign"),
    # nor an event inside a relative clause nested in a when-clause
    ("Rebels have ruled the north since last spring, when they pushed aside the separatists who had started a "
     "rebellion in January 2012.", "2013-01-11", (("last spring", "DATE", "2012-SP"), ("January 2012", "DATE", "2012-01")),
     "last spring", "rebellion"),
    # "proclaimed independence in November 1991, long before the war began": not the war's start
    ("Dudayev proclaimed independence in Grozny in November 1991, long before the war began.", "1996-08-20",
     (("November 1991", "DATE", "1991-11"),), "November 1991", "war"),
    # "a ceasefire announced on Tuesday collapsed": Tuesday is not the day it collapsed
    ("Buses left Homs on Thursday after a ceasefire announced on Tuesday collapsed.", "2015-07-16",
     (("Tuesday", "DATE", "2015-07-14"),), "Tuesday", "ceasefire"),
    # the vow's date is not the operation's
    ("President Yeltsin vowed on Monday to carry the operation south.", "1999-12-28",
     (("Monday", "DATE", "1999-12-27"),), "Monday", "operation"),
]


@pytest.mark.parametrize(("text", "published", "spec", "want"), ATTACHED)
def test_attachment_corpus(text: str, published: str, spec: tuple[tuple[str, str, str], ...],
                           want: tuple[str, str, str]) -> None:
    assert want in links_in(text, published, *spec)


@pytest.mark.parametrize(("text", "published", "spec", "date", "word"), NOT_ATTACHED)
def test_not_attached_corpus(text: str, published: str, spec: tuple[tuple[str, str, str], ...], date: str,
                             word: str) -> None:
    links = links_in(text, published, *spec)
    # (an "after" bound is no claim on the day: "a ceasefire announced on Tuesday" took effect then or later)
    assert not [x for x in links if x[0] == date and x[1] == word and x[2] != "after"], links


def test_over_the_past_days_a_campaign_that_has_done_something_began_then() -> None:
    assert ("the past 19 days", "offensive", "begins") in links_in(
        "Over the past 19 days the offensive has killed more than 400 militants, monitors said.", "2014-07-20",
        ("the past 19 days", "DURATION", "P19D", span("2014-07-01", "2014-07-20")))


def test_days_after_a_war_began_told_in_the_present_measure_the_war() -> None:
    doc = build_doc("t", "Forty days after the war began, the ruins of Shujaiya are still smoking.", "2014-08-17",
                    ("Forty days", "DURATION", "P40D", None, {"event_relation": "after"}))
    dm = find_mentions("t", doc.text, load_table())
    _, rel = link_document(dm, doc.expressions, doc.anchor.value)
    [r] = rel
    assert r.mention is not None and dm.mentions[r.mention].word == "war"
    assert (r.lo, r.hi) == (39.0, 41.0)


def test_days_after_a_war_began_told_in_the_past_is_no_measure_from_today() -> None:
    doc = build_doc("t", "Forty days after the war began, the guns fell silent.", "2014-08-17",
                    ("Forty days", "DURATION", "P40D", None, {"event_relation": "after"}))
    dm = find_mentions("t", doc.text, load_table())
    _, rel = link_document(dm, doc.expressions, doc.anchor.value)
    assert rel == []


def test_an_abbreviated_month_in_brackets_ends_no_sentence() -> None:
    from timeline._events._text import sentences

    text = "Serb tanks pushed into Vukovar on Monday (Aug. 26), an officer said. Then Sept. 5 came."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Serb tanks pushed into Vukovar on Monday (Aug. 26), an officer said.", "Then Sept. 5 came."]
