"""Events told by what is said of them: a claim of full control is a declaration; an announcement
says what it announces.

"Libyan forces said on Tuesday they had taken full control of Sirte": besides the taking (which is
only known to be *before* Tuesday), the claim itself is an event of Tuesday, the declaration of
control that other articles retell ("Yesterday's announcement that Sirte had been retaken").  And
"the announcement that Sirte had been retaken" is about Sirte: the noun takes the targets of the
event its that-clause tells.  Both run on one sentence's mentions, once they are all found.
"""

from __future__ import annotations

import re

from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._roles import subject_names
from timeline._events._rx import rx
from timeline._events._sentence_vocab import OVER, halted_noun
from timeline._events._subjects import place_subject
from timeline._events._text import Sentence

__all__ = ["announced_targets", "claims_of_control"]

# reporting verbs that can carry a claim (not "according", "called", "urged")
_CLAIMING = frozenset(["said", "says", "say", "announced", "announces", "stated", "confirmed", "claimed", "told",
                       "admitted", "acknowledged", "conceded"])
_ANNOUNCING = frozenset(["announced", "announces", "stated", "confirmed"])
# "(that) they had taken full control of", "it has regained complete control over"
_CONTROL = re.compile(r"\s*(?:,\s*)?(?:that\s+)?(?:[\w'-]+\s+){0,12}?(?:had|has|have)\s+(?:now\s+|finally\s+)?"
                      r"(?:taken|regained|seized|established|gained|secured)\s+(?:full|complete|total)\s+control\b",
                      re.IGNORECASE)
# "(announced) that Avdiivka was fully under Russian control", "(admitted) that the town was in Serb hands"
_UNDER_CONTROL = re.compile(r"\s*,?\s*(?:that\s+)?(?:the\s+(?:town|city|village|port|airport|base)\s+of\s+)?"
                            r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:was|is|had\s+been|has\s+been|were|are)\s+"
                            r"(?:(?:now|fully|completely|entirely|firmly|back)\s+)*(?:under|in)\s+(?:the\s+)?"
                            r"(?:full\s+|complete\s+|total\s+)?([A-Z][\w'-]*|its|their|our)\s+(?:full\s+|complete\s+|total\s+)?"
                            r"(?:control|hands)\b")
# the report's own date right after it: "announced on Monday", "said late on Tuesday"
_DATE_AFTER = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on|last|this|in)\s+[A-Z\d][\w.]*(?:\s+\d+)?(?:\s+(?:morning|"
                         r"afternoon|evening|night))?|\s+(?:yesterday|today|overnight)\b", re.IGNORECASE)
# "announced the end of", "declared the formal start of"
_END_OF = re.compile(r"\s*(?:that\s+)?(?:the\s+)?(?:formal\s+|official\s+)?(end|start|beginning|launch)\s+of\b",
                     re.IGNORECASE)
# "(announced) that US troops would leave", "(announced on Monday) the army will withdraw from": a decision
_FUTURE_ACT = re.compile(r"\s*,?\s*(?:that\s+)?(?:[\w'-]+\s+){1,6}?(?:would|will|was\s+to|were\s+to|is\s+to|are\s+to|"
                         r"planned\s+to|plans?\s+to|intends?\s+to|intended\s+to)\s+(?:soon\s+|fully\s+|now\s+|"
                         r"begin\s+to\s+|start\s+to\s+)?", re.IGNORECASE)
#: What an announced decision is about, by the type of the act it announces.
_PLANNED = {"withdrawal": "withdrawal", "evacuation": "evacuation", "attack": "attack", "advance": "deployment",
            "capture": "offensive", "annexation": "annexation", "vote": "vote", "suspension": "suspension",
            "return": "return", "release": "release"}
_PARTICIPLE_GAP = re.compile(r"\s*,\s*|\s+(?:was|were|had\s+been|has\s+been)\s+")
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "all", "his", "her", "this", "that"])
_NOUNS_ABOUT = frozenset(["announcement", "declaration", "proclamation"])


def claims_of_control(dm: DocMentions, sent: Sentence, first: int, reports: list[int]) -> list[Mention]:
    """A declaration for each report of full control in the sentence (see the module docstring)."""
    out: list[Mention] = []
    text = dm.text
    for ci in reports:
        cue: Cue = dm.cues[ci]
        if text[cue.start : cue.end].lower() not in _CLAIMING:
            continue
        # the report's own date may stand between the verb and its clause: "said on Tuesday they had"
        after = rx(r"(?:\s+(?:on|late|early|last|this|in)\b[^,;.]{0,30}?(?=\s+(?:that|they|it|he|she|we)\b))?").match(
            text, cue.end, sent.end)
        start = after.end() if after is not None else cue.end
        dated = _DATE_AFTER.match(text, cue.end, sent.end)
        end_of = _END_OF.match(text, dated.end() if dated else cue.end, sent.end)
        if end_of is not None and text[cue.start : cue.end].lower() not in _ANNOUNCING:
            end_of = None
        if end_of is not None:
            # "announced on Monday the end of combat operations in Marawi": the announcement is an event
            host = next((m for m in dm.mentions[first:] if m.nominal and end_of.end() <= m.start < end_of.end() + 40),
                        None)
            if host is None:
                continue
            mn = _declaration(dm, sent, cue)
            mn.actors = _subject(dm, sent, cue) or list(host.actors)
            mn.targets = list(host.targets) or [p for p in host.places if p not in dm.spans("places").countries][:1]
            mn.places = list(host.places)
            mods = [w for w in host.premod.split() if w.isalpha() and w.islower() and w not in _DETERMINERS]
            mn.obj = " ".join([end_of.group(1).lower(), "of", *mods[-1:], host.word.lower()])  # "end of combat operations"
            out.append(mn)
            continue
        noun = next((m for m in reversed(dm.mentions[first:]) if m.nominal and m.end <= cue.start
                     and _PARTICIPLE_GAP.fullmatch(text, m.end, cue.start)), None) \
            if text[cue.start : cue.end].lower() in _ANNOUNCING and _DATE_AFTER.match(text, cue.end, sent.end) else None
        if noun is not None and noun.type in _PLANNED and noun.type != "capture":
            # "The evacuation, announced late on Tuesday, comes ...": the announcement is an event of that day (the
            # evacuation itself is only to come); what it is about, if the noun does not say, the act it refers back to
            mn = _declaration(dm, sent, cue)
            mn.lemma, mn.type, mn.obj = "announce", "pledge", _PLANNED[noun.type]
            told = noun if noun.actors or noun.places or noun.targets else next(
                (m for m in reversed(dm.mentions[:first]) if m.type == noun.type and (m.places or m.targets)), noun)
            mn.actors, mn.places, mn.targets = list(told.actors), list(told.places), list(told.targets)
            out.append(mn)
            continue
        plan = _FUTURE_ACT.match(text, start, sent.end) if text[cue.start : cue.end].lower() in _ANNOUNCING else None
        act = next((m for m in dm.mentions[first:] if not m.nominal and m.type in _PLANNED and plan is not None
                    and m.start == plan.end()), None)
        if act is not None:
            # "announced in December that US troops would leave Syria": the announcement of a decision is an
            # event of its day (the act itself is only to come)
            mn = _declaration(dm, sent, cue)
            mn.lemma, mn.type = "announce", "pledge"
            mn.actors = _subject(dm, sent, cue) or list(act.actors)
            mn.targets = list(act.targets)
            mn.places = list(act.places)
            mn.obj = _PLANNED[act.type]
            out.append(mn)
            continue
        over = OVER.match(text, start, sent.end)
        host = next((m for m in dm.mentions[first:] if m.nominal and over is not None
                     and m.start == over.start("noun")), None)
        if host is not None and over is not None:
            # "a day after the Kremlin announced that its operation was over": the halt, of the report's date
            mn = _declaration(dm, sent, cue)
            mn.lemma, mn.type = "declare end to", "suspension"
            mn.actors = _subject(dm, sent, cue) or list(host.actors)
            mn.targets, mn.places = list(host.targets), list(host.places)
            mn.obj = halted_noun(" ".join([*host.premod.split()[-1:], host.word.lower()]))
            out.append(mn)
            continue
        under = _UNDER_CONTROL.match(text, start, sent.end)
        if under is not None and under.group(1).split()[0] not in {"It", "This", "That", "The"}:
            # "announced that Avdiivka was fully under Russian control": a declaration of control of the place
            mn = _declaration(dm, sent, cue)
            owner = under.group(2).removesuffix("'s")
            mn.actors = _subject(dm, sent, cue) if not owner[0].isupper() else [owner] \
                if owner in dm.spans("places").countries else [f"{owner} forces"]
            mn.targets = [under.group(1)]
            mn.places = [under.group(1)]
            mn.obj = "control"
            out.append(mn)
            continue
        won = _won(dm, first, cue, start, sent)
        if won is not None:
            # "announced on Thursday that its forces had freed the town": the victory announcement is an event of
            # that day (the taking itself is only known to be before it)
            mn = _declaration(dm, sent, cue)
            mn.actors = _subject(dm, sent, cue) or list(won.actors)
            mn.targets = list(won.targets)
            mn.places = list(won.places)
            mn.obj = "control"
            out.append(mn)
            continue
        if _CONTROL.match(text, start, sent.end) is None:
            continue
        taken = next((m for m in dm.mentions[first:] if m.type == "capture" and not m.nominal and m.start > cue.end
                      and m.start - cue.end < 120), None)
        if taken is None:
            continue
        mn = _declaration(dm, sent, cue)
        mn.actors = list(taken.actors) or _subject(dm, sent, cue)
        mn.targets = list(taken.targets)
        mn.places = list(taken.places)
        mn.obj = "control"
        out.append(mn)
    return out


# "(announced) that government forces had retaken", "(announced), that the army has finally liberated"
_WON_GAP = re.compile(r"\s*,?\s*(?:that\s+)?(?:[\w'-]+\s+){1,6}?(?:had|has|have)\s+(?:now\s+|finally\s+|fully\s+)?")
_WINNING = frozenset(["announced", "announces"])


def _won(dm: DocMentions, first: int, cue: Cue, start: int, sent: Sentence) -> Mention | None:
    """The taking of a named place that an announcement says has happened, if that is what it says."""
    if dm.text[cue.start : cue.end].lower() not in _WINNING:
        return None
    return next((m for m in dm.mentions[first:] if m.type == "capture" and not m.nominal and m.targets
                 and start <= m.start < sent.end and _WON_GAP.fullmatch(dm.text, start, m.start)), None)


def _declaration(dm: DocMentions, sent: Sentence, cue: Cue) -> Mention:
    return Mention(dm.doc, -1, sent, cue.start, cue.end, dm.text[cue.start : cue.end], "declare", "proclamation",
                   False, "past")


def _subject(dm: DocMentions, sent: Sentence, cue: Cue) -> list[str]:
    # the clause of the report: "Washington may pull its soldiers out: President Trump announced ..."
    lo = max(sent.start, dm.text.rfind(":", sent.start, cue.start) + 1, dm.text.rfind(";", sent.start, cue.start) + 1)
    return subject_names(dm, lo, cue.start) or place_subject(dm, sent, lo, cue.start) or \
        [a.name for a in dm.spans("actors").within(lo, cue.start)][-1:] or subject_names(dm, sent.start, cue.start)


def announced_targets(dm: DocMentions, first: int) -> None:
    """"the announcement that Sirte had been retaken": the noun is about the retaking's targets."""
    text = dm.text
    mine = dm.mentions[first:]
    for mn in mine:
        if not mn.nominal or mn.word.lower() not in _NOUNS_ABOUT or mn.targets:
            continue
        that = rx(r"\s+that\s+").match(text, mn.end)
        if that is None:
            continue
        told = next((m for m in mine if m.start > mn.end and not m.nominal and m.type in {"capture", "withdrawal",
                     "surrender", "annexation"} and m.start - that.end() < 60), None)
        if told is not None and told.targets:
            mn.targets = list(told.targets)
            mn.lemma = "announce"  # says what it announces: an event of its own, not only an anaphor
