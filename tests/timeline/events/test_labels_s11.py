"""A finite verb before an event noun is no modifier of it (session 11).

"A coalition led by Saudi Arabia began air strikes" was labelled "Arabia began air strikes by Saudi
Arabia": the words before the noun were taken as its premodifiers across the verb that governs it. The
label builder keeps only the words after the last finite verb or particle ("began", "launched", "carried
out", "stepped up"); true premodifiers ("US-led", "pre-dawn", "artillery") stay.
"""

from __future__ import annotations

import pytest

import timeline
from timeline.model import Document


def _labels(text: str, published: str = "2019-09-08") -> list[str]:
    tl = timeline.build([Document(id="d", text=text, published=published)])
    return [e.label for e in tl.events]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A coalition led by Saudi Arabia began air strikes against the rebels on Saturday.", "Air strikes"),
        ("Forces loyal to the government began air strikes against the rebels on Saturday.", "Air strikes"),
        ("The US-led coalition carried out pre-dawn air strikes on Saturday.", "Pre-dawn air strikes"),
        ("Government troops stepped up artillery attacks on the town on Friday.", "Artillery attacks"),
        ("The rebels staged hit-and-run attacks near the border on Tuesday.", "Hit-and-run attacks"),
        ("An alliance headed by France launched air strikes on the militants on Thursday.", "Air strikes"),
    ],
)
def test_the_verb_before_the_noun_is_no_modifier(text: str, want: str) -> None:
    labels = _labels(text)
    assert any(label.startswith(want) for label in labels), labels
    assert not any(w in label.split() for label in labels
                   for w in ("began", "launched", "Out", "Up", "staged", "carried", "stepped")), labels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rebels retook the airport two days ago.", "Rebels retake airport"),
        ("The army shelled three towns two days ago.", "Forces shell towns"),
        ("Rebels freed 300 prisoners a week ago.", "Rebels free 300 prisoners"),
        ("Balakliia, retaken three days ago, was being cleared of mines.", "Capture of Balakliia"),
        ("Militants seized two villages on Monday.", "Militants seize villages"),
        ("Troops stormed the parliament building nearly two weeks ago.", "Forces storm parliament"),
    ],
)
def test_an_ago_time_is_no_object(text: str, want: str) -> None:
    labels = _labels(text)
    assert want in labels, labels
    assert not any(w in label.split() for label in labels for w in ("ago", "two", "three", "days", "weeks")), labels


@pytest.mark.parametrize(
    "text",
    [
        "Officials raised the national flag over the district centre on Sunday.",
        "Officials hoisted the flag in the main square on Friday.",
        "Elders raised the white flag over the mosque on Tuesday.",
        "Local officials hoisted the flag over the council building on Monday.",
        "Volunteers raised the flag above the school on Saturday.",
        "Officials raised the flag over the governor's office on Thursday.",
    ],
)
def test_a_flag_raised_by_nobody_named_is_no_flag_in_a_flag(text: str) -> None:
    labels = _labels(text)
    assert labels and not any(label.lower().count("flag") > 1 for label in labels), labels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The army declared a state of emergency for one year on Monday.", "state of emergency"),
        ("A statement declared a state of emergency across the country on Monday.", "state of emergency"),
        ("The government declared a state of mourning on Sunday.", "state of mourning"),
        ("The king declared a state of emergency in the capital on Tuesday.", "state of emergency"),
        ("The cabinet declared a state of alert in three provinces on Friday.", "state of alert"),
        ("Parliament declared a state of calamity on Thursday after the floods.", "state of calamity"),
    ],
)
def test_a_state_declared_is_named_whole(text: str, want: str) -> None:
    labels = _labels(text, "2021-02-06")
    assert any(want in label for label in labels), labels
    assert not any(label.endswith(" state") for label in labels), labels
