"""Coordinated gaps share their host (session 13).

"The fall of the town comes three months after troops overran the capital on January 2 and six weeks after the
rebels' air raid on the port": both gaps count from the fall of the town, the second one never from the first
gap's act (nor from that act's own date).  The same when the gaps open the sentence ("Three days after the militia
stormed the barracks and a day after the president fled, the army seized the radio station on Sunday"), or when
"and" joins a gap before and one after ("shelled on Tuesday, a day after the talks collapsed and two days before
the vote").

A gap is *coordinated* when "and" (or "as well as") comes right before its quantity and the stretch back to the
connective of an earlier gap of its sentence is that gap's clause: no ; : or dash, and no word that opens a
clause of another kind ("which", "while", "when", "because", ...).  Then:

* :func:`first_gap` gives where the first gap of the chain starts, from which the host is looked for (the
  relation stage, :mod:`._relations`);
* :func:`host_view` hides the other gaps of the chain from a copy of the document, so that the offset reader
  (:mod:`._offsets`, called by :mod:`._relstart`) reads the main clause as if each gap were told alone: the
  first gap's own date is not the host's, and the first gap's past verb does not make a present host past.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Sequence

from timeline._events._gaps import QTY
from timeline._events._mentions import DocMentions
from timeline._events._offsets import Offset, offset_of
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["coordinated_after", "first_gap", "hidden", "host_view", "offset_alone"]

_CONNECTIVE = r"(?:after|before|following|ahead\s+of|prior\s+to)"
# a gap phrase: "three months after", "just two days before", "hours after"
_GAP = re.compile(r"(?<![\w'-])" + QTY + r"\s+" + _CONNECTIVE + r"\s+", re.IGNORECASE)
# what joins a second gap to the first one's clause: "... and six weeks after", "..., and a day before"
_AND_TAIL = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:also|just|only|then)\s+)?$", re.IGNORECASE)
# what cannot lie inside the first gap's clause: another clause's opening or a hard break
_BREAK = re.compile(r"[;:]|\s[-\u2013\u2014]\s|\b(?:which|who|whom|whose|while|whereas|when|where|because|since|"
                    r"until|though|although|but|said|says|told)\b", re.IGNORECASE)
# the end of a gap's clause
_STOP = re.compile(r"[,;:]|\s[-\u2013\u2014]\s|\.(?=\s|$)")


def _gaps(text: str, sent: Sentence) -> list[re.Match[str]]:
    return list(_GAP.finditer(text, sent.start, sent.end))


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether ``second`` is coordinated with ``first``: "and" right before its quantity, nothing in between
    but the first gap's clause."""
    tail = _AND_TAIL.search(text, first.end(), second.start())
    if tail is None or tail.end() != second.start():
        return False
    return _BREAK.search(text, first.end(), tail.start()) is None and len(
        rx(r"[\w'-]+").findall(text, first.end(), tail.start())) <= 14


def _at(found: list[re.Match[str]], pos: int) -> int | None:
    """The gap phrase holding offset ``pos`` (a quantity's start)."""
    return next((i for i, g in enumerate(found) if g.start() <= pos < g.end()), None)


def first_gap(text: str, sent: Sentence, start: int) -> int | None:
    """Where the chain of coordinated gaps that the gap at ``start`` closes begins (``None``: the gap is not
    coordinated with an earlier one)."""
    found = _gaps(text, sent)
    k = _at(found, start)
    if k is None or k == 0 or not _joined(text, found[k - 1], found[k]):
        return None
    while k > 0 and _joined(text, found[k - 1], found[k]):
        k -= 1
    return found[k].start()


def coordinated_after(text: str, sent: Sentence, start: int) -> tuple[int, int] | None:
    """The stretch of the later gaps coordinated with the gap starting at ``start``: from the "and" that joins
    the next one to the end of the last one's clause (``None``: no gap is coordinated after it)."""
    found = _gaps(text, sent)
    k = _at(found, start)
    if k is None or k + 1 >= len(found) or not _joined(text, found[k], found[k + 1]):
        return None
    tail = _AND_TAIL.search(text, found[k].end(), found[k + 1].start())
    assert tail is not None
    last = k + 1
    while last + 1 < len(found) and _joined(text, found[last], found[last + 1]):
        last += 1
    stop = _STOP.search(text, found[last].end(), sent.end)
    return tail.start(), stop.start() if stop else sent.end


def host_view(dm: DocMentions, hide: Sequence[tuple[int, int]]) -> DocMentions:
    """A copy of ``dm`` whose text has the spans ``hide`` blanked (offsets kept): what the main clause of a
    coordinated gap reads like when the other gaps of its chain are left out."""
    text = dm.text
    for lo, hi in hide:
        text = text[:lo] + re.sub(r"\S", " ", text[lo:hi]) + text[hi:]
    view = copy.copy(dm)
    view.text = text
    return view


def hidden(text: str, sent: Sentence, start: int) -> list[tuple[int, int]]:
    """The other gaps of the chain the gap at ``start`` belongs to, as spans to hide: the gaps before it (from
    the first one's quantity to its own) and those after it (from the "and" that joins them on)."""
    out: list[tuple[int, int]] = []
    found = _gaps(text, sent)
    k = _at(found, start)
    if k is None:
        return out
    lo = first_gap(text, sent, start)
    if lo is not None:
        out.append((lo, found[k].start()))
    after = coordinated_after(text, sent, start)
    if after is not None:
        out.append(after)
    return out


def offset_alone(dm: DocMentions, e: Expression, anchor: dt.datetime | None, sent: Sentence,
                 expressions: Sequence[Expression] = ()) -> Offset | None:
    """:func:`._offsets.offset_of`, a coordinated gap read as if told alone (its host, never another gap's act)."""
    if (e.event_relation or "") not in {"after", "before"} or e.type != "DURATION":
        return None
    hide = hidden(dm.text, sent, e.start)
    if not hide:
        return offset_of(dm, e, anchor, sent, expressions)
    kept = [x for x in expressions if not any(lo <= x.start < hi for lo, hi in hide)]
    return offset_of(host_view(dm, hide), e, anchor, sent, kept)
