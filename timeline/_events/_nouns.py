"""Actors the alias table does not know: generic noun phrases and capitalised names.

Two finders, each one compiled pattern and one pass over the document:

* :func:`generic_actors` — a head noun from ``actor_heads`` (``timeline/data/lexicon.yaml``) with
  its premodifiers: "government forces", "the rebels", "NATO warplanes", "pro-Kremlin separatists",
  "Iraqi government troops".  The actor is named by its modifiers and the head's *class*
  ("Iraqi government troops" -> "Iraqi government forces"), so that "troops", "soldiers" and "the
  army" of one side compare equal across articles;
* :func:`capitalised_names` — runs of capitalised words that are not sentence openers, months or
  titles ("President Rodrigo Duterte" -> "Rodrigo Duterte"; "NATO"; "Bab al-Aziziya").  What a
  name *is* (an actor, a place, a target) depends on where it stands, which the mention rules decide.

Spans already taken by the alias table win: these finders only fill the gaps.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline._events._aliases import Match
from timeline._events._lexicon import LEXICON
from timeline._events._rx import trie_alternation

__all__ = ["GENERIC", "TITLES", "VERBISH", "Name", "capitalised_names", "generic_actors", "is_title", "not_name"]

#: ``Match.place_kind`` of a generic actor (the field is unused for actors): tells it from the table's.
GENERIC = "generic"
_NOT_NAMES = frozenset(LEXICON.not_names)
_TITLES = frozenset(
    ["President", "Prime", "Minister", "General", "Gen", "Gen.", "Col", "Col.", "Lt", "Lt.", "Colonel", "Commander",
     "Spokesman", "Spokeswoman", "Major", "Maj", "Maj.", "Captain", "Capt", "Capt.", "Sgt", "Sgt.", "Defence",
     "Defense", "Foreign", "Interior", "Secretary", "Chancellor", "King", "Queen", "Prince", "Sheikh", "Mayor",
     "Governor", "Gov", "Gov.", "Senator", "Sen", "Sen.", "Deputy", "Chief", "Marshal", "Admiral", "Vice", "Leader",
     "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Brig", "Brig.", "Field", "Supreme", "Army", "Staff"]
)


_NUMBER = re.compile(r"(?i)(?:eleven|twelve|\w+teen|\w+ty|hundreds?|thousands?|dozens?|scores?)(?:-\w+)?$")


#: Titles as a regex alternation ("President", "Gen.", "Defence Minister" word by word).
TITLES = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))


def not_name(word: str) -> bool:
    """A capitalised word that does not start a name ("The", "Monday", "However", "Thirteen")."""
    return word in _NOT_NAMES or word.rstrip(".") in _NOT_NAMES or _NUMBER.match(word) is not None


def is_title(word: str) -> bool:
    """A title before a person's name ("President", "Gen.", "Defence Minister")."""
    return word in _TITLES


_HEADS = sorted(LEXICON.actor_heads, key=len, reverse=True)
_LOWER_MODS = sorted(LEXICON.actor_modifiers | LEXICON.silent_modifiers, key=len, reverse=True)
# one premodifier: a demonym or name ("Iraqi", "NATO", "Maute", "Russia's"), "pro-/anti-X", "X-backed",
# a lower-case word of actor_modifiers ("government", "rebel")
_MOD = (
    r"(?:(?:pro|anti)-[A-Z][\w'-]*|[A-Z][\w'.]*(?:-[A-Z][\w']*)*-(?:backed|led|allied|aligned|supported|controlled|"
    r"loyal|trained|armed)|[A-Z](?:[\w'-]|\.(?=\w))*|(?i:" + "|".join(re.escape(m) for m in _LOWER_MODS) + r"))"
)
# heads first (rare words: one cheap pass), then the modifiers, read backwards from each head
_HEAD_ALT = trie_alternation(h.lower() for h in _HEADS)
_HEAD = re.compile(r"(?<![\w'-])(?i:" + _HEAD_ALT + r")(?![\w-])")
_STRIKE_NEXT = re.compile(r"\s+strikes?\b")
_HEAD_NEXT = re.compile(r"\s+(?i:" + _HEAD_ALT + r")(?![\w-])")  # "government troops": "government" modifies
_MODS = re.compile(r"(?<![\w'-])(?:" + _MOD + r"\s+){1,3}$")


# heads that, capitalised after capitalised words, end a proper name ("Free Syrian Army")
_PROPER_HEADS = frozenset(["forces", "army", "council", "government", "guard", "militia", "brigades", "front",
                           "brigade", "battalion", "regiment",
                           "army", "police", "assembly", "parliament", "congress", "senate"])


#: Loose heads ("fighters", "gunmen") whose last lower-case modifier, itself the head of another kind, names
#: the kind: "militia fighters" are "militias", as "the militia's withdrawal" is.
_LOOSE = frozenset(["militants"])
_KINDS = frozenset(["militias", "rebels"])


def _modifier(w: str) -> str:
    """A modifier as it goes into an actor's name: "Russia's" -> "Russia", "Pro-Kremlin" -> "pro-Kremlin"."""
    if w.endswith("'s"):
        w = w[:-2]
    if w.lower().startswith(("pro-", "anti-")):
        head, _, rest = w.partition("-")
        return head.lower() + "-" + rest
    return w.lower() if not w[0].isupper() or w.lower() in LEXICON.actor_modifiers else w


# "US-led", "Iran-backed", "UN-brokered" (who brokered a truce is never its place)
_MODIFIER_NAME = re.compile(r"-(?:led|backed|held|controlled|allied|aligned|supported|loyal|trained|armed|based|run|"
                            r"brokered|mediated|sponsored|sanctioned|monitored|funded|organi[sz]ed|hosted|drafted)$")
_ADJECTIVE = re.compile(r"(?:ist|ian|ish|ese|i|an|ic)$")
_LOWER_NEXT = re.compile(r"\s+([a-z]+)")
VERBISH = frozenset(f for v in LEXICON.verbs for f in (*v.forms, *v.past)) | frozenset(
    f for fs in LEXICON.aspect.values() for f in fs) | frozenset(LEXICON.reporting) | frozenset(
    ["was", "were", "is", "are", "has", "had", "have", "will", "would", "also", "then"])
#: Words that never follow an adjective: after one of them, "Marawi" or "Benghazi" is a name ("in
#: Marawi on Friday"), not a demonym ("Iraqi forces").
_NOT_A_NOUN = frozenset(["on", "in", "at", "to", "for", "from", "by", "with", "and", "or", "after", "before",
                         "since", "until", "near", "into", "as", "of", "the", "a", "an", "this", "that", "when",
                         "where", "which", "who", "but", "late", "early", "last", "yesterday", "today"])
_NEXT = re.compile(r"[ \t]+([A-Z][a-z][\w'-]*)")


@dataclass(frozen=True)
class Name:
    """A run of capitalised words (titles and sentence openers stripped) at ``[start, end)``."""

    text: str
    start: int
    end: int
    opener: bool = False  # a single word opening a sentence: a name ("Duterte declared") or not ("Heavy fighting")


def _covered(spans: Sequence[tuple[int, int]], starts: Sequence[int], lo: int, hi: int) -> bool:
    k = bisect.bisect_left(starts, hi)
    return any(spans[j][1] > lo for j in range(max(0, k - 3), k))


def generic_actors(text: str, taken: Sequence[Match]) -> list[Match]:
    """Actors told by a generic noun phrase, outside the spans of ``taken`` (alias-table matches)."""
    spans = sorted((m.start, m.end) for m in taken)
    starts = [a for a, _ in spans]
    out: list[Match] = []
    for h in _HEAD.finditer(text):
        if _HEAD_NEXT.match(text, h.end()) or _STRIKE_NEXT.match(text, h.end()):
            continue  # "government troops": "government" modifies; "a general strike": no general
        cls = LEXICON.actor_heads[" ".join(h.group().lower().split())]
        *inner, head = h.group().split()  # "special forces", "Security Council": the first words modify
        window = max(0, h.start() - 80)
        mm = _MODS.search(text, window, h.start())
        mods = (mm.group().split() if mm is not None else []) + inner
        lo = mm.start() if mm is not None else h.start()
        m = h
        # drop what is not a modifier of this head: a sentence opener ("The army"), a title, a
        # participle at a sentence start ("Besieged rebels"), a verb or name before a lower-case head
        while mods and mods[0].lower() not in LEXICON.actor_modifiers and (not_name(mods[0]) or is_title(mods[0]) or mods[0][0].isupper() and
                        mods[0].lower().endswith(("ed", "ing", "ly")) and "-" not in mods[0]):
            lo = text.index(mods[0], lo) + len(mods[0])
            mods = mods[1:]
        while lo < m.end() and text[lo].isspace():
            lo += 1
        nxt = _NEXT.match(text, m.end())
        if nxt is not None and not not_name(nxt.group(1)):
            continue  # a title before a name: "President Rodrigo Duterte", "rebel commander Abu Ali"
        if not mods and head.lower() in LEXICON.heads_need_modifier:
            continue  # "officials said": a source, not an actor; "Russian officials" acted
        if _covered(spans, starts, lo, m.end()):
            continue  # the alias table knows it ("Syrian Democratic Forces", "Iraqi troops")
        if not mods and _covered(spans, starts, max(0, h.start() - 2), h.start()):
            continue  # the head of a known actor: "peshmerga fighters", "Hashd militiamen"
        proper: list[str] = []
        for w in reversed(mods):
            if not w[0].isupper() or w.endswith("'s"):
                break
            proper.insert(0, w)
        if head[0].isupper() and proper and head.lower() in _PROPER_HEADS:
            # a proper name: "Rapid Support Forces", "the rebel National Transitional Council"
            name = " ".join([*proper, head])
            lo = h.end() - len(name)
        else:
            words = [_modifier(w) for w in mods if w.lower() not in LEXICON.silent_modifiers]
            if cls == "government":  # "Russia's defence minister", "Iraqi officials": whose government
                words = [w for w in words if w[0].isupper() and w.lower() not in LEXICON.actor_modifiers]
            words = [w for w in words if not cls.startswith(w)]  # "rebel fighters" -> "rebels"
            kinds = [LEXICON.actor_heads.get(w) for w in words if w.islower()]
            if cls in _LOOSE and kinds and kinds[-1] in _KINDS and kinds[-1] != cls:
                cls, words = kinds[-1], words[:-1]  # "militia fighters" are the militia: "militias"
            name = " ".join(dict.fromkeys([*words, cls]))  # "government forces", "Maute militants"
        out.append(Match(name, "actor", lo, m.end(), False, GENERIC))
    return out


_W = r"[A-Z](?:[\w-]|'(?!s\b)|(?<=People)'s\b|\.(?=\w))*"  # a possessive 's ends a name: "Gaddafi's Bab al-Aziziya"
_CAPS = re.compile(r"(?<![\w'.-])" + _W + r"(?:\s+(?:(?:al|el|bin|ibn|de|du|da|van|von|of|the)[- ])?" + _W + r")*")
_OPENER = re.compile(r"(?:^|[.!?:\"]\s+|\n\s*|\s[-\u2013\u2014]\s+)$")  # (a dateline's dash: "KYIV (Wire) - Heavy")


def capitalised_names(text: str, taken: Sequence[Match]) -> list[Name]:
    """Capitalised names outside ``taken``: sentence openers, months, weekdays and titles stripped."""
    spans = sorted((m.start, m.end) for m in taken)
    starts = [a for a, _ in spans]
    out: list[Name] = []
    for m in _CAPS.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        k = 0
        while k < len(words) and (not_name(words[k].group()) or is_title(words[k].group()) or
                                  words[k].group().islower()):  # "After the Old City": the connector goes too
            k += 1
        if k == 0 and words[0].group().lower().endswith(("ed", "ing", "ly")) and \
                _OPENER.search(text[max(0, m.start() - 3) : m.start()]):
            k = 1  # a participle or adverb opening a sentence: "Besieged rebels", "Heavily armed men"
        if k == len(words):
            continue
        lo = m.start() + words[k].start()
        hi = m.end()
        name = text[lo:hi].rstrip(".'")
        hi = lo + len(name)
        if name.endswith("'s"):
            name, hi = name[:-2], hi - 2
        if not name or any(ch.isdigit() for ch in name) or (name.isupper() and len(name) > 6):
            continue  # "B-52", a shouted dateline "KHERSON CITY"
        if _covered(spans, starts, lo, hi):
            continue
        nxt = _LOWER_NEXT.match(text, hi)
        if _MODIFIER_NAME.search(name) or (" " not in name and _ADJECTIVE.search(name) and nxt is not None and
                                           nxt.group(1) not in VERBISH and not nxt.group(1).endswith("ed")
                                           and nxt.group(1) not in _NOT_A_NOUN):
            continue  # "US-led", "Iran-backed"; an adjective before a noun: "Islamist fighters", "Iraqi"
        opener = " " not in name and lo == m.start() and _OPENER.search(text[max(0, lo - 3) : lo]) is not None
        out.append(Name(name, lo, hi, opener))
    return out
