"""Disasters, accidents and rescues: what the events stage must know of their types beyond the vocabulary.

The vocabulary is data (``timeline/data/lexicon_disaster.yaml``: a mine caving in, a building collapsing, a fire
breaking out, a train derailing, people found alive, a rescue shaft bored, a capsule tested, people brought to the
surface).  This module reads what a word list cannot:

* :func:`mark_disasters` (run by the mention finder at the end of each document):

  - the *site* of an accident is the one facility the article names ("the San Jose mine", "the Rana Plaza
    building", "the Tham Luang cave"): it is the target of every collapse, cave-in, fire or blast the article
    tells without a target of its own, so that "Thursday's collapse" and "the cave-in at the San Jose mine" in two
    articles share what was struck;
  - a definite "the accident", "the disaster", "the tragedy", "their ordeal" refers back to the accident the
    article has told (a disaster mention before it, or in its sentence): it becomes a mention of it, so that "two
    days after the accident" and "nine weeks into their ordeal" count from it; with no disaster told, it is nothing;
  - an explosion or a blast whose sentence names a mine, gas, fuel, a plant, a port or stored chemicals and no
    weapon, attacker or attack is an accident ("a methane explosion tore through the mine"), not an attack;
  - a "breakthrough" in an article that tells the drilling of a rescue shaft (a drilling act in its sentence or
    the one before, or a drill, rig or shaft in its sentence) is the drill's breakthrough, not an advance of troops.

* :func:`._disaster_merge.merge_disasters` (after the scored merge) joins one article's two tellings of one act on
  one day, then the tellings of one accident, one find, one stage of the drilling, one test or one rescue in
  disjoint articles (see that module).
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._nominal_mentions import add_nominal
from timeline._events._nouns import not_name

__all__ = ["DISASTER_GROUPS", "doc_site", "mark_disasters", "ordinal_of"]

#: The event types of disasters and rescues -> the group two tellings of one act share (an accident is told as a
#: collapse by one article and as a crash or a derailment by none other: the accident types are one group).
DISASTER_GROUPS = {"disaster": "accident", "crash": "accident", "contact": "contact", "drilling": "drilling",
                   "trial_run": "trial_run", "rescue": "rescue"}
#: Types whose target is the site of the accident.
_STRUCK = frozenset({"disaster"})

#: A named facility of an accident: "the San Jose mine", "the Pike River coal mine", "the Rana Plaza building",
#: "the Tham Luang cave", "Grenfell Tower" (a capitalised name before the head noun; "Tower" may be the name's).
_SITE = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+(?P<head>(?:(?:coal|gold|copper|tin|iron|salt|"
    r"silver|uranium)\s+)?(?:mine|colliery|pit|cave|caves|cavern|factory|building|tower|Tower|plant|refinery|"
    r"warehouse|bridge|dam|stadium|mall|complex|depot|terminal|tunnel))\b")
#: An anaphor of the accident told before: "the accident", "Thursday's disaster", "their ordeal".
_ANAPHOR = re.compile(r"\b(?:the|this|that|their|his|her|its|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)\s+"
                      r"(?:(?:deadly|fatal|terrible|tragic|horrific|mining|industrial|long|underground)\s+)?"
                      r"(?P<n>accident|disaster|tragedy|catastrophe|ordeal)\b", re.IGNORECASE)
#: A drill, a rig, a shaft or a borehole told in a sentence: a "breakthrough" there is the drill's.
_DRILL_WORDS = re.compile(r"\b(?:drills?|rigs?|shafts?|boreholes?|bore\s+holes?|pilot\s+holes?|drilling|boring)\b",
                          re.IGNORECASE)
#: An explosion of an accident, not of a weapon: its sentence names a mine, gas, fuel, a plant, a port or stored
#: chemicals ...
_ACCIDENT_WORDS = re.compile(r"\b(?:mines?|colliery|collieries|pit|miners|methane|firedamp|gas|fuel|boilers?|tankers?|"
                             r"pipelines?|refiner(?:y|ies)|factor(?:y|ies)|plants?|warehouses?|depots?|port|docks?|"
                             r"chemicals?|fertili[sz]ers?|ammonium\s+nitrate|fireworks|reactors?|furnaces?|"
                             r"leak|accident(?:al|ally)?)\b", re.IGNORECASE)
#: ... and no weapon, attacker, attack or arms ("a car bomb exploded at the port": an attack; a blast at an arms
#: depot may be either, and stays what war news most often means)
_WEAPON_WORDS = re.compile(r"\b(?:bombs?|bombers?|bombing|suicide|militants?|insurgents?|rebels?|terror\w*|attacks?|"
                           r"attackers?|rockets?|missiles?|shells?|shelling|mortars?|drones?|strikes?|air\s*strikes?|"
                           r"grenades?|IEDs?|explosive\s+devices?|claimed|gunmen|jihadists?|sabotage|arms|weapons|munitions|"
                           r"ammunition|army|military|troops|soldiers)\b",
                           re.IGNORECASE)
_BLASTS = frozenset({"explosion", "explosions", "blast", "blasts"})
#: What a disaster verb tells happened, its subject when that names an event ("a fire broke out", "the explosion
#: ripped through the mine"), else the noun of the verb's lemma ("the roof caved in": a cave-in), for the headline
#: (:mod:`._labels`: "Cave-in in San Jose mine").
_WHAT = re.compile(r"\b(?P<what>fires?|blazes?|flames|inferno|wildfires?|bushfires?|explosions?|blasts?|floods?|"
                   r"floodwaters|earthquakes?|quakes?)\b(?:\s+[\w'-]+){0,6}?\s+$", re.IGNORECASE)
_LEMMA_NOUN = {"cave in": "cave-in", "collapse structure": "collapse", "explode": "explosion", "burst": "flood",
               "flood": "flood", "leak": "spill", "break out fire": "fire", "sweep through": "fire"}
#: An ordinal or "another" before the trigger: "a second cave-in", "another blast", "a fresh rockfall".
_ORDINAL = re.compile(r"\b(?P<o>second|third|fourth|fifth|another|new|fresh|further|later|subsequent)\s+"
                      r"(?:(?:deadly|fatal|massive|huge|large|small|big|powerful)\s+)?$", re.IGNORECASE)


def ordinal_of(text: str, mn: Mention) -> str:
    """The ordinal of an accident's telling: "second" for "a second cave-in", "another" for "another blast", ""
    for the first (or only) one told."""
    m = _ORDINAL.search(text, max(mn.sent.start, mn.start - 30), mn.start)
    return m.group("o").lower() if m is not None else ""


def doc_site(dm: DocMentions) -> str | None:
    """The one facility of an accident the article names ("San Jose mine"), or ``None`` (none, or several)."""
    names: dict[str, str] = {}
    for m in _SITE.finditer(dm.text):
        words = m.group("name").split()
        while words and not_name(words[0]):
            words.pop(0)  # "The San Jose mine": the article is no part of the name
        if not words:
            continue
        head = " ".join(m.group("head").split()[-1:]).lower()
        name = " ".join(words) + " " + head
        names.setdefault(name.lower(), name)
    return next(iter(names.values())) if len(names) == 1 else None


def mark_disasters(dm: DocMentions) -> None:
    """Give the accidents of one article their site, read its anaphors of the accident and its drilling
    breakthroughs (in place; see the module's docstring)."""
    if not any(mn.type in DISASTER_GROUPS or (mn.nominal and mn.word.lower() in _BLASTS) for mn in dm.mentions):
        return
    text = dm.text
    added = False
    for sent in dm.sentences:
        for a in _ANAPHOR.finditer(text, sent.start, sent.end):
            s, e = a.span("n")
            if any(x.start <= s < x.end for x in dm.mentions) or not any(
                    x.type == "disaster" and (x.start < s or x.sent.index == sent.index) for x in dm.mentions):
                continue  # (told already, or no accident told before it or in its sentence: "a disaster for the
                # economy"; "Nine weeks into their ordeal, the miners trapped by the cave-in" tells it after)
            n = len(dm.mentions)
            add_nominal(dm, sent, s, e, a.group("n").lower(), "disaster")
            added = added or len(dm.mentions) > n
    if added:
        dm.renumber(0, sorted(dm.mentions, key=lambda x: x.start))
    site = doc_site(dm)
    drilled = {x.sent.index for x in dm.mentions if x.type == "drilling"}
    for mn in dm.mentions:
        if mn.type in _STRUCK and site is not None and not mn.targets:
            mn.targets = [site]
        if mn.type in _STRUCK and not mn.nominal and not mn.obj:
            what = _WHAT.search(text, max(mn.sent.start, mn.start - 60), mn.start)
            mn.obj = what.group("what").lower() if what is not None else _LEMMA_NOUN.get(mn.lemma)
        if mn.nominal and mn.type == "advance" and mn.word.lower() == "breakthrough" and (
                mn.sent.index in drilled or mn.sent.index - 1 in drilled
                or _DRILL_WORDS.search(text, mn.sent.start, mn.sent.end)):
            mn.type = "drilling"  # "The breakthrough came at 8:05 a.m." after "the drill punched through"
        elif mn.nominal and mn.type == "attack" and mn.word.lower() in _BLASTS and _ACCIDENT_WORDS.search(
                text, mn.sent.start, mn.sent.end) and not _WEAPON_WORDS.search(text, mn.sent.start, mn.sent.end):
            mn.type = "disaster"  # "a methane explosion ripped through the mine", "the blast at the port"
            if site is not None and not mn.targets:
                mn.targets = [site]
