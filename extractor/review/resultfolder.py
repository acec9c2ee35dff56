"""The result files of one OUT_DIR, as the review page reads and writes them.

Each write names the revision it was based on (a hash of the file's bytes
and of its decision log) and runs under the result file's lock
(:mod:`extractor.resultlock`), the lock ``litx extract`` holds while it
merges a re-run into the same file; a stale revision is refused (E504) and
nothing is written.

A decision is not a rewrite of the result: it is one line appended to the
result's decision log (:mod:`extractor.output.reviewed`), flushed to disk
before the page is told it is saved, so it survives ``kill -9`` and a power
cut.  Every :data:`FOLD_AT` lines, and when the server stops, the log is
folded into the result (written atomically, then the log removed).  The
parsed result stays in memory between requests (read again when the file or
its log changed on disk), so a save costs an append and an ``fsync``, not a
parse and a rewrite of the whole file.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..atomic import write_bytes
from ..errors import LitxError, Msg
from ..output.merge import ORPHANS_KEY
from ..output.resultfiles import json_text, unreadable_folder
from ..output.reviewed import REVIEW_STATUSES, apply_decisions, decision_log_path, parse_decision_log, status_of, with_decision_log
from ..resultlock import locked

__all__ = ["FOLD_AT", "REPORT_NAME", "DocSummary", "Loaded", "ResultFolder", "dumps", "revision_of"]

REPORT_NAME = "litx-run.json"

T = TypeVar("T")


def revision_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def dumps(data: dict) -> str:
    """As ``litx extract`` writes a result (file names that are not UTF-8 included)."""
    return json_text(data)


def _load_json(path: Path, raw: bytes) -> dict:
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise LitxError(Msg.E206, str(path), line=1, column=exc.start + 1, detail="not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise LitxError(Msg.E206, str(path), line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    if not _is_result(data):
        raise LitxError(Msg.E206, str(path), line=1, column=1, detail="not an extraction result (no schema_version / facts)")
    return data


def _is_result(data: Any) -> bool:
    return isinstance(data, dict) and "schema_version" in data and isinstance(data.get("facts"), list)


@dataclass
class DocSummary:
    key: str
    path: Path
    title: str | None = None
    pdf: str | None = None
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    orphaned: int = 0
    warnings: int = 0
    warning_texts: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def decided(self) -> int:
        return self.total - self.counts.get("pending", 0)

    @property
    def progress(self) -> float:
        return self.decided / self.total if self.total else 1.0

    @property
    def no_facts_why(self) -> str | None:
        """For a document without facts, why (its first warning: no text layer,
        a password …), else None."""
        if self.total or self.error:
            return None
        if self.warning_texts:
            return self.warning_texts[0]
        return "no fact was found in its text"


@dataclass
class Loaded:
    key: str
    path: Path
    data: dict
    revision: str


class ResultFolder:
    """The result files under OUT_DIR: listed, summarised, read and written at a revision."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.root = self.out_dir.resolve()
        self._summaries: dict[Path, tuple[tuple, DocSummary]] = {}
        self._states: dict[Path, _State] = {}
        # the data in memory is changed in place by a save: a page built from it
        # (``consistent``) sees it before or after a change, never half-way
        self._mutex = threading.RLock()

    def keys(self) -> list[str]:
        """Keys of the JSON files under OUT_DIR (relative path without .json), hidden folders and the run report skipped."""
        found = []
        for dirpath, dirnames, filenames in os.walk(self.out_dir, onerror=unreadable_folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.endswith(".json") and not name.startswith(".") and name != REPORT_NAME:
                    rel = (Path(dirpath) / name).relative_to(self.out_dir)
                    found.append(rel.with_suffix("").as_posix())
        return found

    def documents(self) -> list[DocSummary]:
        """A summary of every result under OUT_DIR (files that are not results are left out; broken ones say why)."""
        out = []
        for key in self.keys():
            summary = self._summary(key)
            if summary is not None:
                out.append(summary)
        return out

    def _summary(self, key: str) -> DocSummary | None:
        path = self.out_dir / f"{key}.json"
        stamp = _stamp(path), _stamp(decision_log_path(path))
        if stamp[0] is None:
            return None
        cached = self._summaries.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
        summary = DocSummary(key=key, path=path)
        try:
            raw = path.read_bytes()
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError) as exc:
            summary.error = f"cannot read: {exc}"
        else:
            if not _is_result(data):
                return None
            data = with_decision_log(path, data)
            doc = data.get("document") if isinstance(data.get("document"), dict) else {}
            summary.title = doc.get("title") if isinstance(doc.get("title"), str) else None
            summary.pdf = doc.get("path") if isinstance(doc.get("path"), str) else None
            summary.pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
            counts = {s: 0 for s in REVIEW_STATUSES}
            for fact in data["facts"]:
                if isinstance(fact, dict):
                    counts[status_of(fact)] += 1
            summary.counts = counts
            summary.total = sum(counts.values())
            orphans = data.get(ORPHANS_KEY)
            summary.orphaned = len(orphans) if isinstance(orphans, list) else 0
            summary.warning_texts = [str(w) for w in data.get("warnings") or []]
            summary.warnings = len(summary.warning_texts)
        self._summaries[path] = (stamp, summary)
        return summary

    def path_of(self, key: Any) -> Path:
        """The result file of ``key``; anything outside OUT_DIR, hidden or not a result file is E501."""
        if not isinstance(key, str) or not key or len(key) > 1024:
            raise LitxError(Msg.E501, key=str(key)[:100])
        parts = key.split("/")
        bad = (
            "\\" in key
            or "\x00" in key
            or key.startswith("/")
            or any(p in ("", ".", "..") or p.startswith(".") for p in parts)
            or (len(parts[0]) >= 2 and parts[0][1] == ":")  # C:...
        )
        if bad:
            raise LitxError(Msg.E501, key=key)
        path = self.out_dir / f"{key}.json"
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise LitxError(Msg.E501, key=key) from None
        if not resolved.is_relative_to(self.root) or not resolved.is_file() or path.name == REPORT_NAME:
            raise LitxError(Msg.E501, key=key)
        return path

    def load(self, key: str) -> Loaded:
        """The result ``key`` with its logged decisions, and its revision (the
        data is shared with later loads: read it, do not change it; read it
        inside :meth:`consistent` to see it whole, with its revision)."""
        path = self.path_of(key)
        with self._mutex:
            state = self._state(path)
            return Loaded(key, path, state.data, state.revision)

    def consistent(self) -> threading.RLock:
        """Hold while reading loaded data: no save of this folder changes it meanwhile."""
        return self._mutex

    def _state(self, path: Path) -> "_State":
        """The result at ``path`` as its file and its decision log say now
        (parsed again only when either changed on disk)."""
        stamps = _stamp(path), _stamp(decision_log_path(path))
        cached = self._states.get(path)
        if cached is not None and cached.stamps == stamps:
            return cached
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        data = _load_json(path, raw)
        try:
            log = decision_log_path(path).read_bytes()
        except FileNotFoundError:
            log = b""
        ops = parse_decision_log(log)
        apply_decisions(data, ops)
        state = _State(stamps, data, digest, log, len(ops))
        self._states[path] = state
        return state

    # ------------------------------------------------------------ writing

    def update(self, key: str, revision: Any, change: Callable[[dict], tuple[T, list[dict]]]) -> tuple[T, str]:
        """Apply ``change`` to the document if it is still at ``revision``.

        ``change`` changes the data and returns ``(outcome, ops)``: the
        operations of :mod:`extractor.output.reviewed` that make the same
        change, appended to the decision log and flushed to disk before this
        returns.  Every :data:`FOLD_AT` operations the log is folded into
        the result (an atomic rewrite).  Returns ``(outcome, the new
        revision)``.  A stale revision raises E504 (the current revision is
        on the exception as ``.revision``); an exception from ``change``
        writes nothing.
        """
        path = self.path_of(key)
        with locked(path), self._mutex:
            state = self._state(path)
            if not isinstance(revision, str) or revision != state.revision:
                err = LitxError(Msg.E504)
                err.revision = state.revision  # type: ignore[attr-defined]
                raise err
            try:
                outcome, ops = change(state.data)
            except BaseException:
                self._states.pop(path, None)  # the change may have begun: read the file again
                raise
            if ops:
                try:
                    self._append(path, state, ops)
                except BaseException:
                    self._states.pop(path, None)
                    raise
                if state.entries >= FOLD_AT:
                    try:
                        self._fold(path, state)
                    except OSError:  # the decision is saved, in the log: folding waits for the next save
                        self._states.pop(path, None)
                        return outcome, self._state(path).revision
            return outcome, state.revision

    def _append(self, path: Path, state: "_State", ops: list[dict]) -> None:
        log = decision_log_path(path)
        lines = b"".join(json.dumps(op, ensure_ascii=False).encode("utf-8") + b"\n" for op in ops)
        new = not log.exists()
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(log, flags, _NEW_FILE_MODE)
        try:
            if state.log and not state.log.endswith(b"\n"):
                lines = b"\n" + lines  # after a line cut short by a crash
            if os.write(fd, lines) != len(lines):  # a full disk: the line is cut short, never acknowledged
                raise OSError(28, "the decision log could not be written whole")
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            _fsync_dir(path.parent)
        state.log += lines
        state.entries += len(ops)
        state.stamps = _stamp(path), _stamp(log)

    def _fold(self, path: Path, state: "_State") -> None:
        """Write the result with its logged decisions, atomically, then remove the log
        (under the lock; a crash between the two leaves a log that changes nothing)."""
        text = dumps(state.data).encode("utf-8")
        write_bytes(path, text)
        try:
            os.unlink(decision_log_path(path))
        except FileNotFoundError:
            pass
        state.digest = hashlib.sha256(text).hexdigest()
        state.log = b""
        state.entries = 0
        state.stamps = _stamp(path), _stamp(decision_log_path(path))

    def fold(self, key: str) -> str:
        """Fold the decision log of ``key`` into its result now; the revision after."""
        path = self.path_of(key)
        with locked(path), self._mutex:
            state = self._state(path)
            if state.log:
                self._fold(path, state)
            return state.revision

    def fold_all(self) -> None:
        """Fold every decision log of the folder (when the review server stops)."""
        for key in self.keys():
            try:
                if decision_log_path(self.out_dir / f"{key}.json").exists():
                    self.fold(key)
            except (OSError, LitxError):
                pass  # left for the next reader: the log is still applied


#: decisions logged before the log is folded into the result
FOLD_AT = 64

_UMASK = os.umask(0)
os.umask(_UMASK)
_NEW_FILE_MODE = 0o666 & ~_UMASK


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclass
class _State:
    """A result as read: the stamps of its file and log, the data with the log
    applied, the SHA-256 of the file, the log's bytes and its number of lines."""

    stamps: tuple
    data: dict
    digest: str
    log: bytes
    entries: int

    @property
    def revision(self) -> str:
        """What the reviewer saw: the file's hash, or, with a log, of the file and its log."""
        if not self.log:
            return self.digest[:16]
        return hashlib.sha256(self.digest.encode("ascii") + b"\n" + self.log).hexdigest()[:16]
