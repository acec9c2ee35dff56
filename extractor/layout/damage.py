"""Why a PDF (or one page of it) could not be read, in words a user can act on.

Shared by both character engines (:mod:`.pdfsource`, :mod:`.pdfium_source`).
"""

from __future__ import annotations

import zlib
from typing import Iterator

from .limits import LimitExceeded

__all__ = ["DOCUMENT_DAMAGED", "PAGE_DAMAGED", "describe"]


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """An exception and those it wraps (pdfplumber's PdfminerException holds
    pdfminer's as its argument) or was raised from."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        inner = todo.pop(0)
        if inner is None or id(inner) in seen:
            continue
        seen.add(id(inner))
        yield inner
        todo.extend(arg for arg in inner.args if isinstance(arg, BaseException))
        todo.extend((inner.__cause__, inner.__context__))


#: the reason when nothing more precise is known: a document, a page
DOCUMENT_DAMAGED = "its structure cannot be read (cross-reference table, page tree or objects)"
PAGE_DAMAGED = "its content is damaged or uses something that is not supported"


def describe(exc: BaseException, default: str = DOCUMENT_DAMAGED) -> str:
    """Why a PDF (or a page) could not be read, for a user.

    pdfminer's own texts are for its developers (``'NoneType' object is not
    iterable``, a dictionary dumped whole): they never reach the user.  The
    exception chain is sorted into a few reasons a user can act on."""
    chain = list(_chain(exc))
    for inner in chain:
        if isinstance(inner, LimitExceeded):
            return f"{inner} (raise it with {inner.option})"
    names = {type(inner).__name__ for inner in chain}
    texts = " ".join(str(inner) for inner in chain if isinstance(inner, Exception))
    if any(isinstance(inner, MemoryError) for inner in chain):
        return "out of memory"
    if any(isinstance(inner, RecursionError) for inner in chain):
        return "its objects are nested too deeply"
    if names & {"PDFEncryptionError", "PDFEncryptionWarning"} or "encrypt" in texts.lower() or "crypt filter" in texts.lower():
        return "it is encrypted in a way that is not supported"
    if "PDFNoValidXRef" in names:
        return "its cross-reference table is damaged and cannot be rebuilt"
    if "/Root" in texts or "PDFNoOutlines" in names:
        return "it has no document catalog (/Root)"
    if "Bounding box" in texts or "MediaBox" in texts:
        return "a page's size (MediaBox) cannot be read"
    if "PSEOF" in names or "truncated" in texts.lower():
        return "the file ends too early (truncated?)"
    if any(isinstance(inner, zlib.error) for inner in chain):
        return "a compressed stream is damaged"
    if "PDFNotImplementedError" in names:
        return "it uses a feature that is not supported"
    if "PSSyntaxError" in names or "PDFSyntaxError" in names:
        return "syntax error in its objects"
    return default
