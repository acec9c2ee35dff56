"""What the grammar compiler works out of each expression, kept between runs.

Compiling the grammars is most of a ``litx`` command's start-up: Python's
parser of regular expressions reads every grammar expression three times,
once to compile it and twice to work out what every match of it must hold
(:func:`~extractor.ruleset.grammar.mandatory_texts` and the slots it
needs).  Those answers depend only on the expanded expression and on the
code that works them out, so they are kept in the cache folder
(:func:`extractor.userdirs.cache_directory`), in ``grammar-memo.json``,
under a key of the expression; the file is thrown away whole when the
code or the Python version differs.  An expression found there compiled
and passed every check before, so it is compiled only when it is first
searched: a command that reads a few sentences compiles few expressions.

The memo is a cache: a file that is missing, unreadable, damaged or of
other code is started afresh, and a folder that cannot be written to
only costs time.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from pathlib import Path
from typing import Any

from ..atomic import write_text
from ..userdirs import cache_directory

__all__ = ["FILE_NAME", "GrammarMemo", "memo"]

FILE_NAME = "grammar-memo.json"
#: past this many entries, a save keeps only those this process used (rule
#: edits leave the analyses of expressions no longer written behind)
MAX_ENTRIES = 4000


def _code_version() -> str:
    """The grammar compiler's source and the Python version (whose parser
    of regular expressions the analyses read)."""
    source = (Path(__file__).parent / "grammar.py").read_bytes()
    digest = hashlib.blake2b(source, digest_size=12)
    digest.update(sys.version.encode())
    return digest.hexdigest()


def key_of(*parts: str) -> str:
    """The key of an expression: a hash of what its analysis is made from."""
    return hashlib.blake2b("\0".join(parts).encode("utf-8"), digest_size=16).hexdigest()


class GrammarMemo:
    """Analyses of expressions by key, read from and written to ``path``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.code = _code_version()
        self._entries: dict[str, Any] = self._read()
        self._dirty = False
        self._used: set[str] = set()
        self._lock = threading.Lock()

    def _read(self) -> dict[str, Any]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}  # none yet, or damaged: start afresh
        if not isinstance(data, dict) or data.get("code") != self.code or not isinstance(data.get("entries"), dict):
            return {}  # another version of the compiler: its answers may differ
        return data["entries"]

    def get(self, key: str) -> Any:
        self._used.add(key)
        return self._entries.get(key)

    def put(self, key: str, entry: Any) -> None:
        with self._lock:
            self._used.add(key)
            if self._entries.get(key) != entry:
                self._entries[key] = entry
                self._dirty = True

    def save(self) -> None:
        """Write the memo if it learnt anything (atomically; a folder that
        cannot be written to is passed over)."""
        with self._lock:
            if not self._dirty or self.path is None:
                return
            if len(self._entries) > MAX_ENTRIES:
                self._entries = {k: v for k, v in self._entries.items() if k in self._used}
            text = json.dumps({"code": self.code, "entries": self._entries}, ensure_ascii=False, sort_keys=True)
            self._dirty = False
        try:
            write_text(self.path, text)
        except OSError:
            pass  # a read-only home: every run works the analyses out again


_MEMO: GrammarMemo | None = None
_MEMO_LOCK = threading.Lock()


def memo() -> GrammarMemo:
    """The memo of this process, in the cache folder as it is when first asked."""
    global _MEMO
    with _MEMO_LOCK:
        if _MEMO is None:
            try:
                path: Path | None = cache_directory() / FILE_NAME
            except (OSError, RuntimeError):  # no home folder to find
                path = None
            _MEMO = GrammarMemo(path)
        return _MEMO
