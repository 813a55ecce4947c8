"""Ingestion of .txt files and directories: ids, order, and every kind of unreadable input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline._ingest import InputProblem, read_inputs
from timeline.model import Document

TEXT = "Engineers reopened the northern bridge on Friday after three days of repairs."


def _problems(problems: list[InputProblem], fatal: bool | None = None) -> list[str]:
    return [str(p) for p in problems if fatal is None or p.fatal == fatal]


def test_txt_id_is_the_stem_and_text_is_exact(tmp_path: Path) -> None:
    p = tmp_path / "dispatch-07.txt"
    p.write_text("Headline\r\n\r\n" + TEXT, encoding="utf-8")
    [doc], problems = read_inputs([p])
    assert (doc.id, doc.text, doc.path, doc.published) == ("dispatch-07", "Headline\r\n\r\n" + TEXT, str(p), None)
    assert problems == []


def test_utf8_bom_is_dropped_and_utf16_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    docs, problems = read_inputs([tmp_path])
    assert [d.text for d in docs] == [TEXT, TEXT] and problems == []


def test_directory_is_walked_recursively_in_name_order_with_only_document_suffixes(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.TXT", "a/y.html", "c.jsonl", "notes.json", "image.png", ".hidden.txt", "a/.git/x.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".jsonl"):
            p.write_text('{"id": "j1", "text": "One line."}\n', encoding="utf-8")
        elif rel.endswith(".html"):
            p.write_text(f"<html><body><article><p>{TEXT}</p></article></body></html>", encoding="utf-8")
        else:
            p.write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["y", "z", "b", "j1"]
    assert problems == []
    again, _ = read_inputs([tmp_path])
    assert again == docs


def test_missing_file_is_fatal_and_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([tmp_path / "nope.txt", good])
    assert [d.id for d in docs] == ["good"]
    [p] = problems
    assert p.fatal and str(p) == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_binary_files_are_fatal(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "ctrl.txt").write_bytes(b"\x01\x02\x03\x04 abc" * 100)
    docs, problems = read_inputs([tmp_path])
    assert docs == []
    assert [(p.path.rsplit("/", 1)[-1], p.fatal, "binary" in p.message) for p in problems] == [
        ("blob.txt", True, True), ("ctrl.txt", True, True)]


def test_unknown_suffix_named_explicitly(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text('{"id": "x"}', encoding="utf-8")
    docs, problems = read_inputs([tmp_path / "notes.json", "/bin/ls" if os.path.exists("/bin/ls") else tmp_path])
    assert docs == []
    assert "unsupported file type '.json'" in str(problems[0]) and problems[0].fatal
    if os.path.exists("/bin/ls"):
        assert "binary" in str(problems[1]) and problems[1].fatal


def test_empty_and_blank_files_are_warnings(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    docs, problems = read_inputs([tmp_path])
    assert docs == []
    assert [(p.fatal, p.message) for p in problems] == [(False, "empty file, no document")] * 2


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_line(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes(b"First line.\nLe si\xe8ge a commenc\xe9 samedi.\n")
    [doc], [problem] = read_inputs([p])
    assert doc.text == "First line.\nLe si\ufffdge a commenc\ufffd samedi.\n"
    assert not problem.fatal and problem.line == 2 and "invalid UTF-8" in problem.message


def test_broken_symlink_loop_fifo_and_cycle(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "never-existed.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    docs, problems = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["good"]
    by_name = {p.path.rsplit("/", 1)[-1]: p for p in problems}
    assert by_name["gone.txt"].message == "broken symbolic link" and by_name["gone.txt"].fatal
    assert "symbolic links" in by_name["self.txt"].message and by_name["self.txt"].fatal
    assert "not a regular file" in by_name["pipe.txt"].message and not by_name["pipe.txt"].fatal
    assert "cycle" in by_name["loop"].message and not by_name["loop"].fatal


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    docs, problems = read_inputs([p, tmp_path, str(p)])
    assert [d.id for d in docs] == ["a"] and problems == []


def test_file_disappearing_between_listing_and_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    victim = str(tmp_path / "b.txt")
    real_open = builtins.open

    def fake_open(file: object, *args: object, **kw: object) -> object:
        if file == victim:
            raise FileNotFoundError(2, "No such file or directory", victim)
        return real_open(file, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", fake_open)
    docs, problems = read_inputs([tmp_path])
    monkeypatch.undo()
    assert [d.id for d in docs] == ["a", "c"]
    assert [(p.path, p.message, p.fatal) for p in problems] == [(victim, "disappeared before it could be read", True)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text(TEXT, encoding="utf-8")
    p.chmod(0)
    _, [problem] = read_inputs([p])
    assert problem.message == "permission denied" and problem.fatal


def test_undecodable_file_name_gives_a_printable_id(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"report-\xff.txt")
    with open(name, "wb") as f:
        f.write(TEXT.encode())
    [doc], _ = read_inputs([tmp_path])
    assert doc.id == "report-\ufffd"
    doc.id.encode("utf-8")


def test_ready_documents_pass_through_and_ids_are_made_unique(tmp_path: Path) -> None:
    (tmp_path / "same.txt").write_text(TEXT, encoding="utf-8")
    ready = Document(id="same", text="Given directly.")
    docs, problems = read_inputs([ready, tmp_path / "same.txt"])
    assert docs[0] is ready
    assert [d.id for d in docs] == ["same", "same~2"]
    [p] = problems
    assert not p.fatal and "duplicate id 'same', renamed 'same~2'" in p.message


def test_problem_messages_are_single_lines() -> None:
    p = InputProblem("a\nb.txt", "x", 3)
    assert str(p) == "a\nb.txt:3: x"  # the dataclass itself is plain; the collector cleans messages
    from timeline._ingest._problems import Problems

    sink = Problems()
    sink.add("a\nb.txt", "bad\nthing", 3)
    assert [str(q) for q in sink.finish()] == ["a b.txt:3: bad thing"]


def test_repeated_problems_are_capped_with_a_summary(tmp_path: Path) -> None:
    p = tmp_path / "many.jsonl"
    p.write_text("not json\n" * 100, encoding="utf-8")
    _, problems = read_inputs([p])
    assert len(problems) == 21
    last = problems[-1]
    assert last.fatal and last.message.startswith("80 more problems like this from line 21: not valid JSON")
