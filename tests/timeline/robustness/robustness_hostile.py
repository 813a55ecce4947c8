"""A catalogue of hostile inputs, each next to what ../shared/contract.md promises for it.

Shared by the command-line tests (``test_cli_hostile.py``) and the fuzz seed corpus.  Every
sentence here is our own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

__all__ = ["GOOD_JSONL_IDS", "HOSTILE_FILES", "Case", "good_jsonl"]


def _line(**kw: object) -> bytes:
    return json.dumps(kw).encode() + b"\n"


GOOD = "The ceasefire collapsed on Saturday, two days after the talks began."
GOOD_JSONL_IDS = ["g1", "g2"]


def good_jsonl() -> bytes:
    return (_line(id="g1", text=GOOD, published="2016-10-30")
            + _line(id="g2", text="Rebels shelled the airport last Monday.", published="2016-10-25"))


@dataclass(frozen=True)
class Case:
    """One hostile file.  ``keeps``: document ids that must be in the output (the good ones it
    holds); ``codes``: acceptable exit codes of ``extract`` with it alone next to a good file;
    ``names``: what stderr must mention (file, ``file:line``), empty if silence is acceptable."""

    name: str
    filename: str
    data: bytes
    codes: frozenset[int]
    keeps: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    note: str = ""
    tags: tuple[str, ...] = field(default=())


OK_OR_2 = frozenset({0, 2})
BAD = frozenset({2})

HOSTILE_FILES: list[Case] = [
    Case("invalid-utf8", "latin.txt", "Le siège a commencé samedi. Saturday".encode("latin-1") + b" \xff\xfe\x80.\n",
         OK_OR_2, keeps=("latin",), names=("latin.txt",), note="decoded with replacement and a warning"),
    Case("binary", "blob.txt", bytes(range(256)) * 8, BAD, names=("blob.txt",)),
    Case("binary-jsonl", "blob.jsonl", b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 4, BAD, names=("blob.jsonl",)),
    Case("empty-txt", "empty.txt", b"", OK_OR_2),
    Case("empty-jsonl", "empty.jsonl", b"", OK_OR_2),
    Case("whitespace-jsonl", "blank.jsonl", b"\n\n   \n\t\n", OK_OR_2),
    Case("no-text", "notext.jsonl", good_jsonl() + _line(id="x1", published="2016-10-30") + _line(id="g3", text=GOOD),
         BAD, keeps=("g1", "g2", "g3"), names=("notext.jsonl:3",)),
    Case("text-not-string", "textint.jsonl", good_jsonl() + _line(id="x2", text=5), BAD, keeps=("g1", "g2"),
         names=("textint.jsonl:3",)),
    Case("not-an-object", "array.jsonl", b"[1, 2]\n\"just a string\"\nnull\n42\n" + good_jsonl(), BAD,
         keeps=("g1", "g2"), names=("array.jsonl:1",)),
    Case("broken-json", "broken.jsonl", good_jsonl() + b'{"id": "x3", "text": \n', BAD, keeps=("g1", "g2"),
         names=("broken.jsonl:3",)),
    Case("deep-nesting", "deep.jsonl", b"[" * 200_000 + b"]" * 200_000 + b"\n" + good_jsonl(), BAD,
         keeps=("g1", "g2"), names=("deep.jsonl:1",), note="json.loads raises RecursionError, not ValueError"),
    Case("nan-published", "nan.jsonl", b'{"id": "n1", "text": "On Friday.", "published": NaN}\n' + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2"), names=("nan.jsonl:1",)),
    Case("unparsable-published", "when.jsonl", _line(id="p1", text=GOOD, published="next Tuesday-ish") + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2"), names=("when.jsonl:1",)),
    Case("february-30-published", "feb30.jsonl", _line(id="p2", text=GOOD, published="2016-02-30") + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2"), names=("feb30.jsonl:1",)),
    Case("year-0-published", "year0.jsonl", _line(id="p3", text=GOOD, published="0000-01-01") + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2"), names=("year0.jsonl:1",)),
    Case("published-not-string", "pubint.jsonl", _line(id="p4", text=GOOD, published=20161030) + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2")),
    Case("aware-published", "aware.jsonl",
         _line(id="a1", text=GOOD, published="2016-10-25T09:40:00+03:00") + good_jsonl(),
         frozenset({0}), keeps=("a1", "g1", "g2"), note="ISO-8601 with an offset is valid per the contract"),
    Case("edge-published", "edges.jsonl",
         _line(id="e1", text="It ends tomorrow, next year, in a week.", published="9999-12-31T23:59:59")
         + _line(id="e2", text="It began yesterday, last year, a week ago.", published="0001-01-01")
         + _line(id="e3", text="Leap day: a year from today, on Thursday.", published="2016-02-29"),
         frozenset({0}), keeps=("e1", "e2", "e3")),
    Case("lone-surrogate", "surrogate.jsonl",
         b'{"id": "s1", "text": "On Saturday \\ud800 the talks ended \\udfff."}\n' + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2"), note="json.loads accepts lone surrogates; UTF-8 output cannot hold them"),
    Case("surrogate-id", "surid.jsonl", b'{"id": "\\udc80x", "text": "On Friday."}\n' + good_jsonl(),
         OK_OR_2, keeps=("g1", "g2")),
    Case("missing-id", "noid.jsonl", _line(text="On Friday the bridge was cut.") + good_jsonl(), OK_OR_2,
         keeps=("g1", "g2")),
    Case("id-not-string", "idint.jsonl", _line(id=7, text="On Friday.") + good_jsonl(), OK_OR_2, keeps=("g1", "g2")),
    Case("duplicate-ids", "dup.jsonl", good_jsonl() + good_jsonl(), OK_OR_2, keeps=("g1", "g2")),
    Case("bom-crlf-blank", "bom.jsonl", b"\xef\xbb\xbf" + good_jsonl().replace(b"\n", b"\r\n\r\n"),
         OK_OR_2, keeps=("g1", "g2"), note="a BOM and CRLF from a Windows tool must not lose the first document"),
    Case("no-final-newline", "nonl.jsonl", good_jsonl().rstrip(b"\n"), frozenset({0}), keeps=("g1", "g2")),
    Case("extra-keys", "extra.jsonl", _line(id="k1", text="On Friday.", lang="en", tags=[1, {}]) + good_jsonl(),
         frozenset({0}), keeps=("k1", "g1", "g2")),
    Case("nul-in-text", "nul.txt", b"On Saturday\x00 the \x00 town fell.", OK_OR_2),
    Case("text-findings", "impossible.txt",
         b"AFP , Sunday 30 Oct 2016 - Fighting resumed on Saturday (October 30) and the order was dated "
         b"February 30. The fort was built in the year 0 and rebuilt on 0000-01-01.\n",
         frozenset({0}), keeps=("impossible",), note="findings, not crashes (exit 0 from extract)"),
    Case("garbage-html", "garbage.html", b"<html><<<>>><meta content='0000-00-00' property='article:published_time'>"
         b"\x00\xff<body><p>On Saturday the city fell.</p>", OK_OR_2),
    Case("empty-html", "void.html", b"", OK_OR_2),
    Case("bad-dates-html", "dates.html",
         b"<html><head><meta property='article:published_time' content='2016-02-30T25:61:00'>"
         b"<meta name='date' content='9999-99-99'></head><body><article><p>Troops entered the old city on "
         b"Saturday after a week of shelling.</p></article></body></html>", OK_OR_2),
    Case("ignored-extension", "notes.json", b'{"id": "json-not-jsonl"}', OK_OR_2),
]
