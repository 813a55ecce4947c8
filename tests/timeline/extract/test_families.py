"""Walk every family's example corpus (value, type, mod, interval at a fixed anchor) and its
negative corpus (nothing may match the span)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline._extract._rule import Example
from timeline._extract._scanner import FAMILIES
from timeline.model import Anchor, Expression

EXAMPLES = [(name, ex) for name, mod in FAMILIES.items() for ex in mod.EXAMPLES]
NEGATIVES = [(name, ex) for name, mod in FAMILIES.items() for ex in mod.NEGATIVES]


def _anchor(ex: Example) -> Anchor:
    if not ex.anchor:
        return Anchor()
    return Anchor(value=dt.datetime.fromisoformat(ex.anchor), source="cli")


def _run(text: str, anchor: Anchor) -> list[Expression]:
    return _resolve.resolve(_extract.extract(text), anchor)


@pytest.mark.parametrize(("family", "ex"), EXAMPLES, ids=[f"{f}:{e.text[:40]}" for f, e in EXAMPLES])
def test_example(family: str, ex: Example) -> None:
    found = _run(ex.text, _anchor(ex))
    assert ex.match is not None
    hits = [e for e in found if e.text == ex.match]
    assert hits, f"{ex.match!r} not found in {[e.text for e in found]}"
    e = hits[0]
    assert ex.text[e.start:e.end] == e.text
    assert e.rule and e.spec is not None
    assert e.value == ex.value, (e.value, e.rule, e.spec)
    if ex.type is not None:
        assert e.type == ex.type
    if ex.mod is not None:
        assert e.mod == ex.mod
    if ex.interval is None:
        assert e.interval is None
    elif isinstance(ex.interval, tuple):
        assert e.interval is not None
        lo, hi = e.interval.start[0], e.interval.end[1]
        got = (lo.date().isoformat() if lo else None, hi.date().isoformat() if hi else None)
        assert got == ex.interval, (got, e.interval)


@pytest.mark.parametrize(("family", "ex"), NEGATIVES, ids=[f"{f}:{e.text[:40]}" for f, e in NEGATIVES])
def test_negative(family: str, ex: Example) -> None:
    found = _extract.extract(ex.text)
    if ex.match is None:
        assert found == [], [(e.text, e.rule) for e in found]
        return
    s = ex.text.index(ex.match)
    t = s + len(ex.match)
    bad = [e for e in found if min(e.end, t) - max(e.start, s) > 0]
    assert bad == [], [(e.text, e.rule) for e in bad]


def test_every_family_has_examples_and_negatives() -> None:
    for name, mod in FAMILIES.items():
        assert len(mod.EXAMPLES) >= 5, name
        assert mod.NEGATIVES, name
        assert mod.__doc__ and all(r.name in mod.__doc__ for r in mod.RULES), name
