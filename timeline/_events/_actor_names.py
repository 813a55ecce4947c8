"""Descriptions of an actor that the alias table knows, named across the corpus ("Iraqi Shiite militias",
where another article names the Hashd)."""

from __future__ import annotations

import re

from timeline._events._aliases import AliasTable, load_table, packaged_table
from timeline._events._mentions import DocMentions

__all__ = ["name_actors"]

#: Qualifiers too common to tell one armed group from another ("Islamist militants", "armed men").
_WEAK_QUALIFIERS = frozenset({"the", "islamist", "jihadist", "armed", "local", "foreign", "rebel", "radical",
                              "extremist", "hardline", "suspected", "hundreds", "thousands", "of"})


def name_actors(dms: list[DocMentions], table: AliasTable | None = None) -> None:
    """Descriptions the alias table knows, named across the corpus (in place).

    A descriptor ("Iraqi Shiite militias" for the Hashd) counts in a document that names its actor;
    an article that only describes them ("Iraqi Shiite militias launched an offensive on Saturday")
    is about the same actor when another article of the corpus names it outright.  Only a description
    with a distinctive qualifier ("Shiite", "Iranian-backed") is read so: "Islamist militants" may be
    any group.
    """
    if table is None:
        try:
            table = load_table()
        except ValueError:
            table = packaged_table()
    named = {a.name for dm in dms for a in dm.actors if a.strong}
    pats = [(pat, who) for pat, who in table.descriptors("actor") if who in named]
    # a generic name that is an alias word for word ("the Russian occupation" -> "Russian forces")
    canon = {a.lower(): e.name for e in table.entries if e.kind == "actor" for a in (e.name, *e.aliases)}
    cache: dict[str, str | None] = {}
    for dm in dms:
        for mn in dm.mentions:
            for k, a in enumerate(mn.actors):
                if a not in cache:
                    cache[a] = canon.get(a.lower()) if a.lower() in canon and canon[a.lower()] != a \
                        else (_described(a, pats) if pats else None)
                to = cache[a]
                if to is not None and to not in mn.actors:
                    mn.actors[k] = to


def _described(name: str, pats: list[tuple[re.Pattern[str], str]]) -> str | None:
    words = {w.lower() for w in name.split()[:-1]}
    if not words - _WEAK_QUALIFIERS:
        return None
    hits = {who for pat, who in pats if pat.fullmatch(name)}
    return hits.pop() if len(hits) == 1 else None
