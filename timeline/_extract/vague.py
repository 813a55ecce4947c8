"""Vague references: PAST_REF, PRESENT_REF, FUTURE_REF with bounded windows.

Rules: ``vague_past`` ("recently", "more recently", "lately", "in recent days", "in recent weeks",
"recent quarters", "in past years", "in the past", "not long ago"), ``vague_present`` ("now",
"currently", "at present", "these days", "nowadays", "at the moment"), ``vague_future`` ("soon",
"shortly", "in the coming days", "coming quarters", "future quarters", "in the weeks ahead", "in
the near future", "in the near term", "in the short term", "in/into/about/for the future", "as soon as
possible", "at a later date").  The ``window`` field (days) bounds the interval at resolution
(see docs/expressions.md).

Spans follow the TimeBank majority: "right now" is spanned "now", "the coming years" without the
article, "more recently" whole.  Not time references: "Now," opening a
sentence (a discourse particle), "as soon as Tuesday" (a connective: the time is "Tuesday"),
"soon after the vote" (a relation), and "soon" in a past narrative ("was soon released", "soon
became"), which is relative to the story, not to the document date.
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


# "Now, ..." opening a sentence: a discourse particle (it turns the argument), not a time
_SENT_START = re.compile(r"(?:^|[.!?;:]['\"\u2019\u201d)]*\s+|[\"\u201c`(]\s*|\n\s*)$")


def _present(m: re.Match[str]) -> Hit | None:
    s = m.string
    if m.group(0) == "Now" and s[m.end():m.end() + 1] == "," and _SENT_START.search(s, max(0, m.start() - 4), m.start()):
        return None
    return Hit("vague", "DATE", {"ref": "PRESENT", "window": 1}, value="PRESENT_REF", tense=False)


def _future(m: re.Match[str]) -> Hit | None:
    t = m.group(0).lower()
    if t == "soon" and _AS_SOON.search(m.string, max(0, m.start() - 3), m.start()) and _AS_AFTER.match(m.string, m.end()):
        return None  # "as soon as Tuesday": a connective; the time is what follows
    w = 30 if ("soon" in t or "shortly" in t) else _window(t, 0) if "coming" in t or "next few" in t or "ahead" in t else 0
    if "near future" in t or t.endswith(" term"):
        w = 365
    h = Hit("vague", "DATE", {"ref": "FUTURE", "window": w or None}, value="FUTURE_REF", tense=False)
    if t.startswith("the coming"):
        h.start = m.start() + 4  # TimeBank spans "coming years" without the article
    return h


_AS_SOON = re.compile(r"\bas\s$")
_AS_AFTER = re.compile(r"\s+as\b")
# "soon" in a past narrative ("was soon released", "soon became") is relative to that story
_SOON_PAST_BEFORE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)"
_SOON_PAST_AFTER = r"(?!\s+(?:became|began|was|were|had|went|came|fell|grew|[a-z]+(?<!e)ed)\b)"

RULES = [
    Rule("vague_past",
         r"(?:(?:more\s+)?recently|lately|recent\s+(?:days|weeks|months|quarters|years|decades|times)|(?<=\bin\s)past\s+(?:years|decades)|(?<=in\s)the\s+past(?![\w-])(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|quarter))|not\s+long\s+ago|a\s+while\s+ago)(?![\w-])",
         _past, 42),
    Rule("vague_present",
         # "now that the roads are cut": still the present (TBAQ dev 2 / 0); "at the moment that": a clause
         r"(?:now(?![\w-])|(?:currently|at\s+present|presently|these\s+days|nowadays|at\s+the\s+moment|at\s+this\s+time)(?![\w-])(?!\s+that\b))",
         _present, 42),
    Rule("vague_future",
         r"(?:" + _SOON_PAST_BEFORE + r"soon(?!\s+(?:after|afterwards?|thereafter|before)\b)" + _SOON_PAST_AFTER + r"|shortly(?!\s+(?:after|before|afterwards?|thereafter)\b)|the\s+(?:coming|next\s+few)\s+(?:days|weeks|months|years)|the\s+(?:days|weeks|months|years)\s+ahead(?!\s+of\b)|the\s+near\s+future|(?:(?<=\bin\s)|(?<=\binto\s)|(?<=\babout\s)|(?<=\bfor\s)|(?<=\btoward\s)|(?<=\btowards\s))the\s+future(?=\s*[.,;:!?)\"\u201d\u2019]|\s+(?:and|or|but|as|when|if|unless|is|are|will|would)\b|\s*$)|as\s+soon\s+as\s+possible|a\s+later\s+date|the\s+(?:near|short)\s+term|(?:future|coming)\s+(?:days|weeks|months|quarters|years|decades))(?![\w-])",
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
    Example("More attacks are likely in the coming weeks.", "coming weeks", "FUTURE_REF"),
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
    Example("The army says it will soon retake the bridge.", "soon", "FUTURE_REF"),
    Example("Aid will be sent as soon as possible.", "as soon as possible", "FUTURE_REF"),
    Example("For now, the road stays closed.", "now", "PRESENT_REF"),
    Example("Now the militia controls the river crossing.", "Now", "PRESENT_REF"),
    Example("The town, once calm, is now tense.", "now", "PRESENT_REF"),
    Example("Right now the pass is closed.", "now", "PRESENT_REF"),
    Example("The port is the only outlet now that the roads are cut.", "now", "PRESENT_REF"),
    Example("More recently the group has turned to drones.", "More recently", "PAST_REF"),
    Example("The vote was put off to a later date.", "a later date", "FUTURE_REF"),
    Example("Losses will shrink in future quarters.", "future quarters", "FUTURE_REF"),
    Example("Exports should recover in coming months.", "coming months", "FUTURE_REF"),
    Example("Banks see little relief in the near term.", "the near term", "FUTURE_REF"),
    Example("The cut helps only in the short term.", "the short term", "FUTURE_REF"),
    Example("Such floods were rare in past years.", "past years", "PAST_REF"),
    Example("Margins have been thin in recent quarters.", "recent quarters", "PAST_REF"),
    # "the future" after a preposition of time or concern is the time to come (TimeBank dev 2 / 2)
    Example("Air strikes could go on well into the future if the talks fail.", "the future", "FUTURE_REF"),
    Example("Families in the camp are worried about the future and fear another winter.", "the future",
            "FUTURE_REF"),
    Example("The envoy said the ceasefire must hold for the future, whatever happens.", "the future", "FUTURE_REF"),
    Example("Farmers in the delta look toward the future, not the past.", "the future", "FUTURE_REF"),
    Example("Aid agencies are anxious about the future as funds run short.", "the future", "FUTURE_REF"),
    Example("The dam will supply the valley far into the future.", "the future", "FUTURE_REF"),
]

NEGATIVES = [
    Example("He knows that the recently-built dam is safe.", "recently-built"),
    Example("The past participle is tricky.", "The past"),
    Example("He left shortly after the blast.", "shortly"),
    Example("The years ahead of the vote were calm.", None),
    Example("Now, the council must decide what comes next.", "Now"),
    Example("Unrest grew. Now, the minister says, the army must act.", "Now"),
    Example("The convoy could leave as soon as Tuesday.", "soon"),
    Example("The hostage was killed soon after his capture.", "soon"),
    Example("The trickle of refugees soon became a flood.", "soon"),
    Example("He was soon released on bail.", "soon"),
    Example("The bank repaid its short-term debt.", "short-term"),
    Example("Near-term earnings will suffer.", "Near-term"),
    Example("The futures market fell.", "futures"),
    # "the future" as a noun of prospects, with its owner or its own verb: no time
    Example("They talked about the future of the city.", "the future"),
    Example("The vote is important to the future of our peoples.", "the future"),
    Example("\"The quarter was terrible, and the future looks bleak.\"", "the future"),
    Example("He has a rational approach to the future.", "the future"),
    Example("Talks for the future government stalled.", "the future"),
    Example("The past years' records were lost.", "past years"),
    Example("The envoy soon returned to the capital.", "soon"),
]
