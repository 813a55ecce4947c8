"""Coreference: mentions of one event, within a document and across documents, become one cluster.

Within a document, an anaphoric noun ("the move", "Yesterday's move", "the pre-dawn operation")
joins the closest earlier mention of the same family within a few sentences, preferring one that
shares a modifier ("pre-dawn assault" ... "pre-dawn operation"); other mentions of the same type,
actor and (compatible) place and date join too.  Campaign noun phrases ("the battle for Mosul", "the
Mosul offensive") form one cluster per campaign, across the whole corpus.

Across documents two clusters are one event when they share the event family and an actor, their
places or targets do not contradict each other (both known and disjoint) and their dated starts
overlap.  An undated cluster never merges across documents: without a date, "an offensive by the
same militia" is too weak a match - except in documents whose publication date is unknown, where a
mention dated by a day that hangs on that unknown date ("Yesterday's move", "on Saturday (October
29)") joins the one such mention of another article with the same family, actor and target
(:func:`._undated.merge_anchorless`); the reasoning stage checks the merge and infers the dates from it.
Campaigns told by description ("two weeks into the NATO air campaign") keep their event-relative
phrases and are matched across documents by :func:`._campaigns.merge_described`.

Before any of this, :mod:`._corpus_names` reads the mentions against the whole corpus ("the Manbij
offensive" where another article writes "north of Manbij"; "Iraqi Shiite militias" where another names the
Hashd; "The offensive, named Bunyan al-Marsous"); bare campaign nouns of a dispatch about one campaign's
place ("three weeks into the siege") join that campaign (:func:`._corpus_names.fold_bare`); a noun owned
by a time ("Sunday night's airdrops") or naming nobody ("the new push, launched on Saturday") joins the
day's one such event of another article (:func:`._undated.merge_backrefs`); an act told on two separate
days ("on Thursday and again on Friday") is two events (:func:`._local.repeats`). A bare "since the assault
began on May 3", or "have been shelling X since Friday", is the one campaign it opens (:mod:`._heads`); "last
week's battle for X" is the one capture of X dated that week (:mod:`._known_battles`). A landmark taken is
its own target ("the citadel at the heart of X", :mod:`._landmarks`); "the truce in the city" is at the
article's one town (:mod:`._descriptors`); talks are held at their dateline and "the Geneva talks" join the one
dated there (:mod:`._meetings`); two tellings of one campaign's halt join (:mod:`._halts`); one act on one day
told by two articles that name its actor or its place differently ("Azerbaijan launched a military operation in
Nagorno-Karabakh on Tuesday", read as "forces"; the city on one side, the country on the other; "Rostov" and
"Rostov-on-Don") joins when each is the other's only candidate (:mod:`._sameday`, asking :mod:`._gazetteer`).

Every cross-document pass looks its candidates up in an index (family, month, actor or target;
head and signature word; family, actor, place and month), so the stage grows linearly with the
corpus, also when thousands of articles tell one event.
"""

from __future__ import annotations

import datetime as dt

from timeline._events._aged import merge_aged
from timeline._events._background import OWN_AGE, merge_background
from timeline._events._bytime import ByTime, unique_keys
from timeline._events._campaign_refs import fold_opened, merge_quoted
from timeline._events._campaigns import HEADS, described, main_place, merge_described
from timeline._events._cluster import (
    Cluster,
    _geo_ok,
    _overlap,
    _same_time,
    _start_range,
    _width,
    family,
    tellable,
)
from timeline._events._corpus_names import (
    fold_bare,
    fold_named,
    name_actors,
    name_campaigns,
    told_whole,
)
from timeline._events._dating import Bounds4, bounds_of_link, intersect
from timeline._events._definite import merge_definite
from timeline._events._descriptors import place_descriptors
from timeline._events._disaster import ordinal_of
from timeline._events._disaster_merge import merge_disasters
from timeline._events._disputed import merge_disputed
from timeline._events._found import found_campaigns
from timeline._events._halts import merge_halts
from timeline._events._heads import Heads, by_head_noun, merge_openings
from timeline._events._known_battles import merge_known_battles
from timeline._events._landmarks import apart as landmarks_apart
from timeline._events._landmarks import mark_landmarks
from timeline._events._launch_day import merge_launch_day
from timeline._events._lexicon import ANAPHOR_ONLY, OFFENSIVE_FAMILY
from timeline._events._link import RelativeStart, TimeLink
from timeline._events._local import (
    apposition,
    class_match,
    dates_clash,
    dominant_campaign,
    fold_headlines,
    headline_actor,
    is_headline,
    links_by_mention,
    one_vague,
    other_clause,
    predicate_of,
    repeats,
    same_day_at,
    subject_act,
)
from timeline._events._meetings import meeting_places, merge_meetings
from timeline._events._mentions import DocMentions, Mention
from timeline._events._movements import MOVEMENT_AGE
from timeline._events._named_ops import merge_named_operation
from timeline._events._one_act import merge_acts
from timeline._events._relations import MentionRelation, derive
from timeline._events._relstart import own_count
from timeline._events._report_day import merge_report_day
from timeline._events._retold import merge_open, merge_retold, merge_stormed
from timeline._events._rx import rx
from timeline._events._sameday import merge_same_day
from timeline._events._scored import merge_scored
from timeline._events._states import country_forces
from timeline._events._tellings import apart_cities, merge_tellings
from timeline._events._truces import merge_truces
from timeline._events._twice import merge_presupposed
from timeline._events._undated import (
    _possessive_day,
    anchorless_day,
    merge_anchorless,
    merge_backrefs,
    merge_undated,
    merge_vague,
)
from timeline._events._week_old import merge_week_old
from timeline.model import Document

__all__ = ["Cluster", "anchorless_day", "cluster", "family", "tellable"]


def cluster(docs: list[Document], dms: list[DocMentions], links: list[list[TimeLink]],
            rels: list[list[RelativeStart]], relations: list[list[MentionRelation]] | None = None
            ) -> tuple[list[Cluster], list[tuple[int, RelativeStart]]]:
    """Clusters over the corpus; the relative starts that name no event are returned apart.

    ``relations`` (event-to-event, per document) lend dates between the events of one document
    before they are matched across documents ("three days after its fighters took the last
    positions" dates the taking from the announcement's date).
    """
    name_campaigns(dms)  # "the Manbij offensive", where another article writes "north of Manbij"
    name_actors(dms)  # "Iraqi Shiite militias", where another article names the Hashd
    country_forces(dms)  # "Freedonia's army took the pass", where another writes "Freedonian troops"
    mark_landmarks(dms)  # "recaptured the citadel at the heart of X" took the citadel, not X
    place_descriptors(dms)  # "the ceasefire in the city", in an article about one city
    meeting_places(dms)  # "GENEVA - Peace talks on X collapsed": held in Geneva, not in X
    campaigns: dict[str, Cluster] = {}
    clusters: list[Cluster] = []
    by_time = ByTime(dms)
    loose_rel: list[tuple[int, RelativeStart]] = []
    for d, dm in enumerate(dms):
        local: list[Cluster] = []
        of_mention: dict[int, Cluster] = {}
        counted = {r.mention for r in rels[d] if r.mention is not None and r.kind != "since"}
        by_mention = links_by_mention(links[d])
        predicates: set[int] = set()
        # "their arrival, six weeks after the jihadists began their assault": related events are two
        apart: dict[int, set[int]] = {}  # mention -> the mentions it is told relative to (never one event)
        for mr in (relations or [[] for _ in dms])[d]:
            apart.setdefault(mr.dependent, set()).add(mr.other)
            apart.setdefault(mr.other, set()).add(mr.dependent)
        for mn in dm.mentions:
            whose = _battle_of_the_place(dm, mn, campaigns) if mn.index not in counted else None
            if mn.campaign is not None or whose is not None:
                name = mn.campaign or whose
                assert name is not None
                cl = campaigns.get(name)
                if cl is None:
                    cl = campaigns[name] = Cluster("campaign", campaign=name, named=mn.named)
                cl.members.append((d, mn.index))
                of_mention[mn.index] = cl
                continue
            pred = predicate_of(dm, mn, of_mention)
            if pred is not None:
                # "The battle for Tikrit is the largest operation since ... last summer": the battle
                # itself, described; the clause's dates are not its own
                pred.members.append((d, mn.index))
                predicates.add(mn.index)
                continue
            host = _antecedent(dm, mn, of_mention) if (mn.anaphoric and not mn.plural) else None
            if host is None:
                host = subject_act(dm, mn, of_mention)  # "An air strike hit the school": one act
            if host is not None and any((d, m) in host.members for m in apart.get(mn.index, ())):
                host = None
            if host is not None and (dates_clash(mn, host, d, by_mention, docs)
                                     or _history(mn, host, d, by_mention, docs)):
                host = None  # "the uprising ... began in March 2011" is not Saturday's assault
            if host is None:
                host = apposition(dm, mn, of_mention)
            participle = rx(r",\s+[a-z]+ing\s+(?:[\w'-]+\s+){0,3}$").search(dm.text[max(mn.sent.start, mn.start - 60) : mn.start])
            if mn.anaphoric and not mn.plural and host is None and participle is not None:
                # no antecedent: "SDF fighters closed the road, completing the encirclement":
                # the act of the sentence's subject
                lead = [a for a in dm.actors if mn.sent.start <= a.start < mn.start]
                mn.actors = [lead[0].name] if lead else []
            if host is None and not mn.actors and family(mn.type) == "offensive" and is_headline(dm, mn.sent.index):
                mn.actors = headline_actor(dm)  # "SDF opens new front / New push launched on Saturday"
            if host is None and mn.lemma in ANAPHOR_ONLY:
                continue  # "the announcement" with nothing to refer back to: not an event of its own
            if host is None and mn.actors and mn.nominal and mn.definite and not mn.plural:
                # "the offensive launched by the Hashid": a definite description refers back
                host = _same_in_doc(dm, mn, local, d, links[d], docs)
                if host is not None and any((d, m) in host.members for m in apart.get(mn.index, ())):
                    host = None
            if host is not None and mn.index in counted and not _campaign_like(dm, mn, host, d):
                host = None  # "The advance, four weeks into the offensive, took ...": not the advance
            if host is None:
                host = Cluster(mn.type)
                local.append(host)
            host.members.append((d, mn.index))
            if mn.type == "offensive" and host.type in OFFENSIVE_FAMILY:
                host.type = "offensive"  # "a massive attack" ... "the offensive": an offensive
            of_mention[mn.index] = host
        again = repeats(docs[d], links[d])
        # "after a six-week offensive": the sentence's day is of what came at its end or later (the capture
        # that ends it is told apart), never its start; its length is a round figure (no "lasts")
        links_d = [ln for ln in links[d] if ln.mention not in predicates and not other_clause(docs[d], dm, ln)
                   and not (dm.mentions[ln.mention].campaign is not None
                            and told_whole(dm, dm.mentions[ln.mention]))]
        repeat: dict[int, int] = {}
        for ln in links_d:
            cl = of_mention.get(ln.mention)
            if cl is not None and id(ln) in again:
                # "shelled the town on Thursday and again on Friday": each day an event of its own
                repeat[ln.mention] = repeat.get(ln.mention, 0) + 1
                cl = Cluster(cl.type, members=[(d, ln.mention)], occurrence=repeat[ln.mention])
                local.append(cl)
            if cl is not None and cl.campaign is not None and ln.relation == "on" and dm.mentions[ln.mention].lemma \
                    in ("order", "command") and dm.mentions[ln.mention].aspect == "begins":
                ln = TimeLink(ln.mention, ln.expression, "begins", ln.weak)  # the order to march opens it
            if cl is not None and dm.mentions[ln.mention].nominal and ln.relation in ("within", "includes") and \
                    _SINCE.search(docs[d].text, max(0, docs[d].expressions[ln.expression].start - 8),
                                  docs[d].expressions[ln.expression].start) is not None:
                # "has run its offensive since April": it began in April (not on its first day, nor inside it)
                ln = TimeLink(ln.mention, ln.expression, "begins", ln.weak)
            if cl is not None:
                cl.links.append((d, ln))
        dominant: list[Cluster | None] = []  # the document's campaign, found once (a long feed has thousands of rels)
        for r in rels[d]:
            if own_count(d, r, of_mention):
                continue  # "a day after the Kurds struck a deal": the act's own date, not its campaign's
            cl = of_mention.get(r.mention) if r.mention is not None else None
            if cl is not None and r.mention is not None and cl.campaign is None and r.kind != "since" \
                    and not described(dm, dm.mentions[r.mention]) and dm.mentions[r.mention].type not in OWN_AGE \
                    and dm.mentions[r.mention].word.lower() not in MOVEMENT_AGE \
                    and not _invaded(dm.mentions[r.mention]):  # ("the uprising": its own age too)
                # "N weeks into the offensive" names a long campaign, not a single push (but "two
                # weeks into the NATO air campaign" names its own)
                cl = None
            if cl is None and r.kind == "since" and r.mention is not None:
                cl = of_mention.get(r.mention)
            if cl is None and r.kind != "since":
                # "the almost two-week-old campaign", "two weeks into the offensive": with no place
                # of its own, the campaign is the one this document is about.
                if not dominant:
                    dominant.append(dominant_campaign(dm, of_mention))
                cl = dominant[0]
            if cl is None:
                loose_rel.append((d, r))
            else:
                cl.relative.append((d, r))
        _propagate_local(docs, dms, d, (relations or [[] for _ in dms])[d], of_mention)
        for cl in fold_headlines(dm, local):
            _merge_across(cl, clusters, dms, docs, by_time)
    if loose_rel:
        heads = Heads(dms, campaigns, clusters, docs)
        loose_rel = [(d, r) for d, r in loose_rel if not by_head_noun(dms, heads, d, r)]
    loose_rel = _own_campaign(clusters, dms, loose_rel)
    clusters = fold_bare(campaigns, clusters, dms)
    # "Twenty days into the offensive", in dispatches about Palmyra that never name the campaign
    clusters, loose_rel = found_campaigns(campaigns, clusters, dms, docs, loose_rel)
    clusters = fold_bare(campaigns, clusters, dms)  # "the five-month siege", now that the siege is known
    clusters = fold_opened(campaigns, clusters, dms, docs)  # "had begun its attack on X", on the first day
    fold_named(campaigns, dms, docs)  # "Operation Olive Branch", in dispatches about the Afrin offensive
    clusters = merge_openings(campaigns, clusters, dms, docs)  # "since the assault began on May 3"
    clusters = merge_described(clusters, docs, dms)
    clusters = merge_undated(clusters, docs, dms)
    clusters = merge_anchorless(clusters, docs, dms)
    clusters = merge_backrefs(clusters, docs, dms)
    clusters = merge_week_old(clusters, docs, dms)  # "Zaranj, which fell a week ago" and "seized Zaranj on Friday"
    clusters = merge_vague(clusters, docs, dms)
    clusters = merge_retold(clusters, docs, dms)
    clusters = merge_open(clusters, docs, dms)
    clusters = merge_stormed(clusters, docs, dms)
    clusters = merge_presupposed(clusters, docs, dms)  # "The evacuation of X, which began on May 2" + "on May 9"
    clusters = merge_acts(merge_truces(clusters, docs, dms), docs, dms)  # "the ten-day ceasefire, which took effect on D" + another D
    clusters = merge_background(clusters, docs, dms)  # "proclaimed in April last year" and "in April 2014"
    clusters = merge_meetings(clusters, docs, dms)  # "after the Geneva talks fell apart"
    clusters = merge_definite(clusters, docs, dms)  # "the recapture", in a dispatch about the town retaken
    clusters = merge_quoted(clusters, docs, dms)  # "its 'anti-terrorist operation'", quoted by three articles
    clusters = merge_same_day(clusters, docs, dms)  # "seized X on Saturday" and "the seizure of X on Saturday"
    clusters = merge_tellings(clusters, docs, dms)  # "invaded X" / "seized X"; "surrendered" / "laid down its arms"
    clusters = merge_disputed(clusters, docs, dms)  # one capture told with two dates: reasoning names it
    clusters = merge_aged(clusters, docs, dms, campaigns)  # "began operations on D" and "three weeks into the campaign"
    clusters = merge_launch_day(campaigns, clusters, docs, dms)  # "the X counteroffensive, begun on D" and "launched on D"
    clusters = merge_report_day(clusters, docs, dms)  # "declared a state of emergency", undated, in a dispatch of D
    clusters = merge_scored(clusters, docs, dms)  # "stormed X" / "overran X last week": one act, scored
    clusters = merge_disasters(clusters, docs, dms)  # "the cave-in on Thursday" and "Thursday's collapse"
    merge_known_battles(campaigns, clusters, dms, docs)  # "last week's battle for X" and "captured X on Friday"
    out = merge_named_operation(list(campaigns.values()) + clusters, docs, dms)  # "the offensive" = Operation X
    return merge_halts(out, docs, dms), loose_rel  # "paused its offensive" and "the campaign was halted in July"


def _history(mn: Mention, host: Cluster, d: int, by_mention: dict[int, list[TimeLink]], docs: list[Document]) -> bool:
    """"The toll is the worst since the chemical attack of August 2013", after "since the onslaught began" in a
    dispatch of 2018: an anaphor that its own date puts wholly a year or more before the article is history,
    not the undated event of the news told before it (which it would otherwise date years back)."""
    anchor = docs[d].anchor.value
    own = by_mention.get(mn.index)
    if anchor is None or not own or any(ln.relation not in ("on", "within") for ln in own) \
            or any(by_mention.get(m) for dd, m in host.members if dd == d):
        return False  # ("The offensive, which began in March 2016": a long campaign may be the news still)
    ends = [bounds_of_link(docs[d].expressions[ln.expression], ln.relation) for ln in own]
    return all(b is not None and b[1] is not None and anchor - b[1] > _HISTORY for b in ends)


_HISTORY = dt.timedelta(days=365)


def _invaded(mn: Mention) -> bool:
    """"Two days after Iraq invaded Kuwait": an invasion told by its verb is the day of the crossing, an act of its
    own that the gap dates (the campaign it opens has that start too), never the age of the article's campaign,
    which may be another ("the oil embargo") or none."""
    return mn.type == "invasion" and not mn.nominal


def _battle_of_the_place(dm: DocMentions, mn: Mention, campaigns: dict[str, Cluster]) -> str | None:
    """"The announcement ends a battle that began in July 2012", in a dispatch about Aleppo: the
    battle (siege) of the place it is about, when the corpus already tells of one there.

    Only a lone battle or siege whose start the sentence tells, naming no place, actor or target of
    its own (an offensive or an operation may be any push of the campaign)."""
    if mn.campaign is not None or not mn.nominal or mn.plural or mn.aspect != "begins" \
            or mn.word.lower() not in {"battle", "siege"} or mn.places or mn.targets or mn.actors:
        return None
    main = main_place(dm)
    cl = campaigns.get(main) if main is not None else None
    return main if cl is not None and not cl.named else None


def _campaign_like(dm: DocMentions, mn: Mention, host: Cluster, d: int) -> bool:
    """Whether the noun of an event-relative phrase ("four weeks into *the offensive*") may be the
    event ``host`` already told in its document.

    Such a phrase counts the time since a long campaign began, so its noun names that campaign, not
    the local push, advance or assault of its own sentence ("The advance, four weeks into the
    offensive, took the port on Thursday") nor a verb's one-day act ("Rebels pushed toward the port
    on Thursday"): the host must hold a campaign noun (offensive, campaign, siege, ...) told in
    another sentence.
    """
    return any(x.nominal and x.word.lower() in HEADS and x.sent.index != mn.sent.index
               for x in (dm.mentions[m] for dd, m in host.members if dd == d))


def _own_campaign(clusters: list[Cluster], dms: list[DocMentions], loose: list[tuple[int, RelativeStart]]
                  ) -> list[tuple[int, RelativeStart]]:
    """"17 days into the siege", in an article about no other campaign: the siege it names is an
    event of its own (then matched across articles by :func:`merge_described`)."""
    if not loose:
        return loose
    owner = {(d, m): cl for cl in clusters for d, m in cl.members}
    out = []
    for d, r in loose:
        cl = owner.get((d, r.mention)) if r.mention is not None else None
        if cl is not None and r.mention is not None and r.kind != "since" \
                and dms[d].mentions[r.mention].word.lower() in HEADS:
            cl.relative.append((d, r))
        else:
            out.append((d, r))
    return out


_SINCE = rx(r"\bsince\s+$")


#: How many event mentions back an anaphor ("the operation") looks for its antecedent: far more
#: than any article holds (a long feature has ~100), and what keeps a book-length text linear.
_LOOKBACK = 300


def _antecedent(dm: DocMentions, mn: Mention, of_mention: dict[int, Cluster]) -> Cluster | None:
    fam = family(mn.type)
    best: Mention | None = None
    earlier = [p for p in reversed(dm.mentions[max(0, mn.index - _LOOKBACK) : mn.index])
               if (p.campaign is None and family(p.type) == fam and not p.plural and (p.nominal or p.type == mn.type))
               or _launched_campaign(p, mn)]
    mine = set(mn.targets) | (set(mn.places) - dm.spans("places").countries)
    if mine:  # "the fall of their headquarters at the Ouagadougou centre" is not "taken full control of Sirte"
        earlier = [p for p in earlier if not p.targets or mine & (set(p.targets) | set(p.places))]
    earlier = [p for p in earlier if not landmarks_apart(mn.targets, p.targets)]  # the citadel, not the town
    if fam == "disaster":  # "the accident" is the first, never "a second rockfall" told just before it
        earlier = [p for p in earlier if not ordinal_of(dm.text, p)]
    # "the pre-dawn operation" goes back to "a pre-dawn assault" however far back it was;
    # a bare "the move" to the closest mention of its family within four sentences.
    best = next((p for p in earlier if set(p.modifiers) & set(mn.modifiers)), None)
    if best is None:  # then the closest of the same type ("the operation" -> "an offensive"), then family
        best = next((p for p in earlier if p.type == mn.type and p.nominal and p.actors), None)
    if best is None:
        best = next((p for p in earlier if p.actors or p.index in of_mention), None)
    if best is None:
        return None
    return of_mention.get(best.index)


def _launched_campaign(p: Mention, mn: Mention) -> bool:
    """"Forces launched an operation on Thursday to drive the militants out of Sirte. The offensive,
    named ...": an indefinite campaign noun told as launched is what a later "the offensive" means."""
    return p.campaign is not None and not p.named and p.nominal and not p.definite and p.aspect == "begins" \
        and mn.word.lower() in HEADS and p.sent.index < mn.sent.index


def _same_in_doc(dm: DocMentions, mn: Mention, local: list[Cluster], d: int, links: list[TimeLink],
                 docs: list[Document]) -> Cluster | None:
    fam = family(mn.type)
    mine = [ln for ln in links if ln.mention == mn.index and not ln.weak]
    mine_b = None
    for ln in mine:
        mine_b = bounds_of_link(docs[d].expressions[ln.expression], ln.relation)
    for cl in reversed(local):
        first = dm.mentions[cl.members[0][1]]
        if family(first.type) != fam or first.campaign is not None:
            continue
        acts = {a for _, m in cl.members for a in dm.mentions[m].actors}
        if not acts & set(mn.actors):
            continue
        cl_b = None
        for dd, ln in ((dd, ln) for dd, ln in [(d, x) for x in links] if ln.mention in {m for _, m in cl.members}):
            cl_b = bounds_of_link(docs[dd].expressions[ln.expression], ln.relation)
        if mine_b is not None and cl_b is not None and intersect(mine_b, cl_b) is None:
            continue
        return cl
    return None


def _same_named_event(cl: Cluster, index: ByTime, dms: list[DocMentions], docs: list[Document], mine: Bounds4
                      ) -> bool:
    """"Ukraine's counteroffensive in the Kherson region, which began on August 15" and "Ukraine launched its
    counteroffensive in the Kherson region on Monday (August 29)": one event told with two dates, which
    the reasoning stage must then flag.  Only for a distinctive noun that both tell as known (possessed or
    definite), by the same actor at the same place, starts at most two months apart, and one candidate."""
    keys = unique_keys(cl, dms)
    if not keys:
        return False
    geo = cl.geo(dms)
    found: list[Cluster] = []
    for key in sorted(keys):
        for other in index.unique.get(key, ()):
            theirs = _start_range(other, docs)
            other_geo = other.geo(dms)
            if other in found or theirs is None or not _geo_ok(geo, other_geo) \
                    or not (geo[0] | geo[1]) & (other_geo[0] | other_geo[1]):
                continue
            if mine[0] is None or theirs[0] is None or abs((mine[0] - theirs[0]).days) > 62:
                continue
            found.append(other)
    if len(found) != 1:
        return False
    found[0].absorb(cl)
    index.grown(found[0], docs)
    return True


_WEEK = dt.timedelta(days=7)
_DAY = dt.timedelta(days=1)


def _merge_across(cl: Cluster, clusters: list[Cluster], dms: list[DocMentions], docs: list[Document],
                  index: ByTime | None = None) -> None:
    mine = _start_range(cl, docs)
    if mine is not None:
        acts = set(cl.actors(dms))
        geo = cl.geo(dms)
        mods = cl.modifiers(dms)
        fam = family(cl.type)
        pool = clusters if index is None else index.candidates(fam, mine, acts, geo[0])
        found: Cluster | None = None
        if not acts and not geo[0] and not mods:
            # nobody, no target, nothing to tell it by: every branch below needs one of the three
            # (a shared target, or the same modifiers), so no candidate can match - and scanning them
            # all made a long feed of such mentions quadratic
            pool = []
        for other in pool:
            if family(other.type) != fam:
                continue
            their_acts = set(other.actors(dms))
            if acts and their_acts:
                if not acts & their_acts and not (class_match(acts, their_acts) and _loosely_same(cl, other, dms, docs)):
                    continue
            elif acts or their_acts:
                # one side names nobody ("Yesterday's withdrawal from Izium"): the same target and
                # the same day must then carry the match
                tg, other_tg = cl.geo(dms)[0], other.geo(dms)[0]
                w1, w2 = _width(mine), _width(_start_range(other, docs))
                # ("Last week's capture of the hill": a week-wide possessive time holds the day of the
                # dated telling)
                loose = w1 is not None and w2 is not None and min(w1, w2) <= dt.timedelta(days=1) \
                    and max(w1, w2) <= _WEEK and _possessive_day(other if acts else cl, dms)
                if not (tg & other_tg) or w1 is None or w2 is None \
                        or (max(w1, w2) > dt.timedelta(days=1) and not loose) \
                        or not _overlap(mine, _start_range(other, docs) or mine):
                    continue
            elif (not mods or mods != other.modifiers(dms)) and not same_day_at(cl, other, mine, dms, docs):
                # no actor on either side: "the 2003 US-led invasion" twice, modifiers alike; or one
                # act at one target on one day ("An air strike hit a school in Qana on Sunday")
                continue
            other_geo = other.geo(dms)
            if not _geo_ok(geo, other_geo):
                continue
            if fam == "surrender" and apart_cities(geo[0] | geo[1], other_geo[0] | other_geo[1]):
                continue  # forces give up where they stand: a surrender in one city is not one in another
            shared = bool((geo[0] | geo[1]) & (other_geo[0] | other_geo[1]))
            theirs = _start_range(other, docs)
            if not _same_time(mine, theirs, shared or not (acts or their_acts)):
                continue
            if one_vague(mine, theirs):
                continue  # "won back nearly seven years ago" meets a dated telling: merge_vague, once all are known
            if found is None:
                found = other
                w = _width(mine)
                if geo[0] or not other_geo[0] or w is None or w > _DAY:
                    break
                continue  # a day's act at no target: "captured the town on Saturday" may fit two captures
            if other_geo[0] and not other_geo[0] & found.geo(dms)[0]:
                found = None  # "took Sinja on Saturday" and "took Dinder on Saturday": which town is unknown
                break
        if found is not None:
            found.absorb(cl)
            if cl.type == "offensive":
                found.type = "offensive"
            if index is not None:
                index.grown(found, docs)
            return
    if mine is not None and index is not None and _same_named_event(cl, index, dms, docs, mine):
        return
    clusters.append(cl)
    if index is not None:
        index.add(cl, docs)


def _loosely_same(cl: Cluster, other: Cluster, dms: list[DocMentions], docs: list[Document]) -> bool:
    """"Troops captured it yesterday" and "Iraqi forces seized the complex in Ramadi on Sunday": a bare actor
    class meets a named actor of that class only on the same day, at a shared target or place; or within a
    year at a shared target ("The city fell to the jihadists in the spring of 2015", "IS has held Sirte since
    early 2015")."""
    mine, theirs = _start_range(cl, docs), _start_range(other, docs)
    w1, w2 = _width(mine), _width(theirs)
    g1, g2 = cl.geo(dms), other.geo(dms)
    if w1 is None or w2 is None or mine is None or theirs is None or not _overlap(mine, theirs):
        return False
    if g1[0] & g2[0]:
        return max(w1, w2) <= dt.timedelta(days=400)
    return max(w1, w2) <= dt.timedelta(days=1) and bool((g1[0] | g1[1]) & (g2[0] | g2[1]))


def _propagate_local(docs: list[Document], dms: list[DocMentions], d: int, relations: list[MentionRelation],
                     of_mention: dict[int, Cluster]) -> None:
    """Dates across the relations of one document, between events that are not campaigns."""
    for r in relations:
        dep, oth = of_mention.get(r.dependent), of_mention.get(r.other)
        if dep is None or oth is None or dep is oth or dep.campaign is not None or oth.campaign is not None:
            continue
        ranges = {id(dep): _start_range(dep, docs), id(oth): _start_range(oth, docs)}
        for src, dst, inverse in ((oth, dep, False), (dep, oth, True)):
            if not tellable(src, dms):
                continue  # "12 days after the first strikes": strikes by nobody, nowhere lend no date
            b = ranges[id(src)]
            ends = dms[d].mentions[r.dependent].aspect == "ends"
            new = derive(r, b, inverse, ends) if b is not None else None
            if new is not None and (new[0] is not None or new[1] is not None or new[2] is not None
                                    or new[3] is not None):
                dst.derived.append(new)
