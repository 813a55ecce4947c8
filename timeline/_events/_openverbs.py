"""Words of the open-vocabulary acts (:mod:`._open`): past forms, participles, a small lemmatiser.

Closed classes only (auxiliaries, modals, determiners, prepositions, irregular verbs, verbs that tell
no act): the open class, the verb itself, is whatever the sentence uses.
"""

from __future__ import annotations

__all__ = [
    "BLOCKERS",
    "COPULAS",
    "HAVE",
    "ING_NOUNS",
    "NOT_ACTS",
    "NOT_VERB_ED",
    "PARTICIPLES",
    "PAST",
    "STOP_BACK",
    "lemma_of",
]

#: Irregular past forms -> base form.  Verbs ambiguous with their base ("hit", "cut") are in: the
#: expression they govern is already a past date.
PAST: dict[str, str] = {
    "flew": "fly", "fled": "flee", "fell": "fall", "took": "take", "went": "go", "came": "come", "rode": "ride",
    "drove": "drive", "broke": "break", "struck": "strike", "shot": "shoot", "fought": "fight", "won": "win",
    "lost": "lose", "left": "leave", "led": "lead", "held": "hold", "hit": "hit", "sent": "send", "met": "meet",
    "stood": "stand", "swept": "sweep", "threw": "throw", "wrote": "write", "gave": "give", "brought": "bring",
    "caught": "catch", "sought": "seek", "made": "make", "got": "get", "ran": "run", "sank": "sink",
    "shook": "shake", "stole": "steal", "swore": "swear", "tore": "tear", "overran": "overrun",
    "overtook": "overtake", "rose": "rise", "blew": "blow", "drew": "draw", "slew": "slay", "sped": "speed",
    "spread": "spread", "split": "split", "shut": "shut", "set": "set", "cut": "cut", "put": "put", "dug": "dig",
    "hung": "hang", "bore": "bear", "fed": "feed", "hid": "hide", "kept": "keep", "laid": "lay", "lit": "light",
    "paid": "pay", "quit": "quit", "rang": "ring", "sat": "sit", "slid": "slide", "spoke": "speak",
    "stuck": "stick", "strode": "stride", "swam": "swim", "swung": "swing", "overthrew": "overthrow",
    "overcame": "overcome", "withdrew": "withdraw", "undertook": "undertake", "built": "build", "burnt": "burn",
    "bought": "buy", "sold": "sell", "found": "find", "froze": "freeze", "chose": "choose", "bit": "bite",
    "crept": "creep", "flung": "fling", "knelt": "kneel", "leapt": "leap", "sprang": "spring", "stung": "sting",
    "shrank": "shrink", "strove": "strive", "wept": "weep", "burst": "burst", "cast": "cast", "wound": "wind",
    "arose": "arise", "awoke": "awake", "beat": "beat", "bent": "bend", "bled": "bleed", "blew up": "blow up",
    "forbade": "forbid", "forgave": "forgive", "ground": "grind", "lent": "lend", "mistook": "mistake",
    "slung": "sling", "spun": "spin", "stank": "stink", "struck down": "strike down", "upheld": "uphold",
    "withheld": "withhold", "woke": "wake", "wove": "weave", "did": "do", "had": "have",
}

#: Past participles that differ from the past form -> base form (for "was/were/had ..." groups).
PARTICIPLES: dict[str, str] = {
    "taken": "take", "fallen": "fall", "driven": "drive", "broken": "break", "beaten": "beat", "seen": "see",
    "flown": "fly", "thrown": "throw", "overrun": "overrun", "withdrawn": "withdraw", "shaken": "shake",
    "stolen": "steal", "sworn": "swear", "torn": "tear", "written": "write", "given": "give", "hidden": "hide",
    "ridden": "ride", "risen": "rise", "slain": "slay", "blown": "blow", "drawn": "draw", "grown": "grow",
    "sunk": "sink", "overthrown": "overthrow", "overtaken": "overtake", "undertaken": "undertake",
    "frozen": "freeze", "chosen": "choose", "spoken": "speak", "woken": "wake", "eaten": "eat", "gone": "go",
    "come": "come", "run": "run", "done": "do", "forgiven": "forgive", "forbidden": "forbid", "bitten": "bite",
    "shot down": "shoot down", "struck": "strike", "stricken": "strike", "flung": "fling", "sprung": "spring",
    "swum": "swim", "woven": "weave", "been": "be",
}

#: Copulas and their forms: "was on Friday" dates no act; "was routed" is a passive (the participle's).
COPULAS = frozenset({"was", "were", "is", "are", "am", "be", "been", "being", "became", "become", "becomes",
                     "remained", "remain", "remains", "seemed", "seems", "appeared", "looked", "stayed"})
HAVE = frozenset({"had", "has", "have", "'d", "'ve"})

#: Words before a verb that make it no act of the past: modals, negation.
BLOCKERS = frozenset({"not", "n't", "never", "would", "could", "might", "may", "must", "should", "will",
                      "shall", "can", "cannot", "wo", "ca", "'ll", "nor", "neither", "hardly", "barely", "allegedly",
                      "purportedly", "supposedly", "if", "unless", "whether", "to"})

#: Past forms of verbs that tell no act of their own (states, thoughts, reports, aspect).
NOT_ACTS = frozenset({
    "seem", "appear", "fall", "take", "give", "keep", "hold", "want", "need", "hope", "believe", "expect", "fear", "plan", "intend", "try", "use", "remain",
    "continue", "stay", "look", "sound", "feel", "know", "think", "like", "love", "own", "live", "exist",
    "belong", "number", "total", "rank", "rate", "date", "price", "cost", "last", "mean", "see", "become",
    "say", "tell", "announce", "report", "state", "confirm", "add", "claim", "note", "insist", "acknowledge",
    "admit", "deny", "warn", "urge", "declare", "describe", "explain", "estimate", "concede", "call", "write",
    "ask", "reply", "respond", "comment", "quote", "cite", "allege", "suggest", "indicate", "show", "reveal",
    "tweet", "post", "publish", "update", "view", "edit", "record", "hear", "learn", "decide", "agree",
    "refuse", "fail", "manage", "vow", "pledge", "promise", "threaten", "demand", "request", "propose",
    "launch", "begin", "start", "open", "erupt", "end", "conclude", "finish", "lift", "collapse", "complete",
    "resume", "renew", "unleash", "relaunch", "happen", "occur", "take place", "do", "have", "get", "make",
    "find", "set", "put", "let", "mark", "follow", "precede", "emerge", "prove",
    "schedule", "slate", "due", "include", "involve", "concern", "surround", "born",
    "bear", "name", "elect", "appoint", "nominate", "register", "list", "sign up", "interview",
    "inform", "contact", "photograph", "film", "print", "broadcast", "air",
})

#: Words ending in -ed that are no past verb.
NOT_VERB_ED = frozenset({"red", "bed", "hundred", "speed", "need", "seed", "feed", "breed", "shed", "deed",
                         "creed", "greed", "steed", "weed", "indeed", "naked", "sacred", "wicked", "wretched",
                         "rugged", "ragged", "kindred", "hatred", "shred", "sled", "wed", "fled", "led", "bled",
                         "embed", "proceed", "succeed", "exceed", "freed", "united", "limited", "supposed",
                         "alleged", "so-called", "armed", "masked", "unidentified", "unnamed", "detailed",
                         "advanced", "experienced", "concerned", "interested", "talented", "skilled",
                         "self-styled", "self-proclaimed", "disputed", "contested", "occupied", "besieged",
                         "embattled", "beleaguered", "wounded", "injured", "dead", "deceased", "retired",
                         "beloved", "crowded", "isolated", "fixed", "mixed", "varied", "noted", "renowned"})

#: Words before a verb form that make it an adjective or a noun: determiners, prepositions.
STOP_BACK = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                       "these", "those", "some", "many", "several", "few", "most", "more", "less", "all", "both",
                       "each", "every", "no", "any", "other", "such", "of", "with", "without", "for", "from",
                       "in", "on", "at", "by", "into", "onto", "over", "under", "than", "as", "newly",
                       "recently", "heavily", "lightly", "well", "poorly", "badly", "very", "so", "too", "long",
                       "hastily", "freshly", "fully", "partly", "partially", "largely", "widely", "best", "worst"})

#: -ing words that are nouns ("on Friday morning", "a meeting"), not a verb that governs the date.
ING_NOUNS = frozenset({"morning", "evening", "building", "buildings", "meeting", "meetings", "fighting",
                       "shelling", "bombing", "bombings", "wedding", "ceiling", "offing", "spring", "king",
                       "thing", "nothing", "something", "anything", "everything", "during", "according",
                       "including", "following", "beginning", "ending", "setting", "ring", "string", "wing",
                       "sibling", "uprising", "landing", "crossing", "crossings", "holding", "killing",
                       "killings", "looting", "funding", "housing", "clothing", "training", "warning",
                       "warnings", "briefing", "hearing", "ruling", "offering", "being", "feeling", "Beijing",
                       "ceasing", "outing", "rating", "ranking", "standing", "siding", "dwelling", "opening",
                       "gathering", "reading", "timing", "shooting", "shootings", "stabbing", "raiding",
                       "pudding", "lightning", "swing", "sling", "cling", "bring", "sing", "sting", "fling"})

_KEEP_DOUBLE = ("ll", "ss", "ff", "zz")
_NO_E = frozenset({"visit", "edit", "limit", "exhibit", "inhabit", "inherit", "credit", "deposit", "audit", "pilot",
                   "pivot", "ballot", "riot", "target", "rocket", "market", "budget", "open", "enter", "gather",
                   "travel", "cancel", "label", "model", "level", "signal", "focus", "bias", "orbit", "profit",
                   "summit", "blanket", "ferry", "bomb", "shell", "patrol", "control", "rout", "sail", "fail",
                   "hail", "nail", "rail", "trail", "jail", "mail", "head", "lead", "plead", "load", "raid",
                   "aid", "land", "hand", "stand", "defend", "attend", "extend", "suspend", "send", "mend",
                   "fold", "hold", "scold", "kill", "fill", "drill", "spill", "pull", "roll", "poll", "toll",
                   "call", "fall", "stall", "haul", "maul", "crawl", "sprawl", "brawl", "shout", "scout", "flout",
                   "vault", "assault", "halt", "salt", "melt", "belt", "knit", "wait", "bait", "gait", "await"})


def lemma_of(form: str) -> str:
    """The base form of a past form or participle: "hoisted" -> "hoist", "trudged" -> "trudge",
    "carried" -> "carry", "stopped" -> "stop", "flew" -> "fly".  Rough, and only read by labels: two
    tellings with one past form get one lemma whatever it is, which is all that merging needs."""
    w = form.lower()
    if w in PAST:
        return PAST[w]
    if w in PARTICIPLES:
        return PARTICIPLES[w]
    if not w.endswith("ed") or len(w) < 4:
        return w
    stem = w[:-2]
    if stem.endswith("i") and len(stem) > 2:
        return stem[:-1] + "y"  # carried, ferried
    if stem in _NO_E:
        return stem
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" and not stem.endswith(_KEEP_DOUBLE):
        return stem[:-1]  # stopped, planned
    if stem.endswith("ll") and len(stem) > 5 and not stem.endswith(("all", "ill")):
        return stem[:-1]  # controlled, patrolled
    if stem.endswith("e"):
        return stem  # freed ("free"), agreed
    if stem[-1] in "lr" and stem[-2] not in "aeiouylrw":
        return stem + "e"  # paddled, struggled, centred
    vowels = sum(1 for ch in stem if ch in "aeiouy")
    last_two = stem[-2:]
    if last_two in ("dg", "rg", "ng", "rc", "nc", "ps", "ls", "rs", "ns", "rv", "lv", "ud", "gu", "su", "cu", "qu",
                    "tu", "iz", "yz", "uz", "oz", "ov", "iv", "av", "uv", "ev", "ac", "ic", "uc", "ur"):
        return stem + "e"  # trudged, forced, moved, seized, queued
    if stem.endswith("u"):
        return stem + "e"  # queued, argued, rescued
    if stem.endswith("at") and len(stem) > 4 and stem[-3] not in "eo":
        return stem + "e"  # evacuated, liberated (not "defeated")
    if vowels == 1 and len(stem) >= 3 and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" \
            and stem[-3] not in "aeiou":
        return stem + "e"  # hoped, named, fired, stated
    if len(stem) >= 4 and stem[-1] not in "aeiouwxy" and stem[-2] in "aiou" and stem[-3] not in "aeiou" \
            and last_two in ("ad", "id", "od", "ud", "ap", "ip", "op", "up", "ot", "ut", "ok", "ik", "uk", "ab", "ib", "ob",
                              "ub", "am", "im", "om", "um"):
        return stem + "e"  # invaded, escaped, exploded, provoked
    return stem
