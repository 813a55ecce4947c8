"""Profile the whole build (pyinstrument) on the synthetic corpus, stage by stage.

    .venv/bin/python benchmarks/profile_build.py [--n 1000] [--out DIR]

Writes one text and one HTML profile per stage (extract, events, reasoning, export) to ``--out``
and prints the text profiles.  Profile before optimising.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

T = TypeVar("T")


def profiled(name: str, out: Path, fn: Callable[[], T]) -> T:
    from pyinstrument import Profiler

    p = Profiler(interval=0.001)
    p.start()
    try:
        result = fn()
    finally:
        p.stop()
    text = p.output_text(unicode=True, color=False, show_all=False)
    (out / f"profile-{name}.txt").write_text(text, encoding="utf-8")
    (out / f"profile-{name}.html").write_text(p.output_html(), encoding="utf-8")
    print(f"===== {name}\n{text}", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="pyinstrument profile of a full build")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "timeline-bench" / "profile")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    import bench_build

    from timeline import _events, _ingest, _reason
    from timeline._pipeline import anchor_and_extract, assemble

    corpus = bench_build.corpus_file(args.n, args.out.parent)
    documents, _ = _ingest.read_inputs([str(corpus)])
    pairs = profiled("extract", args.out, lambda: [anchor_and_extract(d, None) for d in documents])
    docs = [d for d, _ in pairs]
    events, _ = profiled("events", args.out, lambda: _events.find_events(docs, []))
    profiled("reasoning", args.out, lambda: _reason.reason(docs, events, []))
    tl = assemble(docs, [f for _, fs in pairs for f in fs], [])

    def export() -> Any:
        tl.to_json(args.out / "profile.json")
        return tl.to_html(args.out / "profile.html")

    profiled("export", args.out, export)
    print(f"profiles written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
