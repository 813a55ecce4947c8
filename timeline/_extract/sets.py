"""Sets (recurring times): "every week", "each Friday", "daily", "twice a week", "on Fridays".

Rules: ``set_every`` (every/each + unit, part of day or weekday), ``set_adverb`` (daily,
weekly, monthly, yearly, annually, hourly, nightly, quarterly; "on a daily basis"; not the adjective
"a quarterly dividend" nor the noun "a quarterly of ten cents"), ``set_freq`` (once/twice/N times
a/per unit), ``set_plural_weekday`` ("on Fridays").  The value is written at extraction
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
from timeline._extract._rule import Example, Hit, Rule

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_UNIT_VAL = {"second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D",
             "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q", "decade": "P10Y",
             "weekend": "XXXX-WXX-WE", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
             "evening": "XXXX-XX-XXTEV", "fortnight": "P2W"}
_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W", "fortnightly": "P2W"}
_UNIT = r"second|minute|hour|day|night|week|weekend|month|year|quarter|decade|morning|afternoon|evening|fortnight"


def _every(m: re.Match[str]) -> Hit | None:
    quant = "EVERY" if m.group("q").lower() == "every" else "EACH"
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
    if m.group("other"):
        val = val.replace("1", "2", 1)
    return Hit("set", "SET", {}, value=val, quant=quant, tense=False)


_TITLE = re.compile(r"\s+[A-Z]")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|for|to|from|by|with|since|until|as|if|when|while|through|during|"
    r"over|under|after|before|the|a|an|this|that|it|is|are|was|were|will|would|can|could|than)\b)[a-z]{3,}\b")


_BASIS = re.compile(r"\s+basis\b")
_OF = re.compile(r"\s+of\b")


def _adverb(m: re.Match[str]) -> Hit | None:
    if m.group("adv")[0].isupper() and _TITLE.match(m.string, m.end()):
        return None  # a name: "Daily Telegraph", "Weekly Standard"
    if _BASIS.match(m.string, m.end()):
        return Hit("set", "SET", {}, value=_ADV[m.group("adv").lower()], end=m.end(), tense=False)  # "on a daily basis"
    if _NOUN_AFTER.match(m.string, m.end()) or _OF.match(m.string, m.end()):
        return None  # an adjective: "a quarterly dividend", "the annual meeting"
    return Hit("set", "SET", {}, value=_ADV[m.group("adv").lower()], tense=False)


def _freq(m: re.Match[str]) -> Hit | None:
    times = m.group("times").lower()
    k = {"once": 1, "twice": 2, "thrice": 3}.get(times)
    if k is None:
        k = int(number_value(m.group("tn")) or 1)
    return Hit("set", "SET", {}, value=_UNIT_VAL[m.group("unit").lower()], freq=f"{k}X", tense=False)


def _plural_wd(m: re.Match[str]) -> Hit | None:
    return Hit("set", "SET", {}, value=f"XXXX-WXX-{weekday_number(m.group('wd')[:-1]) + 1}", quant="EVERY",
               start=m.start("wd"), tense=False)


RULES = [
    Rule("set_every",
         rf"(?P<q>every|each)\s+(?:(?P<mon>{MONTH_BARE_SAFE}|(?-i:May|March|August))|(?P<season>summer|winter|spring|autumn)"
         rf"|(?:(?P<other>other)\s+|(?P<num>{NUM})\s+)?(?:(?P<wd>{WEEKDAY})|(?P<unit>{_UNIT})s?))(?![\w-])",
         _every, 7),
    Rule("set_adverb",
         r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly)(?![\w-])"
         r"(?!\s+(?:newsletter|newspaper|paper|bulletin|briefing|mail|e-?mail|digest|news|edition|column|show|magazine|podcast|update))"
         "",
         _adverb, 43),
    Rule("set_freq",
         rf"(?P<times>once|twice|thrice|(?P<tn>{NUM})\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>{_UNIT})(?![\w-])",
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
]

NEGATIVES = [
    Example("Sign up to our daily newsletter.", "daily"),
    Example("The Daily Telegraph reported it.", "Daily"),
    Example("The firm pays a quarterly dividend.", "quarterly"),
    Example("Each may choose a seat.", "may"),
    Example("The board declared a quarterly of ten cents a share.", "quarterly"),
]
