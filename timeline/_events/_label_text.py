"""What a label reads from the sentence itself: the voice of its verb, a passive's subject, the object
after (or fronted before) the verb, a declared clause, and a place that stands for its government.

Used by :mod:`._labels` only; every reader returns "" (or False) when the sentence does not say it
plainly, and the label builder then keeps its older wording.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._participants import AGO
from timeline._events._rx import rx

__all__ = ["clause_parts", "fronted_object", "is_passive", "next_object", "passive_headline", "said_clause",
           "subject_place", "with_party"]

_AUX = r"(?:was|were|is|are|been|be|being|get|got|gets)"
#: "was overrun", "had been shot down", "were quickly captured", "was reportedly hit"
_PASSIVE_BEFORE = re.compile(r"\b" + _AUX + r"\s+(?:(?:not|also|then|reportedly|finally|\w+ly)\s+)?$", re.IGNORECASE)
#: Where a clause (and so a passive's subject) begins.
_CLAUSE_CUT = re.compile(r"[,;:(\u2014]|\s-\s|\b(?:that|which|who|whom|after|before|when|while|as|and|but|since|"
                         r"because|until|where|though|although|if|says?|said|told|reported|admitted|announced|"
                         r"claimed|confirmed)\b", re.IGNORECASE)
#: Leading words of a noun phrase that say how many or whose, not what: "two of its", "more than 190".
_QUANT = re.compile(r"^(?:(?:the|a|an|its|their|his|her|our|this|these|those|some|all|both|several|many|"
                    r"dozens|hundreds|thousands|scores|tens|millions|at|least|more|than|nearly|almost|about|around|"
                    r"some|over|up\s+to|last|first|one|half|three-quarters|few|dozen|two-thirds|most|much|part|parts|rest|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"[\d][\d,.]*)\s+(?:of\s+)?)+", re.IGNORECASE)
#: Words that never stand in a short noun phrase (a verb, a preposition, a pronoun, a conjunction).
_NOT_NP = frozenset({"in", "on", "at", "by", "from", "to", "for", "with", "of", "into", "onto", "over", "under",
                     "across", "near", "around", "through", "toward", "towards", "against", "outside", "inside",
                     "the", "a", "an", "and", "or", "but", "it", "they", "he", "she", "we", "i", "you", "them", "him",
                     "this", "that", "these", "those", "which", "who", "there", "is", "are", "was", "were", "has",
                     "have", "had", "be", "been", "will", "would", "could", "should", "may", "might", "can", "not",
                     "its", "their", "his", "her", "what", "whose", "also", "then", "so", "yet", "run", "held",
                     "during", "after", "before", "since", "until", "as", "than", "about", "between", "off", "out",
                     "up", "down", "back", "away", "again", "way", "itself", "themselves", "himself", "herself",
                     "yesterday", "today", "tonight", "overnight", "earlier", "later", "last", "next", "early",
                     "late", "now", "all", "each", "every", "any", "none", "one", "some", "without", "amid",
                     "despite", "including", "among", "along", "beyond", "via", "km", "kilometres", "miles",
                     "metres", "percent", "per", "home", "unanimously", "together", "south", "north", "east", "west",
                     "southward", "northward", "eastward", "westward", "instead", "too", "first", "within",
                     "behind", "past", "alongside", "upon", "like", "while", "where", "when", "if"})
_TIME_WORD = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december|morning|evening|night|"
                        r"afternoon|week|weekend|month|year|day|days|weeks|hours|dawn|midnight|noon)$", re.IGNORECASE)
#: Generic nouns that stand for the place the article is about ("the city was overrun").
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "district", "province", "region", "area", "enclave",
                          "stronghold", "port", "country", "territory", "provincial capital", "base"})
#: Capitalised sentence openers that are common words, lowered inside a noun phrase ("Release of Italian ...").
_COMMON = frozenset({"dozens", "civilians", "people", "hostages", "prisoners", "fighters", "soldiers", "main", "new",
                     "several", "many", "two", "three", "residents", "families", "wounded"})
_PARTICLES = frozenset({"in", "on", "out", "down", "up", "off", "back", "over", "into", "onto", "from", "of", "toward",
                        "towards", "through", "away", "to", "at"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "them", "him", "this", "that", "which", "who",
                       "there", "what", "these", "those"})


def is_passive(text: str, mn: Mention) -> bool:
    """Whether a verbal trigger is a passive participle: "Herat was overrun", "had been shot down"
    (not a progressive "were closing in", not a noun)."""
    if mn.nominal or text[mn.start : mn.end].lower().endswith("ing"):
        return False
    return _PASSIVE_BEFORE.search(text, max(mn.sent.start, mn.start - 40), mn.start) is not None


def _np(words: list[str], most: int = 4) -> str:
    """A short noun phrase, or "" when the words are not one."""
    if not 1 <= len(words) <= most:
        return ""
    if words[0].lower() == "of" or words[-1].lower() == "of" or any(
            w.lower() != "of" and w.lower().strip(".'\"") in _NOT_NP or _TIME_WORD.match(w)
            or not rx(r"[\w'-]+").fullmatch(w) for w in words):
        return ""
    if len(words) > 1 and any(w.endswith("ing") and w.islower() for w in words):
        return ""  # "columns fleeing", "units defending X": a clause
    return " ".join(words)


def _strip_quant(phrase: str) -> str:
    return _QUANT.sub("", phrase.strip()).strip()


def participle(text: str, mn: Mention) -> str:
    """The trigger as written, with the particles its lemma has when they follow: "shot down"."""
    word = text[mn.start : mn.end]
    rest = [w for w in mn.lemma.split()[1:] if w in _PARTICLES]
    at = mn.end
    for w in rest:
        m = rx(r"\s+" + w + r"\b", re.IGNORECASE).match(text, at)
        if m is None:
            break
        word += " " + w
        at = m.end()
    return word.lower()


def passive_subject(text: str, mn: Mention) -> str:
    """The subject of a passive, as a short noun phrase ("two of its warplanes" -> "warplanes"), or ""."""
    aux = _PASSIVE_BEFORE.search(text, max(mn.sent.start, mn.start - 40), mn.start)
    if aux is None:
        return ""
    before = text[mn.sent.start : aux.start()]
    had = rx(r"\b(?:had|has|have|would|will|could|may|might|to)\s*$", re.IGNORECASE).search(before)
    if had is not None:
        before = before[: had.start()]
    cuts = list(_CLAUSE_CUT.finditer(before))
    seg = before[cuts[-1].end() :] if cuts else before
    seg = rx(r"^\W*(?:[A-Z]{2,}[\w/ ]*\([^)]*\)\s*-\s*)?").sub("", seg)  # a dateline
    words = _strip_quant(seg).split()
    got = _np(words)
    return got if got and got.lower() not in _PRONOUNS else ""


def passive_headline(dm: DocMentions, mn: Mention, targets: list[str], noun: str = "") -> str:
    """"Warplanes shot down", "Capture of Herat": the subject and the participle (or the type's ``noun``,
    "capture of"), for a passive whose agent is not written; "" when its subject is no plain noun phrase."""
    subject = passive_subject(dm.text, mn)
    if not subject:
        return ""
    head = subject.lower().split(" of ")[0]
    if targets and head in _PLACE_NOUNS and (" of " in subject or not any(t in subject for t in targets)):
        subject = targets[0]  # "the city was overrun", "the town of Bor": the place itself
    if noun.startswith("evacuation") and targets and subject.split()[-1].lower() in _COMMON:
        subject = targets[0]  # "2,000 people were trucked out of the enclave": the evacuation of the place
    if noun:  # "Herat was overrun": "Capture of Herat", as the capture's other labels say
        if subject.split()[0].lower() in _COMMON:
            subject = subject[0].lower() + subject[1:]  # "Civilians were killed": "Killing of civilians"
        return f"{noun[0].upper()}{noun[1:]} {subject}"
    return f"{subject[0].upper()}{subject[1:]} {participle(dm.text, mn)}"


def next_object(text: str, mn: Mention, verb: str) -> str:
    """The noun phrase written right after the verb ("freed thousands of prisoners" -> "prisoners", "closing in
    on Aibak" -> "Aibak", "vetoed a Security Council resolution calling ..." -> "Security Council resolution"),
    skipping the particles of ``verb`` ("close in on"); "" when none follows."""
    if any(w not in _PARTICLES for w in mn.lemma.split()[1:]):
        return ""  # "release report", "tell lawmakers": the lemma says its object already
    at = mn.end
    for w in verb.split()[1:]:
        m = rx(r"\s+" + re.escape(w) + r"\b", re.IGNORECASE).match(text, at)
        if m is not None:
            at = m.end()
    m = rx(r"\s+((?:full\s+|total\s+)?control\s+of\s+)?").match(text, at)
    at = m.end() if m is not None else at
    tail = text[at : mn.sent.end]
    ago = AGO.search(tail)
    tail = tail[: ago.start()] if ago is not None else tail  # "shelled three towns nearly two weeks ago"
    words: list[str] = []
    for w in _strip_quant(tail).split()[:6]:
        bare = w.rstrip(".,;:)'\"")
        if bare.lower() in _NOT_NP or _TIME_WORD.match(bare) or bare.lower().endswith("ing") or not bare:
            break
        words.append(bare)
        if bare != w:
            break  # punctuation ends it
    if len(words) > 4:
        return ""
    got = _np(words)
    return "" if not got or got.lower() in _PRONOUNS else got


_FRONTED = re.compile(r"\b((?:(?i:the|a|an|its|their|his|her)\s+)(?:[\w'-]+\s+){0,3}?[\w'-]+|"
                      r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2},?\s+(?=which))\s*(?:that|which|whom)\s+"
                      r"((?:(?:Mr|Mrs|Ms|Dr|the|its|his|their)\.?\s+)?(?:[\w'-]+\s+){1,3}?)"
                      r"(?:had\s+|has\s+|have\s+|\w+ly\s+)?$")


def fronted_object(text: str, mn: Mention) -> str:
    """The object of a verb in a relative clause, fronted before it: "The state of war that Mr Saakashvili
    declared" -> "state of war"; "" when the verb is not in one (or its subject is no plain name)."""
    m = _FRONTED.search(text, mn.sent.start, mn.start)
    if m is None:
        return ""
    if any(w.lower() in _NOT_NP - {"the", "its", "his", "their"} for w in m.group(2).split()):
        return ""  # "the agreement that the rebels would ...": no subject and verb, a clause
    words = m.group(1).rstrip(", ").split()
    k = len(words)
    while k > 0 and (words[k - 1].lower() == "of" or words[k - 1].lower() not in _NOT_NP):
        k -= 1
    kept = words[k:]
    while kept and kept[0].lower() == "of":
        kept = kept[1:]
    got = _np(_strip_quant(" ".join(kept)).split())
    return got if got.lower() not in _PRONOUNS else ""


_CLAUSE_AUX = re.compile(r"\s+(?:had\s+been|has\s+been|have\s+been|would\s+be|will\s+be|was|were|is|are|had|has|"
                         r"have)\s+", re.IGNORECASE)


def clause_parts(obj: str) -> tuple[str, str] | None:
    """A clause read as an object ("aggressor had been punished"): its subject and the rest without the
    auxiliary ("aggressor", "punished"); None when it is a plain noun phrase."""
    m = _CLAUSE_AUX.search(" " + obj + " ")
    if m is None:
        return None
    subj = _strip_quant(obj[: max(0, m.start() - 1)])
    rest = obj[m.end() - 1 :].strip()
    if not subj or not rest or subj.lower() in _PRONOUNS or len(subj.split()) > 4:
        return None
    return subj, rest


def said_clause(text: str, mn: Mention) -> tuple[str, str] | None:
    """What a declaration said, when it is a short clause after "that": "declaring that the aggressor had been
    punished" -> ("aggressor", "punished")."""
    m = rx(r"(?:\s+(?:on|late|early|last|this|yesterday|today|overnight)(?:\s+(?:on\s+)?[A-Z]?[a-z]+)?)?\s+that\s+"
           r"((?:[\w'-]+\s+){1,7}?[\w'-]+)(?=\s*[,.;]|\s+(?:and|after|before|as|while|but|in\s+a|on\s+[A-Z])\b|$)").match(
        text, mn.end, mn.sent.end)
    if m is None:
        return None
    got = clause_parts(m.group(1))
    if got is None or len(got[1].split()) > 5:
        return None
    return got


_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|announced|denied|accused|warned|insisted|claimed|"
                     r"demanded|blamed|responded|rejected|protested|condemned|called)\b")


def subject_place(dm: DocMentions, mn: Mention, place: str) -> bool:
    """Whether ``place`` is written as the subject of the active verb ``mn`` ("France, Britain and several other
    countries evacuated hundreds of diplomats"): a government acting, not the place where it acted."""
    if mn.nominal or is_passive(dm.text, mn):
        return False
    for p in dm.places:
        if p.name != place or not mn.sent.start <= p.start < mn.start or mn.start - p.end > 60:
            continue
        lead = dm.text[mn.sent.start : p.start]
        gap = dm.text[p.end : mn.start]
        if rx(r"^\W*(?:the\s+)?$", re.IGNORECASE).match(lead) and not rx(
                r"\b(?:in|at|on|of|from|to|near|by|for|with|into|that|which|who|was|were|is|are)\b|[;:]",
                re.IGNORECASE).search(gap):
            return True
    return False


def with_party(dm: DocMentions, mn: Mention, place: str) -> bool:
    """Whether ``place`` is in the mention's sentence only as a party ("haggling with Moscow", "Moscow said"):
    a government, not where the event was."""
    seen = [p for p in dm.places if p.name == place and mn.sent.start <= p.start < mn.sent.end]
    return bool(seen) and all(
        rx(r"\b(?:with|against|by)\s+(?:the\s+)?$", re.IGNORECASE).search(dm.text, max(mn.sent.start, p.start - 12),
                                                                               p.start) is not None
        or _SPEAKS.match(dm.text, p.end) is not None for p in seen)
