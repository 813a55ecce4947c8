"""Session-9 entries of the events conformance corpus (part a; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S9A`` with their class.
Part a: who and what of an event (participants) in constructions where the merge across articles
needs the right target: a relative clause's antecedent, a passive's subject, "A's withdrawal from B",
a capital told for its government, the recipient of an offer.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a relative clause's antecedent is the target of its verb ---------------------------------------
    cross("s9a-x-which-rebels-took", [
        ("2012-04-02", "Tuareg rebels captured Kidal on Friday after government troops abandoned their barracks."),
        ("2012-04-05", "Kidal, which the rebels captured on Friday, is now cut off from the south."),
    ], E("captur", "2012-03-30")),
    cross("s9a-x-the-port-which", [
        ("2018-06-15", "Coalition-backed forces captured the port of Hodeidah on Wednesday after days of fighting."),
        ("2018-06-18", "The port, which the coalition-backed forces captured on Wednesday, handles most of the "
                       "country's food imports."),
    ], E("captur", "2018-06-13")),
    cross("s9a-x-which-fell-ago", [
        ("2015-05-18", "Islamic State fighters captured Ramadi on Sunday after government forces fled the city."),
        ("2015-05-24", "Ramadi, which fell a week ago, is now an empty city."),
    ], E("captur|fell|fall", "2015-05-17")),
    cross("s9a-x-reduced-relative", [
        ("2022-11-12", "Ukrainian forces retook Kherson on Friday as Russian troops crossed the river."),
        ("2022-11-15", "In Kherson, retaken on Friday, residents queued for water and bread."),
    ], E("retak|retook|captur", "2022-11-11")),
    cross("s9a-x-which-they-entered-ago", [
        ("2020-11-09", "Azerbaijani troops entered Shusha on Sunday after days of fighting in the hills."),
        ("2020-11-11", "Azerbaijani soldiers patrolled Shusha, which they entered three days ago."),
    ], E("enter", "2020-11-08")),
    cross("s9a-x-reduced-by-agent", [
        ("2012-11-21", "M23 rebels captured Goma on Tuesday after UN peacekeepers stood aside."),
        ("2012-11-23", "Goma, captured by M23 rebels on Tuesday, was calm on Thursday as shops reopened."),
    ], E("captur", "2012-11-20")),
    # --- the subject of a passive is the target -----------------------------------------------------------
    cross("s9a-x-was-overrun", [
        ("2015-05-18", "Islamic State fighters overran Ramadi on Sunday after government forces fled the city."),
        ("2015-05-19", "Ramadi was overrun on Sunday after its defenders pulled out under a sandstorm."),
    ], E("overr|overran", "2015-05-17")),
    one("s9a-passive-overrun-day", "passive", "2023-05-22",
        "Bakhmut was overrun on Saturday after ten months of fighting, the defence ministry said.",
        E("overr", "2023-05-20")),
    # --- "A's withdrawal from B" --------------------------------------------------------------------------
    cross("s9a-x-pullout-from", [
        ("2005-09-12", "Israel completed its pullout from Gaza on Monday, ending 38 years of occupation."),
        ("2005-09-15", "Israel's pullout from Gaza three days ago left the settlements empty."),
    ], E("pullout|withdr", "2005-09-12")),
    cross("s9a-x-withdrawal-from-unknown-town", [
        ("2020-11-26", "Armenian forces pulled out of Agdam on Friday under the truce brokered by Moscow."),
        ("2020-11-29", "Armenia's withdrawal from Agdam two days earlier left the town in ruins."),
    ], E("pull|withdr", "2020-11-20")),
    one("s9a-possessive-retreat-from", "possessive", "2022-07-05",
        "The army's retreat from Lysychansk on Sunday left the whole region in Russian hands.",
        E("retreat", "2022-07-03")),
    # --- a capital told for its government is not the place ----------------------------------------------
    apart("s9a-a-capital-government", [
        ("2014-07-20", "Separatists shot down a passenger jet over Donetsk on Thursday. Relations between Moscow "
                       "and the West were at their lowest point since the Cold War."),
        ("2014-07-22", "Police dispersed a protest in Moscow on Monday."),
    ], E("shot|shoot", "2014-07-17"), E("dispers", "2014-07-21")),
    neg("s9a-n-no-fighting-in-capital", "2022-04-05",
        "NATO ministers said there could be no business as usual with Moscow. The fighting, which erupted six "
        "weeks ago, has displaced millions.",
        E("moscow")),
    neg("s9a-n-relations-between-capitals", "2017-10-18",
        "Relations between Baghdad and Erbil soured after the referendum. The clashes erupted on Monday.",
        E("baghdad")),
    # --- the recipient of an offer is not the actor -------------------------------------------------------
    one("s9a-offered-recipient", "possessive", "2014-06-22",
        "President Petro Poroshenko had offered the separatists a week-long ceasefire on Friday.",
        E("ceasefire|truce", "2014-06-20")),
]

XFAIL_S9A: dict[str, str] = {}
