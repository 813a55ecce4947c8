"""A pandas table of the events (optional: needs the ``pandas`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.model import Timeline, format_point

if TYPE_CHECKING:
    import pandas


def to_dataframe(tl: Timeline) -> pandas.DataFrame:
    """One row per event, in timeline order."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError("to_dataframe needs pandas: pip install 'timeline[pandas]'") from e
    rows = [
        {
            "id": e.id,
            "label": e.label,
            "type": e.type,
            "start_earliest": format_point(e.interval.start[0]),
            "start_latest": format_point(e.interval.start[1]),
            "end_earliest": format_point(e.interval.end[0]),
            "end_latest": format_point(e.interval.end[1]),
            "actors": ", ".join(e.actors),
            "place": e.place,
            "doc": e.doc,
            "sentence": e.sentence,
            "documents": len(e.docs) or 1,
            "mentions": e.mentions,
        }
        for e in tl.events
    ]
    return pd.DataFrame(rows)
