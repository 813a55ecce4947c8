"""Session-9 entries of the events conformance corpus (part c; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S9C`` with their class.

Part c is about one act told by two articles in different words (cross) and about different acts that
look alike and must stay apart (apart): the same-day merge of ``timeline/_events/_sameday.py``.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross

ENTRIES: list[Entry] = [
    # --- cross: one act, one day, two articles ---------------------------------------------------------
    # the actor read as a place (the object of "against" taken for the actor) on one side
    cross("s9c-x-offensive-against-forces", [
        ("2024-05-11", "Russia launched a new ground offensive against Ukrainian forces in the Kharkiv region on "
                       "Friday."),
        ("2024-05-14", "Russia's offensive in the Kharkiv region, which began on Friday, has forced thousands to "
                       "flee their homes."),
    ], E("offensive", "2024-05-10")),
    cross("s9c-x-operation-against-groups", [
        ("2023-07-04", "Israel launched a large military operation against armed groups in Jenin on Monday."),
        ("2023-07-06", "Israel began its operation in Jenin on Monday, the army said."),
    ], E("operation", "2023-07-03")),
    cross("s9c-x-operation-northern-iraq", [
        ("2022-04-19", "Turkey launched an air and ground operation against Kurdish militants in northern Iraq "
                       "on Sunday."),
        ("2022-04-21", "Turkey's operation in northern Iraq, which began on Sunday, has drawn protests from "
                       "Baghdad."),
    ], E("operation", "2022-04-17")),
    cross("s9c-x-operation-tigray", [
        ("2020-11-05", "Ethiopia launched a military operation in Tigray on Wednesday."),
        ("2020-11-12", "Ethiopia's offensive in Tigray, launched on November 4, has driven thousands across the "
                       "border into Sudan."),
    ], E("operation|offensive", "2020-11-04")),
    cross("s9c-x-operation-waziristan", [
        ("2014-06-16", "Pakistan launched a military operation in North Waziristan on Sunday."),
        ("2014-06-20", "Pakistan's offensive in North Waziristan, launched on June 15, has displaced hundreds of "
                       "thousands."),
    ], E("operation|offensive", "2014-06-15")),
    # the city on one side, the country (in the actor's name) on the other
    cross("s9c-x-resignation-colombo", [
        ("2022-07-15", "Sri Lanka's president resigned on Thursday after months of protests over the economic "
                       "crisis."),
        ("2022-07-16", "The president's resignation on Thursday brought jubilant crowds onto the streets of "
                       "Colombo."),
    ], E("resign", "2022-07-14")),
    cross("s9c-x-resignation-beirut", [
        ("2019-10-30", "Lebanon's prime minister resigned on Tuesday in the face of mass protests."),
        ("2019-11-01", "The prime minister's resignation on Tuesday was greeted with cheers in Beirut."),
    ], E("resign", "2019-10-29")),
    cross("s9c-x-coup-niamey", [
        ("2023-07-27", "Niger's presidential guard seized power in a coup on Wednesday."),
        ("2023-07-28", "The coup on Wednesday in Niamey drew swift condemnation from West African leaders."),
    ], E("coup", "2023-07-26")),
    cross("s9c-x-coup-libreville", [
        ("2023-08-31", "Gabon's army seized power in a coup on Wednesday."),
        ("2023-09-01", "The coup on Wednesday in Libreville ended more than five decades of one family's rule."),
    ], E("coup", "2023-08-30")),
    cross("s9c-x-resignation-kathmandu", [
        ("2025-09-10", "Nepal's prime minister resigned on Tuesday after deadly protests."),
        ("2025-09-11", "The prime minister's resignation on Tuesday did little to calm the streets of Kathmandu."),
    ], E("resign", "2025-09-09")),
    # one city, two names (the gazetteer knows them for one)
    cross("s9c-x-rostov-two-names", [
        ("2024-04-03", "Ukrainian drones struck an oil depot in Rostov-on-Don on Tuesday, officials said."),
        ("2024-04-05", "Drones struck Rostov on Tuesday, setting a fuel tank ablaze."),
    ], E("struck|strike", "2024-04-02")),
    # one side names nobody
    cross("s9c-x-capture-homs-unnamed", [
        ("2024-12-09", "Rebel fighters captured the city of Homs on Saturday after a lightning advance."),
        ("2024-12-10", "The capture of Homs on Saturday cut the capital off from the coast."),
    ], E("captur", "2024-12-07")),
    cross("s9c-x-withdrawal-soledar", [
        ("2023-01-26", "Ukrainian troops withdrew from Soledar on Wednesday, the military said."),
        ("2023-01-27", "The withdrawal from Soledar on Wednesday followed weeks of fighting."),
    ], E("withdr", "2023-01-25")),
    cross("s9c-x-seizure-kidal", [
        ("2023-11-15", "Malian troops seized the rebel stronghold of Kidal on Tuesday."),
        ("2023-11-17", "The seizure of Kidal on Tuesday was a blow to the separatists."),
    ], E("seiz", "2023-11-14")),
    cross("s9c-x-airstrike-sanaa", [
        ("2022-01-18", "Coalition aircraft struck the Yemeni capital Sanaa on Monday night."),
        ("2022-01-20", "The air strikes on Sanaa on Monday killed at least 14 people."),
    ], E("strike|struck", "2022-01-17")),
    # --- apart: alike, but two acts --------------------------------------------------------------------
    # two cities of one country taken on one day
    apart("s9c-a-goma-bukavu", [
        ("2025-02-18", "Rebel fighters seized Goma on Sunday."),
        ("2025-02-18", "Rebel fighters seized Bukavu on Sunday."),
    ], E("seiz", "2025-02-16"), E("seiz", "2025-02-16")),
    apart("s9c-a-two-towns-captured", [
        ("2024-02-20", "Russian forces captured Avdiivka on Saturday."),
        ("2024-02-20", "Russian forces captured Marinka on Saturday."),
    ], E("captur", "2024-02-17"), E("captur", "2024-02-17")),
    apart("s9c-a-two-withdrawals", [
        ("2022-10-04", "Russian troops withdrew from Lyman on Saturday."),
        ("2022-10-04", "Russian troops withdrew from Izium on Saturday."),
    ], E("withdr", "2022-10-01"), E("withdr", "2022-10-01")),
    apart("s9c-a-two-strikes-gaza", [
        ("2023-11-01", "Israeli aircraft struck Khan Younis on Tuesday."),
        ("2023-11-01", "Israeli aircraft struck Rafah on Tuesday."),
    ], E("strike|struck", "2023-10-31"), E("strike|struck", "2023-10-31")),
    # one act on two days
    apart("s9c-a-releases-two-days", [
        ("2023-11-26", "Hamas released 24 hostages in Gaza on Friday."),
        ("2023-11-27", "Hamas released 17 hostages in Gaza on Saturday."),
    ], E("releas", "2023-11-24"), E("releas", "2023-11-25")),
    apart("s9c-a-offensives-two-days", [
        ("2024-05-11", "Russia launched a ground offensive against Ukrainian forces near Kharkiv on Friday."),
        ("2024-05-14", "Russia launched another offensive against Ukrainian forces near Kharkiv on Monday."),
    ], E("offensive", "2024-05-10"), E("offensive", "2024-05-13")),
    # a city that does not lie in the country the other side names
    apart("s9c-a-resignation-wrong-country", [
        ("2022-07-15", "Sri Lanka's president resigned on Thursday."),
        ("2022-07-15", "The president's resignation on Thursday was greeted with cheers in Beirut."),
    ], E("resign", "2022-07-14"), E("resign", "2022-07-14")),
    apart("s9c-a-coup-wrong-country", [
        ("2022-10-01", "Burkina Faso's army seized power in a coup on Friday."),
        ("2022-10-01", "The coup on Friday in Niamey was condemned by the African Union."),
    ], E("coup", "2022-09-30"), E("coup", "2022-09-30")),
    # two named actors
    apart("s9c-a-two-resignations", [
        ("2019-11-11", "Bolivia's president resigned on Sunday."),
        ("2019-11-11", "Peru's prime minister resigned on Sunday."),
    ], E("resign", "2019-11-10"), E("resign", "2019-11-10")),
    # two bare classes of opposite sides
    apart("s9c-a-two-sides-offensives", [
        ("2021-11-03", "Rebels launched an offensive in the north on Tuesday."),
        ("2021-11-03", "Government forces launched an offensive in the north on Tuesday."),
    ], E("offensive", "2021-11-02"), E("offensive", "2021-11-02")),
    # a place the other side leaves untold, when its article tells two such acts that day
    apart("s9c-a-untold-place-two-candidates", [
        ("2024-06-24", "Army troops captured Sinja on Saturday. Army troops also captured Dinder on Saturday."),
        ("2024-06-25", "Army troops captured the town on Saturday, residents said."),
    ], E("captur", "2024-06-22"), E("captur", "2024-06-22")),
    # one city on two days
    apart("s9c-a-same-airport-two-days", [
        ("2023-05-01", "Paramilitary fighters seized the airport in El Fasher on Friday."),
        ("2023-05-09", "Paramilitary fighters seized the airport in El Fasher on Monday."),
    ], E("seiz", "2023-04-28"), E("seiz", "2023-05-08")),
    # a short name the gazetteer gives to another city than the long one
    apart("s9c-a-short-name-other-city", [
        ("2024-03-05", "Gunmen seized the port of Bandar Abbas on Sunday."),
        ("2024-03-05", "Gunmen seized Bandar on Sunday."),
    ], E("seiz", "2024-03-03"), E("seiz", "2024-03-03")),
]

XFAIL_S9C: dict[str, str] = {}
