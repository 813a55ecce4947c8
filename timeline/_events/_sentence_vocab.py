"""Session 9: what some event words tell, read once a sentence's mentions are all found.

* A halt by order or decree ("ordered a halt to Russia's military operation", "declared an end to major
  combat operations": the lexicon's ``order halt to``, ``declare end to``, ``announce halt to``) takes the
  campaign it halts as its object ("Medvedev orders halt to military operation").
* A place that surrenders fell: "Jalalabad surrendered without a fight", "Srebrenica surrendered to the
  Bosnian Serbs" are the capture of that place (told as "the town fell to X"), taken by those after "to", so
  that they merge with "X seized Jalalabad".  A country, a garrison, a commander or fighters who surrender
  stay a surrender ("Japan surrendered", "the last defenders surrendered").
* :data:`OVER`: the words of a report that says a campaign is over ("announced that its operation was
  over", "said the offensive had ended"), read by :func:`._claims.claims_of_control` as the halt, of the
  report's date.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._nouns import is_title
from timeline._events._rx import rx
from timeline._events._sense_gates import HALT_VERB_LEMMAS
from timeline._events._where import actors_in

__all__ = ["OVER", "halted_noun", "vocabulary_pass"]

_CAMPAIGN = r"(?:operations?|offensive|counteroffensive|counter-offensive|assault|campaign|war|fighting|hostilities|" \
            r"incursion|invasion|intervention|mission|strikes|air\s*strikes|airstrikes|bombing|bombardment|shelling)"
#: "(announced) that its operation was over", "(said) the offensive in the north had ended": the noun is ``noun``.
OVER = re.compile(r"\s*,?\s*(?:that\s+)?(?:(?:the|its|their|his|her|our|[A-Z][\w'-]*['\u2019]s)\s+)?"
                  r"(?:(?!(?:not|never|no)\b)[\w-]+\s+){0,2}?(?P<noun>" + _CAMPAIGN + r")"
                  r"(?:\s+(?:in|on|against|for|to)\s+[^,;.]{1,40}?)?\s+(?:"
                  r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:now\s+|officially\s+|formally\s+|"
                  r"effectively\s+|finally\s+)?(?:over|complete|completed|finished|at\s+an\s+end)\b|"
                  r"(?:had|has|have)\s+(?:now\s+|officially\s+|formally\s+|effectively\s+|finally\s+)?"
                  r"(?:ended|concluded|come\s+to\s+an\s+end)\b)", re.IGNORECASE)
# the campaign a halting verb halts: "a halt to Russia's military operation", "an end to major combat operations"
_HALTED = re.compile(r"\s+(?:[\w,'-]+\s+){0,6}?(?:halt|stop|end|suspension|pause|cessation)\s+(?:to|of|in|on)\s+"
                     r"(?:(?:the|its|their|his|her|all|[A-Z][\w'-]*)\s+)*(?P<np>(?:[a-z-]+\s+){0,2}?" + _CAMPAIGN + r")\b")
_PASSING = re.compile(r"\s+(?:[a-z-]+\s+)?(?:through|across|over)\s")
_NOT_MODIFIER = frozenset(["the", "its", "their", "his", "her", "all", "a", "an", "further", "any", "more"])


def halted_noun(np: str) -> str:
    """"major combat operations" -> "combat operations", "military operation" -> "military operation"."""
    words = [w for w in np.split() if w.lower() not in _NOT_MODIFIER]
    return " ".join(words[-2:]) if words else np


def _halted_object(dm: DocMentions, mn: Mention) -> None:
    m = _HALTED.match(dm.text, mn.end, mn.sent.end)
    if m is not None:
        mn.obj = halted_noun(m.group("np"))


def _a_place(dm: DocMentions, name: str, fell: bool) -> bool:
    """Whether ``name`` is a place, not a country: one the tables know, or, when its surrender reads as a fall
    (``fell``: "without a fight", "to the insurgents"), a one-word name the text never gives a title, a first name
    or words of its own ("President X", "Ratko X", "X said"); "Paulus surrendered on January 31" is a man's."""
    places = dm.spans("places")
    if name in places.names:
        return name not in places.countries
    if not fell or " " in name or name in dm.spans("actors").names or not any(n.text == name for n in dm.names):
        return False
    if any(n.text != name and name in n.text.split() for n in dm.names):
        return False  # the surname of "Ratko Mladic"
    text = dm.text
    for m in re.finditer(r"(?<![\w'-])" + re.escape(name) + r"(?![\w'-])", text):
        before = text[max(0, m.start() - 25) : m.start()].split()
        if before and is_title(before[-1].rstrip(".")):
            return False
        if _SPEAKS.match(text, m.end()):
            return False
    return True


# a surrender told as a fall: "without a fight", "without firing a shot", "to the insurgents", "to Serb forces"
_FELL = re.compile(r"\s+(?:(?:almost|virtually|largely)\s+)?without\s+(?:a|any|much|firing|serious|significant)\b|"
                   r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:forces|troops|army|rebels|insurgents|militants|fighters|"
                   r"separatists|jihadists|militias?|guerrillas|Taliban|[A-Z][\w-]+\s+(?:forces|troops|units|army))\b")
_SPEAKS = re.compile(r"(?:\s*,\s*who\b|\s+(?:said|says|told|tells|added|insisted|wrote|himself|herself)\b|['\u2019]s\s+"
                     r"(?:wife|husband|son|daughter|family|lawyer|lawyers|spokesman|spokeswoman)\b)")


def _surrendered_place(dm: DocMentions, mn: Mention) -> None:
    """A place (not a country) that surrendered: the place fell, to those after "to"."""
    if not mn.actors or not _a_place(dm, mn.actors[0], _FELL.match(dm.text, mn.end, mn.sent.end) is not None):
        return
    if rx(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE).search(dm.text, mn.end, mn.sent.end):
        return  # "Gaddafi surrendered to rebels on Thursday, his aides said": a man
    text = dm.text
    if rx(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$").search(text, max(mn.sent.start, mn.start - 15), mn.start):
        return  # "the town was surrendered by its garrison": a handover, told otherwise
    to = rx(r"\s+(?:[\w-]+\s+){0,3}?to\s+").match(text, mn.end, min(mn.sent.end, mn.end + 30))
    place = mn.actors[0]
    mn.type, mn.lemma = "capture", "fall"
    mn.targets = [place]
    mn.actors = actors_in(dm, to.end(), min(mn.sent.end, to.end() + 40))[:1] if to is not None else []
    if place not in mn.places:
        mn.places = [place, *mn.places]


def _came_from(dm: DocMentions, mn: Mention, name: str) -> bool:
    """Whether ``name`` is not where a crossing went: where it came from ("from Belarus") or a place told about its
    way ("the tunnel linking the province with Russia"), anything not right after into, to, through or across."""
    at = dm.text.find(name, mn.end, mn.sent.end)
    return at >= 0 and rx(r"\b(?:into|in|to|towards?|through|across|over|of)\s+(?:the\s+)?$").search(
        dm.text, max(mn.end, at - 12), at) is None


def vocabulary_pass(dm: DocMentions, first: int) -> None:
    """The readings above, on the mentions of one sentence (from ``first``)."""
    for mn in dm.mentions[first:]:
        if mn.nominal:
            continue
        if mn.lemma in HALT_VERB_LEMMAS:
            _halted_object(dm, mn)
        elif mn.lemma == "move into" and _PASSING.match(dm.text, mn.end, mn.sent.end):
            # "rolled across the border from Belarus": the way and where they came from are no target
            mn.targets = [t for t in mn.targets if not _came_from(dm, mn, t)]
            mn.places = [p for p in mn.places if not _came_from(dm, mn, p)]
        elif mn.type == "surrender":
            _surrendered_place(dm, mn)
