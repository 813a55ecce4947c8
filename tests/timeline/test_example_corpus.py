"""The bundled example corpus (our own Raqqa dispatches) is consistent news: it must validate."""

from __future__ import annotations

from pathlib import Path

import timeline

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_example_has_no_error() -> None:
    tl = timeline.build(ROOT / "examples" / "corpus", anchors=ROOT / "examples" / "anchors.yaml")
    errors = [f"{f.code}: {f.message[:160]}" for f in tl.findings if f.severity == "error"]
    assert not errors, errors
    assert any("Raqqa" in e.label for e in tl.events)
