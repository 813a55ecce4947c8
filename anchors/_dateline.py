"""Datelines: the publication date a news article prints at its top.

A dateline is a *full* date (day, month, year; a weekday optional) whose line has a dateline's
shape: what stands before the date on its line is a named **prefix** (nothing, a news agency, a
"Published:" label, a byline, a capitalised place name) and what follows is a named **suffix**
(nothing, a time, an "(Agency)" tag, or a separator that opens the lead).  A date in running prose
("... near Mosul, Iraq October 24, 2016 (Photo: ...)") has no such shape, and furniture words
around a date (:mod:`anchors._furniture`) veto it.

Only the head of the text is read (:data:`HEAD_CHARS`): wire datelines and bylines sit right under
the headline and standfirst; scraped pages put navigation, cookie and subscription blurbs before
them (about a thousand characters on the pages we measured), never more than a screen.  Below
that, dates are the story's own dates, not its publication date.  The window also keeps the scan
linear and tiny however long the document is.

A year-less dateline ("BAGHDAD, Oct. 29 (Xinhua) --") anchors nothing by itself; it is returned
so that :func:`anchors.find_anchor` can check it against the other sources.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from anchors._furniture import is_furniture, is_furniture_label_line
from anchors._lexicon import AGENCY, MONTH, WEEKDAY, month_number, weekday_number

__all__ = ["HEAD_CHARS", "PREFIXES", "SUFFIXES", "Dateline", "scan"]

#: How far into the text datelines are looked for (see the module docstring).
HEAD_CHARS = 2000
#: A date must start within this many characters of its line's start (prefixes are short).
_MAX_PREFIX = 120

_WD = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
_END = r"(?![\w])"
#: Date forms, each a named pattern.  ``year`` False: a year-less form (month and day only).
_DATE_FORMS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("day-month-year", re.compile(
        rf"(?<![\w]){_WD}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{{4}}){_END}",
        re.IGNORECASE), True),
    ("month-day-year", re.compile(
        rf"(?<![\w]){_WD}(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_END}",
        re.IGNORECASE), True),
    ("iso", re.compile(
        rf"(?<![\w.\-/]){_WD}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})"
        r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w\-/])",
        re.IGNORECASE), True),
    ("month-day", re.compile(
        rf"(?<![\w]){_WD}(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\w])(?!,?\s+\d{{4}})",
        re.IGNORECASE), False),
    ("day-month", re.compile(
        rf"(?<![\w]){_WD}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})(?![\w])(?!,?\s+\d{{4}})",
        re.IGNORECASE), False),
)

_SEP = r"[,:/|\-–—•·]"
#: A capitalised name word in a byline ("Jane", "O'Neill", "al-Assadi"): "By the end of ..." is prose.
_NAME = r"[A-Z][\w'’.\-]*"
_PLACE = r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3}(?:\s*,\s*[A-Z][\w.\-]+(?:[ ][A-Z][\w.\-]+){0,2})?"
#: What may stand before the date on its line, tried in order (the most specific first).  Strength 2
#: prefixes mark a dateline on their own.
PREFIXES: dict[str, tuple[re.Pattern[str], int]] = {
    "bare": (re.compile(r"\s*"), 1),
    "agency": (re.compile(rf"\s*(?i:{AGENCY})\s*{_SEP}?\s*"), 2),
    "label": (re.compile(
        r"\s*(?i:published|posted|first\s+published|originally\s+published|date|dated|filed|issued|released"
        rf"|created|publication\s+date)(?i:\s+on)?\s*{_SEP}?\s*"), 2),
    "byline": (re.compile(
        rf"\s*(?i:by)\s+{_NAME}(?:\s+(?:{_NAME}|and|&|de|da|al|el|bin|van|von|der|le)){{0,7}}"
        rf"(?:\s*,\s*{_NAME}(?:\s+{_NAME}){{0,3}})?\s*(?:{_SEP}|\bon\b)\s*"), 2),
    "agency-place": (re.compile(rf"\s*(?i:{AGENCY})\s*[,:\-–—/]\s*{_PLACE}\s*[,:\-–—]\s*"), 2),
    "place-agency": (re.compile(rf"\s*{_PLACE}\s*\(\s*(?i:{AGENCY})\s*\)\s*[,:\-–—]*\s*"), 2),
    "place": (re.compile(rf"\s*{_PLACE}\s*[,:\-–—]\s*"), 2),
    # an outlet we do not list, in title case ("Harbour Post , Wednesday 9 Nov 2016"): a short run of
    # capitalised words and a separator, nothing else -- a sentence has lower-case words
    "source": (re.compile(rf"\s*{_NAME}(?:[ ]{_NAME}){{0,3}}\s*[,\-–—|]\s*"), 2),
}
_TIME = (r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*\(?(?:GMT|UTC|[A-Z]{2,4})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?")
#: What may follow the date on its line.  "agency" and "lead" make a bare date a dateline.
SUFFIXES: dict[str, tuple[re.Pattern[str], int]] = {
    "end": (re.compile(r"[\s.]*"), 1),
    "time": (re.compile(rf"\s*(?:[,|•·\-–—/]|(?i:at))?\s*{_TIME}\s*(?:(?:[|•·]|\s[-–—]).*)?"), 1),
    "agency": (re.compile(rf"\s*\(\s*(?i:{AGENCY})\s*\)\s*(?:[-–—:]+.*)?"), 2),
    "lead": (re.compile(r"\s*(?:--?|—|–|\||•|·|:)(?:\s.*)?"), 2),
    # an outlet we do not list, in parentheses and title case, opening the lead: "(Mindanao Wire) --"
    "outlet-lead": (re.compile(rf"\s*\(\s*{_NAME}(?:[ ]{_NAME}){{0,4}}\s*\)\s*(?:--?|—|–)(?:\s.*)?"), 2),
}
_FIELD_END = re.compile(r"[|•·]")
#: Cheap tests that let most lines skip the date patterns: every date form has a digit, and all
#: but ISO dates a month word.
_DIGIT = re.compile(r"\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Sharper, still cheap: a part every match of a form contains (so a line without it skips the form).
#: Month forms hold a day digit next to the month ("25 Oct", "25th of Oct", "Oct 25"); ISO dates
#: hold "dddd-dd-dd".
_MONTH_NEXT_TO_DAY = re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}\s+\d", re.IGNORECASE)
_ISO_DIGITS = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a text: its span, the date it states, and how it was recognised.

    ``date`` is ``None`` when the stated day does not exist ("30 February 2016") or no year was
    given (then ``month``/``day`` hold what was stated).  ``weekday`` is the stated weekday (0 is
    Monday), if any.  ``rule`` names the prefix, date form and suffix that matched.
    """

    text: str
    start: int
    end: int
    date: dt.date | None
    year: int | None
    month: int
    day: int
    weekday: int | None
    rule: str
    strength: int

    @property
    def weekday_mismatch(self) -> bool:
        """The stated weekday is not the weekday of the stated date."""
        return self.date is not None and self.weekday is not None and self.date.weekday() != self.weekday


def _lines(head: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in head.split("\n"):
        out.append((pos, raw.rstrip("\r")))
        pos += len(raw) + 1
    return out


def _framing(text: str, table: dict[str, tuple[re.Pattern[str], int]]) -> tuple[str, int] | None:
    """The first entry of ``table`` (:data:`PREFIXES` or :data:`SUFFIXES`) that ``text`` is, with its strength."""
    for name, (pat, strength) in table.items():
        if pat.fullmatch(text):
            return name, strength
    return None


def _build(m: re.Match[str], form: str, has_year: bool, offset: int, rule: str, strength: int) -> Dateline | None:
    wd = m.group("wd")
    day = int(m.group("d"))
    month = int(m.group("mo")) if "mo" in m.groupdict() else month_number(m.group("m"))
    year = int(m.group("y")) if has_year else None
    if not 1 <= month <= 12:
        return None
    date: dt.date | None = None
    if year is not None:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
    elif not 1 <= day <= 31:
        return None
    return Dateline(text=m.group(0), start=offset + m.start(), end=offset + m.end(), date=date, year=year,
                    month=month, day=day, weekday=weekday_number(wd) if wd else None,
                    rule=f"{rule}:{form}", strength=strength)


def _line_candidates(line: str, offset: int, previous: str | None) -> list[Dateline]:
    found: list[Dateline] = []
    window = line[: _MAX_PREFIX + 60]
    if _DIGIT.search(window) is None:
        return found
    low = window.lower()
    has_month = any(stem in low for stem in _MONTH_STEMS) and _MONTH_NEXT_TO_DAY.search(window) is not None
    has_iso = _ISO_DIGITS.search(window) is not None
    for form, pat, has_year in _DATE_FORMS:
        if not (has_iso if form == "iso" else has_month):
            continue
        for m in pat.finditer(window):
            if m.start() > _MAX_PREFIX:
                break
            before, after = line[: m.start()], line[m.end():]
            pre, suf = _framing(before, PREFIXES), _framing(after, SUFFIXES)
            if pre is None or suf is None:
                continue
            fm = _FIELD_END.search(after, 0, 60)
            field = after[: fm.start()] if fm else after[:60]
            if is_furniture(before) or is_furniture(field):
                continue
            strength = max(pre[1], suf[1])
            if pre[0] == "bare" and previous is not None and is_furniture_label_line(previous):
                continue  # "Last Update 9:40" above a bare date: the page's stamp, not its dateline
            if not has_year and strength < 2:
                continue  # a bare "Oct 29" on its own line is not a dateline
            d = _build(m, form, has_year, offset, f"{pre[0]}+{suf[0]}", strength)
            if d is not None:
                found.append(d)
    return found


def scan(text: str) -> list[Dateline]:
    """Every dateline in the head of ``text``, best first (strongest, then earliest).

    Full-date datelines come before year-less ones.  Pure and linear: at most
    :data:`HEAD_CHARS` (plus the rest of the last line, capped) characters are read.
    """
    cut = text.find("\n", HEAD_CHARS, HEAD_CHARS + 300)
    head = text[: cut if cut >= 0 else HEAD_CHARS + 300]
    found: list[Dateline] = []
    previous: str | None = None
    for offset, line in _lines(head):
        if line.strip():
            found.extend(_line_candidates(line, offset, previous))
        previous = line.strip() if line.strip() else None
    # A chronology ("April 4 - Haftar orders ...", "April 7 - The GNA launches ...", one line each):
    # two or more lines that open with a bare date and a dash are a list of the story's dates, and
    # none of them is the article's dateline.
    listed = [d for d in found if d.rule.split(":", 1)[0] == "bare+lead"]
    if len({d.start for d in listed}) >= 2:
        found = [d for d in found if d not in listed]
    seen: set[int] = set()
    unique: list[Dateline] = []
    for d in sorted(found, key=lambda d: (d.year is None, -d.strength, d.start, -(d.end - d.start))):
        if d.start not in seen:
            seen.add(d.start)
            unique.append(d)
    return unique
