"""Every message a user can see, numbered, in one place.

Errors (``E…``) stop the work on one input; warnings (``W…``) are recorded
with the result and the work goes on.  The code makes a message easy to find
in the docs and to assert on in tests.
"""

from __future__ import annotations

from enum import Enum


class Msg(str, Enum):
    # input files
    E001 = "not a PDF file"
    E002 = "damaged PDF: {detail}"
    E003 = "encrypted PDF: a password is needed (use --password)"
    E004 = "encrypted PDF: the password given is wrong"
    E005 = "file not found"
    E006 = "cannot read file: {detail}"
    E007 = "cannot write file: {detail}"
    E008 = "--ocr always needs Tesseract, which is not installed (or lacks the Chinese and English models): {install}"
    E900 = "internal error while reading this PDF (a bug in litx): please report it with the PDF; --verbose shows the details"
    E901 = "a worker process died (a crash in the PDF library, or out of memory) while reading one of {pdfs}: {done} of {total} PDF(s) done; run again with --jobs 1 to find the PDF"
    E902 = "cannot reach the Dask scheduler at {address}: {detail}"
    E903 = "--scheduler needs Dask, which is not installed: pip install 'litx[dask]'"
    E904 = "Dask workers died {count} time(s) while reading this PDF (a crash in the PDF library, or out of memory)"
    E905 = "a Dask worker failed ({detail}): is litx {version} installed on every worker?"
    E906 = "no Dask worker joined the scheduler at {address} within {seconds} s"
    # rules
    E101 = "rule error in {file}, line {line}, entry {entry}: {detail}"
    E102 = "rule file {file} is not valid YAML, line {line}: {detail}"
    E103 = "rule file missing: {file}"
    E104 = "rule file {file} cannot be read: {detail}"
    E105 = "{file}: {detail}"
    E106 = "unknown rule key {key!r}: {hint}"
    # evaluation inputs (gold annotations, results to score)
    E201 = "gold file is not valid JSON, line {line}, column {column}: {detail}"
    E202 = "gold file, {where}: {detail}"
    E203 = "gold file is for {document}, but its name says {expected}"
    E204 = "directory not found"
    E205 = "no gold files (*.json) in this directory"
    E206 = "result file is not valid JSON, line {line}, column {column}: {detail}"
    E207 = "unknown fact type {name!r}: choose from {choices}"
    E208 = "reviewed result, fact {fact}: {detail}"
    E209 = "no reviewed results (extraction JSON files with review decisions) in this directory"
    # review server and exports (5xx)
    E501 = "no document {key!r} in this output folder"
    E502 = "no fact {fact!r} in this document"
    E503 = "invalid {type} value: {detail}"
    E504 = "this document was saved elsewhere (another tab, reviewer or run) since you loaded it: reload it, nothing was saved"
    E505 = "bad request: {detail}"
    E506 = "request body too large (limit {limit} bytes)"
    E507 = "page image not available: {detail}"
    E508 = "this fact was already added (id {fact})"
    E509 = "only facts added in review can be removed; reject an extracted fact instead"
    E510 = "unknown {what} {name!r}: choose from {choices}"
    E511 = "bad evidence for a new fact: {detail}"
    E512 = "nothing to export: {detail}"
    E513 = "--format xlsx writes a workbook file: give it with --output FILE.xlsx"
    W501 = "{count} review decision(s) no longer match an extracted fact; kept under orphaned_reviews: {ids}"
    W502 = "the result file there could not be read ({detail}); kept as {kept} before writing a new one"
    W503 = "the run manifest was damaged ({detail}); kept as {kept}, every PDF is extracted again"
    # rule tooling: explain, suggest, add
    E401 = "no fact {fact!r} in this result ({count} facts): {hint}"
    E402 = "not an extraction result: {detail}"
    E403 = "unknown rule kind {kind!r}: choose from {choices}"
    E404 = "unknown id {id!r} for {kind} ({file}): choose from {choices}"
    E405 = "term {term!r} is already listed under {kind} '{id}' ({source})"
    E406 = "bad term {term!r}: {detail}"
    E407 = "adding {term!r} would break the rules, nothing was written: {detail}"
    E408 = "{file} changed while it was being edited, nothing was written: run the command again"
    E409 = "no PDFs and no extraction results (*.json) found here"
    E410 = "cannot add a term to {entry} of {file}: {detail}"
    E411 = "already holds rule files ({names}): nothing was copied (use --force to overwrite them)"
    # text layer warnings
    W001 = "no text layer (scanned or image-only PDF): {remedy}"
    W002 = "page {page}: text layer is mojibake (GBK read as Latin-1), recovered {count} characters"
    W003 = "page {page}: text layer is unreadable (glyphs without a Unicode map)"
    W004 = "page {page}: no text layer on this page (image only)"
    W005 = "page {page}: could not be read: {detail}"
    W006 = "encrypted PDF with an owner password only: read normally"
    W007 = "page {page}: {what} exceeds the limit of {limit}, {skipped} (raise it with {option})"
    W008 = "the document has {count} pages; only the first {limit} were read (raise the limit with {option})"
    W009 = "nothing to read: {detail}"
    W010 = "page {page}: OCR failed, the page has no text: {detail}"
    W011 = "page {page}: {count} symbol(s) printed under the codes of letters and digits, repaired ({what})"
    # parse cache, result diffs, rule lint (3xx)
    E301 = "rule directory not found: {file}"
    E302 = "no extraction results (contract JSON files) here"
    E303 = "parse cache unavailable: {detail}"
    W301 = "parse cache was damaged and has been rebuilt ({detail})"
    W302 = "parse cache: a damaged entry was dropped ({detail})"
    W303 = "parse cache unavailable, PDFs are parsed every time: {detail}"
    W311 = "term clash in {file}, line {line}, entry {entry}: {detail}"
    W312 = "pattern clash in {file}, line {line}, entry {entry}: {detail}"
    W313 = "empty match in {file}, line {line}, entry {entry}: {detail}"


class LitxError(Exception):
    """A problem with the user's input: reported in one line, never a traceback."""

    def __init__(self, msg: Msg, path: str | None = None, **detail: object) -> None:
        self.code = msg.name
        self.path = path
        self.message = msg.value.format(**detail) if detail else msg.value
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code}]"


def warning(msg: Msg, **detail: object) -> str:
    """The text of a warning, with its code, as stored in results."""
    text = msg.value.format(**detail) if detail else msg.value
    return f"{text} [{msg.name}]"
