"""The shape of the events conformance corpus (see ``event_corpus.py``): entries, expectations,
and the constructors the corpus is written with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["single", "cross", "apart", "negative", "planned"]


@dataclass(frozen=True)
class Expect:
    """An event to find (or not): keyword alternatives and an inclusive start window (ISO days)."""

    keyword: str
    lo: str | None = None
    hi: str | None = None


@dataclass(frozen=True)
class Entry:
    """One conformance case: its documents as ``(published, text)`` and what the timeline must hold."""

    id: str
    category: str
    kind: Kind
    docs: tuple[tuple[str, str], ...]
    expect: tuple[Expect, ...]


def E(keyword: str, lo: str | None = None, hi: str | None = None) -> Expect:
    """An expectation; ``hi`` defaults to ``lo`` (a single day)."""
    return Expect(keyword, lo, hi if hi is not None else lo)


def one(id: str, category: str, published: str, text: str, *expect: Expect) -> Entry:
    return Entry(id, category, "single", ((published, text),), expect)


def cross(id: str, docs: list[tuple[str, str]], expect: Expect) -> Entry:
    return Entry(id, "cross-doc", "cross", tuple(docs), (expect,))


def apart(id: str, docs: list[tuple[str, str]], *expect: Expect) -> Entry:
    return Entry(id, "apart", "apart", tuple(docs), expect)


def neg(id: str, published: str, text: str, expect: Expect) -> Entry:
    return Entry(id, "negative", "negative", ((published, text),), (expect,))


def planned(id: str, published: str, text: str, expect: Expect) -> Entry:
    """A plan, a schedule or a forecast: no event may be told as done; one kept on the timeline is marked
    ``future`` (the engine keeps announced plans, "talks due on Thursday", as future events)."""
    return Entry(id, "planned", "planned", ((published, text),), (expect,))
