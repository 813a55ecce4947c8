"""Session 7: what a present "now" may date, and a gap told from the present at a sentence's end."""

from __future__ import annotations

from conftest import linked, links_in, mentions_in

from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline._events._relations import relate_document


def test_now_never_dates_the_start_a_past_verb_lends() -> None:
    links, rel, _ = linked(
        "The governor said the valley was now calm, nine days after the militia launched its offensive.",
        "2022-04-20", ("now", "DATE", "PRESENT_REF", None),
        ("nine days", "DURATION", "P9D", None, {"event_relation": "after", "event_ref": "the militia launched its offensive"}))
    assert not [x for x in links if x[0] == "now" and x[1] == "offensive"]
    assert [(r.kind, r.lo, r.hi) for r in rel if r.phrase.endswith("offensive")] == [("into", 8.0, 10.0)]


def test_a_gap_at_the_end_counts_from_a_begun_event() -> None:
    _, rel, words = linked(
        "Residents of Dalmur say the market is now open again, two weeks after the siege began.",
        "2022-04-20", ("now", "DATE", "PRESENT_REF", None),
        ("two weeks", "DURATION", "P2W", None, {"event_relation": "after", "event_ref": "the siege began"}))
    starts = [r.mention for r in rel if r.kind == "into" and r.mention is not None]
    assert [words[k] for k in starts] == ["siege"]


def test_no_present_no_count_from_the_article_day() -> None:
    # a past main clause with no "now": the gap is told against the past, not the article's day
    _, rel, _ = linked(
        "The valley was calm, nine days after the militia launched its offensive.",
        "2022-04-20",
        ("nine days", "DURATION", "P9D", None, {"event_relation": "after", "event_ref": "the militia launched its offensive"}))
    assert not [r for r in rel if r.kind == "into"]


def test_now_never_dates_a_simple_past_verb_of_a_relative_clause() -> None:
    links, _, _ = linked(
        "The rebels have now lost more than half of the farmland they seized in the south two years ago.",
        "2022-04-20", ("now", "DATE", "PRESENT_REF", None), ("two years ago", "DATE", "2020"))
    assert not [x for x in links if x[0] == "now" and x[1] == "seized"]
    assert ("two years ago", "seized", "within") in links


def test_now_still_dates_a_present_perfect() -> None:
    links, _, _ = linked("Tribal fighters have now taken the bridge at Kafr Dael.", "2022-04-20",
                         ("now", "DATE", "PRESENT_REF", None))
    assert [x for x in links if x[0] == "now" and x[1] == "taken"]


def test_a_date_of_a_second_coordinated_verb_is_not_the_first_verbs() -> None:
    links = links_in("The campaign was halted in July and revived in mid-September, after the talks fell apart.",
                     "2020-11-10", ("July", "DATE", "2020-07"), ("mid-September", "DATE", "2020-09", None))
    assert ("July", "halted", "within") in links
    assert not [x for x in links if x[0] == "mid-September"]


def test_a_date_before_an_after_clause_is_not_its_aspect_verbs() -> None:
    links = links_in("Families streamed out of Gedaref again on Monday, after the truce in the town collapsed.",
                     "2021-03-10", ("Monday", "DATE", "2021-03-08"))
    assert not [x for x in links if x[0] == "Monday" and x[1] == "truce"]


def test_a_truce_agreed_dates_the_agreement_not_the_truce() -> None:
    links = links_in("The truce was agreed in Geneva last week, but its start was put back.", "2021-03-10",
                     ("last week", "DATE", "2021-W09", None))
    assert links == [("last week", "agreed", "within")]


def test_the_place_of_the_agreement_is_not_the_truce_place() -> None:
    ms = mentions_in("A ceasefire took hold in Gedaref at midnight. The truce was agreed in Geneva last week.")
    truce = next(m for m in ms if m.word == "truce")
    agreed = next(m for m in ms if m.word == "agreed")
    assert truce.targets == ["Gedaref"] and "Geneva" not in truce.places
    assert agreed.type == "agreement" and agreed.places == ["Geneva"]


def test_a_truce_agreed_at_its_own_place_keeps_it() -> None:
    m = next(m for m in mentions_in("A truce in Gedaref was agreed on Monday.") if m.word == "truce")
    assert m.targets == ["Gedaref"]


def test_a_town_declared_retaken_is_the_target() -> None:
    for text, town in (("Qala, a market town of 50,000 people, was declared recaptured on Monday.", "Qala"),
                       ("Kassala was declared retaken yesterday after only a week.", "Kassala")):
        m = next(m for m in mentions_in(text) if m.type == "capture")
        assert m.targets == [town], text


def test_a_deal_reached_somewhere_on_a_day_is_of_that_day() -> None:
    links = links_in("The council voted on Friday to endorse the deal reached in Doha on March 3 and to send an "
                     "advance team of monitors.", "2021-03-10",
                     ("Friday", "DATE", "2021-03-05"), ("March 3", "DATE", "2021-03-03"))
    assert ("March 3", "deal", "on") in links and ("Friday", "voted", "on") in links


def test_a_present_main_clause_counts_the_gap_to_the_article_day() -> None:
    _, rel, words = linked(
        "The whole valley is calm, ten days after the militia launched its assault.", "2022-04-20",
        ("ten days", "DURATION", "P10D", None, {"event_relation": "after", "event_ref": "the militia launched its assault"}))
    assert [(words[r.mention], r.kind) for r in rel if r.mention is not None] == [("assault", "into")]


def test_a_past_main_clause_does_not() -> None:
    _, rel, _ = linked(
        "The valley was calm and the roads were open, ten days after the militia launched its assault.", "2022-04-20",
        ("ten days", "DURATION", "P10D", None, {"event_relation": "after", "event_ref": "the militia launched its assault"}))
    assert rel == []


def _relations(text: str) -> list[tuple[str, str, str]]:
    dm = find_mentions("t", text, load_table())
    return [(dm.mentions[r.dependent].word, r.relation, dm.mentions[r.other].word) for r in relate_document(dm)]


def test_an_after_clause_of_a_second_untold_verb_relates_nothing() -> None:
    # "revived" is no trigger: the talks' failure came before the reviving, not before the halt
    assert _relations("The assault was halted in May and revived in August, after the talks in Oslo collapsed.") == []


def test_an_after_clause_of_the_verb_itself_still_relates() -> None:
    assert _relations("The assault was halted in May, after the talks in Oslo collapsed.") == [
        ("halted", "after", "talks")]
