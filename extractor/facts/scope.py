"""What a fact type's finder sees: one sentence (or table row) and what is known around it.

The pipeline makes one :class:`SentenceScope` per sentence and hands it to
each type's finder in turn (:func:`extractor.facts.registry.finding_order`);
a finder reads the sentence, the matchers' mentions, the facts earlier types
found in it (``found``) and the sentences before it in the paragraph
(``earlier``), and adds facts with :meth:`SentenceScope.add`, which fills in
evidence and context the same way for every type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..layout.document import Block, Sentence
from ..layout.tables import cell_spans
from ..matching.context import context_of
from ..matching.matchers import fold_punct
from ..matching.mentions import Mention
from ..ruleset.model import Kind
from .registry import fact_type
from .results import Context, Evidence, Fact

if TYPE_CHECKING:
    from .pipeline import Extractor

#: mention kinds that describe a fact's context rather than a fact
CUE_KINDS = frozenset(
    k.value
    for k in (Kind.NEGATION, Kind.PSEUDO_NEGATION, Kind.TERMINATOR, Kind.HEDGE, Kind.SPECIES, Kind.IN_VITRO, Kind.DIRECTION)
)


def evidence_of(sentence: Sentence, start: int, end: int) -> Evidence:
    """Where a span of a sentence is: page, sentence, characters, section, boxes."""
    return Evidence(
        page=sentence.page_at(start), sentence=sentence.text, start=start, end=end, lang=sentence.lang.value,
        section=sentence.section, boxes=[list(b) for b in sentence.span_boxes(start, end)],
    )


@dataclass
class Earlier:
    """The sentences just before, in the same paragraph: their mentions and
    the facts found in them, newest last (how far back each finder looks:
    settings.yaml, linking.*_sentences)."""

    sentences: list["SentenceScope"] = field(default_factory=list)

    def remember(self, scope: "SentenceScope") -> None:
        self.sentences.append(scope)

    def last(self, n: int) -> list["SentenceScope"]:
        """The ``n`` sentences before, nearest first."""
        return self.sentences[::-1][:n] if n > 0 else []


@dataclass
class SentenceScope:
    """One sentence of a paragraph or heading, as the finders see it."""

    extractor: "Extractor"
    sentence: Sentence
    mentions: list[Mention]
    #: ambiguous abbreviations (MSC) the document itself confirms
    confirmed: set[str]
    #: the species the paragraph is about so far (None: the default)
    species: str | None
    earlier: Earlier
    #: is the document about animals? (asked only when needed, then remembered)
    animal_paper: Callable[[], bool]
    heading: bool = False
    #: (fact, what it points at) pairs to resolve once ids exist: a dose → its cell type
    links: list[tuple[Fact, Fact]] = field(default_factory=list)
    out: list[Fact] = field(default_factory=list)
    #: per type, the facts found in this sentence with the mention each came from (or None)
    found: dict[str, list[tuple[Any, Fact]]] = field(default_factory=dict)
    #: what finders keep from sentence to sentence of one document, by their
    #: own keys (an abbreviation a paper defines: "human amniotic MSCs (hAMSCs)")
    document: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached_property
    def lang(self) -> str:
        return self.sentence.lang.value

    @property
    def rules(self):
        return self.extractor.rules

    @cached_property
    def kinds(self) -> frozenset[str]:
        """The kinds of the sentence's mentions, found once per sentence."""
        return frozenset(m.kind for m in self.mentions)

    @cached_property
    def folded(self) -> str:
        """The text with its width and punctuation folded (:func:`fold_punct`), once per sentence."""
        return fold_punct(self.sentence.text)

    @cached_property
    def cues(self) -> list[Mention]:
        """The mentions that judge a fact's context (negation, hedging, species …), found once per sentence."""
        return [m for m in self.mentions if m.kind in CUE_KINDS]

    def of_kind(self, kind: Kind) -> list[Mention]:
        value = kind.value
        return [m for m in self.mentions if m.kind == value]

    def add(self, kind: str, value: dict, start: int, end: int, rule: str, source: str | None = None,
            scope: tuple[int, int] | None = None, mention: Any = None) -> Fact:
        """A fact of type ``kind`` at ``start:end``, its context judged over
        ``scope`` (default: the span itself)."""
        declared = fact_type(kind)
        text, lang = self.text, self.lang
        ctx = context_of(text, scope or (start, end), self.cues, self.rules, lang, section_species=self.species,
                         looks_back=declared.negated_by_what_follows)
        fact = Fact(
            id="", type=kind, value=value, text=text[start:end], evidence=evidence_of(self.sentence, start, end),
            rule=rule, source=source,
            context=Context(negated=ctx.negated and declared.deniable(value), hedged=ctx.hedged, species=ctx.species),
        )
        self.out.append(fact)
        self.found.setdefault(kind, []).append((mention, fact))
        return fact

    def remove(self, fact: Fact) -> None:
        self.out.remove(fact)
        for kind, pairs in self.found.items():
            self.found[kind] = [p for p in pairs if p[1] is not fact]

    def facts_of(self, kind: str) -> list[tuple[Any, Fact]]:
        return self.found.get(kind, [])


@dataclass(frozen=True)
class TableCell:
    """A cell of a table row's line: its characters in the line, its text
    and the index of the column head it stands under (None: none known)."""

    start: int
    end: int
    text: str
    column: int | None


def _x_span(sentence: Sentence, start: int, end: int) -> tuple[float, float] | None:
    """How far across the page a cell is printed (None: not printed, or
    printed sideways, where across is not the way a row runs)."""
    if sentence.boxes.rotation:
        return None
    boxes = sentence.span_boxes(start, end)
    if not boxes:
        return None
    return min(box[1] for box in boxes), max(box[3] for box in boxes)


def _column_under(span: tuple[float, float] | None, heads: list[tuple[float, float] | None]) -> int | None:
    """The head a cell printed across ``span`` overlaps most (None: none)."""
    if span is None:
        return None
    best, most = None, 0.0
    for i, head in enumerate(heads):
        if head is None:
            continue
        overlap = min(span[1], head[1]) - max(span[0], head[0])
        if overlap > most:
            best, most = i, overlap
    return best


@dataclass
class TableScope:
    """One row of a table (a block whose sentences are its lines, cells
    joined by `` | ``), as the finders see it.  Tables are read cautiously:
    their numbers are mostly results."""

    extractor: "Extractor"
    block: Block
    #: 1 for the table's first row, 2 for the next …
    row: int
    #: what finders keep from row to row of one table (a column of group sizes), by their own keys
    table_state: dict[str, Any]
    animal_paper: Callable[[], bool]
    out: list[Fact] = field(default_factory=list)
    _mentions: dict[int, list[Mention]] = field(default_factory=dict)
    _cells: dict[int, list["TableCell"]] = field(default_factory=dict)

    @property
    def rules(self):
        return self.extractor.rules

    def mentions(self, sentence: Sentence) -> list[Mention]:
        """The matchers' mentions of one line of the row (matched on first use)."""
        key = id(sentence)
        if key not in self._mentions:
            self._mentions[key] = self.extractor.matcher.match(sentence.text, sentence.lang.value)
        return self._mentions[key]

    def __post_init__(self) -> None:
        if self.row == 1:  # the first row names the columns: its cells and where each is printed
            cells = [(s, a, b, text) for s in self.block.sentences for a, b, text in cell_spans(s.text)]
            self.table_state["column heads"] = [text.casefold() for *_, text in cells]
            self.table_state["column heads as printed"] = [text for *_, text in cells]
            self.table_state["column spans"] = [_x_span(s, a, b) for s, a, b, _ in cells]

    @property
    def heads(self) -> list[str]:
        """The heads of the table's columns (its first row's cells, case folded)."""
        return self.table_state.get("column heads") or []

    @property
    def printed_heads(self) -> list[str]:
        """The heads of the table's columns as printed (an arm's label)."""
        return self.table_state.get("column heads as printed") or []

    def cells(self, sentence: Sentence) -> list[TableCell]:
        """The cells of one line of this row, each with the column it stands
        under.  A row with as many cells as the head row is read in order;
        one with more or fewer (an empty cell is not printed; the head of the
        row labels is often left blank) by where each cell is printed: under
        the head it overlaps most, and under none when it overlaps none or
        shares its head with another cell.  The head row stands under no head.
        (Worked out on first use: every column reader of the row asks.)"""
        key = id(sentence)
        if key not in self._cells:
            self._cells[key] = self._placed(sentence)
        return self._cells[key]

    def _placed(self, sentence: Sentence) -> list[TableCell]:
        spans = cell_spans(sentence.text)
        heads = self.heads
        if self.row == 1 or not heads:
            return [TableCell(a, b, text, None) for a, b, text in spans]
        if len(spans) == len(heads):
            return [TableCell(a, b, text, i) for i, (a, b, text) in enumerate(spans)]
        columns = [_column_under(_x_span(sentence, a, b), self.table_state["column spans"]) for a, b, _ in spans]
        shared = {c for c in columns if c is not None and columns.count(c) > 1}
        return [TableCell(a, b, text, None if c in shared else c) for (a, b, text), c in zip(spans, columns)]

    def head_at(self, sentence: Sentence, start: int) -> str | None:
        """The head of the column the cell beginning at ``start`` stands under."""
        for cell in self.cells(sentence):
            if cell.start == start:
                return self.heads[cell.column] if cell.column is not None else None
        return None

    def cells_under(self, headings: Iterable[str]) -> list[tuple[Sentence, int, int]]:
        """The cells of this row (sentence, start, end) under a column whose
        head, in the table's first row, holds one of ``headings`` (any case)."""
        columns = self._columns_under(tuple(headings))
        out = []
        for sentence in self.block.sentences:
            out += [(sentence, c.start, c.end) for c in self.cells(sentence) if c.column in columns]
        return out

    def _columns_under(self, headings: tuple[str, ...]) -> frozenset[int]:
        """The columns whose head holds one of ``headings`` (any case),
        worked out once per table: its heads are its first row's, and every
        row's readers ask the same."""
        key = ("columns under", headings)
        found = self.table_state.get(key)
        if found is None:
            wanted = [h.casefold() for h in headings]
            found = self.table_state[key] = frozenset(
                i for i, head in enumerate(self.heads) if any(w in head for w in wanted))
        return found

    def add(self, sentence: Sentence, kind: str, value: dict, start: int, end: int, rule: str,
            source: str | None = None) -> Fact:
        """A fact of a table cell: no context (a table states, it does not deny)."""
        fact_type(kind)
        fact = Fact(id="", type=kind, value=value, text=sentence.text[start:end], rule=rule, source=source,
                    evidence=evidence_of(sentence, start, end))
        self.out.append(fact)
        return fact
