"""Hostile input through the command line: exit codes of ../shared/contract.md, one-line messages
naming the file (and line), never a traceback, and every good document still in the output.

Each hostile file is tried alone next to a good one in-process (typer's runner: fast, and an
escaping exception is caught as such), then all of them together in one directory through the real
``timeline`` executable, for each of ``extract``, ``build`` and ``validate``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from robustness_hostile import GOOD, HOSTILE_FILES, Case
from typer.testing import CliRunner

from timeline._cli import app

BIN = Path(sys.executable).parent / "timeline"
runner = CliRunner()


def _cli(*args: str, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    """In-process run: exit code, stdout bytes, stderr; fails on any escaping exception."""
    r = runner.invoke(app, list(args), input=stdin, catch_exceptions=True)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise AssertionError(f"exception escaped the command: {r.exception!r}") from r.exception
    return r.exit_code, r.stdout_bytes, r.stderr


def _proc(*args: str, stdin: bytes | None = None, timeout: float = 120, env: dict[str, str] | None = None,
          cwd: Path | None = None) -> tuple[int, bytes, str]:
    """The real executable; a hang (e.g. opening a FIFO) fails the test through the timeout."""
    r = subprocess.run([str(BIN), *args], input=stdin, capture_output=True, timeout=timeout, env=env, cwd=cwd)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def _clean_stderr(err: str) -> None:
    assert "Traceback" not in err, err
    assert "internal error" not in err, err  # main()'s last line of defence caught a stage's crash
    assert "Exception ignored" not in err, err
    for line in err.splitlines():
        assert line.startswith("timeline:"), f"stderr line not from timeline (one-line messages): {line!r}"


def _docs(out: bytes, key: str = "documents") -> list[dict[str, Any]]:
    data = json.loads(out.decode("utf-8"))  # strict: the output must be valid UTF-8
    docs: list[dict[str, Any]] = data[key]
    return docs


def _write(d: Path, case: Case) -> Path:
    p = d / case.filename
    p.write_bytes(case.data)
    return p


@pytest.mark.parametrize("case", HOSTILE_FILES, ids=[c.name for c in HOSTILE_FILES])
def test_each_hostile_file_next_to_a_good_one(tmp_path: Path, case: Case) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    p = _write(tmp_path, case)
    code, out, err = _cli("extract", "--json", "--dct", "2016-10-30", str(p), str(good))
    _clean_stderr(err)
    assert code in case.codes, f"exit {code}, want one of {sorted(case.codes)}: {err}"
    ids = [d["id"] for d in _docs(out)]
    assert "good" in ids
    for k in case.keeps:
        assert k in ids, f"good document {k!r} lost ({case.note}); stderr: {err}"
    for name in case.names:
        assert name in err or (":" in name and _names_line(err, name)), f"stderr does not name {name!r}: {err!r}"
    if code == 2:
        assert case.filename in err, f"exit 2 but the file is not named: {err!r}"


def _names_line(err: str, name: str) -> bool:
    """``file:3`` or ``file ... line 3`` both name the line."""
    f, _, line = name.rpartition(":")
    return any(f in e and f"line {line}" in e for e in err.splitlines())


def test_invalid_utf8_is_decoded_with_replacement_and_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes(b"Troops entered the city on Saturday \xe9\xff after a week.")
    code, out, err = _cli("extract", "--json", "--dct", "2016-10-30", str(p))
    _clean_stderr(err)
    assert code in (0, 2)
    [doc] = _docs(out)
    assert "latin.txt" in err and "utf" in err.lower(), err
    # the document is processed: the offsets are into the replaced text, and still real
    code, out, err = _cli("build", "--dct", "2016-10-30", str(p))
    [d] = json.loads(out)["documents"]
    assert d["id"] == "latin"


def _stdin_lines() -> bytes:
    return (json.dumps({"id": "a", "text": "On Saturday the bridge fell.", "published": "2016-10-29"}) + "\n"
            + "not json at all\n"
            + json.dumps({"id": "b", "text": "Two days ago talks resumed.", "published": "2016-10-30"}) + "\n"
            ).encode() + b'{"id": "c", "text": "Caf\xe9 shelled on Friday.", "published": "2016-10-30"}\n'


def test_stdin_with_a_bad_line_and_invalid_utf8() -> None:
    code, out, err = _cli("extract", "--json", "-", stdin=_stdin_lines())
    _clean_stderr(err)
    assert code == 2
    ids = [d["id"] for d in _docs(out)]
    assert ids[:2] == ["a", "b"], ids
    assert ":2" in err or "line 2" in err, err


def test_empty_stdin_is_an_empty_corpus() -> None:
    code, out, err = _cli("extract", "--json", "-", stdin=b"")
    _clean_stderr(err)
    assert code in (0, 2) and _docs(out) == []


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    d = os.fsencode(tmp_path)
    name = os.path.join(d, b"report-\xff\xfe.txt")
    with open(name, "wb") as f:
        f.write(GOOD.encode())
    code, out, err = _proc("extract", "--json", "--dct", "2016-10-30", os.fsdecode(d))
    _clean_stderr(err)
    assert code in (0, 2)
    assert len(_docs(out)) == 1, "the document was lost"


@pytest.mark.parametrize("dct", ["0001-01-01", "9999-12-31", "2016-02-29"])
def test_dct_at_the_edges_of_the_calendar(tmp_path: Path, dct: str) -> None:
    p = tmp_path / "edge.txt"
    p.write_text("It began yesterday, a year ago, and ends tomorrow, next week, in the next decade. "
                 "Saturday (October 30) and February 30 are odd; so is the year 0.", encoding="utf-8")
    for cmd in ("extract", "build", "validate"):
        code, out, err = _cli(cmd, "--json", "--dct", dct, str(p)) if cmd != "build" else _cli(cmd, "--dct", dct, str(p))
        _clean_stderr(err)
        assert code in ((0, 1) if cmd == "validate" else (0,)), (cmd, code, err)
        json.loads(out)


@pytest.mark.parametrize("dct", ["2016-02-30", "0000-01-01", "", "10000-01-01", "2016-13-01"])
def test_impossible_dct_is_a_usage_error(tmp_path: Path, dct: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(GOOD, encoding="utf-8")
    code, _out, err = _cli("extract", "--json", "--dct", dct, str(p))
    _clean_stderr(err)
    assert code == 2 and "--dct" in err


# --- every hostile file at once, through the real executable -----------------------------------

@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    for case in HOSTILE_FILES:
        _write(d, case)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    sub = d / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "nested.txt").write_text("Two weeks later, on Friday, the siege ended.", encoding="utf-8")
    (d / "gone.txt").symlink_to(d / "deleted-before-reading.txt")  # a file that disappeared
    (d / "self.txt").symlink_to(d / "self.txt")  # ELOOP
    (d / "sub" / "loop").symlink_to(d)  # a directory cycle
    os.mkfifo(d / "pipe.txt")  # opening it for reading would block forever
    (d / "dir.txt").mkdir()  # a directory with a document's suffix
    (d / "dir.txt" / "inside.txt").write_text("On Sunday it rained.", encoding="utf-8")
    return d


def _all_keeps() -> set[str]:
    keeps = {"good", "nested", "inside"}
    for c in HOSTILE_FILES:
        keeps.update(c.keeps)
    return keeps


@pytest.mark.parametrize("cmd", ["extract", "build", "validate", "extract -j2"])
def test_a_directory_of_every_hostile_file(hostile_dir: Path, cmd: str) -> None:
    cmd, *jobs = cmd.split()
    opts = [*jobs] if cmd == "build" else ["--json", *jobs]
    code, out, err = _proc(cmd, *opts, str(hostile_dir))
    _clean_stderr(err)
    assert code == 2, f"bad files among good ones: exit 2 (contract), got {code}"
    if cmd == "validate":
        assert "findings" in json.loads(out)
        return
    ids = {d["id"] for d in _docs(out)}
    missing = _all_keeps() - ids
    assert not missing, f"good documents lost: {sorted(missing)}; stderr:\n{err}"
    for case in HOSTILE_FILES:
        for name in case.names:
            assert name.partition(":")[0] in err, f"{name} not named on stderr"
    assert "blob.txt" in err


def test_a_file_that_disappears_mid_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Listed, then gone when it is opened: reported by name, the others still processed, exit 2."""
    import builtins
    import io

    for i in range(3):
        (tmp_path / f"doc{i}.txt").write_text(f"On Saturday the {i}th convoy left.", encoding="utf-8")
    victim = str(tmp_path / "doc1.txt")
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def _gone(path: Any) -> None:
        if os.fspath(path) == victim:
            raise FileNotFoundError(2, "No such file or directory", victim)

    def fake_open(file: Any, *a: Any, **k: Any) -> Any:
        if isinstance(file, (str, bytes, os.PathLike)):
            _gone(file)
        return real_open(file, *a, **k)

    def fake_io_open(file: Any, *a: Any, **k: Any) -> Any:
        if isinstance(file, (str, bytes, os.PathLike)):
            _gone(file)
        return real_io_open(file, *a, **k)

    def fake_os_open(path: Any, *a: Any, **k: Any) -> int:
        _gone(path)
        return real_os_open(path, *a, **k)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_io_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    code, out, err = _cli("extract", "--json", "--dct", "2016-10-30", str(tmp_path))
    monkeypatch.undo()
    _clean_stderr(err)
    assert code == 2 and "doc1.txt" in err, (code, err)
    assert sorted(d["id"] for d in _docs(out)) == ["doc0", "doc2"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    code, out, err = _cli("extract", "--json", str(tmp_path))
    _clean_stderr(err)
    assert code == 2 and "locked.txt" in err
    assert [d["id"] for d in _docs(out)] == ["ok"]


# --- findings, not crashes ------------------------------------------------------------------------

IMPOSSIBLE = ("The order was signed on February 30, 2016. Fighting resumed on Saturday (October 30), "
              "near a fort built on 1 January 0000.")


@pytest.mark.parametrize("cmd", ["build", "validate"])
def test_impossible_dates_in_text_are_not_crashes(tmp_path: Path, cmd: str) -> None:
    p = tmp_path / "odd.jsonl"
    p.write_text(json.dumps({"id": "odd", "text": IMPOSSIBLE, "published": "2016-10-31"}) + "\n", encoding="utf-8")
    code, out, err = _cli(cmd, "--json", str(p)) if cmd == "validate" else _cli(cmd, str(p))
    _clean_stderr(err)
    assert code in ((0, 1) if cmd == "validate" else (0,)), (code, err)
    json.loads(out)


def _finding_spans(out: bytes) -> list[tuple[str, str]]:
    return [(f["severity"], e["text"]) for f in json.loads(out)["findings"] for e in f["evidence"]]


@pytest.mark.parametrize("needle", [
    "February 30",  # bugs.md B1, fixed
    "Saturday (October 30)",
    "0000",  # bugs.md B2, fixed
])
def test_impossible_dates_in_text_become_findings(tmp_path: Path, needle: str) -> None:
    """2016-10-30 was a Sunday; February has no 30th; there is no year 0: each is an error naming its words."""
    p = tmp_path / "odd.jsonl"
    p.write_text(json.dumps({"id": "odd", "text": IMPOSSIBLE, "published": "2016-10-31"}) + "\n", encoding="utf-8")
    code, out, err = _cli("validate", "--json", str(p))
    _clean_stderr(err)
    spans = _finding_spans(out)
    hit = [s for s in spans if needle in s[1]]
    assert hit, f"no finding with evidence on {needle!r}: {spans}"
    assert code == 1 and any(sev == "error" for sev, _ in hit)


# --- outputs ---------------------------------------------------------------------------------------

def _jsonl(p: Path) -> bytes:
    data = (json.dumps({"id": "d1", "text": GOOD, "published": "2016-10-30"}) + "\n").encode()
    p.write_bytes(data)
    return data


@pytest.mark.parametrize("how", ["dot-path", "symlink", "hardlink", "inside-input-dir", "html"])
def test_outputs_never_overwrite_an_input(tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = corpus / "a.jsonl"
    data = _jsonl(src)
    monkeypatch.chdir(corpus)
    inputs, opt, out = [str(src)], "--json", str(src)
    if how == "dot-path":
        out = "./a.jsonl"
    elif how == "symlink":
        (tmp_path / "alias.json").symlink_to(src)
        out = str(tmp_path / "alias.json")
    elif how == "hardlink":
        os.link(src, tmp_path / "hard.json")
        out = str(tmp_path / "hard.json")
    elif how == "inside-input-dir":
        inputs = [str(corpus)]
    elif how == "html":
        opt = "--html"
    code, _out, err = _cli("build", opt, out, *inputs)
    _clean_stderr(err)
    assert src.read_bytes() == data, "an input was overwritten"
    assert code == 2 and "overwrite" in err, (code, err)


def test_output_is_readable_like_any_file_the_user_writes(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    _jsonl(src)
    out = tmp_path / "tl.json"
    code, _o, err = _cli("build", "--json", str(out), str(src))
    assert code == 0, err
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask, oct(out.stat().st_mode)


@pytest.mark.parametrize("target", ["parent-is-a-file", "unwritable"])
def test_unwritable_output_is_a_one_line_error(tmp_path: Path, target: str) -> None:
    src = tmp_path / "a.jsonl"
    _jsonl(src)
    out = str(src / "x.json") if target == "parent-is-a-file" else "/proc/timeline-test.json"
    code, _o, err = _cli("build", "--json", out, str(src))
    _clean_stderr(err)
    assert code == 2 and err.count("\n") == 1, err


def test_same_bytes_whatever_the_hash_seed_and_job_count(tmp_path: Path) -> None:
    """Sets and dicts of strings iterate by hash: output must not depend on PYTHONHASHSEED or -j."""
    src = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": t, "published": f"2016-10-{25 + i}"})
             for i, t in enumerate([GOOD, "Rebels shelled the airport last Monday, a week after the offensive began.",
                                    "On Saturday (October 29) the army took Bartella; two days ago it took Qaraqosh.",
                                    IMPOSSIBLE])]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = []
    for seed, jobs in (("1", "1"), ("2", "1"), ("3", "2")):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        j, h = tmp_path / f"o{seed}.json", tmp_path / f"o{seed}.html"
        code, _o, err = _proc("build", "-j", jobs, "--json", str(j), "--html", str(h), str(src), env=env)
        assert code == 0, err
        outs.append((j.read_bytes(), h.read_bytes()))
    assert outs[0][0] == outs[1][0] == outs[2][0], "JSON differs between runs"
    assert outs[0][1] == outs[1][1] == outs[2][1], "HTML differs between runs"


def test_a_closed_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": GOOD, "published": "2016-10-30"}) + "\n"
                           for i in range(300)), encoding="utf-8")
    p = subprocess.Popen([str(BIN), "extract", "--json", str(src)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read().decode("utf-8", "replace")
    code = p.wait(timeout=120)
    _clean_stderr(err)
    assert code in (0, 141, -13), code  # done, or killed by SIGPIPE like any Unix filter


# --- the --anchors file -----------------------------------------------------------------------------

_LAUGHS = "".join(f"{c}: &{c} [{','.join([f'*{p}'] * 9) if p else ','.join(['lol'] * 9)}]\n"
                  for p, c in zip(["", *"abcdefgh"], "abcdefghi", strict=True))
ANCHOR_FILES = {
    "billion-laughs": _LAUGHS,
    "python-tag": '- !!python/object/apply:os.system ["echo PWNED"]\n',
    "feb30": "- name: X\n  start: 2016-02-30\n",
    "year0": "- name: X\n  start: 0000-01-01\n",
    "wrong-shapes": "- name: 5\n- {}\n- name: ''\n  aliases: 7\n- name: ok\n  start: 9999-12-31\n- [1, 2]\n",
    "regex-metachars": ("- name: Operation (Inherent Resolve\n  aliases: ['[a-z', '*+?', '\\\\', '(?P<x>', '']\n"
                        "  start: 2016-10-17\n  end: 2016-10-30\n"),
    "not-yaml": "- name: [unclosed\n  start: {\n",
    "binary": "\x00\x01\x02",
}


@pytest.mark.parametrize("name", list(ANCHOR_FILES),
                         ids=list(ANCHOR_FILES))
def test_hostile_anchors_files(tmp_path: Path, name: str) -> None:
    src = tmp_path / "a.jsonl"
    _jsonl(src)
    anchors = tmp_path / "anchors.yaml"
    anchors.write_text(ANCHOR_FILES[name], encoding="utf-8")
    code, out, err = _cli("validate", "--json", "--anchors", str(anchors), str(src))
    _clean_stderr(err)
    assert code in (0, 1, 2), code
    assert "PWNED" not in out.decode("utf-8", "replace")
    assert "findings" in json.loads(out), "the documents must still be validated"
    if code == 2:
        assert "anchors.yaml" in err


# --- the HTML page ----------------------------------------------------------------------------------

def test_markup_in_documents_never_reaches_the_page_as_markup(tmp_path: Path) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({
        "id": "x</script><b>", "title": "</title><script>alert(3)</script>", "published": "2016-10-30",
        "text": "On Saturday (October 29) the </script><script>alert(1)</script> <img src=x onerror=alert(2)> forces "
                "launched an offensive on the town; two days ago they captured </title> the airport.",
    }) + "\n", encoding="utf-8")
    page = tmp_path / "x.html"
    code, _o, err = _cli("build", "--html", str(page), str(src))
    _clean_stderr(err)
    assert code == 0
    html = page.read_text(encoding="utf-8")
    for needle in ("<script>alert", "<img src=x", "</title><script>"):
        assert needle not in html, f"unescaped {needle!r} in the page"
