"""``--jobs N``: the same output as a serial run, in input order; the progress bar only on a terminal."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from parallel_corpus import corpus

from timeline._parallel import _context, chunk_size, map_anchor_extract, progress_iter
from timeline._pipeline import anchor_and_extract, run

DCT = dt.datetime(2019, 3, 20)


def test_parallel_map_equals_serial_in_input_order() -> None:
    docs = corpus(41)
    serial = [anchor_and_extract(d, DCT) for d in docs]
    parallel = list(map_anchor_extract(docs, DCT, jobs=3, progress=False))
    assert [d.id for d, _ in parallel] == [d.id for d in docs]
    assert parallel == serial


def test_parallel_build_is_byte_identical_to_serial() -> None:
    docs = corpus(30)
    one = run(docs, DCT, jobs=1).timeline.to_json()
    two = run(docs, DCT, jobs=2).timeline.to_json()
    assert one == two


def test_parallel_with_other_threads_alive_uses_a_safe_start_and_the_same_output() -> None:
    # With a thread alive, forking could copy a held lock: the workers come from a forkserver instead.
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        assert _context().get_start_method() != "fork"
        docs = corpus(9)
        assert list(map_anchor_extract(docs, DCT, jobs=2, progress=False)) == [anchor_and_extract(d, DCT) for d in docs]
    finally:
        stop.set()
        t.join()


def test_more_jobs_than_documents_and_empty_input() -> None:
    docs = corpus(2)
    assert list(map_anchor_extract(docs, None, jobs=8, progress=False)) == [anchor_and_extract(d, None) for d in docs]
    assert list(map_anchor_extract([], None, jobs=4, progress=False)) == []


def test_worker_errors_reach_the_caller() -> None:
    # A dct of the wrong type fails inside anchor_and_extract: the error must not be swallowed by the pool.
    with pytest.raises(Exception):  # noqa: B017 - any error type, as long as it surfaces
        list(map_anchor_extract(corpus(6), "not a date", jobs=2, progress=False))  # type: ignore[arg-type]


def test_chunks_are_small_enough_to_balance_the_load() -> None:
    assert chunk_size(0, 2) == 1
    assert chunk_size(10, 2) == 1
    assert chunk_size(1000, 2) == 32
    assert chunk_size(400, 4) == 13  # eight tasks per worker


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    out = io.StringIO()
    assert list(progress_iter(range(50), enabled=True, stream=out, delay=0.0)) == list(range(50))
    assert out.getvalue() == ""


def test_no_progress_bar_when_disabled_even_on_a_terminal() -> None:
    out = _Tty()
    assert list(progress_iter(range(50), enabled=False, stream=out, delay=0.0)) == list(range(50))
    assert out.getvalue() == ""


def test_progress_bar_drawn_on_a_terminal_for_long_runs_only() -> None:
    drawn = _Tty()
    assert list(progress_iter(list(range(20)), enabled=True, stream=drawn, delay=0.0)) == list(range(20))
    assert "20/20" in drawn.getvalue() or "/20" in drawn.getvalue()
    quick = _Tty()
    list(progress_iter(list(range(20)), enabled=True, stream=quick, delay=60.0))
    assert quick.getvalue() == ""  # a run shorter than the delay never draws a bar


def test_cli_with_jobs_writes_no_bar_to_a_pipe(tmp_path: Path) -> None:
    files = []
    for d in corpus(12):
        p = tmp_path / f"{d.id}.txt"
        p.write_text(d.text, encoding="utf-8")
        files.append(str(p))
    exe = Path(sys.executable).parent / "timeline"
    r = subprocess.run([str(exe), "extract", "--json", "--dct", "2019-03-20", "--jobs", "2", *files],
                       capture_output=True, text=True, timeout=120)
    s = subprocess.run([str(exe), "extract", "--json", "--dct", "2019-03-20", *files],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == s.returncode == 0
    assert r.stdout == s.stdout
    assert "\x1b[" not in r.stderr and "━" not in r.stderr
