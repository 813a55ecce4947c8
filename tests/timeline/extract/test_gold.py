"""The project's dev gold (../shared/gold/seeds-dev.json): every value and interval, no false positive."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import _extract, _resolve
from timeline.model import Anchor

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
GOLD = SHARED / "gold" / "seeds-dev.json"
CORPUS = SHARED / "corpus" / "mosul-seeds.jsonl"

pytestmark = pytest.mark.skipif(not GOLD.exists() or not CORPUS.exists(), reason="../shared not available")


def _day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def test_seed_gold() -> None:
    texts = {d["id"]: d for d in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    failures: list[str] = []
    for g in json.loads(GOLD.read_text(encoding="utf-8")):
        doc = texts[g["doc"]]
        anchor = Anchor(value=dt.datetime.fromisoformat(g["dct"]), source="metadata")
        found = _resolve.resolve(_extract.extract(doc["text"]), anchor)
        for ge in g["expressions"]:
            over = [e for e in found if min(e.end, ge["end"]) > max(e.start, ge["start"])]
            if not over:
                failures.append(f"missed {ge['text']}")
                continue
            if ge.get("optional_value"):
                continue
            e = max(over, key=lambda e: min(e.end, ge["end"]) - max(e.start, ge["start"]))
            if e.value != ge["value"]:
                failures.append(f"{ge['text']}: {e.value} != {ge['value']}")
            if "interval" in ge:
                tol = dt.timedelta(days=ge.get("tol_days", 1))
                assert e.interval is not None
                for k, (lo, hi) in (("start", e.interval.start), ("end", e.interval.end)):
                    want = _day(ge["interval"][k])
                    assert lo and hi and want
                    if hi.date() < want - tol or lo.date() > want + tol:
                        failures.append(f"{ge['text']}: {k} {lo}..{hi} vs {want}")
        for ne in g.get("not_expressions", []):
            if any(min(e.end, ne["end"]) > max(e.start, ne["start"]) for e in found):
                failures.append(f"false positive {ne['text']}")
    assert failures == []
