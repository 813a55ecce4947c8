"""What the mention finder returns: mentions, cues and the document they were found in.

:class:`Mention` (a trigger with its actors, places, targets and tense), :class:`Cue` (an aspectual
or reporting word), :class:`DocMentions` (everything found in one document, with offset indexes).
Re-exported by :mod:`._mentions`; a module of its own so that the role finders (:mod:`._roles`) and
the mention rules can share them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline._events._aliases import Match
from timeline._events._nouns import Name
from timeline._events._text import Sentence, Tense

__all__ = ["Cue", "DocMentions", "Mention", "Spans"]


@dataclass(frozen=True)
class Cue:
    """A word that lends a time to a mention (aspectual verb) or absorbs it (reporting verb)."""

    kind: str  # "aspect" | "report"
    relation: str  # for aspect: begins/ends/lasts; for report: "report"
    start: int
    end: int
    sent: int
    host: int | None = None  # index of the mention an aspectual verb governs
    of_noun: bool = False  # a noun "the end of" / "the start of" governing the event noun after "of"


@dataclass
class Mention:
    """One event mention: a trigger and what the rules found around it."""

    doc: str
    index: int
    sent: Sentence
    start: int
    end: int
    word: str
    lemma: str
    type: str
    nominal: bool
    tense: Tense
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    campaign: str | None = None  # the place or name of the campaign this noun phrase names
    named: bool = False  # a named operation ("Operation Wrath of Euphrates")
    modifiers: tuple[str, ...] = ()
    premod: str = ""  # the words before a noun, as written ("the 2003 US-led")
    definite: bool = False
    plural: bool = False
    possessive_time: bool = False
    obj: str | None = None  # the object's head, for labels ("caliphate")
    aspect: str | None = None  # relation lent by an aspectual verb governing this noun
    aspect_span: tuple[int, int] | None = None
    reported_by: int | None = None  # index of the reporting cue whose complement holds it
    licensed_by: int | None = None  # index of the order or leave it complements ("ordered troops to withdraw")

    @property
    def anaphoric(self) -> bool:
        """A definite noun with no actor and no campaign of its own ("the move", "Yesterday's move")."""
        return self.nominal and (self.definite or self.possessive_time) and not self.actors and not self.campaign


@dataclass
class DocMentions:
    """Everything the rules found in one document."""

    doc: str
    text: str  # normalised text (same offsets as the document's)
    sentences: list[Sentence]
    mentions: list[Mention]
    cues: list[Cue]
    named: set[str]
    places: list[Match]
    actors: list[Match]
    names: list[Name] = field(default_factory=list)  # capitalised names no table or generic actor covers
    _index: dict[str, Spans] = field(default_factory=dict, init=False, repr=False, compare=False)
    _solid: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _sent_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _mention_order: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _mention_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    #: the named sites of the text by kind (:func:`._sites.doc_sites`, found once: text, places and actors are fixed)
    site_names: dict[str, set[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def solid_names(self) -> frozenset[str]:
        """Names the document writes at least once where a capital means a name (not a sentence start)."""
        got = self._solid
        if got is None:
            got = self._solid = frozenset(n.text for n in self.names if not n.opener)
        return got

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding offset ``pos`` (a bisect: sentences are sorted and do not overlap)."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.sentences]
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and self.sentences[k].start <= pos < self.sentences[k].end:
            return self.sentences[k]
        return None

    def renumber(self, first: int, kept: list[Mention]) -> None:
        """Make ``kept`` the mentions from ``first`` on (the caller orders them by text: the linker bisects
        them): their indices, and the licences and cue hosts that point among them, follow.  A mention new to
        the list carries a negative index; one left out of ``kept`` is gone, and so is what pointed to it."""
        moved = {x.index: first + k for k, x in enumerate(kept) if x.index >= first}
        for k, x in enumerate(kept):
            x.index = first + k
            if x.licensed_by is not None and x.licensed_by >= first:
                x.licensed_by = moved.get(x.licensed_by)
        self.mentions[first:] = kept
        self.cues[:] = [c if c.host is None or c.host < first else
                        Cue(c.kind, c.relation, c.start, c.end, c.sent, moved.get(c.host), c.of_noun) for c in self.cues]

    def mentions_starting(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in ``[lo, hi)``, in list order (indexed when first asked, and again
        when mentions were added since: the open acts append theirs after find_mentions)."""
        if self._mention_order is None or len(self._mention_order) != len(self.mentions):
            self._mention_order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            self._mention_starts = [self.mentions[i].start for i in self._mention_order]
        a, b = bisect.bisect_left(self._mention_starts, lo), bisect.bisect_left(self._mention_starts, hi)
        return [self.mentions[i] for i in sorted(self._mention_order[a:b])]

    def spans(self, which: str) -> Spans:
        """``places``, ``actors`` or ``both`` indexed by offset (built once: the lists never change after
        construction), so that a long, name-dense text costs each mention a bisect, not a scan."""
        got = self._index.get(which)
        if got is None:
            items = self.places if which == "places" else self.actors if which == "actors" else self.places + self.actors
            got = self._index[which] = Spans(items)
        return got


class Spans:
    """Matches sorted by start, with the running maximum of their ends."""

    def __init__(self, items: Sequence[Match]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]
        self.reach: list[int] = []
        top = -1
        for i in self.order:
            top = max(top, items[i].end)
            self.reach.append(top)
        self.countries = {p.name for p in items if p.place_kind == "country"}
        self.names = frozenset(p.name for p in items)

    def covers(self, pos: int) -> bool:
        """Whether some match has ``start <= pos < end``."""
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def within(self, lo: int, hi: int) -> list[Match]:
        """The matches inside ``[lo, hi)``, in list order."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        return [self.items[i] for i in sorted(self.order[k] for k in range(a, b) if self.items[self.order[k]].end <= hi)]
