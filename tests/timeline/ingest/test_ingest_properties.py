"""Whatever the bytes, ingestion never raises, never loses a document silently, and speaks one line."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._ingest import read_inputs

_PIECES = [b'{"id": "a", "text": "On Friday."}', b'{"text": 5}', b"\n", b"\r\n", b"\x00", b"\xff", b"\xef\xbb\xbf",
           b'"published": "2016-02-30"', b"<html>", b"<meta property='article:published_time' content='2016-10-25'>",
           b"AFP , Tuesday 25 Oct 2016", b"[[[[", b"}", b"NaN", "\u2028".encode()]
_bytes = st.lists(st.sampled_from(_PIECES) | st.binary(max_size=8), max_size=30).map(b"".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_bytes, suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"doc{suffix}"
        p.write_bytes(data)
        docs, problems = read_inputs([p])
    for q in problems:
        assert "\n" not in str(q) and "\r" not in str(q)
    for doc in docs:
        doc.text.encode("utf-8")
        doc.id.encode("utf-8")
    assert len({doc.id for doc in docs}) == len(docs)
    if suffix == ".txt":
        assert docs or problems, "a .txt file vanished without a word"
