"""Acts told in a participial appositive: "NP, <past participle> <date> ..." (session 13).

News tells an act done to a noun phrase as a reduced relative clause set off by a comma, with its date:
"the army has seized X, the Y causeway, taken on January 9, and ...", "The army, deployed on Friday night
after the police melted away, has stood aside", "Z, released on Monday after his detention, wrote ...".
The participle is the act, the noun phrase before the comma its patient (its target), the date in the
same comma-delimited phrase its date; the main clause's verb is no owner of that date.

Semantics.  A past participle ``P`` (an -ed form or an irregular participle) reads as such an act when

* right before it stand a noun phrase and a comma (adverbs such as "only", "later", "reportedly" may come
  between): a name ("Kidal", "Wael Ghonim"), a determiner's phrase ("the Zuhur district", "The army") or a
  bare plural opening the sentence ("Protesters, detained on ...");
* after it, in the same phrase (no comma, no clause-opening word), come at most a few words (a particle,
  "by AGENT", a complement: "flown in from Kenya", "taken to hospital") and then a time phrase: a point
  or period ("on Monday", "in June 2014", "last week", "yesterday") or, for the verbs the lexicon knows,
  "since Monday" (an act going on since then: "the town, shelled since Monday");
* the noun phrase is no event noun the rules already read (then the date is that noun's, as before:
  "The deal, signed on Monday, ...", "the ceasefire, agreed on Sunday, ..."), no time ("On Monday,"),
  no discourse adverb ("Meanwhile,"), and the participle is no state or accompaniment ("backed by",
  "armed with", "based in", "expected", "trapped", "wounded": such a participle tells no act, or it
  describes the main clause's subject).

Then the act is a passive: its actor is the agent after "by" (none else: "Wael Ghonim, released on
Monday" was released by somebody, not by himself), its target what the noun phrase names (a place, a
person, an actor; the phrase itself for the label).  A lexicon verb is then an ordinary mention of its
type: the entry is chosen as if the phrase were its object ("took the Y causeway") or its passive
subject ("Ghonim was released").  A verb the lexicon lacks is an open act (``act:<lemma>``, see
:mod:`._open`), made here, before linking, so that the linker gives it the date and not the main verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline._events import _openverbs as ov
from timeline._events._doc import DocMentions, Mention
from timeline._events._lexicon import NOMINAL, VerbEntry, trigger_pattern
from timeline._events._roles import names_in
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline._events._where import actors_in, agent_after_by, places_in, real_targets

__all__ = ["Apposed", "apposed_at", "apposed_open", "fit_entry", "is_apposed", "np_targets", "patient_phrase"]

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: A time phrase told at a point or within a period.
_POINT = (r"(?:(?:early|late|just\s+after\s+midnight)\s+)?(?:on\s+(?:the\s+night\s+of\s+)?(?:" + _DAY + r"|" + _MONTH +
          r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r")"
          r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH + r"|\d{4}\b|the\s+(?:early\s+|late\s+)?(?:" + _SEASON + r")\b)"
          r"|last\s+(?:week|month|year|night|weekend|" + _SEASON + r"|" + _DAY + r"|" + _MONTH + r")\b"
          r"|(?:earlier\s+)?this\s+(?:week|month|year|morning|afternoon|weekend)\b|earlier\s+this\s+\w+"
          r"|yesterday|overnight|at\s+(?:dawn|midnight)\b"
          r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b)")
_SINCE = r"since\s+(?:" + _DAY + r"|" + _MONTH + r"|\d{4}\b|last\s+\w+|early\s+\w+|mid-?\w+)"
#: A word that ends the participle's phrase before any time: a clause opener, a verb of the main clause.
_END = frozenset({"and", "but", "or", "who", "which", "that", "when", "while", "as", "because", "if", "after", "before",
                  "until", "following", "amid", "despite", "where", "is", "was", "were", "are", "has", "had", "have",
                  "said", "says", "say", "told", "will", "would", "could", "can", "may", "might", "then", "now",
                  "during", "than", "so", "yet", "not"})
_TAIL = re.compile(r"(?P<mid>(?:\s+(?:[\w'\u2019.-]+|\d[\d,]*))*?)\s+(?P<time>(?P<since>" + _SINCE + r")|" + _POINT + r")",
                   re.IGNORECASE)
_MID_WORDS = 8
#: Words a participle's phrase may go on with before its time: a particle, a preposition, an adverb (never an
#: object: a participle's patient is the noun phrase before it).
_OPENS_TAIL = frozenset({"by", "to", "in", "into", "from", "at", "near", "outside", "inside", "back", "out", "off",
                         "up", "down", "away", "over", "across", "through", "for", "with", "under", "along", "around",
                         "only", "just", "again", "first", "finally", "later", "there", "home", "abroad", "alive",
                         "unharmed", "free", "dead"})
#: Before the participle: the comma that closes the noun phrase, adverbs between.
#: (the adverbs that may stand between a comma and an apposed participle, shared with :data:`_AFTER_COMMA`)
_ADVERBS = r"only|just|first|later|then|reportedly|allegedly|eventually|finally|initially|briefly|twice|again|once|both|all"
_LEFT = re.compile(r"(?<=[\w'\u2019\")])\s*,\s+(?:(?:" + _ADVERBS + r"|since|[a-z]+ly)\s+){0,2}$")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our|two|three|four|five|six|"
                         r"seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of|some|many|several|"
                         r"[\w-]+'s)\s+$", re.IGNORECASE)
_NAME_RUN = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|al|el|bin|ibn|de|la|van|von|du)\s+|al-)?)*"
                       r"[A-Z][\w'\u2019.-]*)$")
#: Capitalised words that are no noun phrase the participle could be done to.
_NOT_NP = frozenset({"Meanwhile", "However", "Instead", "Today", "Yesterday", "Tonight", "Earlier", "Later", "Then",
                     "Still", "Also", "Now", "Indeed", "Moreover", "Nevertheless", "Nonetheless", "Separately",
                     "Elsewhere", "Overnight", "Finally", "First", "Second", "Since", "Once", "Again", "Here", "There",
                     "Afterwards", "Thus", "Hence", "Otherwise", "Yes", "No", "Sir", "Reuters", "AFP", "AP"})
_TIME_NAME = re.compile(_DAY + r"|" + _MONTH + r"|\d+", re.IGNORECASE)
#: Participles that tell a state or a circumstance, or describe the main clause's subject: no act.
_NO_ACT = frozenset({
    "backed", "supported", "aided", "helped", "assisted", "accompanied", "joined", "led", "flanked", "followed",
    "armed", "equipped", "emboldened", "encouraged", "buoyed", "dressed", "clad", "based", "located", "situated",
    "stationed", "known", "called", "named", "dubbed", "nicknamed", "described", "considered", "seen", "regarded",
    "believed", "thought", "expected", "scheduled", "due", "set", "planned", "slated", "designed", "aimed",
    "intended", "meant", "worried", "concerned", "frightened", "scared", "terrified", "alarmed", "angered",
    "outraged", "pleased", "surprised", "shocked", "stunned", "tired", "exhausted", "trapped", "stranded",
    "wounded", "injured", "hurt", "dead", "held", "kept", "housed", "hidden", "buried", "born", "married",
    "raised", "educated", "trained", "elected", "appointed", "founded", "established", "built", "created",
    "formed", "made", "given", "granted", "owned", "run", "controlled", "dominated", "populated", "inhabited",
    "surrounded", "bordered", "home", "quoted", "cited", "interviewed", "reached", "contacted", "asked", "told",
    "published", "released", "posted", "updated", "edited", "reported", "broadcast", "filmed", "photographed",
    "pictured", "shown", "estimated", "valued", "priced", "dated", "numbered", "compared", "combined", "added",
    "included", "involved", "linked", "tied", "related", "connected", "allied", "aligned", "affiliated",
    "loyal", "opposed", "devoted", "committed", "determined", "prepared", "ready", "forced", "obliged",
    "compelled", "allowed", "permitted", "unable", "able", "used", "spent", "left", "gone", "done", "been",
})
#: Lexicon participles that stay acts though in :data:`_NO_ACT` for the open reading ("released", "held").
_LEXICON_ACTS = frozenset({"released"})


#: A lower-case word right after a comma (and adverbs): where an apposed participle may stand.
_AFTER_COMMA = re.compile(r",\s+(?:(?:" + _ADVERBS + r"|[a-z]+ly)\s+){0,2}([a-z][a-z-]+)\b")


_TRIGGERS = trigger_pattern()  # a noun phrase headed by a trigger word ("the curfew") is an event's
#: Verbs whose past participle differs from their past ("fell" / "fallen").
_HAS_PARTICIPLE = frozenset(ov.PARTICIPLES.values())
#: A name and its comma opening the sentence: the noun phrase after it is its appositive, the verb after that the
#: sentence's own ("Grozny, the capital of Chechnya, fell ...").
_APPOSITIVE_SUBJECT = re.compile(r"\W*(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019.-]*\s*,\s*")


@dataclass(frozen=True)
class Apposed:
    """A participle read as an apposed act: the noun phrase ``[np_lo, np_hi)`` it was done to, and whether
    its time is a start ("since Monday")."""

    np_lo: int
    np_hi: int
    since: bool
    mid: str = ""  # the words between the participle and its time ("to the rebels")


def apposed_at(dm: DocMentions, sent: Sentence, s: int, e: int, lexicon: bool) -> Apposed | None:
    """The apposed reading of the participle ``text[s:e]``, or None.  ``lexicon``: the form is a lexicon
    verb's (a "since" time is then a start; some participles are acts only then: "released")."""
    text = dm.text
    word = text[s:e].lower()
    if word in _NO_ACT and not (lexicon and word in _LEXICON_ACTS):
        return None
    if word in ov.PAST and word not in ov.PARTICIPLES and ov.PAST[word] in _HAS_PARTICIPLE:
        return None  # "fell", "took": a simple past, never a participle ("fallen", "taken")
    left = _LEFT.search(text, max(sent.start, s - 40), s)
    if left is None:
        return None
    comma = text.index(",", left.start(), s)
    tail = _tail(text, e, sent.end)
    if tail is None or (tail.group("since") and not lexicon):
        return None
    np = _np(dm, sent, comma)
    if np is None:
        return None
    head = text[np[0] : np[1]].split()[-1].lower()
    if head in NOMINAL or _TRIGGERS.fullmatch(head) or any(m.nominal and np[0] <= m.start < np[1] for m in dm.mentions_starting(np[0], np[1])):
        return None  # "The deal, signed on Monday", "the curfew, imposed on April 21": the event noun owns the date
    if _APPOSITIVE_SUBJECT.fullmatch(text, sent.start, np[0]) and "," not in text[tail.end() : sent.end]:
        return None  # "Grozny, the capital of Chechnya, surrendered on Friday": the main verb
    return Apposed(np[0], np[1], bool(tail.group("since")), tail.group("mid"))


def _tail(text: str, e: int, hi: int) -> re.Match[str] | None:
    """The words after the participle up to its time, in one phrase."""
    m = _TAIL.match(text, e, hi)
    if m is None:
        return None
    mid = rx(r"[\w'\u2019.-]+|\d[\d,]*").findall(m.group("mid"))
    if len(mid) > _MID_WORDS or "," in m.group("mid") or ";" in m.group("mid"):
        return None
    if mid and mid[0].lower() not in _OPENS_TAIL and not (mid[0].lower().endswith("ly") and len(mid[0]) > 4):
        return None  # "stormed the town, seized the airport on Friday": a verb with its object, no participle
    for k, w in enumerate(mid):
        lw = w.lower()
        if lw in _END or (lw.endswith(("ed", "ing")) and lw not in ov.NOT_VERB_ED and len(lw) > 4
                          and not (k and mid[k - 1].lower() == "by")):
            return None  # "deployed after the police melted away on Friday": another clause's time
    return m


def _np(dm: DocMentions, sent: Sentence, comma: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``comma``: a run of capitalised words, a phrase after a determiner, or a
    bare noun phrase opening the sentence."""
    text = dm.text
    lo = max(sent.start, comma - 80)
    for brk in (",", ";", ":", "(", " - ", "\u2014"):
        k = text.rfind(brk, lo, comma)
        if k >= 0:
            lo = k + len(brk)
    chunk = text[lo:comma]
    if not chunk.strip() or chunk.rstrip().endswith(("'s", "\u2019s")):
        return None
    name = _NAME_RUN.search(chunk)
    if name is not None:
        joined = rx(r"(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019.-]*\s+and\s+$").search(chunk, 0, name.start(1))
        if joined is not None and not any(w in _NOT_NP or _TIME_NAME.fullmatch(w) for w in joined.group().split()[:-1]):
            return lo + joined.start(), comma  # "Kilinochchi and Paranthan, both captured on ..."
        words = name.group(1).split()
        first = rx(r"[\w'\u2019.-]+").findall(chunk)
        opener = lo == sent.start or not text[sent.start : lo].strip(" \"'")
        if all(_TIME_NAME.fullmatch(w) or w in _NOT_NP for w in words) or (
                len(words) == 1 and opener and first and first[0] == words[0] and words[0].endswith("ly")):
            return None  # "On Monday,", "Meanwhile,", "Reportedly,"
        if words[0] in _NOT_NP:
            words = words[1:]
        start = lo + name.start(1) + (len(name.group(1)) - len(" ".join(words)) if words else 0)
        return (start, comma) if words else None
    det = None
    # the last determiner within six words of the comma opens the phrase ("the Elephant Pass causeway")
    toks = list(rx(r"[\w'\u2019-]+").finditer(chunk))
    for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        w = toks[k].group().lower()
        if _DETERMINER.fullmatch(toks[k].group() + " "):
            if k == len(toks) - 1:
                return None
            body = [t.group().lower() for t in toks[k + 1 :]]
            if any(b in _END or b in {"to", "in", "on", "at", "from", "into", "with", "for", "by"} or (
                    b.endswith("ed") and b not in ov.NOT_VERB_ED and b != body[-1]) for b in body):
                return None
            det = lo + toks[k].start()
            break
        if w in _END or w in {"to", "in", "on", "at", "from", "into", "with", "for", "by"}:
            break
    if det is not None:
        return det, comma
    if lo == sent.start and 1 <= len(toks) <= 3 and toks[-1].group().lower().endswith("s") and not any(
            t.group().lower() in _END or t.group().lower().endswith(("ed", "ly")) for t in toks):
        return lo + toks[0].start(), comma  # "Protesters, detained on Monday, ..."
    return None


def is_apposed(dm: DocMentions, mn: Mention) -> bool:
    """Whether the verbal mention is an apposed participle ("the battalion, rotated out of X on Friday,"): it
    takes the date of its own phrase only, never one told before its noun phrase ("On Sunday, ...")."""
    return not mn.nominal and mn.tense == "past" and apposed_at(
        dm, mn.sent, mn.start, mn.end, lexicon=not mn.type.startswith("act:")) is not None


def fit_entry(verbs: list[tuple[VerbEntry, bool]] | tuple[()], text: str, ap: Apposed) -> tuple[VerbEntry, bool] | None:
    """The lexicon entry of the participle read with the noun phrase as its object ("took the Y causeway")
    or as its passive subject ("Ghonim was released")."""
    np = " ".join(text[ap.np_lo : ap.np_hi].split())
    det = rx(r"(?:the|a|an|its|their|his|her|this|these|those)\s+", re.IGNORECASE).match(np)
    if det is not None:  # ("The wounded" opening the sentence: no name)
        np = np[: det.end()].lower() + np[det.end() :]
    bare = np[det.end() :] if det is not None else np
    for v, past in verbs:
        if v.needs is None:
            return v, past
        if v.needs != "(?!)" and any(rx(v.needs).match(" " + x) for x in (bare, np, bare + ap.mid)):
            return v, past
        head = bare.split()[-1] if bare.split() else ""
        if v.before is not None and (head[:1].isupper() or head.endswith("s")) and any(
                rx(v.before, re.IGNORECASE).search(np + aux) for aux in (" was ", " were ")):
            # ("Ghonim was released", "the hostages were freed"; not "the curfew, imposed on April 21": the noun's)
            return v, past
    return None


def np_targets(dm: DocMentions, ap: Apposed, people: bool) -> list[str]:
    """What the noun phrase names: a place (for an act done to a place), else a person or an actor."""
    lo, hi = ap.np_lo, ap.np_hi
    if not people:
        found = real_targets(dm, [(n, p) for n, p in places_in(dm, lo, hi) if lo <= p < hi])
        if found:
            return found[:2] if rx(r"\s+and\s").search(dm.text, lo, hi) else found[-1:]
    names = names_in(dm, lo, hi)  # (not a plural opening the sentence: "Stocks, battered on Monday")
    if names:
        return [names[-1].text]
    found = [] if people else actors_in(dm, lo, hi)  # (not "the rebel commander": a person of the rebels)
    if found:
        return found[-1:]
    if people:
        found = real_targets(dm, [(n, p) for n, p in places_in(dm, lo, hi) if lo <= p < hi])
        return found[-1:]
    return []


def patient_phrase(text: str, ap: Apposed) -> str:
    """The noun phrase without its determiner, for labels ("The army" -> "army")."""
    words = text[ap.np_lo : ap.np_hi].split()
    while words and _DETERMINER.fullmatch(words[0] + " "):
        words = words[1:]
    return " ".join(words[-4:])


def _subject_position(text: str, sent: Sentence, ap: Apposed) -> bool:
    """Whether the noun phrase opens its sentence (after a quote, a conjunction or a fronted phrase and its
    comma): the participle then describes the subject, whatever the main clause does."""
    before = text[sent.start : ap.np_lo]
    return not before.strip(" \"'\u201c") or _FRONTED.fullmatch(before) is not None


_FRONTED = re.compile(r"\W*(?:(?:And|But|Yet|Meanwhile|Still|Now|Since\s+then|(?:In|On|At|After|Before|By|Since|As|When|"
                      r"While|Despite|Following|Elsewhere|Separately|Earlier|Later)\b[^,;]{0,80},)\s*)+")


def apposed_open(dm: DocMentions, sent: Sentence, known: list[Mention]) -> list[Mention]:
    """The open acts (verbs the lexicon lacks) told by apposed participles in ``sent``; ``known``: the
    sentence's mentions so far (a participle one of them covers is theirs).  The new mentions carry a
    negative index (see :meth:`DocMentions.renumber`)."""
    text = dm.text
    out: list[Mention] = []
    for m in _AFTER_COMMA.finditer(text, sent.start, sent.end):
        s, e = m.start(1), m.end(1)
        w = m.group(1)
        edged = w.endswith("ed") and len(w) >= 4 and w not in ov.NOT_VERB_ED
        if not (edged or w in ov.PARTICIPLES or (w in ov.PAST and w not in {"led", "set", "cut", "put", "hit"})):
            continue
        if any(x.start <= s < x.end for x in known) or dm.spans("both").covers(s):
            continue
        base = ov.lemma_of(w)
        if base in ov.NOT_ACTS:
            continue
        ap = apposed_at(dm, sent, s, e, lexicon=False)
        if ap is None or not _subject_position(text, sent, ap):
            continue  # ("Troops entered X, greeted by crowds on Friday": the greeting may be the troops')
        hi = min(sent.end, e + 120)
        actors = agent_after_by(dm, e, hi)
        targets = np_targets(dm, ap, people=False)
        if not actors and not targets:
            continue  # "Stocks, battered on Monday, ...": nobody named
        particle = rx(r"\s+(in|out|back|off|up|down|away|over)\b(?!\s+(?:the|a|an)\b)").match(text, e)
        lemma = f"{base} {particle.group(1).lower()}" if particle is not None else base
        mn = Mention(dm.doc, -1 - len(out), sent, s, e, text[s:e], lemma, f"act:{lemma}", False, "past")
        mn.actors = actors
        mn.targets = targets
        mn.places = [n for n, p in places_in(dm, ap.np_lo, hi)]
        out.append(mn)
    return out
