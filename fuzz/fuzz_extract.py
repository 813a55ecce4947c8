"""Atheris fuzz target: anchoring, extraction and resolution of one document.

The input bytes choose an anchor (anywhere from year 1 to 9999, leap days and the calendar's edges
likely), then become the text.  Any exception, or a broken invariant (span not equal to the text,
earliest > latest, not deterministic, not serialisable), is a crash.

    .venv/bin/python fuzz/fuzz_extract.py fuzz/corpus/extract -max_total_time=20   # CI
    .venv/bin/python fuzz/fuzz_extract.py -fork=2 -max_total_time=3600 -artifact_prefix=fuzz/crashes/ \
        fuzz/work/extract fuzz/corpus/extract                                       # long run
    .venv/bin/python fuzz/fuzz_extract.py fuzz/crashes/crash-...                    # replay one

Set ``FUZZ_BUILD=1`` to run the whole build (events and reasoning) on the document as well.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "timeline" / "robustness"))

# Instrument our code (not pydantic or the standard library): without it coverage is blind.
with atheris.instrument_imports(include=["timeline", "anchors"]):
    import anchors  # noqa: F401
    import timeline
    from timeline import _extract, _pipeline, _resolve
    from timeline.model import Anchor, Document

import robustness_invariants as inv

EDGES = [dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31), dt.datetime(9999, 12, 31, 23, 59, 59),
         dt.datetime(2016, 2, 29), dt.datetime(2016, 10, 30), dt.datetime(2000, 2, 29), dt.datetime(1, 12, 31)]
BUILD = os.environ.get("FUZZ_BUILD") == "1"


def _point(fdp: atheris.FuzzedDataProvider) -> dt.datetime | None:
    how = fdp.ConsumeIntInRange(0, 3)
    if how == 0:
        return None
    if how == 1:
        i: int = fdp.ConsumeIntInRange(0, len(EDGES) - 1)
        return EDGES[i]
    days = fdp.ConsumeIntInRange(0, (dt.date(9999, 12, 31) - dt.date(1, 1, 1)).days)
    secs = fdp.ConsumeIntInRange(0, 86399) if how == 3 else 0
    return dt.datetime(1, 1, 1) + dt.timedelta(days=days, seconds=secs)


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    published = _point(fdp)
    dct = _point(fdp)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    raw = _extract.extract(text)
    inv.check_expressions(text, raw, "extract")
    anchor = Anchor() if dct is None else Anchor(value=dct, source="cli", earliest=dct, latest=dct)
    resolved = _resolve.resolve(raw, anchor)
    inv.check_expressions(text, resolved, "resolve")
    if [e.model_dump_json() for e in _resolve.resolve(resolved, anchor)] != [e.model_dump_json() for e in resolved]:
        raise AssertionError("resolve is not idempotent")
    doc = Document(id="f", text=text, published=published)
    out, _findings = _pipeline.anchor_and_extract(doc, dct)
    inv.check_document(out)
    if _pipeline.anchor_and_extract(doc, dct)[0] != out:
        raise AssertionError("anchor_and_extract is not deterministic")
    inv.dump_documents([out])
    if BUILD:
        docs: list[Any] = [doc]  # build reads Documents as well as paths
        tl = timeline.build(docs, dct=dct)
        inv.check_timeline(tl, ["f"])
        inv.dump_timeline(tl)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    # Warm up outside libFuzzer's clock: the first call compiles patterns and imports lazily
    # (about 1 s of CPU; on a loaded machine more than -timeout of wall time).
    TestOneInput(b"\x01\x02 AFP , Saturday 29 Oct 2016 - two days ago, on 1 November and next week")
    atheris.Fuzz()


if __name__ == "__main__":
    main()
