"""The ``litx`` command.

Every user error (a missing file, a bad PDF, a mistake in a rule file) ends
as one line on stderr naming the file and the reason, and a non-zero exit;
tracebacks are for bugs only.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .io import check_output_dir, check_rules_dir, echo_rule_problems, fail, fail_rules, write_file, write_stdout as _write_stdout
from ..errors import LitxError, Msg
from ..layout.limits import DEFAULT as _DEFAULT_LIMITS
from ..layout.pdfsource import DEFAULT_ENGINE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="litx: extract facts from Chinese and English papers (PDF) for systematic reviews.",
    pretty_exceptions_enable=False,
    # plain help: options with their values (--jobs <int>), flags without a placeholder
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from ..version import __version__

        typer.echo(f"litx {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                 callback=_print_version),
    verbose: bool = typer.Option(False, "--verbose", help="Also show the PDF libraries' own log lines."),
) -> None:
    """litx: extract facts from Chinese and English papers (PDF) for systematic reviews."""
    from ..logs import quiet_libraries

    quiet_libraries(verbose)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class Engine(str, Enum):
    pdfplumber = "pdfplumber"
    pdfium = "pdfium"


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


_OCR = typer.Option(OcrMode.auto, "--ocr", help="Read pages with Tesseract: auto (pages without a text layer), always (every page), never.")


def _check_ocr(mode: OcrMode) -> None:
    """``--ocr always`` without Tesseract stops before any PDF is read."""
    from ..layout.ocr import INSTALL, find_tesseract

    if mode is OcrMode.always and find_tesseract() is None:
        fail(str(LitxError(Msg.E008, install=INSTALL)))


def _limits(inflate_mb: int, glyphs: int, pages: int, verbose: bool):
    """The bounds of one PDF (extractor/limits.py); ``--verbose`` shows the
    libraries' log lines from here on."""
    from ..layout.limits import Limits
    from ..logs import quiet_libraries

    if verbose:
        quiet_libraries(verbose=True)
    return Limits(inflate_mb=inflate_mb, glyphs=glyphs, pages=pages)


_LIMIT_HELP = "What one PDF may cost: beyond it a page (or the rest of the document) is skipped with a warning."
_MAX_INFLATE = typer.Option(_DEFAULT_LIMITS.inflate_mb, "--max-inflate-mb", min=1, help=f"Decompressed megabytes per page. {_LIMIT_HELP}")
_MAX_GLYPHS = typer.Option(_DEFAULT_LIMITS.glyphs, "--max-glyphs", min=1, help="Glyphs (and drawn shapes) per page.")
_MAX_PAGES = typer.Option(_DEFAULT_LIMITS.pages, "--max-pages", min=1, help="Pages per PDF.")
_VERBOSE = typer.Option(False, "--verbose", help="Also show the PDF libraries' own log lines.")


@app.command()
def parse(
    pdf: Path = typer.Argument(..., help="The PDF to read.", readable=False),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text: for reading; json: with pages, sections, sentences, languages and boxes."),
    password: Optional[str] = typer.Option(None, "--password", help="Password of an encrypted PDF."),
    engine: Engine = typer.Option(Engine(DEFAULT_ENGINE), "--engine", help="Character source: pdfium (fast, the default) or pdfplumber (the reference)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory (default: the bundled rules/).", readable=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.", readable=False),
    max_inflate_mb: int = _MAX_INFLATE,
    max_glyphs: int = _MAX_GLYPHS,
    max_pages: int = _MAX_PAGES,
    verbose: bool = _VERBOSE,
    ocr: OcrMode = _OCR,
) -> None:
    """Show the text layer of one PDF: sections, paragraphs and sentences in reading order."""
    from ..layout.render import to_json, to_text
    from ..ruleset.model import RuleError, load_rules
    from ..layout.textlayer import parse_pdf, section_vocab

    limits = _limits(max_inflate_mb, max_glyphs, max_pages, verbose)
    check_rules_dir(rules)
    _check_ocr(ocr)
    try:
        sections = section_vocab(load_rules(rules))
    except RuleError as exc:
        fail_rules(exc)
    except LitxError as exc:
        fail(str(exc))
    try:
        with _progress(True, 0, "reading pages") as advance:
            doc = parse_pdf(pdf, password=password, engine=engine.value, sections=sections, limits=limits,
                            ocr=ocr.value, on_page=advance)
    except LitxError as exc:
        fail(str(exc))
    for note in doc.warnings:
        typer.echo(f"litx: {pdf}: {note}", err=True)
    if fmt is OutputFormat.json:
        from ..output.resultfiles import json_text  # (it loads the fact types: not for text)

        text = json_text(to_json(doc))
    else:
        text = to_text(doc)
    if output:
        write_file(output, text)
    else:
        _write_stdout(text)
    if not doc.blocks:  # the reason is among the warnings (W001, W009; W005, W007 for every page)
        raise typer.Exit(1)


def _load_extractor(rules: Optional[Path]):
    """Rules are checked before any PDF is read: a mistake stops the run here."""
    from ..facts.pipeline import Extractor
    from ..ruleset.model import RuleError

    check_rules_dir(rules)
    try:
        return Extractor.load(rules)
    except RuleError as exc:
        fail_rules(exc)
    except LitxError as exc:
        fail(str(exc))


@app.command()
def extract(
    source: Path = typer.Argument(..., help="A folder of PDFs (searched recursively) or one PDF.", readable=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Folder for the JSON results (required for a folder); for one PDF, a folder or a file name ending in .json.", readable=False),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="PDFs read in parallel."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory (default: the bundled rules/).", readable=False),
    password: Optional[str] = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    engine: Engine = typer.Option(Engine(DEFAULT_ENGINE), "--engine", help="Character source: pdfium (fast, the default) or pdfplumber (the reference)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    use_cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse parsed text layers (a rule edit then re-runs in seconds)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Where parsed text layers are kept (default: $LITX_CACHE_DIR or ~/.cache/litx).", readable=False),
    watch: bool = typer.Option(False, "--watch", help="Stay up: extract again whenever a rule file or PDF changes, showing what changed (Ctrl-C stops)."),
    force: bool = typer.Option(False, "--force", help="Extract every PDF again, also those whose result is up to date (same PDF, rules and litx)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Read the PDFs on a Dask cluster: tcp://HOST:PORT of its scheduler, or 'local' (a cluster of --jobs workers here). Needs pip install 'litx[dask]'."),
    max_inflate_mb: int = _MAX_INFLATE,
    max_glyphs: int = _MAX_GLYPHS,
    max_pages: int = _MAX_PAGES,
    verbose: bool = _VERBOSE,
    ocr: OcrMode = _OCR,
) -> None:
    """Extract facts from PDFs into JSON, one file per PDF (see CONTRACT.md)."""
    import os

    from ..runs import batch

    limits = _limits(max_inflate_mb, max_glyphs, max_pages, verbose)
    try:
        os.stat(source)
    except FileNotFoundError:
        fail(f"{source}: no such file or folder [E005]")
    except OSError as exc:  # a symbolic link loop is no missing file
        fail(str(LitxError(Msg.E006, str(source), detail=exc.strerror or type(exc).__name__)))
    if watch and (not source.is_dir() or output is None):
        fail("--watch needs a folder of PDFs and --output/-o OUT_DIR")
    if scheduler is not None and (watch or not source.is_dir()):
        fail("--scheduler needs a folder of PDFs (and no --watch)")
    if scheduler is not None:
        from ..runs.dask_runs import check_installed

        try:
            check_installed()
        except LitxError as exc:
            fail(str(exc))
    _check_ocr(ocr)
    extractor = _load_extractor(rules)
    options = batch.RunOptions(rules, password, engine.value, use_cache, cache_dir, limits, verbose, ocr.value)
    if not source.is_dir():  # one PDF (or a FIFO, a device: refused as not a regular file)
        cache = options.open_cache()
        # one PDF: the bar counts its pages (an OCR'd page takes seconds)
        with _progress(progress, 0, "reading pages") as advance:
            result, readable = batch.extract_one(extractor, source, password=password, engine=engine.value, cache=cache,
                                                 limits=limits, ocr=ocr.value, on_page=advance)
        for note in result.warnings + (cache.take_warnings() if cache else []):
            typer.echo(f"litx: {source}: {note}", err=True)
        if output:
            # a folder (made if need be) unless a .json file is named: `-o out/` is no file "out"
            is_file = not output.is_dir() and output.suffix.lower() == ".json"
            target = output if is_file else output / f"{source.stem}.json"
            # as a batch writes: under the result's lock, the review decisions it holds kept
            written = batch.write_result(source, target, result.model_dump(mode="json"), readable, [],
                                         start=time.perf_counter())
            for note in written.warnings[len(result.warnings):]:
                if written.output is None:
                    fail(note)
                typer.echo(f"litx: {source}: {note}", err=True)
        else:
            _write_stdout(batch.result_json(result))
        if not readable:
            raise typer.Exit(2)
        # no text layer, or nothing in it to read: a result without facts,
        # the reason on stderr, and the same exit as `litx parse`
        empty = (f"[{Msg.W001.name}]", f"[{Msg.W009.name}]")
        raise typer.Exit(1 if any(w.endswith(empty) for w in result.warnings) else 0)
    if output is None:
        fail("extracting a folder needs --output/-o OUT_DIR")
    pdfs = batch.find_pdfs(source)
    if not pdfs:
        fail(f"{source}: no PDF files found")
    check_output_dir(output)
    if watch:
        _watch(source, output, options, jobs=jobs, progress=progress)
        return
    try:
        with _progress(progress, len(pdfs)) as advance:
            report = batch.run(source, output, options, jobs=jobs, on_done=advance, pdfs=pdfs, force=force,
                               scheduler=scheduler, on_plan=advance.plan)
    except LitxError as exc:  # the cluster cannot be reached, a worker died: one line
        fail(str(exc))
    except batch.Interrupted as stop:
        _ignore_interrupts()  # a second Ctrl-C must not turn exit 130 into death by signal
        fail(f"interrupted: {stop.done} of {stop.total} PDF(s) done, their results in {output}/ "
             f"(run report: {output / batch.REPORT_NAME})", 130)
    typer.echo(report.summary(), err=True)
    typer.echo(f"results in {output}/ (run report: {output / batch.REPORT_NAME})", err=True)


def _watch(source: Path, output: Path, options, *, jobs: int, progress: bool) -> None:
    """Extract, then again on every change of the rules or PDFs, until Ctrl-C."""
    from ..ruleset.model import RuleError
    from ..runs.watch import Watcher

    watcher = Watcher(source, output, options)
    trigger: Optional[str] = "start"
    try:
        while trigger is not None:
            first = watcher.passes == 0  # only the first pass reads PDFs: a progress bar
            try:
                with _progress(progress and first, len(watcher.pdfs()) if first else 0) as advance:
                    done = watcher.run_pass(trigger, jobs=jobs, on_done=advance)
            except RuleError as exc:
                echo_rule_problems(exc)
                typer.echo("litx: the rules do not load; results left as they were (fix the file and save again)", err=True)
            except LitxError as exc:
                typer.echo(f"litx: {exc}", err=True)
            else:
                _echo_pass(done)
            typer.echo(f"watching {watcher.rules_dir} and {source} for changes (Ctrl-C to stop)", err=True)
            trigger = watcher.wait()
    except KeyboardInterrupt:
        typer.echo("stopped watching", err=True)


def _echo_pass(done) -> None:
    """A pass on stderr, what it changed in the results on stdout (as ``litx diff``)."""
    from ..output.diff import render_diff

    if done.trigger == "start":
        typer.echo(done.report.summary(), err=True)
        if all(d.status == "added" for d in done.changes.documents):
            return  # no earlier results to compare with
        typer.echo("compared with the results the folder held:", err=True)
    else:
        typer.echo(f"{done.trigger}: re-extracted {done.report.files} PDF(s) in {done.seconds:.2f} s", err=True)
    changed = not done.changes.same
    _write_stdout(render_diff(done.changes, limit=40, header=False) if changed else "no change in the results\n")


def _progress(enabled: bool, total: int, what: str = "extracting"):
    """A rich progress bar on stderr, or nothing.  The callback takes a
    batch's outcome (one PDF done), or, for ``total`` 0, a page as
    ``parse_pdf``'s ``on_page`` gives it (page, pages)."""
    from contextlib import contextmanager

    @contextmanager
    def bar():
        if not enabled or not sys.stderr.isatty():
            def nothing(*done) -> None:
                return None

            nothing.plan = lambda todo: None
            yield nothing
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn(f"[bold]{what}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.description}"), transient=True,
        ) as prog:
            task = prog.add_task("", total=total or None)

            def advance(*done) -> None:
                if len(done) == 2:  # a page of one PDF (its OCR'd pages count too)
                    prog.update(task, completed=done[0], total=done[1], description=f"page {done[0]}")
                else:
                    prog.update(task, advance=1, description=Path(done[0].pdf).name)

            advance.plan = lambda todo: prog.update(task, total=todo)  # the rest is up to date
            yield advance

    return bar()


@app.command()
def evaluate(
    out_dir: Path = typer.Argument(..., help="Folder of extraction results (litx extract -o).", readable=False),
    gold: Path = typer.Option(..., "--gold", help="Folder of gold annotations (litx.gold/1), or reviewed results with --reviewed.", readable=False),
    reviewed: bool = typer.Option(False, "--reviewed", help="GOLD is a folder of reviewed results: decisions are the gold."),
    types: Optional[list[str]] = typer.Option(None, "--types", help="Fact types to score: dose,route,… | mentions | all."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss and false hit."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many error lines."),
    as_json: bool = typer.Option(False, "--json", help="The whole report as JSON."),
) -> None:
    """Precision, recall and F1 per fact type against gold annotations."""
    from ..output.evaluate import run as run_evaluation

    try:
        text = run_evaluation(gold, out_dir, reviewed=reviewed, types=types, errors=errors, as_json=as_json, limit=limit)
    except LitxError as exc:
        fail(str(exc))
    _write_stdout(text if text.endswith("\n") else text + "\n")


@app.command()
def diff(
    old: Path = typer.Argument(..., help="Results before (a folder, or one result file).", readable=False),
    new: Path = typer.Argument(..., help="Results after.", readable=False),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many fact lines per document."),
    as_json: bool = typer.Option(False, "--json", help="The whole comparison as JSON."),
) -> None:
    """Facts gained, lost and changed between two runs (after a rule edit)."""
    from ..output.diff import diff as compare, render_diff, to_json

    try:
        report = compare(old, new)
    except LitxError as exc:
        fail(str(exc))
    text = json.dumps(to_json(report), ensure_ascii=False, indent=1) if as_json else render_diff(report, limit=limit)
    _write_stdout(text if text.endswith("\n") else text + "\n")
    raise typer.Exit(1 if any(d.differs for d in report.documents) else 0)


rules_app = typer.Typer(help="Check and edit the rule dictionaries.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("check")
def rules_check(
    rules_dir: Optional[Path] = typer.Argument(None, help="Rule directory (default: the bundled rules/); with --explain, the KEY to explain.", readable=False),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero on lint warnings too."),
    explain: bool = typer.Option(
        False, "--explain",
        help="--explain KEY: what a rule key means (file, path, type, description) instead of a check; "
             "KEY is a key (count_tokens), a dotted path (linking.count_tokens, units.dose_cues) or a file "
             "(units.yaml).  --explain alone: every key, file by file."),
) -> None:
    """Validate the rule files: schema, ids, duplicates, patterns, thresholds.

    With --explain, say what the keys of the rule files mean instead."""
    if explain:
        # the argument is the key here (an option with an optional value is not possible in typer)
        _explain_keys(str(rules_dir) if rules_dir is not None else "")
        return
    from ..refine.check import check_rules, is_error, render_problems

    try:
        problems = check_rules(rules_dir)
    except LitxError as exc:
        fail(str(exc))
    from ..ruleset.model import RULES_DIR

    where = rules_dir or f"the bundled rules ({RULES_DIR})"
    if not problems:
        typer.echo(f"rules OK: {where}{_own_files(rules_dir)}")
        return
    typer.echo(render_problems(problems), err=True)
    if any(is_error(p) for p in problems):
        raise typer.Exit(2)
    raise typer.Exit(1 if strict else 0)


def _explain_keys(key: str) -> None:
    """`litx rules check --explain [KEY]`: the models' field descriptions (extractor/ruleset/docs.py)."""
    from ..ruleset.docs import explain, render_keys, rule_keys

    if not key.strip():
        _write_stdout(render_keys(rule_keys(), headers=True))
        return
    try:
        _write_stdout(render_keys(explain(key)))
    except LitxError as exc:
        fail(str(exc))


@rules_app.command("schema")
def rules_schema(
    file: Optional[str] = typer.Argument(None, help="One rule file (units.yaml, grammars/follow_up.yaml); default: every file, as {file: schema}."),
) -> None:
    """Print the JSON Schema of the rule files, with every key's description.

    One file's schema can be given to an editor (yaml-language-server) to
    check and explain the YAML while it is written."""
    from ..ruleset.docs import rules_schema as schema_of

    try:
        doc = schema_of(file)
    except LitxError as exc:
        fail(str(exc))
    _write_stdout(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def _own_files(rules_dir: Optional[Path]) -> str:
    """", its own: … ; the others bundled" for a folder that holds only some rule files."""
    from ..ruleset.model import FILES, GRAMMARS, RULES_DIR

    if rules_dir is None or Path(rules_dir).resolve() == RULES_DIR.resolve():
        return ""
    own = [n for n in FILES if (rules_dir / n).exists()]
    own += [f"{GRAMMARS}/{p.name}" for p in sorted((rules_dir / GRAMMARS).glob("*.yaml"))] if (rules_dir / GRAMMARS).is_dir() else []
    bundled = [n for n in FILES if n not in own]
    return f" (its own: {', '.join(own)}; the other files are the bundled rules)" if bundled else ""


@rules_app.command("init")
def rules_init(
    directory: Path = typer.Argument(..., help="The new rule folder (created if missing).", readable=False),
    force: bool = typer.Option(False, "--force", help="Overwrite rule files already in the folder."),
) -> None:
    """Start a rule folder of your own: a copy of the bundled rules to edit.

    Use it with --rules DIR.  A folder may also hold only the files you
    change: the others are then the bundled ones."""
    from ..ruleset.model import copy_bundled_rules

    try:
        copied = copy_bundled_rules(directory, force=force)
    except LitxError as exc:
        fail(str(exc))
    typer.echo(f"{len(copied)} rule files copied to {directory}: edit them, then `litx rules check {directory}` "
               f"and `litx extract … --rules {directory}`")


cache_app = typer.Typer(help="The cache of parsed text layers.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info(
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder (default: $LITX_CACHE_DIR or ~/.cache/litx).", readable=False),
    check: bool = typer.Option(False, "--check", help="Verify every entry."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """How many text layers are cached, their size, and whether they are intact."""
    from ..runs.cache import ParseCache

    with ParseCache(cache_dir) as cache:
        stats = cache.stats(verify=check)
    if cache.off_reason is not None:
        fail(str(LitxError(Msg.E303, detail=cache.off_reason)))
    if as_json:
        _write_stdout(json.dumps(stats, ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        _write_stdout("".join(f"{key}: {value}\n" for key, value in stats.items()))


@cache_app.command("clear")
def cache_clear(
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder (default: $LITX_CACHE_DIR or ~/.cache/litx).", readable=False),
) -> None:
    """Remove every cached text layer, and the grammar memo kept beside them."""
    from ..ruleset.memo import FILE_NAME
    from ..runs.cache import ParseCache, default_directory

    with ParseCache(cache_dir) as cache:
        removed = cache.clear()
    if cache.off_reason is not None:
        fail(str(LitxError(Msg.E303, detail=cache.off_reason)))
    folder = cache_dir or default_directory()
    with contextlib.suppress(FileNotFoundError):
        (folder / FILE_NAME).unlink()
    typer.echo(f"removed {removed} text layer(s) and the grammar memo from {folder}")


@app.command()
def review(
    out_dir: Path = typer.Argument(..., help="Folder of extraction results (litx extract -o).", readable=False),
    pdfs: Optional[Path] = typer.Option(None, "--pdfs", help="Folder of the PDFs, when results name them relatively.", readable=False),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback unless you say otherwise)."),
    port: int = typer.Option(0, "--port", min=0, max=65535, help="Port (0: any free one)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open a browser."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="Name stored with each decision."),
    password: Optional[str] = typer.Option(None, "--password", help="Password for encrypted PDFs (their page images)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory the results were extracted with (default: the bundled rules/).", readable=False),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr", help="As litx extract --ocr was run: which pages' text Tesseract read."),
) -> None:
    """Review the facts against the PDF: accept, reject, edit, add (keyboard as in Prodigy)."""
    from ..review import serve

    check_rules_dir(rules)
    _check_review_input(out_dir, pdfs)
    _check_listen(host, port)
    _check_ocr(ocr)
    try:
        serve(out_dir, pdf_dir=pdfs, host=host, port=port, open_browser=not no_browser, reviewer=reviewer,
              echo=lambda line: typer.echo(line, err=True), password=password, rules_dir=rules, ocr=ocr.value)
    except LitxError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


def _check_review_input(out_dir: Path, pdfs: Optional[Path]) -> None:
    """The folders of ``litx review``, checked before the server starts."""
    from ..output.resultfiles import json_files

    if not out_dir.is_dir():
        fail(str(LitxError(Msg.E204, str(out_dir))))
    if pdfs is not None and not pdfs.is_dir():
        fail(str(LitxError(Msg.E204, str(pdfs))))
    if not any(p.name != "litx-run.json" for p in json_files(out_dir)):
        fail(str(LitxError(Msg.E302, str(out_dir))))  # e.g. the PDF folder given for the results


def _check_listen(host: str, port: int) -> None:
    """An address that cannot be listened on (unknown host, port taken) is one
    line here, not the web server's own lines and exit."""
    import socket

    bind = (host or "").strip() or "127.0.0.1"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except (OSError, UnicodeError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        fail(f"cannot listen on {bind}:{port}: {reason}")


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    xlsx = "xlsx"


class ExportTable(str, Enum):
    facts = "facts"
    regimens = "regimens"


@app.command()
def export(
    out_dir: Path = typer.Argument(..., help="Folder of (reviewed) extraction results.", readable=False),
    status: Optional[str] = typer.Option(None, "--status", help="accepted, rejected, edited, added, pending, a comma list, or confirmed (= accepted+edited+added)."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="csv, jsonl, or xlsx (a workbook: needs --output)."),
    table: Optional[ExportTable] = typer.Option(None, "--table", help="facts: a row per fact; regimens: rows per study (a meta-analysis sheet). Default: facts; in xlsx both, one sheet each."),
    excel: bool = typer.Option(False, "--excel", help="CSV for Excel: a byte-order mark, formulas neutralised."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.", readable=False),
) -> None:
    """Export facts for analysis: one row per fact, or rows per study."""
    from ..atomic import write_bytes
    from ..output.export import export_facts, export_regimens, export_workbook

    try:
        if fmt is ExportFormat.xlsx:
            if output is None:
                raise LitxError(Msg.E513)
            data = export_workbook(out_dir, tables=(table.value,) if table else ("facts", "regimens"), status=status)
            try:
                write_bytes(output, data)
            except OSError as exc:
                fail(str(LitxError(Msg.E007, str(output), detail=exc.strerror or exc)))
            return
        make = export_regimens if table is ExportTable.regimens else export_facts
        text = make(out_dir, status=status, fmt=fmt.value, excel=excel)
    except LitxError as exc:
        fail(str(exc))
    if output:
        write_file(output, text)
    else:
        _write_stdout(text)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a per-PDF result."""
    from ..facts.results import json_schema

    _write_stdout(json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n")


def _register_tools() -> None:
    """`litx explain`, `litx rules suggest`, `litx rules add` (extractor/cli_tools.py)."""
    from .tools import register

    register(app, rules_app)


_register_tools()


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def main() -> None:
    try:
        app()
    except LitxError as exc:  # raised outside a command's own handling
        typer.echo(f"litx: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        _ignore_interrupts()
        typer.echo("litx: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
