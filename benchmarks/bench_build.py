"""The whole ``timeline build`` at scale: wall time, peak memory, per-stage cost, and how they grow.

Two measurements, each in a fresh child process so that peak memory is that run's alone:

* **cli**: ``timeline build --quiet --json OUT --html OUT CORPUS.jsonl`` exactly as a user runs it
  (interpreter start, imports, ingest, extraction, events, reasoning, JSON, HTML); wall time and
  peak RSS from ``os.wait4``.  Optionally with ``--jobs N``.
* **stages**: the same work in one child, stage by stage through the pipeline's functions
  (ingest, anchor+extract, events, reasoning, JSON, HTML), with the network's size, to see which
  stage grows how.

Scaling is reported as ``t(N2) / (N2/N1 * t(N1))``: 1.00 is linear, 1.15 is 15% worse than linear.
The corpus is ``synth.py``'s, whose first N articles are the same for every N.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIMELINE = Path(sys.executable).parent / "timeline"


def corpus_file(n: int, work: Path) -> Path:
    """``work/synth-N/corpus.jsonl``, generated once (deterministic, so cached by size)."""
    sys.path.insert(0, str(HERE))
    import synth

    out = work / f"synth-{n}"
    corpus = out / "corpus.jsonl"
    if not corpus.exists():
        synth.write_corpus(synth.generate(n), out)
    return corpus


@dataclass
class CliRun:
    n: int
    jobs: int
    seconds: float
    cpu_seconds: float  # user + system of the command and its worker processes
    peak_mib: float
    returncode: int
    stderr: str
    timed_out: bool = False


def cli_build(corpus: Path, n: int, out: Path, *, jobs: int = 1, timeout: float = 1200) -> CliRun:
    """Run ``timeline build`` in a child and measure its wall time and peak RSS (``os.wait4``)."""
    cmd = [str(TIMELINE), "build", "--quiet", "--json", str(out / "out.json"), "--html", str(out / "out.html"),
           "--jobs", str(jobs), str(corpus)]
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        deadline = t0 + timeout
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        took = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # ru_maxrss is in KiB on Linux; with --jobs it is the largest single process of the tree
    return CliRun(n, jobs, took, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode,
                  stderr[-2000:], timed_out)


def _child_stages(corpus: str, out_dir: str) -> dict[str, Any]:
    """In the child: each stage timed separately, through the pipeline's own functions."""
    t0 = time.perf_counter()
    from timeline import _events, _ingest, _reason
    from timeline._pipeline import anchor_and_extract, assemble

    times: dict[str, float] = {"import": time.perf_counter() - t0}
    cpu: dict[str, float] = {"import": time.process_time()}
    last_cpu = [time.process_time()]

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        times[name] = now - since
        c = time.process_time()
        cpu[name] = c - last_cpu[0]
        last_cpu[0] = c
        return now

    t = time.perf_counter()
    documents, _problems = _ingest.read_inputs([corpus])
    t = lap("ingest", t)
    pairs = [anchor_and_extract(d, None) for d in documents]
    docs = [d for d, _ in pairs]
    t = lap("anchor+extract+resolve", t)
    events, _ = _events.find_events(docs, [])
    t = lap("events", t)
    result = _reason.reason(docs, events, [])
    t = lap("reasoning", t)
    tl = assemble(docs, [f for _, fs in pairs for f in fs], [])
    t = lap("events+reasoning (assemble)", t)
    tl.to_json(Path(out_dir) / "stages.json")
    t = lap("json", t)
    tl.to_html(Path(out_dir) / "stages.html")
    lap("html", t)
    return {
        "docs": len(docs),
        "expressions": sum(len(d.expressions) for d in docs),
        "events": len(events),
        "constraints": len(result.constraints),
        "findings": len(tl.findings),
        "chars": sum(len(d.text) for d in docs),
        "times": times,
        "cpu": cpu,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def stages(corpus: Path, out: Path, timeout: float = 1800) -> dict[str, Any]:
    """Run :func:`_child_stages` in a fresh interpreter and return its figures."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(out)]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if r.returncode != 0:
        return {"error": (r.stderr.strip().splitlines() or ["?"])[-1]}
    figures: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return figures


def linearity(t1: float, n1: int, t2: float, n2: int) -> float:
    """``t2 / (n2/n1 * t1)``: 1.0 is linear growth."""
    return t2 / (n2 / n1 * t1) if t1 > 0 else float("nan")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        sys.path.insert(0, str(ROOT))
        print(json.dumps(_child_stages(argv[1], argv[2])))
        return 0
    import argparse

    ap = argparse.ArgumentParser(description="full build at scale")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "timeline-bench")
    args = ap.parse_args(argv)
    for n in args.sizes:
        corpus = corpus_file(n, args.work)
        r = cli_build(corpus, n, corpus.parent, jobs=args.jobs)
        print(f"cli n={n} jobs={args.jobs}: {r.seconds:.1f} s (cpu {r.cpu_seconds:.1f} s), "
              f"peak {r.peak_mib:.0f} MiB, rc={r.returncode}{' TIMED OUT' if r.timed_out else ''}")
        print(json.dumps(stages(corpus, corpus.parent)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
