"""A possessive back-reference ("Yesterday's capture of X") in an undated article joins the dated
event of another article with that target, and so dates the article (our own text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline

DATED = {"id": "d1", "published": "2019-03-09",
         "text": "Kurdish-led fighters captured the Baghuz camp on Friday after a week of heavy shelling."}


def _build(tmp_path: Path, *docs: dict[str, str]) -> timeline.Timeline:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return timeline.build([path])


@pytest.mark.parametrize("text", [
    "Yesterday's capture of the Baghuz camp has left the jihadists with a strip of farmland, officials said.",
    "Yesterday\u2019s capture of the Baghuz camp was celebrated in Qamishli.",
])
def test_undated_possessive_capture_joins_and_dates_its_article(tmp_path: Path, text: str) -> None:
    tl = _build(tmp_path, DATED, {"id": "u1", "text": text})
    [ev] = [e for e in tl.events if e.type == "capture"]
    assert set(ev.docs) == {"d1", "u1"}
    anchor = {d.id: d.anchor for d in tl.documents}["u1"]
    assert (str(anchor.value)[:10], anchor.source) == ("2019-03-09", "inferred")


def test_possessive_with_another_target_stays_apart(tmp_path: Path) -> None:
    other = {"id": "u1", "text": "Yesterday's capture of the Hajin bridge has cut the last supply road, officials said."}
    tl = _build(tmp_path, DATED, other)
    caps = [e for e in tl.events if e.type == "capture" and "d1" in e.docs]
    assert caps and all("u1" not in e.docs for e in caps)


def test_possessive_of_another_kind_stays_apart(tmp_path: Path) -> None:
    other = {"id": "u1", "text": "Yesterday's airdrop over the Baghuz camp brought food to the families, officials said."}
    tl = _build(tmp_path, DATED, other)
    caps = [e for e in tl.events if e.type == "capture" and "d1" in e.docs]
    assert caps and all("u1" not in e.docs for e in caps)


STORMED = {"id": "d2", "published": "2021-03-25",
           "text": "Islamist gunmen stormed the town of Palma on Wednesday (March 24), the army said."}


def test_undated_possessive_assault_by_the_same_kind_of_actor_dates_its_article(tmp_path: Path) -> None:
    undated = {"id": "u2", "text": "Yesterday's assault on Palma by jihadist fighters forced hundreds of families "
                                   "onto the beaches, aid workers said."}
    tl = _build(tmp_path, STORMED, undated)
    anchor = {d.id: d.anchor for d in tl.documents}["u2"]
    assert (str(anchor.value)[:10], anchor.source) == ("2021-03-25", "inferred")
    [ev] = [e for e in tl.events if "d2" in e.docs and e.type in ("attack", "offensive")]
    assert str(ev.interval.start[0])[:10] == "2021-03-24"


def test_possessive_assault_by_another_kind_of_actor_stays_apart(tmp_path: Path) -> None:
    undated = {"id": "u2", "text": "Yesterday's assault on Palma by government troops forced the gunmen back into "
                                   "the bush, officials said."}
    tl = _build(tmp_path, STORMED, undated)
    assert all(not {"d2", "u2"} <= set(e.docs) for e in tl.events)


@pytest.mark.parametrize(("text", "joins"), [
    ("Last week's capture of the Baghuz camp has left the jihadists with a strip of farmland.", True),
    ("Last week's capture of the Hajin bridge has cut the last supply road.", False),
])
def test_dated_last_weeks_capture_joins_the_day_it_covers(tmp_path: Path, text: str, joins: bool) -> None:
    tl = _build(tmp_path, DATED, {"id": "w1", "published": "2019-03-14", "text": text})
    [ev] = [e for e in tl.events if e.type == "capture" and "d1" in e.docs]
    assert ("w1" in ev.docs) is joins
