"""The atheris fuzz targets run: every seed replays cleanly, and (slow) a short fuzzing session
finds nothing.  The CI fuzz run proper is ``fuzz/ci.sh`` (20 s per target)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TARGETS = ["extract", "ingest"]

pytest.importorskip("atheris")


def _fuzz(target: str, tmp_path: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    cmd = [sys.executable, str(ROOT / "fuzz" / f"fuzz_{target}.py"), "-timeout=20",
           f"-artifact_prefix={tmp_path}/", *args, str(work), str(ROOT / "fuzz" / "corpus" / target)]
    if target == "extract":
        cmd.insert(2, f"-dict={ROOT / 'fuzz' / 'extract.dict'}")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env=dict(os.environ, PYTHONHASHSEED="0"))


def _crash(r: subprocess.CompletedProcess[str], tmp_path: Path) -> str:
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-"))]
    return f"exit {r.returncode}, artifacts {crashes}\n" + r.stderr[-3000:]


@pytest.mark.parametrize("target", TARGETS)
def test_every_seed_replays_cleanly(target: str, tmp_path: Path) -> None:
    seeds = list((ROOT / "fuzz" / "corpus" / target).iterdir())
    assert len(seeds) >= 20, "the seed corpus is missing"
    r = _fuzz(target, tmp_path, "-runs=0")
    assert r.returncode == 0, _crash(r, tmp_path)
    assert "INITED" in r.stderr, r.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize("target", TARGETS)
def test_a_short_fuzzing_session_finds_nothing(target: str, tmp_path: Path) -> None:
    r = _fuzz(target, tmp_path, "-max_total_time=15", "-print_final_stats=1")
    assert r.returncode == 0, _crash(r, tmp_path)
