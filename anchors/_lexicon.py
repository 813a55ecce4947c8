"""Words a dateline is made of: months, weekdays, news agencies (English-language wire style).

Each is a regex *source* (no groups of its own) plus a lookup from a matched word to its number,
so the dateline patterns can be assembled from small named pieces.
"""

from __future__ import annotations

__all__ = ["AGENCY", "MONTH", "MONTHS", "WEEKDAY", "WEEKDAYS", "month_number", "weekday_number"]

#: Month names and their abbreviations (Sept included); a trailing dot is optional.
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
#: Weekday names and the abbreviations papers print (Tue, Tues, Thu, Thur, Thurs).
WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\b\.?"
)
#: Wire services and agencies whose name opens or closes a dateline ("AFP ,", "(Reuters) -").
AGENCY = (
    r"(?:AFP|Reuters|AP|Associated\s+Press|Xinhua|dpa|DPA|Anadolu(?:\s+Agency)?|AA|ANI|IANS|PTI|UPI|EFE"
    r"|ANSA|Kyodo|TASS|RIA(?:\s+Novosti)?|Interfax|IRNA|KUNA|WAM|SPA|MENA|Bernama|Yonhap|Rudaw|NINA"
    r"|Agence\s+France-Presse|Agence\s+France\s+Presse|Bloomberg|CNN|BBC|Al\s+Jazeera|Sputnik)"
)

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def month_number(word: str) -> int:
    """1..12 for a month word matched by :data:`MONTH` ("Oct.", "October", "SEPT")."""
    return MONTHS.index(word.strip(". ").lower()[:3]) + 1


def weekday_number(word: str) -> int:
    """0 (Monday) .. 6 (Sunday) for a weekday word matched by :data:`WEEKDAY`."""
    return WEEKDAYS.index(word.strip(". ").lower()[:3])
