"""The command line as other programs see it: ../shared/contract.md shapes and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "timeline"), *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_version_and_help() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("timeline ")
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("extract", "build", "validate", "eval"):
        assert cmd in r.stdout


def test_bad_dct_is_one_line_usage_error(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Nothing.", encoding="utf-8")
    r = run("extract", "--json", "--dct", "29/10/2016", str(p))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "--dct" in r.stderr
    assert "Traceback" not in r.stderr


def test_stdin_jsonl_and_contract_shape() -> None:
    line = json.dumps({"id": "d1", "text": "The talks resumed.", "published": "2016-10-30"})
    r = run("extract", "--json", "-", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    [doc] = out["documents"]
    assert doc["id"] == "d1"
    assert doc["anchor"]["value"] == "2016-10-30" and doc["anchor"]["source"] == "metadata"
    assert isinstance(doc["expressions"], list)


def test_build_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    original = json.dumps({"id": "d1", "text": "x", "published": "2016-10-30"}) + "\n"
    p.write_text(original, encoding="utf-8")
    r = run("build", "--json", str(p), str(p))
    assert r.returncode == 2 and "overwrite" in r.stderr
    assert p.read_text(encoding="utf-8") == original


def test_build_never_writes_json_over_an_existing_document(tmp_path: Path) -> None:
    # `timeline build --json *.txt`: the glob's first file lands where the output path goes.
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Rebels seized the town on Saturday.", encoding="utf-8")
    b.write_text("Talks resumed on Monday.", encoding="utf-8")
    r = run("build", "--json", str(a), str(b))
    assert r.returncode == 2 and "refusing to overwrite" in r.stderr
    assert a.read_text(encoding="utf-8") == "Rebels seized the town on Saturday."
    page = tmp_path / "old.html"
    page.write_text("<html>old page</html>", encoding="utf-8")
    r = run("build", "--dct", "2016-10-30", "--html", str(page), str(b))
    assert r.returncode == 0, r.stderr  # replacing an older page is what --html is for
    assert "plotly" in page.read_text(encoding="utf-8").lower()


def test_build_and_validate_write_the_contract_keys(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "d1", "text": "Rebels seized the town on Saturday.",
                             "published": "2016-10-30"}) + "\n", encoding="utf-8")
    out = tmp_path / "sub" / "tl.json"
    r = run("build", "--json", str(out), str(p))
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"events", "findings", "documents"}
    r = run("validate", "--json", str(p))
    assert r.returncode in (0, 1)
    assert set(json.loads(r.stdout)) == {"findings"}


@pytest.mark.skipif(not (SHARED / "tools" / "check_contract.sh").exists(), reason="../shared not present")
def test_shared_contract_check_passes() -> None:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    r = subprocess.run(["bash", str(SHARED / "tools" / "check_contract.sh")], capture_output=True, text=True,
                       env=env, cwd=Path(__file__).resolve().parents[2], timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
