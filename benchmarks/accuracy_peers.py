"""Accuracy of `timeline` and its peers on a TimeML corpus, with the TempEval-3 measures, in one process.

usage (from the repository root)::

    .venv/bin/python benchmarks/accuracy_peers.py [TIMEML_DIR] [--splits all,heldout,dev]
        [--limit N] [--peers timeline,dateparser,datefinder,ctparse] [--json]
        [--seeds JSONL GOLD]   # also score each on the dev gold with ../shared/tools/score_extract.py

Every extractor (see ``peers.py``) runs on the same documents (the plain text of ``<TEXT>``,
anchored at the file's true DCT) and is scored by the same code as ``timeline eval``
(:mod:`timeline._timeml`): one-to-one alignment, overlapping expressions reduced to what inline
TimeML can hold, DCT not scored.  Time is the wall and CPU time of the extractor calls only (not
reading or scoring), after one warm-up call per extractor so that imports and dateparser's
locale loading are not counted; KB per CPU second is the throughput less sensitive to other
processes on a shared machine.  Speed proper is benchmarks/run.py's job; this is indicative.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peers import Extractor, peer_extractors

from timeline._timeml import Counts, Span, inline_spans, load_corpus, spans_of, split_of

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tempeval3-tbaq"
SCORE_EXTRACT = DEFAULT_CORPUS.parent.parent / "tools" / "score_extract.py"


def score(
    extract: Extractor, docs: list[tuple[str, str, dt.datetime, list[Span]]]
) -> tuple[dict[str, Counts], float, float, int]:
    """(counts per document, wall and CPU seconds spent in ``extract``, failures) over ``docs`` = (name, text, dct, gold)."""
    per_doc: dict[str, Counts] = {}
    seconds = cpu = 0.0
    failures = 0
    extract("Warm-up on Friday, May 5, 2000.", dt.datetime(2000, 5, 5))
    for name, text, dct, gold in docs:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            found = extract(text, dct)
        except Exception:  # a peer crashing on one document scores nothing there; count it
            found = []
            failures += 1
        seconds += time.perf_counter() - t0
        cpu += time.process_time() - c0
        system = inline_spans(Span(s, e, t, v, None, text[s:e]) for s, e, t, v in found)
        per_doc[name] = Counts()
        per_doc[name].add(gold, system)
    return per_doc, seconds, cpu, failures


def total(per_doc: dict[str, Counts], split: str) -> Counts:
    """The corpus counts of the documents in ``split`` (all, dev, heldout)."""
    c = Counts()
    for name, counts in per_doc.items():
        if split == "all" or split_of(name) == split:
            c.merge(counts)
    return c


def _interval(value: str) -> dict[str, list[str]] | None:
    """Calendar interval of a DATE/TIME value at day, month or year grain (for score_extract.py)."""
    try:
        if len(value) >= 10:
            d = dt.date.fromisoformat(value[:10])
            e = d + dt.timedelta(days=1)
        elif len(value) == 7:
            d = dt.date.fromisoformat(value + "-01")
            e = (d + dt.timedelta(days=32)).replace(day=1)
        elif len(value) == 4 and value.isdigit():
            d, e = dt.date(int(value), 1, 1), dt.date(int(value) + 1, 1, 1)
        else:
            return None
    except ValueError:
        return None
    return {"start": [d.isoformat(), d.isoformat()], "end": [e.isoformat(), e.isoformat()]}


def seeds_scores(extractors: dict[str, Extractor], jsonl: Path, gold: Path) -> dict[str, str]:
    """The summary line of ``score_extract.py`` for each extractor on the documents of ``jsonl``."""
    docs = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, extract in extractors.items():
            pred: dict[str, list[dict[str, object]]] = {"documents": []}
            for d in docs:
                dct = dt.datetime.fromisoformat(d["published"]) if d.get("published") else dt.datetime(2000, 1, 1)
                if name == "timeline":
                    from timeline._export.json_out import documents_dict
                    from timeline._pipeline import anchor_and_extract
                    from timeline.model import Document

                    done, _ = anchor_and_extract(Document(id=d["id"], text=d["text"], published=dct), None)
                    pred["documents"].extend(documents_dict([done])["documents"])
                    continue
                exprs = [{"text": d["text"][s:e], "start": s, "end": e, "type": t, "value": v,
                          "interval": _interval(v)} for s, e, t, v in extract(d["text"], dct)]
                pred["documents"].append({"id": d["id"], "expressions": exprs})
            p = Path(tmp) / f"{name}.json"
            p.write_text(json.dumps(pred), encoding="utf-8")
            run = subprocess.run([sys.executable, str(SCORE_EXTRACT), str(gold), str(p), "--label", name],
                                 capture_output=True, text=True, check=False)
            out[name] = (run.stdout.strip().splitlines() or ["(no output)"])[-1]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--splits", default="all,heldout,dev", help="comma-separated: all, dev, heldout")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--peers", default=None, help="comma-separated subset of the extractors")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--seeds", nargs=2, type=Path, metavar=("JSONL", "GOLD"), default=None)
    args = ap.parse_args(argv)

    splits = [x for x in args.splits.split(",") if x]
    files, problems = load_corpus(args.corpus, split="all" if len(splits) > 1 else splits[0], limit=args.limit)
    for p in problems:
        print(f"accuracy_peers: {p}", file=sys.stderr)
    docs = []
    for name, f in files:
        assert f.document.published is not None, f"{name}: no DCT"
        docs.append((name, f.document.text, f.document.published, spans_of(f.document.expressions)))
    kb = sum(len(d[1]) for d in docs) / 1000
    extractors = peer_extractors()
    if args.peers:
        wanted = args.peers.split(",")
        extractors = {k: v for k, v in extractors.items() if k in wanted}
    rows: dict[str, dict[str, dict[str, object]]] = {sp: {} for sp in splits}
    timing: dict[str, dict[str, object]] = {}
    for name, extract in extractors.items():
        per_doc, seconds, cpu, failures = score(extract, docs)
        timing[name] = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                        "kb_per_cpu_s": round(kb / cpu, 1) if cpu else None, "failures": failures}
        for sp in splits:
            rows[sp][name] = total(per_doc, sp).as_dict()
    seeds = seeds_scores(extractors, *args.seeds) if args.seeds else {}
    meta = {"corpus": str(args.corpus), "documents": len(docs), "kb": round(kb, 1),
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
                       f"{platform.python_implementation()} {platform.python_version()}, {platform.system()}"}
    if args.json:
        print(json.dumps({"meta": meta, "results": rows, "timing": timing, "seeds": seeds}, indent=2, sort_keys=True))
        return 0
    print(f"{meta['corpus']}: {len(docs)} documents, {kb:.1f} KB; {meta['date']}; {meta['machine']}")
    for sp in splits:
        n = sum(1 for d in docs if sp == "all" or split_of(d[0]) == sp)
        gold = sum(len(d[3]) for d in docs if sp == "all" or split_of(d[0]) == sp)
        print(f"\nsplit {sp}: {n} documents, {gold} gold TIMEX3\n")
        print("| system | relaxed P | relaxed R | relaxed F1 | strict F1 | type acc | value acc | value F1 |")
        print("|---|---|---|---|---|---|---|---|")
        for name, r in rows[sp].items():
            rel, st, ty, va = (r[k] for k in ("relaxed", "strict", "type", "value"))
            assert isinstance(rel, dict) and isinstance(st, dict) and isinstance(ty, dict) and isinstance(va, dict)
            print(f"| {name} | {rel['p']:.3f} | {rel['r']:.3f} | {rel['f1']:.3f} | {st['f1']:.3f} | "
                  f"{ty['accuracy']:.3f} | {va['accuracy']:.3f} | {va['f1']:.3f} |")
    print("\n| system | wall s (all documents) | CPU s | KB per CPU s | documents that raised |")
    print("|---|---|---|---|---|")
    for name, t in timing.items():
        print(f"| {name} | {t['seconds']} | {t['cpu_seconds']} | {t['kb_per_cpu_s']} | {t['failures']} |")
    if seeds:
        print()
    for line in seeds.values():
        print(f"- seeds dev gold, {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
