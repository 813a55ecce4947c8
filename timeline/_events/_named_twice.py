"""One place under two names, as an article says it: "Kobani, which Arabs call Ain al-Arab", "the old
quarter that residents call the Kasbah", "Izmail (Ismail)", "Nagorno-Karabakh" and "Karabakh".

A text that states two names of one place makes them one place for the whole corpus: the mentions'
places, targets and campaigns are respelled to one name (:func:`._corpus_names.name_campaigns`, the
same pass that folds transliterations), so that "took control of Ismail" in one article and "captured
Izmail" in another share their target.

- a naming clause: "X, a village 10 km to the west that Greek speakers call Y", "the hilltop town that
  Serbs call Y" (the town: the closest place named before it in the sentence, else in the sentence
  before, else the dispatch's dateline place), "X, also known as Y";
- a spelling in brackets right after a place: "Izmail (Ismail)" (a few letters apart: "Bakhmut (Donetsk)"
  names the region);
- a hyphenated name whose last part is another name of the corpus: "Nagorno-Karabakh" / "Karabakh"
  (never a country, never after a compass word, never two places the gazetteer tells apart).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from timeline._events._campaigns import dateline_end
from timeline._events._doc import DocMentions
from timeline._events._spellings import _COUNTRIES, _edits

__all__ = ["stated_aliases"]

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w'\u2019-]+){0,2}"
#: "that Greek speakers call Y", "which locals know as Y", "known to Serbs as Y", "also known as Y"
_CALL = re.compile(
    r"\b(?:(?:that|which|what)\s+(?:the\s+)?(?:[A-Z][\w-]+|[a-z]{3,}(?:ers|ans|ents|als|ites))(?:\s+(?:speakers|people|officials|"
    r"residents|nationalists|forces))?\s+(?:call|calls|called|know\s+as|knew\s+as|name|named)"
    r"|(?:also\s+)?(?:known|called|spelt|spelled)(?:\s+to\s+(?:the\s+)?[A-Z][\w-]+)?(?:\s+as)?)\s+(" + _NAME + r")")
#: "the hilltop town", "the city", "this village": a place described, not named
_THE_PLACE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|enclave|district|"
                        r"quarter|region|hill|hub|junction)\s*,?\s*$")
_PLACE_NOUN = re.compile(r"\b(?:town|city|village|port|enclave|district|quarter|region|hamlet|suburb|settlement)\b")
_APPOSED = re.compile(r"(" + _NAME + r"),\s+(?:a|an|the)\s+[^,.;()]{0,90}$")
_LEFT = re.compile(r"(" + _NAME + r"),?\s*$")
_BRACKET = re.compile(r"(" + _NAME + r")\s+\(([A-Z][a-z][\w'\u2019-]{2,})\)(?!\s*[-\u2013\u2014])")
_COMPASS = frozenset({"North", "South", "East", "West", "Upper", "Lower", "New", "Old", "Greater", "Little", "Great",
                      "Central", "Northern", "Southern", "Eastern", "Western", "Inner", "Outer"})
_NOT_NAME = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "The", "It", "They"})


def _placelike(dm: DocMentions) -> list[tuple[int, str]]:
    """Where the document names a place (not a country): gazetteer places, and the places and targets
    of its mentions wherever the text writes them, in text order."""
    out = [(p.start, p.name) for p in dm.places if p.place_kind != "country"]
    names = {x for mn in dm.mentions for x in (*mn.places, *mn.targets)} - _COUNTRIES
    names -= {p.name for p in dm.places if p.place_kind == "country"}
    for n in dm.names:
        if n.text in names:
            out.append((n.start, n.text))
    return sorted(set(out))


def _dateline(dm: DocMentions) -> str | None:
    from timeline._events._corpus_names import dateline_place

    return dateline_place(dm)


def _last_place(places: list[tuple[int, str]], starts: list[int], lo: int, hi: int) -> str | None:
    """The last place named in ``[lo, hi)`` (a bisect: ``starts`` are the places' offsets, sorted)."""
    k = bisect.bisect_left(starts, hi) - 1
    return places[k][1] if k >= 0 and places[k][0] >= lo else None


def _referent(dm: DocMentions, at: int, places: list[tuple[int, str]], starts: list[int]) -> str | None:
    """What "the town" right before ``at`` names: the closest place before it in its sentence, else in
    the sentence before, else the dateline's place."""
    sent = dm.sentence_at(at)
    if sent is None:
        return None
    here = _last_place(places, starts, sent.start, at)
    if here is not None:
        return here
    prev = dm.sentence_at(sent.start - 1) if sent.start > 0 else None
    there = _last_place(places, starts, prev.start, prev.end) if prev is not None else None
    return there if there is not None else _dateline(dm)


def _pairs(dm: DocMentions, countries: frozenset[str]) -> list[tuple[str, str]]:
    text = dm.text
    places = _placelike(dm)
    starts = [p for p, _ in places]
    named = {n for _, n in places}
    acts = sorted((a.start, a.end) for a in dm.actors)
    line_end = dateline_end(text)
    out: list[tuple[str, str]] = []
    for m in _CALL.finditer(text):
        other = m.group(1)
        if other.split()[0] in _NOT_NAME or other in countries:
            continue
        sent = dm.sentence_at(m.start())
        lo = max(sent.start if sent is not None else 0, m.start() - 200)
        before = text[lo : m.start()]
        app = _APPOSED.search(before)
        if app is not None and (app.group(1) in named or _PLACE_NOUN.search(app.group(0))):
            out.append((app.group(1), other))  # "X, a village ... that Greek speakers call Y"
        elif _THE_PLACE.search(before) is not None:
            one = _referent(dm, m.start(), places, starts)
            if one is not None:
                out.append((one, other))  # "the hilltop town that Serbs call Y"
        else:
            left = _LEFT.search(before)
            if left is not None and left.group(1) in named:
                out.append((left.group(1), other))  # "X, also known as Y"
    for m in _BRACKET.finditer(text):
        if m.start() < line_end:
            continue  # "KIEV (Agency) -": a dateline's source
        one, other = m.group(1), m.group(2)
        if other in _NOT_NAME or other in countries or other.isupper() or one not in named \
                or _edits(one.lower(), other.lower(), 3) > 3:
            continue  # ("Bakhmut (Donetsk)": the region, not another spelling)
        k = bisect.bisect_right(acts, (m.start(2), len(text))) - 1
        if k >= 0 and acts[k][0] <= m.start(2) < acts[k][1]:
            continue  # "Kobani (YPG)": who holds it
        out.append((one, other))
    return [(a, b) for a, b in out if a != b and a not in countries]


def stated_aliases(dms: list[DocMentions], used: Counter[str], known: dict[str, str]) -> dict[str, str]:
    """Names of one place the corpus states (see the module's docstring) -> the one name each becomes:
    the most used of its group (then the longest, then the first alphabetically).

    ``known`` maps every spelling the gazetteer knows to its place: two names it tells apart are
    never joined."""
    countries = frozenset(_COUNTRIES) | frozenset(n for n, p in known.items() if n in _COUNTRIES or p in _COUNTRIES)
    pairs: list[tuple[str, str]] = []
    for dm in dms:
        pairs += _pairs(dm, countries)
    names = sorted({n for n in used if n[:1].isupper()})
    tails: dict[str, list[str]] = {}
    for n in names:
        if "-" in n and " " not in n:
            head, _, tail = n.partition("-")
            if head[:1].isupper() and tail[:1].isupper() and head not in _COMPASS and n not in countries \
                    and head not in known and len(tail) >= 5:
                tails.setdefault(tail, []).append(n)
    for tail, longs in sorted(tails.items()):
        if tail in used and len(longs) == 1:
            pairs.append((longs[0], tail))  # "Nagorno-Karabakh" and "Karabakh"
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        if a in known and b in known and known[a] != known[b]:
            continue
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for n in sorted(parent):
        groups.setdefault(root(n), []).append(n)
    for r in list(groups):
        if r not in groups[r]:
            groups[r].append(r)
    out: dict[str, str] = {}
    for members in groups.values():
        keep = min(members, key=lambda n: (-used[n], -len(n), n))
        for n in members:
            if n != keep:
                out[n] = keep
    return out
