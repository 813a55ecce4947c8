"""The Dask adapter: on a real LocalCluster (two worker processes), the same documents and timeline as a local run."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from parallel_corpus import corpus

from timeline._pipeline import run

distributed = pytest.importorskip("distributed")

from timeline._dask import build_distributed, collect, extract_bag, extract_distributed  # noqa: E402

DCT = dt.date(2019, 3, 20)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def test_bag_keeps_input_order_and_matches_local_extraction(client: Any) -> None:
    docs = corpus(37)
    bag = extract_bag(docs, DCT, npartitions=5)
    assert bag.npartitions == 5
    got, findings, problems = collect(bag, client)
    local = run(docs, DCT, stage="extract").timeline
    assert [d.id for d in got] == [d.id for d in docs]
    assert tuple(got) == local.documents
    assert tuple(findings) == local.findings
    assert problems == []


def test_distributed_build_equals_local_build(client: Any) -> None:
    docs = corpus(30)
    local = run(docs, DCT).timeline
    remote = build_distributed(docs, DCT, client=client, npartitions=4)
    assert remote.to_json() == local.to_json()


def test_files_are_read_on_the_workers_with_the_same_result(client: Any, tmp_path: Path) -> None:
    paths = []
    for d in corpus(9):
        p = tmp_path / f"{d.id}.txt"
        p.write_text(d.text, encoding="utf-8")
        paths.append(p)
    missing = tmp_path / "missing.txt"
    inputs: list[Any] = [*paths[:4], missing, *paths[4:]]
    local = run(inputs, DCT, stage="extract")
    remote = extract_distributed(inputs, DCT, client=client, npartitions=3)
    assert [d.id for d in remote] == [d.id for d in local.timeline.documents]
    assert json.dumps([d.model_dump(mode="json") for d in remote]) == \
        json.dumps([d.model_dump(mode="json") for d in local.timeline.documents])
    bag = extract_bag(inputs, DCT, npartitions=3)
    _, _, problems = collect(bag, client)
    assert [str(p) for p in problems] == [str(p) for p in local.problems]
    assert problems and "missing.txt" in str(problems[0])
