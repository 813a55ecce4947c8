"""Event-relative times in the words wire reporters use for how long a campaign has run (the
family the durations module's ``dur_event_into``/``dur_event_ordinal``/``dur_event_age`` began).

Each hit keeps a duration value and hangs on an event through ``event_ref``/``event_relation``, in
the kinds the events and reasoning stages already read: ``into`` (an elapsed count at the anchor:
"N units into the offensive"), ``<unit>_of`` with an ``ordinal`` (some day of the event's N-th
day/week: "in its second week"), ``age`` (an elapsed count that is also an anchored duration, with
a calendar interval ending at the anchor).

Rules (``evr_nth_of``, ``evr_nth_poss`` and ``evr_nth_straight`` are read by one pattern, ``evr_nth``;
``evr_since`` with a count, ``evr_age_predicate`` and ``evr_of_fighting`` by another, ``evr_count``):

- ``evr_nth_of``: "on the 10th day of the offensive", "in the third week of the siege",
  "on day 12 of the siege" (``day_of``/``week_of``/``month_of``, ordinal N, ``P1D``/``P1W``/``P1M``);
  not "during/by the Nth week of" nor "the first week of", which a story tells of the past
  (what happened then) as often as of its own day, so they do not date the anchor within the event;
- ``evr_nth_poss``: "on the offensive's 12th day", "in the Mosul offensive's second week" (the same,
  the event in the possessive);
- ``evr_nth_straight``: "for a 15th straight day", "for the 15th consecutive day", "into a third
  successive week", "for the third day in a row", "endured a fourth straight day of strikes" (the ongoing activity's N-th day; no event noun in
  the phrase: the events stage takes the sentence's);
- ``evr_since``: "the fortnight since the assault began", "in the 12 days since the offensive was
  launched", "three weeks since the start of the campaign" (``into``: the count ran from the
  event's start to the anchor, so it is also an anchored duration ending at the anchor);
- ``evr_age_unit``: "the week-old operation", "the month-old siege" (``age``, one unit);
- ``evr_age_predicate``: "the offensive, now 12 days old", "the campaign is nearly a fortnight old",
  "the truce in the valley, barely five days old" (``age``; "37 years old" after a person is an age of
  a person, no expression; "the raid on the mosque, which is 300 years old" is the building's);
- ``evr_has_lasted``: "the offensive has raged for 12 days", "fighting has gone on for nearly three
  weeks" (``into`` the subject event: present perfect, so the count runs up to the anchor);
- ``evr_of_fighting``: "after 12 days of fighting", "nearly two weeks of heavy clashes" (``into``
  the fighting: how long it has gone on).

Not event-relative: "a 12-day-old baby" (no event noun), "the 10-day ceasefire" (the length of a
truce: a bare duration, found by the durations family), "three weeks after the start of the
campaign" (a gap between two events: ``dur_event_before_after``).  The span is the quantity only
("12 days" of "12 days since the offensive began"), as TimeML tags it; the value is
``P<n><unit>``, and ``mod`` follows the modifier (nearly/almost/about -> APPROX, more than ->
MORE_THAN).
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import NUM, ORD, duration_value, number_value, ordinal_value, unit_code
from timeline._extract._rule import MOD, Example, Hit, Rule, grp, mod_code
from timeline._extract.durations import EVENT_NOUNS, EVENT_NP

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

#: What a long-running activity is called after "N days of".
_FIGHTING = (r"(?:(?:fierce|heavy|intense|bloody|street|urban|ferocious|relentless|continuous|sustained|"
             r"house-to-house|close-quarters)\s+){0,2}"
             r"(?:fighting|combat|clashes|battles?|siege|warfare|resistance|urban\s+warfare)")
# Not "N years of air strikes / shelling / war": an air campaign or a war is another, longer event
# than the battle a dispatch is about ("to review the war after more than two years of air strikes"
# must not date the battle for the city); those stay plain durations.
#: The verbs that say an event started.
_BEGAN = (r"(?:began|begun|started|opened|erupted|broke\s+out|kicked\s+off|got\s+under\s*way|"
          r"(?:was|were|had\s+been|has\s+been)\s+(?:launched|started|opened|declared|announced|unleashed))")
_EVENT_NP_S = EVENT_NP.replace("?P<event>", "?P<event_s>")
_UNIT1 = r"day|week|fortnight|month|year"
#: After "N days since": the event's start ("the start of the offensive", "the offensive began").
_SINCE_TAIL = (
    rf"(?:the\s+(?:start|beginning|launch|outset)\s+of\s+{_EVENT_NP_S}|{EVENT_NP}"
    r"(?:\s+(?:to|for|against|on|in|of|by|near|around)(?:\s+[\w'\u2019-]+){1,4}?)?\s+"
    rf"{_BEGAN})"
)
#: What may stand between the event's noun and its age or verb: a name ("on Raqqa", "in the
#: Donbas") or a short common noun phrase ("in the city", "around the old port", "with the rebels").
_OWNER_PP = (r"(?:\s+(?:on|for|of|against|in|around|across|near|along|over|with|between|at)\s+"
             r"(?:(?:the\s+)?(?-i:[A-Z][\w'\u2019-]*)|(?P<np>the|its|their)\s+(?:(?-i:[a-z][\w'\u2019-]*)\s+)?"
             r"(?-i:[a-z][\w'\u2019-]*))){0,1}")
#: A long event's noun right before a predicate age: "the offensive, now", "the campaign is".
_AGE_OWNER = re.compile(
    rf"\b(?P<ev>(?:{EVENT_NOUNS}))\b{_OWNER_PP}"
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|has\s+been|had\s+been)\s+)?"
    r"(?:(?P<adv>now|already|just|only|barely|still)\s+)?,?\s*$", re.IGNORECASE)

#: The subject of "has raged for 12 days": a long event's noun right before the verb.
_LASTED_OWNER = re.compile(
    rf"\b(?P<ev>(?:{EVENT_NOUNS}))\b{_OWNER_PP}"
    r"\s+$", re.IGNORECASE)

_MORE_UNITS = re.compile(r"\s*,?\s+and\s+(?:a\s+half|\S+\s+(?:hour|day|week|month)s?\b)", re.IGNORECASE)


def _hit(n: float | None, unit: str, q: str | None, start: int, end: int, **extra: str | int | float | None) -> Hit:
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": unit, **extra}
    if q:
        fields["qmod"] = " ".join(q.lower().split())
    return Hit("eventrel", "DURATION", fields, value=duration_value(n, unit), mod=mod_code(q), start=start, end=end,
               tense=False)


def _nth(m: re.Match[str]) -> Hit | None:
    prep = m.group("prep").lower()
    if grp(m, "poss"):
        h = _nth_poss(m)
        rule = "evr_nth_poss"
    elif grp(m, "art"):
        h = _nth_straight(m) if prep in _STRAIGHT_PREPS else None
        rule = "evr_nth_straight"
    else:
        # "entered the third week of ...": no; "by the third week of the siege" is not matched at all
        h = _nth_of(m) if prep in _OF_PREPS else None
        rule = "evr_nth_of"
    if h is not None:
        h.rule = rule
    return h


_OF_PREPS = frozenset(["on", "in", "for", "into", "was", "marked"])
_STRAIGHT_PREPS = frozenset(["for", "into", "on", "entered", "enters", "entering", "in"])


def _nth_of(m: re.Match[str]) -> Hit | None:
    k = ordinal_value(m.group("ord")) if grp(m, "ord") else int(m.group("dnum"))
    unit_word = (grp(m, "unit") or "day").lower()
    if k <= 1 or k > 400:
        # "the last day of the offensive": its end, not a count; "in the first week of the siege" is
        # told of the past as often as of the present, so it says nothing of the anchor
        return None
    h = Hit("eventrel", "DURATION", {"n": 1, "unit": unit_code(unit_word), "ordinal": k},
            value=duration_value(1, unit_code(unit_word)), tense=False)
    h.start = m.start("ord") if grp(m, "ord") else m.start("dayw")
    h.end = m.end("unit") if grp(m, "unit") else m.end("dnum")
    h.event_ref, h.event_relation = grp(m, "event") or grp(m, "fight"), f"{unit_word}_of"
    return h


_CALENDAR_HEADS = frozenset(["year", "month", "week", "season", "term", "session", "tournament", "game", "match"])


def _nth_poss(m: re.Match[str]) -> Hit | None:
    k = ordinal_value(m.group("pord"))
    if k <= 0 or m.group("poss").split()[-1].lower() in _CALENDAR_HEADS:
        return None  # "the month's second week": a calendar week, not an event's
    unit_word = m.group("punit").lower()
    unit = unit_code(unit_word)
    h = Hit("eventrel", "DURATION", {"n": 1, "unit": unit, "ordinal": k}, value=duration_value(1, unit), tense=False)
    h.start, h.end = m.start("pord"), m.end("punit")
    h.event_ref, h.event_relation = m.group("poss"), f"{unit_word}_of"
    return h


def _nth_straight(m: re.Match[str]) -> Hit | None:
    k = ordinal_value(m.group("sord"))
    art = m.group("art").lower()
    if k <= 0 or not (grp(m, "adj") or grp(m, "row") or art in ("a", "an")):
        return None  # "in its third week" is dur_event_ordinal's; "on the third day" alone is no count
    unit_word = m.group("sunit").lower()
    unit = unit_code(unit_word)
    h = Hit("eventrel", "DURATION", {"n": 1, "unit": unit, "ordinal": k}, value=duration_value(1, unit),
            tense=False)
    h.start, h.end = m.start("sord"), m.end("sunit")
    h.event_relation = f"{'day' if unit_word == 'night' else unit_word}_of"
    return h


def _count(m: re.Match[str]) -> Hit | None:
    if grp(m, "since"):
        h, rule = _since(m), "evr_since"
    elif grp(m, "old"):
        h, rule = _age_predicate(m), "evr_age_predicate"
    else:
        h, rule = _of_fighting(m), "evr_of_fighting"
    if h is not None:
        h.rule = rule
    return h


def _since(m: re.Match[str]) -> Hit | None:
    num = grp(m, "num")
    n = number_value(num) if num else 1.0
    if n is None or num is None and m.group("unit").lower().endswith("s"):
        return None  # "the weeks since the war began": no count
    start = m.start("qmod") if grp(m, "qmod") else (m.start("num") if num else m.start("unit"))
    h = _hit(n, unit_code(m.group("unit")), grp(m, "qmod"), start, m.end("unit"), direction="past")
    h.event_ref, h.event_relation = grp(m, "event") or grp(m, "event_s"), "into"
    return h


def _age_unit(m: re.Match[str]) -> Hit | None:
    h = _hit(1, unit_code(m.group("unit")), grp(m, "qmod"), m.start(), m.end("old"), direction="past")
    h.event_ref, h.event_relation = m.group("event_age"), "age"
    return h


def _age_predicate(m: re.Match[str]) -> Hit | None:
    own = _AGE_OWNER.search(m.string, max(0, m.start() - 60), m.start())
    if own is None:
        return None  # "He was 37 years old": a person's age
    n = number_value(m.group("num"))
    if n is None:
        return None
    if own.group("np") and not own.group("adv") and unit_code(m.group("unit")) not in ("D", "W", "FN", "M"):
        return None  # "the attack on the school, which is 40 years old": the building's age
    h = _hit(n, unit_code(m.group("unit")), grp(m, "qmod"), m.start(), m.end("old"), direction="past")
    h.event_ref, h.event_relation = own.group("ev"), "age"
    return h


def _of_fighting(m: re.Match[str]) -> Hit | None:
    n = number_value(m.group("num"))
    if n is None:
        return None  # "after days of fighting": no count (dur_plural_of's)
    start = m.start("qmod") if grp(m, "qmod") else m.start("num")
    h = _hit(n, unit_code(m.group("unit")), grp(m, "qmod"), start, m.end("unit"))
    h.event_ref, h.event_relation = m.group("fight"), "into"
    return h


def _has_lasted(m: re.Match[str]) -> Hit | None:
    own = _LASTED_OWNER.search(m.string, max(0, m.start() - 60), m.start())
    n = number_value(m.group("num"))
    if own is None or n is None or _MORE_UNITS.match(m.string, m.end()):
        # "it has lasted 12 days": no event named; "has lasted a year and a half": the compound
        # duration's (dur_and_half, dur_compound), found at its own start
        return None
    start = m.start("qmod") if grp(m, "qmod") else m.start("num")
    h = _hit(n, unit_code(m.group("unit")), grp(m, "qmod"), start, m.end("unit"), direction="past")
    h.event_ref, h.event_relation = own.group("ev"), "into"
    return h


RULES = [
    # evr_nth_of, evr_nth_poss and evr_nth_straight share one pattern (and one try at each "in the",
    # "on the", "for a" of a text); the builder names the rule that read the match
    Rule("evr_nth",
         r"(?P<prep>on|in|for|into|was|marked|entered|enters|entering)\s+(?:"
         rf"(?:the\s+(?P<ord>{ORD}|[1-9]\d\d(?:st|nd|rd|th))"
         rf"\s+(?P<unit>day|week|month)|(?P<dayw>day)\s+(?P<dnum>\d{{1,3}}))\s+of\s+"
         r"(?!(?:the|a|an|this|that|each|every|its|their)\s+(?:(?:new|calendar|fiscal|current|holy)\s+)?"
         r"(?:week|month|year|quarter|season|decade|century|term|semester|session)\b)"
         rf"(?:{EVENT_NP}|(?P<fight>{_FIGHTING}))(?![\w-])"
         rf"|(?P<poss>the\s+(?:[\w\u2019-]+\s+){{0,2}}?(?:{EVENT_NOUNS}))['\u2019]s\s+"
         rf"(?P<pord>{ORD}|[1-9]\d\d(?:st|nd|rd|th))\s+(?P<punit>day|week|month)(?![\w-])"
         rf"|(?P<art>a|an|the|its|their)\s+"
         rf"(?P<sord>{ORD}|[1-9]\d\d(?:st|nd|rd|th))\s+(?:(?P<adj>straight|consecutive|successive|running)\s+)?"
         r"(?P<sunit>day|night|week|month)(?![\w-])(?P<row>\s+(?:in\s+a\s+row|running))?(?!\s+of\b))",
         _nth, 24),
    # "endured a fourth straight day of air strikes": the indefinite ordinal count with "straight"
    # is the running count whatever verb is before it, and "of <activity>" names what runs
    Rule("evr_nth_straight",
         rf"(?P<art>a|an)\s+(?P<sord>{ORD}|[1-9]\d\d(?:st|nd|rd|th))\s+(?P<adj>straight|consecutive|successive)\s+"
         r"(?P<sunit>day|night|week|month)(?![\w-])",
         _nth_straight, 25),
    # evr_since, evr_age_predicate and evr_of_fighting share one pattern (one try at each count)
    Rule("evr_count",
         rf"(?:the\s+)?{MOD}?(?P<num>{NUM})[\s-]+(?P<unit>(?:{_UNIT1})s?)(?:"
         rf"(?P<since>\s+since\s+{_SINCE_TAIL})"
         rf"|(?P<old>\s+old)"
         rf"|\s+of\s+(?P<fight>{_FIGHTING}))(?![\w-])",
         _count, 22),
    Rule("evr_since",
         rf"the\s+(?P<unit>day|week|fortnight|month|year)\s+since\s+{_SINCE_TAIL}(?![\w-])",
         _since, 22),
    Rule("evr_age_unit",
         rf"{MOD}?(?P<unit>{_UNIT1})(?P<old>-old)\s+(?P<event_age>(?:[\w'-]+\s+){{0,2}}?(?:{EVENT_NOUNS}))(?![\w-])",
         _age_unit, 24),
    Rule("evr_has_lasted",
         r"(?:has|have)\s+(?:now\s+|already\s+)?(?:raged|lasted|continued|dragged\s+on|gone\s+on|run|"
         r"been\s+(?:going\s+on|under\s*way|raging|running|ongoing|in\s+progress))\s+(?:for\s+)?"
         rf"{MOD}?(?P<num>{NUM})[\s-]+(?P<unit>(?:{_UNIT1})s?)(?![\w-])",
         _has_lasted, 24),
]


#: The example corpus (sentences we wrote), anchor 2016-10-29.
EXAMPLES = [
    Example("Troops took the bridge on the 10th day of the offensive.", "10th day", "P1D", interval=None),
    Example("Food ran out on day 12 of the siege.", "day 12", "P1D", interval=None),
    Example("On the offensive's 12th day, troops reached the outskirts.", "12th day", "P1D", interval=None),
    Example("In the Mosul offensive\u2019s second week, troops reached the outskirts.", "second week", "P1W",
            interval=None),
    Example("Shells fell in the third week of the siege.", "third week", "P1W", interval=None),
    Example("Shelling continued for a 15th straight day.", "15th straight day", "P1D", interval=None),
    Example("The port city endured a sixth straight day of naval shelling on Monday.", "sixth straight day", "P1D",
            interval=None),
    Example("Miners began a third consecutive week of strikes.", "third consecutive week", "P1W", interval=None),
    Example("Shelling went on for the 15th consecutive day.", "15th consecutive day", "P1D", interval=None),
    Example("Protesters rallied for the third day in a row.", "third day", "P1D", interval=None),
    Example("Crowds gathered for a second day on Tuesday.", "second day", "P1D", interval=None),
    Example("The strike went into a third week.", "third week", "P1W", interval=None),
    Example("Troops entered the town on the 12th day of fighting.", "12th day", "P1D", interval=None),
    Example("In the fortnight since the assault began, troops advanced.", "fortnight", "P2W",
            interval=("2016-10-15", "2016-10-29")),
    Example("In the 12 days since the offensive was launched, 40 villages fell.", "12 days", "P12D",
            interval=("2016-10-17", "2016-10-29")),
    Example("Troops advanced in the two weeks since the offensive to retake the city began.", "two weeks", "P2W",
            interval=("2016-10-15", "2016-10-29")),
    Example("It is nearly three weeks since the start of the campaign.", "nearly three weeks", "P3W", mod="APPROX"),
    Example("The week-old operation has stalled.", "week-old", "P1W", interval=("2016-10-22", "2016-10-29")),
    Example("The offensive, now 12 days old, has slowed.", "12 days old", "P12D",
            interval=("2016-10-17", "2016-10-29")),
    Example("The offensive on Raqqa, already three weeks old, has slowed.", "three weeks old", "P3W"),
    # ... the noun's own phrase may name no place ("in the valley", "with the rebels")
    Example("The truce in the valley, barely five days old, is holding.", "five days old", "P5D",
            interval=("2016-10-24", "2016-10-29")),
    Example("The talks with the rebels, now a month old, resumed in Doha.", "a month old", "P1M"),
    Example("The insurgency in the delta, now six years old, flared again.", "six years old", "P6Y"),
    Example("It was the 12th day of the offensive.", "12th day", "P1D", interval=None),
    Example("The campaign, which is almost two weeks old, has slowed.", "almost two weeks old", "P2W", mod="APPROX"),
    Example("The campaign is nearly a fortnight old.", "nearly a fortnight old", "P2W", mod="APPROX"),
    Example("The offensive on Raqqa has raged for 12 days.", "12 days", "P12D", interval=("2016-10-17", "2016-10-29")),
    Example("Fighting has gone on for nearly three weeks.", "nearly three weeks", "P3W", mod="APPROX"),
    Example("After 12 days of fighting, troops took the town.", "12 days", "P12D", interval=None),
    Example("More than two weeks of heavy clashes have left the city in ruins.", "More than two weeks", "P2W",
            mod="MORE_THAN"),
]

#: Things that must not be read as an event-relative time by this family.
NEGATIVES = [
    Example("A 12-day-old baby was found in the rubble.", "12-day-old"),
    Example("He was 37 years old when he fled.", "37 years old"),
    Example("The raid on the mosque, which is 300 years old, was condemned.", "300 years old"),
    Example("A 3,000-strong force moved north.", None),
    Example("The last day of the offensive was quiet.", "last day"),
    Example("The week-old baby survived.", "week-old"),
    Example("He left on the third day of the month.", "third day"),
    Example("In the first week of the siege, food ran out.", "first week"),
    Example("By the third week of the siege, food had run out.", "third week"),
    Example("Sales rose in the month's second week.", "second week"),
    Example("A second day of talks is planned.", "second day"),
]
