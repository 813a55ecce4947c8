"""Small dispatches written for these tests (not copied from any article), some with a date, some without."""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.model import Document

_SENTENCES = [
    "Government troops entered the northern district on Tuesday, two days after the offensive began.",
    "The ceasefire talks, which opened on 3 March 2019, are due to resume next week.",
    "Aid convoys have crossed the bridge every Friday since early February.",
    "Residents said the shelling had lasted nearly two weeks and that 3,000-4,000 people had fled.",
    "The council met yesterday and will vote on the plan in April.",
    "Officials said the airport had been closed for the past 12 days.",
    "More than three months into the campaign, the front line has barely moved.",
    "A 28,000-strong force was reported near Route 47 last month.",
]


def corpus(n: int = 24) -> list[Any]:
    """``n`` documents: a rotating mix of the sentences, every third one without a publication date.

    Typed ``list[Any]``: the pipeline takes Documents as inputs, though its annotation names paths.
    """
    docs = []
    for i in range(n):
        text = " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(1 + i % 5))
        published = None if i % 3 == 2 else dt.datetime(2019, 3, 1) + dt.timedelta(days=3 * i)
        docs.append(Document(id=f"d{i:03d}", text=text, published=published))
    return docs
