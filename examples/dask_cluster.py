"""Build a timeline with the per-document work spread over a Dask cluster.

usage::

    # on a real cluster: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786` on the
    # others, put the corpus on a file system every worker sees, then
    python examples/dask_cluster.py --scheduler tcp://HOST:8786 /shared/news/ --html out/timeline.html

    # or try it here, on a LocalCluster of worker processes
    python examples/dask_cluster.py examples/corpus --html out/raqqa.html

Anchoring, extraction and resolution run on the workers (they read the files themselves); events
and reasoning run here, on the gathered documents.  The result is the timeline ``timeline build``
gives for the same inputs.  Needs ``pip install 'timeline[dask]'``.
"""

from __future__ import annotations

import argparse
import sys
import time

from distributed import Client, LocalCluster

from timeline._dask import run_distributed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("inputs", nargs="+", help="files or directories, readable by every worker")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (no --scheduler)")
    ap.add_argument("--dct", help="publication date YYYY-MM-DD for documents that carry none")
    ap.add_argument("--anchors", help="YAML/JSON file of known events")
    ap.add_argument("--partitions", type=int, default=None, help="partitions (default: 4 per worker thread)")
    ap.add_argument("--json", dest="json_out", help="write the timeline as JSON here")
    ap.add_argument("--html", dest="html_out", help="write the HTML page here")
    args = ap.parse_args(argv)

    if args.scheduler:
        client = Client(args.scheduler)  # type: ignore[no-untyped-call]
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))  # type: ignore[no-untyped-call]
    with client:
        t0 = time.perf_counter()
        result = run_distributed(args.inputs, args.dct, args.anchors, client=client, npartitions=args.partitions)
        took = time.perf_counter() - t0
    for problem in result.problems:
        print(f"timeline: {problem}", file=sys.stderr)
    tl = result.timeline
    if args.json_out:
        tl.to_json(args.json_out)
    if args.html_out:
        tl.to_html(args.html_out)
    print(f"{len(tl.documents)} documents, {len(tl.events)} events, {len(tl.findings)} findings in {took:.1f} s",
          file=sys.stderr)
    return 2 if any(p.fatal for p in result.problems) else 0


if __name__ == "__main__":  # required: Dask's worker processes re-import this module
    sys.exit(main())
