"""``litx extract --scheduler``: the PDFs read on a Dask cluster.

The client (the ``litx extract`` process) streams the PDFs to the cluster,
a bounded number in flight (:data:`IN_FLIGHT_PER_WORKER` per worker
thread): it reads a PDF's bytes and sends them with its task, so the
workers need no access to the PDF folder; a worker extracts and returns
the result as JSON text; the client writes it into OUT atomically, under
the result's lock, with the review decisions the file held, and records it
in the manifest — :func:`batch.write_result`, as every run does — so OUT
needs no shared file system either.

The rules travel as data: the bytes of every rule file (the rule folder's
own and the bundled ones it leaves out), scattered to the workers once.  A
worker rebuilds them in a temporary folder and compiles them once per rule
set (:func:`_extractor_for`, keyed by their fingerprint).  Fact
provenance names rule files by their name in a rule folder, never by a
path, so the results are the same as a local run's.

A worker that dies (a crash in a PDF library, the OOM killer, a lost
machine) costs its task a retry on another worker (Dask reschedules it);
a PDF that kills workers ``distributed.scheduler.allowed-failures`` + 1
times gets an unreadable result (E904) and the run goes on.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
import warnings
from pathlib import Path
from typing import Iterator

from ..errors import LitxError, Msg
from .manifest import Entry, Manifest, code_key, fingerprint_of, rule_payload, stat_key

__all__ = ["IN_FLIGHT_PER_WORKER", "check_installed", "close", "connect", "extract_remote", "outcomes"]

#: PDFs sent per worker thread before one comes back: enough to keep the
#: workers busy, few enough that the folder is never all in memory
IN_FLIGHT_PER_WORKER = 2
#: times a PDF whose task the cluster cancelled is sent again: a worker
#: killed while its result waited to be fetched loses the result, and the
#: scheduler may cancel the task instead of running it again
RESENDS_AFTER_CANCEL = 2
#: seconds to wait for the scheduler, and for a first worker to join it
CONNECT_TIMEOUT = 10
WORKER_TIMEOUT = 60


def check_installed() -> None:
    """LitxError E903 (one line: how to install it) when Dask is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise LitxError(Msg.E903) from None


def connect(scheduler: str, jobs: int):
    """(client, cluster): a client of the scheduler at ``scheduler``, or of a
    new cluster of ``jobs`` single-threaded worker processes here ("local")."""
    check_installed()
    from distributed import Client, LocalCluster

    for name in ("distributed", "tornado", "bokeh"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler == "local":
        # Ctrl-C reaches every process of the terminal's group: the workers
        # ignore it (an ignored signal stays ignored in processes started
        # from here) and this process stops them, as --jobs workers
        previous = _ignore_sigint()
        try:
            cluster = LocalCluster(
                n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        finally:
            _restore_sigint(previous)
        return Client(cluster), cluster
    address = scheduler if "://" in scheduler else f"tcp://{scheduler}"
    _reachable(address)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise LitxError(Msg.E902, address=address, detail=detail) from None
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except (OSError, TimeoutError):
        client.close()
        raise LitxError(Msg.E906, address=address, seconds=WORKER_TIMEOUT) from None
    return client, None


def _reachable(address: str) -> None:
    """A tcp:// address where nothing listens fails now, not after Dask's
    retries (E902); other protocols are left to Dask."""
    import socket
    from urllib.parse import urlsplit

    if not address.startswith("tcp://"):
        return
    try:
        parts = urlsplit(address)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise LitxError(Msg.E902, address=address, detail=str(exc)) from None
    if not host:
        raise LitxError(Msg.E902, address=address, detail="the address needs a host (tcp://HOST:PORT)")
    try:
        socket.create_connection((host, port or 8786), timeout=CONNECT_TIMEOUT).close()  # Dask's default port
    except OSError as exc:
        raise LitxError(Msg.E902, address=address, detail=exc.strerror or str(exc) or type(exc).__name__) from None


def _ignore_sigint():
    import signal

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, signal.SIG_IGN)


def _restore_sigint(previous) -> None:
    import signal

    if previous is not None:
        signal.signal(signal.SIGINT, previous)


# ---------------------------------------------------------------- on a worker

_extractors: dict[str, object] = {}
_caches: dict[object, object] = {}
_worker_lock = threading.Lock()


def _extractor_for(payload: dict[str, bytes], fingerprint: str):
    """The rules ``payload`` compiled, once per worker process and rule set."""
    from ..facts.pipeline import Extractor

    with _worker_lock:
        known = _extractors.get(fingerprint)
        if known is not None:
            return known
        with tempfile.TemporaryDirectory(prefix="litx-rules-") as folder:
            for name, data in payload.items():
                path = Path(folder) / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            extractor = Extractor.from_rules(_load_rules(Path(folder)))
        extractor.fingerprint = fingerprint
        _extractors.clear()  # one rule set at a time: an edited one replaces it
        _extractors[fingerprint] = extractor
        return extractor


def _load_rules(folder: Path):
    from ..ruleset.model import load_rules

    return load_rules(folder)


def _cache_for(options):
    with _worker_lock:
        key = (options.use_cache, str(options.cache_dir))
        if key not in _caches:
            _caches[key] = options.open_cache()
        return _caches[key]


def extract_remote(name: str, data: bytes, rules: dict[str, bytes], fingerprint: str, options) -> dict:
    """On a worker: extract the PDF ``data`` (``name``: its path on the
    client, which its result names).  Returns the result as JSON text and
    what the client records."""
    from . import batch

    start = time.perf_counter()
    extractor = _extractor_for(rules, fingerprint)
    cache = _cache_for(options)
    with tempfile.TemporaryDirectory(prefix="litx-pdf-") as folder:
        pdf = Path(folder) / (Path(name).name or "document.pdf")
        pdf.write_bytes(data)
        del data
        try:
            result, readable = batch.extract_one(
                extractor, pdf, password=options.password, engine=options.engine, cache=cache,
                limits=options.limits,
            )
        except Exception:  # a bug must not cost the rest of the batch
            result, readable = batch.unreadable_result(pdf, LitxError(Msg.E900)), False
    result.document.path = name
    notes = cache.take_warnings() if cache is not None else []
    return {
        "result": batch.result_json(result),
        "readable": readable,
        "notes": notes,
        "sha256": result.document.sha256,
        "code": code_key(),
        "seconds": round(time.perf_counter() - start, 3),
    }


# ---------------------------------------------------------------- the client


def outcomes(todo: list[tuple[Path, Path]], options, connection, *, manifest: Manifest) -> Iterator:
    """Extract ``todo`` on the cluster (``connection``: from :func:`connect`),
    writing each result here as it comes back; yields each
    :class:`batch.FileOutcome`, in the order they finish.  Closing the
    generator (Ctrl-C) cancels what is still in flight."""
    from . import batch

    client, cluster = connection
    futures: list = []
    try:
        from distributed import as_completed
        from distributed.client import FutureCancelledError

        try:
            from distributed.scheduler import KilledWorker
        except ImportError:  # pragma: no cover - older distributed
            from distributed import KilledWorker  # type: ignore[no-redef]

        # the rules as data: every worker compiles them once
        rules = rule_payload(options.rules_dir)
        fingerprint = fingerprint_of(rules)
        remote_options = options if cluster is not None else _without_local_paths(options)
        [rules_future] = client.scatter([rules], broadcast=True, hash=False)
        settings = options.settings()
        pending = iter(todo)
        meta: dict[str, tuple[Path, Path, tuple | None, float]] = {}
        window = as_completed()

        def capacity() -> int:
            try:
                threads = sum(client.nthreads().values())
            except Exception:  # the scheduler is busy or going: keep what we have
                threads = 1
            return max(2, IN_FLIGHT_PER_WORKER * max(1, threads))

        def send(pdf: Path, target: Path, seen, start: float) -> "batch.FileOutcome | None":
            """Send one PDF; a PDF that cannot be read here is its own outcome."""
            try:
                data = pdf.read_bytes()
            except OSError:  # missing, a folder, no permission: as a local run says it
                extractor = _extractor_for(rules, fingerprint)
                return batch.extract_to(pdf, target, extractor, options, None, manifest=manifest)
            future = client.submit(
                extract_remote, str(pdf), data, rules_future, fingerprint, remote_options,
                pure=False,
            )
            meta[future.key] = (pdf, target, seen, start)
            futures.append(future)
            window.add(future)
            return None

        def submit_next() -> "batch.FileOutcome | None":
            """Send the next PDF (None also when none is left: ``meta`` tells)."""
            for pdf, target in pending:
                return send(pdf, target, stat_key(pdf), time.perf_counter())
            return None

        resent: dict[Path, int] = {}  # times each PDF was sent again after its task was cancelled
        limit = capacity()
        in_flight = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "large object in task graph": a PDF's bytes, sent on purpose
            while True:
                while in_flight < limit:
                    before = len(meta)
                    local = submit_next()
                    if local is not None:
                        yield local
                        continue
                    if len(meta) == before:
                        break  # no PDF left to send
                    in_flight += 1
                if in_flight == 0:
                    break
                future = next(window)
                in_flight -= 1
                pdf, target, seen, start = meta.pop(future.key)
                if future.cancelled() and resent.get(pdf, 0) < RESENDS_AFTER_CANCEL:
                    # a worker lost mid-run: send the PDF again rather than end the run
                    resent[pdf] = resent.get(pdf, 0) + 1
                    future.release()
                    futures.remove(future)
                    local = send(pdf, target, seen, start)
                    if local is None:
                        in_flight += 1
                    else:
                        yield local
                    continue
                yield _written(future, pdf, target, seen, start, fingerprint, settings, manifest,
                               KilledWorker, FutureCancelledError)
                future.release()
                futures.remove(future)
                if len(meta) == 0 or in_flight < limit // 2:
                    limit = capacity()  # workers come and go
    finally:
        if futures:  # stopped early: nothing more to read for us
            try:
                client.cancel(futures, force=True)
            except Exception:
                pass


def _written(future, pdf, target, seen, start, fingerprint, settings, manifest, killed, cancelled):
    """The outcome of one finished task, its result written here."""
    from . import batch

    try:
        done = future.result()
    except killed as exc:
        count = _failures(exc)
        result = batch.unreadable_result(pdf, LitxError(Msg.E904, count=count))
        new = result.model_dump(mode="json")
        return batch.write_result(pdf, target, new, False, [], start=start)  # never recorded: tried next run
    except cancelled:
        raise LitxError(Msg.E905, detail="the task was cancelled (the scheduler restarted?)", version=_version()) from None
    except Exception as exc:  # the worker could not run litx at all
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")
        raise LitxError(Msg.E905, detail=detail, version=_version()) from None
    import json

    new = json.loads(done["result"])
    entry = Entry(str(pdf), seen, done["sha256"], fingerprint, done["code"], settings, done["readable"])
    outcome = batch.write_result(pdf, target, new, done["readable"], done["notes"], start=start,
                                 manifest=manifest, entry=entry)
    return outcome


def _failures(exc) -> int:
    from distributed import config

    try:
        return int(config.get("distributed.scheduler.allowed-failures")) + 1
    except Exception:
        return 1


def _version() -> str:
    from .. import __version__

    return __version__


def _without_local_paths(options):
    """Options for workers elsewhere: their own parse cache, not this machine's folder."""
    from dataclasses import replace

    return replace(options, cache_dir=None, rules_dir=None)


def close(client, cluster) -> None:
    """Cancel what is in flight, close the client (and a local cluster)."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    try:
        client.close(timeout=10)
    except Exception:
        pass
    if cluster is not None:
        try:
            cluster.close(timeout=10)
        except Exception:
            pass
