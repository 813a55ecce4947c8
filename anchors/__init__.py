"""Publication-date anchors: what a document's relative dates hang on.

:func:`find_anchor` picks a document's anchor by priority -- metadata > ``--dct`` > page tags >
a dateline in the text > none -- and reports disagreements between those sources as findings.
The dateline rules live in :mod:`anchors._dateline`, the page-furniture veto in
:mod:`anchors._furniture`.  This package speaks only :mod:`timeline.model`.
"""

from __future__ import annotations

from anchors._dateline import HEAD_CHARS, Dateline, scan
from anchors._find import find_anchor
from anchors._yearless import complete_yearless

__all__ = ["HEAD_CHARS", "Dateline", "complete_yearless", "find_anchor", "scan"]
