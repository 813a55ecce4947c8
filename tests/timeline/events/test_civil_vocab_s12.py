"""The vocabulary of political crises added in session 12 (``timeline/data/lexicon_civil.yaml``): officials purged,
media and civic bodies closed, rallies told by their noun, a day's own resolution, vote or decision - and the
everyday senses of the same words, which must stay no event.  Every sentence our own."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline._events._lexicon import PHRASES, VERBAL
from timeline._events._rx import rx
from timeline.model import Document


def _dated(text: str, published: str) -> list[tuple[str, str | None]]:
    """The type and start day (when known to the day) of each event of ``text``."""
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime.fromisoformat(published))])
    out = []
    for e in tl.events:
        a, b = e.interval.start
        day = f"{a:%Y-%m-%d}" if a is not None and b is not None and (b - a) <= dt.timedelta(days=1) else None
        out.append((e.type, day))
    return out


# ------------------------------------------------------------------------------------------------- purges
@pytest.mark.parametrize(("text", "published", "day"), [
    ("Myanmar's junta removed 24 ministers and deputy ministers from their posts on Monday.", "2021-02-06",
     "2021-02-01"),
    ("Egypt's interior ministry dismissed more than 200 police officers on Thursday.", "2016-09-02", "2016-09-01"),
    ("On Tuesday the Venezuelan army purged 33 officers accused of plotting a rebellion.", "2018-05-25",
     "2018-05-22"),
    ("Sudan's military council stripped 12 judges of their posts on Thursday.", "2019-04-20", "2019-04-18"),
    ("Belarus's education ministry fired 14 university rectors late on Wednesday.", "2020-09-10", "2020-09-09"),
    ("Dozens of provincial governors were removed from office on Tuesday, state media reported.", "2016-07-20",
     "2016-07-19"),
    ("More than 1,500 civil servants were dismissed on Friday under a new decree.", "2017-09-02", "2017-09-01"),
    ("Monday's dismissal of 40 generals stunned the ruling party.", "2017-11-21", "2017-11-20"),
    ("The sacking of three regional governors on Saturday was the first act of the new government.", "2014-03-03",
     "2014-03-01"),
    ("The army later dishonourably discharged 300 officers on Friday.", "2016-07-30", "2016-07-29"),
])
def test_officials_purged_are_a_dismissal(text: str, published: str, day: str) -> None:
    assert ("dismissal", day) in _dated(text, published)


@pytest.mark.parametrize("text", [
    "Rescue teams removed the rubble from the collapsed school on Wednesday.",
    "The group was removed from the terrorism list on Monday.",
    "Troops fired at police officers guarding the gate on Tuesday.",
    "The company sacked 300 workers on Monday after the plant closed.",
    "The dismissal of the lawsuit on Monday ended the dispute.",
    "Surgeons removed the bullet from his chest on Friday.",
    "Nurses discharged two patients from the ward on Friday.",
    "The champion was stripped of his title on Monday.",
])
def test_other_removals_are_no_dismissal(text: str) -> None:
    assert all(t != "dismissal" for t, _ in _dated(text, "2021-03-10"))


# ---------------------------------------------------------------------------------------------- closures
@pytest.mark.parametrize(("text", "published", "day"), [
    ("Nicaragua's government ordered the closure of two independent television channels on Saturday.", "2021-06-08",
     "2021-06-05"),
    ("Russia shut down two independent radio stations and a newspaper on Thursday.", "2022-03-05", "2022-03-03"),
    ("The authorities closed 14 opposition newspapers on Tuesday under the new security law.", "2020-12-02",
     "2020-12-01"),
    ("Yesterday's closure of three news agencies was condemned by press groups.", "2018-01-04", "2018-01-03"),
    ("Officials banned two opposition parties and shuttered five newspapers on Friday.", "2016-11-14", "2016-11-11"),
    ("Ethiopia's government closed three human rights organisations on Monday.", "2021-12-29", "2021-12-27"),
    ("Three opposition newspapers were shut down on Wednesday by order of the prosecutor.", "2019-05-16",
     "2019-05-15"),
])
def test_media_closed_by_the_authorities_are_a_shutdown(text: str, published: str, day: str) -> None:
    assert ("shutdown", day) in _dated(text, published)


@pytest.mark.parametrize("text", [
    "The factory closed its doors on Monday after 80 years.",
    "Schools closed on Tuesday because of the heavy snow.",
    "The closure of the bridge on Friday slowed traffic.",
    "Shares closed lower on Monday as oil prices fell.",
    "The supermarket chain closed 40 outlets on Tuesday.",
    "The road closure on Sunday angered residents.",
])
def test_other_closures_are_no_shutdown(text: str) -> None:
    assert all(t != "shutdown" for t, _ in _dated(text, "2021-03-10"))


# ------------------------------------------------------------------------------------------------ rallies
@pytest.mark.parametrize(("text", "published", "day"), [
    ("The meeting followed a huge rally in Hong Kong on Sunday, where hundreds of thousands marched.", "2019-06-18",
     "2019-06-16"),
    ("A massive rally in Yerevan on Monday forced the prime minister to resign.", "2018-04-25", "2018-04-23"),
    ("Saturday's opposition rally in the capital drew tens of thousands.", "2011-02-14", "2011-02-12"),
    ("The crackdown came after a rally in Almaty on Wednesday turned violent.", "2022-01-14", "2022-01-12"),
    ("The rally against the tax in Beirut on Sunday was the largest in years.", "2019-10-21", "2019-10-20"),
    ("The president, shaken by Sunday's Freedom Square rally, ordered troops to the border.", "2020-08-19",
     "2020-08-16"),
    ("A demonstration outside parliament in Tbilisi on Thursday night drew thousands of people.", "2019-06-22",
     "2019-06-20"),
    ("Journalists protested on Friday against the new media law.", "2016-07-30", "2016-07-29"),
])
def test_a_rally_of_crowds_is_a_protest(text: str, published: str, day: str) -> None:
    assert ("protest", day) in _dated(text, published)


@pytest.mark.parametrize("text", [
    "The Dakar Rally began on Sunday in Jeddah.",
    "Sunday's rally in tech shares lifted the index.",
    "The team's late rally on Saturday was not enough.",
    "The pound's rally against the dollar on Friday eased fears in the City.",
    "A rally in oil prices on Tuesday lifted Gulf markets.",
    "Stocks rallied on Friday after the jobs report.",
    "The bank staged a rally in its shares on Monday.",
])
def test_a_market_or_sports_rally_is_no_protest(text: str) -> None:
    assert all(t != "protest" for t, _ in _dated(text, "2021-03-10"))


# ------------------------------------------------------------------------------- resolutions and decisions
@pytest.mark.parametrize(("text", "published", "type_", "day"), [
    ("Saturday's Security Council resolution demanded a 30-day truce across Syria.", "2018-03-01", "vote",
     "2018-02-24"),
    ("Yesterday's non-binding resolution was a rebuke to Moscow, diplomats said.", "2022-03-03", "vote",
     "2022-03-02"),
    ("The new rules, which lawmakers endorsed in Thursday's vote, take effect next month.", "2019-10-08", "vote",
     "2019-10-03"),
    ("Gulf leaders had welcomed Monday's decision as overdue.", "2017-06-07", "decision", "2017-06-05"),
    ("European leaders hailed Tuesday's decision as a turning point for the union.", "2020-07-24", "decision",
     "2020-07-21"),
    ("Regional leaders praised yesterday's joint decision as historic.", "2019-07-10", "decision", "2019-07-09"),
])
def test_a_days_resolution_or_decision_is_dated(text: str, published: str, type_: str, day: str) -> None:
    assert (type_, day) in _dated(text, published)


def test_a_weeks_resolution_is_dated_within_the_week() -> None:
    tl = timeline.build([Document(id="d", text="Last week's General Assembly resolution had condemned the move.",
                                  published=dt.datetime(2017, 12, 28))])
    [ev] = [e for e in tl.events if e.type == "vote"]
    assert ev.interval.start == (dt.datetime(2017, 12, 18), dt.datetime(2017, 12, 24))


def test_lawmakers_vote_as_their_parliament() -> None:
    tl = timeline.build([Document(id="d", text="The emergency powers, which lawmakers endorsed in last week's vote, "
                                               "let the government bypass parliament.",
                                  published=dt.datetime(2016, 7, 28))])
    assert any(e.type == "vote" and "council" in e.actors for e in tl.events)


@pytest.mark.parametrize("text", [
    "The satellite took high-resolution images of the site on Monday.",
    "His New Year's resolution was to stop smoking.",
    "Conflict resolution experts met on Tuesday.",
    "Last week's conflict resolution talks in Oslo ended without a deal.",
    "The decision was welcomed by the opposition.",
])
def test_other_resolutions_and_decisions_are_no_vote(text: str) -> None:
    assert all(t not in {"vote", "decision"} for t, _ in _dated(text, "2021-03-10"))


# ------------------------------------------------------------------------------------- the data themselves
def test_the_new_entries_are_in_the_lexicon() -> None:
    lemmas = {v.lemma for v in VERBAL}
    assert {"purge officials", "strip of posts", "discharge", "close media"} <= lemmas
    phrases = {p.lemma for p in PHRASES}
    assert {"dismissal", "closure", "rally", "resolution", "decision"} <= phrases


@pytest.mark.parametrize(("lemma", "text", "hit"), [
    ("rally", "a vast rally in Istanbul on Sunday", "rally"),
    ("rally", "a rally against the junta", "rally"),
    ("rally", "Sunday's Democracy and Martyrs rally", "rally"),
    ("rally", "a rally in oil prices", None),
    ("rally", "a big rally in bank shares", None),
    ("closure", "the closure of more than 130 media outlets", "closure"),
    ("closure", "the closure of the border crossing", None),
    ("dismissal", "the dismissal of 2,745 judges and prosecutors", "dismissal"),
    ("dismissal", "the dismissal of the appeal", None),
    ("resolution", "Last week's Security Council resolution", "resolution"),
    ("resolution", "Last week's conflict resolution talks", None),
])
def test_phrase_patterns(lemma: str, text: str, hit: str | None) -> None:
    found = None
    for p in (p for p in PHRASES if p.lemma == lemma):
        g = rx(p.pattern).search(text)
        if g is not None:
            found = next(g.group(n) for n in ("n", "n2", "n3") if n in g.re.groupindex and g.group(n) is not None)
            break
    assert found == hit


# ------------------------------------------------------------------------------------ a rally's own name
@pytest.mark.parametrize("text", [
    "Thousands attended Friday's Unity and Freedom rally in the capital.",
    "Opposition leaders addressed Sunday's Justice for All rally, police said.",
    "Yesterday's March of the Mothers rally drew 20,000 people, organisers said.",
    "The president, buoyed by Sunday's Democracy and Martyrs rally, vowed to act.",
    "Saturday's Women Life Freedom rally in Berlin drew 80,000 people.",
    "Monday's National Dignity rally filled the main square.",
])
def test_a_word_of_a_rallys_own_name_is_not_its_actor(text: str) -> None:
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime(2021, 3, 10))])
    rallies = [e for e in tl.events if e.type == "protest"]
    assert rallies and all(not e.actors for e in rallies)


def test_a_known_actor_in_a_rallys_name_is_its_actor() -> None:
    tl = timeline.build([Document(id="d", text="Hamas supporters filled Saturday's Hamas rally in Gaza City.",
                                  published=dt.datetime(2020, 2, 3))])
    assert [e.actors for e in tl.events if e.type == "protest"] == [("Hamas",)]


@pytest.mark.parametrize(("text", "label"), [
    ("Authorities ordered the closure of two news agencies on Friday.", "Closure of news agencies"),
    ("Yesterday's dismissal of 300 judges alarmed the European Union.", "Dismissal of judges"),
    ("The sacking of three regional governors on Saturday surprised nobody.", "Sacking of governors"),
])
def test_a_noun_told_with_its_object_is_labelled_by_it(text: str, label: str) -> None:
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime(2019, 5, 5))])
    assert label in [e.label for e in tl.events]
