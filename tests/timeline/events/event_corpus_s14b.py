"""Session-14 entries of the events conformance corpus (part b; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S14B`` with their class.
Part b: naval and amphibious acts (``timeline/data/lexicon_naval.yaml``, ``timeline/_events/_naval.py``): a fleet or
a ship sailing from a port, a ship sunk, torpedoed, hit or lost, told by a verb or by "the loss / the sinking of
the <class> X", troops landed from the sea ("went ashore", "put its troops ashore", "a beachhead set up nine days
ago"); the verbal and nominal tellings of two articles merge on the ship's name (its navy's prefix left out) or the
port; two dates of one landing are one event (so reasoning reports the disagreement); and what must not fire
("shares sank", "the plan was torpedoed", "landed a job").
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a ship sunk, torpedoed, hit: told by a verb ------------------------------------------------------------
    one("s14b-cruiser-torpedoed-sunk", "naval", "1941-12-11",
        "The battleship Prince of Wales was torpedoed and sunk by Japanese aircraft off Malaya on Wednesday, the "
        "Admiralty said.",
        E("sunk|sink|torpedoed", "1941-12-10")),
    one("s14b-flagship-sank-after-hit", "naval", "2022-04-15",
        "The Russian flagship Moskva sank on Thursday after being hit by two Ukrainian missiles, officials in "
        "Kyiv said.",
        E("sank|sink|moskva", "2022-04-14")),
    one("s14b-destroyer-struck-missile", "naval", "1967-10-22",
        "The Israeli destroyer Eilat was struck by Egyptian missiles off Port Said on Saturday and sank within "
        "hours.",
        E("struck|eilat", "1967-10-21")),
    one("s14b-destroyer-struck-off-coast", "naval", "1967-10-22",
        "The Israeli destroyer Eilat was struck by Egyptian missiles off the Sinai coast on Saturday and sank within "
        "hours.",
        E("struck|eilat", "1967-10-21")),
    one("s14b-sent-to-bottom", "naval", "1941-05-28",
        "The German battleship Bismarck was sent to the bottom by British warships on Tuesday.",
        E("bottom|bismarck|sink", "1941-05-27")),
    one("s14b-sinking-the-frigate", "naval", "1943-03-10",
        "German U-boats attacked the convoy on Monday, sinking the freighter Empire Star and damaging two escorts.",
        E("sink|empire star|convoy", "1943-03-08")),
    one("s14b-destroyer-hit-by-bomb", "naval", "2000-10-13",
        "The destroyer USS Cole was hit by a suicide boat packed with explosives in Aden harbour on Thursday.",
        E("cole", "2000-10-12")),
    one("s14b-crippled-submarine", "naval", "1982-04-27",
        "Helicopters crippled the submarine Santa Fe off the island on Sunday, the ministry said.",
        E("crippl|santa fe", "1982-04-25")),
    # --- a departure by sea --------------------------------------------------------------------------------------
    one("s14b-fleet-sailed-from", "naval", "1944-06-06",
        "The invasion fleet sailed from Portsmouth and Southampton on Monday night, the Admiralty said.",
        E("sail", "1944-06-05")),
    one("s14b-carrier-sailed-out-of", "naval", "2003-03-05",
        "The aircraft carrier Theodore Roosevelt sailed out of Norfolk on Tuesday bound for the Mediterranean.",
        E("sail", "2003-03-04")),
    one("s14b-whose-ships-sailed-ago", "naval", "1950-09-16",
        "The landing was the first success for the task force, whose leading ships sailed from Sasebo a week ago.",
        E("sail", "1950-09-04", "1950-09-12")),
    # --- landings from the sea -----------------------------------------------------------------------------------
    one("s14b-went-ashore", "landing", "1944-06-07",
        "American and British troops went ashore on the beaches of Normandy early yesterday, the supreme command "
        "said.",
        E("ashore|land", "1944-06-06")),
    one("s14b-waded-ashore", "landing", "1915-04-26",
        "Australian and New Zealand troops waded ashore at Gallipoli on Sunday under heavy Turkish fire.",
        E("ashore|land", "1915-04-25")),
    one("s14b-landed-marines-at", "landing", "1950-09-16",
        "The US Navy landed 13,000 marines at Inchon on Friday, cutting North Korean supply lines.",
        E("land", "1950-09-15")),
    one("s14b-beachhead-set-up-ago", "landing", "1944-06-15",
        "Units from the beachhead, set up nine days ago, are now pushing inland towards Caen.",
        E("beachhead|land", "1944-06-06")),
    # --- two articles, one act -----------------------------------------------------------------------------------
    cross("s14b-x-loss-of-destroyer", [
        ("1982-05-06", "The destroyer HMS Glamorgan was struck by a missile fired from the shore on Tuesday, the "
                       "ministry said."),
        ("1982-05-20", "The fleet has been on alert since the loss of the destroyer Glamorgan on May 4."),
    ], E("glamorgan", "1982-05-04")),
    cross("s14b-x-sunk-then-bottom", [
        ("1941-05-28", "The German battleship Bismarck was sunk by British warships on Tuesday, the Admiralty said."),
        ("1941-05-30", "The raid came three days after the battleship Bismarck was sent to the bottom by British "
                       "warships."),
    ], E("bismarck", "1941-05-27")),
    cross("s14b-x-sailed-ago", [
        ("1950-09-05", "The cruisers Rochester and Toledo sailed from Sasebo on Monday at the head of a task force."),
        ("1950-09-25", "It is the first success for the task force, whose leading ships sailed from Sasebo three "
                       "weeks ago."),
    ], E("sail", "1950-09-04")),
    cross("s14b-x-ashore-then-put-ashore", [
        ("1944-06-07", "Allied troops went ashore at Omaha Beach early yesterday and have built a firm beachhead."),
        ("1944-06-16", "Units from that beachhead, set up ten days ago, are now pushing towards Caen."),
    ], E("ashore|beachhead|land", "1944-06-06")),
    cross("s14b-x-sinking-of-the", [
        ("2022-04-15", "The Russian cruiser Moskva was sunk by two Ukrainian missiles on Thursday, Kyiv said."),
        ("2022-04-25", "Russian warships have kept away from the coast since the sinking of the cruiser Moskva on "
                       "April 14."),
    ], E("moskva", "2022-04-14")),
    apart("s14b-a-two-fresh-landings", [
        ("1944-06-07", "Allied troops landed at Omaha Beach on Tuesday."),
        ("1944-06-20", "Fresh troops landed at Omaha Beach on Monday."),
    ], E("land", "1944-06-06"), E("land", "1944-06-19")),
    # --- what must not fire --------------------------------------------------------------------------------------
    neg("s14b-n-shares-sank", "2008-10-07", "Shares sank on Monday as the bank bailout stalled.", E("sank|sink")),
    neg("s14b-n-deal-sank", "2019-03-13", "The deal sank in parliament on Tuesday after a second defeat.",
        E("sank|sink")),
    neg("s14b-n-plan-torpedoed", "2017-07-29", "The health plan was torpedoed by three senators on Friday.",
        E("torpedo")),
    neg("s14b-n-landed-a-job", "2021-02-02", "Her son landed a job at the port on Monday.", E("land")),
    neg("s14b-n-news-landed", "2020-11-05", "The news landed badly in the capital on Wednesday.", E("land")),
    neg("s14b-n-shipshape", "2018-04-04", "The minister said on Tuesday that his ship-shape plan would sail through "
        "parliament.", E("sail")),
    neg("s14b-n-sailed-through", "2016-06-08", "The bill sailed through the senate on Tuesday.", E("sail")),
    neg("s14b-n-loss-of-face", "2012-08-09", "The loss of face over the affair on Monday cost him his seat.",
        E("loss|sink")),
]

XFAIL_S14B: dict[str, str] = {
    "s14b-destroyer-struck-missile": "LINK: a place named with a reporting verb ('off Port Said on Saturday') reads "
                                     "as 'said on Saturday', whose date the report absorbs | observed: 'struck' "
                                     "undated, no event",
}
