"""Session-13 entries of the events conformance corpus (part c; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S13C`` with their class.
Part c: acts of crises told in words the lexicon lacked - a surrender told reflexively ("gave themselves up",
"turned himself in"), a person put into a post ("named X to the post", "his choice of X as prime minister"), a
leader's word that he will not run again (told by the saying), speeches ("a televised address"), assets frozen,
an army deployed or sent in, a referendum held; and their tellings across articles (one person's act named by
both, a month-wide "who gave himself up last month", a speech of one day, the uprising that began with the
protests of its first day).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a surrender told reflexively ---------------------------------------------------------------------
    one("s13c-gave-themselves-up", "surrender-reflexive", "2009-05-20",
        "Two senior rebel commanders gave themselves up to government troops on Monday.",
        E("surrender", "2009-05-18")),
    one("s13c-turned-himself-in", "surrender-reflexive", "2013-03-21",
        "The former warlord turned himself in at the tribunal in The Hague on Wednesday.",
        E("surrender", "2013-03-20")),
    one("s13c-handed-themselves-over", "surrender-reflexive", "2019-03-02",
        "More than 300 fighters handed themselves over to the Kurdish-led forces on Thursday.",
        E("surrender", "2019-02-28")),
    neg("s13c-neg-gave-up-gains", "2011-02-01", "The market gave up its gains on Monday.", E("surrender")),
    cross("s13c-x-surrender-last-month", [
        ("2010-04-08", "The rebel spokesman, Manuel Ortega, gave himself up to the army on Wednesday."),
        ("2010-05-20", "Among the rebel officials now in custody is Manuel Ortega, who gave himself up last month.")],
        E("surrender", "2010-04-07")),
    # --- appointments ---------------------------------------------------------------------------------------
    one("s13c-named-to-the-post", "appointment", "2015-01-10",
        "The king named Ahmed Saleh to the post on Friday, filling it after two years.",
        E("appointment of ahmed saleh", "2015-01-09")),
    one("s13c-choice-of-as", "appointment", "2020-08-20",
        "Protesters rejected the general's choice of his deputy, Amadou Konate, as prime minister on Wednesday.",
        E("appointment of amadou konate", "2020-08-19")),
    one("s13c-appointed-reduced-relative", "appointment", "2014-02-25",
        "Oleksandr Turchynov, appointed acting president on Sunday, has called for unity.",
        E("appointment of oleksandr turchynov", "2014-02-23")),
    neg("s13c-neg-named-after", "2019-04-03", "The street was named after a local poet on Monday.", E("appoint")),
    cross("s13c-x-appointment-surname", [
        ("2012-03-05", "The president named Mensah to the post yesterday, the first vice president in a decade."),
        ("2012-03-06", "Kwame Mensah, appointed vice president on Sunday, met the opposition today.")],
        E("appointment", "2012-03-04")),
    # --- a decision not to run again ------------------------------------------------------------------------
    one("s13c-said-would-not-run", "not-running", "2019-04-03",
        "The army chief said on Tuesday that he would not run for another term in next year's election.",
        E("re-election", "2019-04-02")),
    one("s13c-ruled-out-running", "not-running", "2016-12-02",
        "The president ruled out running again on Thursday.", E("re-election", "2016-12-01")),
    neg("s13c-neg-would-run-again", "2019-04-03",
        "The president said on Tuesday that he would run again in next year's election.", E("re-election")),
    cross("s13c-x-not-run-and-pledge", [
        ("2016-09-21", "President Joseph Kabila said late on Tuesday that he would not run for a third term."),
        ("2016-09-22", "Clashes erupted in the capital less than a day after Kabila's pledge on Tuesday night not to "
                       "seek re-election.")],
        E("re-election|pledge", "2016-09-20")),
    # --- speeches -------------------------------------------------------------------------------------------
    one("s13c-televised-speech", "speech", "2011-03-01",
        "The king said in a televised speech on Sunday that he had dismissed the cabinet.", E("speech", "2011-02-27")),
    one("s13c-addressed-the-nation", "speech", "2019-04-03",
        "The president addressed the nation on Tuesday evening and promised reforms.", E("address", "2019-04-02")),
    neg("s13c-neg-speech-therapist", "2022-02-22",
        "She works as a speech therapist in Kyiv; she moved there on Monday.", E("speech")),
    cross("s13c-x-speech-one-day", [
        ("2019-04-03", "The president spoke in a televised address late on Tuesday, offering to transfer powers to "
                       "the army."),
        ("2019-04-04", "The president resigned on Wednesday, a day after a defiant speech in which he had offered "
                       "only to transfer powers to a council.")],
        E("speech", "2019-04-02")),
    apart("s13c-apart-two-speakers", [
        ("2019-04-03", "President Ramon Ortiz spoke in a televised address late on Tuesday, offering to transfer "
                       "powers to the army."),
        ("2019-04-04", "Senator Maria Lopez resigned on Wednesday, a day after a defiant speech in which she had "
                       "attacked the budget.")],
        E("speech", "2019-04-02"), E("speech", "2019-04-02")),
    # --- assets frozen, an army deployed, a vote held --------------------------------------------------------
    one("s13c-froze-assets", "sanctions-freeze", "2011-03-01",
        "Switzerland froze the assets of the ousted leader and his family on Monday.", E("freez", "2011-02-28")),
    neg("s13c-neg-froze-hiring", "2019-04-03", "The bank froze hiring on Monday.", E("sanction|freez")),
    one("s13c-army-deployed-relative", "deployment", "2011-01-30",
        "The army, deployed on Friday night after the police vanished, has stood aside.",
        E("deployed", "2011-01-28")),
    one("s13c-ordered-onto-streets", "deployment", "2020-06-02",
        "The president ordered the army onto the streets on Monday.", E("troops|army", "2020-06-01")),
    neg("s13c-neg-deployed-software", "2019-11-11", "The company deployed new software on Sunday.", E("*")),
    one("s13c-referendum-held", "vote-held", "2016-06-25",
        "The referendum held on Thursday split the country.", E("vote|referendum", "2016-06-23")),
    # --- the uprising that began with the protests of its first day ----------------------------------------
    cross("s13c-x-uprising-began-with-marches", [
        ("2011-01-26", "Thousands of protesters poured onto the streets of Sanaa on Tuesday to demand the president's "
                       "departure."),
        ("2011-03-01", "The uprising that began on January 25 with marches organised by students has spread to the "
                       "south.")],
        E("protest|uprising|streets", "2011-01-25")),
]

XFAIL_S13C: dict[str, str] = {}
