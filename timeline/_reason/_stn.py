"""A Simple Temporal Network solver over integer weights (Dechter, Meiri and Pearl 1991).

Points are small integers; point 0 is the *origin*.  An edge ``u -> v`` of weight ``w`` states
``t(v) - t(u) <= w``.  The network is consistent iff its distance graph has no negative cycle;
the tightest bounds of a point relative to the origin are shortest-path distances:
``-d(v -> origin) <= t(v) - t(origin) <= d(origin -> v)``.

Why not networkx: its Bellman-Ford works on dict-of-dicts graphs and is 5-10x slower than a
queue-based Bellman-Ford (SPFA) over flat lists, and we need more than a yes/no: the negative
cycle itself (it is the explanation of a conflict), incremental re-checks after adding or
retracting constraints, and both bound directions.  ``benchmarks/bench_reason.py`` compares the two.

Algorithm (all pure Python over lists):

* :meth:`STN.check` runs SPFA from a *virtual source*: every point starts at its current
  potential, so every connected component is checked in one pass.  Potentials start at 0 for
  the origin and "far" for the others, which makes the first check a search from the origin.
  They persist: adding edges queues only their tails (incremental); retracting an edge resets
  only the potentials that were lowered through it and queues what fed them - unless another
  active edge already justifies a point's potential (:meth:`STN._repoint`): then the point keeps
  it, and so does everything below it.  Without that, an event told by thousands of articles (a
  hub) re-queued all of them at each conflict near it: quadratic in the corpus.
* Negative cycles are caught in the predecessor graph (a cycle in it is always negative -
  Cherkassky and Goldberg 1999): a relaxation that would lower the origin's potential is checked
  for a cycle through the origin (news conflicts almost always are: two dated statements); each
  relaxation walks up to 64 predecessors from its tail (a short cycle is caught the moment it
  closes); and the whole graph is walked every ``n`` relaxations for long ones.  A simple
  negative cycle is an *irreducible* inconsistent set: drop any one of its constraints and the
  rest of the cycle can hold; :meth:`STN.shorten` removes detours one edge can replace.
* :meth:`STN.bounds` runs SPFA from the origin on the graph and on its reverse.

Weights are Python ints, so there is no rounding: the caller decides the unit (minutes here).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

__all__ = ["INF", "STN"]

INF = float("inf")
_BIG = 10**18  # beyond any path length of a calendar network (|weight| < 6e9 minutes per edge)
_WALK = 64  # predecessor steps searched at each relaxation; longer cycles wait for the periodic walk


class STN:
    """A distance graph with incremental negative-cycle detection and shortest-path bounds."""

    def __init__(self, n: int = 1) -> None:
        self.n = 0
        self.eu: list[int] = []
        self.ev: list[int] = []
        self.ew: list[int] = []
        self.active: list[bool] = []
        self.out: list[list[int]] = []  # edge ids leaving each point
        self.inn: list[list[int]] = []  # edge ids entering each point
        self.pot: list[int] = []  # a feasible potential for the checked edges
        self._pending: list[int] = []  # edges added since the last check
        self._queue: deque[int] = deque()  # points whose out-edges may be violated
        self._inq = bytearray()
        self._pred: list[int] = []  # the edge that last lowered each point's potential
        self._between: dict[tuple[int, int], list[int]] = {}  # (u, v) -> edge ids u -> v, ascending
        self.add_points(max(n, 1))

    # -- building -----------------------------------------------------------------------------
    def add_points(self, k: int) -> int:
        """Add ``k`` points; return the id of the first."""
        first = self.n
        self.n += k
        self.out.extend([] for _ in range(k))
        self.inn.extend([] for _ in range(k))
        # Potentials start "far" (BIG) except the origin's (0): the first check is then a search
        # from the origin, and lowering the origin's potential always betrays a cycle through it.
        self.pot.extend([0 if first + i == 0 else _BIG for i in range(k)])
        return first

    def add_edge(self, u: int, v: int, w: int) -> int:
        """State ``t(v) - t(u) <= w``; return the edge id."""
        e = len(self.eu)
        self.eu.append(u)
        self.ev.append(v)
        self.ew.append(w)
        self.active.append(True)
        self.out[u].append(e)
        self.inn[v].append(e)
        self._between.setdefault((u, v), []).append(e)
        self._pending.append(e)
        return e

    def add_edges(self, edges: Iterable[tuple[int, int, int]]) -> None:
        for u, v, w in edges:
            self.add_edge(u, v, w)

    def retract(self, e: int) -> None:
        """Deactivate edge ``e``.

        Potentials that were lowered through ``e`` (the subtree below its head in the predecessor
        graph) are reset, and the points that lowered them are queued again: stale potentials
        would otherwise drag the origin down and make every point be relaxed once more.
        """
        self.active[e] = False
        v = self.ev[e]
        if v < len(self._pred) and self._pred[v] == e and not self._repoint(v):
            self._reset_below(v)

    def _repoint(self, v: int) -> bool:
        """Give ``v`` another predecessor that justifies its potential, if one is at hand.

        An active edge ``u -> v`` with ``pot[u] + w <= pot[v]`` whose tail's predecessor chain
        reaches the origin without passing through ``v`` is an active path at least as short as
        ``v``'s potential: the potentials below ``v`` stay justified and nothing needs resetting.
        An event told by thousands of articles is such a hub: resetting it queued every article.
        """
        pred, eu, ew, active, pot = self._pred, self.eu, self.ew, self.active, self.pot
        target = pot[v]
        for e in self.inn[v]:
            if not active[e]:
                continue
            u = eu[e]
            if pot[u] + ew[e] > target or u == v:
                continue
            x, ok = u, False
            for _ in range(_WALK):
                if x == 0:
                    ok = True
                    break
                p = pred[x]
                if p < 0 or not active[p]:
                    break
                x = eu[p]
                if x == v:
                    break
            if ok:
                pred[v] = e
                return True
        return False

    def _reset_below(self, root: int) -> None:
        pred, eu, ev, pot, inq, queue = self._pred, self.eu, self.ev, self.pot, self._inq, self._queue
        stack = [root]
        while stack:
            z = stack.pop()
            pot[z] = 0 if z == 0 else _BIG
            pred[z] = -1
            # z's children are the heads of its out-edges that are their predecessor edge; one
            # that another active path justifies keeps its potential (and its own subtree)
            stack.extend(ev[e] for e in self.out[z] if pred[ev[e]] == e and not self._repoint(ev[e]))
            for e in self.inn[z]:
                u = eu[e]
                if self.active[e] and not inq[u]:
                    inq[u] = 1
                    queue.append(u)

    # -- consistency --------------------------------------------------------------------------
    def check(self) -> list[int] | None:
        """``None`` if the active edges are consistent, else the edge ids of one negative cycle.

        Incremental: only the tails of edges added since the last check are queued, and the
        queue survives a returned cycle: retract one of its edges and call again to go on.
        """
        pot, eu, ev, ew, active, out = self.pot, self.eu, self.ev, self.ew, self.active, self.out
        n = self.n
        if len(self._inq) < n:
            self._inq.extend(bytes(n - len(self._inq)))
            self._pred.extend([-1] * (n - len(self._pred)))
        queue, inq, pred = self._queue, self._inq, self._pred
        for e in self._pending:
            if active[e]:
                u = eu[e]
                if not inq[u]:
                    inq[u] = 1
                    queue.append(u)
        self._pending = []
        budget = n
        while queue:
            u = queue.popleft()
            inq[u] = 0
            du = pot[u]
            for e in out[u]:
                if not active[e]:
                    continue
                v = ev[e]
                nd = du + ew[e]
                if nd < pot[v]:
                    if v == 0 and (cycle := self._through_origin(u, e)) is not None:
                        inq[u] = 1
                        queue.appendleft(u)
                        return cycle
                    # does e close a cycle? walk up from u (inlined first steps: most trees are shallow)
                    p = pred[u]
                    if (u == v or (p >= 0 and (eu[p] == v or pred[eu[p]] >= 0))) and (
                            cycle := self._closes(u, v, e)) is not None:
                        inq[u] = 1
                        queue.appendleft(u)  # u's other edges are relaxed when checking resumes
                        return cycle
                    pot[v] = nd
                    pred[v] = e
                    if not inq[v]:
                        inq[v] = 1
                        queue.append(v)
                    budget -= 1
                    if budget <= 0:
                        budget = n
                        cycle = self._pred_cycle(pred)
                        if cycle is not None:
                            return cycle
        return None

    def shorten(self, cycle: list[int]) -> list[int]:
        """A negative cycle with fewer edges, when an active edge short-cuts part of ``cycle``.

        The search finds *a* simple negative cycle, which may take a detour (through another
        document) where one edge would do; explanations should name no more than needed.
        """
        eu, ev, ew, active = self.eu, self.ev, self.ew, self.active
        changed = True
        while changed and len(cycle) > 1:
            changed = False
            total = sum(ew[e] for e in cycle)
            nodes = [eu[e] for e in cycle]
            n = len(cycle)
            best: tuple[int, int, int] | None = None  # (edges saved, start index, shortcut edge)
            for i in range(n):
                seg = 0
                targets: dict[int, tuple[int, int]] = {}  # node -> (segment weight, segment length)
                for k in range(n - 1):
                    seg += ew[cycle[(i + k) % n]]
                    targets[ev[cycle[(i + k) % n]]] = (seg, k + 1)
                for e in self._edges_between(nodes[i], targets):
                    hit = targets.get(ev[e])
                    if hit is None or not active[e] or hit[1] < 2:
                        continue
                    if total - hit[0] + ew[e] < 0 and (best is None or hit[1] - 1 > best[0]):
                        best = (hit[1] - 1, i, e)
            if best is not None:
                saved, i, e = best
                rot = cycle[i:] + cycle[:i]
                cycle = [e, *rot[saved + 1:]]
                changed = True
        return cycle

    def _edges_between(self, a: int, targets: dict[int, tuple[int, int]]) -> list[int]:
        """Edges from ``a`` into ``targets``, from the (tail, head) index: O(targets), not O(degree).

        An event told by thousands of articles is a hub; scanning its edges for every cycle
        through it was quadratic.  The order is the one a scan gave (it decides ties in
        :meth:`shorten`): by edge id when ``a`` has fewer out-edges than the targets in-edges,
        else target by target.
        """
        between = self._between
        found = [x for t in targets for x in between.get((a, t), ())]
        if len(self.out[a]) <= sum(len(self.inn[t]) for t in targets):
            found.sort()
        return found

    def _through_origin(self, u: int, e: int) -> list[int] | None:
        """The cycle origin -> ... -> u -> origin when the predecessors of ``u`` lead to the origin.

        Checked (all edges active, total weight negative): after retractions a potential may
        rest on an edge that is gone, and then this is no proof.
        """
        pred, eu, ew, active = self._pred, self.eu, self.ew, self.active
        chain: list[int] = []
        x, total, steps = u, ew[e], 0
        while x != 0:
            p = pred[x]
            steps += 1
            if p < 0 or not active[p] or steps > self.n:
                return None
            chain.append(p)
            total += ew[p]
            x = eu[p]
        if total >= 0:
            return None
        chain.reverse()
        chain.append(e)
        return chain

    def _closes(self, u: int, v: int, e: int) -> list[int] | None:
        """If ``v`` is a close ancestor of ``u`` in the predecessor graph, the cycle edge ``e`` closes."""
        pred, eu, active = self._pred, self.eu, self.active
        chain: list[int] = []
        x = u
        for _ in range(_WALK):
            if x == v:
                chain.reverse()
                chain.append(e)
                return chain
            p = pred[x]
            if p < 0 or not active[p]:
                return None
            chain.append(p)
            x = eu[p]
        return None

    def _pred_cycle(self, pred: list[int]) -> list[int] | None:
        """A cycle in the predecessor graph (edge ids in path order), or ``None``."""
        eu, active = self.eu, self.active
        state = bytearray(self.n)  # 0 new, 1 on the current walk, 2 done
        for s in range(self.n):
            if state[s] or pred[s] < 0:
                continue
            walk: list[int] = []
            v = s
            while v >= 0 and state[v] == 0:
                state[v] = 1
                walk.append(v)
                e = pred[v]
                v = eu[e] if e >= 0 and active[e] else -1
            if v >= 0 and state[v] == 1:
                nodes = walk[walk.index(v):]
                return [pred[x] for x in reversed(nodes)]
            for x in walk:
                state[x] = 2
        return None

    # -- bounds -------------------------------------------------------------------------------
    def distances(self, source: int = 0, reverse: bool = False) -> tuple[list[float], list[int]]:
        """Shortest distances from ``source`` (to it, if ``reverse``) and the tree's edges.

        Call only on a consistent network.  Unreached points are at ``INF``; ``tree[v]`` is the
        edge that last improved ``v`` (-1 for none), so paths can be read back for evidence.
        """
        n = self.n
        dist: list[float] = [INF] * n
        tree = [-1] * n
        dist[source] = 0
        adj = self.inn if reverse else self.out
        head = self.eu if reverse else self.ev
        ew, active = self.ew, self.active
        queue: deque[int] = deque([source])
        inq = bytearray(n)
        inq[source] = 1
        while queue:
            u = queue.popleft()
            inq[u] = 0
            du = dist[u]
            for e in adj[u]:
                if not active[e]:
                    continue
                v = head[e]
                nd = du + ew[e]
                if nd < dist[v]:
                    dist[v] = nd
                    tree[v] = e
                    if not inq[v]:
                        inq[v] = 1
                        queue.append(v)
        return dist, tree


    def bounds(self, origin: int = 0) -> tuple[list[float], list[float]]:
        """``(lo, hi)`` per point relative to ``origin`` (``-INF``/``INF`` when unbounded)."""
        hi, _ = self.distances(origin)
        back, _ = self.distances(origin, reverse=True)
        lo = [-d for d in back]
        return lo, hi

    def path(self, tree: list[int], v: int, source: int = 0, reverse: bool = False) -> list[int]:
        """The edges of the tree path between ``source`` and ``v`` (from :meth:`distances`)."""
        edges: list[int] = []
        seen = 0
        while v != source and tree[v] >= 0 and seen <= self.n:
            e = tree[v]
            edges.append(e)
            v = self.ev[e] if reverse else self.eu[e]
            seen += 1
        return edges
