"""Characters from pypdfium2, shaped like pdfplumber's.

pdfium parses a page many times faster than pdfminer, but its text API
answers other questions: it builds a reading text with spaces and line
breaks of its own, gives tight glyph boxes and the ``Tf`` font size without
the text matrix.  This engine rebuilds, glyph by glyph, what the pdfplumber
engine reports:

* only glyphs drawn by the content stream: pdfium's generated spaces and
  line breaks are dropped, explicit space glyphs kept (and put back where
  pdfium swallowed them, see :meth:`_CharReader.restore_spaces`); pdfium's
  end-of-line hyphen (U+0002) and soft hyphens become ``-``; a glyph
  without a Unicode mapping becomes pdfminer's ``(cid:N)``;
* pdfminer's box: x from the glyph origin over its advance (pdfium's loose
  box, which measures the glyph's own code: the font's width looked up by
  Unicode value may be another glyph's, as in a small-caps font), y from
  the font's descent below the baseline to one em above it, through the
  glyph matrix; ``size`` is the height of that box (the rendered size
  for upright text), its width for text running up or down the page (an
  em, as for upright text),
  ``baseline`` the glyph origin (its y, or its x for text running up or
  down), ``rotation`` the direction of the glyph matrix;
* pdfplumber's top-down coordinates, which follow the MediaBox and the
  page's ``/Rotate`` as pdfminer's do;
* rulings: every subpath (lines, rectangles, curves by their end points)
  at most 2 pt thick, as pdfminer splits paths; images counted inside form
  XObjects too;
* only what the clipping path lets through, as the pdfplumber engine
  (:func:`extractor.layout.chars.clipped_out`): pdfium keeps a clip per page
  object (a form's BBox is part of its objects' clips; the clips of the
  forms holding an object are added here).

A page pdfium cannot read whole is read by the pdfplumber engine (the
document opened a second time, only then): text in an unembedded font it
leaves out of its text layer (a CID font whose character map it lacks,
such as HeiseiMin-W3 with UniJIS-UCS2-H), a MediaBox it reads as empty; a
file it cannot open at all goes to that engine whole
(:func:`extractor.layout.pdfsource.open_source`), as does one whose streams
could inflate past the bound (:func:`extractor.layout.limits.inflates_past`).

What pdfium's text layer does differently, and this engine keeps: text
objects of one line come sorted by x (pdfminer keeps content order); the
ligatures U+FB00–FB06 are spelled out ("ﬁ" → one char "fi"); a marked span's
``/ActualText`` replaces its glyphs; glyphs of zero width, and glyphs of a
font pdfium cannot measure (no metrics, e.g. an unembedded GBK font), are
left out; a glyph repeated at almost the same place with the same code
(overprinted fake bold) is dropped; ``Ts`` text rise moves the baseline
(pdfminer's baseline ignores it); the descent comes from pdfium's font
metrics, which differ from the font descriptor's now and then; subset tags
(``ABCDEF+``) are missing from some font names.
"""

from __future__ import annotations

import ctypes
from functools import cache
from pathlib import Path
from typing import Iterator

import pypdfium2  # noqa: F401  (initialises the library)
import pypdfium2.raw as pdfium_c

from .chars import RULE_SHARE, Box, Char, PageChars, Ruling, clipped_out, intersect_clip, is_shape, rotation_of
from ..errors import LitxError, Msg, warning
from .limits import DEFAULT as DEFAULT_LIMITS, OPTIONS, Limits
from .damage import PAGE_DAMAGED, describe

#: a drawn line or rectangle is a ruling when it is at most this thick
_THIN = 2.0
#: a matrix entry below this is zero (no advance can be read along it)
_MIN_SCALE = 1e-3
_HYPHENS = (0x02, 0xAD)
_DROP = (0x0000, 0xFFFE, 0xFFFF)

_ERRORS = {
    pdfium_c.FPDF_ERR_UNKNOWN: "unknown error",
    pdfium_c.FPDF_ERR_FILE: "file not found or could not be opened",
    pdfium_c.FPDF_ERR_FORMAT: "file not in PDF format or corrupted",
    pdfium_c.FPDF_ERR_PASSWORD: "password required or incorrect password",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported security scheme",
    pdfium_c.FPDF_ERR_PAGE: "page not found or content error",
}


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _fast(function, restype, *argtypes):
    """A leaner ctypes prototype of a pdfium function: handles and output
    buffers go in as plain addresses, so a call skips pypdfium2's pointer
    type checks (the per-glyph loop makes several calls per glyph)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(_address(function))


_P, _I = ctypes.c_void_p, ctypes.c_int
_get_unicode = _fast(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _P, _I)
_get_text = _fast(pdfium_c.FPDFText_GetText, _I, _P, _I, _I, _P)
_get_text_object = _fast(pdfium_c.FPDFText_GetTextObject, _P, _P, _I)
_is_generated = _fast(pdfium_c.FPDFText_IsGenerated, _I, _P, _I)
_is_hyphen = _fast(pdfium_c.FPDFText_IsHyphen, _I, _P, _I)
_has_map_error = _fast(pdfium_c.FPDFText_HasUnicodeMapError, _I, _P, _I)
_get_origin = _fast(pdfium_c.FPDFText_GetCharOrigin, _I, _P, _I, _P, _P)
_get_loose_box = _fast(pdfium_c.FPDFText_GetLooseCharBox, _I, _P, _I, _P)
_get_char_box = _fast(pdfium_c.FPDFText_GetCharBox, _I, _P, _I, _P, _P, _P, _P)
_get_font_size = _fast(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _P, _I)
_get_matrix = _fast(pdfium_c.FPDFText_GetMatrix, _I, _P, _I, _P)
_get_font = _fast(pdfium_c.FPDFTextObj_GetFont, _P, _P)
_font_name = _fast(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, _P, _P, ctypes.c_size_t)
_font_descent = _fast(pdfium_c.FPDFFont_GetDescent, _I, _P, ctypes.c_float, _P)
_font_ascent = _fast(pdfium_c.FPDFFont_GetAscent, _I, _P, ctypes.c_float, _P)
_glyph_width = _fast(pdfium_c.FPDFFont_GetGlyphWidth, _I, _P, ctypes.c_uint, ctypes.c_float, _P)
_is_embedded = _fast(pdfium_c.FPDFFont_GetIsEmbedded, _I, _P)
_obj_font_size = _fast(pdfium_c.FPDFTextObj_GetFontSize, _I, _P, _P)
_count_objects = _fast(pdfium_c.FPDFPage_CountObjects, _I, _P)
_get_object = _fast(pdfium_c.FPDFPage_GetObject, _P, _P, _I)
_count_form_objects = _fast(pdfium_c.FPDFFormObj_CountObjects, _I, _P)
_get_form_object = _fast(pdfium_c.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
_object_type = _fast(pdfium_c.FPDFPageObj_GetType, _I, _P)
_object_matrix = _fast(pdfium_c.FPDFPageObj_GetMatrix, _I, _P, _P)
_count_segments = _fast(pdfium_c.FPDFPath_CountSegments, _I, _P)
_get_segment = _fast(pdfium_c.FPDFPath_GetPathSegment, _P, _P, _I)
_segment_point = _fast(pdfium_c.FPDFPathSegment_GetPoint, _I, _P, _P, _P)
_segment_type = _fast(pdfium_c.FPDFPathSegment_GetType, _I, _P)
_get_clip = _fast(pdfium_c.FPDFPageObj_GetClipPath, _P, _P)
_count_clip_paths = _fast(pdfium_c.FPDFClipPath_CountPaths, _I, _P)
_count_clip_segments = _fast(pdfium_c.FPDFClipPath_CountPathSegments, _I, _P, _I)
_get_clip_segment = _fast(pdfium_c.FPDFClipPath_GetPathSegment, _P, _P, _I, _I)
_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
#: a key of a font's glyph cache (codes are >= 0): the font has unmapped glyphs
_UNMAPPED = -1
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_FORM = pdfium_c.FPDF_PAGEOBJ_FORM


class PdfiumSource:
    """Characters from pypdfium2; each page is released once read."""

    def __init__(self, path: Path, password: str | None, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.password = password
        self.limits = limits
        self.notes: list[str] = []
        #: the pdfplumber engine, opened for the pages pdfium cannot read whole
        self._plumber = None
        try:
            # pypdfium2 owns the document handle: its finaliser closes it in
            # the right order with the library, even at interpreter exit
            self._pdf = pypdfium2.PdfDocument(self.path, password=password)
        except pypdfium2.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code == pdfium_c.FPDF_ERR_PASSWORD:
                raise LitxError(Msg.E004 if password else Msg.E003, str(path)) from None
            if code == pdfium_c.FPDF_ERR_SUCCESS:  # opened, but no page
                raise LitxError(Msg.E002, str(path), detail="pdfium: the document has no pages") from None
            raise LitxError(Msg.E002, str(path), detail=f"pdfium: {_ERRORS.get(code, exc)}") from None
        except OSError as exc:
            raise LitxError(Msg.E006, str(path), detail=exc.strerror or exc) from None
        self._doc = self._pdf.raw
        self.page_count = len(self._pdf)
        if pdfium_c.FPDF_GetSecurityHandlerRevision(self._doc) >= 0 and not password:
            self.notes.append(warning(Msg.W006))
        if self.page_count > limits.pages:
            self.notes.append(warning(Msg.W008, count=self.page_count, limit=limits.pages, option=OPTIONS["pages"]))
            self.page_count = limits.pages

    def pages(self) -> Iterator[PageChars]:
        for index in range(self.page_count):
            if self._doc is None:
                return
            page = self._read_page(index)
            yield page if page is not None else self._read_with_pdfminer(index + 1)

    def _read_with_pdfminer(self, number: int) -> PageChars:
        """A page drawing text that pdfium cannot read (see
        :meth:`_PageObjects.unreadable`), read by the pdfplumber engine."""
        if self._plumber is None:
            from .pdfsource import PdfplumberSource

            self._plumber = PdfplumberSource(self.path, self.password, self.limits)
        return self._plumber.read_page(number)

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None
        if self._doc is not None:
            self._doc = None
            self._pdf.close()

    # ------------------------------------------------------------------

    def _read_page(self, index: int) -> PageChars | None:
        """The page's characters; None when it draws text pdfium cannot read
        or its MediaBox cannot be read: the pdfplumber engine reads it."""
        number = index + 1
        page = pdfium_c.FPDF_LoadPage(self._doc, index)
        if not page:
            width, height = self._page_size(index)
            return PageChars(number, width, height, [], [], 0, error="pdfium could not load the page")
        try:
            frame = _Frame(page)
            if frame.width <= 0 or frame.height <= 0:
                return None  # a MediaBox pdfium read as empty (not numbers): pdfminer says why
            textpage = pdfium_c.FPDFText_LoadPage(page)
            if not textpage:
                return PageChars(number, frame.width, frame.height, [], [], 0, error="pdfium could not read the page's text")
            glyphs = pdfium_c.FPDFText_CountChars(textpage)
            if glyphs > self.limits.glyphs:
                pdfium_c.FPDFText_ClosePage(textpage)
                note = warning(Msg.W007, page=number, what=f"the number of glyphs ({glyphs})", limit=f"{self.limits.glyphs} per page",
                               skipped="the page was not read", option=OPTIONS["glyphs"])
                return PageChars(number, frame.width, frame.height, [], [], 0, notes=[note])
            drawn = _read_objects(page, frame)
            try:
                reader = _CharReader(textpage, frame, drawn.clips)
                chars = reader.read()
            finally:
                pdfium_c.FPDFText_ClosePage(textpage)
            if drawn.unreadable(reader):
                return None
            orphans = drawn.orphans(reader.objects) if reader.gaps else None
            if orphans:
                chars = reader.restore_spaces(chars, orphans)
            # pdfium's text layer leaves out text drawn at size 0 itself
            zero_size = reader.zero_size or (not chars and drawn.zero_size_text(reader.objects))
            return PageChars(number, frame.width, frame.height, chars, drawn.rulings, drawn.images, zero_size=zero_size,
                             shapes=drawn.shapes)
        except Exception as exc:  # a broken page spoils one page, not the file
            width, height = self._page_size(index)
            return PageChars(number, width, height, [], [], 0, error=describe(exc, PAGE_DAMAGED))
        finally:
            pdfium_c.FPDF_ClosePage(page)

    def _page_size(self, index: int) -> tuple[float, float]:
        size = pdfium_c.FS_SIZEF()
        if pdfium_c.FPDF_GetPageSizeByIndexF(self._doc, index, size):
            return float(size.width), float(size.height)
        return 0.0, 0.0


class _Frame:
    """pdfplumber's page space: pdfminer's device space, flipped.

    pdfminer maps user space to a device space anchored at the MediaBox and
    turned by ``/Rotate``; pdfplumber then measures ``top`` from the
    MediaBox height (see pdfplumber ``Page.process_object``).
    """

    def __init__(self, page) -> None:
        l, b, r, t = (ctypes.c_float() for _ in range(4))
        if pdfium_c.FPDFPage_GetMediaBox(page, l, b, r, t):
            box = (l.value, b.value, r.value, t.value)
        else:  # inherited MediaBox: pdfium only reports the effective box
            rect = pdfium_c.FS_RECTF()
            if pdfium_c.FPDF_GetPageBoundingBox(page, rect):
                box = (rect.left, rect.bottom, rect.right, rect.top)
            else:
                box = (0.0, 0.0, pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page))
        x0, x1 = sorted((box[0], box[2]))
        y0, y1 = sorted((box[1], box[3]))
        rotation = (pdfium_c.FPDFPage_GetRotation(page) % 4) * 90
        # pdfminer's ctm for the page (PDFPageInterpreter.process_page)
        if rotation == 90:
            self.ctm = (0.0, -1.0, 1.0, 0.0, -y0, x1)
        elif rotation == 180:
            self.ctm = (-1.0, 0.0, 0.0, -1.0, x1, y1)
        elif rotation == 270:
            self.ctm = (0.0, 1.0, -1.0, 0.0, y1, -x0)
        else:
            self.ctm = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
        # pdfplumber's normalised MediaBox
        if rotation in (90, 270):
            nx0, ny0, nx1, ny1 = y0, x0, y1, x1
        else:
            nx0, ny0, nx1, ny1 = x0, y0, x1, y1
        self.width = float(nx1 - nx0)
        self.height = float(ny1 - ny0)
        # pdfplumber: x = x_device + mediabox x0, top = height - y_device
        # + mediabox top (which is -ny0)
        self.ctm = self.ctm[:4] + (self.ctm[4] + nx0, self.ctm[5])
        self.flip = self.height - ny0
        self.rotated = rotation != 0

    def point(self, x: float, y: float) -> tuple[float, float]:
        """User space → (x, top-down y)."""
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, self.flip - (b * x + d * y + f)

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A user-space rectangle → (x0, top, x1, bottom) top-down."""
        ax, ay = self.point(left, bottom)
        bx, by = self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def matrix(self, a: float, b: float, c: float, d: float) -> tuple[float, float, float, float]:
        """The linear part of a user-space matrix in device space."""
        ca, cb, cc, cd = self.ctm[:4]
        return a * ca + b * cc, a * cb + b * cd, c * ca + d * cc, c * cb + d * cd


class _Style:
    """What glyphs drawn with one font, size and matrix share."""

    __slots__ = ("font", "font_key", "font_size", "user", "em", "a", "b", "c", "d", "low_v", "high_v", "low", "high", "simple", "rotation", "overhang", "glyphs")


class _CharReader:
    """The glyphs of one pdfium text page, with what they share cached."""

    def __init__(self, textpage, frame: _Frame, clips: dict[int, Box]) -> None:
        self.tp = _address(textpage)
        self.count = pdfium_c.FPDFText_CountChars(textpage)
        self.frame = frame
        #: text object → the clip it is drawn under (top-down page space)
        self.clips = clips
        #: text object → style, for every object that gave a glyph
        self.objects: dict[int, _Style] = {}
        self.styles: dict[tuple, _Style] = {}  # (font, size, matrix) → style
        self.fonts: dict[int, tuple[str, float, float]] = {}
        #: per font: code → (no Unicode map, advance per unit of font size),
    #: and ``_UNMAPPED`` once a glyph without a map is met
        self.glyphs: dict[int, dict[int, tuple[bool, float | None]]] = {}
        #: where pdfium put a space of its own: index into the chars
        self.gaps: list[int] = []
        #: a glyph drawn at size 0 was left out
        self.zero_size = False

    def read(self) -> list[Char]:
        tp = self.tp
        frame = self.frame
        get_unicode = _get_unicode
        is_generated = _is_generated
        has_map_error = _has_map_error
        rect = pdfium_c.FS_RECTF()
        # the three calls made for every glyph, and where they write the
        # loose box (left, top, right, bottom) and the origin (x, y)
        get_text_object, get_origin, get_loose_box, box, p_box, at, p_ox, p_oy = _glyph_calls(rect)
        matrix = pdfium_c.FS_MATRIX()
        p_matrix = ctypes.addressof(matrix)
        objects = self.objects
        clips = self.clips
        gaps = self.gaps
        chars: list[Char] = []
        append = chars.append
        a_, b_, c_, d_, shift_x, shift_y = frame.ctm
        flip = frame.flip
        plain = not frame.rotated
        prev_obj = prev_x = prev_y = prev_l = prev_r = None
        nan = float("nan")
        # what the glyphs of the current text object share
        cur = style = glyphs = clip = None
        simple = across = unmapped_font = False
        high = low = 0.0
        font = ""
        rotation = 0

        for i, code in enumerate(self.codes()):
            if 0x20 < code < 0xD800 and code != 0xAD:
                # the usual glyph, none of the cases below: the same result
                # with fewer tests
                obj = get_text_object(tp, i)
                if not obj:
                    continue
                text = chr(code)
            else:
                if code >= 0xD800 and (code <= 0xDFFF or code == 0xFFFE):
                    code = get_unicode(tp, i)  # not one UTF-16 unit, or pdfium's hyphen in the page text
                if code in _DROP or code == 0x0A or code == 0x0D:
                    continue  # a line break is never a glyph (generated or not): no need to ask
                obj = get_text_object(tp, i)
                if not obj:  # generated: line breaks, spaces between objects
                    if code == 0x20:
                        gaps.append(len(chars))
                    continue
                if code <= 0x20 or code in _HYPHENS:
                    if code == 0x20:
                        # pdfium also generates spaces inside a text object
                        if is_generated(tp, i) == 1:
                            gaps.append(len(chars))
                            continue
                        text = " "
                    elif code in _HYPHENS or _is_hyphen(tp, i) == 1:
                        text = "-"
                    else:
                        text = chr(code)
                elif 0xD800 <= code <= 0xDFFF:
                    text = "\ufffd"
                else:
                    text = chr(code)

            if obj != cur:
                style = objects.get(obj)
                if style is None:
                    font_size = _get_font_size(tp, i)
                    if not _get_matrix(tp, i, p_matrix):
                        matrix.a, matrix.b, matrix.c, matrix.d = 1.0, 0.0, 0.0, 1.0
                    style = objects[obj] = self.style(_get_font(obj) or 0, font_size, (matrix.a, matrix.b, matrix.c, matrix.d))
                cur = obj
                glyphs = style.glyphs
                unmapped_font = _UNMAPPED in glyphs
                simple, high, low = style.simple, style.high, style.low
                font, rotation = style.font, style.rotation
                across = rotation not in (90, 270)
                clip = clips.get(obj) if clips else None
            glyph = glyphs.get(code)
            if glyph is None:
                unmapped = has_map_error(tp, i) == 1
                glyph = glyphs[code] = (unmapped, _glyph_advance(style.font_key, code))
                if unmapped:
                    glyphs[_UNMAPPED] = unmapped_font = True
            elif unmapped_font:
                # a font with unmapped glyphs: its codes are not its text
                # (an unmapped glyph shows as its code), so ask every time
                glyph = (has_map_error(tp, i) == 1, glyph[1])
            if glyph[0]:
                text = f"(cid:{code})"  # pdfminer's spelling of an unmapped glyph

            if not get_origin(tp, i, p_ox, p_oy):
                continue
            ux = at[0]
            uy = at[1]
            if plain:
                x = ux + shift_x
                baseline = flip - (uy + shift_y)
            else:
                x = a_ * ux + c_ * uy + shift_x
                baseline = flip - (b_ * ux + d_ * uy + shift_y)
            has_box = get_loose_box(tp, i, p_box)
            if has_box:
                left = box[0]
                right = box[2]
            else:
                left = right = nan  # nothing to compare with

            if simple and has_box:
                # the usual case: an unrotated glyph on an unrotated page
                # pieces of an /ActualText span share the object's origin and
                # split its width: their loose boxes tell them apart
                x0 = left + shift_x
                if x0 <= x + 1e-3:
                    x0 = x
                # pdfium's loose box runs from the origin over the advance of
                # the glyph's own code (the font's width of the Unicode
                # value, FPDFFont_GetGlyphWidth, may be another glyph's: a
                # small-caps font maps "t" to two glyphs)
                x1 = right + shift_x
                # pdfminer's box spans the font's descent below the baseline
                # and one em above it
                top = baseline - high
                bottom = baseline - low
            else:
                if has_box and box is not rect:
                    rect.left, rect.top, rect.right, rect.bottom = box[0], box[1], box[2], box[3]
                x0, top, x1, bottom = _general_box(tp, i, style, rect if has_box else None, glyph[1], x, baseline, frame)
            if x1 < x0:
                x0, x1 = x1, x0
            if clip is not None and clipped_out((x0, top, x1, bottom), clip):
                continue  # not printed: the clipping path hides it

            # one glyph mapped to several code points (a ligature spelled
            # out) comes as several chars at one origin with one loose box
            if obj == prev_obj and ux == prev_x and uy == prev_y and left == prev_l and right == prev_r:
                prev = chars[-1]
                chars[-1] = Char(prev.text + text, prev.x0, prev.top, max(prev.x1, x1), prev.bottom, prev.size, prev.font,
                                 prev.baseline, prev.rotation)
                continue
            prev_obj, prev_x, prev_y, prev_l, prev_r = obj, ux, uy, left, right
            # pdfminer's size is the height of its box; text running up or
            # down the page is an em wide, and its baseline lies at an x
            if across:
                size = bottom - top
            else:
                baseline = x
                size = x1 - x0
            if size <= 0:  # drawn at size 0: nothing shows
                self.zero_size = True
                continue
            append(Char(text, x0, top, x1, bottom, size, font, baseline, rotation))
        return chars

    def codes(self):
        """The Unicode value of every character of the text page: its text
        in one call (FPDFText_GetText, one UTF-16 unit per character), else
        one call per character when the two do not line up (a character
        beyond the BMP; pdfium leaving a hyphen out of the page text).  The
        page text spells pdfium's hyphen (0x02) and a NUL as 0xFFFE: those
        the caller asks for again."""
        n = self.count
        buf = (ctypes.c_ushort * (n + 1))()
        if n and _get_text(self.tp, 0, n, ctypes.addressof(buf)) == n + 1:
            return buf[:n]
        return [_get_unicode(self.tp, i) for i in range(n)]

    def style(self, font: int, font_size: float, user: tuple[float, float, float, float]) -> _Style:
        key = (font, font_size) + user
        style = self.styles.get(key)
        if style is not None:
            return style
        if font not in self.fonts:
            self.fonts[font] = _font_info(font) if font else ("", 0.0, 0.0)
        name, descent, ascent = self.fonts[font]
        frame = self.frame
        style = self.styles[key] = _Style()
        style.font = name
        style.font_key = font
        style.glyphs = self.glyphs.setdefault(font, {})
        style.font_size = font_size
        style.user = user
        ua, ub, uc, ud = user
        a, b, c, d = frame.matrix(ua, ub, uc, ud)
        style.a, style.b, style.c, style.d = a, b, c, d
        style.rotation = rotation_of(a, b)
        # the glyph box spans descent .. descent + 1 em in text space;
        # pdfium's loose box spans descent .. ascent
        style.em = abs((ascent - descent) * font_size)
        style.low_v = descent * font_size
        style.high_v = (descent + 1.0) * font_size
        style.overhang = _OVERHANG * abs(a * font_size)
        # (a negative a runs right to left: upside down, or mirrored)
        style.simple = not frame.rotated and abs(ub) < 1e-9 and abs(uc) < 1e-9 and ua > _MIN_SCALE
        # for unrotated matrices: offsets of bottom and top above the baseline
        low, high = d * style.low_v, d * style.high_v
        style.low, style.high = min(low, high), max(low, high)
        return style

    def restore_spaces(self, chars: list[Char], orphans: list[tuple[int, tuple]]) -> list[Char]:
        """Put back space glyphs that pdfium's text layer swallowed.

        When pdfium decides a gap needs a space and the PDF draws one there
        too, it keeps its own generated space and drops the real glyph, so
        a text object whose only glyph was that space no longer gives any
        character.  Such an orphaned object sitting right where a generated
        space follows a glyph, on that glyph's baseline, is given back as
        the space pdfplumber reports.
        """
        if not chars:
            return chars
        frame = self.frame
        # the generated spaces by the baselines of the glyphs around them
        lines: dict[float, list[int]] = {}
        for k in self.gaps:
            for j in (k - 1, k):
                if 0 <= j < len(chars):
                    lines.setdefault(round(chars[j].baseline, 1), []).append(k)
        candidates: dict[int, Char] = {}
        for obj, matrix in orphans:
            font = _get_font(obj) or 0
            if len(self.glyphs.get(font, ())) < 3:
                # a font that gave (almost) no glyph is one pdfium cannot
                # use (no metrics, no map), not one whose space it swallowed
                continue
            a, b, c, d, e, f = matrix
            x, baseline = frame.point(e, f)
            line = round(baseline, 1)
            gaps = lines.get(line, []) + lines.get(round(line - 0.1, 1), []) + lines.get(round(line + 0.1, 1), [])
            if not gaps:
                continue
            size = ctypes.c_float()
            if not _obj_font_size(obj, ctypes.addressof(size)):
                continue
            style = self.style(font, float(size.value), (a, b, c, d))
            width = _glyph_advance(font, 0x20)
            if not style.simple or width is None:
                continue
            x1 = x + style.a * width * style.font_size
            top, bottom = baseline - style.high, baseline - style.low
            clip = self.clips.get(obj)
            if clip is not None and clipped_out((x, top, x1, bottom), clip):
                continue
            space = Char(" ", x, top, x1, bottom, bottom - top, style.font, baseline, style.rotation)
            for k in sorted(set(gaps)):
                if k not in candidates and _fits(space, chars, k):
                    candidates[k] = space
                    break
        if not candidates:
            return chars
        out: list[Char] = []
        last = 0
        for k in sorted(candidates):  # each before chars[k] (k == len(chars): at the end)
            out.extend(chars[last:k])
            out.append(candidates[k])
            last = k
        out.extend(chars[last:])
        return out


@cache
def _cffi_glyph_calls():
    """cffi's bindings of the three calls made for every glyph (about a third
    cheaper than ctypes'), or None without cffi (pdfminer.six's
    ``cryptography`` brings it).  Handles go in and come out as integers."""
    try:
        import cffi
    except ImportError:
        return None
    ffi = cffi.FFI()
    # the functions pypdfium2 loaded, by address
    calls = (
        ffi.cast("intptr_t(*)(intptr_t, int)", _address(pdfium_c.FPDFText_GetTextObject)),
        ffi.cast("int(*)(intptr_t, int, double*, double*)", _address(pdfium_c.FPDFText_GetCharOrigin)),
        ffi.cast("int(*)(intptr_t, int, float*)", _address(pdfium_c.FPDFText_GetLooseCharBox)),
    )
    return ffi, calls


def _glyph_calls(rect):
    """(get_text_object, get_origin, get_loose_box, box, its pointer, origin,
    pointers to its x and y): box[0..3] and origin[0..1] read what the last
    calls wrote."""
    found = _cffi_glyph_calls()
    if found is not None:
        ffi, (get_text_object, get_origin, get_loose_box) = found
        box = ffi.new("float[4]")
        origin = ffi.new("double[2]")
        return get_text_object, get_origin, get_loose_box, box, box, origin, origin, origin + 1
    # ctypes, read through memoryviews (faster than its field access)
    box = memoryview(rect).cast("B").cast("f")
    origin = (ctypes.c_double * 2)()
    p_ox = ctypes.addressof(origin)
    return (_get_text_object, _get_origin, _get_loose_box, box, ctypes.addressof(rect),
            memoryview(origin).cast("B").cast("d"), p_ox, p_ox + ctypes.sizeof(ctypes.c_double))


def _fits(space: Char, chars: list[Char], k: int) -> bool:
    """Whether a space glyph belongs in the gap before ``chars[k]``: on the
    line of a glyph next to it, after the glyph before (and not more than
    an em after it), before the glyph after (and not more than an em
    before it)."""
    em = space.size
    before = chars[k - 1] if k > 0 else None
    after = chars[k] if k < len(chars) else None
    if before is not None and abs(before.baseline - space.baseline) > 0.05:
        before = None
    if after is not None and abs(after.baseline - space.baseline) > 0.05:
        after = None
    if before is None and after is None:
        return False
    if before is not None and not before.x1 - 0.5 <= space.x0 <= before.x1 + em:
        return False
    return after is None or after.x0 - em <= space.x1 <= after.x0 + 0.5


def _general_box(tp: int, i: int, style: _Style, rect, width: float | None, x: float, baseline: float, frame: _Frame):
    """pdfminer's box for a glyph under any matrix: the text-space rectangle
    (0, descent)-(advance, descent + 1 em) through the glyph matrix, then
    its bounding box."""
    advance = _advance(style, rect) if rect is not None else None
    if width is not None:
        glyph = width * abs(style.font_size)
        if advance is None or 0.0 <= advance - glyph <= _OVERHANG * abs(style.font_size):
            advance = glyph
    if advance is None:  # no metrics: pdfium's tight glyph box
        edges = [ctypes.c_double() for _ in range(4)]
        _get_char_box(tp, i, *(ctypes.addressof(e) for e in edges))
        left, right, bottom, top = (e.value for e in edges)
        return frame.box(left, bottom, right, top)
    a, b, c, d = style.a, style.b, style.c, style.d
    xs = []
    ys = []
    for u in (0.0, advance):
        for v in (style.low_v, style.high_v):
            xs.append(x + a * u + c * v)
            ys.append(baseline - (b * u + d * v))
    return min(xs), min(ys), max(xs), max(ys)


#: how far (in em) a glyph's ink may reach past its advance
_OVERHANG = 0.2


def _glyph_advance(font: int, code: int) -> float | None:
    """The advance of the glyph pdfium maps to ``code`` (per unit of font
    size), from the font's widths; None when pdfium has none."""
    if not font:
        return None
    width = ctypes.c_float()
    if not _glyph_width(font, code, 1.0, ctypes.addressof(width)) or width.value <= 0:
        return None
    return float(width.value)


def _advance(style: _Style, rect) -> float | None:
    """The advance width (text space) behind a loose box.

    pdfium's loose box is the bounding box of the text-space rectangle
    (0, descent)-(advance, ascent) through the glyph matrix, so its width is
    ``|a|·advance + |c|·em`` and its height ``|b|·advance + |d|·em``.
    """
    a, b, c, d = style.user
    if abs(a) >= abs(b) and abs(a) > _MIN_SCALE:
        advance = ((rect.right - rect.left) - abs(c) * style.em) / abs(a)
    elif abs(b) > _MIN_SCALE:
        advance = ((rect.top - rect.bottom) - abs(d) * style.em) / abs(b)
    else:
        return None
    return advance if advance > -1e-6 else None


def _font_info(font: int) -> tuple[str, float, float]:
    """Name, descent and ascent (per unit of font size) of a pdfium font."""
    size = _font_name(font, None, 0)
    name = ""
    if size > 0:
        buf = ctypes.create_string_buffer(size)
        _font_name(font, ctypes.addressof(buf), size)
        name = buf.value.decode("utf-8", errors="replace")
    descent, ascent = ctypes.c_float(), ctypes.c_float()
    if not _font_descent(font, 1.0, ctypes.addressof(descent)):
        descent.value = 0.0
    if not _font_ascent(font, 1.0, ctypes.addressof(ascent)):
        ascent.value = 0.0
    return name, float(descent.value), float(ascent.value)


class _PageObjects:
    """What the page's object tree tells beside the text layer."""

    def __init__(self) -> None:
        self.rulings: list[Ruling] = []
        #: images, form XObjects included
        self.images = 0
        #: shapes and images (:attr:`PageChars.shapes`)
        self.shapes: list[Box] = []
        #: every text object with the matrix of the form holding it (None: the page)
        self.texts: list[tuple[int, tuple | None]] = []
        #: text object → its clip, where it has one
        self.clips: dict[int, Box] = {}
        self._orphans: tuple[dict, list] | None = None

    def orphans(self, referenced: dict) -> list[tuple[int, tuple]]:
        """The text objects that gave no glyph to the text layer, with their
        matrices (worked out once for a reader's objects: three checks ask)."""
        if self._orphans is not None and self._orphans[0] is referenced:
            return self._orphans[1]
        out = []
        m = pdfium_c.FS_MATRIX()
        for obj, parent in self.texts:
            if obj in referenced or not _object_matrix(obj, ctypes.addressof(m)):
                continue
            own = (m.a, m.b, m.c, m.d, m.e, m.f)
            out.append((obj, own if parent is None else _multiply(own, parent)))
        self._orphans = (referenced, out)
        return out


    def unreadable(self, reader: "_CharReader") -> bool:
        """Whether the page draws text pdfium leaves out of its text layer
        although it shows: a text object in a font that is not embedded and
        gave no glyph at all (an unembedded CID font whose character map
        pdfium lacks, e.g. HeiseiMin-W3 with UniJIS-UCS2-H), not drawn at
        size 0."""
        size = ctypes.c_float()
        p_size = ctypes.addressof(size)
        fonts: dict[int, bool] = {}
        for obj, matrix in self.orphans(reader.objects):
            font = _get_font(obj) or 0
            if not font or reader.glyphs.get(font):
                continue  # a space pdfium swallowed, in a font it reads
            if font not in fonts:
                fonts[font] = not _is_embedded(font)
            if not fonts[font]:
                continue
            a, b, c, d = matrix[:4]
            if abs(a * d - b * c) < 1e-12 or not _obj_font_size(obj, p_size) or size.value == 0:
                continue
            return True
        return False

    def zero_size_text(self, referenced: dict) -> bool:
        """Whether a text object that gave no glyph is drawn at size 0 (a
        font size of 0, or a matrix that flattens it)."""
        size = ctypes.c_float()
        for obj, matrix in self.orphans(referenced):
            a, b, c, d = matrix[:4]
            if abs(a * d - b * c) < 1e-12 or (_obj_font_size(obj, ctypes.addressof(size)) and size.value == 0):
                return True
        return False


def _read_objects(page, frame: _Frame) -> _PageObjects:
    """Rulings, images, text objects and their clips, forms walked into."""
    drawn = _PageObjects()
    # holder, its object count and getter, the matrix and the clip of the form (None: the page)
    stack = [(_address(page), _count_objects(page), _get_object, None, None)]
    m = pdfium_c.FS_MATRIX()
    p_m = ctypes.addressof(m)
    while stack:
        holder, n, getter, parent, outer = stack.pop()
        for k in range(n):
            obj = getter(holder, k)
            if not obj:
                continue
            kind = _object_type(obj)
            if kind == _TEXT:
                drawn.texts.append((obj, parent))
                clip = _object_clip(obj, parent, outer, frame)
                if clip is not None:
                    drawn.clips[obj] = clip
            elif kind == _IMAGE:
                drawn.images += 1
                if _object_matrix(obj, p_m):  # an image fills the unit square of its matrix
                    own = (m.a, m.b, m.c, m.d, m.e, m.f)
                    a, b, c, d, e, f = own if parent is None else _multiply(own, parent)
                    xs, ys = [e, a + e, c + e, a + c + e], [f, b + f, d + f, b + d + f]
                    box = frame.box(min(xs), min(ys), max(xs), max(ys))
                    if is_shape(*box):
                        drawn.shapes.append(box)
            elif kind == _PATH or kind == _FORM:
                if not _object_matrix(obj, p_m):
                    continue
                own = (m.a, m.b, m.c, m.d, m.e, m.f)
                matrix = own if parent is None else _multiply(own, parent)
                if kind == _PATH:
                    _path_rulings(obj, matrix, parent, outer, frame, drawn.rulings, drawn.shapes)
                else:
                    clip = _object_clip(obj, parent, outer, frame)
                    stack.append((obj, _count_form_objects(obj), _get_form_object, matrix, clip))
    return drawn


def _object_clip(obj, parent: tuple | None, outer: Box | None, frame: _Frame) -> Box | None:
    """The clip an object is drawn under: its own (pdfium's clip path of an
    object in a form starts afresh from the form's BBox) and that of every
    form holding it."""
    own = _clip_box(obj, parent, frame)
    if outer is None or own is None:
        return own if outer is None else outer
    return intersect_clip(outer, own)


def _clip_box(obj, parent: tuple | None, frame: _Frame) -> Box | None:
    """The bounding box (top-down page space) of the clipping path an object
    is drawn under: pdfium keeps it per object, in the space of the form
    holding it, a form's BBox included; None when nothing clips it."""
    clip = _get_clip(obj)
    paths = _count_clip_paths(clip) if clip else 0
    if paths <= 0:
        return None
    a, b, c, d, e, f = parent or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    px, py = ctypes.c_float(), ctypes.c_float()
    p_px, p_py = ctypes.addressof(px), ctypes.addressof(py)
    box = None
    for k in range(paths):
        xs: list[float] = []
        ys: list[float] = []
        for i in range(_count_clip_segments(clip, k)):
            segment = _get_clip_segment(clip, k, i)
            if segment and _segment_point(segment, p_px, p_py):
                xs.append(a * px.value + c * py.value + e)
                ys.append(b * px.value + d * py.value + f)
        if xs:  # the clip is the intersection of its paths
            box = intersect_clip(box, frame.box(min(xs), min(ys), max(xs), max(ys)))
    return box


def _multiply(m1: tuple, m2: tuple) -> tuple:
    """m1 then m2 (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


_MOVETO = pdfium_c.FPDF_SEGMENT_MOVETO
_BEZIERTO = pdfium_c.FPDF_SEGMENT_BEZIERTO


def _path_rulings(obj, matrix: tuple, parent: tuple | None, outer: Box | None, frame: _Frame, out: list[Ruling],
                  shapes: list[Box] | None = None) -> None:
    """The thin subpaths of one path object, as the pdfplumber engine sees
    them, unless its clip hides them.

    pdfminer paints each subpath (from one ``m`` to the next) as a line, a
    rectangle or a curve whose box spans the subpath's end points (Bézier
    control points left out); a box at most ``_THIN`` thick is a ruling.
    """
    found: list[Ruling] = []
    thick: list[Box] = []
    _subpath_rulings(obj, matrix, frame, found, thick)
    clip = _object_clip(obj, parent, outer, frame) if found or thick else None
    if clip is not None:
        found = [r for r in found if not clipped_out((r.x0, r.top, r.x1, r.bottom), clip, RULE_SHARE)]
        thick = [b for b in thick if not clipped_out(b, clip, RULE_SHARE)]
    out.extend(found)
    if shapes is not None:
        shapes.extend(thick)


def _subpath_rulings(obj, matrix: tuple, frame: _Frame, out: list[Ruling], shapes: list[Box] | None = None) -> None:
    count = _count_segments(obj)
    if count < 1:
        return
    get_segment = _get_segment
    get_point = _segment_point
    get_type = _segment_type
    px, py = ctypes.c_float(), ctypes.c_float()
    p_px, p_py = ctypes.addressof(px), ctypes.addressof(py)
    a, b, c, d, e, f = matrix
    xs: list[float] = []
    ys: list[float] = []
    bezier = 0
    for k in range(count):
        seg = get_segment(obj, k)
        kind = get_type(seg)
        if kind == _MOVETO:
            if xs:
                _add_ruling(xs, ys, frame, out, shapes)
            xs, ys = [], []
            bezier = 0
        elif kind == _BEZIERTO:
            # pdfium spells a curve as three points: two controls, the end
            bezier += 1
            if bezier % 3:
                continue
        if not get_point(seg, p_px, p_py):
            continue
        xs.append(a * px.value + c * py.value + e)
        ys.append(b * px.value + d * py.value + f)
    if xs:
        _add_ruling(xs, ys, frame, out, shapes)


def _add_ruling(xs: list[float], ys: list[float], frame: _Frame, out: list[Ruling], shapes: list[Box] | None = None) -> None:
    x0, top, x1, bottom = frame.box(min(xs), min(ys), max(xs), max(ys))
    if min(x1 - x0, bottom - top) <= _THIN:
        out.append(Ruling(x0, top, x1, bottom))
    elif shapes is not None and is_shape(x0, top, x1, bottom):
        shapes.append((x0, top, x1, bottom))
