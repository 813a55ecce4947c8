"""Event mentions: each rule on three sentences of our own that say the same thing differently,
and a negative corpus of words that look like triggers but name no event."""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._mentions import Mention, find_mentions


def _mentions(text: str) -> list[Mention]:
    return find_mentions("t", text, load_table()).mentions


def _one(text: str, word: str) -> Mention:
    [m] = [m for m in _mentions(text) if m.word.lower() == word]
    return m


@pytest.mark.parametrize(
    ("text", "word", "type_", "actor", "target"),
    [
        # an offensive launched by an actor toward a place
        ("Iraqi Shia militias launched an offensive toward Tal Afar. The PMU confirmed it.", "offensive",
         "offensive", "Hashd al-Shaabi", "Tal Afar"),
        ("The offensive launched by the Hashid al-Shaabi aims to retake Tal Afar.", "offensive", "offensive",
         "Hashd al-Shaabi", "Tal Afar"),
        ("Popular Mobilization forces began a push towards Tal Afar.", "push", "offensive", "Hashd al-Shaabi",
         "Tal Afar"),
        # a capture, active and passive
        ("The SDF captured Raqqa after a long battle.", "captured", "capture", "Syrian Democratic Forces", "Raqqa"),
        ("Raqqa was seized by the Syrian Democratic Forces.", "seized", "capture", "Syrian Democratic Forces",
         "Raqqa"),
        ("Syrian Democratic Forces fighters retook Raqqa from Daesh.", "retook", "capture",
         "Syrian Democratic Forces", "Raqqa"),
        # "fall to": the agent follows, the target precedes
        ("Tal Afar fell to IS in 2014.", "fell", "capture", "ISIS", "Tal Afar"),
        ("The town of Mosul fell to Islamic State fighters.", "fell", "capture", "ISIS", "Mosul"),
        ("Kobani nearly fell to Daesh.", "fell", "capture", "ISIS", "Kobani"),
    ],
)
def test_trigger_actor_target(text: str, word: str, type_: str, actor: str, target: str) -> None:
    m = _one(text, word)
    assert (m.type, m.actors[:1], m.targets[:1]) == (type_, [actor], [target])


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("Iraqi forces launched an offensive on Mosul.", "offensive", "past"),
        ("Iraqi forces will launch an offensive on Mosul.", "offensive", "future"),
        ("Iraqi forces are preparing for a push on Mosul.", "push", "future"),
        ("Iraqi forces have retaken Shura.", "retaken", "past"),
        ("Iraqi forces are advancing on Shura.", "advancing", "present"),
    ],
)
def test_tense(text: str, word: str, tense: str) -> None:
    assert _one(text, word).tense == tense


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The battle for Mosul is expected to be long.", "Mosul"),
        ("With the Mosul battle in its second week, ministers met.", "Mosul"),
        ("Shiite militias joined Iraq's Mosul offensive.", "Mosul"),
        ("The offensive to recapture the Iraqi city of Mosul goes on.", "Mosul"),
        ("It came two weeks into the offensive to retake Iraq's second largest city, Mosul.", "Mosul"),
        ("The assault on Raqqa began at dawn.", "Raqqa"),
        ("Ten weeks into the Raqqa offensive, the SDF holds half the city.", "Raqqa"),
    ],
)
def test_campaign_phrases(text: str, place: str) -> None:
    assert [m.campaign for m in _mentions(text) if m.type == "campaign"] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The operation against militants near Bashiqa went on.",   # a place near it is not its object
        "Shia militias launched an offensive towards the west of Mosul.",  # a direction, not the campaign
        "The SDF offensive pushed into a second district.",          # an actor's offensive
        "Turkey staged an attack on the western city of Ramadi.",  # an attack is not a campaign
    ],
)
def test_not_campaigns(text: str) -> None:
    assert [m.campaign for m in _mentions(text) if m.type == "campaign"] == []


def test_named_operations() -> None:
    [m] = [m for m in _mentions("It launched the Wrath of Euphrates operation in November.") if m.campaign]
    assert (m.campaign, m.named) == ("Wrath of Euphrates", True)
    [m] = [m for m in _mentions("Operation Inherent Resolve continued.") if m.campaign]
    assert (m.campaign, m.named) == ("Inherent Resolve", True)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces were inching to within striking distance of Mosul.",  # striking: an adjective
        "Leaders want to recapture Mosul before winter.",                  # a purpose, not an event
        "The plan aims to cut supplies and liberate Tal Afar.",            # a purpose, coordinated
        "Iraqi troops have been advancing in the last 13 days.",           # "last": not "to last"
        "He called for the start of talks.",                               # "start": a noun
        "The PMF was formed to battle American forces.",                   # "battle": a verb here
        "The SDF formally declared Raqqa liberated.",                      # a complement of the declaration
    ],
)
def test_negative_corpus(text: str) -> None:
    words = {m.word.lower() for m in _mentions(text)}
    assert not words & {"striking", "recapture", "liberate", "last", "start", "battle", "liberated"}


def test_descriptions_resolve_only_when_the_actor_is_named() -> None:
    named = "Shiite militias launched an offensive. The Popular Mobilization Units said so."
    assert _one(named, "offensive").actors == ["Hashd al-Shaabi"]
    # without the name, the description is a generic actor of its own, not the Hashd
    assert _one("Shiite militias launched an offensive.", "offensive").actors == ["Shiite militias"]


def test_city_anaphora() -> None:
    text = "Raqqa was quiet. SDF fighters closed the last road out of the city on Thursday."
    dm = find_mentions("t", text, load_table())
    assert dm.mentions == [] or all("Raqqa" in m.places for m in dm.mentions)
    m = _one("Mosul is large. Iraqi forces advanced on the city.", "advanced")
    assert m.targets == ["Mosul"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iraqi forces managed to repel an attack on Ramadi overnight.", "repel"),
        ("The army was able to retake Shura after a day of fighting.", "retake"),
        ("The SDF went on to capture Tabqa within a week.", "capture"),
    ],
)
def test_an_achieved_aim_is_an_event(text: str, word: str) -> None:
    mn = _one(text, word)  # exactly one mention, a verbal one
    assert not mn.nominal


@pytest.mark.parametrize(
    "text",
    ["The militias aim to capture villages west of Mosul.", "Iraqi forces failed to repel the attack.",
     "The SDF hopes to retake Tabqa."],
)
def test_an_aim_is_not_an_event(text: str) -> None:
    assert not [m for m in _mentions(text) if not m.nominal]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("BEIRUT, Dec. 7 (Levant Wire) — Government forces captured the Old City on Wednesday.", "BEIRUT"),
        ("Aleppo — Rebels called on Thursday for a truce.", "Aleppo"),
        ("ALEPPO, Syria, Tuesday 13 Dec 2016 (Orient Tribune) -- Russia said the fighting had ended.", "ALEPPO"),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text: str, first: str) -> None:
    from timeline._events._text import normalise, sentences

    t = normalise(text)
    head, lead = sentences(t)[:2]
    assert t[head.start : head.end].startswith(first) and "-" not in t[head.start : head.end][-3:]
    assert t[lead.start] in "GRR" and t[lead.start : lead.end].endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces advanced, retaking Dudchany, Russian-installed officials acknowledged on Tuesday.",
        "Ukrainian forces retook Dudchany, Russian officials admitted on Tuesday.",
        "Ukrainian forces retook Dudchany, the Russian command conceded on Tuesday.",
    ],
)
def test_an_admission_dates_what_it_admits_as_before(text: str) -> None:
    from timeline._events._link import link_document
    from timeline.model import Expression, Interval

    k = text.index("Tuesday")
    iv = Interval.day(__import__("datetime").date(2022, 10, 4))
    e = Expression(text="Tuesday", start=k, end=k + 7, type="DATE", value="2022-10-04", interval=iv)
    dm = find_mentions("t", text, load_table())
    links, _ = link_document(dm, (e,), None)
    found = [(dm.mentions[ln.mention].type, ln.relation) for ln in links]
    assert ("capture", "before") in found and all(rel == "before" for _, rel in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Syrian army declared late on Thursday (December 22) that it had regained full control of Aleppo.",
         "Declaration by Syrian government forces in Aleppo"),
        ("The SDF formally declared Raqqa liberated on Friday (October 20).",
         "Syrian Democratic Forces declare Raqqa liberated"),
        # bare "government forces" are a generic actor: Syria's only where the text names the Syrian army
        ("Government forces captured the Old City of Aleppo on Wednesday (December 7).",
         "Government forces capture Old City of Aleppo"),
        ("The Syrian army said government forces captured the Old City of Aleppo on Wednesday (December 7).",
         "Syrian government forces capture Old City of Aleppo"),
        ("Ukrainian forces retook villages in the Kherson region on Wednesday (October 19).",
         "Ukrainian armed forces retake villages in the Kherson region"),
    ],
)
def test_labels_name_what_happened(text: str, label: str) -> None:
    import re as _re

    from timeline._events import find_events
    from timeline.model import Anchor, Document, Expression, Interval

    m = _re.search(r"\((\w+) (\d+)\)", text)
    assert m is not None
    months = {"December": 12, "October": 10}
    day = __import__("datetime").date(2016 if m[1] == "December" else 2017, months[m[1]], int(m[2]))
    # (the weekday in the text need not match the year: the test states the expression's value)
    k = text.index("on ") + 3
    surface = text[k : text.index(")", k) + 1]
    e = Expression(text=surface, start=k, end=k + len(surface), type="DATE", value=day.isoformat(),
                   interval=Interval.day(day))
    pub = __import__("datetime").datetime(day.year, day.month, day.day) + __import__("datetime").timedelta(days=1)
    doc = Document(id="d", text=text, anchor=Anchor(value=pub, source="metadata"), expressions=(e,))
    events, _ = find_events([doc])
    assert label in {ev.label for ev in events}


@pytest.mark.parametrize(
    ("text", "word", "type_", "target"),
    [
        ("President Zelensky visited the city of Kherson on Monday.", "visited", "visit", "Kherson"),
        ("Crews evacuated Mosul's wounded on Friday.", "evacuated", "evacuation", None),
        ("Russia vetoed the resolution on Monday.", "vetoed", "veto", None),
    ],
)
def test_visits_evacuations_vetoes(text: str, word: str, type_: str, target: str | None) -> None:
    mn = _one(text, word)
    assert mn.type == type_ and (target is None or mn.targets == [target])


@pytest.mark.parametrize(
    "text",
    ["Zelensky toured the recaptured city of Kherson.", "Crowds filled a liberated town square in Raqqa.",
     "Aid reached the newly captured districts of Mosul."],
)
def test_an_adjectival_participle_is_not_an_event(text: str) -> None:
    assert not [m for m in _mentions(text) if m.type == "capture"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("KIGALI - The new president was sworn in on Friday before a crowd of thousands.", "Government is sworn in"),
        ("The prime minister flew to Goma on Tuesday to meet aid workers.", "Government flies to Goma"),
        ("Government troops freed the town of Rutshuru on Monday after a week of fighting.",
         "Government forces free Rutshuru"),
        ("The army lost the port of Sabra to the rebels on Monday.", "Rebels take Sabra"),
        ("Kurdish fighters freed the town of Ras al-Ain on Monday.", "Kurdish militants free Ras al-Ain"),
        ("The national flag was lowered over the ministry in Kabul on Sunday.", "Flag lowered in Kabul"),
        ("On Friday Herat was the final city to collapse.", "Capture of Herat"),
        ("Herat became the final provincial capital to fall to the Taliban on Friday.", "Taliban captures Herat"),
    ],
)
def test_labels_agree_with_their_subject(text: str, label: str) -> None:
    import datetime as _dt

    import timeline
    from timeline.model import Document

    events = timeline.build([Document(id="a", text=text, published=_dt.date(2019, 5, 8))]).events
    assert label in [e.label for e in events]


@pytest.mark.parametrize(
    ("lemma", "third"),
    [("fly to", "flies to"), ("carry", "carries"), ("stay", "stays"), ("push", "pushes"), ("go", "goes"),
     ("be sworn in", "is sworn in"), ("have", "has"), ("hoist", "hoists")],
)
def test_third_person_of_a_lemma(lemma: str, third: str) -> None:
    from timeline._events._lexicon import present_3sg

    assert present_3sg(lemma) == third
