"""What an act is done to, or what it starts (split out of :mod:`._mentions`).

A headline names it: "Police shoot dead two protesters in X" (not "shoot dead X", the place being only
where it happened), "Rebels free three Dutch marines", "Release of European military inspectors".

* :func:`people_object` reads the people right after an active verb ("shot dead two protesters",
  "freed the observers") into the mention's object;
* :func:`released_people` gives a release its people as target, however the text tells them: after the verb,
  the subject of a passive ("the hostages were released"), the complement of the noun ("the release of the
  two journalists"), or the antecedent of a pronoun ("their release", "They were freed a day after ...":
  the last people the text named before, within a few sentences);
* :func:`declared_starts`: a ceasefire declared, an operation announced - the declaration is the start of what
  it declares.  "the week-long ceasefire the president declared last Friday", "announced on Sunday a full-scale
  'anti-terrorist operation'", "since it announced its operation nearly three weeks ago": the date is the truce's
  or the operation's start, and the one who declared it is its actor.  The declaring verb is then no event of
  its own (a "Declaration by X" with no word of what was declared); it becomes the aspectual cue ("begins") of
  the noun, as "launched" is for "launched an offensive".  Not a declaration that ends it ("declared the
  ceasefire over", "announced the end of the operation") and not a report about it ("announced that the truce
  had collapsed").
"""

from __future__ import annotations

import re

from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._rx import rx
from timeline._events._sentence_vocab import vocabulary_pass
from timeline._events._surnames import surname_of

__all__ = ["DECLARED_NOUN", "declared_starts", "full_name", "noun_patient", "people_object", "released_people"]

#: Head nouns of people an act is done to (plural, and the singular of a few).
_HEADS = (r"(?:civilians|people|protesters|demonstrators|soldiers|troops|officers?|policem[ae]n|guards?|fighters|"
          r"militants|rebels|insurgents|separatists|airmen|pilots?|crew|crewmen|children|women|men|villagers|residents|"
          r"hostages?|prisoners?|captives?|detainees?|observers|inspectors|monitors|journalists?|reporters?|workers|"
          r"staff|commanders?|leaders?|members|servicemen|marines|sailors|passengers|worshippers|students|refugees|"
          r"nuns|priests|abductees|tourists|diplomats|missionaries|peacekeepers|activists|fishermen|bodies)")
#: People held and set free: the antecedent of "their release", "they were freed" (not the captors).
_HELD = (r"(?:hostages?|prisoners?|captives?|detainees?|observers|inspectors|monitors|journalists?|reporters?|"
         r"aid\s+workers|workers|nuns|priests|pilots?|airmen|crew|crewmen|sailors|soldiers|servicemen|marines|"
         r"abductees|tourists|diplomats|missionaries|peacekeepers|activists|fishermen|civilians|passengers|engineers|"
         r"doctors|nurses|teachers|students|contractors|employees|staff|volunteers)")
_COUNT = (r"(?:a|an|the|all|some|at\s+least|more\s+than|about|nearly|\d+|one|two|three|four|five|six|seven|eight|"
          r"nine|ten|eleven|twelve|dozens\s+of|scores\s+of|hundreds\s+of|its|their|his|her|remaining|last)")
# up to three modifiers: "three Dutch marines", "the seven European military inspectors"
_NP = r"((?:" + _COUNT + r"\s+)*(?:(?!(?:by|of|in|at|on|from|to|and|were|was|had|have|who|which|that)\b)[\w'-]+\s+){0,3}?"
_PEOPLE_AFTER = re.compile(r"\s+(?:dead\s+|down\s+)?" + _NP + _HEADS + r")\b")
_HELD_NP = re.compile(r"(?<![\w'-])" + _NP + _HELD + r")\b")
_OF = re.compile(r"\s+of\s+" + _NP + _HELD + r")\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:they|them|their|he|his|she|her)\s+(?:[\w-]+\s+)?(?:(?:were|was|had\s+been|have\s+been|"
                      r"has\s+been|being)\s+(?:\w+ly\s+)?)?$", re.IGNORECASE)
_SUBJECT = re.compile(_NP + _HELD + r")\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)(?:\w+ly\s+)?$",
                      re.IGNORECASE)
_NUMBER = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)")
_LEAD = re.compile(r"^(?:(?:the|a|an|its|their|his|her|all|some|remaining|last)\s+)+", re.IGNORECASE)


def _phrase(words: str) -> str:
    """"the seven European military inspectors" -> "seven European military inspectors"."""
    out = _LEAD.sub("", " ".join(words.split()))
    head, _, rest = out.partition(" ")
    return f"{head.lower()} {rest}" if rest and _NUMBER.fullmatch(head) else out


def people_object(dm: DocMentions, mn: Mention, e: int, hi: int) -> None:
    """"shot dead two protesters in X", "freed the observers": the people after the verb, as its object."""
    m = _PEOPLE_AFTER.match(dm.text, e, hi)
    if m is not None:
        mn.obj = _phrase(m.group(1))


def _antecedent(dm: DocMentions, s: int, reach: int = 400) -> str | None:
    """The last people held that the text named before ``s`` ("Seven European military inspectors")."""
    found = list(_HELD_NP.finditer(dm.text, max(0, s - reach), s))
    return _phrase(found[-1].group(1)) if found else None


_EXCHANGE_NOUNS = frozenset(["exchange", "swap", "prisoner exchange", "prisoner swap"])


def released_people(dm: DocMentions, mn: Mention) -> None:
    """A release's people as its target (a named person the rules found stays)."""
    if mn.type != "release" or mn.targets and not set(mn.targets) & dm.spans("places").names:
        return
    text, s, e = dm.text, mn.start, mn.end
    passive = rx(r"\b(?:were|was|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE).search(text, max(0, s - 20), s)
    who: str | None = None
    if mn.nominal:
        of = _OF.match(text, e, mn.sent.end)
        if of is not None:  # "the release of the two journalists"
            who = _phrase(of.group(1))
        elif rx(r"\b(?:their|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE).search(text, max(0, s - 20), s):
            who = _antecedent(dm, s)  # "after their release on Saturday"
        else:  # "the hostages' release"
            own = rx(r"(?<![\w'-])((?:[\w-]+\s+){0,2}?" + _HELD + r")'s?\s+(?:[\w-]+\s+)?$", re.IGNORECASE).search(
                text, max(0, s - 60), s)
            who = _phrase(own.group(1)) if own is not None else None
    elif passive:
        subj = _SUBJECT.search(text, max(mn.sent.start, s - 80), s)
        if subj is not None:  # "the Italian hostages were released"
            who = _phrase(subj.group(1))
        elif _PRONOUN.search(text, max(mn.sent.start, s - 30), s):
            who = _antecedent(dm, mn.sent.start)  # "They were freed a day after ...": the people named before
    else:
        who = mn.obj  # "freed three Dutch marines"
    if who and (mn.lemma == "exchange" or mn.word.lower() in _EXCHANGE_NOUNS):
        mn.obj, mn.targets = who, []  # "exchanged 32 prisoners", "the swap of prisoners": told by both sides, the
        # people are the exchange's object, not what sets it apart ("32 prisoners" and "prisoners" are one swap)
    elif who:
        mn.targets = [who]


def full_name(dm: DocMentions, mn: Mention) -> None:
    """A person the act was done to, told by surname ("Ghonim was freed"), is the one the document named in
    full before ("the release of Wael Ghonim"), so that two articles' tellings name one person; nothing when
    two earlier names share the surname."""
    if len(mn.targets) != 1 or " " in mn.targets[0] or not mn.targets[0][:1].isupper():
        return
    last = mn.targets[0]
    full = {n.text for n in dm.names if n.end <= mn.start and n.text != last and surname_of(n.text) == last}
    if len(full) == 1:
        mn.targets = [full.pop()]


#: The nouns a declaration starts (a truce, a military operation).
_STARTED = r"(?:ceasefires?|cease-fires?|truces?|armistice|operations?|offensive|counteroffensive|counter-offensive|" \
           r"campaign|mobili[sz]ation)"
_NOT_STARTED = r"(?!\s+(?:of|had|has|have|was|were|is|are|would|will|could|might|should|must|over|ended|finished|" \
               r"complete|completed|dead|void|null|suspended|halted|collapsed|at\s+an\s+end)\b)"

# the words between the verb and its object: a time phrase, determiners and modifiers, never "of"/"that"/a verb
_GAP_WORD = r"(?!(?:of|that|to|would|will|had|has|have|was|were|is|are|it|they|he|she|end|collapse|extension|" \
            r"violation|suspension)\b)[\w'\"\u2018\u2019-]+"
#: What a declaring verb must have right after it: its truce or operation ("declared a week-long ceasefire",
#: "announced on Sunday a full-scale 'anti-terrorist operation'").
DECLARED_NOUN = r"\s+(?:(?:on|late\s+on|early\s+on|last|this)\s+[A-Z]?[a-z]+\s+)?(?:" + _GAP_WORD + r"\s+){0,4}?" \
                r"['\"\u2018]?" + _STARTED + r"\b['\"\u2019]?" + _NOT_STARTED
_AFTER = re.compile(DECLARED_NOUN)
# the noun fronted: "the week-long ceasefire (that) President X declared"
_FRONTED = re.compile(r"\b" + _STARTED + r"['\"\u2019]?\s+(?:(?:that|which)\s+)?(?:[\w.'-]+\s+){1,5}$", re.IGNORECASE)
_DECLARING = frozenset({"declare", "announce", "proclaim"})
_TYPES = frozenset({"ceasefire", "offensive", "campaign", "battle"})


def _host(dm: DocMentions, mn: Mention, mine: list[Mention]) -> Mention | None:
    """The truce or operation ``mn`` declares: the noun its object ends with, or the noun fronted before it."""
    text = dm.text
    after = _AFTER.match(text, mn.end, mn.sent.end)
    if after is not None:
        return next((x for x in mine if x.nominal and x.type in _TYPES and mn.end < x.start < after.end()
                     and x.end >= after.end() - 2), None)
    fronted = _FRONTED.search(text, max(mn.sent.start, mn.start - 70), mn.start)
    if fronted is not None and "," not in text[fronted.start() : mn.start]:
        return next((x for x in mine if x.nominal and x.type in _TYPES and fronted.start() <= x.start < fronted.end()),
                    None)
    return None


def declared_starts(dm: DocMentions, first: int) -> None:
    """Fold each "declared a ceasefire" of the sentence (mentions from ``first``) into the ceasefire: an aspect
    cue "begins" with the truce for host, the declarer for its actor; the declaring mention is dropped.
    (First the session-9 readings of :func:`._sentence_vocab.vocabulary_pass`: halts ordered, places surrendered.)"""
    vocabulary_pass(dm, first)
    mine = dm.mentions[first:]
    gone: list[Mention] = []
    for mn in mine:
        if mn.nominal or mn.type != "proclamation" or mn.lemma not in _DECLARING:
            continue
        host = _host(dm, mn, mine)
        if host is None or host.aspect is not None:
            continue
        host.aspect, host.aspect_span = "begins", (mn.start, mn.end)
        host.actors = host.actors or list(mn.actors)
        if mn.tense == "past" or host.tense != "future":
            host.tense = mn.tense
        dm.cues.append(Cue("aspect", "begins", mn.start, mn.end, mn.sent.index, host.index))
        gone.append(mn)
    if not gone:
        return
    k = len(dm.cues)
    while k > 0 and dm.cues[k - 1].sent == gone[0].sent.index:
        k -= 1
    dm.cues[k:] = sorted(dm.cues[k:], key=lambda c: c.start)  # the sentence's cues in text order
    dm.renumber(first, [x for x in mine if x not in gone])


#: Nouns of an act done to someone or something told after "of" or by a possessive ("the resignation of the
#: president", "the downing of a warplane", "the president's resignation", "his detention").
_PATIENT_NOUNS = frozenset(["resignation", "resignations", "overthrow", "removal", "downing", "detention", "seizure",
                            "storming", "crash", "interception"])
_NOUN_OF = re.compile(r"\s+of\s+((?:(?:the|a|an|its|their|his|her|two|three|\d+)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                      r"[\w'\u2019-]+?)(?=\s+(?:on|in|at|near|over|by|from|after|before|last|this|early|late|came|"
                      r"has|had|have|was|were|is|are|followed|drew|sparked|prompted|triggered|led)\b|\s*[,.;:]|$)")
_OWNER = re.compile(r"\b((?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)['\u2019]s?\s+(?:[\w-]+\s+)?$|\b(his|her|their)\s+(?:[\w-]+\s+)?$",
                    re.IGNORECASE)


def noun_patient(dm: DocMentions, mn: Mention, np_lo: int) -> None:
    """"The resignation of the president on Sunday", "last week's downing of a Russian warplane": who or what
    the act was done to is the noun's object (a possessive owner, "the president's resignation", when the act
    is the owner's own: a resignation)."""
    if mn.obj or mn.targets or mn.word.lower() not in _PATIENT_NOUNS:
        return
    m = _NOUN_OF.match(dm.text, mn.end, mn.sent.end)
    if m is not None:
        mn.obj = " ".join(m.group(1).split())
        return
    if mn.type == "resignation":
        own = _OWNER.search(dm.text, max(mn.sent.start, np_lo - 1), mn.start)
        word = (own.group(1) or own.group(2)) if own is not None else None
        if word and not rx(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year", re.IGNORECASE).search(word):
            mn.obj = " ".join(word.split())
