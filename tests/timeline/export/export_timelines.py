"""Hand-built timelines for the export tests (our own sentences; facts loosely from 2003–2017).

``campaign()`` has one of each kind of event the chart must draw: a day known exactly, a start
known within bounds, one day somewhere in a window, an open end, a two-hour raid, the 2003
invasion, an open start, an event with no date, HTML in a label, and findings that touch some of
them.  ``synthetic(n)`` is a reproducible pile of ``n`` events over 30 actors.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from timeline.model import Anchor, Document, Event, Evidence, Finding, Interval, Link, Timeline

D = dt.datetime


def make_doc(doc_id: str, sentences: Sequence[str], published: dt.datetime | None, source: str | None = None,
             url: str | None = None, title: str | None = None) -> Document:
    anchor = Anchor(value=published, source="metadata") if published else Anchor()
    return Document(id=doc_id, text=" ".join(sentences), published=published, source=source, url=url,
                    title=title, anchor=anchor)


def _span(doc: Document, sentence: str, part: str) -> tuple[int, int]:
    s0 = doc.text.index(sentence)
    k = s0 + sentence.index(part)
    return k, k + len(part)


def make_event(event_id: str, label: str, doc: Document, sentence: str, trigger: str, timex: str | None,
               interval: Interval, *, actors: Sequence[str] = (), place: str | None = None, kind: str = "event",
               also: Sequence[tuple[Document, str, str]] = ()) -> Event:
    ts, te = _span(doc, sentence, trigger)
    links: tuple[Link, ...] = ()
    if timex:
        xs, xe = _span(doc, sentence, timex)
        links = (Link(doc=doc.id, expression=0, relation="on", text=timex, start=xs, end=xe),)
    evidence = [Evidence(doc=doc.id, text=trigger, start=ts, end=te, sentence=sentence)]
    for d2, sent2, trig2 in also:
        s2, e2 = _span(d2, sent2, trig2)
        evidence.append(Evidence(doc=d2.id, text=trig2, start=s2, end=e2, sentence=sent2))
    docs: list[str] = []
    for ev in evidence:
        if ev.doc not in docs:
            docs.append(ev.doc)
    return Event(id=event_id, label=label, type=kind, doc=doc.id, sentence=sentence, start=ts, end=te,
                 interval=interval, evidence=tuple(evidence), links=links, actors=tuple(actors), place=place,
                 mentions=len(evidence), docs=tuple(docs))


S1 = "Kurdish-led fighters stormed the Mishlab district on Tuesday, commanders said."
S2 = "The siege of the Old City began in early July and ended on 1 September."
S3 = "A convoy was ambushed at some point between 15 and 19 October near the bridge."
S4 = "The Euphrates operation, launched in November, is still under way."
S5 = "Special forces carried out a raid on the farmhouse between 02:00 and 04:00 on 20 June."
S6 = "The invasion of Iraq began on 20 March 2003 and major combat ended on 1 May 2003."
S7 = "The group has ruled the city since before March 2014."
S8 = "A field hospital was opened, the charity said."
S9 = "Residents described a <b>strike</b> & <script>alert(1)</script> on the market on Friday."
T1 = "Fighters entered Mishlab on Tuesday after a night of air strikes."
T2 = "The Euphrates operation continues, a spokesman said."


def campaign() -> Timeline:
    d1 = make_doc("levant-01", [S1, S2, S4, S9], D(2017, 6, 7), "Levant Wire", "https://levant.example/a?id=1&x=<2>",
                  "Fighters enter Raqqa")
    d2 = make_doc("monitor-02", [T1, T2, S3, S5], D(2017, 6, 21), "Euphrates Monitor", None, "Raid at dawn")
    d3 = make_doc("archive-03", [S6, S7, S8], D(2017, 10, 20), "Archive Desk", "javascript:alert(1)")
    ev = [
        make_event("e-mishlab", "Assault on Mishlab", d1, S1, "stormed", "Tuesday",
                   Interval.day(dt.date(2017, 6, 6)), actors=["SDF"], place="Raqqa", kind="offensive",
                   also=[(d2, T1, "entered")]),
        make_event("e-siege", "Siege of the Old City", d1, S2, "siege", "early July",
                   Interval(start=(D(2017, 7, 1), D(2017, 7, 10)), end=(D(2017, 9, 1), D(2017, 9, 1)), grain="day"),
                   actors=["SDF"], place="Raqqa", kind="siege"),
        make_event("e-ambush", "Convoy ambushed", d2, S3, "ambushed", "between 15 and 19 October",
                   Interval(start=(D(2016, 10, 15), D(2016, 10, 19)), end=(D(2016, 10, 16), D(2016, 10, 20)),
                            grain="day"),
                   actors=["Islamic State"], place="Tabqa", kind="attack"),
        make_event("e-operation", "Euphrates operation", d1, S4, "operation", "November",
                   Interval(start=(D(2016, 11, 1), D(2016, 11, 30)), end=(None, None), grain="month"),
                   actors=["SDF"], kind="campaign", also=[(d2, T2, "operation")]),
        make_event("e-raid", "Raid on the farmhouse", d2, S5, "raid", "between 02:00 and 04:00 on 20 June",
                   Interval.exact(D(2017, 6, 20, 2), D(2017, 6, 20, 4), "hour"),
                   actors=["Special forces"], place="Raqqa", kind="raid"),
        make_event("e-invasion", "Invasion of Iraq", d3, S6, "invasion", "20 March 2003",
                   Interval.exact(D(2003, 3, 20), D(2003, 5, 1), "day"), actors=["US-led coalition"],
                   place="Iraq", kind="invasion"),
        make_event("e-rule", "Rule over the city", d3, S7, "ruled", "since before March 2014",
                   Interval(start=(None, D(2014, 3, 1)), end=(D(2017, 10, 17), D(2017, 10, 18))),
                   actors=["Islamic State"], place="Raqqa", kind="occupation"),
        make_event("e-hospital", "Field hospital opened", d3, S8, "opened", None, Interval(),
                   actors=["MSF"], kind="aid"),
        make_event("e-strike", "$<b>\"Strike\"</b> & it's <script>alert(1)</script>$", d1, S9, "strike", "Friday",
                   Interval.day(dt.date(2017, 6, 2)), actors=["<Coalition>"], place="Raqqa", kind="strike"),
    ]
    ghost = Event(id="e-ghost", label="Talks somewhere", doc="missing-doc", sentence="Talks were held.",
                  start=0, end=5)
    f_err = Finding(severity="error", code="ORDER", message="The assault cannot be both before and after <the raid>",
                    evidence=(ev[0].evidence[0], ev[4].evidence[0]))
    f_warn = Finding(severity="warning", code="VAGUE_START", message="Start only known as 'early July' & later",
                     evidence=(Evidence(doc="levant-01", text="early July", start=ev[1].links[0].start,
                                        end=ev[1].links[0].end, sentence=S2),))
    f_info = Finding(severity="info", code="NOTE", message="One article only", evidence=())
    return Timeline(events=(*ev, ghost), findings=(f_err, f_warn, f_info), documents=(d1, d2, d3))


def synthetic(n: int = 500, seed: int = 7) -> Timeline:
    """``n`` events over 30 actors and two years, lengths from an hour to months, some uncertain."""
    rnd = random.Random(seed)
    actors = [f"Actor {k:02d}" for k in range(30)]
    docs = []
    events = []
    base = D(2016, 1, 1)
    for i in range(n):
        sentence = f"Event number {i} happened on the day stated."
        doc = make_doc(f"doc-{i // 5:03d}-{i}", [sentence], base + dt.timedelta(days=rnd.randint(0, 730)),
                       f"Source {i % 17}")
        docs.append(doc)
        start = base + dt.timedelta(days=rnd.randint(0, 700), hours=rnd.choice([0, 0, 0, 5]))
        length = rnd.choice([dt.timedelta(hours=2), dt.timedelta(days=1), dt.timedelta(days=1),
                             dt.timedelta(days=7), dt.timedelta(days=40), dt.timedelta(days=150)])
        slack = rnd.choice([dt.timedelta(0), dt.timedelta(0), dt.timedelta(days=5)])
        iv = Interval(start=(start, start + slack), end=(start + length, start + length + slack))
        # A power-law pick of actors: a few big lanes, a long tail of small ones.
        actor = actors[min(29, int(rnd.paretovariate(1.2)) - 1)]
        events.append(make_event(f"s{i:04d}", f"Synthetic event {i}", doc, sentence, "Event", "on the day", iv,
                                 actors=[actor], kind=rnd.choice(["attack", "meeting", "capture"])))
    return Timeline(events=tuple(events), documents=tuple(docs))
