"""IGNORECASE without the flag: the same pattern with its letters spelt out as ``[aA]`` classes.

Under IGNORECASE the regex engine compares literals through a case mapping and cannot reject an
alternative by its first character, so a long alternation of words (``will|would|shall|...``) is
entered word by word at every position.  Written as classes (``[wW][iI][lL][lL]``) and compiled
case-sensitively, the same pattern matches exactly the same strings -- the classes hold every
character IGNORECASE equates with the letter, the dotted/dotless I, long S and Kelvin sign
included -- with the same groups.  Alternatives are factored by their first letter (a trie, in
the same order) and a look-ahead on the possible first characters goes in front: on a list of
cue words (``_tense._CUE``) the search runs three to four times faster.

:func:`uncased` rewrites a parsed pattern back to regex text (``None`` when it uses something it
does not handle: a cased non-ASCII letter, a backreference under IGNORECASE, a conditional group);
:func:`fast` returns the compiled equivalent, or the pattern itself when there is none.
"""

from __future__ import annotations

import re
from typing import Any

from timeline._extract._firsts import SRE_CONSTANTS as _sc
from timeline._extract._firsts import SRE_PARSE as _sp
from timeline._extract._firsts import charset_guard, first_chars

__all__ = ["ALSO", "REWRITTEN", "fast", "uncased"]

#: Non-ASCII characters IGNORECASE equates with an ASCII letter (Python's ``re`` documentation;
#: a test checks it against every code point).
ALSO = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_AT = {
    _sc.AT_BEGINNING: "^", _sc.AT_BEGINNING_STRING: r"\A", _sc.AT_END: "$", _sc.AT_END_STRING: r"\Z",
    _sc.AT_BOUNDARY: r"\b", _sc.AT_NON_BOUNDARY: r"\B",
}
_CATEGORY = {
    _sc.CATEGORY_DIGIT: r"\d", _sc.CATEGORY_NOT_DIGIT: r"\D", _sc.CATEGORY_SPACE: r"\s",
    _sc.CATEGORY_NOT_SPACE: r"\S", _sc.CATEGORY_WORD: r"\w", _sc.CATEGORY_NOT_WORD: r"\W",
}
_FLAG_LETTERS = {re.MULTILINE: "m", re.DOTALL: "s"}  # VERBOSE dropped: the rewrite has no layout


class _Unsupported(Exception):
    pass


def _esc(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def _forms(c: int, icase: bool) -> str:
    """Class body for literal ``c``: every character that matches it."""
    ch = chr(c)
    if not icase or ch.lower() == ch.upper():
        return _esc(ch)
    if c >= 128:
        raise _Unsupported  # a cased non-ASCII letter: keep IGNORECASE
    low = ch.lower()
    return _esc(low) + _esc(low.upper()) + ALSO.get(low, "")


def _set(items: Any, icase: bool) -> str:
    body = ""
    for op, av in items:
        if op is _sc.NEGATE:
            body = "^" + body
        elif op is _sc.LITERAL:
            body += _forms(av, icase)
        elif op is _sc.RANGE:
            lo, hi = av
            body += f"{_esc(chr(lo))}-{_esc(chr(hi))}"
            if icase:
                cased = [c for c in range(lo, hi + 1) if chr(c).lower() != chr(c).upper()]
                if any(c >= 128 for c in cased) or hi - lo > 0x3000:
                    raise _Unsupported
                body += "".join(_forms(c, True) for c in cased)
        elif op is _sc.CATEGORY and av in _CATEGORY:
            body += _CATEGORY[av]
        else:
            raise _Unsupported
    return "[" + body + "]"


class _Writer:
    def __init__(self, names: dict[int, str]) -> None:
        self.names = names

    def seq(self, items: Any, icase: bool) -> str:
        return "".join(self.item(op, av, icase) for op, av in items)

    def branch(self, alts: list[list[tuple[Any, Any]]], icase: bool) -> str:
        """The alternatives, those starting with a literal factored by it (a trie).

        Exact: alternatives starting with different letters cannot both match at one place, so
        grouping them by their first letter keeps, at every place, the order in which the
        engine tries the ones that can match.  Grouping stops at an alternative that starts
        otherwise (a class, a group): it could match where the others do.
        """
        out: list[str] = []
        k = 0
        while k < len(alts):
            if not (alts[k] and alts[k][0][0] is _sc.LITERAL):
                out.append(self.seq(alts[k], icase))
                k += 1
                continue
            run: dict[str, list[list[tuple[Any, Any]]]] = {}
            heads: dict[str, tuple[Any, Any]] = {}
            while k < len(alts) and alts[k] and alts[k][0][0] is _sc.LITERAL:
                head = alts[k][0]
                key = chr(head[1]).lower() if icase else chr(head[1])
                run.setdefault(key, []).append(alts[k][1:])
                heads.setdefault(key, head)
                k += 1
            for key, rests in run.items():
                first = self.item(*heads[key], icase)
                if len(rests) == 1:
                    out.append(first + self.seq(rests[0], icase))
                else:
                    out.append(first + "(?:" + self.branch(rests, icase) + ")")
        return "|".join(out)

    def item(self, op: Any, av: Any, icase: bool) -> str:
        if op is _sc.LITERAL:
            ch = chr(av)
            return re.escape(ch) if not icase or ch.lower() == ch.upper() else "[" + _forms(av, icase) + "]"
        if op is _sc.NOT_LITERAL:
            return "[^" + _forms(av, icase) + "]"
        if op is _sc.IN:
            return _set(av, icase)
        if op is _sc.ANY:
            return "."
        if op is _sc.AT and av in _AT:
            return _AT[av]
        if op is _sc.BRANCH:
            return "(?:" + self.branch([list(b) for b in av[1]], icase) + ")"
        if op is _sc.SUBPATTERN:
            group, add, dele, sub = av
            if add & re.IGNORECASE:
                icase = True
            if dele & re.IGNORECASE:
                icase = False
            on = "".join(v for k, v in _FLAG_LETTERS.items() if add & k)
            off = "".join(v for k, v in _FLAG_LETTERS.items() if dele & k)
            if (add | dele) & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
                raise _Unsupported
            inner = self.seq(sub, icase)
            if group is not None:
                name = self.names.get(group)
                return (f"(?P<{name}>" if name else "(") + inner + ")"
            return f"(?{on}{'-' + off if off else ''}:{inner})"
        if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) or getattr(_sc, "POSSESSIVE_REPEAT", None) is op:
            lo, hi, sub = av
            rng = f"{{{lo},{'' if hi == _sc.MAXREPEAT else hi}}}"
            tail = "?" if op is _sc.MIN_REPEAT else "+" if op is not _sc.MAX_REPEAT else ""
            return "(?:" + self.seq(sub, icase) + ")" + rng + tail
        if op in (_sc.ASSERT, _sc.ASSERT_NOT):
            direction, sub = av
            head = {(True, 1): "(?=", (True, -1): "(?<=", (False, 1): "(?!", (False, -1): "(?<!"}
            return head[(op is _sc.ASSERT, direction)] + self.seq(sub, icase) + ")"
        if getattr(_sc, "ATOMIC_GROUP", None) is op:
            return "(?>" + self.seq(av, icase) + ")"
        if op is _sc.GROUPREF and not icase:
            name = self.names.get(av)
            return f"(?P={name})" if name else f"(?:\\{av})"
        raise _Unsupported


def uncased(pattern: str, flags: int = re.IGNORECASE) -> str | None:
    """``pattern`` rewritten to match the same under ``flags & ~IGNORECASE`` (``None``: cannot)."""
    if flags & (re.ASCII | re.LOCALE):
        return None
    parsed = _sp.parse(pattern, flags)
    state = getattr(parsed, "state", None) or parsed.pattern
    names = {gid: name for name, gid in state.groupdict.items()}
    if state.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        return _Writer(names).seq(parsed, bool(state.flags & re.IGNORECASE))
    except _Unsupported:
        return None


#: (original, rewritten) for every pattern :func:`fast` rewrote: the tests check each pair agrees.
REWRITTEN: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


def fast(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A faster equivalent of ``rx``: case-sensitive, with a first-character guard (else ``rx``)."""
    flags: int
    if rx.flags & re.IGNORECASE:
        text = uncased(rx.pattern, rx.flags)
        if text is None:
            return rx
        flags = rx.flags & ~(re.IGNORECASE | re.VERBOSE)  # the rewrite has no comments or layout
    else:
        text, flags = rx.pattern, rx.flags  # case-sensitive already: only the guard below
    # a look-ahead for the characters a match can start with: most places are rejected by one test
    guard = charset_guard(first_chars(text, flags))
    if not guard and text is rx.pattern:
        return rx
    out = re.compile(guard + "(?:" + text + ")" if guard else text, flags)
    REWRITTEN.append((rx, out))
    return out
