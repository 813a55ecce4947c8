"""Shared lexicon: word lists, the regex fragments built from them, and their normalisers.

Every family module builds its patterns from these fragments, so that "Oct.", "October" and
"OCTOBER" mean the same thing everywhere.  Month and weekday names are matched case-sensitively
(Title or UPPER case) inside the otherwise case-insensitive scanner, because "may", "march" and
"sun" are ordinary words in lower case.
"""

from __future__ import annotations

import re

__all__ = [
    "AMPM",
    "trie",
    "DAYNUM",
    "MONTH",
    "MONTH_BARE_SAFE",
    "NUM",
    "ORD",
    "PART",
    "SEASON",
    "TELLING",
    "TELLING_WHOM",
    "UNIT",
    "UNIT_HYPH",
    "WEEKDAY",
    "YEAR4",
    "duration_value",
    "month_number",
    "number_value",
    "ordinal_value",
    "part_code",
    "season_code",
    "unit_code",
    "weekday_number",
]


def trie(words: list[str] | tuple[str, ...]) -> str:
    """A prefix-factored alternation of ``words`` (spaces match any whitespace run).

    ``trie(["about", "above", "around"])`` is ``a(?:b(?:out|ove)|round)``: the regex engine then
    rejects a non-matching word after one character instead of trying every alternative.
    Longer words win over their own prefixes ("a few" before "a").
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = []
        end = False
        for ch in sorted(node):
            if ch == "":
                end = True
                continue
            lit = r"\s+" if ch == " " else re.escape(ch)
            alts.append(lit + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        if end:
            body = "(?:" + "|".join(alts) + ")?"
        return body

    return "(?:" + emit(tree) + ")"


def _cased(words: list[str]) -> str:
    """Alternation of ``words`` in Title and UPPER case, matched case-sensitively."""
    forms = [w[0].upper() + w[1:] for w in words] + [w.upper() for w in words]
    return "(?-i:" + trie(forms) + ")"


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: A month name: full, or abbreviated with an optional period ("Oct.", "Sept").
MONTH = "(?:" + _cased(list(_MONTHS)) + "|" + _cased(list(_MONTH_ABBR)) + r"(?:\.|(?![a-z])))"
#: Month names that are safe alone (not "May" the verb, "March" the walk, "August" the adjective).
MONTH_BARE_SAFE = _cased([m for m in _MONTHS if m not in ("may", "march", "august")])

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6}
#: A full weekday name ("Saturday"); abbreviations only with a period ("Sat.") since "Sun" and
#: "Wed" are words.
WEEKDAY = "(?:" + _cased(list(_WEEKDAYS)) + "|" + _cased(list(_WEEKDAY_ABBR)) + r"\.)"

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a dozen": 12, "a half": 0.5, "half a": 0.5, "half an": 0.5, "a quarter": 0.25, "a couple of": 2,
    "a couple": 2, "couple of": 2,
}
_VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "a number of", "dozens of",
                  "hundreds of", "a couple of")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_WORDNUM = trie(list(_NUMBERS))
#: A count: digits (not part of a larger number: no comma groups), words, compounds, vague words.
NUM = (
    r"(?:(?<![\d,.])\d{1,3}(?:\.\d+|\s+1/2|\u00bd)?(?![\d,/])"
    rf"|(?:{_TENS})[- ](?:{_UNITS_WORDS})"
    rf"|(?:{_WORDNUM})"
    rf"|{trie(_VAGUE_NUMBERS)})"
)

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}
#: An ordinal word or number ("second", "2nd", "21st").
ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|"
       + "|".join(re.escape(k) for k in sorted(_ORDINALS, key=len, reverse=True)) + ")")

_UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "FN", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "quarter": "Q", "weekend": "WE", "millennium": "ML", "millennia": "ML",
}
#: A calendar unit, singular or plural ("day", "days", "centuries").
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ies)|quarter|millenni(?:um|a))s?"
#: A unit in a hyphenated adjective ("two-week-old", "12-day").
UNIT_HYPH = r"(?:second|minute|hour|day|week|month|year|decade|century)"

#: A part of the day.
PART = r"(?:morning|afternoon|evening|night|overnight)"
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
          "tonight": "NI", "dawn": "MO", "dusk": "EV", "pre-dawn": "NI", "predawn": "NI"}
SEASON = r"(?:spring|summer|autumn|fall|winter)"
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: A four-digit year 1000-2199 that is not part of a longer number.
YEAR4 = r"(?<![\d,.$\u20ac\u00a3#])(?:1[0-9]|20|21)\d\d(?!\d|[,.]\d)"
#: A day of the month, with an optional ordinal suffix.
DAYNUM = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
AMPM = r"(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
#: Verbs of a past telling, which open a reported clause ("said the summit would go ahead", "warned on
#: Monday the army would strike"): the tense heuristic and the weekday rules read them.  (A present
#: "says" tells now: a day beside it belongs to the reported clause, so only the weekday rules add it.)
TELLING = ("said", "told", "informed", "assured", "warned", "promised", "announced", "confirmed",
           "insisted", "vowed", "pledged", "added", "stated", "predicted")
#: ... of them, those that name the hearer before the clause ("told reporters", "assured donors").
TELLING_WHOM = ("told", "informed", "assured")


def month_number(s: str) -> int:
    """1-12 for a month name or abbreviation (any case, with or without period)."""
    k = s.lower().rstrip(".")
    return _MONTHS.get(k) or _MONTH_ABBR[k]


def weekday_number(s: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday name or abbreviation."""
    k = s.lower().rstrip(".")
    return _WEEKDAYS.get(k, _WEEKDAY_ABBR.get(k, 0))


def number_value(s: str) -> float | None:
    """The value of a count ("12", "twelve", "twenty-one", "a"); ``None`` for vague counts."""
    k = " ".join(s.lower().replace("-", " ").split())
    if k[:1].isdigit():
        half = k.endswith(("1/2", "\u00bd"))
        return float(k.split()[0].rstrip("\u00bd")) + (0.5 if half else 0.0)
    if k in _NUMBERS:
        return float(_NUMBERS[k])
    parts = k.split()
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return float(_NUMBERS[parts[0]] + _NUMBERS[parts[1]])
    return None


_NON_DIGIT = re.compile(r"\D")


def ordinal_value(s: str) -> int:
    """1 for "first" or "1st", -1 for "last"."""
    k = s.lower()
    if k[:1].isdigit():
        return int(_NON_DIGIT.sub("", k))
    return _ORDINALS.get(k, 0)


def unit_code(s: str) -> str:
    """TIMEX3 unit letter(s) of a unit word ("days" -> "D", "minutes" -> "MIN")."""
    k = s.lower()
    if k.endswith("ies"):
        k = k[:-3] + "y"
    elif k.endswith("s") and k[:-1] in _UNITS:
        k = k[:-1]
    return _UNITS.get(k, "D")


_CLOCK = {"H", "MIN", "S"}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT5H``, ``P2W``, ``P10Y`` for a decade, ``P2Q``, ``PXY`` when vague."""
    # a quarter stays a quarter (TimeML/TimeBank write "P2Q", "PXQ"); its length is still 3 months
    mult = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "FN": (2, "W"), "WE": (2, "D")}
    if unit == "Q" and n is not None and not float(n).is_integer():
        unit, n = "M", n * 3  # "a quarter and a half": in months, P4M15D
    u = unit
    if unit in mult:
        k, u = mult[unit]
        n = None if n is None else n * k
    if n is not None and not float(n).is_integer():
        # a half unit is written in the next smaller unit: P2Y6M, PT5H30M, P1D12H
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
                   "MIN": ("S", 60)}
        if u in smaller and float(n * smaller[u][1]).is_integer():
            whole, rest = int(n), int(round((n - int(n)) * smaller[u][1]))
            su = smaller[u][0]
            head = f"{whole}{'M' if u == 'MIN' else u}" if whole else ""
            clock = unit in _CLOCK or su == "H" and u == "D"
            if u == "D":
                return f"P{head}T{rest}H"
            return (f"PT{head}{rest}{su}" if clock else f"P{head}{rest}{su}")
    if u == "MIN":
        u = "M"
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    return f"PT{num}{u}" if unit in _CLOCK else f"P{num}{u}"


def part_code(s: str) -> str:
    """TIMEX3 part-of-day code: MO, AF, EV, NI."""
    return _PARTS.get(s.lower(), "NI")


def season_code(s: str) -> str:
    """TIMEX3 season code: SP, SU, FA, WI."""
    return _SEASONS[s.lower()]
