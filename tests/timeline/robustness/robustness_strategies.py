"""Hypothesis strategies for hostile and date-like text, anchors at the edges of the calendar."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import strategies as st

__all__ = ["EDGE_POINTS", "EXAMPLES", "date_like_text", "hostile_text", "points", "texts"]

#: Examples per property: small by default so the suite stays fast; raise it for a long run,
#: e.g. ``ROBUSTNESS_EXAMPLES=5000 pytest tests/timeline/robustness``.
EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "60"))

D = dt.datetime
EDGE_POINTS = [
    D(1, 1, 1), D(1, 1, 2), D(1, 12, 31), D(9999, 12, 31), D(9999, 12, 31, 23, 59, 59), D(9999, 1, 1),
    D(2016, 2, 29), D(2000, 2, 29), D(2400, 2, 29), D(1900, 2, 28), D(2016, 10, 29), D(2016, 12, 31, 23, 59),
    D(1970, 1, 1), D(2038, 1, 19, 3, 14, 8),
]

#: A time point anywhere on the calendar, biased to its edges and to leap days.
points = st.one_of(
    st.sampled_from(EDGE_POINTS),
    st.datetimes(min_value=D(1, 1, 1), max_value=D(9999, 12, 31, 23, 59, 59)),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(lambda d: D(d.year, d.month, d.day)),
)

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "Mon", "Tue.", "Wed", "Thu", "Thurs.", "Fri", "Sat.", "Sun", "SATURDAY", "saturday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December", "Jan.", "Feb", "Mar.", "Apr", "Jun", "Jul.", "Aug",
           "Sept.", "Sep", "Oct.", "Oct", "Nov", "Dec.", "OCTOBER", "may", "march"]
_WORDS = [
    "ago", "last", "next", "this", "that", "the", "past", "previous", "coming", "following", "since",
    "until", "till", "from", "to", "through", "by", "before", "after", "during", "on", "in", "at", "of",
    "early", "late", "mid", "mid-", "end", "beginning", "start", "nearly", "almost", "about", "around",
    "more than", "less than", "at least", "over", "some", "a", "an", "one", "two", "three", "twelve",
    "a dozen", "several", "few", "a couple of", "half", "quarter", "day", "days", "week", "weeks",
    "fortnight", "month", "months", "year", "years", "decade", "decades", "century", "hours", "minutes",
    "yesterday", "today", "tomorrow", "tonight", "now", "currently", "recently", "morning", "afternoon",
    "evening", "night", "overnight", "weekend", "spring", "summer", "autumn", "fall", "winter", "Q1",
    "Q4", "H2", "first", "second", "third", "fourth", "last", "into", "the campaign", "the offensive",
    "the war", "every", "each", "daily", "weekly", "monthly", "annually", "twice", "times", "a.m.",
    "p.m.", "am", "pm", "noon", "midnight", "GMT", "local time", "BC", "AD", "CE", "AFP", "Reuters",
    "(Reuters)", "MOSUL, Iraq", "Updated:", "Last Update", "Published", "(c)", "©", "Copyright",
    "was", "is", "will", "had", "has been", "began", "ended", "launched", "said", "would", "old",
    "-old", "long", "-long", "-day", "-year-old", "the 1990s", "'90s", "1980s", "20th", "21st",
]
_PUNCT = [" ", " ", " ", ", ", ",", ".", ". ", "-", "–", "—", "/", ":", "(", ")", "'", "’", "\"",
          "\n", "\n\n", "\t", "\u00a0", "\u200b", "\u2028", ";", "?", "!", "&", "+", "%"]


def _number(n: int) -> str:
    return str(n)


_numbers = st.one_of(
    st.integers(0, 31).map(_number),
    st.integers(0, 31).map(lambda n: f"{n}{['th', 'st', 'nd', 'rd'][n % 4]}"),
    st.integers(0, 10000).map(_number),
    st.sampled_from(["0", "00", "000", "0000", "1", "29", "30", "31", "32", "1999", "2016", "2017",
                     "9999", "10000", "99999", "12", "13", "24", "60", "1,000", "3,000-4,000",
                     "28,000-strong", "1491", "2016-10-29", "2016-02-30", "0000-01-01", "10/29/2016",
                     "29.10.2016", "29/02/2017", "2016-W43", "2014-06", "T10:30", "10:30", "23:59",
                     "25:61", "9:40", "1.5", "½", "٢٠١٦", "２０１６", "²"]),
)

#: Fragments shaped like the rules' inputs, so generated text actually reaches the rules.
_fragment = st.one_of(
    st.sampled_from(_WEEKDAYS), st.sampled_from(_MONTHS), st.sampled_from(_WORDS), _numbers,
    st.sampled_from(_PUNCT), st.sampled_from(_PUNCT), st.text(max_size=3),
    # case mapping changes the length of these: offsets taken on text.lower() would drift
    st.sampled_from(["İ", "ẞ", "ß", "ﬁ", "ŉ", "İstanbul", "ǅ"]),
)

date_like_text = st.lists(_fragment, max_size=40).map("".join)

#: Classic hostile text: controls, combining marks, RTL marks, astral planes, BOMs, long runs.
hostile_text = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.lists(st.sampled_from(["\x00", "\ufeff", "\u202e", "\u0301", "\U0001f4a9", "\r", "\r\n",
                              "\x1b", "\ufffd", "İ", "ß", "ﬀ", "Σ", "\u0085", "Saturday"]), max_size=50).map("".join),
    st.tuples(st.sampled_from(["Saturday ", "October 29, ", "(", "1", "ago ", " ", "last "]),
              st.integers(1, 300)).map(lambda t: t[0] * t[1]),
)

texts = st.one_of(date_like_text, date_like_text, hostile_text, st.text(max_size=300))
