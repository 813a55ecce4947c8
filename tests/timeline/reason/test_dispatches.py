"""Held-out dispatches (sentences of our own, in ``dispatches/``) and the shared seed corpus, end to end.

Two layers: reasoning over the *real* extraction output with the event links written by hand (what
the events stage is expected to find), so this stage is tested on its own; and the command line,
which needs every stage.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from timeline import _events, _pipeline
from timeline._ingest import read_inputs
from timeline._reason import reason
from timeline.model import Document, Event, Link

HERE = Path(__file__).parent / "dispatches"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"
BIN = Path(sys.executable).parent / "timeline"


def extracted(*paths: Path) -> list[Document]:
    docs, problems = read_inputs([str(p) for p in paths])
    assert not problems
    return [_pipeline.anchor_and_extract(d, None)[0] for d in docs]


def link(d: Document, text: str, relation: str) -> Link:
    i = next(k for k, e in enumerate(d.expressions) if e.text == text)
    e = d.expressions[i]
    return Link(doc=d.id, expression=i, relation=relation, text=e.text, start=e.start, end=e.end)


def event(eid: str, label: str, d: Document, *links: Link) -> Event:
    return Event(id=eid, label=label, doc=d.id, sentence="", start=0, end=0, tense="past", links=links,
                 docs=tuple(dict.fromkeys(lk.doc for lk in links)))


def validate(*paths: Path) -> tuple[int, list[dict[str, Any]]]:
    r = subprocess.run([str(BIN), "validate", "--json", *map(str, paths)], capture_output=True, text=True,
                       timeout=120)
    assert "Traceback" not in r.stderr
    return r.returncode, json.loads(r.stdout)["findings"]


# -- this stage on real extraction output ----------------------------------------------------------
def test_second_week_that_began_two_months_ago() -> None:
    [d] = extracted(HERE / "second-week.jsonl")
    siege = event("siege", "siege of Darayya", d, link(d, "second week", "begins"), link(d, "two months ago", "begins"))
    errors = [f for f in reason([d], [siege]).findings if f.severity == "error"]
    assert [f.code for f in errors] == ["inconsistent-dates"]
    assert {e.text for e in errors[0].evidence} >= {"second week", "two months ago"}


def test_two_articles_disagree_on_when_the_battle_began() -> None:
    a, b = extracted(HERE / "disagree.jsonl")
    battle = event("sirte", "battle for Sirte", a, link(a, "Thursday, May 12, 2016", "begins"),
                   link(b, "May 5, 2016", "begins"))
    errors = [f for f in reason([a, b], [battle]).findings if f.severity == "error"]
    assert [f.code for f in errors] == ["documents-disagree"]
    assert {e.doc for e in errors[0].evidence} == {"sirte-a", "sirte-b"}


def test_consistent_dispatches_with_links_have_no_error() -> None:
    d1, d2, d3 = extracted(HERE / "consistent.jsonl")
    battle = event("marawi", "battle for Marawi", d1, link(d1, "Tuesday (May 23)", "begins"),
                   link(d2, "third week", "begins"), link(d3, "nearly five months into the battle for Marawi", "begins"),
                   link(d3, "May 23", "begins"))
    r = reason([d1, d2, d3], [battle])
    assert not [f for f in r.findings if f.severity == "error"], r.findings
    assert r.events[0].interval.start[0] is not None and r.events[0].interval.start[0].isoformat()[:10] == "2017-05-23"


@pytest.mark.skipif(not (SHARED / "corpus" / "seeds").exists(), reason="../shared not present")
def test_seed_anchor_of_002_follows_from_the_militias_offensive() -> None:
    """Given the coreference the events stage must find (000 "on Saturday (October 29)", 001 "on
    Saturday", 002 "Yesterday's move"), the raw seeds put 002 on Sunday 30 October 2016."""
    docs = extracted(*sorted((SHARED / "corpus" / "seeds").glob("*.txt")))
    d0, d1, d2 = docs[:3]
    events, _ = _events.find_events(docs, [])
    militias = event("militias", "militias' offensive toward Tal Afar", d0, link(d0, "Saturday (October 29)", "begins"),
                     link(d1, "Saturday", "begins"), link(d2, "Yesterday", "on"))
    r = reason(docs, [*events, militias])
    assert not [f for f in r.findings if f.severity == "error"], r.findings
    a = {d.id[:3]: d.anchor for d in r.documents}
    assert a["002"].source == "inferred" and a["002"].value is not None
    assert a["002"].value.date().isoformat() == "2016-10-30" and a["002"].earliest == a["002"].latest
    assert a["003"].source == "dateline"


# -- the command line, every stage ------------------------------------------------------------------
def test_cli_consistent_dispatches_exit_0() -> None:
    code, findings = validate(HERE / "consistent.jsonl")
    assert code == 0 and not [f for f in findings if f["severity"] == "error"]


def test_cli_weekday_mismatch_exit_1_naming_the_document() -> None:
    code, findings = validate(HERE / "weekday.jsonl")
    assert code == 1
    errors = [f for f in findings if f["severity"] == "error"]
    assert errors[0]["code"] == "weekday-mismatch"
    assert {e["doc"] for e in errors[0]["evidence"]} == {"geneva-1"}


def test_cli_second_week_exit_1() -> None:
    code, findings = validate(HERE / "second-week.jsonl")
    assert code == 1 and any(f["code"] == "inconsistent-dates" for f in findings)


def test_cli_two_articles_disagree_exit_1() -> None:
    code, findings = validate(HERE / "disagree.jsonl")
    assert code == 1
    errors = [f for f in findings if f["code"] == "documents-disagree"]
    assert errors and {e["doc"] for e in errors[0]["evidence"]} == {"sirte-a", "sirte-b"}


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared not present")
def test_cli_mosul_seeds_validate_without_error() -> None:
    code, findings = validate(SHARED / "corpus" / "mosul-seeds.jsonl")
    assert code == 0 and not [f for f in findings if f["severity"] == "error"], findings


@pytest.mark.skipif(not (SHARED / "corpus" / "seeds").exists(), reason="../shared not present")
def test_cli_raw_seeds_infer_002() -> None:
    r = subprocess.run([str(BIN), "extract", "--json", *map(str, sorted((SHARED / "corpus" / "seeds").glob("*.txt")))],
                       capture_output=True, text=True, timeout=120)
    anchors = {d["id"][:3]: d["anchor"] for d in json.loads(r.stdout)["documents"]}
    assert anchors["002"]["value"] == "2016-10-30" and anchors["002"]["source"] == "inferred"
    assert anchors["002"]["earliest"] == anchors["002"]["latest"] == "2016-10-30"
    # every inferred window is honest: it holds the date the metadata of the same articles gives
    truth = {json.loads(x)["id"][:3]: json.loads(x)["published"]
             for x in (SHARED / "corpus" / "mosul-seeds.jsonl").read_text(encoding="utf-8").splitlines() if x}
    for k, a in anchors.items():
        if a["source"] == "inferred":
            assert a["earliest"] <= truth[k] <= a["latest"], (k, a, truth[k])
