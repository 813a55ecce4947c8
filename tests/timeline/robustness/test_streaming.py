"""``timeline extract`` streams: each document is written as it is made, the bytes unchanged.

The streamed output must equal the one-shot output of :func:`timeline._pipeline.run` (the
contract's JSON, byte for byte), whether every document carries its date (then nothing is held)
or some document has none (then its anchor is inferred from the whole corpus, as before).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

import timeline._pipeline as pipeline
from timeline._cli import app
from timeline._export.json_out import documents_dict, dumps, iter_documents_json
from timeline._pipeline import run, stream_extract
from timeline.model import Document

# Our own sentences (no shared article text): a small offensive told over several days.
_DISPATCHES = [
    ("d1", "2021-03-02", "Army units entered the river town of Pellmar on Monday after two days of shelling."),
    ("d2", "2021-03-05", "Three days after troops entered Pellmar, the bridge on the eastern road was reopened."),
    ("d3", "2021-03-09", "The offensive on Pellmar, now in its second week, moved to the hills north of the town."),
    ("d4", "2021-03-15", "Officials said on Friday that the last shelters in Pellmar would close by 1 April."),
]
_UNDATED = "Nearly two weeks into the offensive on Pellmar, the hill villages north of the town were quiet."


def _jsonl(path: Path, rows: Sequence[tuple[str, str | None, str]]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i, published, text in rows:
            f.write(json.dumps({"id": i, "published": published, "text": text}) + "\n")
    return path


def _cli_json(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(app, ["extract", "--json", *args])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    return r.exit_code, r.stdout


@pytest.mark.parametrize("n", [0, 1, 4])
@pytest.mark.parametrize("chunk", [1, 100, 1 << 16])
def test_pieces_join_to_the_one_shot_text(n: int, chunk: int) -> None:
    docs = [Document(id=f"é{i}", text=f"Le {i} mars «citation»\nline two", published=None) for i in range(n)]
    docs = [pipeline.anchor_and_extract(d, None)[0] for d in docs]
    pieces = list(iter_documents_json(docs, chunk=chunk))
    assert "".join(pieces) == dumps(documents_dict(docs))
    if chunk == 1 and n:
        assert len(pieces) == n + 1  # one piece per document, then the closing brackets


@pytest.mark.parametrize("jobs", [1, 2])
def test_dated_corpus_streams_the_same_bytes(tmp_path: Path, jobs: int) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", _DISPATCHES * 3)  # repeated ids are renamed, as ever
    want = dumps(documents_dict(run([corpus], stage="extract").timeline.documents))
    code, out = _cli_json("--jobs", str(jobs), str(corpus))
    assert code == 0 and out == want


def test_undated_document_is_still_inferred_from_the_corpus(tmp_path: Path) -> None:
    rows: list[tuple[str, str | None, str]] = [*_DISPATCHES[:2], ("u1", None, _UNDATED), *_DISPATCHES[2:]]
    corpus = _jsonl(tmp_path / "c.jsonl", rows)
    (tmp_path / "z-undated.txt").write_text(_UNDATED, encoding="utf-8")
    inputs = [str(corpus), str(tmp_path / "z-undated.txt")]
    one_shot = run(inputs, stage="extract").timeline.documents
    streamed, problems = stream_extract(inputs)
    assert list(streamed) == list(one_shot) and not problems
    code, out = _cli_json(*inputs)
    assert code == 0 and out == dumps(documents_dict(one_shot))


def test_dated_documents_are_written_before_the_rest_is_extracted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", _DISPATCHES * 5)
    calls: list[str] = []
    real = pipeline.anchor_and_extract

    def counting(doc: Document, dct: object = None, lang: str = "en") -> object:
        calls.append(doc.id)
        return real(doc, dct, lang)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "anchor_and_extract", counting)
    docs, _ = stream_extract([corpus])
    first = next(docs)
    assert first.id == "d1" and len(calls) == 1  # nothing else made (or held) yet
    assert len([first, *docs]) == 20 and len(calls) == 20  # and each made once


def test_bad_line_still_exit_2_with_the_rest_written(tmp_path: Path) -> None:
    good = _jsonl(tmp_path / "c.jsonl", _DISPATCHES)
    lines = good.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([lines[0], '{"id": "x", "text": ', *lines[1:]]) + "\n", encoding="utf-8")
    code, out = _cli_json(str(bad))
    assert code == 2
    assert [d["id"] for d in json.loads(out)["documents"]] == ["d1", "d2", "d3", "d4"]
