"""The combined scanner: every family's rules in ONE compiled alternation, one pass over the text.

How it works: each rule's pattern is wrapped as ``(?P<r_k>...)`` (inner group names removed) and
the alternatives are ordered by rule priority; ``finditer`` gives, at each leftmost position, the
first rule that matches there (``lastgroup`` names it), and the rule's own compiled pattern is
re-run at that position to read its groups.  When a builder rejects a match the remaining rules
are tried at the same position, then the scan moves on one character.  Every pattern is a
bounded sequence of alternations (no nested unbounded repeats), so the scan is linear.

Page furniture: lines that are page stamps ("Last Update 9:40", "Updated: ...", a copyright line)
and a bare date line right after such a stamp are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from timeline._extract import absolute, calendar, durations, holidays, relative, sets, times, vague, weekdays
from timeline._extract._firsts import charset_guard as _charset_guard
from timeline._extract._firsts import first_chars
from timeline._extract._rule import Hit, Rule
from timeline._extract._tense import Tense, TenseIndex
from timeline.model import Expression, Spec

__all__ = ["ALL_RULES", "FAMILIES", "scan"]

FAMILIES = {
    "absolute": absolute, "weekdays": weekdays, "relative": relative, "durations": durations,
    "calendar": calendar, "vague": vague, "times": times, "sets": sets, "holidays": holidays,
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


_FIRSTS = [first_chars(r.pattern, _FLAGS) for r in ALL_RULES]
_GUARDS = [_charset_guard(f) for f in _FIRSTS]
# One test of "can any rule start here?" before the alternation: rejects spaces and punctuation
# at once (every rule has a known first-character set, so the union is exact).
_ANY = _charset_guard(set().union(*(f for f in _FIRSTS if f))) if all(_FIRSTS) else ""
_COMBINED = re.compile(
    r"(?<![\w'\u2019])" + _ANY + "(?:"
    + "|".join(f"{g}(?P<r{i}>{_NAMED.sub('(?:', r.pattern)})" for i, (g, r) in enumerate(zip(_GUARDS, ALL_RULES, strict=True)))
    + ")",
    _FLAGS,
)
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


def _hits(text: str) -> Iterator[tuple[int, re.Match[str], Hit]]:
    pos = 0
    n = len(text)
    while pos < n:
        cm = _COMBINED.search(text, pos)
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


def scan(text: str) -> list[Expression]:
    """Every time expression of ``text`` in text order (underspecified: no interval yet)."""
    stamps = _stamps(text)
    tenses: TenseIndex | None = None
    out: list[Expression] = []
    for i, m, hit in _hits(text):
        start = m.start() if hit.start is None else hit.start
        end = m.end() if hit.end is None else hit.end
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        if end <= start or any(a <= start < b for a, b in stamps):
            continue
        tense = None
        if hit.tense:
            tenses = tenses or TenseIndex(text)
            tense, gap = tenses.tense_gap(start, end)
            if tense is not None:
                hit.fields["tense_gap"] = gap  # how sure: a governing verb is close by
        out.append(_expression(text, start, end, ALL_RULES[i], hit, tense))
    return out


def _expression(text: str, start: int, end: int, rule: Rule, hit: Hit, tense: Tense | None) -> Expression:
    spec = Spec(kind=hit.kind, fields=dict(hit.fields), tense=tense)
    return Expression(
        text=text[start:end], start=start, end=end, type=hit.type, value=hit.value, mod=hit.mod,
        rule=hit.rule or rule.name, spec=spec, event_ref=hit.event_ref, event_relation=hit.event_relation,
        quant=hit.quant, freq=hit.freq,
    )


def rules_named(names: Sequence[str]) -> list[Rule]:
    """The rules called ``names`` (for tests and docs)."""
    return [r for r in ALL_RULES if r.name in set(names)]
