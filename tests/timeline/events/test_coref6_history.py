"""Session 6 (E5): within one dispatch, "the chemical attack of May 2014" told in 2019 after "since the onslaught
began" is history, not the undated onslaught of the news (:func:`._corefer._history`); "The offensive, which
began in March 2017" may still be the offensive the dispatch is about.  Dispatches of our own."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build


def test_an_anaphor_dated_years_back_is_not_the_undated_news_before_it(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-03-06",
                            "Rebel-held districts of Grozny endured a third straight day of shelling on Tuesday. "
                            "Doctors in Grozny counted more than 90 dead since the onslaught began, the worst toll in "
                            "the city since the chemical attack of May 2014.")])
    [old] = [e for e in tl.events if e.interval.start[0] is not None and e.interval.start[0].year == 2014]
    assert "onslaught" not in [x.text for x in old.evidence]
    assert old.type == "attack"


def test_a_campaign_that_began_years_back_is_still_the_one_told(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-03-06",
                            "Government troops have pressed their offensive on Grozny, residents said. The offensive, "
                            "which began in March 2017, has killed thousands of people, aid workers said on Tuesday.")])
    [camp] = [e for e in tl.events if e.type == "campaign"]
    texts = [x.text for x in camp.evidence]
    assert texts.count("offensive") == 2 and "March 2017" in texts
