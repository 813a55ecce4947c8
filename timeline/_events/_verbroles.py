"""Roles of a few verbal triggers whose subject is not the agent (split out of :mod:`._mentions`).

* "Azerbaijan lost the town to Armenian fighters": a capture of the town by those after "to";
* "a deal that came into force at midnight", "the truce took hold on Sunday": the start of the
  deal or truce the clause is about (:data:`TAKES_EFFECT`, :data:`TAKER`);
* "units began pulling out": an -ing form after an aspectual verb is an event (:data:`ASPECT_ING`).
"""

from __future__ import annotations

import bisect
import re

from timeline._events import _mentionrx as mx
from timeline._events._campaign_np import AUX_ING as _AUX_ING
from timeline._events._clause_subject import own_subject_actors
from timeline._events._doc import DocMentions, Mention
from timeline._events._lexicon import ASPECT
from timeline._events._nouns import GENERIC
from timeline._events._nps import prev_words
from timeline._events._roles import names_in, object_names, subject_names
from timeline._events._rx import rx
from timeline._events._sites import site_before
from timeline._events._text import Sentence
from timeline._events._where import actors_in, named_place, places_in, real_targets, salient_city

__all__ = ["ASPECT_ING", "FALLS", "HYPOTHETICAL", "STANCE_VERBS", "TAKER", "TAKES_EFFECT", "DOWNERS", "civil_or_broker", "defeat_roles", "downed_aircraft",
           "fall_target",
           "late_subject", "participle_host", "lost_to", "made_at", "in_name", "in_org_name", "not_an_event", "out_of_it",
           "proclaimed_thing",
           "pronoun_in_sentence", "takes_effect"]

#: Aspectual verbs after which an -ing trigger is what began or went on ("began pulling out").
ASPECT_ING = frozenset(f for f in ASPECT.get("begins", ((), ""))[0] if " " not in f and not f.endswith("ing")) | {
    "kept", "keep", "keeps", "continued", "continue", "continues"}
#: Words before an aspectual verb that make it a prospect, not a beginning or an end ("close to collapse").
HYPOTHETICAL = re.compile(r"\b(?:close\s+to|near\s+to|brink\s+of|verge\s+of|point\s+of|threaten(?:s|ed|ing)?\s+to|"
                          r"risk(?:s|ed|ing)?|could|might|(?-i:may))\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# (the modal is lower-case: "the truce agreed in May ended on Monday" tells an end)
#: Verbs of stance whose subject, a capital, stands for its government ("Moscow denied", "Kyiv blamed").
STANCE_VERBS = frozenset(
    ["blamed", "blames", "accused", "accuses", "denied", "denies", "rejected", "rejects", "insisted", "insists", "demanded", "demands", "refused", "refuses", "responded", "responds", "retaliated", "retaliates", "condemned", "condemns", "welcomed", "welcomes", "protested", "protests", "dismissed", "dismisses"])
#: Aspectual phrases that start a deal or a truce, whatever noun stands nearer: "came into force".
TAKES_EFFECT = re.compile(r"\b(?:into\s+(?:force|effect)|effect|hold)$", re.IGNORECASE)
#: Event types that come into force or take hold.
TAKER = frozenset({"ceasefire", "agreement", "suspension"})
_FROM_PARTICIPLE = re.compile(r",\s*(?:starting|beginning|effective)$", re.IGNORECASE)


def takes_effect(text: str, start: int, end: int) -> bool:
    """An aspectual phrase whose subject is the deal or truce of its clause, whatever noun stands nearer:
    "a deal ... to end the war came into force", "a daily pause in the fighting, starting on Tuesday"."""
    return TAKES_EFFECT.search(text, start, end) is not None or \
        _FROM_PARTICIPLE.search(text, max(0, start - 3), end) is not None


#: Lemmas of an aircraft brought down: the aircraft is what they name, not the place it fell near.
DOWNERS = frozenset({"shoot down", "bring down", "down aircraft"})
_AIRCRAFT = re.compile(  # ("downed two Russian jets": the verb is its own particle)
    r"\s+(?:down\s+)?(?:(?:a|an|the|its|their|one|two|three|four|five|six|several|\d+)\s+)?((?:[\w/'-]+\s+){0,3}"
    r"(?:jets?|warplanes?|planes?|aircraft|helicopters?|choppers?|drones?|gunships?|bombers?|airliners?|"
    r"transport\s+planes?|fighters?|(?:Su|MiG|Mi|Ka|F|F/A|Il|An|Tu)-\d+\w*))\b")


def downed_aircraft(dm: DocMentions, mn: Mention, e: int, hi: int) -> None:
    """"shot down a Ukrainian military helicopter near X": the aircraft is the object (a headline's
    "rebels shoot down Ukrainian military helicopter"), the place only where it happened."""
    m = _AIRCRAFT.match(dm.text, e, hi)
    if m is not None:
        mn.obj = " ".join(m.group(1).split())
        mn.targets = []


def lost_to(dm: DocMentions, mn: Mention, e: int, hi: int) -> None:
    """"X lost <place> to <actor>": a capture of the place by the actor after "to" (not by X)."""
    to = rx(r"\s+to\s+").search(dm.text, e, hi)
    if to is None:
        return
    taker = actors_in(dm, to.end(), min(hi, to.end() + 50))[:1] or subject_names(dm, to.end(), min(hi, to.end() + 50))[:1]
    mn.actors = taker
    lost = real_targets(dm, places_in(dm, e, to.start()))[:1] or object_names(dm, e, to.start())[:1]
    mn.targets = lost
    mn.places = list(dict.fromkeys([*lost, *(p for p in mn.places if p not in lost)]))


_PRONOUN_SUBJECT = re.compile(r"\b(?:they|it)\s+(?:(?:had|have|has|then|also|later|first|\w+ly)\s+)?$", re.IGNORECASE)


def pronoun_in_sentence(dm: DocMentions, sent_start: int, lo: int, s: int, actors: list[str]) -> list[str]:
    """"the capital of the separatists' republic since they proclaimed it": a "they" whose actor is
    named earlier in its own sentence (a generic noun the alias table does not resolve pronouns to)
    is that actor, not one of an earlier sentence."""
    actors = own_subject_actors(dm, sent_start, s, actors)  # "a day after protesters blocked": not the main clause's
    pm = _PRONOUN_SUBJECT.search(dm.text, max(lo, s - 30), s)
    if pm is None:
        return actors
    told = [a for a in dm.spans("actors").within(pm.start(), pm.end()) if not a.strong]
    here = [a for a in dm.spans("actors").within(sent_start, pm.start()) if a.place_kind == GENERIC]
    if not here or (told and told[0].name in {a.name for a in dm.spans("actors").within(sent_start, pm.start())}):
        return actors
    return [here[-1].name]


#: Nouns of deals and meetings a place name before them says where they were made ("the Minsk agreement").
_MADE_AT = frozenset({"agreement", "ceasefire", "meeting"})


def made_at(dm: DocMentions, mn: Mention, np_lo: int) -> None:
    """"the Dayton accords", "the Geneva talks": a name (not a known actor) right before a deal or talks
    is where it was made, not who made it."""
    if mn.type not in _MADE_AT or not mn.actors:
        return
    text = dm.text
    name = mn.actors[0]
    if not text[np_lo : mn.start].rstrip().endswith(name) or name in dm.spans("actors").names or \
            not rx(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?").fullmatch(name):
        return
    mn.actors = mn.actors[1:]
    mn.places = list(dict.fromkeys([name, *mn.places]))


def defeat_roles(dm: DocMentions, mn: Mention, e: int, hi: int, passive: bool) -> None:
    """"its forces were routed at Ilovaisk": the place after at/near/in is where; the routed side (the
    subject of a passive) is no target place."""
    at = rx(r"\s+(?:[\w'-]+\s+){0,3}?(?:at|near|in|outside|around)\s+(?:the\s+)?").match(dm.text, e, hi)
    where = real_targets(dm, [(n, p) for n, p in places_in(dm, at.start(), min(hi, at.end() + 40))
                              if p >= at.end()]) if at else []
    if where:
        mn.places = list(dict.fromkeys([where[0], *mn.places]))
        if passive:
            mn.targets = [where[0]]


def not_an_event(text: str, sent: Sentence, s: int, form: str) -> bool:
    """A verb form that names an aim or a quality, not something that happened.

    "to recapture Mosul", "aims to cut ... and liberate Tal Afar" (purposes); "within striking
    distance", "the forces closing in" (an -ing form with no auxiliary is an adjective or a gerund,
    unless it opens a participle clause after a comma: ", storming the Mishlab district").
    """
    prev = prev_words(text, s, 1)
    p = prev[0].lower() if prev else ""
    if p == "being" and rx(r"\b(?:from|avoid|avoiding|escape|escaping|escaped|prevent|of)\s+being\s+$", re.IGNORECASE).search(
            text, max(sent.start, s - 30), s):
        return True  # "to save them from being surrounded": what was avoided
    if p == "to":
        # "managed to repel an attack", "were able to retake": done; "aims to retake": an aim
        return rx(r"\b(?:managed|succeeded|able|proceeded|went\s+on)\s+to\s*$", re.IGNORECASE).search(
            text[max(sent.start, s - 30) : s]) is None and mx.FORCED.search(text, max(sent.start, s - 80), s) is None \
            and mx.LAST_TO.search(text, max(sent.start, s - 90), s) is None
    if p == "and" and rx(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b|within\b)[a-z]+\b[^.;,]{0,80}$").search(text[max(sent.start, s - 90) : s]):
        return True
    # ("after taking the hilltop castle": a gerund after "after" tells what was done first)
    # ("began pulling out of the town": an -ing form after an aspectual verb is what began)
    return form.endswith("ing") and p not in _AUX_ING and p not in {",", "after"} and p not in ASPECT_ING


_PROCLAIMED = r"(?i:republic|state|caliphate|emirate|independence|autonomy|statehood|entity)"
# "whose self-styled Donetsk People's Republic was proclaimed": the thing proclaimed, fronted in a passive
_PASSIVE_THING = re.compile(r"((?:[A-Z][\w'-]*\s+){1,4}" + _PROCLAIMED + r"|(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+"
                            r"(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?$")
# "the separatists' self-declared republic ... since they proclaimed it": what "it" stands for
_THING_BEFORE = re.compile(r"\b" + _PROCLAIMED + r"\b")
_REPUBLIC = re.compile(r"([A-Z][\w-]+)\s+(?:People's\s+)?Republic\b")


def proclaimed_thing(dm: DocMentions, mn: Mention, sent_start: int, s: int, e: int, passive: bool) -> None:
    """What a proclamation without an object proclaimed: the subject of a passive ("the Donetsk People's
    Republic was proclaimed" -> Donetsk), or the noun "it" stands for ("the capital of their self-declared
    republic since they proclaimed it": a republic, whose capital opens the sentence)."""
    text = dm.text
    if passive and not mn.obj:
        thing = _PASSIVE_THING.search(text, max(sent_start, s - 60), s)
        words = thing.group(1).split() if thing is not None else []
        while words and words[0].lower() in {"the", "a", "an", "its", "their"}:
            words = words[1:]
        if thing is not None and words and words[0].lower() not in {"it", "this", "that"}:
            mn.obj = " ".join(words)
            mn.targets = mn.targets or real_targets(dm, places_in(dm, thing.start(1), thing.end(1)))[:1]
            rep = _REPUBLIC.search(thing.group(1))
            if not mn.targets and rep is not None and not rx(r"(?:ian|ish|ese|ic|an)$").search(rep.group(1)):
                mn.targets = [rep.group(1)]  # "the Donetsk People's Republic": of Donetsk
        return
    if mn.obj not in {"it", "them"} or mn.targets:
        return
    noun = next(reversed(list(_THING_BEFORE.finditer(text, sent_start, s))), None)
    if noun is None:
        return
    mn.obj = noun.group().lower()
    first = [p for p in dm.spans("places").within(sent_start, noun.start()) if p.place_kind != "country"]
    if first and rx(r"\W*(?:the\s+)?$", re.IGNORECASE).fullmatch(text, sent_start, first[0].start):
        mn.targets = [first[0].name]  # the sentence is about that place (the republic's capital)


_ORG_BEFORE = re.compile(r"[A-Z][\w'-]+\s+(?:of|for)\s+(?:the\s+)?$")


def in_org_name(text: str, s: int) -> bool:
    """A capitalised trigger closing an organisation's name: "the Institute for the Study of War"."""
    return text[s : s + 1].isupper() and _ORG_BEFORE.search(text, max(0, s - 40), s) is not None


def out_of_it(dm: DocMentions, s: int) -> list[str]:
    """"(troops) drove the separatists out of it": the city the text is about so far."""
    k = bisect.bisect_left(dm.places, s, key=lambda p: p.end)
    city = salient_city(dm, dm.places[max(0, k - 60) : k])
    return [city] if city is not None else []


_NAME_BEFORE = re.compile(r"[A-Z][\w'-]+\s+$")


def in_name(text: str, sent_start: int, s: int, e: int) -> bool:
    """A title-case verb form closing a name, not opening its sentence: "an offensive called Jazira Storm"
    (but "Rebels Storm Town", a headline, keeps its verb)."""
    if not text[s:e].istitle() or s <= sent_start:
        return False
    name = _NAME_BEFORE.search(text, max(sent_start, s - 30), s)
    return name is not None and name.start() > sent_start and \
        rx(r"(?:[.:;!?\"]\s*|\n\s*)$").search(text, max(0, name.start() - 4), name.start()) is None


# verbs whose passive subject is the one the event is about, named as its actor ("X was sworn in")
_SUBJECT_UNDERGOES = frozenset(["swear in"])


def late_subject(dm: DocMentions, lo: int, s: int, lemma: str, passive: bool) -> list[str]:
    """Who acts when the usual subject rules found no one: the body its members act for ("inspectors from the
    Organisation for the Prohibition of Chemical Weapons concluded"), or the one a passive happens to ("Ali Mahdi
    will be sworn in")."""
    if passive:
        return subject_names(dm, lo, s, passive=True) if lemma in _SUBJECT_UNDERGOES else []
    members = mx.MEMBERS_OF.search(dm.text, lo, s)
    region = _REGION_SUBJECT.search(dm.text, max(lo, s - 80), s) if lemma in _POLITY_ACTS else None
    if region is not None:  # "the Kurdistan region voted": the region's government called the vote
        return [" ".join(region.group(1).split()) + " Regional Government"]
    return [members.group(1)] if members is not None else []


# what stands between "voted" and the vote noun it was cast in: "voted overwhelmingly for independence in a "
_IN_A_VOTE = re.compile(r"[^,;.]{0,60}?\s(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?")
#: Acts of a polity: "the Catalonia region voted / declared independence" is its government's act.
_POLITY_ACTS = frozenset(["vote", "declare", "proclaim", "approve", "adopt", "go to the polls"])
_REGION_SUBJECT = re.compile(r"(?<![\w-])(?<!\bin\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bacross\s)(?i:the)\s+((?:[A-Z][\w'-]+\s+){1,3})(?:(?:semi-)?autonomous\s+)?region\s+"
                             r"(?:(?:has|have|had|will|would)\s+)?(?:\w+ly\s+)?$")


def participle_host(dm: DocMentions, sent: Sentence, np_lo: int) -> Mention | None:
    """The act of the main clause an "-ing" participle of launching hangs on: "swept into the town before dawn,
    launching the largest offensive of the war" (the offensive is by the sweep's subject, at its place)."""
    part = mx.LAUNCHING.search(dm.text, max(sent.start, np_lo - 30), np_lo)
    if part is None:
        return None
    for x in reversed(dm.mentions):
        if x.sent.index != sent.index:
            return None
        if not x.nominal and x.end <= part.start() and x.actors and x.type in {"advance", "attack", "capture",
                                                                                 "airstrike"}:
            return x
    return None


def _last_verb_of_sentence(dm: DocMentions, index: int) -> Mention | None:
    """The last verbal mention found so far in sentence ``index`` (mentions come in text order: the
    walk back stops at the sentence before)."""
    for x in reversed(dm.mentions):
        if x.sent.index < index:
            return None
        if x.sent.index == index and not x.nominal:
            return x
    return None


def civil_or_broker(dm: DocMentions, mn: Mention, own: list[str], premod: str, e: int) -> list[str]:
    """The actors of an event noun, two corrections: a people's vote is not its armed forces' ("the Scottish
    referendum" is no act of "Scottish forces"); a truce or a deal "brokered by" a named go-between is his."""
    if own and mn.type == "vote":
        return [a for a in own if not (a.endswith(" forces") and a[:-7] in premod.split())]
    if mn.type == "vote":  # "the region voted for independence in a referendum": the voters' referendum
        verb = _last_verb_of_sentence(dm, mn.sent.index)
        if verb is not None and verb.type == "vote" and _IN_A_VOTE.fullmatch(dm.text, verb.end, mn.start):
            return list(verb.actors)
    if own or mn.type not in {"ceasefire", "agreement"}:
        return own
    by = mx.BROKERED.match(dm.text, e)
    if by is None:
        return []
    named = names_in(dm, by.end(), by.end() + 60)
    actors = actors_in(dm, by.end(), by.end() + 60)
    if actors and dm.text.find(actors[0], by.end()) == by.end():
        return actors[:1]
    return [named[0].text] if named and named[0].start == by.end() else actors[:1]


#: Lemmas of a place falling: the agent follows "to", the target is the subject ("the last town to collapse").
FALLS = frozenset(["fall", "collapse"])
# "Herat was the last city (of the north) to fall": the subject of "was" fell
_LAST_OF = re.compile(r"\s+(was|were|became|is|had\s+been)\s+(?:the|its|their)\s+(?:last|final|first|only)\b", re.IGNORECASE)


_ANTECEDENT = re.compile(r"(?:[A-Z][\w'-]*|\b(?:city|town|village|district|port|capital|base|airport|stronghold|"
                         r"province|region|enclave|garrison|outpost))$")
_WHICH_FELL = re.compile(r",\s+(?:which|that)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


def fall_target(dm: DocMentions, mn: Mention, sent_start: int, s: int) -> bool:
    """The place that fell (sets ``mn.targets``, says whether there is one).

    The subject of "was the last city to fall / to collapse" ("Herat, a city near the border, was the last
    ... to collapse"); failing a target after the verb, the subject before an appositive: "Grozny, the
    capital of Chechnya, fell to the rebels".
    """
    text = dm.text
    end = s
    site = site_before(dm, sent_start, s) if not mn.targets else None
    if site is not None and not site.owner:  # "the Abu Duhur airfield fell to the jihadists": the site (or town)
        mn.targets = [site.name]
        return True
    rel = _WHICH_FELL.search(text, max(sent_start, s - 40), s)
    if not mn.targets and rel is not None:  # "from Kassala, which fell to the rebels in 2019": the antecedent
        # (a name or a place noun right before the comma: not "Oil prices, which fell")
        if _ANTECEDENT.search(text, max(sent_start, rel.start() - 40), rel.start()):
            mn.targets = named_place(dm, max(sent_start, rel.start() - 40), rel.start(), last=True)
        return bool(mn.targets)
    last = mx.LAST_TO.search(text, max(sent_start, s - 90), s)
    was = _LAST_OF.search(text, max(sent_start, last.start() - 30), last.end()) if last is not None else None
    if last is not None and was is not None and was.end() > last.start():
        end = was.start()
        if was.group(1).lower() != "is":
            mn.tense = "past"  # "it became the first major city to fall": it fell then
    elif mn.targets:
        return True
    comma = text.find(",", sent_start, end)
    fronted_subject = named_place(dm, sent_start, comma, last=False) if comma >= 0 else []
    if not fronted_subject and end != s and comma >= 0:  # (a name the text also uses for an actor)
        fronted_subject = [n.text for n in dm.names if sent_start <= n.start and n.end <= comma][:1]
    if fronted_subject and rx(r"(?:the\s+)?[\w' -]{0,40}$", re.IGNORECASE).match(text, sent_start, comma) and \
            rx(r",[^;]*,\s*$").match(text, comma, end):
        mn.targets = fronted_subject
    elif end != s and "," not in text[max(sent_start, end - 40) : end]:
        mn.targets = named_place(dm, max(sent_start, end - 40), end, last=True)
    return bool(mn.targets)
