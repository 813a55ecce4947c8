"""Two articles that date one act differently, the later one in a clause that only says when it happened
("which took place on D", ", carried out on the night of D"): dispatches of our own, with the consistent
twin of each pair (same shape, same day) that must validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline

_WITHDRAWAL = [
    ("q1", "2022-06-14", "DAMASCUS, June 14 (Levant Wire) - Insurgents pulled out of the Qadam district of Damascus on "
                         "Monday (June 13) after a month of siege, a monitoring group said."),
    ("q2", "2022-06-17", "AMMAN - The insurgents' withdrawal from Qadam, which took place on {day}, has left thousands "
                         "of families without food, aid workers said on Thursday."),
    ("q3", "2022-06-17", "CAIRO - Farmers blocked roads near Tanta on Wednesday to protest against fuel prices."),
]
_STRIKE = [
    ("h1", "2023-03-04", "SANAA, March 4 (Gulf Wire) - An air raid hit a field hospital in Haradh late on Friday "
                         "(March 3), killing at least 12 people, medics said."),
    ("h2", "2023-03-07", "NEW YORK - The bombing of the Haradh field hospital, carried out on {day}, could be a war "
                         "crime, a rights group said on Monday."),
]


def _errors(tmp: Path, docs: list[tuple[str, str, str]], day: str) -> list[tuple[str, tuple[str, ...]]]:
    path = tmp / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": i, "published": p, "text": t.replace("{day}", day)}) + "\n"
                            for i, p, t in docs), encoding="utf-8")
    tl = timeline.build([path])
    return [(f.code, tuple(sorted({e.doc for e in f.evidence}))) for f in tl.findings if f.severity == "error"]


@pytest.mark.parametrize(("docs", "same", "other", "pair"), [
    (_WITHDRAWAL, "June 13", "June 6", ("q1", "q2")),
    (_STRIKE, "the night of March 3", "the night of February 24", ("h1", "h2")),
])
def test_a_clause_of_occurrence_dates_its_noun_and_two_days_disagree(
        tmp_path: Path, docs: list[tuple[str, str, str]], same: str, other: str, pair: tuple[str, str]) -> None:
    assert _errors(tmp_path, docs, same) == []
    found = _errors(tmp_path, docs, other)
    assert found and all(code == "documents-disagree" and docs_ == pair for code, docs_ in found), found
