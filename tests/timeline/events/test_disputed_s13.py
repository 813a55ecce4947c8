"""Session 13: more disagreeing tellings of one act are joined, so that reasoning names the conflict (``_disputed``).

Every sentence our own.  Three things widen the join: a "since" clause tells the act as known ("Since the army
captured X on December 18, ..."), a bare class and a member of it are one actor ("the army" and "Sri Lankan
troops"), and the two dates may lie up to a month apart.  The negatives keep two classes of actor apart, two
fresh reports apart, and tellings more than a month apart apart.
"""

from __future__ import annotations

import pytest
from test_disputed import build, disagreeing

DISPUTED = [
    pytest.param(("2009-01-03", "Sri Lankan troops captured the town of Paranthan on Thursday (January 1), the "
                                "military said."),
                 ("2009-01-21", "Since the army captured Paranthan on December 14, the rebels have lost the whole "
                                "coast road, a spokesman said on Tuesday."), id="since-clause-class-and-member"),
    pytest.param(("2016-06-27", "Iraqi forces captured Falluja on Sunday (June 26), commanders said."),
                 ("2016-07-12", "Since Iraqi forces captured Falluja on June 5, thousands of families have "
                                "returned, aid workers said on Monday."), id="since-clause"),
    pytest.param(("1999-06-13", "NATO troops entered Pristina on Saturday (June 12), witnesses said."),
                 ("1999-07-02", "Pristina, which NATO troops entered on May 25, has a new police force, "
                                "officials said on Thursday."), id="three-weeks-apart"),
    pytest.param(("2017-07-11", "Iraqi troops captured the old city of Mosul on Monday (July 10), officials said."),
                 ("2017-07-30", "Since the army captured the old city of Mosul on June 20, engineers have "
                                "cleared the main streets, officials said on Saturday."), id="army-and-iraqi-troops"),
    pytest.param(("2012-07-20", "Rebel fighters seized the Bab al-Hawa crossing on Thursday (July 19), "
                                "activists said."),
                 ("2012-08-10", "Since rebel fighters seized Bab al-Hawa on July 2, aid convoys have crossed "
                                "daily, activists said."), id="rebels-since"),
    pytest.param(("2014-06-13", "Kurdish forces took Kirkuk on Thursday (June 12), officials said."),
                 ("2014-07-20", "Kirkuk, which the forces seized on June 26, is calm, residents said on Saturday."),
                 id="bare-class-relative-clause"),
]


@pytest.mark.parametrize(("a", "b"), DISPUTED)
def test_one_act_with_two_dates_is_an_error_naming_both(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert {"d0", "d1"} in [docs & {"d0", "d1"} for docs in disagreeing(build(a, b))]


APART = [
    pytest.param(("2009-01-03", "Sri Lankan troops captured the town of Paranthan on Thursday (January 1), the "
                                "military said."),
                 ("2009-01-21", "Since the rebels captured Paranthan on December 14, the army has lost the whole "
                                "coast road, a spokesman said on Tuesday."), id="another-class-of-actor"),
    pytest.param(("2012-07-20", "Rebel fighters seized the Bab al-Hawa crossing on Thursday (July 19), "
                                "activists said."),
                 ("2012-08-10", "Rebel fighters seized the Bab al-Hawa crossing on Wednesday (Aug. 8), "
                                "activists said."), id="two-fresh-reports"),
    pytest.param(("2016-06-27", "Iraqi forces captured Falluja on Sunday (June 26), commanders said."),
                 ("2016-09-12", "Since Iraqi forces captured Falluja on May 2, thousands of families have "
                                "returned, aid workers said on Monday."), id="more-than-a-month-apart"),
    pytest.param(("2016-06-27", "Iraqi forces captured Falluja on Sunday (June 26), commanders said."),
                 ("2016-07-12", "Since Iraqi forces recaptured Falluja on June 5, thousands of families have "
                                "returned, aid workers said on Monday."), id="since-a-retaking"),
    pytest.param(("2009-01-03", "Sri Lankan troops captured the town of Paranthan on Thursday (January 1), the "
                                "military said."),
                 ("2009-01-21", "Since the army captured Mankulam on December 14, the rebels have lost the whole "
                                "coast road, a spokesman said on Tuesday."), id="another-town"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_acts_stay_apart_without_error(a: tuple[str, str], b: tuple[str, str]) -> None:
    tl = build(a, b)
    assert disagreeing(tl) == []
