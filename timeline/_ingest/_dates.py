"""Publication dates as the inputs state them: ``YYYY-MM-DD`` or an ISO 8601 datetime."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_point"]

_ISO = re.compile(
    r"\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[Tt ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?)?"
    r"\s*(?P<tz>[Zz]|[+-]\d{2}(?::?\d{2})?)?\s*"
)


def parse_point(value: object) -> dt.datetime | None:
    """A naive datetime for ``YYYY-MM-DD`` or an ISO 8601 datetime; ``None`` if it is not one.

    A time-zone offset is dropped, keeping the wall-clock time as stated: news dates are local to
    the story (the vocabulary's points are naive).  Impossible days (``2016-02-30``, year 0) and
    anything that is not a string are not dates.  A ``datetime.date`` (as YAML loads it) is
    accepted at midnight.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or len(value) > 64:
        return None
    m = _ISO.fullmatch(value)
    if m is None:
        return None
    frac = (m.group("f") or "0")[:6].ljust(6, "0")
    try:
        return dt.datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")), int(m.group("H") or 0),
                           int(m.group("M") or 0), int(m.group("S") or 0), int(frac))
    except ValueError:
        return None
