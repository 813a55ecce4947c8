"""Nominal event mentions: "the offensive", "Russia's withdrawal from Kherson", "a truce in Aleppo" (split out
of :mod:`._mentions`): the noun's actors (owner, "by" agent, the clause's subject), places and targets."""

from __future__ import annotations

import bisect
import re

from timeline._events import _mentionrx as mx
from timeline._events import _verbroles as vr
from timeline._events._campaign_np import campaign_in_phrase
from timeline._events._cues import tense_of
from timeline._events._doc import DocMentions, Mention
from timeline._events._lexicon import CAMPAIGN_NOUNS, NOMINAL
from timeline._events._nps import DETERMINERS, np_start
from timeline._events._participants import GIVEN as _GIVEN
from timeline._events._participants import from_name, possessor
from timeline._events._patients import noun_patient
from timeline._events._roles import OF_TARGET, names_in, noun_object, owner_names, subject_names
from timeline._events._rx import rx
from timeline._events._subjects import agent_after_of, by_air, place_subject
from timeline._events._text import Sentence, clause_bounds
from timeline._events._where import actors_in as _actors_in
from timeline._events._where import agent_after_by as _agent_after_by
from timeline._events._where import named_place, salient_city
from timeline._events._where import places_in as _places
from timeline._events._where import real_targets as _real_targets

__all__ = ["add_nominal"]

#: a phase of a campaign, told by its order or novelty
_PHASE = rx(r"\b(?:final|new|renewed|fresh|second|third|fourth|latest|last-ditch)\b", re.IGNORECASE)


def add_nominal(dm: DocMentions, sent: Sentence, s: int, e: int, form: str, type_: str | None = None) -> None:
    """Add the noun mention ``[s, e)`` of lexicon noun ``form`` (or of a phrase's lemma ``form`` and its type ``type_``)."""
    text = dm.text
    if mx.MAYBE_AFTER.match(text, e, sent.end) or (mx.CONDITIONAL.search(text, max(sent.start, s - 90), s) and not rx(
            r"\b(?:was|were|had|did|\w+ed)\b").search(text, max(sent.start, s - 90), min(sent.end, e + 40))):
        return  # "an invasion could begin as early as Wednesday", "If the army attacks on Friday": no event (yet)
    if rx(r"\b(?:control|command|charge)\s+(?:of|over)\s+(?:(?:all|the|its|their|every)\s+)*(?:[\w-]+\s+)?$",
          re.IGNORECASE).search(text[max(sent.start, s - 40) : s]):
        return  # "took control of all operations", "in charge of the offensive": a thing held, not an event
    lo, hi = clause_bounds(text, sent, s)
    np_lo = np_start(text, s, lo)
    premod = text[np_lo:s]
    mn = Mention(dm.doc, len(dm.mentions), sent, s, e, text[s:e], form, type_ or NOMINAL[form], True,
                 tense_of(dm, sent, s, False, nominal=True))
    if mx.DUE_TO.match(text, e):
        mn.tense = "future"  # "the talks were due to open on Thursday": planned, not known to have happened
    mn.plural = form.endswith("s") and form not in {"talks", "gains", "clashes", "airstrikes", "air strikes"}
    mods = [w.lower() for w in rx(r"[\w'-]+").findall(premod)]
    mn.definite = bool(mods and (mods[0] in {"the", "this", "that", "its", "their", "his", "her"}))
    mn.possessive_time = bool(rx(r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|"
                                        r"friday|saturday|sunday)'s\s", re.IGNORECASE).search(premod))
    if mn.possessive_time and mn.type == "airdrop":
        # "Sunday night's airdrops": the drops of one night, told as one event
        mn.plural = False
    mn.modifiers = tuple(w for w in mods if w not in DETERMINERS and not w.endswith("'s"))
    mn.premod = premod.strip()
    phase_target: str | None = None
    if form in CAMPAIGN_NOUNS or form in {"campaign", "battle"} or (
            form in {"fighting", "conflict"} and rx(r"\s+over\s").match(text, e)):  # "the fighting over X"
        camp, is_named = campaign_in_phrase(dm, s, e, np_lo)
        # "Yesterday's assault on Marawi": an assault of one day, not the battle of the place
        under = mx.UNDER.search(text, max(sent.start, s - 60), s) if camp is None else None
        if under is not None and form in {"siege", "blockade"}:  # "Sarajevo has been under siege": the siege of Sarajevo
            camp = next(iter(named_place(dm, max(sent.start, under.start() - 40), under.start() + 1, last=True)),
                        None)
        # "the final push on Mekelle", "a new offensive on Bakhmut": a phase of the fight for the place, not its campaign
        phase = _PHASE.search(premod) is not None and form not in {"campaign", "battle", "war", "siege"}
        if camp is not None and not phase and not (form in {"attack", "assault"} and (is_named or mn.possessive_time)):
            mn.campaign, mn.named = camp, is_named
            mn.type = "campaign"
        elif camp is not None and phase and not is_named:
            phase_target = camp  # the place the phase is fought for is its target
    if mn.campaign is None:
        own = _actors_in(dm, np_lo, s) or _agent_after_by(dm, e, hi) or owner_names(dm, np_lo, s) \
            or agent_after_of(dm, form, e, hi)
        repelled = rx(r"\b(?:repel\w*|fend\w*\s+off|fought\s+off|thwart\w*|foil\w*|repuls\w*)\b", re.IGNORECASE).search(text[lo:np_lo])
        circumstance = mx.CIRCUMSTANCE.search(text, max(lo, np_lo - 30), s)
        # "swept into the town, launching the largest offensive of the war": by the main clause's subject
        launcher = vr.participle_host(dm, sent, np_lo) if not own and mn.type == "offensive" else None
        own = list(launcher.actors) if launcher is not None else own
        if not own and not mn.definite and not mn.possessive_time and repelled is None and circumstance is None:
            # "militias have joined the offensive with a pre-dawn assault": an indefinite noun in
            # the object is the act of the clause's subject (not "left ... after a ceasefire").
            # ("had offered the separatists a ceasefire": by who offered, not the recipients)
            gift = _GIVEN.search(text, max(lo, np_lo - 90), np_lo)
            own = _actors_in(dm, lo, gift.start())[:1] or subject_names(dm, lo, gift.start()) or place_subject(
                dm, sent, lo, gift.start()) if gift is not None else _actors_in(dm, lo, np_lo)[:1]
        mn.actors = vr.civil_or_broker(dm, mn, own, premod, e)  # "the Scottish referendum", "a truce brokered by X"
        where = _places(dm, lo, hi)
        mn.places = list(dict.fromkeys(n for n, p in sorted(where, key=lambda x: abs(x[1] - s))))
        vr.made_at(dm, mn, np_lo)  # "the Minsk agreement": where, not who
        targets: list[tuple[str, int]] = []
        reach = hi
        participle = rx(r",\s+[a-z]+ing\b").match(text, hi)
        if participle is not None:  # "launched a counteroffensive, pushing toward Balakliia"
            reach = clause_bounds(text, sent, participle.end())[1]
        for pm in mx.PURPOSE.finditer(text, e, reach):
            targets += [(n, p) for n, p in (where if reach == hi else _places(dm, lo, reach))
                        if pm.end() <= p < pm.end() + 60]
            # a name the gazetteer does not know, right after the verb: "to capture Sinjar, a town west of
            # Marib", "to take the village of Khromove"
            po = mx.PURPOSE_OBJECT.match(text, pm.end())
            at = po.end() if po is not None else pm.end()
            named = names_in(dm, at, min(len(text), at + 60))
            if named and named[0].start == at and named[0].text not in dm.spans("actors").names:
                targets.append((named[0].text, at))
        if mn.type == "withdrawal":  # "the withdrawal from Izium"
            targets += [(n, p) for n, p in where if rx(r"\b(?:from|out\s+of)\s+(?:the\s+)?$").search(
                text[max(e, p - 15) : p])] + from_name(dm, e, hi)  # (a name the gazetteer lacks)
            mn.places = [p for p in mn.places if p not in mn.actors and not possessor(dm, p, np_lo, s)]
            # ("Georgia's pullout from X": Georgia pulled out, X is where from)
        target_stmt = rx(r"\btargets?\b[^.;]*?\b(?:is|was|were|are|will be)\b").search(text[sent.start : sent.end])
        if target_stmt is not None:
            targets += _places(dm, sent.start + target_stmt.end(), sent.end)
        mn.targets = _real_targets(dm, targets)
        if phase_target is not None and phase_target not in mn.targets:
            mn.targets.append(phase_target)
        if launcher is not None and not mn.targets:
            mn.targets = list(launcher.targets)
            mn.places = mn.places or list(launcher.places)
        if not mn.targets and mn.type in OF_TARGET:  # "the fall of Bab al-Aziziya", "a truce in Aleppo"
            mn.targets = noun_object(dm, e, OF_TARGET[mn.type] + ("|of" if form in mx.DESTRUCTIVE else ""))
        if (mn.type == "fighting" and not (mn.actors or mn.places or mn.targets)) or (
                mn.type == "withdrawal" and not (mn.places or mn.targets)):
            # "The clashes erupted on Tuesday afternoon": fought over the city the dispatch is about;
            # "the Russian withdrawal across the river": from it (if one city stands out)
            k = bisect.bisect_left(dm.places, s, key=lambda p: p.end)
            city = salient_city(dm, dm.places[max(0, k - 60) : k], strict=True)
            mn.places = mn.targets = [city] if city is not None else []
        elif mn.type == "ceasefire" and not (mn.actors or mn.targets or mn.campaign):
            # "A truce that was to let the wounded leave collapsed": a truce in the city the dispatch is about
            # (not in the capitals blaming each other for its collapse)
            k = bisect.bisect_left(dm.places, s, key=lambda p: p.end)
            city = salient_city(dm, dm.places[max(0, k - 60) : k])
            # (or, in a dispatch naming no city, the country it holds in: "A ceasefire took hold in Lebanon")
            mn.targets = [city] if city is not None else mn.places[:1]
    noun_patient(dm, mn, np_lo)  # "the resignation of the president", "the downing of a warplane"
    by_air(mn)
    dm.mentions.append(mn)
