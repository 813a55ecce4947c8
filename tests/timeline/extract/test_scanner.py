"""The scanner: offsets, provenance, page stamps, adversarial input."""

from __future__ import annotations

import pytest

from timeline import _extract
from timeline._extract._scanner import ALL_RULES


def test_rule_names_unique() -> None:
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))


def test_offsets_are_code_points() -> None:
    text = "Les \u00e9v\u00e9nements \U0001f4f0 \u2014 Yesterday\u2019s vote came on Oct. 24, 2016."
    found = _extract.extract(text)
    assert [e.text for e in found] == ["Yesterday", "Oct. 24, 2016"]
    for e in found:
        assert text[e.start:e.end] == e.text and e.rule


def test_page_stamp_lines_are_skipped() -> None:
    text = "Last Update 9:40\nSunday, 05 April 2020\n\nTroops moved on Tuesday.\n\u00a9 2010 News Online."
    assert [e.text for e in _extract.extract(text)] == ["Tuesday"]


def test_results_in_text_order_without_overlap() -> None:
    text = "On Saturday (October 29) the offensive, almost two-week-old campaign, went on; " * 3
    found = _extract.extract(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


CHUNKS = ["Saturday ", "1", "1,", "the past ", "2016-", "a a a ", "in in 1999 ", "Oct. 24, " * 3]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("chunk", CHUNKS)
def test_adversarial_inputs_finish(chunk: str) -> None:
    text = chunk * (20_000 // len(chunk))
    found = _extract.extract(text)
    assert all(text[e.start:e.end] == e.text for e in found)


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("chunk", CHUNKS)
def test_adversarial_inputs_scale_linearly(chunk: str) -> None:
    # 20x the text may not cost much more than 20x the time (catastrophic backtracking would)
    import time

    def best(text: str) -> float:  # the best of three: a busy machine slows one run, not all three
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            _extract.extract(text)
            times.append(time.perf_counter() - t0)
        return min(times)

    small = chunk * (20_000 // len(chunk))
    assert best(small * 20) < 60 * max(best(small), 0.005)


def test_first_characters() -> None:
    from timeline._extract._firsts import first_chars

    assert first_chars(r"(?:the\s+)?\d+") == set("Tt0123456789")
    assert first_chars(r"(?-i:Jan|Feb)") == {"J", "F"}
    assert first_chars(r"(?:a)?") is None  # may match empty: no guard


@pytest.mark.parametrize(("text", "want"), [
    ("'A month ago we had no water,' said a farmer near Aleppo.", ["A month ago"]),
    ("\u2018Two weeks ago the bridge was still standing,\u2019 a driver said.", ["Two weeks ago"]),
    ("\u2019Yesterday they shelled the market,\u2019 said a nurse.", ["Yesterday"]),
    ("The mayor said: 'Last week we buried nine people.'", ["Last week"]),
    ("'Tuesday was the worst day,' one resident of Sirte recalled.", ["Tuesday"]),
])
def test_an_opening_quote_starts_a_word(text: str, want: list[str]) -> None:
    # a single quote after a space or at a line start opens a quotation: the word after it starts
    assert [e.text for e in _extract.extract(text)] == want


@pytest.mark.parametrize("text", [
    "The rebels' Sunday offensive", "Gov't Tuesday", "the x'Saturday stall", "Ma'May", "rock'n'Friday",
])
def test_an_apostrophe_after_a_letter_starts_no_word(text: str) -> None:
    # an elision inside a word ("gov't", "x'Saturday") is no quotation: nothing starts after it
    # except where a space leaves a word start ("The rebels' Sunday": "Sunday" after a space)
    found = [e.text for e in _extract.extract(text)]
    assert all(text[text.index(w) - 1] not in "'\u2019" for w in found), found
