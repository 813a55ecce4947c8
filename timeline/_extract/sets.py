"""Sets (recurring times): "every week", "each Friday", "daily", "twice a week", "on Fridays".

Rules: ``set_every`` (every/each + unit, part of day or weekday; "every single day", "each and every
night"), ``set_adverb`` (daily,
weekly, monthly, yearly, annually, hourly, nightly, quarterly; "on a daily basis"; not the adjective
"a quarterly dividend" nor the noun "a quarterly of ten cents"; but the adjective before an act that recurs: "a daily five-hour halt to the
fighting", "nightly raids"), ``set_freq`` (once/twice/N times a/per unit, "twice daily"), ``set_plural_weekday`` ("on Fridays").  The value is written at extraction
(``P1W``, ``XXXX-WXX-5``) with ``quant``/``freq``; sets get no interval.
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import (
    MONTH_BARE_SAFE,
    NUM,
    WEEKDAY,
    month_number,
    number_value,
    season_code,
    weekday_number,
)
from timeline._extract._rule import Example, Hit, Rule, grp

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_UNIT_VAL = {"second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D",
             "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q", "decade": "P10Y",
             "weekend": "XXXX-WXX-WE", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
             "evening": "XXXX-XX-XXTEV", "fortnight": "P2W"}
_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W", "fortnightly": "P2W"}
_UNIT = r"second|minute|hour|day|night|week|weekend|month|year|quarter|decade|morning|afternoon|evening|fortnight"


def _every(m: re.Match[str]) -> Hit | None:
    quant = "EACH" if m.group("q").lower() == "each" and "every" not in m.group().lower() else "EVERY"
    if m.group("mon"):  # "each July": that month of every year
        return Hit("set", "SET", {}, value=f"XXXX-{month_number(m.group('mon')):02d}", quant=quant, tense=False)
    if m.group("season"):
        return Hit("set", "SET", {}, value=f"XXXX-{season_code(m.group('season'))}", quant=quant, tense=False)
    wd = m.group("wd")
    if wd:
        return Hit("set", "SET", {}, value=f"XXXX-WXX-{weekday_number(wd) + 1}", quant=quant, tense=False)
    u = m.group("unit").lower()
    n = number_value(m.group("num")) if m.group("num") else None
    val = _UNIT_VAL[u]
    if n and n > 1 and val.startswith("P"):
        val = val.replace("1", str(int(n)), 1)
    elif m.group("num") and n is None and val.startswith("P"):
        val = val.replace("1", "X", 1)  # "every few days": PXD
    if m.group("other"):
        val = val.replace("1", "2", 1)
    return Hit("set", "SET", {}, value=val, quant=quant, tense=False)


_TITLE = re.compile(r"\s+[A-Z]")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|for|to|from|by|with|since|until|as|if|when|while|through|during|"
    r"over|under|after|before|the|a|an|this|that|it|is|are|was|were|will|would|can|could|than|along|across|around|"
    r"into|onto|outside|inside|near|against|throughout|beyond|toward|towards|amid|despite|via)\b)[a-z]{3,}\b")


_BASIS = re.compile(r"\s+basis\b")
#: An adjective SET before an act that recurs ("a daily five-hour halt to the fighting", "nightly
#: raids", "weekly protests"): the act happens every day (week); before any other noun the word is
#: a plain adjective ("daily life", "the daily newspaper", "average daily volume") and no time.
_RECURRING_ACT = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:halts?|pauses?|truces?|cease-?fires?|lulls?|humanitarian\s+corridors?|"
    r"shelling|bombardments?|bombings?|barrages?|(?:air\s*)?strikes|airstrikes|raids|attacks|assaults|sorties|"
    r"clashes|fighting|protests|rallies|demonstrations|marches|curfews?|patrols|convoys|evacuations|blackouts|"
    r"power\s+cuts|outages)\b")
_OF = re.compile(r"\s+of\b")
#: A capitalised word right before a capitalised "Daily"/"Weekly": the end of a name ("Dnipro Daily").
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b[A-Z][\w'’-]*\s+$")


def _adverb(m: re.Match[str]) -> Hit | None:
    if m.group("adv")[0].isupper() and (_TITLE.match(m.string, m.end())
                                         or _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())):
        return None  # a name: "Daily Telegraph", "Weekly Standard", "(Dnipro Daily)", "the Gulf Daily"
    if _BASIS.match(m.string, m.end()):
        return Hit("set", "SET", {}, value=_ADV[m.group("adv").lower()], end=m.end(), tense=False)  # "on a daily basis"
    if m.group("adv").islower() and _RECURRING_ACT.match(m.string, m.end()):
        return Hit("set", "SET", {}, value=_ADV[m.group("adv").lower()], tense=False)  # "a daily pause"
    if _NOUN_AFTER.match(m.string, m.end()) or _OF.match(m.string, m.end()):
        return None  # an adjective: "a quarterly dividend", "the annual meeting"
    return Hit("set", "SET", {}, value=_ADV[m.group("adv").lower()], tense=False)


def _freq(m: re.Match[str]) -> Hit | None:
    times = m.group("times").lower()
    k = {"once": 1, "twice": 2, "thrice": 3}.get(times)
    if k is None:
        k = int(number_value(m.group("tn")) or 1)
    adv = grp(m, "adv")  # "twice daily", "three times weekly"
    value = _ADV[adv.lower()] if adv else _UNIT_VAL[m.group("unit").lower()]
    return Hit("set", "SET", {}, value=value, freq=f"{k}X", tense=False)


def _plural_wd(m: re.Match[str]) -> Hit | None:
    return Hit("set", "SET", {}, value=f"XXXX-WXX-{weekday_number(m.group('wd')[:-1]) + 1}", quant="EVERY",
               start=m.start("wd"), tense=False)


RULES = [
    Rule("set_every",
         rf"(?P<q>every|each)\s+(?:and\s+every\s+|single\s+)?(?:(?P<mon>{MONTH_BARE_SAFE}|(?-i:May|March|August))|(?P<season>summer|winter|spring|autumn)"
         rf"|(?:(?P<other>other)\s+|(?P<num>{NUM})\s+)?(?:(?P<wd>{WEEKDAY})|(?P<unit>{_UNIT})s?))(?![\w-])",
         _every, 7),
    Rule("set_adverb",
         r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly)(?![\w-])"
         r"(?!\s+(?:newsletter|newspaper|paper|bulletin|briefing|mail|e-?mail|digest|news|edition|column|show|magazine|podcast|update))"
         "",
         _adverb, 43),
    Rule("set_freq",
         rf"(?P<times>once|twice|thrice|(?P<tn>{NUM})\s+times)\s+(?:(?:a|an|per|every|each)\s+(?P<unit>{_UNIT})"
         r"|(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly))(?![\w-])",
         _freq, 7),
    Rule("set_plural_weekday", r"on\s+(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?![\w-])",
         _plural_wd, 7),
]

EXAMPLES = [
    Example("Inspectors visit every week.", "every week", "P1W", type="SET", interval=None),
    Example("Prayers are held each Friday.", "each Friday", "XXXX-WXX-5", type="SET"),
    Example("The data is updated daily.", "daily", "P1D", type="SET"),
    Example("The council meets twice a month.", "twice a month", "P1M", type="SET"),
    Example("Markets close early on Fridays.", "Fridays", "XXXX-WXX-5", type="SET"),
    Example("Patrols run every other day.", "every other day", "P2D", type="SET"),
    Example("Figures are published monthly.", "monthly", "P1M", type="SET"),
    Example("Inspectors come three times a year.", "three times a year", "P1Y", type="SET"),
    Example("Shelling resumes each night.", "each night", "P1D", type="SET"),
    Example("Checkpoints are moved on a daily basis.", "daily", "P1D", type="SET"),
    Example("The firm pays interest every quarter.", "every quarter", "P1Q", type="SET"),
    Example("Pilgrims crowd the shrine each July.", "each July", "XXXX-07", type="SET"),
    Example("The river floods every spring.", "every spring", "XXXX-SP", type="SET"),
    Example("Results are reported quarterly.", "quarterly", "P1Q", type="SET"),
    Example("Engineers inspect the bridge weekly, the ministry said.", "weekly", "P1W", type="SET"),
    Example("Crowds gather daily Monday to Friday outside the court.", "daily", "P1D", type="SET"),
    Example("Mortars fell on the camp every single day.", "every single day", "P1D", type="SET"),
    Example("Supply lorries got through every few days.", "every few days", "PXD", type="SET"),
    Example("Drones circled the village each and every night.", "each and every night", "P1D", type="SET"),
    Example("The junta declared a daily six-hour truce in the north.", "daily", "P1D", type="SET"),
    Example("Villagers dread the nightly raids by the militia.", "nightly", "P1D", type="SET"),
    Example("Students staged weekly protests outside parliament.", "weekly", "P1W", type="SET"),
    Example("Aid flights now land twice daily at the airstrip.", "twice daily", "P1D", type="SET"),
    Example("Monitors visit the crossing three times weekly.", "three times weekly", "P1W", type="SET"),
    Example("Rebels and troops traded fire nightly along the river.", "nightly", "P1D", type="SET"),
    Example("The curfew was lifted. Daily, the lorries now cross at dawn.", "Daily", "P1D", type="SET"),
]

NEGATIVES = [
    Example("Sign up to our daily newsletter.", "daily"),
    Example("The Daily Telegraph reported it.", "Daily"),
    Example("The firm pays a quarterly dividend.", "quarterly"),
    Example("Each may choose a seat.", "may"),
    Example("She writes for the daily newspaper in Lagos.", "daily"),
    Example("The Daily Mail printed the photographs.", "Daily"),
    Example("A reporter for the Daily Star was detained.", "Daily"),
    Example("KYIV (Dnipro Daily) - Shelling resumed at dawn.", "Daily"),
    Example("The figures were first printed by the Gulf Weekly on Sunday.", "Weekly"),
    Example("Daily life in the camp is hard.", "Daily"),
    Example("The siege disrupted daily life for months.", "daily"),
    Example("Average daily volume on the exchange fell.", "daily"),
    Example("The board declared a quarterly of ten cents a share.", "quarterly"),
]
