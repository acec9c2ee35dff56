"""The result files of one OUT_DIR, as the review page reads and writes them.

Each write names the revision it was based on (a hash of the file's bytes)
and runs under the result file's lock (:mod:`extractor.resultlock`), the lock
``litx extract`` holds while it merges a re-run into the same file; a stale
revision is refused (E504) and nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..atomic import write_text
from ..errors import LitxError, Msg
from ..output.merge import ORPHANS_KEY
from ..output.resultfiles import json_text, unreadable_folder
from ..output.reviewed import REVIEW_STATUSES, status_of
from ..resultlock import locked

__all__ = ["REPORT_NAME", "DocSummary", "Loaded", "ResultFolder", "dumps", "revision_of"]

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
    error: str | None = None

    @property
    def decided(self) -> int:
        return self.total - self.counts.get("pending", 0)

    @property
    def progress(self) -> float:
        return self.decided / self.total if self.total else 1.0


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
        self._summaries: dict[Path, tuple[tuple[int, int], DocSummary]] = {}

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
        try:
            st = path.stat()
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
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
            summary.warnings = len(data.get("warnings") or [])
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
        path = self.path_of(key)
        raw = path.read_bytes()
        return Loaded(key, path, _load_json(path, raw), revision_of(raw))

    # ------------------------------------------------------------ writing

    def update(self, key: str, revision: Any, change: Callable[[dict], T]) -> tuple[T, str]:
        """Apply ``change`` to the document if it is still at ``revision``; write it atomically.

        Returns ``(what change returned, the new revision)``.  A stale
        revision raises E504 (the current revision is on the exception as
        ``.revision``); an exception from ``change`` writes nothing.
        """
        path = self.path_of(key)
        with locked(path):
            raw = path.read_bytes()
            current = revision_of(raw)
            if not isinstance(revision, str) or revision != current:
                err = LitxError(Msg.E504)
                err.revision = current  # type: ignore[attr-defined]
                raise err
            data = _load_json(path, raw)
            outcome = change(data)
            text = dumps(data)
            write_text(path, text)
            return outcome, revision_of(text.encode("utf-8"))
