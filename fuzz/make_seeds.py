"""Write the seed corpora of the fuzz targets (our own sentences, and the hostile-file catalogue).

    .venv/bin/python fuzz/make_seeds.py        # rewrites fuzz/corpus/{extract,ingest}/seed-*
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "timeline" / "robustness"))

from robustness_hostile import HOSTILE_FILES  # noqa: E402

SENTENCES = [
    "On Saturday (October 29) the army said it had retaken the village two days ago.",
    "The offensive, launched on Oct. 17, 2016, entered its second week last Monday.",
    "Talks are due to resume next Tuesday, 8 November, and could last nearly two weeks.",
    "The order was dated February 30; the convoy left on 31 April and came back in the year 0.",
    "Fighting resumed at 5:30 a.m. on Saturday (October 30), the day after Friday, October 28.",
    "Every Friday since January 1 the market has been shelled, more than 40 times in all.",
    "Seven months into the campaign, the past 12 days were the worst since the 1990s.",
    "AFP , Tuesday 25 Oct 2016 - Troops reached the outskirts of the city overnight.",
    "Last Update 9:40 Sunday, 05 April 2020 (c) 2010 Newsroom. Subscribe for 2017!",
    "BAGHDAD (Reuters) - Iraqi forces paused their advance on Wednesday, a week after it began.",
    "Oct 29, 2016 — The siege, now in its third week, may last until early next year.",
    "By mid-November, about a month from now, the bridges should be open again.",
    "The 2014-06 capture of the city, almost two years ago, was followed by a decade of war.",
    "In the spring of 2017 and again in Q3, the talks stalled for more than 48 hours.",
    "Twice a day, every morning and every evening, the guns fell silent for an hour.",
    "He was 28 years old; the 3,000-4,000 fighters and the 28,000-strong force had 1491 views.",
    "Tomorrow, in the first week of next year, and in the 2020s, early 9999 or late year 1.",
    "It began at midnight on 31 December 9999 and ended at noon on 1 January 0001.",
    "Leap day 29 February 2016 fell on a Monday; 29 February 2017 never existed.",
    "The talks ended yesterday; they had begun the previous Thursday, three days earlier.",
    "Since the 2003 invasion, and until the end of the month, the front barely moved.",
    "The almost two-week-old offensive slowed this weekend, officials said on Sunday night.",
    "Saturday Saturday Saturday October 29, October 29, October 29, 1 1 1 1 ago ago last last",
    "2016-10-29T10:30:00 10/29/2016 29.10.2016 2016-W43 P12D 10:30 25:61 9:40 pm GMT",
]


def _name(data: bytes) -> str:
    return "seed-" + hashlib.sha1(data).hexdigest()[:12]


def main() -> None:
    ext = HERE / "corpus" / "extract"
    ing = HERE / "corpus" / "ingest"
    for d in (ext, ing):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("seed-*"):
            old.unlink()
    # extract: 2 bytes pick the anchors (0 = none, 1 + index = a calendar edge), then the text
    prefixes = [b"\x00\x00", b"\x01\x04\x00", b"\x01\x01\x00", b"\x01\x00\x00", b"\x00\x01\x03"]
    for i, s in enumerate(SENTENCES):
        data = prefixes[i % len(prefixes)] + s.encode("utf-8")
        (ext / _name(data)).write_bytes(data)
    (ext / _name(b"all")).write_bytes(b"\x00\x00" + " ".join(SENTENCES).encode("utf-8"))
    # ingest: 1 byte picks the kind (0 .txt, 1 .jsonl, 2 .html, 3 stdin, 4 published), 1 byte the dct
    kinds = {".txt": 0, ".jsonl": 1, ".html": 2, ".json": 0}
    for c in HOSTILE_FILES:
        kind = kinds[Path(c.filename).suffix]
        data = bytes([kind, 0]) + c.data[:20_000]
        (ing / _name(data)).write_bytes(data)
    for s in SENTENCES[:8]:
        line = json.dumps({"id": "s", "text": s, "published": "2016-10-30"}).encode() + b"\n"
        for data in (bytes([0, 1]) + s.encode(), bytes([1, 0]) + line, bytes([3, 1]) + line,
                     bytes([4, 0, 10]) + b"2016-10-30" + s.encode()):
            (ing / _name(data)).write_bytes(data)
    page = ("<html><head><meta property='article:published_time' content='2016-10-25T09:40:00+00:00'>"
            "<title>Front line</title></head><body><article><p>" + SENTENCES[0] + "</p><p>" + SENTENCES[1]
            + "</p></article><footer>Last updated: March 3, 2019</footer></body></html>").encode()
    (ing / _name(bytes([2, 0]) + page)).write_bytes(bytes([2, 0]) + page)


if __name__ == "__main__":
    main()
