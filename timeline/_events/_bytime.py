"""The index of dated clusters the cross-document merge looks its candidates up in (moved out of
:mod:`._corefer`): by family, week of their possible start, and actor or target."""

from __future__ import annotations

import datetime as dt

from timeline._events._cluster import Cluster, _start_range, _width, family
from timeline._events._dating import Bounds4
from timeline._events._heads import DISTINCT_HEADS
from timeline._events._local import with_classes
from timeline._events._mentions import DocMentions
from timeline.model import Document

__all__ = ["ByTime", "unique_keys"]


class ByTime:
    """Dated clusters by (family, week of their possible start, actor or target): who may be the same event.

    ``_same_time`` needs two start ranges that overlap and are at most 400 days wide, so two
    clusters that can merge share a week; :func:`_merge_across` needs them to share an actor, or
    (when one names nobody) a target, or to both name nobody.  Only those are compared (in corpus
    order, as before), so "troops" in thousands of articles meets the few events of its month.
    A cluster that grows is indexed again under its new actors and targets.
    """

    def __init__(self, dms: list[DocMentions]) -> None:
        self.buckets: dict[tuple[str, int, str], list[int]] = {}
        self.order: list[Cluster] = []
        self.position: dict[int, int] = {}
        self.tags: list[set[tuple[int, str]]] = []
        self.dms = dms
        self.unique: dict[tuple[str, str], list[Cluster]] = {}  # (head noun, actor) -> "its counteroffensive"s

    @staticmethod
    def _months(b: Bounds4 | None) -> range:
        """The weeks (days since 0001-01-01 // 7) a start range touches: ranges that overlap share one."""
        w = _width(b)
        if b is None or b[0] is None or b[1] is None or w is None or w > dt.timedelta(days=400):
            return range(0)
        return range(b[0].toordinal() // 7, b[1].toordinal() // 7 + 1)

    @staticmethod
    def _names(acts: list[str] | set[str], targets: set[str]) -> list[str]:
        """Where a cluster is filed: by actor (and by actor and target: two events with targets
        must share one, so a query with targets reads only those and the target-less), by target
        (an event that names nobody matches on a target), and "-" when it names nobody."""
        acts = sorted(with_classes(acts))  # "Iraqi security forces" also filed as "forces"
        names = [f"a:{a}" for a in acts] + [f"t:{t}" for t in targets] + ([] if acts else ["-"])
        names += [f"a:{a}|t:{t}" for a in acts for t in targets] + [f"a:{a}|-" for a in acts if not targets]
        return names

    @staticmethod
    def _query(acts: set[str], targets: set[str]) -> list[str]:
        acts = with_classes(acts)
        if not acts:
            return [f"t:{t}" for t in targets] + ["-"]
        if not targets:
            return [f"a:{a}" for a in acts]
        return [f"a:{a}|t:{t}" for a in acts for t in targets] + [f"a:{a}|-" for a in acts] + [
            f"t:{t}" for t in targets]

    def add(self, cl: Cluster, docs: list[Document]) -> None:
        self.position[id(cl)] = len(self.order)
        self.order.append(cl)
        self.tags.append(set())
        for key in unique_keys(cl, self.dms):
            self.unique.setdefault(key, []).append(cl)
        self.grown(cl, docs)

    def grown(self, cl: Cluster, docs: list[Document]) -> None:
        """Index ``cl`` (again) under its current actors, targets and months."""
        k = self.position.get(id(cl))
        if k is None:
            return
        fam = family(cl.type)
        names = self._names(cl.actors(self.dms), cl.geo(self.dms)[0])
        for month in self._months(_start_range(cl, docs)):
            for name in names:
                if (month, name) not in self.tags[k]:
                    self.tags[k].add((month, name))
                    self.buckets.setdefault((fam, month, name), []).append(k)

    def candidates(self, fam: str, b: Bounds4 | None, acts: set[str], targets: set[str]) -> list[Cluster]:
        found: set[int] = set()
        names = self._query(acts, targets)
        for month in self._months(b):
            for name in names:
                found.update(self.buckets.get((fam, month, name), ()))
        return [self.order[k] for k in sorted(found)]


def unique_keys(cl: Cluster, dms: list[DocMentions]) -> set[tuple[str, str]]:
    """(head, actor) for a possessed or definite distinctive noun: "its counteroffensive", "Ukraine's invasion"."""
    heads = {mn.word.lower() for mn in (dms[d].mentions[m] for d, m in cl.members)
             if mn.nominal and mn.word.lower() in DISTINCT_HEADS and mn.campaign is None
             and (mn.definite or mn.premod.lower().endswith("'s") or " its " in f" {mn.premod.lower()} ")}
    return {(h, a) for h in heads for a in cl.actors(dms)}
