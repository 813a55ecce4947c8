"""Reading TimeML: plain text of <TEXT>, TIMEX3 spans as code-point offsets, the DCT."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline._timeml import TimemlError, parse_dct_value, read_timeml, read_timeml_text

DATA = Path(__file__).parent / "data"

SMALL = """<?xml version="1.0" ?>
<TimeML>
<DOCID>bridge-note</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2009-06-12T07:30" functionInDocument="CREATION_TIME">June 12, 2009 07:30</TIMEX3></DCT>
<TITLE>Bridge &amp; tunnel</TITLE>
<TEXT>
Engineers <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> the bridge <TIMEX3 tid="t1" type="DATE" value="2009-06-11">on Thursday</TIMEX3> &amp; will reopen it in <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3>.
The café &lt;north&gt; wing opened <TIMEX3 tid="t3" type="DATE" value="2009-06"><SIGNAL sid="s1">early</SIGNAL> this month</TIMEX3>.<TIMEX3 tid="t4" type="DATE" value="2009-06-12" />
</TEXT>
</TimeML>
"""


def test_text_offsets_and_attributes() -> None:
    f = read_timeml_text(SMALL, name="small.tml")
    doc = f.document
    assert doc.id == "bridge-note"
    assert doc.title == "Bridge & tunnel"
    assert doc.text.startswith("\nEngineers closed the bridge on Thursday & will reopen")
    assert "The café <north> wing" in doc.text
    got = [(e.text, e.type, e.value, e.mod) for e in doc.expressions]
    assert got == [
        ("on Thursday", "DATE", "2009-06-11", None),
        ("about two weeks", "DURATION", "P2W", "APPROX"),
        ("early this month", "DATE", "2009-06", None),  # a tag inside a TIMEX3 keeps its text
    ]
    for e in doc.expressions:
        assert doc.text[e.start:e.end] == e.text
    assert doc.expressions[0].start == doc.text.index("on Thursday")
    assert f.tids == ("t1", "t2", "t3")
    # the empty (non-consuming) TIMEX3 has no span: skipped, and said so
    assert any("empty TIMEX3" in w for w in f.warnings)


def test_dct_becomes_published_not_an_expression() -> None:
    f = read_timeml_text(SMALL)
    assert f.document.published == dt.datetime(2009, 6, 12, 7, 30)
    assert f.dct_value == "2009-06-12T07:30"
    assert all(e.value != "2009-06-12T07:30" for e in f.document.expressions)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-01-08", dt.datetime(1998, 1, 8)),
        ("19980108", dt.datetime(1998, 1, 8)),
        ("1998-11-20T19:30", dt.datetime(1998, 11, 20, 19, 30)),
        ("1998-11-20T19:30:15", dt.datetime(1998, 11, 20, 19, 30, 15)),
        ("PRESENT_REF", None),
        ("1998-02-30", None),
    ],
)
def test_dct_values(value: str, expected: dt.datetime | None) -> None:
    assert parse_dct_value(value) == expected


def test_file_and_docid_override() -> None:
    f = read_timeml(DATA / "gold" / "apple-harvest.tml", doc_id="gold/apple-harvest.tml")
    assert f.document.id == "gold/apple-harvest.tml"
    assert [e.text for e in f.document.expressions] == ["this year", "more than a decade", "every day"]
    every = f.document.expressions[2]
    assert (every.type, every.quant, every.freq) == ("SET", "EVERY", "1D")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<html><body>not TimeML</body></html>", "no <TEXT>"),
        ("<TimeML><TEXT>open <TIMEX3 tid='t1' type='DATE' value='2000'>2000</TEXT></TimeML>", "never closed"),
        ("<TimeML>\n<TEXT>\nstray </TIMEX3> tag</TEXT></TimeML>", ":3: </TIMEX3> without"),
        ("<TimeML><TEXT>never ends", "never closed"),
    ],
)
def test_bad_files_give_one_line_errors(source: str, message: str) -> None:
    with pytest.raises(TimemlError) as err:
        read_timeml_text(source, name="bad.tml")
    assert str(err.value).startswith("bad.tml")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_tolerates_stray_ampersand_and_bad_type() -> None:
    src = ("<TimeML><TEXT>R&D spending rose <TIMEX3 tid='t1' type='date' value='1999'>in 1999</TIMEX3>"
           " and <TIMEX3 tid='t2' type='WEIRD' value='X'>then</TIMEX3>.</TEXT></TimeML>")
    f = read_timeml_text(src, name="loose.tml")
    assert f.document.text == "R&D spending rose in 1999 and then."
    assert [(e.text, e.type) for e in f.document.expressions] == [("in 1999", "DATE")]
    assert any("WEIRD" in w for w in f.warnings)
    assert f.document.published is None


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(TimemlError, match="missing.tml"):
        read_timeml(tmp_path / "missing.tml")


TBAQ = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "tempeval3-tbaq"


@pytest.mark.skipif(not TBAQ.is_dir(), reason="TempEval-3 TBAQ corpus not present")
def test_tempeval3_tbaq_reads_completely() -> None:
    """The whole training corpus: 256 files, 1822 in-text TIMEX3 (SOURCE.md), every DCT a date."""
    from timeline._timeml import load_corpus

    files, problems = load_corpus(TBAQ)
    assert problems == [] and len(files) == 256
    assert sum(len(f.document.expressions) for _, f in files) == 1243 + 579
    for name, f in files:
        assert f.document.published is not None, name
        assert not f.warnings, name
        for e in f.document.expressions:
            assert f.document.text[e.start:e.end] == e.text and e.text.strip() == e.text, name


def test_no_text_element_reads_the_root_body() -> None:
    src = ('<TimeML><DOCID>x</DOCID>\n<TIMEX3 tid="t9" type="DATE" value="1990-04-02" functionInDocument='
           '"CREATION_TIME">April 2, 1990</TIMEX3>: profits fell <TIMEX3 tid="t1" type="DATE" value="1990-Q1">'
           'in the first quarter</TIMEX3>.</TimeML>')
    f = read_timeml_text(src, name="old.tml")
    assert f.document.published == dt.datetime(1990, 4, 2)
    assert [e.text for e in f.document.expressions] == ["April 2, 1990", "in the first quarter"]
    assert any("no <TEXT>" in w for w in f.warnings)
