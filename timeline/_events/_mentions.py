"""Event mentions: triggers in each sentence with their actors, place, target and tense (rule-based).

A *mention* is one trigger in one sentence: a verb ("seized"), a noun ("the offensive") or a
campaign noun phrase ("the battle for Mosul").  *Cues* are the words that lend or absorb a time
without naming an event: aspectual verbs ("launched" an offensive) and reporting verbs ("said").
"""

from __future__ import annotations

import re

from timeline._events import _ner as ner
from timeline._events._aliases import AliasTable, Match
from timeline._events._anaphora import actors_by_metonymy, resolve_actor_references
from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._lexicon import (
    ASPECT,
    ASPECT_PAST,
    CAMPAIGN_NOUNS,
    NOMINAL,
    REPORTING,
    VERBAL,
    VerbEntry,
    trigger_pattern,
)
from timeline._events._nouns import GENERIC, capitalised_names, generic_actors
from timeline._events._roles import (
    AFTER_PLACE,
    OF_TARGET,
    guessed_places,
    noun_object,
    object_names,
    owner_names,
    subject_names,
    with_entities,
)
from timeline._events._rx import rx, trie_alternation
from timeline._events._text import Sentence, Tense, clause_bounds, normalise, sentences, tense_at

__all__ = ["Cue", "DocMentions", "Mention", "campaign_in_phrase", "find_mentions"]

_TRIGGERS = trigger_pattern()
# a form may belong to several verbs told apart by what follows ("took control of" / "took command")
_VERB_FORM: dict[str, list[tuple[VerbEntry, bool]]] = {}
for _v in VERBAL:
    for _f in _v.forms:
        _VERB_FORM.setdefault(_f, []).append((_v, False))
    for _f in _v.past:
        _VERB_FORM.setdefault(_f, []).append((_v, True))
_ASPECT_FORM = {f: (lemma, rel) for lemma, (forms, rel) in ASPECT.items() for f in forms}
_VERB_FORMS = frozenset(_VERB_FORM) | frozenset(_ASPECT_FORM) | REPORTING  # "Ukraine said it had launched"
_NOUN_FORMS = frozenset(NOMINAL)

_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "yesterday's", "today's"])
_NOUN_CONTEXT = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "major", "massive", "fresh", "first", "second", "final", "renewed", "main", "big", "large", "latest"]
)
_VERB_CONTEXT = frozenset(
    ["to", "will", "would", "could", "can", "may", "might", "must", "shall", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "not", "also", "they", "we", "he", "she", "it", "who", "which", "that", "then", "later"]
)
_PREPS = frozenset(["in", "at", "near", "around", "toward", "towards", "into", "outside", "inside", "of", "from", "on", "to", "across", "within"])
_PURPOSE = re.compile(
    r"\b(?:to\s+)?(?:capture|retake|retaking|recapture|liberate|liberating|free|seize|reclaim|reach|isolate|"
    r"encircle|storm|enter|clear)\b|\btowards?\b|\btarget(?:s|ing)?\b|\bon\s+the\s+road\s+to\b",
    re.IGNORECASE,
)
_DIRECTION = re.compile(r"(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+(?:outskirts\s+)?of\s+$|"
                        r"(?:outskirts|approaches|edge)\s+(?:to|of)\s+$", re.IGNORECASE)
_CAMPAIGN_POST = re.compile(
    r"\s+(?:for|of)\s+(?:control\s+of\s+)?|"
    r"\s+(?:to|aimed\s+at|aiming\s+to)\s+(?:retake|recapture|liberate|free|take|capture|seize|reclaim|"
    r"retaking|recapturing|liberating|freeing|taking|capturing)\s+|"
    r"\s+(?:on|against)\s+",
    re.IGNORECASE,
)
_CITY_ANAPHOR = re.compile(
    r"\bthe\s+(?:(?!(?:of|from|in|on|at|to|for|with|by|and)\b)[\w-]+\s+){0,2}(city|town)\b", re.IGNORECASE)
_NAMED_OP = re.compile(r"\b(?:Operation +((?:[A-Z][\w'-]+ ?){1,4})|((?:[A-Z][\w'-]+ +(?:of +)?){1,4})"
                       r"(?=(?:operation|offensive|campaign)\b))")
_CAPITALISED = re.compile(r"[A-Z][\w'-]+(?:\s+(?:al-)?[A-Z][\w'-]+)*")
_NOT_PLACE = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "Old", "City"]
)



def _prev_words(text: str, pos: int, n: int) -> list[str]:
    return rx(r"[\w'.-]+|[,;:()\"]").findall(text[max(0, pos - 80) : pos])[-n:]


def _is_nominal(text: str, start: int, form: str) -> bool:
    """A form that is both noun and verb ("attack", "advance", "push"): noun after a determiner."""
    prev = _prev_words(text, start, 1)
    p = prev[0].lower() if prev else ""
    if p in _VERB_CONTEXT:
        return False
    if p in _NOUN_CONTEXT or p.endswith("'s") or p.endswith("-led") or p.endswith("-backed"):
        return True
    if p.endswith("ed") and len(p) > 4:
        return True  # the object of a verb: "staged attacks", "repelled an advance"
    return not p or p in {",", "(", ":", ";"} or not p.isalpha() or p.endswith("ive") or p.endswith("al")


def _city_anaphor(dm: DocMentions, lo: int, hi: int) -> list[tuple[str, int]]:
    """"the city"/"the Iraqi city"/"the town" -> the last city or town named before it in the document."""
    out: list[tuple[str, int]] = []
    for m in _CITY_ANAPHOR.finditer(dm.text, lo, hi):
        after = dm.text[m.end() : m.end() + 4]
        if after.startswith(" of ") or rx(r"\s[A-Z]").match(after):
            continue  # "the city of Mosul", "the northern city Kirkuk": the place itself follows
        kinds = {m.group(1).lower()}
        # a name the document uses as a place ("in Marawi") may be the city it refers back to
        prior = [p for p in dm.places if p.end <= m.start() and (p.place_kind in kinds or p.place_kind == "")]
        if prior:
            out.append((prior[-1].name, m.start()))
    return out


def _places(dm: DocMentions, lo: int, hi: int) -> list[tuple[str, int]]:
    """Places named in ``[lo, hi)``: gazetteer matches, "the city" anaphora, capitalised guesses."""
    found = [(p.name, p.start) for p in dm.spans("places").within(lo, hi)]
    found += _city_anaphor(dm, lo, hi)
    text = dm.text
    known = dm.spans("both")
    for m in rx(r"\b(?:in|at|near|into|outside|around|towards?|(?:town|city|village|district|province|region)"
                r"\s+of)\s+(?:the\s+)?").finditer(dm.text[lo:hi]):
        s = lo + m.end()
        c = _CAPITALISED.match(dm.text, s, hi)
        if c is None or known.covers(s):
            continue
        name = c.group()
        if name.isupper() and len(name) <= 6:
            continue  # an acronym is an organisation ("NATO", "UN"), not a place
        if name.split()[0] in _NOT_PLACE or any(ch.isdigit() for ch in name) or \
                rx(r"-(?:held|controlled|led|backed|run)$").search(name):
            continue
        if " " not in name and rx(r"(?:ish|ian|ese|i)$").search(name) and rx(r"\s+[a-z]").match(text[c.end():]):
            continue  # a demonym before a noun: "the Kurdish city of Kirkuk"
        found.append((name, s))
    found.sort(key=lambda x: x[1])
    return found


# the object of an offensive is its target, never its actor: "to drive Islamic State out of",
# "to oust the militants", "against al-Shabaab", "to retake Fallujah from Islamic State"
_TARGET_SLOT = rx(r"(?:\b(?:against|drive|drove|driving|oust(?:s|ed|ing)?|expel(?:s|led|ling)?|evict(?:s|ed|ing)?"
                  r"|dislodge[sd]?|dislodging|flush(?:es|ed|ing)?|rout(?:s|ed|ing)?)"
                  r"|\b(?:retak|recaptur|reclaim|liberat|free|wrest)\w*\s+[^.;,]{1,40}?\bfrom)"
                  r"\s+(?:the\s+)?$", re.IGNORECASE)


def _actors_in(dm: DocMentions, lo: int, hi: int) -> list[str]:
    out: list[str] = []
    for a in dm.spans("actors").within(lo, hi):
        if _TARGET_SLOT.search(dm.text, max(0, a.start - 70), a.start):
            continue
        if a.name not in out:
            out.append(a.name)
    return out


_WORD_CHAR = re.compile(r"[\w'.-]")


def _np_start(text: str, start: int, limit: int) -> int:
    """Start of the noun phrase that ends with the noun at ``start`` (premodifiers only)."""
    # the walk stops about 60 characters back: try a window (widened to a word's start, so its words
    # are those of the whole clause); only if the walk runs off the window's start, walk the clause
    lo = max(limit, start - 120)
    while lo > limit and _WORD_CHAR.match(text, lo - 1):
        lo -= 1
    pos, stopped = _np_walk(text, start, lo)
    return pos if stopped or lo == limit else _np_walk(text, start, limit)[0]


def _np_walk(text: str, start: int, lo: int) -> tuple[int, bool]:
    pos = start
    for m in reversed(list(rx(r"[\w'.-]+").finditer(text[lo:start]))):
        w = m.group().lower()
        if w in _PREPS or w in _VERB_CONTEXT or w in REPORTING or w in {"and", "or", "but", "with", "by", "as"}:
            return pos, True
        pos = lo + m.start()
        if w in _DETERMINERS or w.endswith("'s"):
            return pos, True
        if text[lo + m.end() : start].count(",") or start - pos > 60:
            return pos, True
    return pos, False


def campaign_in_phrase(dm: DocMentions, start: int, end: int, np_lo: int) -> tuple[str | None, bool]:
    """The campaign a campaign noun at ``[start, end)`` names: (place or operation name, is_named).

    "the Mosul battle", "Iraq's Mosul offensive" (a place before the noun); "the battle for Mosul",
    "the offensive to retake the Iraqi city of Mosul", "the assault on Raqqa" (a place after it);
    "Operation Wrath of Euphrates", "the Wrath of Euphrates operation" (a name).
    """
    text = dm.text
    named = _named_operation(dm, start, end)
    if named is not None:
        return named, True
    for p in dm.spans("places").within(np_lo, start):
        if p.place_kind != "country":
            return p.name, False
    m = _CAMPAIGN_POST.match(text, end)
    if m is not None:
        window_end = min(len(text), m.end() + 45)
        stop = rx(r"[,;.]").search(text[m.end() : window_end])
        hi = m.end() + stop.start() if stop else window_end
        for name, pos in _places(dm, m.end(), hi):
            if name in dm.spans("places").countries:
                continue
            gap = text[m.end() : pos]
            if rx(r"\b(?:near|in|at|from|with|against|toward|towards|outside|around|by|and|north|south|east|west|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[\d()]", re.IGNORECASE).search(gap):
                break  # not the object of the campaign noun ("operation ... near Bashiqa", "on Tuesday east of")
            part = _PART.match(text, pos) or _PART_BEFORE.search(text, max(0, pos - 12), pos)
            if part is not None and not _REGION_AFTER.match(text, max(pos, part.end()) + len(name)):
                # "the offensive on eastern Aleppo" is a campaign of its own, not the battle for the city
                return f"{part.group(1).lower()} {name}", False
            return name, False
        unknown = _unknown_place(dm, m)
        if unknown is not None:
            return unknown, False
    return None, False


_PART = re.compile(r"(eastern|western|northern|southern)\s+(?=[A-Z])", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(eastern|western|northern|southern)\s+$", re.IGNORECASE)
_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|countryside|district)\b", re.IGNORECASE)


def _unknown_place(dm: DocMentions, post: re.Match[str]) -> str | None:
    """"the siege of Marawi", "the battle for Bakhmut": a capitalised name the gazetteer does not know,
    right after a campaign noun's "of/for/on" (not after "to retake", where a person may follow)."""
    if not rx(r"\s+(?:for|of|on)\s+(?:control\s+of\s+)?$").search(post.group()):
        return None  # (not "against": "an operation against Abu Sayyaf" is fought against a group)
    start = post.end() + (4 if dm.text.startswith("the ", post.end()) else 0)
    c = _CAPITALISED.match(dm.text, start)
    if c is None or dm.spans("both").covers(c.start()):
        return None
    name = c.group()
    if len(name.split()) > 3 or name.split()[0] in _NOT_PLACE or rx(r"-(?:held|controlled|led|backed|run)$").search(name):
        return None
    nxt = rx(r"\s+([a-z]+)").match(dm.text, c.end())
    if nxt is not None and nxt.group(1) not in _VERB_FORMS and nxt.group(1) not in _AUX_ING \
            and nxt.group(1) not in AFTER_PLACE and not nxt.group(1).endswith("ed"):
        return None  # an adjective before a noun: "the battle for Iraqi territory", "the Islamist militant bastion"
    if name.endswith(("'s", "s'")):
        return None  # "the battle for Assad's survival"
    return name


def _named_operation(dm: DocMentions, start: int, end: int) -> str | None:
    """"Operation Inherent Resolve", "the Wrath of Euphrates operation": a name that is not a place."""
    text = dm.text
    for op in _NAMED_OP.finditer(text, max(0, start - 50), min(len(text), end + 40)):
        if op.end() != start and op.start() != start:
            continue
        name = (op.group(1) or op.group(2) or "").strip()
        words_ = [w for w in rx(r"[\w'-]+").findall(name) if w != "of"]
        if not words_ or words_[0] in _NOT_PLACE:
            continue
        covered = dm.spans("both")
        free = [w for w in rx(r"[\w'-]+").finditer(text[op.start() : op.end()])
                if w.group() != "of" and not covered.covers(op.start() + w.start())]
        if free and (len(words_) >= 2 or op.group(1)):
            return name
    return None


def find_mentions(doc_id: str, raw_text: str, table: AliasTable, title: str | None = None) -> DocMentions:
    """Every event mention and cue in one document."""
    text = normalise(raw_text)
    named = table.named_in(text)
    if title:
        named |= table.named_in(normalise(title))
    sents = sentences(text)
    actors, places = actors_by_metonymy(text, table.find(text, named=named, kind="place"),
                                        table.find(text, named=named, kind="actor"), table, _VERB_FORMS, _NOUN_FORMS)
    actors = resolve_actor_references(text, sents, actors, table, _TRIGGERS)
    # then what the table does not know: "government forces", "the rebels", "NATO warplanes", and names
    actors = sorted(actors + generic_actors(text, actors + places), key=lambda x: (x.start, x.kind))
    names = capitalised_names(text, actors + places)
    if ner.enabled():
        names, places = with_entities(text, names, places, actors)
    guessed = guessed_places(text, names)
    if guessed:
        places = sorted(places + [Match(n.text, "place", n.start, n.end, False) for n in names if n.text in guessed],
                        key=lambda x: x.start)
        names = [n for n in names if n.text not in guessed]
    dm = DocMentions(
        doc=doc_id, text=text, sentences=sents, mentions=[], cues=[], named=named, places=places,
        actors=actors, names=names,
    )
    for sent in dm.sentences:
        _sentence(dm, sent)
    return dm



def _sentence(dm: DocMentions, sent: Sentence) -> None:
    text = dm.text
    first_mention = len(dm.mentions)
    first_cue = len(dm.cues)  # this sentence's cues are appended after it (sentences are read in order)
    reports: list[int] = []
    for m in _TRIGGERS.finditer(text, sent.start, sent.end):
        form = m.group().lower()
        s, e = m.start(), m.end()
        if dm.spans("both").covers(s):
            continue  # part of a name ("Hezbollah Brigades", "Operation ...")
        after = text[e : min(len(text), e + 60)]
        if form in REPORTING:
            dm.cues.append(Cue("report", "report", s, e, sent.index))
            reports.append(len(dm.cues) - 1)
            continue
        if form in _ASPECT_FORM and not any(v[0].needs and rx(v[0].needs).match(after) for v in _VERB_FORM.get(form, ())):
            # (unless a verb of its own: "opened fire")
            prev = _prev_words(text, s, 1)
            if prev and (prev[0].lower() in {"the", "a", "an", "its", "their", "his", "her", "this"}
                         or prev[0].lower().endswith("'s")) or (
                    form in {"end", "start", "finish", "last", "open"} and rx(
                        r"\b(?:the|a|an|its|their|this)\s+(?:[a-z-]+\s+){1,2}$").search(text[max(sent.start, s - 40) : s])):
                if form in {"end", "start"} and prev and prev[0].lower() == "the" and \
                        _OF_EVENT.match(text, e, min(sent.end, e + 60)):
                    # "announced the end of combat operations": the noun's end (its start) is told
                    dm.cues.append(Cue("aspect", _ASPECT_FORM[form][1], s, e, sent.index, None, True))
                continue  # a noun: "the start of", "the end of", "the last 13 days", "the symbolic end of"
            lemma, rel = _ASPECT_FORM[form]
            dm.cues.append(Cue("aspect", rel, s, e, sent.index))
            continue
        verbs = _VERB_FORM.get(form, ())
        verb = next((v for v in verbs if v[0].needs is None or rx(v[0].needs).match(after) or (
            v[0].before is not None and rx(v[0].before, re.IGNORECASE).search(text, max(sent.start, s - 60), s))), None)
        fits = verb is not None
        verb = verb or (verbs[0] if verbs else None)
        nominal = form in NOMINAL and (verb is None or _is_nominal(text, s, form))
        if nominal and verb is None:
            prev = _prev_words(text, s, 1)
            if prev and prev[0].lower() in {"to", "will", "would", "could", "can", "may", "might", "must"}:
                continue  # a verb the lexicon does not model: "formed to battle American forces"
        if not nominal and verb is not None:
            entry, past = verb
            if not fits:
                continue
            if _not_an_event(text, sent, s, form):
                continue
            if past and rx(r"\b(?:the|a|an|its|their|this|that|newly|recently)\s+$", re.IGNORECASE).search(
                    text[max(sent.start, s - 12) : s]):
                continue  # "the recaptured city", "a liberated town": an adjective, not an event
            if not past and rx(r"(?:\b(?:a|an|one|each|every)\s+(?:[\w-]+\s+)?|\b(?:the|its|their|this|that)\s+)$",
                               re.IGNORECASE).search(text[max(sent.start, s - 30) : s]):
                continue  # "a mortar shell struck", "the raid": a noun
            if past and rx(r"\b(?:declared|proclaimed|pronounced)\s+(?:[\w'-]+\s+){1,3}$", re.IGNORECASE).search(text[max(sent.start, s - 50) : s]):
                continue  # "declared Raqqa liberated": a complement of the declaration
            if entry.type in _MARKERS and any(not p.nominal for p in dm.mentions[first_mention:]) and rx(
                    r"\band\s+(?:\w+ly\s+)?$").search(text[max(sent.start, s - 20) : s]):
                continue  # "entered the centre on Friday and raised the flag": a sign of the first event
            _add_verbal(dm, sent, s, e, form, entry, past)
        elif nominal:
            if rx(r"\b(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|despite)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                  r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE).search(text[max(sent.start, s - 40) : s]):
                continue  # "left Raqqa under a deal", "despite the truce": the circumstance of another event
            _add_nominal(dm, sent, s, e, form)
    _attach_cues(dm, sent, first_mention, first_cue)
    for ci in reports:
        cue = dm.cues[ci]
        for mn in dm.mentions[first_mention:]:
            if mn.start > cue.end and mn.reported_by is None:
                mn.reported_by = ci


# "the end of [the] [two words] <event noun>"
_OF_EVENT = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:" +
                       trie_alternation(NOMINAL) + r")\b", re.IGNORECASE)

# Event types that mark another event when coordinated with it in one sentence ("... and raised the flag").
_MARKERS = frozenset({"flag"})

# Words after a verb that are not its object: "declared late on Thursday", "formally declared".
_NOT_OBJECT = frozenset(["late", "early", "formally", "officially", "publicly", "today", "yesterday", "tonight",
                         "now", "again", "also", "finally", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "last", "this", "next", "overnight", "earlier", "later"])
_AUX_ING = frozenset(["is", "are", "was", "were", "been", "be", "am", "'re", "'s", "still", "now", "currently", "already"])


def _not_an_event(text: str, sent: Sentence, s: int, form: str) -> bool:
    """A verb form that names an aim or a quality, not something that happened.

    "to recapture Mosul", "aims to cut ... and liberate Tal Afar" (purposes); "within striking
    distance", "the forces closing in" (an -ing form with no auxiliary is an adjective or a gerund,
    unless it opens a participle clause after a comma: ", storming the Mishlab district").
    """
    prev = _prev_words(text, s, 1)
    p = prev[0].lower() if prev else ""
    if p == "to":
        # "managed to repel an attack", "were able to retake": done; "aims to retake": an aim
        return rx(r"\b(?:managed|succeeded|able|proceeded|went\s+on)\s+to\s*$", re.IGNORECASE).search(
            text[max(sent.start, s - 30) : s]) is None
    if p == "and" and rx(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b|within\b)[a-z]+\b[^.;,]{0,80}$").search(text[max(sent.start, s - 90) : s]):
        return True
    return form.endswith("ing") and p not in _AUX_ING and p != ","


def _tense(dm: DocMentions, sent: Sentence, s: int, past: bool, nominal: bool = False) -> Tense:
    lo, hi = clause_bounds(dm.text, sent, s)
    return tense_at(dm.text, lo, hi, s, past, nominal)


def _agent_after_by(dm: DocMentions, e: int, hi: int) -> list[str]:
    """"launched by the Hashd", "the push into the city centre was led by the CTS": the agent."""
    m = rx(r"(?:\s+[\w'-]+){0,3}?\s+by\s+|(?:\s+[\w'-]+){0,6}?\s+(?:was|were)\s+(?:led|carried\s+out|"
           r"launched|conducted|mounted)\s+by\s+").match(dm.text[e:hi])
    if m is None:
        return []
    return _actors_in(dm, e + m.end(), min(hi, e + m.end() + 60))[:1]


def _by_agent(dm: DocMentions, lo: int, hi: int) -> list[str]:
    """The first actor introduced by "by" in ``[lo, hi)`` ("... marks the entry by Iran-backed fighters")."""
    for m in rx(r"\bby\s+").finditer(dm.text[lo:hi]):
        found = [a.name for a in dm.actors if a.start == lo + m.end() or
                 (a.start > lo + m.end() and a.start - (lo + m.end()) <= 4)]
        if found:
            return found[:1]
    return []


def _add_verbal(dm: DocMentions, sent: Sentence, s: int, e: int, form: str, entry: VerbEntry,
                past: bool) -> None:
    text = dm.text
    lo, hi = clause_bounds(text, sent, s)
    before = text[max(lo, s - 25) : s].lower()
    passive = past and (rx(r"\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$").search(before) is not None
                        or rx(r"(?:\s+[\w'-]+){0,3}?\s+by\s").match(text[e:hi]) is not None)
    actors = _agent_after_by(dm, e, hi) if passive else []
    if entry.lemma == "fall":  # "the town fell to IS": the agent follows "to", the target precedes
        passive = True
        actors = _actors_in(dm, e, min(hi, e + 40))[:1]
    if not actors and not passive:
        # the subject, after any reporting verb: "the coalition said SDF fighters had breached"
        said = [c.end for c in _sentence_cues(dm, sent) if c.kind == "report" and lo <= c.end <= s]
        actors = _actors_in(dm, max([lo, *said]), s)
        here = dm.spans("actors").within(max([lo, *said]), s)
        if actors and all(a.place_kind == GENERIC for a in here):
            # a name right before the verb is its subject, not a generic noun further back:
            # "at a meeting of defence ministers, Duterte declared"
            actors = subject_names(dm, max([lo, *said]), s) or actors
        if not actors and said and rx(r"\b(?:they|it|he|she|we)\b", re.IGNORECASE).search(text[max(said) : s]):
            actors = _actors_in(dm, lo, max(said))[:1]  # "the SDF said they had taken": they = the SDF
        if not actors and lo > sent.start:
            actors = _actors_in(dm, sent.start, s)[:1]
    if not actors and not passive:
        actors = subject_names(dm, lo, s)  # "Mevlut Cavusoglu, warned", "NATO took command", "Russia vetoed"
    mn = Mention(dm.doc, len(dm.mentions), sent, s, e, text[s:e], entry.lemma, entry.type, False,
                 _tense(dm, sent, s, past))
    mn.actors = actors
    where = _places(dm, lo, hi)
    mn.places = list(dict.fromkeys(n for n, p in sorted(where, key=lambda x: abs(x[1] - s))))
    obj_lo, obj_hi = e, min(hi, e + 70)
    comma = text.find(",", e, obj_hi)
    if comma >= 0:
        obj_hi = comma  # "captured Lyman on Saturday, a day after Moscow ...": the object ends there
    if entry.type == "formation":
        pass
    elif passive:
        mn.targets = _real_targets(dm, [(n, p) for n, p in where if p < s][-1:])
        if not mn.targets and entry.type in _PATIENT_TYPES:  # "Gaddafi was killed", "13 marines were killed"
            mn.targets = subject_names(dm, lo, s, passive=True)
        if not mn.targets and entry.type == "flag":  # "the flag was raised over Marawi"
            mn.targets = _real_targets(dm, [(n, p) for n, p in where if obj_lo <= p < obj_hi])[:1]
        if entry.type in {"suspension", "order"}:  # "The evacuation of eastern Aleppo was suspended"
            subj = next((x for x in reversed(dm.mentions) if x.sent.index == sent.index and x.nominal
                         and x.end <= s), None)
            if subj is not None and s - subj.end <= 60:
                mn.obj = subj.word.lower()
    elif entry.type in _OBJECT_TYPES:
        if entry.type in _PERSON_TYPES:  # "detained President Izetbegovic at the airport": the person
            mn.targets = object_names(dm, e, obj_hi)
        if not mn.targets:
            mn.targets = _real_targets(dm, [(n, p) for n, p in where if obj_lo <= p < obj_hi])[:2]
        if not mn.targets:  # "killed Gaddafi", "overran Bab al-Aziziya", "annexed the Donetsk region"
            mn.targets = object_names(dm, e, obj_hi)
    if entry.type == "proclamation" and not passive and _DECLARED_FREE.match(text, e, obj_hi):
        # "declared Marawi liberated", "declared the city free": the place is what the declaration is about
        mn.targets = _real_targets(dm, [(n, p) for n, p in where if obj_lo <= p < obj_hi])[:1] \
            or object_names(dm, e, obj_hi)[:1]
    if entry.type in _OBJ_TYPES and not passive and (
            not mn.targets or entry.type in {"breach", "flag", "proclamation"}):
        om = rx(r"\s+((?:[\w'\"-]+\s*){1,5}?)(?=\s*\b(?:in|on|at|by|to|from|with|for|after|before|during|"
                      r"since|as|and|near|across|that|which|around|inside|outside|into|of|over|through|under)\b|\s*[,.;]|\s*$)").match(text[obj_lo:obj_hi])
        if om is not None and entry.type == "proclamation":
            words_ = [w.strip("\"'") for w in om.group(1).split()]
            words_ = [w for w in words_ if w.lower() not in {"the", "a", "an", "its", "their", "that"}
                      and w.lower() not in _NOT_OBJECT]
            mn.obj = " ".join(words_[:4]) or None  # "declares Raqqa liberated", "proclaims cross-border caliphate"
        elif om is not None and not _TIME_PREP.match(om.group(1)):  # "voted over the weekend": no object
            head = om.group(1).split()[-1].strip("\"'")
            if head.isalpha() and head.islower() and head not in {"the", "a", "an", "its", "their", "control"}:
                mn.obj = head
    dm.mentions.append(mn)


_TIME_PREP = re.compile(r"(?:over|during|throughout|late|early|overnight|last|this|on|in|at)\b", re.IGNORECASE)
_DECLARED_FREE = re.compile(
    r"\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|region|province|port)|[A-Z][\w'\u2019-]*(?:[\s-]+[A-Z][\w'\u2019-]*){0,2})"
    r"\s+(?:fully\s+|completely\s+)?(?:liberated|freed|free|secure|secured|cleared|retaken|recaptured|annexed)\b")


# Verbs whose object's head goes into labels ("raise flag", "order withdrawal", "take command").
_OBJ_TYPES = frozenset({"proclamation", "formation", "capture", "breach", "repel", "flag", "order", "agreement",
                        "suspension", "vote"})
# Verbs whose object is the event's target; those whose subject is a target in the passive.
_OBJECT_TYPES = frozenset({"capture", "withdrawal", "encirclement", "breach", "attack", "advance", "visit",
                           "evacuation", "kill", "annexation", "surrender", "rescue", "release", "arrest"})
_PERSON_TYPES = frozenset({"kill", "arrest", "rescue", "release"})
_PATIENT_TYPES = frozenset({"kill", "arrest", "capture", "attack", "evacuation", "rescue", "release", "annexation"})

def _add_nominal(dm: DocMentions, sent: Sentence, s: int, e: int, form: str) -> None:
    text = dm.text
    if rx(r"\b(?:control|command|charge)\s+(?:of|over)\s+(?:(?:all|the|its|their|every)\s+)*(?:[\w-]+\s+)?$",
          re.IGNORECASE).search(text[max(sent.start, s - 40) : s]):
        return  # "took control of all operations", "in charge of the offensive": a thing held, not an event
    lo, hi = clause_bounds(text, sent, s)
    np_lo = _np_start(text, s, lo)
    premod = text[np_lo:s]
    mn = Mention(dm.doc, len(dm.mentions), sent, s, e, text[s:e], form, NOMINAL[form], True,
                 _tense(dm, sent, s, False, nominal=True))
    mn.plural = form.endswith("s") and form not in {"talks", "gains", "clashes", "airstrikes", "air strikes"}
    mods = [w.lower() for w in rx(r"[\w'-]+").findall(premod)]
    mn.definite = bool(mods and (mods[0] in {"the", "this", "that", "its", "their", "his", "her"}))
    mn.possessive_time = bool(rx(r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|"
                                        r"friday|saturday|sunday)'s\s", re.IGNORECASE).search(premod))
    mn.modifiers = tuple(w for w in mods if w not in _DETERMINERS and not w.endswith("'s"))
    mn.premod = premod.strip()
    if form in CAMPAIGN_NOUNS or form in {"campaign", "battle"}:
        camp, is_named = campaign_in_phrase(dm, s, e, np_lo)
        # "Yesterday's assault on Marawi": an assault of one day, not the battle of the place
        if camp is not None and not (form in {"attack", "assault"} and (is_named or mn.possessive_time)):
            mn.campaign, mn.named = camp, is_named
            mn.type = "campaign"
    if mn.campaign is None:
        own = _actors_in(dm, np_lo, s) or _agent_after_by(dm, e, hi) or owner_names(dm, np_lo, s)
        repelled = rx(r"\b(?:repel\w*|fend\w*\s+off|fought\s+off|thwart\w*|foil\w*|repuls\w*)\b", re.IGNORECASE).search(text[lo:np_lo])
        if not own and not mn.definite and not mn.possessive_time and repelled is None:
            # "militias have joined the offensive with a pre-dawn assault": an indefinite noun in
            # the object is the act of the clause's subject.
            own = _actors_in(dm, lo, np_lo)[:1]
        mn.actors = own
        where = _places(dm, lo, hi)
        mn.places = list(dict.fromkeys(n for n, p in sorted(where, key=lambda x: abs(x[1] - s))))
        targets: list[tuple[str, int]] = []
        reach = hi
        participle = rx(r",\s+[a-z]+ing\b").match(text, hi)
        if participle is not None:  # "launched a counteroffensive, pushing toward Balakliia"
            reach = clause_bounds(text, sent, participle.end())[1]
        for pm in _PURPOSE.finditer(text, e, reach):
            targets += [(n, p) for n, p in (where if reach == hi else _places(dm, lo, reach))
                        if pm.end() <= p < pm.end() + 60]
        if mn.type == "withdrawal":  # "the withdrawal from Izium"
            targets += [(n, p) for n, p in where if rx(r"\b(?:from|out\s+of)\s+(?:the\s+)?$").search(
                text[max(e, p - 15) : p])]
        target_stmt = rx(r"\btargets?\b[^.;]*?\b(?:is|was|were|are|will be)\b").search(text[sent.start : sent.end])
        if target_stmt is not None:
            targets += _places(dm, sent.start + target_stmt.end(), sent.end)
        mn.targets = _real_targets(dm, targets)
        if not mn.targets and mn.type in OF_TARGET:  # "the fall of Bab al-Aziziya", "a truce in Aleppo"
            mn.targets = noun_object(dm, e, OF_TARGET[mn.type])
    dm.mentions.append(mn)


def _real_targets(dm: DocMentions, found: list[tuple[str, int]]) -> list[str]:
    """Targets proper: not a country, not the reference point of a direction ("west of Mosul")."""
    countries = dm.spans("places").countries
    out: list[str] = []
    for name, pos in sorted(found, key=lambda x: x[1]):
        if name in countries or _DIRECTION.search(dm.text[max(0, pos - 30) : pos]):
            continue
        if name not in out:
            out.append(name)
    return out


def _sentence_cues(dm: DocMentions, sent: Sentence) -> list[Cue]:
    """The cues of the sentence being read: the tail of ``dm.cues`` (a scan back, not over the text)."""
    k = len(dm.cues)
    while k > 0 and dm.cues[k - 1].sent == sent.index:
        k -= 1
    return dm.cues[k:]


def _attach_cues(dm: DocMentions, sent: Sentence, first: int, first_cue: int) -> None:
    """Give each aspectual verb the noun it governs ("launched an offensive", "offensive that began")."""
    text = dm.text
    mine = dm.mentions[first:]
    for ci in range(first_cue, len(dm.cues)):  # this sentence's cues only: linear in a long text
        cue = dm.cues[ci]
        if cue.sent != sent.index or cue.kind != "aspect" or cue.host is not None:
            continue
        lo, hi = clause_bounds(text, sent, cue.start)
        host: Mention | None = None
        if cue.of_noun:  # "the end of combat operations": the first event noun after "of"
            host = next((mn for mn in mine if mn.nominal and mn.start >= cue.end and
                         _OF_EVENT.fullmatch(text, cue.end, mn.end)), None)
            if host is not None:
                dm.cues[ci] = Cue(cue.kind, cue.relation, cue.start, cue.end, cue.sent, host.index, True)
                host.aspect, host.aspect_span = cue.relation, (cue.start, cue.end)
            continue
        for mn in mine:  # object: only determiners/adjectives between verb and noun
            if mn.nominal and cue.end <= mn.start <= cue.end + 50 and mn.start < hi:
                # a name may hold "of": "launched the Wrath of Euphrates operation"
                gap = rx(r"[A-Z][\w'-]*(?:\s+of\s+[A-Z][\w'-]*)*").sub("", text[cue.end : mn.start]).lower()
                if not rx(r"\b(?:in|of|for|to|on|at|with|from|into)\b|[,;]").search(gap):
                    host = mn
                break
        if host is None:  # subject or passive: "the operation launched", "the offensive that began"
            # a relative clause reaches back over the noun's complements: "the offensive against IS in
            # Deir ez-Zor, which started on ..."
            relative = rx(r",\s+(?:which|that)\s+(?:had\s+|has\s+)?$").search(text[max(0, cue.start - 20) : cue.start])
            reach = 90 if relative else 45
            verb_at = cue.start
            for mn in reversed(mine):
                if mn.nominal and mn.end <= verb_at and verb_at - mn.end <= reach and mn.end >= lo - reach + 5:
                    gap = text[mn.end : verb_at].lower()
                    opening = text.rfind(",", max(sent.start, mn.start - 120), mn.start)
                    if not relative and rx(r",\s*$").search(gap) and opening >= 0 \
                            and "," not in text[opening + 1 : mn.start]:
                        # "The assault, three weeks into the campaign, began on Tuesday": the noun
                        # of an appositive is not the subject; the noun before it is
                        verb_at = opening
                        continue
                    if not rx(r"[;]|\b(?:said|says)\b").search(gap) and not (relative and rx(
                            r"\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must)\b"
                    ).search(gap)):
                        # (but "operations will go on through the holy month, which began on May 27":
                        # the relative clause is about the month, past a verb of the main clause)
                        host = mn
                    break
        if host is None:
            continue
        dm.cues[ci] = Cue(cue.kind, cue.relation, cue.start, cue.end, cue.sent, host.index)
        host.aspect, host.aspect_span = cue.relation, (cue.start, cue.end)
        form = text[cue.start : cue.end].lower()
        host.tense = _tense(dm, sent, cue.start, form in ASPECT_PAST)
        if not host.actors and host.campaign is None:
            before = _actors_in(dm, lo, min(cue.start, host.start))
            host.actors = (_agent_after_by(dm, cue.end, hi) or before[-1:] or _actors_in(dm, sent.start, cue.start)[-1:]
                           or _by_agent(dm, host.end, sent.end))
