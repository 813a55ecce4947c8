"""Compiled regular expressions, cached for the life of the process.

The rules build their patterns inline, where they are read; ``re``'s own cache holds only a few
hundred patterns and the whole pipeline uses more, so the events stage keeps its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["rx", "trie_alternation"]


@functools.cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled once."""
    return re.compile(pattern, flags)


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation matching exactly ``words``, factored by common prefixes.

    ``re`` tries the branches of a flat alternation one by one at every position of the text; a
    prefix tree lets it reject a position after a character or two, which makes the one-pass
    scans over a document (triggers, aliases) several times faster.  Longer words win over their
    prefixes ("offensives" before "offensive"), as in a longest-first flat alternation.  Callers
    that match case-insensitively pass lower-cased words.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    end = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:  # a word ends here, longer ones go on: try the longer first (greedy ?)
        return "(?:" + body + ")?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
    return body
