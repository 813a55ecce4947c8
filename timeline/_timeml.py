"""TimeML in and out: read gold TIMEX3, write our output, score with TempEval-3 measures (STUB)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from timeline.model import Document


def write_timeml(docs: Sequence[Document], out_dir: Path | None) -> str:
    """TimeML of ``docs``: returned as text, or written one file per document under ``out_dir``."""
    return ""


def evaluate_dir(path: Path, *, as_json: bool = False, limit: int | None = None) -> str:
    """Score extraction on every .tml file under ``path``; the report as text or JSON."""
    return ""
