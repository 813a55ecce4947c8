"""Session-11 entries of the events conformance corpus (part c; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S11C`` with their class.
Part c: what crisis and war reporting tells after the fact (``timeline/data/lexicon_aftermath.yaml`` and the
phrases of ``lexicon_civil.yaml``): force used on crowds ("fired tear gas at protesters", "opened fire on
mourners", "the crackdown on protesters", "the shooting of two protesters"), mass graves found and bodies
exhumed, a leader's visit to a place ("made a surprise trip to", "walked through the ruined centre of",
"X, who toured the recaptured city"), charges and bans told in a modifier ("the charge of inciting unrest
brought against her on May 1", "bans on gatherings that the army had imposed a day earlier"); and what must
not fire (a plan "opened fire on", a coach fired, a new species discovered, a walk-out from talks).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- force used on crowds --------------------------------------------------------------------------------
    one("s11c-fired-live-into-crowd", "crowd-fire", "2019-06-04",
        "Paramilitary troops fired live ammunition into a crowd of protesters outside the army headquarters in "
        "Khartoum on Monday, killing at least 30 people.",
        E("fired live ammunition", "2019-06-03")),
    one("s11c-fired-rubber-bullets", "crowd-fire", "2020-08-11",
        "Riot police fired rubber bullets and stun grenades at demonstrators in Minsk and Brest on Monday night.",
        E("fired rubber bullets", "2020-08-10")),
    one("s11c-fired-tear-gas-no-gassing", "crowd-fire", "2022-09-23",
        "Security forces fired tear gas at protesters in Tehran, Mashhad and Rasht on Wednesday as unrest spread.",
        E("fired tear gas", "2022-09-21")),
    one("s11c-fired-water-cannon-list", "crowd-fire", "2022-07-15",
        "Police fired water cannon, tear gas and rubber bullets at students marching on parliament in Colombo "
        "on Thursday.",
        E("fired water cannon", "2022-07-14")),
    one("s11c-opened-fire-span", "crowd-fire", "2022-11-17",
        "Security forces opened fire on mourners at a cemetery in Kurdistan province on Tuesday, killing two "
        "people.",
        E("opened fire", "2022-11-15")),
    one("s11c-opened-fire-sit-in", "crowd-fire", "2019-06-05",
        "Gunmen in uniform opened fire on the sit-in on Monday, killing dozens of people.",
        E("opened fire", "2019-06-03")),
    one("s11c-opened-fire-sit-in-outside", "crowd-fire", "2019-06-05",
        "Gunmen in uniform opened fire on the sit-in outside the defence ministry on Monday, killing dozens.",
        E("opened fire", "2019-06-03")),
    one("s11c-crackdown-on-protesters", "crowd-fire", "2019-06-10",
        "The crackdown on protesters in Khartoum on June 3 drew condemnation from the African Union.",
        E("crackdown", "2019-06-03")),
    one("s11c-possessive-crackdown", "crowd-fire", "2019-06-12",
        "Sudanese generals defended Monday's crackdown, in which more than 100 people died.",
        E("crackdown", "2019-06-10")),
    one("s11c-shooting-of-protesters", "crowd-fire", "2022-10-05",
        "The shooting of protesters in Zahedan on Friday left at least 66 people dead.",
        E("shooting", "2022-09-30")),
    cross("s11c-x-fired-then-crackdown", [
        ("2020-08-10", "Riot police fired rubber bullets and stun grenades at protesters in Minsk on Sunday night."),
        ("2020-08-12", "European ministers condemned Sunday's crackdown on protesters in Minsk."),
    ], E("fired|crackdown", "2020-08-09")),
    neg("s11c-neg-opened-fire-on-plan", "2023-03-10",
        "The opposition leader opened fire on the government's budget plan on Tuesday.",
        E("fire", "2023-03-07")),
    neg("s11c-neg-fired-questions", "2023-03-10",
        "Reporters fired questions at the striker on Friday after the match.",
        E("fire", "2023-03-10")),
    neg("s11c-neg-fired-workers", "2023-03-10",
        "The company fired 200 workers on Monday.",
        E("fire", "2023-03-06")),
    neg("s11c-neg-crackdown-on-evasion", "2023-03-10",
        "The finance ministry announced a crackdown on tax evasion on Monday.",
        E("crackdown", "2023-03-06")),
    neg("s11c-neg-shooting-of-film", "2023-03-10",
        "The shooting of the film in Belgrade began on Monday.",
        E("shooting", "2023-03-06")),
    # --- mass graves found and bodies exhumed ----------------------------------------------------------------
    one("s11c-began-exhuming", "grave", "2019-05-14",
        "Forensic experts began exhuming bodies from a mass grave near Sinjar on Monday.",
        E("exhum", "2019-05-13")),
    one("s11c-exhumed-bodies", "grave", "2022-04-09",
        "Investigators exhumed 57 bodies from a mass grave in Bucha on Friday.",
        E("exhum", "2022-04-08")),
    one("s11c-found-mass-grave", "grave", "2014-11-10",
        "Mexican police found a mass grave outside Iguala on Sunday.",
        E("find|found|grave", "2014-11-09")),
    one("s11c-graves-were-found", "grave", "2023-08-03",
        "The United Nations said mass graves were found near El Geneina on Tuesday.",
        E("found|grave", "2023-08-01")),
    one("s11c-burial-site-uncovered", "grave", "2022-09-20",
        "Investigators said on Tuesday they had exhumed 146 bodies at the burial site that was uncovered last week.",
        E("uncovered|find", "2022-09-12", "2022-09-18")),
    one("s11c-residents-uncovered-graves", "grave", "2022-09-18",
        "Residents uncovered the graves in the forest on Thursday, a day after the troops left.",
        E("uncovered|find", "2022-09-15")),
    one("s11c-discovery-of-grave", "grave", "2022-04-12",
        "Last week's discovery of the mass grave near the church shocked the world.",
        E("discovery", "2022-04-04", "2022-04-10")),
    one("s11c-exhuming-lends-date", "grave", "1996-07-10",
        "Forensic teams began exhuming bodies near Srebrenica on Tuesday, a year after the enclave fell.",
        E("exhum", "1996-07-09")),
    neg("s11c-neg-new-species", "2023-03-10",
        "Scientists discovered a new species of frog in the Andes on Monday.",
        E("discover", "2023-03-06")),
    neg("s11c-neg-body-in-river", "2023-03-10",
        "Police found a body in the river on Monday.",
        E("found|find", "2023-03-06")),
    neg("s11c-neg-mosaic", "2023-03-10",
        "Workers uncovered a Roman mosaic in the village on Tuesday.",
        E("uncover", "2023-03-07")),
    # --- a leader's visit ------------------------------------------------------------------------------------
    one("s11c-surprise-trip", "visit", "2023-02-21",
        "President Biden made a surprise trip to Kyiv on Monday.",
        E("trip", "2023-02-20")),
    one("s11c-surprise-visit-troops", "visit", "2024-01-05",
        "The prime minister made a surprise visit to troops in Lebanon on Thursday.",
        E("visit", "2024-01-04")),
    one("s11c-walked-through-centre", "visit", "2022-11-15",
        "President Zelensky walked through the liberated centre of Kherson on Monday.",
        E("walk", "2022-11-14")),
    one("s11c-chancellor-walked-streets", "visit", "2022-06-17",
        "Chancellor Scholz walked through the ruined streets of Irpin on Thursday.",
        E("walk", "2022-06-16")),
    one("s11c-toured-ruins", "visit", "2017-07-11",
        "Prime Minister Abadi toured the ruins of the old city of Mosul on Monday.",
        E("tour", "2017-07-10")),
    cross("s11c-x-walked-then-toured", [
        ("2022-11-14", "KHERSON (Dnipro Wire) - President Volodymyr Zelensky walked through the centre of Kherson "
                       "on Monday, three days after Russian troops left the city."),
        ("2022-11-16", "KHERSON (Steppe Ledger) - Power was back in parts of Kherson on Wednesday. Mr Zelensky, "
                       "who toured the recaptured city two days ago, promised that water would follow."),
    ], E("walk|tour", "2022-11-14")),
    # --- charges and bans told in a modifier -----------------------------------------------------------------
    one("s11c-charge-brought-against", "modifier-civil", "2023-05-04",
        "The charge of inciting unrest brought against the former prime minister on May 1 carries a three-year "
        "term.",
        E("charge", "2023-05-01")),
    one("s11c-case-filed-against-her", "modifier-civil", "2020-09-15",
        "The case of organising mass unrest filed against her on Sept. 9 could bring a 12-year sentence.",
        E("case", "2020-09-09")),
    one("s11c-curfew-that-imposed", "modifier-civil", "2022-04-02",
        "Crowds defied a curfew that the government had imposed on Friday.",
        E("curfew", "2022-04-01")),
    one("s11c-ban-reduced-relative", "modifier-civil", "2022-04-02",
        "Security forces ignored the ban on gatherings imposed on Friday.",
        E("ban", "2022-04-01")),
    one("s11c-curfew-and-ban-imposed", "modifier-civil", "2021-02-16",
        "The curfew and the ban on rallies, imposed last week, have not stopped the protests.",
        E("ban|curfew", "2021-02-08", "2021-02-14")),
    one("s11c-bans-day-earlier", "modifier-civil", "2022-09-28",
        "Police fired tear gas at students in Tehran on Tuesday, defying bans on gatherings that the authorities "
        "had imposed a day earlier.",
        E("ban|impos", "2022-09-26")),
    cross("s11c-x-charged-then-charge-brought", [
        ("2020-09-17", "MINSK - Prosecutors charged the opposition activist Maria Kolesnikova with undermining "
                       "national security on Wednesday."),
        ("2020-09-25", "MINSK - The charge of undermining national security brought against Maria Kolesnikova on "
                       "Sept. 16 carries a five-year term, her lawyers said on Friday."),
    ], E("charge", "2020-09-16")),
    neg("s11c-neg-statement-declared-fair", "2023-03-10",
        "A statement issued on Monday declared that the vote had been fair.",
        E("emergency", "2023-03-06")),
    neg("s11c-neg-charge-of-bulls", "2023-03-10",
        "The coach said the charge of the bulls on Monday was spectacular.",
        E("charge", "2023-03-06")),
    neg("s11c-neg-ban-on-imports", "2023-03-10",
        "Traders ignored the ban on imports imposed on Friday.",
        E("ban", "2023-03-10")),
    apart("s11c-apart-two-crackdowns", [
        ("2022-09-22", "Security forces fired tear gas at protesters in Tehran on Wednesday."),
        ("2022-10-01", "Security forces fired live rounds at worshippers in Zahedan on Friday."),
    ], E("fired", "2022-09-21"), E("fired", "2022-09-30")),
]

XFAIL_S11C: dict[str, str] = {
    "s11c-opened-fire-sit-in": (
        "LINK: 'opened fire on the sit-in on Monday': the date is linked to the event noun 'sit-in' (a protest, the "
        "object) rather than the verb; passed at 16:42 with the same code of part c, fails since concurrent linker "
        "changes | observed: 'Sit-in'@2019-06-03, 'Militants open fire' undated"
    ),
    "s11c-opened-fire-sit-in-outside": (
        "LINK: the date after a long object ('on the sit-in outside the defence ministry on Monday') is linked to "
        "the event noun 'sit-in' (a protest) rather than the verb 'opened fire' whose object it is | observed: "
        "'Sit-in'@2019-06-03, 'Militants open fire' undated"
    ),
}

__all__ = ["E", "ENTRIES", "XFAIL_S11C", "Entry", "apart", "cross", "neg", "one"]
