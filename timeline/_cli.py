"""The ``timeline`` command line: extract, build, validate, eval (see docs/cli.md).

Exit codes (../shared/contract.md): 0 done; 1 ``validate`` found an error; 2 bad usage or
unreadable input, with a one-line message on stderr naming the file (and line).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from timeline import __version__

if TYPE_CHECKING:
    from timeline._ingest import InputProblem
    from timeline._pipeline import Run

app = typer.Typer(
    name="timeline",
    help="Reconstruct the timeline of a campaign from the news articles written about it.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

InputsArg = Annotated[
    list[str],
    typer.Argument(help="Files (.txt, .jsonl, .html), directories, or - for JSON Lines on stdin.", show_default=False),
]
DctOpt = Annotated[
    str | None,
    typer.Option("--dct", help="Publication date YYYY-MM-DD for documents that carry none.", metavar="YYYY-MM-DD"),
]
AnchorsOpt = Annotated[
    Path | None,
    typer.Option("--anchors", help="YAML or JSON file of known events: [{name, aliases, start, end}].", metavar="FILE"),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for per-document stages.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings on stderr.")]


def _fail(message: str) -> NoReturn:
    """Bad usage: one line on stderr, exit 2."""
    print(f"timeline: {message}", file=sys.stderr)
    raise typer.Exit(2)


def _check_dct(dct: str | None) -> dt.date | None:
    if dct is None:
        return None
    try:
        return dt.date.fromisoformat(dct.strip())
    except ValueError:
        _fail(f"--dct: '{dct}' is not a date (want YYYY-MM-DD)")


#: What ingestion reads from a directory: an existing such file under an input directory is an input.
_DOC_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
#: What the HTML page may not overwrite: it may replace an older page of ours, never a text corpus.
_PAGE_SAFE = (".txt", ".jsonl")


def _check_outputs(inputs: list[str], outputs: list[Path | None], pages: Path | None = None) -> None:
    """Refuse to write an output file over one of the inputs.

    Aliases count (``./a.jsonl``, symlinks, hard links), and so does an existing document inside an
    input directory: it is read as an input by this very run.  Nor may an output replace an existing
    ``.txt``/``.jsonl`` document (or, but for the page ``pages``, an ``.html`` one): that is what a
    shell glob does in ``build --json *.txt``, where the first file becomes the output path.
    """
    ins: set[str] = set()
    dirs: list[str] = []
    inodes: set[tuple[int, int]] = set()
    for i in inputs:
        if i != "-":
            with contextlib.suppress(OSError, ValueError):
                real = os.path.realpath(i)
                ins.add(real)
                st = os.stat(real)
                inodes.add((st.st_dev, st.st_ino))
                if os.path.isdir(real):
                    dirs.append(real)
    for out in outputs:
        if out is None:
            continue
        real = os.path.realpath(out)
        same = real in ins
        with contextlib.suppress(OSError, ValueError):
            st = os.stat(real)
            same = same or (st.st_dev, st.st_ino) in inodes
            same = same or (os.path.isfile(real) and real.lower().endswith(_DOC_SUFFIXES)
                            and any(real.startswith(d.rstrip(os.sep) + os.sep) for d in dirs))
        if same:
            _fail(f"{out}: refusing to overwrite an input file")
        if os.path.exists(real) and Path(real).suffix.lower() in (_PAGE_SAFE if out is pages else _DOC_SUFFIXES):
            # `build --json a.txt b.txt` means "--json OUT": the shell glob put a document where the
            # output path goes.  A JSON or image written over an existing document is never wanted.
            _fail(f"{out}: refusing to overwrite an existing document (give --json/--html/--image a new file)")
        if out is not None and out.is_dir():
            _fail(f"{out}: is a directory")


def _check_lang(lang: str) -> str:
    code = lang.strip()
    if code == "en":
        return code
    from dateparser.data.languages_info import language_order

    if code not in language_order:
        _fail(f"--lang: '{lang}' is not a language code dateparser knows (e.g. en, fr, es, de, ar)")
    return code


def _run(
    inputs: list[str], dct: str | None, anchors: Path | None, stage: str, jobs: int, quiet: bool,
    lang: str = "en",
) -> tuple[Run, bool]:
    from timeline._pipeline import run

    date = _check_dct(dct)
    progress = not quiet and sys.stderr.isatty()
    result = run(inputs, date, anchors, stage=stage, jobs=jobs, progress=progress, lang=lang)
    return result, _report(result.problems, quiet)


def _report(problems: list[InputProblem], quiet: bool) -> bool:
    """Print the input problems on stderr; ``True`` if one was fatal (exit 2)."""
    bad = False
    for p in problems:
        if p.fatal:
            bad = True
            print(f"timeline: {p}", file=sys.stderr)
        elif not quiet:
            print(f"timeline: warning: {p}", file=sys.stderr)
    return bad


def _emit(text: str) -> bool:
    """Write to stdout; ``False`` once the reader has gone (a broken pipe)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
        return True
    except BrokenPipeError:
        # The reader left (`timeline extract ... | head`): not an error of ours.  Point stdout at
        # /dev/null so the interpreter's final flush does not print "Exception ignored", and
        # let the command finish with its own exit code.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return False


@app.command()
def extract(
    inputs: InputsArg,
    dct: DctOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the default format).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="json, or timeml (DCT + inline TIMEX3).")] = "json",
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="With --format timeml: write one .tml file per document here.")
    ] = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
    lang: Annotated[
        str, typer.Option("--lang", help="Language of the texts (ISO 639-1): en (default), or e.g. fr via dateparser.")
    ] = "en",
) -> None:
    """Find every document's anchor and its time expressions, resolved to intervals."""
    if fmt not in ("json", "timeml"):
        _fail(f"--format: '{fmt}' is not one of json, timeml")
    from timeline._pipeline import stream_extract

    code = _check_lang(lang)
    # Streamed: each document is written as it is made (docs/performance.md, "Streaming").
    docs, problems = stream_extract(inputs, _check_dct(dct), jobs=jobs, progress=not quiet and sys.stderr.isatty(),
                                    lang=code)
    bad = _report(problems, quiet)
    if fmt == "timeml" and out_dir is not None:
        from timeline._timeml import write_timeml

        try:
            write_timeml(list(docs), out_dir)
        except OSError as e:
            _fail(f"{out_dir}: {e.strerror or e}")
    elif fmt == "timeml":
        from timeline._timeml import document_timeml

        for i, d in enumerate(docs):  # one TimeML file after another, as write_timeml joins them
            if not _emit(("\n" if i else "") + document_timeml(d)):
                break
    else:
        from timeline._export.json_out import iter_documents_json

        for piece in iter_documents_json(docs):
            if not _emit(piece):
                break
    raise typer.Exit(2 if bad else 0)


@app.command()
def build(
    inputs: InputsArg,
    dct: DctOpt = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the timeline as JSON here.", metavar="OUT.json")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the self-contained HTML page here.", metavar="OUT.html")] = None,
    image_out: Annotated[
        Path | None, typer.Option("--image", help="Also write the chart as PNG/SVG/PDF (needs kaleido + Chromium).", metavar="OUT.png")
    ] = None,
    group_by: Annotated[str, typer.Option("--group-by", help="Lanes: actor, place, document or type.")] = "actor",
    anchors: AnchorsOpt = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
) -> None:
    """Build the timeline of the whole corpus: events, findings, JSON and an HTML Gantt page."""
    if group_by not in ("actor", "place", "document", "type"):
        _fail(f"--group-by: '{group_by}' is not one of actor, place, document, type")
    _check_outputs(inputs, [json_out, html_out, image_out], pages=html_out)
    result, bad = _run(inputs, dct, anchors, "build", jobs, quiet)
    tl = result.timeline
    try:
        if json_out is not None:
            tl.to_json(json_out)
        if html_out is not None:
            tl.to_html(html_out, group_by=group_by)
        if image_out is not None:
            from timeline._export.html import write_image

            write_image(tl, image_out, group_by=group_by)
    except OSError as e:
        _fail(f"{e.filename or ''}: {e.strerror or e}")
    except RuntimeError as e:  # e.g. image export without Chromium: a clear message, not a traceback
        _fail(str(e))
    if json_out is None and html_out is None and image_out is None:
        from timeline._export.json_out import dumps

        _emit(dumps(tl.to_dict()))
    raise typer.Exit(2 if bad else 0)


@app.command()
def validate(
    inputs: InputsArg,
    dct: DctOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
    anchors: AnchorsOpt = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
) -> None:
    """Check the corpus for consistency; exit 1 if any finding is an error."""
    result, bad = _run(inputs, dct, anchors, "build", jobs, quiet)
    findings = result.timeline.findings
    if as_json:
        from timeline._export.json_out import dumps, findings_dict

        _emit(dumps(findings_dict(findings)))
    else:
        for f in findings:
            where = "; ".join(f"{e.doc}@{e.start} '{e.text}'" for e in f.evidence)
            _emit(f"{f.severity}: {f.code}: {f.message}" + (f" [{where}]" if where else "") + "\n")
        if not findings:
            _emit("no findings\n")
    if bad:
        raise typer.Exit(2)
    raise typer.Exit(1 if any(f.severity == "error" for f in findings) else 0)


@app.command(name="eval")
def eval_cmd(
    timeml_dir: Annotated[Path, typer.Argument(help="A directory of TimeML (.tml) files with gold TIMEX3.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=0, help="Score only the first N documents.")] = None,
    split: Annotated[
        str, typer.Option("--split", help="all, dev, or heldout (fixed by a hash of each file name; see docs/accuracy.md).")
    ] = "all",
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write every miss, false positive and wrong value here.", metavar="FILE")
    ] = None,
    pred_dir: Annotated[
        Path | None, typer.Option("--system", help="Score the TimeML files in this directory instead of running extraction.", metavar="DIR")
    ] = None,
    system_out: Annotated[
        Path | None, typer.Option("--write-timeml", help="Also write our output as TimeML here (for the official scorer).", metavar="DIR")
    ] = None,
) -> None:
    """Score extraction against a TimeML corpus with the TempEval-3 measures."""
    from timeline._timeml import SPLITS, run_eval

    if not timeml_dir.exists():
        _fail(f"{timeml_dir}: no such file or directory")
    if split not in SPLITS:
        _fail(f"--split: '{split}' is not one of {', '.join(SPLITS)}")
    if pred_dir is not None and not pred_dir.is_dir():
        _fail(f"{pred_dir}: not a directory")
    try:
        text, problems = run_eval(
            timeml_dir, as_json=as_json, limit=limit, split=split, errors=errors, pred_dir=pred_dir,
            system_out=system_out,
        )
    except OSError as e:
        _fail(f"{e.filename or errors or system_out}: {e.strerror or e}")
    for p in problems:
        print(f"timeline: {p}", file=sys.stderr)
    _emit(text)
    raise typer.Exit(2 if problems else 0)


def _version(value: bool) -> None:
    if value:
        print(f"timeline {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Reconstruct the timeline of a campaign from the news articles written about it."""


def main() -> None:
    """Entry point of the ``timeline`` console script: never lets a traceback reach the user."""
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:  # the last line of defence; the stages report their own errors
        print(f"timeline: internal error: {type(e).__name__}: {e}".splitlines()[0], file=sys.stderr)
        sys.exit(2)
