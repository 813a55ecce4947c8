"""``--anchors FILE``: YAML or JSON known events, with a clear problem for each bad entry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline._ingest import read_user_anchors
from timeline.model import UserAnchor

YAML = """\
- name: Siege of the river port
  aliases: [the siege, port siege]
  start: 2016-10-17
  end: 2017-07-10T18:00:00
- name: Ceasefire talks
  aliases: talks
  start: "2016-11-01"
- name: Open-ended
"""


def test_yaml_list(tmp_path: Path) -> None:
    p = tmp_path / "a.yaml"
    p.write_text(YAML, encoding="utf-8")
    anchors, problems = read_user_anchors(p)
    assert problems == []
    assert anchors == [
        UserAnchor(name="Siege of the river port", aliases=("the siege", "port siege"), start=dt.datetime(2016, 10, 17),
                   end=dt.datetime(2017, 7, 10, 18)),
        UserAnchor(name="Ceasefire talks", aliases=("talks",), start=dt.datetime(2016, 11, 1)),
        UserAnchor(name="Open-ended"),
    ]


def test_json_and_wrapped_mapping(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"anchors": [{"name": "Talks", "start": "2016-11-01", "end": "2016-11-03"}]}),
                 encoding="utf-8")
    anchors, problems = read_user_anchors(p)
    assert [(a.name, a.start, a.end) for a in anchors] == [("Talks", dt.datetime(2016, 11, 1), dt.datetime(2016, 11, 3))]
    assert problems == []


def test_bad_entries_name_their_line_and_good_ones_are_kept(tmp_path: Path) -> None:
    p = tmp_path / "a.yml"
    p.write_text("- name: Good\n  start: 2016-10-17\n- name: Bad date\n  start: soon\n- aliases: [x]\n"
                 "- name: Backwards\n  start: 2016-10-17\n  end: 2016-10-01\n- name: Extra\n  colour: red\n- 42\n",
                 encoding="utf-8")
    anchors, problems = read_user_anchors(p)
    assert [a.name for a in anchors] == ["Good", "Extra"]
    got = [(q.line, q.fatal, q.message) for q in problems]
    assert got == [
        (3, True, "entry 2 ('Bad date'): 'start' 'soon' is not a date (want YYYY-MM-DD or ISO 8601)"),
        (5, True, "entry 3 has no 'name'"),
        (6, True, "entry 4 ('Backwards'): end 2016-10-01 is before start 2016-10-17"),
        (9, False, "entry 5: unknown key 'colour' ignored"),
        (11, True, "entry 6 is not a mapping of name, aliases, start, end"),
    ]


def test_unreadable_and_malformed_files(tmp_path: Path) -> None:
    assert read_user_anchors(tmp_path / "missing.yaml")[1][0].message == "no such file or directory"
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: [unclosed\n", encoding="utf-8")
    _, [q] = read_user_anchors(bad)
    assert q.fatal and q.message.startswith("not valid YAML") and "\n" not in str(q)
    badjson = tmp_path / "bad.json"
    badjson.write_text('[{"name": "x",}]', encoding="utf-8")
    _, [q] = read_user_anchors(badjson)
    assert q.fatal and q.line == 1 and q.message.startswith("not valid JSON")
    scalar = tmp_path / "scalar.yaml"
    scalar.write_text("just words\n", encoding="utf-8")
    _, [q] = read_user_anchors(scalar)
    assert q.fatal and "want a list" in q.message
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert read_user_anchors(empty) == ([], read_user_anchors(empty)[1])
    assert not read_user_anchors(empty)[1][0].fatal
