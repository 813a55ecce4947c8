"""Session 8: a campaign known by a quoted name ("its 'counter-terrorism operation'") is one campaign across
the articles that quote it, dated or not; other names, other actors, starts years apart and "a new" such
operation stay apart.  The pipeline tests run extraction, events and reasoning on dispatches of our own."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline._events._aliases import load_table
from timeline._events._campaign_refs import quoted_name
from timeline._events._mentions import find_mentions
from timeline.model import Event, Timeline


def _names(text: str) -> list[str | None]:
    dm = find_mentions("q", text, load_table())
    return [quoted_name(dm, m) for m in dm.mentions if m.nominal]


def test_the_quoted_name_of_a_campaign() -> None:
    assert "counter-terrorism operation" in _names(
        "The acting president announced on Sunday a full-scale 'counter-terrorism operation' in the east.")
    assert "special military operation" in _names(
        "Moscow calls its war a \u2018special military operation\u2019 and bans the word invasion.")
    assert "liberation campaign" in _names("The army pressed on with its \u201cliberation campaign\u201d on Monday.")
    assert "anti-terror offensive" in _names('Officials said the "anti-terror offensive" would go on for weeks.')


def test_no_quoted_name_without_quotes_or_for_a_new_one() -> None:
    assert all(n is None for n in _names("The acting president announced a full-scale counter-terrorism operation."))
    assert all(n is None for n in _names("The army began a new 'counter-terrorism operation' on Monday."))
    assert all(n is None for n in _names("Rebels staged 'hit-and-run attacks' on Monday."))


def _with(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


_OP = [
    ("a", "2032-03-15", "TARVA - The acting president announced on Sunday a full-scale 'counter-terrorism operation' "
                        "against the armed men holding government buildings in Lesk."),
    ("b", "2032-04-04", "LESK - Army columns moved towards Lesk on Friday in the most serious push since the government "
                        "announced its 'counter-terrorism operation' nearly three weeks ago."),
    ("c", "2032-05-26", "TARVA - The president-elect said on Monday that the 'counter-terrorism operation' in the "
                        "east should last hours, not months."),
]


def test_a_quoted_operation_announced_recalled_and_undated_is_one(tmp_path: Path) -> None:
    tl = _build(tmp_path, _OP)
    got = _with(tl, "a", "b", "c")
    assert len(got) == 1 and str(got[0].interval.start[0])[:10] == "2032-03-14"
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_two_quoted_names_stay_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_OP[0], ("d", "2032-04-04", "LESK - Rebels said on Friday their 'people's defence operation' "
                                                      "had begun on Thursday.")])
    assert not _with(tl, "a", "d")


def test_one_quoted_name_years_apart_stays_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_OP[0], ("e", "2035-06-10", "TARVA - The new president announced on Monday a "
                                                      "'counter-terrorism operation' against smugglers in the south.")])
    assert not _with(tl, "a", "e")


def test_one_quoted_name_of_two_governments_stays_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("f", "2032-03-15", "Russia announced on Sunday a 'counter-terrorism operation' in the mountains of Dagestan."),
        ("g", "2032-03-16", "Turkey announced on Monday a 'counter-terrorism operation' in the mountains of Hakkari.")])
    assert not _with(tl, "f", "g")
