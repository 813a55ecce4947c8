"""``timeline eval``: score an extractor on a TimeML corpus, report, and dump the errors.

The corpus is every ``.tml`` file below a directory, in sorted path order.  Each file's gold
TIMEX3 are the reference; its DCT is the document's true publication date, passed as
``Document.published`` (news mode, true document dates), so anchoring never guesses.

Held-out split: a file belongs to ``heldout`` when the first 8 hex digits of the SHA-256 of its
name (``NYT19981120.0362.tml``, no directory) read as an integer are divisible by 5, else to
``dev``; about one file in five is held out, the same files on every machine and run, whatever
else is in the directory.  Tune rules on ``dev`` (and read its error dump); look at ``heldout``
only to report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.model import Document, Expression

from ._read import TimemlError, TimemlFile, read_timeml
from ._score import Counts, Pair, Span, inline_spans

__all__ = [
    "Evaluation",
    "Predictor",
    "SPLITS",
    "error_dump",
    "evaluate",
    "load_corpus",
    "report_text",
    "spans_of",
    "split_of",
    "timeline_predictor",
]

SPLITS = ("all", "dev", "heldout")
#: Given a gold document (text, ``published`` = DCT, no expressions), the system's spans.
Predictor = Callable[[Document], Sequence[Span]]


def split_of(path: Path | str) -> str:
    """``"heldout"`` or ``"dev"``, from a hash of the file name (see the module docstring)."""
    name = Path(path).name
    return "heldout" if int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "dev"


def spans_of(expressions: Iterable[Expression]) -> list[Span]:
    """Expressions as scored spans."""
    return [Span(e.start, e.end, e.type, e.value, e.mod, e.text, e.rule) for e in expressions]


def load_corpus(
    root: Path, *, split: str = "all", limit: int | None = None
) -> tuple[list[tuple[str, TimemlFile]], list[str]]:
    """``(relative name, file)`` for every readable ``.tml`` below ``root`` in ``split``, and the problems."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not '{split}'")
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*.tml") if p.is_file())
    out: list[tuple[str, TimemlFile]] = []
    problems: list[str] = []
    for p in paths:
        if split != "all" and split_of(p) != split:
            continue
        if limit is not None and len(out) >= limit:
            break
        rel = p.name if p == root else p.relative_to(root).as_posix()
        try:
            out.append((rel, read_timeml(p, doc_id=rel)))
        except TimemlError as e:
            problems.append(str(e))
    return out, problems


def timeline_predictor() -> Predictor:
    """Our pipeline (anchor from the DCT, extract, resolve), as a predictor."""
    from timeline._pipeline import anchor_and_extract

    def predict(doc: Document) -> Sequence[Span]:
        done, _ = anchor_and_extract(doc, None)
        return spans_of(done.expressions)

    return predict


@dataclass
class DocResult:
    """One document's alignment."""

    name: str
    document: Document
    dct_value: str | None
    pairs: list[Pair]
    missed: list[Span]
    spurious: list[Span]


@dataclass
class Evaluation:
    """What one scoring run produced."""

    corpus: str
    split: str
    system: str
    counts: Counts
    docs: list[DocResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    chars: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "corpus": self.corpus, "split": self.split, "system": self.system,
            **self.counts.as_dict(),
            "chars": self.chars, "seconds": round(self.seconds, 3),
            "problems": list(self.problems),
        }


def evaluate(
    root: Path,
    *,
    split: str = "all",
    limit: int | None = None,
    predictor: Predictor | None = None,
    system: str = "timeline",
    pred_dir: Path | None = None,
) -> Evaluation:
    """Score ``predictor`` (default: our pipeline), or the TimeML files in ``pred_dir``, on ``root``."""
    files, problems = load_corpus(root, split=split, limit=limit)
    if pred_dir is not None:
        predictor, system = _dir_predictor(pred_dir, problems), str(pred_dir)
    predict = predictor or timeline_predictor()
    ev = Evaluation(str(root), split, system, Counts(), problems=problems)
    for name, f in files:
        gold = spans_of(f.document.expressions)
        bare = f.document.model_copy(update={"expressions": ()})
        t0 = time.perf_counter()
        try:
            system_spans = inline_spans(predict(bare))
        except Exception as e:  # one bad document must not stop the corpus; report it, score it as empty
            problems.append(f"{name}: {system} failed: {type(e).__name__}: {e}".splitlines()[0])
            system_spans = []
        ev.seconds += time.perf_counter() - t0
        ev.chars += len(bare.text)
        pairs, missed, spurious = ev.counts.add(gold, system_spans)
        ev.docs.append(DocResult(name, f.document, f.dct_value, pairs, missed, spurious))
    return ev


def _dir_predictor(pred_dir: Path, problems: list[str]) -> Predictor:
    """Read a system's TimeML output: the file with the gold file's relative path under ``pred_dir``."""
    def predict(doc: Document) -> Sequence[Span]:
        rel = doc.id
        p = pred_dir / rel if (pred_dir / rel).is_file() else pred_dir / Path(rel).name
        if not p.is_file():
            problems.append(f"{p}: no system file for {rel}")
            return []
        f = read_timeml(p)
        if f.document.text != doc.text:
            problems.append(f"{p}: its text differs from the gold text; scored anyway")
        return spans_of(f.document.expressions)

    return predict


# ---------------------------------------------------------------------------------------- reports


def report_text(ev: Evaluation) -> str:
    """The human-readable report: every measure with its counts."""
    c = ev.counts
    kb = ev.chars / 1000
    lines = [
        f"TempEval-3 TIMEX3 scores: {ev.system} on {ev.corpus} (split {ev.split})",
        f"documents {c.docs}   gold {c.gold}   system {c.system}   (DCT t0 not scored)",
        "",
        "                 P       R       F1      counts",
        f"relaxed span   {c.relaxed_p:.4f}  {c.relaxed_r:.4f}  {c.relaxed_f1:.4f}  {c.relaxed} overlapping pairs",
        f"strict span    {c.strict_p:.4f}  {c.strict_r:.4f}  {c.strict_f1:.4f}  {c.strict} exact-offset pairs",
        f"value          {c.value_p:.4f}  {c.value_r:.4f}  {c.value_f1:.4f}  {c.value_ok} overlapping with the exact value",
        f"type                            {c.type_f1:.4f}  {c.type_ok} with the right type",
        "",
        f"value accuracy (on matched) {c.value_accuracy:.4f}   type accuracy {c.type_accuracy:.4f}"
        f"   mod accuracy {c.mod_accuracy:.4f} ({c.mod_ok}/{c.mod_pairs} pairs with a mod)",
        "by gold type:  " + "   ".join(
            f"{t} {row[1]}/{row[0]} found, {row[2]} right value" for t, row in sorted(c.by_type.items())),
        f"extraction: {kb:.1f} KB of text in {ev.seconds:.2f} s"
        + (f" ({kb / ev.seconds:.1f} KB/s, one-time start-up included)" if ev.seconds > 0 else ""),
    ]
    if ev.problems:
        lines.append(f"problems: {len(ev.problems)} (see stderr)")
    return "\n".join(lines) + "\n"


def report_json(ev: Evaluation) -> str:
    return json.dumps(ev.as_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    flat = _flat
    return f"…{flat(left)}[[{flat(text[start:end])}]]{flat(right)}…"


def _sv(s: Span) -> str:
    return f"{s.type}:{s.value}" + (f" mod={s.mod}" if s.mod else "")


def error_dump(ev: Evaluation) -> str:
    """Every miss, false positive, wrong value/type and partial span, with context (for error analysis).

    One line per problem, tab-separated, after a header of totals and the most frequent cases:
    ``KIND  doc  DCT  gold  system  rule  context``.  KIND is MISS, FALSE, or for an aligned pair
    any of VALUE, TYPE, SPAN joined by ``+``.
    """
    kinds: Counter[str] = Counter()
    missed_txt: Counter[str] = Counter()
    false_txt: Counter[str] = Counter()
    value_txt: Counter[str] = Counter()
    body: list[str] = []
    for d in ev.docs:
        text = d.document.text
        rows: list[tuple[int, str]] = []
        for g in d.missed:
            kinds["MISS"] += 1
            missed_txt[g.text.lower()] += 1
            rows.append((g.start, "\t".join(["MISS", d.name, d.dct_value or "-", _sv(g), "-", "-",
                                             _context(text, g.start, g.end)])))
        for s in d.spurious:
            kinds["FALSE"] += 1
            false_txt[s.text.lower()] += 1
            rows.append((s.start, "\t".join(["FALSE", d.name, d.dct_value or "-", "-", _sv(s), s.rule or "-",
                                             _context(text, s.start, s.end)])))
        for p in d.pairs:
            tags = []
            if p.gold.value != p.system.value:
                tags.append("VALUE")
                value_txt[p.gold.text.lower()] += 1
            if p.gold.type != p.system.type:
                tags.append("TYPE")
            if not p.strict:
                tags.append("SPAN")
            if not tags:
                continue
            kind = "+".join(tags)
            for t in tags:
                kinds[t] += 1
            span = f" system span '{p.system.text}'" if not p.strict else ""
            rows.append((p.gold.start, "\t".join([
                kind, d.name, d.dct_value or "-", _sv(p.gold), _sv(p.system) + span, p.system.rule or "-",
                _context(text, p.gold.start, p.gold.end)])))
        body.extend(r for _, r in sorted(rows, key=lambda r: r[0]))
    c = ev.counts
    rules: dict[str, list[int]] = {}  # rule -> [system spans, right value, false positives]
    for d in ev.docs:
        for p in d.pairs:
            row = rules.setdefault(p.system.rule or "-", [0, 0, 0])
            row[0] += 1
            row[1] += p.gold.value == p.system.value
        for s in d.spurious:
            row = rules.setdefault(s.rule or "-", [0, 0, 0])
            row[0] += 1
            row[2] += 1
    by_rule = "; ".join(f"{r} {v[1]}/{v[0]} right, {v[2]} false"
                        for r, v in sorted(rules.items(), key=lambda kv: (kv[1][1] - kv[1][0], kv[0])))

    def top(counter: Counter[str], n: int = 40) -> str:
        return "; ".join(f"{k!r} x{v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n])

    head = [
        f"# timeline eval errors: {ev.system} on {ev.corpus} (split {ev.split}, {c.docs} documents)",
        f"# written {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"# relaxed F1 {c.relaxed_f1:.4f}  strict F1 {c.strict_f1:.4f}  value F1 {c.value_f1:.4f}"
        f"  (gold {c.gold}, system {c.system})",
        "# totals: " + "  ".join(f"{k} {kinds[k]}" for k in ("MISS", "FALSE", "VALUE", "TYPE", "SPAN")),
        "# most missed: " + top(missed_txt),
        "# most false positives: " + top(false_txt),
        "# most wrong values (gold text): " + top(value_txt),
        "# by rule (worst first; right = aligned with the exact value): " + by_rule,
        *(["# held-out files (--split heldout) are left out of this dump on purpose: do not tune on them"]
          if ev.split == "dev" else []),
        "# columns: KIND  doc  DCT  gold TYPE:value  system TYPE:value  rule  context ([[gold or system span]])",
        "",
    ]
    return "\n".join(head + body) + "\n"
