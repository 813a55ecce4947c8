"""The TempEval-3 measures for time expressions, on character spans.

What the official scorer (TE3-evaluation.py, ``evaluate_entities.py``) does, restated:

* Gold and system TIMEX3 are first aligned one to one by the TimeML-Normalizer: reading the
  tokens left to right, a timex that begins inside a timex of the other annotation takes its id,
  unless an earlier timex already took it (:func:`align`).  So each gold timex pairs with at
  most one system timex and the other way round.  The DCT (``tid="t0"``) is skipped.
* **Relaxed** match: the pair overlaps (shares at least one token; here, one character).
  **Strict** match: the pair covers exactly the same text.  P = matches / system timexes,
  R = matches / gold timexes, F1 their harmonic mean; counts are summed over the corpus first
  (micro-average).
* **Type** and **value accuracy**: among relaxed matches, the share with the same ``type``
  (``value``) string.
* **Attribute F1** (what TempEval-3 and HeidelTime report as "value F1"):
  ``value accuracy x relaxed F1``.  With a one-to-one alignment it equals the F1 of
  P = correct values / system timexes and R = correct values / gold timexes, i.e.
  ``2 V / (S + G)``: a true positive needs an overlapping span *and* the exact value.

``mod`` is not a TempEval-3 measure; its accuracy is reported as an extra.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["Counts", "Pair", "Span", "align", "count", "inline_spans"]


@dataclass(frozen=True)
class Span:
    """A TIMEX3 reduced to what is scored: offsets, type, value (and mod, text, rule for reports)."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    text: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Pair:
    """One aligned gold/system pair (relaxed match)."""

    gold: Span
    system: Span

    @property
    def strict(self) -> bool:
        return self.gold.start == self.system.start and self.gold.end == self.system.end


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[Span], system: Sequence[Span]) -> tuple[list[Pair], list[Span], list[Span]]:
    """One-to-one alignment: (pairs, gold left unmatched, system left unmatched), each in text order.

    The TimeML-Normalizer's rule, on characters instead of tokens: walk the spans of both sides
    in order of their start (gold first at the same start); a span that begins inside a span of
    the other side (the one opened last) pairs with it, unless that one is already paired.
    """
    events = sorted([(g.start, 0, i) for i, g in enumerate(gold)] + [(s.start, 1, j) for j, s in enumerate(system)])
    sides: tuple[Sequence[Span], Sequence[Span]] = (gold, system)
    partner: tuple[dict[int, int], dict[int, int]] = ({}, {})  # side -> {index: index on the other side}
    opened: tuple[list[int], list[int]] = ([], [])  # indices already started, per side, in start order
    for start, side, k in events:
        other = 1 - side
        # the span of the other side opened last that is still open here
        for m in reversed(opened[other]):
            if sides[other][m].start <= start < sides[other][m].end:
                if m not in partner[other]:
                    partner[other][m] = k
                    partner[side][k] = m
                break
        opened[side].append(k)
    pairs = [Pair(gold[i], system[j]) for i, j in sorted(partner[0].items())]
    missed = [g for i, g in enumerate(gold) if i not in partner[0]]
    spurious = [s for j, s in enumerate(system) if j not in partner[1]]
    return pairs, missed, spurious


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """Corpus counts; every TempEval-3 measure is a property computed from them."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    mod_pairs: int = 0  # matched pairs where gold or system has a mod
    mod_ok: int = 0
    docs: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type -> [gold, relaxed, value_ok]

    def add(self, gold: Sequence[Span], system: Sequence[Span]) -> tuple[list[Pair], list[Span], list[Span]]:
        """Score one document into these counts; returns its alignment."""
        pairs, missed, spurious = align(gold, system)
        self.docs += 1
        self.gold += len(gold)
        self.system += len(system)
        self.relaxed += len(pairs)
        for g in gold:
            self.by_type.setdefault(g.type, [0, 0, 0])[0] += 1
        for p in pairs:
            row = self.by_type[p.gold.type]
            row[1] += 1
            self.strict += p.strict
            self.type_ok += p.gold.type == p.system.type
            if p.gold.value == p.system.value:
                self.value_ok += 1
                row[2] += 1
            if p.gold.mod or p.system.mod:
                self.mod_pairs += 1
                self.mod_ok += p.gold.mod == p.system.mod
        return pairs, missed, spurious

    def merge(self, other: Counts) -> None:
        for name in ("gold", "system", "relaxed", "strict", "type_ok", "value_ok", "mod_pairs", "mod_ok", "docs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for t, row in other.by_type.items():
            mine = self.by_type.setdefault(t, [0, 0, 0])
            for k in range(3):
                mine[k] += row[k]

    @property
    def relaxed_p(self) -> float:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_r(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_p, self.relaxed_r)

    @property
    def strict_p(self) -> float:
        return _ratio(self.strict, self.system)

    @property
    def strict_r(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_p, self.strict_r)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_ok, self.relaxed)

    @property
    def value_p(self) -> float:
        return _ratio(self.value_ok, self.system)

    @property
    def value_r(self) -> float:
        return _ratio(self.value_ok, self.gold)

    @property
    def value_f1(self) -> float:
        """TempEval-3 attribute F1 for value: value accuracy x relaxed F1 (= 2V/(S+G) here)."""
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    @property
    def mod_accuracy(self) -> float:
        return _ratio(self.mod_ok, self.mod_pairs)

    def as_dict(self) -> dict[str, object]:
        """Counts and measures (rounded to 4 places), for ``--json``."""
        def r4(x: float) -> float:
            return round(x, 4)

        return {
            "documents": self.docs,
            "counts": {
                "gold": self.gold, "system": self.system, "relaxed_match": self.relaxed,
                "strict_match": self.strict, "type_correct": self.type_ok, "value_correct": self.value_ok,
                "mod_pairs": self.mod_pairs, "mod_correct": self.mod_ok,
            },
            "relaxed": {"p": r4(self.relaxed_p), "r": r4(self.relaxed_r), "f1": r4(self.relaxed_f1)},
            "strict": {"p": r4(self.strict_p), "r": r4(self.strict_r), "f1": r4(self.strict_f1)},
            "type": {"accuracy": r4(self.type_accuracy), "f1": r4(self.type_f1)},
            "value": {"accuracy": r4(self.value_accuracy), "p": r4(self.value_p), "r": r4(self.value_r),
                      "f1": r4(self.value_f1)},
            "mod": {"accuracy": r4(self.mod_accuracy)},
            "by_gold_type": {t: {"gold": row[0], "found": row[1], "value_correct": row[2]}
                             for t, row in sorted(self.by_type.items())},
        }


def count(docs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Counts:
    """Score (gold, system) span lists, one pair per document, into corpus counts."""
    c = Counts()
    for gold, system in docs:
        c.add(gold, system)
    return c


def inline_spans(spans: Iterable[Span]) -> list[Span]:
    """The spans inline TimeML can hold: sorted, and no two overlapping (the longer earlier one wins).

    Inline XML cannot nest or cross two TIMEX3, so the official scorer only ever sees such a set;
    ``timeline eval`` scores what the writer would write.
    """
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if s.end <= s.start:
            continue
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out
