"""The events stage alone (mentions, links, coreference, assembly) at two sizes, in CPU time.

    .venv/bin/python benchmarks/bench_events.py [--sizes 1000 10000] [--corpus synth|one-event|all]
                                               [--digest]

Documents are anchored and extracted once per size (cached as a pickle under ``--work``), then
``timeline._events.find_events`` is timed with ``time.process_time`` (the machine is shared: wall
time is noise).  ``growth`` is the cost per document at the large size over the cost per document
at the small one: 1.00 is linear.  Corpora:

- ``synth``: the synthetic news corpus of ``benchmarks/synth.py`` (many campaigns, many events);
- ``one-event``: thousands of short dispatches about one event, told with varying actors, days
  and wordings (the case where coreference piles every mention into one cluster).

``--digest`` prints a hash of the events' JSON, to check that a pure speed change leaves the
output byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

_ACTORS = ("Shia militias", "the Hashed al-Shaabi", "Popular Mobilisation Forces", "Iraqi troops",
           "government forces", "the paramilitaries")
_WORDINGS = (
    "{a} launched an offensive toward Tal Afar on Saturday (October {d}), officials said.",
    "On Saturday, {a} began a push west of Mosul to reach Tal Afar, {k} days into the battle for Mosul.",
    "Yesterday's move by {a} toward Tal Afar followed {k} days of fighting around Mosul.",
    "{a} attacked villages near Tal Afar on {wd}, a commander said on Sunday.",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def one_event_corpus(path: Path, n: int) -> Path:
    """``n`` dispatches about one offensive (and a few neighbours), deterministic."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = _WORDINGS[i % len(_WORDINGS)].format(
                a=_ACTORS[(i // 4) % len(_ACTORS)], d=29 + i % 2, k=12 + i % 5, wd=_WEEKDAYS[i % 7])
            pub = "2016-10-30" if i % 3 else "2016-10-31"
            f.write(json.dumps({"id": f"ev{i:06d}", "text": text, "published": pub}) + "\n")
    return path


def _corpus(kind: str, n: int, work: Path) -> Path:
    if kind == "synth":
        import bench_build

        return bench_build.corpus_file(n, work)
    out = work / f"{kind}-{n}.jsonl"
    if not out.exists():
        one_event_corpus(out, n)
    return out


def extracted(kind: str, n: int, work: Path) -> list[Any]:
    """Anchored and extracted documents of a corpus (cached: extraction is not what is measured)."""
    cache = work / f"events-{kind}-{n}.pickle"
    if cache.exists():
        docs: list[Any] = pickle.loads(cache.read_bytes())
        return docs
    from timeline import _ingest
    from timeline._pipeline import anchor_and_extract

    documents, _ = _ingest.read_inputs([str(_corpus(kind, n, work))])
    docs = [anchor_and_extract(d, None)[0] for d in documents]
    cache.write_bytes(pickle.dumps(docs))
    return docs


def events_cpu(docs: list[Any], repeat: int = 1) -> tuple[float, str]:
    """Best CPU seconds of ``find_events`` over ``repeat`` runs, and a digest of its output."""
    from timeline._events import find_events

    best = float("inf")
    digest = ""
    for _ in range(repeat):
        t0 = time.process_time()
        events, findings = find_events(docs, [])
        best = min(best, time.process_time() - t0)
        h = hashlib.sha256()
        for e in sorted(events, key=lambda x: x.id):
            h.update(e.model_dump_json().encode())
        for f in findings:
            h.update(f.model_dump_json().encode())
        digest = h.hexdigest()[:16]
    return best, digest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="events stage, CPU time at two sizes")
    ap.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    ap.add_argument("--corpus", choices=("synth", "one-event", "all"), default="all")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--digest", action="store_true")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "timeline-bench")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    kinds = ("synth", "one-event") if args.corpus == "all" else (args.corpus,)
    small, large = args.sizes
    for kind in kinds:
        t_small, h_small = events_cpu(extracted(kind, small, args.work), args.repeat)
        t_large, h_large = events_cpu(extracted(kind, large, args.work), args.repeat)
        growth = (t_large / large) / (t_small / small) if t_small > 0 else float("nan")
        line = (f"{kind}: events stage {small} docs {t_small:.2f} s CPU, {large} docs {t_large:.2f} s CPU; "
                f"growth per document x{growth:.2f} (1.00 = linear)")
        if args.digest:
            line += f"; digests {h_small} {h_large}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
