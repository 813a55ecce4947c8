"""The benchmark's synthetic news corpus: deterministic, prefix-stable, and its gold spans are right."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
SYNTH = ROOT / "benchmarks" / "synth.py"


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("timeline_bench_synth", SYNTH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def _digest(articles: list[object]) -> str:
    blob = json.dumps([(a.document(), a.gold) for a in articles], sort_keys=True)  # type: ignore[attr-defined]
    return hashlib.sha256(blob.encode()).hexdigest()


def test_same_seed_same_corpus_and_prefix_stable() -> None:
    synth = _synth()
    a = synth.generate(60, seed=11)
    b = synth.generate(60, seed=11)
    assert _digest(a) == _digest(b)
    assert _digest(synth.generate(25, seed=11)) == _digest(a[:25])
    assert _digest(synth.generate(60, seed=12)) != _digest(a)


def test_same_corpus_in_another_interpreter_with_another_hash_seed() -> None:
    code = (
        "import importlib.util, sys, json, hashlib\n"
        f"spec = importlib.util.spec_from_file_location('s', {str(SYNTH)!r})\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['s'] = m; spec.loader.exec_module(m)\n"
        "arts = m.generate(40, seed=3)\n"
        "blob = json.dumps([(a.document(), a.gold) for a in arts], sort_keys=True)\n"
        "print(hashlib.sha256(blob.encode()).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True)
    assert out.stdout.strip() == _digest(_synth().generate(40, seed=3))


def test_gold_spans_point_at_their_text_and_values_are_timex3() -> None:
    synth = _synth()
    arts = synth.generate(300)
    assert len({a.id for a in arts}) == 300
    types = set()
    for a in arts:
        assert a.gold, a.id  # every dispatch dates its lead
        for g in a.gold:
            assert a.text[g["start"]:g["end"]] == g["text"]
            types.add(g["type"])
            if g["type"] == "DURATION":
                assert g["value"].startswith("P")
            elif g["type"] == "DATE":
                assert g["value"][:4].isdigit()
    assert {"DATE", "DURATION", "SET"} <= types


def test_written_corpus_is_json_lines_with_publication_dates(tmp_path: Path) -> None:
    synth = _synth()
    corpus, gold = synth.write_corpus(synth.generate(5), tmp_path)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    first = json.loads(lines[0])
    assert set(first) >= {"id", "published", "text"}
    assert len(json.loads(gold.read_text(encoding="utf-8"))) == 5
