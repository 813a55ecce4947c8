"""A crash never leaves half a JSON or HTML file, nor a temp file; outputs never replace inputs.

The crash is simulated in-process at each step of ``write_atomic`` (mid-write, at fsync, at the
rename) and inside the exporters, and the old file must come out byte-for-byte intact.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from timeline._cli import _check_outputs
from timeline._export.json_out import write_atomic
from timeline.model import Document, Timeline

OLD = b'{"events": [], "old": true}\n'


class Crash(Exception):
    pass


def _leftovers(d: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name not in keep)


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_a_crash_inside_write_atomic_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    out = tmp_path / "tl.json"
    out.write_bytes(OLD)
    new = b"x" * 1_000_000
    if where == "write":
        real_fdopen = os.fdopen

        class HalfFile:
            """Writes half of what it is given, then the process 'dies'."""

            def __init__(self, f: Any) -> None:
                self.f = f

            def __enter__(self) -> HalfFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.f.close()

            def write(self, data: bytes) -> int:
                self.f.write(data[: len(data) // 2])
                self.f.flush()
                raise Crash("killed mid-write")

            def __getattr__(self, name: str) -> Any:
                return getattr(self.f, name)

        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfFile(real_fdopen(fd, *a, **k)))
    elif where == "fsync":
        monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(Crash("disk full")))
    else:
        monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(Crash("power cut")))
    with pytest.raises(Crash):
        write_atomic(out, new)
    monkeypatch.undo()
    assert out.read_bytes() == OLD
    assert _leftovers(tmp_path, {"tl.json"}) == []


def test_keyboard_interrupt_mid_write_is_cleaned_up_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "tl.json"
    out.write_bytes(OLD)
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, b"new")
    monkeypatch.undo()
    assert out.read_bytes() == OLD and _leftovers(tmp_path, {"tl.json"}) == []


def test_timeline_to_json_and_to_html_go_through_an_atomic_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the exporters wrote in place, a crash at the rename could not protect the old file."""
    tl = Timeline(documents=(Document(id="d", text="On Saturday."),))
    j, h = tmp_path / "tl.json", tmp_path / "tl.html"
    j.write_bytes(OLD)
    h.write_bytes(b"<html>old</html>")
    monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(Crash("power cut")))
    with pytest.raises(Crash):
        tl.to_json(j)
    with pytest.raises(Crash):
        tl.to_html(h)
    monkeypatch.undo()
    assert j.read_bytes() == OLD and h.read_bytes() == b"<html>old</html>"
    assert _leftovers(tmp_path, {"tl.json", "tl.html"}) == []
    tl.to_json(j)
    tl.to_html(h)
    assert j.read_bytes() != OLD and b"<html" in h.read_bytes()
    assert _leftovers(tmp_path, {"tl.json", "tl.html"}) == []


def test_new_file_mode_follows_the_umask_and_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.json", b"{}")
        assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644  # mkstemp alone gives 0o600
        kept = tmp_path / "kept.json"
        kept.write_bytes(OLD)
        kept.chmod(0o640)
        write_atomic(kept, b"{}")
        assert kept.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_writing_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(OLD)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"{}")
    assert link.is_symlink() and real.read_bytes() == b"{}"


def test_writing_to_a_fifo_or_device_writes_into_it(tmp_path: Path) -> None:
    """``--json /dev/stdout`` or a named pipe: renaming a temp file over it would be wrong."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as f:
            got.append(f.read())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    write_atomic(fifo, b'{"ok": 1}\n')
    t.join(timeout=10)
    assert got == [b'{"ok": 1}\n']
    assert fifo.is_fifo()
    # (not tried on /dev/null itself: a regression would replace the machine's /dev/null)


# --- the command line's refusal to write over an input ----------------------------------------------

def _refuses(inputs: list[str], out: Path) -> bool:
    import typer

    try:
        _check_outputs(inputs, [out])
    except typer.Exit as e:
        return e.exit_code == 2
    return False


def test_check_outputs_sees_through_aliases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = corpus / "a.jsonl"
    src.write_bytes(b"{}\n")
    (corpus / "b.txt").write_text("x", encoding="utf-8")
    os.link(src, tmp_path / "hard.jsonl")
    (tmp_path / "soft.json").symlink_to(src)
    monkeypatch.chdir(corpus)
    assert _refuses([str(src)], src)
    assert _refuses(["a.jsonl"], Path("./a.jsonl"))
    assert _refuses([str(src)], tmp_path / "hard.jsonl")
    assert _refuses([str(src)], tmp_path / "soft.json")
    assert _refuses([str(corpus)], corpus / "b.txt"), "a document inside an input directory is an input"
    assert _refuses([str(corpus)], corpus / "sub" / ".." / "a.jsonl")
    assert not _refuses([str(corpus)], tmp_path / "out.json")
    assert not _refuses([str(src), "-"], tmp_path / "out.json")
    assert not _refuses([str(corpus)], corpus / "new.json"), "a new, non-document file next to the inputs is fine"
