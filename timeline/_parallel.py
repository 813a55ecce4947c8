"""Running the per-document stages across processes (``--jobs N``), with a progress bar.

Anchoring, extraction and resolution look at one document at a time, so they parallelise
trivially: :func:`map_anchor_extract` farms documents out to a pool of worker processes in chunks
(fewer round trips than one task per document) and yields the results **in input order**, so the
output is byte-identical to a ``jobs=1`` run.  Events and reasoning look at the whole corpus and
stay in the parent process.

The progress bar (rich) is drawn on standard error only when asked for, only when standard error
is a terminal, and only for runs long enough to deserve one (it appears after ``delay`` seconds);
it is transient, so it leaves nothing behind when the run ends.

Process start: on Linux, when the caller runs no other threads, workers are *forked*: they start
in milliseconds and inherit the parent's compiled patterns and warm caches.  When other threads
are alive (forking could copy a lock another thread holds), workers fork from a *forkserver* that
imports the engine once (POSIX), else they are *spawned* (Windows), which re-imports the engine in
each worker; a script that calls ``timeline.build(..., jobs=N)`` there needs the usual
``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import datetime as dt
import math
import multiprocessing
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, TextIO, TypeVar

from timeline.model import Document, Finding

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

__all__ = ["chunk_size", "map_anchor_extract", "progress_iter"]

T = TypeVar("T")

#: Seconds before the bar appears: a run that ends sooner never draws one.
DEFAULT_DELAY = 0.5
#: Upper bound on documents per task: keeps the bar moving and the load balanced.
MAX_CHUNK = 32
#: Chunks in flight per worker: enough to keep the workers busy, few enough to bound memory.
WINDOW = 4


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class _Bar:
    """A transient rich progress bar on ``stream`` that starts only after ``delay`` seconds."""

    def __init__(self, total: int | None, description: str, stream: TextIO, delay: float) -> None:
        self.total = total
        self.description = description
        self.stream = stream
        self.delay = delay
        self.t0 = time.monotonic()
        self.done = 0
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._progress is None:
            if time.monotonic() - self.t0 < self.delay:
                return
            self._start()
        assert self._progress is not None and self._task is not None
        self._progress.update(self._task, completed=self.done)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(file=self.stream, stderr=True)
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task(self.description, total=self.total, completed=self.done)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def progress_iter(
    items: Iterable[T],
    *,
    enabled: bool,
    total: int | None = None,
    description: str = "documents",
    stream: TextIO | None = None,
    delay: float = DEFAULT_DELAY,
) -> Iterator[T]:
    """Iterate ``items``, drawing a progress bar on stderr when ``enabled``.

    Nothing is drawn unless ``enabled`` is true *and* ``stream`` (default ``sys.stderr``) is a
    terminal, and not before ``delay`` seconds have passed.  An item counts as done when the
    consumer asks for the next one.  ``total`` defaults to ``len(items)`` when it has one.
    """
    out = sys.stderr if stream is None else stream
    if not enabled or not _is_terminal(out):
        yield from items
        return
    if total is None and isinstance(items, Sequence):
        total = len(items)
    bar = _Bar(total, description, out, delay)
    try:
        for item in items:
            yield item
            bar.advance()
    finally:
        bar.close()


def chunk_size(n: int, workers: int) -> int:
    """Documents per task: about eight tasks per worker (load balance), at most :data:`MAX_CHUNK`."""
    if n <= 0 or workers <= 0:
        return 1
    return max(1, min(MAX_CHUNK, math.ceil(n / (workers * 8))))


def _context() -> BaseContext:
    # fork is fast and inherits warm caches, but is unsafe when other threads may hold locks.
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        # A single-threaded server process imports the engine once; workers fork from it, warm.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["timeline._pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


def _work(doc: Document, dct: dt.datetime | None, lang: str = "en") -> tuple[Document, list[Finding]]:
    """What a worker does for one document: the pipeline's own per-document function, nothing else."""
    from timeline._pipeline import anchor_and_extract  # here, not at the top: no import cycle

    return anchor_and_extract(doc, dct, lang)


def _work_chunk(docs: list[Document], dct: dt.datetime | None, lang: str) -> list[tuple[Document, list[Finding]]]:
    return [_work(d, dct, lang) for d in docs]


def _serial(
    documents: Iterable[Document], dct: dt.datetime | None, progress: bool, total: int | None, lang: str
) -> Iterator[tuple[Document, list[Finding]]]:
    for doc in progress_iter(documents, enabled=progress, total=total):
        yield _work(doc, dct, lang)


def map_anchor_extract(
    documents: Iterable[Document],
    dct: dt.datetime | None,
    *,
    jobs: int,
    progress: bool,
    total: int | None = None,
    lang: str = "en",
) -> Iterator[tuple[Document, list[Finding]]]:
    """Anchor, extract and resolve ``documents`` on ``jobs`` processes, yielding in input order.

    The result is the same as ``[anchor_and_extract(d, dct, lang) for d in documents]``: each
    worker calls only :func:`timeline._pipeline.anchor_and_extract`, and results come back in
    order.  An exception raised for a document is raised here, as in a serial run.

    ``documents`` may be any iterable (``total`` is then its length, for the chunk size and the
    bar): it is read a chunk at a time, and at most :data:`WINDOW` chunks per worker are in
    flight, so a consumer that writes each result out keeps memory bounded however long the corpus.
    """
    if total is None and isinstance(documents, Sized):
        total = len(documents)
    workers = jobs if total is None else min(jobs, total)
    if workers <= 1:
        yield from _serial(documents, dct, progress, total, lang)
        return
    size = MAX_CHUNK if total is None else chunk_size(total, workers)
    source = iter(documents)
    pending: deque[Future[list[tuple[Document, list[Finding]]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context())

    def submit() -> None:
        chunk = list(islice(source, size))
        if chunk:
            pending.append(pool.submit(_work_chunk, chunk, dct, lang))

    def results() -> Iterator[tuple[Document, list[Finding]]]:
        for _ in range(WINDOW * workers):
            submit()
        while pending:
            done = pending.popleft().result()
            submit()  # one chunk out, one chunk in
            yield from done

    try:
        yield from progress_iter(results(), enabled=progress, total=total)
    finally:
        # If the consumer stops early (or an error is raised), do not compute the rest.
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
