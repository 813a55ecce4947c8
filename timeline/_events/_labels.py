"""Names for events: "Battle of Mosul", "Hashd al-Shaabi offensive toward Tal Afar", "Capture of Raqqa".

A campaign is named by its place (the alias table's usual name, else "Battle of X", "Siege of X",
"X counteroffensive"); another event by who did what to where, with the words its articles use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from timeline._events._campaigns import HEADS
from timeline._events._cluster import Cluster
from timeline._events._label_text import (
    clause_parts,
    fronted_object,
    is_passive,
    next_object,
    passive_headline,
    said_clause,
    subject_place,
    with_party,
)
from timeline._events._lexicon import present_3sg
from timeline._events._mentions import DocMentions, Mention
from timeline._events._naval import LABEL_VERBS as NAVAL_LABEL_VERBS
from timeline._events._nouns import GENERIC
from timeline._events._rx import rx
from timeline._events._vocab13_labels import LABEL_VERBS, vocab_label

__all__ = ["agreeing_verb", "campaign_label", "label_of", "modifiers_of", "place_of", "whole_place"]


_PART_OF = (r"(?:old\s+city|districts?|quarters?|neighbou?rhoods?|parts?|half|outskirts|edges?|centre|center|"
            r"suburbs?|east|west|north|south|areas?|sections?|pockets?|rest)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$|"
            r"(?:villages?|towns?|neighbou?rhoods?|districts?|areas?|positions?)\s+(?:in|around|near)\s+(?:the\s+)?$|"
            r"\b(?:eastern|western|northern|southern|central)\s+$")


#: Nouns that say what one strike was, preferred to the verb's noun when nobody is named.
_STRIKE_NOUNS = frozenset({"air strike", "airstrike", "air raid", "drone strike", "missile strike"})

def whole_place(dm: DocMentions, mn: Mention, place: str) -> bool:
    """Whether a capture is of the whole place: not "the Old City of Aleppo", "eastern Mosul"."""
    near = [p for p in dm.places if p.name == place and mn.sent.start <= p.start < mn.sent.end]
    of = rx(r"\s+of\s+(?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\b(?!\s+of\b)").match(dm.text, mn.end)
    if mn.nominal and of is not None and of.group(1).split()[-1] not in {"city", "town", "capital", "port"}:
        return False  # "Yesterday's fall of the historic quarter": a part, told by a common noun
    if not near:
        return True  # "the city", "Yesterday's victory": told by reference, of the whole
    p = min(near, key=lambda x: abs(x.start - mn.start))
    if rx(r"(?:eastern|western|northern|southern|central)\s", re.IGNORECASE).match(dm.text, p.start):
        return False  # an alias that names a part: "eastern Aleppo"
    if rx(r"\s+(?:region|province|oblast|governorate|countryside)\b", re.IGNORECASE).match(dm.text, p.end):
        return False  # "villages in the Kherson region": the region around the city, not the city
    return rx(_PART_OF, re.IGNORECASE).search(dm.text[max(mn.sent.start, p.start - 40) : p.start]) is None


_BY_DOC: dict[int, tuple[list[DocMentions], dict[str, DocMentions]]] = {}


def _by_doc(dms: list[DocMentions]) -> dict[str, DocMentions]:
    """Each document's mentions by document id (the first, as a scan would find; once per corpus)."""
    hit = _BY_DOC.get(id(dms))
    if hit is None or hit[0] is not dms or len(hit[1]) > len(dms):
        _BY_DOC.clear()
        table: dict[str, DocMentions] = {}
        for dm in dms:
            table.setdefault(dm.doc, dm)
        hit = _BY_DOC[id(dms)] = (dms, table)
    return hit[1]


def _part_name(mns: list[Mention], dms: list[DocMentions], place: str) -> str:
    """"Old City of Aleppo", "eastern Aleppo" when every mention captures only a part of ``place``."""
    names: list[str] = []
    by_doc = _by_doc(dms)
    for mn in mns:
        dm = by_doc[mn.doc]
        near = [p for p in dm.places if p.name == place and mn.sent.start <= p.start < mn.sent.end]
        if not near or whole_place(dm, mn, place):
            return place
        p = min(near, key=lambda x: abs(x.start - mn.start))
        base = max(mn.sent.start, p.start - 40)
        head = rx(_PART_OF, re.IGNORECASE).search(dm.text[base : p.start])
        lead = dm.text[base + head.start() : p.start] if head else ""
        lead = rx(r"^(?:the\s+)", re.IGNORECASE).sub("", lead)
        tail = rx(r"\s+(?:region|province|oblast|governorate|countryside)\b", re.IGNORECASE).match(dm.text, p.end)
        names.append((lead + dm.text[p.start : tail.end() if tail else p.end]).strip())
    return names[0] if names else place


_NOUN_RANK = ("offensive", "counteroffensive", "assault", "operation", "incursion", "attack", "raid", "push",
              "thrust", "move")
_LABEL_VERB = {"fall": "capture", "drive": "clear", "inch": "inch toward", "close in": "close in on",
               "push": "push into", "advance": "advance on", "pull out": "pull out of", "withdraw": "withdraw from",
               "retreat": "retreat from", "free town": "free", "swear in": "be sworn in",
               "lose": "take", "enter through breach": "break through", "block road": "block", "reach a deal": "reach",
               "break through wall": "break through",  # a place lost "to the rebels" is taken by them, its capture's actor
               **NAVAL_LABEL_VERBS}  # "Invincible sails from Portsmouth", "Marines land at Inchon"


#: The preposition between an event noun and the object a lexicon phrase found for it ("the dismissal of 40 judges").
_OBJ_PREP = re.compile(r"\s+(of|on|against|over)\s")
#: Objects that are no object: a preposition or a function word the object finder stopped at.
_NO_OBJ = rx(r"(?:on|in|at|by|from|to|for|with|that|this|it|late|early|last|yesterday|today)$", re.IGNORECASE)

_TYPE_VERB = {"encirclement": "encircle", "capture": "capture", "breach": "breach", "withdrawal": "withdraw from",
              "meeting": "meet", "proclamation": "proclaim"}
_NOUN_OF = {"sailing": "sailing from", "docking": "docking at", "visit": "visit to", "evacuation": "evacuation of", "veto": "veto", "capture": "capture of", "attack": "strikes on", "advance": "advance on", "withdrawal": "withdrawal from",
            "proclamation": "proclamation of", "meeting": "meeting in", "encirclement": "encirclement of",
            "breach": "breach of", "repel": "repelled", "kill": "killing of", "warning": "warning",
            "join": "joining", "formation": "formation", "suspension": "suspension of",
            "annexation": "annexation of", "surrender": "surrender of", "arrest": "arrest of",
            "rescue": "rescue of", "release": "release of", "ceasefire": "ceasefire in", "vote": "vote on",
            "agreement": "agreement on", "handover": "handover of", "order": "order of", "flag": "flag raised in",
            "performance": "performance in", "publication": "publication of", "proposal": "proposal of",
            "pledge": "pledge", "coup": "coup in", "return": "return to", "crash": "crash of",
            "blockade": "blockade of", "interception": "interception of", "resignation": "resignation of",
            # rescues (timeline/data/lexicon_disaster.yaml): "Drilling", "Contact with miners", "Test of capsule"
            "drilling": "drilling", "contact": "contact with", "trial_run": "test of",
            # idioms of war news (timeline/data/lexicon_war_idioms.yaml)
            "sanctions": "sanctions on", "ultimatum": "ultimatum to", "abduction": "abduction of",
            "rejection": "rejection of", "violation": "truce broken in", "extension": "truce extended in",
            # crises (timeline/data/lexicon_civil.yaml): "Protests in Cairo", not "Take to the streets Cairo"
            "protest": "protests in", "appointment": "appointment of", "speech": "speech by"}
#: Types whose noun phrase is a noun and a participle ("truce broken in"): without a place, the phrase less its preposition.
_PHRASE_NOUNS = frozenset({"violation", "extension", "flag"})
#: Types whose object (what was suspended, ordered, agreed) names them better than their place.
_OBJ_FIRST = frozenset({"suspension", "order", "vote", "agreement", "flag"})
#: Noun phrases for a place rather than a patient: "killings in Marawi", not "killing of Marawi".
_NOUN_IN = {"kill": "killings in", "vote": "vote in", "agreement": "agreement in", "order": "order in",
            "suspension": "suspension in", "arrest": "arrests in", "release": "release in", "rescue": "rescue in",
            "abduction": "abduction in", "sanctions": "sanctions in", "violation": "truce broken in",
            "extension": "truce extended in"}


#: Capitalised names ending in -s that take a singular verb.
_SINGULAR_S = frozenset({"States", "Nations", "Philippines", "Netherlands", "Emirates", "Bahamas", "Comoros",
                         "Maldives", "Seychelles", "Honduras", "Brussels", "Athens", "Algiers", "Tunis", "News",
                         "Times", "Reuters", "Fars", "Hamas", "Lyons", "Marseilles", "Paris", "Memphis", "Kiribati"})


def agreeing_verb(actor: str, lemma: str) -> str:
    """The lemma in the present, agreeing with ``actor``, roughly: "Iraqi security forces advance",
    "ISIS advances", "United States flies", "Rebels hoist"."""
    lemma = _LABEL_VERB.get(lemma) or LABEL_VERBS.get(lemma, lemma)
    last = actor.split()[-1] if actor else ""
    plural = last.lower().endswith(("forces", "troops", "units", "militias", "fighters", "marines", "soldiers")) or (
        last.endswith("s") and last[:1].islower()) or (
        # "Malians turn out", "Protesters storm", "Kurds": a people; not "ISIS", "United States", "Philippines"
        last[:1].isupper() and not last.isupper() and last.endswith("s") and len(last) > 4
        and not last.endswith(("ss", "us")) and last not in _SINGULAR_S)
    if plural:
        return "are " + lemma[3:] if lemma.startswith("be ") else lemma
    head, _, rest = lemma.partition(" ")
    return f"{present_3sg(head)} {rest}".strip()  # "moves into", whatever the lexicon's first form


def modifiers_of(mn: Mention) -> str:
    """The telling premodifiers of a noun, as written: "US-led" (invasion), "pre-dawn" (assault)."""
    words = rx(r"[\w'-]+").findall(mn.premod)
    # "A coalition led by Saudi Arabia began air strikes": a finite verb ends the clause before the
    # noun phrase, so only the words after it can modify the noun
    verbs = [k for k, w in enumerate(words) if w.lower() in _FINITE or (
        "-" not in w and w.lower().endswith("ed") and k + 1 < len(words) and not w[0].isupper())]
    words = words[verbs[-1] + 1:] if verbs else words
    mods = [w for w in words if not w.lower().endswith("'s")]
    mods = [w for w in mods if (w.isalpha() or "-" in w) and w.lower() not in _SKIP_MODS
            and ("-" in w or not w.lower().endswith(("ing", "ed")))]
    return " ".join(mods[-2:])


#: finite verbs that can stand right before an event noun ("began air strikes", "has launched attacks")
_FINITE = frozenset(["began", "begun", "begin", "begins", "launched", "launches", "launch", "started", "starts", "start",
                     "staged", "stages", "carried", "resumed", "resumes", "stepped", "intensified", "halted",
                     "halts", "ended", "ends", "was", "were", "is", "are", "has", "have", "had", "made", "makes",
                     "mounted", "mounts", "conducted", "conducts", "led", "leads", "ordered", "orders", "announced",
                     "out", "up", "off"])  # particles: "carried out", "stepped up", "called off"
_SKIP_MODS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "major", "main", "latest", "big", "large", "massive", "fresh", "renewed", "first", "second", "final"])


def label_of(cl: Cluster, dms: list[DocMentions], campaign_places: set[str] | None = None,
             names: Mapping[str, str] | None = None) -> str:
    """A human-readable name: "Battle of Mosul", "Hashd al-Shaabi offensive toward Tal Afar"."""
    if cl.campaign is not None:
        if cl.named:
            return _as_written(cl.campaign, [dms[d] for d in dict.fromkeys(d for d, _ in cl.members)])
        label = campaign_label(cl, dms, names)
        if cl.alias is not None:  # "Afrin offensive (Operation Olive Branch)"
            label += f" ({_as_written(cl.alias, [dms[d] for d in dict.fromkeys(d for d, _ in cl.members)])})"
        return label[0].upper() + label[1:]  # "Eastern Aleppo offensive"
    mns = [dms[d].mentions[m] for d, m in sorted(cl.members)]
    actors = cl.actors(dms)
    who = _who(cl, dms, actors)
    targets = cl.targets(dms)
    if len(targets) > 1:  # name what sets it apart from its campaign: "toward Tal Afar", not "Mosul"
        targets = [t for t in targets if t not in (campaign_places or set())] or targets
    counts = cl.target_counts(dms)
    targets = [t for t in targets if counts[t] == counts[targets[0]]] if targets else targets
    if cl.type == "capture":  # "captured the Old City of Aleppo" is not the capture of Aleppo
        targets = [_part_name(mns, dms, t) for t in targets]
    by_doc = _by_doc(dms)
    own = vocab_label(cl.type, mns, by_doc, who, agreeing_verb)
    if own:  # "Mubarak rules out re-election", "Televised speech by X", "Appointment of X as vice president"
        return own[0].upper() + own[1:]
    # "after haggling with Moscow", "Moscow said": a government, not where it happened
    targets = [t for t in targets if not _party_only(cl, mns, by_doc, t)] if len(targets) > 1 else targets
    where = place_of(cl, dms, targets)
    if where is not None and not targets and _party_only(cl, mns, by_doc, where):
        where = None
    nouns = [mn for mn in mns if mn.nominal and not mn.plural and mn.word.lower() in _NOUN_RANK]
    # an active verb names who did it better than a passive ("Herat was overrun"), whatever its roles say
    verbals = [mn for mn in mns if not mn.nominal]
    pool = [mn for mn in verbals if not is_passive(by_doc[mn.doc].text, mn)] or verbals
    verbal = pool[0] if pool else None
    # the one that says what: "proclaimed a republic" names it better than "the republic that X proclaimed"
    verbal = next((mn for mn in verbals if mn.obj and not _NO_OBJ.match(mn.obj)), verbal)
    if verbal is not None and not who and not is_passive(by_doc[verbal.doc].text, verbal):
        # "France, Britain and other countries evacuated their nationals": France acted, it is no place
        acted = next((p for p in [*targets, *([where] if where else [])]
                      if subject_place(by_doc[verbal.doc], verbal, p)), None)
        if acted is not None and (verbal.obj or next_object(by_doc[verbal.doc].text, verbal, verbal.lemma)):
            who, targets = acted, [t for t in targets if t != acted]
            where = None if where == acted else where
    passive = _passive_label(cl, verbal, by_doc, who, targets, where)
    if verbal is None and who and cl.type in _TYPE_VERB:  # "the encirclement" by the SDF: "SDF encircle ..."
        verbal = next(mn for mn in mns)
        verbal = Mention(verbal.doc, verbal.index, verbal.sent, verbal.start, verbal.end, verbal.word,
                         _TYPE_VERB[cl.type], cl.type, False, verbal.tense)
        if not targets and where:
            targets, where = [where], None
    if verbal is not None and verbal.obj and _NO_OBJ.match(verbal.obj):
        verbal = replace(verbal, obj=None)  # "declared on Saturday that ...": "on" is no object
    if verbal is not None and not targets and verbal.doc in by_doc and cl.type not in _NO_FRONT | _SAYS_WHAT:
        front = fronted_object(by_doc[verbal.doc].text, verbal)
        if front:  # "The state of war that Mr Saakashvili declared yesterday remains": not "declares remains"
            verbal = replace(verbal, obj=front)
    if not nouns and verbal is None and mns[0].word.lower() not in _NOUN_RANK \
            and mns[0].word.lower().split()[-1] not in HEADS:
        # an act told by its noun alone: "Fall of Severodonetsk", "Withdrawal from Kherson", "Bombing of
        # Qana", "Capture of Palmyra by ISIS" (not "Fall toward Severodonetsk")
        noun = mns[0].word.lower()
        place = " and ".join(targets[:2]) if targets else where
        if cl.type in _NOUN_IN and (not targets or noun.endswith("s") or (
                cl.type in _PEOPLE_DONE and all(_is_place(mns, by_doc, t) for t in targets))):
            prep = "in"  # "Killings in Palmyra": many acts at a place, not one patient
        elif cl.type in {"withdrawal", "retreat"} or noun in {"withdrawal", "retreat", "pullout", "exodus"}:
            prep = "from"
        elif cl.type in {"attack", "airstrike"} and noun not in {"bombing", "shelling", "bombardment"}:
            prep = "on"  # "Air strike on Qana", but "Bombing of Qana"
        elif cl.type in {"capture", "attack", "airstrike", "kill", "evacuation", "encirclement", "breach",
                         "surrender", "annexation", "defeat", "release", "arrest", "rescue"}:
            prep = "of"
        else:
            prep = "in"
        mods = modifiers_of(mns[0])
        if any(w.endswith("s") and not w.endswith("ss") for w in mods.split()):
            mods = ""  # "The deployment follows talks": a clause, not a modifier
        between = _BETWEEN.match(_by_doc(dms)[mns[0].doc].text, mns[0].end, mns[0].sent.end)
        if between is not None and not place:
            label = f"{noun} between {between.group(1)} and {between.group(2)}"  # "Talks between X and Y"
        else:
            label = f"{noun} {prep} {place}" if place else f"{mods} {noun}".strip()
            doc_text = _by_doc(dms)[mns[0].doc].text if mns[0].doc in _by_doc(dms) else ""
            obj = mns[0].obj
            linked = _OBJ_PREP.match(doc_text, mns[0].end) if obj and not place else None
            if linked is not None:
                label = f"{noun} {linked.group(1)} {obj}"  # "Closure of news agencies", "Crackdown on protesters"
        if who:
            label += f" by {who}"
    elif nouns and (cl.type == "offensive" or cl.type == "attack" and verbal is None) or verbal is None:
        pick = min(nouns, key=lambda mn: _NOUN_RANK.index(mn.word.lower())) if nouns else mns[0]
        noun = pick.word.lower()
        noun = {"move": "offensive", "push": "offensive", "thrust": "offensive", "operation": "offensive"}.get(
            noun, noun)
        head = " ".join(x for x in (who, "" if who else modifiers_of(pick), noun) if x)
        if targets:
            # "offensive toward Tal Afar" (a drive), "assault on Baghuz" (a blow at the place)
            prep = "on" if noun in {"assault", "attack", "raid"} else "toward"
            label = f"{head} {prep} {' and '.join(targets[:2])}"
        else:
            prep = "of" if noun in {"invasion", "occupation", "siege"} else "in"  # "invasion of Iraq"
            # "Euphrates Shield incursion", not "... in Euphrates": a place its own name already says
            said = {w.lower() for w in head.split()}
            label = f"{head} {prep} {where}" if where and not {w.lower() for w in where.split()} <= said else head
    elif passive:  # "Herat was overrun": "Herat overrun", not "Herat overruns"
        label = passive
    elif cl.type == "disaster":  # "A new earthquake struck Hatay": "Earthquake in Hatay", no "Strike earthquake"
        place = " and ".join(targets[:2]) if targets else where
        what = verbal.obj or next((mn.word.lower() for mn in mns if mn.nominal), "disaster")
        label = f"{what} in {place}" if place else what
    elif not who:  # nobody named: a noun phrase reads better ("Capture of Raqqa", "Strikes on Raqqa")
        what = " and ".join(targets[:2]) if targets else (verbal.obj or where or "")
        noun = _NOUN_OF.get(verbal.type, verbal.lemma)
        if verbal.type == "flag" and verbal.lemma == "lower":
            noun = "flag lowered in"  # "the flag was lowered over the ministry"
        told = next((mn.word.lower() for mn in mns if mn.nominal and not mn.plural
                     and mn.word.lower() in _STRIKE_NOUNS), None)
        if told is not None and targets:
            noun = f"{told} on"  # "An air strike hit a school in Qana": "Air strike on Qana", not "Strikes on"
        after = ""
        if not what and verbal.type not in _INTRANSITIVE | _SAYS_WHAT and not is_passive(
                by_doc[verbal.doc].text, verbal) and (noun.endswith(" of") or " " not in noun):
            what = after = next_object(by_doc[verbal.doc].text, verbal, verbal.lemma)  # "Release of prisoners"
        if not targets and not verbal.obj and not after and verbal.type in _NOUN_IN:
            noun = _NOUN_IN[verbal.type]  # a place, not a patient: "Killings in Marawi"
        elif targets and not verbal.obj and verbal.type in _PEOPLE_DONE and all(
                _is_place(mns, by_doc, t) for t in targets):
            noun = _NOUN_IN[verbal.type]  # people killed at a place: "Killings in Douma", not "Killing of Douma"
        clause = clause_parts(verbal.obj) if verbal.obj and cl.type == "proclamation" else None
        if clause is None and cl.type == "proclamation" and not verbal.obj and not targets:
            clause = said_clause(by_doc[verbal.doc].text, verbal)
        if verbal.obj and verbal.type in _OBJ_FIRST:
            # "suspended the evacuation" (of Aleppo): "Suspension of evacuation in Aleppo"
            place = targets[0] if targets else where
            what = verbal.obj + (f" in {place}" if place and place not in verbal.obj else "")
            if verbal.type == "flag":  # the noun says the flag already: "Flag raised in X", "Flag raised"
                what = place or ""
        label = f"{noun} {what}".strip() if what else \
            noun.rsplit(" ", 1)[0] if verbal.type in _PHRASE_NOUNS else noun.split()[0]  # "Truce broken", not "Truce"
        if clause is not None:  # "declaring that the aggressor had been punished"
            label = f"{clause[0]} declared {clause[1]}"
    elif cl.type == "proclamation" and not verbal.obj and not targets:  # "declared late on Thursday that ..."
        that = said_clause(by_doc[verbal.doc].text, verbal)
        if that is not None:  # "proclaimed that Afghanistan had won its independence"
            label = f"{who} {agreeing_verb(who, verbal.lemma)} {that[0]} {that[1]}"
        else:
            label = f"declaration by {who}" + (f" in {where}" if where else "")
    else:
        verb = agreeing_verb(who, verbal.lemma)
        what = " and ".join(targets[:2]) if targets else (verbal.obj or "")
        if cl.type == "proclamation" and verbal.obj and targets and targets[0] in verbal.obj:
            what = verbal.obj  # "declares Marawi liberated", not "declares Marawi"
        clause = clause_parts(verbal.obj) if cl.type == "proclamation" and verbal.obj else None
        if clause is not None:  # "declaring that the aggressor had been punished": "declares aggressor punished"
            what = f"{clause[0]} {clause[1]}"
        if cl.type in {"kill", "arrest"} and verbal.obj:  # "shoot dead two protesters" (in X), not "shoot dead X"
            what, where = verbal.obj, (targets[0] if targets else where)
            targets = []
        if cl.type == "breach" and verbal.obj:  # "breach the wall" (in Raqqa), not "breach Raqqa"
            what, where = verbal.obj, (targets[0] if targets else where)
            targets = []
        if not what and not targets:
            # "vowed on Monday to carry the operation east", "Resolution 1701 was adopted by the Council"
            what = _said_what(_by_doc(dms)[verbal.doc], verbal)
        if not what and not targets and (cl.type not in _INTRANSITIVE or verbal.lemma in _REACHES) \
                and verbal.doc in by_doc:
            what = next_object(by_doc[verbal.doc].text, verbal, verb)  # "Taliban frees prisoners", not "frees"
            if what and where and (" " in verb or re.search(
                    re.escape(what) + r"\s+of\s+(?:the\s+)?" + re.escape(where), by_doc[verbal.doc].text)):
                what = ""  # "pulling its troops back towards X", "reached the outskirts of Kabul": the place says it
            last = verb.rsplit(" ", 1)[-1]
            if what and " " in verb and last in {"from", "of", "on", "toward", "into"} and not re.search(
                    r"\b" + last + r"\b", by_doc[verbal.doc].text[verbal.end : verbal.end + 30]):
                verb = verb.rsplit(" ", 1)[0]  # "withdrew its ambassador": "withdraws ambassador"
        elif targets and cl.type == "evacuation" and verbal.doc in by_doc and not verbal.obj:
            # "evacuated 300 citizens from Kabul": the people from the place, not "evacuates Kabul"
            whom = next_object(by_doc[verbal.doc].text, verbal, verb)
            if whom and re.search(r"\bfrom\s+(?:the\s+)?" + re.escape(targets[0]),
                                  by_doc[verbal.doc].text[verbal.end : verbal.sent.end]):
                what = f"{whom} from {targets[0]}"
        if not what and where and (cl.type in {"invasion", "occupation", "annexation"}
                                   or verbal.lemma in {"leave", "enter", "reach", "quit", "abandon"}):
            what, where = where, None  # "Russian armed forces invade Ukraine", not "invade in Ukraine"
        if not what and " " in verb and where:
            what, where = where, None  # "advance on Mosul", not "advance on in Mosul"
        elif not what and " " in verb:
            verb = verb.rsplit(" ", 1)[0] if verb.rsplit(" ", 1)[1] in {"from", "of", "on", "toward", "into"} else verb
        label = " ".join(x for x in (who, verb, what) if x)
        if not targets and where and where not in label:
            # "announces withdrawal from Syria", "proclaims caliphate in Mosul"
            label += f" from {where}" if what.endswith(("withdrawal", "pullout", "retreat")) else f" in {where}"
    return label[0].upper() + label[1:] if label else mns[0].word


#: Acts done to people: a place named with them is where, not what ("Killings in Douma").
_PEOPLE_DONE = frozenset({"kill", "arrest", "release", "rescue"})
#: Types whose verb takes no object of its own: the words after it are no object ("withdrew south").
_INTRANSITIVE = frozenset({"encirclement", "advance", "retreat", "surrender", "fighting", "battle", "return", "visit",
                           "meeting", "ceasefire", "campaign", "offensive", "disaster", "flag"})
#: Types whose noun fits every verb of the type: a passive of one is told by it ("Release of Italian hostages");
#: the others by the participle ("Warplanes shot down", not "Strikes on warplanes").
_NOUN_PASSIVE = frozenset({"capture", "kill", "arrest", "release", "rescue", "evacuation", "suspension", "annexation",
                           "handover", "encirclement", "blockade", "interception"})
#: Verbs of movement whose object is where they went ("entered the capital").
_REACHES = frozenset({"enter", "reach", "cross", "leave", "quit", "abandon", "storm", "close in"})
#: Types whose verb in a relative clause has no fronted object ("the day that the rebels withdrew").
_NO_FRONT = _INTRANSITIVE | {"capture", "encirclement"}


def _is_place(mns: list[Mention], by_doc: Mapping[str, DocMentions], name: str) -> bool:
    """Whether ``name`` is a place the cluster's articles name (not a person, a craft, a unit)."""
    return any(p.name == name for mn in mns if mn.doc in by_doc for p in by_doc[mn.doc].places)


def _party_only(cl: Cluster, mns: list[Mention], by_doc: Mapping[str, DocMentions], place: str) -> bool:
    """Whether every sentence of the cluster that names ``place`` names it as a party ("talks with Moscow",
    "Moscow said"), and at least one does."""
    told = [mn for mn in mns if mn.doc in by_doc and any(
        p.name == place and mn.sent.start <= p.start < mn.sent.end for p in by_doc[mn.doc].places)]
    return bool(told) and all(with_party(by_doc[mn.doc], mn, place) for mn in told)


def _passive_label(cl: Cluster, verbal: Mention | None, by_doc: Mapping[str, DocMentions], who: str,
                   targets: list[str], where: str | None) -> str:
    """"Herat overrun", "Warplanes shot down": a passive with no agent written, told by its subject and
    participle (its roles may name an actor from elsewhere; the sentence does not)."""
    if verbal is None or verbal.doc not in by_doc or cl.type in {"flag", "disaster"} or verbal.lemma == "swear in":
        return ""  # (a flag raised, and one sworn in, have labels of their own)
    dm = by_doc[verbal.doc]
    if not is_passive(dm.text, verbal) or verbal.obj and who:
        return ""  # ("whose self-styled republic was proclaimed": the finder read the thing, the roles who)
    if who and re.search(r"\bby\s+(?!then\b|now\b|the\s+end\b|\d)", dm.text[verbal.end : verbal.end + 40]):
        return ""  # "was bombed by Israeli jets": the agent is written, the active reads well
    noun = _NOUN_OF.get(cl.type, "") if cl.type in _NOUN_PASSIVE else ""
    head = passive_headline(dm, verbal, targets, noun)
    if head and where and where not in head and re.search(
            r"\b(?:in|at|near|outside|around|over)\s+(?:the\s+)?" + re.escape(where) + r"\b",
            dm.text[verbal.end : verbal.sent.end]):
        head += f" in {where}"
    return head


def _as_written(name: str, dms: list[DocMentions]) -> str:
    """An operation's name as its articles write it: "Operation Olive Branch", not "Olive Branch"."""
    for dm in dms:
        m = re.search(r"\b(Operation|Op\.)\s+" + re.escape(name) + r"\b", dm.text)
        if m is not None:
            return f"Operation {name}"
    return name


_TO_WHAT = re.compile(r"(?:\s+(?:on|in|at|early|late|last|this|overnight|yesterday|today)(?:\s+(?:on\s+)?[A-Z]?[a-z]+\.?)?"
                      r"(?:\s+\d{1,2})?(?:\s*\([^)]{1,20}\))?)?\s+to\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")
_PASSIVE_SUBJECT = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z\d][\w-]*){0,3})\s+(?:was|were|has\s+been|have\s+been|had\s+been)"
                              r"\s+(?:\w+ly\s+)?$")
_DANGLING = frozenset({"of", "on", "in", "at", "for", "with", "by", "to", "the", "a", "an", "and", "its", "their", "from"})
_SAYS_WHAT = frozenset({"pledge", "warning", "agreement", "vote", "order", "proposal", "publication"})


_BETWEEN = re.compile(r"(?:\s+(?:earlier|later|last|this)\s+(?:this\s+)?\w+)?\s+between\s+((?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)"
                      r"\s+and\s+((?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)(?=[.,;]|\s+(?:on|in|at|over|about)\b|$)")


def _said_what(dm: DocMentions, mn: Mention) -> str:
    """What a pledge, a warning, an agreement or a vote was about, as the sentence words it: "to carry the
    operation east" (an infinitive after the verb), "Resolution 1701" (the subject of a passive)."""
    if mn.type not in _SAYS_WHAT or mn.nominal:
        return ""
    m = _TO_WHAT.match(dm.text, mn.end, mn.sent.end)
    if m is not None:
        words = m.group(1).split()
        while words and words[-1].lower() in _DANGLING:
            words.pop()
        return "to " + " ".join(words) if words else ""
    p = _PASSIVE_SUBJECT.search(dm.text, mn.sent.start, mn.start)
    return p.group(1) if p is not None and p.group(1) not in {"The", "It", "This", "A"} else ""


def _who(cl: Cluster, dms: list[DocMentions], actors: list[str]) -> str:
    """Who to name: of the actors told most often across the cluster, a named one ("NATO") before a
    description ("French aircraft", "government forces")."""
    if len(actors) < 2:
        return actors[0] if actors else ""
    counts = cl.actor_counts(dms)
    generic: set[str] = set()
    for d in dict.fromkeys(d for d, _ in cl.members):
        generic |= {a.name for a in dms[d].actors if a.place_kind == GENERIC}
    # "Ansar Dine" before "rebels", however many articles only say "rebels": the name says who
    named = [a for a in actors if a not in generic and a.lower() != a]
    if actors[0] in generic and named:
        return max(named, key=lambda a: counts[a])
    top = [a for a in actors if counts[a] == counts[actors[0]]]
    if len(top) < 2:
        return actors[0]
    return next((a for a in top if a not in generic), actors[0])


def campaign_label(cl: Cluster, dms: list[DocMentions], names: Mapping[str, str] | None = None) -> str:
    """The campaign's name, one per place whatever the articles call it.

    The alias table's ``campaign`` for the place when it has one; else "Battle of Raqqa" when any
    article calls it a battle (or a fight, a struggle), "Siege of X" for a siege, "X
    counteroffensive" for one, and "X offensive" for the rest (assault, operation, campaign, push).
    """
    if names and cl.campaign is not None and cl.campaign in names:
        return names[cl.campaign]
    nouns = {dms[d].mentions[m].word.lower().split()[-1] for d, m in cl.members}
    country = any(cl.campaign in dms[d].spans("places").countries for d, _ in cl.members[:3])
    if nouns & {"war", "conflict", "hostilities"} or (country and nouns & {"fighting", "combat", "fight"}):
        return f"War in {cl.campaign}" if country else f"{cl.campaign} war"  # "War in Lebanon"
    if "intervention" in nouns and not nouns & {"battle", "siege"}:
        return f"Intervention in {cl.campaign}"  # "the French intervention in Mali"
    if nouns and nouns <= {"invasion", "war"} and "invasion" in nouns:
        return f"Invasion of {cl.campaign}"
    if nouns and nouns <= {"fighting", "combat", "hostilities"}:
        return f"Fighting in {cl.campaign}"  # "34 days of fighting" in Lebanon: no battle named
    if nouns & {"battle", "fight", "struggle", "fighting", "combat"} or not nouns:
        return f"Battle of {cl.campaign}"
    if "siege" in nouns:
        return f"Siege of {cl.campaign}"
    if nouns & {"counteroffensive", "counter-offensive"}:
        return f"{cl.campaign} counteroffensive"
    return f"{cl.campaign} offensive"


def place_of(cl: Cluster, dms: list[DocMentions], targets: list[str]) -> str | None:
    """Where it happened: its target, else the place named closest to its triggers (countries last)."""
    if targets:
        return targets[0]
    countries: set[str] = set()
    places: list[str] = []
    for d, m in sorted(cl.members):
        countries |= {p.name for p in dms[d].places if p.place_kind == "country"}
        places += dms[d].mentions[m].places
    del countries
    return places[0] if places else None
