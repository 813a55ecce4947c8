"""The alias table: canonical actors and places, their aliases and descriptions (data, not code).

The table ships as ``timeline/data/aliases.yaml``.  Users extend it without touching the package:
``TIMELINE_ALIASES`` names one or more YAML files of the same shape (``os.pathsep``-separated);
an entry whose ``name`` already exists gains the new aliases and descriptors, a new name is added.
:func:`load_table` also takes explicit paths, for programs that prefer not to use the environment.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from timeline._events._rx import trie_alternation

__all__ = ["AliasTable", "Entry", "Match", "load_table", "packaged_table"]

Kind = Literal["actor", "place"]


@dataclass
class Entry:
    """One canonical actor or place."""

    name: str
    kind: Kind
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    place_kind: str = ""
    refers: list[str] = field(default_factory=list)  # nouns that refer back to it ("the group", "its fighters")
    campaign: str = ""  # a place's campaign label, when it has a usual name ("Battle of Mosul")
    actor: str = ""  # the actor a place stands for as the subject of an event ("Kyiv launched ...")
    capital_of: str = ""  # the country whose capital the place is ("the capital", in a corpus about it)


@dataclass(frozen=True)
class Match:
    """An alias or descriptor found in a text: canonical ``name`` at ``[start, end)``."""

    name: str
    kind: Kind
    start: int
    end: int
    strong: bool  # a name/alias (True) or a description (False)
    place_kind: str = ""


class AliasTable:
    """Compiled matchers over a list of entries; find actors and places in a text."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        self.place_kind = {e.name: e.place_kind for e in self.entries if e.kind == "place"}
        self.refers = {e.name: frozenset(r.lower() for r in e.refers) for e in self.entries if e.kind == "actor"}
        self.campaign = {e.name: e.campaign for e in self.entries if e.kind == "place" and e.campaign}
        self.stands_for = {e.name: e.actor for e in self.entries if e.kind == "place" and e.actor}
        self.capital = {e.capital_of: e.name for e in self.entries if e.kind == "place" and e.capital_of}
        tail = r")(?:'s?)?(?![\w-])"
        # One alternation per kind and case rule, longest alias first.  One-word names match
        # case-sensitively ("IS" is not "is", "Hashed" not "hashed"), names of several words
        # case-insensitively ("Iraqi Army", "Islamic state").
        self._strong: dict[str, list[tuple[re.Pattern[str], dict[str, list[Entry]], bool]]] = {}
        for kind in ("actor", "place"):
            exact: dict[str, list[Entry]] = {}
            loose: dict[str, list[Entry]] = {}
            for e in self.entries:
                if e.kind != kind:
                    continue
                for a in {e.name, *e.aliases}:
                    if " " in a:
                        loose.setdefault(a.lower(), []).append(e)
                    else:
                        exact.setdefault(a, []).append(e)
            pats: list[tuple[re.Pattern[str], dict[str, list[Entry]], bool]] = []
            for table, flags, folded in ((exact, 0, False), (loose, re.IGNORECASE, True)):
                if table:
                    alt = trie_alternation(table)  # a prefix tree: one scan of the text, fast
                    pats.append((re.compile(r"(?<![\w-])(" + alt + tail, flags), table, folded))
            self._strong[kind] = pats
        self._weak: list[tuple[re.Pattern[str], Entry]] = [
            (re.compile(r"(?<![\w-])(" + d + tail, re.IGNORECASE), e) for e in self.entries for d in e.descriptors
        ]

    def find(self, text: str, start: int = 0, end: int | None = None, named: Iterable[str] | None = None,
             kind: Kind | None = None) -> list[Match]:
        """Non-overlapping matches in ``text[start:end]``, longest first, in text order.

        Descriptors count only for a canonical name in ``named`` (the names a document states
        outright); with ``named=None`` they are ignored.
        """
        end = len(text) if end is None else end
        allowed = set(named) if named is not None else set()
        found: list[Match] = []
        for k, pats in self._strong.items():
            if kind is not None and k != kind:
                continue
            for pat, table, folded in pats:
                for hit in pat.finditer(text, start, end):
                    key = hit.group(1).lower() if folded else hit.group(1)
                    for e in table.get(key, ()):
                        found.append(Match(e.name, e.kind, hit.start(), hit.end(1), True, e.place_kind))
        for pat, e in self._weak:
            if (kind is not None and e.kind != kind) or e.name not in allowed:
                continue
            for hit in pat.finditer(text, start, end):
                found.append(Match(e.name, e.kind, hit.start(), hit.end(1), False, e.place_kind))
        found.sort(key=lambda m: (-(m.end - m.start), not m.strong, m.start))
        taken: list[Match] = []
        # per kind, the taken spans sorted by start (they never overlap): a candidate overlaps one
        # only if the last span starting before its end reaches past its start
        starts: dict[str, list[int]] = {}
        ends: dict[str, list[int]] = {}
        for cand in found:
            ks, ke = starts.setdefault(cand.kind, []), ends.setdefault(cand.kind, [])
            at = bisect.bisect_left(ks, cand.end)
            if at and ke[at - 1] > cand.start:
                continue
            ks.insert(at, cand.start)
            ke.insert(at, cand.end)
            taken.append(cand)
        return sorted(taken, key=lambda x: (x.start, x.kind))

    def descriptors(self, kind: Kind = "actor") -> list[tuple[re.Pattern[str], str]]:
        """The descriptor patterns of ``kind`` with the canonical name each stands for."""
        return [(pat, e.name) for pat, e in self._weak if e.kind == kind]

    def named_in(self, text: str) -> set[str]:
        """Canonical names the text states by name or alias (what licenses descriptors)."""
        return {m.name for m in self.find(text)}


def _entries(data: Any, source: str) -> list[Entry]:
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping with 'actors' and/or 'places'")
    out: list[Entry] = []
    for key, kind in (("actors", "actor"), ("places", "place")):
        for item in data.get(key) or []:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise ValueError(f"{source}: every {key} entry needs a 'name'")
            out.append(
                Entry(
                    name=item["name"],
                    kind=kind,  # type: ignore[arg-type]
                    aliases=[str(a) for a in item.get("aliases") or []],
                    descriptors=[str(d) for d in item.get("descriptors") or []],
                    place_kind=str(item.get("kind", "")) if kind == "place" else "",
                    refers=[str(r) for r in item.get("refers") or []],
                    campaign=str(item.get("campaign") or ""),
                    actor=str(item.get("actor") or "") if kind == "place" else "",
                    capital_of=str(item.get("capital_of") or "") if kind == "place" else "",
                )
            )
    return out


def _merge(base: list[Entry], extra: list[Entry]) -> list[Entry]:
    index = {(e.kind, e.name): e for e in base}
    for e in extra:
        old = index.get((e.kind, e.name))
        if old is None:
            base.append(e)
            index[(e.kind, e.name)] = e
        else:
            old.aliases.extend(a for a in e.aliases if a not in old.aliases)
            old.descriptors.extend(d for d in e.descriptors if d not in old.descriptors)
            old.place_kind = e.place_kind or old.place_kind
            old.refers.extend(r for r in e.refers if r not in old.refers)
            old.campaign = e.campaign or old.campaign
            old.actor = e.actor or old.actor
            old.capital_of = e.capital_of or old.capital_of
    return base


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> AliasTable:
    text = resources.files("timeline").joinpath("data/aliases.yaml").read_text(encoding="utf-8")
    entries = _entries(yaml.safe_load(text), "timeline/data/aliases.yaml")
    for p in paths:
        try:
            extra = yaml.safe_load(Path(p).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{p}: cannot read alias file ({exc.__class__.__name__})") from exc
        entries = _merge(entries, _entries(extra, p))
    return AliasTable(entries)


def load_table(paths: Sequence[str | Path] = ()) -> AliasTable:
    """The packaged alias table, extended by ``paths`` and by the files ``TIMELINE_ALIASES`` names."""
    env = [p for p in os.environ.get("TIMELINE_ALIASES", "").split(os.pathsep) if p.strip()]
    return _load(tuple(str(p) for p in [*env, *paths]))


def packaged_table() -> AliasTable:
    """The alias table shipped with the package, without user extensions."""
    return _load(())
