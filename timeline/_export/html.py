"""The self-contained Plotly Gantt page (STUB: owned by the HTML helper)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from timeline.model import Timeline

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["to_figure", "write_html"]


def to_figure(tl: Timeline, group_by: str = "actor") -> go.Figure:
    import plotly.graph_objects as go

    return go.Figure()


def write_html(tl: Timeline, path: Path, group_by: str = "actor") -> Path:
    from timeline._export.json_out import write_atomic

    fig = to_figure(tl, group_by=group_by)
    write_atomic(path, fig.to_html(include_plotlyjs=True, div_id="timeline", full_html=True).encode())
    return path
