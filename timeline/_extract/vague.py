"""Vague references: PAST_REF, PRESENT_REF, FUTURE_REF with bounded windows.

Rules: ``vague_past`` ("recently", "lately", "in recent days", "in recent weeks", "recent
years", "in the past", "previously"), ``vague_present`` ("now", "currently", "at present", "these
days", "nowadays", "at the moment", "so far"), ``vague_future`` ("soon", "shortly", "in the coming
days", "in the weeks ahead", "in the near future", "in the future", "as soon as possible", "at a later date").  The
``window`` field (days) bounds the interval at resolution (see docs/expressions.md).
"""

from __future__ import annotations

import re

from timeline._extract._rule import Example, Hit, Rule

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_WINDOWS = {"day": 10, "week": 42, "month": 183, "year": 5 * 365, "decade": 30 * 365}


def _window(text: str, default: int) -> int:
    for k, v in _WINDOWS.items():
        if k in text:
            return v
    return default


def _past(m: re.Match[str]) -> Hit | None:
    t = m.group(0).lower()
    w = 30 if "recent" in t or "lately" in t else 0
    if "recent" in t:
        w = _window(t, 30)
    return Hit("vague", "DATE", {"ref": "PAST", "window": w or None}, value="PAST_REF", tense=False)


def _present(m: re.Match[str]) -> Hit | None:
    return Hit("vague", "DATE", {"ref": "PRESENT", "window": 1}, value="PRESENT_REF", tense=False)


def _future(m: re.Match[str]) -> Hit | None:
    t = m.group(0).lower()
    w = 30 if ("soon" in t or "shortly" in t) else _window(t, 0) if "coming" in t or "next few" in t or "ahead" in t else 0
    if "near future" in t:
        w = 365
    return Hit("vague", "DATE", {"ref": "FUTURE", "window": w or None}, value="FUTURE_REF", tense=False)


RULES = [
    Rule("vague_past",
         r"(?:recently|lately|recent\s+(?:days|weeks|months|years|decades|times)|(?<=in\s)the\s+past(?![\w-])(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|quarter))|not\s+long\s+ago|a\s+while\s+ago)(?![\w-])",
         _past, 42),
    Rule("vague_present",
         r"(?:(?:right\s+|just\s+)?now|currently|at\s+present|presently|these\s+days|nowadays|at\s+the\s+moment|at\s+this\s+time)(?![\w-])(?!\s+that\b)",
         _present, 42),
    Rule("vague_future",
         r"(?:soon|shortly(?!\s+(?:after|before|afterwards?|thereafter)\b)|the\s+(?:coming|next\s+few)\s+(?:days|weeks|months|years)|the\s+(?:days|weeks|months|years)\s+ahead(?!\s+of\b)|the\s+near\s+future|(?<=in\s)the\s+future(?=\s*[.,;:!?)\"\u201d\u2019]|\s+(?:and|or|but|as|when|if|is|are|will|would)\b|\s*$)|as\s+soon\s+as\s+possible|(?:at\s+)?a\s+later\s+date)(?![\w-])",
         _future, 42),
]

EXAMPLES = [
    Example("A few hundred fighters recently moved west.", "recently", "PAST_REF",
            interval=("2016-09-29", "2016-10-30")),
    Example("IS has staged attacks in recent days.", "recent days", "PAST_REF"),
    Example("The assault would begin soon.", "soon", "FUTURE_REF"),
    Example("Forces are now within five km.", "now", "PRESENT_REF"),
    Example("There are currently no talks.", "currently", "PRESENT_REF"),
    Example("Such raids were common in the past.", "the past", "PAST_REF"),
    Example("More attacks are likely in the coming weeks.", "the coming weeks", "FUTURE_REF"),
    Example("Things will change in the near future.", "the near future", "FUTURE_REF"),
    Example("Aid convoys have lately been turned back.", "lately", "PAST_REF"),
    Example("Nowadays the road is open.", "Nowadays", "PRESENT_REF"),
    Example("The talks are at present suspended.", "at present", "PRESENT_REF"),
    Example("A decision is expected shortly.", "shortly", "FUTURE_REF"),
    Example("Funds may have to sell bonds in the weeks ahead.", "the weeks ahead", "FUTURE_REF",
            interval=("2016-10-29", "2016-12-11")),
    Example("The months ahead will be hard.", "The months ahead", "FUTURE_REF"),
    Example("Investors expect volatility in the days ahead.", "the days ahead", "FUTURE_REF"),
    Example("Attacks have grown in recent weeks.", "recent weeks", "PAST_REF", interval=("2016-09-17", "2016-10-30")),
]

NEGATIVES = [
    Example("He knows that the recently-built dam is safe.", "recently-built"),
    Example("The past participle is tricky.", "The past"),
    Example("He left shortly after the blast.", "shortly"),
    Example("The years ahead of the vote were calm.", None),
]
