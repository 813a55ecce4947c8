"""Session-10 entries of the events conformance corpus (part e; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S10E`` with their class.
Part e: the timeline of a political crisis, civil unrest or a trial (``timeline/data/lexicon_civil.yaml``, after
the CAMEO event ontology): protests and strikes (14), arrests, curfews, states of emergency and shutdowns of
the internet (17), charges, verdicts and sentences (the trial), resignations, releases and restrictions lifted
(08); each told by one article, the same act told by two articles in other words (merged, dated), and the
senses of war news and everyday life that share their words (an air strike, a cavalry charge, stocks rallying).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, cross, neg, one

ENTRIES: list[Entry] = [
    # --- 14 PROTEST: crowds, rallies, sit-ins, hunger strikes -----------------------------------------------
    one("s10e-protesters-rallied", "civil-protest", "2022-07-11",
        "Tens of thousands of protesters rallied in central Colombo on Saturday, demanding the president's resignation.",
        E("rall", "2022-07-09")),
    one("s10e-students-demonstrated", "civil-protest", "2022-12-13",
        "Students demonstrated outside the Congress building in Lima on Monday after the president's arrest.",
        E("rall|demonstrat", "2022-12-12")),
    one("s10e-took-to-streets", "civil-protest", "2020-08-11",
        "Crowds took to the streets of Minsk on Sunday night after the election results were announced.",
        E("streets", "2020-08-09")),
    one("s10e-sit-in-staged", "civil-protest", "2013-07-02",
        "Supporters of the president staged a sit-in outside the Rabaa al-Adawiya mosque on Friday.",
        E("sit-in", "2013-06-28")),
    one("s10e-rally-held-passive", "civil-protest", "2014-01-15",
        "A mass rally was held at Victory Monument in Bangkok on Monday.",
        E("rally", "2014-01-13")),
    one("s10e-monks-marched", "civil-protest", "2007-09-25",
        "Thousands of monks marched through Yangon on Monday in the largest protest in two decades.",
        E("rall|march", "2007-09-24")),
    # --- strike action -------------------------------------------------------------------------------------
    one("s10e-doctors-on-strike", "civil-strike", "2022-06-08",
        "Government doctors went on strike on Tuesday over shortages of medicines.",
        E("strike", "2022-06-07")),
    one("s10e-unions-general-strike", "civil-strike", "2019-11-22",
        "The trade unions called a general strike on Thursday against the interim government.",
        E("strike", "2019-11-21")),
    one("s10e-dockers-walked", "civil-strike", "2023-03-10",
        "Dockers walked off the job in Le Havre on Tuesday over the pension reform.",
        E("walk", "2023-03-07")),
    # --- 17 COERCE: arrests -------------------------------------------------------------------------------
    one("s10e-rounded-up", "civil-arrest", "2021-01-08",
        "Police rounded up 53 opposition activists across Hong Kong on Wednesday.",
        E("round", "2021-01-06")),
    one("s10e-taken-into-custody", "civil-arrest", "2022-12-09",
        "The ousted president was taken into custody in Lima on Wednesday.",
        E("arrest|custody", "2022-12-07")),
    # --- curfews, states of emergency -----------------------------------------------------------------------
    one("s10e-curfew-imposed", "civil-curfew", "2022-04-03",
        "The army imposed a curfew on Colombo on Friday after protesters tried to storm the president's home.",
        E("curfew", "2022-04-01")),
    one("s10e-curfew-passive", "civil-curfew", "2013-08-16",
        "A dusk-to-dawn curfew was imposed in Cairo on Wednesday.",
        E("curfew", "2013-08-14")),
    one("s10e-curfew-extended", "civil-curfew", "2019-11-13",
        "The interim authorities extended the curfew in La Paz on Tuesday.",
        E("curfew", "2019-11-12")),
    one("s10e-curfew-lifted", "civil-curfew", "2014-06-14",
        "The junta lifted the nightly curfew in Pattaya and Phuket on Friday.",
        E("curfew|lift", "2014-06-13")),
    one("s10e-emergency-imposed", "civil-emergency", "2010-04-09",
        "The government imposed a state of emergency in Bangkok on Wednesday as red-shirt protesters stormed parliament.",
        E("emergency|impose", "2010-04-07")),
    one("s10e-emergency-declared", "civil-emergency", "2022-07-14",
        "The acting president declared a state of emergency on Wednesday.",
        E("declar", "2022-07-13")),
    one("s10e-emergency-lifted", "civil-emergency", "2022-08-19",
        "The state of emergency was lifted on Thursday.",
        E("lift", "2022-08-18")),
    # --- shutdowns of the internet and the media ------------------------------------------------------------
    one("s10e-internet-cut", "civil-shutdown", "2020-08-11",
        "The authorities cut internet access across Belarus on Sunday evening.",
        E("internet", "2020-08-09")),
    one("s10e-mobile-data-passive", "civil-shutdown", "2021-02-02",
        "Mobile internet was cut in Naypyidaw on Monday.",
        E("internet", "2021-02-01")),
    one("s10e-plug-pulled", "civil-shutdown", "2021-02-05",
        "The junta pulled the plug on Facebook on Thursday.",
        E("plug|facebook", "2021-02-04")),
    one("s10e-stations-off-air", "civil-shutdown", "2013-07-05",
        "The army took three Islamist television stations off the air on Wednesday night.",
        E("air|station", "2013-07-03")),
    # --- the trial: charges, hearings, verdicts, sentences ----------------------------------------------------
    one("s10e-charged-with", "civil-trial", "2020-12-14",
        "Prosecutors charged the media tycoon with collusion with foreign forces on Friday.",
        E("charge", "2020-12-11")),
    one("s10e-indicted", "civil-trial", "2015-02-20",
        "A grand jury indicted the former governor on bribery charges on Thursday.",
        E("indict", "2015-02-19")),
    one("s10e-appeared-in-court", "civil-trial", "2021-06-15",
        "The deposed leader appeared in court in Naypyidaw for the first time on Monday.",
        E("court", "2021-06-14")),
    one("s10e-convicted", "civil-trial", "2021-02-03",
        "A Moscow court convicted the opposition leader of parole violations on Tuesday.",
        E("convict", "2021-02-02")),
    one("s10e-acquitted", "civil-trial", "2014-11-30",
        "A Cairo court acquitted the former president of the killing of protesters on Saturday.",
        E("acquit", "2014-11-29")),
    one("s10e-found-guilty", "civil-trial", "2017-09-28",
        "The Supreme Court found the former prime minister guilty of negligence on Wednesday.",
        E("guilty|find", "2017-09-27")),
    one("s10e-sentenced", "civil-trial", "2021-12-07",
        "The junta's court sentenced the deposed leader to four years in prison on Monday.",
        E("sentence", "2021-12-06")),
    one("s10e-jailed-for", "civil-trial", "2020-12-03",
        "The student activist was jailed for 13 months on Wednesday.",
        E("jail", "2020-12-02")),
    # --- 08 YIELD: resignations, releases --------------------------------------------------------------------
    one("s10e-stepped-down", "civil-yield", "2019-11-11",
        "The president stepped down on Sunday after the army chief urged him to go.",
        E("step", "2019-11-10")),
    one("s10e-released-on-bail", "civil-yield", "2021-03-05",
        "The opposition leader was released on bail on Thursday.",
        E("releas", "2021-03-04")),
    one("s10e-pardoned", "civil-yield", "2020-01-08",
        "The president pardoned 600 prisoners on Tuesday.",
        E("pardon", "2020-01-07")),
    # --- the nouns of the trial and of the shutdown, dated by their own phrase ------------------------------------
    one("s10e-acquittal-noun", "civil-trial", "2014-12-01",
        "His acquittal on Saturday angered the families of the victims.",
        E("acquittal", "2014-11-29")),
    one("s10e-shutdown-noun", "civil-shutdown", "2019-06-05",
        "The internet shutdown in Khartoum on Monday cut off millions of people.",
        E("shutdown", "2019-06-03")),
    one("s10e-nationwide-strike-noun", "civil-strike", "2022-12-20",
        "The nationwide strike on Monday closed schools and markets across southern Peru.",
        E("strike", "2022-12-19")),
    # --- the same act told by two articles ---------------------------------------------------------------------
    cross("s10e-x-curfew", [
        ("2022-04-02", "The army imposed a curfew in Colombo on Friday evening."),
        ("2022-04-03", "A curfew was imposed in Colombo on Friday after crowds gathered outside the president's home."),
    ], E("curfew", "2022-04-01")),
    cross("s10e-x-internet", [
        ("2020-08-10", "Authorities cut internet access across Belarus on Sunday as polls closed."),
        ("2020-08-11", "Internet access was cut across Belarus on Sunday, monitors said."),
    ], E("internet", "2020-08-09")),
    cross("s10e-x-sentence", [
        ("2021-12-06", "A court in Naypyidaw sentenced Aung San Suu Kyi to four years in prison on Monday."),
        ("2021-12-07", "Aung San Suu Kyi was sentenced to four years in prison on Monday for incitement."),
    ], E("sentence", "2021-12-06")),
    cross("s10e-x-charge", [
        ("2019-11-23", "Bolivian prosecutors charged Evo Morales with terrorism on Friday."),
        ("2019-11-24", "Evo Morales was charged with terrorism and sedition on Friday."),
    ], E("charge", "2019-11-22")),
    cross("s10e-x-strike", [
        ("2019-08-06", "Unions staged a general strike across Hong Kong on Monday."),
        ("2019-08-07", "Unions went on strike across Hong Kong on Monday, closing shops and blocking roads."),
    ], E("strike", "2019-08-05")),
    cross("s10e-x-resign", [
        ("2019-11-11", "The president stepped down on Sunday."),
        ("2019-11-12", "The president resigned on Sunday under pressure from the army."),
    ], E("resign|step", "2019-11-10")),
    # --- what must not be read as unrest or a trial -----------------------------------------------------------
    neg("s10e-n-stocks-rallied", "2022-07-12", "Stocks rallied in Tokyo on Monday.", E("rall", "2022-07-11")),
    neg("s10e-n-air-strike", "2022-07-12", "Russian jets carried out a strike on the town on Monday.",
        E("go on strike|call", "2022-07-11")),
    neg("s10e-n-cavalry-charge", "2022-07-12", "The cavalry charge failed on Monday.", E("charge", "2022-07-11")),
    neg("s10e-n-fee-charged", "2022-07-12", "The bank charged a fee on Monday.", E("charge", "2022-07-11")),
    neg("s10e-n-grammar", "2022-07-12", "He wrote a long sentence on the board on Monday.",
        E("sentence", "2022-07-11")),
    neg("s10e-n-budget-cut", "2022-07-12", "The ministry cut fuel subsidies on Monday.", E("internet", "2022-07-11")),
    neg("s10e-n-factory", "2022-07-12", "The factory was shut down on Monday.", E("shut", "2022-07-11")),
    neg("s10e-n-stage", "2022-07-12", "The singer stepped down from the stage on Monday.", E("step", "2022-07-11")),
    neg("s10e-n-diplomatic-protest", "2022-07-12", "The foreign ministry protested the decision on Monday.",
        E("rall", "2022-07-11")),
]

#: id -> "CLASS: cause | observed: ..." for the entries the engine fails today.
XFAIL_S10E: dict[str, str] = {
}
