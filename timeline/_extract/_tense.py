"""Cheap clause-tense heuristic: the nearest tense cue to the expression, within its sentence.

Past cues: "was/were/had/did/said", irregular past forms, ``-ed`` words (minus participles that
usually signal the future: "expected", "scheduled", "planned").  Future cues: "will", "would",
"'ll", "shall", "going to", "expected/due/set/scheduled/plans to", "is to", a scheduled act in the simple
present ("the envoy arrives on Tuesday", "the leaders meet Monday"; "next", but not in "the
next day/morning", which moves a story on), and a modal before
a plain verb on the left ("could resume", "may report"; not "could have", "could not").  Present cues:
"is/are/says".  The nearest cue wins (ties: future > past > present); none gives ``None``.  A cue
on the right past "that"/"whether" is the verb of a reported clause and yields to a cue on the left
("told lawmakers on Sunday that he would resign": the telling's Sunday, a past one).
A participle after "be/is/are" takes the auxiliary's tense, but one after "was/were" is a past
verb with its own adjuncts ("which was launched in October, will end": October is past).
An intention with its infinitive ("vowed to march", "ordered the army to clear") is two cues: the
past intention, then its infinitive, a future that governs only what follows it ("vowed to march again on
Sunday": the coming Sunday; "vowed on Sunday to march": the past one).  A deadline under a state still to
run ("will be held until", "would remain in force until") looks ahead; a past state that ran up to it
("the truce held until Sunday") looks back.
Sentences end at ".!?" or a new line, not at the period of an abbreviation ("vs.", "Ala.", "U.S.").
The distance to the cue says how sure the tense is; a fronted date ("In January, <a long subject>
killed ...") is governed by its main clause's verb however far, so that distance counts as near.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from timeline._extract._caseless import fast
from timeline._extract._lexicon import TELLING

__all__ = ["Tense", "TenseIndex", "clause_tense"]

Tense = Literal["past", "present", "future"]

_IRREGULAR = ["was", "were", "had", "did", "said", "told", "went", "came", "took", "gave", "made", "got", "began", "began", "fought", "fell", "felt", "found", "held", "kept", "left", "led", "lost", "met", "paid", "ran", "saw", "sent", "set", "spoke", "stood", "struck", "swept", "thought", "threw", "tried", "won", "wrote", "broke", "brought", "built", "bought", "caught", "chose", "drew", "drove", "flew", "forgot", "froze", "grew", "heard", "hid", "hit", "hurt", "knew", "laid", "lay", "meant", "overran", "overtook", "put", "quit", "rose", "sought", "sold", "shot", "shut", "slew", "spent", "spread", "stole", "stuck", "swore", "took", "tore", "understood", "undertook", "withdrew", "withheld", "woke", "seized", "killed", "retook", "became", "bore", "arose", "awoke", "bled", "blew", "bred"]
_NOT_PAST = {"expected", "scheduled", "planned", "supposed", "proposed", "need", "needed",
             "indeed", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "based",
             "armed", "united", "alleged", "so-called", "called", "embed", "breed", "creed",
             "greed", "deed", "weed", "wed", "sled", "med", "ted", "ned", "succeed", "proceed", "exceed",
             "heed", "bleed",
             # adjectives far more often than verbs in news ("Series H preferred shares on Oct. 31")
             "preferred", "limited", "listed", "detailed", "related", "interested", "concerned",
             "experienced"}
# a future cue under a past perfect is a past plan: "had been due to expire Friday"
_HAD = re.compile(r"\bhad\s+(?:previously\s+)?been\s+(?:[a-z]+\s+){0,3}$|\bhad\s+$", re.IGNORECASE)
# a reporting verb after the expression, past a comma, that ends its sentence is an attribution
# ("... record Nov. 16, the company said."): it dates the report, not the expression
_REPORTING = re.compile(r"said|says|told|added|reported|announced|stated|according", re.IGNORECASE)
_ENDS_CLAUSE = re.compile(r"(?:\s+(?:on|in|at|to|late|early|today|yesterday)\b[^.,;\n]{0,30})?\s*[.,;\n\"\u201d']|\s*$")
# "had" before a deadline makes it a past one, unless it is an intention ("had pledged to clear
# the city by ...", "had to leave by ...": still ahead of the report)
_HAD_NEAR = re.compile(
    r"\bhad\b(?!\s+(?:to|pledged|promised|vowed|planned|hoped|aimed|wanted|agreed|threatened|intended|"
    r"expected|been\s+(?:scheduled|expected|due|set|told|ordered|asked|given))\b)", re.IGNORECASE)
#: the present verbs of a scheduled act (a cue of the future, below), in the third person and plain
_THIRD_SCHEDULED = ("meets", "arrives", "leaves", "begins", "opens", "resumes", "reopens", "convenes", "travels",
                    "flies", "departs")
_PLAIN_SCHEDULED_WORDS = ("meet", "arrive", "resume", "reopen", "convene", "depart")
#: a departure or arrival in the progressive is a plan ("the carrier is leaving port on Monday"), and so in a
#: "with" absolute beside a plan ("a task force was being readied, with the carrier leaving port on
#: Monday"); not a gerund after a preposition ("after leaving the city on Monday": no "is"/"with" before it)
_GOING = r"(?:leaving|departing|sailing|arriving|setting\s+(?:off|out|sail))"
_GOING_CUE = (rf"(?:is|are|am)\s+(?:now\s+|also\s+)?{_GOING}|"
              rf"with\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'-]+\s+){{0,3}}?{_GOING}")
_GOING_RE = re.compile(_GOING_CUE, re.IGNORECASE)
_FUTURE = (_GOING_CUE + r"|planned\s+for|will|payable|effective|expires?|deadline|expected|scheduled|slated|due|won't|wo\s+n't|would|'ll|shall|going\s+to|gonna|expected\s+to|due\s+to|"
           r"set\s+to|scheduled\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|"
           r"is\s+to|are\s+to|to\s+be\s+held|(?<!\bthe\s)next|the\s+next(?!\s+(?:day|morning|afternoon|evening|night)\b)|upcoming|coming|set\s+for|slated\s+for|(?:un)?likely\s+to|"
           r"poised\s+to|ready\s+to|about\s+to|"
           # a scheduled act told in the simple present looks ahead: "the envoy arrives on Tuesday", "the
           # two leaders meet Monday" (not after "to", "not", "did": "failed to meet on Monday")
           + "|".join(_THIRD_SCHEDULED + _PLAIN_SCHEDULED_WORDS))
#: ... a plain form after "to", "not", "did" is an infinitive, no scheduled act ("failed to meet on Monday")
_PLAIN_SCHEDULED = frozenset(_PLAIN_SCHEDULED_WORDS)
_SCHEDULED = _PLAIN_SCHEDULED | frozenset(_THIRD_SCHEDULED)
_INFINITIVE_LEAD = re.compile(r"(?:\bto|\bnot|n't|\bdid)\s$", re.IGNORECASE)
#: ... nor after a verb of seeing or making, whose object it completes ("watched the convoy arrive on
#: Monday", "helped the clinic reopen on Sunday": a past act)
_SEEN_LEAD = re.compile(r"\b(?:saw|seen|sees?|watch(?:ed|es|ing)?|heard|hears?|helped|let|made)\s+(?:[\w'-]+\s+){0,5}$",
                        re.IGNORECASE)
#: a present verb of a scheduled act that names a result or an outbreak instead, told as often of the
#: past as of the future: "a bomb leaves 14 dead on Saturday", "leaves thousands without power",
#: "police open fire on Friday", "fighting resumes on Tuesday" (no one schedules fighting)
_LEAVES_RESULT = re.compile(
    r"\s+(?:(?!(?:on|at|for|from|to|by|before|after|early|late|next|this|and|but)\b)[\w'-]+\s+){0,4}?"
    r"(?:dead|wounded|injured|hurt|homeless|stranded|displaced|without|in\s+(?:ruins|tatters|darkness))\b",
    re.IGNORECASE)
_OPEN_FIRE = re.compile(r"\s+fire\b", re.IGNORECASE)
#: a photo caption tells what the picture shows in the present ("Families arrive at a camp near Idlib on
#: Sunday. REUTERS/Name"): a photographer's credit at the end of the sentence or just after it
_SENTENCE_REST = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|\n|$)")
_CREDIT = re.compile(r"\s*(?:(?-i:REUTERS|Reuters|AFP|EPA|AP\s+Photo|Anadolu(?:\s+Agency)?)\s*/\s*\w|"
                     r"\(\s*(?:(?-i:AFP|AP|Reuters|REUTERS|EPA)\s+(?-i:Photo|PHOTO)|(?-i:Photo|PHOTO|Picture)\s*:)|"
                     r"(?-i:AFP|AP|Reuters|EPA)?\s*(?:/\s*)?(?-i:Getty\s+Images))")
_FIGHTING_LEAD = re.compile(  # the head of the clause's subject ("Talks to end the fighting resume" look ahead)
    r"(?:^|[.;:,!?\"'\u201c\u2018]\s*|\b(?:and|but|as|when|while|after|before|where|until|once)\s+)"
    r"(?:[\w'-]+\s+){0,2}?(?:fighting|clashes|shelling|violence|hostilities|bombardments?|bombings?|air\s?strikes|"
    r"attacks|gunfire|fire|combat|battles?)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE | re.MULTILINE)
# a modal before a plain verb looks ahead ("talks could resume in mid-January"); not "could have"
# (past), nor a negation ("could not be reached Friday": a past report).  Only a modal on the left
# governs: one on the right is usually in a clause of its own ("warned on Thursday that strikes
# could do harm").
_MODAL = r"(?-i:could|might|may|should|can|must)\s+(?!not\b|n't\b|have\b|be\s+reached\b)[a-z]{2,}(?<!ed)"
# an intention told with its infinitive ("vowed to return", "agreed to pull out"): the intention is
# past, the infinitive's act lies after it, so a time after the infinitive looks ahead ("students vowed to
# march again on Sunday") while one before it or in front of the clause is the intention's ("vowed on
# Sunday to march", "On Sunday, students vowed to march")
_INTENT = (r"(?:vowed|pledged|promised|threatened|planned|decided|agreed|resolved|undertook|offered|"
           r"urged\s+[\w-]+|called\s+on\s+[\w-]+|ordered\s+[\w-]+|told\s+[\w-]+|asked\s+[\w-]+)"
           r"(?P<inf>\s+to\s+(?!be\b|have\b)[a-z]{2,})")
_CUE = re.compile(
    rf"\b(?:(?P<intent>{_INTENT})|(?P<fut>{_FUTURE})|(?P<modal>{_MODAL})|(?P<pres>is|are|am|says|say|remains|continues|'s\s+(?:now|still))"
    rf"|(?P<past>{'|'.join(_IRREGULAR)}|has\s+been|have\s+been|[a-z]{{2,}}ed))\b",
    re.IGNORECASE,
)
_CUE = fast(_CUE)  # the same matches, ~3x faster: letters as [aA] classes, word lists as a trie
#: A date that is a verb's adjunct: "began in October", "started on Monday", "fell last week"
_ADJUNCT = re.compile(r"\s+(?:in|on|at|during|since|early|late|(?:earlier|later)\s+in)\s+(?:the\s+)?", re.IGNORECASE)
#: ... or a participle after a past "was"/"were": "were retaken in May", "was seen on Monday"
_PAST_PASSIVE_ADJUNCT = re.compile(r"(?:(?<=\bwas)|(?<=\bwere))\s+[a-z]{3,}" + _ADJUNCT.pattern, re.IGNORECASE)
#: ... unless the verb is a participle under "be": "will be held in October", "to be completed in May"
_PASSIVE_AUX = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
# a period after an abbreviation ends no sentence: "Roe vs. Wade", "Birmingham, Ala.", "Gen. Smith",
# "the U.S. embassy" (a single capital before the period: initials)
_ABBREV = ("vs", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt",
           "Capt", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala",
           "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Kan", "Ky", "Md", "Mass", "Mich",
           "Minn", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo")
# (the lookbehinds come after the period, so they are tried at periods only)
_NOT_ABBREV = "".join(rf"(?<!\b{a}\.)" for a in _ABBREV) + r"(?<![^A-Za-z][A-Z]\.)"
_SENT_END = re.compile(rf"[!?\n]|\.{_NOT_ABBREV}")
_LEFT_END = re.compile(rf"[?!](?= )|\.{_NOT_ABBREV}(?= )|\n")  # a sentence start seen from the right
_RANK = {"future": 0, "past": 1, "present": 2}
_DEADLINE = re.compile(r"(?:\buntil|\btill|\bby|\bas\s+soon\s+as|\bas\s+early\s+as|\bno\s+later\s+than|"
                       r"\b(?:extended|postponed|delayed|adjourned|deferred|pushed\s+back|put\s+off)\s+(?:to|till))\s+"
                       r"(?:at\s+(?:the\s+)?(?:least|latest|earliest)\s+)?(?:the\s+)?$",
                       re.IGNORECASE)
# a past activity verb right before "until/till": the state ran up to a past time ("the ceasefire
# held until Tuesday"); verbs that set a time ahead ("extended", "postponed", "imposed") are not here
_LASTED = re.compile(
    r"\b(?:continued|lasted|raged|remained|stayed|persisted|held|fought|waited|worked|stood|hid|sheltered|"
    r"lived|ruled|reigned|kept\s+\w+|went\s+on|dragged\s+on|carried\s+on)\b[^.,;:!?\n]{0,40}\b(?:until|till)\s+"
    r"(?:at\s+(?:the\s+)?(?:least|latest|earliest)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: ... but under a future, modal, infinitive or present auxiliary the state is still to run: "will be held
#: until Monday", "would remain in force until March", "is being kept until Friday", "to stay until June"
_AHEAD_AUX = re.compile(r"\b(?:will|would|'ll|shall|may|might|could|should|must|can|to|is|are|am|be|being)"
                        r"\s+(?:not\s+)?(?:be\s+|being\s+)?$", re.IGNORECASE)
#: an appositive noun phrase opened right after the expression ("at 8 p.m., a custom meant to ...") and
#: the complement that makes its past form a participle (not a finite verb: "a spokesman said")
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+$")
_PARTICIPLE_TAIL = re.compile(r"\s+(?:to|by|as|for)\b")
#: a complementiser opening a reported clause after the expression ("said on Sunday that ...")
_COMPLEMENT = re.compile(r"\b(?:that|whether)\b", re.IGNORECASE)
# a telling verb on the left and a bare subject between the expression and the right-hand cue: the
# "that" left out ("told parliament on Sunday she would quit", "warned on Monday the army would strike")
_TELLING = re.compile("|".join(TELLING), re.IGNORECASE)
_BARE_SUBJECT = re.compile(r"\s+(?:he|she|they|it|we|I|the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
                           r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+")
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# a participle after an auxiliary takes its tense from the auxiliary: "be named", "is heard"
# (present passive: "when the case is heard in May" looks ahead), "were fired"
_AUX = re.compile(r"\b(be|been|being|get|got|is|are|am|was|were)\s+$", re.IGNORECASE)
_WINDOW = 220
#: characters: a cue this close governs the expression for sure (the resolver, ``_SURE_GAP`` in
#: ``timeline/_resolve/_kinds.py``, trusts its direction even toward a date far off); a farther one
#: only when the expression is a fronted adjunct
_SURE = 30
#: a sentence opening with the expression, at most after a preposition or a quote ("In January, ...")
_FRONTED = re.compile(r"\s*[\"'\u201c\u2018]?\s*(?:(?:in|on|by|during|early|late|since|from)\s+){0,2}", re.IGNORECASE)
_AFTER_FRONTED = re.compile(r"\s*,")
# a character no cue contains (cues are letters, spaces and apostrophes): a scan may restart after it
_BARRIER = re.compile(r"[^\w\s']|[\d_]")
_SYNC_LOOK = 48  # characters: how far back from a window's start a barrier is looked for


def _unscheduled(text: str, s0: int, e0: int, word: str) -> bool:
    """Whether a present verb of a scheduled act at ``text[s0:e0]`` tells no scheduled act."""
    if word.endswith("leaving"):  # "with the storm leaving thousands without power": a result
        return _LEAVES_RESULT.match(text, e0, e0 + 60) is not None
    if word not in _SCHEDULED:
        return False
    rest = _SENTENCE_REST.match(text, e0, e0 + 300)
    if rest is not None and (_CREDIT.search(text, e0, rest.end()) or _CREDIT.match(text, rest.end())):
        return True
    if word in _PLAIN_SCHEDULED and (_INFINITIVE_LEAD.search(text, max(0, s0 - 4), s0)
                                     or _SEEN_LEAD.search(text, max(0, s0 - 60), s0)):
        return True
    if word == "leaves":
        return _LEAVES_RESULT.match(text, e0, e0 + 60) is not None
    if word == "opens":
        return _OPEN_FIRE.match(text, e0) is not None
    if word in ("resumes", "resume", "begins"):
        return _FIGHTING_LEAD.search(text, max(0, s0 - 80), s0) is not None
    return False


class TenseIndex:
    """The tense cues of a text, found lazily, in text order, around the expressions asked about.

    Built once per document; each question costs a few bisections plus the scan of the stretch of
    text not scanned yet.  Most of a text is far from any expression, so the scan may jump ahead:
    no cue contains a *barrier* character (punctuation, a digit), so the cues after a barrier are
    the same whether the scan starts there or at the text's start.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cue_starts: list[int] = []
        self.cues: list[tuple[int, int, Tense]] = []
        self.left_only: set[int] = set()  # cues that govern only what follows them (modals)
        self._it = _CUE.finditer(text)
        self._next: re.Match[str] | None = next(self._it, None)  # found, not yet added
        self._from = 0  # the cues are complete from here to where the scan stands

    def _add(self, m: re.Match[str]) -> None:
        text = self.text
        kind = m.lastgroup  # fut, modal, pres, past or intent: the alternatives' named groups
        s0 = m.start()
        tense: Tense
        if m.group("intent") is not None:
            # two cues: the past intention, then its infinitive, which governs only what follows it
            i0 = m.start("inf")
            self.cue_starts += [s0, i0]
            self.cues += [(s0, i0, "past"), (i0, m.end(), "future")]
            self.left_only.add(i0)
            return
        if kind == "past":
            word = m.group().lower()
            if word in _NOT_PAST or (word[:2] == "un" and word[-2:] == "ed"):  # "unspecified"
                return
            if s0 > 0 and text[s0 - 1] == "-":
                return  # "US-led", "Saudi-backed", "state-owned": a compound adjective
            aux = _AUX.search(text, max(0, s0 - 8), s0)
            if aux is not None and aux.group(1).lower() not in ("was", "were"):
                return  # "be named", "is heard": the auxiliary carries the tense
            # a past passive ("was launched in October") is a past verb with its own adjuncts
            tense = "past"
        elif kind == "pres":
            tense = "present"
        else:
            tense = "future"
            if kind == "fut" and _unscheduled(text, s0, m.end(), m.group().lower()):
                return
            if kind == "fut" and _HAD.search(text, max(0, s0 - 30), s0):
                tense = "past"
            elif kind == "modal" or _GOING_RE.fullmatch(text, s0, m.end()):
                # a plan told on the left governs only what follows it ("crossed on Wednesday, with
                # many arriving on foot": Wednesday is the crossing's)
                self.left_only.add(s0)
        self.cue_starts.append(s0)
        self.cues.append((s0, m.end(), tense))

    def _cover(self, lo: int, end: int, hi: int) -> None:
        """Make the cues complete from ``lo`` on, up to the first cue that governs what lies at
        ``end`` from the right (one starting at or after ``end``, not a modal) or past ``hi``."""
        if lo < self._from:  # asked behind a jump (out of text order): scan from the start again
            self.cue_starts.clear()
            self.cues.clear()
            self.left_only.clear()
            self._it = _CUE.finditer(self.text)
            self._next = next(self._it, None)
            self._from = 0
        nxt = self._next
        if nxt is not None and nxt.start() < lo:
            # jump to the last barrier in the few characters before ``lo``, if it lies past ``nxt``
            sync = -1
            for b in _BARRIER.finditer(self.text, max(nxt.start() + 1, lo - _SYNC_LOOK), lo):
                sync = b.end()
            if sync > nxt.start():
                self._it = _CUE.finditer(self.text, sync)
                nxt = next(self._it, None)
                self._from = sync
        cues, left_only = self.cues, self.left_only
        while nxt is not None and nxt.start() <= hi:
            n = len(cues)
            self._add(nxt)
            nxt = next(self._it, None)
            if len(cues) > n and cues[-1][0] >= end and cues[-1][0] not in left_only:
                break  # the right-hand cue: nothing further is needed for this expression
        self._next = nxt

    def _sentence(self, start: int, end: int, width: int) -> tuple[int, int]:
        """The sentence around ``[start, end)``, at most ``width`` characters on each side.

        Its left end is just past the last ". " (or new line) before ``start``, its right end the
        first ``.!?`` or new line at or after ``end``; only the ``width`` characters on each side
        are searched (beyond them the bound is the width).
        """
        text = self.text
        lo = max(0, start - width)
        # up to start + 1: "[.?!](?= )" looks one character ahead; only a cue before start counts
        for m in _LEFT_END.finditer(text, lo, start + 1):
            if m.start() < start:
                lo = m.start() + 1
        m2 = _SENT_END.search(text, end, end + width)
        return lo, (m2.start() if m2 is not None else min(len(text), end + width))

    def tense_gap(self, start: int, end: int, deadline: bool = True,
                  right_only: bool = False) -> tuple[Tense | None, int]:
        """The tense and how far (characters) its cue is from the expression (0: a deadline word).
        ``deadline=False``: the clause's own tense, whatever word is before the expression ("by the
        afternoon the town had fallen" is a report of the past, not a deadline).  ``right_only``:
        only the cue after the expression (its own clause's verb) counts."""
        text = self.text
        if deadline and _DEADLINE.search(text, max(0, start - 30), start):
            # a deadline: "by Jan. 14", "until Tuesday", "as soon as Friday", "extended to Nov. 16";
            # under a past perfect it is a past one ("had filed reports by Wednesday")
            lo0, hi0 = self._sentence(start, end, 60)
            if _HAD_NEAR.search(text, lo0, start) or _HAD_NEAR.search(text, end, hi0):
                return "past", 0
            lasted = _LASTED.search(text, lo0, start)
            if lasted is not None and not _AHEAD_AUX.search(text, max(0, lasted.start() - 24), lasted.start()):
                return "past", 0  # "fighting raged until late Tuesday": a past activity that ran up to it
            return "future", 0
        if _SINCE.search(text, max(0, start - 12), start):
            return "past", 0  # "since January" looks back
        lo, hi = self._sentence(start, end, _WINDOW)
        self._cover(lo, end, hi)
        found: list[tuple[int, int, Tense]] = []
        i = bisect.bisect_left(self.cue_starts, start) - 1
        if i >= 0 and self.cues[i][0] >= lo and not right_only:  # the nearest cue on the left
            _, ce, tense = self.cues[i]
            found.append((start - ce, _RANK[tense], tense))
        j = bisect.bisect_left(self.cue_starts, end)
        while j < len(self.cues) and self.cues[j][0] in self.left_only:
            j += 1
        if j < len(self.cues) and self.cues[j][1] <= hi:  # and on the right
            cs, ce, tense = self.cues[j]
            attribution = ("," in text[end:cs] and _REPORTING.fullmatch(text, cs, ce) is not None
                           and _ENDS_CLAUSE.match(text, ce) is not None)
            # a cue past a complementiser after the expression is the verb of the reported clause
            # ("told lawmakers on Sunday that he would resign": Sunday is the telling's); with a
            # cue on the left, that one governs the expression
            reported = bool(found) and (_COMPLEMENT.search(text, end, cs) is not None or (
                _TELLING.fullmatch(text, self.cues[i][0], self.cues[i][1]) is not None
                and _BARE_SUBJECT.fullmatch(text, end, cs) is not None))
            # a participle of an appositive after the expression is no clause of its own ("at 8 p.m., a
            # custom meant to drive out spirits", "on Friday, a date chosen by the council")
            apposed = _APPOSITIVE.search(text, max(end, cs - 40), cs) is not None \
                and _PARTICIPLE_TAIL.match(text, ce) is not None
            if not attribution and not reported and not apposed:
                found.append((cs - end, _RANK[tense], tense))
        if not found:
            return None, _WINDOW
        if len(found) == 2 and found[0][2] == "past" and found[1][2] in ("future", "present") and i >= 0 \
                and (_ADJUNCT.fullmatch(text, self.cues[i][1], start)
                     or _PAST_PASSIVE_ADJUNCT.fullmatch(text, self.cues[i][1], start)) \
                and not _PASSIVE_AUX.search(text, max(0, self.cues[i][0] - 12), self.cues[i][0]):
            # "the siege that started in October will end soon": the date is the adjunct of the past
            # verb right before it (its own clause), not of the future verb after its noun phrase
            return "past", found[0][0]
        best = min(found)
        gap = best[0]
        if gap > _SURE and _FRONTED.fullmatch(text, lo, start) and _AFTER_FRONTED.match(text, end):
            # a fronted adjunct ("In January, a bomb in the capital killed ..."): the main clause's
            # verb after the comma governs it however long its subject.  (A far cue on the left
            # stays unsure: its long complement often holds a noun the time belongs to, "talked
            # about the visit of the envoy in September", "extended loans through January".)
            gap = _SURE
        return best[2], gap


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]`` by the nearest cue in its sentence."""
    return TenseIndex(text).tense_gap(start, end)[0]
