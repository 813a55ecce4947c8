"""One general, scored cross-document merge: two tellings of one act in different words (session 12).

The earlier passes each match one construction ("seized X on Saturday" / "the seizure of X on Saturday";
"the battle for X last week" / "captured X on Friday").  A new story's wording often falls between them:
"Al-Qaeda stormed the city's central prison" and "which they overran last week"; "An air strike hit a camp
for displaced families near the town of H on Monday" and "Monday's deadly strike on the M camp"; "E and P
pledged on Tuesday ..., meeting for the first time" and "Tuesday's summit", "E's talks with P".

:func:`merge_scored` joins two clusters of disjoint articles when

- their families are one, or a close pair for one act (an attack and a capture of one target; an attack
  and an air strike; a meeting and a visit); an agreement or pledge told in the sentence of a meeting
  ("At a summit in X, leaders agreed on Sunday ...") is also that meeting;
- their dated starts overlap and are precise: both within a day, or one within a day and the other within
  a week ("last week": then only with a named participant, or one target, on both sides), or both within
  three days;
- their participants are compatible: a shared actor, or two names of one actor ("Houthi forces" /
  "Houthis", "Erdogan" / "Tayyip Erdogan", a class and a member of it), or one side names only a class
  or nobody - never a named participant on each side that the other side does not know (two meetings of
  one minister with two others);
- their sites do not contradict: the targets and places (not countries) of each side, leaving out the
  reference points of a "near X", "outside X", "north of X", must share one when both have some (or be one
  city by the gazetteer), and no landmark of one is apart from the other's town;
- something beyond the date says they are one: a shared target (or a meeting's venue), a shared named
  participant, or shared words of what was acted on ("camp", "prison", "displaced"); a town both name only
  as where the act was done counts for no more than one such word - a close pair of families needs a place
  or two such words, not only the actor; two strikes (a town is struck again and again) need a shared actor
  or object word, not only the town; two meetings need a participant one side names and the other knows
  (a venue and a day are not one meeting: "talks between X and Y" / "talks between Z and W" in Geneva);
- neither is a repeated act ("again", "a second strike", an occurrence of "on Thursday and again on
  Friday");
- each is the other's best candidate by the score, and the best is unique (a tie merges nothing).

Candidates are looked up by (group of families, day), so the pass is linear in the corpus; a day of a
group with more than :data:`_CROWD` candidates is too crowded to tell one act from another and is skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from timeline._events._cluster import Cluster, _overlap, _start_range, _width, family, join_mutual
from timeline._events._dating import Bounds4, intersect, relative_bounds
from timeline._events._gazetteer import country_code, one_place
from timeline._events._landmarks import apart as landmarks_apart
from timeline._events._local import BARE_CLASSES, CLASSES, class_match
from timeline._events._mentions import DocMentions
from timeline._events._nps import RENEWED
from timeline._events._surnames import surname_of
from timeline._events._where import COMPASS_OF
from timeline.model import Document

__all__ = ["merge_scored"]

_DAY = dt.timedelta(days=1)
_FEW = dt.timedelta(days=3)
_WEEK = dt.timedelta(days=7)
_MONTH = dt.timedelta(days=31)
_CROWD = 40

#: The group each family is looked up in (families of one group may be a close pair).
_GROUP = {"offensive": "violence", "capture": "violence", "airstrike": "violence",
          "meeting": "talks", "visit": "talks", "uprising": "unrest", "protest": "unrest"}
#: Families whose members are too many, too long or too loose to be told apart by this pass.
_SKIP = frozenset({"kill", "battle", "fighting", "war", "act", "ceasefire", "protest", "campaign"})
#: Close pairs of families: one act told as an attack and as a capture of its target, ...
_CLOSE = frozenset({frozenset({"offensive", "capture"}), frozenset({"offensive", "airstrike"}),
                    frozenset({"meeting", "visit"}), frozenset({"uprising", "protest"})})
#: Nouns of a popular uprising (the lexicon's attack nouns): "an uprising that began on January 25 with marches" is
#: the protests of that day, told by their sequel; no other attack.
_UPRISING = frozenset({"uprising", "revolution", "revolt", "intifada"})
#: Protests are too many to be told apart by this pass, save from the one uprising that they began.
_ONLY_CLOSE = frozenset({"protest"})
#: An uprising's own sentence telling the protests it began with: "began on January 25 with marches".
_BEGAN_WITH = re.compile(r"\b(?:marches|protests|demonstrations|rallies|sit-ins|strikes|street\s+protests|took\s+to\s+"
                         r"the\s+streets|poured\s+(?:in)?to\s+the\s+streets)\b", re.IGNORECASE)
#: Families of acts done again and again to one town.
_STRIKES = frozenset({"offensive", "airstrike"})
#: Acts that are made at a meeting told in their sentence.
_AT_MEETING = frozenset({"agreement", "pledge"})
#: Acts of one person told by name ("Mubarak named Suleiman to the post", "Omar Suleiman, appointed vice president";
#: "Daya Master, who gave himself up"): a person both sides' sentences name is evidence that they tell one act.
_PERSONAL = frozenset({"appointment", "surrender", "pledge", "speech"})
#: One-off acts of a person, which a month-wide date may tell when the other side dates the day and names the person.
_ONCE_PERSONAL = frozenset({"appointment", "surrender"})
#: Acts told with what they said, which the words after the trigger tell.
_SAYS = frozenset({"speech", "pledge"})
#: Acts a leader does at most once a day in one crisis (a speech to the nation): two tellings of one day, each the
#: other's only candidate, need one piece of evidence, not two.
_ONCE_A_DAY = frozenset({"speech"})

_SEVERAL = re.compile(r"\b(?:" + "|".join((*RENEWED, "again", "anew", "once more", "repeated", "further"))
                      + r")\b", re.IGNORECASE)
#: "near the northern town of X", "outside X", "north of X": X is where the site lies, not the site.
_REFERENCE = re.compile(r"\b(?:near|outside|close\s+to|next\s+to|" + COMPASS_OF + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                        re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()\u2014]|\s(?:where|which|who|while|after|before|as|when|said|says)\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_KIND_OF = frozenset({"federal", "regular", "elite", "special", "ground", "armed", "heavily-armed"})

#: Words of an object phrase that tell nothing about which act it was (function words, time, places in
#: general, people in general, numbers, directions).
_GENERIC_WORDS = """
a an the this that these those its their his her our your my of for in on at to from by with into onto over
under near outside inside against across along around through toward towards and or but than then there here
some any all many much more most least several dozens hundreds thousands scores few other another each every
who whom whose which what where when while after before during since until also still just only even about
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today yesterday tonight morning afternoon evening night day days week
weeks month months year years weekend within hour hours time dawn pre-dawn overnight earlier later last next first
people person persons town towns city cities village villages area areas region regions province provinces
district districts country countries capital part parts side sides edge edges north south east west northern
southern eastern western central north-east north-west south-east south-west northeast northwest southeast
southwest outskirts centre center heart border borders state states nation territory territories
forces troops soldiers fighters militants rebels government officials official civilians residents
killing killed wounded injured dead died deaths least leaving left saying told according reported
would could should will shall have has had been being were was are is be do did does not no
local new old major big large small deadly heavy fierce fresh latest said says also
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())


@dataclass
class _Cache:
    """What is read once per document: its persons' names by offset, its sentences that tell a meeting."""

    names: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    meetings: dict[int, frozenset[int]] = field(default_factory=dict)


@dataclass
class _Side:
    """What one cluster says, for the comparison."""

    cl: Cluster
    docs: frozenset[int]
    fams: frozenset[str]
    start: Bounds4
    width: dt.timedelta
    actors: set[str]
    named: set[str]  # actors that are not a bare class
    sites: set[str]  # targets and places (not countries) that are not reference points
    targets: set[str]  # the targets of ``sites``
    geo: set[str]  # every target and place (not countries)
    around: set[str]  # ``geo`` and the places its sentences name
    words: set[str]  # the salient words of what was acted on
    text: str  # the sentences of its mentions (lower case), for a participant the other side names
    people: set[str]  # the persons and countries a meeting's sentences name: its participants


def _stem(w: str) -> str:
    w = w.lower().removesuffix("'s").removesuffix("\u2019s")
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def _object_words(dm: DocMentions, start: int, end: int, stop: int, said: bool = False) -> set[str]:
    """Salient words after a trigger up to the end of its clause (at most ten words); of a speech or a pledge
    (``said``), what it said: the rest of the sentence ("a speech in which he offered to delegate powers")."""
    tail = dm.text[end:stop]
    m = None if said else _CLAUSE_END.search(tail)
    if m is not None:
        tail = tail[: m.start()]
    words = [w for w in _WORD.findall(tail)][: 20 if said else 10]
    return {_stem(w) for w in words if len(w) >= 4 and w.lower() not in _GENERIC and _stem(w) not in _GENERIC
            and country_code(w) is None}


def own_start(cl: Cluster, docs: list[Document], kinds: frozenset[str] = frozenset({"ago"})) -> Bounds4 | None:
    """The start range of its links and relations, narrowed by the start bounds of its own gaps of ``kinds``
    ("a day after they stormed the prison"; with "into", "two days after Iraq invaded Kuwait"), which the later
    stages read the same way."""
    start = _start_range(cl, docs)
    for _d, r in cl.relative:
        b = relative_bounds(r) if r.kind in kinds else None
        if b is not None:
            b = (b[0], b[1], None, None)  # (an "ago" gap bounds the start only; an age's "still on at ref" is not used)
            got = b if start is None else intersect(start, b)
            start = start if got is None else got
    return start


def _people_in(dm: DocMentions, lo: int, hi: int, cache: _Cache) -> set[str]:
    """Full names of persons the text names in ``[lo, hi)`` (by the document's capitalised names, sorted
    once per document)."""
    names = cache.names.get(id(dm))
    if names is None:
        names = cache.names[id(dm)] = sorted((n.start, n.end, n.text) for n in dm.names)
    out: set[str] = set()
    for k in range(bisect.bisect_left(names, (lo, -1, "")), len(names)):
        start, end, text = names[k]
        if start >= hi:
            break
        if end <= hi and surname_of(text) is not None:
            out.add(text)
    return out


def _meeting_sentences(dm: DocMentions, cache: _Cache) -> frozenset[int]:
    """The sentences of a document that tell a meeting (found once per document)."""
    got = cache.meetings.get(id(dm))
    if got is None:
        got = cache.meetings[id(dm)] = frozenset(mn.sent.index for mn in dm.mentions
                                                 if _GROUP.get(family(mn.type)) == "talks")
    return got


def _side(cl: Cluster, docs: list[Document], dms: list[DocMentions], cache: _Cache
          ) -> _Side | None:
    if cl.campaign is not None or cl.occurrence:
        return None
    start = own_start(cl, docs)
    w = _width(start)
    if start is None or w is None or start[0] is None or start[1] is None or w > _MONTH + _DAY:
        return None
    fams: set[str] = set()
    sites: set[str] = set()
    targets: set[str] = set()
    geo: set[str] = set()
    words: set[str] = set()
    texts: list[str] = []
    around: set[str] = set()  # the places (not countries) its sentences name
    people: set[str] = set()  # the persons the sentences of its meetings name
    told = False
    for d, m in cl.members:
        dm = dms[d]
        mn = dm.mentions[m]
        sent = dm.text[mn.sent.start : mn.sent.end]
        if _SEVERAL.search(dm.text, max(mn.sent.start, mn.start - 30), min(mn.sent.end, mn.end + 30)):
            return None  # "struck again on Friday", "a second strike": one of several acts
        told = told or mn.tense != "future"
        fams.add("uprising" if mn.nominal and mn.word.lower() in _UPRISING else family(mn.type))
        if family(mn.type) in _AT_MEETING and mn.sent.index in _meeting_sentences(dm, cache):
            fams.add("meeting")  # "pledged on Tuesday ..., meeting for the first time"
        texts.append(sent.lower())
        if _GROUP.get(family(mn.type)) == "talks" or family(mn.type) in _AT_MEETING | _PERSONAL:
            people.update(_people_in(dm, mn.sent.start, mn.sent.end, cache))
            # "talks between the Tuareg rebels and Niger": the countries a meeting's sentence names are parties
            people.update(p.name for p in dm.spans("places").within(mn.sent.start, mn.sent.end)
                          if p.place_kind == "country")
        countries = dm.spans("places").countries
        around.update(p.name for p in dm.spans("places").within(mn.sent.start, mn.sent.end)
                      if p.name not in countries and country_code(p.name) is None)
        for name in {*mn.targets, *mn.places}:
            if name in countries or country_code(name) is not None:
                continue
            geo.add(name)
            at = sent.find(name)
            if at < 0 or _REFERENCE.search(sent[:at]) is None:
                sites.add(name)
                if name in mn.targets:
                    targets.add(name)
        lowered = {_stem(w) for g in geo for w in g.split()} | {_stem(w) for a in mn.actors for w in a.split()}
        words.update(w for w in _object_words(dm, mn.start, mn.end, mn.sent.end, family(mn.type) in _SAYS)
                     if w not in lowered)
        if mn.obj:
            words.update(_stem(w) for w in mn.obj.split() if len(w) >= 4 and w.lower() not in _GENERIC)
    fams = {f for f in fams if (f not in _SKIP or f in _ONLY_CLOSE) and not f.startswith("act")}
    if not fams or not told or (w > _WEEK + _DAY and not fams <= _ONCE_PERSONAL):
        return None  # (a month-wide date only for the one-off act of a person: "who gave himself up last month")
    actors = set(cl.actors(dms))
    named = {a for a in actors if not _bare(a)}
    return _Side(cl, frozenset(d for d, _ in cl.members), frozenset(fams), start, w, actors, named, sites, targets, geo,
                 around | geo, words, " ".join(texts), people | {a for a in named if surname_of(a) is not None})


def _bare(actor: str) -> bool:
    words = actor.lower().split()
    return actor.lower() in BARE_CLASSES or (words[-1] in CLASSES and set(words[:-1]) <= _KIND_OF)


def _key(actor: str) -> set[str]:
    return {_stem(w) for w in actor.split() if w.lower() not in CLASSES and w.lower() not in _KIND_OF
            and w.lower() != "troops"}


def _one_actor(a: str, b: str) -> bool:
    """Two names of one actor: equal, surname and full name, or one's name words within the other's
    ("Houthi forces" / "Houthis")."""
    if a == b or class_match({a}, {b}):
        return True
    sa, sb = surname_of(a), surname_of(b)
    if (sa is not None and sa in (b, sb)) or (sb is not None and sb == a):
        return True
    ka, kb = _key(a), _key(b)
    return bool(ka and kb and (ka <= kb or kb <= ka))


def _told_by(actor: str, text: str) -> bool:
    """Whether a participant is named in the other side's sentences (by its name or surname)."""
    names = [actor, surname_of(actor) or ""]
    return any(n and re.search(r"(?<![\w-])" + re.escape(n.lower()) + r"(?![\w-])", text) for n in names)


def _strangers(people: set[str], other: _Side) -> bool:
    """Whether a person of ``people`` is none of the other side's people and not named in its sentences."""
    return any(not any(_one_actor(x, y) for y in other.people) and not _told_by(x, other.text) for x in people)


def _known(a: _Side, b: _Side) -> bool:
    """Whether some named participant of ``a`` is known to ``b`` (see :func:`_unknown`)."""
    return any(not _unknown_one(x, b) for x in a.named)


def _unknown_one(x: str, b: _Side) -> bool:
    return not any(_one_actor(x, y) for y in b.named) and not _told_by(x, b.text) \
        and not any(_told_by(w, b.text) for w in x.split() if w[:1].isupper() and w.lower() in _key(x))


def _unknown(a: _Side, b: _Side) -> bool:
    """Whether a named participant of ``a`` is unknown to ``b``: none of its actors, and not told in its sentences
    by name, surname or a word of its name ("Arab government" is told by "the joint Arab force")."""
    return any(_unknown_one(x, b) for x in a.named)


def _participants(a: _Side, b: _Side) -> tuple[bool, bool]:
    """(compatible, a named participant shared)."""
    if "meeting" in a.fams | b.fams and _strangers(a.people, b) and _strangers(b.people, a):
        return False, False  # "S met Y on Wednesday" and "S held talks with C on Wednesday"
    if "meeting" in a.fams | b.fams and (_unknown(a, b) or _unknown(b, a)):
        return False, False  # "talks between the Taliban and Pakistan" and "talks between X and Y", one venue and day
    if not a.named or not b.named:
        return True, False
    matched_a = {x for x in a.named if any(_one_actor(x, y) for y in b.named) or _told_by(x, b.text)}
    matched_b = {y for y in b.named if any(_one_actor(x, y) for x in a.named) or _told_by(y, a.text)}
    if not matched_a and not matched_b:
        return False, False  # two different named actors
    if a.named - matched_a and b.named - matched_b:
        return False, False  # "X met Y" and "X met Z": each side has a participant the other does not know
    return True, True


def _times_ok(a: _Side, b: _Side) -> bool:
    if not _overlap(a.start, b.start):
        return False
    lo, hi = sorted((a.width, b.width))
    if hi > _WEEK + _DAY:  # "X, who gave himself up last month" and "X gave himself up on Wednesday"
        return lo <= _DAY and bool(a.fams & b.fams & _ONCE_PERSONAL) and _one_person(a, b)
    return (lo <= _DAY and hi <= _WEEK + _DAY) or hi <= _FEW


def _score(a: _Side, b: _Side) -> int | None:
    """The score of ``a`` and ``b`` as one act, or ``None`` when something keeps them apart."""
    same = a.fams & b.fams - _ONLY_CLOSE
    close = any(frozenset({x, y}) in _CLOSE for x in a.fams for y in b.fams)
    if not same and not close:
        return None
    if not _times_ok(a, b):
        return None
    if not same and _began_with(a, b):
        return 4 + (1 if max(a.width, b.width) <= _DAY else 0)  # the uprising that began on D with marches
    ok, shared_actor = _participants(a, b)
    if not ok:
        return None
    if a.sites and b.sites and not one_place(a.sites, b.sites):
        return None
    if landmarks_apart(sorted(a.sites), sorted(b.sites)):
        return None
    place = one_place(a.geo, b.geo) if a.geo and b.geo else False
    # the sentence names the place, the mention does not ("At a summit in X, leaders agreed on Sunday")
    near = not place and (bool(a.around & b.around) or any(_told_by(n, b.text) for n in sorted(a.geo))
                          or any(_told_by(n, a.text) for n in sorted(b.geo)))
    shared_words = len(a.words & b.words)
    if not same and not place and shared_words < 2:
        return None  # an attack and a capture: one target, or the same object told
    if max(a.width, b.width) > _FEW and not shared_actor and not one_place(a.targets, b.targets) and not (
            same & _PERSONAL and _one_person(a, b)):
        return None  # a week-wide date ("last week"): the actor named, or one target, on both sides
    # a town shared is one act's only when it is the target of both (the runways of a city's airport and a
    # headquarters in its suburbs were two strikes), or the venue of a meeting
    venue = "meeting" in a.fams & b.fams or "visit" in a.fams | b.fams
    if place and not venue and not one_place(a.targets, b.targets):
        place, near = False, True
    if "meeting" in a.fams & b.fams and not shared_actor and not _known(a, b) and not _known(b, a):
        return None  # a venue and a day are not one meeting: "talks between X and Y" and "talks between Z and W"
    if not shared_actor and not shared_words and _strikes(a, b):
        return None  # a town is struck many times a day: its name alone does not make two strikes one
    evidence = (3 if place else (2 if venue else 1) if near else 0) + (2 if shared_actor else 0) + min(shared_words, 3)
    if not shared_actor and same & _PERSONAL and _one_person(a, b):
        evidence += 2  # "Mubarak named Suleiman to the post" / "Omar Suleiman, appointed vice president on Saturday"
    if evidence < (1 if same and same <= _ONCE_A_DAY and max(a.width, b.width) <= _DAY else 2):
        return None
    return evidence + (1 if same else 0) + (1 if max(a.width, b.width) <= _DAY else 0)


def _began_with(a: _Side, b: _Side) -> bool:
    """An uprising (one side, and only that) whose sentence tells the protests it began with, and protests (the
    other side, only those): two tellings of one day's protests, the start of the uprising."""
    for up, pr in ((a, b), (b, a)):
        if up.fams == {"uprising"} and pr.fams == {"protest"} and _BEGAN_WITH.search(up.text) and not (
                up.sites and pr.sites and not one_place(up.sites, pr.sites)) and _participants(up, pr)[0]:
            return True
    return False


def _one_person(a: _Side, b: _Side) -> bool:
    """Whether a person one side's sentences name (by full name) is named by the other's, or is one of its people."""
    return any(_one_actor(x, y) for x in a.people for y in b.people) or any(_told_by(x, b.text) for x in a.people) \
        or any(_told_by(y, a.text) for y in b.people)


def _strikes(a: _Side, b: _Side) -> bool:
    """Both are attacks or strikes, neither a capture (a town is taken once, but struck again and again)."""
    return a.fams | b.fams <= _STRIKES


def _days(s: _Side) -> list[dt.date]:
    assert s.start[0] is not None and s.start[1] is not None
    out, day = [], s.start[0].date()
    while day <= s.start[1].date():
        out.append(day)
        day += _DAY
    return out


def merge_scored(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Merge each pair of clusters of disjoint articles that are each other's unique best candidate by the
    score (see the module); the merged cluster takes the place of the first in ``clusters``."""
    if len(docs) < 2:
        return clusters
    sides: dict[int, _Side] = {}
    buckets: dict[tuple[str, dt.date], list[int]] = {}
    cache = _Cache()
    for k, cl in enumerate(clusters):
        s = _side(cl, docs, dms, cache)
        if s is None:
            continue
        sides[k] = s
        for day in _days(s):
            for g in {_GROUP.get(f, f) for f in s.fams}:
                buckets.setdefault((g, day), []).append(k)
    best: dict[int, int] = {}
    for k, s in sides.items():
        seen: set[int] = set()
        scores: dict[int, int] = {}
        for day in _days(s):
            for g in {_GROUP.get(f, f) for f in s.fams}:
                bucket = buckets.get((g, day), ())
                if len(bucket) > _CROWD:
                    continue
                for j in bucket:
                    if j == k or j in seen:
                        continue
                    seen.add(j)
                    o = sides[j]
                    if s.docs & o.docs:
                        continue
                    got = _score(s, o)
                    if got is not None:
                        scores[j] = got
        if scores:
            top = max(scores.values())
            winners = [j for j, v in scores.items() if v == top]
            if len(winners) == 1:
                best[k] = winners[0]
    return join_mutual(clusters, best)
