"""The PDF behind a result: found, checked, unlocked, its text layer read and
its pages rendered for the review page.

Page images are rendered on demand, one page per request, with pdfium (as
pdfplumber's ``page.to_image`` does, the same page space), at one of a few
resolutions (:data:`DPIS`: the page asks for the one that gives at least two
image pixels per screen pixel at the size shown), and cached as PNG under
``OUT_DIR/.litx-review-cache/`` (a hidden folder: ``litx evaluate`` and the
exports skip it).  Each PDF stays open between pages (a few at a time).
Requests wait their turn for pdfium; one that is no longer the newest for
its document when its turn comes is dropped (the reviewer has turned the
page since), so flipping through forty pages renders two, not forty.  Pages
of a PDF that needs a password are kept in memory only, never on disk: a
later review without the password must not show them (the parse cache keeps
no decrypted text either).
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
from pathlib import Path

from ..atomic import write_bytes
from ..errors import LitxError, Msg
from ..layout.damage import PAGE_DAMAGED, describe
from ..layout.document import Document
from .sentences import TextLayers

__all__ = ["CACHE_DIR", "DPIS", "MEMORY_PAGES", "RESOLUTION", "PdfPages"]

CACHE_DIR = ".litx-review-cache"
#: Page images: dots per inch (PDF points are 1/72 inch) when none is asked for.
RESOLUTION = 144
#: The resolutions a page may ask for (a few, so the cache holds few copies of a page).
DPIS = (96, 144, 192, 240, 288, 384, 480)
#: PDFs kept open for rendering
OPEN_PDFS = 4
#: page images of password-protected PDFs kept in memory (never on disk)
MEMORY_PAGES = 32

_render_lock = threading.Lock()  # pdfium is not thread-safe


class PdfPages:
    """The PDFs of the results of one OUT_DIR."""

    def __init__(self, out_dir: Path, pdf_dir: Path | None = None, *, resolution: int = RESOLUTION,
                 cwd: Path | None = None, password: str | None = None, rules_dir: Path | None = None,
                 parse_cache: Path | None | bool = None, ocr: str = "auto") -> None:
        self.pdf_dir = Path(pdf_dir) if pdf_dir is not None else None
        self.resolution = int(resolution)
        self.cwd = Path(cwd) if cwd is not None else Path.cwd()
        self.cache_dir = Path(out_dir) / CACHE_DIR
        self.renders = 0  # page images rendered (not served from cache)
        self.opens = 0  # PDFs opened for rendering (each stays open for its next pages)
        self.password = password or None
        self.layers = TextLayers(password=self.password, rules_dir=rules_dir, cache_dir=parse_cache, ocr=ocr)
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}
        self._openable: dict[Path, tuple[tuple[int, int], LitxError | None, bool]] = {}
        self._memory_pages: dict[tuple[str, int, int], bytes] = {}  # pages of password-protected PDFs
        self._open: dict[Path, tuple[tuple[int, int], object]] = {}  # pdfium documents, oldest first
        self._asked: dict[str, int] = {}  # document → number of its newest page request
        self._asked_lock = threading.Lock()

    def _sha256(self, path: Path) -> str:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._hashes.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        digest = h.hexdigest()
        self._hashes[path] = (stamp, digest)
        return digest

    def _engine_of(self, sha256: str) -> str | None:
        """The character engine the run read this PDF with (its manifest row),
        None when the output folder does not say."""
        from ..runs.manifest import MANIFEST_NAME, engines_used

        out_dir = self.cache_dir.parent
        try:
            st = (out_dir / MANIFEST_NAME).stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            return None
        # (manifest stamp, {sha256: engine}), read again when the manifest changes
        known = getattr(self, "_engines", None)
        if known is None or known[0] != stamp:
            known = self._engines = (stamp, engines_used(out_dir))
        return known[1].get(sha256)

    def locate_pdf(self, key: str, data: dict) -> tuple[Path | None, str | None]:
        """``(pdf, None)`` or ``(None, why not)``.

        ``document.path`` as written (absolute), relative to the working
        directory, relative to ``pdf_dir`` (also with leading folders
        dropped), then ``pdf_dir/<key>.pdf`` (the mirrored layout of
        ``litx extract``) and ``pdf_dir/<file name>``.  A file whose SHA-256
        differs from ``document.sha256`` is not used: its boxes would lie.
        """
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        raw = doc.get("path")
        sha = doc.get("sha256") if isinstance(doc.get("sha256"), str) else ""
        if not isinstance(raw, str) or not raw:
            return None, "the result names no PDF (document.path)"
        given = Path(raw)
        candidates: list[Path] = []
        if given.is_absolute():
            candidates.append(given)
        else:
            candidates.append(self.cwd / given)
        if self.pdf_dir is not None:
            if not given.is_absolute():
                candidates += [self.pdf_dir / Path(*given.parts[i:]) for i in range(len(given.parts))]
            candidates += [self.pdf_dir / f"{key}.pdf", self.pdf_dir / given.name]
        differs: list[Path] = []
        seen: set[Path] = set()
        for cand in candidates:
            if cand in seen:
                continue
            seen.add(cand)
            try:
                if cand.suffix.lower() != ".pdf" or not cand.is_file():
                    continue
                if sha and self._sha256(cand) != sha:
                    differs.append(cand)
                    continue
            except OSError:
                continue
            return cand, None
        if differs:
            return None, f"{differs[0]} is not the PDF this result was extracted from (SHA-256 differs)"
        hint = "" if self.pdf_dir is not None else " (start the review with --pdfs IN_DIR)"
        return None, f"PDF not found: {raw}{hint}"

    def _open_check(self, pdf: Path) -> tuple[LitxError | None, bool]:
        """``(problem, locked)``: why ``pdf`` cannot be opened (None: it can), and whether
        it needs a password (which ``self.password`` opens)."""
        st = pdf.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._openable.get(pdf)
        if cached and cached[0] == stamp:
            return cached[1], cached[2]
        from ..layout.pdfsource import open_source

        def attempt(password: str | None) -> LitxError | None:
            try:
                open_source(pdf, password).close()
            except LitxError as exc:
                return exc
            except Exception as exc:  # pdfminer raises many types: the PDF cannot be used, say why
                return LitxError(Msg.E002, str(pdf), detail=describe(exc))
            return None

        problem, locked = attempt(None), False
        if problem is not None and problem.code == "E003":
            locked = True
            problem = attempt(self.password) if self.password else problem
        self._openable[pdf] = (stamp, problem, locked)
        return problem, locked

    @staticmethod
    def _problem_text(pdf: Path, problem: LitxError) -> str:
        if problem.code == "E003":
            return f"{pdf.name} is encrypted and needs a password: start litx review with --password [E003]"
        if problem.code == "E004":
            return f"the password given does not open {pdf.name} [E004]"
        return f"cannot open {pdf.name}: {problem.message} [{problem.code}]"

    def pdf_status(self, key: str, data: dict) -> tuple[Path | None, str | None]:
        """``(pdf, None)`` for a PDF found and openable, else ``(None, why not)``."""
        pdf, why = self.locate_pdf(key, data)
        if pdf is None:
            return None, why
        problem, _ = self._open_check(pdf)
        if problem is not None:
            return None, self._problem_text(pdf, problem)
        return pdf, None

    def text_layer(self, key: str, data: dict) -> tuple[Document | None, str | None]:
        """``(the PDF's text layer, None)`` or ``(None, why not)``."""
        pdf, why = self.pdf_status(key, data)
        if pdf is None:
            return None, why
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        sha = doc.get("sha256") if isinstance(doc.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", doc["sha256"]) else self._sha256(pdf)
        _, locked = self._open_check(pdf)
        try:
            return self.layers.get(pdf, sha, locked=locked, engine=self._engine_of(sha)), None
        except LitxError as exc:
            return None, f"{exc.message} [{exc.code}]"
        except Exception as exc:  # a bug of the parser must not stop the review
            return None, f"cannot read the text of {pdf.name}: {describe(exc, PAGE_DAMAGED)}"

    def page_image(self, key: str, data: dict, page: int, dpi: int | None = None) -> Path | bytes:
        """The PNG of one page of the result ``data`` at ``dpi`` (rendered now if not
        cached): a file, or the bytes themselves for a PDF that needs a password
        (never cached on disk).  A request that a newer one for the same
        document overtook while it waited is refused (E507, HTTP 409)."""
        dpi = self.resolution if dpi is None else dpi
        if dpi not in DPIS and dpi != self.resolution:
            raise LitxError(Msg.E505, detail=f"dpi must be one of {', '.join(map(str, DPIS))}")
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
        if not 1 <= page <= pages:
            raise LitxError(Msg.E507, detail=f"page {page} is not a page of this document (1–{pages})")
        pdf, why = self.locate_pdf(key, data)
        if pdf is None:
            raise LitxError(Msg.E507, detail=why)
        sha = doc.get("sha256") if isinstance(doc.get("sha256"), str) else ""
        if not re.fullmatch(r"[0-9a-fA-F]{20,128}", sha):  # a folder name from the file: hex only
            sha = hashlib.sha1(str(pdf.resolve()).encode("utf-8")).hexdigest()
        tag = sha[:20].lower()
        target = self.cache_dir / "pages" / tag / f"p{page:04d}-{dpi}dpi.png"
        if target.is_file():
            return target
        problem, locked = self._open_check(pdf)
        if problem is not None:
            err = LitxError(Msg.E507, detail=self._problem_text(pdf, problem))
            if problem.code in ("E003", "E004"):
                err.status = 403  # type: ignore[attr-defined]
            raise err
        memo = (tag, page, dpi)
        if locked and memo in self._memory_pages:
            return self._memory_pages[memo]
        with self._asked_lock:
            ticket = self._asked[key] = self._asked.get(key, 0) + 1
        with _render_lock:
            if target.is_file():
                return target
            if self._asked.get(key) != ticket:  # the reviewer has asked for another page since
                err = LitxError(Msg.E507, detail=f"page {page} was not rendered: a newer page of this document was asked for")
                err.status = 409  # type: ignore[attr-defined]
                raise err
            try:
                png = self._render(pdf, locked, page, dpi)
            except LitxError:
                raise
            except Exception as exc:  # a PDF pdfium cannot render: say so, don't crash
                self._close(pdf)
                raise LitxError(Msg.E507, detail=f"cannot render {pdf.name}: {describe(exc, PAGE_DAMAGED)}") from None
            self.renders += 1
            if locked:
                while len(self._memory_pages) >= MEMORY_PAGES:
                    self._memory_pages.pop(next(iter(self._memory_pages)))
                self._memory_pages[memo] = png
                return png
            write_bytes(target, png)
        return target

    def _render(self, pdf: Path, locked: bool, page: int, dpi: int) -> bytes:
        """PNG bytes of ``page`` (1-based) at ``dpi``; the document stays open (under the render lock)."""
        import pypdfium2

        st = pdf.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        held = self._open.pop(pdf, None)
        if held is not None and held[0] != stamp:
            held[1].close()  # type: ignore[attr-defined]
            held = None
        if held is None:
            opened = pypdfium2.PdfDocument(str(pdf), password=self.password if locked else None)
            self.opens += 1
            try:
                opened.init_forms()  # filled form fields drawn, as pdfplumber draws them
            except Exception:
                pass
            held = (stamp, opened)
        self._open[pdf] = held  # the newest last
        while len(self._open) > OPEN_PDFS:
            oldest = next(iter(self._open))
            self._open.pop(oldest)[1].close()  # type: ignore[attr-defined]
        opened = held[1]
        if page > len(opened):  # type: ignore[arg-type]
            raise LitxError(Msg.E507, detail=f"the PDF has {len(opened)} pages")  # type: ignore[arg-type]
        pdf_page = opened[page - 1]  # type: ignore[index]
        try:
            image = pdf_page.render(scale=dpi / 72, prefer_bgrx=True).to_pil().convert("RGB")
        finally:
            pdf_page.close()
        buf = io.BytesIO()
        image.save(buf, format="PNG", compress_level=1)
        return buf.getvalue()

    def close(self) -> None:
        """Close the PDFs kept open for rendering."""
        with _render_lock:
            for pdf in list(self._open):
                self._close(pdf)

    def _close(self, pdf: Path) -> None:
        held = self._open.pop(pdf, None)
        if held is not None:
            try:
                held[1].close()  # type: ignore[attr-defined]
            except Exception:
                pass
