"""What one PDF may cost: decompressed bytes per page, glyphs per page, pages.

A 1.5 MB PDF can hold a content stream that inflates to 1.5 GB, a page
that draws millions of glyphs, or hundreds of thousands of pages; read
naively, one such file takes the machine's memory.  These bounds keep a
bad file to a warning naming the page (``W007``, ``W008``):

* ``inflate_mb``: decompressed bytes of the streams read for one page
  (its content streams, the form XObjects it draws, the fonts and
  character maps it loads for the first time), and of any single stream
  read outside a page (object streams, cross-reference streams).  A form
  XObject over the bound is skipped; a content stream over it ends the
  page there.  Streams are inflated in bounded steps, so a bomb never
  reaches memory: a stream is refused as soon as it passes the bound.
* ``glyphs``: glyphs per page, and separately drawn shapes (lines,
  rectangles, curves) per page; the rest of the page is not read.
* ``pages``: pages per document; later pages are not read.

Why module constants (overridable by command-line options) and not
``rules/settings.yaml``: these are properties of the machine and of the
input, not of the vocabulary.  ``settings.yaml`` belongs to a rule folder
(``--rules``, schema-checked, edited by reviewers, part of the parse cache
key through the sections); a reviewer tuning fuzzy matching should not
decide how much memory a batch may take, and a bound must hold even with
a broken rule folder.  A document a bound cut short is never cached, so
a run with a raised bound reads it again.

Only the ``pdfplumber`` engine inflates streams in Python, so only there is
the inflate bound exact.  pdfium inflates in C without a bound, so before
the ``pdfium`` engine opens a file :func:`inflates_past` measures its
compressed streams (a pass over the bytes; a stream is inflated a megabyte
at a time and dropped), and a file that could inflate past the bound for
one page is read by the ``pdfplumber`` engine instead; the page and glyph
bounds apply in both.
"""

from __future__ import annotations

import mmap
import re
import zlib
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from io import BytesIO

_MB = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    #: decompressed megabytes per page (and per stream outside a page)
    inflate_mb: int = 128
    #: glyphs per page, and drawn shapes per page
    glyphs: int = 100_000
    #: pages per document
    pages: int = 3000

    @property
    def inflate_bytes(self) -> int:
        return self.inflate_mb * _MB


#: what a run uses unless told otherwise (``--max-inflate-mb``, ``--max-glyphs``, ``--max-pages``)
DEFAULT = Limits()

#: the option that raises each bound, named in the warnings
OPTIONS = {"inflate_mb": "--max-inflate-mb", "glyphs": "--max-glyphs", "pages": "--max-pages"}


class LimitExceeded(Exception):
    """A bound was reached: ``what`` went over ``limit`` (a text for users)."""

    def __init__(self, what: str, limit: str, option: str) -> None:
        super().__init__(f"{what} exceeds the limit of {limit}")
        self.what, self.limit, self.option = what, limit, option


def inflate_exceeded(limits: Limits) -> LimitExceeded:
    return LimitExceeded("the decompressed content", f"{limits.inflate_mb} MB", OPTIONS["inflate_mb"])


class _Budget:
    """Decompressed bytes left: per page (``page``) or per stream."""

    __slots__ = ("limits", "left", "page", "decoded")

    def __init__(self, limits: Limits, page: bool) -> None:
        self.limits = limits
        self.left = limits.inflate_bytes
        self.page = page
        #: (stream, its raw bytes): streams inflated for the page, released after it
        self.decoded: list[tuple[object, bytes]] = []

    def room(self) -> int:
        return self.left if self.page else self.limits.inflate_bytes


_budget: ContextVar[_Budget | None] = ContextVar("litx_inflate_budget", default=None)


def _current() -> _Budget:
    budget = _budget.get()
    return budget if budget is not None else _Budget(DEFAULT, page=False)


@contextmanager
def reading(limits: Limits, *, page: bool = False):
    """Inflate within ``limits`` while the block runs: per stream, or for a
    whole page (``page``).  The page's decoded streams are released after
    it (their compressed bytes are kept): pdfminer keeps every object it
    read, and a page's 100 MB content need not outlive the page."""
    budget = _Budget(limits, page)
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)
        for stream, raw in budget.decoded:
            stream.data, stream.rawdata = None, raw


# ------------------------------------------------------- pdfminer, bounded


class _Inflater:
    """``zlib.decompressobj`` that refuses output beyond the budget's room."""

    def __init__(self, *args, **kwargs) -> None:
        self._inner = zlib.decompressobj(*args, **kwargs)
        self._budget = _current()
        self._out = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self._budget.room()
        cap = room + 1 - self._out
        if max_length:
            cap = min(cap, max_length)
        out = self._inner.decompress(data, max(cap, 1))
        self._out += len(out)
        if self._out > room:
            raise inflate_exceeded(self._budget.limits)
        return out

    def flush(self, *args) -> bytes:
        return self._inner.flush(*args)

    def __getattr__(self, name: str):  # eof, unused_data, unconsumed_tail
        return getattr(self._inner, name)


class _BoundedZlib:
    """What pdfminer's stream decoder sees as ``zlib``."""

    error = zlib.error

    def decompress(self, data: bytes, *args, **kwargs) -> bytes:
        inflater = _Inflater()
        out = inflater.decompress(data)
        if not inflater.eof:  # as zlib.decompress: pdfminer then tries to recover
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def decompressobj(self, *args, **kwargs) -> _Inflater:
        return _Inflater(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(zlib, name)


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's recovery of a stream with a bad checksum, in linear time:
    the original feeds one byte at a time and grows its result by
    concatenation, quadratic in the output (hours for a large stream)."""
    inflater = _Inflater()
    out = inflater.decompress(data[:-4])  # a damaged body raises, as before
    try:
        out += inflater.decompress(data[-4:])
    except zlib.error:
        pass  # the checksum: what was inflated is kept
    return out


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    budget = _current()
    room, size, parts = budget.room(), 0, []
    for part in LZWDecoder(BytesIO(data)).run():
        size += len(part)
        if size > room:
            raise inflate_exceeded(budget.limits)
        parts.append(part)
    return b"".join(parts)


_installed = False


def install_pdfminer_bounds() -> None:
    """Make pdfminer inflate within the current budget (once per process).

    pdfminer inflates a whole stream with ``zlib.decompress`` and keeps it;
    its stream decoder is given a bounded ``zlib`` here, a bounded LZW
    decoder, and a check of every decoded stream (other filters, run-length
    and predictors, grow their input at most 64 times).
    """
    global _installed
    if _installed:
        return
    from pdfminer import pdftypes

    original = pdftypes.PDFStream.decode

    def decode(self) -> None:
        raw = self.rawdata
        original(self)
        budget = _current()
        size = len(self.data)
        if size > budget.room():
            self.data, self.rawdata = None, raw
            raise inflate_exceeded(budget.limits)
        if budget.page:
            budget.left -= size
            if raw is not None:
                budget.decoded.append((self, raw))

    pdftypes.zlib = _BoundedZlib()
    pdftypes.decompress_corrupted = _decompress_corrupted
    pdftypes.lzwdecode = _lzwdecode
    pdftypes.PDFStream.decode = decode
    _installed = True


# ------------------------------------------------------- pdfium, checked first

#: deflate expands at most about 1032:1 (LZW a little more): a stream this
#: many times shorter than the bound cannot pass it alone
_MAX_RATIO = 1100
_FLATE = re.compile(rb"/(?:FlateDecode|Fl|LZWDecode|LZW)(?![A-Za-z])")
_IMAGE = re.compile(rb"/Subtype\s*/Image(?![A-Za-z])")
_STEP = 1 << 20


def _inflated_size(data: bytes, cap: int) -> tuple[int, bool]:
    """(bytes ``data`` inflates to, up to just past ``cap``; whether it could
    be inflated at all).  The output is counted and dropped a megabyte at a
    time: nothing of it is kept."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        size = len(inflater.decompress(data, _STEP))
        while inflater.unconsumed_tail and size <= cap and not inflater.eof:
            tail = inflater.unconsumed_tail
            out = len(inflater.decompress(tail, _STEP))
            if not out and len(inflater.unconsumed_tail) == len(tail):
                break  # no progress: the rest is not deflate data
            size += out
    except zlib.error:  # encrypted, or damaged after what was inflated
        return size, size > 0
    return size, True


def _streams(data: bytes):
    """(where the ``stream`` keyword is, where its data starts) for every
    stream of a PDF's bytes (``bytes.find``: a regular expression costs
    a quarter of a second on a 4 MB file)."""
    at = data.find(b"stream")
    while at >= 0:
        after = at + 6
        if data[at - 3 : at] != b"end":
            if data[after : after + 2] == b"\r\n":
                yield at, after + 2
            elif data[after : after + 1] in (b"\n", b"\r"):
                yield at, after + 1
        at = data.find(b"stream", after)


def inflates_past(path, limits: Limits) -> bool:
    """Whether pdfium, which inflates streams in C without a bound, could
    inflate more than ``limits.inflate_mb`` for one page of this file.

    The file's compressed streams are measured before pdfium sees it, by
    inflating (and dropping) each one that is long enough to pass the bound
    alone: a stream over the bound, or streams that are not images (page
    contents, forms, fonts, object streams) adding up to more than the
    bound (which page draws which is not known here, so all of them count
    as one page), make the caller read the file with the pdfplumber engine,
    which applies the bound exactly.  Images (``/Subtype /Image``) are left
    out: pdfium does not inflate them to read text.  The streams of an
    encrypted file cannot be inflated before they are decrypted: one long
    enough to pass the bound alone sends the file to the pdfplumber engine,
    shorter ones count by their upper bound.  Cost: a pass over the file's
    bytes, inflating its fonts, contents and forms (a few megabytes for a
    typical paper)."""
    bound = limits.inflate_bytes
    try:
        with open(path, "rb") as fh:
            # mapped, not read: a large file costs no memory of its own
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # an empty file cannot be mapped
        return False  # the engine reports what is wrong with the file
    try:
        return _inflates_past(data, bound)
    finally:
        data.close()


def _inflates_past(data, bound: int) -> bool:
    total = 0
    short: list[tuple[int, int]] = []  # streams not images, too short to be measured one by one
    for keyword, start in _streams(data):
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        head = data[max(0, keyword - 2048) : keyword]
        head = head[head.rfind(b"obj") + 1 :] if b"obj" in head else head
        if not _FLATE.search(head):
            continue  # stored as it is (or JPEG, fax …): no larger than the file
        if _IMAGE.search(head):
            continue  # pdfium does not inflate images to read text
        length = end - start
        if length * _MAX_RATIO > bound:  # long enough to pass the bound alone
            size, inflatable = _inflated_size(data[start:end], bound)
            if not inflatable or size > bound:  # over it, or encrypted: not to be measured here
                return True
            total += size
        else:
            short.append((start, end))
    if total + sum(e - s for s, e in short) * _MAX_RATIO <= bound:
        return False
    # their upper bounds add up past it: measure the short streams too
    for s, e in short:
        total += _inflated_size(data[s:e], bound)[0]
        if total > bound:
            return True
    return False
