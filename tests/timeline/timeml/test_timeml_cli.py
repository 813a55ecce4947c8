"""`timeline eval` on a tiny corpus of two TimeML files written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline._timeml import split_of

BIN = Path(sys.executable).parent
DATA = Path(__file__).parent / "data"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "timeline"), *args], capture_output=True, text=True, timeout=120)


def test_scores_a_system_directory_exactly(tmp_path: Path) -> None:
    errors = tmp_path / "errors.txt"
    r = run("eval", str(DATA / "gold"), "--system", str(DATA / "system"), "--json", "--errors", str(errors))
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    # by hand: 7 gold, 7 system; pairs: yesterday, three-week, Feb. 14 (exact), Monday~late Monday night,
    # year's~this year, a decade~more than a decade (overlap); "Pickers" false, "every day" missed.
    assert got["documents"] == 2
    assert got["counts"] == {"gold": 7, "system": 7, "relaxed_match": 6, "strict_match": 3, "type_correct": 5,
                             "value_correct": 4, "mod_pairs": 1, "mod_correct": 0}
    assert got["relaxed"] == {"p": round(6 / 7, 4), "r": round(6 / 7, 4), "f1": round(6 / 7, 4)}
    assert got["strict"]["f1"] == round(3 / 7, 4)
    assert got["value"]["accuracy"] == round(4 / 6, 4)
    assert got["value"]["f1"] == round(4 / 7, 4)
    assert got["type"]["accuracy"] == round(5 / 6, 4)
    dump = errors.read_text(encoding="utf-8")
    assert "MISS\tapple-harvest.tml" in dump and "[[every day]]" in dump
    assert "FALSE\tapple-harvest.tml" in dump and "[[Pickers]]" in dump
    assert "VALUE\tharbour.tml\t2011-03-09\tDATE:2011-02-14\tDATE:2010-02-14" in dump
    assert "VALUE+TYPE+SPAN\tharbour.tml" in dump


def test_text_report_runs_our_extractor() -> None:
    r = run("eval", str(DATA / "gold"))
    assert r.returncode == 0, r.stderr
    assert "relaxed span" in r.stdout and "strict span" in r.stdout and "value" in r.stdout
    assert "documents 2   gold 7" in r.stdout


def test_json_report_shape_with_our_extractor(tmp_path: Path) -> None:
    out = tmp_path / "sys"
    r = run("eval", str(DATA / "gold"), "--json", "--write-timeml", str(out))
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["counts"]["gold"] == 7 and got["documents"] == 2
    for k in ("relaxed", "strict", "value"):
        assert 0.0 <= got[k]["f1"] <= 1.0
    # what we wrote is TimeML the scorer reads back, with the gold text: scoring it gives the same numbers
    assert sorted(p.name for p in out.iterdir()) == ["apple-harvest.tml", "harbour.tml"]
    again = json.loads(run("eval", str(DATA / "gold"), "--json", "--system", str(out)).stdout)
    assert again["counts"] == got["counts"]


def test_limit_and_split() -> None:
    r = run("eval", str(DATA / "gold"), "--json", "--limit", "1")
    assert json.loads(r.stdout)["documents"] == 1
    heldout = sum(split_of(p) == "heldout" for p in ["apple-harvest.tml", "harbour.tml"])
    r = run("eval", str(DATA / "gold"), "--json", "--split", "heldout", "--system", str(DATA / "system"))
    assert json.loads(r.stdout)["documents"] == heldout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--split", "test"], "--split"),
        (["--system", "/nonexistent/dir"], "/nonexistent/dir"),
    ],
)
def test_usage_errors(args: list[str], needle: str) -> None:
    r = run("eval", str(DATA / "gold"), *args)
    assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr


def test_missing_corpus() -> None:
    r = run("eval", "/nonexistent/corpus")
    assert r.returncode == 2 and "/nonexistent/corpus" in r.stderr


def test_a_bad_file_is_reported_and_the_rest_scored(tmp_path: Path) -> None:
    (tmp_path / "good.tml").write_text((DATA / "gold" / "harbour.tml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>no end", encoding="utf-8")
    r = run("eval", str(tmp_path), "--json")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "bad.tml" in r.stderr and "Traceback" not in r.stderr
    assert json.loads(r.stdout)["documents"] == 1


def test_split_is_a_fixed_function_of_the_file_name() -> None:
    # The convention must not drift: these names were checked when it was set (docs/accuracy.md).
    assert split_of("APW19980807.0261.tml") == split_of(Path("/any/dir/APW19980807.0261.tml"))
    names = [f"doc{i}.tml" for i in range(1000)]
    share = sum(split_of(n) == "heldout" for n in names) / len(names)
    assert 0.15 < share < 0.25


def test_extract_format_timeml(tmp_path: Path) -> None:
    src = tmp_path / "note.txt"
    src.write_text("The market closed early on Friday & reopened.", encoding="utf-8")
    r = run("extract", "--format", "timeml", "--dct", "2012-07-09", str(src))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("<?xml") and 'functionInDocument="CREATION_TIME"' in r.stdout
    assert "&amp; reopened" in r.stdout
    r = run("extract", "--format", "timeml", "--dct", "2012-07-09", "--out", str(tmp_path / "o"), str(src))
    assert r.returncode == 0 and r.stdout == ""
    assert (tmp_path / "o" / "note.tml").is_file()
