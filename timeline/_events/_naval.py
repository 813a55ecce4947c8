"""Roles of naval acts (the vocabulary is data: ``timeline/data/lexicon_naval.yaml``), read once per document.

* A ship is named by its prefix in one article and by its class in another ("HMS Sheffield", "the destroyer
  Sheffield"): the prefix of a navy (HMS, USS, ...) is no part of the name, so the two tellings share their
  target and merge (a sinking told by a verb in one article and as "the loss of the destroyer X" in the next).
* A departure by sea is told by the port left ("sailed from Portsmouth on Monday", "set sail from Toulon",
  "whose leading ships sailed from X three weeks ago"), an arrival by the port reached ("docked at Valletta",
  "anchored off Aden"): that port is the act's target and place, so two articles' tellings of one fleet's
  departure join on it, whichever ships each names.
* "the ship had been hit", "the destroyer was struck", "she was torpedoed": a ship told by its class alone (or
  "she") is the ship the document last named as acted on, so the retelling joins that act.
* Only troops go ashore: a hurricane, a whale or an oil slick that "came ashore" is no landing (no troop word in
  the words before the verb), and its mention goes.
* A beachhead told in the sentence of its landing ("went ashore at X early yesterday and have built a firm
  beachhead") is that landing's result, no act of its own: its mention goes (told alone, "that beachhead, set up
  nine days ago", it tells the landing).
"""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import DocMentions

__all__ = ["LABEL_VERBS", "LANDING_LEMMAS", "SHIP_PREFIX", "mark_naval", "ship_name"]

#: The prefixes navies put before a ship's name (Royal Navy, US Navy, Australian, Canadian, New Zealand, Indian,
#: Argentine, imperial German, Russian, US naval auxiliaries).
SHIP_PREFIX = re.compile(r"^(?:HMS|USS|HMAS|HMCS|HMNZS|INS|ARA|SMS|RFS|USNS)\s+(?=[A-Z])")

#: The port after a verb of sailing ("from Portsmouth", "out of the port of Sevastopol"), past a date or a
#: direction ("sailed south from X", "sailed on Monday from X").
_FROM = re.compile(r"(?:\s+(?:out|south|north|east|west|(?:late\s+|early\s+)?on\s+\w+|yesterday|today|overnight|"
                   r"at\s+dawn))*\s+(?:from|out\s+of)\s+(?:the\s+)?(?:(?:port|harbou?r|naval\s+base|base|dockyard)\s+"
                   r"(?:of|at)\s+)?")
#: The port after a verb of arrival ("docked at X", "anchored off X").
_AT = re.compile(r"(?:\s+(?:(?:late\s+|early\s+)?on\s+\w+|yesterday|today|overnight))*\s+(?:at|in|off|alongside)\s+"
                 r"(?:the\s+)?(?:(?:port|harbou?r|naval\s+base|base)\s+(?:of|at)\s+)?")
_PORT_AFTER = {"sailing": _FROM, "docking": _AT}
#: The headline verbs of the naval lemmas, with the preposition their target takes: "Invincible sails from
#: Portsmouth", "British forces land at X" (not "sails Portsmouth", "go ashore X"), "British forces sink Belgrano".
LABEL_VERBS = {"sail": "sail from", "set sail": "set sail from", "put to sea": "put to sea from", "weigh anchor":
               "sail from", "dock": "dock at", "anchor": "anchor off", "go ashore": "land at",
               "put ashore": "land at", "land troops": "land at", "establish beachhead": "land at",
               "send to the bottom": "sink", "hit ship": "hit", "sinking": "sink"}
#: Lemmas of the lexicon that tell a landing from the sea (the beachhead's own lemma apart).
LANDING_LEMMAS = frozenset({"land", "go ashore", "put ashore", "land troops", "landing", "landings"})
_BEACHHEAD = "establish beachhead"
_ASHORE = "go ashore"
#: Who goes ashore in a landing, somewhere in the words before the verb.
_TROOPS = re.compile(r"\b(?:troops|soldiers|marines|forces|commandos|paratroopers|men|units|infantry|rangers|"
                     r"divisions?|brigades?|battalions?|regiments?|army|armies|Anzacs|landing\s+parties|they)\b",
                     re.IGNORECASE)
#: The beachhead before its participle: "that beachhead, set up nine days ago".
_BEACHHEAD_BEFORE = re.compile(r"\bbeachheads?\s*,\s*(?:(?:which|that)\s+(?:[\w']+\s+){1,2})?$")
#: A ship by its class alone, or "she", as a passive subject right before the trigger.
_SHIP_ANAPHOR = re.compile(r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:stricken\s+|damaged\s+)?(?:ship|vessel|warship|destroyer|cruiser|"
                           r"frigate|corvette|carrier|submarine|battleship|flagship)|\b[Ss]he)\s+(?:had\s+been|has\s+"
                           r"been|was)\s+(?:\w+ly\s+|also\s+)?$")


#: A telling before the anaphor ("told MPs last night that the ship had been hit"): the teller's time may be read
#: as the act's, so the retelling is left alone rather than let it move the act's date.
_TOLD = re.compile(r"\b(?:told|said|says|reported|announced|confirmed|admitted)\b")
#: Lemmas of the naval vocabulary whose target is always a ship.
_SHIP_LEMMAS = frozenset({"sink", "torpedo", "scuttle", "send to the bottom", "hit ship", "cripple", "capsize",
                          "sinking"})
#: A ship's class or prefix before its name, ahead of a trigger: "The destroyer HMS Sheffield was struck".
_SHIP_BEFORE = re.compile(r"\b(?:ship|warship|vessel|cruiser|destroyer|frigate|corvette|carrier|submarine|battleship|"
                          r"flagship|HMS|USS|HMAS|HMCS|INS|ARA|RFS)\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:had\s+been\s+|"
                          r"has\s+been\s+|was\s+|were\s+)(?:\w+ly\s+)?$")


def ship_name(name: str) -> str:
    """A ship's name without its navy's prefix: "HMS Sheffield" -> "Sheffield" (any other name unchanged)."""
    return SHIP_PREFIX.sub("", name)


def _port(dm: DocMentions, at: int) -> tuple[str, bool] | None:
    """The place or capitalised name starting at ``at`` (and whether it is a known place), or ``None``."""
    for p in dm.spans("places").within(at, at + 60):
        if p.start == at:
            return p.name, True
    k = bisect.bisect_left(dm.names, at, key=lambda n: n.start)
    if k < len(dm.names) and dm.names[k].start == at:
        return dm.names[k].text, False
    return None


def mark_naval(dm: DocMentions) -> None:
    """Give ships their names without prefixes and departures and arrivals by sea their port, and drop a beachhead
    told with its landing (see the module)."""
    for mn in dm.mentions:
        if mn.lemma == _BEACHHEAD and _BEACHHEAD_BEFORE.search(dm.text, max(mn.sent.start, mn.start - 40), mn.start):
            # "Units from that beachhead, set up nine days ago, are now pushing towards Caen": where the units
            # go is no place of the landing (its place is the one the beachhead's own article gave)
            mn.targets, mn.places = [], []
    gone = {id(mn) for mn in dm.mentions if mn.lemma == _ASHORE
            and _TROOPS.search(dm.text, max(mn.sent.start, mn.start - 90), mn.start) is None}
    landed = {mn.sent.index for mn in dm.mentions if mn.lemma in LANDING_LEMMAS and not mn.nominal
              and id(mn) not in gone}
    gone |= {id(mn) for mn in dm.mentions if mn.lemma == _BEACHHEAD and mn.sent.index in landed}
    if gone:
        dm.renumber(0, [mn for mn in dm.mentions if id(mn) not in gone])
    ships: list[str] = []  # the ships acted on so far, by name
    for mn in sorted(dm.mentions, key=lambda x: x.start):
        if mn.type == "attack" and not mn.targets and ships \
                and _SHIP_ANAPHOR.search(dm.text, max(mn.sent.start, mn.start - 40), mn.start) \
                and not _TOLD.search(dm.text, mn.sent.start, mn.start):
            mn.targets = [ships[-1]]
        if mn.type == "attack" and mn.targets and (mn.lemma in _SHIP_LEMMAS or _SHIP_BEFORE.search(
                dm.text, max(mn.sent.start, mn.start - 80), mn.start)):
            ships.append(ship_name(mn.targets[0]))
        if any(SHIP_PREFIX.match(t) for t in mn.targets):
            mn.targets = list(dict.fromkeys(ship_name(t) for t in mn.targets))
            mn.places = [ship_name(p) for p in mn.places]
        rx = _PORT_AFTER.get(mn.type)
        if rx is None or mn.targets:
            continue
        m = rx.match(dm.text, mn.end, mn.sent.end)
        got = _port(dm, m.end()) if m is not None else None
        if got is not None:
            mn.targets = [got[0]]
            if got[1] and got[0] not in mn.places:
                mn.places = [got[0], *mn.places]
