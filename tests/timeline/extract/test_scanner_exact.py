"""The fast scanner is exact: the same hits as trying every rule at every word start.

``_scanner._hits`` (first-characters dispatch) against ``_scanner._scan_reference`` (one big
alternation, the definition), on sentences written here, every family's example corpus, and
hypothesis-generated date-like text; the prefix analysis behind the dispatch; and the
IGNORECASE rewrite of :mod:`timeline._extract._caseless` against the patterns it rewrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._extract import _caseless, _prefix, _scanner, _tense
from timeline._extract._rule import Hit
from timeline._extract._scanner import ALL_RULES, FAMILIES

Key = tuple[int, int, str, str | None]


def _keys(hits: Iterable[tuple[int, re.Match[str], Hit]]) -> list[Key]:
    return [(m.start(), m.end(), ALL_RULES[i].name, h.rule) for i, m, h in hits]


def _same(text: str) -> None:
    assert _keys(_scanner._hits(text)) == _keys(_scanner._scan_reference(text)), text[:200]


# Sentences written for this test: date-like runs, near misses, odd case and odd characters.
SENTENCES = [
    "The talks ended on October 24, 2016, in Geneva; the company said the coming months would tell.",
    "THE PAST 12 DAYS, the past twelve days and The Past Week were calm, Saturday Saturday Sat. Sat",
    "Nearly two weeks into the offensive, some 3,000-4,000 fighters held 28,000-strong lines.",
    "Prices of the 1990s, the '80s, the mid-1980s and the 20th century; fiscal 1989 and Q3 2016.",
    "He said on Thursday at 9:40 a.m. that 8 p.m. Saturday and noon tomorrow were set, since 2014.",
    "every other day, twice a month, each Friday, on Mondays, daily newsletters and monthly figures.",
    "a year ago, a year earlier, an hour later, two days after the vote, the year-earlier quarter.",
    "\u0130stanbul \u0131n \u017fince OCTOBER 5 \u212aelvin \u00a0a\u00a0year ago, Oct.\u00a024, 2\u00a01/2 years",
    "Yesterday\u2019s vote, yesterday's vote, last night, this morning, overnight, pre-dawn raids.",
    "Views: 1491 \u00a9 2010 (c) 2011 Last Update 9:40\nSunday, 05 April 2020\n",
    "mid-October, early March, late 2015, the end of the year, the start of next month, in June.",
    "", " ", "a", "1", "Saturday", "the", "the the the", "in in 1999", "1, 1, 1,", "2016-", "May may MAY",
    "\u2019s \u2019 ' 'the 'Saturday x'Saturday _Saturday 9Saturday", "\n\nOct.\n24\n2016\n",
]


def _corpus() -> list[str]:
    out = list(SENTENCES)
    for mod in FAMILIES.values():
        out += [ex.text for ex in (*mod.EXAMPLES, *mod.NEGATIVES)]
    return out


@pytest.mark.parametrize("text", _corpus())
def test_fast_hits_are_the_reference_hits(text: str) -> None:
    _same(text)


def test_whole_corpus_as_one_text() -> None:
    _same("  ".join(_corpus()))
    _same("".join(_corpus()))  # sentences run together: word starts move


# date-like tokens: words of every family's examples, plus separators and odd characters
_TOKENS = sorted({w for t in _corpus() for w in re.findall(r"\w+|[^\w\s]", t)} | {
    "the", "a", "an", "last", "next", "this", "past", "of", "in", "on", "at", "since", "ago", "later",
    "-", "'", "\u2019", ",", ".", "(", ")", "/", ":", "\u0130", "\u0131", "\u017f", "\u212a", "\u00bd",
})
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "-", "", "\u00a0", ", ", ". "])
_CASE = st.sampled_from(["as is", "lower", "upper", "title"])


def _cased(token: str, case: str) -> str:
    return token if case == "as is" else str(getattr(token, case)())


_TOKEN = st.tuples(st.sampled_from(_TOKENS), _CASE).map(lambda tc: _cased(*tc))
_TEXT = st.lists(st.tuples(_TOKEN, _SEPARATORS), max_size=40).map(lambda ts: "".join(a + b for a, b in ts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_fast_hits_are_the_reference_hits_on_generated_text(text: str) -> None:
    _same(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_fast_hits_are_the_reference_hits_on_any_text(text: str) -> None:
    _same(text)


def test_every_example_match_is_admitted_by_its_rule_paths() -> None:
    # the dispatch table can only leave out a rule whose paths do not admit the next characters
    d = _scanner._dispatch()
    seen = 0
    for text in _corpus():
        low = _prefix.lower(text)
        for i, m, _ in _scanner._scan_reference(text):
            assert d.admits[i](low[m.start():m.start() + d.depth]), (ALL_RULES[i].name, m.group())
            seen += 1
    assert seen > 100


def test_prefix_paths() -> None:
    paths, depth = _prefix.prefixes(r"(?:the\s+)?\d+", re.IGNORECASE, 3)
    assert depth == 3
    rx = re.compile(_prefix.prefix_regex(paths), re.DOTALL)
    assert rx.match("the") and rx.match("7") and rx.match("the 7")
    assert rx.match("tha") is None and rx.match("x") is None and rx.match("t") is None  # "t": the text ends
    assert rx.match(_prefix.lower("THE")) and rx.match(_prefix.lower("\u212a")) is None
    # zero-width parts are skipped, a lookbehind does not constrain what follows
    p2, _ = _prefix.prefixes(r"(?<=\bin\s)(?-i:May)\b", re.IGNORECASE, 4)
    rx2 = re.compile(_prefix.prefix_regex(p2), re.DOTALL)
    assert rx2.match("may") and rx2.match("mayb") and rx2.match("ma") is None
    assert _prefix.lower("\u0130x") == "ix"


def test_ignorecase_letters_table_is_complete() -> None:
    # every code point IGNORECASE equates with an ASCII letter is in that letter's class
    letters = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    assert odd == set("".join(_caseless.ALSO.values()))
    for low, extra in _caseless.ALSO.items():
        for ch in extra:
            assert re.fullmatch(low, ch, re.IGNORECASE)


def test_rewritten_patterns_match_like_their_originals() -> None:
    assert any(fast is _tense._CUE for _, fast in _caseless.REWRITTEN)
    pairs = list(_caseless.REWRITTEN)
    pairs += [(re.compile(r.pattern, re.IGNORECASE), _caseless.fast(re.compile(r.pattern, re.IGNORECASE)))
              for r in ALL_RULES]
    texts = _corpus() + ["  ".join(_corpus())]
    for original, fast in pairs:
        for text in texts:
            want = [(m.span(), m.groupdict(), m.lastgroup) for m in original.finditer(text)]
            assert [(m.span(), m.groupdict(), m.lastgroup) for m in fast.finditer(text)] == want, original.pattern[:80]


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_tense_cues_match_like_the_original(text: str) -> None:
    for original, fast in _caseless.REWRITTEN:
        want = [(m.span(), m.lastgroup) for m in original.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == want


def test_rewrite_declines_what_it_cannot_keep_exact() -> None:
    assert _caseless.uncased("caf\u00e9", re.IGNORECASE) is None  # a cased non-ASCII letter
    assert _caseless.uncased(r"(a)\1", re.IGNORECASE) is None  # a backreference compares case-blind
    original = re.compile(r"\b(?:will|would|(?-i:May)|'ll)\b", re.IGNORECASE)
    rx = _caseless.fast(original)
    assert not rx.flags & re.IGNORECASE
    text = "WILL may May would he'll 'll W\u0130LL"
    assert [m.group() for m in rx.finditer(text)] == ["WILL", "May", "would", "'ll", "W\u0130LL"]
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in original.finditer(text)]


def test_lower_casing_keeps_word_digit_space_and_apostrophe_classes() -> None:
    # the dispatch reads the lower-cased text: a word start there must be one in the text
    classes = [re.compile(p) for p in (r"\w", r"\d", r"\s", "['\u2019]")]
    for c in range(0x110000):
        ch = chr(c)
        low = _prefix.lower(ch)
        assert len(low) == 1, hex(c)
        if low != ch:
            assert [bool(rx.match(ch)) for rx in classes] == [bool(rx.match(low)) for rx in classes], hex(c)
