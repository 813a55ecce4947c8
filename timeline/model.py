"""The vocabulary of `timeline`: every stage takes and returns these models.

Data flows one way::

    ingest -> anchor -> extract -> resolve -> events -> reason -> export
    Document  Anchor    Expression  Interval  Event     Constraint/Finding  Timeline

Conventions, stated once:

* A *time point* is a naive :class:`datetime.datetime` (no time zone: news dates are local to the
  story).  Day-grain points are at midnight and serialise as ``YYYY-MM-DD``; points with a time of
  day serialise as ``YYYY-MM-DDTHH:MM:SS``.
* An :class:`Interval` is half-open, ``[start, end)``, and each end is known only within bounds:
  ``start = (earliest, latest)`` and ``end = (earliest, latest)``.  ``None`` is unbounded.  A day
  known exactly is ``start=(d, d)``, ``end=(d+1, d+1)``.  Invariants: ``earliest <= latest`` for
  each end, and ``start.earliest <= end.latest``.
* Offsets (``start``/``end`` on spans) are Unicode code-point offsets into ``Document.text``,
  end exclusive: ``document.text[start:end] == text``.
* Durations inside constraints are in days (floats, so that hours are fractions of a day).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

if TYPE_CHECKING:  # pragma: no cover - type-only imports keep the vocabulary free of heavy deps
    import pandas
    import plotly.graph_objects as go

__all__ = [
    "Anchor",
    "AnchorSource",
    "Constraint",
    "Document",
    "Event",
    "EventRelation",
    "Evidence",
    "Expression",
    "Finding",
    "Grain",
    "Interval",
    "Link",
    "Relation",
    "Severity",
    "Spec",
    "Timeline",
    "TimexType",
    "UserAnchor",
    "format_point",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Grain = Literal["minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter",
                "half_year", "year", "decade", "century"]
AnchorSource = Literal["metadata", "cli", "dateline", "html", "inferred", "none"]
Severity = Literal["error", "warning", "info"]
#: How an event relates to a time (the event is on / within / begins at / ends at / lasts / is
#: before / is after the time).
Relation = Literal["on", "within", "begins", "ends", "lasts", "before", "after", "includes"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


def format_point(p: dt.datetime | None) -> str | None:
    """ISO form of a time point: a date when it is at midnight, else a datetime to the second."""
    if p is None:
        return None
    if p.hour == p.minute == p.second == p.microsecond == 0:
        return p.date().isoformat()
    return p.replace(microsecond=0).isoformat()


Bounds = tuple[dt.datetime | None, dt.datetime | None]


class Interval(BaseModel):
    """Where on the calendar something lies: half-open ``[start, end)`` with bounds on each end.

    ``start`` and ``end`` are each ``(earliest, latest)``.  ``grain`` is the precision the
    interval was stated at (``day`` for "Saturday", ``month`` for "June 2014").
    """

    model_config = _FROZEN
    start: Bounds = (None, None)
    end: Bounds = (None, None)
    grain: Grain | None = None

    @classmethod
    def exact(cls, start: dt.datetime, end: dt.datetime, grain: Grain | None = None) -> Interval:
        """An interval whose two ends are both known exactly."""
        return cls(start=(start, start), end=(end, end), grain=grain)

    @classmethod
    def day(cls, d: dt.date) -> Interval:
        """The whole calendar day ``d``."""
        s = dt.datetime(d.year, d.month, d.day)
        return cls.exact(s, s + dt.timedelta(days=1), "day")

    @field_serializer("start", "end")
    def _ser_bounds(self, v: Bounds) -> list[str | None]:
        return [format_point(v[0]), format_point(v[1])]


class Spec(BaseModel):
    """The *underspecified* value the extraction stage emits, before resolution.

    Extraction never sees the anchor; it writes what the text says (``kind`` of expression and its
    fields) and the resolution pass turns it into a TIMEX3 value and an :class:`Interval` against
    the document's anchor.  ``fields`` holds the rule's slots (``{"weekday": 5}``,
    ``{"unit": "D", "n": 12, "direction": "past"}``, ...); ``tense`` is the grammatical tense of
    the clause around the expression (``past``/``present``/``future``), used to pick the direction
    of a bare weekday or month.
    """

    model_config = _FROZEN
    kind: str
    fields: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    tense: Literal["past", "present", "future"] | None = None


class Expression(BaseModel):
    """A time expression (TimeML TIMEX3) found in a document.

    ``rule`` names the extraction rule that found it (provenance).  ``value`` and ``interval`` are
    filled by resolution; ``spec`` is what extraction saw.  ``event_ref`` is set for
    event-relative expressions ("seven months into the Mosul campaign"): the text of the event
    phrase the expression hangs on, left for the events and reasoning stages to resolve.
    """

    model_config = _FROZEN
    text: str
    start: int
    end: int
    type: TimexType
    value: str = ""
    mod: str | None = None
    rule: str = ""
    interval: Interval | None = None
    spec: Spec | None = None
    event_ref: str | None = None
    event_relation: str | None = None  # "into", "since", "week_of", ... how it hangs on event_ref
    quant: str | None = None  # TIMEX3 quant for SETs ("EVERY")
    freq: str | None = None  # TIMEX3 freq for SETs ("1D")


class Anchor(BaseModel):
    """A document's publication date: what its relative dates hang on.

    ``value`` is ``None`` with ``source == "none"`` when nothing is known.  ``earliest``/``latest``
    bound an inferred anchor (for the others they equal ``value``).  ``text``/``start``/``end``
    locate the dateline or tag the value was read from, when it came from the text.
    """

    model_config = _FROZEN
    value: dt.datetime | None = None
    source: AnchorSource = "none"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None

    @field_serializer("value", "earliest", "latest")
    def _ser_point(self, v: dt.datetime | None) -> str | None:
        return format_point(v)


class Evidence(BaseModel):
    """A span of text that supports an event or a finding."""

    model_config = _FROZEN
    doc: str
    text: str
    start: int
    end: int
    sentence: str | None = None
    source: Literal["text", "user", "metadata", "cli", "html", "dateline", "inferred"] = "text"


class Document(BaseModel):
    """One news article.  ``published`` is the raw publication date from metadata, if any."""

    model_config = _FROZEN
    id: str
    text: str
    published: dt.datetime | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None  # where it was read from
    line: int | None = None  # its line in a JSON Lines file
    html_date: dt.datetime | None = None  # publication date read from a web page's tags
    html_date_text: str | None = None  # the tag or string it was read from
    anchor: Anchor = Field(default_factory=Anchor)
    expressions: tuple[Expression, ...] = ()

    @field_serializer("published", "html_date")
    def _ser_point(self, v: dt.datetime | None) -> str | None:
        return format_point(v)


class Link(BaseModel):
    """An expression (by document and index in ``Document.expressions``) dating an event.

    ``inferred``: the sentence does not say this; the events stage concluded it (the capture of a
    campaign's city, dated after the campaign began, ends the campaign).  The reasoning stage gives
    way on an inferred link first, and a conflict it causes is an ``info`` finding, never an error.
    """

    model_config = _FROZEN
    doc: str
    expression: int
    relation: Relation
    text: str
    start: int
    end: int
    inferred: bool = False


class EventRelation(BaseModel):
    """This event's time relative to another event's ("four weeks after the battle began").

    ``other`` is the other event's id; ``point`` is which end of the other event the gap is
    measured from.  In days, with ``None`` unbounded:

    * ``after``:  ``lo_days <= t(self.start) - t(other.point) <= hi_days``;
    * ``before``: ``lo_days <= t(other.point) - t(self.start) <= hi_days``;
    * ``during``: ``other.start <= self.start`` and ``self.end <= other.end`` (no gap).
    """

    model_config = _FROZEN
    other: str
    relation: Literal["before", "after", "during"]
    point: Literal["start", "end"] = "start"
    lo_days: float | None = None
    hi_days: float | None = None
    evidence: Evidence


class Event(BaseModel):
    """Something that happened, told by one or more documents.

    ``doc``/``sentence``/``start``/``end`` locate its first mention (the trigger's span);
    ``evidence`` lists every mention in every document (the first included), each with the span
    of its trigger or time expression.
    """

    model_config = _FROZEN
    id: str
    label: str
    type: str = "event"  # trigger class: offensive, capture, meeting, campaign, ...
    doc: str
    sentence: str
    start: int
    end: int
    interval: Interval = Field(default_factory=Interval)
    evidence: tuple[Evidence, ...] = ()
    links: tuple[Link, ...] = ()
    actors: tuple[str, ...] = ()
    target: str | None = None
    place: str | None = None
    tense: Literal["past", "present", "future"] | None = None
    mentions: int = 1  # how many mentions (all documents) corefer into this event
    docs: tuple[str, ...] = ()  # every document that tells it, in order of first mention
    relations: tuple[EventRelation, ...] = ()  # its time relative to other events' (see EventRelation)


class UserAnchor(BaseModel):
    """A known event stated by the user (``--anchors FILE``): ``{name, aliases, start, end}``."""

    model_config = _FROZEN
    name: str
    aliases: tuple[str, ...] = ()
    start: dt.datetime | None = None
    end: dt.datetime | None = None


class Constraint(BaseModel):
    """A difference constraint ``lo <= t(target) - t(source) <= hi`` (days) between time points.

    Points are named ``"<owner>:<start|end>"`` where owner is an event id, ``"<doc>#<index>"`` for
    an expression, ``"anchor:<doc>"`` for a document's anchor, or ``"origin"`` (the zero point of
    the calendar, day 0 = 0001-01-01, used for absolute dates).  ``reason`` says where it comes
    from; ``evidence`` names the spans.
    """

    model_config = _FROZEN
    source: str
    target: str
    lo: float | None = None
    hi: float | None = None
    reason: str = ""
    evidence: tuple[Evidence, ...] = ()


class Finding(BaseModel):
    """Something the engine noticed: a contradiction (error) or an oddity (warning/info)."""

    model_config = _FROZEN
    severity: Severity
    code: str
    message: str
    evidence: tuple[Evidence, ...] = ()


class Timeline(BaseModel):
    """The result of :func:`timeline.build`: ordered events, findings and the documents."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)
    events: tuple[Event, ...] = ()
    findings: tuple[Finding, ...] = ()
    documents: tuple[Document, ...] = ()
    constraints: tuple[Constraint, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``timeline build --json`` (see docs/cli.md)."""
        from timeline._export.json_out import timeline_dict

        return timeline_dict(self)

    def to_json(self, path: str | Path | None = None) -> str:
        """Serialise as deterministic JSON; also write it (atomically) to ``path`` if given."""
        from timeline._export.json_out import dumps, write_atomic

        text = dumps(self.to_dict())
        if path is not None:
            write_atomic(Path(path), text.encode("utf-8"))
        return text

    def to_figure(self, group_by: str = "actor") -> go.Figure:
        """The Gantt chart as a ``plotly.graph_objects.Figure`` (for notebooks)."""
        from timeline._export.html import to_figure

        return to_figure(self, group_by=group_by)

    def to_html(self, path: str | Path, group_by: str = "actor") -> Path:
        """Write the self-contained, offline HTML timeline to ``path``."""
        from timeline._export.html import write_html

        return write_html(self, Path(path), group_by=group_by)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per event (needs pandas: ``pip install timeline[pandas]``)."""
        from timeline._export.table import to_dataframe

        return to_dataframe(self)
