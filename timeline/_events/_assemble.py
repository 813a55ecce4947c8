"""From clusters to :class:`~timeline.model.Event`: interval, label, evidence, id; user anchors.

A cluster's interval is the intersection of what its links say (strong links first; a link that
would empty the interval is left out and reported as a ``event-dates-disagree`` warning).  A
campaign also takes its start from the event-relative expressions that hang on it ("seven months
into the Mosul campaign": the start is seven months, give or take half a month, before the anchor)
and from its *episodes*: an ongoing activity at its place over an anchored span ("forces have been
advancing around Mosul in the last 13 days" puts the start about 13 days back).  A campaign still
told as ongoing at some date has not ended before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Literal

from timeline._events._aliases import AliasTable
from timeline._events._corefer import Cluster, anchorless_day, tellable
from timeline._events._dating import Bounds4, bounds_of_link, bounds_to_interval, intersect, relative_bounds
from timeline._events._labels import label_of, modifiers_of, place_of, whole_place
from timeline._events._link import TimeLink
from timeline._events._meetings import names_parties, own_places
from timeline._events._mentions import DocMentions, Mention, find_mentions
from timeline._events._movements import aged_movement
from timeline._events._own_day import apart_by_day
from timeline._events._relations import MentionRelation, derive
from timeline._events._rx import rx
from timeline.model import (
    Document,
    Event,
    EventRelation,
    Evidence,
    Expression,
    Finding,
    Link,
    Relation,
    UserAnchor,
)

__all__ = ["apply_user_anchors", "assemble", "campaign_bounds"]

_DAY = dt.timedelta(days=1)


def _day(p: dt.datetime) -> dt.datetime:
    return dt.datetime(p.year, p.month, p.day)


def _counted(e: Expression) -> bool:
    """A count of days or weeks ("five weeks into the counteroffensive", "in its fourth week"): the reasoning
    stage reads it with a person's rounding (weeks give or take three days; an ordinal week exactly), so it
    may date the event as a Link."""
    f = e.spec.fields if e.spec is not None else {}
    unit = f.get("unit") or (e.value[-1:] if rx(r"^P\d+[DW]$").match(e.value) else None)
    return e.type == "DURATION" and unit in ("D", "W") and e.event_relation in (None, "into", "age", "week_of")


class _Index:
    """Per list of clusters: the "includes" links by place (episodes), and the captures and
    proclamations (what may end a campaign) - so each campaign reads its few, not every cluster."""

    def __init__(self, dms: list[DocMentions], clusters: list[Cluster]) -> None:
        self.clusters = clusters
        self.n = len(clusters)
        self.includes: dict[str, list[tuple[int, TimeLink]]] = {}
        self.endings = [cl for cl in clusters if cl.type in ("capture", "proclamation")]
        for other in clusters:
            if other.campaign is not None:
                continue
            for d, ln in other.links:
                if ln.relation != "includes":
                    continue
                mn = dms[d].mentions[ln.mention]
                if _FLEEING.search(dms[d].text, mn.sent.start, mn.start):
                    continue  # "thousands fleeing the fighting crossed into Sudan over the past three days": no push
                for name in dict.fromkeys(mn.places + mn.targets):
                    self.includes.setdefault(name, []).append((d, ln))



#: people in flight, the subject of a move that is no one's push
_FLEEING = rx(r"\b(?:fleeing|escaping|fled|displaced|refugees|evacuees|civilians|families)\b", re.IGNORECASE)

_INDEX: list[_Index] = []


def _by_place(dms: list[DocMentions], clusters: list[Cluster]) -> _Index:
    """The index of ``clusters`` (rebuilt when asked about another list; the lists are not changed
    between the calls about one list)."""
    if not _INDEX or _INDEX[0].clusters is not clusters or _INDEX[0].n != len(clusters):
        _INDEX[:] = [_Index(dms, clusters)]
    return _INDEX[0]


def episode_bounds(docs: list[Document], dms: list[DocMentions], clusters: list[Cluster], cl: Cluster
                   ) -> list[tuple[int, int, Bounds4]]:
    """Activities at the campaign's place over an anchored span: (doc, expression, start bounds)."""
    out: list[tuple[int, int, Bounds4]] = []
    if cl.campaign is None or cl.named:
        return out
    # (the index keeps the order of a scan over the clusters and their links)
    for d, ln in _by_place(dms, clusters).includes.get(cl.campaign, ()):
        e = docs[d].expressions[ln.expression]
        iv = e.interval
        anchor = docs[d].anchor.value
        if iv is None or iv.start[0] is None or iv.end[1] is None or anchor is None or e.type != "DURATION":
            continue  # (a span, not a moment: "now" in "the Syrian war, now in its third year" is no episode)
        if abs((iv.end[1] - _day(anchor)).days) > 1:
            continue  # only spans that run up to the report: "the past 12 days"
        n = (iv.end[1] - iv.start[0]).days
        tol = dt.timedelta(days=max(1, round(n * 0.15)))
        s = _day(iv.start[0])
        out.append((d, ln.expression, (s - tol, s + tol, _day(anchor), None)))
    return out


def campaign_bounds(docs: list[Document], dms: list[DocMentions], clusters: list[Cluster], cl: Cluster
                    ) -> list[tuple[int, int, Bounds4, Relation]]:
    """Every piece of evidence about a campaign's span: (doc, expression, bounds, relation)."""
    pieces: list[tuple[int, int, Bounds4, Relation]] = []
    for d, r in cl.relative:
        b = relative_bounds(r)
        if b is not None:
            pieces.append((d, r.expression, b, "begins"))
    for d, i, b in episode_bounds(docs, dms, clusters, cl):
        # "forces have been advancing in the last 13 days": the campaign began about when the span
        # began (its own bounds carry the rounding; the link says the start lies in the span).
        pieces.append((d, i, b, "begins"))
    pieces += _capture_ends(docs, dms, clusters, cl, pieces)
    return pieces


def _capture_ends(docs: list[Document], dms: list[DocMentions], clusters: list[Cluster], cl: Cluster,
                  start_pieces: list[tuple[int, int, Bounds4, Relation]]) -> list[tuple[int, int, Bounds4, Relation]]:
    """The capture of a campaign's place, dated after the campaign began, ends the campaign.

    "The SDF captured Raqqa on Tuesday after a four-month battle" closes the battle for Raqqa;
    "seized by Isis in 2014", before the battle for Mosul began, does not close that battle.
    """
    if cl.campaign is None or cl.named:
        return []
    begun: dt.datetime | None = None
    for _d, _i, b, _r in start_pieces:
        if b[0] is not None:
            begun = b[0] if begun is None else max(begun, b[0])
    begun = begun or next((b[0] for d, ln in cl.links if ln.relation == "begins"
                           for b in [bounds_of_link(docs[d].expressions[ln.expression], "begins")] if b and b[0]),
                          None)
    if begun is None:
        return []
    found: list[tuple[int, int, Bounds4, bool]] = []  # (doc, expression, bounds, a capture, not a declaration)
    for other in _by_place(dms, clusters).endings:
        declared = other.type == "proclamation" and any(
            cl.campaign in (dms[d].mentions[m].obj or "") and rx(r"liberat|freed|recaptured|retaken").search(
                dms[d].mentions[m].obj or "") for d, m in other.members)  # "declared Fallujah liberated"
        if not declared and (other.type != "capture" or cl.campaign not in other.targets(dms)
                             or not any(whole_place(dms[d], dms[d].mentions[m], cl.campaign) for d, m in other.members)):
            continue
        for d, ln in other.links:
            e = docs[d].expressions[ln.expression]
            if ln.weak or ln.relation != "on" or e.interval is None or e.interval.start[0] is None:
                continue
            if e.interval.start[0] <= begun:
                continue
            if not declared and not whole_place(dms[d], dms[d].mentions[ln.mention], cl.campaign):
                continue  # this date is the capture of a part ("the Old City of Aleppo on Wednesday")
            found.append((d, ln.expression, (None, e.interval.end[1], e.interval.start[0], e.interval.end[1]),
                          other.type == "capture"))
    captured = any(c for *_x, c in found)
    out: list[tuple[int, int, Bounds4, Relation]] = []
    for d, i, b, is_capture in found:
        if captured and not is_capture:
            # "declared Raqqa liberated on Friday", three days after the capture: the capture ends
            # the battle, the declaration only says it was over by then
            out.append((d, i, (None, b[3], None, b[3]), "before"))
        else:
            out.append((d, i, b, "ends"))
    return out


def _event_id(key: str) -> str:
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _sentence_text(doc: Document, mn: Mention) -> str:
    return doc.text[mn.sent.start : mn.sent.end]


def assemble(docs: list[Document], dms: list[DocMentions], clusters: list[Cluster],
             relations: Sequence[Sequence[MentionRelation]] = (), campaign_names: Mapping[str, str] | None = None
             ) -> tuple[list[tuple[Cluster, Event]], list[Finding]]:
    """One Event per dated cluster (undated mentions only enrich the events they corefer with).

    Event-to-event ``relations`` (per document) then tighten the events they join, both ways, and
    each becomes an :class:`~timeline.model.EventRelation` on its dependent event.
    """
    findings: list[Finding] = []
    campaign_places = {cl.campaign for cl in clusters if cl.campaign and not cl.named}
    clusters = fold_into_campaigns(docs, dms, clusters)
    rows: list[tuple[Cluster, Bounds4, list[tuple[int, int, Bounds4, Relation, bool]], bool]] = []
    concluded: dict[int, set[tuple[int, int]]] = {}  # row -> (doc, expression) links the text does not state
    for cl in clusters:
        if cl.campaign is not None:
            cl.links = _as_episodes(cl, dms)
        pieces: list[tuple[int, int, Bounds4, Relation, bool]] = []
        for d, ln in cl.links:
            e = docs[d].expressions[ln.expression]
            if dms[d].mentions[ln.mention].tense == "future" and _not_future(e, docs[d]):
                continue  # "will launch an attack", said now: the date is the saying's, not the attack's
            b = bounds_of_link(e, ln.relation)
            if b is None and ln.relation in ("on", "within", "begins") and anchorless_day(docs[d], ln.expression):
                # a day of an undated article ("Yesterday's move"): no date here, but the reasoning
                # stage places it once the article's date is known or inferred from the corpus
                b = (None, None, None, None)
            if b is not None:
                pieces.append((d, ln.expression, b, ln.relation, ln.weak))
        if cl.campaign is not None:
            for d, i, cb, rel in campaign_bounds(docs, dms, clusters, cl):
                stated = any(p[0] == d and p[1] == i for p in pieces)
                pieces.append((d, i, cb, rel, False))
                if rel in ("ends", "before") and not stated:  # a capture ending the campaign: our conclusion, not the text's
                    concluded.setdefault(len(rows), set()).add((d, i))
        dated = not all(p[4] for p in pieces) or bool(cl.relative) or cl.campaign is not None
        acc: Bounds4 = (None, None, None, None)
        label: str | None = None  # named once: thousands of articles may disagree about one event
        for d, i, b, how, weak in sorted(pieces, key=lambda p: p[4]):
            nxt = intersect(acc, b)
            if nxt is None and how == "on" and b[0] is not None and b[3] is not None:
                # "late on Tuesday (July 2)": the day holds the evening the other link names; "on" a day
                # means inside it, not filling it, when a finer time of that day is told
                nxt = intersect(acc, (b[0], b[3], b[0], b[3]))
            if nxt is None:
                if not weak and (d, i) not in concluded.get(len(rows), ()):  # our own conclusion just gives way
                    e = docs[d].expressions[i]
                    if label is None:
                        label = label_of(cl, dms, campaign_places, campaign_names)
                    findings.append(Finding(
                        severity="warning", code="event-dates-disagree",
                        message=f"'{e.text}' does not fit the other dates of the event '{label}'",
                        evidence=(Evidence(doc=docs[d].id, text=e.text, start=e.start, end=e.end),)))
                continue
            acc = nxt
        for b in cl.derived:
            acc = intersect(acc, b) or acc
            dated = dated or b[0] is not None or b[1] is not None
        if cl.campaign is None:  # "five weeks into the counteroffensive" (the corpus's only one): its start,
            # within the count's rounding (evidence only, no Link: the reasoning stage reads counts exactly)
            for _d, r in cl.relative:
                b = relative_bounds(r)
                acc = (intersect(acc, b) or acc) if b is not None else acc
        rows.append((cl, acc, pieces, dated))
    owner = {(d, m): k for k, row in enumerate(rows) for d, m in row[0].members}
    joined = [(owner[(d, r.dependent)], owner[(d, r.other)], d, r) for d, rs in enumerate(relations) for r in rs
              if (d, r.dependent) in owner and (d, r.other) in owner and owner[(d, r.dependent)] != owner[(d, r.other)]]
    accs = [row[1] for row in rows]
    ends = [dms[d].mentions[r.dependent].aspect == "ends" for _dep, _oth, d, r in joined]
    dated_by_relation = _propagate(accs, joined, [row[3] and tellable(row[0], dms) for row in rows], ends)
    out: list[tuple[Cluster, Event]] = []
    index: dict[int, int] = {}
    of_kind = [Counter(mn.type for mn in dm.mentions) for dm in dms]  # acts of each kind per article
    of_type: dict[tuple[int, str], list[int]] = {}  # ... and which they are
    for d, dm in enumerate(dms):
        for m, mn in enumerate(dm.mentions):
            of_type.setdefault((d, mn.type), []).append(m)
    for k, (cl, _acc, pieces, dated) in enumerate(rows):
        if not dated and not dated_by_relation[k]:
            continue  # undated, or dated only by a vague "now"/"recently": not on the timeline
        if cl.campaign is None and not cl.actors(dms) and not cl.targets(dms) and not _national(cl, dms) and \
                not _held_at(cl, dms) and \
                not _acted(cl, dms, of_kind, dated_by_relation[k] or any(not p[4] for p in pieces)
                           or any(r.kind == "ago" for _d, r in cl.relative)) and \
                not apart_by_day(k, cl, dms, owner, accs, of_type) and \
                not any(modifiers_of(dms[d].mentions[m]) for d, m in cl.members) and \
                not (any(cl.geo(dms)) and len({d for d, _m in cl.members}) > 1) and not aged_movement(cl, dms):
            # "the operation", "attacks": nobody, nowhere, nothing to tell it by.  One act at one place told
            # by two articles ("an air strike hit a school in Qana" / "the air raid on the Qana school") is
            # known by its place: kept, so that reasoning weighs the dates each article gives it
            continue
        index[k] = len(out)
        out.append((cl, _event(cl, docs, dms, accs[k], pieces, campaign_places, campaign_names,
                               concluded.get(k, set()))))
    return _with_relations(out, index, joined, docs, dms), findings


def _acted(cl: Cluster, dms: list[DocMentions], of_kind: list[Counter[str]], told_when: bool) -> bool:
    """Whether an act is told well enough to stand on the timeline though the rules name neither who did it
    nor where: a verb ("Masked men in green uniforms seized the police headquarters on Saturday"), a noun
    with the object it was done to, or a singular noun that is the one act of its kind its article tells
    ("The coup on Monday ended a decade of civilian rule").  A bare noun beside another act of its kind
    ("pushed into the city on Monday ... Yesterday's advance ran into car bombs") is most likely that act
    retold, and plural ones ("attacks") are no one act: those stay off.  So does a noun a date does not
    tell directly (``told_when``): "five weeks into the counteroffensive" measures some other telling of it;
    and a vote, which its country tells (see :func:`_national`)."""
    if any(not mn.nominal or mn.obj for d, m in cl.members for mn in (dms[d].mentions[m],)):
        return True
    return told_when and cl.type != "vote" and all(not mn.plural and of_kind[d][mn.type] == 1
                                                   for d, m in cl.members for mn in (dms[d].mentions[m],))


def _held_at(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Talks whose own phrase names where they were held ("a round in Lisbon broke down in 2016") or who met
    ("talks between the Taliban and Pakistan collapsed on Saturday"): that tells them."""
    return cl.type == "meeting" and any(
        own_places(dms[d], dms[d].mentions[m], set(dms[d].mentions[m].places))
        or names_parties(dms[d], dms[d].mentions[m]) for d, m in cl.members)


def _national(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A vote held in a named country ("Sunday's referendum" in Syria): the country tells it, as a town tells
    a battle (elsewhere a country is too coarse to tell one event from another)."""
    return cl.type == "vote" and any(dms[d].mentions[m].places for d, m in cl.members)


def _propagate(accs: list[Bounds4], joined: list[tuple[int, int, int, MentionRelation]], dated: list[bool],
               ends: list[bool]
               ) -> list[bool]:
    """Tighten events through their relations (both ways, twice over); which ones it newly dated."""
    newly = [False] * len(accs)
    for _ in range(2):
        for k, (dep, oth, _d, r) in enumerate(joined):
            for src, dst, inverse in ((oth, dep, False), (dep, oth, True)):
                if not (dated[src] or newly[src]):
                    continue
                b = derive(r, accs[src], inverse, ends[k])
                if b is None:
                    continue
                nxt = intersect(accs[dst], b)
                if nxt is not None and nxt != accs[dst]:
                    accs[dst] = nxt
                    newly[dst] = newly[dst] or nxt[0] is not None or nxt[1] is not None
    return newly


def _with_relations(out: list[tuple[Cluster, Event]], index: dict[int, int],
                    joined: list[tuple[int, int, int, MentionRelation]], docs: list[Document],
                    dms: list[DocMentions]) -> list[tuple[Cluster, Event]]:
    """Each relation between two events on the timeline, on its dependent event."""
    extra: dict[int, dict[tuple[str, str, int, int], EventRelation]] = {}
    for dep, oth, d, r in joined:
        if dep not in index or oth not in index:
            continue
        sent = dms[d].sentence_at(r.start)
        ev = Evidence(doc=docs[d].id, text=docs[d].text[r.start : r.end], start=r.start, end=r.end,
                      sentence=docs[d].text[sent.start : sent.end] if sent else None)
        if dms[d].mentions[r.dependent].aspect == "ends" and r.relation != "during" and r.point == "start":
            # "the end of combat operations, five months after the siege began": the gap runs from
            # the siege's start to the operations' END, told as a relation of the siege to that end
            flipped: Literal["before", "after"] = "before" if r.relation == "after" else "after"
            other_id = out[index[dep]][1].id
            rel = EventRelation(other=other_id, relation=flipped, point="end", lo_days=r.lo, hi_days=r.hi,
                                evidence=ev)
            extra.setdefault(index[oth], {})[(other_id, docs[d].id, r.start, r.end)] = rel
            continue
        other_id = out[index[oth]][1].id
        lo, hi = _day_gap(r, out[index[dep]][1], out[index[oth]][1])
        rel = EventRelation(other=other_id, relation=r.relation, point=r.point, lo_days=lo, hi_days=hi,
                            evidence=ev)
        extra.setdefault(index[dep], {})[(other_id, docs[d].id, r.start, r.end)] = rel
    for k, rels in extra.items():
        cl, ev_ = out[k]
        out[k] = (cl, ev_.model_copy(update={"relations": tuple(rels[key] for key in sorted(rels))}))
    return out


def _day_gap(r: MentionRelation, dep: Event, oth: Event) -> tuple[float | None, float | None]:
    """The gap of a relation, widened by a day when it counts whole days and either event is dated
    finer than a day: "on Saturday, a day after the Kurds crossed" (crossed on Friday evening) is a
    day between the calendar days, 5 to 31 hours between the instants."""
    if r.relation == "during" or not any(_sub_day(e) for e in (dep, oth)):
        return r.lo, r.hi
    whole = all(x is None or float(x).is_integer() for x in (r.lo, r.hi))
    if not whole:
        return r.lo, r.hi
    return (None if r.lo is None else max(0.0, r.lo - 1)), (None if r.hi is None else r.hi + 1)


def _sub_day(ev: Event) -> bool:
    lo = ev.interval.start[0]
    return lo is not None and (lo.hour, lo.minute) != (0, 0)


def _start_of(docs: list[Document], dms: list[DocMentions], clusters: list[Cluster], cl: Cluster) -> Bounds4 | None:
    acc: Bounds4 | None = None
    pieces = [bounds_of_link(docs[d].expressions[ln.expression], ln.relation) for d, ln in cl.links if not ln.weak]
    pieces += cl.derived
    if cl.campaign is not None:
        pieces += [b for _d, _i, b, _r in campaign_bounds(docs, dms, clusters, cl)]
    for b in pieces:
        if b is not None:
            acc = b if acc is None else (intersect(acc, b) or acc)
    return acc


def fold_into_campaigns(docs: list[Document], dms: list[DocMentions], clusters: list[Cluster]) -> list[Cluster]:
    """An actor's offensive *at* a campaign's place that starts when the campaign starts is the campaign.

    "The SDF offensive that began on June 6 has pushed into a second district of Raqqa" and "the
    battle for Raqqa", launched on June 6, are one event; the Hashd's offensive west of Mosul on
    29 October, two weeks after the battle for Mosul began, is not.
    """
    campaigns = {cl.campaign: cl for cl in clusters if cl.campaign is not None and not cl.named}
    starts = {name: _start_of(docs, dms, clusters, cl) for name, cl in campaigns.items()}
    out: list[Cluster] = []
    for cl in clusters:
        if cl.campaign is None and cl.type == "offensive":
            mns = [dms[d].mentions[m] for d, m in cl.members]
            here = {p for mn in mns for p in mn.places} & set(campaigns)
            theirs = _start_of(docs, dms, clusters, cl)
            name = next((n for n in sorted(here) if not {t for mn in mns for t in mn.targets} - {n}), None)
            camp_start = starts.get(name) if name else None
            if name and theirs and camp_start and theirs[0] and theirs[1] and camp_start[0] and camp_start[1] \
                    and theirs[1] - theirs[0] <= _DAY * 31 and max(theirs[0], camp_start[0]) <= min(theirs[1], camp_start[1]):
                host = campaigns[name]
                host.absorb(cl)
                continue
        out.append(cl)
    return out


_RANKS: dict[int, tuple[list[Document], dict[str, int]]] = {}


def _ranks(docs: list[Document]) -> dict[str, int]:
    """Each document's position by id (computed once per corpus, not once per event)."""
    hit = _RANKS.get(id(docs))
    if hit is None or hit[0] is not docs or len(hit[1]) != len(docs):
        _RANKS.clear()
        hit = _RANKS[id(docs)] = (docs, {doc.id: k for k, doc in enumerate(docs)})
    return hit[1]


def _not_future(e: Expression, doc: Document) -> bool:
    anchor = doc.anchor.value
    iv = e.interval
    if anchor is None or iv is None or iv.end[1] is None:
        return False
    return iv.end[1] - _day(anchor) <= _DAY  # (a difference: an anchor of 9999-12-31 has no next day)


def _event(cl: Cluster, docs: list[Document], dms: list[DocMentions], acc: Bounds4,
           pieces: Sequence[tuple[int, int, Bounds4, Relation, bool]], campaign_places: set[str],
           campaign_names: Mapping[str, str] | None = None, concluded: set[tuple[int, int]] | None = None
           ) -> Event:
    members = sorted(cl.members)
    d0, m0 = members[0]
    first = dms[d0].mentions[m0]
    evidence: dict[tuple[str, int, int], Evidence] = {}
    for d, m in members:
        mn = dms[d].mentions[m]
        evidence[(docs[d].id, mn.start, mn.end)] = Evidence(
            doc=docs[d].id, text=docs[d].text[mn.start : mn.end], start=mn.start, end=mn.end,
            sentence=_sentence_text(docs[d], mn))
    links: dict[tuple[str, int], Link] = {}
    mixed = _mixed_days(docs, pieces)
    for d, i, _b, rel, _w in pieces:
        e = docs[d].expressions[i]
        if rel == "on" and (d, i) in mixed:
            rel = "within"  # "Yesterday" and "Friday evening" (another article): within both
        links[(docs[d].id, i)] = Link(doc=docs[d].id, expression=i, relation=rel, text=e.text, start=e.start,
                                      end=e.end, inferred=(d, i) in (concluded or ()))
    doc_rank = _ranks(docs)
    for d, r in cl.relative:
        e = docs[d].expressions[r.expression]
        if cl.campaign is None and r.kind != "since" and not _counted(e):
            sent = dms[d].sentence_at(e.start)
            evidence.setdefault((docs[d].id, e.start, e.end), Evidence(
                doc=docs[d].id, text=e.text, start=e.start, end=e.end,
                sentence=docs[d].text[sent.start : sent.end] if sent else None))
            continue
        links.setdefault((docs[d].id, r.expression), Link(doc=docs[d].id, expression=r.expression,
                                                          relation="begins", text=e.text, start=e.start,
                                                          end=e.end))
    for (doc_id, _i), ln in links.items():
        d = doc_rank[doc_id]
        sent = dms[d].sentence_at(ln.start)
        evidence.setdefault((doc_id, ln.start, ln.end), Evidence(
            doc=doc_id, text=ln.text, start=ln.start, end=ln.end,
            sentence=docs[d].text[sent.start : sent.end] if sent else None))
    ev = sorted(evidence.values(), key=lambda x: (doc_rank.get(x.doc, -1), x.start))
    actors = cl.actors(dms)
    targets = cl.targets(dms)
    label = label_of(cl, dms, campaign_places, campaign_names)
    where = place_of(cl, dms, [t for t in targets if t not in campaign_places] or targets)
    key = f"campaign:{cl.campaign}" if cl.campaign else \
        f"{cl.type}|{'/'.join(sorted(actors))}|{'/'.join(targets)}|{docs[d0].id}|{first.start}" + (
            f"|{cl.occurrence}" if cl.occurrence else "")
    dated = next((dms[d].mentions[ln.mention] for d, ln in cl.links), first)
    return Event(
        id=_event_id(key), label=label, type=cl.type, doc=docs[d0].id, sentence=_sentence_text(docs[d0], first),
        start=first.start, end=first.end, interval=bounds_to_interval(acc),
        evidence=tuple(ev), links=tuple(sorted(links.values(), key=lambda x: (doc_rank[x.doc], x.start))),
        actors=tuple(actors), target=next((t for t in targets if t not in campaign_places), None)
        or (targets[0] if targets else None),
        place=cl.campaign if cl.campaign and not cl.named else where,
        tense=None if cl.campaign else dated.tense, mentions=len(members),
        docs=tuple(dict.fromkeys(docs[d].id for d in sorted({d for d, _ in members} | {
            doc_rank[ln.doc] for ln in links.values()} | {doc_rank[x.doc] for x in ev}))),
    )


def _mixed_days(docs: list[Document], pieces: Sequence[tuple[int, int, Bounds4, Relation, bool]]
                ) -> set[tuple[int, int]]:
    """The "on" links of an event told at a day and at a part of a day ("Yesterday", "Friday evening",
    "Sunday night" from other articles) that overlap one another: each says the event lies within it,
    not that it filled it (the reasoning stage reads "on" as the whole span)."""
    spans: dict[tuple[int, int], tuple[dt.datetime, dt.datetime]] = {}
    for d, i, _b, rel, _w in pieces:
        iv = docs[d].expressions[i].interval
        if rel == "on" and iv is not None and iv.start[0] is not None and iv.end[1] is not None:
            spans[(d, i)] = (iv.start[0], iv.end[1])
    kinds = {hi - lo < _DAY for lo, hi in spans.values()}
    if len(kinds) < 2 or len(set(spans.values())) < 2:
        return set()
    if max(lo for lo, _ in spans.values()) >= min(hi for _, hi in spans.values()):
        return set()  # dates that cannot all hold (no common instant): left as told, for the reasoning stage
    return set(spans)


def _norm(s: str) -> str:
    s = rx(r"\b(?:the|operation)\b").sub(" ", s.lower())
    return rx(r"[^\w]+").sub(" ", s).strip()


def _anchor_keys(ua: UserAnchor, table: AliasTable) -> set[str]:
    keys: set[str] = set()
    for name in (ua.name, *ua.aliases):
        keys.add(_norm(name))
        dm = find_mentions("user", name, table)
        keys.update("campaign:" + mn.campaign for mn in dm.mentions if mn.campaign is not None)
    return keys


def apply_user_anchors(pairs: list[tuple[Cluster, Event]], user_anchors: Sequence[UserAnchor], table: AliasTable
                       ) -> tuple[list[Event], list[Finding]]:
    """Join each user anchor to the event it names (or make it an event) and bound that event's span."""
    events = [e for _, e in pairs]
    findings: list[Finding] = []
    for ua in user_anchors:
        keys = _anchor_keys(ua, table)
        hit = None
        for k, (cl, ev) in enumerate(pairs):
            names = {_norm(ev.label)}
            if cl.campaign:
                names |= {"campaign:" + cl.campaign, _norm(cl.campaign)}
            if keys & names:
                hit = k
                break
        # A stated end date is the event's last day: on the half-open convention it ends a day later.
        end = ua.end + _DAY if ua.end is not None and ua.end == _day(ua.end) else ua.end
        ua_b: Bounds4 = (ua.start, ua.start, end, end)
        evid = Evidence(doc="user", text=ua.name, start=0, end=len(ua.name), source="user")
        if hit is None:
            events.append(Event(
                id=_event_id("user:" + _norm(ua.name)), label=ua.name, type="user", doc="user", sentence=ua.name,
                start=0, end=len(ua.name), interval=bounds_to_interval(ua_b), evidence=(evid,), docs=("user",)))
            continue
        ev = events[hit]
        old = ev.interval
        mine: Bounds4 = (old.start[0], old.start[1], old.end[0], old.end[1])
        both = intersect(mine, ua_b)
        if both is None:
            findings.append(Finding(
                severity="warning", code="user-anchor-disagrees",
                message=f"the stated dates of '{ua.name}' do not fit what the documents say about '{ev.label}'",
                evidence=(evid, *ev.evidence[:3])))
            both = ua_b  # the user's statement wins over text evidence it contradicts
        events[hit] = ev.model_copy(update={
            "interval": bounds_to_interval(both), "evidence": (*ev.evidence, evid),
            "docs": (*ev.docs, "user") if "user" not in ev.docs else ev.docs})
    return events, findings


def _as_episodes(cl: Cluster, dms: list[DocMentions]) -> list[tuple[int, TimeLink]]:
    """A campaign's links from the acts it absorbed ("struck 11 targets in the past 24 hours", "has
    pushed into a second district, the group said on Friday"): the campaign spans that time ("on" and
    "within" become "includes"); it does not lie inside it, and it did not end before the saying."""
    out: list[tuple[int, TimeLink]] = []
    for d, ln in cl.links:
        if not dms[d].mentions[ln.mention].nominal and ln.relation in ("on", "within", "before"):
            if ln.relation == "before":
                continue
            ln = TimeLink(ln.mention, ln.expression, "includes", ln.weak)
        out.append((d, ln))
    return out
