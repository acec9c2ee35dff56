"""Sentences → facts: every fact type's finders run over the text layer.

For each sentence of the text layer (reference lists and other sections that
yield no facts skipped) the matchers find their mentions once; then each
fact type of the registry (:mod:`extractor.facts.types`) reads the sentence
and adds its facts, in :func:`~extractor.facts.registry.finding_order`.
Each fact gets its context (negated, hedged, species) as it is added, a
dose the cell type it applies to, every fact the citations of its sentence
(or of the sentence before that cited, as before) and the study it reports
(``study``: the markers of its own clause or list item, or of the study the
paragraph goes on describing — :mod:`extractor.facts.studies`) and, when
it belongs to one group of that study, its ``arm``
(:mod:`extractor.facts.arms`: parallel lists of a sentence, the rows of a
group table).  Once the document is read, a fact shared by several studies
yields to what each says of itself, a step of another fact is linked to it
(``part_of``) and a cited study's arms take its later facts of their value.
Every fact keeps the rule that made it and where that rule is written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from . import quantities
from ..matching import citations
from ..layout.document import BlockKind, Document
from ..layout.tables import CELL_SEPARATOR
from ..matching.matchers import TermMatcher, matcher_for
from ..ruleset.model import Kind, RuleError, RuleSet, load_rules
from ..layout.textlayer import SectionVocab, section_vocab
from .registry import fact_types, finding_order
from .results import Citation, DocumentInfo, Fact, Result
from .scope import CUE_KINDS, Earlier, SentenceScope, TableScope
from .screen import Screen
from .arms import ArmVocab, GroupCarry, carry_arms, sentence_arms, table_arms
from .studies import Paragraph, StudyVocab, mark_parts, settle_shared, study_row, type_name_problems

__all__ = ["CUE_KINDS", "Extractor"]


@dataclass
class Extractor:
    """Rules compiled once, applied to many documents."""

    rules: RuleSet
    matcher: TermMatcher
    vocab: quantities.QuantityVocab
    sections: SectionVocab
    #: what each fact type compiled from the rules for its finders (FactType.compile), by type
    compiled: dict[str, Any] = None  # type: ignore[assignment]
    #: a hash of the rule files' bytes (runs/manifest.py), taken before they
    #: were read: an edit while they load makes it stale, never the results
    fingerprint: str | None = None
    #: the sentence openings that carry a study on or end it (rules/studies.yaml attribution)
    study_vocab: StudyVocab = None  # type: ignore[assignment]
    #: what makes a list of values a study's arms (rules/studies.yaml arms)
    arm_vocab: ArmVocab = None  # type: ignore[assignment]
    #: the keys each fact type's quick test needs, asked of a sentence once (facts/screen.py)
    screen: Screen = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        problems = type_name_problems(self.rules)
        if problems:
            raise RuleError(problems)
        if self.compiled is None:
            self.compiled = {t.name: t.compile(self.rules) for t in fact_types() if t.compile is not None}
        if self.study_vocab is None:
            self.study_vocab = StudyVocab.from_rules(self.rules)
        if self.arm_vocab is None:
            self.arm_vocab = ArmVocab.from_rules(self.rules)
        if self.screen is None:
            self.screen = Screen({t.name: t.screen(self) for t in fact_types() if t.screen is not None})

    @classmethod
    def load(cls, rules_dir: Path | None = None) -> "Extractor":
        from ..ruleset.fingerprint import rules_fingerprint

        fingerprint = rules_fingerprint(rules_dir)
        extractor = cls.from_rules(load_rules(rules_dir))
        extractor.fingerprint = fingerprint
        return extractor

    @classmethod
    def from_rules(cls, rules: RuleSet) -> "Extractor":
        """Every finder built from one validated rule set."""
        return cls(rules, matcher_for(rules), quantities.QuantityVocab.from_rules(rules), section_vocab(rules))

    # ------------------------------------------------------------------

    def result(self, doc: Document) -> Result:
        facts = self.facts(doc)
        # a fact read off an OCR'd page may hold a misreading: its evidence says so
        ocr = set(doc.ocr_pages)
        for fact in facts:
            if fact.evidence.page in ocr:
                fact.evidence.ocr = True  # an extra field of the contract
        return Result(
            document=DocumentInfo(
                path=doc.path, sha256=doc.sha256, pages=doc.pages, languages=doc.languages, title=doc.title,
                ocr_pages=list(doc.ocr_pages) or None,
            ),
            facts=facts,
            warnings=list(doc.warnings),
        )

    def facts(self, doc: Document) -> list[Fact]:
        references = doc.reference_entries()
        confirmed = self._confirmed_abbreviations(doc)
        section_kinds = {s.title: s.kind for s in doc.sections}
        facts: list[Fact] = []
        links: list[tuple[Fact, Fact]] = []
        parts: list[tuple[Fact, Fact]] = []  # (a step, the fact it is a step of): rules/studies.yaml includes
        # in a paper about animals a bare "n = 7" counts animals or samples
        # (asked only when such an n = turns up)
        animal_paper = _Lazy(lambda: quantities.about_animals(
            "\n".join(b.text for b in doc.blocks if b.kind is not BlockKind.REFERENCE), self.vocab))
        order = finding_order()
        table_row = 0
        table_state: dict = {}
        table_rows: list[tuple[str, list[Fact]]] = []  # (first cell, facts) of the table being read
        document_state: dict = {}  # SentenceScope.document: kept across the document's sentences
        species_kind = Kind.SPECIES.value
        screen = self.screen
        # the sentence finders in order, each with its quick test and whether
        # the screen's keys say all that test says (looked up once per document)
        sentence_finders = [(declared.name, declared.in_sentence, declared.may_hold, screen.exact(declared.name))
                            for declared in order if declared.in_sentence is not None]
        heading_finders = [declared.in_heading for declared in order if declared.in_heading is not None]
        for block in doc.blocks:
            table_row = table_row + 1 if block.kind is BlockKind.TABLE else 0
            if table_row <= 1 and table_rows:
                table_arms(table_rows, self.arm_vocab)  # the rows of a dose-group table are arms
                table_rows = []
            if block.kind is BlockKind.REFERENCE:
                continue
            if block.kind is BlockKind.TABLE:
                if table_row == 1:
                    table_state = {}
                row = TableScope(self, block, table_row, table_state, animal_paper)
                for declared in order:
                    if declared.in_table is not None:
                        declared.in_table(row)
                first_cell = block.text.split(CELL_SEPARATOR)[0]
                cited = study_row(first_cell)
                for fact in row.out if cited else ():
                    fact.study = fact.study or list(cited)  # a table of studies: a row is one study
                facts.extend(row.out)
                table_rows.append((first_cell, [] if cited else row.out))
                continue
            if not self.rules.section_yields_facts(section_kinds.get(block.section or "")):
                continue
            species = None
            cited: list[str] = []
            earlier = Earlier()
            heading = block.kind is BlockKind.HEADING
            paragraph = Paragraph(vocab=self.study_vocab)  # the study the paragraph describes (facts/studies.py)
            # the group of a study the paragraph describes (facts/arms.py)
            group = GroupCarry(across=section_kinds.get(block.section or "")
                               not in self.rules.models["studies"].arms.sentence_only_sections)
            for sentence in block.sentences:
                markers = citations.markers(sentence.text)
                if markers:
                    cited = markers
                    group.label = None  # a cited study's sentence is not about the group described
                study_of = paragraph.sentence(sentence.text)
                mentions = self.matcher.match(sentence.text, sentence.lang.value)
                scope = SentenceScope(self, sentence, mentions, confirmed, species, earlier, animal_paper,
                                      heading=heading, links=links, document=document_state)
                if heading:
                    for in_heading in heading_finders:
                        in_heading(scope)
                else:
                    # one screening pass: what the sentence holds of every type's keys (facts/screen.py)
                    held = screen.holds(sentence.text, scope.kinds)
                    for name, in_sentence, may_hold, exact in sentence_finders:
                        if held is not None and not screen.opens(name, held, scope):
                            continue
                        if may_hold is not None and not (held is not None and exact) and not may_hold(scope):
                            continue
                        in_sentence(scope)
                if not heading:
                    earlier.remember(scope)
                    sentence_arms(sentence.text, scope.out, self.arm_vocab, group)
                # (the citations are made only for a sentence with facts to carry them)
                cited_refs = [Citation(marker=m, reference=references.get(m)) for m in cited] if scope.out else []
                for fact in scope.out:
                    fact.citations = cited_refs
                    fact.study = study_of(fact.evidence.start, fact.evidence.end)
                parts.extend(mark_parts(scope.out, self.study_vocab))
                facts.extend(scope.out)
                animal = [m.id for m in mentions if m.kind == species_kind and m.id != self.rules.species_default]
                if animal:
                    species = animal[-1]
        if table_rows:
            table_arms(table_rows, self.arm_vocab)
        for part, whole in parts:
            part.part_of = ""  # linked below, once ids exist
        for declared in order:
            if declared.in_document is not None:
                facts = declared.in_document(facts, self.compiled.get(declared.name))
        if any(declared.in_document is not None for declared in order):
            kept = set(map(id, facts))
            links = [(a, b) for a, b in links if id(a) in kept and id(b) in kept]
            parts = [(a, b) for a, b in parts if id(a) in kept and id(b) in kept]
        # a fact shared by several studies yields to what each says of itself; arms carried on
        settle_shared(facts, self.study_vocab)
        carry_arms(facts, self.arm_vocab)
        facts = _unique_ids(facts)
        # a dose names the cell type it applies to by that fact's id
        for dose, cell in links:
            dose.cell_type = cell.id
        for part, whole in parts:
            part.part_of = whole.id
        return facts

    def _confirmed_abbreviations(self, doc: Document) -> set[str]:
        """Ambiguous abbreviations (MSC) the document itself confirms."""
        text = " ".join(b.text for b in doc.blocks if b.kind is not BlockKind.REFERENCE).lower()
        out: set[str] = set()
        for entry in self.rules.ambiguous_abbreviations:
            # (the conflicts asked only of a document that confirms)
            if any(t.lower() in text for t in entry.confirm.all()) \
                    and not any(t.lower() in text for t in entry.conflicts.all()):
                out.update(entry.terms)
        return out


class _Lazy:
    """A value computed on first call, then remembered."""

    def __init__(self, compute: Callable[[], bool]) -> None:
        self._compute, self._value = compute, None

    def __call__(self) -> bool:
        if self._value is None:
            self._value = self._compute()
        return self._value


def _unique_ids(facts: Iterable[Fact]) -> list[Fact]:
    """Ids stable across runs for the same PDF and rules: a hash of what the
    fact is and where; a counter only separates true duplicates."""
    seen: dict[str, int] = {}
    out = []
    for fact in facts:
        key = json.dumps(
            [fact.type, fact.evidence.page, fact.evidence.sentence, fact.evidence.start, fact.evidence.end, fact.value],
            ensure_ascii=False,
            sort_keys=True,
        )
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        fact.id = f"{fact.type[:2]}-{digest}" + (f"-{n}" if n else "")
        out.append(fact)
    return out
