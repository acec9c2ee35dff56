"""Sentences of a document, and the boxes of any span of them, for facts a reviewer adds.

What a result file holds
------------------------
Only the sentences that carry a fact (``evidence.sentence``), and for each
fact the boxes of its own span (``evidence.boxes``: one ``[page, x0, top,
x1, bottom]`` per printed line piece, PDF points from the top left).  No
sentence without a fact, no box for the rest of a sentence.

Where the rest comes from
-------------------------
The PDF itself.  Its text layer is built by the extractor's own parser
(:func:`extractor.layout.textlayer.parse_pdf`, with the section vocabulary of the
rules, through the parse cache of ``litx extract``: usually not parsed
again), which pins every character of every sentence to a box.  A selection
in a sentence then gets its boxes exactly as an extracted fact does
(``Sentence.span_boxes``), and its page is the page of its first printed
character (``Sentence.page_at``).

Every added fact says where its boxes come from, ``evidence.boxes_from``:

``"text_layer"``
    the PDF's character boxes: exact, as for extracted facts;
``"fact"``
    (no text layer) the selection is exactly an extracted fact's span: that
    fact's boxes, exact too;
``"estimate"``
    (no text layer) the selection lies inside an extracted fact's span: that
    fact's line pieces cut in proportion to the characters (equal character
    widths assumed; a piece is shortened, never moved to another line);
``"none"``
    none of these: no boxes.
"""

from __future__ import annotations

import collections
import threading
from pathlib import Path
from typing import Any, Iterable

from ..layout.document import BlockKind, Document, Sentence
from ..errors import LitxError

__all__ = ["BOXES_FROM", "TextLayers", "cut_boxes", "estimate_boxes", "find_sentence", "page_sentences"]

BOXES_FROM = ("text_layer", "fact", "estimate", "none")

Boxes = list[list[float]]


# ---------------------------------------------------------------- sentences of the text layer


def sentence_pages(sentence: Sentence) -> set[int]:
    """The pages a sentence is printed on (its first page when no character has a box)."""
    return set(sentence.boxes.pages()) or {sentence.page}


def page_sentences(doc: Document, page: int) -> list[Sentence]:
    """Sentences printed (partly) on ``page``, in reading order; reference-list entries left out
    (the titles of cited papers are not findings of the document)."""
    return [
        s
        for block in doc.blocks
        if block.kind is not BlockKind.REFERENCE
        for s in block.sentences
        if page in sentence_pages(s)
    ]


def _same_boxes(a: Iterable[Iterable[float]], b: Iterable[Iterable[float]], tolerance: float = 0.6) -> bool:
    a, b = [list(x) for x in a], [list(x) for x in b]
    return len(a) == len(b) and all(
        len(x) == len(y) == 5 and all(abs(float(p) - float(q)) <= tolerance for p, q in zip(x, y)) for x, y in zip(a, b)
    )


def find_sentence(
    doc: Document,
    page: int,
    text: str,
    *,
    span: tuple[int, int] | None = None,
    boxes: Boxes | None = None,
) -> Sentence | None:
    """The sentence of ``doc`` with exactly this ``text`` printed on ``page``.

    When the same sentence is printed twice on the page, ``span`` and
    ``boxes`` (an extracted fact's) pick the one whose characters
    ``span`` have those boxes; else the first.
    """
    found = [s for s in doc.sentences() if s.text == text and page in sentence_pages(s)]
    if len(found) > 1 and span is not None and boxes:
        for s in found:
            if _same_boxes(s.span_boxes(*span), boxes):
                return s
    return found[0] if found else None


def span_boxes(sentence: Sentence, start: int, end: int) -> Boxes:
    """The boxes of ``sentence.text[start:end]``, written as ``litx extract`` writes them."""
    return [[float(x) for x in b] for b in sentence.span_boxes(start, end)]


# ---------------------------------------------------------------- without a text layer


def cut_boxes(boxes: Boxes, low: float, high: float) -> Boxes:
    """The part ``low``–``high`` (fractions of the text) of a span laid out in ``boxes``.

    The line pieces are taken end to end (reading order) and the text spread
    evenly over their total width.
    """
    pieces = [b for b in boxes if isinstance(b, (list, tuple)) and len(b) == 5 and float(b[3]) > float(b[1])]
    total = sum(float(b[3]) - float(b[1]) for b in pieces)
    if total <= 0 or not 0 <= low < high <= 1:
        return []
    a, z = low * total, high * total
    out: Boxes = []
    at = 0.0
    for page, x0, top, x1, bottom in ((float(v) for v in b) for b in pieces):
        width = x1 - x0
        lo, hi = max(a, at), min(z, at + width)
        if hi - lo > 1e-6:
            out.append([page, round(x0 + lo - at, 1), top, round(x0 + hi - at, 1), bottom])
        at += width
    return out


def estimate_boxes(start: int, end: int, spans: Iterable[tuple[int, int, Any]]) -> tuple[Boxes, str]:
    """``(boxes, boxes_from)`` of ``start``–``end`` from extracted facts of the same sentence.

    ``spans``: ``(start, end, boxes)`` of those facts.  The selection equal
    to a fact's span takes its boxes (``"fact"``); inside one, a cut of
    them (``"estimate"``, the narrowest span containing it); otherwise
    ``([], "none")``: a selection reaching outside every known span could
    wrap to a line no fact shows, and no box is better than a wrong one.
    """
    usable = []
    for s, e, boxes in spans:
        if isinstance(s, int) and isinstance(e, int) and e > s and isinstance(boxes, list) and boxes:
            clean = [[float(v) for v in b] for b in boxes if isinstance(b, (list, tuple)) and len(b) == 5]
            if clean:
                usable.append((s, e, clean))
    for s, e, boxes in usable:
        if (s, e) == (start, end):
            return [list(b) for b in boxes], "fact"
    inside = sorted((e - s, s, e, boxes) for s, e, boxes in usable if s <= start and end <= e)
    for _, s, e, boxes in inside:
        cut = cut_boxes(boxes, (start - s) / (e - s), (end - s) / (e - s))
        if cut:
            return cut, "estimate"
    return [], "none"


# ---------------------------------------------------------------- parsed text layers


class TextLayers:
    """Text layers of the PDFs under review, parsed on first use and kept (a few at a time).

    ``password`` opens encrypted PDFs (given only to those that need one: a
    password that is not theirs does not open an owner-password-only PDF);
    ``rules_dir`` gives the section
    vocabulary (the rules ``litx extract`` ran with: same sections, and the
    parse cache entry of that run is found); ``cache_dir``: the parse cache
    (None: its default place; ``False``: no cache); ``ocr``: which pages
    Tesseract reads (as ``litx extract --ocr``: the same text, the same
    cache entry).  Entries parsed with a
    password are never written to the cache (:func:`extractor.runs.cache.parse_cached`).
    """

    def __init__(
        self,
        *,
        password: str | None = None,
        rules_dir: Path | None = None,
        cache_dir: Path | None | bool = None,
        keep: int = 4,
        ocr: str = "auto",
    ) -> None:
        self.ocr = ocr
        self.password = password or None
        self.rules_dir = Path(rules_dir) if rules_dir is not None else None
        self.cache_dir = cache_dir
        self.keep = max(1, int(keep))
        self.parses = 0  # text layers parsed (not found in the cache) by this object
        self._docs: collections.OrderedDict[tuple, Document | LitxError] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._vocab: Any = None

    def _sections(self):
        if self._vocab is None:
            from ..layout.textlayer import section_vocab
            from ..ruleset.model import load_rules

            self._vocab = section_vocab(load_rules(self.rules_dir))
        return self._vocab

    def get(self, pdf: Path, sha256: str, *, locked: bool = False, engine: str | None = None) -> Document:
        """The text layer of ``pdf`` (whose bytes hash to ``sha256``; ``locked``: it needs
        the password), read with the character ``engine`` its run used (None:
        not known, the default engine's and then any cached text layer);
        LitxError when unreadable."""
        st = pdf.stat()
        key = (str(pdf.resolve()), st.st_mtime_ns, st.st_size, sha256, locked, engine)
        with self._lock:
            got = self._docs.get(key)
            if got is None:
                got = self._load(pdf, sha256, self.password if locked else None, engine)
                self._docs[key] = got
                while len(self._docs) > self.keep:
                    self._docs.popitem(last=False)
            self._docs.move_to_end(key)
        if isinstance(got, LitxError):
            raise got
        return got

    def _load(self, pdf: Path, sha256: str, password: str | None, engine: str | None = None) -> Document | LitxError:
        from ..runs.cache import ParseCache, parse_cached, sections_key
        from ..layout.ocr import cache_key as ocr_cache_key
        from ..layout.pdfsource import DEFAULT_ENGINE, ENGINES
        from ..layout.textlayer import parse_pdf

        vocab = self._sections()
        extra = sections_key(vocab) + ocr_cache_key(self.ocr)

        def parse() -> Document:
            self.parses += 1
            return parse_pdf(pdf, password=password, engine=read_with, sections=vocab, ocr=self.ocr)

        # the engine of the run when the output folder's manifest names it;
        # else the default's text layer, or any engine's a run left cached
        read_with = engine if engine in ENGINES else DEFAULT_ENGINE
        tried = [read_with] if engine in ENGINES else [read_with] + [e for e in ENGINES if e != read_with]

        try:
            if self.cache_dir is False:
                return parse()
            # one connection per use: sqlite connections stay in their thread
            with ParseCache(self.cache_dir if isinstance(self.cache_dir, Path) else None) as cache:
                for name in tried:
                    found = cache.get(sha256, extra, engine=name)
                    if found is not None:
                        found.path = str(pdf)
                        return found
                doc, _ = parse_cached(pdf, parse=parse, sha256=sha256, key_extra=extra, cache=cache, password=password,
                                      engine=read_with)
                return doc
        except LitxError as exc:
            return exc
