"""Benchmark of the reasoning stage: consistency + tightest bounds of news-like networks.

    .venv/bin/python benchmarks/bench_reason.py [--constraints 100000] [--repeat 3] [--no-peer]

Generates a news-like Simple Temporal Network: documents (an anchor each, most fixed by their
publication date), time expressions (dated against the origin or relative to their document's
anchor, with an end after the start), events (linked to one to three expressions, a past-tense
edge to the anchor, and coreference across documents: one event told by several articles), and
a few long campaigns spanning many documents.  Every "constraint" is one ``lo <= t_j - t_i <= hi``
(two edges of the distance graph).  Reports, on one core, in the same process:

* ``timeline`` STN: full check (negative cycles) + bounds from/to the origin, and an incremental
  re-check after adding 1% more constraints;
* the peer, networkx 3: ``negative_edge_cycle`` + ``single_source_bellman_ford_path_length`` on the
  graph and on its reverse (the same work), and the ratio;
* the whole reasoning stage (``timeline._reason.reason``) on a synthetic corpus of pydantic
  Documents and Events.

The issue's target: 100,000 constraints checked in under 2 s on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline._reason._stn import STN

DAY = 1440  # minutes


def news_network(n_constraints: int, seed: int = 7) -> tuple[int, list[tuple[int, int, int]]]:
    """A consistent news-like distance graph with about ``n_constraints`` difference constraints."""
    rng = random.Random(seed)
    edges: list[tuple[int, int, int]] = []
    npts = 1
    count = 0
    base = 736_000 * DAY  # around 2016 in days since 0001-01-01

    def point() -> int:
        nonlocal npts
        npts += 1
        return npts - 1

    def constrain(i: int, j: int, lo: int | None, hi: int | None) -> None:
        nonlocal count
        if hi is not None:
            edges.append((i, j, hi))
        if lo is not None:
            edges.append((j, i, -lo))
        count += 1

    events: list[tuple[int, int, int]] = []  # (start, end, true day)
    campaigns = []
    for _ in range(max(1, n_constraints // 20_000)):
        s, e = point(), point()
        day = rng.randrange(0, 400)
        constrain(s, e, DAY, None)
        campaigns.append((s, e, day))
    while count < n_constraints:
        anchor = point()
        adays = rng.randrange(30, 800)
        if rng.random() < 0.9:
            constrain(0, anchor, base + adays * DAY, base + adays * DAY)
        for _ in range(rng.randrange(5, 15)):
            xs, xe = point(), point()
            day = adays - rng.randrange(0, 30)
            width = rng.choice((1, 1, 1, 7, 30))
            told = rng.choice(events) if events and rng.random() < 0.3 else None
            if told is not None and adays - 30 <= told[2] <= adays:
                day = told[2]  # coreference: an earlier event told again, on the same day
            else:
                told = None
            if rng.random() < 0.5:
                constrain(0, xs, base + day * DAY, base + day * DAY)
                constrain(0, xe, base + (day + width) * DAY, base + (day + width) * DAY)
            else:
                constrain(anchor, xs, (day - adays) * DAY, (day - adays) * DAY)
                constrain(anchor, xe, (day - adays + width) * DAY, (day - adays + width) * DAY)
            constrain(xs, xe, DAY, None)
            if told is not None:
                es, ee, _ = told
            else:
                es, ee = point(), point()
                constrain(es, ee, DAY, None)
                events.append((es, ee, day))
            constrain(xs, es, 0, None)  # the event is within the expression's span
            constrain(ee, xe, 0, None)
            constrain(es, anchor, 0, None)  # past tense: not after its article
            if rng.random() < 0.1:
                cs, ce, _ = rng.choice(campaigns)
                constrain(cs, es, 0, None)  # within a long campaign
                constrain(ee, ce, 0, None)
    return npts, edges


def bench(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run_stn(n: int, edges: list[tuple[int, int, int]]) -> STN:
    stn = STN(n)
    stn.add_edges(edges)
    assert stn.check() is None
    stn.bounds()
    return stn


def run_networkx(n: int, edges: list[tuple[int, int, int]]) -> None:
    import networkx as nx

    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:  # keep the tighter of parallel edges, as the distance graph does
        if not g.has_edge(u, v) or g[u][v]["weight"] > w:
            g.add_edge(u, v, weight=w)
    assert not nx.negative_edge_cycle(g, weight="weight")
    nx.single_source_bellman_ford_path_length(g, 0, weight="weight")
    nx.single_source_bellman_ford_path_length(g.reverse(copy=False), 0, weight="weight")


def synthetic_corpus(n_docs: int, seed: int = 11, conflicts: float = 0.0) -> tuple[list[object], list[object]]:
    """Documents and Events of the vocabulary, about 40 constraints per document.

    One mention in five is of an event an earlier document told on the same day (coreference);
    with ``conflicts`` > 0 that share of them is merged into an event of another day instead.
    """
    from timeline.model import Anchor, Document, Event, Evidence, Expression, Interval, Link

    rng = random.Random(seed)
    docs: list[object] = []
    events: list[Event] = []
    by_day: dict[dt.date, list[int]] = {}
    start = dt.datetime(2016, 1, 1)
    for i in range(n_docs):
        did = f"d{i:05d}"
        a = start + dt.timedelta(days=rng.randrange(0, 600))
        exprs = []
        links = []
        for k in range(6):
            d = (a - dt.timedelta(days=rng.randrange(0, 20))).date()
            exprs.append(Expression(text=d.isoformat(), start=k * 20, end=k * 20 + 10, type="DATE",
                                    value=d.isoformat(), interval=Interval.day(d)))
            links.append(Link(doc=did, expression=k, relation="on", text=d.isoformat(), start=k * 20,
                              end=k * 20 + 10))
        docs.append(Document(id=did, text="x" * 200, anchor=Anchor(value=a, source="metadata", earliest=a,
                                                                   latest=a), expressions=tuple(exprs)))
        for k, link in enumerate(links):
            day = exprs[k].interval.start[0].date()  # type: ignore[union-attr]
            same = by_day.get(day)
            if events and rng.random() < conflicts:
                same = [rng.randrange(len(events))]
            if same and rng.random() < 0.2:
                j = rng.choice(same)
                e = events[j]
                events[j] = e.model_copy(update={"links": (*e.links, link), "docs": (*e.docs, did)})
                continue
            by_day.setdefault(day, []).append(len(events))
            events.append(Event(id=f"e{len(events)}", label="attack", doc=did, sentence="s", start=k * 20,
                                end=k * 20 + 5, tense="past", links=(link,), docs=(did,),
                                evidence=(Evidence(doc=did, text="attack", start=k * 20, end=k * 20 + 5),)))
    return docs, list(events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--constraints", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--docs", type=int, default=2_000, help="documents in the whole-stage run")
    ap.add_argument("--no-peer", action="store_true", help="skip networkx")
    args = ap.parse_args()

    n, edges = news_network(args.constraints)
    print(f"network: {args.constraints:,} constraints, {len(edges):,} edges, {n:,} points")
    t_stn = bench(lambda: run_stn(n, edges), args.repeat)
    print(f"timeline STN   check+bounds: {t_stn:7.3f} s  ({args.constraints / t_stn:,.0f} constraints/s)")

    extra_n, extra = news_network(args.constraints // 100, seed=99)

    def incremental() -> None:
        stn = STN(n)
        stn.add_edges(edges)
        stn.check()
        stn.add_points(extra_n)
        t0 = time.perf_counter()
        stn.add_edges((u + n if u else 0, v + n if v else 0, w) for u, v, w in extra)
        assert stn.check() is None
        incremental.seconds = time.perf_counter() - t0  # type: ignore[attr-defined]

    incremental()
    print(f"timeline STN   incremental re-check (+1%): {incremental.seconds:7.3f} s")  # type: ignore[attr-defined]
    if not args.no_peer:
        t_nx = bench(lambda: run_networkx(n, edges), 1)
        print(f"networkx 3     check+bounds: {t_nx:7.3f} s  -> timeline is {t_nx / t_stn:.1f}x faster")

    from timeline._reason import reason

    for conflicts in (0.0, 0.05):
        docs, events = synthetic_corpus(args.docs, conflicts=conflicts)
        t0 = time.perf_counter()
        result = reason(docs, events)  # type: ignore[arg-type]
        t = time.perf_counter() - t0
        print(f"reason() on {args.docs:,} documents, {len(events):,} events, {len(result.constraints):,} "
              f"constraints, {conflicts:.0%} bad merges: {t:.3f} s "
              f"({len(result.constraints) / t:,.0f} constraints/s), {len(result.findings)} findings")


if __name__ == "__main__":
    main()
