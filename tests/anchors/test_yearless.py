"""A year-less dateline completed by the corpus's inferred window (``anchors.complete_yearless``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import anchors
import timeline
from timeline.model import Anchor, Document

D = dt.datetime


def _doc(text: str, lo: D | None, hi: D | None, source: str = "inferred") -> Document:
    mid = lo + (hi - lo) / 2 if lo is not None and hi is not None else None
    anchor = Anchor.model_validate({"value": mid, "source": source, "earliest": lo, "latest": hi})
    return Document(id="d", text=text, anchor=anchor)


HEAD = "Relief convoy reaches the old city\nTIKRIT, Iraq, March 3 (Wire) -- Trucks crossed the bridge at dawn.\n"


@pytest.mark.parametrize(
    ("lo", "hi", "want", "severity"),
    [
        (D(2015, 2, 27), D(2015, 3, 6), D(2015, 3, 3), "info"),        # inside the window
        (D(2015, 3, 20), D(2015, 3, 24), D(2015, 3, 3), "warning"),    # the chain put it weeks late
        (D(2015, 1, 5), D(2015, 1, 9), D(2015, 3, 3), "warning"),      # ... or weeks early
        (D(2014, 12, 20), D(2015, 1, 10), D(2015, 3, 3), "warning"),   # window across a new year
        (D(2015, 11, 1), D(2015, 11, 5), D(2016, 3, 3), "warning"),    # nearer the next March
        (D(2015, 3, 4), D(2015, 3, 4), D(2015, 3, 3), "warning"),      # a one-day window: the print wins
    ],
)
def test_day_and_month_from_the_dateline_year_from_the_window(lo: D, hi: D, want: D, severity: str) -> None:
    done = anchors.complete_yearless(_doc(HEAD, lo, hi))
    assert done is not None
    anchor, finding = done
    assert (anchor.value, anchor.earliest, anchor.latest, anchor.source) == (want, want, want, "inferred")
    assert anchor.text == "March 3" and HEAD[anchor.start or 0:anchor.end or 0] == "March 3"
    assert finding.code == "anchor-yearless-dateline" and finding.severity == severity
    assert "March 3" in finding.message and want.date().isoformat() in finding.message


@pytest.mark.parametrize(
    "doc",
    [
        _doc(HEAD, None, None, "none"),                                    # nothing inferred
        _doc(HEAD, D(2015, 3, 1), D(2015, 3, 1), "metadata"),              # a firm anchor of its own
        _doc(HEAD, D(2014, 1, 1), D(2015, 6, 1)),                          # window too wide to pick a year
        _doc("Trucks crossed the bridge on March 3 at dawn.\n", D(2015, 3, 1), D(2015, 3, 5)),  # prose
        _doc("BAGHDAD, March 3, 2015 (Wire) -- Trucks crossed.\n", D(2015, 3, 1), D(2015, 3, 5)),  # full
    ],
)
def test_nothing_to_complete(doc: Document) -> None:
    assert anchors.complete_yearless(doc) is None


def test_february_29_only_in_leap_years() -> None:
    done = anchors.complete_yearless(_doc("KABUL, Feb. 29 (Wire) -- Talks opened.\n", D(2017, 2, 20), D(2017, 3, 5)))
    assert done is not None and done[0].value == D(2016, 2, 29)


def test_completed_once() -> None:
    done = anchors.complete_yearless(_doc(HEAD, D(2015, 2, 27), D(2015, 3, 6)))
    assert done is not None
    again = Document(id="d", text=HEAD, anchor=done[0])
    assert anchors.complete_yearless(again) is None


def test_the_pipeline_completes_a_yearless_dateline(tmp_path: Path) -> None:
    """An undated dispatch whose event another article dates: the corpus gives the year."""
    corpus = [
        {"id": "a", "published": "2015-03-03",
         "text": "Shia militias launched an offensive toward Tikrit on Monday (March 2), the defence ministry said."},
        {"id": "b", "published": None,
         "text": "Militias press on\nSAMARRA, Iraq, March 3 (Wire) -- Shia militias launched an offensive "
                 "toward Tikrit yesterday, officials said."},
    ]
    f = tmp_path / "tikrit.jsonl"
    f.write_text("\n".join(json.dumps(d) for d in corpus) + "\n", encoding="utf-8")
    tl = timeline.build([f])
    b = next(d for d in tl.documents if d.id == "b")
    assert (b.anchor.value, b.anchor.source, b.anchor.text) == (D(2015, 3, 3), "inferred", "March 3")
    assert [x.code for x in tl.findings if x.code.startswith("anchor-")] == ["anchor-yearless-dateline"]


KNOWN = [(D(2015, 2, 12), "minsk"), (D(2015, 3, 20), "later")]


@pytest.mark.parametrize(
    ("head", "want", "near"),
    [
        ("KHARTOUM, Jan 31 (Nile Wire) - Talks stalled.\n", D(2015, 1, 31), "minsk"),   # before every dated one
        ("KHARTOUM, March 18 (Nile Wire) - Talks stalled.\n", D(2015, 3, 20) - dt.timedelta(days=2), "later"),
        ("KHARTOUM, Dec 30 (Nile Wire) - Talks stalled.\n", D(2014, 12, 30), "minsk"),  # across the new year
    ],
)
def test_an_undated_article_takes_the_year_of_the_nearest_dated_one(head: str, want: D, near: str) -> None:
    done = anchors.complete_yearless(_doc(head, None, None, "none"), KNOWN)
    assert done is not None
    anchor, finding = done
    assert (anchor.value, anchor.earliest, anchor.latest, anchor.source) == (want, want, want, "inferred")
    assert finding.severity == "info" and near in finding.message and want.date().isoformat() in finding.message


@pytest.mark.parametrize(
    "head",
    [
        "KHARTOUM, Aug 30 (Nile Wire) - Talks stalled.\n",   # five months from any dated article: which year?
        "Talks stalled on Jan 31 in Khartoum.\n",            # prose, no dateline
    ],
)
def test_no_year_from_the_corpus_when_too_far_or_no_dateline(head: str) -> None:
    assert anchors.complete_yearless(_doc(head, None, None, "none"), KNOWN) is None


def test_the_pipeline_gives_an_undated_wire_copy_the_corpus_year(tmp_path: Path) -> None:
    corpus = [
        {"id": "a", "published": "2019-04-12", "text": "Protesters stayed outside the army headquarters for a sixth day."},
        {"id": "b", "published": None,
         "text": "KHARTOUM, April 11 (Nile Wire) - The army removed the president on Thursday, state television said."},
    ]
    f = tmp_path / "khartoum.jsonl"
    f.write_text("\n".join(json.dumps(d) for d in corpus) + "\n", encoding="utf-8")
    for docs in (timeline.extract([f]), timeline.build([f]).documents):
        b = next(d for d in docs if d.id == "b")
        assert (b.anchor.value, b.anchor.source, b.anchor.text) == (D(2019, 4, 11), "inferred", "April 11")
        thursday = next(x for x in b.expressions if x.text == "Thursday")
        assert thursday.value == "2019-04-11"
