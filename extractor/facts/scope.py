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

    @property
    def rules(self):
        return self.extractor.rules

    def mentions(self, sentence: Sentence) -> list[Mention]:
        """The matchers' mentions of one line of the row (matched on first use)."""
        key = id(sentence)
        if key not in self._mentions:
            self._mentions[key] = self.extractor.matcher.match(sentence.text, sentence.lang.value)
        return self._mentions[key]

    def cells_under(self, headings: Iterable[str]) -> list[tuple[Sentence, int, int]]:
        """The cells of this row (sentence, start, end) under a column whose
        head, in the table's first row, holds one of ``headings`` (any case).

        Rows are read only when they have as many cells as the head row, so a
        row that lost an empty cell never reads another column's value.
        """
        wanted = [h.casefold() for h in headings]
        if self.row == 1:
            heads = [text.casefold() for s in self.block.sentences for _, _, text in cell_spans(s.text)]
            self.table_state["column heads"] = heads
            return []
        heads = self.table_state.get("column heads") or []
        out = []
        for sentence in self.block.sentences:
            cells = cell_spans(sentence.text)
            if len(cells) != len(heads):
                continue
            out += [(sentence, a, b) for (a, b, _), head in zip(cells, heads) if any(w in head for w in wanted)]
        return out

    def add(self, sentence: Sentence, kind: str, value: dict, start: int, end: int, rule: str,
            source: str | None = None) -> Fact:
        """A fact of a table cell: no context (a table states, it does not deny)."""
        fact_type(kind)
        fact = Fact(id="", type=kind, value=value, text=sentence.text[start:end], rule=rule, source=source,
                    evidence=evidence_of(sentence, start, end))
        self.out.append(fact)
        return fact
