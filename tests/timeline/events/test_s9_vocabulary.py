"""Session 9: event words that news of wars and crises tells often (sentences of our own, many conflicts).

1. Prisoner exchanges: "exchanged 200 prisoners of war", "swapped bodies", "Saturday's swap of prisoners" (a
   release, both ways); never fire, views or an exchange rate.
2. Halts by order or decree: "ordered a halt to the operation", "declared an end to combat operations",
   "announced that its operation was over" (the halt, of the order's date).
3. Peace plans: "Tuesday's peace plan, brokered by X" (an agreement); not a plan proposed, rejected or to come.
4. Crossings: "columns rolling south through the tunnel", "troops poured across the frontier", actors told by
   their armour ("Russian armour", "armoured columns"); never a line crossed figuratively.
5. Falls told as surrenders: "Kandahar surrendered to the insurgents" is the capture of Kandahar;
   "prisoners of war" tells no war.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import build_corpus, mentions_in

from timeline._events._mentions import Mention


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.word, m.type) for m in mentions_in(text)]


def _of_type(text: str, typ: str) -> list[Mention]:
    return [m for m in mentions_in(text) if m.type == typ]


def _start(tmp_path: Path, docs: list[tuple[str, str]], typ: str) -> list[tuple[dt.datetime | None, int]]:
    """(earliest start, number of documents) of each event of type ``typ`` built from ``docs``."""
    tl = build_corpus(tmp_path, [(f"d{k}", p, t) for k, (p, t) in enumerate(docs)])
    return [(e.interval.start[0] if e.interval else None, len(e.docs)) for e in tl.events if e.type == typ]


# -- 1. prisoner exchanges ----------------------------------------------------------------------------------
def test_people_exchanged_are_an_exchange() -> None:
    for text, word in (
            ("Ukraine and Russia exchanged 215 prisoners of war on Wednesday in a deal brokered by Turkey.", "exchanged"),
            ("Armenia and Azerbaijan swapped 32 detainees at the border on Thursday.", "swapped"),
            ("The militants traded 15 captives for five government soldiers near Marib on Sunday.", "traded"),
            ("Israel and Hezbollah exchanged the bodies of fallen fighters on Tuesday.", "exchanged"),
            ("The prisoners were exchanged on a bridge over the river on Friday.", "exchanged"),
            ("Saturday's swap of prisoners in Abu Dhabi freed 50 men on each side.", "swap"),
            ("The exchange of 64 hostages took place at a checkpoint near Donetsk on Monday.", "exchange"),
            ("Kyiv and Moscow carried out a POW swap on Friday.", "swap")):
        assert (word, "release") in _types(text), (text, _types(text))


def test_both_sides_exchange() -> None:
    mn = next(m for m in mentions_in("Ethiopia and Eritrea exchanged 40 prisoners of war on Tuesday.")
              if m.word == "exchanged")
    assert set(mn.actors) >= {"Ethiopia", "Eritrea"}, mn.actors
    assert mn.obj and "prisoners" in mn.obj and not mn.targets, (mn.obj, mn.targets)


def test_a_swap_just_told_is_the_swap() -> None:
    text = "Colombia and the guerrillas exchanged prisoners on Monday. The swap was the first in a decade."
    assert ("swap", "release") in _types(text)
    assert ("swap", "release") not in _types("The swap was the first in a decade.")


def test_what_is_no_exchange_of_people() -> None:
    for text in ("The army and the rebels exchanged fire across the river on Friday.",
                 "The central bank cut the exchange rate on Friday.",
                 "The two ministers exchanged views on the crisis on Friday.",
                 "The rebels released ten soldiers in exchange for food on Monday.",
                 "An exchange of fire near the border killed two soldiers on Monday.",
                 "Shares fell sharply on the stock exchange on Monday.",
                 "Envoys met for talks in Oslo on Friday on a prisoner exchange, officials said.",
                 "Both leaders traded accusations with the rebels on Monday."):
        got = [m.word for m in mentions_in(text) if m.type == "release" and m.word.lower().startswith(("exchang", "swap",
                                                                                                   "trad"))]
        assert not got, (text, _types(text))
    assert ("exchanged", "attack") in _types("The army and the rebels exchanged fire across the river on Friday.")


def test_prisoners_of_war_and_the_cold_war_are_no_war() -> None:
    for text in ("Prisoners of war were paraded on television on Tuesday.",
                 "Relations fell to their lowest point since the Cold War on Monday."):
        assert not [m for m in mentions_in(text) if m.word.lower() == "war"], (text, _types(text))


def test_an_exchange_told_twice_is_one_dated_event(tmp_path: Path) -> None:
    got = _start(tmp_path, [("2023-12-14", "Armenia and Azerbaijan swapped 32 prisoners on Wednesday at the border, "
                                           "officials said."),
                            ("2023-12-15", "Wednesday's exchange of prisoners was the first since the war.")], "release")
    assert (dt.datetime(2023, 12, 13), 2) in got, got


# -- 2. halts by order or decree ----------------------------------------------------------------------------
def test_halts_ordered_declared_or_announced() -> None:
    for text, word, obj in (
            ("President Medvedev ordered a halt to the military operation in Georgia on Tuesday.", "ordered",
             "military operation"),
            ("Israel's prime minister ordered an immediate halt to air strikes on Gaza on Sunday.", "ordered",
             "air strikes"),
            ("President Bush declared an end to major combat operations in Iraq on Thursday.", "declared",
             "combat operations"),
            ("The junta announced a suspension of its offensive in the north on Friday.", "announced", "offensive"),
            ("The Kremlin announced on Tuesday that its operation was over.", "announced", "operation"),
            ("The army said on Monday that the offensive in the old city had ended.", "said", "offensive"),
            ("The Saudi-led coalition declared an end to its air campaign on Tuesday.", "declared", "air campaign")):
        got = [m for m in mentions_in(text) if m.word == word and m.type == "suspension"]
        assert got and got[0].obj == obj, (text, [(m.word, m.type, m.obj) for m in mentions_in(text)])
    # the halt is the verb's: no second mention for the noun "halt"
    assert not [m for m in mentions_in("Medvedev ordered a halt to the operation on Tuesday.") if m.word == "halt"]


def test_what_halts_nothing() -> None:
    for text in ("The president ordered troops to the border on Monday.",
                 "The minister said the operation would be over by Friday.",
                 "The spokesman said on Monday the operation was not over.",
                 "The ministry announced the end of the school year on Monday.",
                 "Officials said on Monday the worst was over."):
        assert not _of_type(text, "suspension"), (text, _types(text))
    # "announced the end of" stays the declaration it was
    assert ("announced", "proclamation") in _types("The army announced on Monday the end of combat operations "
                                                   "in Kassala.")


def test_a_halt_is_dated_by_its_order(tmp_path: Path) -> None:
    got = _start(tmp_path, [("2008-08-13", "President Medvedev ordered a halt to Russia's military operation in "
                                           "Georgia on Tuesday.")], "suspension")
    assert (dt.datetime(2008, 8, 12), 1) in got, got


# -- 3. peace plans -------------------------------------------------------------------------------------------
def test_peace_plans_agreed_or_dated() -> None:
    for text in ("Tuesday's peace plan, brokered by the French president, obliges both sides to pull back.",
                 "The Russian-brokered peace plan gave the rebels three days to leave the city.",
                 "Saturday's ceasefire plan, agreed in Ankara, gave the Kurdish fighters five days to withdraw.",
                 "The six-point plan, signed by both leaders in Minsk, collapsed within weeks.",
                 "Yesterday's truce plan, mediated by Qatar, calls for a week-long pause.",
                 "The peace plan, which was endorsed by the council on Friday, calls for elections."):
        assert ("plan", "agreement") in _types(text), (text, _types(text))


def test_plans_agreed_or_signed_are_the_verbs_event() -> None:
    for text, word in (("Both leaders signed the six-point peace plan in Minsk on Monday.", "signed"),
                       ("The two presidents agreed a six-point peace plan in Moscow on Tuesday.", "agreed"),
                       ("Armenia and Azerbaijan agreed on Monday a Russian-brokered plan to end the fighting.", "agreed")):
        assert (word, "agreement") in _types(text), (text, _types(text))
        assert "plan" not in [m.word for m in mentions_in(text)], (text, _types(text))


def test_plans_that_are_no_agreement() -> None:
    for text in ("Russia rejected the Western peace plan on Monday.",
                 "The government plans to hold elections next year.",
                 "The plan to retake the city was drawn up in March.",
                 "Russia's peace plan was presented to the council on Monday.",
                 "The pension plan, approved by parliament on Friday, raises the retirement age."):
        assert "plan" not in [m.word for m in mentions_in(text)], (text, _types(text))


def test_a_possessive_peace_plan_is_dated(tmp_path: Path) -> None:
    got = _start(tmp_path, [("2015-02-13", "Thursday's peace plan, brokered by the German chancellor, obliges "
                                           "both sides to withdraw heavy weapons.")], "agreement")
    assert (dt.datetime(2015, 2, 12), 1) in got, got


# -- 4. crossings and thrusts ------------------------------------------------------------------------------
def test_columns_crossing_a_border_or_a_pass() -> None:
    for text, word in (
            ("By Thursday night Iraqi armoured columns were rolling south across the Kuwaiti border.", "rolling"),
            ("Turkish tanks rolled across the border into northern Syria on Wednesday.", "rolled"),
            ("Thousands of troops poured across the frontier on Thursday morning.", "poured"),
            ("Israeli armour moved through the crossing into the southern strip overnight.", "moved"),
            ("Rebel fighters streamed over the bridge on Sunday, witnesses said.", "streamed"),
            ("Pakistani troops crossed the Line of Control on Monday.", "crossed")):
        assert (word, "advance") in _types(text), (text, _types(text))


def test_armour_is_an_actor_with_its_modifier() -> None:
    mn = next(m for m in mentions_in("Yesterday's thrust by Russian armour into the Donbas alarmed Kyiv.")
              if m.word == "thrust")
    assert mn.actors and "Russian" in mn.actors[0], mn.actors
    mn = next(m for m in mentions_in("Syrian armoured columns rolled across the border on Monday.")
              if m.word == "rolled")
    assert mn.actors and "Syria" in mn.actors[0], mn.actors


def test_where_a_crossing_came_from_is_not_its_target() -> None:
    mn = next(m for m in mentions_in("Russian tanks rolled across the border from Belarus on Thursday.")
              if m.word == "rolled")
    assert "Belarus" not in mn.targets + mn.places, (mn.targets, mn.places)


def test_what_crosses_nothing() -> None:
    for text in ("Refugees poured across the border on Friday.",
                 "The opposition has crossed a red line, the minister said on Friday.",
                 "The runners crossed the finish line on Sunday.",
                 "Oil prices crossed the $100 mark on Monday.",
                 "The thought crossed his mind on Monday.",
                 "Fans streamed over the bridge to the stadium on Sunday."):
        assert not _of_type(text, "advance"), (text, _types(text))


def test_a_crossing_is_dated(tmp_path: Path) -> None:
    got = _start(tmp_path, [("2019-10-10", "Turkish tanks rolled across the border into northern Syria on "
                                           "Wednesday.")], "advance")
    assert (dt.datetime(2019, 10, 9), 1) in got, got


# -- 5. falls told as surrenders ----------------------------------------------------------------------------
def test_a_place_that_surrenders_falls() -> None:
    for text, place in (("Kandahar surrendered to the insurgents on Friday after the governor fled.", "Kandahar"),
                        ("Srebrenica surrendered to Bosnian Serb forces on Tuesday.", "Srebrenica"),
                        ("Ghazni surrendered without a fight on Thursday morning.", "Ghazni"),
                        ("Goma surrendered to the rebels on Tuesday as the army fled.", "Goma"),
                        ("Mosul fell to the militants on Tuesday.", "Mosul"),
                        ("Timbuktu fell to the Islamists on Sunday.", "Timbuktu")):
        got = [m for m in mentions_in(text) if m.type == "capture"]
        assert got and got[0].targets == [place], (text, [(m.word, m.type, m.targets) for m in mentions_in(text)])


def test_who_surrenders_stays_a_surrender() -> None:
    for text in ("Paulus surrendered on January 31, 1943.",
                 "Japan surrendered on August 15.",
                 "The garrison surrendered to the rebels on Tuesday.",
                 "Gaddafi surrendered to rebels on Thursday, his aides said.",
                 "Ratko Mladic was on the run for years. Mladic surrendered to police on Tuesday."):
        assert not _of_type(text, "capture"), (text, _types(text))
        assert _of_type(text, "surrender"), (text, _types(text))


def test_nothing_falls_but_places() -> None:
    for text in ("Oil prices fell by 5% on Tuesday.", "Heavy rain fell on the capital on Tuesday.",
                 "The number of attacks fell in March."):
        assert not _of_type(text, "capture"), (text, _types(text))


def test_the_surrender_and_the_seizure_are_one_capture(tmp_path: Path) -> None:
    got = _start(tmp_path, [("2021-08-14", "Taliban fighters seized Kandahar on Friday, officials said."),
                            ("2021-08-15", "Kandahar surrendered to the Taliban on Friday without a fight.")], "capture")
    assert (dt.datetime(2021, 8, 13), 2) in got, got
