"""Our own example corpus for the dateline rules (every sentence here is written for this project).

``POSITIVE``: (text, date the dateline states, the span text, the rule prefix that should fire).
``YEARLESS``: datelines without a year -- no anchor by themselves, but recognised.
``NEGATIVE``: page furniture and prose dates that must never become an anchor.
"""

from __future__ import annotations

import datetime as dt

D = dt.date

POSITIVE: list[tuple[str, dt.date, str, str]] = [
    # agency, comma-separated, weekday (the wire style of the Cairo papers)
    ("Army retakes the river crossing\n\nAFP , Tuesday 25 Oct 2016\n\nTroops crossed at dawn.",
     D(2016, 10, 25), "Tuesday 25 Oct 2016", "agency"),
    ("Reuters - 3 March 2017 - The central bank cut its main rate by half a point.",
     D(2017, 3, 3), "3 March 2017", "agency"),
    ("Xinhua, Friday, 11 November 2016\nEngineers restored power to the eastern districts.",
     D(2016, 11, 11), "Friday, 11 November 2016", "agency"),
    ("Harbour Post , Wednesday 9 Nov 2016\nDockers returned to work at the container terminal.",
     D(2016, 11, 9), "Wednesday 9 Nov 2016", "source"),
    ("Valley Times - 14 March 2017\nThe dam's spillway was opened for the first time in years.",
     D(2017, 3, 14), "14 March 2017", "source"),
    # a date opening the lead, after a dash
    ("Oct 29, 2016 — Government troops pushed into the southern districts on Saturday.",
     D(2016, 10, 29), "Oct 29, 2016", "bare"),
    ("OCT 30, 2016 -- Heavy rain slowed the convoy north of the city.",
     D(2016, 10, 30), "OCT 30, 2016", "bare"),
    # place-name datelines, with and without an agency tag
    ("BAGHDAD, Oct. 29, 2016 (Xinhua) -- Iraqi forces said they had cleared three villages.",
     D(2016, 10, 29), "Oct. 29, 2016", "place"),
    # an outlet we do not list, in parentheses, opening the lead
    ("DAVAO, Friday 26 May 2017 (Southern Star) -- Troops reinforced checkpoints outside the city.",
     D(2017, 5, 26), "Friday 26 May 2017", "place"),
    ("HOMS, Syria, 3 March 2016 (Orontes Daily Bulletin) — Aid trucks reached the old quarter.",
     D(2016, 3, 3), "3 March 2016", "place"),
    ("KIRKUK, Iraq — 21 October 2016 — Gunmen attacked police posts before sunrise.",
     D(2016, 10, 21), "21 October 2016", "place"),
    ("ERBIL (Reuters) - Nov 1, 2016 - Kurdish officials reopened the road to the north.",
     D(2016, 11, 1), "Nov 1, 2016", "place-agency"),
    ("AP, MOSUL, 2 Nov 2016 — Special forces entered the first eastern neighbourhood.",
     D(2016, 11, 2), "2 Nov 2016", "agency-place"),
    # a stamp line of its own under the headline, with or without a time
    ("Ceasefire holds overnight\n29 October 2016 | 14:05\nThe guns fell silent after midnight.",
     D(2016, 10, 29), "29 October 2016", "bare"),
    ("Bridge reopens to traffic\nMonday, 7 November 2016\nEngineers finished the repairs early.",
     D(2016, 11, 7), "Monday, 7 November 2016", "bare"),
    ("Sat 29 Oct 2016 09:12 BST\nThe first convoy left the camp at dawn.",
     D(2016, 10, 29), "Sat 29 Oct 2016", "bare"),
    ("Thursday, 12 January 2017 - 17:45\nThe council met behind closed doors.",
     D(2017, 1, 12), "Thursday, 12 January 2017", "bare"),
    ("Victory declared\n2017-07-10T08:30:00Z\nThe prime minister spoke from the old city.",
     D(2017, 7, 10), "2017-07-10T08:30:00Z", "bare"),
    # labels and bylines
    ("Published: Saturday 29 October 2016\nAid convoys reached the camps south of the city.",
     D(2016, 10, 29), "Saturday 29 October 2016", "label"),
    ("Posted on 12 June 2014\nFighters overran the army base in the night.",
     D(2014, 6, 12), "12 June 2014", "label"),
    ("Dated: 17th of October, 2016\nThe offensive order was read on state television.",
     D(2016, 10, 17), "17th of October, 2016", "label"),
    ("Published: 29 Oct 2016 | Updated: 30 Oct 2016\nThe mayor returned to the town hall.",
     D(2016, 10, 29), "29 Oct 2016", "label"),
    ("By Jane Doe | October 29, 2016\nRelief agencies asked for safe corridors.",
     D(2016, 10, 29), "October 29, 2016", "byline"),
    ("By Omar Haddad and Lena Berg, 4 November 2016\nThe hospital ran out of fuel.",
     D(2016, 11, 4), "4 November 2016", "byline"),
    ("BY Karim O'Neill, Example Wire | Nov. 8, 2016 09:30\nPolling stations opened late.",
     D(2016, 11, 8), "Nov. 8, 2016", "byline"),
    # a stated weekday that is wrong: the date still anchors (and a finding is raised)
    ("AFP , Monday 25 Oct 2016\nThe talks resumed.", D(2016, 10, 25), "Monday 25 Oct 2016", "agency"),
    # the best dateline wins over a weaker stamp line above it
    ("Sunday, 6 November 2016\nHeadline of the day\nAFP , Saturday 5 Nov 2016\nText.",
     D(2016, 11, 5), "Saturday 5 Nov 2016", "agency"),
]

YEARLESS: list[tuple[str, tuple[int, int], str]] = [
    ("BAGHDAD, Oct. 29 (Xinhua) -- Iraqi forces said they had cleared three villages.", (10, 29), "Oct. 29"),
    ("ANKARA, 3 Nov (Anadolu) - The parliament debated the border deployment.", (11, 3), "3 Nov"),
    # a joint dateline: two cities, one slash
    ("AMMAN/DAMASCUS, June 14 (Levant Wire) - Both capitals closed the crossing.", (6, 14), "June 14"),
    ("ROME/TRIPOLI, 2 Aug (Wire) - Coastguards picked up 300 people.", (8, 2), "2 Aug"),
]

NEGATIVE: list[str] = [
    # update stamps: on one line, or a label line above a bare date
    "Last Update 9:40\nSunday, 05 April 2020\n\nForces close in on the city",
    "Last Update 9:40 Sunday, 05 April 2020\nForces close in on the city",
    "Updated: 30 October 2016 11:02\nThe ministry revised the casualty figures.",
    "Last updated on Friday 4 November 2016 at 10:15\nThe road was closed again.",
    "Last Update, Sunday, 05 April 2020\nThe road was closed again.",
    "Photo Credit - 24 October 2016",
    "Modified\n12 March 2018\nThe article was corrected.",
    # copyright and counters
    "(c) 2010 Example Online",
    "© 2019 The Example Times. All rights reserved.",
    "Copyright 29 October 2016 Example Media",
    "Views: 1491\nViews: 1491",
    "3,000-4,000 fighters remain in the city.",
    "A 28,000-strong force has gathered on three fronts.",
    # captions
    "Soldiers stand guard near a checkpoint outside Qayyara, Iraq October 21, 2016 (Photo: Reuters)",
    "Photo: 24 October 2016",
    "Image caption: Sunday 6 November 2016",
    "24 October 2016 (Photo: Example Agency)",
    # subscription, donation and cookie blurbs
    "Sign up to our daily newsletter before 1 November 2016 and save.",
    "Subscribe today: 1 November 2016 offer ends soon",
    "We use cookies. Our policy was updated on 25 May 2018.",
    "Your donation before December 31, 2016 is tax deductible.",
    # dates in prose are the story's dates, not the publication date
    "The offensive began on October 17, 2016, officials said.",
    "On 17 October 2016 the offensive began.",
    "Fighting resumed, 3 March 2017 - the ceasefire had lasted a week.",
    "October 17, 2016 was the day the offensive began.",
    "By the end of the first week, 24 October 2016 - the front had barely moved.",
    "Fighting resumed on Saturday (October 29) near the airport.",
    # a year-less date on its own line is not a dateline
    "Oct 29\nThe convoy moved north.",
    # impossible days
    "AFP , Tuesday 30 February 2016\nText.",
    # a dateline far below the head of the text is not read
    "Opening paragraph. " * 150 + "\nAFP , Tuesday 25 Oct 2016\n",
]
