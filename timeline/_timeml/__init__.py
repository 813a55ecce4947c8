"""TimeML in and out, and TempEval-3 scoring of time expressions.

* :func:`read_timeml` reads a ``.tml`` file into a :class:`~timeline.model.Document` whose
  ``expressions`` are the gold TIMEX3 (code-point offsets into the plain text of ``<TEXT>``) and
  whose ``published`` is the DCT.
* :func:`write_timeml` writes documents as TimeML (DCT + inline TIMEX3), which the official
  TempEval-3 scorer and other TimeML tools read.
* :func:`evaluate` / :func:`evaluate_dir` score an extractor (ours by default) on a TimeML corpus
  with the TempEval-3 measures (relaxed and strict span P/R/F1, type and value accuracy, value
  F1), on a deterministic ``dev``/``heldout`` split, and :func:`error_dump` lists every error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from timeline.model import Document

from ._eval import (
    SPLITS,
    Evaluation,
    Predictor,
    error_dump,
    evaluate,
    load_corpus,
    report_json,
    report_text,
    spans_of,
    split_of,
    timeline_predictor,
)
from ._read import TimemlError, TimemlFile, parse_dct_value, read_timeml, read_timeml_text
from ._score import Counts, Pair, Span, align, count, inline_spans
from ._write import document_timeml, file_name, write_timeml

__all__ = [
    "SPLITS",
    "Counts",
    "Evaluation",
    "Pair",
    "Predictor",
    "Span",
    "TimemlError",
    "TimemlFile",
    "align",
    "count",
    "document_timeml",
    "error_dump",
    "evaluate",
    "evaluate_dir",
    "file_name",
    "inline_spans",
    "load_corpus",
    "parse_dct_value",
    "read_timeml",
    "read_timeml_text",
    "report_json",
    "report_text",
    "run_eval",
    "spans_of",
    "split_of",
    "timeline_predictor",
    "write_timeml",
]


def run_eval(
    path: Path,
    *,
    as_json: bool = False,
    limit: int | None = None,
    split: str = "all",
    errors: Path | None = None,
    pred_dir: Path | None = None,
    system_out: Path | None = None,
) -> tuple[str, list[str]]:
    """What ``timeline eval`` does: (the report, the problems met).

    ``errors`` receives :func:`error_dump`; ``system_out`` receives our output as TimeML, one
    file per gold file under the same relative name, for the official scorer
    (``python TE3-evaluation.py GOLD_DIR SYSTEM_DIR``).
    """
    if system_out is not None and pred_dir is None:
        ev = _evaluate_and_write(path, split=split, limit=limit, out=system_out)
    else:
        ev = evaluate(path, split=split, limit=limit, pred_dir=pred_dir)
    if errors is not None:
        errors.parent.mkdir(parents=True, exist_ok=True)
        errors.write_text(error_dump(ev), encoding="utf-8")
    return (report_json(ev) if as_json else report_text(ev)), list(ev.problems)


def _evaluate_and_write(path: Path, *, split: str, limit: int | None, out: Path) -> Evaluation:
    from timeline._pipeline import anchor_and_extract

    def predict(doc: Document) -> list[Span]:
        done, _ = anchor_and_extract(doc, None)
        target = out / doc.id
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(document_timeml(done), encoding="utf-8")
        return spans_of(done.expressions)

    return evaluate(path, split=split, limit=limit, predictor=predict)


def evaluate_dir(
    path: Path,
    *,
    as_json: bool = False,
    limit: int | None = None,
    split: str = "all",
    errors: Path | None = None,
    pred_dir: Path | None = None,
) -> str:
    """Score extraction on every .tml file under ``path``; the report as text or JSON.

    Problems (unreadable files) go to standard error, one line each; see :func:`run_eval` to get them.
    """
    text, problems = run_eval(path, as_json=as_json, limit=limit, split=split, errors=errors, pred_dir=pred_dir)
    for p in problems:
        print(f"timeline: {p}", file=sys.stderr)
    return text
