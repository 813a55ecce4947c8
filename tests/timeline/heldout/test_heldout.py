"""Held-out evaluation: the bars the project promises, measured on news it was not tuned on.

The dispatches, gold and expectations are in ``data/`` (written by ``corpus.py``); every number comes
from the real ``timeline`` command (``_measure.py``).  A test the engine fails today stays, marked
``xfail(strict=False)`` with the number measured when it was written: it is a measurement, not a
wish, and it turns into XPASS the day the engine clears the bar.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import _measure as m
import corpus
import pytest

pytestmark = pytest.mark.slow

MIN_ACCURACY = 0.90


@pytest.fixture(scope="module", autouse=True)
def _runs(request: pytest.FixtureRequest) -> Iterator[None]:
    if not all("u2" in item.name or "u3" in item.name for item in request.session.items):  # ``-k u2``/``u3``: none
        m.prefetch()  # every CLI call of this module, a few at a time
    yield


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=False, reason=reason)


# -- the corpus itself -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", m.SETS)
def test_gold_matches_texts_and_calendar(name: str) -> None:
    texts = {d["id"]: d["text"] for d in map(json.loads, (m.DATA / f"{name}.jsonl").read_text().splitlines())}
    for g in m.load(f"{name}.gold.json"):
        text = texts[g["doc"]]
        for e in g["expressions"] + g["not_expressions"]:
            assert text[e["start"]:e["end"]] == e["text"], (g["doc"], e)
        for e in g["expressions"]:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["value"]):
                wd = dt.date.fromisoformat(e["value"]).strftime("%A")
                named = [w for w in corpus.WEEKDAYS if w in e["text"]]
                assert not named or named == [wd], (g["doc"], e)
        wd = dt.date.fromisoformat(g["dct"]).strftime("%A")
        for w in corpus.WEEKDAYS:  # a bare weekday said of today must be today's weekday
            for e in g["expressions"]:
                if e["text"] == w and e["value"] == g["dct"]:
                    assert w == wd, (g["doc"], e)


# -- extraction: >= 90% value+interval accuracy, no false positive ------------------------------------
EXTRACT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(EXTRACT_XFAIL[n])) if n in EXTRACT_XFAIL else n
                                  for n in m.SETS])
def test_extraction_accuracy_and_no_false_positive(name: str) -> None:
    s = m.extraction(name)
    assert s.accuracy >= MIN_ACCURACY and s.fp == 0, s.line(name) + "\n" + "\n".join(s.failures)


def test_extraction_accuracy_over_all_sets() -> None:
    scores = [m.extraction(n) for n in m.SETS]
    ok, n = sum(s.ok for s in scores), sum(s.n for s in scores)
    assert ok / n >= MIN_ACCURACY, f"{ok}/{n}"


def test_timeml_measures_on_heldout() -> None:
    """TempEval-3 measures (``timeline eval``) on the same gold written as TimeML: value F1 >= 0.85,
    relaxed F1 >= 0.92, strict F1 >= 0.85 (issue 3's targets on news we have not seen)."""
    run = m.cli("eval", str(m.DATA / "timeml"))
    assert run.code == 0, run.stderr
    got = {k: run.out[k]["f1"] for k in ("value", "relaxed", "strict")}
    assert got["value"] >= 0.85 and got["relaxed"] >= 0.92 and got["strict"] >= 0.85, got


@pytest.mark.parametrize("name", m.SETS)
def test_bare_durations_get_no_calendar_interval(name: str) -> None:
    assert m.anchored_bare_durations(name) == []


# -- anchors -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", m.SETS)
def test_no_wrong_anchor_without_metadata(name: str) -> None:
    """Without ``published``, an anchor found or inferred must hold the true date."""
    assert m.wrong_anchors(name) == []


def test_full_datelines_anchor_documents_without_metadata() -> None:
    anchors = m.stripped_anchors("aleppo")
    got = {k: (anchors[k]["value"], anchors[k]["source"]) for k in ("al-03", "al-06")}
    assert got == {"al-03": ("2016-12-13", "dateline"), "al-06": ("2016-12-16", "dateline")}


# -- events ------------------------------------------------------------------------------------------
EVENTS_XFAIL = {  # measured 2026-11-26 13:25 UTC (libya 6/6 since session 2, marawi 8/8 since 13:25: no xfail)
    "aleppo": "7/8 expected events found merged and dated (no event for the ceasefire / evacuation deal)",
    "kherson": "5/7 found merged and dated (13:50 UTC: the evacuation and the March capture are not dated to "
               "their windows)",
}


def _report(checks: list[m.EventCheck]) -> str:
    return "\n".join(f"{'ok' if c.dated else 'undated' if c.merged else 'MISSING'} {c.name}: {c.got}" for c in checks)


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(EVENTS_XFAIL[n])) if n in EVENTS_XFAIL else n
                                  for n in m.SETS])
def test_expected_events_found_merged_and_dated(name: str) -> None:
    checks = m.check_events(name)
    assert all(c.dated for c in checks), _report(checks)


CAMPAIGN_XFAIL = {  # measured 2026-11-26 13:50 UTC (kherson, marawi, libya: all merged)
    "aleppo": "3/4 multi-document events merged: the Old City capture al-01/al-02 is not",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(CAMPAIGN_XFAIL[n])) if n in CAMPAIGN_XFAIL else n
                                  for n in m.SETS])
def test_campaign_events_merged_across_documents(name: str) -> None:
    """The multi-document events (the campaign itself first) are each one event with all their documents."""
    checks = m.check_events(name)
    wants = [w for w in m.load(f"{name}.expected.json")["events"] if len(w["docs"]) > 1]
    got = [c for c in checks if c.name in {w["name"] for w in wants}]
    assert all(c.merged for c in got), _report(got)


CAMPAIGN_START_XFAIL: dict[str, str] = {}  # every known set passes since session 2 (11:20 UTC)


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(CAMPAIGN_START_XFAIL[n])) if n in CAMPAIGN_START_XFAIL
                                  else n for n in m.SETS])
def test_the_campaign_is_one_event_with_its_start(name: str) -> None:
    """Issue 4's check on held-out news: the campaign (first expected event) over its documents, dated."""
    first = m.check_events(name)[0]
    assert first.dated, _report([first])


# -- reasoning: validate -----------------------------------------------------------------------------
VALID_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(VALID_XFAIL[n])) if n in VALID_XFAIL else n
                                  for n in m.SETS])
def test_consistent_set_validates(name: str) -> None:
    run = m.validate(name)
    assert "Traceback" not in run.stderr
    assert (run.code, m.errors(run)) == (0, [])


INCONSISTENT_XFAIL: dict[str, str] = {}  # inc2-weeks-into detected since session 2


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(INCONSISTENT_XFAIL[n])) if n in INCONSISTENT_XFAIL
                                  else n for n in m.INCONSISTENT])
def test_inconsistent_variant_is_an_error_naming_the_documents(name: str) -> None:
    spec = m.load(f"{name}.expected.json")
    run = m.validate(name)
    assert "Traceback" not in run.stderr
    assert run.code == 1, run.out
    named = [e for e in m.errors(run)
             if set(spec["must_name"]) <= {x["doc"] for x in e["evidence"]}
             and not set(spec["bystander"]) & {x["doc"] for x in e["evidence"]}
             and (not spec["codes"] or e["code"] in spec["codes"])]
    assert named, m.errors(run)


# -- reasoning: anchor inference ---------------------------------------------------------------------
RAW_XFAIL: dict[str, str] = {}  # rw-2 and fr-2 inferred from "Yesterday's <event> of/on X" since session 2


@pytest.mark.parametrize("name", [pytest.param(n, marks=xfail(RAW_XFAIL[n])) if n in RAW_XFAIL else n
                                  for n in m.RAWS])
def test_raw_anchor_inferred_from_coreferent_event_and_yesterday(name: str) -> None:
    want = m.load(f"{name}.expected.json")["anchors"]
    docs = {d["id"]: d["anchor"] for d in m.cli("extract", str(m.DATA / f"{name}.jsonl")).out["documents"]}
    dated, undated = sorted(want)
    assert docs[dated]["value"] == want[dated]
    assert (docs[undated]["value"], docs[undated]["source"]) == (want[undated], "inferred")


# -- anchors from web pages (our own pages, furniture of several kinds) ------------------------------
PAGES = {  # page -> (anchor value, source); None: no publication date on the page
    "aleppo-meta": ("2016-12-13", "html"),       # article:published_time; "Last Update ... 2019", "© 2012–2024"
    "kherson-jsonld": ("2022-11-12", "html"),    # JSON-LD datePublished (dateModified 2023), "Most read" dates
    "marawi-byline": ("2017-05-24", "html"),     # "Published: 24 May 2017" next to "Updated: 26 May 2017"
    "marawi-time": ("2017-10-17", "html"),       # <time datetime>, a "Related" item dated 2018
    "aleppo-nodate": None,                        # only "Last Update 9:40 Sunday, 05 April 2020" and "(c) 2016"
}
FURNITURE = ("2019", "2024", "2023", "2018", "2020", "Views", "1,491")


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_anchor_and_no_furniture_expression(page: str) -> None:
    run = m.cli("extract", str(m.DATA / "pages" / f"{page}.html"))
    assert run.code == 0, run.stderr
    [doc] = run.out["documents"]
    a = doc["anchor"]
    want = PAGES[page]
    if want is None:
        assert a["value"] is None or a["source"] == "inferred", a
    else:
        assert (a["value"], a["source"]) == want, a
    assert not [e["text"] for e in doc["expressions"] if any(f in e["text"] for f in FURNITURE)]


# -- determinism -------------------------------------------------------------------------------------
def test_build_json_is_byte_identical_across_runs(tmp_path: Path) -> None:
    import subprocess

    outs = []
    for i in range(2):
        out = tmp_path / f"{i}.json"
        subprocess.run([str(m.BIN), "build", "--json", str(out), str(m.DATA / "kherson.jsonl")], check=True,
                       capture_output=True, timeout=300)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


# -- unseen sets (session 2) -------------------------------------------------------------------------
# Two campaigns written by QA for the final measurement (``u-corpus.py``, ``data/u-*``); developers do
# not read them.  The same bars as above; an xfail reason is the number measured, nothing more.
UNSEEN_XFAIL: dict[tuple[str, str], str] = {}  # every check passes since 13:50 UTC (dev sets since 12:00 UTC)


def _u(check: str, names: tuple[str, ...]) -> list[object]:
    return [pytest.param(n, marks=xfail(UNSEEN_XFAIL[(check, n)])) if (check, n) in UNSEEN_XFAIL else n
            for n in names]


@pytest.mark.parametrize("name", m.UNSEEN)
def test_unseen_gold_matches_texts_and_calendar(name: str) -> None:
    test_gold_matches_texts_and_calendar(name)


@pytest.mark.parametrize("name", _u("extract", m.UNSEEN))
def test_unseen_extraction_accuracy_and_no_false_positive(name: str) -> None:
    test_extraction_accuracy_and_no_false_positive(name)


def test_unseen_timeml_measures() -> None:
    """``timeline eval`` on the unseen sets written as TimeML: value F1 >= 0.85, relaxed F1 >= 0.92,
    strict F1 >= 0.85."""
    run = m.cli("eval", str(m.DATA / "u-timeml"))
    assert run.code == 0, run.stderr
    got = {k: run.out[k]["f1"] for k in ("value", "relaxed", "strict")}
    assert got["value"] >= 0.85 and got["relaxed"] >= 0.92 and got["strict"] >= 0.85, got


def _ran(path: Path) -> None:
    """The engine ran and printed every document (an empty output must not pass a check by default)."""
    run = m.cli("extract", str(path))
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert run.code == 0 and [d["id"] for d in run.out.get("documents", [])] == ids, run.stderr


@pytest.mark.parametrize("name", _u("bare", m.UNSEEN))
def test_unseen_bare_durations_get_no_calendar_interval(name: str) -> None:
    _ran(m.DATA / f"{name}.jsonl")
    assert m.anchored_bare_durations(name) == []


@pytest.mark.parametrize("name", _u("anchors", m.UNSEEN))
def test_unseen_no_wrong_anchor_without_metadata(name: str) -> None:
    _ran(m.stripped(name))
    assert m.wrong_anchors(name) == []


@pytest.mark.parametrize("name", _u("events", m.UNSEEN))
def test_unseen_expected_events_found_merged_and_dated(name: str) -> None:
    checks = m.check_events(name)
    assert all(c.dated for c in checks), _report(checks)


@pytest.mark.parametrize("name", _u("merged", m.UNSEEN))
def test_unseen_multi_document_events_merged(name: str) -> None:
    test_campaign_events_merged_across_documents(name)


@pytest.mark.parametrize("name", _u("campaign", m.UNSEEN))
def test_unseen_campaign_is_one_event_with_its_start(name: str) -> None:
    test_the_campaign_is_one_event_with_its_start(name)


@pytest.mark.parametrize("name", _u("validate", m.UNSEEN))
def test_unseen_consistent_set_validates(name: str) -> None:
    test_consistent_set_validates(name)


@pytest.mark.parametrize("name", _u("inconsistent", m.UNSEEN_INCONSISTENT))
def test_unseen_inconsistent_variant_is_an_error_naming_the_documents(name: str) -> None:
    test_inconsistent_variant_is_an_error_naming_the_documents(name)


# -- later batches (sessions 3 and 4) ------------------------------------------------------------
# Written by QA for the measurements of sessions 3 and 4 (``_measure.BATCHES``): batch u2 (``u2-corpus.py``,
# ``data/u2-*``), then, once u2 had been used for development, batch u3; in session 4 the unseen batch u4
# and the practice batch p4 (written by QA for the developers to work on: dev data from the start).  The same
# bars as above; failure messages and xfail reasons give numbers only (no text, no event names), so a
# failing run tells a developer nothing to tune on; the asserts compare plain numbers (pytest's assertion
# rewriting would otherwise print the objects).
# u2 was measured unseen at 12:08 and 13:25 UTC (events 4/9 and 2/8, a false error, a missed inconsistency),
# then became a dev set at 13:30; every u2 check passes since 13:50 UTC.
# u3 was measured unseen at 13:29 and 13:48 UTC (``_measure.py --unseen3``); after 13:48 the lead read the
# two false errors of the consistent u3-afrin set and the missed u3-inc-afrin-weeks, and fixed their causes
# (both pass since 14:02 UTC); unseen, its events were 2/8 and 4/8.  u3 is a dev set since session 4, and
# every u3 check passes since 16:00 UTC (session 4).
# u4 was measured unseen at 14:40 UTC (session 4), in the first minutes of that session's work, and again at
# 16:21 UTC at the end of it (no developer read it: events unchanged, the false error gone); p4 was
# measured by its author at 14:44 UTC, before the developers worked on it; the second practice batch p5 was
# measured by its author at 15:19 UTC, with the session's work so far in the tree, before anyone worked on it.
# u5 (``u5-corpus.py``, ``data/u5-*``), the unseen batch of session 5, was measured once by its author
# (QA) at 23:36 UTC on 2026-11-26, with the session's work so far in the tree; practice data since session 7.
# u6 (``u6-corpus.py``, ``data/u6-*``), the unseen batch of session 7, written by QA; measured by the lead
# only, at 04:51 UTC on 2026-11-27 on the session's starting commit 39a9ff9 (before any of its work), and
# again at 06:36 UTC on c259eb0 (the same events: 2/8 and 1/8); nobody has read it.  u5 is practice data from session 7 on.
# u7 (``u7-corpus.py``), the unseen batch of session 8, is practice data from session 9 on.  u8
# (``u8-corpus.py``, ``data/u8-*``: Operation Peace Spring 2019 and the Tigray war 2020), the unseen batch of
# session 9, written by QA; measured by the lead only, at 11:00 UTC on 2026-11-27 on the session's starting
# commit 8703845 (before any of its work), and at 12:33 UTC on 38b37d1 (the session's work); then the lead
# read its two false errors (u8-tigray exit 1) and fixed their causes (exit 0 since 12:48 UTC): practice since.
# u9 (``u9-corpus.py``, ``data/u9-*``: the Kharkiv counteroffensive 2022 and the Myanmar coup 2021), the unseen
# batch of session 10, written by QA; measured by the lead only, at 13:48 UTC on 2026-11-27 on the session's
# starting commit 619e484 (before any of its work), and at 15:27 UTC on 8c87887 (the session's work: the same
# events); the lead read it at the start of session 11 (16:24 UTC, 2026-11-27): practice since.
# u10 (``u10-corpus.py``, ``data/u10-*``: the Saudi-led air campaign in Yemen 2015 and the failed coup in
# Turkey 2016 and its purge), the unseen batch of session 11, written by QA; measured by the lead only, at
# 16:30 UTC on 2026-11-27 on the session's starting commit 41154a1 (in a clean clone, before any of its work);
# the lead read it at the start of session 12 (21:15 UTC, 2026-11-27): practice since.
# u11 (``u11-corpus.py``, ``data/u11-*``), the unseen batch of session 12, written by QA; measured by the lead
# only, at 21:30 UTC on 2026-11-27 on the session's starting commit 8520e19 (in a clean clone, before any of its
# work); the lead read it at the start of session 13 (23:56 UTC, 2026-11-27): practice since.
# u12 (``u12-corpus.py``, ``data/u12-*``), the unseen batch of session 13, written by QA; measured by the lead
# only, at 00:10 UTC on 2026-11-28 on the session's starting commit 299bd22 (in a clean clone, before any of its
# work); nobody but its author has read its texts (QA's report named its two topics and expected events to the lead).
# The fourth practice batch p7 (``p7-corpus.py``, ``data/p7-*``: dev data on four more campaigns with a
# wider mix of event kinds) was measured by the lead at 05:03 UTC on 2026-11-27 on commit fa8fb5b, before
# anyone worked on it.
# The third practice batch p6 (``p6-corpus.py``, ``data/p6-*``: dev data, written mainly to catch false
# errors and missed merges) was measured by its author at 23:54 UTC on 2026-11-26, with the session's work
# so far in the tree, before anyone worked on it, and again at 00:03 UTC after two facts were corrected in
# the texts and a missed distractor added to the gold (same numbers but that one false positive).
LATER_XFAIL: dict[tuple[str, str], str] = {
    ("events", "p4-severodonetsk"): "7/9 expected events found merged and dated (03:40 UTC, session 6)",
    ("events", "p4-lebanon"): "9/10 expected events found merged and dated (03:40 UTC, session 6)",
    ("merged", "p4-severodonetsk"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("merged", "p4-lebanon"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("campaign", "p4-severodonetsk"): "the campaign is not one event with its start (03:40 UTC, session 6)",
    ("events", "p5-ghouta"): "4/9 expected events found merged and dated (03:40 UTC, session 6)",
    ("events", "p5-tripoli"): "7/9 expected events found merged and dated (03:40 UTC, session 6)",
    ("events", "p5-avdiivka"): "7/9 expected events found merged and dated (03:40 UTC, session 6)",
    ("merged", "p5-ghouta"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("merged", "p5-tripoli"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("campaign", "p5-ghouta"): "the campaign is not one event with its start (03:40 UTC, session 6)",
    ("events", "u5-talafar"): "7/8 expected events found merged and dated (06:22 UTC, session 7); 2/8 at the start of session 7",
    ("merged", "u5-talafar"): "multi-document events not all merged (06:22 UTC, session 7)",
    ("events", "u7-georgia"): "5/8 expected events found merged and dated (12:48 UTC, session 9, u7 practice); 1/8 unseen in session 8",
    ("events", "u7-kabul"): "4/8 expected events found merged and dated (12:48 UTC, session 9, u7 practice); 3/8 unseen in session 8",
    ("merged", "u7-georgia"): "multi-document events not all merged (08:16 and 10:05 UTC, session 8)",
    ("merged", "u7-kabul"): "multi-document events not all merged (08:16 and 10:05 UTC, session 8)",
    ("campaign", "u7-kabul"): "the campaign is not one event with its start (08:16 and 10:05 UTC, session 8)",
    ("bare", "p7-fallujah"): "one bare duration given a calendar interval (05:03 and 06:22 UTC, session 7)",
    ("events", "p7-fallujah"): "6/7 expected events found merged and dated (06:22 UTC, session 7); 5/7 at 05:03",
    ("events", "p7-idlib"): "5/9 expected events found merged and dated (10:05 UTC, session 8); 4/9 at the end of session 7",
    ("events", "p7-gaza"): "5/9 expected events found merged and dated (06:22 UTC, session 7); 4/9 at 05:03",
    ("events", "p7-khartoum"): "6/9 expected events found merged and dated (10:05 UTC, session 8); 5/9 at the end of session 7",
    ("merged", "p7-fallujah"): "multi-document events not all merged (05:03 and 06:22 UTC, session 7)",
    ("merged", "p7-idlib"): "multi-document events not all merged (05:03 and 06:22 UTC, session 7)",
    ("merged", "p7-gaza"): "multi-document events not all merged (05:03 and 06:22 UTC, session 7)",
    ("merged", "p7-khartoum"): "multi-document events not all merged (05:03 and 06:22 UTC, session 7)",
    ("campaign", "p7-fallujah"): "the campaign is not one event with its start (05:03 and 06:22 UTC, session 7)",
    ("campaign", "p7-idlib"): "the campaign is not one event with its start (05:03 and 06:22 UTC, session 7)",
    ("events", "p6-kirkuk"): "6/8 expected events found merged and dated (03:40 UTC, session 6)",
    ("events", "p6-babaamr"): "7/8 expected events found merged and dated (03:40 UTC, session 6)",
    ("events", "p6-marjah"): "5/7 expected events found merged and dated (03:40 UTC, session 6)",
    ("events", "p6-deirezzor"): "4/8 expected events found merged and dated (03:40 UTC, session 6)",
    ("merged", "p6-kirkuk"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("merged", "p6-babaamr"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("merged", "p6-marjah"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("merged", "p6-deirezzor"): "multi-document events not all merged (03:40 UTC, session 6)",
    ("events", "u8-peacespring"): "3/8 expected events found merged and dated (11:00 UTC, session 9, commit 8703845, and 12:33 UTC, 38b37d1)",
    ("events", "u8-tigray"): "1/8 expected events found merged and dated (12:33 UTC, session 9, 38b37d1); 0/8 at 11:00 on 8703845",
    ("merged", "u8-peacespring"): "multi-document events not all merged (11:00 UTC, session 9)",
    ("merged", "u8-tigray"): "multi-document events not all merged (11:00 UTC, session 9)",
    ("campaign", "u8-peacespring"): "the campaign is not one event with its start (11:00 UTC, session 9)",
    ("campaign", "u8-tigray"): "the campaign is not one event with its start (11:00 UTC, session 9)",
    ("events", "u9-kharkiv"): "5/8 expected events found merged and dated (17:48 UTC, session 11, u9 practice); "
                              "4/8 unseen in session 10",
    ("events", "u9-myanmar"): "7/8 expected events found merged and dated (17:48 UTC, session 11, u9 practice); "
                              "1/8 unseen in session 10",
    ("merged", "u9-kharkiv"): "multi-document events not all merged (13:48 UTC, session 10)",
    ("merged", "u9-myanmar"): "multi-document events not all merged (13:48 UTC, session 10)",
    ("campaign", "u9-kharkiv"): "the campaign is not one event with its start (13:48 UTC, session 10)",
    ("events", "u10-yemen"): "6/8 expected events found merged and dated (22:50 UTC, session 12, u10 practice); "
                             "1/8 unseen in session 11",
    ("events", "u10-turkey"): "4/8 expected events found merged and dated (22:50 UTC, session 12, u10 practice); "
                              "1/8 unseen in session 11",
    ("merged", "u10-yemen"): "multi-document events not all merged (16:30 UTC, session 11)",
    ("merged", "u10-turkey"): "multi-document events not all merged (16:30 UTC, session 11)",
    ("inconsistent", "u10-inc-yemen-disagree"): "exit 0: the contradiction is missed (16:30 UTC, session 11)",
    ("events", "u11-srilanka"): "2/8 expected events found merged and dated (21:30 UTC, session 12, commit 8520e19)",
    ("events", "u11-egypt"): "2/8 expected events found merged and dated (21:30 UTC, session 12, commit 8520e19)",
    ("merged", "u11-srilanka"): "multi-document events not all merged (21:30 UTC, session 12)",
    ("merged", "u11-egypt"): "multi-document events not all merged (21:30 UTC, session 12)",
    ("events", "u13-iraq"): "1/8 expected events found merged and dated (04:05 UTC, session 14, commit 25e0bbc)",
    ("events", "u13-deepwater"): "1/8 expected events found merged and dated (04:05 UTC, session 14, commit 25e0bbc)",
    ("merged", "u13-iraq"): "multi-document events not all merged (04:05 UTC, session 14)",
    ("merged", "u13-deepwater"): "multi-document events not all merged (04:05 UTC, session 14)",
    ("campaign", "u13-iraq"): "the first expected event is not one event with its start (04:05 UTC, session 14)",
    ("campaign", "u13-deepwater"): "the first expected event is not one event with its start (04:05 UTC, session 14)",
    ("inconsistent", "u13-inc-deepwater-weeks"): "exit 0: the contradiction is missed (04:05 UTC, session 14)",
}
LATER_SETS = tuple(n for sets, _, _ in m.BATCHES.values() for n in sets)
LATER_INCONSISTENT = tuple(n for _, inconsistent, _ in m.BATCHES.values() for n in inconsistent)
LATER_TIMEML = tuple(folder for _, _, folder in m.BATCHES.values())
_fetched: set[str] = set()


def _later(check: str, names: tuple[str, ...]) -> list[object]:
    return [pytest.param(n, marks=xfail(LATER_XFAIL[(check, n)])) if (check, n) in LATER_XFAIL else n
            for n in names]


def _batch_of(name: str) -> str:
    return next(flag for flag, (sets, inconsistent, folder) in m.BATCHES.items()
                if name in sets or name in inconsistent or name == folder)


@pytest.fixture
def _batch(request: pytest.FixtureRequest) -> None:
    """Runs the CLI calls of the batch the test's set belongs to, once, a few at a time."""
    batch = _batch_of(str(next(iter(request.node.callspec.params.values()))))
    if batch not in _fetched:
        _fetched.add(batch)
        m.prefetch(batch=batch)


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", LATER_SETS)
def test_later_gold_matches_texts_and_calendar(name: str) -> None:
    test_gold_matches_texts_and_calendar(name)


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("extract", LATER_SETS))
def test_later_extraction_accuracy_and_no_false_positive(name: str) -> None:
    s = m.extraction(name)
    accuracy, fp, line = s.accuracy, s.fp, s.line(name)
    assert accuracy >= MIN_ACCURACY and fp == 0, line


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("folder", _later("timeml", LATER_TIMEML))
def test_later_timeml_measures(folder: str) -> None:
    """``timeline eval`` on each batch written as TimeML: value F1 >= 0.85, relaxed F1 >= 0.92,
    strict F1 >= 0.85."""
    run = m.cli("eval", str(m.DATA / folder))
    code = run.code
    assert code == 0, f"eval exit {code}"
    value, relaxed, strict = (float(run.out[k]["f1"]) for k in ("value", "relaxed", "strict"))
    assert value >= 0.85 and relaxed >= 0.92 and strict >= 0.85, (value, relaxed, strict)


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("bare", LATER_SETS))
def test_later_bare_durations_get_no_calendar_interval(name: str) -> None:
    _ran(m.DATA / f"{name}.jsonl")
    n = len(m.anchored_bare_durations(name))
    assert n == 0, f"{n} bare durations given an interval"


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("anchors", LATER_SETS))
def test_later_no_wrong_anchor_without_metadata(name: str) -> None:
    _ran(m.stripped(name))
    n = len(m.wrong_anchors(name))
    assert n == 0, f"{n} wrong anchors"


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("events", LATER_SETS))
def test_later_expected_events_found_merged_and_dated(name: str) -> None:
    checks = m.check_events(name)
    dated, n = sum(c.dated for c in checks), len(checks)
    assert dated == n, f"{dated}/{n} merged and dated"


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("merged", LATER_SETS))
def test_later_multi_document_events_merged(name: str) -> None:
    multi = {w["name"] for w in m.load(f"{name}.expected.json")["events"] if len(w["docs"]) > 1}
    got = [c for c in m.check_events(name) if c.name in multi]
    merged, n = sum(c.merged for c in got), len(got)
    assert n > 0 and merged == n, f"{merged}/{n} merged"


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("campaign", LATER_SETS))
def test_later_campaign_is_one_event_with_its_start(name: str) -> None:
    first = m.check_events(name)[0]
    merged, dated = first.merged, first.dated
    assert dated, f"merged {merged}, dated {dated}"


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("validate", LATER_SETS))
def test_later_consistent_set_validates(name: str) -> None:
    run = m.validate(name)
    traceback, code, n = "Traceback" in run.stderr, run.code, len(m.errors(run))
    assert not traceback
    assert (code, n) == (0, 0), f"exit {code}, {n} errors"


@pytest.mark.usefixtures("_batch")
@pytest.mark.parametrize("name", _later("inconsistent", LATER_INCONSISTENT))
def test_later_inconsistent_variant_is_an_error_naming_the_documents(name: str) -> None:
    spec = m.load(f"{name}.expected.json")
    run = m.validate(name)
    traceback, code, n = "Traceback" in run.stderr, run.code, len(m.errors(run))
    named = len([e for e in m.errors(run)
                 if set(spec["must_name"]) <= {x["doc"] for x in e["evidence"]}
                 and not set(spec["bystander"]) & {x["doc"] for x in e["evidence"]}
                 and (not spec["codes"] or e["code"] in spec["codes"])])
    assert not traceback
    assert code == 1 and named > 0, f"exit {code}, {n} errors, {named} naming the documents"
