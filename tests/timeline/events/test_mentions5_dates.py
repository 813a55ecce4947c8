"""Session-5 classes of date attachment, on sentences of our own (Syria, Iraq, Libya, Sudan, Abkhazia).

- a date in a "since" clause with a verb of its own is that verb's, or nobody's ("the worst blow since its
  troops were crushed at Homs last May": May is not the blow's);
- "came into force", "took effect", "to take hold from", ", starting on": the start of the deal, truce or
  pause of their clause, not of a nearer noun; "agreed on Monday" is the agreement's day;
- "In its fourth week, the war over X ...": the week counts the war that follows;
- "now" before a verb of state ("now looks close to collapse") dates nothing, and "close to collapse" is
  no end.
"""

from __future__ import annotations

from pathlib import Path

from conftest import linked

from timeline.model import Spec as ExprSpec


def test_a_date_in_a_since_clause_without_a_trigger_dates_nothing() -> None:
    links, _, words = linked("The retreat is the biggest blow to the government since its troops were crushed at Homs "
                             "last May.", "2013-03-01", ("last May", "DATE", "2012-05"))
    assert "retreat" in words and links == []


def test_a_date_in_a_since_clause_is_its_own_verbs() -> None:
    links, _, _ = linked("The withdrawal was the worst setback for the rebels since they were driven from Aleppo in "
                         "December 2016.", "2017-06-01", ("December 2016", "DATE", "2016-12"))
    assert links == [("December 2016", "driven", "within")]
    links, _, _ = linked("Israeli troops were routed at Bint Jbeil last July, the worst defeat since 1973.",
                         "2007-01-10", ("last July", "DATE", "2006-07"), ("1973", "DATE", "1973"))
    assert ("last July", "routed", "within") in links


def test_a_date_after_a_superlative_since_dates_nothing() -> None:
    # "the heaviest since last April" says the last clashes as heavy were in April, not that these began then
    # (session 13, ``_link13``); a plain "since" still begins its event (``test_a_date_after_since_...``)
    links, _, _ = linked("The clashes were the heaviest since last April.", "2015-06-01", ("last April", "DATE", "2015-04"))
    assert links == []
    links, _, _ = linked("Clashes have raged since last April.", "2015-06-01", ("last April", "DATE", "2015-04"))
    assert links == [("last April", "Clashes", "begins")]


def test_a_deal_comes_into_force_whatever_noun_stands_nearer() -> None:
    links, _, _ = linked("A deal signed by the leaders of Sudan and Chad to end the border war over Darfur came into "
                         "force at midnight.", "2010-02-24", ("midnight", "TIME", "2010-02-24T00:00"))
    assert links == [("midnight", "deal", "begins")]


def test_a_truce_takes_effect_and_the_agreement_keeps_its_own_day() -> None:
    links, _, _ = linked("Envoys agreed on Monday on a set of steps, including a truce that is to take effect from "
                         "Friday, June 6.", "2014-06-02", ("Monday", "DATE", "2014-06-02"),
                         ("Friday, June 6", "DATE", "2014-06-06"))
    assert ("Monday", "agreed", "on") in links and ("Friday, June 6", "truce", "begins") in links
    assert ("Monday", "truce", "on") not in links
    links, _, _ = linked("The ceasefire took hold at noon on Friday.", "2014-06-06", ("noon on Friday", "TIME", "2014-06-06T12:00"))
    assert links == [("noon on Friday", "ceasefire", "begins")]


def test_a_pause_starting_on_a_day_is_the_pauses_start() -> None:
    links, _, _ = linked("Moscow ordered a daily four-hour pause in the fighting, starting on Monday.", "2016-10-15",
                         ("Monday", "DATE", "2016-10-17"))
    assert links == [("Monday", "pause", "begins")]


def test_its_week_counts_the_war_that_follows() -> None:
    _, rel, words = linked("In its fourth week, the war over Abkhazia has spread to the coast.", "1992-09-10",
                           ("its fourth week", "DURATION", "P1W", None, {"event_ref": "its", "event_relation": "week_of"}))
    [r] = rel
    assert r.mention is not None and words[r.mention] == "war" and r.kind == "week_of"


def test_now_before_a_verb_of_state_dates_no_accord() -> None:
    links, _, _ = linked("The Naivasha accord of early January now looks close to collapse.", "2005-06-20",
                         ("early January", "DATE", "2005-01"), ("now", "DATE", "PRESENT_REF"))
    assert links == [("early January", "accord", "within")]


def test_a_straight_day_of_strikes_counts_the_strikes() -> None:
    _, rel, words = linked("Eastern Aleppo, the besieged rebel enclave, endured a fifth straight day of air strikes on "
                           "Thursday.", "2016-11-17", ("fifth straight day", "DURATION", "P1D", None, {
                               "event_relation": "day_of", "rule": "evr_nth_straight",
                               "spec": ExprSpec(kind="eventrel", fields={"n": 1, "unit": "D", "ordinal": 5})}))
    [r] = rel
    assert r.mention is not None and words[r.mention] == "air strikes"


def test_a_pullout_told_early_on_a_day_and_retold_as_that_days_is_no_disagreement(tmp_path: Path) -> None:
    from conftest import build_corpus, error_codes

    tl = build_corpus(tmp_path, [
        ("a", "2023-05-06", "ZAPORIZHZHIA - The brigade commander said early on Saturday that he had pulled his men "
                            "out of Robotyne to save them from being encircled."),
        ("b", "2023-05-07", "KYIV - Yesterday's retreat from Robotyne ends a siege of more than three months, "
                            "officials said."),
    ])
    assert not error_codes(tl)
    assert any(e.type == "withdrawal" and {"a", "b"} <= set(e.docs) for e in tl.events)


def test_a_date_in_a_relative_clause_with_its_own_subject_and_verb_is_not_the_nouns_before() -> None:
    links, _, words = linked("The offensive is the first big test of the 20,000 extra troops that President Jacques "
                             "Chirac sent to Chad on May 3.", "2008-06-01", ("May 3", "DATE", "2008-05-03"))
    assert "offensive" in words and links == []
    links, _, _ = linked("The town that Kurdish fighters seized on Monday was shelled on Friday.", "2015-06-13",
                         ("Monday", "DATE", "2015-06-08"), ("Friday", "DATE", "2015-06-12"))
    assert ("Monday", "seized", "on") in links and ("Friday", "shelled", "on") in links
