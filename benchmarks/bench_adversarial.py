"""Time against size on adversarial input: is every stage linear?

Each input family is run at size n and 4n through a stage; the ratio of the times should be near 4
(linear).  16 means quadratic; much more means catastrophic backtracking.

    .venv/bin/python benchmarks/bench_adversarial.py                 # n = 64 kB: all families, all stages
    .venv/bin/python benchmarks/bench_adversarial.py --full          # the issue's sizes (5 MB, 10 MB, 100k docs)
    .venv/bin/python benchmarks/bench_adversarial.py --regex         # every regex of ours, alone
    .venv/bin/python benchmarks/bench_adversarial.py --only saturdays --stage build --size 1000000

``--regex`` lists every compiled pattern of timeline/anchors (module globals, and any compiled
while the pipeline runs), flags nested unbounded quantifiers (star height >= 2, the shape of
catastrophic backtracking) and times each pattern's ``finditer`` on strings built from its own
literals and on the families below, at m and 4m characters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DCT = dt.datetime(2016, 10, 30)


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


#: name -> text of about n characters.  Our own words throughout.
FAMILIES: dict[str, Callable[[int], str]] = {
    "saturdays": lambda n: _fill("Saturday ", n),
    "digits": lambda n: _fill("1234567890", n),
    "spaced-numbers": lambda n: _fill("29 30 2016 1 ", n),
    "one-line-prose": lambda n: _fill("troops advanced on Saturday, October 29, 2016, two days ago and "
                                      "will hold talks next week for nearly a month, ", n),
    "october-29": lambda n: _fill("October 29, ", n),
    "parens": lambda n: _fill("(", n),
    "paren-dates": lambda n: _fill("Saturday (October 29) (", n),
    "ago": lambda n: _fill("two days ago ", n),
    "last-next": lambda n: _fill("last next the past ", n),
    "years-dashed": lambda n: _fill("2016-", n),
    "iso-ish": lambda n: _fill("2016-10-29T", n),
    "thousands": lambda n: _fill("1,000,", n),
    "letters": lambda n: "a" * n,
    "spaces": lambda n: " " * n,
    "dots": lambda n: _fill(". ", n),
    "newlines": lambda n: "\n" * n,
    "months-glued": lambda n: _fill("OctoberNovember", n),
    "capitalised": lambda n: _fill("Islamic State Popular Mobilisation Forces ", n),
    "dateline-ish": lambda n: _fill("AFP , Tuesday 25 Oct 2016 - ", n),
    "unicode": lambda n: _fill("Σάββατο ١٢ 二〇一六 ", n),
    # a date then a long blank run (badly extracted pages): the run grows with n, one weekday per 8 kB
    "weekday-blank-run": lambda n: _fill("Saturday" + " " * max(1, min(n, 8192) - 8), n),
}


# --- stages -----------------------------------------------------------------------------------------

def _extract(text: str) -> int:
    from timeline._pipeline import anchor_and_extract
    from timeline.model import Document

    doc, _ = anchor_and_extract(Document(id="x", text=text), DCT)
    return len(doc.expressions)


def _build(text: str) -> int:
    import timeline
    from timeline.model import Document

    docs: list[Any] = [Document(id="x", text=text)]  # build reads Documents as well as paths
    tl = timeline.build(docs, dct=DCT)
    return len(tl.to_json())


def _cli(cmd: str) -> Callable[[str], int]:
    def run(text: str) -> int:
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "x.txt"
            p.write_text(text, encoding="utf-8")
            r = subprocess.run([str(Path(sys.executable).parent / "timeline"), cmd, "--json", "--dct", "2016-10-30",
                                str(p)], capture_output=True, timeout=3600)
            if r.returncode not in (0, 1):
                raise RuntimeError(f"timeline {cmd}: exit {r.returncode}: {r.stderr.decode()[-500:]}")
            return len(r.stdout)
    return run


STAGES: dict[str, Callable[[str], int]] = {"extract": _extract, "build": _build}
CLI_STAGES: dict[str, Callable[[str], int]] = {"cli-extract": _cli("extract"), "cli-validate": _cli("validate")}


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the ``timeline`` executable)."""
    t = os.times()  # children only here; os.times ticks in 10 ms, process_time is finer
    return time.process_time() + t.children_user + t.children_system


def best_time(fn: Callable[[], object], repeats: int = 3) -> float:
    """Best of ``repeats`` runs, in CPU seconds: the machine is shared, wall time is not ours."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        t = _cpu()
        fn()
        best = min(best, _cpu() - t)
    return best


@dataclass
class Row:
    family: str
    stage: str
    n: int
    t_n: float
    t_4n: float | None

    @property
    def ratio(self) -> float | None:
        # below ~20 ms of CPU a ratio is clock noise, not growth
        return None if self.t_4n is None or self.t_4n < 0.02 else self.t_4n / max(self.t_n, 1e-9)


def scale(family: str, stage: str, fn: Callable[[str], int], n: int, repeats: int = 3, budget: float = 120.0) -> Row:
    """Time at n and at 4n (skipped if n already took more than budget/8 seconds)."""
    make = FAMILIES[family]
    small, big = make(n), make(4 * n)
    t_n = best_time(lambda: fn(small), repeats)
    t_4n = None if t_n * 8 > budget else best_time(lambda: fn(big), max(1, repeats - 1))
    return Row(family, stage, n, t_n, t_4n)


# --- a JSON Lines corpus of many documents --------------------------------------------------------

def jsonl_corpus(path: Path, n_docs: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n_docs):
            f.write(json.dumps({"id": f"d{i}", "text": f"On Saturday, {i % 28 + 1} October, talks began; "
                                "two days ago the bridge fell.", "published": "2016-10-30"}) + "\n")
    return path


def one_event_rows(sizes: tuple[int, ...]) -> list[str]:
    """``build`` on N short dispatches that all tell the same two events (one cluster of N mentions).

    CPU seconds of extraction alone and of the whole build, and the growth per doubling of the
    build's cost per document (1.0 = linear).
    """
    from timeline._pipeline import run

    lines = [f"{'docs':>8} {'extract CPU s':>14} {'build CPU s':>12} {'events':>7} {'per doc vs previous':>20}"]
    prev: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            p = jsonl_corpus(Path(d) / f"one-{n}.jsonl", n)
            t_x = best_time(partial(run, [p], stage="extract"), 1)
            holder: list[Any] = []
            t_b = best_time(partial(lambda p, h: h.append(run([p], stage="build")), p, holder), 1)
            growth = "" if prev is None else f"{(t_b / n) / (prev[1] / prev[0]):.2f}"
            lines.append(f"{n:>8} {t_x:>14.2f} {t_b:>12.2f} {len(holder[-1].timeline.events):>7} {growth:>20}")
            print(lines[-1], flush=True)
            prev = (n, t_b)
    return lines


def jsonl_rows(n_docs: int, stages: tuple[str, ...] = ("extract", "build")) -> list[Row]:
    from timeline._pipeline import run

    rows = []
    with tempfile.TemporaryDirectory() as d:
        small = jsonl_corpus(Path(d) / "small.jsonl", n_docs)
        big = jsonl_corpus(Path(d) / "big.jsonl", 4 * n_docs)
        for stage in stages:
            t_n = best_time(partial(run, [small], stage=stage), 1)
            t_4n = best_time(partial(run, [big], stage=stage), 1)
            rows.append(Row(f"jsonl-{n_docs}-docs", stage, n_docs, t_n, t_4n))
    return rows


def cli_extract_usage(corpus: Path, *, jobs: int = 1, timeout: float = 3600) -> tuple[float, float, int]:
    """``timeline extract --json CORPUS > /dev/null`` in a child: (CPU seconds, peak RSS MiB, exit code).

    CPU is user + system of the command and its workers; peak RSS is the largest process of the
    tree (``ru_maxrss`` of ``os.wait4``), in MiB.
    """
    import os

    cmd = [str(Path(sys.executable).parent / "timeline"), "extract", "--json", "--quiet", "--jobs", str(jobs), str(corpus)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.monotonic()
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > timeout:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def stream_rows(sizes: tuple[int, ...], jobs: int = 1, synth: bool = False) -> list[str]:
    """Peak memory of ``timeline extract`` on JSON Lines corpora of ``sizes`` documents.

    Streamed output keeps it flat when every document carries its date (docs/performance.md).
    ``synth``: the synthetic news corpus of ``synth.py`` (about 1.4 kB a dispatch) instead of the
    one-sentence documents of :func:`jsonl_corpus`.
    """
    lines = [f"{'corpus':<24} {'docs':>8} {'MB':>7} {'CPU s':>8} {'peak MiB':>9} {'exit':>4}"]
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            if synth:
                sys.path.insert(0, str(Path(__file__).resolve().parent))
                import synth as synth_mod

                path = Path(d) / f"synth-{n}" / "corpus.jsonl"
                synth_mod.write_corpus(synth_mod.generate(n), path.parent)
            else:
                path = jsonl_corpus(Path(d) / f"docs-{n}.jsonl", n)
            cpu, peak, rc = cli_extract_usage(path, jobs=jobs)
            mb = path.stat().st_size / 1e6
            lines.append(f"{'synthetic news' if synth else 'one-sentence docs':<24} {n:>8} {mb:>7.1f} {cpu:>8.1f} "
                         f"{peak:>9.0f} {rc:>4}")
            print(lines[-1], flush=True)
    return lines


# --- the regex audit --------------------------------------------------------------------------------

def _our_module(name: str) -> bool:
    return name.split(".")[0] in ("timeline", "anchors")


def _walk(x: Any, where: str, out: dict[tuple[str, int], str], depth: int = 0) -> None:
    if isinstance(x, re.Pattern):
        out.setdefault((x.pattern, x.flags), where)
    elif depth > 3:
        return
    elif isinstance(x, (list, tuple, set, frozenset)):
        for i, y in enumerate(x):
            _walk(y, f"{where}[{i}]", out, depth + 1)
    elif isinstance(x, dict):
        for k, y in x.items():
            _walk(y, f"{where}[{k!r}]", out, depth + 1)
    elif not isinstance(x, type) and _our_module(type(x).__module__):
        fields = list(getattr(x, "__dict__", {}).items())
        fields += [(s, getattr(x, s, None)) for s in getattr(type(x), "__slots__", ())]
        for k, y in fields:
            _walk(y, f"{where}.{k}", out, depth + 1)


def patterns() -> dict[tuple[str, int], str]:
    """Every compiled pattern of timeline/anchors: (pattern, flags) -> where it lives."""
    out: dict[tuple[str, int], str] = {}
    import timeline._pipeline  # noqa: F401  (imports every stage)

    for pkg in ("timeline", "anchors"):
        mod = importlib.import_module(pkg)
        for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
            try:
                m = importlib.import_module(info.name)
            except Exception:  # an optional module whose extra is not installed
                continue
            for k, v in vars(m).items():
                _walk(v, f"{info.name}.{k}", out)
    # patterns compiled on the fly (re.search("...", s) inside a function) while the pipeline runs
    real = re._compile  # type: ignore[attr-defined]

    def spy(pattern: Any, flags: Any) -> Any:
        f = sys._getframe(1)
        while f is not None and f.f_globals.get("__name__", "").startswith(("re", "sre", "enum")):
            f = f.f_back  # type: ignore[assignment]
        name = f.f_globals.get("__name__", "") if f is not None else ""
        if _our_module(name) and isinstance(pattern, str):
            out.setdefault((pattern, int(flags)), f"{name} (compiled at run time)")
        return real(pattern, flags)

    re._compile = spy  # type: ignore[attr-defined]
    try:
        sample = " ".join(FAMILIES[f](300) for f in FAMILIES) + (
            "\nAFP , Tuesday 25 Oct 2016 - On Saturday (October 29) troops entered; two days ago they were 20 km "
            "away. Talks next week may last nearly a month. February 30 is no date.\n")
        _build(sample)
    finally:
        re._compile = real  # type: ignore[attr-defined]
    return out


def star_height(pattern: str, flags: int = 0) -> list[str]:
    """Nested unbounded repeats (``(a+)*``, ``(?:\\s*\\w+)+``): the shape of exponential backtracking."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    found: list[str] = []
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))

    def walk(items: Any, depth: int) -> None:
        for op, av in items:
            if op in repeats:
                lo, hi, sub = av
                unbounded = hi == c.MAXREPEAT or hi > 50
                if unbounded and depth >= 1 and op != getattr(c, "POSSESSIVE_REPEAT", None):
                    found.append(f"unbounded repeat nested in an unbounded repeat: {str(sub)[:80]}")
                walk(sub, depth + (1 if unbounded and op != getattr(c, "POSSESSIVE_REPEAT", None) else 0))
            elif op == c.SUBPATTERN:
                walk(av[-1], depth)
            elif op == c.BRANCH:
                for b in av[1]:
                    walk(b, depth)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1], depth)
            elif op == getattr(c, "ATOMIC_GROUP", None):
                walk(av, 0)  # no backtracking into an atomic group
            elif op == c.GROUPREF_EXISTS:
                walk(av[1], depth)
                if av[2] is not None:
                    walk(av[2], depth)

    try:
        walk(p.parse(pattern, flags), 0)
    except Exception as e:
        found.append(f"unparsable: {e}")
    return found


def _literals(pattern: str, flags: int) -> list[str]:
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    words: list[str] = []

    def walk(items: Any) -> None:
        cur = ""
        for op, av in items:
            if op == c.LITERAL:
                cur += chr(av)
                continue
            if len(cur) >= 2:
                words.append(cur)
            cur = ""
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                walk(av[2])
            elif op == c.SUBPATTERN:
                walk(av[-1])
            elif op == c.BRANCH:
                for b in av[1]:
                    walk(b)
        if len(cur) >= 2:
            words.append(cur)

    try:
        walk(p.parse(pattern, flags))
    except Exception:
        return []
    return sorted(set(words), key=lambda w: (-len(w), w))[:12]


@dataclass
class RegexRow:
    where: str
    pattern: str
    probe: str
    size: int
    seconds: float
    exponent: float  # t ~ size ** exponent over the last doubling: 1 linear, 2 quadratic, more: worse
    suspects: list[str]


def _count(rx: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in rx.finditer(text))


def _ladder(rx: re.Pattern[str], unit: str, start: int = 16, stop: int = 2048,
            limit: float = 0.04) -> tuple[int, float, float]:
    """Double the input from ``start`` chars until ``stop`` or ``limit`` seconds (or a blow-up);
    return the last size, its time and the growth exponent over the last doubling."""
    import math

    prev: tuple[int, float] | None = None
    size, t, expo = start, 0.0, 1.0
    while True:
        text = _fill(unit, size)
        t = best_time(partial(_count, rx, text), 2 if size >= 1024 else 1)
        if prev is not None and prev[1] > 2e-4:
            expo = math.log(max(t, 1e-9) / prev[1], 2)
        if t > limit or expo > 3.5 or size * 2 > stop:
            if prev is not None and expo > 1.5 and t < 1.0:
                # a busy machine makes one doubling look super-linear: confirm on 4x the text
                big = _fill(unit, size * 4)
                t = best_time(partial(_count, rx, text), 3)
                t4 = best_time(partial(_count, rx, big), 2)
                expo = math.log(max(t4, 1e-9) / max(t, 1e-9), 4) if t > 2e-4 else 1.0
                size, t = size * 4, t4
            return size, t, expo
        prev = (size, t)
        size *= 2


def regex_audit(threshold: float = 1.6, verbose: bool = False,
                only: tuple[str, ...] = ()) -> tuple[list[RegexRow], dict[str, list[str]], int]:
    """Every (pattern, probe) whose ``finditer`` time grows faster than size**threshold, the
    static suspects (nested unbounded repeats) by location, and how many patterns were audited.

    ``finditer`` over the whole probe is the worst use of a pattern: one anchored with ``match``
    at a known position, or run on one sentence, may be harmless although listed here.
    """
    bad: list[RegexRow] = []
    static: dict[str, list[str]] = {}
    found = patterns()
    for (pat, flags), where in sorted(found.items(), key=lambda kv: kv[1]):
        s = star_height(pat, flags)
        if s:
            static[f"{where}: {pat[:100]}"] = s
        if only and not where.startswith(only) and not s:
            continue  # timed: the modules asked for, and every static suspect
        rx = re.compile(pat, flags)
        units = [(name, make(64)) for name, make in FAMILIES.items()]
        for w in _literals(pat, flags)[:3]:
            units.append((f"{w!r}+' '", w + " "))
        for probe, unit in units:
            size, t, expo = _ladder(rx, unit)
            if expo > threshold and t > 0.002:
                bad.append(RegexRow(where, pat, probe, size, t, expo, s))
                if verbose:
                    print(f"  k={expo:.1f} {where} on {probe}: {t:.3f}s at {size} chars", flush=True)
    return bad, static, len(found)


# --- main -------------------------------------------------------------------------------------------

def _fmt(rows: list[Row]) -> str:
    lines = [f"{'family':<20} {'stage':<13} {'n':>10} {'t(n) s':>9} {'t(4n) s':>9} {'ratio':>6}"]
    for r in rows:
        t4 = "-" if r.t_4n is None else f"{r.t_4n:9.3f}"
        ratio = "-" if r.ratio is None else f"{r.ratio:6.1f}"
        lines.append(f"{r.family:<20} {r.stage:<13} {r.n:>10} {r.t_n:9.3f} {t4:>9} {ratio:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=64_000, help="n in characters (default 64000)")
    ap.add_argument("--only", action="append",
                    help="family to run (repeatable); with --regex, module prefix to time (e.g. timeline._extract)")
    ap.add_argument("--stage", action="append", help="extract, build, cli-extract, cli-validate (repeatable)")
    ap.add_argument("--docs", type=int, default=5_000, help="documents in the small JSON Lines corpus")
    ap.add_argument("--full", action="store_true", help="the issue's sizes: 5 MB saturdays, 1 MB digits, ...")
    ap.add_argument("--regex", action="store_true", help="audit every regex alone")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds one measurement may take")
    ap.add_argument("--stream", type=int, nargs="*", metavar="N",
                    help="peak RSS of `timeline extract` on JSON Lines of N documents (default 10000 100000)")
    ap.add_argument("--one-event", type=int, nargs="*", metavar="N",
                    help="build on N dispatches about one event (default 1000 4000 16000)")
    ap.add_argument("--synth", action="store_true", help="with --stream: synthetic news, not one-sentence docs")
    ap.add_argument("--jobs", type=int, default=1, help="with --stream: worker processes")
    a = ap.parse_args(argv)
    if a.one_event is not None:
        one_event_rows(tuple(a.one_event or (1_000, 4_000, 16_000)))
        return 0
    if a.stream is not None:
        stream_rows(tuple(a.stream or (10_000, 100_000)), jobs=a.jobs, synth=a.synth)
        return 0
    if a.regex:
        bad, static, n = regex_audit(verbose=True, only=tuple(a.only or ()))
        print(f"{n} patterns audited; static: {len(static)} with nested unbounded repeats")
        for k, v in static.items():
            print(f"  {k}\n    {'; '.join(v)}")
        print(f"measured super-linear under finditer (time ~ size**k, k > 1.6): {len(bad)}")
        for r in sorted(bad, key=lambda r: -r.exponent):
            print(f"  k={r.exponent:.1f} {r.where} on {r.probe}: {r.seconds:.3f}s at {r.size} chars\n"
                  f"    {r.pattern[:160]}")
        return 1 if any(r.exponent > 3 for r in bad) else 0
    all_stages = {**STAGES, **CLI_STAGES}
    stages = a.stage or ["extract", "build"]
    rows: list[Row] = []
    if a.full:
        # the sizes, as the 4n point: n = a quarter of each
        plan = [("saturdays", 5_000_000), ("digits", 1_000_000), ("one-line-prose", 10_000_000),
                ("parens", 1_000_000), ("october-29", 1_000_000)]
        for fam, size in plan:
            for st in stages:
                rows.append(scale(fam, st, all_stages[st], size // 4, repeats=1, budget=a.budget))
                print(_fmt(rows[-1:]).splitlines()[1], flush=True)
        rows += jsonl_rows(25_000, tuple(s for s in stages if s in STAGES))
    else:
        for fam in a.only or list(FAMILIES):
            for st in stages:
                rows.append(scale(fam, st, all_stages[st], a.size, budget=a.budget))
                print(_fmt(rows[-1:]).splitlines()[1], flush=True)
        rows += jsonl_rows(a.docs)
    print()
    print(_fmt(rows))
    worst = max((r for r in rows if r.ratio is not None), key=lambda r: r.ratio or 0.0, default=None)
    if worst is not None:
        print(f"\nworst ratio: {worst.ratio:.1f} ({worst.family}, {worst.stage}); linear is 4, quadratic 16")
    return 0


if __name__ == "__main__":
    sys.exit(main())
