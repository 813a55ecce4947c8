"""The characters a regex can start with, read from Python's own regex parser.

The combined scanner puts ``(?=[...])`` with these characters in front of each rule, so that at a
position where a rule cannot start, the regex engine rejects it with one character-class test
instead of walking its optional prefixes and lookbehinds.  This is what keeps one pass of ~70
alternatives fast on ordinary text.  ``None`` means "could start with anything" (no guard).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["SRE_CONSTANTS", "SRE_PARSE", "charset_guard", "first_chars", "guard"]

#: The regex engine's own parser and its constants (``re._parser``; ``sre_parse`` before Python 3.11),
#: which the pattern readers (this module, :mod:`._prefix`, :mod:`._caseless`) walk.
try:  # Python >= 3.11
    SRE_PARSE: Any = importlib.import_module("re._parser")
    SRE_CONSTANTS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10
    SRE_PARSE = importlib.import_module("sre_parse")
    SRE_CONSTANTS = importlib.import_module("sre_constants")
_sp, _sc = SRE_PARSE, SRE_CONSTANTS

_DIGITS = set("0123456789")
# what ``\s`` matches in a str pattern: every Unicode space (no-break space included)
_SPACE = {chr(c) for c in range(0x3001) if chr(c).isspace()}


def _add(out: set[str], ch: str, icase: bool) -> None:
    out.add(ch)
    if icase:
        out.add(ch.lower())
        out.add(ch.upper())


def _first(seq: Any, icase: bool) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        if op is _sc.LITERAL:
            _add(out, chr(av), icase)
            return out, False
        if op is _sc.IN:
            for iop, iav in av:
                if iop is _sc.LITERAL:
                    _add(out, chr(iav), icase)
                elif iop is _sc.RANGE and iav[1] - iav[0] < 300:
                    for c in range(iav[0], iav[1] + 1):
                        _add(out, chr(c), icase)
                elif iop is _sc.CATEGORY and iav is _sc.CATEGORY_DIGIT:
                    out |= _DIGITS
                elif iop is _sc.CATEGORY and iav is _sc.CATEGORY_SPACE:
                    out |= _SPACE
                else:
                    return None, False
            return out, False
        if op in (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT):
            continue  # zero width
        if op is _sc.BRANCH:
            nullable = False
            for branch in av[1]:
                f, n = _first(branch, icase)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if op is _sc.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            ic = (icase or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
            f, n = _first(sub, ic)
            if f is None:
                return None, False
            out |= f
            if not n:
                return out, False
            continue
        if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) or getattr(_sc, "POSSESSIVE_REPEAT", None) is op:
            lo, _hi, sub = av
            f, n = _first(sub, icase)
            if f is None:
                return None, False
            out |= f
            if lo > 0 and not n:
                return out, False
            continue
        return None, False
    return out, True


def first_chars(pattern: str, flags: int = re.IGNORECASE) -> set[str] | None:
    """Every character a match of ``pattern`` can begin with, or ``None`` if unknown/any."""
    parsed = _sp.parse(pattern, flags)
    f, nullable = _first(parsed, bool(flags & re.IGNORECASE))
    return None if (f is None or nullable or not f) else f


def guard(pattern: str, flags: int = re.IGNORECASE) -> str:
    """A lookahead ``(?=[...])`` admitting only the first characters of ``pattern`` ('' if any)."""
    return charset_guard(first_chars(pattern, flags))


def charset_guard(f: set[str] | None) -> str:
    """A lookahead ``(?=[...])`` admitting only the characters ``f`` ('' for ``None``)."""
    if f is None:
        return ""
    body = "".join(re.escape(c) if c not in "\\]^-" else "\\" + c for c in sorted(f))
    return f"(?=[{body}])"

