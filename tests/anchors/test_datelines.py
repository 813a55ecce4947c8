"""The dateline rules walked over our example corpus (positive, year-less and negative)."""

from __future__ import annotations

import datetime as dt

import pytest
from dateline_corpus import NEGATIVE, POSITIVE, YEARLESS

import anchors
from anchors import HEAD_CHARS, scan
from timeline.model import Document


@pytest.mark.parametrize(("text", "date", "span", "prefix"), POSITIVE, ids=[p[2] for p in POSITIVE])
def test_dateline_is_found_with_its_span(text: str, date: dt.date, span: str, prefix: str) -> None:
    found = [d for d in scan(text) if d.date is not None]
    assert found, f"no dateline in {text!r}"
    best = found[0]
    assert (best.date, best.text, best.rule.split("+")[0]) == (date, span, prefix)
    assert text[best.start:best.end] == span
    anchor, _ = anchors.find_anchor(Document(id="d", text=text))
    assert anchor.source == "dateline"
    assert anchor.value == dt.datetime(date.year, date.month, date.day)
    assert (anchor.text, anchor.start, anchor.end) == (span, best.start, best.end)


@pytest.mark.parametrize(("text", "month_day", "span"), YEARLESS, ids=[y[2] for y in YEARLESS])
def test_yearless_dateline_is_recognised_but_anchors_nothing(text: str, month_day: tuple[int, int], span: str) -> None:
    found = scan(text)
    assert [(d.month, d.day, d.text, d.date) for d in found] == [(*month_day, span, None)]
    anchor, findings = anchors.find_anchor(Document(id="d", text=text))
    assert anchor.source == "none" and anchor.value is None and findings == []


@pytest.mark.parametrize("text", NEGATIVE, ids=[n[:40] for n in NEGATIVE])
def test_furniture_and_prose_are_never_an_anchor(text: str) -> None:
    assert [d for d in scan(text) if d.date is not None] == []
    anchor, _ = anchors.find_anchor(Document(id="d", text=text))
    assert (anchor.source, anchor.value, anchor.start) == ("none", None, None)


def test_only_the_head_is_read() -> None:
    line = "AFP , Tuesday 25 Oct 2016\n"
    near = "x" * (HEAD_CHARS - len(line) - 10) + "\n" + line
    far = "x" * (HEAD_CHARS + 10) + "\n" + line
    assert scan(near) and not scan(far)


def test_a_huge_single_line_is_cheap_and_correct() -> None:
    """A 10 MB one-line document: the scan reads only a bounded head (linear, no blow-up)."""
    text = "AFP , Tuesday 25 Oct 2016 - " + "word " * 2_000_000
    [d] = scan(text)
    assert d.date == dt.date(2016, 10, 25)


def test_crlf_line_ends() -> None:
    text = "Headline\r\nAFP , Tuesday 25 Oct 2016\r\nBody.\r\n"
    [d] = scan(text)
    assert text[d.start:d.end] == "Tuesday 25 Oct 2016"


@pytest.mark.parametrize("n", [50, 5000])
def test_no_catastrophic_backtracking_on_long_adversarial_prefixes(n: int) -> None:
    """Byline/place prefixes are bounded: pathological lines finish and find nothing."""
    for text in ("By " + "A " * n + "29 October 2016", "BAGHDAD " * n + ", 29 October 2016",
                 "AFP , " * n + "Tuesday", "1 " * n + "Oct"):
        assert [d for d in scan(text) if d.date is not None] == []


CHRONOLOGY = ("Rescue teams reached the last villages cut off by the floods, officials said.\n\n"
              "How the floods unfolded:\n"
              "{a} - Heavy rain bursts the river banks upstream.\n"
              "{b} - The army opens a second relief corridor.\n"
              "{c} - Schools reopen in the provincial capital.\n")


@pytest.mark.parametrize(("a", "b", "c"), [("March 3", "March 9", "March 21"),
                                          ("3 March 2021", "9 March 2021", "21 March 2021"),
                                          ("Tuesday, March 2, 2021", "March 9, 2021", "Sunday, March 21, 2021")])
def test_a_chronology_of_dated_lines_is_no_dateline(a: str, b: str, c: str) -> None:
    """Lines that each open with a date and a dash are the story's own list of dates."""
    text = CHRONOLOGY.format(a=a, b=b, c=c)
    assert scan(text) == []
    anchor, _ = anchors.find_anchor(Document(id="d", text=text))
    assert (anchor.source, anchor.value) == ("none", None)


def test_a_dateline_above_a_chronology_still_anchors() -> None:
    text = "DHAKA, March 24, 2021 (Delta Wire) - " + CHRONOLOGY.format(a="March 3", b="March 9", c="March 21")
    anchor, _ = anchors.find_anchor(Document(id="d", text=text))
    assert (anchor.source, anchor.value) == ("dateline", dt.datetime(2021, 3, 24))


def test_one_bare_date_and_dash_opening_the_text_is_still_a_dateline() -> None:
    [d] = scan("March 24, 2021 - Rescue teams reached the last villages cut off by the floods.")
    assert d.date == dt.date(2021, 3, 24)
