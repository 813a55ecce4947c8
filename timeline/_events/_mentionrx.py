"""Patterns and word classes the mention rules read a sentence with (split from :mod:`._mentions`).

Objects and complements of verbs, relative clauses, negation, circumstances, destinations, and the event
types whose objects or subjects are targets.
"""

from __future__ import annotations

import re

from timeline._events._civil import PEOPLE_DONE
from timeline._events._lexicon import LEXICON, NOMINAL
from timeline._events._rx import trie_alternation

__all__ = ["CONDITIONAL", "DENIED_THAT", "DISASTER_AFTER", "DISASTER_BEFORE", "DISASTER_SUBJECT", "MAYBE_AFTER", "DUE_TO", "TIME_AFTER", "AGREED_TO", "CIRCUMSTANCE", "DEAL_TYPES", "DECLARED_FREE", "DESTINATION", "DEAL_FRONTED", "UNDER_FIRE_SUBJECT", "FRONTED_TYPES", "DESTRUCTIVE", "DET_MODIFIER", "FLAG_SITE", "FORCED", "FRONTED", "HAS_CONTROL", "LAST_TO", "MARKERS", "NEGATED", "NEVER_VERBS", "NOT_OBJECT", "NOUN_AFTER_TO", "NOUN_THAT", "OBJECT_AFTER", "OBJECT_TYPES", "OBJ_TYPES", "OF_EVENT", "PATIENT_TYPES", "PERSON_TYPES", "PREPOSITIONS", "PURPOSE", "PURPOSE_OBJECT", "QUANTITY", "SAID_THAT", "TIME_PREP", "TIME_WORD", "UNDER", "UNDER_STATES", "VERB_NEXT"]

PURPOSE = re.compile(
    r"\b(?:to\s+)?(?:capture|retake|retaking|recapture|liberate|liberating|free|seize|reclaim|reach|isolate|"
    r"encircle|storm|enter|clear|take|drive|expel|oust)\b|\btowards?\b|\btarget(?:s|ing)?\b|\bon\s+the\s+road\s+to\b",
    re.IGNORECASE,
)



# what follows a verb (not a noun): its object or a preposition ("that entered the region", "that proclaimed a caliphate")
VERB_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|[A-Z]|into|in|on|to|from|back|over|through|across|"
                        r"control)\b")
# a noun before "that": a relative clause follows ("a movement that proclaimed independence"), not a
# determiner ("said that liberated towns ...")
# ("the earthquake that struck two days ago": a disaster noun, though it ends in -e)
NOUN_THAT = re.compile(r"(?<![\w'-])(?!(?:said|says|say|told|announced|claimed|stated|warned|reported|added|noted|"
                        r"insisted|argued|confirmed|believe[sd]?|feared?|so|such|now|and|but|of|in|on|at|to|for|with|"
                        r"from|by|is|was|are|were|be|been)\b)[A-Za-z][\w-]*[a-df-z](?<!ed)\s+$|"
                        r"\b(?i:earthquakes?|quakes?|tremors?|aftershocks?|cyclones?|tsunamis?|landslides?|mudslides?|"
                        r"avalanches?|wildfires?|bushfires?|hurricanes?)\s+$")
# nouns of an act done TO what follows "of": "yesterday's bombing of Qana", "the shelling of the port"
DESTRUCTIVE = frozenset(["bombing", "bombings", "shelling", "bombardment", "destruction", "blockade", "storming"])
NEVER_VERBS = frozenset(["war", "wars", "conflict", "invasion", "offensive", "ceasefire", "truce", "siege", "occupation",
                          "campaign", "hostilities"])
NOUN_AFTER_TO = re.compile(r"\s*(?:[,.;:]|$|(?:in|on|at|with|against|over|for|from|since|after|before|until|"
                            r"when|as|and|but|hastily|again)\b)")
NEGATED = re.compile(r"\b(?:not|never|no\s+longer|n't|cannot)\s+(?:(?:be|been|have\s+been|yet|fully|been\s+able\s+to)\s+)?$",
                      re.IGNORECASE)
# irrealis: an act in a condition ("If the army attacks on Friday, ...", "unless rebels withdraw") or in what
# was denied ("Officials denied on Tuesday that troops had entered the town") is not told to have happened
CONDITIONAL = re.compile(r"\b(?:if|unless)\b[^,;:.]{0,80}$", re.IGNORECASE)
DENIED_THAT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|(?:rejected|dismissed|refuted)\s+(?:claims|reports|allegations|"
                         r"suggestions)|false(?:ly)?\s+claim(?:s|ed)?)\b[^.;]{0,60}?\bthat\s+(?![^.;]*\b(?:but|however|"
                         r"although|though|while|whereas)\b)[^.;]{0,80}$", re.IGNORECASE)
# a noun whose verb is a mere possibility: "an invasion could begin as early as Wednesday"
MAYBE_AFTER = re.compile(r"\s+(?:(?:of|in|on|against)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?)?(?:could|might|may)\s+(?:\w+ly\s+)?"
                         r"(?:still\s+)?(?:begin|start|come|happen|take\s+place|be\s+launched|be\s+imminent|resume|"
                         r"follow|occur|unfold|get\s+under\s*way)\b")
# a natural disaster that strikes is no military strike: "A new earthquake struck the province", "the storm
# that hit the coast", "the town was hit by floods"
_DISASTERS = r"(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|hurricanes?|cyclones?|typhoons?|tsunamis?|" \
             r"floods?|flooding|tornado(?:es)?|landslides?|mudslides?|avalanches?|blizzards?|heatwaves?|wildfires?|" \
             r"bushfires?|lightning|drought|monsoon\s+rains|downpours?|rains)"
DISASTER_BEFORE = re.compile(r"\b(?P<what>" + _DISASTERS + r")\s+(?:,\s*)?(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?"
                             r"(?:(?:also|first|again|then|just)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# the sentence's subject, a relative clause between: "The cyclone that hit the coast on Friday destroyed ..."
DISASTER_SUBJECT = re.compile(r"^\W*(?:(?:the|a|an|this|that)\s+)?(?:[\w.-]+\s+){0,3}?(?P<what>" + _DISASTERS +
                              r")\s*,?\s+(?:that|which)\b[^.;]{0,100}?,?\s*$", re.IGNORECASE)
DISASTER_AFTER = re.compile(r"\s+by\s+(?:(?:a|an|the|two|three|\d+)\s+)?(?:[\w-]+\s+){0,3}?(?P<what>" + _DISASTERS + r")\b",
                            re.IGNORECASE)
UNDER = re.compile(r"\s+(?:(?:has|have|had)\s+been|is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?under\s+$")
UNDER_STATES = frozenset({"siege", "blockade", "attack", "bombardment", "shelling", "occupation"})
PURPOSE_OBJECT = re.compile(r"\s*(?:the\s+)?(?:(?:town|city|village|district|port|airport|base|province|region|"
                             r"hill|island|capital)\s+of\s+)?")
# a noun phrase after one of these tells the circumstance of the clause, not its subject's act
CIRCUMSTANCE = re.compile(r"\b(?:after|before|despite|amid|during|under|following|since|until)\s+"
                           r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "forced the militants to retreat", "compelled the garrison to surrender": it happened, done by the object
FORCED = re.compile(r"\b(forced|compelled|obliged)\s+(?:[\w'-]+\s+){1,5}?to\s+$", re.IGNORECASE)
# Heads of a quantity, whose noun follows "of": "dozens of villages", "a string of towns".
QUANTITY = frozenset(["dozens", "hundreds", "thousands", "scores", "number", "string", "series", "handful",
                       "couple", "most", "rest", "parts", "part", "several", "many", "some", "all"])
AGREED_TO = re.compile(r"\b(?:agreed|decided|voted|promised|offered)\s+to\s+$", re.IGNORECASE)

# "was the last city to fall", "the first town of the province to be retaken": it happened (not an aim:
# "the last attempt to retake it", "the first step to end the war")
LAST_TO = re.compile(r"\b(?:the|its|their)\s+(?:last|final|first|only)\s+(?:(?!(?:attempts?|efforts?|bids?|chances?|"
                     r"opportunit(?:y|ies)|pushe?s?|plans?|steps?|moves?|hopes?|ways?|time|options?|deadlines?|"
                     r"orders?|calls?|offers?|proposals?|tries|try)\b)[\w'-]+\s+){1,6}?to\s+(?:be\s+)?$", re.IGNORECASE)

# Heads that make an event noun before them their modifier: "a ceasefire deal", "withdrawal talks".
DEAL_TYPES = frozenset({"agreement", "meeting"})

# "the end of [the] [two words] <event noun>"
OF_EVENT = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:" +
                       trie_alternation(NOMINAL) + r")\b", re.IGNORECASE)

# What follows a transitive aspectual verb: its object ("ended more than eight months of occupation").
OBJECT_AFTER = re.compile(
    r"\s+(?!(?:[\w-]+\s+){0,3}?(?:ago|earlier|later|before|after|previously|on|in)\b)"
    r"(?!(?:on|in|at|after|before|with|when|as|and|but|or|last|this|early|late|yesterday|today|tonight|overnight|"
    r"soon|again|later|earlier|amid|during|following|until|without|by|under|over|around|near|across|within|into|"
    r"to|from|for|of|since|then|there|here|while|where|which|that|who|is|was|were|are|has|had|have|will|would|"
    r"could|not|also|only|just|still|already|now|the\s+(?:same|next|following|day|week|month|year))\b)"
    r"(?![a-z]+ly\b)[a-z]")

# Event types that mark another event when coordinated with it in one sentence ("... and raised the flag").
MARKERS = frozenset({"flag"})

# Words after a verb that are not its object: "declared late on Thursday", "formally declared".
NOT_OBJECT = frozenset(["late", "early", "formally", "officially", "publicly", "today", "yesterday", "tonight",
                         "now", "again", "also", "finally", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "last", "this", "next", "overnight", "earlier", "later"])



HAS_CONTROL = re.compile(r"[^.;]{0,40}?\bthat\s+(?:[\w'-]+\s+){1,4}(?:had|has|have|was|were|is|are)\s+(?:now\s+)?"
                          r"(?:in\s+)?(?:full|complete|total)\s+control\s+(?:of|over)\s+", re.IGNORECASE)
DESTINATION = re.compile(r"\b(?:to|toward|towards|into|for)\s+(?:the\s+)?(?:[A-Z][\w' -]{0,25}?(?:,|\s+and|\s+or)\s+)?"
                          r"(?:[a-z-]+\s+)?$")
FRONTED = re.compile(r",?\s*\b(?:which|that)\s+(?:[\w'-]+\s+){1,4}$")
# a that-clause after a verb of saying is its complement, not a relative clause: "announced in December
# that US troops would leave Syria" fronts no object
SAID_THAT = re.compile(r"\b(?:said|says|announced|announces|declared|stated|warned|insisted|argued|claimed|"
                        r"confirmed|vowed|pledged|promised|threatened|told\s+[\w-]+|added|noted|believed?|feared?)"
                        r"\b[^,;]{0,30}$", re.IGNORECASE)
FLAG_SITE = re.compile(r"\s+(?:over|on|above|atop)\s+(?:the|a)\s+((?:[a-z-]+\s+)?(?:capitol|building|town\s+hall|"
                        r"city\s+hall|parliament|palace|citadel|castle|fort|fortress|mosque|ministry|headquarters|"
                        r"hill|tower|hospital|stadium|square|bridge|airport|base))\b")
TIME_WORD = re.compile(r"(?i:nearly|almost|about|some|more|over|ago|years?|months?|weeks?|days?|hours?|one|two|three|"
                        r"four|five|six|seven|eight|nine|ten|\d[\d,.]*)")
PREPOSITIONS = frozenset(["from", "in", "on", "at", "by", "with", "to", "over", "after", "before", "during"])
TIME_PREP = re.compile(r"(?:over|during|throughout|late|early|overnight|last|this|on|in|at)\b", re.IGNORECASE)
DECLARED_FREE = re.compile(
    r"\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|region|province|port|district|area|country|territory|governorate)|[A-Z][\w'\u2019-]*(?:[\s-]+[A-Z][\w'\u2019-]*){0,2})"
    r"\s+(?:fully\s+|completely\s+)?(?:liberated|freed|free|secure|secured|cleared|retaken|recaptured|annexed)\b"
    # "declared victory over the rebels in Kassala": the place of the victory
    r"|\s+(?:(?:a|its|their|his|her|final|full|total|complete|formal)\s+){0,2}victory\b(?:\s+over\s+[^,.;]{1,40}?)?"
    r"\s+(?:in|at)\s+")


# Verbs whose object's head goes into labels ("raise flag", "order withdrawal", "take command").
OBJ_TYPES = frozenset({"proclamation", "formation", "capture", "breach", "repel", "flag", "order", "agreement",
                        "suspension", "vote"})
# Verbs whose object is the event's target; those whose subject is a target in the passive.
OBJECT_TYPES = frozenset({"capture", "withdrawal", "encirclement", "breach", "attack", "advance", "visit",
                           "evacuation", "kill", "annexation", "surrender", "rescue", "release", "arrest", "return"}) | PEOPLE_DONE
PERSON_TYPES = frozenset({"kill", "arrest", "rescue", "release"}) | PEOPLE_DONE
PATIENT_TYPES = frozenset({"kill", "arrest", "capture", "attack", "evacuation", "rescue", "release", "annexation",
                           "defeat"}) | PEOPLE_DONE
# a passive told as to come, right before its participle: "will be sworn in", "is to be freed", "would be handed"
FUTURE_PASSIVE = re.compile(r"\b(?:will|would|shall|'ll|(?:is|are)\s+(?:due\s+|expected\s+|set\s+)?to)\s+(?:\w+ly\s+)?be\s+"
                            r"(?:\w+ly\s+)?$")
# the go-between of a truce or a deal: "(a ceasefire) brokered by", "(the accord), mediated by"
BROKERED = re.compile(r"\s*,?\s+(?:(?:that\s+|which\s+)?(?:was|were|had\s+been)\s+)?(?:brokered|mediated|negotiated|"
                      r"arranged|sponsored)\s+(?:jointly\s+)?by\s+(?:the\s+)?")
# a participle of launching right before an event noun: "(swept into the town), launching the biggest offensive"
LAUNCHING = re.compile(r",\s+(?:launching|beginning|starting|opening|mounting|kicking\s+off)\s+$")
# triggers inside an idiom: "(announced weeks) in advance", "in advance of the talks"
# (and a stoppage of work: "went on strike", "a general strike", "a hunger strike")
IDIOM = re.compile(r"\bin\s+advance$|\bon\s+(?:(?:a|an|hunger|general|indefinite|wildcat)\s+)?strike$|"
                   r"\b(?:hunger|wildcat|workers'?|labour|labor|dock|rail|teachers'?)\s+strikes?$",
                   re.IGNORECASE)
# the body some members speak or act for, right before the verb: "inspectors from the Organisation for the
# Prohibition of Chemical Weapons (concluded)", "experts of the International Atomic Energy Agency (found)"
MEMBERS_OF = re.compile(r"(?i:\b(?:inspectors|investigators|experts|monitors|observers|envoys|diplomats|delegates|"
                        r"negotiators|researchers|representatives|members|a\s+team|teams|a\s+mission|a\s+delegation)"
                        r"\s+(?:from|of|at|with)\s+(?:the\s+)?)"
                        r"([A-Z][\w'-]*(?:\s+(?:(?:for|of|on|and)\s+(?:the\s+)?)?[A-Z][\w'-]*)*)\s+"
                        r"(?:(?:has|have|had|also|\w+ly)\s+)?$")

# a time right after a participle, no object between: "(seized) on May 20", "(taken) last week"
TIME_AFTER = re.compile(r"\s+(?:(?:early|late)\s+)?(?:on|in|at|during|last|this|yesterday|overnight)\b", re.IGNORECASE)
# a noun told as planned: "(the talks) were due to open", "(the vote) is scheduled to take place"
DUE_TO = re.compile(r"(?:\s+(?:in|at|on|of|for|with|between)\s+[^,;.]{1,40}?)?\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:due|scheduled|set|expected|supposed|slated)\s+to\b",
                    re.IGNORECASE)

#: A determiner and one lower-case modifier right before a noun/verb form: "an overnight attack", "a surprise raid",
#: "the opening assault" (a noun phrase; never a count or a quantity: "a dozen raids" is read elsewhere).
#: (never a subject with its verb: "the rebels attack", "the gunmen raid", "the army strikes")
DET_MODIFIER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?!(?:and|or|but|not|also|then|had|has|was|were|"
                          + trie_alternation(set(LEXICON.actor_heads) | {"police", "people", "state", "group", "enemy"})
                          + r")\b)[a-z][a-z-]*[a-rt-z]\s+$")

#: A deal or sanctions named before the verb that made them: "a deal sealed by the two presidents", "the pact Damascus
#: reached with the Kurds", "the penalties it slapped on three ministers" (``subj``: the relative clause's subject).
DEAL_FRONTED = re.compile(
    r"\b(?:deal|agreement|accord|ceasefire|truce|cease-fire|compromise|pact|settlement|armistice|understanding|"
    r"sanctions|penalties|embargo|embargoes|tariffs)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+|(?P<subj>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
    r"|it|they|he|she|the\s+(?:two\s+)?(?:sides|parties|rivals|[a-z]+s))\s+(?:had\s+|has\s+|have\s+)?)?(?:\w+ly\s+)?$",
    re.IGNORECASE)
#: Event types a noun fronted before their verb may name (:data:`DEAL_FRONTED`).
FRONTED_TYPES = frozenset({"agreement", "sanctions"})
#: What may come under fire: armed men, a vehicle, a building or a place, or a name (not "the plan came under fire
#: from critics").
UNDER_FIRE_SUBJECT = re.compile(
    r"(?:\b(?:convoys?|bases?|camps?|checkpoints?|positions?|troops|soldiers|forces|patrols?|vessels?|ships?|tankers?|"
    r"aircraft|planes?|helicopters?|hospitals?|schools?|towns?|city|cities|villages?|districts?|embassy|compound|"
    r"airport|airbase|port|buildings?|headquarters|barracks|outposts?|posts?|stations?|garrison|columns?|units|"
    r"residents|civilians|neighbou?rhoods?|areas?|homes|houses|markets?|bridges?|peacekeepers|marines|police|"
    r"policemen|trucks|lorries|buses|ambulances|team|teams|workers|monitors)|[A-Z][\w'-]+)"
    r"(?:\s+(?:in|of|near|at|outside|around)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+(?:\w+ly\s+)?(?:(?:had|has|have)\s+)?$")

