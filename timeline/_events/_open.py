"""Open-vocabulary dated acts: a past verb the lexicon lacks, dated by a time expression nothing else takes.

The lexicon names the events the rules know; news keeps telling others with verbs it lacks ("were
routed at Izium last August", "hoisted their flag over the town hall at about 9 a.m.", "flew into
Riga on Friday").  Left alone, the date dates nothing and the act is missing from the timeline.

Semantics.  After the linker (:func:`._link.link_document`), each DATE or TIME expression of a
document that

* no event-relative phrase or event-to-event relation uses, that is no dateline, and that no time link
  gives to an event of its own clause (the linker may give it to one of another clause of its sentence:
  "poured across the border on Saturday as the militants closed in" - then both are dated);
* is told at a point or within a period (a day or finer -> ``on``; a week, month, season or year ->
  ``within``), not "since", "until", "by", "before", "after", "for", "of", a possessive, nor a
  vague reference ("recently"); and whose neighbour expression ("on Tuesday (May 6)") dates nothing
  else;

dates the verb that governs it in its clause: the nearest past verb group before it (after it when
the date opens the clause: "On Friday, the envoy flew ..."), read as a finite past ("hoisted"), a
perfect ("had hoisted") or a passive ("were routed").  Nothing is made when the governing word is a
copula ("was in Riga on Friday"), a reporting verb ("officials said on Friday": the saying's day),
an aspectual verb, a verb the lexicon already knows (the linker left it on purpose), a verb of no
act ("seemed", "planned"), a modal or negated verb ("would fly", "did not fly", "never reached"), an
infinitive or an -ing form, a participle after a comma ("The deal, signed on Monday, ...": the event
noun's date; an apposed participle with its own date, "The army, deployed on Friday night, ...", is read
before linking by :mod:`._apposed`, and :meth:`OpenActs.add` only records how it reads) or a
word a determiner makes an adjective ("the besieged town"); nor when the clause names nobody: an
active verb needs a subject (an actor, a name, a place standing for its government - the actor next
to the verb, or "they" after a reporting verb: the teller - or, when it went to a named place, any
noun phrase: "the Estonian envoy sailed into Tartus"); a passive an agent, a patient or a place.

The act is a :class:`~._doc.Mention` of type ``act:<lemma>`` (verbal, past tense), with the
subject's actors, the clause's places, and as target the place its particle or passive names
("flew into Riga": Riga; "were routed at Izium": Izium).  The type carries the lemma so that the
coreference passes, which merge by type family, join only acts of one verb: two articles' acts with
one lemma, sharing an actor or a target, on overlapping days, become one event (the ordinary
cross-document pass).  Events made of open acts are typed ``act`` and named "<Who> <verb> <what>"
("Rebels hoist flag over town hall", "Militants routed at Izium").

Precision first: the link is the stage's conclusion, not a reading of a trigger the lexicon
vouches for, so every link it yields is marked :attr:`~timeline.model.Link.inferred` (unless the
linker also gave that expression to a lexicon mention of the same event); a conflict it takes part
in is then an ``info`` finding, never an error of the news.  The stage stays linear: one clause's
words per expression, offsets looked up by bisection.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline._events import _openverbs as ov
from timeline._events._apposed import apposed_at, patient_phrase
from timeline._events._cluster import Cluster
from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._labels import agreeing_verb
from timeline._events._lexicon import ASPECT, REPORTING
from timeline._events._link import RelativeStart, TimeLink, grain_of
from timeline._events._roles import names_in, subject_names
from timeline._events._rx import rx
from timeline._events._subjects import SUBORDINATOR, place_subject
from timeline._events._text import Sentence, Word, clause_bounds, words
from timeline._events._where import actors_in, agent_after_by, places_in, real_targets
from timeline.model import Document, Event, Expression, Relation

__all__ = ["OpenActs"]

_ASPECT_FORMS = frozenset(f.lower() for forms, _ in ASPECT.values() for f in forms)
_REPORT_FORMS = frozenset(w.lower() for w in REPORTING)
_ON = frozenset({"day", "hour", "minute", "second", "part_of_day"})
_WITHIN = frozenset({"week", "weekend", "month", "season", "quarter", "year"})
#: Words right before an expression that make it no point or period of the act ("since Friday").
_NOT_AT = frozenset({"since", "until", "till", "through", "to", "before", "by", "after", "from", "between", "for",
                     "over", "throughout", "within", "past", "of", "than", "as", "ahead", "following", "prior",
                     "ago", "next", "around"})
#: Words that open another clause: scanning back from the date, the verb is not found beyond them.
_OPENERS = frozenset({"who", "which", "that", "whose", "whom", "where", "when", "after", "before", "because",
                      "while", "since", "until", "if", "although", "though", "once", "as", "whereas", "unless"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})
_ADVERBS = frozenset({"also", "then", "later", "again", "finally", "first", "reportedly", "apparently",
                      "eventually", "briefly", "quickly", "once", "just", "already", "subsequently", "allegedly",
                      "quietly", "formally", "officially", "swiftly", "successfully", "initially", "only"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                          "these", "those", "some", "every", "each", "no", "any"})
#: Words after the first that end what an act did ("hoisted their flag over the hall | on Friday").
_WHAT_STOP = frozenset({"on", "at", "by", "with", "for", "during", "after", "before", "since", "until", "amid",
                        "despite", "following", "as", "and", "but", "that", "which", "who", "when", "while",
                        "because", "where", "than", "or", "last", "this", "early", "late", "yesterday", "today",
                        "tonight", "overnight", "in", "ahead", "according", "to", "saying", "said"})
#: Words that open no object ("hoisted | and ...", "sailed | after ..."); others may ("closed the last road").
_NO_OBJECT = frozenset({"and", "but", "that", "which", "who", "when", "while", "because", "where", "than", "or", "as",
                        "after", "before", "since", "until", "amid", "despite", "following", "during", "according",
                        "saying", "said", "by", "for", "ahead"})
_QUANTITY = frozenset({"more", "than", "nearly", "almost", "about", "some"})
_PARTICLE = re.compile(r"\s+((?:back\s+)?(?:into|out\s+of|to|towards?|from|across|through|onto|inside|past|along"
                       r"|via|at|in|over))\s+(?:the\s+)?", re.IGNORECASE)
_ADJACENT = re.compile(r"\s*(?:[,(]|\b(?:on|of|at|in)\b)?\s*\(?\s*", re.IGNORECASE)
_SCAN = 14  # words looked at on either side of the expression


@dataclass(frozen=True)
class _Told:
    """How an act reads: who did it, the verb (base form, with its particle), what, and for a passive with
    no agent the patient and the participle as written."""

    who: str
    verb: str
    what: str
    patient: str = ""
    participle: str = ""
    target: str = ""  # an apposed act's target, no place to add to its label ("Army deployed", not "... in forces")


@dataclass(frozen=True)
class _Group:
    """A past verb group: the main verb's word index, the first word of the group, passive or not."""

    main: int
    first: int
    passive: bool


_BLOCK = _Group(-1, -1, False)  # the date's governor tells no act: nothing is made


class OpenActs:
    """The open acts of a corpus: :meth:`add` per document after linking, :meth:`finish` on the
    assembled events (their links marked inferred, their labels)."""

    def __init__(self) -> None:
        self.told: dict[tuple[str, int], _Told] = {}  # (document id, mention index) -> how it reads
        self.dated: set[tuple[str, int]] = set()  # (document id, expression index) of the links made here

    def add(self, doc: Document, dm: DocMentions, links: Sequence[TimeLink], rels: Sequence[RelativeStart],
            skip: frozenset[int]) -> list[TimeLink]:
        """The time links of the document's open acts (their mentions are appended to ``dm.mentions``)."""
        exprs = doc.expressions
        used = {ln.expression for ln in links} | {r.expression for r in rels} | set(skip)
        hard = {r.expression for r in rels} | set(skip)
        linked: dict[int, list[int]] = {}  # expression -> the starts of the mentions it dates
        for ln in links:
            linked.setdefault(ln.expression, []).append(dm.mentions[ln.mention].start)
        order = sorted(range(len(exprs)), key=lambda i: (exprs[i].start, exprs[i].end))
        spans = _Spans([exprs[i] for i in order])
        made: dict[int, int] = {}  # verb start -> mention index (one act for "on Tuesday (May 6)")
        reports: dict[int, list[Cue]] = {}  # sentence -> its reporting verbs
        for c in dm.cues:
            if c.kind == "report":
                reports.setdefault(c.sent, []).append(c)
        out: list[TimeLink] = []
        self._apposed(dm, links)
        for pos, i in enumerate(order):
            e = exprs[i]
            if i in hard or (i not in linked and _adjacent_used(dm.text, exprs, order, pos, used)):
                continue
            rel = _relation(dm.text, e)
            sent = dm.sentence_at(e.start) if rel is not None else None
            if rel is None or sent is None:
                continue
            if i in linked:
                # the linker gave it to an event of another clause of its sentence ("poured across the
                # border on Saturday as the militants closed in"): its own clause's verb is dated too
                lo, hi = clause_bounds(dm.text, sent, e.start)
                if any(lo <= p < hi for p in linked[i]):
                    continue
            found = _governor(dm, sent, e, spans)
            if found is None:
                continue
            toks, g = found
            k = made.get(toks[g.main].start)
            if k is None:
                mn = _act(dm, sent, toks, g, e, self.told, reports.get(sent.index, []))
                if mn is None:
                    continue
                k = made[toks[g.main].start] = mn.index
            out.append(TimeLink(k, i, rel))
            self.dated.add((doc.id, i))
        return out

    def _apposed(self, dm: DocMentions, links: Sequence[TimeLink]) -> None:
        """The open acts the mention finder read in apposed participles ("The army, deployed on Friday
        night, ...", :mod:`._apposed`): how they read, and the links the linker gave them (inferred)."""
        early: set[int] = set()
        for mn in dm.mentions:
            if not mn.type.startswith("act:") or (dm.doc, mn.index) in self.told:
                continue
            ap = apposed_at(dm, mn.sent, mn.start, mn.end, lexicon=False)
            patient = patient_phrase(dm.text, ap) if ap is not None else ""
            self.told[(dm.doc, mn.index)] = _Told(who=mn.actors[0] if mn.actors else "", verb=mn.lemma, what="",
                                                  patient=patient, participle=mn.word.lower(),
                                                  target=mn.targets[0] if mn.targets else "")
            early.add(mn.index)
        self.dated |= {(dm.doc, ln.expression) for ln in links if ln.mention in early}

    def finish(self, pairs: list[tuple[Cluster, Event]], docs: Sequence[Document]) -> list[tuple[Cluster, Event]]:
        """Mark the links made here inferred; name and type the events made of open acts alone."""
        if not self.dated:
            return pairs
        out: list[tuple[Cluster, Event]] = []
        for cl, ev in pairs:
            update: dict[str, object] = {}
            # an expression another event of the cluster is linked by too (by the linker) stays as read
            read = {(docs[d].id, ln.expression) for d, ln in cl.links
                    if (docs[d].id, ln.mention) not in self.told}
            ours = {(lk.doc, lk.expression) for lk in ev.links} & self.dated - read
            if ours:
                update["links"] = tuple(lk.model_copy(update={"inferred": True})
                                        if (lk.doc, lk.expression) in ours else lk for lk in ev.links)
            told = [self.told.get((docs[d].id, m)) for d, m in sorted(cl.members)]
            if told and all(t is not None for t in told):
                best = next((t for t in told if t is not None and t.who and t.what), None) or \
                    next((t for t in told if t is not None and (t.who or t.patient)), None) or told[0]
                assert best is not None
                update["label"] = _label(best, ev.place)
                update["type"] = "act"
            out.append((cl, ev.model_copy(update=update) if update else ev))
        return out


class _Spans:
    """The document's expressions, sorted, for "is this word inside a time expression?"."""

    def __init__(self, exprs: list[Expression]) -> None:
        self.starts = [x.start for x in exprs]
        top = -1
        self.reach: list[int] = []
        for x in exprs:
            top = max(top, x.end)
            self.reach.append(top)

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos


def _adjacent_used(text: str, exprs: tuple[Expression, ...], order: list[int], pos: int, used: set[int]) -> bool:
    """"on Tuesday (May 6)", "at 9 a.m. on Sunday": one time told twice; if one part dates something, so
    does the other (it is never an act of its own)."""
    e = exprs[order[pos]]
    for q in (pos - 1, pos + 1):
        if not 0 <= q < len(order):
            continue
        o = exprs[order[q]]
        gap = (o.end, e.start) if q < pos else (e.end, o.start)
        if gap[0] <= gap[1] and gap[1] - gap[0] <= 6 and _ADJACENT.fullmatch(text, *gap) and order[q] in used \
                and o.type in ("DATE", "TIME"):  # a gap ("a day" after "on Monday") is no second telling
            return True
    return False


def _relation(text: str, e: Expression) -> Relation | None:
    """``on`` a day or finer, ``within`` a week to a year; None for what dates no point of an act."""
    if e.type not in ("DATE", "TIME") or e.interval is None or e.event_ref or e.value.endswith("_REF"):
        return None
    if e.text.lower().endswith("'s") or text.startswith("'s", e.end) or text.startswith("-old", e.end):
        return None  # "Friday's strike" (the linker's), "a two-week-old truce"
    prev = rx(r"[\w']+").findall(text[max(0, e.start - 20) : e.start].lower())[-1:]
    first = (e.text.split() or [""])[0].lower()
    if (set(prev) | {first}) & _NOT_AT:
        return None
    grain = grain_of(e)
    return "on" if grain in _ON else "within" if grain in _WITHIN else None


def _governor(dm: DocMentions, sent: Sentence, e: Expression, spans: _Spans) -> tuple[list[Word], _Group] | None:
    """The past verb group that governs the expression in its clause, or None."""
    text = dm.text
    lo, hi = clause_bounds(text, sent, e.start)
    toks = words(text, lo, hi)
    known = dm.spans("both")
    skip = [spans.covers(t.start) or known.covers(t.start) for t in toks]
    after = next((k for k, t in enumerate(toks) if t.start >= e.end), len(toks))
    before = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= e.start), -1)
    for k in range(before, -1, -1):
        if before - k >= _SCAN:
            return None  # deep in a long clause, nothing before it: too far to tell
        if skip[k]:
            continue
        if toks[k].lower in _OPENERS:
            break  # the date opens a clause of its own ("when on Friday rebels hoisted ...")
        g = _group_at(dm, toks, skip, k)
        if g is not None:
            return (toks, g) if g is not _BLOCK else None
        if _stops(toks, skip, k):
            return None
    for k in range(after, min(len(toks), after + _SCAN)):
        if skip[k]:
            continue
        w = toks[k].lower
        if w in _RELATIVES or w in _REPORT_FORMS:
            return None
        if w in ov.COPULAS or w in ov.HAVE:
            j = _next_word(toks, skip, k)
            if j is None or _group_at(dm, toks, skip, j) in (None, _BLOCK):
                return None
            g = _group_at(dm, toks, skip, j)
            return (toks, g) if g is not None and g is not _BLOCK else None
        g = _group_at(dm, toks, skip, k)
        if g is not None:
            return (toks, g) if g is not _BLOCK else None
        if _stops(toks, skip, k):
            return None
    return None


def _next_word(toks: list[Word], skip: list[bool], k: int) -> int | None:
    """The word after ``toks[k]`` past adverbs ("were quickly routed")."""
    j = k + 1
    while j < len(toks) and (toks[j].lower in _ADVERBS or toks[j].lower.endswith("ly")) and not skip[j]:
        j += 1
    return j if j < len(toks) and not skip[j] else None


def _stops(toks: list[Word], skip: list[bool], k: int) -> bool:
    """A word that governs the date itself and tells no past act: a copula or "had" ("was in Riga on
    Friday"), a reporting verb, an infinitive ("pledged to rebuild the bridge on Friday"), an -ing form."""
    w = toks[k].lower
    if w in ov.COPULAS or w in ov.HAVE or w in _REPORT_FORMS or w in _ASPECT_FORMS or w in ov.BLOCKERS - {"to"}:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if w == "to" and nxt is not None and not skip[k + 1] and nxt.text.isalpha() and nxt.text.islower() \
            and nxt.lower not in _DETERMINERS:
        return True
    return w.endswith("ing") and len(w) > 4 and toks[k].text.islower() and w not in ov.ING_NOUNS and (
        k == 0 or toks[k - 1].lower not in ov.STOP_BACK)


def _group_at(dm: DocMentions, toks: list[Word], skip: list[bool], k: int) -> _Group | None:
    """The past verb group whose main verb is ``toks[k]``; :data:`_BLOCK` when it tells no act the
    rules may date; None when ``toks[k]`` is no past verb."""
    t = toks[k]
    w = t.lower
    if skip[k] or not rx(r"[a-z][a-z-]*").fullmatch(w):
        return None
    edged = w.endswith("ed") and len(w) >= 4 and w not in ov.NOT_VERB_ED
    if not (edged or w in ov.PAST or w in ov.PARTICIPLES):
        return None
    if t.text[0].isupper() and k > 0 and toks[k - 1].text not in {'"', "'", "("}:
        return None  # a name ("Fallen Heroes Square")
    j = k - 1
    while j >= 0 and not skip[j] and (toks[j].lower in _ADVERBS or (toks[j].lower.endswith("ly") and len(toks[j].lower) > 4
                                                                     and toks[j].lower not in {"rally", "early", "daily"})):
        j -= 1
    pw = toks[j].lower if j >= 0 else ""
    passive = pw in {"was", "were", "been", "being"}
    perfect = pw in ov.HAVE
    if not passive and not perfect:
        if pw in ov.STOP_BACK:
            return None  # "the besieged town", "newly formed"
        if w in ov.PARTICIPLES and w not in ov.PAST:
            return _BLOCK  # "taken on Friday": a participle with no auxiliary
        if pw in ov.COPULAS or pw in ov.BLOCKERS or pw in {",", "(", "-"}:
            return _BLOCK  # "is surrounded", "to", "did not", "The deal, signed on Monday"
        if edged and rx(r"\s+by\b").match(dm.text, t.end):
            return _BLOCK  # "the convoy attacked by gunmen on Friday": a reduced relative
    first = j if (passive or perfect) else k
    # the auxiliaries before the group: "had been", "would have", "did not", "could have been"
    a = first - 1
    for _ in range(3):
        if a < 0 or skip[a]:
            break
        x = toks[a].lower
        if x in ov.BLOCKERS or (x == "to" and (passive or perfect)):
            return _BLOCK
        if x in ov.HAVE or x in {"been", "was", "were", "being"} or x in _ADVERBS or x.endswith("ly"):
            first = a
            a -= 1
            continue
        break
    if passive and pw == "being":
        return _BLOCK  # "was being shelled": ongoing, not a point
    base = ov.lemma_of(w)
    if base in ov.NOT_ACTS or w in _REPORT_FORMS or w in _ASPECT_FORMS:
        return _BLOCK
    if any(not m.type.startswith("act:") for m in dm.mentions_starting(t.start, t.end)):
        return _BLOCK  # a lexicon trigger the linker chose not to date
    return _Group(k, first, passive)


def _act(dm: DocMentions, sent: Sentence, toks: list[Word], g: _Group, e: Expression,
         told: dict[tuple[str, int], _Told], reports: list[Cue]) -> Mention | None:
    """The mention of the act (appended to ``dm.mentions``), or None when its clause names nobody."""
    text = dm.text
    verb = toks[g.main]
    lo, hi = clause_bounds(text, sent, verb.start)
    s = toks[g.first].start
    slo = lo
    for c in reports:  # the subject comes after any reporting verb ("officials said rebels hoisted ...")
        if lo <= c.end <= s:
            slo = max(slo, c.end)
    sub = [slo + m.end() for m in SUBORDINATOR.finditer(text, slo, s)]
    slo = max([slo, *(x for x in sub if x <= s)])
    base = ov.lemma_of(verb.lower)
    end = verb.end
    particle = _PARTICLE.match(text, end, hi)
    where = [(n, p) for n, p in places_in(dm, lo, hi) if not (e.start <= p < e.end)]
    targets: list[str] = []
    verb_name = base
    if particle is not None and particle.group(1).lower() not in {"at", "in", "over"}:
        aim = [n for n, p in where if particle.end() <= p <= particle.end() + 30]
        if aim:
            verb_name = f"{base} {' '.join(particle.group(1).lower().split())}"  # "fly into"
            targets = real_targets(dm, [(n, p) for n, p in where if n == aim[0]])[:1] or aim[:1]
    teller: list[str] = []
    if slo > lo and not g.passive and rx(r"\s*(?:that\s+)?(?:they|it|he|she|we)\s+(?:\w+\s+){0,2}").fullmatch(
            text, slo, s):
        # "Rebel commanders claimed they had sealed the pocket": they = who said it
        cue = max((c for c in reports if c.end == slo), key=lambda c: c.start, default=None)
        teller = _subject_actors(dm, lo, cue.start) if cue is not None else []
    if g.passive:
        actors = agent_after_by(dm, end, hi)
        patient = _subject_actors(dm, slo, s, adjacent=True)[-1:] or subject_names(dm, slo, s, passive=True)[-1:]
        if not targets:
            targets = real_targets(dm, [(n, p) for n, p in where if p >= end])[:1]
        if not targets and patient and not actors:
            targets = patient[:]
        if not actors and not targets:
            return None
        who_patient = patient[0] if patient else _subject_phrase(text, slo, s)
    else:
        actors = teller or _subject_actors(dm, slo, s) or [n for n in subject_names(dm, slo, s)
                                                           if _solid(dm, n, slo, s)] or place_subject(dm, sent, slo, s)
        # a subject no table knows ("the Estonian envoy") names the act when it went somewhere named
        who_patient = "" if actors or not targets else _subject_phrase(text, max(slo, e.end if e.end <= s else slo), s)
        if not actors and not who_patient:
            return None  # "Posted on Friday", "Updated at 10:30": nobody acted
    places = list(dict.fromkeys(n for n, p in sorted(where, key=lambda x: abs(x[1] - verb.start))))
    mn = Mention(dm.doc, len(dm.mentions), sent, verb.start, verb.end, verb.text, verb_name, f"act:{verb_name}",
                 False, "past")
    mn.actors = list(dict.fromkeys(actors))
    mn.places = places
    mn.targets = targets
    what = _what(toks, e, particle.end() if particle is not None and verb_name != base else end)
    mn.obj = what.split()[-1].lower() if what and what.split()[-1].isalpha() else None
    dm.mentions.append(mn)
    told[(dm.doc, mn.index)] = _Told(
        who=mn.actors[0] if mn.actors else "" if g.passive else who_patient, verb=verb_name,
        what=(targets[0] if verb_name != base and targets else what), patient=who_patient,
        participle=verb.text.lower() if g.passive else "")
    return mn


_VERBISH = re.compile(r"\b(?:was|were|is|are|had|has|have|said|told|(?!(?:by|with)\b)\w{3,}ed(?!\s+by\b))\b",
                      re.IGNORECASE)
_OBJECT_SLOT = re.compile(r"\b(?:by|with|from|for|against|to|at|in|on|near|than|like)\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)


def _subject_actors(dm: DocMentions, lo: int, s: int, adjacent: bool = False) -> list[str]:
    """The actors the verb at ``s`` has for subject: the last actor before it with no verb between them
    ("Special forces were flown in and American aircraft carried out": the aircraft), with those joined to
    it by "and" ("US and British warships"); not an actor after a preposition ("backed by US jets").
    ``adjacent``: only one right before the verb group (a passive's patient, not "A yellow SDF banner")."""
    text = dm.text
    allowed = set(actors_in(dm, lo, s))
    found = [a for a in dm.spans("actors").within(lo, s) if a.name in allowed]
    out: list[str] = []
    last_start = -1
    for a in reversed(found):
        if out:
            if _COORDINATED.fullmatch(text, a.end, last_start) is None:
                break
        else:
            gap = text[a.end : s]
            if _OBJECT_SLOT.search(text, max(lo, a.start - 12), a.start):
                continue
            if _VERBISH.search(gap) or (adjacent and rx(r"\s*(?:\w+ly\s+)?").fullmatch(gap) is None):
                break
        out.insert(0, a.name)
        last_start = a.start
    return list(dict.fromkeys(out))[:2]


def _solid(dm: DocMentions, name: str, lo: int, hi: int) -> bool:
    """A capitalised subject that is a name, not a sentence's first word ("Guns fell silent")."""
    return name in dm.solid_names() or name in dm.spans("both").names or any(
        n.text == name and not n.opener for n in names_in(dm, lo, hi))


def _what(toks: list[Word], e: Expression, start: int) -> str:
    """The words after the verb that say what it did, without determiners ("their flag over the town hall"
    -> "flag over town hall"), up to the date, a comma or a word that opens something else."""
    out: list[str] = []
    k = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    for n, t in enumerate(toks[k : k + 12]):
        if e.start >= start and t.start >= e.start:
            break  # the date ends what was done ("sealed the pocket | on Feb. 9")
        w = t.lower
        nxt = toks[k + n + 1] if k + n + 1 < len(toks) else None
        if not out and (w in _QUANTITY or (w == "at" and nxt is not None and nxt.lower == "least")
                        or (w == "least" and toks[k + n - 1].lower == "at")):
            continue  # "fired more than 110 missiles", "at least 20 rockets"
        if w == "and" and out and nxt is not None and nxt.text.isalpha() and nxt.lower not in _WHAT_STOP \
                and not nxt.lower.endswith("ed") and nxt.lower not in ov.PAST:
            out.append(t.text)  # "blue and yellow flags"
            continue
        if not rx(r"[\w'-]+").fullmatch(t.text) or (out and w in _WHAT_STOP) or (not out and w in _NO_OBJECT):
            break
        if w in _DETERMINERS:
            continue
        out.append(t.text)
        if len(out) >= 6:
            break
    while out and out[-1].lower() in {"of", "at", "in", "to", "on", "with", "over", "into", "from"}:
        out.pop()
    return " ".join(out)


def _subject_phrase(text: str, lo: int, s: int) -> str:
    """The last words of a passive's subject ("the supply convoy was ambushed" -> "supply convoy")."""
    ws = rx(r"[\w'-]+").findall(text[lo:s])
    while ws and ws[-1].lower() in {"was", "were", "been", "had", "has", "have"} | _ADVERBS:
        ws.pop()
    out: list[str] = []
    for w in reversed(ws[-3:]):
        if w.lower() in _DETERMINERS or w.lower() in ov.STOP_BACK or w.lower() in _OPENERS:
            break
        out.insert(0, w)
    return " ".join(out)


def _label(t: _Told, place: str | None) -> str:
    """"Rebels hoist flag over town hall", "Envoy flies into Riga", "Militants routed at Izium"."""
    if t.participle and not t.who:
        parts = [t.patient, t.participle, t.what]
    else:
        verb = agreeing_verb(t.who, t.verb)
        parts = [t.who, verb, t.what or (t.patient if t.participle else "")]
    label = " ".join(p for p in parts if p)
    if place and place not in label and place != t.target:
        label += f" in {place}"
    return label[:1].upper() + label[1:] if label else "Act"
