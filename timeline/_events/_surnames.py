"""A person named in full, then by surname: "Prime Minister Haider al-Abadi ... Abadi told ...".

The alias table knows the full name ("Haider al-Abadi" stands for the Iraqi government); a dispatch
then says "Abadi".  Within one document, a bare capitalised word that is the last word of a person's
name the table matched earlier (with its article "al-", "el-", "ad-" dropped) refers to the same actor.
"""

from __future__ import annotations

import re

from timeline._events._aliases import Match

__all__ = ["surname_of", "surname_references"]

_PERSON = re.compile(r"[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|al-[A-Z][\w'-]+|el-[A-Z][\w'-]+|bin|ibn|de|van|von))+")
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)-", re.IGNORECASE)


def surname_of(name: str) -> str | None:
    """The surname a person's full name is referred to by ("Haider al-Abadi" -> "Abadi", "Volodymyr Zelensky"
    -> "Zelensky"), or ``None`` when ``name`` is no person's full name or its surname is too short to tell."""
    if _PERSON.fullmatch(name) is None:
        return None
    last = _ARTICLE.sub("", name.split()[-1])
    return last if len(last) >= 4 and last[0].isupper() else None


def surname_references(text: str, actors: list[Match]) -> list[Match]:
    """Weak actor matches for each later bare surname of a person the table named (in text order)."""
    surnames: dict[str, tuple[str, int]] = {}  # surname -> (canonical actor, end of its first full naming)
    for a in actors:
        last = surname_of(text[a.start : a.end]) if a.strong else None
        if last is None:
            continue
        known = surnames.get(last)
        if known is not None and known[0] != a.name:
            surnames[last] = ("", 0)  # two people of one surname: say nothing
        elif known is None:
            surnames[last] = (a.name, a.end)
    covered = [(a.start, a.end) for a in actors]
    out: list[Match] = []
    for last, (name, after) in sorted(surnames.items()):
        if not name:
            continue
        # (a pattern per document's name: ``re``'s bounded cache, not the process-long ``rx``)
        for m in re.compile(r"(?<![\w'-])" + re.escape(last) + r"(?![\w'-])").finditer(text, after):
            if any(lo <= m.start() < hi for lo, hi in covered):
                continue  # part of a longer name already matched ("Haider al-Abadi" again)
            out.append(Match(name, "actor", m.start(), m.end(), False))
    return sorted(out, key=lambda x: x.start)
