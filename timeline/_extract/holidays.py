"""Named days: Christmas, New Year's Day, Thanksgiving, Independence Day, Election Day, Halloween,
Valentine's Day, Labor/Labour Day, Memorial Day, Easter (Western), Orthodox Christmas and Easter;
Islamic holidays: Eid al-Fitr, Eid al-Adha, Ashura and the month of Ramadan.

Rule ``hol_named`` (optionally with "last"/"next"/"this" before or a year after; "Easter week", "Holy
Week": the ISO week that ends on Easter Sunday).  Rule
``hol_islamic`` ("Eid al-Fitr", "Eid ul-Adha", "during Ramadan", "the holy month of Ramadan"; not a
person named Ramadan: "Taha Yassin Ramadan", "Ramadan Abdullah"): their day comes from the
arithmetical (tabular) Islamic calendar, which is the day the Saudi calendar gives or the day after;
a country that waits for the new moon to be sighted often starts a day later, so the interval
allows one day either way.  The day is
computed for the year chosen like a month without a year (by tense), so "last Thanksgiving"
written in January 2000 is 1999-11-25.

Some holidays are national: Independence Day is July 4 only in the United States (June 12 in the
Philippines, August 24 in Ukraine ...), Thanksgiving is in October in Canada, Labour Day is May 1
in most of the world, Memorial Day and Election Day are American.  For those the country is read
from the document: the country (name, demonym or capital) named most often in the text, ties going
to the first named.  A country without that holiday, or no country at all, leaves the day unknown
(``how = "unknown"``): resolution then takes the day of a date named next to it in the same
sentence ("by Independence Day next Monday", "raised yesterday to mark Independence Day"), and
otherwise gives no value rather than a confident American one.
"""

from __future__ import annotations

import re

from timeline._extract._caseless import fast
from timeline._extract._lexicon import YEAR4
from timeline._extract._rule import Example, Hit, Rule, grp

__all__ = ["EXAMPLES", "HOLIDAYS", "NATIONAL", "NEGATIVES", "RULES", "country_of"]

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
    # the week that ends on Easter Sunday (its ISO week): "as Easter week began", "during Holy Week"
    "easter week": ("easter", 0, 0, 0), "holy week": ("easter", 0, 0, 0),
    # the Orthodox (Julian) feasts, as Gregorian days: Christmas on January 7 (1901-2099)
    "orthodox christmas": ("fixed", 1, 7, 0), "orthodox easter": ("jeaster", 0, 0, 0),
}
#: Islamic holidays: name -> (Hijri month, day); Ramadan is the whole month
ISLAMIC: dict[str, tuple[int, int]] = {"eid al-fitr": (10, 1), "eid al-adha": (12, 10), "ashura": (1, 10),
                                       "ramadan": (9, 1)}
#: holidays whose day depends on the country: name -> {country: rule}; a country missing has none
NATIONAL: dict[str, dict[str, tuple[str, int, int, int]]] = {
    "independence day": {
        "US": ("fixed", 7, 4, 0), "PH": ("fixed", 6, 12, 0), "UA": ("fixed", 8, 24, 0),
        "IN": ("fixed", 8, 15, 0), "PK": ("fixed", 8, 14, 0), "ID": ("fixed", 8, 17, 0),
        "MX": ("fixed", 9, 16, 0), "NG": ("fixed", 10, 1, 0), "GH": ("fixed", 3, 6, 0),
        "KE": ("fixed", 12, 12, 0), "DZ": ("fixed", 7, 5, 0), "BR": ("fixed", 9, 7, 0),
        "AR": ("fixed", 7, 9, 0), "VE": ("fixed", 7, 5, 0), "CO": ("fixed", 7, 20, 0),
        "PE": ("fixed", 7, 28, 0), "CL": ("fixed", 9, 18, 0), "BD": ("fixed", 3, 26, 0),
        "LK": ("fixed", 2, 4, 0), "LB": ("fixed", 11, 22, 0), "IQ": ("fixed", 10, 3, 0),
        "JO": ("fixed", 5, 25, 0), "TN": ("fixed", 3, 20, 0), "MA": ("fixed", 11, 18, 0),
        "LY": ("fixed", 12, 24, 0), "SS": ("fixed", 7, 9, 0), "SD": ("fixed", 1, 1, 0),
        "SO": ("fixed", 7, 1, 0), "CD": ("fixed", 6, 30, 0), "VN": ("fixed", 9, 2, 0),
        "MY": ("fixed", 8, 31, 0), "FI": ("fixed", 12, 6, 0), "PL": ("fixed", 11, 11, 0),
        "GE": ("fixed", 5, 26, 0), "AM": ("fixed", 9, 21, 0), "MD": ("fixed", 8, 27, 0),
        "KZ": ("fixed", 12, 16, 0), "BY": ("fixed", 7, 3, 0), "AF": ("fixed", 8, 19, 0),
        "MM": ("fixed", 1, 4, 0), "KH": ("fixed", 11, 9, 0), "ZW": ("fixed", 4, 18, 0),
    },
    "thanksgiving": {"US": ("nth", 11, 3, 4), "CA": ("nth", 10, 0, 2)},
    "thanksgiving day": {"US": ("nth", 11, 3, 4), "CA": ("nth", 10, 0, 2)},
    "labor day": {"US": ("nth", 9, 0, 1), "CA": ("nth", 9, 0, 1)},
    "labour day": {"CA": ("nth", 9, 0, 1), "*": ("fixed", 5, 1, 0)},
    "memorial day": {"US": ("nth", 5, 0, -1)},
    "election day": {"US": ("election", 11, 1, 0)},
}
HOLIDAYS["labour day"] = ("fixed", 5, 1, 0)
#: country -> what names it in a text (names, demonyms, capitals), matched case-sensitively
_COUNTRY_WORDS = {
    "US": r"U\.S\.|U\.S\.A\.|USA|United\s+States|Americans?|America|Washington|White\s+House|Congress|Pentagon|Wall\s+Street",
    "PH": r"Philippines?|Filipinos?|Philippine|Manila|Mindanao", "UA": r"Ukraine|Ukrainians?|Kyiv|Kiev",
    "IN": r"India|Indians?|New\s+Delhi", "PK": r"Pakistan|Pakistanis?|Islamabad", "ID": r"Indonesian?s?|Jakarta",
    "MX": r"Mexic(?:o|ans?)|Mexico\s+City", "NG": r"Nigerian?s?|Abuja", "GH": r"Ghana(?:ians?)?|Accra",
    "KE": r"Kenyan?s?|Nairobi", "DZ": r"Algerian?s?|Algiers", "BR": r"Brazil(?:ians?)?|Brasilia",
    "AR": r"Argentin(?:a|es?|ians?)|Buenos\s+Aires", "VE": r"Venezuelan?s?|Caracas", "CO": r"Colombian?s?|Bogota",
    "PE": r"Peru(?:vians?)?|Lima", "CL": r"Chile(?:ans?)?|Santiago", "BD": r"Bangladesh(?:is?)?|Dhaka",
    "LK": r"Sri\s+Lanka(?:ns?)?|Colombo", "LB": r"Leban(?:on|ese)|Beirut", "IQ": r"Iraq(?:is?)?|Baghdad",
    "JO": r"Jordan(?:ians?)?|Amman", "TN": r"Tunisian?s?|Tunis", "MA": r"Morocc(?:o|ans?)|Rabat",
    "LY": r"Libyan?s?|Tripoli", "SS": r"South\s+Sudan(?:ese)?|Juba", "SD": r"(?<!South\s)Sudan(?:ese)?|Khartoum",
    "SO": r"Somali(?:a|s)?|Mogadishu", "CD": r"Congo(?:lese)?|Kinshasa", "VN": r"Vietnam(?:ese)?|Hanoi",
    "MY": r"Malaysian?s?|Kuala\s+Lumpur", "FI": r"Finland|Finnish|Finns?|Helsinki", "PL": r"Poland|Polish|Poles|Warsaw",
    "GE": r"Georgian?s?(?!\s+(?:Street|Avenue))|Tbilisi", "AM": r"Armenian?s?|Yerevan", "MD": r"Moldov(?:a|ans?)|Chisinau",
    "KZ": r"Kazakh(?:stan|s)?|Astana|Almaty", "BY": r"Belarus(?:ians?)?|Minsk", "AF": r"Afghan(?:istan|s)?|Kabul",
    "MM": r"Myanmar|Burm(?:a|ese)|Naypyitaw|Yangon", "KH": r"Cambodian?s?|Phnom\s+Penh", "ZW": r"Zimbabwe(?:ans?)?|Harare",
    "CA": r"Canad(?:a|ians?)|Ottawa",
}
_COUNTRY = fast(re.compile(  # fast(): same matches, ~20x faster (a first-character guard)
    "|".join(rf"(?P<{c}>(?<!\w)(?:{w})(?!\w))" for c, w in _COUNTRY_WORDS.items())))


def country_of(text: str) -> str | None:
    """The country a text is about: the one named most often (ties: the first named)."""
    # the same document asks once per holiday it names: remember the last answer (strings are immutable)
    last = _LAST_COUNTRY[0]  # one read: safe if threads share the module
    if last[0] is text:
        return last[1]
    c = _country_of(text)
    _LAST_COUNTRY[0] = (text, c)
    return c


_LAST_COUNTRY: list[tuple[str | None, str | None]] = [(None, None)]


def _country_of(text: str) -> str | None:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _COUNTRY.finditer(text):
        c = m.lastgroup or ""
        counts[c] = counts.get(c, 0) + 1
        first.setdefault(c, m.start())
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


_SENT_LEFT = re.compile(r"[.!?](?=\s)|\n")
_SENT_RIGHT = re.compile(r"[.!?](?=\s|$)|\n")
_NEAR = 80  # characters: how far a date named with the holiday may be


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _NEAR)
    for m in _SENT_LEFT.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + _NEAR)
    m2 = _SENT_RIGHT.search(text, end, hi)
    return lo, (m2.start() if m2 else hi)


_NAMES = "|".join(re.escape(k).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
                  for k in sorted(HOLIDAYS, key=len, reverse=True))

# Title-cased names only ("Christmas", "Election Day"): lower case is an ordinary phrase.
_TITLED = "(?-i:" + "|".join(
    re.escape(" ".join(w[0].upper() + w[1:] for w in k.split())).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
    for k in sorted(HOLIDAYS, key=len, reverse=True)).replace("Week", "[Ww]eek") + ")"


def _build(m: re.Match[str]) -> Hit | None:
    name = " ".join(m.group("name").lower().replace("\u2019", "'").split())
    how, month, x, n = HOLIDAYS[name]
    national = NATIONAL.get(name)
    country = None
    if national is not None:
        country = country_of(m.string)
        rule = national.get(country or "") or national.get("*")
        how, month, x, n = rule if rule is not None else ("unknown", 0, 0, 0)
    # the rule itself travels in the spec, so resolution needs no table of its own
    f: dict[str, str | int | float | bool | None] = {"holiday": name, "how": how, "hmonth": month, "hx": x, "hn": n}
    if country:
        f["country"] = country
    if name.endswith(" week"):
        f["week"] = True  # the ISO week holding the feast day
    if national is not None:  # resolution looks for a day named next to it in [near_lo, near_hi)
        f["near_lo"], f["near_hi"] = _sentence_bounds(m.string, m.start(), m.end())
    return Hit("holiday", "DATE", _shift_and_year(m, f))


_ISLAMIC = (r"(?-i:(?P<eid>Eid)[\s-]+(?:(?:al|ul|el|Al|Ul|El)[\s-]*)?(?P<feast>Fitr|Adha|fitr|adha)|(?P<ashura>Ashura)"
            r"|(?P<ramadan>Ramadan))")
#: before "Ramadan", words that make it the month ("during Ramadan", "the holy month of Ramadan"); a
#: capitalised word before it is a name ("Taha Yassin Ramadan"), unless it starts the sentence
_MONTH_CUE = re.compile(r"\b(?:during|in|before|after|since|until|till|through|throughout|for|of|by|ahead\s+of|"
                        r"start|end|beginning|middle|the|this|last|next|each|every|month|holy|fasting)\s+$",
                        re.IGNORECASE)
#: ... or after it ("Ramadan begins", "the Ramadan truce")
_MONTH_AFTER = re.compile(r"\s+(?:fast|fasting|month|truce|ceasefire|holiday|holidays|prayers?|feast|begins|began|"
                          r"starts|started|ends|ended|Eve|Day|Kareem|Mubarak)\b")


def _islamic(m: re.Match[str]) -> Hit | None:
    text = m.string
    if grp(m, "ramadan") or grp(m, "ashura"):
        # also a given name ("Taha Yassin Ramadan", "met Ramadan", "Ramadan Abdullah"): only with a
        # word of time before or after it is it the month / the day
        before = text[max(0, m.start() - 30):m.start()]
        if not grp(m, "shift") and not _MONTH_CUE.search(before) and not _MONTH_AFTER.match(text, m.end()):
            return None
    if grp(m, "ramadan"):
        name = "ramadan"
    elif grp(m, "ashura"):
        name = "ashura"
    else:
        name = "eid al-fitr" if m.group("feast").lower() == "fitr" else "eid al-adha"
    month, day = ISLAMIC[name]
    f: dict[str, str | int | float | bool | None] = {"holiday": name, "how": "hijri", "hmonth": month, "hx": day, "hn": 0}
    if name == "ramadan":
        f["period"] = True
    return Hit("holiday", "DATE", _shift_and_year(m, f))


RULES = [
    Rule("hol_islamic",
         rf"(?:(?P<shift>last|next|this)\s+)?{_ISLAMIC}(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
         _islamic, 12),
    Rule("hol_named",
         rf"(?:(?P<shift>last|next|this)\s+)?(?P<name>{_TITLED})"
         rf"(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
         _build, 12),
]

EXAMPLES = [
    # national holidays: the country of the text picks the day, or a date named next to it
    Example("Manila: Filipinos will fly flags on Independence Day.", "Independence Day", "2017-06-12",
            anchor="2017-05-30"),
    Example("In Kyiv, Ukrainians marked Independence Day under air-raid sirens.", "Independence Day",
            "2022-08-24", anchor="2022-08-25"),
    Example("The parade marking Independence Day in Washington was cancelled.", "Independence Day",
            "2017-07-04", anchor="2017-07-06"),
    Example("Flags went up on the square yesterday to mark Independence Day.", "Independence Day",
            "2017-06-12", anchor="2017-06-13"),
    Example("The rebels promised a truce by Independence Day next Monday.", "Independence Day",
            "2017-06-12", anchor="2017-06-09"),
    Example("Philippine officials had pledged to retake the city by Independence Day next Monday.",
            "Independence Day", "2017-06-12", anchor="2017-06-09"),
    Example("Manila will hold a victory parade on Independence Day.", "Independence Day",
            "2017-06-12", anchor="2017-06-09"),
    Example("Shops stayed shut for Independence Day, the mayor said.", "Independence Day", "XXXX-XX-XX",
            anchor="2017-06-13", interval=None),
    Example("Canadians gathered for Thanksgiving in Ottawa.", "Thanksgiving", "2016-10-10"),
    Example("Workers marched in Paris on Labour Day.", "Labour Day", "2016-05-01"),
    Example("Americans returned from Labor Day weekend.", "Labor Day", "2016-09-05"),
    Example("The boy was found in Miami on Thanksgiving Day, U.S. officials said.", "Thanksgiving Day",
            "2015-11-26", anchor="2016-01-07"),
    Example("He arrived in America last Thanksgiving.", "last Thanksgiving", "2015-11-26", anchor="2016-01-07"),
    Example("Shops will close on Christmas Day.", "Christmas Day", "2016-12-25"),
    Example("The U.S. campaign runs until Election Day.", "Election Day", "2016-11-08"),
    Example("They met at Easter 2015.", "Easter 2015", "2015-04-05"),
    Example("The offensive paused over Christmas.", "Christmas", "2015-12-25"),
    Example("Results come after Election Day, American officials will say.", "Election Day", "2016-11-08"),
    # Islamic holidays: the tabular day, one day either way (Saudi dates: Eid al-Fitr 2017-06-25,
    # Eid al-Adha 2016-09-12, Ramadan 2016 from 2016-06-06; the Philippines: Eid al-Fitr 2017-06-26)
    Example("Marawi's residents spent Eid al-Fitr in evacuation camps.", "Eid al-Fitr", "2017-06-26",
            anchor="2017-06-27", interval=("2017-06-25", "2017-06-28")),
    Example("A truce is expected to hold over Eid al-Adha, the rebels said.", "Eid al-Adha", "2016-09-13",
            anchor="2016-09-08"),
    Example("Fighters in Yemen agreed a pause for Eid ul-Adha.", "Eid ul-Adha", "2016-09-13", anchor="2016-09-20"),
    Example("Shelling continued during Ramadan, residents said.", "Ramadan", "2016", anchor="2016-07-20",
            interval=("2016-06-06", "2016-07-08")),
    Example("Pilgrims marched to Karbala for Ashura.", "Ashura", "2016-10-12", anchor="2016-10-13"),
    Example("Fighting eased last Ramadan.", "last Ramadan", "2016", anchor="2016-10-13"),
    Example("Orthodox Christmas was marked in Kyiv under curfew.", "Orthodox Christmas", "2016-01-07",
            anchor="2016-01-10"),
    Example("Believers in Serbia celebrated Orthodox Easter.", "Orthodox Easter", "2016-05-01", anchor="2016-05-03"),
    # the week that ends on Easter Sunday (TimeBank dev: "as Easter week began" is that ISO week)
    Example("Protesters prayed for peace as Easter week began.", "Easter week", "2000-W16", anchor="2000-04-17"),
    Example("Pilgrims will crowd the Old City of Jerusalem during Holy Week.", "Holy Week", "2017-W15"),
    Example("Churches in Qaraqosh were shelled during Holy Week.", "Holy Week", "2016-W12"),
    Example("Easter Week 2015 passed quietly in Erbil.", "Easter Week 2015", "2015-W14"),
    Example("The ceasefire in Donbas held through Holy Week, monitors said.", "Holy Week", "2019-W16",
            anchor="2019-04-22"),
    Example("Monitors in Mosul expect calm in Easter week next year.", "Easter week", "2017-W15"),
]

NEGATIVES = [
    Example("The christmas-tree market opened.", "christmas"),
    Example("It was a holy week for the pilgrims of Karbala.", "holy week"),
    Example("Easter weekend traffic jammed the roads.", "weekend"),
    Example("Iraqi Vice President Taha Yassin Ramadan met the envoy.", "Ramadan"),
    Example("Ramadan Abdullah Shallah leads the group.", "Ramadan"),
    Example("The envoy met Ramadan, the militia's spokesman.", "Ramadan"),
]


def _shift_and_year(m: re.Match[str], f: dict[str, str | int | float | bool | None]) -> dict[str, str | int | float | bool | None]:
    """"last Easter", "next Ramadan", "Christmas 2019": the shift and the written year, into the fields."""
    sh = grp(m, "shift")
    if sh:
        f["shift"] = {"last": -1, "next": 1, "this": 0}[sh.lower()]
    if grp(m, "year"):
        f["year"] = int(m.group("year"))
    return f
