"""Other languages through dateparser's language data (slower than the English scanner).

``dateparser.search.search_dates`` finds the date phrases of ``text`` in language ``lang``.  To
stay pure (no clock, no anchor) each phrase is parsed against two fixed, made-up reference days:
if both parses agree the phrase is absolute (its day is its value); if they move by the same
number of days as the references do, the phrase is relative to the document date and is kept as
a day offset (``relday``) for the resolution pass.  dateparser fills a missing day of the month
from the reference day, so a phrase whose day follows the references ("juin 2014") is a month.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.model import Expression, Spec

__all__ = ["extract_foreign"]

# Two arbitrary reference days, 400 days apart, neither a month start (to spot month grain).
_REF_A = dt.datetime(2001, 3, 14, 12, 0)
_REF_B = _REF_A + dt.timedelta(days=400)


def _search(text: str, lang: str, base: dt.datetime) -> list[tuple[str, dt.datetime]]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                "RETURN_AS_TIMEZONE_AWARE": False}
    found = search_dates(text, languages=[lang], settings=settings)
    return [(s, d) for s, d in (found or [])]


def _parse(phrase: str, lang: str, base: dt.datetime) -> dt.datetime | None:
    from dateparser import parse

    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                "RETURN_AS_TIMEZONE_AWARE": False}
    found: dt.datetime | None = parse(phrase, languages=[lang], settings=settings)
    return found


def extract_foreign(text: str, lang: str) -> list[Expression]:
    """Time expressions of ``text`` in language ``lang`` (an ISO 639-1 code dateparser knows)."""
    a = _search(text, lang, _REF_A)
    b = _search(text, lang, _REF_B)
    out: list[Expression] = []
    pos = 0
    for (found, da), (_, db) in zip(a, b, strict=False):
        start = text.find(found, pos)
        if start < 0 or found.strip().isdigit() and len(found.strip()) < 4:
            continue
        pos = start + len(found)
        phrase = found
        # drop a leading article/preposition ("le 24 octobre", "en juin"): not part of a TIMEX3
        while True:
            head, _, rest = phrase.partition(" ")
            if rest and len(head) <= 3 and head.isalpha() and head.islower() and len(phrase.split()) > 1 \
                    and any(ch.isdigit() for ch in rest):
                start += len(head) + 1
                phrase = rest
                continue
            break
        # drop a trailing article dateparser swallowed ("hier un couvre-feu" gives "hier un"), when
        # the phrase without it reads the same against both references
        while True:
            head, _, last = phrase.rpartition(" ")
            if not (head and len(last) <= 3 and last.isalpha() and last.islower()):
                break
            if (_parse(head, lang, _REF_A), _parse(head, lang, _REF_B)) != (da, db):
                break
            phrase = head
        end = start + len(phrase)
        if (da.year, da.month) == (db.year, db.month) and da.day != db.day and (da.day, db.day) == (_REF_A.day, _REF_B.day):
            out.append(Expression(text=phrase, start=start, end=end, type="DATE",
                                  value=f"{da.year:04d}-{da.month:02d}", rule=f"dateparser_{lang}_month",
                                  spec=Spec(kind="month", fields={"year": da.year, "month": da.month})))
            continue
        if da == db:
            spec = Spec(kind="date", fields={"year": da.year, "month": da.month, "day": da.day})
            value = f"{da.year:04d}-{da.month:02d}-{da.day:02d}"
            out.append(Expression(text=phrase, start=start, end=end, type="DATE", value=value,
                                  rule=f"dateparser_{lang}_absolute", spec=spec))
            continue
        off_a = (da.date() - _REF_A.date()).days
        off_b = (db.date() - _REF_B.date()).days
        if off_a == off_b:
            out.append(Expression(text=phrase, start=start, end=end, type="DATE",
                                  rule=f"dateparser_{lang}_relative",
                                  spec=Spec(kind="relday", fields={"offset": off_a})))
    return out
