"""A deterministic generator of synthetic news dispatches about military campaigns, with gold TIMEX3.

Every sentence comes from templates written here; the facts (cities, forces, dates) are drawn from
a seeded random generator, so ``generate(n, seed)`` gives the same corpus, byte for byte, on every
machine and Python version (``random.Random`` seeded with a string is stable across versions).
Article ``i`` depends only on ``(seed, i)``: the first 1,000 articles of the 10,000-article corpus
are the 1,000-article corpus, which is what the scaling benchmark needs.

Each article has a publication date (metadata), a dateline, a lead about the latest milestone of
its campaign told relative to the publication date ("on Tuesday", "yesterday"), background
milestones ("on 17 October", "last month", "three days ago"), durations ("the past 12 days",
"nearly two weeks"), sometimes a plan ("next week", "on Monday"), a recurrence ("every Friday"),
and numbers that are not dates ("3,000-4,000 fighters", "a 28,000-strong force", "Views: 1491").
The generator records every time expression it writes (span, TIMEX3 type, value, mod) in the
gold format of ``../shared/tools/score_extract.py``.

usage: python benchmarks/synth.py [--n 10000] [--seed 2016] [--out benchmarks/.data/synth]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Article", "generate", "write_corpus"]

DEFAULT_SEED = 2016
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]

CITIES = [("Mosul", "Iraq"), ("Raqqa", "Syria"), ("Fallujah", "Iraq"), ("Ramadi", "Iraq"), ("Tikrit", "Iraq"),
          ("Aleppo", "Syria"), ("Sirte", "Libya"), ("Marawi", "Philippines"), ("Kobani", "Syria"),
          ("Deir ez-Zor", "Syria"), ("Hodeidah", "Yemen"), ("Idlib", "Syria"), ("Tal Afar", "Iraq"),
          ("Benghazi", "Libya"), ("Taiz", "Yemen"), ("Palmyra", "Syria"), ("Baiji", "Iraq"), ("Manbij", "Syria"),
          ("Kunduz", "Afghanistan"), ("Gao", "Mali")]
ATTACKERS = ["government forces", "the army", "Kurdish Peshmerga fighters", "coalition-backed troops",
             "the Popular Mobilization Forces", "special forces units", "allied militias", "the Syrian Democratic Forces",
             "counter-terrorism troops", "federal police"]
DEFENDERS = ["Islamic State militants", "ISIS fighters", "Daesh", "rebel groups", "the insurgents", "jihadist fighters",
             "the militants"]
PLACES = ["Bartella", "Qayyarah", "Hamam al-Alil", "Bashiqa", "Tal Kaif", "Karamlis", "al-Shura", "Badush",
          "Shirqat", "Hit", "Rutba", "Tabqa", "Jarablus", "al-Bab", "Dabiq", "Hawija", "Sinjar", "Abu Kamal",
          "al-Mayadin", "Ain Issa"]
DISTRICTS = ["the old city", "the eastern districts", "the industrial zone", "the university campus", "the airport",
             "the main hospital", "the western bank", "the central market", "the train station", "the citadel"]
AGENCIES = ["AFP", "Reuters", "AP", "Al Jazeera", "Rudaw", "BBC", "Anadolu"]
SPOKESMEN = ["a military spokesman", "a local official", "the provincial governor", "a commander",
             "a coalition spokesman", "an aid worker", "the interior ministry"]

# Milestones: (verb phrase in the past tense, needs a place?)  {a} attacker, {d} defender, {p} place, {c} city.
MILESTONES = [
    "{a} launched an offensive to retake {c}",
    "{a} captured the village of {p}",
    "{a} entered {x} of {c}",
    "{a} seized control of {p}",
    "{d} withdrew from {p}",
    "{a} repelled an attack by {d} on {p}",
    "coalition aircraft carried out airstrikes on positions held by {d} near {p}",
    "{a} reached the outskirts of {c}",
    "{a} cut the road between {c} and {p}",
    "{d} blew up a bridge near {p}",
    "negotiators met in the capital to discuss a ceasefire in {c}",
    "{a} declared victory in {x} of {c}",
]


@dataclass
class Article:
    """One generated dispatch and the gold annotation of its time expressions."""

    id: str
    published: dt.date
    source: str
    title: str
    text: str
    gold: list[dict[str, Any]] = field(default_factory=list)

    def document(self) -> dict[str, Any]:
        return {"id": self.id, "published": self.published.isoformat(), "source": self.source,
                "title": self.title, "text": self.text}

    def gold_record(self) -> dict[str, Any]:
        return {"doc": self.id, "dct": self.published.isoformat(), "expressions": self.gold, "not_expressions": []}


@dataclass(frozen=True)
class _Campaign:
    city: str
    country: str
    start: dt.date
    attackers: tuple[str, ...]
    defenders: tuple[str, ...]
    milestones: tuple[tuple[dt.date, str], ...]  # (date, rendered verb phrase) in date order


def _campaigns(seed: int) -> list[_Campaign]:
    out = []
    for k, (city, country) in enumerate(CITIES):
        r = random.Random(f"campaign:{seed}:{k}")
        start = dt.date(r.randint(2001, 2023), r.randint(1, 12), r.randint(1, 28))
        attackers = tuple(r.sample(ATTACKERS, 3))
        defenders = tuple(r.sample(DEFENDERS, 2))
        places = r.sample(PLACES, 6)
        day = 0
        milestones = [(start, f"{attackers[0]} launched an offensive to retake {city}")]
        for _ in range(r.randint(7, 11)):
            day += r.randint(2, 21)
            phrase = r.choice(MILESTONES[1:]).format(a=r.choice(attackers), d=r.choice(defenders),
                                                     p=r.choice(places), c=city, x=r.choice(DISTRICTS))
            milestones.append((start + dt.timedelta(days=day), phrase))
        out.append(_Campaign(city, country, start, attackers, defenders, tuple(milestones)))
    return out


class _Writer:
    """Accumulates text and records the span of every time expression written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.gold: list[dict[str, Any]] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def timex(self, s: str, type_: str, value: str, mod: str | None = None) -> None:
        g: dict[str, Any] = {"start": self.pos, "end": self.pos + len(s), "text": s, "type": type_, "value": value}
        if mod:
            g["mod"] = mod
        self.gold.append(g)
        self.text(s)

    def phrase(self, p: _Phrase) -> None:
        self.text(p.before)
        self.timex(p.text, p.type, p.value, p.mod)
        self.text(p.after)

    def result(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class _Phrase:
    before: str
    text: str
    type: str
    value: str
    mod: str | None = None
    after: str = ""


def _num(r: random.Random, n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and r.random() < 0.6 else str(n)


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _past_phrase(r: random.Random, pub: dt.date, d: dt.date) -> _Phrase:
    """How a dispatch written on ``pub`` might name the earlier day ``d`` (value: what it denotes)."""
    delta = (pub - d).days
    options: list[_Phrase] = []
    iso = d.isoformat()
    if delta == 0:
        options.append(_Phrase("earlier ", "today", "DATE", iso))
    if delta == 1:
        options.append(_Phrase("", "yesterday", "DATE", iso))
    if 1 <= delta <= 6:
        options.append(_Phrase("on ", WEEKDAYS[d.weekday()], "DATE", iso))
        options.append(_Phrase("on ", WEEKDAYS[d.weekday()], "DATE", iso))
    if 2 <= delta <= 9:
        options.append(_Phrase("", f"{_num(r, delta)} days ago", "DATE", iso))
    if delta >= 1:
        if d.year == pub.year:
            day_month = f"{d.day} {MONTHS[d.month - 1]}" if r.random() < 0.5 else f"{MONTHS[d.month - 1]} {d.day}"
            options.append(_Phrase("on ", day_month, "DATE", iso))
        else:
            options.append(_Phrase("on ", f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "DATE", iso))
    if delta >= 7 and _week(d) == _week(pub - dt.timedelta(days=7)):
        options.append(_Phrase("", "last week", "DATE", _week(d)))
    last_month = (pub.replace(day=1) - dt.timedelta(days=1))
    if (d.year, d.month) == (last_month.year, last_month.month):
        options.append(_Phrase("", "last month", "DATE", f"{d.year}-{d.month:02d}"))
    if delta > 40:
        options.append(_Phrase("in ", f"{MONTHS[d.month - 1]} {d.year}", "DATE", f"{d.year}-{d.month:02d}"))
    return r.choice(options)


def _future_phrase(r: random.Random, pub: dt.date) -> _Phrase:
    ahead = r.randint(1, 6)
    d = pub + dt.timedelta(days=ahead)
    options = [
        _Phrase("on ", WEEKDAYS[d.weekday()], "DATE", d.isoformat()),
        _Phrase("", "next week", "DATE", _week(pub + dt.timedelta(days=7))),
        _Phrase("", "tomorrow", "DATE", (pub + dt.timedelta(days=1)).isoformat()),
    ]
    return r.choice(options)


def _duration(r: random.Random, days: int) -> _Phrase:
    """A stated duration of about ``days`` days, with the TIMEX3 value and mod it has."""
    if days < 14:
        n = max(2, days)
        return r.choice([_Phrase("for ", f"the past {_num(r, n)} days", "DURATION", f"P{n}D"),
                         _Phrase("after ", f"{_num(r, n)} days", "DURATION", f"P{n}D", after=" of fighting")])
    if days < 60:
        w = days // 7
        return r.choice([_Phrase("for ", f"nearly {_num(r, w + 1)} weeks", "DURATION", f"P{w + 1}W", "APPROX"),
                         _Phrase("for ", f"more than {_num(r, w)} weeks", "DURATION", f"P{w}W", "MORE_THAN")])
    m = days // 30
    return r.choice([_Phrase("for ", f"more than {_num(r, m)} months", "DURATION", f"P{m}M", "MORE_THAN"),
                     _Phrase("for ", f"almost {_num(r, m + 1)} months", "DURATION", f"P{m + 1}M", "APPROX")])


LEADS = [
    ("{S} (", ") — ", "{M} {T}, officials said."),
    ("{S} (", ") — ", "{M} {T}, according to {w}."),
    ("{S} (", ") — ", "{W} said {M} {T}."),
]
BACKGROUND = [
    "Earlier in the campaign, {M} {T}.",
    "The assault gathered pace after {M} {T}.",
    "{W} recalled that {M} {T}.",
    "According to witnesses, {M} {T}.",
]
DURATION_SENTENCES = [
    "Residents said the shelling had continued {D}.",
    "The city has been without electricity {D}.",
    "Civilians trapped in {x} have lived on rationed water {D}.",
]
INTO_CAMPAIGN = [
    "{N} into the offensive, the front line has moved only a few kilometres.",
    "Some {N} into the campaign, commanders conceded that progress was slow.",
]
FUTURE = [
    "Talks on a humanitarian corridor are due to resume {T}.",
    "{W} said a new push toward {x} would begin {T}.",
    "Aid agencies plan to reopen the crossing at {p} {T}.",
]
SET_SENTENCES = [
    "Aid convoys have crossed from {p} {T}.",
    "Families gather at the checkpoint {T} to ask for news of relatives.",
]
FILLER = [
    "Some {n:,} fighters are believed to remain inside the city.",
    "Between {n:,} and {m:,} civilians have fled toward camps in the south.",
    "A {n:,}-strong force has been assembled for the final phase.",
    "Estimates of the number of {d} in {c} range from {n:,}-{m:,}.",
    "At least {k} people were killed and {j} wounded in the fighting, medical sources said.",
    "Convoys on Route {k} were searched for explosives.",
    '"We will not stop until every street is free," {w} told reporters.',
    '"The humanitarian situation is extremely serious," {w} said.',
    "The United Nations has called on all sides to protect civilians.",
    "Engineers are clearing booby traps from {x}, where {k} houses were destroyed.",
    "{a} said they had found tunnels running under {x}.",
    "Hospitals in {c} reported shortages of medicine and fuel.",
    "Snipers positioned on rooftops have slowed the advance through {x}.",
    "{a} said {k} car bombs had been intercepted before reaching their lines.",
    "Aid workers described queues of several hundred people outside the bakeries of {p}.",
    "The road from {p} to {c} is lined with burned-out vehicles and abandoned checkpoints.",
    "Commanders said the remaining {d} were using civilians as human shields.",
    "A spokesman for the aid group said {n:,} food parcels had been distributed.",
    "Mortar fire could be heard from the hills above {p} as families loaded their belongings onto trucks.",
    "The defence ministry said {k} soldiers had been wounded, without giving further details.",
    "Mobile phone networks in {c} have been cut, making it hard to verify the reports.",
    "Farmers around {p} said their fields had been mined by the retreating fighters.",
    "In the camps, doctors are treating dozens of children for dehydration and shrapnel wounds.",
    "The fighting has displaced about {n:,} people, according to the International Organization for Migration.",
    "Local television showed soldiers raising a flag over a government building in {x}.",
    "{W} said the operation was proceeding according to plan.",
]
TITLES = ["Fighting rages for control of {c}", "{A} advance on {c}", "Civilians flee as battle for {c} intensifies",
          "{c}: the front line moves toward {x}", "Offensive on {c} enters a new phase"]


def _fill(template: str, r: random.Random, c: _Campaign, **extra: Any) -> str:
    vals: dict[str, Any] = {
        "a": r.choice(c.attackers), "A": r.choice(c.attackers).capitalize(), "d": r.choice(c.defenders),
        "c": c.city, "x": r.choice(DISTRICTS), "p": r.choice(PLACES), "w": r.choice(SPOKESMEN),
        "W": r.choice(SPOKESMEN).capitalize(), "n": r.randint(2, 30) * 1000, "k": r.randint(3, 90),
        "j": r.randint(3, 200),
    }
    vals["m"] = vals["n"] + r.randint(1, 20) * 1000
    vals.update(extra)
    return template.format(**vals)


def _sentence_with(w: _Writer, template: str, phrase: _Phrase, r: random.Random, c: _Campaign, **extra: Any) -> None:
    """Write ``template`` with its ``{T}`` (or ``{D}``) slot holding ``phrase``."""
    slot = "{T}" if "{T}" in template else "{D}"
    head, tail = template.split(slot)
    text_head = _fill(head, r, c, **extra)
    w.text(text_head[0].upper() + text_head[1:] if text_head else "")
    w.phrase(phrase)
    w.text(_fill(tail, r, c, **extra))


def _article(i: int, seed: int, campaigns: list[_Campaign]) -> Article:
    r = random.Random(f"article:{seed}:{i}")
    c = r.choice(campaigns)
    last = c.milestones[-1][0]
    pub = c.start + dt.timedelta(days=r.randint(1, (last - c.start).days + 30))
    known = [(d, m) for d, m in c.milestones if d <= pub]
    agency = r.choice(AGENCIES)
    w = _Writer()

    # Lead: the latest milestone, told relative to the publication date.
    recent_d, recent_m = known[-1]
    if (pub - recent_d).days > 6:  # nothing this week: report an airstrike of the last few days instead
        recent_d = pub - dt.timedelta(days=r.randint(0, 6))
        recent_m = f"coalition aircraft struck positions held by {r.choice(c.defenders)} near {r.choice(PLACES)}"
    head, mid, tail = r.choice(LEADS)
    w.text(f"{c.city.upper()}, {c.country} ({agency}) — ")
    _sentence_with(w, tail, _past_phrase(r, pub, recent_d), r, c, M=recent_m)
    w.text(" ")

    for d, m in r.sample(known[:-1], min(len(known) - 1, r.randint(1, 4))):
        _sentence_with(w, r.choice(BACKGROUND), _past_phrase(r, pub, d), r, c, M=m)
        w.text(" ")
    paragraphs = r.sample(FILLER, r.randint(6, 14))
    for k, f in enumerate(paragraphs):
        line = _fill(f, r, c)
        w.text(line[0].upper() + line[1:] + (" " if k % 2 == 0 else "\n\n"))
    if r.random() < 0.6:
        _sentence_with(w, r.choice(DURATION_SENTENCES), _duration(r, (pub - c.start).days), r, c)
        w.text(" ")
    if r.random() < 0.4 and (pub - c.start).days >= 14:
        weeks = (pub - c.start).days // 7
        template = r.choice(INTO_CAMPAIGN)
        head_txt, tail_txt = template.split("{N}")
        # TimeML keeps an approximating word inside the TIMEX3 ("Some 12 weeks", mod APPROX)
        if head_txt:
            w.timex(f"{head_txt}{_num(r, weeks)} weeks", "DURATION", f"P{weeks}W", "APPROX")
        else:
            w.timex(f"{NUMBER_WORDS[weeks].capitalize() if weeks < 13 else weeks} weeks", "DURATION", f"P{weeks}W")
        w.text(tail_txt + " ")
    if r.random() < 0.5:
        _sentence_with(w, r.choice(FUTURE), _future_phrase(r, pub), r, c)
        w.text(" ")
    if r.random() < 0.3:
        wd = r.randrange(7)
        _sentence_with(w, r.choice(SET_SENTENCES), _Phrase("", f"every {WEEKDAYS[wd]}", "SET", f"XXXX-WXX-{wd + 1}"),
                       r, c)
        w.text(" ")
    if r.random() < 0.2:
        w.text(f"\n\nViews: {r.randint(1000, 2999)}")
    title = _fill(r.choice(TITLES), r, c)
    return Article(f"synth-{i:05d}", pub, agency, title, w.result().rstrip() + "\n", w.gold)


def generate(n: int, seed: int = DEFAULT_SEED) -> list[Article]:
    """The first ``n`` articles of the corpus of ``seed`` (article ``i`` depends on ``seed`` and ``i`` only)."""
    campaigns = _campaigns(seed)
    return [_article(i, seed, campaigns) for i in range(n)]


def write_corpus(articles: list[Article], out_dir: Path) -> tuple[Path, Path]:
    """Write ``corpus.jsonl`` (id, published, source, title, text) and ``gold.json`` under ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus = out_dir / "corpus.jsonl"
    gold = out_dir / "gold.json"
    with corpus.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a.document(), ensure_ascii=False) + "\n")
    gold.write_text(json.dumps([a.gold_record() for a in articles], ensure_ascii=False, indent=0) + "\n",
                    encoding="utf-8")
    return corpus, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the synthetic news corpus.")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / ".data" / "synth")
    args = ap.parse_args(argv)
    corpus, gold = write_corpus(generate(args.n, args.seed), args.out)
    print(f"wrote {corpus} and {gold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
