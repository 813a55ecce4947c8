"""timeline: reconstruct the timeline of a campaign from the news articles written about it.

>>> import timeline
>>> tl = timeline.build(["examples/corpus"])          # doctest: +SKIP
>>> [(e.label, e.interval.start) for e in tl.events]   # doctest: +SKIP

The public API is what ``__all__`` lists; modules whose names start with ``_`` are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.model import (
    Anchor,
    Constraint,
    Document,
    Event,
    EventRelation,
    Evidence,
    Expression,
    Finding,
    Interval,
    Link,
    Spec,
    Timeline,
    UserAnchor,
)

if TYPE_CHECKING:
    from timeline._pipeline import build, extract

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "Constraint",
    "Document",
    "Event",
    "EventRelation",
    "Evidence",
    "Expression",
    "Finding",
    "Interval",
    "Link",
    "Spec",
    "Timeline",
    "UserAnchor",
    "__version__",
    "build",
    "extract",
]


def __getattr__(name: str) -> Any:
    # The pipeline imports the `anchors` package, which imports this package's vocabulary:
    # loading the pipeline lazily keeps `import anchors` and `import timeline` free of cycles.
    if name in ("build", "extract"):
        from timeline import _pipeline

        return getattr(_pipeline, name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
