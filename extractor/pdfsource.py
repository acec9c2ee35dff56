"""Character sources: open a PDF and yield each page's :class:`PageChars`.

Two engines sit behind one interface:

* ``pdfplumber`` (pdfminer.six), the reference: exact font sizes and
  baselines from the text matrix;
* ``pdfium`` (pypdfium2, which pdfplumber already installs), many times
  faster, for large batches.

Opening a file is where bad input is caught, so this module turns every
low-level exception into one :class:`LitxError` line.
"""

from __future__ import annotations

import warnings as _warnings
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Iterator, Protocol

from .chars import RULE_SHARE, Box, Char, PageChars, Ruling, clipped_out, intersect_clip, rotation_of
from .errors import LitxError, Msg, warning

ENGINES = ("pdfplumber", "pdfium")

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
    if not path.exists():
        raise LitxError(Msg.E005, str(path))
    if not path.is_dir() and not path.is_file():
        # a FIFO or a device would block the reader (or never end)
        raise LitxError(Msg.E006, str(path), detail="not a regular file")
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEADER_WINDOW)
    except OSError as exc:
        raise LitxError(Msg.E006, str(path), detail=exc.strerror or exc) from None
    if b"%PDF-" not in head:
        raise LitxError(Msg.E001, str(path))


def open_source(path: str | Path, password: str | None = None, engine: str = "pdfplumber") -> SourceDocument:
    """The characters of a PDF.  A password that does not open it is tried
    only where one is needed: a batch run with ``--password`` for its locked
    PDFs still opens those with an owner password only (empty user password)."""
    path = Path(path)
    check_pdf_header(path)
    try:
        return _source(path, password, engine)
    except LitxError as exc:
        if not password or exc.code != Msg.E004.name:
            raise
        wrong_password = exc
    try:
        return _source(path, None, engine)
    except LitxError:
        raise wrong_password from None


def _source(path: Path, password: str | None, engine: str) -> SourceDocument:
    if engine == "pdfplumber":
        return PdfplumberSource(path, password)
    if engine == "pdfium":
        from .pdfium_source import PdfiumSource

        return PdfiumSource(path, password)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


@contextmanager
def opened(path: str | Path, password: str | None = None, engine: str = "pdfplumber"):
    source = open_source(path, password, engine)
    try:
        yield source
    finally:
        source.close()


def _describe(exc: BaseException) -> str:
    """The innermost message of a pdfminer exception chain, short."""
    inner = exc
    while inner.args and isinstance(inner.args[0], BaseException):
        inner = inner.args[0]
    text = str(inner) or type(inner).__name__
    return text.splitlines()[0][:160]


class PdfplumberSource:
    """Characters from pdfplumber; each page is released once read."""

    def __init__(self, path: Path, password: str | None) -> None:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        self.path = path
        self.notes: list[str] = []
        try:
            with _warnings.catch_warnings():
                _warnings.simplefilter("ignore")
                self._pdf = pdfplumber.open(path, password=password or "")
                self.page_count = len(self._pdf.pages)
        except Exception as exc:  # pdfminer raises many unrelated types
            if _is_password_error(exc, PDFPasswordIncorrect):
                raise LitxError(Msg.E004 if password else Msg.E003, str(path)) from None
            raise LitxError(Msg.E002, str(path), detail=_describe(exc)) from None
        if getattr(self._pdf.doc, "encryption", None) and not password:
            self.notes.append(warning(Msg.W006))

    def pages(self) -> Iterator[PageChars]:
        for number, page in enumerate(self._pdf.pages, start=1):
            try:
                yield _page_chars(page, number)
            except Exception as exc:  # a broken content stream spoils one page, not the file
                yield PageChars(number, float(page.width), float(page.height), [], [], 0, error=_describe(exc))
            finally:
                page.close()

    def close(self) -> None:
        self._pdf.close()


def _is_password_error(exc: BaseException, password_type: type) -> bool:
    seen = exc
    while seen is not None:
        if isinstance(seen, password_type) or type(seen).__name__ == "PDFPasswordIncorrect":
            return True
        nested = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = nested or seen.__cause__ or seen.__context__
    return False


def _page_chars(page, number: int) -> PageChars:
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
    images = 0
    zero_size = False
    stack = list(_visible_layout(page)._objs)
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
            if min(obj.width, obj.height) <= 2.0:
                rulings.append(Ruling(obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top))
        elif isinstance(obj, LTImage):
            images += 1
        elif isinstance(obj, LTContainer):
            stack.extend(obj._objs)
    # content-stream order, as pdfplumber gives it (the stack reversed it)
    chars.reverse()
    return PageChars(number, float(page.width), height, chars, rulings, images, zero_size=zero_size)


def _visible_layout(page):
    """pdfplumber's ``page.layout`` without what the clipping path hides."""
    interpreter_class, device_class = _clip_aware_classes()
    device = device_class(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter_class(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.get_result()


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

        def begin_figure(self, name, bbox, matrix) -> None:
            # a form XObject is clipped by its BBox (an image's is its unit square)
            self.outer_clips.append(self.clip)
            self.clip = intersect_clip(self.clip, apply_matrix_rect(mult_matrix(matrix, self.ctm), bbox))
            super().begin_figure(name, bbox, matrix)

        def end_figure(self, name) -> None:
            super().end_figure(name)
            self.clip = self.outer_clips.pop()

        def render_char(self, *args, **kwargs) -> float:
            advance = super().render_char(*args, **kwargs)
            if self.clip is not None and clipped_out(self.cur_item._objs[-1].bbox, self.clip):
                self.cur_item._objs.pop()
            return advance

        def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
            if self.clip is None:
                return super().paint_path(gstate, stroke, fill, evenodd, path)
            objs = self.cur_item._objs
            start = len(objs)
            super().paint_path(gstate, stroke, fill, evenodd, path)
            objs[start:] = [obj for obj in objs[start:] if not clipped_out(obj.bbox, self.clip, RULE_SHARE)]

    return ClipTracker, VisibleAggregator
