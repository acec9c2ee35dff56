"""What made each result in an output folder: resumable, incremental runs.

``OUT/.litx-manifest.sqlite`` holds one row per result file: the PDF it was
extracted from (its path as given, its size and times, its sha256), the
rules (a fingerprint of every rule file's bytes, grammars included: the
bundled files a rule folder leaves out count as they are), the code (litx's
version, the text layer's :func:`~extractor.runs.cache.parser_key`, a hash
of the extraction code) and the reading settings (engine, limits).

A run skips a result whose row matches what it would use now, and redoes
the others; so a run stopped by Ctrl-C, ``kill -9`` or a lost machine goes
on where it stopped, a rule edit redoes every result, a changed PDF only
its own.  A row is written by the process that wrote the result file, right
after it (one SQLite transaction each): a result written but not yet
recorded is extracted again (the same file: its review decisions are
merged as on every re-run), never skipped unrecorded.

Results that could not be read (unreadable PDFs) are never skipped: they
cost little and the cause (a password, a damaged file) may be fixed.

The manifest is an optimization only: one that is damaged is set aside and
the run extracts everything again (warning W503).
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import Msg, warning
from ..ruleset.fingerprint import fingerprint_of, rule_payload, rules_fingerprint  # noqa: F401  (the manifest's keys)

__all__ = [
    "MANIFEST_NAME", "Entry", "Manifest", "code_key", "fingerprint_of", "rule_payload", "rules_fingerprint",
    "engines_used", "settings_key", "stat_key",
]

MANIFEST_NAME = ".litx-manifest.sqlite"
_BUSY_TIMEOUT = 60.0
_SCHEMA = 1


# ---------------------------------------------------------------- keys


#: what the facts are made by besides the text layer (parser_key covers
#: extractor/layout and the PDF libraries)
_CODE_FILES = ("**/*.py", "layout/data/*")
_CODE_SKIP = ("review", "refine", "cli")
_LIBRARIES = ("spacy", "jieba", "pydantic", "rapidfuzz")


@lru_cache(maxsize=1)
def code_key() -> str:
    """``VERSION+parser key+code hash``: what a result must have been made by."""
    from ..version import __version__
    from .cache import code_digest, parser_key

    return f"{__version__}+{parser_key()}+{code_digest(_CODE_FILES, _LIBRARIES, _CODE_SKIP)}"


def settings_key(engine: str, limits) -> str:
    """The reading settings a result depends on (a password only decides
    whether a PDF is read at all: unreadable results are never skipped)."""
    return f"engine={engine};inflate_mb={limits.inflate_mb};glyphs={limits.glyphs};pages={limits.pages}"


def engines_used(out_dir: Path | str) -> dict[str, str]:
    """{PDF sha256: the character engine its result was read with}, from
    the manifest of ``out_dir`` (read only; empty when there is none): the
    review page reads a PDF's text layer as its run did."""
    path = Path(out_dir) / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT)
        try:
            rows = conn.execute("SELECT sha256, settings FROM results").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    found: dict[str, str] = {}
    for sha256, settings in rows:
        for part in (settings or "").split(";"):
            if part.startswith("engine=") and sha256:
                found[sha256] = part[len("engine="):]
    return found


def stat_key(path: Path) -> tuple[int, int, int] | None:
    """(size, mtime_ns, ctime_ns): while these stay, the sha256 recorded stands."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)


# ---------------------------------------------------------------- rows


@dataclass(frozen=True)
class Entry:
    """What one result file was made from."""

    pdf: str
    stat: tuple[int, int, int] | None
    sha256: str
    rules: str
    code: str
    settings: str
    readable: bool = True


class Manifest:
    """The manifest of one output folder (opened lazily, one connection per process)."""

    def __init__(self, out_dir: Path | str) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / MANIFEST_NAME
        self._conn: sqlite3.Connection | None = None
        self._off = False
        #: W503 when the manifest was damaged and set aside
        self.warnings: list[str] = []

    # ------------------------------------------------------------ storage

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._off:
            return self._conn
        for attempt in (1, 2):
            try:
                self.out_dir.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT, isolation_level=None)
                # the default rollback journal: no file beside the manifest
                # between transactions (a WAL would leave two), fine on NFS
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(
                    # paths as bytes (os.fsencode): a file name need not be UTF-8
                    "CREATE TABLE IF NOT EXISTS results (result BLOB PRIMARY KEY, pdf BLOB, size INTEGER,"
                    " mtime_ns INTEGER, ctime_ns INTEGER, sha256 TEXT, rules TEXT, code TEXT, settings TEXT,"
                    " readable INTEGER, recorded REAL)"
                )
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(_SCHEMA),))
                conn.execute("SELECT count(*) FROM results").fetchone()
                self._conn = conn
                return conn
            except sqlite3.DatabaseError as exc:
                if attempt == 2 or not self.path.exists():
                    self._off = True  # a folder that cannot be written: the run reports its results
                    return None
                self._set_aside(exc)
            except OSError:
                self._off = True
                return None
        return None

    def _set_aside(self, exc: Exception) -> None:
        kept = self.path.with_name(self.path.name + ".damaged")
        try:
            os.unlink(str(self.path) + "-journal")
        except OSError:
            pass
        try:
            os.replace(self.path, kept)
        except OSError:
            pass
        self.warnings.append(warning(Msg.W503, detail=str(exc), kept=kept.name))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getstate__(self):  # a worker opens its own connection
        return {"out_dir": self.out_dir}

    def __setstate__(self, state) -> None:
        self.__init__(state["out_dir"])

    # ------------------------------------------------------------ rows

    def key(self, target: Path) -> bytes:
        return os.fsencode(Path(target).relative_to(self.out_dir).as_posix())

    def entries(self) -> dict[str, Entry]:
        conn = self._connect()
        if conn is None:
            return {}
        try:
            rows = conn.execute(
                "SELECT result, pdf, size, mtime_ns, ctime_ns, sha256, rules, code, settings, readable FROM results"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            self.close()
            self._set_aside(exc)
            return {}
        return {
            r[0]: Entry(os.fsdecode(r[1]), (r[2], r[3], r[4]) if r[2] is not None else None, r[5], r[6], r[7], r[8], bool(r[9]))
            for r in rows
        }

    def record(self, target: Path, entry: Entry) -> None:
        """Say what the result file ``target`` (just written) was made from."""
        conn = self._connect()
        if conn is None:
            return
        size, mtime, ctime = entry.stat if entry.stat is not None else (None, None, None)
        try:
            conn.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.key(target), os.fsencode(entry.pdf), size, mtime, ctime, entry.sha256, entry.rules, entry.code,
                 entry.settings, int(entry.readable), time.time()),
            )
        except (sqlite3.DatabaseError, ValueError):
            pass  # not recorded: extracted again next time

    def touch(self, target: Path, stat: tuple[int, int, int]) -> None:
        """A PDF whose times changed but not its bytes: no need to hash it again."""
        conn = self._connect()
        if conn is None:
            return
        try:
            conn.execute("UPDATE results SET size=?, mtime_ns=?, ctime_ns=? WHERE result=?", (*stat, self.key(target)))
        except (sqlite3.DatabaseError, ValueError):
            pass

    def forget(self, target: Path) -> None:
        conn = self._connect()
        if conn is None:
            return
        try:
            conn.execute("DELETE FROM results WHERE result=?", (self.key(target),))
        except (sqlite3.DatabaseError, ValueError):
            pass

    # ------------------------------------------------------------ deciding

    def up_to_date(self, entry: Entry | None, pdf: Path, target: Path, now: Entry) -> bool:
        """Whether ``target`` holds what extracting ``pdf`` with ``now``'s rules,
        code and settings would write (review decisions aside)."""
        if entry is None or not entry.readable:
            return False
        if (entry.pdf, entry.rules, entry.code, entry.settings) != (now.pdf, now.rules, now.code, now.settings):
            return False
        try:
            if not target.is_file():
                return False
        except OSError:
            return False
        stat = stat_key(pdf)
        if stat is None:
            return False
        if entry.stat == stat:
            return True
        from ..layout.textlayer import sha256_of

        try:
            same = sha256_of(pdf) == entry.sha256
        except OSError:
            return False
        if same:
            self.touch(target, stat)
        return same
