"""Dates in words and escaped, marked sentences (timeline._export._figure_text)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._export._figure_text import between_words, esc, interval_words, marked_sentence, span_words
from timeline.model import Interval

D = dt.datetime


@pytest.mark.parametrize(
    ("interval", "words"),
    [
        (Interval.day(dt.date(2016, 10, 29)), "29 Oct 2016"),
        (Interval.exact(D(2016, 10, 15), D(2016, 10, 20)), "15–19 Oct 2016"),
        (Interval.exact(D(2016, 10, 28), D(2016, 11, 4)), "28 Oct – 3 Nov 2016"),
        (Interval.exact(D(2016, 12, 28), D(2017, 1, 4)), "28 Dec 2016 – 3 Jan 2017"),
        (Interval.exact(D(2014, 6, 1), D(2014, 7, 1)), "Jun 2014"),
        (Interval.exact(D(2014, 6, 1), D(2014, 9, 1)), "Jun–Aug 2014"),
        (Interval.exact(D(2014, 1, 1), D(2015, 1, 1)), "2014"),
        (Interval.exact(D(2003, 1, 1), D(2006, 1, 1)), "2003–2005"),
        (Interval.exact(D(2017, 6, 20, 2), D(2017, 6, 20, 4)), "20 Jun 2017, 02:00–04:00"),
        (Interval.exact(D(2017, 6, 20, 22), D(2017, 6, 21)), "20 Jun 2017, 22:00–24:00"),
        (Interval.exact(D(2017, 6, 20, 22), D(2017, 6, 21, 3)), "20 Jun 2017, 22:00 – 21 Jun 2017, 03:00"),
        # One day, not known which: the issue's own example.
        (Interval(start=(D(2016, 10, 15), D(2016, 10, 19)), end=(D(2016, 10, 16), D(2016, 10, 20))),
         "between 15 and 19 Oct 2016"),
        (Interval(start=(D(2016, 10, 30), D(2016, 11, 2)), end=(D(2016, 10, 31), D(2016, 11, 3))),
         "between 30 Oct and 2 Nov 2016"),
        (Interval(start=(D(2014, 6, 1), D(2014, 6, 30)), end=(D(2014, 6, 2), D(2014, 7, 1))), "sometime in Jun 2014"),
        (Interval(start=(D(2016, 11, 1), D(2016, 11, 30)), end=(None, None)), "began in Nov 2016; end not stated"),
        (Interval(start=(D(2016, 11, 1), D(2016, 11, 30)), end=(D(2017, 5, 11), None)),
         "began in Nov 2016; still going on 10 May 2017"),
        (Interval(start=(None, D(2014, 3, 1)), end=(D(2017, 10, 18), D(2017, 10, 18))),
         "began by 1 Mar 2014; until 17 Oct 2017"),
        (Interval(start=(D(2017, 7, 1), D(2017, 7, 10)), end=(D(2017, 9, 1), D(2017, 9, 1))),
         "began between 1 and 10 Jul 2017; until 31 Aug 2017"),
        (Interval(start=(D(2017, 7, 1), D(2017, 7, 1)), end=(D(2017, 8, 1), D(2017, 9, 1))),
         "from 1 Jul 2017; ended in Aug 2017"),
        (Interval(), "date not stated"),
    ],
)
def test_interval_words(interval: Interval, words: str) -> None:
    assert interval_words(interval) == words


def test_between_words_with_times() -> None:
    assert between_words(D(2017, 6, 20, 2), D(2017, 6, 20, 4)) == "between 02:00 and 04:00 on 20 Jun 2017"
    assert between_words(D(2017, 6, 20, 23), D(2017, 6, 21, 1)) == "between 20 Jun 2017, 23:00 and 21 Jun 2017, 01:00"
    assert span_words(D(2017, 6, 20, 2), D(2017, 6, 20, 2)) == "20 Jun 2017, 02:00"


def test_esc_covers_what_plotly_and_html_interpret() -> None:
    assert esc("<b>x</b> & \"y\" it's $5$") == "&lt;b&gt;x&lt;/b&gt; &amp; &#34;y&#34; it&#39;s &#36;5&#36;"


def test_marked_sentence_marks_escapes_and_wraps() -> None:
    s = "On <Tuesday> the SDF & allies took the dam, officials said on 10 May."
    k = s.index("<Tuesday>")
    out = marked_sentence(s, [(k, k + len("<Tuesday>"), "b"), (s.index("took"), s.index("took") + 4, "i")], width=30)
    assert "<b>&lt;Tuesday&gt;</b>" in out
    assert "<i>took</i>" in out
    assert "&amp; allies" in out
    assert "<br>" in out  # wrapped
    plain = out.replace("<br>", " ").replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
    assert plain == esc(s)


def test_marked_sentence_keeps_a_mark_inside_a_word_attached() -> None:
    s = "The 2016-era push began."
    out = marked_sentence(s, [(4, 8, "b")])
    assert out == "The <b>2016</b>-era push began."


def test_marked_sentence_cuts_long_sentences_around_the_mark() -> None:
    s = "word " * 200 + "yesterday" + " more" * 100
    k = s.index("yesterday")
    out = marked_sentence(s, [(k, k + 9, "b")], limit=120)
    assert "<b>yesterday</b>" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out.replace("<br>", " ")) < 200
