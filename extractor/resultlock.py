"""One lock per result file, for every program that rewrites it.

Two programs rewrite a result file in place: ``litx extract`` into a folder
that already holds it (read the old result, lay its review decisions over
the new one, write: :func:`extractor.batch.extract_to`) and the review page
(check the revision, change a decision, write:
:meth:`extractor.review.store.Store.update`).  Each does its
read-change-write inside :func:`locked`, so neither writes over a change the
other made after its read: a decision saved while a re-run extracts is
either in the file the re-run reads, or saved after the re-run wrote (and
then checked against the revision the re-run left).

The lock is ``flock`` on ``.NAME.json.lock`` beside ``NAME.json``, plus a
thread lock for threads of one process (the review server's; ``flock`` on a
network file system may lock per process only):

* every process and thread (``--jobs`` workers, server threads, two
  ``litx extract`` runs, several review servers) that opens the folder, by
  whatever path, locks the same file;
* the holder removes the lock file before it lets go, so a folder keeps
  no lock files; a process that waited on the removed file sees (once it
  has the lock) that the name is no longer its file and locks again, on
  the file now there;
* the kernel drops an ``flock`` when its process dies (``kill -9``
  included), so a lock file left behind blocks nobody (the next holder
  removes it);
* the name is hidden and does not end in ``.json``: the review listing,
  ``litx diff``, ``evaluate``, ``export`` and ``suggest`` skip it.

A lock file that cannot be opened (a folder that cannot be written, where
the result cannot be written either) leaves the thread lock alone.  Not
POSIX (no ``fcntl``): the thread lock alone.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = ["lock_path", "locked"]

_threads: dict[str, threading.Lock] = {}
_threads_guard = threading.Lock()


def lock_path(path: str | Path) -> Path:
    """The lock file of the result file ``path``: ``.NAME.json.lock`` beside it."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def _open(lock: Path) -> int | None:
    flags = os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(lock, os.O_RDWR | flags, 0o666)
    except PermissionError:
        pass  # another user's lock file: reading is enough for flock
    except OSError:
        return None
    try:
        return os.open(lock, os.O_RDONLY | flags, 0o666)
    except OSError:
        return None


def _acquire(lock: Path) -> int | None:
    """A descriptor of ``lock``, flocked, whose file is the one at ``lock`` now
    (None: no lock to be had, the thread lock alone)."""
    while True:
        fd = _open(lock)
        if fd is None:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException as exc:  # a file system without locks; SIGTERM while waiting
            os.close(fd)
            if isinstance(exc, OSError):
                return None
            raise
        # the holder before us may have removed the file while we waited:
        # our lock is then on a file nobody else will open, so again
        try:
            mine, there = os.fstat(fd), os.stat(lock, follow_symlinks=False)
        except FileNotFoundError:
            os.close(fd)
            continue
        except OSError:
            return fd
        if (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino):
            return fd
        os.close(fd)


@contextlib.contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold the lock of the result file ``path`` (blocking until it is free)."""
    lock = lock_path(path)
    with _threads_guard:
        thread_lock = _threads.setdefault(os.path.abspath(lock), threading.Lock())
    with thread_lock:
        fd = None
        if fcntl is not None:
            try:
                lock.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass
            fd = _acquire(lock)
        try:
            yield
        finally:
            if fd is not None:
                try:
                    os.unlink(lock)  # while still locked: see the module's docstring
                except OSError:
                    pass
                os.close(fd)  # closing the last descriptor releases the flock
