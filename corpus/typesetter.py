"""The typesetter shared by the corpus generators (``make_pdfs.py``, ``make_papers.py``).

It works at canvas level (reportlab): each word is measured with
``pdfmetrics.stringWidth``, lines are wrapped and justified here and every
piece is drawn at an explicit position, so the generators know exactly what
is printed and where.  :class:`Flow` pours blocks of markup into a sequence
of :class:`Frame` s (columns, page after page) and :class:`Doc` records what
was drawn (blocks, furniture, frames) beside the canvas.

Markup: ``**bold**``, ``^{sup}``, ``_{sub}`` and :data:`SHY` (a place where
the typesetter may hyphenate).  :func:`expected_text` gives the text a layout
must read back from a piece of markup (conventions in ``corpus/README.md``).

corpus/ is not a package: the generators put this folder on ``sys.path``
and ``import typesetter``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas

PAGE_W, PAGE_H = A4
ROMAN, BOLD, SANS = "Times-Roman", "Times-Bold", "Helvetica"
CJK = "STSong-Light"

#: superscripts and subscripts: size and baseline shift, relative to the body size
SCRIPT_SCALE = 0.65
SUP_RISE = 0.35
SUB_RISE = -0.15

#: Chinese justification spreads at most this much (em) over a glyph boundary,
#: so that a real gap (a space, 0.25 em) stays distinguishable
ZH_MAX_JUSTIFY_EM = 0.08

SHY = "\u00ad"  # a place where the typesetter may hyphenate; never printed

#: neither Times nor STSong-Light has these superscript digits (5×10⁶);
#: HeiseiMin-W3 (Adobe-Japan1) has them
FALLBACK = "HeiseiMin-W3"
FALLBACK_CHARS = set("⁰⁴⁵⁶⁷⁸⁹")
#: characters the Latin fonts lack (their encoding has the micro sign µ, not
#: the Greek μ, and no arrows): drawn in FALLBACK too when they stand in Latin text
LATIN_FALLBACK_CHARS = set("μ↑↓")
LATIN_FONTS = {ROMAN, BOLD, SANS}

_registered: set[str] = set()


def _register_cid_font(name: str) -> None:
    if name not in _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(name))
        _registered.add(name)


def _register_fonts() -> None:
    _register_cid_font(CJK)


# --------------------------------------------------------------------------
# markup: **bold**, ^{sup}, _{sub}, SHY
# --------------------------------------------------------------------------

_TOKEN = re.compile(r"\*\*|([\^_])\{([^{}]*)\}")


@dataclass(slots=True)
class Run:
    text: str
    script: str = ""  # "", "sup", "sub"
    bold: bool = False


def parse_markup(markup: str) -> list[Run]:
    runs: list[Run] = []
    bold = False
    pos = 0
    for m in _TOKEN.finditer(markup):
        if m.start() > pos:
            runs.append(Run(markup[pos : m.start()], "", bold))
        if m.group(0) == "**":
            bold = not bold
        else:
            runs.append(Run(m.group(2), "sup" if m.group(1) == "^" else "sub", bold))
        pos = m.end()
    if pos < len(markup):
        runs.append(Run(markup[pos:], "", bold))
    return runs


def script_text(text: str, script: str) -> str:
    """How the layout must write a superscript or subscript."""
    if script == "sup":
        if text.startswith("[") and text.endswith("]"):
            return "^" + text
        return "^" + text if len(text) == 1 else "^{" + text + "}"
    if script == "sub":
        return "_" + text if len(text) == 1 else "_{" + text + "}"
    return text


def expected_text(markup: str, lang: str = "en") -> str:
    """The text the layout must produce for a piece of markup."""
    out = "".join(script_text(r.text, r.script) for r in parse_markup(markup))
    out = out.replace(SHY, "")
    return re.sub(r"\s+", " ", out).strip()


def is_cjk(ch: str) -> bool:
    """Drawn in the CJK font: ideographs, full-width forms, and anything
    the standard Latin fonts cannot encode (①, “”, —)."""
    if ord(ch) >= 0x2E80 or ch in "“”‘’—…":
        return True
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


# --------------------------------------------------------------------------
# typesetting: runs -> items -> lines
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    font: str = ROMAN
    size: float = 10.0
    leading: float = 12.5
    bold_font: str = BOLD
    cjk_font: str | None = None  # set for Chinese text: CJK glyphs in this font
    align: str = "justify"  # justify | left | center | right
    indent: float = 0.0  # first line
    hanging: float = 0.0  # other lines
    space_before: float = 0.0
    space_after: float = 0.0
    #: word gap in em; None = the font's space
    word_space: float | None = None
    #: tracking in em, added after every glyph of a word
    char_space: float = 0.0
    #: "auto": ragged English lines are drawn as strings with space glyphs,
    #: justified ones word by word; "never": always word by word;
    #: "always": whole lines with space glyphs and Tw word spacing
    space_glyphs: str = "auto"
    #: fake bold: draw everything once per offset (dx, dy)
    overprint: tuple[tuple[float, float], ...] = ((0.0, 0.0),)
    #: fake bold glyph by glyph: each character drawn at these offsets in turn
    char_overprint: tuple[tuple[float, float], ...] = ()

    @property
    def lang(self) -> str:
        return "zh" if self.cjk_font else "en"


@dataclass(slots=True)
class Piece:
    text: str
    font: str
    size: float
    rise: float
    width: float
    script: str = ""
    char_space: float = 0.0


@dataclass(slots=True)
class Item:
    """A unit the line breaker never splits (a word or word fragment, a CJK glyph)."""

    pieces: list[Piece]
    gap: float = 0.0  # natural white space before it
    can_break: bool = True  # a line may start with it
    hyphen: bool = False  # ... but then the previous line ends with "-"
    cjk: bool = False

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)

    @property
    def text(self) -> str:
        return "".join(script_text(p.text, p.script) for p in self.pieces)


def _piece(text: str, font: str, st: Style, script: str = "") -> Piece:
    size = st.size * SCRIPT_SCALE if script else st.size
    rise = st.size * (SUP_RISE if script == "sup" else SUB_RISE) if script else 0.0
    cs = st.char_space * st.size if not script else 0.0
    width = pdfmetrics.stringWidth(text, font, size) + cs * len(text)
    return Piece(text, font, size, rise, width, script, cs)


def _latin_font(st: Style, run: Run) -> str:
    return st.bold_font if run.bold else st.font


def _space_width(st: Style) -> float:
    if st.word_space is not None:
        return st.word_space * st.size
    return pdfmetrics.stringWidth(" ", st.font, st.size) + st.char_space * st.size


def itemize_en(runs: list[Run], st: Style) -> list[Item]:
    space = _space_width(st)
    items: list[Item] = []
    new_word = True
    for run in runs:
        font = _latin_font(st, run)
        if run.script:
            p = _piece(run.text, font, st, run.script)
            if new_word or not items:
                items.append(Item([p], gap=space if items else 0.0, can_break=bool(items)))
                new_word = False
            else:
                items[-1].pieces.append(p)
            continue
        for part in re.split(r"(\s+)", run.text):
            if not part:
                continue
            if part.isspace():
                new_word = True
                continue
            for k, frag in enumerate(part.split(SHY)):
                p = _piece(frag, font, st)
                if k == 0 and not new_word and items:
                    items[-1].pieces.append(p)  # glued: "Carter^{1}," or "**Bold**rest"
                elif k == 0:
                    items.append(Item([p], gap=space if items else 0.0, can_break=bool(items)))
                else:
                    items.append(Item([p], gap=0.0, can_break=True, hyphen=True))
            new_word = False
    return items


_NO_BREAK_BEFORE = set("，。、；：？！）》】”’…%％,.;:)]")
_NO_BREAK_AFTER = set("（《【“‘([")


def itemize_zh(runs: list[Run], st: Style) -> list[Item]:
    space = pdfmetrics.stringWidth(" ", st.font, st.size)
    items: list[Item] = []
    pending_gap = False

    def add(piece: Piece, cjk: bool) -> None:
        nonlocal pending_gap
        prev = items[-1] if items else None
        can = prev is not None
        if prev is not None:
            first = piece.text[0]
            last = prev.pieces[-1].text[-1] if not prev.pieces[-1].script else ""
            if first in _NO_BREAK_BEFORE or last in _NO_BREAK_AFTER:
                can = False
            # a gap between Chinese and Latin must stay visible: never break there
            if pending_gap and (cjk or prev.cjk):
                can = False
        items.append(Item([piece], gap=space if (pending_gap and prev) else 0.0, can_break=can, cjk=cjk))
        pending_gap = False

    for run in runs:
        font = _latin_font(st, run)
        if run.script:
            p = _piece(run.text, font, st, run.script)
            if items and not pending_gap:
                items[-1].pieces.append(p)
            else:
                add(p, False)
            continue
        latin = ""
        for ch in run.text + "\0":
            if ch != "\0" and not ch.isspace() and not is_cjk(ch):
                latin += ch
                continue
            if latin:
                prev = items[-1] if items else None
                if prev is not None and not pending_gap and not prev.cjk and not prev.pieces[-1].script:
                    prev.pieces.append(_piece(latin, font, st))  # "**1**.1" style joins
                else:
                    add(_piece(latin, font, st), False)
                latin = ""
            if ch == "\0":
                break
            if ch.isspace():
                pending_gap = bool(items)
            else:
                add(_piece(ch, st.cjk_font or CJK, st), True)
    return items


@dataclass(slots=True)
class Line:
    items: list[Item]
    avail: float
    offset: float  # indent from the frame's left edge
    last: bool  # last line of its block
    hyphen: bool  # ends with a hyphen the typesetter added
    style: Style
    placements: list[tuple[float, Piece]] = field(default_factory=list)
    justified: bool = False

    @property
    def text(self) -> str:
        out = ""
        for i, it in enumerate(self.items):
            if i and it.gap > 0:
                out += " "
            out += it.text
        return out


def break_lines(items: list[Item], st: Style, width: float) -> list[Line]:
    hyphen_w = pdfmetrics.stringWidth("-", st.font, st.size)
    lines: list[Line] = []
    start = 0
    while start < len(items):
        offset = st.indent if not lines else st.hanging
        avail = width - offset
        best: int | None = None
        w = 0.0
        for k in range(start, len(items)):
            w += (items[k].gap if k > start else 0.0) + items[k].width
            if w > avail + 1e-6 and best is not None:
                break
            if k + 1 == len(items):
                extra = 0.0
            elif items[k + 1].can_break:
                extra = hyphen_w if items[k + 1].hyphen else 0.0
            else:
                continue
            if w + extra <= avail + 1e-6 or best is None:
                best = k + 1
                if w + extra > avail + 1e-6:
                    break  # overfull, nothing better
        assert best is not None
        chunk = list(items[start:best])
        hyphen = best < len(items) and items[best].hyphen
        if hyphen:
            last = chunk[-1]
            chunk[-1] = replace(last, pieces=last.pieces + [_piece("-", last.pieces[-1].font, st)])
        lines.append(Line(chunk, avail, offset, best == len(items), hyphen, st))
        start = best
    for line in lines:
        _place(line)
    return lines


def _place(line: Line) -> None:
    st = line.style
    items = line.items
    natural = sum(it.width for it in items) + sum(it.gap for it in items[1:])
    slack = line.avail - natural
    extra = [0.0] * len(items)
    if st.align == "justify" and not line.last and slack > 0:
        if st.lang == "en":
            gaps = [i for i in range(1, len(items)) if items[i].gap > 0]
            if gaps:
                for i in gaps:
                    extra[i] = slack / len(gaps)
                line.justified = True
        elif len(items) > 1 and slack / (len(items) - 1) <= ZH_MAX_JUSTIFY_EM * st.size:
            # Chinese: spread the rest over every glyph boundary, but never so
            # much that a boundary could be read as a space
            for i in range(1, len(items)):
                extra[i] = slack / (len(items) - 1)
            line.justified = True
    x = line.offset
    if st.align == "center":
        x += slack / 2
    elif st.align == "right":
        x += slack
    for i, it in enumerate(items):
        if i:
            x += it.gap + extra[i]
        for p in it.pieces:
            line.placements.append((x, p))
            x += p.width


def typeset(markup: str, st: Style, width: float) -> list[Line]:
    _register_fonts()
    runs = parse_markup(markup)
    items = itemize_zh(runs, st) if st.lang == "zh" else itemize_en(runs, st)
    for item in items:
        _use_fallback_font(item, st)
    return break_lines(items, st, width)


_FALLBACK_RUN = re.compile(f"([{''.join(sorted(FALLBACK_CHARS | LATIN_FALLBACK_CHARS))}]+)")


def _fallback(piece: Piece) -> set[str]:
    """The characters of a piece to draw in FALLBACK."""
    return FALLBACK_CHARS | LATIN_FALLBACK_CHARS if piece.font in LATIN_FONTS else FALLBACK_CHARS


def _use_fallback_font(item: Item, st: Style) -> None:
    """Split the pieces of an item so that FALLBACK_CHARS (and, in a Latin
    font, LATIN_FALLBACK_CHARS) are drawn in FALLBACK."""
    if not any(_fallback(p) & set(p.text) for p in item.pieces):
        return
    _register_cid_font(FALLBACK)
    pieces: list[Piece] = []
    for p in item.pieces:
        wanted = _fallback(p)
        for part in _FALLBACK_RUN.split(p.text) if wanted & set(p.text) else [p.text]:
            if part and part[0] in wanted:
                width = pdfmetrics.stringWidth(part, FALLBACK, p.size)
                pieces.append(Piece(part, FALLBACK, p.size, p.rise, width, p.script))
            elif part:
                pieces.append(_piece(part, p.font, st, p.script))
    item.pieces = pieces
    if item.cjk and all(p.font == FALLBACK for p in pieces):
        item.can_break = False  # "10" + "⁶": never a line break in between


def join_lines(lines: list[Line]) -> str:
    """The text of some lines by the joining rules the layout must follow."""
    out = ""
    glue = False  # the previous line ended with a hyphen we added
    for line in lines:
        text = line.text
        if not out:
            out = text
        elif glue:
            out += text
        elif line.style.lang == "zh":
            a, b = out[-1], text[0]
            latin = lambda ch: ch.isascii() and not ch.isspace()  # noqa: E731
            out += (" " if latin(a) and latin(b) else "") + text
        else:
            out += " " + text
        glue = line.hyphen
        if glue:
            out = out[:-1]
    return out


def draw_line(c: rl_canvas.Canvas, line: Line, x0: float, baseline: float) -> None:
    st = line.style
    if st.space_glyphs == "always":
        _draw_line_tw(c, line, x0, baseline)
        return
    ragged_en = st.lang == "en" and not line.justified and st.space_glyphs == "auto"
    groups: list[list] = []  # [x, piece-like, text, end]
    space_of = lambda p: pdfmetrics.stringWidth(" ", p.font, p.size)  # noqa: E731
    for x, p in line.placements:
        if groups:
            g = groups[-1]
            gp: Piece = g[1]
            same = (gp.font, gp.size, gp.rise, gp.char_space) == (p.font, p.size, p.rise, p.char_space)
            if same and abs(x - g[3]) < 0.01:
                g[2] += p.text
                g[3] = x + p.width
                continue
            if same and ragged_en and not p.script and abs(x - g[3] - space_of(p)) < 0.01:
                g[2] += " " + p.text
                g[3] = x + p.width
                continue
        groups.append([x, p, p.text, x + p.width])
    for dx, dy in st.overprint:
        for x, p, text, _ in groups:
            _draw_string(c, x0 + x + dx, baseline + p.rise + dy, text, p, st)


def _draw_string(c: rl_canvas.Canvas, x: float, y: float, text: str, p: Piece, st: Style) -> None:
    if st.char_overprint:
        for ch in text:
            for dx, dy in st.char_overprint:
                c.setFont(p.font, p.size)
                c.drawString(x + dx, y + dy, ch)
            x += pdfmetrics.stringWidth(ch, p.font, p.size) + p.char_space
        return
    if p.char_space:
        t = c.beginText(x, y)
        t.setFont(p.font, p.size)
        t.setCharSpace(p.char_space)
        t.textOut(text)
        t.setCharSpace(0)  # Tc outlives BT/ET: reset it for whatever is drawn next
        c.drawText(t)
        return
    c.setFont(p.font, p.size)
    c.drawString(x, y, text)


def _draw_line_tw(c: rl_canvas.Canvas, line: Line, x0: float, baseline: float) -> None:
    """One string per line with real space glyphs, gaps set with Tw."""
    items = line.items
    assert all(len(it.pieces) == 1 and not it.pieces[0].script for it in items), "Tw lines: plain words only"
    p0 = items[0].pieces[0]
    space = pdfmetrics.stringWidth(" ", p0.font, p0.size)
    xs = [x for x, _ in line.placements]
    gaps = [xs[i] - xs[i - 1] - items[i - 1].width for i in range(1, len(items))]
    assert not gaps or max(gaps) - min(gaps) < 0.01, "Tw lines need equal gaps"
    tw = (gaps[0] if gaps else space) - space
    t = c.beginText(x0 + xs[0], baseline)
    t.setFont(p0.font, p0.size)
    t.setWordSpace(tw)
    t.textOut(" ".join(it.pieces[0].text for it in items))
    t.setWordSpace(0)  # Tw outlives BT/ET too
    c.drawText(t)


# --------------------------------------------------------------------------
# documents, frames, flows
# --------------------------------------------------------------------------


def top_down(y: float) -> float:
    """reportlab y (bottom-up) -> pdfplumber top (top-down)."""
    return round(PAGE_H - y, 2)


class Doc:
    """A canvas plus what was drawn on it: blocks, furniture, frames, tables, regions."""

    def __init__(
        self,
        path: Path,
        name: str,
        *,
        furniture: Callable[["Doc", int], None] | None = None,
        page_end: Callable[["Doc", int], None] | None = None,
        encrypt: StandardEncryption | None = None,
        subject: str = "synthetic fixture; invented text",
    ) -> None:
        _register_fonts()
        self.path = Path(path)
        self.name = name
        # invariant=1: no dates or random ids in the file, so it is byte-for-byte reproducible
        self.c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
        self.c.setTitle(name)
        self.c.setAuthor("litx test corpus")
        self.c.setSubject(subject)
        self.page = 1
        self.title: str | None = None
        self.blocks: list[dict] = []
        self.tables: list[dict] = []
        self.furniture: list[dict] = []
        self.regions: list[dict] = []
        self.frames: list[Frame] = []  # every frame text was poured into
        self.features: dict[str, object] = {}
        self._furniture = furniture
        self._page_end = page_end
        if furniture:
            furniture(self, 1)

    def new_page(self) -> None:
        if self._page_end:
            self._page_end(self, self.page)
        self.c.showPage()
        self.page += 1
        if self._furniture:
            self._furniture(self, self.page)

    def add_block(self, kind: str, markup: str, st: Style, level: int = 0, role: str | None = None) -> dict:
        text = expected_text(markup)
        rec = {"kind": kind, "text": text, "level": level, "page": self.page, "pages": [self.page],
               "lang": "zh" if has_cjk(text) else "en"}
        if role:
            rec["role"] = role
        if kind == "title":
            self.title = text if self.title is None else self.title + " " + text
        self.blocks.append(rec)
        return rec

    def line(self, markup: str, st: Style, x: float, baseline: float, width: float) -> list[Line]:
        """Typeset and draw a short text at a fixed place (furniture, captions)."""
        lines = typeset(markup, st, width)
        for i, line in enumerate(lines):
            draw_line(self.c, line, x, baseline - i * st.leading)
        return lines

    def add_furniture(self, position: str, markup: str, st: Style, x: float, baseline: float, width: float) -> None:
        lines = self.line(markup, st, x, baseline, width)
        assert len(lines) == 1, f"furniture must fit one line: {markup!r}"
        self.furniture.append({"page": self.page, "position": position, "text": expected_text(markup)})

    def region(self, kind: str, x0: float, top: float, x1: float, bottom: float) -> None:
        self.regions.append({"page": self.page, "kind": kind,
                             "bbox": [round(x0, 2), top_down(top), round(x1, 2), top_down(bottom)]})

    def save(self) -> None:
        self.c.save()


@dataclass(slots=True)
class Frame:
    x: float
    top: float
    bottom: float
    width: float
    kind: str = "column"
    cursor: float = 0.0
    page: int = 0
    lines: list[tuple[Line, dict]] = field(default_factory=list)


class Flow:
    """Pours blocks into a sequence of frames, line by line.

    With ``draw=False`` (or no doc) nothing is drawn or recorded: a dry run
    that only tells whether the blocks fit (the frames run out: StopIteration)."""

    def __init__(self, doc: Doc | None, frames: Iterator[Frame], *, draw: bool = True) -> None:
        self.doc = doc
        self.frames = frames
        self.frame: Frame | None = None
        self.used: list[Frame] = []
        self.draw = draw and doc is not None

    def next_frame(self) -> Frame:
        self.frame = next(self.frames)
        self.frame.cursor = self.frame.top
        self.used.append(self.frame)
        if self.draw:
            self.frame.page = self.doc.page
            self.doc.frames.append(self.frame)
        return self.frame

    def current_frame(self) -> Frame:
        return self.frame or self.next_frame()

    def place(self, markup: str, st: Style, kind: str = "paragraph", *, level: int = 0,
              role: str | None = None, keep_with_next: float = 0.0) -> list[tuple[Line, Frame]]:
        """Typeset a block and pour it in; returns each line with the frame it went into.

        keep_with_next: room to keep free below the first line (a heading is
        not left alone at the bottom of a frame)."""
        lines = typeset(markup, st, self.current_frame().width)
        rec: dict = {}
        if self.draw:
            rec = self.doc.add_block(kind, markup, st, level, role)
            joined = join_lines(lines)
            assert joined == rec["text"], f"typesetting lost text:\n{joined!r}\n{rec['text']!r}"
        placed = []
        for i, line in enumerate(lines):
            frame = self._frame_for(st, first_line=i == 0, keep_with_next=keep_with_next if i == 0 else 0.0)
            frame.cursor -= st.leading
            baseline = frame.cursor + 0.22 * st.leading
            frame.lines.append((line, rec))
            placed.append((line, frame))
            if self.draw:
                draw_line(self.doc.c, line, frame.x, baseline)
                if self.doc.page not in rec["pages"]:
                    rec["pages"].append(self.doc.page)
        self.frame.cursor -= st.space_after
        return placed

    def _frame_for(self, st: Style, first_line: bool, keep_with_next: float) -> Frame:
        """The frame the next line goes into: the current one if the line (and
        what must stay with it) fits, else the next; space_before is dropped at
        the top of a frame."""
        frame = self.frame
        at_top = not frame.lines
        need = st.leading + (st.space_before if first_line and not at_top else 0.0) + keep_with_next
        if frame.cursor - need < frame.bottom - 0.01:
            return self.next_frame()
        if first_line and not at_top:
            frame.cursor -= st.space_before
        return frame


def column_frames(doc: Doc, xs: list[float], width: float, first_top: float, top: float,
                  bottom: float) -> Iterator[Frame]:
    """Columns at xs, page after page (a new page is started when needed)."""
    t = first_top
    while True:
        for x in xs:
            yield Frame(x, t, bottom, width)
        doc.new_page()
        t = top


# --------------------------------------------------------------------------
# a journal page: margins, two columns, running heads, rules
# --------------------------------------------------------------------------

ML = MR = 56.0
FULL_W = PAGE_W - ML - MR
GUTTER = 18.0
COL_W = (FULL_W - GUTTER) / 2
COLS = [ML, ML + COL_W + GUTTER]
BODY_TOP = PAGE_H - 62.0
BODY_BOTTOM = 64.0


def column_flow(doc: Doc, top: float, xs: list[float] = COLS, width: float = COL_W) -> Flow:
    """Columns at xs from top down on this page, continued from BODY_TOP on new pages."""
    return Flow(doc, column_frames(doc, xs, width, top, BODY_TOP, BODY_BOTTOM))


def running_heads(header: str, footer: Callable[[int], str], header_st: Style,
                  footer_st: Style) -> Callable[[Doc, int], None]:
    """The furniture of a journal page (for Doc): a header over a thin rule, and
    footer(page number in the file) at the foot."""
    def draw(doc: Doc, page: int) -> None:
        doc.add_furniture("header", header, header_st, ML, PAGE_H - 40, FULL_W)
        doc.c.setLineWidth(0.4)
        doc.c.line(ML, PAGE_H - 45, PAGE_W - MR, PAGE_H - 45)
        doc.add_furniture("footer", footer(page), footer_st, ML, 36, FULL_W)
    return draw


def rule_below(flow: Flow, gap: float = 14) -> float:
    """A thin full-width rule under what flow has placed (the end of the front
    matter); returns gap below the flow's cursor, where the next part may start."""
    y = flow.frame.cursor - gap
    flow.doc.c.setLineWidth(0.6)
    flow.doc.c.line(ML, y + 7, PAGE_W - MR, y + 7)
    return y


def column_edges(x: float, width: float, weights: list[float]) -> list[float]:
    """The x of every column edge of a table spanning x..x+width, columns as wide as weights say."""
    scale = width / sum(weights)
    edges = [x]
    for w in weights:
        edges.append(edges[-1] + w * scale)
    return edges


# --------------------------------------------------------------------------
# hyphenation: words the English typesetter may break, and where (matched ignoring case)
# --------------------------------------------------------------------------

HYPHENATION = {
    "mesenchymal": "mesen-chymal",
    "transplantation": "trans-plantation",
    "granulosa": "granu-losa",
    "administration": "adminis-tration",
    "concentration": "concen-tration",
    "characterised": "charac-terised",
    "menstruation": "menstru-ation",
    "considerably": "consider-ably",
    "intermittent": "inter-mittent",
    "malignancy": "malig-nancy",
    "interpreted": "inter-preted",
    "stimulation": "stimu-lation",
    "questionnaire": "question-naire",
    "amenorrhoea": "amenor-rhoea",
    "expectation": "expec-tation",
}


def hyphenate(markup: str) -> str:
    """Mark the break points of HYPHENATION words with SHY."""
    def soft(m: re.Match) -> str:
        word = m.group(0)
        pattern = HYPHENATION[word.lower()]
        return word[: pattern.index("-")] + SHY + word[pattern.index("-") :]

    return re.sub(r"\b(" + "|".join(HYPHENATION) + r")\b", soft, markup, flags=re.IGNORECASE)
