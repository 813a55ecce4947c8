"""Campaigns named by a place the corpus knows, though the article naming them does not.

The mention finder reads one article at a time: "the Manbij offensive" in a dispatch that never
writes "in Manbij" has no place to go by ("Manbij" looks like the offensive's owner), and "the
offensive to retake Manbij" needs the gazetteer to know the town.  Across the corpus the name is
plainly a place (another article wrote "north of Manbij"), so before coreference each campaign
noun is read again against the names some article of the corpus uses as places:

- a place right before the noun: "the Manbij offensive", "the Manbij campaign";
- a place after it, as what the campaign is for: "the battle for Manbij", "the siege of Manbij",
  "the offensive to retake Manbij", "the operation to drive Islamic State out of the city of Sirte",
  "the offensive to retake the city" (the document's main place);
- the launch of such a campaign: "launched an operation on Thursday to drive the militants out of
  the coastal city of Sirte" - an indefinite noun with a start (launched, began) whose purpose is the
  whole place, when some article tells that campaign as known ("the battle for Sirte").  "A new
  offensive", "a second offensive", "an assault" are pushes of a campaign, never its launch;
- a name given to it: "The offensive, named Bunyan al-Marsous" - then "the Bunyan al-Marsous
  operation" and "Operation Bunyan al-Marsous" are that campaign too.

Such a mention becomes a campaign mention (``type`` "campaign", ``campaign`` the place), exactly what
the mention finder makes of a place the gazetteer knows; the name leaves its actors.  Also read
against the corpus: "the city" of a dispatch about one campaign is the campaign's place
(:func:`_the_city`); a description of an actor the table knows counts where another article names the
actor (:func:`name_actors`); and bare campaign nouns of such a dispatch ("three weeks into the
siege") join the campaign (:func:`fold_bare`, once the clusters exist).
"""

from __future__ import annotations

import re
from collections import Counter

from timeline._events._actor_names import name_actors
from timeline._events._aliases import AliasTable, load_table, packaged_table
from timeline._events._campaigns import _GENERIC, _LAPSE, _start, corpus_places, main_place
from timeline._events._cluster import Cluster, _overlap
from timeline._events._mentions import DocMentions, Mention
from timeline._events._named_twice import stated_aliases
from timeline._events._rx import rx
from timeline._events._spellings import _known_places, _skeleton, transliterations, vowel_variants
from timeline.model import Document

__all__ = ["answers", "corpus_capital", "dateline_place", "doc_campaign", "fold_bare", "fold_named", "name_actors", "name_campaigns", "spellings", "told_whole",
           "transliterations"]

#: Nouns that name a whole campaign once a place is attached (not "assault", "attack", "push": one day's act).
_NOUNS = frozenset({"battle", "campaign", "offensive", "counteroffensive", "counter-offensive", "operation", "siege",
                    "fight", "struggle", "blockade", "fighting", "intervention"})
#: Nouns that may tell the launch of a campaign when indefinite ("launched an operation to retake X").
_LAUNCH_NOUNS = frozenset({"campaign", "offensive", "counteroffensive", "counter-offensive", "operation"})
_NOT_LAUNCH = frozenset({"new", "fresh", "second", "third", "renewed", "final", "another", "separate", "last",
                         "parallel", "smaller", "limited", "local"})
_NAME = r"([A-Z][\w'\u2019-]+(?:[ -](?:al-)?[A-Z][\w'\u2019-]+){0,2})"
_BEFORE = re.compile(_NAME + r"\s*$")
# what comes between the noun and its purpose: a day ("on Thursday (May 12)"), a time of day
_WHEN = (r"(?:\s+(?:early\s+|late\s+)?(?:on|in|this|last)\s+(?:[A-Z][a-z]+\.?)(?:\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?"
         r"|\s+(?:early\s+)?(?:today|yesterday|overnight))?")
_GOAL = (r"(?:to|aimed\s+at|aiming\s+to|in\s+a\s+bid\s+to)\s+(?:(?:retake|recapture|liberate|free|capture|seize|take|"
         r"reclaim|win\s+back|regain)|(?:drive|push|force|oust|expel|clear|rout)\s+[^.;,]{0,60}?\s+(?:out\s+of|from))")
_AFTER = re.compile(
    _WHEN + r"\s+(?:(?P<rel>for|of|on|against)\s+(?:control\s+of\s+)?|" + _GOAL + r"\s+)"
    r"(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:city|town|port|village)\s+of\s+)?" + _NAME)
_AFTER_CITY = re.compile(_WHEN + r"\s+" + _GOAL + r"\s+the\s+(?:[a-z][\w-]*\s+)?(?:city|town)\b(?!\s+of\b)")


#: Nouns of one push that tell the whole campaign when known and counted or started ("two weeks into
#: Haftar's assault on the capital", "a week into the bombardment of Raqqa", "began its assault on X").
_SYNONYMS = frozenset({"assault", "bombardment"})
_COUNTED = rx(r"\b(?:\d+|[a-z]+)[\s-]+(?:days?|weeks?|months?)\s+(?:into|of)\s+(?:[\w'\u2019-]+\s+){0,3}$",
              re.IGNORECASE)
_IN_ITS = rx(r"\s*,?\s+(?:(?:is|was|has|had)\s+)?(?:now\s+)?(?:in|entered|entering|enters)\s+its\s+[\w-]+\s+"
             r"(?:day|week|month|year)\b")
_CAPITAL = rx(r"\s+(?:for|of|on|against|to\s+(?:take|seize|capture))\s+(?:control\s+of\s+)?the\s+capital\b(?!\s+of\b)")


def corpus_capital(dms: list[DocMentions], table: AliasTable | None = None) -> str | None:
    """The capital of the country a corpus is about ("the capital", in dispatches about Libya: Tripoli):
    the country named (by its name or its capital's) by the most articles, when one leads."""
    if table is None:
        try:
            table = load_table()
        except ValueError:
            table = packaged_table()
    if not table.capital:
        return None
    of_city = {city: country for country, city in table.capital.items()}
    docs_naming: Counter[str] = Counter()
    for dm in dms:
        named = {p.name for p in dm.places if p.place_kind == "country"} | \
            {of_city[p.name] for p in dm.places if p.name in of_city}
        docs_naming.update(named)
    top = docs_naming.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return table.capital.get(top[0][0])


def _place_after(dm: DocMentions, mn: Mention, known: frozenset[str], launch: bool, capital: str | None = None
                 ) -> str | None:
    text = dm.text
    hi = min(mn.sent.end, mn.end + 140)
    if capital is not None and capital in known and _CAPITAL.match(text, mn.end, hi) is not None and not launch:
        return capital  # "the assault on the capital", in a corpus about the country
    m = _AFTER.match(text, mn.end, hi)
    if m is not None:
        name = m.groups()[-1]
        if launch and m.group("rel") is not None:
            return None  # "launched an offensive on Manbij": only a stated purpose tells a launch
        if name in known and not rx(r"\s+(?:of|region|province|district|countryside)\b|['\u2019]s\b").match(text, m.end()):
            return name
        return None
    c = _AFTER_CITY.match(text, mn.end, hi)
    if c is not None:
        main = main_place(dm)
        return main if main in known else None
    return None


_ORDER_TO = rx(r"(?:\s+(?:his|her|its|their|the)\s+(?:[a-z]+\s+)?(?:troops|forces|army|armies|men|units|fighters|soldiers|"
               r"columns))?(?:\s+(?:on|this|last|early|late)\s+[A-Za-z]+(?:\s+\d{1,2})?(?:\s*\([^)]{1,20}\))?)?"
               r"\s+to\s+(?:move|march|advance|push)\s+(?:on|into|against|toward|towards)\s+(?:the\s+capital\b|" + _NAME + ")")


def _orders(dms: list[DocMentions], known: frozenset[str], capital: str | None) -> None:
    """"Haftar ordered his troops on Thursday to move on Tripoli": the order to march on a campaign's place
    opens that campaign (its day is the campaign's start), when some article tells the campaign."""
    campaigns = {mn.campaign for dm in dms for mn in dm.mentions if mn.campaign is not None and not mn.named}
    for dm in dms:
        for mn in dm.mentions:
            if mn.campaign is not None or mn.nominal or mn.lemma not in ("order", "command"):
                continue
            m = _ORDER_TO.match(dm.text, mn.end, min(mn.sent.end, mn.end + 120))
            if m is None:
                continue
            name = m.group(1) if m.group(1) is not None else capital
            if name is not None and name in known and name in campaigns:
                _rename(dm, mn, name)
                mn.aspect = "begins"


def _rename(dm: DocMentions, mn: Mention, name: str) -> None:
    mn.campaign, mn.named, mn.type = name, False, "campaign"
    mn.actors = [a for a in mn.actors if a != name]
    mn.targets = [t for t in mn.targets if t != name]


_NOT_NAME = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "The", "A", "An", "This", "That", "Islamic", "President", "Mr", "Ms"})


def _goal_names(dms: list[DocMentions]) -> set[str]:
    """Names a campaign noun states as its goal: "the offensive to drive Islamic State out of *Sirte*",
    "an operation to recapture *Manbij*" (a place, unless the alias table or the mention finder knows
    it as an actor; "to free" may free a person and is not read)."""
    out: set[str] = set()
    for dm in dms:
        for mn in dm.mentions:
            if not mn.nominal or mn.word.lower() not in _NOUNS:
                continue
            m = _AFTER.match(dm.text, mn.end, min(mn.sent.end, mn.end + 140))
            if m is None or m.group("rel") is not None or rx(r"\bfree\s").search(m.group()):
                continue
            name = m.groups()[-1]
            start = m.start(m.lastindex or 0)
            if name.split()[0] in _NOT_NAME or dm.spans("actors").covers(start) \
                    or rx(r"\s+(?:of|region|province|district|countryside)\b|['\u2019]s\b").match(dm.text, m.end()):
                continue
            out.add(name)
    return out


def spellings(dms: list[DocMentions]) -> dict[str, str]:
    """Transliterations of one place across the corpus ("Severodonetsk" / "Sievierodonetsk", "Sloviansk" /
    "Slovyansk", "Kharkiv" / "Kharkov"): long names (7+ letters) that differ only as transliterations do
    (:func:`transliterations`), never both written by one article (which would tell two places), never two
    places the gazetteer or the country list knows apart.  Each maps to its most used form."""
    used: Counter[str] = Counter()
    every: Counter[str] = Counter()  # every name, however short ("Shusha (Shushi)")
    docs_of: dict[str, set[int]] = {}
    for k, dm in enumerate(dms):
        names = [p.name for p in dm.places] + [x for mn in dm.mentions for x in (*mn.places, *mn.targets)]
        names += [mn.campaign for mn in dm.mentions if mn.campaign is not None and not mn.named]
        for mn in dm.mentions:  # "the fighting for Sloviansk": the place a campaign noun is for
            m = _AFTER.match(dm.text, mn.end, min(mn.sent.end, mn.end + 140)) \
                if mn.nominal and mn.word.lower() in _NOUNS else None
            if m is not None and m.groups()[-1].split()[0] not in _NOT_NAME:
                names.append(m.groups()[-1])
        every.update(n for n in names if n[:1].isupper())
        for n in names:
            if len(n) >= 7 and n[:1].isupper():
                used[n] += 1
                docs_of.setdefault(n, set()).add(k)
    distinct = _known_places()
    buckets: dict[str, list[str]] = {}
    for n in sorted(used):
        buckets.setdefault(_skeleton(n), []).append(n)
    out: dict[str, str] = {}
    for group in buckets.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if abs(len(a) - len(b)) > 3 or (docs_of[a] & docs_of[b] and not vowel_variants(a, b)) \
                        or not transliterations(a, b, distinct):
                    continue
                keep, drop = sorted((a, b), key=lambda n: (-used[n], n))
                out.setdefault(drop, out.get(keep, keep))
    for drop, keep in stated_aliases(dms, every, distinct).items():  # "the town that Serbs call ..."
        out.setdefault(drop, out.get(keep, keep))
    return {a: _last(out, b) for a, b in out.items() if _last(out, b) != a}


def _last(out: dict[str, str], name: str) -> str:
    seen = {name}
    while name in out and out[name] not in seen:
        name = out[name]
        seen.add(name)
    return name


def _respell(dms: list[DocMentions], spelled: dict[str, str]) -> None:
    for dm in dms:
        for mn in dm.mentions:
            if mn.campaign in spelled and not mn.named:
                mn.campaign = spelled[mn.campaign]
            mn.places = list(dict.fromkeys(spelled.get(p, p) for p in mn.places))
            mn.targets = list(dict.fromkeys(spelled.get(t, t) for t in mn.targets))


def name_campaigns(dms: list[DocMentions]) -> None:
    """Campaign nouns that name a place of the corpus become campaign mentions (in place)."""
    spelled = spellings(dms)
    _respell(dms, spelled)
    known = corpus_places(dms) | {mn.campaign for dm in dms for mn in dm.mentions
                                  if mn.campaign is not None and not mn.named} | set(spelled)
    known |= _goal_names(dms)
    if not known:
        return
    capital = corpus_capital(dms)
    told = {mn.campaign for dm in dms for mn in dm.mentions if mn.campaign is not None and not mn.named}
    launches: list[tuple[DocMentions, Mention]] = []
    for dm in dms:
        for mn in dm.mentions:
            word = mn.word.lower()
            if mn.campaign is not None or not mn.nominal or mn.plural or mn.possessive_time:
                continue
            if word in _SYNONYMS:
                # "Two weeks into Haftar's assault on the capital", "began its assault on the capital": a
                # known (definite or possessed) push told by its length or its start is the campaign
                counted = _COUNTED.search(dm.text, mn.sent.start, mn.start) is not None or \
                    _IN_ITS.match(dm.text, mn.end, mn.sent.end) is not None
                if (mn.definite or rx(r"['\u2019]s$").search(mn.premod) is not None) and \
                        (mn.aspect == "begins" or counted):
                    name = _place_after(dm, mn, known, False, capital)
                    # "at Avdiivka, where the Russian assault is in its fifth month": the one campaign
                    # place the mention names
                    where = {p for p in (*mn.targets, *mn.places) if p in told}
                    if name is None and counted and len(where) == 1:
                        name = where.pop()
                    if name is not None:
                        _rename(dm, mn, name)
                continue
            if word not in _NOUNS:
                continue
            before = _BEFORE.search(mn.premod)
            words = before.group(1).split() if before is not None else []
            name = next((" ".join(words[k:]) for k in range(len(words)) if " ".join(words[k:]) in known), None)
            if name is not None:
                _rename(dm, mn, name)  # "the Manbij offensive", "The Tikrit operation"
                continue
            if mn.definite or rx(r"['\u2019]s$").search(mn.premod) is not None:
                name = _place_after(dm, mn, known, False, capital)
                if name is not None:
                    _rename(dm, mn, name)
                continue
            mods = {w.lower() for w in rx(r"[\w'-]+").findall(mn.premod)}
            if mn.aspect == "begins" and word in _LAUNCH_NOUNS and not mods & _NOT_LAUNCH:
                launches.append((dm, mn))
            # else "an offensive on the town": one push, not the campaign
            # (nouns outside _NOUNS were passed over above)
    _orders(dms, known, capital)
    # a launch is a campaign's only when some article tells that campaign as known ("the offensive to
    # retake Sirte", "the battle for Sirte"): "launched an offensive on Saturday to retake Tal Afar",
    # in a corpus about the battle for Mosul, is one push of it
    campaigns = {mn.campaign for dm in dms for mn in dm.mentions if mn.campaign is not None and not mn.named}
    for dm, mn in launches:
        name = _place_after(dm, mn, known, True)
        if name is not None and name in campaigns:
            _rename(dm, mn, name)
    for dm in dms:
        _siege_laid(dm, campaigns, known)
        _told_whole(dm, campaigns, known)
    _named_after(dms)
    for dm in dms:
        _the_city(dm, campaigns)
    _respell(dms, spelled)  # "the street fighting for Severodonetsk", where most write "Sievierodonetsk"


#: Nouns whose very start is a campaign's: a siege is always of a place, begun once.
_SIEGE = frozenset({"siege", "blockade"})
_LASTING = re.compile(r"\s+(?:of|lasting)\s+(?:almost\s+|nearly\s+|about\s+|more\s+than\s+|over\s+|some\s+)?"
                      r"(?:\d+|[a-z]+)\s+(?:days|weeks|months|years)\b")
_LAID = re.compile(r"\b(?:lay|lays|laid|laying|put|puts|putting)\s+(?:a\s+)?$")


def _siege_laid(dm: DocMentions, campaigns: set[str], known: frozenset[str] | set[str]) -> None:
    """"Serb gunners sealed the roads around Sarajevo on Sunday, beginning a siege that ...", "laid siege
    to Sarajevo on Sunday": the start of the siege some article tells as known ("the siege of Sarajevo").
    The place is the one campaign place the sentence names; a siege "of" another place is not it."""
    for mn in dm.mentions:
        word = mn.word.lower()
        if mn.campaign is not None or not mn.nominal or mn.plural or word not in _SIEGE or mn.definite \
                or mn.possessive_time:
            continue
        laid = _LAID.search(dm.text, max(mn.sent.start, mn.start - 20), mn.start) is not None
        # "after a siege of almost three months", "ending a four-month siege": the whole siege, told by its length
        lasting = _LASTING.match(dm.text, mn.end) is not None or any(_LAPSE.search(w) for w in mn.modifiers)
        if mn.aspect != "begins" and not laid and not lasting:
            continue
        mods = {w.lower() for w in rx(r"[\w'-]+").findall(mn.premod)}
        if mods & _NOT_LAUNCH or (not lasting and rx(r"\s+(?:of|on|around)\s").match(dm.text, mn.end)):
            continue  # "a new siege", "a siege of the airport"
        sentence = dm.text[mn.sent.start : mn.sent.end]
        named = sorted(c for c in known | campaigns if re.search(r"\b" + re.escape(c) + r"\b", sentence))
        others = [t for t in (*mn.targets, *mn.places) if t not in named]
        # (one place named, a known siege's: "took Mariupol, then closed the ring around Severodonetsk,
        # beginning a siege" names two)
        if len(named) == 1 and named[0] in campaigns and not others:
            _rename(dm, mn, named[0])


#: "this village", "this town": a dispatch's own place (its dateline).
_THIS_PLACE = re.compile(r"\bthis\s+(?:[a-z][\w-]*\s+)?(?:village|town|city|port|enclave)\b")


def told_whole(dm: DocMentions, mn: Mention) -> bool:
    """An indefinite campaign noun told by its whole length: "after a six-week offensive", "completing
    an eight-week offensive", "a siege of almost three months".  A time of its sentence dates what
    came at or after its end (the declaration, the capture), never its start."""
    if not mn.nominal or mn.plural or mn.definite or mn.possessive_time or mn.word.lower() not in _NOUNS:
        return False
    if rx(r"['\u2019]s$").search(mn.premod) is not None:
        return False
    return _LASTING.match(dm.text, mn.end) is not None or any(_LAPSE.search(w) for w in mn.modifiers)


def _told_whole(dm: DocMentions, campaigns: set[str], known: frozenset[str] | set[str]) -> None:
    """"The SDF declared on Saturday that the last pocket had fallen, after a six-week offensive on this
    village", "Rebels swept into the centre of Qusayr on Sunday, completing a three-week offensive": a
    campaign told by its length is the known campaign of the one place its sentence names (or of the
    dispatch's own place, when the sentence names none)."""
    for mn in dm.mentions:
        if mn.campaign is not None or not told_whole(dm, mn):
            continue
        mods = {w.lower() for w in rx(r"[\w'-]+").findall(mn.premod)}
        if mods & _NOT_LAUNCH:
            continue  # "a new two-week offensive", "the final 10-day push"
        sentence = dm.text[mn.sent.start : mn.sent.end]
        named = sorted(c for c in known | campaigns if re.search(r"\b" + re.escape(c) + r"\b", sentence))
        if not named and (_THIS_PLACE.search(sentence) is not None or not (mn.places or mn.targets)):
            place = doc_campaign(dm, campaigns)
            named = [place] if place is not None else []
        others = [t for t in (*mn.targets, *mn.places) if t not in named]
        if len(named) == 1 and named[0] in campaigns and not others:
            _rename(dm, mn, named[0])


_NAMING = re.compile(r",?\s+(?:named|dubbed|called|code-?named|known\s+as)\s+(?:Operation\s+)?[\"\u201c']?"
                     r"([A-Z][\w'\u2019-]+(?:[ -](?:al-|el-|de\s+)?[A-Z\d][\w'\u2019-]*){0,4})")


def _named_after(dms: list[DocMentions]) -> None:
    """"The offensive, named Bunyan al-Marsous", right after "launched an operation ... to drive the militants
    out of Sirte": the name is the campaign's.  Every mention of the name ("the Bunyan al-Marsous operation",
    "Operation Bunyan al-Marsous" when the finder made it a named operation) then tells that campaign."""
    alias: dict[str, str] = {}
    for dm in dms:
        for mn in dm.mentions:
            if not mn.nominal or mn.word.lower() not in _NOUNS:
                continue
            m = _NAMING.match(dm.text, mn.end)
            if m is None:
                continue
            place = mn.campaign if mn.campaign is not None and not mn.named else None
            if place is None:
                # the campaign it names: the closest campaign of the two sentences before ("launched an
                # operation to retake Sirte. The offensive, named ...")
                place = next((p.campaign for p in reversed(dm.mentions[: mn.index])
                              if p.campaign is not None and not p.named and mn.sent.index - p.sent.index <= 2), None)
            if place is not None:
                alias.setdefault(m.group(1), place)
                if mn.campaign is None:
                    _rename(dm, mn, place)
    if not alias:
        return
    for dm in dms:
        for mn in dm.mentions:
            if mn.named and mn.campaign in alias:
                _rename(dm, mn, alias[mn.campaign])  # "Operation Bunyan al-Marsous"
            elif mn.campaign is None and mn.nominal and mn.word.lower() in _NOUNS:
                named = next((n for n in alias if mn.premod.endswith(n)), None)
                if named is not None:
                    _rename(dm, mn, alias[named])  # "the Bunyan al-Marsous operation"


_THE_CITY = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:city|town)\b(?!\s+of\b)(?!\s+[A-Z])")


def _the_city(dm: DocMentions, campaigns: set[str]) -> None:
    """"Russian forces have captured villages around the city during the past 11 days of fighting", in a
    dispatch about the battle for Bakhmut that never writes "in Bakhmut": the city is the campaign's
    place.  Only for a mention with no place or target of its own, in a document about one campaign."""
    place = doc_campaign(dm, campaigns) if campaigns else None
    if place is None:
        return
    for mn in dm.mentions:
        if mn.places or mn.targets or mn.campaign is not None:
            continue
        lo, hi = max(mn.sent.start, mn.start - 100), min(mn.sent.end, mn.end + 100)
        if _THE_CITY.search(dm.text, lo, hi) is not None:
            mn.places = [place]


_DATELINE = re.compile(r"\s*(?:NEAR\s+|OUTSIDE\s+)?([A-Z][A-Z'\u2019-]+(?:\s[A-Z][A-Z'\u2019-]+){0,2})\s*(?:,|\(|\s[-\u2013\u2014]\s)")


def dateline_place(dm: DocMentions) -> str | None:
    """The place of a dispatch's dateline, as the text writes it elsewhere: "BAGHUZ, Syria, March 23
    (Agency) -" -> "Baghuz", "NEAR KYIV -" -> "Kyiv" (the capitals are a convention, not a name)."""
    m = _DATELINE.match(dm.text, 0, min(len(dm.text), 60))
    if m is None:
        return None
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in m.group(1).split())


#: Heads of a bare noun that, in a dispatch about one campaign's place, tell that campaign.
_BARE = frozenset({"battle", "campaign", "offensive", "counteroffensive", "counter-offensive", "operation", "siege",
                   "blockade", "intervention"})


def doc_campaign(dm: DocMentions, names: set[str]) -> str | None:
    """The campaign place a document is about: the one of ``names`` it names most (places, targets,
    capitalised names), when one leads; None when none is named or two tie."""
    counts: dict[str, int] = {}
    for p in dm.places:
        if p.name in names:
            counts[p.name] = counts.get(p.name, 0) + 1
    for n in dm.names:
        if n.text in names and not any(p.start <= n.start < p.end for p in dm.places):
            counts[n.text] = counts.get(n.text, 0) + 1
    for mn in dm.mentions:
        for t in mn.targets:
            if t in names:
                counts[t] = counts.get(t, 0) + 1
    line = (dateline_place(dm) or "").lower()
    for name in names:
        if name.lower() == line:
            counts[name] = counts.get(name, 0) + 1  # "BAGHUZ, Syria, March 23 -": the dispatch is from there
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=lambda n: counts[n])


def bare_of(dm: DocMentions, mn: Mention, place: str, countries: frozenset[str]) -> bool:
    """Whether ``mn`` is a bare campaign noun that can only mean the campaign at ``place``:
    "the siege", "their offensive" (launched), "the operation" - a head noun, known (definite or
    possessed) or counted ("three weeks into the siege"), naming no other target or place."""
    if not mn.nominal or mn.plural or mn.campaign is not None or mn.word.lower() not in _BARE or mn.possessive_time:
        return False
    if any(w not in _GENERIC and not _LAPSE.search(w) for w in mn.modifiers) or set(mn.modifiers) & _NOT_LAUNCH:
        return False  # "the final assault", "the pre-dawn operation": a push of the campaign
    if any(t != place for t in mn.targets) or any(p != place and p not in countries for p in mn.places):
        return False
    if mn.word.lower() in _ENDED and mn.aspect == "ends":
        return True  # "ending a four-month siege", "ends a battle of almost seven months"
    return mn.definite or rx(r"['\u2019]s$").search(mn.premod) is not None


_ENDED = frozenset({"siege", "blockade", "battle"})


def fold_bare(campaigns: dict[str, Cluster], clusters: list[Cluster], dms: list[DocMentions]) -> list[Cluster]:
    """"Three weeks into the siege", "the jihadists launched their offensive on Tuesday", in dispatches
    about Kobani, in a corpus where some article tells "the battle for Kobani": bare campaign nouns
    of a document about one campaign's place are that campaign (every member must be one)."""
    names = {n for n, cl in campaigns.items() if not cl.named}
    # a place that also has a campaign for a part of it ("the offensive on eastern Aleppo" inside the battle
    # for Aleppo): "the offensive" of its dispatches may be either
    names = {n for n in names if not any(o != n and n in o.split() for o in names)}
    if not names:
        return clusters
    tops: dict[int, str | None] = {}
    out: list[Cluster] = []
    for cl in clusters:
        place: str | None = None
        for d, _m in cl.members:
            if d not in tops:
                tops[d] = doc_campaign(dms[d], names)
            if tops[d] is None or (place is not None and tops[d] != place):
                place = None
                break
            place = tops[d]
        if place is None or cl.campaign is not None or not all(
                bare_of(dms[d], dms[d].mentions[m], place, frozenset(dms[d].spans("places").countries))
                for d, m in cl.members):
            out.append(cl)
            continue
        host = campaigns[place]
        if answers(cl, host, dms):
            out.append(cl)
            continue
        host.absorb(cl)
        host.memo.clear()
    return out


def _countering(cl: Cluster, dms: list[DocMentions]) -> bool:
    return any(rx(r"^counter").search(dms[d].mentions[m].word.lower()) is not None for d, m in cl.members)


def answers(cl: Cluster, host: Cluster, dms: list[DocMentions]) -> bool:
    """Whether ``cl`` is a counter-offensive (counterattack) answering the campaign ``host``: "The GNA
    launches its counter-offensive", in dispatches about the offensive on Tripoli, is the other side's
    campaign, not the start of the offensive.  A campaign told as a counter-offensive itself (the Kherson
    counteroffensive) takes its bare "counteroffensive" nouns."""
    return _countering(cl, dms) and not _countering(host, dms)


def fold_named(campaigns: dict[str, Cluster], dms: list[DocMentions], docs: list[Document]) -> None:
    """"Operation Olive Branch", "In its second week, Operation Olive Branch has advanced ...", in dispatches
    about the offensive on Afrin: a named operation is the campaign of the place its articles are about
    (in place: the named cluster joins it and leaves ``campaigns``).

    Every article naming the operation that is about a campaign place must be about the same one, and
    both must be dated with overlapping starts: "Operation Euphrates Shield" of 2016, recalled in a
    dispatch about Afrin in 2018, stays an event of its own."""
    places = {n for n, cl in campaigns.items() if not cl.named}
    for name in sorted(n for n, cl in campaigns.items() if cl.named):
        cl = campaigns[name]
        about = {doc_campaign(dms[d], places) for d in dict.fromkeys(d for d, _ in cl.members)}
        about.discard(None)
        if len(about) != 1:
            continue
        place = about.pop()
        assert place is not None
        host = campaigns[place]
        mine, theirs = _start(cl, docs), _start(host, docs)
        if mine is None or theirs is None or not _overlap(mine, theirs):
            continue
        host.absorb(cl)
        host.alias = host.alias or name
        host.memo.clear()
        del campaigns[name]
