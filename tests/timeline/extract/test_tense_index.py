"""The lazy tense index answers exactly as a scan of the whole text would.

``TenseIndex`` scans for tense cues only around the expressions asked about and may jump ahead to a
*barrier* (a character no cue contains).  With ``_SYNC_LOOK = 0`` it never jumps: that is the
reference.  Texts are our own, built to put cues across commas, digits, new lines and apostrophes.
"""

from __future__ import annotations

import random

import pytest

from timeline._extract import _tense

_PIECES = [
    "Officials said on Thursday that the road was cut", "talks could resume in mid-January",
    "the deal had been due to expire Friday", "the company's shares, listed in 2014,", "it won't end soon",
    "he'll say it is to be held on Oct. 5", "troops were going to move 12 km", "the preferred shares",
    "they've been told", "she 's now in charge", "by Jan. 14 the vote", "since early March",
    "could not be reached Friday", "unspecified costs rose 3%", "the talks will open next week",
    "(AFP) - ", "1,234", "\n", ". ", "; ", " -- ", "\u2019", "'",
]


def _text(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(_PIECES) for _ in range(n))


def _answers(text: str, queries: list[tuple[int, int]]) -> list[tuple[str | None, int]]:
    index = _tense.TenseIndex(text)
    return [index.tense_gap(a, b) for a, b in queries]


@pytest.mark.parametrize("seed", range(30))
def test_lazy_scan_equals_full_scan(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(seed)
    text = _text(rnd, rnd.randrange(5, 120))
    queries = []
    for _ in range(40):
        a = rnd.randrange(0, len(text) + 1)
        queries.append((a, min(len(text), a + rnd.randrange(0, 25))))
    for order in (sorted(queries), queries):  # in text order (as the scanner asks) and out of it
        lazy = _answers(text, order)
        monkeypatch.setattr(_tense, "_SYNC_LOOK", 0)  # never jump: every cue from the text's start
        full = _answers(text, order)
        monkeypatch.undo()
        assert lazy == full


def test_barrier_characters_are_never_inside_a_cue() -> None:
    """The premise of the jumps: no cue match contains a barrier character."""
    text = _text(random.Random(99), 3000)
    matches = [m.group() for m in _tense._CUE.finditer(text)]
    assert len(matches) > 1000
    assert not [g for g in matches if _tense._BARRIER.search(g)]
