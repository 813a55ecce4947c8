"""Writing TimeML: well-formed XML that our reader (and any XML parser) reads back to the same spans."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from timeline._timeml import document_timeml, file_name, read_timeml, read_timeml_text, write_timeml
from timeline.model import Anchor, Document, Expression

TEXT = ('Rain & wind <hit> the "coast" on Sunday,\r\nthen for 3 days\x0b; the levy is paid weekly since 1990s.'
        ' Überflutung im März.')


def _expr(text: str, typ: str, value: str, **kw: str) -> Expression:
    start = TEXT.index(text)
    return Expression(text=text, start=start, end=start + len(text), type=typ, value=value, **kw)


def _doc() -> Document:
    exprs = (
        _expr("on Sunday", "DATE", "2015-05-03", rule="weekday.on"),
        _expr("3 days", "DURATION", "P3D", mod="APPROX"),
        _expr("weekly", "SET", "P1W", quant="EACH", freq="1W"),
        _expr("1990s", "DATE", "199"),
        _expr("März", "DATE", "2015-03"),
    )
    published = dt.datetime(2015, 5, 4)
    return Document(id="storm/01", text=TEXT, title="Storm & flood", published=published,
                    anchor=Anchor(value=published, source="metadata"), expressions=exprs)


def test_round_trip_same_spans_values_and_text() -> None:
    doc = _doc()
    back = read_timeml_text(document_timeml(doc)).document
    clean = TEXT.replace("\x0b", " ")  # a character XML 1.0 forbids becomes a space: offsets unchanged
    assert back.text == clean
    assert back.published == dt.datetime(2015, 5, 4)
    assert back.title == "Storm & flood"
    want = [(e.start, e.end, e.text, e.type, e.value, e.mod, e.quant, e.freq) for e in doc.expressions]
    got = [(e.start, e.end, e.text, e.type, e.value, e.mod, e.quant, e.freq) for e in back.expressions]
    assert got == want
    assert back.expressions[0].rule == "weekday.on"  # provenance kept in the TIMEX3 comment


def test_output_is_well_formed_xml_with_dct_first() -> None:
    xml = document_timeml(_doc())
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "TimeML"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == "2015-05-04"
    text_el = root.find("TEXT")
    assert text_el is not None
    # an XML parser sees the same text (CR kept as a character reference) and the same TIMEX3
    assert "".join(text_el.itertext()) == TEXT.replace("\x0b", " ")
    assert [t.text for t in text_el.iter("TIMEX3")] == ["on Sunday", "3 days", "weekly", "1990s", "März"]
    assert [t.get("tid") for t in text_el.iter("TIMEX3")] == ["t1", "t2", "t3", "t4", "t5"]


def test_time_dct_and_no_dct() -> None:
    doc = Document(id="d", text="Nothing here.", published=dt.datetime(2001, 2, 3, 14, 5))
    assert 'type="TIME" value="2001-02-03T14:05"' in document_timeml(doc)
    assert "<DCT></DCT>" in document_timeml(Document(id="d", text="x"))
    assert read_timeml_text(document_timeml(Document(id="d", text="x"))).document.published is None


def test_overlapping_expressions_keep_the_longer_earlier_one() -> None:
    text = "late Monday night"
    doc = Document(id="o", text=text, expressions=(
        Expression(text="Monday", start=5, end=11, type="DATE", value="2001-01-01"),
        Expression(text="late Monday night", start=0, end=17, type="TIME", value="2001-01-01TNI"),
    ))
    back = read_timeml_text(document_timeml(doc)).document
    assert [(e.text, e.value) for e in back.expressions] == [("late Monday night", "2001-01-01TNI")]


def test_write_to_directory(tmp_path: Path) -> None:
    docs = [_doc(), _doc(), Document(id="../evil name", text="On Friday.")]
    assert write_timeml(docs, tmp_path / "out") == ""
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["evil_name.tml", "storm_01-2.tml", "storm_01.tml"]
    back = read_timeml(tmp_path / "out" / "storm_01.tml").document
    assert [e.value for e in back.expressions] == ["2015-05-03", "P3D", "P1W", "199", "2015-03"]


def test_stream_without_directory() -> None:
    out = write_timeml([_doc(), Document(id="b", text="Two.")], None)
    assert out.count("<?xml") == 2 and out.count("</TimeML>") == 2


def test_file_name() -> None:
    assert file_name("NYT19981120.0362") == "NYT19981120.0362.tml"
    assert file_name("a/b.tml") == "a_b.tml"
    assert file_name("///") == "document.tml"
