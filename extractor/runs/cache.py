"""A cache of parsed text layers: re-extraction after a rule edit skips PDF parsing.

Parsing is most of the time of ``litx extract``; matching the rules is a
small part.  A reviewer who edits a dictionary and runs the batch again
should only pay for the matching, so the :class:`~extractor.layout.document.Document`
of every PDF is kept in an SQLite database and found again by what
determines it:

* the PDF's bytes (sha256 of the file, not its name: a copied or renamed PDF
  is still found, and the stored path is replaced by the current one);
* the parser: :data:`extractor.layout.textlayer.PARSER_VERSION`, plus a hash of the
  source of every module the text layer is built from and the versions of
  the PDF libraries, so an edited layout module never serves a stale text
  layer (entries of another parser are simply not found);
* the character engine (``pdfplumber`` / ``pdfium``);
* ``key_extra``, an opaque string from the caller: the section vocabulary of
  the rules (:func:`sections_key`), which the text layer uses for headings.

Where: ``$LITX_CACHE_DIR``, else ``$XDG_CACHE_HOME/litx``, else
``~/.cache/litx``; a directory given to :class:`ParseCache` wins over all.
The database is ``parse-cache.sqlite3`` there.

Storage format (:func:`dumps` / :func:`loads`, no pickle, so a cache file
can never run code): a 4-byte little-endian length, a UTF-8 JSON header
(document fields, sections, furniture, blocks and their sentences, with
enums as their values), then every block's character boxes as two raw
arrays (pages ``uint16``, coordinates ``float32``, the layout of
:class:`~extractor.layout.document.CharBoxes`); the whole is zlib-compressed.  A
sentence whose text and boxes are the slice of its block (always, for the
parser) stores only its offsets.  Each row carries a BLAKE2b checksum of the
compressed bytes.

Safety: WAL journal and a busy timeout, so several ``litx extract``
processes share one cache; every write is one ``BEGIN IMMEDIATE``
transaction.  A damaged file (not a database, a malformed page) is moved
aside as ``parse-cache.sqlite3.damaged-<time>-<pid>`` and a new one
started, with warning ``W301``; a row failing its checksum is dropped
(``W302``); a cache that cannot be used at all (a read-only directory)
turns itself off (``W303``).  The cache never stops an extraction: every
failure degrades to parsing the PDF.  Warnings are kept in
:attr:`ParseCache.warnings` (:meth:`ParseCache.take_warnings`), never in
a document's own warnings.

What is not cached: documents with a page that could not be read (``W005``:
the cause may be passing, e.g. memory), documents a bound of
:mod:`extractor.limits` cut short (``W007``, ``W008``) and documents parsed with a password
(the cache would hold their decrypted text for any later run without it).
Errors (not a PDF, damaged, password needed) are raised by the parser and
never stored.  Documents without a text layer (``W001``) or with nothing to
read in it (``W009``) are cached: the answer for those bytes does not change.

Entries of an older parser are pruned when they are more than
:data:`STALE_DAYS` days old (once per process, on the first write), so two
checkouts with different code can share a cache without deleting each
other's entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import struct
import sys
import time
import zlib
from array import array
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

from ..layout import textlayer
from ..layout.pdfsource import DEFAULT_ENGINE
from ..layout.document import Block, BlockKind, CharBoxes, Document, Furniture, Lang, Section, Sentence
from ..errors import Msg, warning
from ..userdirs import cache_directory

__all__ = [
    "DB_NAME",
    "ParseCache",
    "default_directory",
    "dumps",
    "loads",
    "parse_cached",
    "parser_key",
    "sections_key",
]

log = logging.getLogger("litx.cache")
# the warnings reach the user as W30x lines (run report, stderr): without a
# handler of its own, logging's last resort would print each a second time,
# unprefixed, on stderr
log.addHandler(logging.NullHandler())

DB_NAME = "parse-cache.sqlite3"
#: serialization format of a row (bump when dumps/loads change)
FORMAT = 2
#: seconds a process waits for another one's write to finish
BUSY_TIMEOUT = 60.0
#: entries of another parser older than this are pruned
STALE_DAYS = 7
#: damaged files kept for a post-mortem
KEEP_DAMAGED = 2

# ---------------------------------------------------------------------------
# Keys


#: ``$LITX_CACHE_DIR``, else ``$XDG_CACHE_HOME/litx``, else ``~/.cache/litx``
default_directory = cache_directory


def sections_key(vocab: "textlayer.SectionVocab") -> str:
    """``key_extra`` for a section vocabulary (what the text layer takes from the rules)."""
    data = json.dumps([list(map(list, vocab.terms)), sorted(vocab.no_facts), sorted(vocab.to_the_end)], ensure_ascii=False)
    return hashlib.blake2b(data.encode("utf-8"), digest_size=12).hexdigest()


_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2")
#: the modules a text layer is made by: the whole layout stage, and what it
#: takes from outside it (``ruleset`` only builds the section vocabulary,
#: which is in ``key_extra`` already)
_PARSER_FILES = ("layout/**/*.py", "layout/data/*", "errors.py", "lang/**/*.py")


def code_digest(patterns: tuple[str, ...], libraries: tuple[str, ...], skip: tuple[str, ...] = ()) -> str:
    """A hash of the package's files matching ``patterns`` (top folders in
    ``skip`` and byte-code caches left out) and of the ``libraries``'
    installed versions: what a stored text layer or result was made by."""
    from importlib import metadata

    package = Path(__file__).resolve().parents[1]
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted({f for pattern in patterns for f in package.glob(pattern) if f.is_file()}):
        relative = path.relative_to(package)
        if relative.parts[0] in skip or "__pycache__" in relative.parts:
            continue
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for lib in libraries:
        try:
            version = metadata.version(lib)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{lib}={version}\0".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_hash() -> str:
    """A hash of the text layer's own code (every file of ``extractor/layout``
    and the modules it imports from outside it) and of the PDF libraries'
    versions."""
    return code_digest(_PARSER_FILES, _LIBRARIES)


def parser_key() -> str:
    """What a stored text layer must have been made by: ``PARSER_VERSION+code hash``."""
    return f"{textlayer.PARSER_VERSION}+{_code_hash()}"


# ---------------------------------------------------------------------------
# Serialization

#: the fields dumps/loads know; a Document model with other fields turns the
#: cache off (tests/test_cache.py says which function to update)
KNOWN_FIELDS: dict[type, tuple[str, ...]] = {
    Document: ("path", "sha256", "pages", "blocks", "sections", "furniture", "warnings", "title", "ocr_pages"),
    Block: ("index", "kind", "text", "boxes", "page", "section", "lang", "sentences", "level", "rotation"),
    Sentence: ("text", "page", "lang", "section", "kind", "boxes", "block", "start"),
    Section: ("title", "level", "page", "kind"),
    Furniture: ("page", "text", "position"),
}


def model_matches() -> bool:
    """True when document.py has exactly the fields this module serializes."""
    return all(tuple(f.name for f in fields(cls)) == names for cls, names in KNOWN_FIELDS.items())


_MODEL_OK = model_matches()


class _Arrays:
    """Every CharBoxes of a document, concatenated."""

    def __init__(self, pages: array | None = None, coords: array | None = None) -> None:
        self.pages = pages if pages is not None else array("H")
        self.coords = coords if coords is not None else array("f")

    def add(self, boxes: CharBoxes) -> list[int]:
        offset = len(self.pages)
        self.pages.extend(boxes._pages)
        self.coords.extend(boxes._coords)
        return [offset, len(boxes._pages)]

    def get(self, ref: list[int]) -> CharBoxes:
        offset, count = ref
        if offset < 0 or count < 0 or offset + count > len(self.pages):
            raise ValueError("box reference out of range")
        out = CharBoxes()
        out._pages = self.pages[offset : offset + count]
        out._coords = self.coords[4 * offset : 4 * (offset + count)]
        return out


def _is_slice(sentence: Sentence, block: Block) -> tuple[bool, bool]:
    """(text is the block's slice, boxes are the block's slice) at sentence.start."""
    start, end = sentence.start, sentence.start + len(sentence.text)
    text_ok = 0 <= start and block.text[start:end] == sentence.text
    own = sentence.boxes
    boxes_ok = (
        0 <= start
        and len(own._pages) == len(sentence.text)
        and end <= len(block.boxes._pages)
        and block.boxes._pages[start:end] == own._pages
        and block.boxes._coords[4 * start : 4 * end] == own._coords
    )
    return text_ok, boxes_ok


def _rotated(boxes: CharBoxes, rotation: int) -> CharBoxes:
    boxes.rotation = rotation
    return boxes


def dumps(doc: Document) -> bytes:
    """The compressed bytes of a Document (format in the module docstring)."""
    return zlib.compress(_encode(doc))


def _encode(doc: Document) -> bytes:
    arrays = _Arrays()
    blocks = []
    for block in doc.blocks:
        ref = arrays.add(block.boxes)
        sentences = []
        for s in block.sentences:
            text_ok, boxes_ok = _is_slice(s, block)
            sentences.append(
                [
                    s.start,
                    len(s.text),
                    s.page,
                    s.lang.value,
                    s.section,
                    s.kind.value,
                    s.block,
                    None if text_ok else s.text,
                    None if boxes_ok else arrays.add(s.boxes),
                ]
            )
        blocks.append([block.index, block.kind.value, block.text, ref, block.page, block.section, block.lang.value, block.level, sentences, block.rotation])
    header = {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "document": [doc.path, doc.sha256, doc.pages, doc.title, list(doc.warnings)],
        "sections": [[s.title, s.level, s.page, s.kind] for s in doc.sections],
        "furniture": [[f.page, f.text, f.position] for f in doc.furniture],
        "blocks": blocks,
        "boxes": len(arrays.pages),
        "ocr_pages": list(doc.ocr_pages),
    }
    # surrogatepass: a lone surrogate from a broken font map round-trips too
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return b"".join((struct.pack("<I", len(head)), head, arrays.pages.tobytes(), arrays.coords.tobytes()))


def loads(data: bytes) -> Document:
    """The Document of :func:`dumps`; raises ValueError for anything malformed."""
    try:
        raw = zlib.decompress(data)
        (n,) = struct.unpack_from("<I", raw, 0)
        header = json.loads(raw[4 : 4 + n].decode("utf-8", "surrogatepass"))
        if header.get("format") != FORMAT:
            raise ValueError(f"format {header.get('format')!r}, expected {FORMAT}")
        count = header["boxes"]
        pages, coords = array("H"), array("f")
        body = 4 + n
        pages.frombytes(raw[body : body + 2 * count])
        coords.frombytes(raw[body + 2 * count : body + 2 * count + 16 * count])
        if len(pages) != count or len(coords) != 4 * count or len(raw) != body + 18 * count:
            raise ValueError("box arrays have the wrong length")
        if header["byteorder"] != sys.byteorder:
            pages.byteswap()
            coords.byteswap()
        arrays = _Arrays(pages, coords)
        path, sha256, n_pages, title, warnings = header["document"]
        doc = Document(path=path, sha256=sha256, pages=n_pages, warnings=list(warnings), title=title,
                       ocr_pages=[int(n) for n in header.get("ocr_pages", [])])
        doc.sections = [Section(t, lv, pg, k) for t, lv, pg, k in header["sections"]]
        doc.furniture = [Furniture(pg, t, pos) for pg, t, pos in header["furniture"]]
        for index, kind, text, ref, page, section, lang, level, sentences, rotation in header["blocks"]:
            boxes = arrays.get(ref)
            boxes.rotation = rotation
            block = Block(index, BlockKind(kind), text, boxes, page, section, Lang(lang), level=level, rotation=rotation)
            for start, length, s_page, s_lang, s_section, s_kind, s_block, own_text, own_boxes in sentences:
                block.sentences.append(
                    Sentence(
                        text=own_text if own_text is not None else text[start : start + length],
                        page=s_page,
                        lang=Lang(s_lang),
                        section=s_section,
                        kind=BlockKind(s_kind),
                        boxes=_rotated(arrays.get(own_boxes), rotation) if own_boxes is not None else boxes.slice(start, start + length),
                        block=s_block,
                        start=start,
                    )
                )
            doc.blocks.append(block)
        return doc
    except ValueError:
        raise
    except (zlib.error, struct.error, UnicodeDecodeError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from None


def _checksum(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# ---------------------------------------------------------------------------
# The database

_TABLE = "text_layers_v1"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {_TABLE} (
    sha256 TEXT NOT NULL,
    parser TEXT NOT NULL,
    engine TEXT NOT NULL,
    extra TEXT NOT NULL,
    format INTEGER NOT NULL,
    created REAL NOT NULL,
    raw_size INTEGER NOT NULL,
    checksum TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS {_TABLE}_key ON {_TABLE} (sha256, parser, engine, extra, format);
CREATE INDEX IF NOT EXISTS {_TABLE}_parser ON {_TABLE} (parser, created);
"""

_EMPTY_STATS = {"entries": 0, "current": 0, "stale": 0, "stored_bytes": 0, "raw_bytes": 0, "oldest": None, "newest": None}

#: connections inherited through fork(): never used, never closed (closing
#: one in a child could checkpoint or delete the parent's WAL)
_ORPHANS: list[sqlite3.Connection] = []


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", None) or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    return not name and type(exc) is sqlite3.DatabaseError


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """An inter-process lock for rebuilding (POSIX; elsewhere no lock)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(lock_path, "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class _Unavailable(Exception):
    pass


class ParseCache:
    """Parsed text layers by PDF content, parser, engine and ``key_extra``.

    One instance per process (each ``litx extract`` worker makes its own);
    the connection is opened on first use.  No method raises for a cache
    problem: a damaged file is rebuilt, a failing cache turns itself off,
    and :attr:`warnings` says so (``W301``/``W302``/``W303``).
    """

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_directory()
        self.path = self.directory / DB_NAME
        #: warnings about the cache itself (not about any document)
        self.warnings: list[str] = []
        self.hits = 0
        self.misses = 0
        self._conn: sqlite3.Connection | None = None
        self._pid: int | None = None
        self._opened: tuple[int, int] | None = None
        self._off = False
        #: why the cache turned itself off (W303), or None
        self.off_reason: str | None = None
        self._pruned = False

    def __repr__(self) -> str:
        return f"<ParseCache {self.path} hits={self.hits} misses={self.misses}>"

    def __getstate__(self) -> dict[str, Any]:  # a connection does not travel to another process
        state = dict(self.__dict__)
        state.update(_conn=None, _pid=None, _opened=None)
        return state

    # ---- public API

    def get(self, sha256: str, key_extra: str, *, engine: str = DEFAULT_ENGINE) -> Document | None:
        """The stored Document, or None (not stored, another parser, damaged)."""
        if not self._usable():
            return None
        key = (sha256, parser_key(), engine, key_extra, FORMAT)
        row = self._run(
            lambda c: c.execute(
                f"SELECT checksum, CAST(data AS BLOB) FROM {_TABLE} WHERE sha256=? AND parser=? AND engine=? AND extra=? AND format=?",
                key,
            ).fetchone()
        )
        if row is None:
            self.misses += 1
            return None
        checksum, data = row
        try:
            if _checksum(data) != checksum:
                raise ValueError("checksum mismatch")
            doc = loads(data)
        except ValueError as exc:
            self._drop(key, f"{sha256[:12]}: {exc}")
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, sha256: str, key_extra: str, doc: Document, *, engine: str = DEFAULT_ENGINE) -> bool:
        """Store a Document; False when the cache could not take it."""
        if not self._usable():
            return False
        try:
            raw = _encode(doc)
        except Exception as exc:  # noqa: BLE001 - the cache must never stop an extraction
            log.warning("parse cache: cannot store %s: %s: %s", doc.path, type(exc).__name__, exc)
            return False
        data = zlib.compress(raw)
        row = (sha256, parser_key(), engine, key_extra, FORMAT, time.time(), len(raw), _checksum(data), data)

        def write(c: sqlite3.Connection) -> bool:
            with _transaction(c):
                c.execute(
                    f"INSERT OR REPLACE INTO {_TABLE} "
                    "(sha256, parser, engine, extra, format, created, raw_size, checksum, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                if not self._pruned:
                    c.execute(
                        f"DELETE FROM {_TABLE} WHERE parser != ? AND created < ?",
                        (row[1], time.time() - STALE_DAYS * 86400),
                    )
            self._pruned = True
            return True

        return bool(self._run(write, False))

    def clear(self) -> int:
        """Delete every entry (and kept damaged files); the number of entries deleted."""

        def delete(c: sqlite3.Connection) -> int:
            with _transaction(c):
                n = c.execute(f"DELETE FROM {_TABLE}").rowcount
            with contextlib.suppress(sqlite3.OperationalError):  # busy: the space is reused anyway
                c.execute("VACUUM")
            return n

        n = self._run(delete, 0)
        for old in self._damaged_files():
            _remove(old)
        return n

    def stats(self, *, verify: bool = False) -> dict[str, Any]:
        """Entries, sizes, hits and misses; with ``verify``, a full check.

        ``verify`` runs SQLite's ``quick_check`` and every row's checksum:
        a damaged file is rebuilt, damaged rows are dropped.
        """
        current = parser_key()

        def read(c: sqlite3.Connection) -> dict[str, Any]:
            rows = c.execute(
                f"SELECT parser = ?, count(*), coalesce(sum(length(data)), 0), coalesce(sum(raw_size), 0), "
                f"min(created), max(created) FROM {_TABLE} GROUP BY parser = ?",
                (current, current),
            ).fetchall()
            out = dict(_EMPTY_STATS)
            for is_current, count, stored, raw, oldest, newest in rows:
                out["entries"] += count
                out["current" if is_current else "stale"] += count
                out["stored_bytes"] += stored
                out["raw_bytes"] += raw
                out["oldest"] = oldest if out["oldest"] is None else min(out["oldest"], oldest)
                out["newest"] = newest if out["newest"] is None else max(out["newest"], newest)
            return out

        if verify:
            self._verify()
        info = self._run(read) or dict(_EMPTY_STATS)
        size = sum(p.stat().st_size for p in (self.path, _sidecar(self.path, "-wal")) if p.exists())
        info.update(
            path=str(self.path),
            file_bytes=size,
            parser=current,
            hits=self.hits,
            misses=self.misses,
            enabled=not self._off and _MODEL_OK,
            warnings=list(self.warnings),
        )
        return info

    def take_warnings(self) -> list[str]:
        """The cache's warnings so far, cleared (for a per-file report)."""
        out, self.warnings = self.warnings, []
        return out

    def close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    def __enter__(self) -> "ParseCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- connection and damage handling

    def _usable(self) -> bool:
        if not _MODEL_OK and not self._off:
            with contextlib.suppress(_Unavailable):
                self._turn_off("the text-layer model (document.py) has fields this cache does not store")
        return not self._off

    def _connect(self) -> sqlite3.Connection:
        if self._off:
            raise _Unavailable
        if self._conn is not None:
            if self._pid == os.getpid():
                return self._conn
            _ORPHANS.append(self._conn)  # inherited through fork
            self._conn = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            reason = "a file, not a folder" if self.directory.is_file() else exc.strerror or exc
            self._turn_off(f"{self.directory}: {reason}")
        created = not self.path.exists()
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            self._opened = _identity(self.path)
            if created:
                with contextlib.suppress(OSError):
                    os.chmod(self.path, 0o600)
            _setup(conn)
        except BaseException:
            conn.close()
            raise
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _run(self, action: Callable[[sqlite3.Connection], Any], default: Any = None) -> Any:
        for attempt in range(2):
            try:
                return action(self._connect())
            except _Unavailable:
                return default
            except sqlite3.DatabaseError as exc:
                if _is_damage(exc) and attempt == 0:
                    self._rebuild(str(exc))
                    continue
                self._trouble(exc)
                return default
        return default  # pragma: no cover

    def _trouble(self, exc: sqlite3.Error) -> None:
        """A failure that is no damage (locked for too long, disk full, read-only)."""
        self.close()
        detail = f"{self.path}: {exc}"
        log.warning("parse cache: %s", detail)
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return  # another process held it too long: try again next time
        with contextlib.suppress(_Unavailable):
            self._turn_off(detail)

    def _turn_off(self, detail: str) -> None:
        if not self._off:
            self._off = True
            self.off_reason = detail
            self.warnings.append(warning(Msg.W303, detail=detail))
            log.warning("parse cache off: %s", detail)
        raise _Unavailable

    def _rebuild(self, detail: str) -> None:
        """Move the damaged file aside (unless another process already has) and start afresh."""
        opened = self._opened
        self.close()
        aside = None
        with _exclusive(self.directory / f"{DB_NAME}.lock"):
            now = _identity(self.path)
            if now is not None and (opened is None or now == opened):
                stamp = time.strftime("%Y%m%dT%H%M%S")
                aside = self.directory / f"{DB_NAME}.damaged-{stamp}-{os.getpid()}"
                for suffix in ("", "-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.replace(_sidecar(self.path, suffix), _sidecar(aside, suffix))
                for old in self._damaged_files()[:-KEEP_DAMAGED]:
                    _remove(old)
        self._opened = None
        note = f"{self.path}: {detail}" + (f"; the damaged file is kept as {aside.name}" if aside else "")
        self.warnings.append(warning(Msg.W301, detail=note))
        log.warning("parse cache rebuilt: %s", note)

    def _damaged_files(self) -> list[Path]:
        try:
            found = [p for p in self.directory.glob(f"{DB_NAME}.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
        except OSError:
            return []
        return sorted(found, key=lambda p: p.name)

    def _drop(self, key: tuple, detail: str) -> None:
        def delete(c: sqlite3.Connection) -> None:
            with _transaction(c):
                c.execute(
                    f"DELETE FROM {_TABLE} WHERE sha256=? AND parser=? AND engine=? AND extra=? AND format=?", key
                )

        self._run(delete)
        self.warnings.append(warning(Msg.W302, detail=detail))
        log.warning("parse cache entry dropped: %s", detail)

    def _verify(self) -> None:
        def check(c: sqlite3.Connection) -> list[tuple]:
            result = c.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise sqlite3.DatabaseError("quick_check: " + "; ".join(str(r[0]) for r in result[:3]))
            bad = []
            for rowid, checksum, data in c.execute(f"SELECT rowid, checksum, CAST(data AS BLOB) FROM {_TABLE}"):
                if _checksum(data) != checksum:
                    bad.append(rowid)
            return bad

        for rowid in self._run(check, []) or []:
            def delete(c: sqlite3.Connection, rowid=rowid) -> None:
                with _transaction(c):
                    c.execute(f"DELETE FROM {_TABLE} WHERE rowid=?", (rowid,))

            self._run(delete)
            self.warnings.append(warning(Msg.W302, detail=f"row {rowid}: checksum mismatch"))


def _setup(conn: sqlite3.Connection) -> None:
    """WAL journal, the table, and a first read (a damaged file fails here).

    Switching a new database to WAL needs it alone, and SQLite answers
    "locked" at once, without waiting, to a process that races another one
    doing the same: that race is retried until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    delay = 0.005
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")  # a rollback journal (e.g. on NFS) is fine too
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute(f"SELECT count(*) FROM {_TABLE}").fetchone()
            return
        except sqlite3.OperationalError as exc:
            busy = (getattr(exc, "sqlite_errorname", None) or "").startswith("SQLITE_BUSY")
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(2 * delay, 0.25)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(db: Path) -> None:
    """A database file and its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            _sidecar(db, suffix).unlink()


@contextlib.contextmanager
def _transaction(c: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT: takes the write lock up front (waiting up to
    the busy timeout), so two writers never deadlock on a lock upgrade."""
    c.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            c.execute("ROLLBACK")
        raise
    c.execute("COMMIT")


# ---------------------------------------------------------------------------
# The one call the batch needs

#: warnings of a text layer that keep it out of the cache (possibly passing
#: causes; a bound of extractor.limits that a later run may raise)
_NOT_CACHED = tuple(f"[{msg.name}]" for msg in (Msg.W005, Msg.W007, Msg.W008, Msg.W010))


def cacheable(doc: Document) -> bool:
    """False for a document with a page that could not be read (W005), that
    a bound cut short (W007, W008) or that OCR failed on (W010)."""
    return not any(w.endswith(_NOT_CACHED) for w in doc.warnings)


def parse_cached(
    path: str | Path,
    *,
    parse: Callable[[], Document],
    sha256: str,
    key_extra: str,
    cache: ParseCache | None,
    engine: str = DEFAULT_ENGINE,
    password: str | None = None,
) -> tuple[Document, bool]:
    """(document, hit): the stored text layer of ``sha256``, or ``parse()`` stored.

    ``parse`` raises as :func:`~extractor.layout.textlayer.parse_pdf` does; errors
    are never stored.  On a hit the document's ``path`` is ``path`` (the
    same bytes may have been parsed under another name).  A run with a
    ``password`` reads the cache (an entry exists only if the PDF was
    readable without one) but never writes to it.
    """
    if cache is None:
        return parse(), False
    doc = cache.get(sha256, key_extra, engine=engine)
    if doc is not None:
        doc.path = str(path)
        return doc, True
    doc = parse()
    if password is None and cacheable(doc):
        cache.put(sha256, key_extra, doc, engine=engine)
    return doc, False
