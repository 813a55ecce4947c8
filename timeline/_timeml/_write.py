"""Write TimeML: the DCT and the document's text with inline TIMEX3 tags.

The output is what TimeML tools (the official TempEval-3 scorer, TARSQI, ...) read: a
``<TimeML>`` root, ``<DOCID>``, ``<DCT>`` holding the creation-time TIMEX3 ``t0``, an optional
``<TITLE>``, then ``<TEXT>`` with one ``<TIMEX3 tid type value [mod] [quant] [freq]>`` per
expression.  Text and attribute values are escaped; characters XML 1.0 forbids are replaced by a
space and ``\\r`` is written as ``&#13;`` so that offsets survive a round trip through any XML
parser.  Inline tags cannot overlap, so overlapping expressions keep only the longer, earlier
one (:func:`timeline._timeml._score.inline_spans`).  The extraction rule goes in the TIMEX3
``comment`` attribute (``rule=<id>``), which TimeML allows and scorers ignore.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from timeline.model import Document, Expression

__all__ = ["document_timeml", "file_name", "write_timeml"]

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)
# Characters not allowed in XML 1.0 (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(s: str) -> str:
    s = _BAD_CHARS.sub(" ", s)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(s: str) -> str:
    return _text(s).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _inline(expressions: Sequence[Expression]) -> list[Expression]:
    out: list[Expression] = []
    for e in sorted(expressions, key=lambda e: (e.start, -(e.end - e.start))):
        if e.end <= e.start or (out and e.start < out[-1].end):
            continue
        out.append(e)
    return out


def _dct(doc: Document) -> str:
    point = doc.anchor.value or doc.published
    if point is None:
        return "<DCT></DCT>\n"
    if point.hour == point.minute == point.second == 0:
        typ, value = "DATE", point.date().isoformat()
    else:
        typ, value = "TIME", point.strftime("%Y-%m-%dT%H:%M" + (":%S" if point.second else ""))
    return (f'<DCT><TIMEX3 tid="t0" type="{typ}" value="{value}" temporalFunction="false"'
            f' functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n')


def _timex(e: Expression, tid: int) -> str:
    attrs = [("tid", f"t{tid}"), ("type", e.type), ("value", e.value)]
    attrs += [(k, v) for k, v in (("mod", e.mod), ("quant", e.quant), ("freq", e.freq)) if v]
    if e.rule:
        attrs.append(("comment", f"rule={e.rule}"))
    return "<TIMEX3 " + " ".join(f'{k}="{_attr(v)}"' for k, v in attrs) + ">"


def document_timeml(doc: Document) -> str:
    """The TimeML text of one document (its expressions as inline TIMEX3)."""
    parts = [_HEAD, f"<DOCID>{_text(doc.id)}</DOCID>\n\n", _dct(doc)]
    if doc.title:
        parts.append(f"\n<TITLE>{_text(doc.title)}</TITLE>\n")
    parts.append("\n<TEXT>")
    pos = 0
    for tid, e in enumerate(_inline(doc.expressions), start=1):
        parts.append(_text(doc.text[pos:e.start]))
        parts.append(_timex(e, tid))
        parts.append(_text(doc.text[e.start:e.end]))
        parts.append("</TIMEX3>")
        pos = e.end
    parts.append(_text(doc.text[pos:]))
    parts.append("</TEXT>\n\n</TimeML>\n")
    return "".join(parts)


def file_name(doc_id: str) -> str:
    """A safe file name for a document id: path separators and odd characters become ``_``."""
    stem = re.sub(r"[^\w.\-]+", "_", doc_id).strip("._") or "document"
    return stem if stem.endswith(".tml") else stem + ".tml"


def write_timeml(docs: Sequence[Document], out_dir: Path | None) -> str:
    """TimeML of ``docs``: returned as text, or written one ``<id>.tml`` per document under ``out_dir``.

    Without ``out_dir`` the documents are returned one after the other, each a complete TimeML
    file with its own XML declaration (a stream: split on ``<?xml`` to read them back).  With
    ``out_dir`` (created if missing) nothing is returned.  Two documents with the same id get
    ``-2``, ``-3``... suffixes rather than overwrite each other.
    """
    if out_dir is None:
        return "\n".join(document_timeml(d) for d in docs)
    out_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for d in docs:
        name = file_name(d.id)
        k = 2
        while name in taken:
            name = file_name(f"{d.id}-{k}")
            k += 1
        taken.add(name)
        (out_dir / name).write_text(document_timeml(d), encoding="utf-8")
    return ""
