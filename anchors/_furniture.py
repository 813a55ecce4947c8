"""Page furniture: the dates on a page that are not its publication date.

A scraped article carries stamps that look like datelines but say something else: when the page
was last touched ("Last Update 9:40" / "Sunday, 05 April 2020", "Updated:"), the site's copyright
("(c) 2010 Ahram Online", "© 2019"), counters ("Views: 1491"), photo captions ("... October 24,
2016 (Photo: Reuters)"), cookie banners and subscription or donation blurbs.  A dateline is vetoed
when the words around its date (on its line, or the short label line just above a bare date) are
furniture words.  The list is of *labels*, not of sites: it generalises to any page built the same
way.
"""

from __future__ import annotations

import re

__all__ = ["is_furniture", "is_furniture_label_line"]

#: Words that mark a stamp, caption, counter or blurb.  Matched case-insensitively anywhere in the
#: text around a date candidate.
_FURNITURE = re.compile(
    r"(?:\b(?:last\s+)?(?:update[sd]?|modified|edited|revised|amended|corrected)\b"
    r"|\bcopyright\b|©|\(c\)|\ball\s+rights\s+reserved\b"
    r"|\b(?:photo|picture|pic|image|video|credit|caption|file\s+photo|getty|illustration)s?\b"
    r"|\bviews?\s*:|\bcomments?\s*:|\bshares?\s*:|\bread\s+more\b|\bprinted\b|\baccessed\b|\bretrieved\b"
    r"|\bsubscri(?:be|ption)\b|\bnewsletter\b|\bsign\s+up\b|\bcookies?\b|\bprivacy\b|\bdonat(?:e|ion)\b"
    r"|\bsupport\s+us\b|\bregister\b|\blog\s*in\b|\bexpires?\b|\bvalid\s+until\b|\bdeadline\b)",
    re.IGNORECASE,
)

#: A short line that is only a furniture label, possibly with a time ("Last Update 9:40",
#: "Updated:", "Modified on") -- the label of the bare date on the next line.
_LABEL_LINE = re.compile(
    r"\s*(?:last\s+)?(?:update[sd]?|modified|edited|revised|posted\s+updated)(?:\s+on)?\s*:?"
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*[,:|\-–—]?\s*",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    """Whether ``text`` (the words around a date) carries a furniture label."""
    return _FURNITURE.search(text) is not None


def is_furniture_label_line(line: str) -> bool:
    """Whether ``line`` is nothing but an update/modified label (with an optional time)."""
    return len(line) <= 80 and _LABEL_LINE.fullmatch(line) is not None
