"""The campaign timeline as a self-contained, offline, deterministic Plotly Gantt page.

* :func:`to_figure` — the chart as a ``plotly.graph_objects.Figure`` (for notebooks).
* :func:`write_html` — one HTML file: plotly.js inlined, no network request when opened, the same
  bytes for the same timeline; written atomically (temp file + rename).
* :func:`write_image` — the chart as PNG, SVG or PDF through kaleido, which drives a local Chromium;
  a :class:`RuntimeError` with a one-line message when that is not possible.

What the chart shows and how to read it: docs/html.md.  The drawing rules (uncertainty, open ends,
lanes, labels, default view) are in :mod:`timeline._export._figure_layout`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from timeline._export._figure import build_figure, figure_height
from timeline._export._figure_layout import GROUPS, lay_out
from timeline._export._page import render_page
from timeline.model import Timeline

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["GROUPS", "to_figure", "write_html", "write_image"]

_IMAGE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}


def to_figure(tl: Timeline, group_by: str = "actor") -> go.Figure:
    """The Gantt chart of ``tl``: one bar or marker per dated event, lanes by ``group_by``.

    ``group_by`` is one of ``actor`` (an event's first actor), ``place``, ``document`` (the
    article of its first mention) or ``type``; anything else raises :class:`ValueError`.
    Each point carries its event id in ``customdata[0]``.
    """
    return build_figure(tl, lay_out(tl, group_by))


def write_html(tl: Timeline, path: Path, group_by: str = "actor") -> Path:
    """Write the self-contained page to ``path`` atomically and return ``path``.

    Byte-identical for the same timeline: the plot's div id is fixed and nothing reads the clock.
    """
    from timeline._export.json_out import write_atomic

    lay = lay_out(tl, group_by)
    page = render_page(tl, lay, build_figure(tl, lay, title=False))
    write_atomic(Path(path), page.encode("utf-8"))
    return Path(path)


def write_image(tl: Timeline, path: Path, group_by: str = "actor", width: int = 1400) -> Path:
    """Write the chart as an image (format from the suffix: .png, .svg, .pdf, .jpg, .webp).

    Needs the ``image`` extra (kaleido) and a Chromium on this machine (Debian: ``apt-get install
    chromium``; or set ``BROWSER_PATH``).  Raises :class:`RuntimeError` with a one-line message
    when either is missing or the drawing fails; nothing is written then.
    """
    from timeline._export.json_out import write_atomic

    path = Path(path)
    fmt = _IMAGE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise RuntimeError(f"{path}: cannot tell the image format from '{path.suffix}' (use .png, .svg or .pdf)")
    try:
        import kaleido  # noqa: F401  - only to give a clear message when it is missing
    except ImportError:
        raise RuntimeError(f"{path}: image export needs kaleido: pip install 'timeline[image]'") from None
    lay = lay_out(tl, group_by)
    fig = build_figure(tl, lay, title=True, interactive=False)
    try:
        data = fig.to_image(format=fmt, width=width, height=figure_height(lay, title=True))
    except Exception as e:  # kaleido's errors are many and unexported: name the likely cause
        text = (str(e).strip().splitlines() or [type(e).__name__])[0]
        if "chrom" in f"{type(e).__name__} {e}".lower():
            raise RuntimeError(
                f"{path}: image export needs Chromium, which kaleido cannot find "
                "(apt-get install chromium, or set BROWSER_PATH)"
            ) from None
        raise RuntimeError(f"{path}: image export failed: {text}") from None
    write_atomic(path, bytes(data))
    return path
