"""Event mentions: triggers in each sentence with their actors, place, target and tense (rule-based).

A *mention* is one trigger in one sentence: a verb ("seized"), a noun ("the offensive") or a
campaign noun phrase ("the battle for Mosul").  *Cues* are the words that lend or absorb a time
without naming an event: aspectual verbs ("launched" an offensive) and reporting verbs ("said").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator

from timeline._events import _mentionrx as mx
from timeline._events import _ner as ner
from timeline._events import _verbroles as vr
from timeline._events._agreed import agreed_elsewhere
from timeline._events._aliases import AliasTable, Match
from timeline._events._anaphora import actors_by_metonymy, resolve_actor_references
from timeline._events._apposed import Apposed, apposed_at, apposed_open, fit_entry, np_targets
from timeline._events._campaign_np import campaign_in_phrase
from timeline._events._claims import announced_targets, claims_of_control
from timeline._events._cues import attach_cues, sentence_cues, tense_of
from timeline._events._declared import declared_antecedent
from timeline._events._disaster import mark_disasters
from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._lexicon import (
    ASPECT,
    ASPECT_PAST,
    COMPOUND_HEADS,
    NOMINAL,
    REPORTING,
    VERBAL,
    VerbEntry,
    trigger_pattern,
)
from timeline._events._modifier_acts import modifier_acts
from timeline._events._naval import mark_naval
from timeline._events._nominal_mentions import add_nominal
from timeline._events._noungate import noun_licensed
from timeline._events._nouns import GENERIC, capitalised_names, generic_actors
from timeline._events._nps import is_nominal, prev_words
from timeline._events._participants import AGO, fits_with_time, participle
from timeline._events._patients import declared_starts, full_name, people_object, released_people
from timeline._events._roles import (
    guessed_places,
    object_names,
    subject_names,
    with_entities,
)
from timeline._events._rx import rx
from timeline._events._sites import mark_sites
from timeline._events._spans import span_targets
from timeline._events._subjects import (
    ORDERED,
    SUBORDINATOR,
    WITH_BEFORE,
    by_air,
    licence_of,
    place_subject,
)
from timeline._events._surnames import surname_references
from timeline._events._text import Sentence, clause_bounds, normalise, sentences
from timeline._events._where import COMPASS_OF, named_place, salient_city, site_of_object
from timeline._events._where import actors_in as _actors_in
from timeline._events._where import agent_after_by as _agent_after_by
from timeline._events._where import places_in as _places
from timeline._events._where import real_targets as _real_targets

__all__ = ["Cue", "DocMentions", "Mention", "campaign_in_phrase", "find_mentions"]

_TRIGGERS = trigger_pattern()
# a form may belong to several verbs told apart by what follows ("took control of" / "took command")
_VERB_FORM: dict[str, list[tuple[VerbEntry, bool]]] = {}
for _v in VERBAL:
    for _f in _v.forms:
        # a form that is also the past ("hit", "cut", "let"): read as the past, the tense of news
        _VERB_FORM.setdefault(_f, []).append((_v, _f in _v.past))
    for _f in _v.past:
        if _f not in _v.forms:
            _VERB_FORM.setdefault(_f, []).append((_v, True))
_ASPECT_FORM = {f: (lemma, rel) for lemma, (forms, rel) in ASPECT.items() for f in forms}
# "Ukraine said it had launched", "Moscow denied": a capital standing for its government
_VERB_FORMS = frozenset(_VERB_FORM) | frozenset(_ASPECT_FORM) | REPORTING | vr.STANCE_VERBS
_NOUN_FORMS = frozenset(NOMINAL)

def find_mentions(doc_id: str, raw_text: str, table: AliasTable, title: str | None = None) -> DocMentions:
    """Every event mention and cue in one document."""
    text = normalise(raw_text)
    named = table.named_in(text)
    if title:
        named |= table.named_in(normalise(title))
    sents = sentences(text)
    actors, places = actors_by_metonymy(text, table.find(text, named=named, kind="place"),
                                        table.find(text, named=named, kind="actor"), table, _VERB_FORMS, _NOUN_FORMS)
    actors = resolve_actor_references(text, sents, actors, table, _TRIGGERS)
    actors = sorted(actors + surname_references(text, actors), key=lambda x: x.start)  # "... al-Abadi ... Abadi said"
    # then what the table does not know: "government forces", "the rebels", "NATO warplanes", and names
    actors = sorted(actors + generic_actors(text, actors + places), key=lambda x: (x.start, x.kind))
    names = capitalised_names(text, actors + places)
    if ner.enabled():
        names, places = with_entities(text, names, places, actors)
    guessed = guessed_places(text, names)
    if guessed:
        places = sorted(places + [Match(n.text, "place", n.start, n.end, False) for n in names if n.text in guessed],
                        key=lambda x: x.start)
        names = [n for n in names if n.text not in guessed]
    dm = DocMentions(
        doc=doc_id, text=text, sentences=sents, mentions=[], cues=[], named=named, places=places,
        actors=actors, names=names,
    )
    for sent in dm.sentences:
        _sentence(dm, sent)
    mark_sites(dm)  # "seized the al-Anad air base", "the fall of the base": the site is the target
    mark_naval(dm)  # "HMS X" is the destroyer X; "sailed from Portsmouth": the port is the target
    mark_disasters(dm)  # "the cave-in at the San Jose mine", "two days after the accident", a drill's breakthrough
    return dm


#: a participle right after a lowercase noun phrase governed by a preposition or a verb, with its time after it,
#: opens a reduced relative: "under the state of emergency declared on Friday", "defying the curfew imposed last
#: week" (passive: its actor is no subject before it; "the truce Moscow brokered on Monday" has one, so it is not)
_NP_BEFORE = re.compile(r"\b(?:under|despite|after|amid|following|since|with|against|over|defying|defied|extend|"
                        r"extended|lift|lifted|end|ended|ignoring|ignored|breaking|broke|violating|violated|of)\s+"
                        r"(?:the|a|an|its|their|this|that|last\s+week's|\w+day's)\s+(?:[a-z][\w'-]*\s+){0,4}$")
#: (only verbs that make something, never intransitive ones: "after the army withdrew on Monday" has its subject)
_MADE_TYPES = frozenset({"proclamation", "agreement", "ceasefire", "order", "suspension"})
_TIME_AFTER = re.compile(r"\s+(?:(?:early|late)\s+)?(?:on|in|at|last|this|yesterday|overnight|earlier|\w+\s+days?\s+ago)\b",
                         re.IGNORECASE)


def _sentence(dm: DocMentions, sent: Sentence) -> None:
    text = dm.text
    first_mention = len(dm.mentions)
    first_cue = len(dm.cues)  # this sentence's cues are appended after it (sentences are read in order)
    reports: list[int] = []
    for m in _TRIGGERS.finditer(text, sent.start, sent.end):
        form = m.group().lower()
        s, e = m.start(), m.end()
        if dm.spans("both").covers(s) or vr.in_org_name(text, s):
            continue  # part of a name ("Hezbollah Brigades", "Operation ...", "Institute for the Study of War")
        if mx.IDIOM.search(text, max(sent.start, s - 12), e):
            continue  # "announced weeks in advance", "in advance of the vote": an idiom of time, no event
        after = text[e : min(len(text), e + 60)]
        if form in REPORTING and not _own_verb(text, sent.start, s, form, after):
            # (unless a verb of its own: "called off the assault")
            dm.cues.append(Cue("report", "report", s, e, sent.index))
            reports.append(len(dm.cues) - 1)
            continue
        if form in _ASPECT_FORM and not _own_verb(text, sent.start, s, form, after):
            # (unless a verb of its own: "opened fire")
            prev = prev_words(text, s, 1)
            if prev and (prev[0].lower() in {"the", "a", "an", "its", "their", "his", "her", "this"}
                         or prev[0].lower().endswith("'s")) or (
                    form in {"end", "start", "finish", "last", "open"} and rx(
                        r"\b(?:the|a|an|its|their|this)\s+(?:[a-z-]+\s+){1,2}$").search(text[max(sent.start, s - 40) : s])):
                if form in {"end", "start"} and prev and prev[0].lower() == "the" and \
                        mx.OF_EVENT.match(text, e, min(sent.end, e + 60)):
                    # "announced the end of combat operations": the noun's end (its start) is told
                    dm.cues.append(Cue("aspect", _ASPECT_FORM[form][1], s, e, sent.index, None, True))
                continue  # a noun: "the start of", "the end of", "the last 13 days", "the symbolic end of"
            if vr.HYPOTHETICAL.search(text, max(sent.start, s - 30), s):
                continue  # "now looks close to collapse", "threatens to end": not (yet) an end
            lemma, rel = _ASPECT_FORM[form]
            dm.cues.append(Cue("aspect", rel, s, e, sent.index))
            continue
        verbs = _VERB_FORM.get(form, ())
        verb = next((v for v in verbs if v[0].needs is None or rx(v[0].needs).match(after) or (
            v[0].before is not None and rx(v[0].before, re.IGNORECASE).search(text, max(sent.start, s - 60), s))), None)
        if verb is None:  # "Zaranj, which fell a week ago", "Gori, which they entered three days ago"
            verb = fits_with_time(verbs, text, e)
        # "the Y causeway, taken on January 9,": a participle after a noun phrase and its comma, with its date
        ap = apposed_at(dm, sent, s, e, lexicon=True) if verbs and (
            form.endswith("ed") or any(form in v.past and form not in v.forms for v, _ in verbs)) else None
        if verb is None and ap is not None:
            verb = fit_entry(verbs, text, ap)
            # (an act done to a place or to people; "the curfew, imposed on April 21": the noun's date)
            verb = (verb[0], True) if verb is not None and verb[0].type in mx.OBJECT_TYPES | mx.PATIENT_TYPES else None
        fits = verb is not None
        verb = verb or (verbs[0] if verbs else None)
        nominal = form in NOMINAL and (verb is None or is_nominal(text, s, form)) and noun_licensed(text, s, e, form, verbs)
        if not nominal and verb is not None and not verb[1] and form in NOMINAL and mx.DET_MODIFIER.search(
                text[max(sent.start, s - 30) : s]) and rx(r"\s+(?:on|against)\s").match(text, e) and \
                noun_licensed(text, s, e, form, verbs):
            nominal = True  # "an overnight attack on a base", "a surprise raid on the airfield": a noun after its
            # determiner and a modifier the tables do not list, with what it struck (the verb reading is refused)
        if nominal and verb is None:
            prev = prev_words(text, s, 1)
            if prev and prev[0].lower() in {"to", "will", "would", "could", "can", "may", "might", "must"} and \
                    not (form in mx.NEVER_VERBS and mx.NOUN_AFTER_TO.match(text, e)):
                continue  # a verb the lexicon does not model: "formed to battle American forces"
                # (but "took Israel to war in July": a noun, nothing follows it as an object)
        if not nominal and verb is not None:
            entry, past = verb
            past = past or (form in entry.forms and participle(text, sent.start, s, e, form))  # "was overrun"
            if not fits or vr.in_name(text, sent.start, s, e):
                continue  # ("an offensive called Jazira Storm": a name)
            licence = licence_of(dm, sent, s)
            if licence is None and vr.not_an_event(text, sent, s, form) and not (
                    entry.type == "permission" and mx.AGREED_TO.search(text, max(sent.start, s - 30), s)):
                continue  # (but "agreed to let the wounded leave": the leave is given)
            adjective = rx(r"\b(?:the|a|an|its|their|this|(that)|newly|recently)\s+$", re.IGNORECASE).search(
                text[max(sent.start, s - 12) : s]) if past else None
            at = max(sent.start, s - 12) + (adjective.start() if adjective is not None else 0)
            if adjective is not None and not (adjective.group(1) and (mx.VERB_NEXT.match(text, e) or mx.NOUN_THAT.search(
                    text, max(sent.start, at - 30), at))):
                continue  # "the recaptured city", "a liberated town": an adjective, not an event
                # (but "a movement that proclaimed a caliphate", "convoys that entered the region": a verb)
            if not past and rx(r"(?:\b(?:a|an|one|each|every|more|many|few|fewer|several|some|no|enough|"
                               r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?|\b(?:of|with)\s+|\b(?:the|its|their|this|that)\s+)$",
                               re.IGNORECASE).search(text[max(sent.start, s - 30) : s]):
                continue  # "a mortar shell struck", "the raid": a noun
            if mx.NEGATED.search(text, max(sent.start, s - 30), s):
                continue  # "wounded soldiers can no longer be driven out", "the town was never captured"
            if mx.CONDITIONAL.search(text, max(sent.start, s - 90), s) or mx.DENIED_THAT.search(
                    text, max(sent.start, s - 150), s):
                continue  # "If the army attacks on Friday", "denied on Tuesday that troops had entered": no act told
            if entry.type == "blockade" and rx(r"\b(?:police|policemen|traffic\s+\w+|authorities|stewards|organi[sz]ers)"
                                               r"\s+(?:\w+ly\s+)?(?:had\s+|have\s+)?$", re.IGNORECASE).search(text, max(sent.start, s - 40), s):
                continue  # "Police blocked the road to the stadium": a road closed to keep order, no blockade
            if entry.lemma in _STRUCK:
                disaster = mx.DISASTER_BEFORE.search(text, max(sent.start, s - 40), s) or \
                    mx.DISASTER_AFTER.match(text, e, sent.end) or mx.DISASTER_SUBJECT.match(text[sent.start : s])
                if disaster is not None:  # "A new earthquake struck the province": no military strike
                    _add_verbal(dm, sent, s, e, form, dataclasses.replace(entry, type="disaster"), past)
                    if dm.mentions and dm.mentions[-1].start == s:
                        dm.mentions[-1].obj = disaster.group("what").lower()
                    continue
            if past and rx(r"(?<!self-)\b(?:declared|proclaimed|pronounced)\s+(?:[\w'-]+\s+){1,3}$", re.IGNORECASE).search(text[max(sent.start, s - 50) : s]):
                continue  # "declared Raqqa liberated": a complement of the declaration
            if entry.type in mx.MARKERS and any(not p.nominal for p in dm.mentions[first_mention:]) and rx(
                    r"\band\s+(?:\w+ly\s+)?$").search(text[max(sent.start, s - 20) : s]):
                continue  # "entered the centre on Friday and raised the flag": a sign of the first event
            fronted = mx.DEAL_FRONTED.search(text, max(sent.start, s - 60), s) \
                if entry.type in mx.FRONTED_TYPES and not rx(v_needs(entry)).match(after) else None
            if fronted is not None and any(x.nominal and not x.plural and x.type == entry.type and s - x.end < 25
                                           for x in _this_sentence(dm, sent)):
                continue  # "the agreement reached on Friday": the noun, already an event, tells it (not "sanctions
                # were imposed on Friday": a plural noun is no one act, the verb tells it)
            _add_verbal(dm, sent, s, e, form, entry, past or (form.endswith("ing") and any(
                w.lower() in ASPECT_PAST for w in prev_words(text, s, 1))), ap)  # "began pulling out": the past
            if fronted is not None and fronted.group("subj") and dm.mentions and dm.mentions[-1].start == s:
                # "the pact Damascus reached with the Kurds": the subject of the relative clause made it
                lo_, hi_ = fronted.start("subj"), fronted.end("subj")
                if fronted.group("subj").lower() in {"it", "they", "he", "she"}:
                    # "Washington promised to lift the penalties it slapped on": the main clause's subject
                    main = next((x for x in _this_sentence(dm, sent) if not x.nominal and x.actors and x.end <= fronted.start()
                                 and x.start != s), None)
                    dm.mentions[-1].actors = list(main.actors) if main is not None else dm.mentions[-1].actors
                else:
                    dm.mentions[-1].actors = _actors_in(dm, lo_, hi_)[:2] or subject_names(dm, lo_, hi_ + 1) or \
                        [p.name for p in dm.spans("places").within(lo_, hi_ + 1)][:1] or dm.mentions[-1].actors
            if entry.type == "crash" and dm.mentions and dm.mentions[-1].start == s:
                craft = rx(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?((?:[A-Z][\w-]*\s+|[a-z-]+\s+){0,3}?[\w-]+)\s+(?:\w+ly\s+)?(?:(?:had|has|have)\s+)?$").search(
                    text, max(sent.start, s - 50), s)  # "a Ukrainian passenger jet crashed": what crashed
                dm.mentions[-1].obj = craft.group(1) if craft is not None else None
                dm.mentions[-1].actors = []  # (the air force of "a Sudanese military plane" owns it, crashed nothing)
        elif nominal:
            if any(not x.nominal and x.start < s < x.end for x in _this_sentence(dm, sent)):
                continue  # the noun of an idiom's trigger: "imposed sanctions", "extended the truce"
            nxt = rx(r"\s+([a-z]+)\b").match(text, e)
            if nxt is not None and (nxt.group(1) in COMPOUND_HEADS or NOMINAL.get(nxt.group(1)) in mx.DEAL_TYPES):
                continue  # "the Ouagadougou conference centre", "attack helicopters", "a ceasefire deal": a modifier
            if rx(r"\b(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|despite)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                  r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE).search(text[max(sent.start, s - 40) : s]) and not (
                    form in mx.UNDER_STATES and rx(r"\bunder\s+(?:[a-z]+\s+)?$").search(text, max(sent.start, s - 20), s)):
                continue  # "left Raqqa under a deal", "despite the truce": the circumstance of another event
                # (but "the city has been under siege for 17 days": the siege itself)
            add_nominal(dm, sent, s, e, form)
    claims = claims_of_control(dm, sent, first_mention, reports)
    # "The army, deployed on Friday night, ...": an act the lexicon lacks, told by an apposed participle
    claims += apposed_open(dm, sent, dm.mentions[first_mention:])
    if claims:  # kept in text order: the linker bisects the mentions by offset
        dm.renumber(first_mention, sorted(dm.mentions[first_mention:] + claims, key=lambda x: x.start))
    announced_targets(dm, first_mention)
    declared_starts(dm, first_mention)  # "the ceasefire X declared last Friday": the truce begins
    attach_cues(dm, sent, first_mention, first_cue)
    span_targets(dm, first_mention)  # "from an offensive launched in May until X was declared liberated"
    modifier_acts(dm, sent, first_mention)  # "under a deal sealed by the two leaders yesterday": the deal
    agreed_elsewhere(dm, first_mention)  # "The truce was agreed in Geneva": not the truce's place
    for mn in dm.mentions[first_mention:]:
        released_people(dm, mn)  # "their release", "They were freed": the people set free
        if mn.type in mx.PERSON_TYPES:
            full_name(dm, mn)  # "Ghonim was freed": the "Wael Ghonim" named before
    for ci in reports:
        cue = dm.cues[ci]
        for mn in dm.mentions[first_mention:]:
            if mn.start > cue.end and mn.reported_by is None:
                mn.reported_by = ci
                if mn.type == "permission" and mn.tense == "future":
                    mn.tense = "past"  # "said on Monday it would let them cross": the leave is given by saying so


# Verbs of movement that are events only when armed men (an actor the tables know) move ("the sun broke through").
_MOVERS_ONLY = frozenset(["move into", "deploy", "land", "move out", "flee", "break through", "break through wall", "go into action",
                          "enter through breach"])
# Idioms whose words after the verb belong to the trigger ("threw open the prison gates", "made it the seat of its
# rule"): the verb alone does not name the event.  A light verb's event noun is part of its trigger, not an event of
# its own ("slapped sanctions on", "extended the truce on Thursday": the extension is dated, not the truce begun).
# (Not a broken truce: "broke the truce the army declared on Thursday" - the truce is an event of its own.)
_IDIOMS = frozenset(["hack to death", "go into action", "make its seat", "open prisons", "empty prisons",
                     "give ultimatum", "issue ultimatum", "impose sanctions", "extend truce", "reject",
                     "turn down", "come under fire", "lay down arms"])
# Idioms whose subject is the patient, read as passives ("the base came under rocket fire").
_PATIENT_SUBJECT = frozenset(["come under fire"])
# Verbs of a blow that a natural disaster deals too ("the earthquake struck", "the town was hit by floods").
_STRUCK = frozenset(["strike", "hit", "destroy"])


_BY_AGENT = re.compile(r"\s+(?:\w+ly\s+)?by\s")


def v_needs(entry: VerbEntry) -> str:
    """The regex of what must follow a verbal trigger (one that never matches when it has none)."""
    return entry.needs if entry.needs is not None else "(?!)"


def _own_verb(text: str, lo: int, s: int, form: str, after: str) -> bool:
    """A reporting or aspectual form that is here a verb of its own: "called off the assault", "opened fire",
    "the last town to collapse" (what it needs follows, or what it needs before precedes)."""
    return any(v.needs and rx(v.needs).match(after) or v.before and v.needs == "(?!)" and rx(
        v.before, re.IGNORECASE).search(text, max(lo, s - 60), s) for v, _ in _VERB_FORM.get(form, ()))


def _this_sentence(dm: DocMentions, sent: Sentence) -> Iterator[Mention]:
    """The mentions found so far in the sentence being read, last first (a scan back that stops at the
    sentence's start: mentions are appended in text order, so a long text costs each trigger no more)."""
    for x in reversed(dm.mentions):
        if x.sent.index != sent.index:
            return
        yield x


def _the_city(dm: DocMentions, s: int) -> list[str]:
    """The city the dispatch is about, as told before ``s`` (none if no city stands out)."""
    k = bisect.bisect_left(dm.places, s, key=lambda p: p.end)
    city = salient_city(dm, dm.places[max(0, k - 60) : k])
    return [city] if city is not None else []


def _add_verbal(dm: DocMentions, sent: Sentence, s: int, e: int, form: str, entry: VerbEntry,
                past: bool, ap: Apposed | None = None) -> None:
    text = dm.text
    particle = rx(r"\s+back\b").match(text, e) if entry.lemma == "strike back" else \
        rx(entry.needs).match(text, e, sent.end) if entry.lemma in _IDIOMS and entry.needs else None
    if particle is not None:
        e = particle.end()  # "struck back", "went into action", "hacked to death": the trigger is the idiom
    lo, hi = clause_bounds(text, sent, s)
    before = text[max(lo, s - 25) : s].lower()
    passive = past and (rx(r"\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?(?:(?:declared|pronounced|reported)\s+)?$"
                           ).search(before) is not None  # ("was declared retaken": the town was retaken)
                        or rx(r"(?:\s+[\w'-]+){0,3}?\s+by\s").match(text[e:hi]) is not None
                        or (entry.type in _MADE_TYPES and text[s:e].lower().endswith("ed")
                            and _NP_BEFORE.search(text, max(lo, s - 60), s) is not None
                            and _TIME_AFTER.match(text, e) is not None)
                        or ap is not None)  # "Kidal, seized on Friday,": done to the noun phrase
    actors = _agent_after_by(dm, e, hi) if passive else []
    if entry.lemma in _PATIENT_SUBJECT:  # "the convoy came under fire": the subject is what was attacked
        if not mx.UNDER_FIRE_SUBJECT.search(text, max(lo, s - 60), s):
            return  # "the plan came under fire from critics": no blow struck
        passive = True
    if entry.lemma in vr.FALLS:  # "the town fell to IS": the agent follows "to", the target precedes
        passive = True
        actors = _actors_in(dm, e, min(hi, e + 40))[:1]
    if not actors and not passive:
        # the subject, after any reporting verb: "the coalition said SDF fighters had breached"
        said = [c.end for c in sentence_cues(dm, sent) if c.kind == "report" and lo <= c.end <= s]
        # a subordinate clause has its own subject: "hours after US cargo planes dropped weapons"
        sub = [lo + x.end() for x in SUBORDINATOR.finditer(text[lo:s])]
        if sub and (_actors_in(dm, sub[-1], s) or subject_names(dm, sub[-1], s)):
            said.append(sub[-1])  # (or a name: "a day after Vladimir Putin signed papers")
        actors = _actors_in(dm, max([lo, *said]), s)
        here = dm.spans("actors").within(max([lo, *said]), s)
        if actors and all(a.place_kind == GENERIC for a in here):
            # a name right before the verb is its subject, not a generic noun further back:
            # "at a meeting of defence ministers, Duterte declared"
            actors = subject_names(dm, max([lo, *said]), s) or actors
        if not actors and said and rx(r"\b(?:they|it|he|she|we)\b", re.IGNORECASE).search(text[max(said) : s]):
            actors = _actors_in(dm, lo, max(said))[:1]  # "the SDF said they had taken": they = the SDF
            said_at = next((c.start for c in sentence_cues(dm, sent) if c.end == max(said)), None)
            if not actors and said_at is not None:  # "Hungary said it would let": it = Hungary
                actors = subject_names(dm, lo, said_at) or place_subject(dm, sent, lo, said_at)
        if not actors and lo > sent.start:
            # a name right before the verb is the subject of its clause ("a message after Russia and China
            # blocked action"), before any actor at the head of the sentence
            actors = subject_names(dm, max([lo, *said]), s) or _actors_in(dm, sent.start, s)[:1]
    if len(actors) > 1 and not passive:  # "fighters with artillery and machine guns entered": equipment
        kept = [a.name for a in dm.spans("actors").within(lo, s) if a.name in actors
                and not WITH_BEFORE.search(text, max(lo, a.start - 40), a.start)]
        actors = [a for a in actors if a in kept] or actors
    licence = next((x for x in _this_sentence(dm, sent) if x.type in {"permission", "order"}
                    and not x.nominal and x.end <= s and s - x.end <= 60), None)
    if licence is not None and rx(r"[;]|\b(?:and|but|after|before|when|while)\b").search(text, licence.end, s):
        licence = None
    forced = mx.FORCED.search(text, max(lo, s - 80), s)
    if licence is not None and not passive:
        # "would let Iraqi Kurdish fighters cross", "allowed the convoy to leave": who crosses is the object
        # (or, ordered in the passive, its subject: "Ukrainian units have been ordered to fall back")
        actors = _actors_in(dm, licence.end, s) or (_actors_in(dm, lo, licence.start)[-1:] if rx(
            r"\b(?:been|was|were|are|is)\s+$").search(text, max(lo, licence.start - 12), licence.start) else [])
    elif forced is not None and not passive:  # "forced the militants to retreat": the militants retreated
        actors = _actors_in(dm, forced.start() + len(forced.group(1)), s) or actors
    if not actors and not passive and licence is None:
        actors = subject_names(dm, lo, s)  # "Mevlut Cavusoglu, warned", "NATO took command", "Russia vetoed"
    if not actors and not passive and licence is None:
        actors = place_subject(dm, sent, lo, s)  # "Moscow declared", "Russia's defence minister ordered"
    if not actors and (passive or licence is None):
        actors = vr.late_subject(dm, lo, s, entry.lemma, passive)  # "experts from the WHO concluded"
    if entry.lemma in _MOVERS_ONLY and not set(actors) & dm.spans("actors").names:
        return  # "fans poured into the stadium", "the storm swept into Miami": only armed men move in
    tense = "future" if passive and mx.FUTURE_PASSIVE.search(text, max(lo, s - 30), s) else tense_of(dm, sent, s, past)
    mn = Mention(dm.doc, len(dm.mentions), sent, s, e, text[s:e], entry.lemma, entry.type, False, tense)
    mn.actors = vr.pronoun_in_sentence(dm, sent.start, lo, s, actors) if not passive and licence is None else actors
    if licence is not None:
        mn.licensed_by = licence.index
        if licence.type == "order" and entry.type in ORDERED:  # "Russia orders withdrawal from Kherson"
            licence.obj = ORDERED[entry.type]
        elif licence.type == "permission":  # "Turkey lets peshmerga cross", "allows convoy leave"
            licence.obj = " ".join([*actors[:1], entry.lemma])
        if mn.tense == "future" or licence.tense == "past":
            mn.tense = "present"  # ordered, allowed: after the order, not known to have happened by now
    where = _places(dm, lo, hi)
    mn.places = list(dict.fromkeys(n for n, p in sorted(where, key=lambda x: abs(x[1] - s))))
    obj_lo, obj_hi = e, min(hi, e + 70)
    comma = text.find(",", e, obj_hi)
    if comma >= 0:
        obj_hi = comma  # "captured Lyman on Saturday, a day after Moscow ...": the object ends there
    if entry.type == "formation":
        pass
    elif passive:
        mn.targets = _real_targets(dm, [(n, p) for n, p in where if p < s][-1:])
        if not mn.targets and entry.type in mx.PATIENT_TYPES:  # "Gaddafi was killed", "13 marines were killed"
            mn.targets = subject_names(dm, lo, s, passive=True)
        if not mn.targets and entry.type == "evacuation":  # "2,000 people were trucked out of the enclave"
            frm = rx(r"\s+(?:[\w'-]+\s+){0,2}?(?:from|out\s+of)\s+").match(text, e, obj_hi)
            mn.targets = _real_targets(dm, [(n, p) for n, p in where if frm is not None and
                                            frm.end() <= p < frm.end() + 40])[:1]
        if not mn.targets and entry.type == "flag":  # "the flag was raised over Marawi"
            mn.targets = _real_targets(dm, [(n, p) for n, p in where if obj_lo <= p < obj_hi])[:1]
        if not mn.targets and entry.type == "flag":  # "the national flag was raised over the provincial capitol"
            site = mx.FLAG_SITE.match(text, e, obj_hi)
            mn.targets = [" ".join(site.group(1).split())] if site is not None else []
        if entry.type in {"suspension", "order"}:  # "The evacuation of eastern Aleppo was suspended"
            subj = next((x for x in _this_sentence(dm, sent) if x.nominal and x.end <= s), None)
            if subj is not None and s - subj.end <= 60:
                mn.obj = subj.word.lower()
    elif entry.type in mx.OBJECT_TYPES:
        if entry.type in mx.PERSON_TYPES:  # "detained President Izetbegovic at the airport": the person
            mn.targets = object_names(dm, e, obj_hi)
        if entry.lemma in {"expel", "oust", "drive", "push out"}:  # "expelled Islamic State from Tal Abyad": the place
            frm = rx(r"\s+(?:[\w'-]+\s+){0,5}?(?:from|out\s+of)\s+(?:the\s+)?").match(text, e, obj_hi)
            if frm is not None and rx(r"it\b").match(text, frm.end()):
                mn.targets = vr.out_of_it(dm, s)  # "drove the separatists out of it": the city the text is about
            elif frm is not None:
                mn.targets = _real_targets(dm, [(n, p) for n, p in where if p == frm.end()]) or \
                    object_names(dm, frm.end() - 1, obj_hi)[:1] or \
                    [n for n, p in where if frm.end() <= p < min(hi, e + 100)
                     and n not in dm.spans("places").countries][:1]
                # ("out of the last areas it held on the edge of Goma": the place those areas are in)
            elif rx(r"\s+(?:them|it)\s+out\b").match(text, e, obj_hi):
                # "rebels held Vukovar until the army drove them out": out of the place they held
                held = next((x for x in _this_sentence(dm, sent) if x.type == "capture" and x.targets), None)
                mn.targets = list(held.targets[:1]) if held is not None else []
        if not mn.targets:
            mn.targets = _real_targets(dm, [(n, p) for n, p in where if obj_lo <= p < obj_hi and not (
                entry.type == "withdrawal" and mx.DESTINATION.search(text, max(e, p - 40), p))])[:2]
            # ("falling back toward Raqqa": where they go, not what they leave)
        if not mn.targets:  # "killed Gaddafi", "overran Bab al-Aziziya", "annexed the Donetsk region"
            mn.targets = object_names(dm, e, obj_hi)
        if not mn.targets and entry.type in {"capture", "attack", "breach", "evacuation"}:
            mn.targets = site_of_object(dm, e, hi)  # "seized the police headquarters and ... in the town of X"
    if ap is not None and entry.type in mx.PATIENT_TYPES | mx.OBJECT_TYPES:
        # "the Y causeway, taken on January 9", "Z, released on Monday": what the noun phrase names
        mn.targets = np_targets(dm, ap, people=entry.type in mx.PERSON_TYPES) or mn.targets
    reduced = rx(r",\s+(?:\w+ly\s+)?$").search(text, max(sent.start, s - 20), s) if past else None
    if not mn.targets and entry.type in {"capture", "attack"} and reduced is not None and (
            mx.TIME_AFTER.match(text, e) or _BY_AGENT.match(text, e)):  # (or its agent: "Kidal, seized by rebels,")
        # "hold Kassala airport, seized on May 20,": a reduced relative clause of the noun before it
        mn.targets = named_place(dm, max(sent.start, reduced.start() - 50), reduced.start(), last=True)
    if entry.type == "proclamation" and not passive and mx.DECLARED_FREE.match(text, e, obj_hi):
        # "declared Marawi liberated", "declared the city free": the place is what the declaration is about
        mn.targets = _real_targets(dm, [(n, p) for n, p in where if obj_lo <= p < obj_hi])[:1] \
            or object_names(dm, e, obj_hi)[:1] or _the_city(dm, s) \
            or [n for n in mn.places if n not in dm.spans("places").countries][:1]  # "declared the district free"
    if not mn.targets and not passive and entry.type in {"proclamation", "capture"}:
        # "the edge of Kassala, which the army declared liberated": the antecedent, for both verbs
        mn.targets = declared_antecedent(dm, sent.start, s, e, entry.type)
        if mn.targets and entry.type == "capture" and dm.mentions and dm.mentions[-1].type == "proclamation" \
                and dm.mentions[-1].sent == sent and dm.mentions[-1].targets == mn.targets:
            return  # what was declared: the declaration tells the liberation (and takes its date)
    if not mn.targets and entry.type in mx.OBJECT_TYPES and not passive:
        # the object fronted in a relative clause: "Vukovar, which Croatian troops won back", "the city
        # that the rebels took from the army"
        rel = mx.FRONTED.search(text, max(sent.start, s - 60), s)
        if rel is not None and mx.SAID_THAT.search(text, max(sent.start, rel.start() - 50), rel.start() + 1) is None:
            mn.targets = named_place(dm, max(sent.start, rel.start() - 40), rel.start() + 1, last=True)
    if not mn.targets and entry.type == "capture" and not passive and rx(r"\s+it\b").match(text, e):
        # "separatists held it for several months in 2014", "the army took it back": the city of the dispatch
        mn.targets = _the_city(dm, s)
    if entry.lemma in vr.FALLS and not vr.fall_target(dm, mn, sent.start, s):
        return  # "prices fell on Monday", "the number of attacks fell": only a place falls
    if entry.type == "performance":  # "an orchestra played in the Roman theatre of Palmyra": where it was staged
        mn.targets = _real_targets(dm, where)[:1] or named_place(dm, e, hi, last=True)
        if not mn.targets:
            return  # "the band played late into the night": no place of the war

    if entry.type in mx.OBJ_TYPES and not passive and (
            not mn.targets or entry.type in {"breach", "flag", "proclamation"}):
        om = rx(r"\s+((?:[\w'\"-]+\s*){1," + ("8" if entry.type == "proclamation" else "5") + r"}?)(?=\s*\b(?:in|on|at|by|to|from|with|for|after|before|during|"
                      r"since|as|and|near|across|that|which|around|inside|outside|into|of|over|through|under|"
                      + COMPASS_OF + r"|"
                      r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles))\b|\s*[,.;]|\s*$)").match(text[obj_lo:obj_hi])
        # ("overran al-Anad air base north of Aden": a compass word and "of" open where the object lies)
        if om is not None and entry.type == "proclamation":
            words_ = [w.strip("\"'") for w in om.group(1).split()]
            words_ = [w for w in words_ if w.lower() not in {"the", "a", "an", "its", "their", "that"}
                      and w.lower() not in mx.NOT_OBJECT]
            cut = next((k for k, w in enumerate(words_) if mx.TIME_WORD.fullmatch(w)), len(words_))
            # "proclaimed a caliphate nearly five years ago": the object ends where a time begins;
            # "the state that X proclaimed from a pulpit": the object is fronted, none follows
            words_ = [] if words_ and words_[0].lower() in mx.PREPOSITIONS else words_[:cut]
            part = rx(r"\s*of\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)").match(text, obj_lo + om.end(), obj_hi) \
                if words_ and words_[-1] == "part" else None
            if part is not None:  # "declared the region part of Russia"
                words_ += ["of", part.group(1)]
            state = rx(r"\s*of\s+([a-z]+)\b").match(text, obj_lo + om.end(), obj_hi) \
                if words_ and words_[-1].lower() == "state" else None
            if state is not None:  # "declared a state of emergency", "a state of siege": not a "state"
                words_ += ["of", state.group(1)]
            mn.obj = " ".join(words_[:6 if part else 4]) or None  # "declares Raqqa liberated", "proclaims caliphate"
        elif om is not None and not mx.TIME_PREP.match(om.group(1)):  # "voted over the weekend": no object
            # "retook the airport two days ago": the object ends where an "ago" time begins
            ago = AGO.search(" " + om.group(1))
            obj_words = (" " + om.group(1))[: ago.start() if ago is not None else None].split() or [""]
            head = obj_words[-1].strip("\"'")
            of = rx(r"\s*of\s+(?:the\s+)?((?:[a-z-]+\s+)?[a-z]+)(?=\s+(?:in|on|at|along|near|around|across|to|from|"
                    r"of|for|with|by|during|since|over|outside|inside|and|as|after|before)\b|\s*[,.;]|\s*$)").match(
                text, obj_lo + om.end(), obj_hi) if head in mx.QUANTITY else None
            if of is not None:
                head = of.group(1).split()[-1]  # "overran dozens of villages": villages
            if head.isalpha() and head.islower() and head not in {"the", "a", "an", "its", "their", "control", "back",
                                                                  "out", "off", "them", "it"}:
                mn.obj = head
    if entry.type == "proclamation" and not passive and not mn.targets:
        # "declared on Sunday that its units had full control of the city": the place controlled
        control = mx.HAS_CONTROL.match(text, e, hi)
        if control is not None:
            at = control.end()
            mn.targets = _real_targets(dm, [(n, p) for n, p in where if at <= p < at + 40])[:1] or \
                named_place(dm, at, min(hi, at + 40), last=False)
            mn.obj = "control" if mn.targets else mn.obj
    if licence is not None and not mn.targets and entry.type == "withdrawal":
        # "units defending Sievierodonetsk have been ordered to fall back": from the place they defend
        mn.targets = _real_targets(dm, [(n, p) for n, p in where if lo <= p < licence.start and rx(
            r"\b(?:defending|guarding|holding|in|inside)\s+(?:the\s+)?$").search(text, max(lo, p - 15), p)])[-1:]
    if not mn.targets and entry.type == "breach":  # "the Old City its fighters entered through the breached walls"
        mn.targets = _real_targets(dm, where)[:1]  # (of Raqqa, the clause's town): a breach is of a town's defences
    if entry.type in mx.PERSON_TYPES and not passive:
        people_object(dm, mn, e, hi)  # "shot dead two protesters in X": the people, not X
    if entry.lemma in vr.DOWNERS and not passive:
        vr.downed_aircraft(dm, mn, e, hi)  # "shot down a helicopter near X": the aircraft, not X
    if entry.lemma == "lose":
        vr.lost_to(dm, mn, e, hi)  # "lost the port to the rebels": taken by the rebels
        if ap is not None and not mn.targets:  # "X, lost to militants in June": X
            mn.targets = np_targets(dm, ap, people=False)
    elif entry.type == "defeat":
        vr.defeat_roles(dm, mn, e, hi, passive)
    elif entry.type == "proclamation" and not mn.targets:
        vr.proclaimed_thing(dm, mn, sent.start, s, e, passive)
    by_air(mn)
    if licence is not None and not licence.targets:
        licence.targets = list(mn.targets)
    dm.mentions.append(mn)
