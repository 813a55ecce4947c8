"""Session-9 entries of the events conformance corpus (part b; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S9B`` with their class.
Part b: event words of war news (prisoner exchanges, halts by order or decree, peace plans, crossings, falls
told as surrenders).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, cross, neg, one

ENTRIES: list[Entry] = [
    # --- prisoner exchanges -------------------------------------------------------------------------
    one("s9b-exchanged-pows", "verbal", "2022-09-22",
        "Ukraine and Russia exchanged 215 prisoners of war on Wednesday in a deal brokered by Turkey.",
        E("exchang|prisoner", "2022-09-21")),
    one("s9b-swapped-bodies", "verbal", "2006-07-19",
        "The army and the militia swapped the bodies of fallen fighters at the crossing on Tuesday.",
        E("exchang|swap|bodies|release", "2006-07-18")),
    one("s9b-swap-possessive", "possessive", "2023-12-14",
        "Wednesday's swap of prisoners at the border was the first since the war.",
        E("swap|prisoner", "2023-12-13")),
    cross("s9b-x-exchanged-swap", [
        ("2019-09-08", "Kyiv and Moscow exchanged 35 prisoners each on Saturday at Vnukovo airport, officials said."),
        ("2019-09-09", "Saturday's exchange of prisoners was hailed in both capitals as a first step."),
    ], E("exchang|swap|prisoner", "2019-09-07")),
    neg("s9b-neg-exchanged-fire", "2014-12-27",
        "The army and the rebels exchanged fire across the river on Friday.",
        E("releas|prisoner|swap")),
    neg("s9b-neg-prisoners-of-war", "2003-03-25",
        "Prisoners of war were paraded on television on Monday.",
        E("war", "2003-03-24")),
    # --- halts by order or decree ---------------------------------------------------------------------
    one("s9b-ordered-halt", "verbal", "2008-08-13",
        "President Medvedev ordered a halt to the military operation in Georgia on Tuesday.",
        E("halt", "2008-08-12")),
    one("s9b-declared-end", "verbal", "2003-05-03",
        "President Bush declared an end to major combat operations in Iraq on Thursday.",
        E("end to|halt", "2003-05-01")),
    one("s9b-announced-suspension", "verbal", "2024-04-06",
        "The junta announced a suspension of its offensive in the north on Friday.",
        E("suspension|halt", "2024-04-05")),
    one("s9b-announced-over", "reported", "2008-08-13",
        "The Kremlin announced on Tuesday that its operation in Georgia was over.",
        E("end to|halt|over", "2008-08-12")),
    cross("s9b-x-ordered-announced", [
        ("2008-08-12", "President Medvedev ordered a halt to the military operation in Georgia on Tuesday."),
        ("2008-08-13", "The Kremlin announced on Tuesday that its operation in Georgia was over."),
    ], E("halt|end to", "2008-08-12")),
    neg("s9b-neg-would-be-over", "2017-07-10",
        "The minister said on Monday the operation would be over by Friday.",
        E("halt|end to|suspension")),
    # --- peace plans ----------------------------------------------------------------------------------
    one("s9b-plan-possessive", "possessive", "2015-02-13",
        "Thursday's peace plan, brokered by the German chancellor, obliges both sides to withdraw heavy weapons.",
        E("plan", "2015-02-12")),
    one("s9b-plan-signed", "verbal", "2014-09-06",
        "Both sides signed a twelve-point peace plan in Minsk on Friday.",
        E("plan|sign", "2014-09-05")),
    cross("s9b-x-plan-agreed", [
        ("2008-08-13", "The two presidents agreed a six-point peace plan in Moscow on Tuesday."),
        ("2008-08-14", "Tuesday's peace plan, brokered by the French president, sets no deadline for a withdrawal."),
    ], E("plan|agree", "2008-08-12")),
    neg("s9b-neg-plan-rejected", "2012-04-03",
        "Russia's peace plan was presented to the council on Monday.",
        E("plan")),
    # --- crossings --------------------------------------------------------------------------------------
    one("s9b-rolled-across", "verbal", "2019-10-10",
        "Turkish tanks rolled across the border into northern Syria on Wednesday.",
        E("move|roll|cross", "2019-10-09")),
    one("s9b-poured-across", "verbal", "1990-08-03",
        "Iraqi troops poured across the frontier on Thursday and reached the capital within hours.",
        E("move|pour|cross", "1990-08-02")),
    one("s9b-thrust-possessive", "possessive", "2014-08-23",
        "Yesterday's thrust by Russian armour into eastern Ukraine alarmed NATO.",
        E("thrust|offensive", "2014-08-22")),
    neg("s9b-neg-red-line", "2013-08-24",
        "The regime has crossed a red line, the minister said on Friday.",
        E("*")),
    neg("s9b-neg-refugees-poured", "2015-09-05",
        "Refugees poured across the border on Friday.",
        E("*")),
    # --- falls told as surrenders -----------------------------------------------------------------------
    one("s9b-surrendered-to", "verbal", "1995-07-12",
        "Srebrenica surrendered to Bosnian Serb forces on Tuesday.",
        E("captur|fall|srebrenica", "1995-07-11")),
    cross("s9b-x-seized-surrendered", [
        ("2021-08-14", "Taliban fighters seized Kandahar on Friday, officials said."),
        ("2021-08-15", "Kandahar surrendered to the Taliban on Friday without a fight."),
    ], E("seiz|captur|kandahar", "2021-08-13")),
    cross("s9b-x-fell-seized", [
        ("2013-01-14", "Islamist fighters seized the town of Konna on Thursday."),
        ("2013-01-15", "Konna fell to the Islamists on Thursday after a day of fighting."),
    ], E("seiz|captur|fell|konna", "2013-01-10")),
    neg("s9b-neg-prices-fell", "2014-06-11",
        "Oil prices fell by 5% on Tuesday.",
        E("*")),
]

XFAIL_S9B: dict[str, str] = {
}
