"""One list of telling verbs (``_lexicon.TELLING``) serves the tense heuristic and the weekday rules.

A weekday's possessive that opens the subject of a reported clause ("<telling verb> Friday's vote would
be delayed") takes the reported clause's tense, for every verb of telling, not only "said"; an
unplanned noun ("Saturday's bombing"), a verb that tells nothing, and a present "says" stay as they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline._extract import _lexicon, _tense, weekdays
from timeline.model import Anchor

_ANCHOR = Anchor(value=dt.datetime(2016, 10, 26), source="cli")  # a Wednesday


def _value(text: str, span: str) -> str:
    found = _resolve.resolve(_extract.extract(text), _ANCHOR)
    hits = [e.value for e in found if e.text == span]
    assert hits, [(e.text, e.value) for e in found]
    return hits[0]


def test_one_list() -> None:
    for verb in _lexicon.TELLING:
        assert _tense._TELLING.fullmatch(verb), verb
        lead = f"officials {verb} {'reporters ' if verb in _lexicon.TELLING_WHOM else ''}"
        assert weekdays._TOLD_BEFORE.search(lead), verb
    assert not _tense._TELLING.fullmatch("says")  # a present telling is now, no day of its own
    assert weekdays._TOLD_BEFORE.search("the mayor says ")


@pytest.mark.parametrize(
    ("sentence", "span", "want"),
    [
        # a planned event told ahead, after any verb of telling: the coming day
        ("The opposition vowed Saturday's rally would go ahead.", "Saturday", "2016-10-29"),
        ("Organisers pledged Saturday's march would be peaceful.", "Saturday", "2016-10-29"),
        ("The mayor promised Friday's summit would settle the dispute.", "Friday", "2016-10-28"),
        ("The minister informed reporters Friday's vote would be delayed.", "Friday", "2016-10-28"),
        ("Aides assured donors Thursday's conference would proceed.", "Thursday", "2016-10-27"),
        ("The union warned that Friday's walkout will shut the ports.", "Friday", "2016-10-28"),
        ("The army said Saturday's parade would go ahead.", "Saturday", "2016-10-29"),
        # not a planned event, not a reported subject, or no telling: the past day, as before
        ("The opposition vowed Saturday's bombing would not deter it.", "Saturday", "2016-10-22"),
        ("Police confirmed Friday's attack killed four.", "Friday", "2016-10-21"),
        ("Voters remembered Thursday's debate.", "Thursday", "2016-10-20"),
        # a day beside the telling itself: the telling's day
        ("The president promised on Tuesday he would sign the bill.", "Tuesday", "2016-10-25"),
        ("Rebels said on Monday they would withdraw.", "Monday", "2016-10-24"),
        # a present "says" tells now: the day beside it is the reported act's
        ("The mayor says on Monday he will resign.", "Monday", "2016-10-31"),
    ],
)
def test_telling_verbs(sentence: str, span: str, want: str) -> None:
    assert _value(sentence, span) == want
