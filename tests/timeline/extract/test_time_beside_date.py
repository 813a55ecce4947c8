"""A clock time with a weekday and a date beside it ("7 p.m. on Tuesday (Aug. 26)"): the date dates the
time, and a weekday the date does not fall on is an error (as for "Tuesday (Aug. 26)" alone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline


def _errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d1", "published": "2016-11-02", "text": text}) + "\n", encoding="utf-8")
    return [f.code for f in timeline.build([path]).findings if f.severity == "error"]


@pytest.mark.parametrize("text", [
    "A truce between the army and the rebels took effect at 9 p.m. on Monday (Oct. 31) in Taiz.",
    "The curfew in Juba was lifted at noon on Tuesday, 1 November, the police said.",
])
def test_a_weekday_that_fits_the_date_beside_the_time(tmp_path: Path, text: str) -> None:
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "A truce between the army and the rebels took effect at 9 p.m. on Sunday (Oct. 31) in Taiz.",
    "The curfew in Juba was lifted at noon on Wednesday, 1 November, the police said.",
])
def test_a_weekday_the_date_beside_the_time_does_not_fall_on(tmp_path: Path, text: str) -> None:
    assert "weekday-mismatch" in _errors(tmp_path, text)


@pytest.mark.parametrize(("text", "want"), [
    # an hour of a part of the day ("5 in the morning on Friday") is dated by the date beside its weekday too
    ("Gunmen stormed the hotel in Bamako at 5 in the morning on Friday (Oct. 28), police said.", []),
    ("Gunmen stormed the hotel in Bamako at 5 in the morning on Thursday (Oct. 28), police said.",
     ["weekday-mismatch"]),
    ("Rescuers in Lagos found the last miner at 9 o'clock in the evening on Sunday, 30 October.", []),
])
def test_an_hour_of_a_part_with_a_date_beside_its_weekday(tmp_path: Path, text: str, want: list[str]) -> None:
    assert _errors(tmp_path, text) == want
