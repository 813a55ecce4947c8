"""Named days: Christmas, New Year's Day, Thanksgiving, Independence Day, Election Day, Halloween,
Valentine's Day, Labor Day, Memorial Day, Easter (Western).

Rule ``hol_named`` (optionally with "last"/"next"/"this" before or a year after).  The day is
computed for the year chosen like a month without a year (by tense), so "last Thanksgiving"
written in January 2000 is 1999-11-25.
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import YEAR4
from timeline._extract._rule import Example, Hit, Rule, grp

__all__ = ["EXAMPLES", "HOLIDAYS", "NEGATIVES", "RULES"]

#: name -> rule: ("fixed", month, day) | ("nth", month, weekday, n) (n=-1: last) | ("easter", offset days)
HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "christmas": ("fixed", 12, 25, 0), "christmas day": ("fixed", 12, 25, 0),
    "christmas eve": ("fixed", 12, 24, 0), "new year's day": ("fixed", 1, 1, 0),
    "new year's eve": ("fixed", 12, 31, 0), "independence day": ("fixed", 7, 4, 0),
    "halloween": ("fixed", 10, 31, 0), "valentine's day": ("fixed", 2, 14, 0),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4),
    "labor day": ("nth", 9, 0, 1), "memorial day": ("nth", 5, 0, -1),
    "election day": ("election", 11, 1, 0), "easter": ("easter", 0, 0, 0),
    "easter sunday": ("easter", 0, 0, 0), "good friday": ("easter", 0, 0, -2),
    "easter monday": ("easter", 0, 0, 1),
}
_NAMES = "|".join(re.escape(k).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
                  for k in sorted(HOLIDAYS, key=len, reverse=True))

# Title-cased names only ("Christmas", "Election Day"): lower case is an ordinary phrase.
_TITLED = "(?-i:" + "|".join(
    re.escape(" ".join(w[0].upper() + w[1:] for w in k.split())).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
    for k in sorted(HOLIDAYS, key=len, reverse=True)) + ")"


def _build(m: re.Match[str]) -> Hit | None:
    name = " ".join(m.group("name").lower().replace("\u2019", "'").split())
    how, month, x, n = HOLIDAYS[name]
    # the rule itself travels in the spec, so resolution needs no table of its own
    f: dict[str, str | int | float | bool | None] = {"holiday": name, "how": how, "hmonth": month, "hx": x, "hn": n}
    sh = grp(m, "shift")
    if sh:
        f["shift"] = {"last": -1, "next": 1, "this": 0}[sh.lower()]
    if grp(m, "year"):
        f["year"] = int(m.group("year"))
    return Hit("holiday", "DATE", f)


RULES = [
    Rule("hol_named",
         rf"(?:(?P<shift>last|next|this)\s+)?(?P<name>{_TITLED})"
         rf"(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
         _build, 12),
]

EXAMPLES = [
    Example("The boy was found on Thanksgiving Day.", "Thanksgiving Day", "2015-11-26", anchor="2016-01-07"),
    Example("He arrived last Thanksgiving.", "last Thanksgiving", "2015-11-26", anchor="2016-01-07"),
    Example("Shops will close on Christmas Day.", "Christmas Day", "2016-12-25"),
    Example("The campaign runs until Election Day.", "Election Day", "2016-11-08"),
    Example("They met at Easter 2015.", "Easter 2015", "2015-04-05"),
    Example("The offensive paused over Christmas.", "Christmas", "2015-12-25"),
    Example("Results come after Election Day, officials will say.", "Election Day", "2016-11-08"),
]

NEGATIVES = [
    Example("The christmas-tree market opened.", "christmas"),
]
