"""A guard against blow-ups on adversarial text: 4x the input must not take 12x the time.

Not a speed test (benchmarks/bench_adversarial.py measures that, at the issue's sizes): a ratio
within one process, generous enough for a busy machine, that a quadratic stage (16x) or a
catastrophically backtracking regex fails.  Sizes grow until the small run is long enough to time.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_adversarial", ROOT / "benchmarks" / "bench_adversarial.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_adversarial"] = mod
    spec.loader.exec_module(mod)
    return mod


bench = _bench()
LIMIT = 12.0
FAST = 0.1
FAMILIES = ["saturdays", "digits", "one-line-prose", "parens", "october-29", "paren-dates", "ago", "spaces",
            "newlines", "capitalised"]


def _ratio(family: str, stage: str, start: int = 1_000, enough: float = 0.1,
           most: int = 32_000) -> tuple[int, float, float]:
    """(n, t(4n) / t(n), t(4n)), n doubled from ``start`` until t(n) >= ``enough`` or n = ``most``."""
    fn = bench.STAGES[stage]
    make = bench.FAMILIES[family]
    n = start
    while True:
        small = make(n)
        t_n = bench.best_time(lambda s=small: fn(s), 3)
        if t_n >= enough or n >= most:
            break
        n *= 2
    big = make(4 * n)
    t_4n = bench.best_time(lambda b=big: fn(b), 2)
    return n, t_4n / max(t_n, 1e-6), t_4n


@pytest.mark.parametrize("stage", ["extract", "build"])
@pytest.mark.parametrize("family", FAMILIES)
def test_four_times_the_text_takes_less_than_twelve_times_as_long(family: str, stage: str) -> None:
    n, ratio, t_4n = _ratio(family, stage)
    if ratio >= LIMIT and t_4n >= FAST:  # one retry: a single noisy measurement must not fail CI
        n, ratio, t_4n = _ratio(family, stage)
    # under FAST seconds at 4 x 32 kB there is no blow-up to catch, and ratios of milliseconds are noise
    assert ratio < LIMIT or t_4n < FAST, f"{family} through {stage}: x{ratio:.1f} for 4x the text (n={n}); linear is ~4"


@pytest.mark.slow
@pytest.mark.parametrize("family", ["one-line-prose"])  # "capitalised": x10-13, too close to the limit to xfail
def test_long_lines_build_in_linear_time(family: str) -> None:
    """The quadratic term shows only past ~16 kB (below, constant costs hide it): 16 kB vs 64 kB."""
    fn, make = bench.STAGES["build"], bench.FAMILIES[family]
    small, big = make(16_000), make(64_000)
    ratio = bench.best_time(lambda: fn(big), 1) / max(bench.best_time(lambda: fn(small), 2), 1e-6)
    assert ratio < LIMIT, f"{family} through build: x{ratio:.1f} for 4x the text (16 kB -> 64 kB)"


def test_four_times_the_documents_takes_less_than_twelve_times_as_long(tmp_path: Path) -> None:
    from timeline._pipeline import run

    def timed(n_docs: int) -> float:
        p = bench.jsonl_corpus(tmp_path / f"c{n_docs}.jsonl", n_docs)
        return float(bench.best_time(lambda: run([p], stage="build"), 1))

    ratio = timed(800) / max(timed(200), 1e-6)
    assert ratio < LIMIT, f"x{ratio:.1f} for 4x the documents"


def test_the_jsonl_corpus_really_holds_that_many_documents(tmp_path: Path) -> None:
    from timeline._pipeline import run

    p = bench.jsonl_corpus(tmp_path / "c.jsonl", 50)
    assert sum(1 for line in p.read_text(encoding="utf-8").splitlines() if json.loads(line)["text"]) == 50
    assert len(run([p], stage="extract").timeline.documents) == 50


def test_a_weekday_before_a_long_blank_run() -> None:
    """Badly extracted pages carry long runs of spaces and blank lines after a date."""
    fn = bench.STAGES["extract"]
    small, big = "Saturday" + " " * 500 + "\n", "Saturday" + " " * 2000 + "\n"
    ratio = bench.best_time(lambda: fn(big), 2) / max(bench.best_time(lambda: fn(small), 3), 1e-6)
    assert ratio < LIMIT, f"x{ratio:.1f} for 4x the blank run after one weekday"
