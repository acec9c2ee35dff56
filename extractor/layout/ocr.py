"""OCR as a character source: pages without a text layer, read by Tesseract.

A scan has no glyphs, so the layout has nothing to work on.  This module
renders such a page with pypdfium2, has the ``tesseract`` program read it
(Chinese and English models, TSV output: one row per word with its box),
and turns the words into the same :class:`~extractor.layout.chars.Char`
records an engine gives.  Everything after it (lines, columns, headings,
sentences, boxes, the review page's highlights) works on a scan as on a
born-digital PDF and never knows the difference.

Which pages (:data:`MODES`): ``auto`` reads the pages without a visible
glyph, ``always`` every page (its text layer is replaced), ``never`` none.

The program is run, not linked: Debian's ``tesseract-ocr`` packages are all
it takes, nothing is downloaded at run time.  Without it, ``auto`` leaves
the pages as they are (the text layer says so, with the install command),
``always`` is an error (``E008``).
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Iterator

from ..errors import LitxError, Msg, warning
from ..lang.script import is_cjk
from .chars import Char, PageChars
from .pdfsource import SourceDocument
from .scanregions import column_regions, ink_runs

MODES = ("auto", "always", "never")
#: resolution pages are rendered at: Tesseract's models are trained on
#: text of about 300 dpi; less loses the strokes of small ideographs
DPI = 300
LANGUAGES = "chi_sim+eng"
#: a page whose words hold fewer ideographs than this share (of its
#: characters) is read again with the English model alone: the Chinese one
#: reads specks, rules and bold Latin as ideographs, and a page of English
#: then counts as Chinese too
ENGLISH = "eng"
CHINESE = "chi_sim"
MIN_HAN_SHARE = 0.05
#: Tesseract's page segmentation mode for a region (3: its own layout analysis)
PSM = 3
#: what else the reading depends on, in the parse cache's key: bumped when
#: the way pages are read changes (regions, languages per page, options)
READING = 7
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng"
#: a page taking longer is given up (a warning, the page stays empty)
TIMEOUT_S = 600
#: a rendered page whose grey levels span less than this is blank: no
#: Tesseract run (a blank verso of a book scan, an empty page)
_BLANK_RANGE = 24
#: letters that reach below the baseline: a word holding one does not say
#: where the baseline is
_DESCENDERS = set("gjpqyQ,;()[]{}/|@")
#: rough advance widths (in ems) of Latin letters, to split a word's box
#: among its characters; an ideograph takes a full em
_NARROW = set("iljtfrI!|.,:;'`\"()[]{}")
#: a gap next to an ideograph narrower than this (ems) is no space
_TIGHT_EM = 0.5
_SECTION_NUMBER = re.compile(r"\d{1,2}(\.\d{1,2})*\.?")
_FULL_WIDTH = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，", "?": "？", "!": "！"}
#: white pixels around each region Tesseract reads
_MARGIN = 16
#: the font name of the glyphs OCR gives (the layout tells a scanned page by it)
FONT = "OCR"
_WIDE = set("mwMW@%")
#: letters that reach above the x-height (capitals, digits, ascenders)
_ASCENDERS = set("bdfhikltABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789()[]{}/|@%&?!")
#: the inked height of a Latin word, in ems, by what its letters reach:
#: x-height only ("was"), above it ("the", "POI"), below it ("gap"), both
#: ("Injection", "(POI)"); a line's em is the median over its words of
#: height / share, so neither a word of small letters nor a bracket or a
#: misread mark sticking out of the line sets the size its lines are read at
_INK_SHARE = {(False, False): 0.48, (True, False): 0.72, (False, True): 0.70, (True, True): 0.95}


@dataclass(frozen=True, slots=True)
class Tesseract:
    """The installed program: what the parse cache keys OCR'd text layers by."""

    path: str
    version: str
    languages: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"tesseract {self.version} {LANGUAGES}/{ENGLISH}/{CHINESE} r{READING}"


def find_tesseract() -> Tesseract | None:
    """The ``tesseract`` on PATH with the Chinese and English models, or None."""
    path = shutil.which("tesseract")
    return _probe(path) if path else None


@lru_cache(maxsize=4)
def _probe(path: str) -> Tesseract | None:
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
        langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    first = (version.stdout or version.stderr).strip().splitlines()
    installed = tuple(line.strip() for line in langs.stdout.splitlines()[1:] if line.strip())
    if not first or not all(lang in installed for lang in LANGUAGES.split("+")):
        return None  # a Tesseract without the models reads Chinese as noise
    return Tesseract(path, first[0].split()[-1], installed)


def check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"unknown OCR mode {mode!r}; choose one of {', '.join(MODES)}")


def cache_key(mode: str) -> str:
    """What a cached text layer read with ``mode`` depends on beyond the PDF
    and the parser: the mode, and the Tesseract that read it ("" for
    ``never``, so today's cache entries stay valid)."""
    check_mode(mode)
    if mode == "never":
        return ""
    found = find_tesseract()
    return f"ocr={mode};" + (found.key if found else "tesseract missing")


# ---------------------------------------------------------------- words → chars


@dataclass(frozen=True, slots=True)
class Word:
    """One word of Tesseract's TSV: its box in pixels of the rendered page."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int, int]  # (image, block, paragraph, line): Tesseract's text line
    #: read again from a raised group of the image (an exponent, a mark): a superscript
    raised: bool = False


def parse_tsv(tsv: str, offsets: list[tuple[int, int]] | None = None) -> list[list[Word]]:
    """Tesseract's words (level 5 rows), grouped by text line in its order.
    ``offsets``: where each image Tesseract read (its ``page_num``, from 1)
    lies on the page, for the regions of :mod:`extractor.layout.scanregions`."""
    lines: dict[tuple[int, int, int, int], list[Word]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = "\t".join(cols[11:]).strip()
        if not text:  # a rule or a speck read as a blank word
            continue
        try:
            image, left, top, width, height = (int(v) for v in (cols[1], *cols[6:10]))
            conf = float(cols[10])
            key = (image, int(cols[2]), int(cols[3]), int(cols[4]))
        except ValueError:
            continue
        if width <= 0 or height <= 0:
            continue
        dx, dy = offsets[image - 1] if offsets and 0 < image <= len(offsets) else (0, 0)
        lines.setdefault(key, []).append(Word(text, left + dx, top + dy, width, height, conf, key))
    return [_clipped(words) for words in lines.values()]


def _clipped(words: list[Word]) -> list[Word]:
    """A line's words in Tesseract's reading order, each box ending where
    the next word begins: with Chinese models the box of a word of several
    characters often reaches over the words after it (``CD45、HLA-DR`` over
    ``阳性率``), and its characters would be laid out among theirs."""
    out = []
    for w, after in zip(words, [*words[1:], None]):
        if after is not None and w.left < after.left < w.left + w.width:
            w = replace(w, width=after.left - w.left)
        out.append(w)
    return sorted(out, key=lambda w: w.left)


@dataclass(frozen=True, slots=True)
class PixelMap:
    """Pixels of the rendered page → the page's top-down PDF points, as the
    engines give them (:mod:`extractor.layout.chars`): an affine map, since
    a render is the displayed page (CropBox, ``/Rotate``) scaled."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    @property
    def scale(self) -> float:
        """Points per pixel."""
        return (abs(self.a * self.d - self.b * self.c)) ** 0.5


def words_to_chars(lines: list[list[Word]], pixels: PixelMap) -> list[Char]:
    """Tesseract's words as glyphs.

    A word's box is shared among its characters: an ideograph takes a full
    em, a Latin letter its rough advance (``i`` narrow, ``m`` wide), scaled
    to fill the box.  Between two Latin words of a line a space glyph fills
    the gap, as a text layer has it (Tesseract puts each ideograph in a word
    of its own: no space between those).  Glyphs of a line share its
    baseline and height, as a font's glyphs do; a word set clearly higher
    and smaller (a citation superscript) keeps its own box, so the layout
    sees it as a script.
    """
    out: list[Char] = []
    chinese_page = any(is_cjk(ch) for words in lines for w in words for ch in w.text)
    for words in lines:
        line_top = min(w.top for w in words)
        line_bottom = max(w.top + w.height for w in words)
        plain = [w.top + w.height for w in words if not (set(w.text) & _DESCENDERS)]
        base_px = median(plain) if plain else line_bottom
        tall = max(w.height for w in words)
        # the em: ideographs fill most of it (their inked height ~0.85 em)
        han = [w.height for w in words if all(is_cjk(ch) for ch in w.text)]
        em = median(han) / 0.85 if han else tall
        words = _tightened(_as_printed(words), em, bool(han))
        # the size the line is read at: on a page of Latin text the em its
        # words' shapes give; on a page with Chinese, every line's tallest
        # word, so that its Latin lines (an English abstract) and its
        # Chinese ones are measured alike and their sizes compare
        size_em = tall if chinese_page else _latin_em(words, tall)
        prev: tuple[Word, Char] | None = None
        for w in words:
            bottom_px = w.top + w.height
            # raised and small, reaching the top of the line: a mark set
            # mid-line (``~``, ``-``, ``·``) is no superscript
            script = w.raised or (w.height < 0.75 * tall and bottom_px < base_px - 0.25 * tall and w.top < line_top + 0.25 * tall)
            top, bottom = (w.top, bottom_px) if script else (line_top, line_bottom)
            baseline_px = bottom_px if script else base_px
            size_px = w.height if script else size_em
            chars = _split_word(w, top, bottom, baseline_px, size_px, pixels)
            if prev is not None and chars and not _cjk_edge(prev[0].text[-1]) and not _cjk_edge(w.text[0]):
                last = prev[1]
                if chars[0].x0 - last.x1 > 0.5 * pixels.scale:  # a gap of a pixel or more: pieces of one word have none
                    out.append(replace(last, text=" ", x0=last.x1, x1=chars[0].x0))
            out.extend(chars)
            if chars:
                prev = (w, chars[-1])
    return out


def _latin_em(words: list[Word], tall: float) -> float:
    """The em of a line of Latin words, read off the shapes of its words
    (:data:`_INK_SHARE`); the tallest word's height when no word is long
    enough to say (a line of one or two marks)."""
    ems = []
    for w in words:
        letters = [ch for ch in w.text if ch.isalnum()]
        if len(letters) < 2:
            continue
        share = _INK_SHARE[(any(ch in _ASCENDERS for ch in w.text), any(ch in _DESCENDERS for ch in w.text))]
        ems.append(w.height / share)
    return median(ems) if ems else tall


def _tightened(words: list[Word], em: float, han: bool) -> list[Word]:
    """Words next to an ideograph closed up to it across a gap under
    :data:`_TIGHT_EM`: the side bearings of the two glyphs, no space (a
    text layer has none in ``2019年3月``), though the layout would read
    one in the gap between their inked boxes (Tesseract's boxes of digits
    are narrow, some of an ideograph too: the gap is up to half an em)."""
    out = []
    for k, (w, after) in enumerate(zip(words, [*words[1:], None])):
        if after is not None and han and not (_cjk_edge(w.text[-1]) or _cjk_edge(after.text[0])):
            # in a line of Chinese, Tesseract splits words at every mark: a
            # space only where the gap is one (``25 IU/L``, not ``3 ~ 5``)
            gap = after.left - (w.left + w.width)
            if 0 < gap < _TIGHT_EM / 2 * em:
                w = replace(w, width=after.left - w.left)
        elif after is not None and (_cjk_edge(w.text[-1]) or _cjk_edge(after.text[0])):
            # a box narrower than its characters (a 9-pixel 后) is widened
            # towards what they take, before its gap to the next is judged
            # a heading's number opening the line keeps its space (``2 结果``)
            number = k == 0 and _SECTION_NUMBER.fullmatch(w.text) is not None
            least = 0.8 * em * sum(_weight(ch) for ch in w.text)
            if w.width < least and not number:
                w = replace(w, width=max(w.width, min(round(least), after.left - w.left)))
            gap = after.left - (w.left + w.width)
            tight = _TIGHT_EM / 2 if number else _TIGHT_EM
            if 0 < gap < tight * em:
                w = replace(w, width=after.left - w.left)
        out.append(w)
    return out


def _as_printed(words: list[Word]) -> list[Word]:
    """A line's punctuation in the forms Chinese text is set in: the
    models give ``( ) : ; ,`` for ``（ ）：；，``, so a mark next to an
    ideograph or a full-width mark is full-width (as a text layer has it);
    ``~`` in a line of Chinese is the range sign ``～``; an ``x`` between
    digits is the multiplication sign (``5×10``).  Before the gaps are
    judged: a full-width mark is set without spaces."""
    text = [ch for w in words for ch in w.text]
    han = any(is_cjk(t) for t in text)
    for i, t in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if t == "~" and han:
            text[i] = "～"
        elif t in _FULL_WIDTH and (is_cjk(before) or is_cjk(after)):
            text[i] = _FULL_WIDTH[t]
        elif t in "xX" and before.isdigit() and after.isdigit():
            text[i] = "×"
    out, k = [], 0
    for w in words:
        new = "".join(text[k:k + len(w.text)])
        k += len(w.text)
        out.append(w if new == w.text else replace(w, text=new))
    return out


def _cjk_edge(ch: str) -> bool:
    # ideographs and full-width punctuation are set without word spaces
    return is_cjk(ch)


def _weight(ch: str) -> float:
    if is_cjk(ch):
        return 1.0
    if ch in _NARROW:
        return 0.3
    if ch in _WIDE:
        return 0.85
    return 0.65 if ch.isupper() or ch.isdigit() else 0.5


def _split_word(w: Word, top_px: float, bottom_px: float, baseline_px: float, size_px: float, pixels: PixelMap) -> list[Char]:
    weights = [_weight(ch) for ch in w.text]
    total = sum(weights) or 1.0
    size = size_px * pixels.scale
    _, baseline = pixels.point(0, baseline_px)
    out = []
    x = float(w.left)
    for ch, weight in zip(w.text, weights):
        step = w.width * weight / total
        x0, top, x1, bottom = pixels.box(x, top_px, x + step, bottom_px)
        out.append(Char(ch, x0, top, x1, bottom, size, FONT, baseline))
        x += step
    return out


# ---------------------------------------------------------------- pages


class OcrError(Exception):
    """Tesseract could not read one page (the page stays without text)."""


def recognise(image, tesseract: Tesseract) -> list[list[Word]]:
    """Tesseract's words on a page image (greyscale PIL), its columns read
    one by one (:mod:`extractor.layout.scanregions`) in one run of the
    program, which loads its models once.  The language is chosen per
    page: read with the Chinese and English models, a page with next to no
    ideograph in what they read (:data:`MIN_HAN_SHARE`) is read again with
    the English one alone (an English page costs some 60% more); on a
    Chinese page, the lines where the English model won a word it was
    unsure of are read again with the Chinese one alone
    (:func:`_reread_chinese_lines`)."""
    regions = column_regions(image, DPI)
    crops = [image.crop((r.x0, r.y0, r.x1, r.y1)) for r in regions]
    offsets = [(r.x0 - _MARGIN, r.y0 - _MARGIN) for r in regions]
    lines = parse_tsv(_read_images(tesseract, crops, LANGUAGES, PSM), offsets)
    if han_share(lines) < MIN_HAN_SHARE:  # an English page: the English model alone
        lines = parse_tsv(_read_images(tesseract, crops, ENGLISH, PSM), offsets)
    else:
        lines = _reread_chinese_lines(image, lines, tesseract)
    lines = [[_plus_minus(image, w) if "+" in w.text else w for w in words] for words in lines]
    lines = [[_en_dash(image, w) if _RANGE_DASH.search(w.text) else w for w in words] for words in lines]
    return _read_raised(image, lines, tesseract)


#: ``10`` and what Tesseract made of a raised digit group after it
#: (``5x10°``, ``10!``, ``106``, ``105~``): no more digits after that
_POWER = re.compile(r"10([0-9°º!'’\"*^]{1,2})(?![0-9])")
#: what a raised group read again alone may be: an exponent
_EXPONENT = re.compile(r"^[-−]?\d{1,2}$")
#: a word's letters and what Tesseract made of the marks raised after it:
#: an author's affiliation (``Okafor!``, ``Brenner!”``) or a citation
#: (``women!""!,``), with the word's own closing punctuation left after it
_MARK_CHARS = "!'’\"”“*°º0123456789,-–"
_MARK = re.compile(rf"(?<=[A-Za-z]{{2}})([{re.escape(_MARK_CHARS)}]{{1,8}}?)(?=[.,;:)\]]?$)")
#: what such a group read again alone may be: numbers with commas and ranges
_MARKS = re.compile(r"^\d{1,3}(?:[,\-–]\d{1,3}){0,5}$")
#: a raised group shorter than this share of the glyph before it is an
#: apostrophe or a quotation mark, not digits (``patients’``)
_MARK_HEIGHT = 0.3


def _read_raised(image, lines: list[list[Word]], tesseract: Tesseract) -> list[list[Word]]:
    """Raised digits Tesseract reads on the line: the exponent of ``5×10⁶``
    (read ``10°``, ``10!``, ``106``) and the marks after a word (an
    affiliation ``Okafor¹``, a citation ``women^{1,2}``, read ``Okafor!``,
    ``women!"!``).  Where the image shows a raised group of glyphs right
    after a full-height one (:func:`raised_groups`) about where the text
    puts the tail, the group is read again alone, enlarged, as digits (one
    more run of the program for all of a page's), and becomes a word of its
    own in its own raised box, which the layout takes for a superscript
    (``10^6``, ``Okafor^1``) as it does a text layer's."""
    found = []  # (line, word, words it spans, the word, [(tail start, tail end, raised box, accepted reading)])
    for i, words in enumerate(lines):
        for j, w in enumerate(words):
            span = 1
            if j + 1 < len(words) and _marks_only(words[j + 1].text) and 0 <= words[j + 1].left - (w.left + w.width) < 0.25 * w.height:
                # the marks read as a word of their own, right after this one
                after = words[j + 1]
                span, w = 2, replace(w, text=w.text + after.text, width=after.left + after.width - w.left,
                                     top=min(w.top, after.top), height=max(w.top + w.height, after.top + after.height) - min(w.top, after.top))
            tails = _raised_tails(image, w)
            if tails:
                found.append((i, j, span, w, tails))
    if not found:
        return lines
    from PIL import Image

    crops = []
    for *_, tails in found:
        for _, _, (x0, y0, x1, y1), _ in tails:
            crop = image.crop((x0, y0, x1, y1))
            crops.append(crop.resize((2 * crop.width, 2 * crop.height), Image.LANCZOS))
    tsv = _read_images(tesseract, crops, ENGLISH, 7, ("tessedit_char_whitelist=0123456789,-",))
    read: dict[int, str] = {}
    for words in parse_tsv(tsv):
        for w in words:
            read[w.line[0]] = read.get(w.line[0], "") + w.text
    out = [list(words) for words in lines]
    n = 0
    for i, j, span, w, tails in found:
        parts, start, left = [], 0, w.left
        for a, b, (x0, y0, x1, y1), accepted in tails:
            n += 1
            digits = read.get(n, "")
            if not accepted.match(digits) or x0 <= left:
                continue
            parts.append(replace(w, text=w.text[start:a], left=left, width=x0 - left))
            parts.append(replace(w, text=digits, left=x0, top=y0, width=x1 - x0, height=y1 - y0, raised=True))
            start, left = b, x1
        if not parts:
            continue
        if start < len(w.text):
            parts.append(replace(w, text=w.text[start:], left=left, width=max(1, w.left + w.width - left)))
        out[i][j] = parts
        for k in range(j + 1, j + span):
            out[i][k] = []  # read into the word before
    return [[w for item in words for w in (item if isinstance(item, list) else [item])] for words in out]


def _marks_only(text: str) -> bool:
    """A word Tesseract made of raised marks alone (``!""!,``)."""
    return bool(text.strip(",")) and all(ch in _MARK_CHARS for ch in text)


def _raised_tails(image, w: Word) -> list[tuple[int, int, tuple[int, int, int, int], re.Pattern]]:
    """The tails of a word that may be raised digits, each with the raised
    group of the image nearest where the text puts it and the pattern its
    reading must match: (start, end, box, pattern), left to right."""
    candidates = [(m, _EXPONENT, 0.0) for m in _POWER.finditer(w.text)]
    # an exponent is at most as tall as 0.8 of the 0 before it; a mark after
    # a small letter (the "n" of "women¹") may be taller than the letter
    taller = 0.8
    if not candidates:
        candidates = [(m, _MARKS, _MARK_HEIGHT) for m in _MARK.finditer(w.text) if m.group(1).strip(",")]
        taller = 1.3
    if not candidates:
        return []
    groups = raised_groups(image, w, taller)
    weights = [_weight(ch) for ch in w.text]
    total = sum(weights) or 1.0
    tails = []
    for m, accepted, least in candidates:
        # where the text puts the tail, by the characters' rough advances
        x0 = w.left + w.width * sum(weights[:m.start(1)]) / total
        x1 = w.left + w.width * sum(weights[:m.end(1)]) / total
        near = [g for g in groups if g[0] < x1 + 0.5 * w.height and g[2] > x0 - 0.5 * w.height
                and g[3] - g[1] >= least * w.height]
        if near:
            box = min(near, key=lambda g: abs((g[0] + g[2]) / 2 - (x0 + x1) / 2))
            if not tails or box[0] >= tails[-1][2][2]:
                tails.append((m.start(1), m.end(1), box, accepted))
    return tails


def _glyphs(image, box: tuple[int, int, int, int]) -> list[list[int]]:
    """The glyphs in a box of the image, left to right, told apart by white
    columns: [x0, x1, top, bottom] each, in the box's pixels."""
    import numpy as np

    ink = np.asarray(image.crop(box)) < 160
    blobs = []
    for start, x in ink_runs(ink.any(axis=0)):
        rows = np.flatnonzero(ink[:, start:x].any(axis=1))
        blobs.append([start, x, int(rows[0]), int(rows[-1])])
    return blobs


_RANGE_DASH = re.compile(r"(?<=\d)-(?=\d)")


def _en_dash(image, w: Word) -> Word:
    """``–`` where Tesseract read ``-`` between digits: it reads the en
    dash of a range (``1–2``, ``25–39``) as a hyphen, but the image shows
    it: a bar as wide as the word's digits (a hyphen is some two thirds
    of one).  The bars (thin ink at mid-height) are taken in order, one
    for each ``-`` of the word."""
    x1, y1 = min(image.width, w.left + w.width), min(image.height, w.top + w.height)
    blobs = _glyphs(image, (max(0, w.left), max(0, w.top), x1, y1))
    if not blobs:
        return w
    tall = [b[1] - b[0] for b in blobs if b[3] - b[2] >= 0.5 * w.height]
    ink_top = min(b[2] for b in blobs)
    ink_bottom = max(b[3] for b in blobs)
    middle = (ink_top + ink_bottom) / 2
    bars = [b for b in blobs if b[3] - b[2] <= 0.2 * w.height and b[2] < middle + 0.25 * w.height
            and b[3] > middle - 0.25 * w.height and b[1] - b[0] >= 3]
    dashes = [i for i, ch in enumerate(w.text) if ch in "-–—"]
    if not tall or len(bars) != len(dashes):
        return w
    digit = median(tall)
    text = list(w.text)
    for i, bar in zip(dashes, bars):
        if _RANGE_DASH.match(w.text, i) and bar[1] - bar[0] >= 0.9 * digit:
            text[i] = "–"
    return replace(w, text="".join(text))


def raised_groups(image, w: Word, taller: float = 0.8) -> list[tuple[int, int, int, int]]:
    """The boxes (pixels) of raised ink in a word's box, each right after a
    glyph of at least 0.4 of the box's height (the ``0`` of ``10``): glyphs,
    told apart by white columns, whose ink ends well above that glyph's
    foot, starts near its top, and is less than ``taller`` times its height."""
    h = w.height
    x0, y0 = max(0, w.left), max(0, w.top)
    x1, y1 = min(image.width, round(w.left + w.width + 0.3 * h)), min(image.height, w.top + h)
    blobs = _glyphs(image, (x0, y0, x1, y1))
    # a blob starting past the word's box is the next word's
    blobs = [b for b in blobs if b[0] <= w.width + 2]
    out = []
    k = 0
    while k < len(blobs) - 1:
        base = blobs[k]
        size = base[3] - base[2]
        raised = []
        if size >= 0.4 * h:
            for b in blobs[k + 1:]:
                if b[3] < base[3] - 0.3 * size and b[2] < base[2] + 0.25 * size and b[3] - b[2] < taller * size:
                    raised.append(b)
                else:
                    break
        if raised:
            out.append((x0 + raised[0][0], y0 + min(b[2] for b in raised),
                        x0 + raised[-1][1], y0 + max(b[3] for b in raised) + 1))
            k += len(raised) + 1
        else:
            k += 1
    return out


def _plus_minus(image, w: Word) -> Word:
    """``±`` where Tesseract read ``+``: both models read the sign as a plus
    (``33.8+3.9`` for the ``33.8±3.9`` of a table), but the image shows it:
    under the cross a second bar as long as its crossbar.  As many ``+`` of
    the word become ``±`` as such signs are found in its box (and a little
    below it: the box of a lone ``+`` may end above the bar)."""
    import numpy as np

    h = w.height
    y0 = max(0, round(w.top - 0.2 * h))
    y1 = min(image.height, round(w.top + 1.8 * h))
    ink = np.asarray(image.crop((max(0, w.left), y0, min(image.width, w.left + w.width), y1))) < 160
    signs = _plus_minus_signs(ink, h)
    if not signs:
        return w
    # each sign to the nearest + by the characters' rough advances
    weights = [_weight(ch) for ch in w.text]
    total = sum(weights) or 1.0
    plus = {i: w.width * (sum(weights[:i]) + weights[i] / 2) / total for i, ch in enumerate(w.text) if ch == "+"}
    text = list(w.text)
    for x in signs:
        if plus:
            i = min(plus, key=lambda k: abs(plus[k] - x))
            text[i] = "±"
            del plus[i]
    return replace(w, text="".join(text))


def _plus_minus_signs(ink, h: float) -> list[float]:
    """The middles (x) of the ± signs in a block of ink: two bars of the
    same extent, one under the other, the upper one crossed by a stroke (a
    ``=`` has none)."""
    least = max(6, round(0.35 * h))
    bars: list[list[int]] = []  # [first row, last row, x0, x1]
    for y, row in enumerate(ink):
        for start, x in ink_runs(row):
            if x - start < least:
                continue
            for bar in bars:
                if bar[1] == y - 1 and abs(bar[2] - start) <= 3 and abs(bar[3] - x) <= 3:
                    bar[1] = y
                    break
            else:
                bars.append([y, y, start, x])
    signs = set()
    for upper in bars:
        c = (upper[2] + upper[3]) // 2
        above = ink[max(0, upper[0] - round(0.15 * h)):upper[0], max(0, c - 2):c + 3]
        if not above.size or not above.any(axis=1).all():
            continue  # no stroke through the crossbar
        for lower in bars:
            gap = lower[0] - upper[1]
            if 0.15 * h <= gap <= 0.9 * h and abs(lower[2] - upper[2]) <= 3 and abs(lower[3] - upper[3]) <= 3:
                signs.add((upper[2] + upper[3]) / 2)
                break
    return sorted(signs)


def _read_images(tesseract: Tesseract, images: list, languages: str, psm: int, config: tuple[str, ...] = ()) -> str:
    """Tesseract's TSV of several images, each on a white margin (a glyph
    touching the edge reads poorly), in one run of the program."""
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="litx-ocr-") as tmp:
        names = []
        for i, crop in enumerate(images):
            name = os.path.join(tmp, f"r{i:04d}.png")
            canvas = Image.new("L", (crop.width + 2 * _MARGIN, crop.height + 2 * _MARGIN), 255)
            canvas.paste(crop, (_MARGIN, _MARGIN))
            canvas.save(name, compress_level=1)
            names.append(name)
        listing = os.path.join(tmp, "regions.txt")
        Path(listing).write_text("\n".join(names) + "\n", encoding="utf-8")
        return _run(tesseract, listing, languages, psm, config)


#: a Latin word read with less confidence than this, in a line with
#: ideographs, makes the line suspect: the English model wins ideographs
#: now and then (a bold ``结果`` read ``BAR``) with low confidence
SUSPECT_CONF = 80.0


def _reread_chinese_lines(image, lines: list[list[Word]], tesseract: Tesseract) -> list[list[Word]]:
    """Lines of ideographs holding a Latin word Tesseract was unsure of
    (:data:`SUSPECT_CONF`) read again, one by one, with the Chinese model
    alone (which reads Latin too, less well); the reading Tesseract is
    surer of (mean confidence over characters) is kept."""
    suspect = [
        i for i, words in enumerate(lines)
        if any(is_cjk(ch) for w in words for ch in w.text)
        and any(w.conf < SUSPECT_CONF and any(ch.isascii() and ch.isalpha() for ch in w.text) for w in words)
    ]
    if not suspect:
        return lines
    boxes = []
    for i in suspect:
        words = lines[i]
        boxes.append((max(0, min(w.left for w in words)), max(0, min(w.top for w in words)),
                      min(image.width, max(w.left + w.width for w in words)),
                      min(image.height, max(w.top + w.height for w in words))))
    tsv = _read_images(tesseract, [image.crop(b) for b in boxes], CHINESE, 7)
    again = parse_tsv(tsv, [(b[0] - _MARGIN, b[1] - _MARGIN) for b in boxes])
    by_image: dict[int, list[Word]] = {}
    for words in again:
        by_image.setdefault(words[0].line[0], []).extend(words)
    out = list(lines)
    for n, i in enumerate(suspect, start=1):
        words = sorted(by_image.get(n, []), key=lambda w: w.left)
        if words and _confidence(words) > _confidence(lines[i]):
            out[i] = words
    return out


def _confidence(words: list[Word]) -> float:
    chars = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / chars if chars else 0.0


def han_share(lines: list[list[Word]]) -> float:
    """The share of ideographs among the characters of the words read."""
    text = [ch for words in lines for w in words for ch in w.text if not ch.isspace()]
    return sum("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text) / len(text) if text else 0.0


def _run(tesseract: Tesseract, listing: str, languages: str, psm: int = 3, config: tuple[str, ...] = ()) -> str:
    # one thread: Tesseract's OpenMP threads spin against each other and
    # against the other workers (4× slower on a busy 2-core machine)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cmd = [tesseract.path, listing, "stdout", "-l", languages, "--psm", str(psm), "--dpi", str(DPI), *(a for c in config for a in ("-c", c)), "tsv"]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        raise OcrError(f"Tesseract took more than {TIMEOUT_S} s") from None
    except OSError as exc:
        raise OcrError(f"cannot run Tesseract: {exc.strerror or exc}") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract failed (exit {done.returncode}): {lines[-1] if lines else 'no message'}")
    return done.stdout.decode("utf-8", "replace")


class PageRenderer:
    """Page images of one PDF (pypdfium2), opened on the first page to OCR."""

    def __init__(self, path: Path, password: str | None) -> None:
        self.path = path
        self.password = password
        self._pdf = None

    def _doc(self):
        import pypdfium2

        if self._pdf is None:
            try:
                self._pdf = pypdfium2.PdfDocument(self.path, password=self.password)
            except pypdfium2.PdfiumError:
                # the password given for other PDFs of a batch: this one may
                # open without (an owner password only), as open_source does
                self._pdf = pypdfium2.PdfDocument(self.path)
        return self._pdf

    def render(self, number: int):
        """(greyscale PIL image, pixel map) of page ``number``; no image for a blank page."""
        page = self._doc()[number - 1]
        try:
            bitmap = page.render(scale=DPI / 72, grayscale=True, may_draw_forms=True)
            image = bitmap.to_pil()
            pixels = _pixel_map(page.raw, image.width, image.height)
        finally:
            page.close()
        low, high = image.getextrema()
        return (None if high - low < _BLANK_RANGE else image), pixels

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _pixel_map(raw_page, width: int, height: int) -> PixelMap:
    """The affine map of rendered pixels onto the engines' page space: pdfium
    maps a pixel to user space (CropBox and ``/Rotate`` as rendered), the
    pdfium engine's frame maps user space to the top-down MediaBox space
    both engines report."""
    import pypdfium2.raw as pdfium_c

    from .pdfium_source import _Frame  # the one definition of the engines' page space

    frame = _Frame(raw_page)

    def device(x: int, y: int) -> tuple[float, float]:
        px, py = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDF_DeviceToPage(raw_page, 0, 0, width, height, 0, x, y, ctypes.byref(px), ctypes.byref(py))
        return frame.point(px.value, py.value)

    # three points fix an affine map; far apart, so rounding to whole
    # pixels inside pdfium does not matter
    ox, oy = device(0, 0)
    xx, xy = device(width, 0)
    yx, yy = device(0, height)
    return PixelMap((xx - ox) / width, (xy - oy) / width, (yx - ox) / height, (yy - oy) / height, ox, oy)


def needs_ocr(page: PageChars, mode: str) -> bool:
    """Whether a page is to be read by OCR: ``always``; for ``auto``, a page
    read whole without a visible glyph (a scan, text drawn as outlines).
    A damaged page, or one a bound of :mod:`extractor.layout.limits` cut
    short (its notes), is not rendered: pdfium would inflate what the bound
    refused."""
    if page.error is not None or page.notes:
        return False
    return mode == "always" or (mode == "auto" and not any(c.text.strip() for c in page.chars))


class OcrSource:
    """A character source with the pages that need it read by Tesseract.

    Wraps an engine's :class:`~extractor.layout.pdfsource.SourceDocument`:
    pages it reads well pass through; the others get Tesseract's glyphs
    (rulings and image counts stay the engine's).  :attr:`ocr_pages` lists
    the pages Tesseract read; :attr:`missing` is set when ``auto`` found a
    page to read but no Tesseract.
    """

    def __init__(self, source: SourceDocument, path: Path, password: str | None, mode: str) -> None:
        check_mode(mode)
        self.source = source
        self.mode = mode
        self.page_count = source.page_count
        self.notes = source.notes
        self.ocr_pages: list[int] = []
        self.missing = False
        self.tesseract = find_tesseract() if mode != "never" else None
        if mode == "always" and self.tesseract is None:
            raise LitxError(Msg.E008, str(path), install=INSTALL)
        self._renderer = PageRenderer(path, password)

    def pages(self) -> Iterator[PageChars]:
        for page in self.source.pages():
            if not needs_ocr(page, self.mode):
                yield page
            elif self.tesseract is None:
                self.missing = True
                yield page
            else:
                yield self._read(page)

    def _read(self, page: PageChars) -> PageChars:
        try:
            image, pixels = self._renderer.render(page.number)
            if image is None:  # blank: nothing to read, the page stays as the engine read it
                return page
            chars = words_to_chars(recognise(image, self.tesseract), pixels)
        except OcrError as exc:
            return replace(page, notes=[*page.notes, warning(Msg.W010, page=page.number, detail=str(exc))])
        except Exception as exc:  # pdfium cannot render it: the page stays as the engine read it
            detail = f"cannot render the page: {type(exc).__name__}: {exc}"
            return replace(page, notes=[*page.notes, warning(Msg.W010, page=page.number, detail=detail)])
        self.ocr_pages.append(page.number)
        return replace(page, chars=chars, zero_size=False)

    def close(self) -> None:
        """Closes the page images' document; the engine's source is its opener's."""
        self._renderer.close()
