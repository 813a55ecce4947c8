"""Extraction in French through dateparser's language data (sentences written for this test)."""

from __future__ import annotations

import datetime as dt

from timeline import _extract, _resolve
from timeline.model import Anchor

ANCHOR = Anchor(value=dt.datetime(2016, 10, 29), source="cli")


def _values(text: str) -> dict[str, str]:
    found = _resolve.resolve(_extract.extract(text, lang="fr"), ANCHOR)
    for e in found:
        assert text[e.start:e.end] == e.text
        assert e.rule.startswith("dateparser_fr")
    return {e.text: e.value for e in found}


def test_french_absolute_date() -> None:
    assert _values("Les ministres se sont réunis à Paris le 24 octobre 2016.") == {"24 octobre 2016": "2016-10-24"}


def test_french_relative_day_uses_the_anchor_not_the_clock() -> None:
    got = _values("L'offensive a été lancée hier selon l'armée.")
    assert got == {"hier": "2016-10-28"}


def test_french_relative_without_anchor_stays_underspecified() -> None:
    found = _resolve.resolve(_extract.extract("Les combats ont repris hier.", lang="fr"), Anchor())
    assert [(e.text, e.value, e.interval) for e in found] == [("hier", "XXXX-XX-XX", None)]


def test_french_month_year() -> None:
    assert _values("La ville est tombée en juin 2014 aux mains des jihadistes.") == {"juin 2014": "2014-06"}
