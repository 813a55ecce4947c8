"""JSON Lines ingestion (files and stdin): fields, dates, and a problem per bad line."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from timeline._ingest import read_inputs


def _line(**kw: object) -> str:
    return json.dumps(kw) + "\n"


def _read(tmp_path: Path, body: str | bytes, name: str = "c.jsonl") -> tuple[list, list]:  # type: ignore[type-arg]
    p = tmp_path / name
    p.write_bytes(body.encode() if isinstance(body, str) else body)
    return read_inputs([p])


def test_all_fields(tmp_path: Path) -> None:
    [doc], problems = _read(tmp_path, _line(id="k1", text="Troops crossed the river.", published="2016-10-29",
                                            source="Example Wire", url="https://example.org/a", title="Crossing",
                                            lang="en"))
    assert problems == []
    assert (doc.id, doc.text, doc.published, doc.source, doc.url, doc.title, doc.line) == (
        "k1", "Troops crossed the river.", dt.datetime(2016, 10, 29), "Example Wire", "https://example.org/a",
        "Crossing", 1)


@pytest.mark.parametrize(("published", "want"), [
    ("2016-10-29", dt.datetime(2016, 10, 29)),
    ("2016-10-29T09:40:00", dt.datetime(2016, 10, 29, 9, 40)),
    ("2016-10-29T09:40:00Z", dt.datetime(2016, 10, 29, 9, 40)),
    ("2016-10-29T09:40:00.123+03:00", dt.datetime(2016, 10, 29, 9, 40, 0, 123000)),
    ("2016-10-29 09:40", dt.datetime(2016, 10, 29, 9, 40)),
    (None, None),
    ("", None),
])
def test_published_forms(tmp_path: Path, published: str | None, want: dt.datetime | None) -> None:
    [doc], problems = _read(tmp_path, _line(id="a", text="x", published=published))
    assert doc.published == want and problems == []


@pytest.mark.parametrize("published", ["next Tuesday-ish", "2016-02-30", "0000-01-01", "29/10/2016", 20161030,
                                       True, ["2016-10-29"], "2016-10-29T25:00"])
def test_unparsable_published_is_a_warning_and_the_document_is_kept(tmp_path: Path, published: object) -> None:
    [doc], [p] = _read(tmp_path, _line(id="a", text="x", published=published))
    assert doc.published is None and doc.id == "a"
    assert not p.fatal and p.line == 1 and "'published'" in p.message


def test_nan_published(tmp_path: Path) -> None:
    [doc], [p] = _read(tmp_path, '{"id": "n", "text": "x", "published": NaN}\n')
    assert doc.published is None and not p.fatal


def test_broken_line_is_fatal_names_the_line_and_the_rest_is_read(tmp_path: Path) -> None:
    body = _line(id="a", text="one") + _line(id="b", text="two") + '{"id": "bad", "text": \n' + _line(id="c", text="3")
    docs, [p] = _read(tmp_path, body, "broken.jsonl")
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert p.fatal and p.line == 3 and str(p).startswith(f"{tmp_path / 'broken.jsonl'}:3: not valid JSON")


@pytest.mark.parametrize(("line", "message"), [
    (_line(id="x", published="2016-10-29"), "no 'text', skipped"),
    (_line(id="x", text=5), "'text' is not a string (int), skipped"),
    ("[1, 2]\n", "not a JSON object (a list), skipped"),
    ('"just a string"\n', "not a JSON object (a str), skipped"),
    ("[" * 100_000 + "]" * 100_000 + "\n", "not valid JSON: nested too deeply"),
])
def test_bad_records_are_fatal_problems(tmp_path: Path, line: str, message: str) -> None:
    docs, [p] = _read(tmp_path, line + _line(id="ok", text="fine"))
    assert [d.id for d in docs] == ["ok"]
    assert p.fatal and p.line == 1 and p.message == message


def test_missing_or_odd_ids(tmp_path: Path) -> None:
    body = _line(text="no id") + _line(id=7, text="int id") + _line(id="  ", text="blank id") + _line(id=None, text="x")
    docs, problems = _read(tmp_path, body, "feed.jsonl")
    assert [d.id for d in docs] == ["feed-1", "7", "feed-3", "feed-4"]
    assert all(not p.fatal for p in problems) and [p.line for p in problems] == [1, 2, 3, 4]


def test_duplicate_ids_are_renamed_deterministically(tmp_path: Path) -> None:
    body = _line(id="a", text="1") + _line(id="a", text="2") + _line(id="a~2", text="3") + _line(id="a", text="4")
    docs, problems = _read(tmp_path, body)
    assert [d.id for d in docs] == ["a", "a~3", "a~2", "a~4"]
    assert [p.line for p in problems] == [2, 4] and not any(p.fatal for p in problems)


def test_bom_crlf_blank_lines_and_no_final_newline(tmp_path: Path) -> None:
    body = b"\xef\xbb\xbf" + (_line(id="a", text="1") + "\n" + _line(id="b", text="2")).replace("\n", "\r\n").encode()
    docs, problems = _read(tmp_path, body.rstrip(b"\r\n"))
    assert [d.id for d in docs] == ["a", "b"] and problems == []


def test_unicode_line_separators_inside_text_do_not_split_lines(tmp_path: Path) -> None:
    text = "first\u2028second\u0085third"
    [doc], problems = _read(tmp_path, json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n")
    assert doc.text == text and problems == []


def test_invalid_utf8_on_one_line(tmp_path: Path) -> None:
    body = _line(id="a", text="1").encode() + b'{"id": "b", "text": "caf\xe9"}\n'
    docs, [p] = _read(tmp_path, body)
    assert [d.text for d in docs] == ["1", "caf\ufffd"] and p.line == 2 and not p.fatal


def test_lone_surrogates_are_replaced(tmp_path: Path) -> None:
    [doc], [p] = _read(tmp_path, '{"id": "s\\udc80", "text": "a \\ud800 b"}\n')
    assert (doc.id, doc.text) == ("s\ufffd", "a \ufffd b") and not p.fatal
    doc.text.encode("utf-8")


def test_non_string_optional_fields_are_ignored_with_a_warning(tmp_path: Path) -> None:
    [doc], problems = _read(tmp_path, _line(id="a", text="x", source=3, url=["u"], title={"t": 1}))
    assert (doc.source, doc.url, doc.title) == (None, None, None)
    assert len(problems) == 3 and not any(p.fatal for p in problems)


def test_empty_and_binary_jsonl(tmp_path: Path) -> None:
    docs, [p] = _read(tmp_path, b"\n  \n", "blank.jsonl")
    assert docs == [] and not p.fatal
    docs, [p] = _read(tmp_path, b"\x00\x01PK\x03\x04" + bytes(range(256)), "blob.jsonl")
    assert docs == [] and p.fatal and "binary" in p.message


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (_line(id="a", text="1", published="2016-10-29") + "not json\n").encode() + b'{"id": "c", "text": "\xff"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    docs, problems = read_inputs(["-"])
    assert [d.id for d in docs] == ["a", "c"]
    assert [(str(p).split(": ")[0], p.fatal) for p in problems] == [("<stdin>:2", True), ("<stdin>:3", False)]


@pytest.mark.slow
def test_large_inputs_are_read_whole(tmp_path: Path) -> None:
    """A 10 MB line and a 100,000-line file: every document, no problem (timings: see the report)."""
    big = "word " * 2_000_000
    lines = [_line(id="huge", text=big)] + [_line(id=f"d{i}", text="Shelling resumed.", published="2016-10-29")
                                            for i in range(100_000)]
    docs, problems = _read(tmp_path, "".join(lines))
    assert len(docs) == 100_001 and problems == [] and docs[0].text == big
