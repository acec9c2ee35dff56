"""Character sources: open a PDF and yield each page's :class:`PageChars`.

Two engines sit behind one interface:

* ``pdfium`` (pypdfium2, which pdfplumber already installs), the default:
  several times faster, shaped like pdfplumber's characters, and handing
  what it cannot read (a file it cannot open or that could inflate past
  the bound, a page with text it leaves out) to the other engine;
* ``pdfplumber`` (pdfminer.six), the reference: exact font sizes and
  baselines from the text matrix, every stream inflated within the bound.

Opening a file is where bad input is caught, so this module turns every
low-level exception into one :class:`LitxError` line.
"""

from __future__ import annotations

import stat
import warnings as _warnings
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Iterator, Protocol

from .chars import RULE_SHARE, Box, Char, PageChars, Ruling, clipped_out, intersect_clip, is_shape, rotation_of
from ..errors import LitxError, Msg, warning
from .damage import PAGE_DAMAGED, describe
from .limits import DEFAULT as DEFAULT_LIMITS, OPTIONS, LimitExceeded, Limits, inflates_past, install_pdfminer_bounds, reading

ENGINES = ("pdfplumber", "pdfium")
#: the engine a run uses unless told otherwise (``--engine``)
DEFAULT_ENGINE = "pdfium"

# The PDF header may follow a few bytes of junk; readers accept it anywhere
# in the first kilobyte.
_HEADER_WINDOW = 1024


class SourceDocument(Protocol):
    page_count: int
    notes: list[str]

    def pages(self) -> Iterator[PageChars]: ...

    def close(self) -> None: ...


def check_pdf_header(path: Path) -> None:
    """Refuse missing files and files that are not PDFs before any parser sees them."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise LitxError(Msg.E005, str(path)) from None
    except OSError as exc:  # a symbolic link loop, a folder on the way that cannot be entered
        raise LitxError(Msg.E006, str(path), detail=exc.strerror or type(exc).__name__) from None
    if not stat.S_ISDIR(mode) and not stat.S_ISREG(mode):
        # a FIFO or a device would block the reader (or never end)
        raise LitxError(Msg.E006, str(path), detail="not a regular file")
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEADER_WINDOW)
    except OSError as exc:
        raise LitxError(Msg.E006, str(path), detail=exc.strerror or type(exc).__name__) from None
    if b"%PDF-" not in head:
        raise LitxError(Msg.E001, str(path))


def open_source(
    path: str | Path, password: str | None = None, engine: str = DEFAULT_ENGINE, limits: Limits | None = None
) -> SourceDocument:
    """The characters of a PDF.  A password that does not open it is tried
    only where one is needed: a batch run with ``--password`` for its locked
    PDFs still opens those with an owner password only (empty user password).
    ``limits``: what the file may cost (:mod:`extractor.limits`)."""
    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    check_pdf_header(path)
    try:
        return _source(path, password, engine, limits)
    except LitxError as exc:
        if not password or exc.code != Msg.E004.name:
            raise
        wrong_password = exc
    try:
        return _source(path, None, engine, limits)
    except LitxError:
        raise wrong_password from None


def _source(path: Path, password: str | None, engine: str, limits: Limits) -> SourceDocument:
    if engine == "pdfplumber":
        return PdfplumberSource(path, password, limits)
    if engine == "pdfium":
        if inflates_past(path, limits):
            # pdfium inflates in C without a bound: the bounded engine reads
            # this file, and its warnings name the pages cut short
            return PdfplumberSource(path, password, limits)
        from .pdfium_source import PdfiumSource

        try:
            return PdfiumSource(path, password, limits)
        except LitxError as exc:
            if exc.code != Msg.E002.name:
                raise
            # a file pdfium cannot open: pdfminer may still read it, or say
            # why not as it does for the pdfplumber engine
            return PdfplumberSource(path, password, limits)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


@contextmanager
def opened(path: str | Path, password: str | None = None, engine: str = DEFAULT_ENGINE, limits: Limits | None = None):
    source = open_source(path, password, engine, limits)
    try:
        yield source
    finally:
        source.close()


class PdfplumberSource:
    """Characters from pdfplumber; each page is released once read."""

    def __init__(self, path: Path, password: str | None, limits: Limits = DEFAULT_LIMITS) -> None:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        install_pdfminer_bounds()
        self.path = path
        self.limits = limits
        self.notes: list[str] = []
        try:
            with _warnings.catch_warnings(), reading(limits):
                _warnings.simplefilter("ignore")
                # pages past the bound are never made into pdfplumber pages
                self._pdf = pdfplumber.open(path, password=password or "", pages=range(1, limits.pages + 1))
                self.page_count = len(self._pdf.pages)
                declared = _declared_pages(self._pdf.doc)
        except Exception as exc:  # pdfminer raises many unrelated types
            if _is_password_error(exc, PDFPasswordIncorrect):
                raise LitxError(Msg.E004 if password else Msg.E003, str(path)) from None
            raise LitxError(Msg.E002, str(path), detail=describe(exc)) from None
        if getattr(self._pdf.doc, "encryption", None) and not password:
            self.notes.append(warning(Msg.W006))
        if self.page_count >= limits.pages and declared > limits.pages:
            self.notes.append(warning(Msg.W008, count=declared, limit=limits.pages, option=OPTIONS["pages"]))

    def pages(self) -> Iterator[PageChars]:
        for number, page in enumerate(self._pdf.pages, start=1):
            yield self._read(page, number)

    def read_page(self, number: int) -> PageChars:
        """One page (1-based), out of order: the pdfium engine's page that
        pdfium cannot read whole."""
        return self._read(self._pdf.pages[number - 1], number)

    def _read(self, page, number: int) -> PageChars:
        try:
            with reading(self.limits, page=True):  # the page's streams are released after it
                return _page_chars(page, number, self.limits)
        except Exception as exc:  # a broken content stream spoils one page, not the file
            return PageChars(number, *_page_size(page), [], [], 0, error=describe(exc, PAGE_DAMAGED))
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()


def _page_size(page) -> tuple[float, float]:
    try:
        return float(page.width), float(page.height)
    except Exception:  # a MediaBox that cannot be read
        return 0.0, 0.0


def _declared_pages(doc) -> int:
    """The page count the page tree declares (0 if it cannot be read)."""
    from pdfminer.pdftypes import resolve1

    try:
        return int(resolve1(resolve1(doc.catalog["Pages"])["Count"]))
    except Exception:  # a damaged page tree: pdfminer found the pages by other means
        return 0


def _is_password_error(exc: BaseException, password_type: type) -> bool:
    seen = exc
    while seen is not None:
        if isinstance(seen, password_type) or type(seen).__name__ == "PDFPasswordIncorrect":
            return True
        nested = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = nested or seen.__cause__ or seen.__context__
    return False


def _page_chars(page, number: int, limits: Limits = DEFAULT_LIMITS) -> PageChars:
    """Walk pdfminer's layout objects directly.

    pdfplumber's ``page.chars`` turns every glyph into a dict of twenty
    attributes first, which costs as much as parsing the page; the layout
    needs six of them.  Coordinates are converted exactly as pdfplumber
    does (top-down, relative to the MediaBox).  The layout objects are
    those a reader sees (:func:`_visible_layout`), not ``page.layout``.
    """
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

    height = float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    chars: list[Char] = []
    rulings: list[Ruling] = []
    shapes: list[Box] = []
    images = 0
    zero_size = False
    layout, notes = _visible_layout(page, limits, number)
    stack = list(layout._objs)
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTChar):
            font = obj.fontname
            if isinstance(font, bytes):
                font = font.decode("latin-1")
            a, b, _, _, e, f = obj.matrix
            rotation = rotation_of(a, b)
            # pdfminer's size is the box's height: an em across the line,
            # which is the width for text running up or down
            size = obj.width if rotation in (90, 270) else obj.size
            if size <= 0:  # drawn at size 0: nothing shows
                zero_size = True
                continue
            chars.append(
                Char(
                    text=obj.get_text(),
                    x0=obj.x0 + mb_x0,
                    top=height - obj.y1 + mb_top,
                    x1=obj.x1 + mb_x0,
                    bottom=height - obj.y0 + mb_top,
                    size=size,
                    font=font,
                    # across the writing direction: y of the origin, or its x
                    baseline=e + mb_x0 if rotation in (90, 270) else height - f + mb_top,
                    rotation=rotation,
                )
            )
        elif isinstance(obj, LTCurve):  # lines, rectangles and curves
            # rules are drawn as lines, thin rectangles or flat curves
            box = (obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top)
            if min(obj.width, obj.height) <= 2.0:
                rulings.append(Ruling(*box))
            elif is_shape(*box):
                shapes.append(box)
        elif isinstance(obj, LTImage):
            images += 1
            box = (obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top)
            if is_shape(*box):
                shapes.append(box)
        elif isinstance(obj, LTContainer):
            stack.extend(obj._objs)
    # content-stream order, as pdfplumber gives it (the stack reversed it)
    chars.reverse()
    return PageChars(number, float(page.width), height, chars, rulings, images, zero_size=zero_size, notes=notes,
                     shapes=shapes)


def _visible_layout(page, limits: Limits = DEFAULT_LIMITS, number: int = 0):
    """(layout, notes): pdfplumber's ``page.layout`` without what the
    clipping path hides, and the warnings of the bounds it reached
    (:mod:`extractor.limits`): what was read before is kept."""
    interpreter_class, device_class = _clip_aware_classes()
    device = device_class(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    device.limits, device.page_number = limits, number
    try:
        interpreter_class(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except LimitExceeded as exc:
        device.notes.append(_limit_note(number, exc, "the rest of the page was not read"))
        # the page as far as it was drawn (a form being drawn is left out)
        return (device._stack[0] if device._stack else device.cur_item), device.notes
    return device.get_result(), device.notes


def _limit_note(number: int, exc: LimitExceeded, skipped: str) -> str:
    return warning(Msg.W007, page=number, what=exc.what, limit=exc.limit, skipped=skipped, option=exc.option)


#: the operators that end a path; a pending W clips from then on
_PATH_ENDS = ("S", "f", "F", "f_a", "B", "B_a", "n")  # s, b and b* call S, B and B*


@cache
def _clip_aware_classes():
    """pdfminer's interpreter and page aggregator, made to follow the clip.

    pdfminer ignores ``W``/``W*`` and the BBox of a form XObject (which
    clips the form): it reports every glyph drawn.  Here the device holds
    the current clip, the bounding box of the clipping path in device space
    (None: none), and drops glyphs and paths it hides as they are made.
    Built on first use so the pdfium engine never imports pdfminer.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.utils import apply_matrix_rect, mult_matrix

    class ClipTracker(PDFPageInterpreter):
        """Keeps ``device.clip`` with the graphics state: narrowed by W at
        the end of the path, saved by q, restored by Q."""

        def init_state(self, ctm) -> None:
            super().init_state(ctm)
            self.clip_pending = False

        def get_current_state(self):
            return (*super().get_current_state(), self.device.clip)

        def set_current_state(self, state) -> None:
            super().set_current_state(state[:3])
            self.device.clip = state[3]

        def do_W(self) -> None:
            self.clip_pending = True

        def do_Do(self, xobjid) -> None:
            # a form XObject (a figure) too large to inflate is left out, the
            # page goes on; the page's own content over the bound ends the page
            depth = len(self.device._stack)
            try:
                super().do_Do(xobjid)
            except LimitExceeded as exc:
                if exc.option != OPTIONS["inflate_mb"]:
                    raise
                while len(self.device._stack) > depth:  # close the figure it opened
                    self.device.cur_item = self.device._stack.pop()
                    self.device.clip = self.device.outer_clips.pop()
                self.device.notes.append(_limit_note(self.device.page_number, exc, "a form XObject (figure) was skipped"))

        def do_W_a(self) -> None:
            self.clip_pending = True

        def path_box(self) -> Box | None:
            """Device-space bounding box of the current path (Bézier control
            points included: a superset of the curve)."""
            xs = [v for segment in self.curpath for v in segment[1::2]]
            ys = [v for segment in self.curpath for v in segment[2::2]]
            if not xs:
                return None
            return apply_matrix_rect(self.ctm, (min(xs), min(ys), max(xs), max(ys)))

    def ending_path(paint):
        # the clip set by W applies after the path is painted
        def end_path(self) -> None:
            box = self.path_box() if self.clip_pending else None
            self.clip_pending = False
            paint(self)
            if box is not None:
                self.device.clip = intersect_clip(self.device.clip, box)

        return end_path

    for name in _PATH_ENDS:
        setattr(ClipTracker, f"do_{name}", ending_path(getattr(PDFPageInterpreter, f"do_{name}")))

    class VisibleAggregator(PDFPageAggregator):
        """pdfplumber's aggregator (less its marked-content tags), leaving
        out glyphs and paths outside the clip."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.clip: Box | None = None
            self.outer_clips: list[Box | None] = []
            self.limits: Limits = DEFAULT_LIMITS
            self.page_number = 0
            self.notes: list[str] = []
            self.glyphs = self.shapes = 0

        def begin_figure(self, name, bbox, matrix) -> None:
            # a form XObject is clipped by its BBox (an image's is its unit square)
            self.outer_clips.append(self.clip)
            self.clip = intersect_clip(self.clip, apply_matrix_rect(mult_matrix(matrix, self.ctm), bbox))
            super().begin_figure(name, bbox, matrix)

        def end_figure(self, name) -> None:
            super().end_figure(name)
            self.clip = self.outer_clips.pop()

        def render_char(self, *args, **kwargs) -> float:
            self.glyphs += 1
            if self.glyphs > self.limits.glyphs:
                raise LimitExceeded("the number of glyphs", f"{self.limits.glyphs} per page", OPTIONS["glyphs"])
            advance = super().render_char(*args, **kwargs)
            if self.clip is not None and clipped_out(self.cur_item._objs[-1].bbox, self.clip):
                self.cur_item._objs.pop()
            return advance

        def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
            self.shapes += 1
            if self.shapes > self.limits.glyphs:
                raise LimitExceeded("the number of drawn shapes", f"{self.limits.glyphs} per page", OPTIONS["glyphs"])
            if self.clip is None:
                return super().paint_path(gstate, stroke, fill, evenodd, path)
            objs = self.cur_item._objs
            start = len(objs)
            super().paint_path(gstate, stroke, fill, evenodd, path)
            objs[start:] = [obj for obj in objs[start:] if not clipped_out(obj.bbox, self.clip, RULE_SHARE)]

    return ClipTracker, VisibleAggregator
