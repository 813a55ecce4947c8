"""Three short multi-article corpora of our own (E2, session 4), in the shape of the Mosul acceptance test.

- ``kabul.jsonl`` (April 2021 - March 2022): the Taliban's entry into Kabul told "on Sunday (August 15)",
  "on Sunday" and "Yesterday's entry" the next day (with three different verbs: drove into, entered, entry);
  their offensive dated only through "now in its second week", "over the past nine days", "Ten days into";
  the US-led invasion of October 2001; Biden's announcement in April that the troops would leave; the airport
  bombing, a hospital hit by a rocket, a vow; a follow-up seven months after "the fall of Kabul".
- ``sloviansk.jsonl`` (March - September 2014): the recapture of Sloviansk told "on Saturday (July 5)" (as the
  flag raised), "on Saturday" and "Yesterday's recapture"; a siege dated through "for the past 12 weeks" and the
  operation "In its 12th week"; the seizure of April ("had held it since April, when gunmen seized ..."); the
  annexation of Crimea in March; a ceasefire two months later.

- ``kyiv-region.jsonl`` (February - October 2022): the recapture of the Kyiv region told "retook ... on Saturday
  (April 2)", "regained control ... on Saturday", "Yesterday's recapture"; the battle dated only by "now in its
  fourth week" and "Thirty-three days into the offensive on Kyiv"; the landing at Hostomel; the announced
  withdrawal; the annexation of Crimea in 2014; drones hitting Kyiv "six months after Russian forces withdrew".

What a user needs: one event per thing that happened, merged across the articles, dated, read where the
sentence puts the date, and no error on consistent news (an error when a weekday contradicts its date).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import error_codes

import timeline
from timeline.model import Event, Timeline

D = dt.datetime
DATA = Path(__file__).parent / "data"


def _build(name: str) -> Timeline:
    return timeline.build([DATA / f"{name}.jsonl"])


def _with(tl: Timeline, *docs: str, word: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs) and word in e.label.lower()]


def _starts_on(ev: Event, day: D) -> bool:
    return ev.interval.start == (day, day)


def _start_within(ev: Event, lo: D, hi: D) -> bool:
    a, b = ev.interval.start
    return a is not None and b is not None and lo <= a and b <= hi


def test_kabul() -> None:
    tl = _build("kabul")
    assert error_codes(tl) == []
    # the entry told three ways by three articles: one event, Sunday 15 August
    [entry] = _with(tl, "kb-1", "kb-2", "kb-3", word="kabul")
    assert _starts_on(entry, D(2021, 8, 15))
    # the offensive, dated only by how long it had run: began Friday 6 August
    offensive = [e for e in tl.events if "offensive" in e.label.lower() and "kb-3" in e.docs]
    assert offensive and _start_within(offensive[0], D(2021, 8, 5), D(2021, 8, 7))
    # a decision announced months before, and the invasion twenty years before
    [announced] = _with(tl, "kb-2", word="announce")
    assert "withdrawal" in announced.label and _start_within(announced, D(2021, 4, 1), D(2021, 4, 30))
    [invasion] = _with(tl, "kb-1", word="invasion")
    assert _start_within(invasion, D(2001, 10, 1), D(2001, 10, 31))
    # the hospital hit on Friday, the vow on Thursday: each on its own day
    assert any(_starts_on(e, D(2021, 8, 27)) and "kb-4" in e.docs and "kabul" in e.label.lower() for e in tl.events)
    assert any(_starts_on(e, D(2021, 8, 26)) and "vow" in e.label.lower() for e in tl.events)
    # the follow-up: the order of Wednesday, and "the fall of Kabul" seven months before it
    [order] = _with(tl, "kb-5", word="order")
    assert _starts_on(order, D(2022, 3, 23))
    [fall] = _with(tl, "kb-5", word="fall")
    a, b = fall.interval.start
    assert a is not None and b is not None and a <= D(2021, 8, 15) <= b


def test_sloviansk() -> None:
    tl = _build("sloviansk")
    assert error_codes(tl) == []
    [recapture] = _with(tl, "sl-2", "sl-3", word="retake")
    assert _starts_on(recapture, D(2014, 7, 5))
    # the rebels' retreat is the night before; their move into Donetsk is another event, the same Saturday
    assert any("abandon" in e.label.lower() and e.interval.start[0] == D(2014, 7, 4, 18) for e in tl.events)
    assert any("donetsk" in e.label.lower() and "move" in e.label.lower() and _starts_on(e, D(2014, 7, 5))
               for e in tl.events)
    # "have encircled the rebel stronghold for the past 12 weeks": since 12 April
    [siege] = _with(tl, "sl-1", word="encircle")
    assert _starts_on(siege, D(2014, 4, 12))
    # "In its 12th week, the anti-terrorist operation": begun 12-19 April
    operation = [e for e in tl.events if "sl-2" in e.docs and "offensive" in e.label.lower()]
    assert operation and _start_within(operation[0], D(2014, 4, 12), D(2014, 4, 19))
    # "had held it since April, when gunmen seized the police station": both in April, the holding from then
    [held] = _with(tl, "sl-1", word="hold")
    assert "Sloviansk" in held.label and _start_within(held, D(2014, 4, 1), D(2014, 4, 30))
    assert _with(tl, "sl-1", word="seize")
    # the commander's vow is of Sunday, not a fight of Sunday
    assert any("vow" in e.label.lower() and _starts_on(e, D(2014, 7, 6)) for e in tl.events)
    assert not any(e.type == "battle" and "sl-3" in e.docs for e in tl.events)


def test_kyiv() -> None:
    tl = _build("kyiv-region")
    assert error_codes(tl) == []
    # the recapture of the region told as "retook", "regained control" and "Yesterday's recapture": one event
    [recapture] = _with(tl, "kv-3", "kv-4", "kv-5", word="kyiv")
    assert _starts_on(recapture, D(2022, 4, 2))
    # the battle dated only by "now in its fourth week" and "Thirty-three days into the offensive on Kyiv"
    [battle] = _with(tl, "kv-1", "kv-2", word="kyiv")
    # (21-28 days before 20 March and 32-34 days before 29 March: 23-25 February; it began on the 24th)
    assert battle.label == "Battle of Kyiv" and _start_within(battle, D(2022, 2, 23), D(2022, 2, 25))
    # the landing is of Thursday 24 February (not the invasion's day told by an appositive after it)
    assert any("hostomel" in e.label.lower() and _starts_on(e, D(2022, 2, 24)) for e in tl.events)
    # the announced withdrawal is an event of its day; the vow of Sunday; the annexation of 2014
    [announced] = _with(tl, "kv-2", word="announce")
    assert _starts_on(announced, D(2022, 3, 29))
    assert any("vow" in e.label.lower() and _starts_on(e, D(2022, 4, 3)) for e in tl.events)
    [crimea] = _with(tl, "kv-2", word="crimea")
    assert _start_within(crimea, D(2014, 3, 1), D(2014, 3, 31))
    # six months later: the drones hit Kyiv on Monday; the withdrawal they count from lies about six months before
    assert any("kv-6" in e.docs and "hit" in e.label.lower() and _starts_on(e, D(2022, 10, 17)) for e in tl.events)
    [withdrew] = [e for e in tl.events if "kv-6" in e.docs and "withdraw" in e.label.lower()]
    assert _start_within(withdrew, D(2022, 4, 1), D(2022, 5, 3))


def test_a_weekday_that_contradicts_its_date_is_an_error(tmp_path: Path) -> None:
    docs = [json.loads(line) for line in (DATA / "kabul.jsonl").read_text(encoding="utf-8").splitlines()]
    docs[0]["text"] = docs[0]["text"].replace("on Sunday (August 15)", "on Saturday (August 15)")
    path = tmp_path / "kabul-weekday.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert "weekday-mismatch" in error_codes(timeline.build([path]))
