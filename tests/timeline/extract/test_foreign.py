"""Extraction in French through dateparser's language data (sentences written for this test)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from timeline import _extract, _resolve
from timeline.model import Anchor

ANCHOR = Anchor(value=dt.datetime(2016, 10, 29), source="cli")


def _values(text: str) -> dict[str, str]:
    found = _resolve.resolve(_extract.extract(text, lang="fr"), ANCHOR)
    for e in found:
        assert text[e.start:e.end] == e.text
        assert e.rule.startswith("dateparser_fr")
    return {e.text: e.value for e in found}


def test_french_absolute_date() -> None:
    assert _values("Les ministres se sont réunis à Paris le 24 octobre 2016.") == {"24 octobre 2016": "2016-10-24"}


def test_french_relative_day_uses_the_anchor_not_the_clock() -> None:
    got = _values("L'offensive a été lancée hier selon l'armée.")
    assert got == {"hier": "2016-10-28"}


def test_french_relative_without_anchor_stays_underspecified() -> None:
    found = _resolve.resolve(_extract.extract("Les combats ont repris hier.", lang="fr"), Anchor())
    assert [(e.text, e.value, e.interval) for e in found] == [("hier", "XXXX-XX-XX", None)]


def test_french_month_year() -> None:
    assert _values("La ville est tombée en juin 2014 aux mains des jihadistes.") == {"juin 2014": "2014-06"}


# --- the same path from the command line and the public API (`timeline extract --lang fr`) ---

_FR = ("Le gouvernement a annoncé hier un nouveau couvre-feu.\n"
       "Les premiers bombardements avaient eu lieu le 3 mars 2015, selon une ONG.\n")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(Path(sys.executable).parent / "timeline"), *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_extract_lang_fr(tmp_path: Path) -> None:
    src = tmp_path / "depeche.txt"
    src.write_text(_FR, encoding="utf-8")
    r = _cli("extract", "--lang", "fr", "--dct", "2016-10-29", str(src))
    assert r.returncode == 0, r.stderr
    exprs = json.loads(r.stdout)["documents"][0]["expressions"]
    got = {e["text"]: (e["value"], e["rule"]) for e in exprs}
    assert got == {"hier": ("2016-10-28", "dateparser_fr_relative"),
                   "3 mars 2015": ("2015-03-03", "dateparser_fr_absolute")}
    # English (the default) reads none of these French phrases as dates
    import timeline

    assert timeline.extract(src, dct="2016-10-29")[0].expressions == ()


def test_cli_rejects_an_unknown_language(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_FR, encoding="utf-8")
    r = _cli("extract", "--lang", "zz", str(src))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == ["timeline: --lang: 'zz' is not a language code dateparser knows (e.g. en, fr, es, de, ar)"]


def test_public_extract_lang_fr(tmp_path: Path) -> None:
    import timeline

    src = tmp_path / "depeche.txt"
    src.write_text(_FR, encoding="utf-8")
    docs = timeline.extract(src, dct="2016-10-29", lang="fr")
    assert [(e.text, e.value) for e in docs[0].expressions] == [("hier", "2016-10-28"), ("3 mars 2015", "2015-03-03")]
    hier = docs[0].expressions[0]
    assert hier.interval is not None
