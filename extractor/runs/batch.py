"""``litx extract``: a folder of PDFs → one JSON result per PDF, and a report.

One bad PDF never stops a batch: it gets its result file with no facts and
a warning saying why.  Each result is written atomically, so an interrupted
run leaves whole files only.  Workers (``--jobs``) each compile the rules
once; the rules are validated before the first PDF is opened.

A run skips the results that are up to date (same PDF bytes, rules, code
and settings: :mod:`.manifest`) and extracts the rest, so a stopped run
goes on where it stopped; ``force`` extracts everything.  With a Dask
``scheduler`` the PDFs are read on a cluster (:mod:`.dask_runs`) and this
process writes the results, the same way as here (:func:`write_result`).
"""

from __future__ import annotations

import os
import signal
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..atomic import write_bytes, write_text
from .cache import ParseCache, parse_cached, sections_key
from ..errors import LitxError, Msg, warning
from ..facts.pipeline import Extractor
from ..layout.document import Document
from ..facts.results import DocumentInfo, Result
from ..output.resultfiles import json_text
from ..output.merge import merge_with_file, orphan_warning
from ..output.reviewed import decision_log_path
from ..layout.ocr import cache_key as ocr_cache_key
from ..layout.textlayer import parse_pdf, sha256_of
from ..resultlock import locked
from ..layout.limits import DEFAULT as DEFAULT_LIMITS, Limits
from ..layout.pdfsource import DEFAULT_ENGINE
from .manifest import Entry, Manifest, code_key, rules_fingerprint, settings_key, stat_key

REPORT_NAME = "litx-run.json"


def find_pdfs(root: Path) -> list[Path]:
    """PDFs under root, recursively, in a stable order (hidden folders skipped)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(".pdf") and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return found


@dataclass
class FileOutcome:
    pdf: str
    output: str | None
    facts: dict[str, int]
    warnings: list[str]
    seconds: float
    error: bool = False
    #: what the result was made from, for the manifest (not in the run report)
    entry: Entry | None = field(default=None, repr=False)


@dataclass
class RunReport:
    files: int = 0
    facts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    outcomes: list[FileOutcome] = field(default_factory=list)
    #: results skipped as up to date (the manifest says they hold what this run would write)
    up_to_date: int = 0

    def add(self, outcome: FileOutcome) -> None:
        self.files += 1
        self.facts.update(outcome.facts)
        self.warnings.extend(f"{outcome.pdf}: {w}" for w in outcome.warnings)
        if outcome.error:
            self.failed.append(outcome.pdf)
        self.outcomes.append(outcome)

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "extracted": self.files,
            "up_to_date": self.up_to_date,
            "facts": dict(sorted(self.facts.items())),
            "warnings": self.warnings,
            "unreadable": self.failed,
            "seconds": round(self.seconds, 2),
            "documents": [{k: v for k, v in o.__dict__.items() if k != "entry"} for o in self.outcomes],
        }

    def summary(self) -> str:
        facts = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"
        skipped = f" ({self.up_to_date} more up to date, skipped)" if self.up_to_date else ""
        lines = [
            f"{self.files} PDF(s) in {self.seconds:.1f} s{skipped}; facts: {facts}",
        ]
        if self.warnings:
            lines.append(f"{len(self.warnings)} warning(s):")
            lines.extend(f"  {w}" for w in self.warnings)
        return "\n".join(lines)


def unreadable_result(pdf: Path, error: LitxError | str) -> Result:
    """The result of a PDF that could not be read: no facts, one warning."""
    try:
        digest = sha256_of(pdf)
    except OSError:
        digest = ""
    return Result(
        document=DocumentInfo(path=str(pdf), sha256=digest, pages=0, languages=[]),
        facts=[],
        warnings=[error.message + f" [{error.code}]" if isinstance(error, LitxError) else str(error)],
    )


@dataclass(frozen=True)
class RunOptions:
    """How a batch reads its PDFs."""

    rules_dir: Path | None = None
    password: str | None = None
    engine: str = DEFAULT_ENGINE
    #: reuse parsed text layers (re-extraction after a rule edit skips parsing)
    use_cache: bool = True
    cache_dir: Path | None = None
    #: what one PDF may cost (decompressed bytes, glyphs, pages)
    limits: Limits = DEFAULT_LIMITS
    #: the PDF libraries' own log lines on stderr (``--verbose``)
    verbose: bool = False
    #: which pages Tesseract reads (extractor.layout.ocr.MODES)
    ocr: str = "auto"

    def open_cache(self) -> ParseCache | None:
        return ParseCache(self.cache_dir) if self.use_cache else None

    def settings(self) -> str:
        """The reading settings a result depends on (the manifest's ``settings``)."""
        return settings_key(self.engine, self.limits)


class Documents:
    """Text layers kept in memory between passes of one process (``--watch``).

    Keyed by the file's identity and how it was read (path, modification
    time, size, section vocabulary, engine, password), so an edited PDF is
    read again.  A text layer costs ~200 kB a page in memory: beyond
    ``max_pages`` the parse cache serves the rest (~5 ms a document).
    """

    def __init__(self, max_pages: int = 2000) -> None:
        self.max_pages = max_pages
        self._known: dict[tuple, Document | LitxError] = {}
        self._pages = 0

    def get(self, key: tuple) -> "Document | LitxError | None":
        return self._known.get(key)

    def put(self, key: tuple, value: "Document | LitxError") -> None:
        pages = value.pages if isinstance(value, Document) else 0
        if key not in self._known and self._pages + pages <= self.max_pages:
            self._known[key] = value
            self._pages += pages


def extract_one(extractor: Extractor, pdf: Path, **reading) -> tuple[Result, bool]:
    """(result, readable) for one PDF; user errors become a warning.
    ``reading``: how to read it, as :func:`read_document` takes it."""
    try:
        doc = read_document(extractor, pdf, **reading)
    except LitxError as exc:
        return unreadable_result(pdf, exc), False
    return extractor.result(doc), True


def read_document(
    extractor: Extractor,
    pdf: Path,
    *,
    password: str | None = None,
    engine: str = DEFAULT_ENGINE,
    cache: ParseCache | None = None,
    documents: Documents | None = None,
    limits: Limits | None = None,
    ocr: str = "never",
    on_page: Callable[[int, int], None] | None = None,
) -> Document:
    """The text layer of one PDF: from ``documents``, the cache, or parsed.
    ``ocr``: which pages Tesseract reads; ``on_page(page, pages)`` is called
    as each page is read (not for a document found again).

    With ``documents``, a PDF read before (and unchanged on disk since) is
    not read again, not even from the cache.
    """
    # a text layer read with OCR is another text layer: the mode and the
    # Tesseract that read it are part of its key
    sections = sections_key(extractor.sections) + ocr_cache_key(ocr)
    key = None
    if documents is not None:
        try:
            st = pdf.stat()
            key = (str(pdf), st.st_mtime_ns, st.st_size, sections, engine, password)
        except OSError:
            pass  # parse_pdf reports the missing or unreadable file
        known = documents.get(key)
        if isinstance(known, LitxError):
            raise known
        if known is not None:
            return known
    try:
        digest = sha256_of(pdf)
    except OSError:
        digest, cache = "", None
    try:
        doc, _ = parse_cached(
            pdf,
            parse=lambda: parse_pdf(pdf, password=password, engine=engine, sections=extractor.sections, limits=limits,
                                    ocr=ocr, on_page=on_page),
            sha256=digest,
            key_extra=sections,
            cache=cache,
            engine=engine,
            password=password,
        )
    except LitxError as exc:
        if key is not None:
            documents.put(key, exc)  # an unreadable PDF stays so until it changes
        raise
    if key is not None:
        documents.put(key, doc)
    return doc


def result_json(result: Result) -> str:
    return json_text(result.model_dump(mode="json"))


# ---------------------------------------------------------------- workers

_worker: dict = {}

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _init_worker(options: RunOptions, parent: int | None = None) -> None:
    # Ctrl-C is the parent's business (it stops the workers with SIGTERM);
    # SIGTERM unwinds like an exception, so no temporary file is left behind
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    if parent is not None:
        _die_with_parent(parent)
    from ..logs import quiet_libraries

    quiet_libraries(verbose=options.verbose)  # no library log lines from the workers either
    _worker["extractor"] = Extractor.load(options.rules_dir)
    _worker["options"] = options
    _worker["cache"] = options.open_cache()


def _die_with_parent(parent: int) -> None:
    """A worker whose parent is gone (``kill -9``, the OOM killer) stops, as
    after Ctrl-C, instead of reading on and writing results nobody reports.

    Linux: the kernel sends SIGTERM when the parent dies (``prctl``
    ``PR_SET_PDEATHSIG``).  Elsewhere, and should the parent have died
    before that was set: a thread checks every second that the parent is
    still the one that started the worker."""
    import threading

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the thread below does it

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    if os.getppid() != parent:  # died before the signal was asked for
        os.kill(os.getpid(), signal.SIGTERM)
    threading.Thread(target=watch, name="litx-parent-watch", daemon=True).start()


#: how long a worker that has written its result may take to hand it to
#: its parent once told to stop (then it exits all the same)
_HAND_OVER_SECONDS = 2.0


def _exit_on_sigterm(signum, frame) -> None:
    if _worker.get("handing_over"):
        # the result is written: stopping now would leave a result file the
        # parent never hears of (written, but missing from the run's report);
        # hand it over first, then take no other PDF
        if not _worker.get("stop"):
            _worker["stop"] = True
            import threading

            timer = threading.Timer(_HAND_OVER_SECONDS, os._exit, (128 + signum,))
            timer.daemon = True
            timer.start()
            _worker["stop_timer"] = timer
        return
    raise SystemExit(128 + signum)


def _work(job: tuple[str, str]) -> FileOutcome:
    if _worker.get("stop"):
        os._exit(128 + signal.SIGTERM)  # told to stop while handing over the last result
    _worker["handing_over"] = False
    try:
        outcome = extract_to(Path(job[0]), Path(job[1]), _worker["extractor"], _worker["options"], _worker["cache"])
    except SystemExit as stop:  # SIGTERM, unwound (temporary files removed): the pool would swallow it
        os._exit(stop.code if isinstance(stop.code, int) else 1)
    _worker["handing_over"] = True
    return outcome


def extract_to(
    pdf: Path,
    target: Path,
    extractor: Extractor,
    options: RunOptions,
    cache: ParseCache | None,
    documents: Documents | None = None,
    *,
    manifest: Manifest | None = None,
) -> FileOutcome:
    """Extract one PDF into its result file (review decisions kept).  What
    it was made from is the outcome's ``entry``, recorded in ``manifest`` if
    one is given (a ``--jobs`` worker leaves that to its parent)."""
    start = time.perf_counter()
    seen = stat_key(pdf)  # before reading: a PDF changed meanwhile is hashed again next time
    try:
        result, readable = extract_one(
            extractor, pdf, password=options.password, engine=options.engine, cache=cache, documents=documents,
            limits=options.limits, ocr=options.ocr,
        )
    except Exception:  # a bug must not cost the rest of the batch; its text is not for the user
        if options.verbose:
            traceback.print_exc()
        result, readable = unreadable_result(pdf, LitxError(Msg.E900)), False
    # cache trouble and lost decisions are the run's business, not the document's
    notes = cache.take_warnings() if cache is not None else []
    fingerprint = _fingerprint(extractor, options.rules_dir)
    entry = Entry(str(pdf), seen, result.document.sha256, fingerprint, code_key(), options.settings(), readable)
    return write_result(
        pdf, target, result.model_dump(mode="json"), readable, notes, start=start, manifest=manifest, entry=entry,
    )


def write_result(
    pdf: Path | str,
    target: Path,
    new: dict,
    readable: bool,
    notes: list[str],
    *,
    start: float,
    manifest: Manifest | None = None,
    entry: Entry | None = None,
) -> FileOutcome:
    """Write one result (``new``: a Result as JSON data) into ``target``,
    atomically and under its lock, with the review decisions the file held;
    then record ``entry`` in ``manifest``.  Every run writes this way: in
    this process, in ``--jobs`` workers, and for a Dask cluster's results."""
    notes = list(notes)
    written: str | None = str(target)
    orphans: list[dict] = []
    try:
        if target.exists() and not target.is_file():  # a folder, or a FIFO that would be read for ever
            raise IsADirectoryError(21, "a folder" if target.is_dir() else "not a regular file")
        # a re-run into the same folder keeps the reviewer's decisions; the
        # review page saves under the same lock, so none is saved between
        # the read and the write (and then written over)
        with locked(target):
            data, orphans = merge_with_file(target, new, notes)
            _write_if_changed(target, json_text(data))
            # the review page's logged decisions are in the result now: a log
            # left behind would be replayed over later edits of the file
            decision_log_path(target).unlink(missing_ok=True)
    except OSError as exc:  # the batch goes on
        notes.append(warning(Msg.E007, detail=f"{target}: {exc.strerror or exc}"))
        written, readable, orphans = None, False, []
    else:
        if manifest is not None and entry is not None:
            manifest.record(target, entry)  # after the write: a result unrecorded is redone, never skipped
    if written is None:
        entry = None
    if (lost := orphan_warning(orphans)) is not None:
        notes.append(lost)
    return FileOutcome(
        pdf=str(pdf),
        output=written,
        facts=dict(Counter(f.get("type") for f in new.get("facts", []))),
        warnings=list(new.get("warnings", [])) + notes,
        seconds=round(time.perf_counter() - start, 3),
        error=not readable,
        entry=entry,
    )


def _fingerprint(extractor: Extractor | None, rules_dir: Path | None) -> str:
    """The fingerprint of the rules ``extractor`` was built from (taken when
    Extractor.load read them), else of the files of its folder now."""
    known = getattr(extractor, "fingerprint", None)
    if known:
        return known
    rules = getattr(extractor, "rules", None)
    fingerprint = rules_fingerprint(rules.directory if rules is not None else rules_dir)
    if extractor is not None:
        try:
            extractor.fingerprint = fingerprint
        except AttributeError:
            pass
    return fingerprint


def _write_if_changed(target: Path, text: str) -> None:
    """Write ``text`` unless the file holds it already: a re-run that changes
    nothing leaves the file (and its time, which the review page watches) alone."""
    data = text.encode("utf-8")
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return
    except OSError:
        pass
    write_bytes(target, data)


def run(
    in_dir: Path,
    out_dir: Path,
    options: RunOptions | None = None,
    *,
    jobs: int = 1,
    on_done: Callable[[FileOutcome], None] | None = None,
    pdfs: list[Path] | None = None,
    extractor: Extractor | None = None,
    documents: Documents | None = None,
    force: bool = False,
    scheduler: str | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> RunReport:
    """Extract every PDF under ``in_dir`` into ``out_dir`` (mirrored folders).

    Results the manifest says are up to date are skipped (``force``: none
    is); ``on_plan`` is told how many PDFs are left to extract.
    ``extractor`` and ``documents`` serve a process that runs again and
    again (``--watch``): rules compiled by the caller, text layers kept in
    memory.  Both apply to a run in this process (``jobs`` 1) only.
    ``scheduler``: a Dask scheduler's address, or ``"local"`` (a cluster of
    ``jobs`` workers on this machine).
    """
    options = options or RunOptions()
    start = time.perf_counter()
    pdfs = find_pdfs(in_dir) if pdfs is None else pdfs
    jobs_list = [(pdf, out_dir / pdf.relative_to(in_dir).with_suffix(".json")) for pdf in pdfs]
    report = RunReport()
    cluster = None
    if scheduler is not None:  # before OUT is touched: a scheduler out of reach is one line, nothing written
        from . import dask_runs

        cluster = dask_runs.connect(scheduler, jobs)
    manifest = Manifest(out_dir)
    local = scheduler is None and (jobs <= 1 or len(jobs_list) <= 1)
    if local:
        extractor = extractor or Extractor.load(options.rules_dir)
    # the rules as they are now: taken before a worker reads them, so an edit
    # during the run makes results stale (redone), never wrongly current
    fingerprint = _fingerprint(extractor, options.rules_dir)
    try:
        todo = jobs_list if force else _not_up_to_date(jobs_list, manifest, fingerprint, options)
        report.up_to_date = len(jobs_list) - len(todo)
        report.warnings.extend(f"{manifest.path}: {w}" for w in manifest.warnings)
        if on_plan:
            on_plan(len(todo))
        late: list[FileOutcome] = []  # results written out of order when a run stops
        if cluster is not None:
            outcomes = dask_runs.outcomes(todo, options, cluster, manifest=manifest)
        elif local or len(todo) <= 1:
            extractor = extractor or Extractor.load(options.rules_dir)
            cache = options.open_cache()
            outcomes = (
                extract_to(pdf, target, extractor, options, cache, documents, manifest=manifest) for pdf, target in todo
            )
        else:
            # the workers write the results, this process records them (one
            # writer of the manifest; a worker stopped between the two leaves
            # a result that is redone, as after kill -9)
            outcomes = _recorded(_in_workers([(str(p), str(t)) for p, t in todo], options, jobs, late), manifest)
        try:
            for outcome in outcomes:
                report.add(outcome)
                if on_done:
                    on_done(outcome)
        except KeyboardInterrupt:
            # every result written so far is whole (atomic writes); the report
            # says what was done, so that nothing done is mistaken for missing
            with _no_second_interrupt():
                outcomes.close()
                if cluster is not None:  # stopped here, not by a second Ctrl-C
                    dask_runs.close(*cluster)
                    cluster = None
                _add_late(report, late, manifest)
                report.seconds = time.perf_counter() - start
                write_text(out_dir / REPORT_NAME, json_text({**report.to_json(), "interrupted": True}))
            raise Interrupted(report.files + report.up_to_date, len(jobs_list)) from None
        except BrokenProcessPool:
            # a worker killed (a crash inside the PDF library, the OOM killer):
            # the results so far stand, the report says where it stopped
            _add_late(report, late, manifest)
            report.seconds = time.perf_counter() - start
            write_text(out_dir / REPORT_NAME, json_text({**report.to_json(), "interrupted": True}))
            reported = {o.pdf for o in report.outcomes}
            suspects = ", ".join([str(p) for p, _ in todo if str(p) not in reported][:jobs])
            raise LitxError(
                Msg.E901, pdfs=suspects, done=report.files + report.up_to_date, total=len(jobs_list)
            ) from None
        except LitxError:  # the cluster could not be reached, or failed: the report says where it stopped
            if report.files:
                report.seconds = time.perf_counter() - start
                write_text(out_dir / REPORT_NAME, json_text({**report.to_json(), "interrupted": True}))
            raise
    finally:
        manifest.close()
        if cluster is not None:
            dask_runs.close(*cluster)
    report.seconds = time.perf_counter() - start
    write_text(out_dir / REPORT_NAME, json_text(report.to_json()))
    return report


def _not_up_to_date(
    jobs_list: list[tuple[Path, Path]], manifest: Manifest, fingerprint: str, options: RunOptions
) -> list[tuple[Path, Path]]:
    """The (PDF, result) pairs whose result is missing or was made from other
    bytes, rules, code or settings than this run's."""
    known = manifest.entries()
    if not known:
        return list(jobs_list)
    code, settings = code_key(), options.settings()
    todo = []
    for pdf, target in jobs_list:
        now = Entry(str(pdf), None, "", fingerprint, code, settings)
        if not manifest.up_to_date(known.get(manifest.key(target)), pdf, target, now):
            todo.append((pdf, target))
    return todo


def _recorded(outcomes: Iterator[FileOutcome], manifest: Manifest) -> Iterator[FileOutcome]:
    """``outcomes`` (written by workers), each recorded in ``manifest``."""
    try:
        for outcome in outcomes:
            _record(manifest, outcome)
            yield outcome
    finally:
        outcomes.close()


def _record(manifest: Manifest, outcome: FileOutcome) -> None:
    if outcome.entry is not None and outcome.output is not None:
        manifest.record(Path(outcome.output), outcome.entry)


def _add_late(report: RunReport, late: list[FileOutcome], manifest: Manifest | None = None) -> None:
    """Results a worker wrote before the run stopped, not reported yet
    (a later PDF finished while an earlier one was still being read)."""
    reported = {o.pdf for o in report.outcomes}
    for outcome in late:
        if outcome.pdf not in reported:
            report.add(outcome)
            if manifest is not None:
                _record(manifest, outcome)


class _no_second_interrupt:
    """Ctrl-C again while a stopped run cleans up (stopping the workers,
    writing the report) is ignored: the run ends as the first one asked,
    with its report, not killed by the signal half way."""

    def __enter__(self):
        import threading

        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a batch: ``done`` of ``total`` results were written."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(done, total)
        self.done, self.total = done, total


def _in_workers(
    jobs_list: list[tuple[str, str]], options: RunOptions, jobs: int, late: list[FileOutcome]
) -> Iterator[FileOutcome]:
    """Outcomes in the order of ``jobs_list``; when the run stops early, the
    outcomes of later PDFs already written are put in ``late``."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options, os.getpid()))
    futures = [pool.submit(_work, job) for job in jobs_list]
    try:
        for future in futures:
            yield future.result()
    except BaseException:  # Ctrl-C (or the caller gave up): stop now, not after the queued PDFs
        with _no_second_interrupt():
            workers = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in workers:
                worker.terminate()  # SIGTERM: the worker's atomic write removes its temporary file
            for worker in workers:
                worker.join(10)
            late.extend(
                f.result() for f in futures if f.done() and not f.cancelled() and f.exception(timeout=0) is None
            )
        raise
    pool.shutdown(wait=True)
