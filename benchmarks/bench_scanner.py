"""Extraction speed against ``dateparser.search_dates``, in one process, with the scanner checked exact.

On the same texts (TempEval-3 TBAQ, and the synthetic dispatches of ``synth.py``), warm, on one
core: ``timeline.extract`` (anchor, extraction, resolution, as a user calls it) and
``dateparser.search_dates`` (English, anchored: RELATIVE_BASE = the document date), both as
:mod:`bench_extract` runs them.  The runs are interleaved (timeline, peer, timeline, ...) and the best of each
is kept, so that a busy machine slows both alike.  Also timed: the scanner alone, fast
(``_scanner._hits``) against its definition (``_scanner._scan_reference``, every rule at every word
start), and their hits are compared document by document: the report says whether they are equal.

usage: python benchmarks/bench_scanner.py [--corpus tbaq|synth|both] [--n 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_extract as be

from timeline._extract import _scanner


def _timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (CPU time is less disturbed by a busy machine)."""
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def _hit_keys(texts: list[str], hits: Callable[[str], Any]) -> list[list[tuple[int, int, str, str | None]]]:
    return [[(m.start(), m.end(), _scanner.ALL_RULES[i].name, h.rule) for i, m, h in hits(t)] for t in texts]


def run(corpus: be.Corpus, rounds: int, peer: bool = True) -> str:
    docs = list(corpus.docs)
    texts = [d.text for d in docs]
    kb = corpus.chars / 1000
    timeline = be.timeline_system()
    search_dates = be.peer_systems()["dateparser.search_dates"]()
    timeline(docs[:5])  # warm: the scanner's tables, dateparser's caches
    if peer:
        search_dates(docs[:5])
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}
    systems: list[tuple[str, Callable[[], Any]]] = [
        ("timeline.extract", lambda: timeline(docs)),
        ("scanner (fast)", lambda: [list(_scanner._hits(t)) for t in texts]),
        ("scanner (reference)", lambda: [list(_scanner._scan_reference(t)) for t in texts]),
    ]
    if peer:
        systems.append(("dateparser.search_dates", lambda: search_dates(docs)))
    for _ in range(rounds):
        for name, fn in systems:
            wall, used = _timed(fn)
            best[name] = min(best.get(name, float("inf")), wall)
            cpu[name] = min(cpu.get(name, float("inf")), used)
    fast = _hit_keys(texts, _scanner._hits)
    ref = _hit_keys(texts, _scanner._scan_reference)
    differ = sum(a != b for a, b in zip(fast, ref, strict=True))
    base = best["timeline.extract"]
    lines = [f"**{corpus.name}**, {kb:,.0f} KB, best of {rounds} interleaved rounds", "",
             "| what | time (s) | KB/s | ratio | CPU time (s) | CPU ratio |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    cbase = cpu["timeline.extract"]
    for name, _ in systems:
        t, c = best[name], cpu[name]
        if name.startswith("scanner"):
            rt, rc = best["scanner (reference)"], cpu["scanner (reference)"]
            ratio, cratio = (f"{rt / t:.1f}x faster than reference", f"{rc / c:.1f}x") if name.endswith("(fast)") else ("", "")
        else:
            ratio = "1" if name == "timeline.extract" else f"{t / base:.1f}x slower than timeline.extract"
            cratio = "1" if name == "timeline.extract" else f"{c / cbase:.1f}x"
        lines.append(f"| {name} | {t:.3f} | {kb / t:,.0f} | {ratio} | {c:.3f} | {cratio} |")
    lines += ["", f"fast scanner hits == reference hits: {differ == 0} "
              f"({sum(map(len, fast))} hits, {differ} of {len(texts)} documents differ)", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="timeline.extract vs dateparser.search_dates, scanner exactness")
    ap.add_argument("--corpus", choices=["tbaq", "synth", "both"], default="both")
    ap.add_argument("--n", type=int, default=1000, help="synthetic articles")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-peer", action="store_true", help="skip dateparser (scanner numbers only)")
    args = ap.parse_args(argv)
    if args.corpus in ("tbaq", "both"):
        print(run(be.tbaq_corpus(), args.rounds, not args.no_peer))
    if args.corpus in ("synth", "both"):
        print(run(be.synth_corpus(args.n), args.rounds, not args.no_peer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
