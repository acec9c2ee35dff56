"""Character-level repairs, applied to a page's chars before layout.

Real PDFs put text layers on the page that are wrong in small, regular ways
(see ``shared/corpus/real/SOURCES.md``).  Each function here undoes one of
them and stays pure: it takes chars or a string and returns new ones.  Every
whole-page pass is O(n) (pages hold 2–5k chars), so the layout can call
:func:`clean_page_chars` on every page without thinking about it.

* **Over-printed glyphs** (fake bold): the same glyph drawn several times on
  (almost) the same spot.  A bioRxiv header draws every glyph 7 times at the
  very same position, each copy in a separate pass over the whole header
  block, so the copies are hundreds of chars apart in the stream.  A BMC
  "Critical Care" title draws its line twice, the second copy shifted 0.57 pt
  to the left.  :func:`dedupe_overprint` keeps the first copy.
* **Ligatures** (ﬁ, ﬂ …): one glyph for two or three letters.  Words only
  match once they are spelled out; :func:`split_char` gives each letter its
  share of the box so one character still maps to one box.
* **CJK radicals**: some fonts' ToUnicode maps send 血 to ⾎ (KANGXI RADICAL
  BLOOD) or 门 to ⻔ (CJK RADICAL C-SIMPLIFIED GATE).  They look the same and
  fail every string search.  :func:`fold_radicals` maps them back with
  Unicode's own Equivalent_Unified_Ideograph data, shipped in
  ``data/equivalent_ideographs.tsv`` (NFKC alone misses the U+2E80–2EFF
  block).
* **Full-width forms**: ``５０％`` and ``50%`` are the same value.
  :func:`fold_width` / :func:`fold_punct` make a folded copy for matching.
* **GBK mojibake**: a Chinese font without a ToUnicode map comes out as one
  Latin-1 char per GBK byte ("»ùÒòÍâÏÔ×Ó" for 基因外显子), each byte with
  its own half-em box, the two bytes of a character next to each other in
  the stream.  :func:`detect_mojibake` / :func:`recover_gbk` re-decode them.

Project choice on punctuation: the text layer keeps characters exactly as
printed (，。；：“” stay full-width, so quotes and offsets match the PDF).
Only matching works on a folded copy (:func:`fold_width`,
:func:`fold_punct`, :func:`fold_radicals`); all three map one code point to
one code point, so an offset into the folded copy is an offset into the
original.  Radicals are the exception that *is* folded in the text layer by
:func:`clean_page_chars`: ⾎ is not a different character that was printed,
it is a wrong code for 血, like mojibake.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace
from functools import cache
from itertools import chain
from operator import attrgetter
from importlib import resources

from ..lang.script import is_ideograph
from .chars import Char
from ..errors import Msg, warning

__all__ = [
    "dedupe_overprint",
    "expand_ligatures",
    "split_char",
    "fold_radicals",
    "fold_width",
    "fold_punct",
    "detect_mojibake",
    "recover_gbk",
    "clean_page_chars",
]


# --------------------------------------------------------------------------
# Over-printed glyphs


def _overprints(a: Char, b: Char, tolerance: float) -> bool:
    """True when ``b`` is a second impression of ``a`` (same text assumed).

    Both offsets must be within ``tolerance`` *and* under half the glyph's
    own width/height: two side-by-side letters ("ll" in "cell") are one
    advance apart, never less than half a glyph, whatever the font size.
    """
    if a.rotation != b.rotation or a.font != b.font:
        return False
    # Re-impressions repeat the font and size exactly; a figure label that
    # happens to sit under a caption letter differs in one or the other.
    if abs(a.size - b.size) > 0.05 * max(a.size, b.size) + 1e-6:
        return False
    dx = abs(a.x0 - b.x0)
    dy = abs(a.top - b.top)
    if dx > tolerance or dy > tolerance:
        return False
    # Half the smaller glyph, in each direction, so that upright and
    # rotated text (advance along y) are treated alike.
    w = min(a.x1 - a.x0, b.x1 - b.x0)
    h = min(a.bottom - a.top, b.bottom - b.top)
    return dx <= max(0.5 * w, 0.05) and dy <= max(0.5 * h, 0.05)


def dedupe_overprint(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """Drop glyphs printed again on top of an earlier identical glyph.

    Fake bold and some headers print the same text several times at (almost)
    the same position.  Left alone, every word comes out as "CCrriittiiccaall".
    A char is dropped when an earlier kept char has the same text and font,
    a size within 5 % and a box offset by at most ``tolerance`` points in x
    and in y (and by less than half a glyph: see :func:`_overprints`).  The
    first copy is kept, so the stream order of the text is unchanged.  On the
    real corpus this drops exactly what pdfplumber's ``dedupe_chars`` drops.

    The copies need not be neighbours in the stream (a whole block may be
    drawn again), so kept chars are looked up in a spatial hash keyed by
    (text, cell x, cell y) with cells of ``tolerance`` points: each char
    checks its 3×3 neighbourhood of cells, O(n) for the page.
    """
    if tolerance <= 0:
        tolerance = 1e-6
    alone = _alone(chars, tolerance) if len(chars) >= _ALONE_FROM else None
    if alone is not None:
        # a glyph with none of its text anywhere near is no copy and copied
        # by none: only the others are looked at, in stream order
        near = [k for k, a in enumerate(alone) if not a]
        if not near:
            return list(chars)
        dropped = set(_overprinted([chars[k] for k in near], tolerance, near))
        return [c for k, c in enumerate(chars) if k not in dropped] if dropped else list(chars)
    dropped = set(_overprinted(chars, tolerance, range(len(chars))))
    return [c for k, c in enumerate(chars) if k not in dropped]


def _overprinted(chars: list[Char], tolerance: float, index) -> list:
    """``index[k]`` of every char of ``chars`` printed over an earlier one
    (:func:`dedupe_overprint`'s spatial hash)."""
    cell = tolerance
    grid: dict[tuple[str, int, int], list[Char]] = {}
    out: list = []
    for k, c in enumerate(chars):
        ix = math.floor(c.x0 / cell)
        iy = math.floor(c.top / cell)
        duplicate = False
        for gx in (ix - 1, ix, ix + 1):
            for gy in (iy - 1, iy, iy + 1):
                bucket = grid.get((c.text, gx, gy))
                if bucket and any(_overprints(kept, c, tolerance) for kept in bucket):
                    duplicate = True
                    break
            if duplicate:
                break
        if duplicate:
            out.append(index[k])
            continue
        grid.setdefault((c.text, ix, iy), []).append(c)
    return out


#: pages with fewer glyphs are checked glyph by glyph only
_ALONE_FROM = 200
_TEXT = attrgetter("text")
_X0_TOP = attrgetter("x0", "top")


def _alone(chars: list[Char], tolerance: float):
    """For each char, True when no other char with the same text lies
    within ``tolerance`` of it in x and in y (so it neither is nor has a
    second impression), computed on arrays for the whole page.

    Two points at most ``tolerance`` apart share a cell of side
    2·``tolerance`` in at least one of four grids offset by ``tolerance``
    in x, y or both; chars are keyed by (their text, grid, cell), all four
    grids sorted together, and a char whose key is unique in every grid is
    alone.  The text is its code point when every char has one (else a
    hash of it); a collision of keys only marks a char as not alone: it is
    then checked exactly.
    """
    import numpy as np

    n = len(chars)
    texts = list(map(_TEXT, chars))
    joined = "".join(texts)
    if len(joined) == n and "" not in texts:  # one code point each: the codes
        text = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32).astype(np.uint64)
        text *= np.uint64(0xFF51AFD7ED558CCD)
    else:
        text = np.fromiter(map(hash, texts), np.int64, n).view(np.uint64)
    xy = np.fromiter(chain.from_iterable(map(_X0_TOP, chars)), np.float64, 2 * n).reshape(n, 2).T
    side = 2.0 * tolerance * (1.0 + 1e-9) + 1e-9
    shift = np.array([[0.0], [side / 2]])
    with np.errstate(over="ignore"):
        # cells in the grids shifted by 0 and by half a cell: (2, n) each
        ix = np.floor((xy[0] + shift) / side).astype(np.int64).view(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        iy = np.floor((xy[1] + shift) / side).astype(np.int64).view(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)
        # one 64-bit key per (text, grid, cell): (2, 2, n), the grid mixed in
        keys = text ^ ix[:, None, :] ^ (iy[None, :, :] + np.uint64(0x165667B19E3779F9))
        keys ^= (np.arange(4, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)).reshape(2, 2, 1)
    # the high half of each key is enough (a collision only sends a char
    # to the exact check) and sorts twice as fast
    keys = (keys.ravel() >> np.uint64(32)).astype(np.uint32)
    ranked = np.sort(keys)
    shared = ranked[1:][ranked[1:] == ranked[:-1]]
    if not len(shared):
        return [True] * n
    return (~np.isin(keys, shared).reshape(4, n).any(axis=0)).tolist()


# --------------------------------------------------------------------------
# Ligatures

_LIGATURES: dict[int, str] = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",  # ﬅ LATIN SMALL LIGATURE LONG S T
    0xFB06: "st",
}


#: TeX's Computer Modern fonts (OT1 encoding) put the ff ligature where some
#: ToUnicode maps say U+21B5 (↵): "e↵orts" is "efforts".  Only trusted in
#: those fonts, where no arrow is set in running text.
_TEX_FONT = re.compile(r"(?:^|\+)(?:CM[A-Z]{1,4}\d|SF[A-Z]{2}\d|LM[A-Za-z]+\d)")
_TEX_MISMAPPED = {"\u21b5": "ff"}


def tex_ligature(char: Char) -> str:
    """The ligature a TeX font's mis-mapped glyph stands for, or its text."""
    if char.text in _TEX_MISMAPPED and _TEX_FONT.search(char.font):
        return _TEX_MISMAPPED[char.text]
    return char.text


def expand_ligatures(text: str) -> str:
    """Spell out Latin ligatures (ﬁ → fi): "ﬁbrosis" must match "fibrosis".

    This changes the length of the text; on chars, use :func:`split_char`
    so that every letter keeps a box of its own.
    """
    return text.translate(_LIGATURES)


def split_char(char: Char, text: str) -> list[Char]:
    """One char per code point of ``text``, sharing ``char``'s box evenly.

    Used for a ligature glyph (ﬃ → f, f, i) or any glyph whose Unicode
    mapping has several characters: the layout and the review page expect
    one character per box.  The box is cut along the writing direction
    (:attr:`Char.rotation`): left to right for upright text, top to bottom
    for text running down the page, and so on.
    """
    n = len(text)
    if n == 0:
        return []
    if n == 1:
        return [char.with_text(text)]
    out: list[Char] = []
    across = char.rotation in (0, 180)
    low, high = (char.x0, char.x1) if across else (char.top, char.bottom)
    step = (high - low) / n
    backwards = char.rotation in (90, 180)  # running up, or right to left
    for i, ch in enumerate(text):
        k = n - 1 - i if backwards else i
        start = low + k * step
        end = high if k == n - 1 else start + step
        if across:
            out.append(Char(ch, start, char.top, end, char.bottom, char.size, char.font, char.baseline, char.rotation))
        else:
            out.append(Char(ch, char.x0, start, char.x1, end, char.size, char.font, char.baseline, char.rotation))
    return out


# --------------------------------------------------------------------------
# CJK radicals

_RADICALS_FILE = "equivalent_ideographs.tsv"


@cache
def _radical_table() -> dict[int, str]:
    """Code point → unified ideograph, read once from the shipped data file."""
    table: dict[int, str] = {}
    text = resources.files(__package__ or "extractor").joinpath("data", _RADICALS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        src, dst = line.split("\t")[:2]
        table[int(src, 16)] = chr(int(dst, 16))
    return table


def fold_radicals(text: str) -> str:
    """Map CJK radical code points to the ideograph they stand for (⻔ → 门).

    Covers Kangxi Radicals (U+2F00–2FDF), CJK Radicals Supplement
    (U+2E80–2EFF) and CJK Strokes that Unicode lists as equivalent to a
    unified ideograph.  One code point in, one out: offsets do not move.
    Kangxi radicals fold to the Kangxi (traditional) form Unicode gives, e.g.
    ⾨ → 門; the simplified shapes have their own supplement code points
    (⻔ → 门), which is what simplified-Chinese fonts use.
    """
    return text.translate(_radical_table())


# --------------------------------------------------------------------------
# Width folding (for matching only)

#: Full-width punctuation that Chinese prose uses as its own punctuation.
#: :func:`fold_width` keeps it; :func:`fold_punct` maps it to ASCII.
_CJK_PUNCT_ASCII = {
    "，": ",",
    "；": ";",
    "：": ":",
    "（": "(",
    "）": ")",
    "！": "!",
    "？": "?",
    "【": "[",
    "】": "]",
}

_WIDTH_TABLE: dict[int, int] = {
    cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _CJK_PUNCT_ASCII
}
_WIDTH_TABLE[0x3000] = 0x20  # IDEOGRAPHIC SPACE

#: Hyphens and dashes that join words as "-" does ("bone marrow–derived",
#: a non-breaking hyphen in "bone marrow‑derived"): :func:`fold_punct` (and
#: :func:`fold_width` with ``punct``) fold them to "-" so that a term written
#: with a hyphen matches.  The em dash (a break between clauses) and the
#: minus sign (a number's sign) are left alone.
_DASHES_ASCII = {
    "\u2010": "-",  # HYPHEN
    "\u2011": "-",  # NON-BREAKING HYPHEN
    "\u2012": "-",  # FIGURE DASH
    "\u2013": "-",  # EN DASH
    "\ufe63": "-",  # SMALL HYPHEN-MINUS
}

_PUNCT_TABLE: dict[int, int] = dict(_WIDTH_TABLE)
_PUNCT_TABLE.update({ord(k): ord(v) for k, v in _CJK_PUNCT_ASCII.items()})
_PUNCT_TABLE.update({ord(k): ord(v) for k, v in _DASHES_ASCII.items()})


def fold_width(text: str, *, punct: bool = False) -> str:
    """Full-width ASCII variants to ASCII, for matching: ５０％ → 50%.

    Maps U+FF01–FF5E (letters, digits, ％＋－＜＝＞．／～ …) and the ideographic
    space U+3000.  The sentence punctuation Chinese prints full-width
    (，；：（）！？) is left alone unless ``punct`` is true (which also folds
    the hyphens and dashes that join words, ‐ ‑ ‒ –, to ``-``), and 、。“”
    and other CJK punctuation are never touched.  Length-preserving (one code
    point to one code point), so offsets in the folded copy index the
    original text, which keeps punctuation exactly as printed.
    """
    return text.translate(_PUNCT_TABLE if punct else _WIDTH_TABLE)


def fold_punct(text: str) -> str:
    """:func:`fold_width` plus ，→, ；→; ：→: （→( ）→) ！→! ？→? 【→[ 】→],
    and the hyphens and dashes that join words (‐ ‑ ‒ –) → ``-``.

    Still one code point to one code point.
    """
    return text.translate(_PUNCT_TABLE)


# --------------------------------------------------------------------------
# GBK mojibake


def _is_cjk_text(ch: str) -> bool:
    """Ideographs plus the punctuation and full-width forms of Chinese text."""
    o = ord(ch)
    return is_ideograph(ch) or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF


def _byte_of(c: Char) -> int | None:
    """The byte a Latin-1 mojibake char stands for, or None."""
    t = c.text
    if len(t) != 1:
        return None
    o = ord(t)
    return o if 0x80 <= o <= 0xFF else None


def _gbk_pair(a: Char, b: Char) -> str | None:
    """The GBK character that the byte chars ``a``, ``b`` spell, or None.

    The two bytes of one character are drawn one after the other in the
    same font, on the same line, ``b`` starting where ``a`` ends.  Only
    trail bytes ≥ 0x80 are taken: an ASCII trail byte (GBK allows 0x40–0x7E)
    cannot be told apart from real ASCII text.
    """
    lead = _byte_of(a)
    if lead is None or not 0x81 <= lead <= 0xFE:
        return None
    trail = _byte_of(b)
    if trail is None or trail == 0xFF:
        return None
    if a.font != b.font or a.rotation != b.rotation:
        return None
    size = max(a.size, b.size, 1.0)
    if abs(a.top - b.top) > 0.25 * size or abs(b.x0 - a.x1) > 0.3 * size:
        return None
    try:
        s = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    if len(s) != 1 or unicodedata.category(s)[0] == "C":
        return None
    return s


def _mojibake_stats(chars: list[Char]) -> tuple[int, int, int]:
    """(Latin-1 high chars, of them in pairs decoding to Chinese, real CJK)."""
    high = paired = cjk = 0
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        if _byte_of(c) is not None:
            high += 1
            if i + 1 < n:
                s = _gbk_pair(c, chars[i + 1])
                if s is not None and _is_cjk_text(s):
                    paired += 2
                    high += 1
                    i += 2
                    continue
        elif len(c.text) == 1 and is_ideograph(c.text):
            cjk += 1
        i += 1
    return high, paired, cjk


def detect_mojibake(chars: list[Char], min_chars: int = 4) -> bool:
    """True when the page's Chinese came out as GBK bytes read as Latin-1.

    Looks for pairs of Latin-1 chars (U+0080–U+00FF) that sit side by side
    in one font and decode as GBK to Chinese; the page is mojibake when

    * there are at least ``min_chars`` such would-be Chinese characters,
    * at least 60 % of the page's Latin-1 chars are in such pairs, and
    * real CJK characters are few: fewer than twice the would-be ones.

    English with accents ("Müllerian", "±", "×", "µ", "°") has isolated
    Latin-1 chars between ASCII ones, so it fails the second test; a
    normal Chinese page fails the first and the third.
    """
    high, paired, cjk = _mojibake_stats(chars)
    would_be = paired // 2
    return would_be >= min_chars and paired >= 0.6 * high and cjk < 2 * would_be


def recover_gbk(chars: list[Char]) -> tuple[list[Char], int, int]:
    """Re-decode Latin-1 byte chars as GBK, merging each byte pair.

    Walks the stream once; where a char and the next one form a GBK
    character (see :func:`_gbk_pair`) they become one Char with that text
    and the union of the two boxes.  Everything else is kept as it is.
    Returns (chars, characters recovered, Latin-1 chars left undecoded).
    Call it only on a page :func:`detect_mojibake` accepts: on normal text
    the unrecovered count is just its accented letters.
    """
    out: list[Char] = []
    recovered = unrecoverable = 0
    i, n = 0, len(chars)
    while i < n:
        a = chars[i]
        if _byte_of(a) is not None:
            if i + 1 < n:
                s = _gbk_pair(a, chars[i + 1])
                if s is not None:
                    b = chars[i + 1]
                    out.append(
                        replace(
                            a,
                            text=s,
                            x0=min(a.x0, b.x0),
                            top=min(a.top, b.top),
                            x1=max(a.x1, b.x1),
                            bottom=max(a.bottom, b.bottom),
                            size=max(a.size, b.size),
                        )
                    )
                    recovered += 1
                    i += 2
                    continue
            unrecoverable += 1
        out.append(a)
        i += 1
    return out, recovered, unrecoverable


# --------------------------------------------------------------------------
# The page pipeline

_CID = re.compile(r"\(cid:\d+\)")
_LATIN1_HIGH = re.compile("[\x80-\xff]")
#: what the loop of clean_page_chars changes: control characters, TeX's
#: mis-mapped ff, ligatures, CJK radicals and strokes (every code point of
#: data/equivalent_ideographs.tsv lies in U+2E80–U+31EF)
_REPAIRED = re.compile("[\x00-\x1f\x7f-\x9f\u21b5\ufb00-\ufb06\u2e80-\u2fdf\u31c0-\u31ef]")


def _is_control(text: str) -> bool:
    return all(unicodedata.category(ch) == "Cc" for ch in text)


def _split_only(work: list[Char], page: int, warnings: list[str], warned: bool) -> tuple[list[Char], list[str]]:
    """The loop of :func:`clean_page_chars` for a page with nothing to
    repair but glyphs of several code points (pdfium spells ligatures out):
    those are split, ``(cid:N)`` kept whole and counted."""
    import numpy as np

    texts = list(map(_TEXT, work))
    several = np.flatnonzero(np.fromiter(map(len, texts), np.int64, len(texts)) != 1).tolist()
    out: list[Char] = []
    unmapped = 0
    last = 0  # the glyphs of one code point in between are kept as they are
    for k in several:
        out.extend(work[last:k])
        c, text = work[k], texts[k]
        if _CID.fullmatch(text):
            unmapped += 1
            out.append(c)
        else:
            out.extend(split_char(c, text))
        last = k + 1
    out.extend(work[last:])
    if not warned and unmapped >= 20 and unmapped >= 0.3 * sum(not c.text.isspace() for c in work):
        warnings.append(warning(Msg.W003, page=page))
    return out, warnings


def clean_page_chars(chars: list[Char], page: int) -> tuple[list[Char], list[str]]:
    """All repairs of this module, in order, for one page (1-based ``page``).

    1. drop chars with empty text;
    2. :func:`dedupe_overprint`;
    3. GBK mojibake: :func:`detect_mojibake`, then :func:`recover_gbk`
       (before step 4, because GBK lead bytes 0x81–0x9F read as C1 controls);
    4. drop control characters (C0/C1, DEL); spaces are kept, the layout
       uses them;
    5. one char per code point: ligatures are spelled out and any
       multi-character glyph is split with :func:`split_char` (pdfminer's
       ``(cid:N)`` placeholders stay whole);
    6. :func:`fold_radicals` on each char's text.

    Warnings: ``W002`` when mojibake was recovered; ``W003`` when the page
    cannot be read: mojibake that mostly did not decode, or when at least
    20 glyphs and 30 % of the non-space glyphs have no Unicode mapping
    (``(cid:N)`` or control characters).
    """
    warnings: list[str] = []
    work = list(chars) if all(map(_TEXT, chars)) else [c for c in chars if c.text]
    work = dedupe_overprint(work)
    joined = "".join(map(_TEXT, work))

    unreadable_warned = False
    # mojibake needs at least 2·4 Latin-1 chars (detect_mojibake's min_chars)
    if len(_LATIN1_HIGH.findall(joined)) >= 8 and detect_mojibake(work):
        work, recovered, unrecoverable = recover_gbk(work)
        if recovered:
            warnings.append(warning(Msg.W002, page=page, count=recovered))
        if unrecoverable > recovered:
            warnings.append(warning(Msg.W003, page=page))
            unreadable_warned = True

    if not _REPAIRED.search(joined):
        if len(joined) == len(work):
            # one code point per glyph and none to repair (the usual page): as it is
            return work, warnings
        return _split_only(work, page, warnings, unreadable_warned)
    out: list[Char] = []
    unmapped = visible = 0
    for c in work:
        text = c.text
        if _is_control(text):
            unmapped += 1
            visible += 1
            continue
        if not text.isspace():
            visible += 1
        if len(text) > 1 and _CID.fullmatch(text):
            unmapped += 1
            out.append(c)
            continue
        text = fold_radicals(expand_ligatures(tex_ligature(c)))
        if len(text) == 1:
            out.append(c if text == c.text else c.with_text(text))
        else:
            out.extend(split_char(c, text))

    if not unreadable_warned and unmapped >= 20 and unmapped >= 0.3 * visible:
        warnings.append(warning(Msg.W003, page=page))
    return out, warnings


# ---------------------------------------------------------------- symbol fonts

#: what a symbol font's glyph is, when the font maps it to the code of a
#: letter, a digit or a fraction (the Advent fonts of BMJ journals: "mean6SD"
#: for mean±SD, "10e17" for 10–17, "p¼0.49" for p=0.49, "(cid:2)0.40" for
#: −0.40).  Digits and letters of a text font are at most about half an em
#: wide; these glyphs are wider (``_SYMBOL_EM``) — the glyph is a symbol.
SYMBOL_GLYPHS = {"6": "±", "e": "–", "¼": "=", "(cid:2)": "−"}
#: a glyph of a digit or letter at least this wide (in ems) is no digit or letter
_SYMBOL_EM = 0.65
#: a symbol font has few glyphs on a page, all of them in SYMBOL_GLYPHS
_SYMBOL_FONT_GLYPHS = 4


def repair_symbol_fonts(chars: list[Char]) -> tuple[list[Char], dict[str, dict[str, int]]]:
    """Symbols a font prints under the codes of letters and digits, read as
    the symbols they are (:data:`SYMBOL_GLYPHS`).

    A font is repaired only when every glyph it prints on the page is one of
    those codes (a symbol font, not a text font with a 6 or an e in it), and
    a letter or digit only when its glyph is wider than any letter or digit
    of text (:data:`_SYMBOL_EM`).  Returns the chars and, per font, what was
    repaired (``{font: {"6→±": 3}}``)."""
    by_font: dict[str, set[str]] = {}
    for font, text in {(c.font, c.text) for c in chars}:  # each pair once
        if text.strip():
            by_font.setdefault(font, set()).add(text)
    symbol = {f for f, texts in by_font.items()
              if len(texts) <= _SYMBOL_FONT_GLYPHS and texts <= SYMBOL_GLYPHS.keys()}
    if not symbol:
        return chars, {}
    repaired: dict[str, dict[str, int]] = {}
    out = []
    for c in chars:
        if c.font in symbol and c.text in SYMBOL_GLYPHS and (
                not c.text.isalnum() or c.width >= _SYMBOL_EM * max(c.size, 0.1)):
            symbol_text = SYMBOL_GLYPHS[c.text]
            key = f"{c.text}→{symbol_text}"
            counts = repaired.setdefault(c.font, {})
            counts[key] = counts.get(key, 0) + 1
            c = c.with_text(symbol_text)
        out.append(c)
    return out, repaired


def repair_page_symbols(chars: list[Char], page: int) -> tuple[list[Char], list[str]]:
    """:func:`repair_symbol_fonts` on a page's cleaned chars
    (:func:`clean_page_chars`), with the ``W011`` warning saying what was
    repaired."""
    chars, symbols = repair_symbol_fonts(chars)
    if not symbols:
        return chars, []
    what = "; ".join(f"{font.split('+', 1)[-1]}: " + ", ".join(f"{k} ×{n}" for k, n in sorted(counts.items()))
                     for font, counts in sorted(symbols.items(), key=lambda fc: fc[0].split("+", 1)[-1]))
    count = sum(n for counts in symbols.values() for n in counts.values())
    return chars, [warning(Msg.W011, page=page, count=count, what=what)]
