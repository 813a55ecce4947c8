"""``anchors.find_anchor``: priority of the sources, day precision, and findings when they disagree."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import anchors
from timeline.model import Document

D = dt.datetime
DATELINE = "Talks resume\nAFP , Tuesday 25 Oct 2016\nThe delegations met again."
SPAN = "Tuesday 25 Oct 2016"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _doc(text: str = DATELINE, **kw: object) -> Document:
    return Document(id="d", text=text, **kw)


@pytest.mark.parametrize(
    ("published", "dct", "html", "want_source", "want"),
    [
        (D(2016, 10, 25, 9, 40), D(2016, 10, 25), D(2016, 10, 25), "metadata", D(2016, 10, 25)),
        (None, D(2016, 10, 25), D(2016, 10, 25), "cli", D(2016, 10, 25)),
        (None, None, D(2016, 10, 25, 23, 59), "html", D(2016, 10, 25)),
        (None, None, None, "dateline", D(2016, 10, 25)),
    ],
)
def test_priority_metadata_cli_html_dateline(
    published: D | None, dct: D | None, html: D | None, want_source: str, want: D
) -> None:
    a, findings = anchors.find_anchor(_doc(published=published, html_date=html), dct)
    assert (a.source, a.value, a.earliest, a.latest) == (want_source, want, want, want)
    assert findings == []
    if want_source == "dateline":
        assert (a.text, DATELINE[a.start or 0:a.end or 0]) == (SPAN, SPAN)
    else:
        assert a.start is None and a.end is None


def test_nothing_known_is_none() -> None:
    a, findings = anchors.find_anchor(_doc("The talks resumed on Tuesday."))
    assert (a.value, a.source, a.text) == (None, "none", None) and findings == []


def test_value_has_day_precision() -> None:
    a, _ = anchors.find_anchor(_doc(published=D(2016, 10, 25, 23, 59, 59)))
    assert a.value == D(2016, 10, 25)
    assert a.model_dump(mode="json")["value"] == "2016-10-25"


def test_weekday_mismatch_is_a_finding_and_the_date_is_kept() -> None:
    text = "AFP , Sunday 25 Oct 2016\nThe talks resumed."
    a, findings = anchors.find_anchor(_doc(text))
    assert a.value == D(2016, 10, 25) and a.source == "dateline"
    [f] = findings
    assert (f.severity, f.code) == ("warning", "anchor-weekday-mismatch")
    assert "Sunday" in f.message and "Tuesday" in f.message
    [ev] = f.evidence
    assert (ev.doc, ev.text, text[ev.start:ev.end], ev.source) == ("d", "Sunday 25 Oct 2016", "Sunday 25 Oct 2016", "dateline")


@pytest.mark.parametrize(("published", "code"), [(D(2016, 10, 28), "anchor-metadata-disagrees"),
                                                 (D(2016, 10, 22), "anchor-metadata-disagrees")])
def test_metadata_and_dateline_more_than_a_day_apart(published: D, code: str) -> None:
    a, findings = anchors.find_anchor(_doc(published=published))
    assert (a.source, a.value) == ("metadata", published)
    [f] = findings
    assert f.code == code and "2016-10-25" in f.message and published.date().isoformat() in f.message
    dateline, meta = f.evidence
    assert (dateline.source, DATELINE[dateline.start:dateline.end]) == ("dateline", SPAN)
    assert meta.source == "metadata" and meta.text == published.date().isoformat()


@pytest.mark.parametrize("published", [D(2016, 10, 24), D(2016, 10, 25, 23), D(2016, 10, 26)])
def test_a_day_of_slack_is_not_a_finding(published: D) -> None:
    _, findings = anchors.find_anchor(_doc(published=published))
    assert findings == []


def test_dct_and_dateline_disagreeing() -> None:
    a, findings = anchors.find_anchor(_doc(), D(2016, 11, 5))
    assert (a.source, a.value) == ("cli", D(2016, 11, 5))
    assert [f.code for f in findings] == ["anchor-cli-disagrees"]


def test_page_date_and_dateline_disagreeing() -> None:
    a, findings = anchors.find_anchor(_doc(html_date=D(2019, 3, 3), html_date_text="<meta name=\"date\">"))
    assert (a.source, a.value, a.text) == ("html", D(2019, 3, 3), "<meta name=\"date\">")
    assert [f.code for f in findings] == ["anchor-html-disagrees"]


def test_metadata_and_page_date_disagreeing() -> None:
    _, findings = anchors.find_anchor(_doc("No dateline here.", published=D(2016, 10, 25), html_date=D(2016, 11, 1)))
    [f] = findings
    assert f.code == "anchor-metadata-disagrees" and [e.source for e in f.evidence] == ["html", "metadata"]


def test_yearless_dateline_checked_against_metadata_in_the_nearest_year() -> None:
    text = "BAGHDAD, Oct. 29 (Xinhua) -- Iraqi forces cleared three villages."
    assert anchors.find_anchor(_doc(text, published=D(2016, 10, 30)))[1] == []
    assert anchors.find_anchor(_doc("BAGHDAD, Dec. 31 (Xinhua) -- x", published=D(2017, 1, 1)))[1] == []
    [f] = anchors.find_anchor(_doc(text, published=D(2016, 11, 5)))[1]
    assert f.code == "anchor-metadata-disagrees" and f.evidence[0].text == "Oct. 29"


def test_impossible_dateline_is_a_finding_not_an_anchor() -> None:
    a, findings = anchors.find_anchor(_doc("AFP , Tuesday 30 February 2016\nText."))
    assert a.source == "none"
    assert [f.code for f in findings] == ["anchor-impossible-date"]


def test_pure_and_deterministic() -> None:
    doc = _doc(published=D(2016, 10, 28))
    assert anchors.find_anchor(doc) == anchors.find_anchor(doc)


# --- the shared seed articles (read, never copied) -------------------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared corpus not present")


@needs_shared
def test_seed_003_dateline_and_no_furniture_anywhere() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        a, findings = anchors.find_anchor(Document(id=path.stem, text=text))
        if path.name.startswith("003"):
            assert (a.source, a.value, a.text, a.start, a.end) == ("dateline", D(2016, 10, 25), SPAN, 94, 113)
            assert text[94:113] == SPAN
        else:  # no dateline in these: never the update stamp, a copyright year or a blurb
            assert (a.source, a.value) == ("none", None), path.name
        assert findings == []


@needs_shared
def test_seed_jsonl_metadata_agrees_with_the_dateline() -> None:
    for line in (SHARED / "mosul-seeds.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        doc = Document(id=raw["id"], text=raw["text"], published=D.fromisoformat(raw["published"][:10]))
        a, findings = anchors.find_anchor(doc)
        assert a.source == "metadata" and findings == [], (raw["id"], findings)
