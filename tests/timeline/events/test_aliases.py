"""The alias table: data, not code; names normalise, descriptions need a named actor, users extend it."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline._events._aliases import load_table


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ISIS fighters", "ISIS"), ("Isis's escape route", "ISIS"), ("driven from IS territory", "ISIS"),
        ("Islamic State militants", "ISIS"), ("Daesh positions", "ISIS"), ("ISIL leaders", "ISIS"),
        ("the Hashed al-Shaabi", "Hashd al-Shaabi"), ("Hashid al-Shaabi forces", "Hashd al-Shaabi"),
        ("Hashid Shaabi", "Hashd al-Shaabi"), ("the Popular Mobilization Units", "Hashd al-Shaabi"),
        ("Popular Mobilisation Forces", "Hashd al-Shaabi"), ("the PMF", "Hashd al-Shaabi"),
        ("PMU leaders", "Hashd al-Shaabi"), ("Kurdish peshmerga fighters", "Peshmerga"),
        ("the Iraqi army", "Iraqi security forces"), ("ISF units", "Iraqi security forces"),
        ("the CTS", "Counter-Terrorism Service"), ("the US-led coalition", "US-led coalition"),
        ("the Syrian Democratic Forces", "Syrian Democratic Forces"),
        ("Hashed's commanders", "Hashd al-Shaabi"),
    ],
)
def test_aliases_normalise(text: str, name: str) -> None:
    table = load_table()
    assert [m.name for m in table.find(text, kind="actor")] == [name]


@pytest.mark.parametrize("text", ["this is it", "he is here", "Isiolo county", "hashed browns", "a coalition",
                                  "pmf", "the daeshing"])
def test_not_actors(text: str) -> None:
    assert load_table().find(text, kind="actor") == []


def test_descriptions_need_the_actor_named_in_the_document() -> None:
    table = load_table()
    text = "Shiite militias advanced. The Popular Mobilization Units said so."
    named = table.named_in(text)
    assert [m.name for m in table.find(text, named=named, kind="actor")] == ["Hashd al-Shaabi"] * 2
    alone = "Shiite militias advanced."
    assert table.find(alone, named=table.named_in(alone), kind="actor") == []


def test_places_and_their_descriptions() -> None:
    table = load_table()
    text = "the offensive to retake Iraq's second largest city; Mosul itself; Tal Afar; Raqqa"
    names = [m.name for m in table.find(text, named=table.named_in(text), kind="place")]
    assert names == ["Iraq", "Mosul", "Mosul", "Tal Afar", "Raqqa"] or names == ["Mosul", "Mosul", "Tal Afar", "Raqqa"]


def test_users_extend_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - name: Wagner Group\n    aliases: [Wagner, PMC Wagner]\n"
        "  - name: ISIS\n    aliases: [Dawla]\n"
        "places:\n  - {name: Bakhmut, kind: city, aliases: [Artemivsk]}\n", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_ALIASES", str(extra))
    table = load_table()
    assert [m.name for m in table.find("PMC Wagner and the Dawla", kind="actor")] == ["Wagner Group", "ISIS"]
    assert [m.name for m in table.find("near Artemivsk", kind="place")] == ["Bakhmut"]
    monkeypatch.delenv("TIMELINE_ALIASES")
    assert load_table().find("PMC Wagner", kind="actor") == []
    assert [m.name for m in load_table([extra]).find("Wagner", kind="actor")] == ["Wagner Group"]


def test_a_broken_user_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [1, 2]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_table([bad])


def test_a_broken_user_file_becomes_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline._events import find_events
    from timeline.model import Document

    bad = tmp_path / "broken.yaml"
    bad.write_text("places: {not: a list}\n", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_ALIASES", str(bad))
    events, findings = find_events([Document(id="d", text="Nothing happened.")])
    assert events == [] and [f.code for f in findings] == ["alias-file"] and "broken.yaml" in findings[0].message


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # bare "government forces" are Syria's only in a text that names the Syrian army
        ("Government forces retook the town.", ["government forces"]),
        ("The Syrian army said government forces retook the town.",
         ["Syrian government forces", "Syrian government forces"]),
    ],
)
def test_government_forces_need_a_named_government(text: str, actors: list[str]) -> None:
    from timeline._events._mentions import find_mentions

    assert [a.name for a in find_mentions("t", text, load_table()).actors] == actors


def test_prefix_tree_alternation_matches_like_longest_first() -> None:
    import re

    from timeline._events._rx import trie_alternation

    words = ["off", "offensive", "offensives", "air strike", "air strikes", "U.S.", "a"]
    tree = re.compile(r"(?<![\w-])(?:" + trie_alternation(words) + r")(?![\w-])")
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")(?![\w-])")
    text = "the offensives, an offensive off air strikes and air strike by U.S. jets; a offx offensivex"
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
