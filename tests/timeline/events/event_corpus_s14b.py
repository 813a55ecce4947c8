"""Session-14 entries of the events conformance corpus (part b; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S14B`` with their class.
"""

from __future__ import annotations

from event_corpus_model import Entry

ENTRIES: list[Entry] = []

XFAIL_S14B: dict[str, str] = {}
