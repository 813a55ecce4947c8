"""Measurements on the held-out corpus: run the real CLI, score what it prints.

Shared by the tests and by ``python -m``-style use (``python tests/timeline/heldout/_measure.py``
prints every number for the QA report).  The extraction score is the one of
``../shared/tools/score_extract.py`` (same matching: best-overlapping prediction, exact TIMEX3 value,
interval within ``tol_days``; a false positive is a prediction overlapping a ``not_expression``).
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent / "timeline"
SETS = ("aleppo", "kherson", "marawi", "libya")
INCONSISTENT = ("inc-weekday", "inc-second-week", "inc-disagree", "inc2-weekday", "inc2-weeks-into", "inc2-disagree")
RAWS = ("raw", "raw2")
# Unseen sets (session 2, written by QA for the final measurement; developers do not read them):
# source ``u-corpus.py``, TimeML copy in ``data/u-timeml``.
UNSEEN = ("u-kobani", "u-sirte")
UNSEEN_INCONSISTENT = ("u-inc-kobani", "u-inc-sirte", "u-inc-sirte-ago")
# Unseen sets (session 3, QA only: ``u2-corpus.py``, TimeML copy in ``data/u2-timeml``).  Run and
# printed only with ``--unseen2``; the default run and ``--unseen`` never touch them.
UNSEEN2 = ("u2-ramadi", "u2-mariupol")
UNSEEN2_INCONSISTENT = ("u2-inc-ramadi-weekday", "u2-inc-mariupol-weeks", "u2-inc-ramadi-disagree")
# Unseen sets (session 3, second batch, QA only: ``u3-corpus.py``, TimeML copy in ``data/u3-timeml``).
# Run and printed only with ``--unseen3``; the default run, ``--unseen`` and ``--unseen2`` never touch them.
UNSEEN3 = ("u3-baghuz", "u3-afrin")
UNSEEN3_INCONSISTENT = ("u3-inc-baghuz-weekday", "u3-inc-afrin-weeks", "u3-inc-baghuz-disagree")
# Unseen sets (session 4, QA only: ``u4-corpus.py``, TimeML copy in ``data/u4-timeml``).
# Run and printed only with ``--unseen4``.
UNSEEN4 = ("u4-debaltseve", "u4-karabakh")
UNSEEN4_INCONSISTENT = ("u4-inc-karabakh-weekday", "u4-inc-karabakh-weeks", "u4-inc-debaltseve-disagree")
# Unseen sets (session 5, QA only: ``u5-corpus.py``, TimeML copy in ``data/u5-timeml``).
# Run and printed only with ``--unseen5``.
UNSEEN5 = ("u5-talafar", "u5-hodeidah")
UNSEEN5_INCONSISTENT = ("u5-inc-talafar-weekday", "u5-inc-hodeidah-weeks", "u5-inc-hodeidah-disagree")
# Unseen sets (session 6, QA only: ``u6-corpus.py``, TimeML copy in ``data/u6-timeml``).
# Run and printed only with ``--unseen6``.
UNSEEN6 = ("u6-raqqa", "u6-sloviansk")
UNSEEN6_INCONSISTENT = ("u6-inc-sloviansk-weekday", "u6-inc-raqqa-weeks", "u6-inc-raqqa-disagree")
# Unseen sets (session 8, QA only: ``u7-corpus.py``, TimeML copy in ``data/u7-timeml``).
# Run and printed only with ``--unseen7``.
UNSEEN7 = ("u7-georgia", "u7-kabul")
UNSEEN7_INCONSISTENT = ("u7-inc-georgia-weekday", "u7-inc-kabul-weeks", "u7-inc-georgia-disagree")
# Unseen sets (session 9, QA only: ``u8-corpus.py``, TimeML copy in ``data/u8-timeml``).
# Run and printed only with ``--unseen8``.
UNSEEN8 = ("u8-peacespring", "u8-tigray")
UNSEEN8_INCONSISTENT = ("u8-inc-peacespring-weekday", "u8-inc-tigray-weeks", "u8-inc-peacespring-disagree")
# Sets of session 10 (``u9-corpus.py``, TimeML copy in ``data/u9-timeml``), unseen then, practice since session 11.
# Run and printed only with ``--unseen9``.
UNSEEN9 = ("u9-kharkiv", "u9-myanmar")
UNSEEN9_INCONSISTENT = ("u9-inc-kharkiv-weekday", "u9-inc-myanmar-weeks", "u9-inc-kharkiv-disagree")
# Unseen sets (session 11, QA only: ``u10-corpus.py``, TimeML copy in ``data/u10-timeml``).
# Run and printed only with ``--unseen10``.
UNSEEN10 = ("u10-yemen", "u10-turkey")
UNSEEN10_INCONSISTENT = ("u10-inc-yemen-weekday", "u10-inc-turkey-weeks", "u10-inc-yemen-disagree")
# Sets of session 12 (``u11-corpus.py``, TimeML copy in ``data/u11-timeml``), unseen then, practice since session 13.
# Run and printed only with ``--unseen11``.
UNSEEN11 = ("u11-srilanka", "u11-egypt")
UNSEEN11_INCONSISTENT = ("u11-inc-srilanka-weekday", "u11-inc-egypt-weeks", "u11-inc-srilanka-disagree")
# Unseen sets (session 13, QA only: ``u12-corpus.py``, TimeML copy in ``data/u12-timeml``).
# Run and printed only with ``--unseen12``.
UNSEEN12 = ("u12-falklands", "u12-chile")
UNSEEN12_INCONSISTENT = ("u12-inc-falklands-weekday", "u12-inc-chile-weeks", "u12-inc-falklands-disagree")
# Unseen sets (session 14, QA only: ``u13-corpus.py``, TimeML copy in ``data/u13-timeml``).
# Run and printed only with ``--unseen13``.
UNSEEN13 = ("u13-iraq", "u13-deepwater")
UNSEEN13_INCONSISTENT = ("u13-inc-iraq-weekday", "u13-inc-deepwater-weeks", "u13-inc-iraq-disagree")
# PRACTICE sets (session 4, dev data written by QA for developers: ``p4-corpus.py``, TimeML copy in
# ``data/p4-timeml``).  Run and printed only with ``--practice``.
PRACTICE = ("p4-serval", "p4-palmyra", "p4-severodonetsk", "p4-lebanon")
PRACTICE_INCONSISTENT = ("p4-inc-serval-weekday", "p4-inc-severodonetsk-weeks")
# Second PRACTICE batch (session 4: ``p5-corpus.py``, TimeML copy in ``data/p5-timeml``).  Run and
# printed only with ``--practice5``.
PRACTICE5 = ("p5-kunduz", "p5-ghouta", "p5-tripoli", "p5-avdiivka")
PRACTICE5_INCONSISTENT = ("p5-inc-tajoura-disagree", "p5-inc-avdiivka-weeks")
# Third PRACTICE batch (session 5: ``p6-corpus.py``, TimeML copy in ``data/p6-timeml``), written by QA
# mainly to catch false errors and missed merges.  Run and printed only with ``--practice6``.
PRACTICE6 = ("p6-kirkuk", "p6-babaamr", "p6-marjah", "p6-deirezzor")
PRACTICE6_INCONSISTENT = ("p6-inc-kirkuk-weekday", "p6-inc-marjah-weeks", "p6-inc-babaamr-disagree")
# Fourth PRACTICE batch (session 7: ``p7-corpus.py``, TimeML copy in ``data/p7-timeml``), written by QA
# with many kinds of events (truces, talks, declarations, withdrawals).  Run and printed only with
# ``--practice7``.
PRACTICE7 = ("p7-fallujah", "p7-idlib", "p7-gaza", "p7-khartoum")
PRACTICE7_INCONSISTENT = ("p7-inc-gaza-weekday", "p7-inc-fallujah-weeks", "p7-inc-khartoum-disagree")
# The batches run alone, by flag (``--unseen2`` ... ``--practice``): (sets, inconsistent variants,
# TimeML folder).  ``prefetch(batch=n)`` / ``report_batch(n)`` with a number n mean ``unseen{n}``.
BATCHES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "unseen2": (UNSEEN2, UNSEEN2_INCONSISTENT, "u2-timeml"), "unseen3": (UNSEEN3, UNSEEN3_INCONSISTENT, "u3-timeml"),
    "unseen4": (UNSEEN4, UNSEEN4_INCONSISTENT, "u4-timeml"), "unseen5": (UNSEEN5, UNSEEN5_INCONSISTENT, "u5-timeml"),
    "unseen6": (UNSEEN6, UNSEEN6_INCONSISTENT, "u6-timeml"),
    "unseen7": (UNSEEN7, UNSEEN7_INCONSISTENT, "u7-timeml"),
    "unseen8": (UNSEEN8, UNSEEN8_INCONSISTENT, "u8-timeml"),
    "unseen9": (UNSEEN9, UNSEEN9_INCONSISTENT, "u9-timeml"),
    "unseen10": (UNSEEN10, UNSEEN10_INCONSISTENT, "u10-timeml"),
    "unseen11": (UNSEEN11, UNSEEN11_INCONSISTENT, "u11-timeml"),
    "unseen12": (UNSEEN12, UNSEEN12_INCONSISTENT, "u12-timeml"),
    "unseen13": (UNSEEN13, UNSEEN13_INCONSISTENT, "u13-timeml"),
    "practice": (PRACTICE, PRACTICE_INCONSISTENT, "p4-timeml"),
    "practice5": (PRACTICE5, PRACTICE5_INCONSISTENT, "p5-timeml"),
    "practice6": (PRACTICE6, PRACTICE6_INCONSISTENT, "p6-timeml"),
    "practice7": (PRACTICE7, PRACTICE7_INCONSISTENT, "p7-timeml")}

Json = dict[str, Any]
# Each process writes its outputs under its own folder (several measurements may run at once),
# removed when it exits.
_TMP = Path(tempfile.mkdtemp(prefix="heldout-"))
atexit.register(shutil.rmtree, _TMP, True)


@dataclass(frozen=True)
class CliRun:
    code: int
    out: Json
    stderr: str


@cache
def cli(command: str, path: str) -> CliRun:
    """``timeline COMMAND --json`` on one data file (cached: each file is run once per session)."""
    if command == "build":
        out_file = _TMP / f"{Path(path).stem}-{id(path)}.json"
        args = [str(BIN), "build", "--json", str(out_file), path]
    else:
        args = [str(BIN), command, "--json", path]
    r = subprocess.run(args, capture_output=True, text=True, timeout=300)
    text = out_file.read_text() if command == "build" and out_file.exists() else r.stdout
    return CliRun(r.returncode, json.loads(text) if text.strip() else {}, r.stderr)


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


# -- extraction ----------------------------------------------------------------------------------
def _day(s: Any) -> dt.date | None:
    if s is None:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _overlap(a: Json, b: Json) -> int:
    return int(min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _rng(v: Any) -> tuple[dt.date | None, dt.date | None]:
    if isinstance(v, list) and len(v) == 2:
        return _day(v[0]), _day(v[1])
    d = _day(v)
    return d, d


def _interval_ok(pred: Json, gold: Json, tol: int) -> bool:
    iv = pred.get("interval") or {}
    for k in ("start", "end"):
        lo, hi = _rng(iv.get(k))
        g = _day(gold["interval"][k])
        if lo is None or hi is None or g is None:
            return False
        if hi < g - dt.timedelta(days=tol) or lo > g + dt.timedelta(days=tol):
            return False
    return True


@dataclass
class ExtractScore:
    ok: int = 0
    n: int = 0
    detected: int = 0
    total: int = 0
    fp: int = 0
    fp_n: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.ok / self.n if self.n else 0.0

    def line(self, label: str) -> str:
        return (f"{label}: value+interval {self.ok}/{self.n} = {self.accuracy:.0%}; detected "
                f"{self.detected}/{self.total}; false positives {self.fp}/{self.fp_n}")


def score_extract(gold: list[Json], pred: Json) -> ExtractScore:
    docs = {d["id"]: d for d in pred.get("documents", [])}
    s = ExtractScore()
    for g in gold:
        s.total += len(g["expressions"])
        p = docs.get(g["doc"])
        px: list[Json] = p.get("expressions", []) if p else []
        for ge in g["expressions"]:
            best = max((e for e in px if _overlap(e, ge) > 0), key=lambda e: _overlap(e, ge), default=None)
            s.detected += best is not None
            if ge.get("optional_value"):
                continue
            s.n += 1
            good = best is not None and str(best.get("value", "")).upper() == ge["value"].upper()
            if best is not None and good and "interval" in ge:
                good = _interval_ok(best, ge, ge.get("tol_days", 1))
            if good:
                s.ok += 1
            else:
                got = f"'{best['text']}' {best.get('value')}" if best else "nothing"
                s.failures.append(f"{g['doc']} '{ge['text']}': want {ge['value']}, got {got}")
        for ne in g.get("not_expressions", []):
            s.fp_n += 1
            if any(_overlap(e, ne) > 0 for e in px):
                s.fp += 1
                s.failures.append(f"{g['doc']} '{ne['text']}' is not a time expression")
    return s


def extraction(name: str) -> ExtractScore:
    return score_extract(load(f"{name}.gold.json"), cli("extract", str(DATA / f"{name}.jsonl")).out)


# -- events --------------------------------------------------------------------------------------
@dataclass
class EventCheck:
    name: str
    merged: bool   # one event, label with a keyword, evidence covering every required document
    dated: bool    # ... and its start lies in the expected window
    got: str


def _start(e: Json) -> tuple[dt.date | None, dt.date | None]:
    lo, hi = (e.get("interval") or {}).get("start") or [None, None]
    return _day(lo), _day(hi)


def _within(start: tuple[dt.date | None, dt.date | None], lo: dt.date, hi: dt.date) -> bool:
    return start[0] is not None and start[1] is not None and lo <= start[0] and start[1] <= hi


def _words(e: Json) -> str:
    """What names an event: its label and the trigger words of its evidence (not the dates)."""
    return " ".join([e["label"], *(x.get("text", "") for x in e.get("evidence", []))]).lower()


def check_events(name: str) -> list[EventCheck]:
    events = cli("build", str(DATA / f"{name}.jsonl")).out.get("events", [])
    out = []
    for want in load(f"{name}.expected.json")["events"]:
        docs = set(want["docs"])
        w_lo, w_hi = _day(want["start"][0]), _day(want["start"][1])
        assert w_lo is not None and w_hi is not None
        cands = [e for e in events
                 if any(k in _words(e) for k in want["keywords"])
                 and docs <= {x["doc"] for x in e.get("evidence", [])} | {e.get("doc")}]
        dated = [e for e in cands if _within(_start(e), w_lo, w_hi)]
        best = (dated or cands or [None])[0]
        got = (f"{best['label']!r} start {best['interval']['start']} docs "
               f"{sorted({x['doc'] for x in best['evidence']})}" if best else "no event")
        out.append(EventCheck(want["name"], bool(cands), bool(dated), got))
    return out


# -- validate ------------------------------------------------------------------------------------
def validate(name: str) -> CliRun:
    return cli("validate", str(DATA / f"{name}.jsonl"))


def errors(run: CliRun) -> list[Json]:
    return [f for f in run.out.get("findings", []) if f.get("severity") == "error"]


# -- anchors without metadata ------------------------------------------------------------------
def stripped(name: str) -> Path:
    """The set with every ``published`` removed (a temp file), for the anchors stage on its own."""
    out = _TMP / f"stripped-{name}.jsonl"
    lines = []
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        d["published"] = None
        lines.append(json.dumps(d, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def stripped_anchors(name: str) -> dict[str, Json]:
    run = cli("extract", str(stripped(name)))
    return {d["id"]: d["anchor"] for d in run.out.get("documents", [])}


def wrong_anchors(name: str) -> list[str]:
    """Documents of the stripped set whose anchor (value or window) excludes the true date."""
    truth = {g["doc"]: g["dct"] for g in load(f"{name}.gold.json")}
    bad = []
    for doc, a in stripped_anchors(name).items():
        if a.get("value") is None:
            continue
        lo, hi = _day(a.get("earliest") or a["value"]), _day(a.get("latest") or a["value"])
        t = _day(truth[doc])
        if lo is None or hi is None or t is None or not lo <= t <= hi:
            bad.append(f"{doc}: anchor {a['value']} [{a.get('earliest')}..{a.get('latest')}] "
                       f"({a['source']}), truth {truth[doc]}")
    return bad


# -- bare durations placed on the calendar -------------------------------------------------------
def anchored_bare_durations(name: str) -> list[str]:
    """Gold bare durations ("could last one year") to which the engine gives a calendar interval."""
    docs = {d["id"]: d for d in cli("extract", str(DATA / f"{name}.jsonl")).out.get("documents", [])}
    bad = []
    for g in load(f"{name}.gold.json"):
        for ge in g["expressions"]:
            if ge["type"] != "DURATION" or "interval" in ge or "event-relative" in ge.get("notes", "") \
                    or ge["text"].lower().startswith("the "):  # "the next few days" is anchored
                continue
            for e in docs.get(g["doc"], {}).get("expressions", []):
                if _overlap(e, ge) > 0 and e.get("interval"):
                    bad.append(f"{g['doc']} '{e['text']}' {e['value']} interval {e['interval']['start']}")
    return bad


def prefetch(unseen2: bool = False, unseen3: bool = False, batch: int | str | None = None) -> None:
    """Run every CLI call of the held-out suite at once (subprocesses, a few at a time); with
    ``batch`` (or ``unseen2`` / ``unseen3``), those of that batch of ``BATCHES`` only."""
    from concurrent.futures import ThreadPoolExecutor

    batch = batch or (3 if unseen3 else 2 if unseen2 else None)
    if batch is not None:
        sets, inconsistent, folder = BATCHES[f"unseen{batch}" if isinstance(batch, int) else batch]
        jobs = [(c, str(DATA / f"{n}.jsonl")) for n in sets for c in ("extract", "build", "validate")]
        jobs += [("validate", str(DATA / f"{n}.jsonl")) for n in inconsistent]
        jobs += [("eval", str(DATA / folder))] + [("extract", str(stripped(n))) for n in sets]
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda j: cli(*j), jobs))
        return
    jobs = [(c, str(DATA / f"{n}.jsonl")) for n in SETS + UNSEEN for c in ("extract", "build", "validate")]
    jobs += [("validate", str(DATA / f"{n}.jsonl")) for n in INCONSISTENT + UNSEEN_INCONSISTENT]
    jobs += [("extract", str(DATA / f"{r}.jsonl")) for r in RAWS] + [("eval", str(DATA / "timeml"))]
    jobs += [("eval", str(DATA / "u-timeml"))]
    jobs += [("extract", str(stripped(n))) for n in SETS + UNSEEN]
    jobs += [("extract", str(p)) for p in sorted((DATA / "pages").glob("*.html"))]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda j: cli(*j), jobs))


def report_set(name: str) -> None:
    s = extraction(name)
    print(s.line(name))
    for f in s.failures:
        print("   -", f)
    checks = check_events(name)
    print(f"  events merged {sum(c.merged for c in checks)}/{len(checks)}, "
          f"merged+dated {sum(c.dated for c in checks)}/{len(checks)}")
    for c in checks:
        print(f"   {'OK ' if c.dated else 'M  ' if c.merged else 'XX '} {c.name}: {c.got}")
    v = validate(name)
    if v.code == 2:
        print("  validate stderr:", v.stderr[-400:])
    print(f"  validate exit {v.code}, errors {[(e['code'], sorted({x['doc'] for x in e['evidence']})) for e in errors(v)]}")


def report_inconsistent(name: str) -> None:
    v = validate(name)
    print(f"{name}: validate exit {v.code}, errors "
          f"{[(e['code'], sorted({x['doc'] for x in e['evidence']})) for e in errors(v)]}")


def report_eval(folder: str) -> None:
    t = cli("eval", str(DATA / folder)).out
    print(f"TimeML {folder} (timeline eval): relaxed F1 {t['relaxed']['f1']}, strict F1 {t['strict']['f1']}, "
          f"value F1 {t['value']['f1']} (gold {t['counts']['gold']}, system {t['counts']['system']})")


def report_batch(batch: int | str) -> None:
    """``--unseen2`` / ``--unseen3`` / ``--unseen4`` / ``--practice``: one batch of ``BATCHES``, nothing else."""
    flag = f"unseen{batch}" if isinstance(batch, int) else batch
    sets, inconsistent, folder = BATCHES[flag]
    prefetch(batch=flag)
    print(f"== {flag} sets ==")
    report_eval(folder)
    for name in sets:
        report_set(name)
    for name in inconsistent:
        report_inconsistent(name)
    for name in sets:
        an = stripped_anchors(name)
        print(f"{name} without metadata: anchors " + ", ".join(f"{k}={v['value']}({v['source']})" for k, v in an.items()))
        print(f"   wrong: {wrong_anchors(name)}")
        print(f"   bare durations given an interval: {anchored_bare_durations(name)}")


def main() -> None:
    for flag in BATCHES:
        if f"--{flag}" in sys.argv:
            report_batch(flag)
            return
    prefetch()
    unseen_only = "--unseen" in sys.argv
    if not unseen_only:
        report_eval("timeml")
        for name in SETS:
            report_set(name)
        for name in INCONSISTENT:
            report_inconsistent(name)
        for r in RAWS:
            for d in cli("extract", str(DATA / f"{r}.jsonl")).out.get("documents", []):
                a = d["anchor"]
                print(f"{r} {d['id']}: anchor {a['value']} ({a['source']}) window {a.get('earliest')}..{a.get('latest')}")
    print("== unseen sets ==")
    report_eval("u-timeml")
    for name in UNSEEN:
        report_set(name)
    for name in UNSEEN_INCONSISTENT:
        report_inconsistent(name)
    for name in (UNSEEN if unseen_only else SETS + UNSEEN):
        an = stripped_anchors(name)
        print(f"{name} without metadata: anchors " + ", ".join(f"{k}={v['value']}({v['source']})" for k, v in an.items()))
        print(f"   wrong: {wrong_anchors(name)}")
        print(f"   bare durations given an interval: {anchored_bare_durations(name)}")


if __name__ == "__main__":
    main()
