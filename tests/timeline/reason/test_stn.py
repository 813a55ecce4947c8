"""The STN solver against brute force: small random networks, exhaustive search over integer days."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._reason._stn import INF, STN

R = 4  # brute force searches t in [-R, R] for every non-origin point


def _boxed(draw: st.DrawFn, most: int, weight: int, edges: tuple[int, int]) -> tuple[int, list[tuple[int, int, int]]]:
    """A random network of 3..``most`` points, edge weights in [-weight, weight], every point boxed."""
    n = draw(st.integers(3, most))
    drawn = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.integers(-weight, weight)),
                          min_size=edges[0], max_size=edges[1]))
    # box every point so that brute force over [-R, R] is exact
    box = [(0, v, R) for v in range(1, n)] + [(v, 0, R) for v in range(1, n)]
    return n, [e for e in drawn if e[0] != e[1]] + box


@st.composite
def networks(draw: st.DrawFn) -> tuple[int, list[tuple[int, int, int]]]:
    return _boxed(draw, 5, 3, (1, 9))


def _solutions(n: int, edges: list[tuple[int, int, int]]) -> list[tuple[int, ...]]:
    sols = []
    for rest in itertools.product(range(-R, R + 1), repeat=n - 1):
        t = (0, *rest)
        if all(t[v] - t[u] <= w for u, v, w in edges):
            sols.append(t)
    return sols


def _cycle_is_negative(stn: STN, cycle: list[int]) -> bool:
    total = sum(stn.ew[e] for e in cycle)
    closed = all(stn.ev[a] == stn.eu[b] for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True))
    return total < 0 and closed


@settings(max_examples=300, deadline=None)
@given(networks())
def test_consistency_and_bounds_match_brute_force(net: tuple[int, list[tuple[int, int, int]]]) -> None:
    n, edges = net
    stn = STN(n)
    stn.add_edges(edges)
    cycle = stn.check()
    sols = _solutions(n, edges)
    assert (cycle is None) == bool(sols)
    if cycle is not None:
        assert _cycle_is_negative(stn, cycle)
        # irreducible: without any one of its edges the cycle's constraints can all hold
        assert len(set(cycle)) == len(cycle)
        return
    lo, hi = stn.bounds()
    for v in range(n):
        assert lo[v] == min(t[v] for t in sols)
        assert hi[v] == max(t[v] for t in sols)
    # the potentials are a solution (negated: pot is a solution of the reversed sense)
    assert all(stn.pot[v] - stn.pot[u] <= w for u, v, w in edges)


@settings(max_examples=150, deadline=None)
@given(networks(), networks())
def test_incremental_check_equals_batch(a: tuple[int, list[tuple[int, int, int]]],
                                        b: tuple[int, list[tuple[int, int, int]]]) -> None:
    n = min(a[0], b[0])
    ea = [e for e in a[1] if e[0] < n and e[1] < n]
    eb = [e for e in b[1] if e[0] < n and e[1] < n]
    inc = STN(n)
    inc.add_edges(ea)
    first = inc.check()
    if first is not None:
        return
    inc.add_edges(eb)
    batch = STN(n)
    batch.add_edges(ea + eb)
    assert (inc.check() is None) == (batch.check() is None)


@settings(max_examples=200, deadline=None)
@given(networks())
def test_retracting_cycle_edges_until_consistent(net: tuple[int, list[tuple[int, int, int]]]) -> None:
    n, edges = net
    stn = STN(n)
    stn.add_edges(edges)
    for _ in range(len(edges) + 1):
        cycle = stn.check()
        if cycle is None:
            break
        assert _cycle_is_negative(stn, cycle)
        stn.retract(min(cycle))  # never a box edge: those come last and are positive
    else:  # pragma: no cover - would mean a cycle of retracted edges
        raise AssertionError("did not converge")
    kept = [(stn.eu[e], stn.ev[e], stn.ew[e]) for e in range(len(stn.eu)) if stn.active[e]]
    assert _solutions(n, kept)
    lo, hi = stn.bounds()
    sols = _solutions(n, kept)
    assert all(lo[v] == min(t[v] for t in sols) and hi[v] == max(t[v] for t in sols) for v in range(n))


def test_unbounded_and_path_readback() -> None:
    stn = STN(4)
    stn.add_edge(0, 1, 5)  # t1 <= 5
    stn.add_edge(1, 2, 3)  # t2 - t1 <= 3
    stn.add_edge(2, 0, -1)  # t2 >= 1
    assert stn.check() is None
    lo, hi = stn.bounds()
    assert (lo[1], hi[1]) == (-2, 5) and (lo[2], hi[2]) == (1, 8)
    assert lo[3] == -INF and hi[3] == INF
    dist, tree = stn.distances(0)
    assert [stn.ew[e] for e in stn.path(tree, 2)] == [3, 5]


def test_negative_cycle_is_reported_and_retraction_resumes() -> None:
    stn = STN(3)
    a = stn.add_edge(0, 1, 2)  # t1 <= 2
    b = stn.add_edge(1, 0, -3)  # t1 >= 3
    stn.add_edge(0, 2, 1)
    cycle = stn.check()
    assert cycle is not None and sorted(cycle) == [a, b]
    stn.retract(b)
    assert stn.check() is None
    assert stn.bounds()[1][1] == 2


@settings(max_examples=300, deadline=None)
@given(networks())
def test_shortened_cycle_is_negative_closed_and_no_longer(net: tuple[int, list[tuple[int, int, int]]]) -> None:
    n, edges = net
    stn = STN(n)
    stn.add_edges(edges)
    cycle = stn.check()
    if cycle is None:
        return
    short = stn.shorten(cycle)
    assert _cycle_is_negative(stn, short) and len(short) <= len(cycle)
    assert len({stn.eu[e] for e in short}) == len(short)  # simple


def test_shorten_drops_a_detour() -> None:
    stn = STN(4)
    stn.add_edge(0, 1, 10)  # t1 <= 10
    stn.add_edge(1, 2, 0)
    stn.add_edge(2, 3, 0)
    stn.add_edge(1, 3, 0)  # the same as the detour through 2
    back = stn.add_edge(3, 0, -11)  # t3 >= 11: conflict
    long = [0, 1, 2, back]
    assert sorted(stn.shorten(long)) == [0, 3, back]


@st.composite
def tied_networks(draw: st.DrawFn) -> tuple[int, list[tuple[int, int, int]]]:
    """Small weights and many parallel paths: ties, so retraction can re-point a predecessor."""
    return _boxed(draw, 6, 1, (2, 14))


@settings(max_examples=300, deadline=None)
@given(tied_networks(), st.randoms(use_true_random=False))
def test_retraction_with_ties_stays_exact(net: tuple[int, list[tuple[int, int, int]]], rnd: object) -> None:
    """Every reported cycle is a real negative cycle, and the end state matches brute force."""
    import random

    assert isinstance(rnd, random.Random)
    n, edges = net
    stn = STN(n)
    stn.add_edges(edges)
    for _ in range(len(edges) + 1):
        cycle = stn.check()
        if cycle is None:
            break
        assert _cycle_is_negative(stn, cycle) and all(stn.active[e] for e in cycle)
        stn.retract(rnd.choice([e for e in cycle if e < len(edges) - 2 * (n - 1)] or [min(cycle)]))
    else:  # pragma: no cover
        raise AssertionError("did not converge")
    kept = [(stn.eu[e], stn.ev[e], stn.ew[e]) for e in range(len(stn.eu)) if stn.active[e]]
    sols = _solutions(n, kept)
    assert sols
    lo, hi = stn.bounds()
    assert all(lo[v] == min(t[v] for t in sols) and hi[v] == max(t[v] for t in sols) for v in range(n))


def test_retracting_a_hub_predecessor_resets_nothing_when_another_path_holds() -> None:
    """An event told by many articles: losing one of its dating edges must not re-queue them all."""
    k = 500
    stn = STN(2 + k)
    hub = 1
    for i in range(k):  # every article's date puts the hub at day 10
        x = 2 + i
        stn.add_edge(0, x, 10)
        stn.add_edge(x, 0, -10)
        stn.add_edge(x, hub, 0)
        stn.add_edge(hub, x, 0)
    assert stn.check() is None
    stn.retract(stn._pred[hub])
    assert len(stn._queue) == 0  # re-pointed to another article's edge: nothing to re-check
    assert stn.check() is None
    assert stn.bounds() == ([0, 10, *[10] * k], [0, 10, *[10] * k])
