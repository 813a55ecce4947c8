"""What the first few characters of a match can be, read from Python's own regex parser.

:func:`prefixes` walks a pattern's parse tree and returns every *path*: a tuple of character sets,
one per leading character of a match, at most ``depth`` long.  A match of the pattern at ``p``
always begins with one of the paths (``text[p + k]`` is in the path's ``k``-th set).  The analysis
only ever errs on the generous side: lookarounds and word boundaries are skipped (zero width),
inline case flags are dropped (the sets are matched case-insensitively), and anything it does not
model (a backreference, a conditional group, a negated class) ends a path as "anything may follow"
or becomes "any character".  So a rule whose paths do not fit the text at ``p`` cannot match at
``p``: the scanner skips it there with one dictionary look-up instead of running it.

:func:`prefix_regex` renders paths as one prefix-factored regex (tested with ``.match``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

from timeline._extract._firsts import SRE_CONSTANTS as _sc
from timeline._extract._firsts import SRE_PARSE as _sp

__all__ = ["Charset", "Path", "Step", "lower", "prefix_regex", "prefixes"]

_sre: Any = importlib.import_module("_sre")  # the regex engine: its own lower-case mapping

#: A character set: the parser's class items, sorted (``None``: any character).
Charset = tuple[tuple[int, Any], ...] | None
#: One step of a path: a character set, and whether it may repeat (``\\s+`` is one step).
Step = tuple[Charset, bool]
#: Leading character sets of a match.
Path = tuple[Step, ...]
# internally a path carries a flag: True when the match may go on with anything after it
# (the depth was reached or the rest of the pattern is not modelled)
_Paths = set[tuple[Path, bool]]

_CATEGORIES = {
    _sc.CATEGORY_DIGIT: r"\d", _sc.CATEGORY_NOT_DIGIT: r"\D", _sc.CATEGORY_SPACE: r"\s",
    _sc.CATEGORY_NOT_SPACE: r"\S", _sc.CATEGORY_WORD: r"\w", _sc.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = tuple(x for x in (getattr(_sc, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if x)
_ZERO_WIDTH = (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT)
_EMPTY: _Paths = {((), False)}
# characters that IGNORECASE makes equal beyond the lower case ("s" and the long s): the regex
# compiler's own table (None: unknown here, then every cased set renders as "any character")
_FIXES: dict[int, tuple[int, ...]] | None
try:  # Python >= 3.11
    _FIXES = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - Python 3.10
    _FIXES = getattr(importlib.import_module("sre_compile"), "_ignorecase_fixes", None)
_BIG_RANGE = 2000


class _TooMany(Exception):
    """More paths than the cap: the caller retries with a smaller depth."""


def _fold(c: int) -> int:
    return int(_sre.unicode_tolower(c))  # the regex engine's own (simple) lower case


def _charset(op: Any, av: Any) -> Charset:
    if op is _sc.LITERAL:
        return ((int(_sc.LITERAL), _fold(av)),)
    if op is not _sc.IN:
        return None  # ANY, NOT_LITERAL, ...: any character (generous)
    items: list[tuple[int, Any]] = []
    for iop, iav in av:
        if iop is _sc.LITERAL:
            items.append((int(iop), _fold(iav)))
        elif iop is _sc.RANGE:
            items.append((int(iop), tuple(iav)))
        elif iop is _sc.CATEGORY and iav in _CATEGORIES:
            items.append((int(iop), _CATEGORIES[iav]))
        else:
            return None  # NEGATE and anything unusual: any character
    return tuple(sorted(set(items), key=repr))


class _Walker:
    def __init__(self, depth: int, cap: int) -> None:
        self.depth = depth
        self.cap = cap

    def concat(self, a: _Paths, b: _Paths) -> _Paths:
        out: _Paths = set()
        d = self.depth
        for pa, open_a in a:
            if open_a:
                out.add((pa, True))
                continue
            for pb, open_b in b:
                pc = pa + pb
                out.add((pc[:d], True) if len(pc) >= d else (pc, open_b))
        if len(out) > self.cap:
            raise _TooMany
        return out

    def seq(self, items: Iterable[tuple[Any, Any]]) -> _Paths:
        cur = _EMPTY
        for op, av in items:
            if all(o for _, o in cur):
                break
            cur = self.concat(cur, self.item(op, av))
        return cur

    def item(self, op: Any, av: Any) -> _Paths:
        if op in _ZERO_WIDTH:
            return _EMPTY
        if op in (_sc.LITERAL, _sc.NOT_LITERAL, _sc.ANY, _sc.IN):
            cs = _charset(op, av)
            return {(((cs, False),), self.depth == 1)}
        if op is _sc.SUBPATTERN:
            return self.seq(av[-1])
        if getattr(_sc, "ATOMIC_GROUP", None) is op:
            return self.seq(av)
        if op is _sc.BRANCH:
            out: _Paths = set()
            for branch in av[1]:
                out |= self.seq(branch)
            return out
        if op in _REPEATS:
            lo, hi, sub = av
            if hi == _sc.MAXREPEAT and len(sub) == 1 and sub[0][0] in (_sc.LITERAL, _sc.NOT_LITERAL, _sc.ANY, _sc.IN):
                # an unbounded run of one class ("\\s+", "[\\w-]*"): one repeating step, not a
                # path per length
                cs = _charset(*sub[0])
                head = self.repeat(lo - 1, lo - 1, self.seq(sub)) if lo > 1 else _EMPTY
                run = self.concat(head, {(((cs, True),), self.depth == 1)})
                return run | _EMPTY if lo == 0 else run
            return self.repeat(lo, hi, self.seq(sub))
        return {((), True)}  # not modelled (backreference, conditional group): anything may follow

    def repeat(self, lo: int, hi: int, x: _Paths) -> _Paths:
        result: _Paths = set()
        cur = _EMPTY
        k = 0
        while True:
            if k >= lo:
                result |= cur
            if k == hi or all(o for _, o in cur):
                result |= cur
                return result
            nxt = self.concat(cur, x)
            k += 1
            if k > lo and nxt <= result:
                return result  # no new path: further repetitions add none either
            cur = nxt


def prefixes(pattern: str, flags: int = re.IGNORECASE, depth: int = 6, cap: int = 3000) -> tuple[set[Path], int]:
    """The paths of ``pattern`` and the depth used (lowered until there are at most ``cap`` paths)."""
    parsed = _sp.parse(pattern, flags)
    while depth > 0:
        try:
            paths = _Walker(depth, cap).seq(parsed)
        except _TooMany:
            depth -= 1
            continue
        return _prune({p for p, _ in paths}), depth
    return {()}, 0


def _prune(paths: set[Path]) -> set[Path]:
    """Drop paths that extend a shorter one (the shorter already admits them)."""
    out: set[Path] = set()
    for p in sorted(paths, key=len):
        if not any(p[:k] in out for k in range(len(p) + 1)):
            out.add(p)
    return out


def _esc(c: int) -> str:
    ch = chr(c)
    return "\\" + ch if ch in "\\]^-[" else ch


def _folded(c: int) -> set[int] | None:
    """What a text character matching ``c`` under IGNORECASE can look like once lower-cased."""
    if _FIXES is None:
        return None if chr(c).lower() != chr(c).upper() else {c}
    lo = _fold(c)
    return {lo, *_FIXES.get(lo, ())}


def _render(cs: Charset) -> str:
    """A class for ``cs`` matched case-sensitively against LOWER-CASED text (see :func:`lower`)."""
    if cs is None:
        return "."
    chars: set[int] = set()
    cats = []
    for op, av in cs:
        if op == int(_sc.CATEGORY):
            cats.append(av)  # \d, \s, \w and their negations: lower-casing keeps a character in or out
            continue
        span = [av] if op == int(_sc.LITERAL) else range(av[0], av[1] + 1)
        if len(span) > _BIG_RANGE or max(span) > 0xFFFF:
            return "."
        for c in span:
            f = _folded(c)
            if f is None:
                return "."
            chars |= f
    return "[" + "".join(_esc(c) for c in sorted(chars)) + "".join(cats) + "]"


def lower(text: str) -> str:
    """``text`` lower-cased character by character (same length: offsets stay valid).

    ``str.lower`` maps each character to its simple lower case but for U+0130 (dotted capital I,
    lower-cased to two characters); it becomes "i" first, which is what the regex engine's
    IGNORECASE compares it as.
    """
    return (text.replace("\u0130", "i") if "\u0130" in text else text).lower()


def prefix_regex(paths: Iterable[Path], partial: bool = False) -> str:
    """One regex (compile it with DOTALL, NOT IGNORECASE) whose ``.match`` on lower-cased text admits
    the paths (and a little more: any character a set could match in any case).

    Paths sharing a leading set are factored (``the\\s`` once for "the past", "the next", ...),
    so the engine rejects a non-matching text after a character or two.  ``partial``: also admit
    a text that ends before a path does (a key cut short: what follows it is unknown).
    """
    tree: dict[Step, Any] = {}
    for p in _prune(set(paths)):
        if not p:
            return ""
        node = tree
        for cs in p:
            node = node.setdefault(cs, {})

    def emit(node: dict[Step, Any]) -> str:
        if not node:
            return ""
        alts = [_render(cs) + ("+" if rep else "") + emit(child) for (cs, rep), child in sorted(node.items(), key=repr)]
        if partial:
            return r"(?:\Z|" + "|".join(alts) + ")"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)
