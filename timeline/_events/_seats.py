"""A capital named for its government, not as a place: "no business as usual with Moscow", "Kabul's generals",
"relations between Washington and Beijing", "asked Moscow to recognise", "Tbilisi insists" (session 9).

Such a name stays a place match (its span is no name to guess again) but of kind :data:`SEAT`: the place
finders skip it, so it is never the place or target of an event told nearby, nor the city a dispatch is about.
"""

from __future__ import annotations

import re

__all__ = ["SEAT", "government_use"]

#: The ``place_kind`` of a capital that stands for its government.
SEAT = "seat"

# "Moscow's envoy", "Kabul's generals", "Washington's response": the government's people and acts
_OWNS = re.compile(r"'s\s+(?:[\w-]+\s+){0,2}?(?:envoys?|ambassadors?|government|leaders?|leadership|officials?|generals?|"
                   r"rulers?|regime|ministers?|ministry|president|response|reply|position|decision|demands?|allies|ally|"
                   r"diplomats?|diplomacy|spokes(?:man|woman|person)|backing|support|stance|recognition|claims?|plans?|"
                   r"proposals?|policy|version|account|negotiators?|delegation|terms|approval|consent|patrons?|orders?|"
                   r"warnings?|threats?|refusal|intentions|intervention|influence|blessing|mediation|"
                   r"security\s+council|veto|retort|rhetoric|sanctions|objections?|concerns?)\b", re.IGNORECASE)
# "relations between Moscow and", "no business as usual with Moscow", "talks with Kabul"
_RELATION = re.compile(r"\b(?:relations|ties|talks|dialogue|business(?:\s+as\s+usual)?|contacts?|cooperation|co-operation|"
                       r"dispute|rift|tensions?|negotiations?|stand-?off|row|channels?|links|"
                       r"friendship|rapprochement|partnership|alliance|engagement)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:with|between)\s+$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\bbetween\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+and\s+(?:the\s+)?$")
# "asked Moscow to", "urged Kyiv", "offered Moscow a truce", "angered Beijing": the government addressed
_ADDRESSED = re.compile(r"\b(?:ask(?:s|ed)?|urg(?:es|ed|e)|accus(?:es|ed|e)|call(?:s|ed)?\s+on|press(?:es|ed)?|warn(?:s|ed)?|"
                        r"told|tells?|blam(?:es|ed|e)|critici[sz](?:es|ed|e)|condemn(?:s|ed)?|sanction(?:s|ed)?|"
                        r"anger(?:s|ed)?|infuriat(?:es|ed|e)|offer(?:s|ed)?|hand(?:s|ed)?|gave|give[sn]?|lobb(?:y|ies|ied)|pressur(?:es|ed|e)|"
                        r"persuad(?:es|ed|e)|invit(?:es|ed|e)|thank(?:s|ed)?|notif(?:y|ies|ied)|inform(?:s|ed)?|"
                        r"reassur(?:es|ed|e)|def(?:y|ies|ied)|rebuk(?:es|ed|e)|snub(?:s|bed)?|appeal(?:s|ed)?\s+to|"
                        r"recogni[sz]ed\s+by|backed\s+by|supported\s+by)\s+$", re.IGNORECASE)
# (the government itself, not its people: "asked Moscow to", not "warned Kharkiv residents")
_ADDRESSEE_END = re.compile(r"\s*[,.;:]|\s+(?:to|on|that|of|over|against|for|about|a|an|the|not|in|at|last|this|"
                            r"yesterday|after|before|and)\b")
_LOCATIVE = re.compile(r"\b(?:in|at|near|of|from|into|across|around|outside|inside|on|for|towards?|over|through|"
                       r"within|beyond)\s+(?:(?:the|[a-z]+-held|[a-z]+ern|central|besieged|embattled)\s+){0,2}$")
# "Moscow says", "Moscow did not confirm", "Moscow calls a security zone": the government speaking or acting
_SPEAKS = re.compile(r"\s+(?:(?:has|had|have|also|then|still|now|did\s+not|does\s+not|has\s+not|had\s+not|would|will|could|"
                     r"may|might|quickly|swiftly|repeatedly|again|insists?\s+it)\s+)*"
                     r"(?:said|says|say|insist(?:s|ed)?|claim(?:s|ed)?|den(?:y|ies|ied)|confirm(?:s|ed)?|want(?:s|ed)?|"
                     r"calls?|called|hope[sd]?|fear(?:s|ed)?|argue[sd]?|accus(?:es|ed)|reject(?:s|ed)?|warn(?:s|ed)?|"
                     r"threaten(?:s|ed)?|vow(?:s|ed)?|promis(?:es|ed)|respond(?:s|ed)?|react(?:s|ed)?|demand(?:s|ed)?|"
                     r"refuse[sd]?|recogni[sz](?:es|ed)|announc(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)?|"
                     r"dismiss(?:es|ed)|protest(?:s|ed)?|welcome[sd]?|views?|viewed|regards?|regarded|"
                     r"considers?|considered|maintains?|maintained|blame[sd]?|signal(?:s|led|ed)|retort(?:s|ed)?)\b")


def government_use(text: str, start: int, end: int) -> bool:
    """Whether the city named at ``[start, end)`` stands for its government here."""
    before = text[max(0, start - 60) : start]
    if _LOCATIVE.search(before):
        return False  # "Rebels in eastern Aleppo called", "authorities in Kherson said": the place itself
    return bool(_OWNS.match(text, end) or _RELATION.search(before) or _AND_BEFORE.search(before)
                or (_ADDRESSED.search(before) and _ADDRESSEE_END.match(text, end)) or _SPEAKS.match(text, end))
