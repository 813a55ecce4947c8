"""Named calendar periods: months, seasons, quarters, halves, years, decades, centuries.

"August of that year", "the autumn of that year", "that winter", "that August": the month (season)
in the year the story wrote last before it, resolved like "that year" (``story_year``,
``story_step`` 0); with no such year the year is unknown.  "The following spring", "the previous
March": the first such period after (the last before) that time (``story_step`` 1 / -1); with no
time before it, from the anchor as "next/last spring".
Rules: ``cal_month`` ("in June", "last October", "early March", "mid-November"), ``cal_month_week``
("the first week of November": days 1-7, "the last week of June": its last 7 days; the value is
the ISO week holding the middle of those days), ``cal_week_of`` ("the week of March 6": the ISO
week holding that day), ``cal_season``
("last summer", "the spring of 2015", "winter 2016"), ``cal_quarter`` ("the third quarter",
"third-quarter", "Q3 2016", "the fourth quarter of 1990", "of last year"), ``cal_half`` ("the first half of
2016"), ``cal_half_quarters`` ("the first two quarters of 1990", "the last six months of next year"), ``cal_year`` (a 4-digit year only in a year-like context: "in 2003", "since 2014", "the
2003 US-led invasion", "fiscal 1989", "early 2015", "the 1992 protests", "the firm's 1990 budget" -- never "Views: 1491", "1,491", "2000
people"; also a modern year before a noun of a period's figures: "predicting 1990 BellSouth
earnings"), ``cal_year_period`` ("the 1988 quarter", and "the 1989 period" once a quarter was named:
the quarter a results story reports, in that year), ``cal_year_prefix`` ("post-2003", "pre-1990": mod AFTER / BEFORE), ``cal_year_subject`` ("said 2016 would
be the year of its defeat", "2015 was a bloody year": a year as the subject of a clause about a year), ``cal_decade`` ("the 1990s", "the mid-1980s", "the '80s"), ``cal_decade_words`` ("the nineties",
"the early seventies": the 20th century's), ``cal_century`` ("the 20th
century", "this century"), ``cal_year_words`` ("nineteen ninety-six", "the year two thousand"), ``cal_period_year_words`` ("January nineteen
ninety-seven", "the winter of nineteen ninety-four"), ``cal_year_zero`` ("the year 0",
"year zero", "AD 0": a year that does not exist, kept as value ``0000`` with
``fields["impossible"]`` and no interval for the reasoning stage).  A month without a year is placed by tense at resolution.
"""

from __future__ import annotations

import re

from timeline._extract._calendar_corpus import EXAMPLES, NEGATIVES
from timeline._extract._lexicon import (
    MONTH,
    MONTH_BARE_SAFE,
    ORD,
    SEASON,
    YEAR4,
    month_number,
    ordinal_value,
    season_code,
)
from timeline._extract._periods import own_period
from timeline._extract._rule import POSMOD, Hit, Rule, behind, grp, posmod_code

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_SHIFT = r"(?P<shift>last|next|this|this\s+past|this\s+coming|the\s+coming|the\s+past|past|coming|the\s+previous|the\s+following)"
_SHIFTS = {"last": -1, "past": -1, "this past": -1, "previous": -1, "next": 1, "coming": 1,
           "this coming": 1, "following": 1, "this": 0}


def _shift(m: re.Match[str]) -> int | None:
    s = grp(m, "shift")
    if not s:
        return None
    return _SHIFTS[" ".join(s.lower().split()).removeprefix("the ")]


def _fields(m: re.Match[str]) -> dict[str, str | int | float | bool | None]:
    f: dict[str, str | int | float | bool | None] = {}
    sh = _shift(m)
    if sh is not None:
        f["shift"] = sh
    y = grp(m, "year")
    if y:
        f["year"] = int(y)
    return f


def _story_step(m: re.Match[str]) -> dict[str, str | int | float | bool | None]:
    """ "the following spring", "the previous March": the first such period after (the last before)
    the time the story named last (resolution); with none named, as "next/last spring" from the
    anchor (the ``shift`` kept beside it)."""
    s = (grp(m, "shift") or "").lower()
    if s.startswith("the ") and ("following" in s or "previous" in s):
        return {"story_step": 1 if "following" in s else -1}
    return {}


_SAFE = re.compile(MONTH_BARE_SAFE + r"$")
_CAPS_TO = re.compile(r"TO\s$")
_CAPS_MOVE = re.compile(r"\s+(?:ON|INTO|TOWARDS?|AGAINST|THROUGH|ACROSS|BACK|OUT|UPON|IN|TO|FROM)\b")
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _month(m: re.Match[str]) -> Hit | None:
    f = _fields(m)
    f["month"] = month_number(m.group("month"))
    ys = grp(m, "yshift")
    if ys:
        f["year_shift"] = {"this": 0, "last": -1, "next": 1}[ys.lower()]
    mt = m.group("month")
    if mt[-1:] != "." and len(mt) <= 4 and _NAME_NEXT.match(m.string, m.end()):
        return None  # "Jan Kavan", "Jun Wang": a first name, not a month
    if mt == "MARCH" and _CAPS_TO.search(m.string, max(0, m.start() - 3), m.start()) \
            and _CAPS_MOVE.match(m.string, m.end()):
        return None  # a headline's verb: "ORDERS HIS ARMY TO MARCH ON TRIPOLI"
    bare = not (grp(m, "ctx") is not None or grp(m, "pmod") or grp(m, "shift") or ys or grp(m, "that"))
    if bare and not _SAFE.match(m.group("month")):
        return None  # "May", "March", "Oct." alone: too often not a month
    if grp(m, "ystory"):  # "in August of that year": the year the story named last (resolution)
        f["story_year"] = True
    if grp(m, "that"):
        if not (_SAFE.match(mt) or mt.lower().startswith("aug")):
            return None  # "said that May would resign": a name
        f["story_step"] = 0  # "that August": the August of the year the story named last
    f.update(_story_step(m))
    h = Hit("month", "DATE", f, mod=posmod_code(grp(m, "pmod")))
    return h


def _week_of(m: re.Match[str]) -> Hit | None:
    """ "the week of March 6": the ISO week holding that day (the day placed like a date)."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    f = _fields(m)
    f["month"], f["day"] = month_number(m.group("month")), day
    return Hit("week_of", "DATE", f)


def _month_week(m: re.Match[str]) -> Hit | None:
    k = ordinal_value(m.group("ord"))
    if not (1 <= k <= 5 or k == -1):
        return None
    f = _fields(m)
    f["month"] = month_number(m.group("month"))
    f["week"] = k
    return Hit("month_week", "DATE", f)


def _season(m: re.Match[str]) -> Hit | None:
    f = _fields(m)
    lead = m.group(0)[: m.start("season") - m.start()]
    if not (lead.strip() or grp(m, "year") or grp(m, "ctx") is not None):
        return None  # "prices fall", "in spring" is caught with its context word
    f["season"] = season_code(m.group("season"))
    if grp(m, "ystory"):  # "in the autumn of that year"
        f["story_year"] = True
    if grp(m, "that"):
        f["story_step"] = 0  # "that winter"
    f.update(_story_step(m))
    h = Hit("season", "DATE", f, mod=posmod_code(grp(m, "pmod")))
    return h


#: "of last year", "of the coming fiscal year" after a quarter or a half: that year, from the anchor's
_YSHIFT = r"(?P<yshift>this|last|next|the\s+(?:previous|current|coming))\s+(?:fiscal\s+)?year(?![\w'\u2019-])"
_YSHIFTS = {"this": 0, "last": -1, "next": 1, "previous": -1, "current": 0, "coming": 1}


def _year_shift(m: re.Match[str], f: dict[str, str | int | float | bool | None]) -> None:
    ys = grp(m, "yshift")
    if ys:
        f["shift"] = _YSHIFTS[ys.split()[-1].lower()]


def _quarter(m: re.Match[str]) -> Hit | None:
    q = grp(m, "qn")
    k = int(q) if q else ordinal_value(m.group("ord"))
    if not 1 <= k <= 4:
        return None
    f = _fields(m)
    if grp(m, "year2"):
        f["year"] = int(m.group("year2"))
    _year_shift(m, f)
    f["quarter"] = k
    h = Hit("quarter", "DATE", f, mod=posmod_code(grp(m, "pmod")))
    lead = m.group(0)[: (m.start("ord") if grp(m, "ord") else m.start()) - m.start()].lower()
    if grp(m, "ord") and "-" in m.group(0)[m.start("ord") - m.start():] and lead.startswith(("the ", "a ")):
        # an adjective ("a third-quarter loss"): TimeML spans "third-quarter", with "fiscal"
        h.start = m.start() + lead.index(" ") + 1
    return h


def _half(m: re.Match[str]) -> Hit | None:
    k = ordinal_value(m.group("ord"))
    if k == -1:
        k = 2
    if k not in (1, 2):
        return None
    dec, short = grp(m, "hdec"), grp(m, "hshort")
    if dec or short:  # "the last half of the '80s": the decade, mod START / END (TimeML has no half-decade)
        two = int(short or 0)  # "'80s": the 1980s; "'10s": the 2010s (as cal_decade reads them)
        decade = int(dec[:3]) if dec else (1900 + two) // 10 if two >= 20 else (2000 + two) // 10
        return Hit("decade", "DATE", {"decade": decade}, value=f"{decade:03d}", mod="START" if k == 1 else "END", tense=False)
    f = _fields(m)
    if grp(m, "rel"):
        f["shift"] = {"this": 0, "last": -1, "next": 1, "the": 0}[m.group("rel").lower()]
    _year_shift(m, f)
    f["half"] = k
    return Hit("half", "DATE", f)


def _half_quarters(m: re.Match[str]) -> Hit | None:
    """ "the first two quarters of 1990", "the last six months of next year": that year's half."""
    f = _fields(m)
    _year_shift(m, f)
    f["half"] = 1 if m.group("ord").lower() == "first" else 2
    return Hit("half", "DATE", f, start=m.start("span"))


_COUNT_NOUN = re.compile(
    r"\s+(?:[a-z]+s|people|men|women|children|police|personnel|staff|km|kilometres|kilometers|miles|"
    r"metres|meters|feet|tonnes|tons|dollars|euros|pounds|units)\b(?<!\bwas)(?<!\bhas)(?<!\bis)"
    r"(?<!\bas)(?<!\bits)(?<!\bthis)(?<!\bus)(?<!\bhis)(?<!\bwhereas)(?<!\bthus)"
)


_COUNTED = re.compile(
    r"\s+(?:people|men|women|children|police|personnel|staff|troops|soldiers|fighters|militants|rebels|"
    r"refugees|residents|civilians|protesters|demonstrators|workers|employees|members|jobs|shares|votes|"
    r"families|homes|houses|buildings|units|cars|vehicles|trucks|rounds|rockets|missiles|shells|bombs|"
    r"[a-z]*dollars|euros|pounds|tonnes|tons|barrels|acres|hectares|feet|metres|meters|miles|kilometres|"
    r"kilometers|km|points|cases|deaths|victims|casualties|prisoners|detainees|students|patients|"
    r"copies|signatures|names|pages|words|calls|visitors|views)\b", re.IGNORECASE)
_AFTER_YEAR = re.compile(r"(?<![\d,.])(?:1[6-9]|20)\d\d,\s+$")  # the next item of a list of years


def _year(m: re.Match[str]) -> Hit | None:
    year = int(m.group("year"))
    if not 1000 <= year <= 2199:
        return None
    listed = _AFTER_YEAR.search(m.string, max(0, m.start() - 8), m.start()) is not None
    fiscal = bool(grp(m, "fy"))  # "fiscal 1989": TimeBank spans the word with the year
    if grp(m, "ctx") is None and grp(m, "adj") is None and not grp(m, "pmod") and not listed and not fiscal:
        return None  # a bare number: "Views: 1491", "(c) 2010"
    text = m.string
    nxt = _COUNT_NOUN.match(text, m.end())
    # "the 1992 protests": after a determiner a modern year reads as a year, unless the noun
    # counts people or things ("the 2000 troops", "its 1500 shares")
    as_adjective = grp(m, "adj") is not None and 1900 <= year <= 2099 and not _COUNTED.match(text, m.end())
    if (nxt and not grp(m, "pmod") and not fiscal and not as_adjective
            and not text[max(0, m.start() - 7):m.start()].lower().startswith("fiscal")):
        return None
    h = Hit("year", "DATE", {"year": year}, value=f"{year:04d}", mod=posmod_code(grp(m, "pmod")), tense=False)
    if grp(m, "open"):  # "1994 or later", "2020 and beyond": TimeBank spans the phrase, mod ON_OR_AFTER
        h.mod = "ON_OR_BEFORE" if re.search(r"earlier|before", m.group("open"), re.IGNORECASE) else "ON_OR_AFTER"
    return h


_QUARTER_NAMED = re.compile(r"\bquarter", re.IGNORECASE)
_QUARTER_LOOK = 3000  # characters: a results story names its quarter in its first paragraphs


def _year_period(m: re.Match[str]) -> Hit | None:
    """ "the 1988 quarter", "the 1989 period": in a results story, the quarter it reports, in that
    year (the same quarter a year back, or the latest one); "period" only once a quarter was named."""
    year = int(m.group("year"))
    if m.group("noun").lower() == "period" and not _QUARTER_NAMED.search(
            m.string, max(0, m.start() - _QUARTER_LOOK), m.start()):
        return None  # "the 1990 period" elsewhere: the year alone (cal_year)
    if m.group("noun").lower() == "period" and own_period(m.string, m.start(), m.end()) is False:
        # "In the first nine months, net was ... compared with ... in the 1988 period": that year
        return Hit("year", "DATE", {"year": year}, value=f"{year:04d}", tense=False)
    return Hit("relunit", "DATE", {"unit": "Q", "offset": 0, "reported": True, "year": year})


def _year_subject(m: re.Match[str]) -> Hit | None:
    """ "said 2016 would be the year of its defeat", "2015 was a bloody year": a year that is the
    subject of a clause about a year (a count there would not be called "a year")."""
    year = int(m.group("year"))
    return Hit("year", "DATE", {"year": year}, value=f"{year:04d}", tense=False)


def _year_prefix(m: re.Match[str]) -> Hit | None:
    """ "post-2003", "pre-1990": the year, TIMEX3 mod AFTER / BEFORE (the span keeps the prefix)."""
    year = int(m.group("year"))
    if not 1000 <= year <= 2199:
        return None
    mod = "AFTER" if m.group("pp").lower() == "post" else "BEFORE"
    return Hit("year", "DATE", {"year": year}, value=f"{year:04d}", mod=mod, tense=False)


#: "1990's first quarter", "2003's invasion": a year's possessive, not a decade (no article, no
#: position word, an apostrophe, and a lowercase word after it)
_POSSESSIVE_YEAR = re.compile(r"(?:19|20)\d0['\u2019]s\s+[a-z]")


def _decade(m: re.Match[str]) -> Hit | None:
    d = grp(m, "dec")
    if d and not m.group().lower().startswith("the") and not grp(m, "pmod") \
            and _POSSESSIVE_YEAR.match(m.string, m.start("dec")):
        year = int(d)
        return Hit("year", "DATE", {"year": year}, value=f"{year:04d}", tense=False, end=m.start("dec") + 4)
    if d:
        decade = int(d[:3])
    else:
        two = int(m.group("short"))
        decade = (1900 + two) // 10 if two >= 20 else (2000 + two) // 10
    return Hit("decade", "DATE", {"decade": decade}, value=f"{decade:03d}", mod=posmod_code(grp(m, "pmod")), tense=False)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _decade_words(m: re.Match[str]) -> Hit | None:
    # "the nineties": the 1990s (news rarely means the 1890s without saying so)
    decade = 190 + _DECADE_WORDS[m.group("dw").lower()]
    return Hit("decade", "DATE", {"decade": decade}, value=f"{decade:03d}", mod=posmod_code(grp(m, "pmod")), tense=False)


def _century(m: re.Match[str]) -> Hit | None:
    sh = grp(m, "cshift")
    if sh:
        return Hit("relunit", "DATE", {"unit": "CE", "offset": {"this": 0, "last": -1, "next": 1}[sh.lower()]},
                   mod=posmod_code(grp(m, "pmod")), tense=False)
    k = ordinal_value(m.group("ord"))
    if k <= 0:
        return None
    return Hit("century", "DATE", {"century": k - 1}, value=f"{k - 1:02d}", mod=posmod_code(grp(m, "pmod")), tense=False)


_YEAR_CTX = ("in|since|by|until|till|from|before|after|during|between|through|throughout|"
             "and|or|to|for|of|around|circa|fiscal|year|summer|winter|spring|autumn|fall|back in|calendar|"
             "into|due|both|unto|beyond")

_PERIOD_NOUNS = ("campaign|campaigns|election|elections|budget|budgets|sales|earnings|profit|profits|revenue|revenues|"
                 "results|season|census|olympics|elections|forecast|forecasts|estimates|figures|contract|contracts|"
                 "model|models|agreement|accord|law|crop|harvest|output|production|dividend|dividends")
_QUANTIFIERS = ("about", "some", "nearly", "over", "than", "around", "almost", "roughly", "approximately",
                "least", "only", "just", "to", "those", "these", "all")
_DETS = ("(?:" + "|".join(rf"(?<=\b{d}\s)" for d in ("the", "a", "an", "its", "his", "her", "their", "that", "this", "our"))
         # a possessive before a year and a common noun: "the company's 1990 budget" (not "Kopp's 1987 Chevrolet")
         + r"|(?:(?<=\w's\s)|(?<=\w\u2019s\s))(?=\d{4}\s+(?-i:[a-z]))"
         # a modern year before a noun of a period's figures or events, whatever precedes it:
         # "predicting 1990 BellSouth earnings", "his unsuccessful 1996 campaign"
         + "|" + "".join(rf"(?<!\b{q}\s)" for q in _QUANTIFIERS)
         + r"(?=(?:19|20)\d\d\s+(?:(?-i:[A-Z])[\w&-]*\s+)?(?-i:" + _PERIOD_NOUNS + r")\b))")
_TEENS = {"nineteen": 19, "eighteen": 18, "twenty": 20}
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONE_V = {w: i + 1 for i, w in enumerate(_ONES.split("|"))}


def _year_words(m: re.Match[str]) -> Hit | None:
    t = " ".join(m.group("yw").lower().replace("-", " ").split())
    words = t.split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + sum(_TENS.get(w, _ONE_V.get(w, 0)) for w in rest)
    else:
        year = _TEENS[words[0]] * 100
        year += sum(_TENS.get(w, _ONE_V.get(w, 0)) for w in words[1:] if w != "hundred")
    if not 1500 <= year <= 2099:
        return None
    return Hit("year", "DATE", {"year": year}, value=f"{year:04d}", tense=False)


_TENS_RE = "|".join(sorted(_TENS, key=len, reverse=True))

def _period_year_words(m: re.Match[str]) -> Hit | None:
    """ "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season of
    a year said in words (broadcast transcripts)."""
    y = _year_words(m)
    if y is None:
        return None
    year = int(y.fields["year"] or 0)
    if grp(m, "month"):
        return Hit("month", "DATE", {"month": month_number(m.group("month")), "year": year})
    return Hit("season", "DATE", {"season": season_code(m.group("season")), "year": year})


def _year_zero(m: re.Match[str]) -> Hit | None:
    # no year 0 in the Gregorian calendar (1 BC is followed by AD 1): kept for the reasoning stage
    return Hit("year", "DATE", {"year": 0, "impossible": True}, value="0000", tense=False)


RULES = [
    Rule("cal_year_zero",
         r"(?:the\s+year\s+(?:0|zero)|year\s+zero|(?-i:AD|A\.D\.)\s+0|0\s+(?-i:AD|A\.D\.|CE|C\.E\.))"
         r"(?![\w/-]|[.,]\d)", _year_zero, 33),
    Rule("cal_year_words",
         rf"(?:the\s+year\s+)?(?P<yw>(?:nineteen|eighteen)[\s-]+(?:hundred|(?:{_TENS_RE})(?:[\s-]+(?:{_ONES}))?)"
         rf"|(?:(?<=\byear\s)|(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s))"
         rf"two\s+thousand(?:\s+(?:and\s+)?(?:(?:{_TENS_RE})(?:[\s-]+(?:{_ONES}))?|{_ONES}))?)(?![\w-])",

         _year_words, 34),
    Rule("cal_week_of",
         rf"(?:the\s+)?week\s+of\s+(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?![\d:])(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
         _week_of, 29),
    Rule("cal_period_year_words",
         rf"(?:(?:the\s+)?(?P<season>{SEASON})\s+of\s+|(?P<month>{MONTH})\s+)"
         rf"(?P<yw>(?:nineteen|eighteen)[\s-]+(?:hundred|(?:{_TENS_RE})(?:[\s-]+(?:{_ONES}))?)"
         rf"|two\s+thousand(?:\s+(?:and\s+)?(?:(?:{_TENS_RE})(?:[\s-]+(?:{_ONES}))?|{_ONES}))?)(?![\w-])",
         _period_year_words, 29),
    Rule("cal_month",
         behind("in|since|by|until|till|from|before|after|during|between|through|throughout|and|or|to|of|for|as of")
         +
         rf"(?:{POSMOD}|{_SHIFT}\s+|(?P<that>that)\s+)?(?P<month>{MONTH})(?:(?:\s+of)?\s+(?:(?P<yshift>this|last|next)|(?P<ystory>that(?:\s+same)?))"
         r"\s+year)?(?![\w-])(?!\s*\d)",
         _month, 30),
    Rule("cal_month_week",
         rf"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|final)\s+week\s+of\s+(?P<month>{MONTH})"
         rf"(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
         _month_week, 16),
    Rule("cal_season",
         behind("in|since|by|until|during|through|throughout|over|before|after")
         +
         rf"(?:{POSMOD}|{_SHIFT}\s+|(?P<that>that)\s+|the\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR4})"
         r"|\s+of\s+(?P<ystory>that(?:\s+same)?)\s+year)?(?![\w-])"
         r"(?!\s+of\s+(?!(?:19|20)\d\d))",
         _season, 31),
    Rule("cal_quarter",
         rf"(?:the\s+|a\s+)?{POSMOD}?(?:(?P<year>{YEAR4})(?:['\u2019]s)?\s+|(?:{_SHIFT}\s+year'?s\s+)|fiscal[\s-]+)?"
         rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|Q(?P<qn>[1-4]))"
         rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>{YEAR4})|\s+of\s+{_YSHIFT})?(?![\w])",
         _quarter, 17),
    # "the first two quarters of 1990" (a half named by its quarters or months; "at least" before it
    # stays outside, as with a count); without "of <year>" it is a span of time (dur_anchored)
    Rule("cal_half_quarters",
         rf"(?:at\s+least\s+|through\s+)?(?P<span>(?:the\s+)?(?P<ord>first|last|final)\s+(?:two\s+quarters|six\s+months)"
         rf"\s+of\s+(?:(?P<year>{YEAR4})|{_YSHIFT}|the\s+(?:fiscal\s+)?year))(?![\w-])",
         _half_quarters, 22),
    Rule("cal_half",
         rf"(?P<rel>the|this|last|next)\s+(?P<ord>first|second|latter|last)\s+half(?:\s+of\s+(?:the\s+year|(?P<year>{YEAR4})|{_YSHIFT}"
         r"|the\s+(?:(?P<hdec>1\d\d0|20\d0)['\u2019]?s|['\u2019](?P<hshort>\d0)s)))?(?![\w-])"
         # "the first half of the month", "... of the match": not a half-year (rel_end_of_the reads
         # the month's); "of its fiscal year" still is
         r"(?!\s+of\s+(?:the|this|last|next|that|a|an|its|his|her|their)\s+(?!(?:fiscal\s+)?year\b))",
         _half, 22),
    Rule("cal_year_period", r"(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+(?P<noun>quarter|period)(?![\w-])",
         _year_period, 34),
    Rule("cal_year",
         behind(_YEAR_CTX) + r"(?P<fy>fiscal[\s-]+(?:year\s+)?(?=(?:1[6-9]|20)\d\d))?" + rf"(?P<adj>{_DETS}(?=(?:1[6-9]|20)\d\d\s+[A-Za-z][\w-]))?{POSMOD}?(?P<year>{YEAR4})(?!['\u2019]?s\b)(?![\w-]|\.\d)"
         r"(?P<open>\s+(?:or\s+(?:later|after|beyond|earlier|before)|and\s+(?:beyond|later|after|before|earlier))(?![\w-]))?",
         _year, 35),
    Rule("cal_year_subject",
         r"(?<![\d,.$#\w])(?P<year>(?:19|20)\d\d)(?=\s+(?:will|would|was|is|has\s+been|had\s+been|could|should|must|might)\s+"
         r"(?:be\s+|become\s+|prove\s+)?(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}year\b)",
         _year_subject, 35),
    Rule("cal_year_prefix", rf"(?P<pp>pre|post)-(?P<year>{YEAR4})(?![\w-]|\.\d)", _year_prefix, 35),
    Rule("cal_decade",
         rf"(?:the\s+)?{POSMOD}?(?:(?P<dec>1[0-9]\d0|20\d0)['\u2019]?s|['\u2019](?P<short>\d0)s)(?![\w])",
         _decade, 23),
    Rule("cal_decade_words",
         r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\binto\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\buntil\s)"
         r"|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))"
         rf"the\s+{POSMOD}?(?P<dw>(?-i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])",
         _decade_words, 23),
    Rule("cal_century",
         rf"(?:the\s+)?{POSMOD}?(?:(?P<ord>{ORD})|(?P<cshift>this|last|next))[\s-]+century(?![\w-])",
         _century, 22),
]
