""""Since the start of the year" is the calendar period's edge, not an event to hang a duration on (session 10)."""

from __future__ import annotations

import pytest

import timeline


def _expressions(text: str, dct: str = "2022-09-09") -> list[tuple[str, str, str]]:
    doc = timeline.extract([timeline.Document(id="t", text=text)], dct=dct)[0]
    return [(e.text, e.type, e.value) for e in doc.expressions]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Prices have risen since the beginning of the month.", ("the beginning of the month", "DATE", "2022-09")),
        ("Since the start of the year troops have advanced.", ("the start of the year", "DATE", "2022")),
        ("Since the beginning of the week, the army has shelled the town.",
         ("the beginning of the week", "DATE", "2022-W36")),
        ("Imports have halved since the start of this year.", ("the start of this year", "DATE", "2022")),
        ("The militia has lost ground since the end of last month.", ("the end of last month", "DATE", "2022-08")),
        ("Over 300 people have fled since the start of the month, the agency said.",
         ("the start of the month", "DATE", "2022-09")),
    ],
)
def test_a_calendar_edge_is_a_date(text: str, want: tuple[str, str, str]) -> None:
    assert _expressions(text) == [want]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They took ten villages since the start of the operation.", "since the start of the operation"),
        ("Since the start of the summer offensive, 40 villages fell.", "Since the start of the summer offensive"),
        ("Since the end of the war, the town has grown.", "Since the end of the war"),
        ("Since the beginning of the siege, food has run short.", "Since the beginning of the siege"),
        ("Since the start of the year-long blockade, the port has been idle.",
         "Since the start of the year-long blockade"),
        ("Since the start of the talks, the guns have fallen silent.", "Since the start of the talks"),
    ],
)
def test_an_event_keeps_its_since_duration(text: str, span: str) -> None:
    assert (span, "DURATION", "PXD") in _expressions(text)
