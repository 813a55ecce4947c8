"""Mentions without a date of their own, joined to a dated event of another article (conservatively).

:func:`merge_undated`: "Hashd fighters were preparing for a push to the west of Mosul" (undated)
joins the one dated offensive of the same actor toward the same place.  :func:`merge_anchorless`:
in articles whose publication date is unknown, a mention dated by a day that hangs on that unknown
date ("Yesterday's move", "on Saturday (October 29)") joins the one such mention of another article
with the same family, actor and target; the reasoning stage checks the merge and infers the dates.

Both look candidates up by (family, actor): an event must share an actor to be a candidate, so each
mention is compared with the few events of its actors, not with every event of the corpus.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

from timeline._events._background import links_agree
from timeline._events._cluster import Cluster, _geo_ok, _overlap, _start_range, _width, family
from timeline._events._dating import Bounds4, bounds_of_link, intersect
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Document, Expression

__all__ = ["anchorless_day", "merge_anchorless", "merge_backrefs", "merge_undated"]


_NEAR = dt.timedelta(days=31)
_DIRECTION = r"(north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+(?:outskirts\s+)?of\s+(?:the\s+)?(?:city\s+of\s+)?"


def _directions(dms: list[DocMentions], cl: Cluster) -> set[tuple[str, str]]:
    """("west", "Mosul") for "a push to the west of Mosul": where, relative to a place, it went.

    Kept in the cluster's memo and brought up to date with the members added since (a dated event
    told by thousands of articles is compared with many undated mentions)."""
    state: tuple[list[tuple[int, int]], int, set[tuple[str, str]]] | None = cl.memo.get("directions")
    if state is None or state[0] is not cl.members or state[1] > len(cl.members):
        state = (cl.members, 0, set[tuple[str, str]]())
    members, n, out = state
    for d, m in members[n:]:
        dm = dms[d]
        mn = dm.mentions[m]
        lo, hi = max(mn.sent.start, mn.start - 20), min(mn.sent.end, mn.end + 60)
        for hit in rx(_DIRECTION, re.IGNORECASE).finditer(dm.text, lo, hi):
            place = next((p.name for p in dm.places if p.start == hit.end()), None)
            if place is not None:
                out.add((hit.group(1).lower(), place))
    cl.memo["directions"] = (members, len(members), out)
    return set(out)


def _fits_undated(cl: Cluster, other: Cluster, docs: list[Document], dms: list[DocMentions]) -> bool:
    """Whether the dated ``other`` may be what the undated ``cl`` tells: every sign agrees."""
    if family(cl.type) != family(other.type) or other.campaign is not None:
        return False
    if {d for d, _ in cl.members} & {d for d, _ in other.members}:
        return False  # the same article kept them apart
    if not set(cl.actors(dms)) & set(other.actors(dms)):
        return False
    geo, other_geo = cl.geo(dms), other.geo(dms)
    if not _geo_ok(geo, other_geo) or not (geo[0] | geo[1]) & (other_geo[0] | other_geo[1]):
        return False
    mine_dir, their_dir = _directions(dms, cl), _directions(dms, other)
    if mine_dir and not mine_dir & their_dir and not geo[0] & other_geo[0]:
        return False  # "west of Mosul" is not "south of Mosul"
    b = _start_range(other, docs)
    if b is None:
        return False
    if not geo[0] & other_geo[0] and not mine_dir & their_dir and not _same_day_at(cl, b, geo[0] & other_geo[1], docs, dms):
        return False  # only a shared city: too weak without a shared target or direction
    for d, m in cl.members:
        if not dms[d].mentions[m].actors:
            continue  # "opposed the Hashed's participation in the operation": the clause's tense is not its own
        anchor = docs[d].anchor.value
        tense = dms[d].mentions[m].tense
        if anchor is None:
            return False
        day = dt.datetime(anchor.year, anchor.month, anchor.day)
        if b[0] is None or b[1] is None:
            return False
        # News tells of what is recent or imminent: the dated event must start within a month of
        # the article, after it when told as still to come, before it when told as under way or done.
        if tense == "future" and not (day <= b[0] and b[1] <= day + _NEAR):
            return False
        if tense != "future" and not (day - _NEAR <= b[0] and b[1] <= day + dt.timedelta(days=1)):
            return False
    return True


def _same_day_at(cl: Cluster, b: Bounds4, shared: set[str], docs: list[Document], dms: list[DocMentions]) -> bool:
    """"Peshmerga fighters pulled back from the city" (told on the 16th, undated) and "Yesterday's withdrawal
    of the Peshmerga", placed in that city and dated the 16th by another article: the place the act is aimed
    at is where the other happened, on its article's day (or the day next to it), in the past tense."""
    if not shared or b[0] is None or b[1] is None:
        return False
    for d, m in cl.members:
        anchor = docs[d].anchor.value
        if anchor is None or dms[d].mentions[m].tense != "past":
            return False
        day = dt.datetime(anchor.year, anchor.month, anchor.day)
        if not (day - dt.timedelta(days=1) <= b[0] and b[1] <= day + dt.timedelta(days=1)):
            return False
    return True


def _month(t: dt.datetime) -> int:
    return t.year * 12 + t.month - 1


def merge_undated(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """An undated mention joins a dated event of another article only when exactly one fits it.

    "Hashd fighters were preparing for a push to the west of Mosul" (undated, future, 25 October)
    and "the Hashd launched an offensive towards the west of Mosul on Saturday (October 29)": same
    actor, same kind of event, same target or direction, and the date does not contradict the tense.
    Two candidates, or any disagreement, and it stays apart: a false merge is worse than a missed one.

    Candidates are looked up by what :func:`_fits_undated` requires of them: (family, actor, place,
    month of the start), the start within a month of the article - so "troops" in a corpus of
    thousands of articles about troops is compared with the few events of that place and month.
    """
    dated = [cl for cl in clusters if _start_range(cl, docs) is not None or cl.relative]
    is_dated = {id(cl) for cl in dated}
    first_actors: list[list[str]] = []  # an actor must be shared: one the dated event had at the start
    starts: list[int | None] = []
    index: dict[tuple[str, str, str, int], list[int]] = {}
    of_cluster: dict[int, int] = {}

    def put(k: int, names: set[str]) -> None:
        m = starts[k]
        if m is None:
            return
        fam = family(dated[k].type)
        for a in first_actors[k]:
            for name in names:
                index.setdefault((fam, a, name, m), []).append(k)

    for k, cl in enumerate(dated):
        of_cluster[id(cl)] = k
        first_actors.append(cl.actors(dms))
        b = _start_range(cl, docs)
        starts.append(_month(b[0]) if b is not None and b[0] is not None else None)
        t, p = cl.geo(dms)
        put(k, t | p)
    out: list[Cluster] = []
    for cl in clusters:
        if id(cl) in is_dated or cl.campaign is not None or not cl.actors(dms):
            out.append(cl)
            continue
        near = _near(cl, docs, dms, index)
        fits = [o for o in (dated[k] for k in near) if _fits_undated(cl, o, docs, dms)]
        if len(fits) != 1:
            out.append(cl)
            continue
        host = fits[0]
        before = host.geo(dms)
        host.absorb(cl)
        after = host.geo(dms)
        put(of_cluster[id(host)], (after[0] | after[1]) - (before[0] | before[1]))
    return out


def _near(cl: Cluster, docs: list[Document], dms: list[DocMentions],
          index: dict[tuple[str, str, str, int], list[int]]) -> list[int]:
    """The dated events that may fit ``cl``: a shared actor and place, a start near its article's date."""
    member = next((d for d, m in cl.members if dms[d].mentions[m].actors), None)
    anchor = docs[member].anchor.value if member is not None else None
    if anchor is None:
        return []  # _fits_undated needs the article's date to judge the tense
    day = dt.datetime(anchor.year, anchor.month, anchor.day)
    months = range(_month(day - _NEAR), _month(day + _NEAR) + 1)
    t, p = cl.geo(dms)
    fam = family(cl.type)
    found: set[int] = set()
    for a in cl.actors(dms):
        for name in t | p:
            for m in months:
                found.update(index.get((fam, a, name, m), ()))
    return sorted(found)


_DAY_KINDS = ("relday", "weekday", "date")


def anchorless_day(doc: Document, index: int) -> bool:
    """Whether expression ``index`` of ``doc`` names a day that hangs on an unknown publication date.

    "Yesterday", "on Saturday", "Saturday (October 29)" (no year) in an article whose anchor is
    unknown or only a window: the day is a constraint on that anchor, not a date.
    """
    a = doc.anchor
    if a.value is not None and (a.source != "inferred" or a.earliest == a.latest):
        return False
    e = doc.expressions[index]
    if e.spec is None or e.spec.kind not in _DAY_KINDS or e.spec.fields.get("year") is not None:
        return False
    if e.spec.kind == "date":
        return e.spec.fields.get("month") is not None and e.spec.fields.get("day") is not None
    return e.spec.kind != "relday" or isinstance(e.spec.fields.get("offset"), int)


def _calendar_fits(cl: Cluster, g: Cluster, docs: list[Document]) -> bool:
    """Whether the day ``g`` is dated to can be the weekday or month-day that ``cl``'s anchorless
    days name: "seized the compound on Sunday" is not the capture dated to a Tuesday elsewhere, even
    before its article's date is known."""
    b = _start_range(g, docs)
    if b is None or b[0] is None or b[1] is None or b[1] - b[0] > dt.timedelta(days=1):
        return True
    day = b[0].date()
    for e in _anchorless_days(cl, docs):
        fields = e.spec.fields if e.spec is not None else {}
        weekday, month, mday = fields.get("weekday"), fields.get("month"), fields.get("day")
        if isinstance(weekday, int) and weekday != day.weekday():
            return False
        if isinstance(month, int) and isinstance(mday, int) and (month, mday) != (day.month, day.day):
            return False
    return True


def _anchorless_days(cl: Cluster, docs: list[Document]) -> Iterator[Expression]:
    """The days that date ``cl`` (on, within, begins) and hang on an unknown publication date."""
    for d, ln in cl.links:
        if ln.relation in ("on", "within", "begins") and anchorless_day(docs[d], ln.expression):
            yield docs[d].expressions[ln.expression]


def _day_linked(cl: Cluster, docs: list[Document]) -> bool:
    return next(_anchorless_days(cl, docs), None) is not None


_POSSESSIVE = rx(r"['\u2019]s\s*$")


def _possessive_day(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Whether a member is a noun with a possessive time before it: "Yesterday's capture", "Sunday's airdrop"."""
    return any(dms[d].mentions[m].nominal and _POSSESSIVE.search(dms[d].mentions[m].premod) is not None
               for d, m in cl.members)


def merge_anchorless(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Mentions dated only by a day of an undated article, joined across articles (conservatively).

    Such a cluster and another one (of the same kind, or dated to the day by a known publication
    date) are one event when they are of one family, share an actor and a target (or,
    when neither names a target, a place), no target of one contradicts the other's, and the pair
    is unique: exactly one earlier group fits.  Clusters are taken in document order, so a group
    grows ("toward Tal Afar" + "west of Mosul, to reach Tal Afar" + "a bid to encircle Mosul").
    """
    out: list[Cluster] = []
    # dated to the day by a known publication date: an undated article's mention may tell it too
    dated = [cl for cl in clusters if cl.campaign is None and cl.actors(dms) and not _day_linked(cl, docs)
             and (w := _width(_start_range(cl, docs))) is not None and w <= dt.timedelta(days=1)]
    # candidates by (family, actor): a fit must share one; each candidate's documents kept as a set
    index: dict[tuple[str, str], list[Cluster]] = {}
    seen: dict[int, tuple[set[str], set[int]]] = {}  # id -> (actors indexed, documents)

    # "Yesterday's capture of the compound" names no actor: its candidates are looked up by target
    by_target: dict[tuple[str, str], list[Cluster]] = {}
    targeted: dict[int, set[str]] = {}

    def put(g: Cluster) -> None:
        acts, gdocs = seen.setdefault(id(g), (set(), set()))
        gdocs.update(d for d, _ in g.members)
        for a in g.actors(dms):
            if a not in acts:
                acts.add(a)
                index.setdefault((family(g.type), a), []).append(g)
        if g.actors(dms):
            done = targeted.setdefault(id(g), set())
            for t in sorted(g.geo(dms)[0] - done):
                done.add(t)
                by_target.setdefault((family(g.type), t), []).append(g)

    for g in dated:
        put(g)
    for cl in clusters:
        if cl.campaign is not None or not _day_linked(cl, docs) \
                or not (cl.actors(dms) or _possessive_day(cl, dms) and cl.geo(dms)[0]):
            out.append(cl)
            continue
        mine = {d for d, _ in cl.members}
        acts, geo = set(cl.actors(dms)), cl.geo(dms)
        fam = family(cl.type)
        fits: list[Cluster] = []
        if _possessive_day(cl, dms) and geo[0]:
            # "Yesterday's capture of the Bab al-Aziziya compound", "Yesterday's assault on Marawi by
            # Maute gunmen": the one dated event of that family with that very target, whose actor
            # (if both name one) is of the same kind ("Maute militants" / "Islamist militants")
            heads = {a.split()[-1].lower() for a in acts}
            pool = dict.fromkeys(g for t in sorted(geo[0]) for g in by_target.get((fam, t), ()))
            fits = [g for g in pool if g is not cl and family(g.type) == fam and not mine & seen[id(g)][1]
                    and _geo_ok(geo, g.geo(dms)) and geo[0] & g.geo(dms)[0]
                    and (not heads or heads & {a.split()[-1].lower() for a in g.actors(dms)})]
        for g in dict.fromkeys(g for a in sorted(acts) for g in index.get((fam, a), ())):
            if g in fits:
                continue
            if g is cl or family(g.type) != fam or mine & seen[id(g)][1]:
                continue
            g_geo = g.geo(dms)
            if not acts & set(g.actors(dms)) or not _geo_ok(geo, g_geo):
                continue
            if cl.actors(dms)[0] not in g.actors(dms) or g.actors(dms)[0] not in acts:
                continue  # "Kurdish forces drove IS out ... and raised their flag" is not IS's flag
            shared = (geo[0] & g_geo[0]) if geo[0] and g_geo[0] else ((geo[0] | geo[1]) & (g_geo[0] | g_geo[1]))
            if shared:
                fits.append(g)
        fits = [g for g in fits if _calendar_fits(cl, g, docs)]
        if len(fits) == 1:
            g = fits[0]
            g.absorb(cl)
            g.memo.clear()
            if cl.type == "offensive":
                g.type = "offensive"
            put(g)
            continue
        put(cl)
        out.append(cl)
    return out


_TIME_OWNER = rx(r"\b(?:yesterday|today|tonight|(?:the\s+)?(?:previous|preceding)\s+day|the\s+day\s+before|"
                 r"(?:the\s+|last\s+|this\s+)?weekend|last\s+(?:week|night|month)|this\s+(?:week|morning)|"
                 r"(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|evening|afternoon))?)"
                 r"['\u2019]s(?:\s+[a-z][\w-]*){0,2}\s*$", re.IGNORECASE)


def _back_reference(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Whether the cluster is told by a noun whose owner is a time: "Sunday night's airdrops", "Last
    week's capture of the hill", "Yesterday's arrival of the fighters", "Tuesday's assault"."""
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        # (whatever the mention finder made of it: after "Yesterday's", "strike" is a noun)
        if _TIME_OWNER.search(dms[d].text[max(mn.sent.start, mn.start - 50) : mn.start]) is not None:
            return True
    return False


def _nobody(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A group of nouns that names nobody and no target: "The group's new push, launched on Saturday",
    "the operation began on Monday west of Mosul" - it is the day's one such event told elsewhere (at
    that place, if it names one)."""
    return not cl.actors(dms) and not cl.geo(dms)[0] and all(
        (dms[d].mentions[m].nominal and not _parties(dms[d], dms[d].mentions[m]))
        or _relative_passive(dms[d], dms[d].mentions[m]) for d, m in cl.members)


#: "Talks between Mali's army and the Azawad front", "negotiations among the Dogon militias": the parties
_PARTIES = rx(r"\s+(?:between|among)\s+[^.;:]{0,40}?\b[A-Z]")


def _parties(dm: DocMentions, mn: Mention) -> bool:
    """A meeting that names who met ("talks between X and Y") names somebody, even when no actor was read."""
    return mn.type == "meeting" and _PARTIES.match(dm.text, mn.end, mn.sent.end) is not None


_RELATIVE_PASSIVE = rx(r"\b(?:which|that)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$")


def _relative_passive(dm: DocMentions, mn: Mention) -> bool:
    """"the theatre in the city centre, which was bombed on Wednesday": a passive in a relative clause
    tells an act the reader knows of (the news of the day before), by nobody named."""
    return _RELATIVE_PASSIVE.search(dm.text, max(mn.sent.start, mn.start - 30), mn.start) is not None


def _owner_range(cl: Cluster, docs: list[Document]) -> Bounds4 | None:
    """The day its owner time names ("Yesterday's arrival ... ended eight months of occupation": the
    arrival was yesterday, whatever the aspect of its clause)."""
    out: Bounds4 | None = None
    for d, ln in cl.links:
        if not ln.weak and _owner_time(docs[d], ln.expression):
            b = bounds_of_link(docs[d].expressions[ln.expression], "on")
            if b is not None:
                out = b if out is None else (intersect(out, b) or out)
    return out


def _owner_time(doc: Document, index: int) -> bool:
    """Whether expression ``index`` owns a noun: "Yesterday's", "Sunday night's"."""
    e = doc.expressions[index]
    return rx(r"['\u2019]s\b").match(doc.text, e.end) is not None


def _by_day(b: Bounds4 | None) -> range:
    if b is None or b[0] is None or b[1] is None:
        return range(0)
    return range(b[0].toordinal(), b[1].toordinal() + 1)


def _related_reference(cl: Cluster, dms: list[DocMentions]) -> bool:
    """"Two days after the capture of Gao": a noun naming no actor, only a target, dated by its relation to
    another event of its article alone - a reference to an event the reader knows from elsewhere."""
    return not cl.links and bool(cl.derived) and not cl.actors(dms) and bool(cl.geo(dms)[0]) \
        and all(dms[d].mentions[m].nominal for d, m in cl.members)


def _days_touched(b: Bounds4 | None) -> range:
    """The days an act dated within a day touches: "overnight" (Friday 18:00 to Saturday 07:00) is
    Friday's and Saturday's ("two days after the capture of Gao", told from Monday)."""
    days = _by_day(b)
    if b is None or b[0] is None or b[3] is None or not days or b[3] - b[0] > dt.timedelta(hours=36):
        return days
    return range(days.start, max(days.stop, (b[3] - dt.timedelta(microseconds=1)).toordinal() + 1))


def _kin(t: str) -> str:
    """The family a back-reference is matched in: "Yesterday's bombing of Qana" may name the air strike
    another article told (an air strike is an attack), and "the war, which began on April 3" the fighting
    another article tells broke out that day (a battle is fighting); the caller still wants exactly one
    candidate."""
    fam = family(t)
    return family("attack") if fam == "airstrike" else "fighting" if fam == "battle" else fam


def merge_backrefs(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """A noun owned by a time ("Sunday night's airdrops", "Tuesday's assault") names an event the
    reader already knows: the one event of that family told by another article on that day.  So does
    a noun dated to a day that names nobody and nowhere ("The group's new push, launched on Saturday").

    It joins it when exactly one dated event of another article fits: same family, a start on the
    same day (the possessive time may be a week: "Last week's capture"), the other dated to the day,
    no two different actors (when both name one) or targets.  Two candidates, and it stays apart.
    """
    if len(docs) < 2:
        return clusters  # the event a back-reference names is told by another article
    precise: dict[tuple[str, int], list[Cluster]] = {}
    for cl in clusters:
        b = _start_range(cl, docs)
        w = _width(b)
        if cl.campaign is None and w is not None and w <= dt.timedelta(days=1):
            for day in _days_touched(b):
                precise.setdefault((_kin(cl.type), day), []).append(cl)
    gone: set[int] = set()
    refs = {id(cl) for cl in clusters if _back_reference(cl, dms)
            and all(ln.weak or _owner_time(docs[d], ln.expression) for d, ln in cl.links)}
    for cl in clusters:
        if id(cl) in gone or cl.campaign is not None:
            continue
        ref = id(cl) in refs
        related = not ref and _related_reference(cl, dms)
        # (a group some other article already dated is not a mere reference)
        b = _owner_range(cl, docs) if ref else _start_range(cl, docs)
        w = _width(b)
        if w is None or w > (dt.timedelta(days=7) if ref else dt.timedelta(days=1)):
            continue
        if not ref and not related and not _nobody(cl, dms):
            continue
        mine = {d for d, _ in cl.members}
        acts, geo = set(cl.actors(dms)), cl.geo(dms)
        fits: list[Cluster] = []
        for day in _by_day(b):
            for g in precise.get((_kin(cl.type), day), ()):
                if g is cl or id(g) in gone or g in fits or mine & {d for d, _ in g.members} or _nobody(g, dms) \
                        or id(g) in refs:
                    continue  # (a reference is no candidate: it names what another article told)
                their = set(g.actors(dms))
                if acts and their and not acts & their:
                    continue
                g_geo = g.geo(dms)
                if not _geo_ok(geo, g_geo) or (not ref and not related and geo[1] and not geo[1] & (g_geo[0] | g_geo[1])):
                    continue  # (somewhere named: the other must be there too)
                if related and not geo[0] & (g_geo[0] | g_geo[1]):
                    continue  # ("two days after the capture of Gao": Gao it must be)
                fits.append(g)
        if len(fits) != 1:
            continue
        g = fits[0]
        # only the owner time dates it: in "Yesterday's fall of the quarter left them 10 percent of the
        # area they held in early November", the other date is another clause's
        g.absorb(cl, [(d, ln) for d, ln in cl.links if not ref or _owner_time(docs[d], ln.expression)])
        g.memo.clear()
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


_VAGUE = dt.timedelta(days=400)  # what _corefer._same_time still matches when a place is shared
_VAGUEST = dt.timedelta(days=1100)
_PRECISE = dt.timedelta(days=31)
_DAY = dt.timedelta(days=1)


def merge_vague(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """An event dated only roughly ("which Ukrainian troops won back from the separatists nearly seven years
    ago": a window of two years) joins the one event another article dates precisely ("drove the separatists
    out of Sloviansk on Saturday (July 5)") when exactly one fits: same family, a shared actor AND a shared
    target or place, its start inside the rough window.  Two candidates, and it stays apart."""
    precise: dict[tuple[str, str], list[Cluster]] = {}
    by_type: dict[str, list[tuple[dt.datetime, int, Cluster]]] = {}  # for acts that name nobody, by start
    for cl in clusters:
        w = _width(_start_range(cl, docs))
        if cl.campaign is None and w is not None and w <= _PRECISE:
            for a in cl.actors(dms):
                precise.setdefault((family(cl.type), a), []).append(cl)
            start = _start_range(cl, docs)
            if start is not None and start[0] is not None:
                by_type.setdefault(cl.type, []).append((start[0], len(by_type.get(cl.type, [])), cl))
    for rows in by_type.values():
        rows.sort(key=lambda r: (r[0], r[1]))
    gone: set[int] = set()
    for cl in clusters:
        b = _start_range(cl, docs)
        w = _width(b)
        nobody = not cl.actors(dms)
        # one that names nobody ("Four months after the fall of Qusayr") may be dated to a month or so
        if cl.campaign is not None or b is None or b[0] is None or b[1] is None or w is None \
                or not (_DAY if nobody else _PRECISE) < w <= _VAGUEST:
            continue
        geo = cl.geo(dms)
        where = geo[0] | geo[1]
        mine = {d for d, _ in cl.members}
        fits: list[Cluster] = []
        for a in cl.actors(dms):
            for g in precise.get((family(cl.type), a), ()):
                gb = _start_range(g, docs)
                if g in fits or id(g) in gone or gb is None or gb[0] is None or gb[1] is None \
                        or mine & {d for d, _ in g.members}:
                    continue
                g_geo = g.geo(dms)
                if where & (g_geo[0] | g_geo[1]) and _geo_ok(geo, g_geo) and _overlap(b, gb):
                    fits.append(g)
        if not fits and nobody:
            fits = [g for g in _nobody_fits(cl, b, by_type.get(cl.type, []), docs, dms, gone)
                    if (_width(_start_range(g, docs)) or _DAY) < w]  # the precise telling is the narrower
        if len(fits) != 1:
            continue
        g = fits[0]
        g.absorb(cl)
        g.memo.clear()
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


def _nobody_fits(cl: Cluster, b: Bounds4, rows: list[tuple[dt.datetime, int, Cluster]], docs: list[Document],
                 dms: list[DocMentions], gone: set[int]) -> list[Cluster]:
    """"A movement that proclaimed a caliphate nearly five years ago" names nobody: it is the one event of its
    very type another article dates precisely inside the window ("the state that al-Baghdadi proclaimed in
    June 2014"), when the objects, if both say one, agree, and the target, if it names one, is shared
    ("Four months after the fall of Qusayr" -> "captured Qusayr on Wednesday (June 5)")."""
    mine = {d for d, _ in cl.members}
    objs = {o for o in (dms[d].mentions[m].obj for d, m in cl.members) if o}
    geo = cl.geo(dms)
    fits: list[Cluster] = []
    if b[0] is None or b[1] is None:
        return fits
    # (a precise start lies within a month of the window: look only there)
    lo = bisect.bisect_left(rows, b[0] - _PRECISE - _DAY, key=lambda r: r[0])
    hi = bisect.bisect_right(rows, b[1], key=lambda r: r[0])
    for _s, _k, g in rows[lo:hi]:
        if g is cl or g.type != cl.type or g.campaign is not None or id(g) in gone or mine & {d for d, _ in g.members}:
            continue
        g_geo = g.geo(dms)
        # a target it names must be the other's too; places alone separate nothing (_geo_ok)
        if geo[0] and not (geo[0] & (g_geo[0] | g_geo[1]) and _geo_ok(geo, g_geo)):
            continue
        gb = _start_range(g, docs)
        w = _width(gb)
        if gb is None or gb[0] is None or gb[1] is None or w is None or w > _PRECISE \
                or b[0] is None or b[1] is None or not _overlap(b, gb):
            continue
        theirs = {o for o in (dms[d].mentions[m].obj for d, m in g.members) if o}
        if objs and theirs and not objs & theirs or not links_agree(cl, g, docs):
            continue  # (or "the accord ... now looks close to collapse", read as its end, and "agreed on Thursday")
        fits.append(g)
    return fits
