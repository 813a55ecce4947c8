"""A word inside a compound is not that word (session 11): "the full-scale withdrawal" is no "full" one of
several withdrawals, "a last-minute evacuation" no "last" one; "the full withdrawal", "the final
evacuation" still are."""

from __future__ import annotations

import pytest

from timeline._events._twice import _ONE_OF_SEVERAL


@pytest.mark.parametrize("premod", ["the full-scale", "a last-minute", "the long-awaited", "the well-prepared",
                                    "the so-called", "Tuesday's"])
def test_a_compound_is_not_one_of_several(premod: str) -> None:
    assert _ONE_OF_SEVERAL.search(premod) is None


@pytest.mark.parametrize("premod", ["the full", "the final", "the second", "a new", "the last", "a partial"])
def test_the_word_alone_is(premod: str) -> None:
    assert _ONE_OF_SEVERAL.search(premod) is not None
