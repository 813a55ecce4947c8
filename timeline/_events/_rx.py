"""Compiled regular expressions, cached for the life of the process.

The rules build their patterns inline, where they are read; ``re``'s own cache holds only a few
hundred patterns and the whole pipeline uses more, so the events stage keeps its own.
"""

from __future__ import annotations

import functools
import re

__all__ = ["rx"]


@functools.cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled once."""
    return re.compile(pattern, flags)
