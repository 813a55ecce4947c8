"""Patterns the linker reads a sentence with: subordinate and own clauses, participles, appositives,
perfects, and what a day an act was announced says of it (split from :mod:`._link`)."""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._lexicon import LEXICON
from timeline._events._text import Sentence
from timeline.model import Expression, Relation

__all__ = ["AFTER_BEGAN", "ANNOUNCED", "ANNOUNCING", "APPOSED_CUE", "INFINITIVE_OBJECT", "NP_COMPLEMENT", "OWN_CLAUSE", "PAST_VERB", "PRESENT", "PARTICIPLE_AFTER", "PARTICIPLE_GAP", "PASSIVE_GAP", "PERFECT", "RELATIVE_OPEN", "RELATIVE_THAT", "RELATIVE_VERB", "REPORT_DATE_GAP", "STATE", "SUBORDINATE", "SUBORDINATOR", "VERB_COMPLEMENT", "VERB_PP_OBJECT", "WITH_BEFORE", "NOT_PREMODIFIER", "ANNIVERSARY", "called_off", "FRONTED_SUBORDINATE", "dated_between", "day_of", "in_since_clause", "now_of_state", "part_of_day", "since_clause", "dated_before_subordinate", "opened_by", "openers", "OWNER_TIME", "occurred_head", "FINE", "REPORTED_PROGRESSIVE", "announced_to_come", "apposed_state", "aspect_noun_of", "reported_start", "unevented_duration_verb", "birth_date", "not_dated_by", "participle_adjunct", "reduced_relative"]

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


# a possessive time, then an aspect noun and the event it opens or closes: "yesterday's launch of the offensive",
# "Sunday's collapse of the truce" (the time dates that end of the event)
_ASPECT_NOUN = {w: rel for rel in ("begins", "ends") for w in LEXICON.aspect.get(rel, ()) if " " not in w}
_OWNED_ASPECT = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\s+((?:[\w'-]+\s+){0,3}[\w'-]+)",
                           re.IGNORECASE)


def aspect_noun_of(dm: DocMentions, pos: int, in_sent: list[Mention]) -> tuple[Mention | None, str | None]:
    """The event a possessive time's aspect noun governs, and which end of it the time dates."""
    m = _OWNED_ASPECT.match(dm.text, pos)
    rel = _ASPECT_NOUN.get(m.group(1).lower()) if m is not None else None
    if m is None or rel is None:
        return None, None
    words = {m.start(2) + w.start() for w in re.finditer(r"[\w'-]+", m.group(2))}
    return next((x for x in in_sent if x.nominal and x.start in words), None), rel


# the verb a duration closes: "(Islamic State) has ruled (the city) for", "(inspectors) held for", "were trapped for"
_DURATION_VERB = re.compile(r"(?:\b(?:has|have|had|was|were|is|are|be|been|being)\s+(?:been\s+)?(?:\w+ly\s+)?"
                            r"(?P<aux>(?!been\b)[a-z]+(?:ed|en|wn)|held|kept|fought|hid|stood|sat|lay|ran|led|won|spent)"
                            r"\s+(?:(?!and\b|but\b)[\w'-]+\s+){0,4}?|\b(?P<bare>(?!been\b)[a-z]+ed|held|kept|fought|hid|stood|"
                            r"sat|lay|ran|led)\s+)(?:for|over)\s+$")
# between an event noun and the verb it is the subject of: "(offensive) has battered", "(siege) of the city has"
_SUBJECT_GAP = re.compile(r"(?:\s+(?:of|on|in|against|by|for|to|into|toward|towards|near|around)(?:\s+[\w'-]+){1,3}?)?\s+",
                          re.IGNORECASE)
# verbs that tell how long their subject went on ("fighting has raged for three days"): the subject's duration
_LASTING = re.compile(r"(?:last|continu|rag|dragg|persist|stretch|linger|endur|remain|stay)e?d|gone|run|ran",
                      re.IGNORECASE)


def unevented_duration_verb(dm: DocMentions, e: Expression, lo: int, in_sent: list[Mention],
                            near_cues: range) -> bool:
    """Whether duration ``e`` closes a verb of its own ("has ruled ... for three years") that is no event
    mention, no aspect cue and no verb of lasting: then the duration measures nothing on the timeline."""
    m = _DURATION_VERB.search(dm.text, max(lo, e.start - 80), e.start)
    if m is None:
        return False
    g = "aux" if m.group("aux") else "bare"
    v0 = m.start(g)
    if _LASTING.fullmatch(m.group(g)):
        return False
    if any(x.nominal and x.end <= m.start() and _SUBJECT_GAP.fullmatch(dm.text, x.end, m.start()) for x in in_sent):
        return False  # "Turkey's offensive has battered the enclave for 32 days": its subject's duration
    if any(x.start <= v0 < x.end for x in in_sent) or any(
            dm.cues[k].start <= v0 < dm.cues[k].end for k in near_cues):
        return False
    # (its object may be an event: "have pressed the offensive for the past seven days" - the offensive's)
    return not any(x.start < e.start and v0 < x.end for x in dm.mentions_starting(max(0, v0 - 30), e.start))


# between a report's date and the aspect verb of what it reports: "said on Tuesday (it had) begun", "announced on
# Sunday that the army had launched", "told reporters on Monday the great battle had started"
_REPORTED_ASPECT = re.compile(r"\s*,?\s+(?:(?:to\s+)?(?:reporters|journalists|parliament|lawmakers)\s+)?(?:that\s+)?"
                              r"(?:[\w'\u2018\u2019-]+\s+){0,5}?(?:(?P<aux>has|have|had|was|were|is|are)\s+)?"
                              r"(?:\w+ly\s+)?$", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:will|would|shall|could|might|may|to|not|never|plans?|planned|planning|soon|"
                       r"ready|about)\b", re.IGNORECASE)
# between a report verb and its date: "said on", "told reporters late on", "told the BBC on"
_REPORT_TO_DATE = re.compile(r"\s+(?:(?:reporters|journalists|lawmakers|parliament|(?:the\s+)?[A-Z][\w-]+)\s+)?"
                             r"(?:(?:late|early)\s+)?(?:on|in|at|by)?\s*")
# a noun announced right after the date: "announced on Sunday a full-scale 'anti-terrorist operation'"
_ANNOUNCED_OBJECT = re.compile(r"\s*,?\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'\u2018\u2019\"-]+\s+){0,3}?"
                               r"[\u2018'\"]?", re.IGNORECASE)
_PLANNED = re.compile(r"[^,;.]{0,60}?\b(?:will|would|to\s+(?:begin|start)|planned|next|coming|later)\b", re.IGNORECASE)
# what the day an announcement was made says of the operation it announces: it is launched by the announcement
_LAUNCHED_BY_ANNOUNCEMENT: dict[str, Relation] = {"offensive": "begins", "campaign": "begins", "battle": "begins"}


def reported_start(dm: DocMentions, cue: Cue, e: Expression, in_sent: list[Mention]) -> list[tuple[Mention, Relation]]:
    """The start a dated report tells: "said on Tuesday it had begun its attack" - the attack began by then and
    was going on (includes); "said on Tuesday it was launching an offensive" - it begins that day;
    "announced on Sunday a full-scale operation" - the announcement launches it (begins)."""
    text = dm.text
    if cue.end > e.start or _REPORT_TO_DATE.fullmatch(text, cue.end, e.start) is None:
        return []
    out: list[tuple[Mention, Relation]] = []
    for m in in_sent:
        if not m.nominal or m.start < e.end or m.tense == "future":
            continue
        if m.aspect == "begins" and m.aspect_span is not None and e.end <= m.aspect_span[0] and (
                g := _REPORTED_ASPECT.fullmatch(text, e.end, m.aspect_span[0])) is not None \
                and not _NOT_DONE.search(text, e.end, m.aspect_span[0]):
            verb = text[m.aspect_span[0] : m.aspect_span[1]].lower()
            progressive = verb.endswith("ing") and (g.group("aux") or "").lower() in {"was", "were", "is", "are"}
            out.append((m, "begins" if progressive else "includes"))
        elif text[cue.start : cue.end].lower() in ANNOUNCING and m.type in _LAUNCHED_BY_ANNOUNCEMENT \
                and _ANNOUNCED_OBJECT.fullmatch(text, e.end, m.start) and not _NOT_DONE.search(text, e.end, m.start) \
                and not _PLANNED.match(text, m.end):
            out.append((m, _LAUNCHED_BY_ANNOUNCEMENT[m.type]))
        if out:
            break
    return out


# a reported past progressive right before a verb: "(said on Monday it) was (suspending)"
REPORTED_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:now\s+|already\s+)?$", re.IGNORECASE)


# an appositive noun phrase that a time closes: ", their stronghold since April", ", the group's capital for three
# years" (the time tells how long the noun held, and a noun that names no event puts nothing on the timeline)
# (also with a reduced relative clause: ", a town the Kurds had controlled since 2016")
_APPOSED_STATE = re.compile(r",\s+(?:(?:the|a|an|their|its|his|her)\s+|[\w-]+['\u2019]s\s+)"
                            r"(?:(?!(?:and|but|said|says|after|before|when|while)\b)[\w'-]+\s+){0,6}?"
                            r"(?:since|for)\s+$", re.IGNORECASE)


def apposed_state(dm: DocMentions, e: Expression, lo: int) -> bool:
    """Whether ``e`` closes an appositive noun phrase with no event mention in it."""
    m = _APPOSED_STATE.search(dm.text, max(lo, e.start - 80), e.start)
    return m is not None and not dm.mentions_starting(m.start(), e.start)


def announced_to_come(dm: DocMentions, cue: Cue, e: Expression, m: Mention) -> bool:
    """"announced on Tuesday an offensive to begin after the elections", "a planned offensive": the day is
    the announcement's, and the event is still to come."""
    text = dm.text
    return cue.end <= e.start and e.end <= m.start and _REPORT_TO_DATE.fullmatch(text, cue.end, e.start) is not None \
        and _ANNOUNCED_OBJECT.fullmatch(text, e.end, m.start) is not None \
        and (_NOT_DONE.search(text, e.end, m.start) is not None or _PLANNED.match(text, m.end) is not None)


# a birth date: "Born on 3 March 1961, the general ...", "who was born in 1961" (a life, not an event of the news)
_BORN = re.compile(r"\bborn\s+(?:(?:on|in|at)\s+)?(?:(?:early|late|mid)\s+)?$", re.IGNORECASE)


def birth_date(text: str, e: Expression, lo: int) -> bool:
    """Whether ``e`` tells when someone was born: it dates no event of the sentence."""
    return _BORN.search(text, max(lo, e.start - 24), e.start) is not None


# after a date, the object of a verb that names no event: "claimed responsibility on Tuesday for the bombing",
# "called on Monday for a ceasefire", "arrested two men on Friday for the killing" (that act is another, earlier
# or later one; the date is the verb's)
_FOR_OBJECT = re.compile(r"\s*,?\s+for\s+(?:(?:the|a|an|its|their|his|her|last|this)\s+)?(?:[\w'-]+\s+){0,3}?",
                         re.IGNORECASE)
# ... but people who come together "for" an event come on its day: "gathered in Tunis on Friday for the first
# meeting", "is due in Damascus on Saturday for talks", "flew to Cairo on Monday for the summit"
_GATHERED_FOR = re.compile(r"\b(?:gather(?:s|ed|ing)?|met|meets?|meeting|arriv(?:e|es|ed|ing)|due|conven(?:e|es|ed|ing)|"
                           r"assembl(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|fl(?:ew|y|ies|ying)|c[ao]me|coming|"
                           r"head(?:s|ed|ing)?|scheduled|expected|set|return(?:s|ed|ing)?|summoned|invited)\b"
                           r"(?:(?!\b(?:for|and|but)\b)[^,;.])*$", re.IGNORECASE)
# an event noun that modifies the place it is part of: "at the concert arena", "near the protest camp", "outside the
# war museum" (the noun names a kind of place, no event)
_PLACE_MODIFIER_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|to|from|around|behind)\s+(?:the|a|an)\s+"
                                    r"(?:[a-z-]+\s+)?$", re.IGNORECASE)
_PLACE_MODIFIER_AFTER = re.compile(r"\s+(?!(?:on|in|at|of|by|for|near|and|or|but|that|which|who|was|were|is|are|has|"
                                   r"had|have|will|would|began|begins|started|ended|yesterday|today|tonight|overnight|"
                                   r"last|this|next|earlier|later|early|late|since|during|after|before|against|between|"
                                   r"with|into|from|to|killed|left|there|here)\b)[a-z]+\b(?![-'])")
# "the second anniversary of the invasion on Saturday", "Saturday, the first anniversary of the coup": the date is
# the anniversary's (the event itself was whole years before)
_ANNIVERSARY_OF = re.compile(r"\banniversar(?:y|ies)\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'-]+\s+){0,2}?$",
                             re.IGNORECASE)


def not_dated_by(dm: DocMentions, e: Expression, m: Mention) -> bool:
    """Whether the event ``m`` is never dated by the nearby time ``e``: it is the object of "for" after the time
    (the time is the verb's), a noun modifying a place ("the concert arena"), or the event an anniversary recalls."""
    text = dm.text
    if m.start >= e.end and m.nominal and _FOR_OBJECT.fullmatch(text, e.end, m.start) \
            and not _GATHERED_FOR.search(text, max(m.sent.start, e.start - 80), e.start):
        return True
    if m.nominal and _PLACE_MODIFIER_BEFORE.search(text, max(0, m.start - 30), m.start) \
            and _PLACE_MODIFIER_AFTER.match(text, m.end):
        return True
    return _ANNIVERSARY_OF.search(text, max(0, m.start - 60), m.start) is not None


_RIGHT_AFTER = re.compile(r"\s*")


def participle_adjunct(dm: DocMentions, e: Expression, span: tuple[int, int] | None, in_sent: list[Mention]) -> bool:
    """Whether the aspect verb at ``span`` is a participle right after ``e`` ("on Monday night ending the war") that
    follows a verb of the same clause ("signed a ceasefire"): the date is that verb's."""
    text = dm.text
    if span is None:
        return False
    start, end = span
    return start >= e.end and text[start:end].lower().endswith("ing") \
        and _RIGHT_AFTER.fullmatch(text, e.end, start) is not None and any(
            not x.nominal and x.end <= e.start and e.start - x.end <= 60 and not re.search(r"[,;]", text[x.end : e.start])
            for x in in_sent)


# a relative clause with no "that" between a noun and its report verb: "the truce (the government) announced on
# Friday", "the ceasefire (President Olsen) declared last week" (the noun is the verb's object, the date its own)
_REDUCED_SUBJECT = re.compile(r"\s+(?:(?:the|its|their|his|her)\s+(?:[\w'-]+\s+){0,2}?[a-z][\w'-]*|"
                              r"(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+)\s+")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def reduced_relative(text: str, m: Mention, verb_start: int, verb_end: int) -> bool:
    """Whether the definite event noun ``m`` is the object of a report verb in a relative clause without "that"
    ("the truce the government announced on Friday"), the verb followed by its date."""
    return _REDUCED_SUBJECT.fullmatch(text, m.end, verb_start) is not None \
        and _DEFINITE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        and PARTICIPLE_AFTER.match(text, verb_end) is not None
