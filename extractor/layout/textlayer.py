"""PDF → :class:`~extractor.layout.document.Document`: the text layer, end to end.

Per page: characters (from an engine) → repaired glyphs → fragments with
scripts → reading order.  Then over the whole document: running heads and
feet out, paragraphs and headings, sections, reference entries, sentences.
Each page's characters are dropped once its lines are built, so memory grows
with the text, not with pdfminer's objects.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import re
import threading
from contextlib import closing, contextmanager
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Callable, Iterable

from . import columns
from . import figures
from .glyphs import repair_page_symbols
from .ocr import FONT as OCR_FONT
from . import furniture
from . import lines as lines_mod
from . import paragraphs
from . import tables
from .chars import ReadingFrame
from .document import Block, BlockKind, CharBoxes, Document, Furniture, Lang, Section, Sentence
from ..lang.script import is_cjk, is_ideograph
from ..errors import LitxError, Msg, warning
from .glyphs import clean_page_chars
from .limits import Limits
from .ocr import INSTALL, OcrSource
from .pdfsource import DEFAULT_ENGINE, opened
from .segment import detect_language, split_sentences

__all__ = ["parse_pdf", "SectionVocab", "PARSER_VERSION"]

_TEXT = attrgetter("text")
_ROTATION = attrgetter("rotation")

#: bump when the text layer's output changes, so caches of it are invalidated
PARSER_VERSION = "2"


@dataclass(frozen=True, slots=True)
class SectionVocab:
    """Section kinds by heading text ("Methods", "参考文献(Reference)")."""

    terms: tuple[tuple[str, str], ...]  # (normalised term, kind)
    no_facts: frozenset[str] = frozenset()
    #: kinds that last to the end of the document (back matter: sections.yaml `through_the_end`)
    to_the_end: frozenset[str] = frozenset()

    _STRIP = re.compile(r"[\s\[\]【】:：()（）0-9.•·]+")

    @classmethod
    def from_mapping(cls, kinds: dict[str, Iterable[str]], no_facts: Iterable[str] = (),
                     to_the_end: Iterable[str] = ()) -> "SectionVocab":
        terms = []
        for kind, words in kinds.items():
            for word in words:
                terms.append((cls._norm(word), kind))
        # longest first, so "Materials and Methods" wins over "Methods"
        terms.sort(key=lambda t: -len(t[0]))
        return cls(tuple(terms), frozenset(no_facts), frozenset(to_the_end))

    @classmethod
    def _norm(cls, text: str) -> str:
        return cls._STRIP.sub("", text).lower()

    def kind_of(self, heading: str) -> str | None:
        norm = self._norm(heading)
        if not norm or len(norm) > 60:
            return None
        for term, kind in self.terms:
            if norm == term or (norm.startswith(term) and len(norm) <= len(term) + 12 and _separated(heading, term)):
                return kind
        return None


def _separated(heading: str, term: str) -> bool:
    """"参考文献(Reference)" starts with a term; "Methodsology" does not."""
    letters = re.sub(r"[\s\[\]【】:：•·]+", "", heading).lower()
    rest = letters[len(term):] if letters.lower().startswith(term) else ""
    return not rest or not rest[0].isalpha() or is_cjk_word(term)


def is_cjk_word(term: str) -> bool:
    return bool(term) and is_cjk(term[0])


def section_vocab(rules=None) -> SectionVocab:
    """The section vocabulary of a validated rule set (``sections.yaml``;
    default: the bundled rules)."""
    if rules is None:
        from ..ruleset.model import load_rules

        rules = load_rules()
    kinds: dict[str, list[str]] = {}
    no_facts = []
    for entry in rules.models["sections"].sections:
        kinds.setdefault(entry.kind, []).extend(entry.terms.all())
        if not entry.facts:
            no_facts.append(entry.kind)
    to_the_end = [e.kind for e in rules.models["sections"].sections if e.through_the_end]
    return SectionVocab.from_mapping(kinds, no_facts, to_the_end)


default_sections = section_vocab


def sha256_of(path: Path) -> str:
    """The file's SHA-256; OSError for anything but a regular file (a FIFO
    would block here for ever)."""
    if not Path(path).is_file():
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


#: the cyclic garbage collector's first threshold while a PDF is parsed
GC_THRESHOLD = 50_000
_gc_lock = threading.Lock()
_gc_users = 0  # parses running
_gc_before: tuple[int, ...] | None = None  # the thresholds put back after them


@contextmanager
def _fewer_collections():
    """Fewer passes of the cyclic garbage collector while a PDF is parsed.

    A page makes thousands of short-lived objects (glyphs, boxes, lines)
    that hold no reference cycles, and every few hundred of them start a
    pass over the young objects (about a tenth of a parse).  The first
    threshold is raised for the parse and put back when the last parse
    running at once ends; cycles are still collected, and a collector
    switched off (threshold 0) is left so."""
    global _gc_users, _gc_before
    with _gc_lock:
        if _gc_users == 0:
            before = gc.get_threshold()
            _gc_before = before if 0 < before[0] < GC_THRESHOLD else None
            if _gc_before is not None:
                gc.set_threshold(GC_THRESHOLD, *before[1:])
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_before is not None and gc.get_threshold()[0] == GC_THRESHOLD:
                gc.set_threshold(*_gc_before)


def parse_pdf(
    path: str | Path,
    *,
    password: str | None = None,
    engine: str | None = None,
    sections: SectionVocab | None = None,
    on_page: Callable[[int, int], None] | None = None,
    limits: Limits | None = None,
    ocr: str = "never",
) -> Document:
    """Parse a PDF into its text layer.  Raises LitxError for unreadable input.
    ``limits``: what the file may cost (:mod:`extractor.limits`).  ``ocr``:
    which pages Tesseract reads (:data:`extractor.layout.ocr.MODES`; the
    command line's default is ``auto``, this function's ``never``: a caller
    of the library opts into running a program per page)."""
    with _fewer_collections():
        return _parse_pdf(Path(path), password, engine, sections, on_page, limits, ocr)


def _parse_pdf(path: Path, password, engine, sections, on_page, limits, ocr) -> Document:
    engine = engine or DEFAULT_ENGINE
    vocab = sections or default_sections()
    frames: list[_Frame] = []
    page_count = 0
    warnings: list[str] = []
    glyphs = 0  # glyphs read, spaces too
    visible = 0  # glyphs that are not spaces
    zero_size = False  # text drawn at size 0 was left out
    images = 0
    spoiled = 0  # pages that could not be read, or were cut short by a bound
    scanned_pages: list[int] = []  # pages with images and no text: figures, or scans to OCR
    with opened(path, password, engine, limits) as engine_source, \
            closing(OcrSource(engine_source, path, password, ocr)) as source:
        warnings.extend(source.notes)
        for page in source.pages():
            if page.error:
                warnings.append(warning(Msg.W005, page=page.number, detail=page.error))
            warnings.extend(page.notes)
            spoiled += bool(page.error or page.notes)
            chars, notes = clean_page_chars(page.chars, page.number)
            chars, symbols = repair_page_symbols(chars, page.number)  # W011
            notes += symbols
            warnings.extend(notes)
            glyphs += len(chars)
            visible += len(chars) - sum(map(str.isspace, map(_TEXT, chars)))
            zero_size = zero_size or page.zero_size
            images += page.image_count
            if not chars and page.image_count and not page.error:
                scanned_pages.append(page.number)
            frames.extend(_page_frames(page, chars))
            page_count += 1
            if on_page:
                on_page(page.number, source.page_count)
    if not page_count:  # not a scan: there is nothing to OCR
        raise LitxError(Msg.E002, str(path), detail="no page could be found in it")
    doc = Document(path=str(path), sha256=sha256_of(path), pages=page_count, warnings=warnings,
                   ocr_pages=list(source.ocr_pages))
    # when every page is damaged or cut short, their warnings say why
    # nothing came out: no W001 or W009 on top of them
    read_whole = spoiled < page_count
    if glyphs == 0 and not zero_size:  # no text layer at all
        if read_whole:
            doc.warnings.append(warning(Msg.W001, remedy=_no_text_remedy(source)))
        return doc
    _assemble(doc, frames, vocab)
    if doc.blocks:
        doc.warnings.extend(warning(Msg.W004, page=n) for n in scanned_pages)
    elif read_whole:  # a text layer, but nothing in it to read: one line says why
        doc.warnings.append(warning(Msg.W009, detail=_why_empty(doc, visible, zero_size, images, source)))
    return doc


def _no_text_remedy(source: OcrSource) -> str:
    """What to do about a PDF without a text layer (``W001``)."""
    if source.ocr_pages:
        return f"OCR found no text on its {len(source.ocr_pages)} page(s)"
    if source.missing:
        return f"OCR it first: Tesseract is not installed ({INSTALL})"
    return "OCR it first"


def _why_empty(doc: Document, visible: int, zero_size: bool, images: int, source: OcrSource) -> str:
    """Why a document with a text layer gave no block (``W009``)."""
    # a scan with a stray space, invisible text or a running head on it is a scan
    ocr = ""
    if images and source.missing:
        ocr = f"; its pages are images: OCR it first: Tesseract is not installed ({INSTALL})"
    elif images and not source.ocr_pages:
        ocr = "; its pages are images: OCR it first"
    if zero_size and not visible:
        return "its text is drawn at size 0 (a font size or text matrix of 0), so none of it shows" + ocr
    if not visible:
        return "its text layer holds only spaces" + ocr
    if doc.furniture:
        pages = sorted({f.page for f in doc.furniture})
        return (f"its only text is running heads, feet or page numbers ({len(doc.furniture)} line(s) "
                f"on page(s) {', '.join(map(str, pages))}, kept as furniture)" + ocr)
    return f"none of the {visible} character(s) of its text layer could be laid out as lines of text" + ocr


@dataclass(slots=True)
class _Frame:
    """The lines of one page that run one way, in reading order."""

    #: the height of the page in their reading frame
    height: float
    placed: list[columns.Placed]


def _page_frames(page, chars: list) -> list[_Frame]:
    """A page's lines, one frame per direction its text runs in.

    The page reads the way most of its text runs (a page shown turned, a
    landscape table set sideways: all of it reads in that direction);
    text running another way (a caption along a figure, a stamp up the
    margin) is read in its own frame, after the page's, as asides."""
    by_rotation: dict[int, list] = {}
    if chars and not any(map(_ROTATION, chars)):
        by_rotation[0] = chars  # every glyph upright: the usual page
    else:
        for c in chars:
            by_rotation.setdefault(c.rotation, []).append(c)
    if not by_rotation:
        return [_Frame(page.height, [])]
    if len(by_rotation) == 1:
        main = next(iter(by_rotation))
    else:
        weight = {r: sum(1 for c in group if c.text.strip()) for r, group in by_rotation.items()}
        main = max(by_rotation, key=lambda r: (weight[r], r == 0))
    out = []
    for rotation in [main] + sorted(r for r in by_rotation if r != main):
        frame = ReadingFrame(rotation, page.width, page.height)
        placed = _frame_lines(page, frame, by_rotation[rotation])
        for item in placed:
            item.aside = rotation != main
        out.append(_Frame(frame.size[1], placed))
    if len(out) > 1:
        _figure_asides(out[0].placed, [p for f in out[1:] for p in f.placed])
    return out


def _figure_asides(main: list[columns.Placed], asides: list[columns.Placed]) -> None:
    """Text set sideways along a figure (the title of its y axis) is the
    figure's text."""
    regions: dict[int, list[float]] = {}
    for item in main:
        if item.inset == "figure":
            box = _display_box(item.line)
            if box:
                r = regions.setdefault(item.region, list(box))
                r[:] = [min(r[0], box[0]), min(r[1], box[1]), max(r[2], box[2]), max(r[3], box[3])]
    for item in asides:
        box = _display_box(item.line)
        if not box:
            continue
        reach = figures.LABEL_REACH * item.line.size
        for region, r in regions.items():
            if box[2] >= r[0] - reach and box[0] <= r[2] + reach and box[3] >= r[1] - reach and box[1] <= r[3] + reach:
                item.inset, item.group = "figure", 1000 + region
                break


def _display_box(line) -> tuple[float, float, float, float] | None:
    real = [b for b in line.boxes if b is not None]
    if not real:
        return None
    return min(b[1] for b in real), min(b[2] for b in real), max(b[3] for b in real), max(b[4] for b in real)


def _frame_lines(page, frame: ReadingFrame, chars: list) -> list[columns.Placed]:
    """Lines of one direction in reading order, laid out upright in their
    frame; their boxes then put back on the displayed page."""
    upright = chars if frame.rotation == 0 else [frame.char(c) for c in chars]
    rendered = lines_mod.render_all(lines_mod.fragments(upright), page.number)
    rulings = [frame.ruling(r) for r in page.rulings]
    found = tables.find_tables(rendered, rulings, frame.size[1])
    free = [l for l in rendered if not any(t.holds(l) for t in found)]
    shapes = [frame.box(*s) for s in page.shapes]
    scanned = bool(chars) and all(c.font == OCR_FONT for c in chars)
    insets = figures.find_insets(free, shapes, frame.size, scanned=scanned,
                                 tables=[(t.x0, t.top, t.x1, t.bottom) for t in found], rulings=rulings)
    placed = columns.reading_order(rendered, found, insets)
    if frame.rotation:
        for item in placed:
            line = item.line
            line.rotation = frame.rotation
            line.boxes = [None if b is None else (b[0], *frame.display_box(*b[1:])) for b in line.boxes]
    return placed


def _assemble(doc: Document, frames: list[_Frame], vocab: SectionVocab) -> None:
    # running heads and feet (a stamp up the margin of every page too)
    drop = furniture.find_furniture([(f.height, [p.line for p in f.placed]) for f in frames])
    placed: list[tuple[int, columns.Placed]] = []
    for p, frame in enumerate(frames):
        for i, item in enumerate(frame.placed):
            if (p, i) in drop:
                doc.furniture.append(
                    Furniture(item.line.page, item.line.text, furniture.in_zone(item.line, frame.height) or "header")
                )
            else:
                placed.append((p, item))
    all_lines = [item.line for _, item in placed]
    size = lines_mod.body_size(all_lines)
    hyphenated = lines_mod.hyphenated_words(all_lines)
    blocks = paragraphs.classify(paragraphs.split_blocks(placed), size, vocab.kind_of)
    _title(doc, blocks, size, vocab)
    _sections_and_text(doc, blocks, vocab, hyphenated)


#: a title says something: at least this many words (Latin) or characters (Chinese)
_TITLE_WORDS, _TITLE_IDEOGRAPHS = 3, 6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _title(doc: Document, blocks, size: float, vocab: SectionVocab) -> None:
    """The article's title: the largest type on page 1, set clearly larger
    than the body, that says something — not a journal's name on its
    masthead ("Critical Care", "cancers"), an ISSN, or a section heading
    ("Results" on a page from the middle of an article: that page has no
    title)."""
    # not an aside: the arXiv stamp up the margin of page 1 is set larger than the title
    first_page = [b for b in blocks if b.lines[0].page == 1 and b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
                  and not b.aside and not b.inset]
    for block in sorted(first_page, key=lambda b: -b.lines[0].size):
        if block.lines[0].size < 1.15 * size:
            return
        text = lines_mod.join_lines(block.lines, set())[0].strip()
        if vocab.kind_of(text) is not None:
            continue
        if len(_WORD.findall(text)) < _TITLE_WORDS and sum(map(is_ideograph, text)) < _TITLE_IDEOGRAPHS:
            continue
        doc.title = text
        block.kind = BlockKind.HEADING
        block.level = 0
        return


def _sections_and_text(doc: Document, blocks, vocab: SectionVocab, hyphenated: set[str]) -> None:
    section: str | None = None
    section_kind: str | None = None
    pending_refs: list = []
    asides: list = []  # read while a reference entry is still open
    labelled: tuple[float, str | None, str | None] | None = None

    def flush_refs() -> None:
        if pending_refs:
            merged = paragraphs.RawBlock(BlockKind.PARAGRAPH, list(pending_refs))
            for entry in paragraphs.split_references(merged):
                _add_block(doc, entry, section, hyphenated)
            pending_refs.clear()
        for aside in asides:
            _add_block(doc, aside, section, hyphenated)
        asides.clear()

    for raw in blocks:
        if raw.aside or raw.inset:
            # text set sideways (a caption, a stamp), a figure's text and a
            # box are read in the section around them: they open no
            # section, end no label, and are no part of the reference
            # entry that runs on past them to the next page
            if pending_refs:
                asides.append(raw)
            else:
                _add_block(doc, raw, section, hyphenated)
            continue
        if raw.kind is BlockKind.HEADING:
            flush_refs()
            text, _ = lines_mod.join_lines(raw.lines, hyphenated)
            kind = vocab.kind_of(text)
            if section_kind in vocab.to_the_end:
                kind = section_kind  # back matter: the news item's own title is part of it
            if raw.level > 0 or kind:
                section, section_kind = text.strip(), kind
                doc.sections.append(Section(section, raw.level or 1, raw.lines[0].page, kind))
            labelled = None
        elif raw.kind is BlockKind.PARAGRAPH:
            label = paragraphs.BRACKET_LABEL.match(raw.lines[0].text)
            kind = vocab.kind_of(label.group(0)) if label else None
            if kind:
                # a labelled block ("[缩略语] …", "[Abstract] …") is set in its own
                # size; the body text after it returns to the section before
                # labels follow each other ([摘要], [关键词]): return past all of them
                outer = labelled[1:] if labelled else (None, None)
                labelled = (raw.lines[0].size, *outer)
                section, section_kind = label.group(1).strip(), kind
                doc.sections.append(Section(section, 1, raw.lines[0].page, kind))
            elif labelled and abs(raw.lines[0].size - labelled[0]) > 0.1 * labelled[0]:
                section, section_kind = labelled[1], labelled[2]
                labelled = None
        if section_kind == "references" and raw.kind is BlockKind.PARAGRAPH:
            # a hanging indent starts a new paragraph for the layout, but an
            # entry runs until the next number: collect, then split
            pending_refs.extend(raw.lines)
            continue
        flush_refs()
        _add_block(doc, raw, section, hyphenated)
    flush_refs()


def _sentences(block: Block, section: str | None) -> None:
    text, char_boxes, kind = block.text, block.boxes, block.kind
    whole = kind in (BlockKind.TABLE, BlockKind.HEADING, BlockKind.REFERENCE, BlockKind.FIGURE)
    spans = [(0, len(text))] if whole else split_sentences(text, block.lang)
    for start, end in spans:
        piece = text[start:end]
        if not piece.strip():
            continue
        sub = char_boxes.slice(start, end)
        pages = sub.pages()
        block.sentences.append(
            Sentence(
                text=piece,
                page=min(pages) if pages else block.page,
                lang=Lang(detect_language(piece)),
                section=section,
                kind=kind,
                boxes=sub,
                block=block.index,
                start=start,
            )
        )


def document_from_text(text: str, *, path: str = "<text>", section: str | None = None) -> Document:
    """A Document from plain text (paragraphs separated by blank lines).

    For ``litx explain --text`` and tests: sentences are split and languages
    detected as for a PDF; characters have no boxes and everything is page 1.
    """
    doc = Document(path=path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), pages=1)
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = " ".join(line.strip() for line in paragraph.splitlines() if line.strip())
        if not paragraph:
            continue
        boxes = CharBoxes()
        boxes.extend([None] * len(paragraph))
        block = Block(len(doc.blocks), BlockKind.PARAGRAPH, paragraph, boxes, 1, section, Lang(detect_language(paragraph)))
        _sentences(block, section)
        doc.blocks.append(block)
    return doc


def _add_block(doc: Document, raw, section: str | None, hyphenated: set[str]) -> None:
    text, boxes = lines_mod.join_lines(raw.lines, hyphenated)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    boxes = boxes[lead : lead + len(text)]
    if not text:
        return
    rotation = raw.lines[0].rotation
    char_boxes = CharBoxes(rotation)
    char_boxes.extend(boxes)
    block = Block(
        index=len(doc.blocks),
        kind=raw.kind,
        text=text,
        boxes=char_boxes,
        page=raw.lines[0].page,
        section=section,
        lang=Lang(detect_language(text)),
        level=raw.level,
        rotation=rotation,
    )
    _sentences(block, section)
    doc.blocks.append(block)
