"""Atheris fuzz target: ingestion (.txt, .jsonl, .html, stdin) and publication-date anchors.

The first byte picks the kind of input; the rest is the file's bytes (or, in "published" mode, a
JSON line built around fuzzed ``published`` and ``text`` strings, to reach the date parsing).
Any exception, a document lost without a problem reported, a problem message that is not one line,
text that cannot be written out as UTF-8, or a broken anchor invariant is a crash.

    .venv/bin/python fuzz/fuzz_ingest.py fuzz/corpus/ingest -max_total_time=20     # CI
    .venv/bin/python fuzz/fuzz_ingest.py -fork=2 -max_total_time=3600 -artifact_prefix=fuzz/crashes/ \
        fuzz/work/ingest fuzz/corpus/ingest                                         # long run
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "timeline" / "robustness"))

with atheris.instrument_imports(include=["timeline", "anchors"]):
    import anchors
    from timeline import _ingest
    from timeline.model import Document

import robustness_invariants as inv

WORK = Path(tempfile.mkdtemp(prefix="fuzz-ingest-"))
KINDS = [".txt", ".jsonl", ".html", "stdin", "published"]


def _check(docs: list[Document], problems: list[_ingest.InputProblem], dct: dt.datetime | None) -> None:
    for p in problems:
        line = str(p)
        if "\n" in line or "\r" in line:
            raise AssertionError(f"problem message is not one line: {line!r}")
        line.encode("utf-8")
    for d in docs:
        if not isinstance(d.text, str):
            raise AssertionError("document text is not a string")
        d.text.encode("utf-8")  # a lone surrogate here cannot be written to stdout or a file
        d.id.encode("utf-8")
        a, findings = anchors.find_anchor(d, dct)
        inv.check_anchor(d.text, a, d.id)
        for f in findings:
            if f.severity not in ("error", "warning", "info"):
                raise AssertionError(f"severity {f.severity!r}")


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)]
    dct = dt.datetime(2016, 10, 30) if fdp.ConsumeBool() else None
    if kind == "published":
        published = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40))
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        body = json.dumps({"id": "p", "text": text, "published": published}).encode() + b"\n"
        kind = ".jsonl"
    else:
        body = fdp.ConsumeBytes(fdp.remaining_bytes())
    if kind == "stdin":
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(body), encoding="utf-8")
        try:
            docs, problems = _ingest.read_inputs(["-"])
        finally:
            sys.stdin = saved
        _check(docs, problems, dct)
        return
    path = WORK / f"doc{kind}"
    path.write_bytes(body)
    docs, problems = _ingest.read_inputs([str(path)])
    _check(docs, problems, dct)
    if kind == ".txt" and not docs and not problems:
        raise AssertionError("a .txt file vanished without a problem reported")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    # Warm up outside libFuzzer's clock: the first call compiles patterns and imports lazily
    # (about 1 s of CPU; on a loaded machine more than -timeout of wall time).
    for seed in sorted((Path(__file__).resolve().parent / "corpus" / "ingest").glob("*"))[:3]:
        TestOneInput(seed.read_bytes())
    atheris.Fuzz()


if __name__ == "__main__":
    main()
