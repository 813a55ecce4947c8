"""The scanner: every family's rules, tried in priority order at every word start, in one pass.

What it finds is defined by :func:`_scan_reference`: all rules in ONE alternation (``(?P<r_k>...)``
per rule, in priority order), searched from left to right: at the leftmost word start where some
rule matches, the first such rule wins; when its builder rejects the match, the next rules that
match there are tried; then the scan moves past the hit (or on one character).

:func:`_hits` finds exactly the same hits, ~10-20 times faster: :class:`_Dispatch` knows, from the
next few characters of a word start, which rules can match there at all (read from the patterns
by :mod:`._prefix`, so a rule added later is covered without any declaration), and runs only
those.  ``tests/timeline/extract/test_scanner_exact.py`` checks the two agree.  Every pattern is a
bounded sequence of alternations (no nested unbounded repeats), so both are linear.

Page furniture: lines that are page stamps ("Last Update 9:40", "Updated: ...", a copyright line)
and a bare date line right after such a stamp are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from timeline._extract import (
    absolute,
    calendar,
    durations,
    eventrel,
    holidays,
    names,
    relative,
    sets,
    times,
    vague,
    weekdays,
)
from timeline._extract._prefix import lower, prefix_regex, prefixes
from timeline._extract._rule import NOT_TIME, Hit, Rule
from timeline._extract._tense import Tense, TenseIndex
from timeline.model import Expression, Spec

__all__ = ["ALL_RULES", "FAMILIES", "scan"]

FAMILIES = {
    "absolute": absolute, "weekdays": weekdays, "relative": relative, "durations": durations,
    "calendar": calendar, "vague": vague, "times": times, "sets": sets, "holidays": holidays,
    "eventrel": eventrel, "names": names,
}
ALL_RULES: list[Rule] = sorted((r for mod in FAMILIES.values() for r in mod.RULES), key=lambda r: r.priority)
_FLAGS = re.IGNORECASE
_NAMED = re.compile(r"\(\?P<\w+>")
_COMPILED: list[re.Pattern[str] | None] = [None] * len(ALL_RULES)  # compiled on first use


def _rule_re(i: int) -> re.Pattern[str]:
    rx = _COMPILED[i]
    if rx is None:
        rx = _COMPILED[i] = re.compile(ALL_RULES[i].pattern, _FLAGS)
    return rx


# A rule starts a word: never inside one, nor after an apostrophe that follows a letter ("Friday's",
# "o'clock"); an apostrophe after a space or a line start opens a quotation ("'A month ago we ...").
_LEFT = r"(?<!\w)(?<!\w['\u2019])"


class _Dispatch:
    """Which rules can match at a word start, from the next few characters alone (exact).

    From each rule's pattern, :mod:`._prefix` reads the sets its first ``depth`` characters can be
    drawn from.  One regex (the *gate*, a trie of every rule's paths) finds, in C, the word starts
    where some rule can begin: on news text about one word start in twelve.  There the lower-cased
    next ``depth`` characters are a key into a table of the rules whose paths admit them (filled
    on first sight of a key, kept across documents), and only those rules run, in priority order.
    A rule left out can only be one whose first characters cannot match there, so the hits are
    those of trying every rule at every word start (:func:`_scan_reference`, the definition).
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        analysed = [prefixes(r.pattern, _FLAGS, _DEPTH, _CAP) for r in rules]
        self.depth = max((d for _, d in analysed), default=0)
        paths = [ps for ps, _ in analysed]
        self.admits: list[Callable[[str], object]] = [
            re.compile(prefix_regex(ps, partial=True), re.DOTALL).match for ps in paths]
        body = prefix_regex(set().union(*paths))
        # after a character that is not part of a word (in C, the engine skips to such characters)
        # (or after an opening quote: an apostrophe that follows no word character; ``_LEFT``)
        self.gate = re.compile(r"\W(?<!\w['\u2019])(?=" + body + ")", re.DOTALL)
        self.table: dict[str, tuple[int, ...]] = {}

    def rules_for(self, key: str) -> tuple[int, ...]:
        found = tuple(i for i, admits in enumerate(self.admits) if admits(key))
        if len(self.table) >= _TABLE_MAX:
            self.table.clear()  # a bound on memory for endless streams of new keys
        self.table[key] = found
        return found


_DEPTH = 8  # characters of look-ahead per rule: deeper separates more rules but costs more to build
_CAP = 2500  # paths per rule at most (a rule with more is read to a smaller depth)
_TABLE_MAX = 1 << 18
_DISPATCH: list[_Dispatch] = []


def _dispatch() -> _Dispatch:
    if not _DISPATCH:
        _DISPATCH.append(_Dispatch(ALL_RULES))
    return _DISPATCH[0]


_STAMP = re.compile(
    r"^[ \t]*(?:last\s+updated?|updated|update|published|posted|modified|\u00a9|\(c\)|copyright)\b[^\n]*"
    r"(?:\n[ \t]*(?:[A-Z][a-z]+day,?\s+)?[^\n]{0,40}\d{4}[ \t]*(?=\n|$))?",
    re.IGNORECASE | re.MULTILINE,
)


def _stamps(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _STAMP.finditer(text)]


def _try(text: str, pos: int, first: int) -> tuple[int, re.Match[str], Hit] | None:
    """The first rule from index ``first`` that matches at ``pos`` and whose builder accepts."""
    for i in range(first, len(ALL_RULES)):
        m = _rule_re(i).match(text, pos)
        if m is None or m.end() == pos:
            continue
        hit = ALL_RULES[i].build(m)
        if hit is not None:
            return i, m, hit
    return None


def _reference_combined() -> re.Pattern[str]:
    if not _REFERENCE:
        _REFERENCE.append(re.compile(
            _LEFT + "(?:" + "|".join(f"(?P<r{i}>{_NAMED.sub('(?:', r.pattern)})" for i, r in enumerate(ALL_RULES)) + ")",
            _FLAGS,
        ))
    return _REFERENCE[0]


_REFERENCE: list[re.Pattern[str]] = []


def _scan_reference(text: str) -> Iterator[tuple[int, re.Match[str], Hit]]:
    """The definition of the hits (slow: every rule at every word start, one big alternation).

    At the leftmost word start where some rule matches, the first such rule in priority order;
    if its builder rejects the match, the next rules that match there (non-empty) in order; if
    none accepts, the scan moves on one character, else past the hit.  Kept for tests: the fast
    scan :func:`_hits` must give exactly these hits.
    """
    combined = _reference_combined()
    pos = 0
    n = len(text)
    while pos < n:
        cm = combined.search(text, pos)
        if cm is None:
            return
        i = int((cm.lastgroup or "r0")[1:])
        m = _rule_re(i).match(text, cm.start())
        hit = ALL_RULES[i].build(m) if m is not None else None
        found = (i, m, hit) if (m is not None and hit is not None) else _try(text, cm.start(), i + 1)
        if found is None:
            pos = cm.start() + 1
            continue
        yield found
        pos = max(found[1].end(), cm.start() + 1)


def _at(text: str, p: int, cands: tuple[int, ...]) -> tuple[int, re.Match[str], Hit] | None:
    """What the reference does at word start ``p``, trying only the rules ``cands`` (in order)."""
    first = True
    for i in cands:
        m = (_COMPILED[i] or _rule_re(i)).match(text, p)
        if m is None or (m.end() == p and not first):
            continue
        first = False  # the first rule that matches may match empty; the ones after it may not
        hit = ALL_RULES[i].build(m)
        if hit is not None:
            return i, m, hit
    return None


def _hits(text: str) -> Iterator[tuple[int, re.Match[str], Hit]]:
    """The hits of :func:`_scan_reference`, found by :class:`_Dispatch` (the fast path)."""
    d = _DISPATCH[0] if _DISPATCH else _dispatch()
    low = " " + lower(text)  # a space in front: the text's first character is a word start too
    table = d.table
    depth = d.depth
    pos = 0
    for g in d.gate.finditer(low):
        e = g.end()  # the word starts at e in ``low``, at e - 1 in ``text``
        if e <= pos:
            continue  # inside the previous hit
        key = low[e:e + depth]
        cands = table.get(key)
        if cands is None:
            cands = d.rules_for(key)
        if cands:
            found = _at(text, e - 1, cands)
            if found is not None:
                yield found
                pos = max(found[1].end(), e)


# Modifiers TimeBank leaves outside the TIMEX3 span (its dev gold: "about" 1 inside / 7 outside,
# "just" 0 / 4), while "nearly" (6 / 1), "at least" (4 / 2), "less than", "more than", "up to" go
# inside.  Outside the span, the gold gives no ``mod`` (7 of 8): "about" keeps only its
# ``spec.fields["qmod"]``, which still widens the interval at resolution.
_OUTSIDE = re.compile(r"(?:about|just)\s+(?=[\w'])", re.IGNORECASE)


#: A day right after a telling verb ("officials said on Friday", "told reporters Friday") dates the
#: report: the resolver does not take it as the story's day for a bare clock time after it.
_DAY_KINDS = ("weekday", "relday", "date", "monthday")
_TOLD = re.compile(r"\b(?:said|told(?:\s+[a-z]+)?|announced|confirmed|reported|stated|added)\s+(?:on\s+)?$",
                   re.IGNORECASE)
_TOLD_LOOK = 40  # characters


def scan(text: str) -> list[Expression]:
    """Every time expression of ``text`` in text order (underspecified: no interval yet)."""
    stamps = _stamps(text)
    tenses: TenseIndex | None = None
    out: list[Expression] = []
    for i, m, hit in _hits(text):
        if hit.kind == NOT_TIME:
            continue  # a name holding a time word ("The Sunday Times"): its words are no time
        start = m.start() if hit.start is None else hit.start
        end = m.end() if hit.end is None else hit.end
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        if end <= start or any(a <= start < b for a, b in stamps):
            continue
        if text[start] in "aAjJ":
            lead = _OUTSIDE.match(text, start, end)
            if lead is not None:
                start = lead.end()
                if hit.mod == "APPROX" and text[lead.start()] in "aA":
                    hit.mod = None  # the gold gives no mod to a span the modifier is outside of
        tense = None
        if hit.tense:
            tenses = tenses or TenseIndex(text)
            tense, gap = tenses.tense_gap(start, end, deadline=hit.deadline and not hit.past_only,
                                          right_only=hit.right_only)
            if tense is not None:
                hit.fields["tense_gap"] = gap  # how sure: a governing verb is close by
        elif hit.fields.get("narrative"):
            # a story-relative time ("later that evening") takes no tense of its own, but the
            # resolver picks its reference by the clause's (a past story moves with past dates)
            tenses = tenses or TenseIndex(text)
            clause = tenses.tense_gap(start, end, deadline=False)[0]
            if clause is not None:
                hit.fields["clause_tense"] = clause
        if hit.past_only and tense != "past":
            continue  # "works in the afternoon": a habit, no time of the story
        if hit.kind in _DAY_KINDS and _TOLD.search(text, max(0, start - _TOLD_LOOK), start):
            hit.fields["told"] = True  # "officials said on Friday": the report's day (see the resolver)
        out.append(_expression(text, start, end, ALL_RULES[i], hit, tense))
    return out


def _expression(text: str, start: int, end: int, rule: Rule, hit: Hit, tense: Tense | None) -> Expression:
    spec = Spec(kind=hit.kind, fields=dict(hit.fields), tense=tense)
    return Expression(
        text=text[start:end], start=start, end=end, type=hit.type, value=hit.value, mod=hit.mod,
        rule=hit.rule or rule.name, spec=spec, event_ref=hit.event_ref, event_relation=hit.event_relation,
        quant=hit.quant, freq=hit.freq,
    )


