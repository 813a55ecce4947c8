"""Names that hold a weekday, a month or a holiday but name no time: a newspaper ("The Sunday
Times", "the Mail on Sunday"), a group ("the Tuesday Group"), an agreement or a place named after
a feast ("the Good Friday Agreement", "Easter Island"), an event of its own past ("Black
September", "Bloody Sunday", "the October War", "the March 14 alliance").

TimeML marks a time expression when it refers to a time; a weekday or month inside the proper
name of a paper, a group, a treaty or a historic event refers to none of the anchor's weeks or
years ("The Sunday Times reported" is no Sunday of the story; "the Good Friday Agreement" is no
Good Friday of the anchor's year).  Each rule below matches the whole name and yields a hit of
kind :data:`NOT_TIME`, which the scanner drops: the name's words are consumed, so no weekday or
month rule reads inside it, and the scan goes on after it ("The Sunday Times reported on Monday":
Monday is still found).  The names are capitalised (case-sensitive), so an ordinary phrase stays
a time ("the Sunday paper", "Friday prayers", "on Sunday, the Mail reported").

Rules: ``name_publication`` (a weekday before the name of a paper: "Sunday Times", "Sunday
Telegraph", "Sunday Mirror", "The Saturday Paper", "the Monday Morning weekly"), ``name_on_sunday``
("Mail on Sunday", "Independent on Sunday"), ``name_weekday_group`` ("the Tuesday Group", "the
Friday Club", "the Thursday Declaration", "the Saturday Night Massacre"), ``name_feast_title``
("the Good Friday Agreement", "Easter Island", "Christmas Island", "the Easter Rising"), ``name_past_event`` ("Black September",
"Bloody Sunday", "Black Monday"; "the October War", "the February Revolution"; "the March 14
alliance", "the April 6 movement"), ``name_date_title`` (a place, a body or a group named by a date:
"the 22 May hospital", "6 October Bridge", "the 17 February Martyrs Brigade"; a lower-case head only
when the clause goes on after it: "the 9 April bridge collapse" is a date), ``name_quoted_title`` (a
count of units in capitals, alone in quotes, is the title of a show or a book: ''60 Minutes'',
"Forty Days"; not "'Ten days,' he said").  Not names, and kept as times: "Friday prayers" (the Friday's
prayers in a report of the past), "Good Friday" alone, "Easter Sunday"; "Black Friday" (a
shopping day of its own year, not a name of the past) and "Super Tuesday" are left to the other
rules.  "the Arab Spring" is no season (no rule reads it as one).
"""

from __future__ import annotations

import re

from timeline._extract._rule import NOT_TIME, Example, Hit, Rule

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_WD = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_MONTH = f"(?-i:{_MONTHS})"
#: the head of a paper's name after a weekday ("Sunday Times"); not a firm or a place that starts
#: with such a word ("Times Square", "Times Mirror Co.", "Mirror Group", "Post Office")
_PAPER = (r"(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Star|Sport|Paper|Mail|Observer|Gazette|"
          r"Chronicle|Business\s+Post)(?!\s*&|\s+(?-i:Square|Mirror|Group|Co\b|Corp|Inc|Office|Scripts))")
#: a common noun of the press after a weekday and a part of the day in capitals ("the Monday
#: Morning weekly"; not "on Sunday Iraqi newspapers said")
_PRESS = r"(?-i:weekly|magazine|newspaper|paper|daily|tabloid|journal|broadsheet)"
#: ... of a group or a text named after a day ("the Tuesday Group"); not the "Group of Seven" or
#: a "Movement for ..." whose name only follows a date ("on Friday Movement for
#: Democratic Change leaders met")
_GROUP = (r"(?-i:Group|Club|Movement|Caucus|Society|Agreement|Accords?|Declaration|Manifesto|"
          r"Massacre|Uprising|Revolution)(?!\s+(?:for|Square)\b|\s+of\s+(?:Seven|Eight|Twenty|\d))")
_EVENT = r"(?-i:War|Revolution|Uprising|Crisis|Coup|Massacre|Manifesto)"
_MOVEMENT = r"(?:(?-i:alliance|coalition|movement|bloc|camp|forces)|(?-i:Alliance|Coalition|Movement|Bloc|Youth\s+Movement|Revolution))"
#: a place, a body or a group that a date names ("the 22 May hospital", "6 October Bridge", "the
#: 17 February Martyrs Brigade"): capitalised, or lower case with a clause going on after it
_NAMED_HEADS = ("hospital|street|square|bridge|avenue|road|stadium|university|school|mosque|district|"
                "neighbourhood|neighborhood|roundabout|camp|airport|park|movement|alliance|coalition|brigade|"
                "battalion|front")
_NAMED_CAP = "(?-i:" + "|".join(w.capitalize() for w in _NAMED_HEADS.split("|")) + ")"
_DATE_OF_NAME = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
#: after a lower-case head: the end of a clause, a name, a function word or a verb; a lower-case
#: noun makes the date a time again ("the 22 May hospital attack", "the 9 April bridge collapse")
_NAME_GO_ON = (r"(?=\s*(?:[.,;:!?)\"\u201d'\u2019\u2014]|$)|\s+(?:(?-i:[A-Z])|(?:and|or|but|in|on|at|to|from|by|with|"
               r"near|for|into|after|before|until|during|outside|since|as|when|while|against|toward|towards|where|"
               r"which|that|who|was|were|is|are|had|has|have|will|would|said|says|remains?|stands?|"
               r"[a-z]+ed)\b))")


def _name(m: re.Match[str]) -> Hit | None:
    return Hit(NOT_TIME, "DATE", tense=False)


RULES = [
    Rule("name_publication",
         rf"{_WD}\s+(?:{_PAPER}|(?-i:Morning|Evening|Night)\s+{_PRESS})(?![\w])(?!-(?-i:[a-z]))", _name, 5),
    Rule("name_on_sunday", r"(?<!Daily\s)(?-i:Mail|Independent)\s+on\s+(?-i:Sunday)(?![\w-])", _name, 5),
    Rule("name_weekday_group", rf"{_WD}(?:\s+(?-i:Night))?\s+{_GROUP}(?![\w-])", _name, 5),
    Rule("name_feast_title",
         r"(?:(?-i:Good\s+Friday)\s+(?:(?-i:[Aa]greements?|[Aa]ccords?)|peace\s+(?:agreement|accord|deal))"
         r"|(?-i:Easter\s+(?:Island|Rising)|Christmas\s+Island))(?![\w-])", _name, 5),
    Rule("name_past_event",
         rf"(?:(?-i:Black)\s+(?:{_MONTH}|(?-i:Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday))"
         rf"|(?-i:Bloody)\s+{_WD}"
         rf"|(?<=\bthe\s){_MONTH}\s+(?:{_EVENT}|\d{{1,2}}\s+{_MOVEMENT}))(?![\w-])", _name, 5),
    Rule("name_date_title",
         rf"(?:the\s+{_DATE_OF_NAME}\s+(?:(?-i:Martyrs?)['\u2019]?\s+)?{_NAMED_CAP}"
         rf"|the\s+{_DATE_OF_NAME}\s+(?-i:{_NAMED_HEADS})(?![\w-]){_NAME_GO_ON}"
         rf"|(?:on|in|at|near|along|across|from|to|of)\s+{_DATE_OF_NAME}\s+(?-i:Hospital|Street|Square|Bridge|Avenue|Road|"
         r"Stadium))"
         r"(?![\w-])", _name, 5),
    Rule("name_quoted_title",
         r"['\u2018\u2019\"\u201c`]{1,2}(?:\d{1,3}|(?-i:[A-Z][a-z]+))\s+(?-i:Minutes|Hours|Days|Weeks|Months|Years)"
         r"(?=[.,!?]?(?:['\u2019\"\u201d]))", _name, 5),
]

EXAMPLES = [
    # the name is no time; a time next to it still is
    Example("The Sunday Times reported on Monday that the envoy had resigned.", "Monday", "2016-10-24"),
    Example("Speaking to the Sunday Telegraph, the general said the front held on Tuesday.", "Tuesday",
            "2016-10-25"),
    Example("In an interview with the Mail on Sunday published on Saturday, he denied it.", "Saturday",
            "2016-10-29"),
    Example("Members of the Tuesday Group met the speaker on Thursday.", "Thursday", "2016-10-27"),
    Example("Unionists who signed the Good Friday Agreement in 1998 met again in March.", "1998", "1998"),
    Example("Veterans of Black September gathered in Amman last month.", "last month", "2016-09"),
    # ordinary phrases: still times
    Example("Worshippers marched through Homs after Friday prayers, activists said.", "Friday", "2016-10-28"),
    Example("On Sunday, the Mail reported the strike.", "Sunday", "2016-10-23"),
    Example("Churches in Mosul held services on Good Friday.", "Good Friday", "2016-03-25"),
    Example("The Sunday paper of the party was closed on Monday.", "Monday", "2016-10-24"),
    # a firm or a group whose name only follows the date
    Example("On Friday Times Mirror Co. sold the station.", "Friday", "2016-10-28"),
    Example("Shares fell on Monday Standard & Poor's said.", "Monday", "2016-10-24"),
    Example("On Saturday Movement for Democratic Change leaders met in Harare.", "Saturday", "2016-10-29"),
    Example("Finance ministers of the Group of Seven met on Sunday.", "Sunday", "2016-10-23"),
    Example("Rebels said on Sunday Iraqi newspapers had lied.", "Sunday", "2016-10-23"),
    # a date that names a place or a body is no time; a date before an act at such a place still is
    Example("Snipers fired from near the 14 October stadium on Monday.", "Monday", "2016-10-24"),
    Example("The 3 June bridge bombing killed six, police in Jalalabad said.", "The 3 June", "2016-06-03"),
    Example("Voters in Aden went to the polls on 9 March, officials said.", "9 March", "2016-03-09"),
    Example("Crews reopened the road on the 2nd of August after floods.", "the 2nd of August", "2016-08-02"),
    Example("Workers at the 7 July hospital were paid on Sunday.", "Sunday", "2016-10-23"),
    # a count in quotes that is no title: lower case, or a quotation going on
    Example("'Ten days,' the nurse said, was how long the water lasted.", "Ten days", "P10D"),
    Example("He said the siege would end in \"48 hours\".", "48 hours", "PT48H"),
]

NEGATIVES = [
    Example("The Sunday Times said the convoy was ambushed.", "Sunday"),
    Example("A columnist for the Sunday Mirror visited the camp.", "Sunday"),
    Example("The Saturday Paper ran a long piece on the siege.", "Saturday"),
    Example("Sources told the Monday Morning weekly that the deal was off.", "Monday Morning"),
    Example("The Sunday Express and the Sunday Herald both led with the story.", "Sunday"),
    Example("The Sunday Star-Times said the envoy had left.", "Sunday"),
    Example("The Sunday Business Post said the talks had failed.", "Sunday"),
    Example("He told the Mail on Sunday that he would stand down.", "Sunday"),
    Example("The minister wrote in the Independent on Sunday about the refugees.", "Sunday"),
    Example("The Tuesday Group of moderate lawmakers opposed the bill.", "Tuesday"),
    Example("Critics compared the purge to the Saturday Night Massacre.", "Saturday Night"),
    Example("Both parties still back the Good Friday Agreement.", "Good Friday"),
    Example("The Good Friday peace deal ended decades of violence.", "Good Friday"),
    Example("The plane landed on Easter Island.", "Easter"),
    Example("Asylum seekers were held on Christmas Island.", "Christmas"),
    Example("The centenary of the Easter Rising was marked in Dublin.", "Easter"),
    Example("Black September gunmen seized the athletes.", "September"),
    Example("The march recalled Bloody Sunday in Derry.", "Sunday"),
    Example("Markets have not fallen so fast since Black Monday.", "Monday"),
    Example("Egypt lost the Sinai in the June War and regained part of it after the October War.", "October"),
    Example("The leaders of the March 14 alliance boycotted the session.", "March 14"),
    Example("Activists of the April 6 movement were arrested.", "April 6"),
    Example("Historians still argue about the February Revolution.", "February"),
    Example("Protests spread across the region during the Arab Spring.", "Spring"),
    Example("Wounded fighters were taken to the 26 September hospital, medics said.", "26 September"),
    Example("Tanks rolled across 15 July Bridge toward the square.", "15 July"),
    Example("The 11 February Martyrs Brigade shelled the airport.", "11 February"),
    Example("Gunmen stormed the 30 November school in Mukalla.", "30 November"),
    Example("Sit-ins blocked traffic in the October 6 square for days.", "October 6"),
    Example("The minister told the ''48 Hours'' programme that the border would reopen.", "48 Hours"),
    Example("She wrote \u201cNinety Days\u201d after her release from Evin prison.", "Ninety Days"),
]
