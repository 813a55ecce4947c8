"""Finding de-duplication: a warning an error already covers is dropped; the rest keep their order."""

from __future__ import annotations

from timeline._reason._explain import drop_covered
from timeline.model import Evidence, Finding, Severity


def _f(sev: Severity, code: str, *spans: tuple[str, int]) -> Finding:
    ev = tuple(Evidence(doc=d, text="x", start=s, end=s + 1) for d, s in spans)
    return Finding(severity=sev, code=code, message=code, evidence=ev)


def test_warning_inside_an_error_is_dropped_and_others_kept() -> None:
    err = _f("error", "documents-disagree", ("a", 1), ("b", 2))
    covered = _f("warning", "event-bounds-disagree", ("b", 2))
    partly = _f("warning", "event-bounds-disagree", ("b", 2), ("c", 3))
    elsewhere = _f("warning", "past-event-after-anchor", ("c", 3))
    assert drop_covered([covered, err, partly, elsewhere, err]) == [err, partly, elsewhere]


def test_many_findings_stay_linear_in_meaning() -> None:
    errors = [_f("error", "e", (f"d{i}", i)) for i in range(2000)]
    warnings = [_f("warning", "w", (f"d{i}", i)) for i in range(0, 4000, 2)]
    kept = drop_covered([*errors, *warnings])
    # warnings on d0, d2, ..., d1998 are covered; those on d2000.. are not
    assert len(kept) == 2000 + 1000
