"""Labels of the acts of political crises whose trigger is no verb to put in a headline (session 13).

:mod:`._labels` writes "<who> <verb> <what>" or a nominalisation; for these acts its rules read the wrong words:

* a leader's decision not to run again, told by the saying ("said late on Tuesday that he would not run for
  another term": the trigger is "said"): "<who> rules out re-election";
* a speech told by its noun ("a televised address", "in a speech late on Thursday"): "<modifier> speech by <who>";
* an appointment: "Appointment of <person> as <post>" (by "<who>" when the article names who appointed), the
  person being the name after the verb or after "choice of";
* a surrender told reflexively ("gave themselves up", "turned himself in", "handed themselves over"): the verb
  of the headline is "surrender".

:func:`vocab_label` returns ``None`` for every other cluster, which :mod:`._labels` then names as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx

__all__ = ["LABEL_VERBS", "vocab_label"]

#: Lemmas of the lexicon whose headline verb is another: "Two commanders surrender", not "give oneself up".
LABEL_VERBS = {"give oneself up": "surrender", "not run again": "rule out re-election"}

_SPEECH_MODS = frozenset({"televised", "televized", "broadcast", "defiant", "emotional", "fiery", "rambling", "rare",
                          "late-night", "midnight", "keynote", "inaugural", "farewell", "victory", "resignation",
                          "radio", "television", "video", "recorded", "combative"})
#: A person's name right after the verb, past an apposition before it: "named his intelligence chief, Ali Hamid,",
#: "appointed Jane Doe", "the choice of his deputy, Amadou Konate,".
_PERSON = (r"\s+(?:of\s+)?(?:(?:on\s+\w+|late\s+on\s+\w+|yesterday|today)\s+)?(?:(?:his|her|its|their|the|a|an)\s+"
           r"(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*)?(?P<who>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})")
#: The post after the person: "as vice president", "prime minister", "to the post".
_POST = (r"\s*,?\s+(?:as\s+)?(?:(?:the|a|an|his|her|its|their|new)\s+)?(?P<post>(?:[a-z-]+\s+){0,2}?"
         r"(?:vice[\s-]president|president|prime\s+minister|premier|minister|chancellor|governor|mayor|ambassador|"
         r"envoy|mediator|commander|chief|secretary(?:-general)?|spokes(?:man|woman)|successor|deputy|leader|speaker))\b")


#: The person before a passive or a reduced relative: "Ali Hamid, appointed vice president on Saturday", "Jane Doe
#: was named prime minister".
_PERSON_BEFORE = (r"\b(?P<who>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})\s*,?\s+(?:who\s+)?(?:(?:was|were|had\s+been|"
                  r"has\s+been|is|will\s+be)\s+)?(?:(?:formally|officially|newly|just|later|also)\s+)?$")


#: Whom sanctions were laid on, right after the trigger: "slapped a trade embargo on Qatar" (a name, not a weekday).
_SANCTIONED = (r"(?:\s+(?:[\w-]+\s+){0,3}?(?:sanctions|penalties|embargo|embargoes|tariffs|bans))?\s+(?:on|against)\s+"
               r"(?:the\s+)?(?P<t>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
#: What was deployed, before a passive or a reduced relative: "The army, deployed on Friday night".
_DEPLOYED_BEFORE = (r"\b(?P<what>(?:riot\s+)?police|army|troops|soldiers|military|tanks|forces|paratroopers|marines|"
                    r"reinforcements|peacekeepers)\s*,?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+)?"
                    r"(?:\w+ly\s+)?$")


def _person(text: str, mn: Mention) -> tuple[str, str] | None:
    """The person an appointment put into a post and the post, as the sentence words them around the trigger."""
    got = rx(_PERSON).match(text, mn.end, mn.sent.end)
    if got is not None:
        post = rx(_POST).match(text, got.end(), mn.sent.end)
        return got.group("who"), post.group("post") if post is not None else ""
    post = rx(r"\s+(?:on\s+\w+\s+)?" + _POST[len(r"\s*,?\s+"):]).match(text, mn.end, mn.sent.end)
    before = rx(_PERSON_BEFORE).search(text, max(mn.sent.start, mn.start - 60), mn.start) if not mn.nominal else None
    if post is None or before is None or before.group("who").split()[0] in {"The", "A", "An", "His", "Her", "Its"}:
        return None
    return before.group("who"), post.group("post")


def vocab_label(type_: str, mns: list[Mention], by_doc: Mapping[str, DocMentions], who: str,
                agreeing: Callable[[str, str], str]) -> str | None:
    """The headline of a cluster of ``mns`` (its type ``type_``, its actor ``who``) whose trigger words
    :mod:`._labels` cannot use, else ``None``; ``agreeing`` is its ``agreeing_verb``."""
    told = [mn for mn in mns if mn.doc in by_doc]
    if not told:
        return None
    if type_ == "pledge" and any(mn.lemma == "not run again" for mn in told) and who:
        return f"{who} {agreeing(who, 'rule out re-election')}"
    if type_ == "pledge" and all(mn.lemma == "not run again" for mn in told):
        return "Decision not to run again"
    if type_ == "speech" and all(mn.nominal for mn in told):
        mods = [w for mn in told for w in re.findall(r"[\w-]+", mn.premod.lower()) if w in _SPEECH_MODS]
        head = f"{mods[0]} speech" if mods else "speech"
        return head + (f" by {who}" if who else "")
    if type_ == "sanctions" and who and all(mn.lemma == "impose sanctions" for mn in told):
        # "Saudi Arabia slapped a trade embargo on Qatar": "... imposes sanctions on Qatar", not "... Saudi Arabia"
        for mn in told:
            on = rx(_SANCTIONED).match(by_doc[mn.doc].text, mn.end, mn.sent.end)
            if on is not None and on.group("t") not in who:
                return f"{who} {agreeing(who, 'impose sanctions')} on {on.group('t')}"
        return None
    if type_ == "advance" and not who and all(mn.lemma == "deploy troops" for mn in told):
        # "The army, deployed on Friday night": "Army deployed", not "Advance on forces"
        for mn in told:
            text = by_doc[mn.doc].text
            front = rx(_DEPLOYED_BEFORE, re.IGNORECASE).search(text, max(mn.sent.start, mn.start - 60), mn.start)
            if front is not None:
                return f"{front.group('what').lower()} deployed"
        return None
    if type_ == "appointment" and not any(mn.lemma == "swear in" for mn in told):
        # every telling's person and post: the fullest name ("Omar Suleiman", not "Suleiman"), the post told
        got = [x for x in (_person(by_doc[mn.doc].text, mn) for mn in told) if x is not None and x[0] not in who]
        if got:
            person = max((p for p, _ in got), key=lambda p: (len(p.split()), len(p)))
            post = next((q for _, q in got if q), "")
            label = f"appointment of {person}" + (f" as {post}" if post else "")
            return label + (f" by {who}" if who else "")
    return None
