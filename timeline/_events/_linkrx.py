"""Patterns the linker reads a sentence with: subordinate and own clauses, participles, appositives,
perfects, and what a day an act was announced says of it (split from :mod:`._link`)."""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._text import Sentence
from timeline.model import Expression, Relation

__all__ = ["AFTER_BEGAN", "ANNOUNCED", "ANNOUNCING", "APPOSED_CUE", "INFINITIVE_OBJECT", "NP_COMPLEMENT", "OWN_CLAUSE", "PAST_VERB", "PRESENT", "PARTICIPLE_AFTER", "PARTICIPLE_GAP", "PASSIVE_GAP", "PERFECT", "RELATIVE_OPEN", "RELATIVE_THAT", "RELATIVE_VERB", "REPORT_DATE_GAP", "STATE", "SUBORDINATE", "SUBORDINATOR", "VERB_COMPLEMENT", "VERB_PP_OBJECT", "WITH_BEFORE", "NOT_PREMODIFIER", "ANNIVERSARY", "called_off", "FRONTED_SUBORDINATE", "dated_between", "day_of", "in_since_clause", "now_of_state", "part_of_day", "since_clause", "dated_before_subordinate", "opened_by", "openers", "OWNER_TIME", "occurred_head", "FINE"]

# (also "..., a day after", "two weeks before": a gap, then the other event)
SUBORDINATE = re.compile(r"^\s*,?\s*(?:(?:just\s+|only\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+)?"
                         r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
                         r"(?:hours?|days?|weeks?|months?|years?)\s+)?(?:(?:long|shortly|soon|just|only|well|immediately|"
                         r"right|even)\s+)?(?:after|before|following|ahead\s+of|amid|since)\b",
                         re.IGNORECASE)
# between a date and an event noun: "(vowed on Monday) to carry the (operation)": the noun is the object of
# an infinitive the dated verb governs, so the date is that verb's
INFINITIVE_OBJECT = re.compile(r"\s*,?\s+to\s+[a-z]+(?:\s+(?:out|on|up|forward|ahead))?\s+"
                               r"(?:the|a|an|its|their|this|that|his|her)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# between a date and an event noun: "(struck back with suicide bombers on Tuesday) against the (assault)": the
# noun is the object of the dated verb's preposition, so the date is the verb's
VERB_PP_OBJECT = re.compile(r"\s+(?:against|on|upon|at|into|toward|towards)\s+(?:the|a|an|its|their|this|that)\s+"
                            r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)
VERB_COMPLEMENT = re.compile(r"\s+(?:(?!and\b|but\b|which\b|who\b|that\b)[\w'-]+\s+){0,4}?(?:on|in|at|during|last|early|late)?\s*",
                             re.IGNORECASE)
PASSIVE_GAP = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?")
NP_COMPLEMENT = re.compile(r"\s+(?:of|in|on|at|for|against|by|to|toward|towards|into)\s+[^,;.]{1,40}?\s+"
                            r"(?:on|in|at|during|last|early|late)?\s*", re.IGNORECASE)
REPORT_DATE_GAP = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on|in|at|by)?\s*")
PARTICIPLE_GAP = re.compile(r"\s*,?\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?")
# what follows a participle set off by commas: its own date or agent ("announced late on Tuesday, ...")
PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on|in|at|by|last|this|yesterday|today|overnight)\b",
                               re.IGNORECASE)
ANNOUNCING = frozenset(["announced", "stated", "confirmed"])
# What the day an act was announced says of it: a declaration is made that day; a ceasefire, an evacuation or
# a withdrawal takes effect then or later; a deal was reached by then.  (Never "on" for those: another article
# may give the day it took effect, and an announcement's date must not contradict it.)
ANNOUNCED: dict[str, Relation] = {"proclamation": "on", "ceasefire": "after", "evacuation": "after",
                                   "withdrawal": "after", "agreement": "before"}
OWN_CLAUSE = re.compile(r"\b(?:it|they|he|she|we|who)\s+(?:had\s+|has\s+|have\s+)?(?!(?:is|are|was|were|will|would|"
                         r"could|can|may|might|must|should|say|says|said|also|still|now|then|since|for|in|on|at|until|from|to|by|"
                         r"with|back|out|over|up|down|during|through|after|before)\b)[a-z]+\b"
                         r"(?![^,;]*\b(?:and|but)\b)")
STATE = re.compile(r"\w+\s+(?:had\s+|has\s+|have\s+)?(?:held|controlled|occupied|kept|ruled)\b")
PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)?\b")
APPOSED_CUE = re.compile(r"^\s*,\s+(?:(?:at|in|on|by|to)\s+)?(?:the|a|an|its|their)\s", re.IGNORECASE)


def called_off(text: str, m: Mention, in_sent: list[Mention]) -> bool:
    """A noun a verb stops ("called off a planned assault"): the stopping happened, not the noun."""
    return any(x.type == "suspension" and not x.nominal and x.end <= m.start and m.start - x.end <= 40
               and "," not in text[x.end : m.start] for x in in_sent)


# a sentence that opens with a subordinate clause: "Thirty-one days after the war began, ..."
FRONTED_SUBORDINATE = re.compile(r"\W*(?:[\w-]+\s+){0,4}?(?:after|before|since|when|once|until|as)\s+[^,;]*$",
                                 re.IGNORECASE)
# a relative clause with a verb of its own between a date and a later trigger: "the moment that turned
# opinion against the campaign", "the separatists who had started (a rebellion)"
RELATIVE_VERB = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}?[a-z]+ed\b")
# a restrictive relative clause open right before a verb: "the militia that captured (the dam on Monday)"
RELATIVE_THAT = re.compile(r"\b(?:that|which|who)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# a relative clause set off by commas, open right before a verb: "gunners, who shelled"
RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\s+(?:[\w'-]+\s+){0,3}$")


SUBORDINATOR = re.compile(r"\b(?:after|following|amid|before|ahead\s+of)\b", re.IGNORECASE)


def dated_before_subordinate(text: str, m: Mention, e: Expression, expressions: list[Expression],
                              starts: list[int]) -> bool:  # (expressions sorted by start; starts: theirs)
    """``m`` has its own date, then an after/following phrase holds ``e``: ``e`` dates that phrase's event."""
    if e.start - m.end > 200:
        return False
    marks = list(SUBORDINATOR.finditer(text, m.end, e.start))
    if not marks:
        return False
    cut = marks[-1].start()
    lo, hi = bisect.bisect_left(starts, m.end), bisect.bisect_left(starts, cut)  # indexed: no scan per candidate
    return any(x.type in ("DATE", "TIME") and x.end <= cut for x in expressions[lo:hi] if x is not e)


# an instrument phrase right before an event noun: "(opened the operation) with (air strikes)"
WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def openers(text: str, in_sent: list[Mention], mn: Mention, lo: int) -> list[Mention]:
    """What ``mn`` (an instrument noun: "with air strikes") opened, in the same clause: "Turkey opened
    the operation with air strikes on Saturday" - the operation began that day."""
    for x in reversed(in_sent):
        if x.index != mn.index and x.end <= mn.start and lo <= x.start and mn.start - x.end <= 120 \
                and x.aspect == "begins" and not re.search(r"[;.]", text[x.end : mn.start]):
            return [x]
    return []


# "Thirty-one days after the war began, the deaths ... are still cited": a gap told from the present
AFTER_BEGAN = re.compile(r"\s+after\s+(the\s+[^,;.]+?)\s+(?:began|started|erupted|broke\s+out)\s*,([^;.]*)",
                          re.IGNORECASE)
PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|still|now)\b")
PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b")


_COMMA_END = re.compile(r",\s*$")


def opened_by(dm: DocMentions, e: Expression, sent: Sentence, cue_starts: list[int]) -> list[int]:
    """The event a participle clause after the dated verb opens: "pushed into the streets of X on Monday, the
    governor said, opening a battle for the city itself" - the battle began that day."""
    text = dm.text
    for c in dm.cues[bisect.bisect_left(cue_starts, e.end) :]:  # (cues are in text order)
        if c.sent != sent.index:
            break
        if c.kind == "aspect" and c.relation == "begins" and c.host is not None and dm.mentions[c.host].nominal \
                and text[c.start : c.end].lower().endswith("ing") and _COMMA_END.search(text, sent.start, c.start):
            return [c.host]
    return []


# "since its forces were routed at X last August": a clause of its own after "since" (a subject and a verb)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?!(?:then|(?:last|early|late|mid)\b))(?:[\w'-]+\s+){0,5}?"
                           r"(?:was|were|is|are|had|has|have|did|[a-z]+ed|began|fell|took|won|lost|came|went|broke|drove|"
                           r"fought|struck|held|left|met|ran|rose|saw|shot|sent|swept|threw|overran|retook)\b[^,;]*$",
                           re.IGNORECASE)


# "the extra troops that President Obama ordered to Afghanistan on Dec. 1": a relative clause with a
# subject and a verb of its own
_OWN_RELATIVE = re.compile(r"\b(?:that|which|whom)\s+(?:[\w'.-]+\s+){1,5}?(?:had\s+|has\s+|have\s+)?"
                           r"(?:[a-z]+ed|took|sent|gave|brought|made|put|set|won|lost|held|left|met)\s+[^,;]*$")


def since_clause(text: str, sent: Sentence, e: Expression) -> tuple[int, int] | None:
    """The span of the "since ..." clause (or relative clause with a subject of its own) a date stands in,
    when the clause has a verb of its own: only that verb (or a trigger in the clause) may take the date
    ("the worst setback since its forces were routed at Ilovaisk last August": August is the rout's, not
    the setback's; "the troops that the president ordered to the front on Dec. 1": not the offensive's)."""
    m = _SINCE_CLAUSE.search(text, sent.start, e.start) or _OWN_RELATIVE.search(text, sent.start, e.start)
    if m is None:
        return None
    end = re.compile(r"[,;]").search(text, e.end, sent.end)
    return m.start(), end.start() if end is not None else sent.end


def in_since_clause(text: str, sent: Sentence, e: Expression, in_sent: list[Mention], near_cues: range,
                    cue_starts: list[int]) -> tuple[list[Mention], range]:
    """The mentions and cues that may take a date standing in a "since" clause: those of that clause."""
    since = since_clause(text, sent, e)
    if since is None:
        return in_sent, near_cues
    return ([m for m in in_sent if since[0] <= m.start < since[1]],
            range(max(near_cues.start, bisect.bisect_left(cue_starts, since[0])),
                  min(near_cues.stop, bisect.bisect_left(cue_starts, since[1]))))


_STATE_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:looks?|seems?|appears?|is|are|remains?|stands?|lies|lie)\b")


def now_of_state(text: str, e: Expression, m: Mention) -> bool:
    """"The accord of early March now looks close to collapse": a "now" before a verb of state tells the
    state of the noun before it, not its date."""
    return e.value == "PRESENT_REF" and m.nominal and m.end <= e.start and \
        _STATE_VERB.match(text, e.end) is not None


_DAY_OF = re.compile(r"(?:\s+(?:straight|consecutive|successive)\s+(?:days?|weeks?|months?|nights?))?\s+of\s+"
                     r"(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def day_of(dm: DocMentions, e: Expression, sent: Sentence) -> Mention | None:
    """"a fourth straight day of air and artillery strikes": the event noun the ordinal counts."""
    return next((x for x in dm.mentions_starting(e.end, min(sent.end, e.end + 60)) if x.nominal
                 and _DAY_OF.fullmatch(dm.text, e.end, x.start)), None)


_EARLY_LATE = re.compile(r"\b(?:early|late)\s+(?:on\s+)?$", re.IGNORECASE)


def part_of_day(text: str, e: Expression) -> bool:
    """"said early on Saturday that he had pulled out": a part of the day, whose act may be of that day."""
    return _EARLY_LATE.search(text, max(0, e.start - 12), e.start) is not None


def dated_between(expressions: tuple[Expression, ...], i: int, cue_start: int, cue_end: int) -> bool:
    """Whether another date stands between a verb and expression ``i``: "The offensive, launched on
    November 15, took the district on Friday" (the verb has its own date; Friday is not its)."""
    e = expressions[i]
    lo, hi = (cue_end, e.start) if cue_end <= e.start else (e.end, cue_start)
    return any(lo <= x.start and x.end <= hi and x.type in {"DATE", "TIME"}
               for x in expressions[max(0, i - 4) : i + 5] if x is not e)
# words that cannot stand between a date and the noun it premodifies: "ordered his troops on Friday to halt
# their advance" (an infinitive and its owned object), not "the 2003 US-led invasion".  (A bare "to" is still let
# through: "voted over the weekend to extend martial law" then relates the vote by its date to a campaign through
# "days after", which _relations reads as the campaign's start; see requests.md)
NOT_PREMODIFIER = re.compile(r"\b(?:their|its|his|her|our|my|your|by|for|from|with|as|into|after|before|"
                             r"than|was|were|is|are|had|has|have|that|which|who)\b", re.IGNORECASE)
# between a date and a later event: the date of an anniversary, not of what it recalls ("Sunday will mark a
# year since the massacre", "Friday marks six months since the fall of the town")
ANNIVERSARY = re.compile(r"\b(?:marks?|marked|marking|is|was|will\s+be)\s+(?:exactly\s+|just\s+)?(?:a|one|two|three|four|"
                         r"five|six|seven|eight|nine|ten|\d+)\s+(?:full\s+)?(?:years?|months?|weeks?|days?)\s+since\b",
                         re.IGNORECASE)

# between a time and the campaign noun it owns: "last week's battle for X", "Sunday's fierce siege of X"
OWNER_TIME = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}")

#: Grains of a date that put an act on one day.
FINE = frozenset({"day", "hour", "minute", "part_of_day"})
# a relative clause or participle whose verb only says that something took place, right before a date
_OCCURRED = re.compile(r",\s*(?:(?:which|that)\s+(?:had\s+|has\s+)?(?:took\s+place|happened|occurred|unfolded|"
                       r"(?:was|were)\s+(?:carried\s+out|conducted|staged))|carried\s+out|conducted|staged)\s+"
                       r"(?:(?:late|early)\s+)?(?:on|in|at|during|over|overnight\s+on)?\s*(?:the\s+|an?\s+)?$", re.IGNORECASE)
# between an event noun and that comma: its complements ("withdrawal from the X district of Y")
_HEAD_GAP = re.compile(r"(?:\s+(?:of|on|in|at|from|against|by|to|toward|towards|into|near|outside)\s+[^,;.()]{1,60}?)?\s*")


def occurred_head(text: str, sent_start: int, e: Expression, in_sent: list[Mention]) -> Mention | None:
    """The event noun a date after ", which took place on", ", carried out on" dates: "the withdrawal from
    X, which took place on June 6", "the raid on the depot, carried out on the night of May 2" (the noun
    before the comma, with only its complements between; suggested and checked by R, session 6)."""
    occ = _OCCURRED.search(text, max(sent_start, e.start - 60), e.start)
    if occ is None:
        return None
    return next((m for m in reversed(in_sent) if m.nominal and sent_start <= m.start and m.end <= occ.start()
                 and _HEAD_GAP.fullmatch(text, m.end, occ.start())), None)


_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve|\u2019ve|is|are|was|were|be|been|being)\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)


def simple_past(text: str, start: int) -> bool:
    """The verb at ``start`` stands alone, with no auxiliary right before it ("they seized", "he
    launched"; not "have now lost", "was retaken")."""
    return _PERFECT_BEFORE.search(text, max(0, start - 30), start) is None


# a date that closes a second, coordinated predicate of its own verb: "the campaign was halted in July and
# revived in mid-September" (mid-September is the reviving's)
COORDINATED_PREDICATE = re.compile(r"\band\s+(?:then\s+|later\s+|again\s+)?(?:\w+ly\s+)?[a-z]+ed\s+(?:(?:on|in|at|by|"
                                   r"during|early|late|last|this|from)\s+)*$", re.IGNORECASE)
