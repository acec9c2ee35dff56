"""Characters → line fragments, with spaces, superscripts and subscripts.

A *fragment* is a run of glyphs on one baseline with no gap wider than a
column gutter could be.  Two columns printed at the same height give two
fragments; :mod:`extractor.layout.columns` decides which fragments belong together.

Superscripts and subscripts are recovered from glyph size and baseline, not
from the text: a digit set smaller and raised next to ``10`` is an exponent
(``10^6``), a raised ``[23]`` is a citation (``^[23]``).  They are attached to
the fragment they sit beside, so ``5×10^6`` never reads ``5×106``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import attrgetter

from ..lang.script import is_cjk
from .chars import Char
from .document import Box

#: glyphs smaller than this fraction of their neighbour's size may be scripts
SCRIPT_SIZE_RATIO = 0.85
#: a superscript's baseline sits this far (in host ems) above the host's
SUPER_RISE = (0.12, 0.8)
#: a subscript's baseline sits this far (in host ems) below the host's
SUB_DROP = (0.08, 0.5)
#: a gap wider than this (in ems) ends a fragment: columns, table cells
FRAGMENT_GAP = 0.9
#: gaps that read as a word space, in ems of the smaller glyph.  Measured on
#: real journals: letter gaps stay under 0.07 em, word gaps start at 0.13 em;
#: justified Chinese spreads ideographs up to 0.32 em with no space meant.
SPACE_GAP_LATIN = 0.1
SPACE_GAP_CJK = 0.5
SPACE_GAP_MIXED = 0.18

ROLE_BODY, ROLE_SUPER, ROLE_SUB = 0, 1, 2


@dataclass(slots=True)
class Fragment:
    """Glyphs on one baseline, with their scripts attached."""

    chars: list[Char]
    roles: list[int] = field(default_factory=list)
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    baseline: float = 0.0
    size: float = 0.0
    #: where the glyphs lie in the page's arrays (:class:`_Columns`, first,
    #: end) while the fragment is as :func:`_split_rows_arrays` made it;
    #: None once a script is attached (:func:`render_all` then writes it
    #: glyph by glyph)
    span: tuple | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.roles:
            self.roles = [ROLE_BODY] * len(self.chars)
        self.refresh()

    def refresh(self) -> None:
        chars = self.chars
        roles = self.roles
        if any(roles):
            body = [c for c, r in zip(chars, roles) if r == ROLE_BODY and c.text.strip()] or chars
        else:  # no script: every glyph is of the body
            body = [c for c in chars if c.text.strip()] or chars
        self.x0 = min(map(_X0, chars))
        self.x1 = max(map(_X1, chars))
        self.top = min(map(_TOP, body))
        self.bottom = max(map(_BOTTOM, body))
        self.baseline = median(list(map(_BASELINE, body)))
        self.size = max(median(list(map(_SIZE, body))), 0.1)

    def attach(self, chars: list[Char], role: int, roles: list[int] | None = None) -> None:
        self.span = None
        self.chars.extend(chars)
        self.roles.extend(roles if roles is not None else [role] * len(chars))
        order = sorted(range(len(self.chars)), key=lambda i: self.chars[i].x0)
        self.chars = [self.chars[i] for i in order]
        self.roles = [self.roles[i] for i in order]
        self.x0 = min(self.x0, chars[0].x0)
        self.x1 = max(self.x1, max(c.x1 for c in chars))


@dataclass(slots=True)
class Line:
    """A line of text as the layout sees it: text, one box per character.

    Its geometry (``x0`` … ``baseline``) is in its reading frame
    (:class:`extractor.layout.chars.ReadingFrame`), where it runs left to right;
    once the page is laid out, its ``boxes`` are on the displayed page.
    For upright text (``rotation`` 0) the two are the same.
    """

    text: str
    boxes: list[Box | None]
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    size: float
    page: int
    #: length of the bold run the line starts with (an inline heading such as
    #: "1.1.1 脂肪 MSC" before regular text); len(text) if the whole line is bold
    bold_prefix: int = 0
    font: str = ""
    #: text of each fragment when the line was merged from several (table cells)
    cells: list[str] = field(default_factory=list)
    #: the direction the line runs on the displayed page (Char.rotation)
    rotation: int = 0

    @property
    def bold(self) -> bool:
        return self.bold_prefix >= len(self.text.rstrip()) > 0

    @property
    def height(self) -> float:
        return self.bottom - self.top


def body_size(lines: list[Line]) -> float:
    """The size most of the text is set in (by characters), 10 if none."""
    weight: dict[float, int] = {}
    for line in lines:
        key = round(line.size, 1)
        weight[key] = weight.get(key, 0) + len(line.text)
    return max(weight, key=weight.get) if weight else 10.0


def median(values: list[float]) -> float:
    """The middle value (the upper of the two middles of an even count), 0 if none."""
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def fragments(chars: list[Char]) -> list[Fragment]:
    """Group a page's glyphs into fragments and attach scripts to their hosts.

    The glyphs are those of one reading frame, set upright in it
    (:meth:`extractor.layout.chars.ReadingFrame.char`): every glyph is read as
    running left to right."""
    pieces = _split_rows_arrays(chars) if len(chars) >= ARRAYS_FROM else None
    if pieces is None:
        pieces = _split_rows(chars)
    return _rejoin(_attach_scripts(pieces))


def _split_rows(chars: list[Char]) -> list[Fragment]:
    """Baseline rows, split where the gap is wide enough to be a gutter."""
    rows: list[list[Char]] = []
    row = None
    row_base = 0.0
    for c in sorted(chars, key=_BASELINE):
        tol = 0.12 * c.size
        if tol < 0.6:
            tol = 0.6
        if row is None or c.baseline - row_base > tol:
            row = [c]
            rows.append(row)
            row_base = c.baseline
        else:
            row.append(c)
    out: list[Fragment] = []
    for row in rows:
        row.sort(key=_X0)
        current: list[Char] = []
        right = None
        last_size = 0.0
        for c in row:
            size = c.size
            if current and right is not None and c.x0 - right > FRAGMENT_GAP * (size if size > last_size else last_size):
                _emit(current, out)
                current = []
            current.append(c)
            last_size = size
            if c.text.strip():
                right = c.x1
            elif right is None:
                right = c.x1
        _emit(current, out)
    return out


_BASELINE = attrgetter("baseline")
_X0 = attrgetter("x0")
_X1 = attrgetter("x1")
_TOP = attrgetter("top")
_BOTTOM = attrgetter("bottom")
_SIZE = attrgetter("size")
_FONT = attrgetter("font")


def _emit(chars: list[Char], out: list[Fragment]) -> None:
    # spaces at the ends of a run carry no information
    while chars and not chars[-1].text.strip():
        chars.pop()
    start = 0
    while start < len(chars) and not chars[start].text.strip():
        start += 1
    if start < len(chars):
        out.append(Fragment(chars[start:]))


def _attach_scripts(pieces: list[Fragment]) -> list[Fragment]:
    """Move small raised/lowered fragments into the fragment they annotate."""
    pieces.sort(key=lambda f: f.baseline)
    baselines = [f.baseline for f in pieces]
    absorbed: set[int] = set()
    for i, frag in enumerate(pieces):
        host, role = _find_host(i, frag, pieces, baselines, absorbed)
        if host is None:
            continue
        pieces[host].attach(frag.chars, role)
        absorbed.add(i)
    return [f for i, f in enumerate(pieces) if i not in absorbed]


def _rejoin(pieces: list[Fragment]) -> list[Fragment]:
    """Join fragments of one baseline that a script had pushed apart ("经^[10-11]。")."""
    pieces.sort(key=lambda f: (round(f.baseline / max(0.6, 0.12 * f.size)), f.x0))
    out: list[Fragment] = []
    for frag in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and abs(frag.baseline - last.baseline) <= max(0.6, 0.12 * frag.size)
            and -1.0 <= frag.x0 - last.x1 <= FRAGMENT_GAP * max(frag.size, last.size)
        ):
            last.attach(frag.chars, ROLE_BODY, roles=frag.roles)
            last.refresh()
        else:
            out.append(frag)
    return out


def _find_host(i: int, frag: Fragment, pieces: list[Fragment], baselines: list[float], absorbed: set[int]):
    max_reach = frag.size / SCRIPT_SIZE_RATIO * max(SUPER_RISE[1], SUB_DROP[1]) + 0.5
    lo = bisect.bisect_left(baselines, frag.baseline - max_reach)
    hi = bisect.bisect_right(baselines, frag.baseline + max_reach)
    best = None
    best_score = None
    for j in range(lo, hi):
        if j == i or j in absorbed:
            continue
        host = pieces[j]
        if frag.size > SCRIPT_SIZE_RATIO * host.size:
            continue
        em = host.size
        rise = host.baseline - frag.baseline  # > 0: frag above
        if SUPER_RISE[0] * em <= rise <= SUPER_RISE[1] * em:
            role = ROLE_SUPER
        elif SUB_DROP[0] * em <= -rise <= SUB_DROP[1] * em:
            role = ROLE_SUB
        else:
            continue
        # beside or inside the host, touching within half an em
        reach = 0.6 * em
        if frag.x0 > host.x1 + reach or frag.x1 < host.x0 - reach:
            continue
        if not _touches(frag, host, reach):
            continue
        score = abs(rise) / em
        if best_score is None or score < best_score:
            best, best_score = (j, role), score
    return best if best is not None else (None, None)


def _touches(frag: Fragment, host: Fragment, reach: float) -> bool:
    """A script touches a host glyph on its left or right (not just the row)."""
    xs = [c.x1 for c in host.chars]
    x0s = [c.x0 for c in host.chars]
    left = frag.x0
    right = frag.x1
    for a0, a1 in zip(x0s, xs):
        if a1 <= left + 0.5 and left - a1 <= reach:
            return True
        if a0 >= right - 0.5 and a0 - right <= reach:
            return True
        if a0 < right and a1 > left:  # overlapping: a script over a host glyph
            return True
    return False


# --------------------------------------------------------------------------
# text of a fragment

_BRACKETED = re.compile(r"^[\[(（【].*[\])）】]$")


def script_text(text: str, role: int) -> str:
    """How a superscript or subscript run is written in the text layer.

    ``^6``, ``^{12}``, ``^{high}``, citations as printed in brackets
    ``^[23]``; subscripts ``_2`` / ``_{max}``.
    """
    text = text.strip()
    mark = "^" if role == ROLE_SUPER else "_"
    if not text:
        return ""
    if role == ROLE_SUPER and _BRACKETED.match(text):
        return "^[" + text[1:-1].strip() + "]"
    if role == ROLE_SUPER and text[0] in "[(（【" :
        # a citation cut by the line end ("^[4-" … "6]"): the join completes it
        return "^[" + text[1:].strip()
    if role == ROLE_SUPER and text[-1] in "])）】":
        return "^" + text[:-1].strip() + "]"
    if len(text) == 1:
        return mark + text
    return mark + "{" + text + "}"


def space_between(a: Char, b: Char, gap: float, stretch: float = 0.0) -> bool:
    """Is a word space printed between glyphs a and b (gap in points)?

    ``stretch`` is the line's usual gap between two ideographs: justified
    Chinese spreads every glyph apart, so a gap next to an ideograph counts
    only by what it adds to that.
    """
    size = min(a.size, b.size) or 1.0
    if is_cjk(a.text[-1]) and is_cjk(b.text[0]):
        return gap - stretch > SPACE_GAP_CJK * size
    if is_cjk(a.text[-1]) or is_cjk(b.text[0]):
        return gap - stretch > SPACE_GAP_MIXED * size
    return gap > SPACE_GAP_LATIN * size


def cjk_stretch(chars: list[Char]) -> float:
    """Median gap between neighbouring ideographs of a line (0 if none)."""
    if not chars or max(map(_TEXT, chars)) < _CJK_FROM:
        return 0.0  # no glyph of Chinese text (every one starts below U+2E80)
    gaps = [
        max(b.x0 - a.x1, 0.0)
        for a, b in zip(chars, chars[1:])
        if is_cjk(a.text) and is_cjk(b.text) and a.size == b.size
    ]
    if not gaps:
        return 0.0
    gaps.sort()
    return gaps[len(gaps) // 2]


_TEXT = attrgetter("text")
#: is_cjk is False for every character below this one
_CJK_FROM = "\u2e80"


def _spaced(prev: Char, c: Char, after_script: bool, stretch: float) -> bool:
    if not after_script:
        return space_between(prev, c, c.x0 - prev.x1, stretch)
    # a superscript's tail and the next word: measured in the word's size,
    # since "…translation^{3–5}." often leaves a kerning gap before the stop
    return c.x0 - prev.x1 > 1.8 * SPACE_GAP_LATIN * c.size and c.text not in ".,;:)]）。，；：、"


def render(frag: Fragment, page: int) -> Line:
    """Text and per-character boxes of a fragment."""
    out_text: list[str] = []
    out_boxes: list[Box | None] = []
    bold_prefix = 0
    bold_run = True
    prev: Char | None = None
    pending_space = False
    after_script = False
    chars, roles = frag.chars, frag.roles
    if max(map(_TEXT, chars), default="") < _CJK_FROM:
        stretch = 0.0  # no Chinese on the line (cjk_stretch's own first test)
    else:
        stretch = cjk_stretch([c for c, r in zip(chars, roles) if r == ROLE_BODY])
    written = 0  # len("".join(out_text))
    bold_fonts: dict[str, bool] = {}
    i = 0
    n = len(chars)
    if not any(roles):  # no script on the line: the same loop without their cases
        out_text, out_boxes, bold_prefix = _body_text(chars, page, stretch)
        i = n
    while i < n:
        c, role = chars[i], roles[i]
        text = c.text
        if not text.strip():
            pending_space = prev is not None
            i += 1
            continue
        if role != ROLE_BODY:
            j = i
            run: list[Char] = []
            while j < n and roles[j] == role:
                run.append(chars[j])
                j += 1
            script, boxes = _run_text(run, page)
            piece = script_text(script, role)
            # "UK; ^2Centre": a script can follow a word space
            if prev is not None and (pending_space or run[0].x0 - prev.x1 > 2 * SPACE_GAP_LATIN * prev.size):
                if out_text and not out_text[-1].endswith(" "):
                    out_text.append(" ")
                    out_boxes.append(None)
                    written += 1
            out_text.append(piece)
            written += len(piece)
            out_boxes.extend(_align_boxes(piece, script, boxes))
            prev = run[-1]
            pending_space = False
            after_script = True
            bold_run = False
            i = j
            continue
        if prev is not None:
            if pending_space:
                spaced = True
            elif after_script:
                spaced = _spaced(prev, c, True, stretch)
            else:
                # space_between, inlined: most glyphs are Latin (below U+2E80)
                size = prev.size if prev.size < c.size else c.size
                if not size:
                    size = 1.0
                gap = c.x0 - prev.x1
                last, first = prev.text[-1], text[0]
                if last < _CJK_FROM and first < _CJK_FROM:
                    spaced = gap > SPACE_GAP_LATIN * size
                else:
                    spaced = space_between(prev, c, gap, stretch)
            if spaced and out_text and not out_text[-1].endswith(" "):
                out_text.append(" ")
                out_boxes.append(None)
                written += 1
        pending_space = False
        out_text.append(text)
        written += len(text)
        box = (page, c.x0, c.top, c.x1, c.bottom)
        if len(text) == 1:
            out_boxes.append(box)
        else:
            out_boxes.extend([box] * len(text))
        if bold_run:
            bold = bold_fonts.get(c.font)
            if bold is None:
                bold = bold_fonts[c.font] = c.bold
            if bold:
                bold_prefix = written
            else:
                bold_run = False
        prev = c
        after_script = False
        i += 1
    text = "".join(out_text)
    if not any(roles):
        fonts = list(map(_FONT, chars))  # every glyph is of the body
    else:
        fonts = [c.font for c, r in zip(chars, roles) if r == ROLE_BODY]
    return _line(frag, page, text, out_boxes, bold_prefix, fonts)


def _line(frag: Fragment, page: int, text: str, boxes: list[Box | None], bold_prefix: int, fonts: list[str]) -> Line:
    """A fragment's line: its text and boxes, its geometry, the font most of its body glyphs are in."""
    return Line(
        text=text,
        boxes=boxes,
        x0=frag.x0,
        top=frag.top,
        x1=frag.x1,
        bottom=frag.bottom,
        baseline=frag.baseline,
        size=frag.size,
        page=page,
        bold_prefix=bold_prefix,
        font=max(dict.fromkeys(fonts), key=fonts.count) if fonts else "",
    )


def _body_text(chars: list[Char], page: int, stretch: float) -> tuple[list[str], list[Box | None], int]:
    """:func:`render`'s loop for a line without scripts: (texts, boxes, bold prefix)."""
    out_text: list[str] = []
    out_boxes: list[Box | None] = []
    add_text = out_text.append
    add_box = out_boxes.append
    written = bold_prefix = 0
    bold_run = True
    bold_fonts: dict[str, bool] = {}
    prev: Char | None = None
    pending_space = False
    for c in chars:
        text = c.text
        if not text.strip():
            pending_space = prev is not None
            continue
        if prev is not None:
            if pending_space:
                spaced = True
            else:
                # space_between, inlined: most glyphs are Latin (below U+2E80)
                a, b = prev.size, c.size
                size = a if a < b else b
                if not size:
                    size = 1.0
                gap = c.x0 - prev.x1
                if prev.text[-1] < _CJK_FROM and text[0] < _CJK_FROM:
                    spaced = gap > SPACE_GAP_LATIN * size
                else:
                    spaced = space_between(prev, c, gap, stretch)
            if spaced and out_text and not out_text[-1].endswith(" "):
                add_text(" ")
                add_box(None)
                written += 1
            pending_space = False
        add_text(text)
        length = len(text)
        written += length
        box = (page, c.x0, c.top, c.x1, c.bottom)
        if length == 1:
            add_box(box)
        else:
            out_boxes.extend([box] * length)
        if bold_run:
            bold = bold_fonts.get(c.font)
            if bold is None:
                bold = bold_fonts[c.font] = c.bold
            if bold:
                bold_prefix = written
            else:
                bold_run = False
        prev = c
    return out_text, out_boxes, bold_prefix


def _run_text(run: list[Char], page: int) -> tuple[str, list[Box | None]]:
    """Text of a script run, with its own word spaces ("[8, 10]")."""
    text: list[str] = []
    boxes: list[Box | None] = []
    prev = None
    for c in run:
        if not c.text.strip():
            if prev is not None:
                text.append(" ")
                boxes.append(None)
            continue
        if prev is not None and text and text[-1] != " " and space_between(prev, c, c.x0 - prev.x1):
            text.append(" ")
            boxes.append(None)
        text.append(c.text)
        boxes.extend([(page, c.x0, c.top, c.x1, c.bottom)] * len(c.text))
        prev = c
    joined = "".join(text)
    stripped = joined.strip()
    lead = len(joined) - len(joined.lstrip())
    return stripped, boxes[lead : lead + len(stripped)]


_BRACKETS = "[]()（）【】"


def _align_boxes(piece: str, text: str, boxes: list[Box | None]) -> list[Box | None]:
    """Boxes for ``piece``, the written form of the printed script ``text``.

    Marks the layout adds (``^``, ``{``, ``}``) get no box; printed brackets
    keep theirs even when normalised to ``[ ]``.
    """
    out: list[Box | None] = []
    j = 0
    for ch in piece:
        while j < len(text) and text[j] != ch and (text[j] == " " or (text[j] in _BRACKETS and ch not in _BRACKETS)):
            j += 1
        if j < len(text) and (text[j] == ch or (ch in "[]" and text[j] in _BRACKETS)):
            out.append(boxes[j])
            j += 1
        else:
            out.append(None)
    return out


def join_lines(lines: list[Line], hyphenated: set[str]) -> tuple[str, list[Box | None]]:
    """Text of a block: Chinese lines joined tight, English with a space,
    end-of-line hyphens removed unless the document spells the word with one."""
    text = ""
    boxes: list[Box | None] = []
    for line in lines:
        t = line.text
        b = list(line.boxes)
        if text and t.startswith("^") and _OPEN_CITATION.search(text):
            # "…^[4-" + "^6]": one citation cut by the line end
            t, b = t[1:], b[1:]
            text, boxes = text + t, boxes + b
            continue
        if text:
            last, first = text[-1], t[:1]
            if last == "-" and len(text) >= 2 and text[-2].isalpha() and first[:1].islower():
                word_start = len(text) - 1
                while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
                    word_start -= 1
                head = text[word_start:-1]
                tail = re.match(r"[\w-]*", t).group(0)
                if f"{head}-{tail}".lower() not in hyphenated and tail.lower() not in COMPOUND_TAILS:
                    text = text[:-1]
                    boxes = boxes[:-1]
            elif is_cjk(last) or is_cjk(first) or last in "-/(（[" or first in ")）]，。、；：,":
                pass
            else:
                text += " "
                boxes.append(None)
        text += t
        boxes.extend(b)
    return text, boxes


#: second halves of English compounds: "receptor-" + "related" keeps its
#: hyphen even when the document never prints the compound mid-line
COMPOUND_TAILS = frozenset(
    "related derived based induced like specific dependent mediated associated free type "
    "positive negative treated matched controlled blind blinded term scale wide label "
    "resistant sensitive stimulating secreting producing loaded enriched expressing".split()
)
_OPEN_CITATION = re.compile(r"\^\[[^\]]*$")
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def hyphenated_words(lines: list[Line]) -> set[str]:
    """Words the document prints with a hyphen inside a line."""
    words: set[str] = set()
    for line in lines:
        for m in _HYPHENATED.finditer(line.text):
            if m.end() < len(line.text):  # not the end-of-line hyphen itself
                words.add(m.group(0).lower())
    return words


# --------------------------------------------------------------------------
# the same on arrays, for pages with many glyphs
#
# :func:`_split_rows` and :func:`render` visit every glyph in Python; on a
# page of thousands of glyphs the rows, the gaps, each fragment's extent and
# medians, and the word spaces of the lines are computed on numpy arrays of
# the whole page instead.  The results are the same, value for value: the
# same comparisons on the same float64 numbers, and the rows are checked
# against the glyph-by-glyph rule before they are used.

#: frames with at least this many glyphs go through the arrays (below it,
#: numpy's cost per call outweighs what it saves)
ARRAYS_FROM = 300
_GEOMETRY = attrgetter("x0", "top", "x1", "bottom", "size", "baseline")


class _Columns:
    """A frame's glyphs in fragment order (rows by baseline, each by x),
    as arrays."""

    __slots__ = ("blank", "bottom", "chars", "codes", "fonts", "size", "top", "x0", "x1")


def _split_rows_arrays(chars: list[Char]) -> list[Fragment] | None:
    """:func:`_split_rows` on arrays; None when the glyphs do not fit them
    (a glyph of no or several code points, a coordinate that is NaN)."""
    import numpy as np

    n = len(chars)
    texts = list(map(_TEXT, chars))
    joined = "".join(texts)
    if len(joined) != n or "" in texts or not n:
        return None
    geo = np.fromiter(chain.from_iterable(map(_GEOMETRY, chars)), np.float64, 6 * n).reshape(n, 6)
    if np.isnan(geo).any():
        return None
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32)

    # rows: a glyph joins the row while its baseline is within tol of the
    # row's first baseline.  v = baseline - tol is below every baseline
    # before it, so the next row starts at the first glyph whose v passes
    # the current row's first baseline: a bisection in v's running maximum
    order = np.argsort(geo[:, 5], kind="stable")
    base = geo[order, 5]
    tol = np.maximum(0.12 * geo[order, 4], 0.6)
    reach = np.maximum.accumulate(base - tol).tolist()
    base_list = base.tolist()
    starts = [0]
    s = 0
    while True:
        s = bisect.bisect_right(reach, base_list[s], s + 1)
        if s >= n:
            break
        starts.append(s)
    first = np.asarray(starts)
    row = np.zeros(n, np.int64)
    row[first[1:]] = 1
    np.cumsum(row, out=row)
    # the glyph-by-glyph rule, checked on every glyph: no member of a row
    # past its first baseline's tolerance, every new row past the last's
    if (base - base[first][row] > tol).any() or not (base[first[1:]] - base[first[:-1]] > tol[first[1:]]).all():
        return None

    # each row by x (stable, as list.sort); most rows already run left to right
    xs = geo[order, 0]
    back = np.zeros(n, bool)
    back[1:] = (xs[1:] < xs[:-1]) & (row[1:] == row[:-1])
    unsorted = np.logical_or.reduceat(back, first)[row]
    if unsorted.any():
        some = np.flatnonzero(unsorted)
        order[some] = order[some[np.lexsort((xs[some], row[some]))]]
    ordered = order.tolist()
    cols = _Columns()
    cols.chars = list(map(chars.__getitem__, ordered))
    cols.fonts = list(map(_FONT, cols.chars))
    cols.codes = codes[order]
    geo = geo[order]
    x0, top, x1, bottom, size, baseline = geo.T
    cols.x0, cols.top, cols.x1, cols.bottom, cols.size = x0, top, x1, bottom, size
    blank = np.fromiter(map(str.isspace, map(texts.__getitem__, ordered)), bool, n)
    cols.blank = blank

    # gaps: a glyph farther than FRAGMENT_GAP ems right of the last glyph
    # of its row that is not a space (the row's first glyph if none is)
    # starts a fragment
    index = np.arange(n)
    right = np.maximum(np.maximum.accumulate(np.where(blank, -1, index)), first[row])
    cut = np.zeros(n, bool)
    cut[1:] = x0[1:] - x1[right[:-1]] > FRAGMENT_GAP * np.maximum(size[1:], size[:-1])
    cut[first] = True
    # a fragment runs from its first glyph that is not a space to its last
    pieces = np.flatnonzero(cut)
    seen = np.where(blank, n, index)
    lead = np.minimum.reduceat(seen, pieces)
    tail = np.maximum.reduceat(np.where(blank, -1, index), pieces)
    kept = lead < n
    a, e = lead[kept], tail[kept] + 1
    count = len(a)
    if not count:
        return []
    bounds = np.empty(2 * count, np.int64)
    bounds[0::2], bounds[1::2] = a, e
    inf = np.inf

    def over(values, ufunc, fill=None):
        if fill is not None:
            values = np.where(blank, fill, values)
        return ufunc.reduceat(np.append(values, 0.0), bounds)[0::2].tolist()

    f_x0, f_x1 = over(x0, np.minimum), over(x1, np.maximum)
    f_top, f_bottom = over(top, np.minimum, inf), over(bottom, np.maximum, -inf)
    # medians of the glyphs that are not spaces: the upper middle
    body = np.flatnonzero(~blank)
    piece = np.searchsorted(a, body, side="right") - 1
    counts = np.bincount(piece, minlength=count)
    middle = np.cumsum(counts) - counts + counts // 2

    def median_of(values):
        values = values[body]
        return values[np.lexsort((values, piece))][middle]

    f_base = median_of(baseline).tolist()
    f_size = np.maximum(median_of(size), 0.1).tolist()
    out = []
    append = out.append
    chars_o = cols.chars
    new = Fragment.__new__
    for i, j, *stats in zip(a.tolist(), e.tolist(), f_x0, f_top, f_x1, f_bottom, f_base, f_size):
        frag = new(Fragment)
        frag.chars = chars_o[i:j]
        frag.roles = [ROLE_BODY] * (j - i)
        frag.x0, frag.top, frag.x1, frag.bottom, frag.baseline, frag.size = stats
        frag.span = (cols, i, j)
        append(frag)
    return out


def render_all(frags: list[Fragment], page: int) -> list[Line]:
    """:func:`render` of each fragment; those still as
    :func:`_split_rows_arrays` made them are written together, on arrays."""
    out: list[Line | None] = [None] * len(frags)
    batches: dict[int, tuple] = {}
    for k, frag in enumerate(frags):
        if frag.span is None:
            out[k] = render(frag, page)
        else:
            batches.setdefault(id(frag.span[0]), (frag.span[0], []))[1].append(k)
    for cols, ks in batches.values():
        for k, line in zip(ks, _render_columns(cols, [frags[k] for k in ks], page)):
            out[k] = line
    return out


def _render_columns(cols: _Columns, frags: list[Fragment], page: int) -> list[Line]:
    """:func:`render` (its loop for a line without scripts) for fragments
    of one :class:`_Columns`."""
    import numpy as np

    n = len(cols.chars)
    a = np.array([f.span[1] for f in frags], np.int64)
    e = np.array([f.span[2] for f in frags], np.int64)
    inside = np.zeros(n + 1, np.int64)
    np.add.at(inside, a, 1)
    np.add.at(inside, e, -1)
    blank, x0, x1, size, codes = cols.blank, cols.x0, cols.x1, cols.size, cols.codes
    sel = np.flatnonzero((np.cumsum(inside[:n]) > 0) & ~blank)  # the glyphs written
    opens = np.zeros(n, bool)
    opens[a] = True
    opens = opens[sel]  # a line's first glyph: no space before it
    prev = np.empty_like(sel)
    prev[0] = 0
    prev[1:] = sel[:-1]
    # a space glyph between two glyphs is a space; else the gap decides
    # (space_between for two Latin glyphs, inlined as in _body_text)
    pending = sel - prev > 1
    latin = (codes[prev] < 0x2E80) & (codes[sel] < 0x2E80)
    small = np.where(size[prev] < size[sel], size[prev], size[sel])
    small[small == 0] = 1.0
    spaced = pending | (latin & (x0[sel] - x1[prev] > SPACE_GAP_LATIN * small))
    spaced[opens] = False
    # pairs with a Chinese glyph: space_between with the line's stretch
    other = np.flatnonzero(~opens & ~pending & ~latin)
    if len(other):
        chars = cols.chars
        starts, ends = np.sort(a), np.sort(e)  # the lines are disjoint
        line_of = np.searchsorted(starts, sel[other], side="right") - 1
        stretches: dict[int, float] = {}
        flags = spaced.tolist()
        for m, line, j, p in zip(other.tolist(), line_of.tolist(), sel[other].tolist(), prev[other].tolist()):
            stretch = stretches.get(line)
            if stretch is None:
                stretch = stretches[line] = cjk_stretch(chars[int(starts[line]):int(ends[line])])
            flags[m] = space_between(chars[p], chars[j], chars[j].x0 - chars[p].x1, stretch)
        spaced = np.asarray(flags, bool)
    # one text and one list of boxes for all the lines, then cut
    width = 1 + spaced
    at = np.cumsum(width) - 1  # where each glyph is written
    written = np.full(int(at[-1]) + 1 if len(at) else 0, 0x20, np.uint32)
    written[at] = codes[sel]
    text = written.tobytes().decode("utf-32-le", "surrogatepass")
    boxes: list[Box | None] = [None] * len(written)
    for k, box in zip(at.tolist(), zip(repeat(page), x0[sel].tolist(), cols.top[sel].tolist(),
                                       x1[sel].tolist(), cols.bottom[sel].tolist())):
        boxes[k] = box
    first = np.searchsorted(sel, a)  # each line's first written glyph, in sel
    last = np.searchsorted(sel, e) - 1
    sel_list = sel.tolist()
    at_list = at.tolist()
    fonts = cols.fonts
    chars = cols.chars
    bold_fonts: dict[str, bool] = {}
    out = []
    for frag, i, j, f0, f1 in zip(frags, a.tolist(), e.tolist(), first.tolist(), last.tolist()):
        start = at_list[f0]
        stop = at_list[f1] + 1
        # the bold run the line starts with
        bold_prefix = 0
        for m in range(f0, f1 + 1):
            font = fonts[sel_list[m]]
            bold = bold_fonts.get(font)
            if bold is None:
                bold = bold_fonts[font] = chars[sel_list[m]].bold
            if not bold:
                break
            bold_prefix = at_list[m] + 1 - start
        out.append(_line(frag, page, text[start:stop], boxes[start:stop], bold_prefix, fonts[i:j]))
    return out
