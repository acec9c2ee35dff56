"""Sentences → facts: every fact type's finders run over the text layer.

For each sentence of the text layer (reference lists and other sections that
yield no facts skipped) the matchers find their mentions once; then each
fact type of the registry (:mod:`extractor.facts.types`) reads the sentence
and adds its facts, in :func:`~extractor.facts.registry.finding_order`.
Each fact gets its context (negated, hedged, species) as it is added, a
dose the cell type it applies to, and every fact the citation of the study
it reports.  Every fact keeps the rule that made it and where that rule is
written.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import quantities
from ..matching import citations
from ..layout.document import BlockKind, Document
from ..matching.matchers import TermMatcher, matcher_for
from ..ruleset.model import Kind, RuleSet, load_rules
from ..layout.textlayer import SectionVocab, section_vocab
from .registry import finding_order
from .results import Citation, DocumentInfo, Fact, Result
from .scope import CUE_KINDS, Earlier, SentenceScope, TableScope

__all__ = ["CUE_KINDS", "Extractor", "FactCues"]


@dataclass(frozen=True)
class FactCues:
    """The word lists the fact filters consult, read from the rules once."""

    needs_cue: frozenset[str]  # units whose amounts need a dose cue (mL, mg)
    dose_cues: tuple[str, ...]
    definitions: tuple[str, ...]  # a disease described, not an effect
    disqualifiers: tuple[str, ...]  # before a count of people: excluded, lost
    preceded_by: tuple[str, ...]  # right before it: in, 其中, Table
    outcomes: frozenset[str]  # right after it: had, recovered, 出现
    received: tuple[str, ...]  # between a count and its sessions: received, 接受
    column_headers: frozenset[str]  # a table column of group sizes: 例数, Participants
    #: right before a preceded_by word ("in", "of", 有), a study or a report
    #: ("reported in two patients", "a study of 30 women") or a total
    #: (共有61例): the count is the whole studied, not a part
    whole_before: re.Pattern
    #: after "11.5% (n=90)": a sample the percentage describes ("random
    #: subsample"), so the count is that sample's size, not a numerator
    sample_after: re.Pattern
    #: "1 × 10^6 4T1-luciferase tagged cells": a cell word (units.yaml
    #: `cell_words`) a few words on is the unit of a bare power of ten
    cells_soon: re.Pattern
    #: "Four women (10%) who were excluded": a relative pronoun and an
    #: auxiliary (sample_size `relatives`, `auxiliaries`) skipped before the
    #: words after a count
    leading_aux: re.Pattern
    #: 接受两次移植的11例: a count named by the sessions its people received
    #: (a few characters and a Chinese relative marker, sample_size `relatives`)
    relative: re.Pattern
    #: a time before the verb after a count (17例术后出现…, 3例在第三次移植后恢复,
    #: 于末次移植后5个月): a few characters ending in a word of sample_size
    #: `time_markers` (术后, 后, 时), perhaps an amount of time
    leading_time: re.Pattern

    @classmethod
    def from_rules(cls, rules: RuleSet) -> "FactCues":
        units = rules.models["units"]
        sample = [c for c in units.counts if c.id == "sample_size"]

        def lowered(terms) -> tuple[str, ...]:
            return tuple(t.lower() for t in terms)

        return cls(
            needs_cue=frozenset(u.id for u in units.units if u.needs_cue),
            dose_cues=lowered(units.dose_cues.all()),
            definitions=lowered(rules.models["directions"].definitions.all()),
            disqualifiers=lowered(t for c in sample for t in c.disqualifiers.all()),
            preceded_by=lowered(t for c in sample for t in c.preceded_by.all()),
            outcomes=frozenset(lowered(t for c in sample for t in c.outcomes.all())),
            received=lowered(t for c in sample for t in c.received.all()),
            column_headers=frozenset(lowered(t for c in sample for t in c.column_headers.all())),
            whole_before=_whole_before([w for c in sample for w in c.wholes_before.all()]),
            sample_after=_sample_after([w for c in sample for w in c.samples.all()]),
            cells_soon=_cells_soon(units.cell_words.all()),
            leading_aux=_leading_aux([w for c in sample for w in c.relatives.en],
                                     [w for c in sample for w in c.auxiliaries.all()]),
            relative=re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{_alternatives(w for c in sample for w in c.relatives.zh)})"),
            leading_time=_leading_time([w for c in sample for w in c.time_markers.all()]),
        )


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w.lower()) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def _spaced(words: Iterable[str]) -> str:
    """Like :func:`_alternatives`, a space matching any run of spaces."""
    return _alternatives(words).replace(r"\ ", r"\s+")


def _cells_soon(words: Iterable[str]) -> re.Pattern:
    """Up to three words, then a cell word (an English one whole): "1 × 10^6
    4T1-luciferase tagged cells", 5×10^6个细胞.  per / each / in end the
    search: a denominator or a carrier comes first."""
    words = list(words)
    latin = _spaced(w for w in words if w.isascii())
    other = _alternatives(w for w in words if not w.isascii())
    return re.compile(rf"\s*(?:(?!per\b|each\b|in\b)[\w-]+\s+){{0,3}}?(?:(?:{latin})\b|{other})", re.IGNORECASE)


def _leading_aux(relatives: list[str], auxiliaries: list[str]) -> re.Pattern:
    """At the start of a (lower-case) text: a relative pronoun, then an
    auxiliary, each optional ("who were excluded" → "excluded")."""
    return re.compile(rf"^(?:(?:{_spaced(relatives)})\s+)?(?:(?:{_spaced(auxiliaries)})\s+)?")


def _leading_time(words: list[str]) -> re.Pattern:
    """At the start of a text: a time phrase of up to 12 characters in its
    clause that ends in one of ``words`` (术后, 后, 时), perhaps after 在 / 于
    and before an amount of time (后5个月)."""
    return re.compile(rf"^\s*(?:在|于)?[^，,；;。]{{0,12}}?(?:{_spaced(words)})(?:\d+\s*个?[天日周月年])?", re.IGNORECASE)


def _whole_before(words: list[str]) -> re.Pattern:
    """The end of a clause (lower-cased) that is one of ``words``, an English
    one perhaps with an adverb after it ("reported previously in")."""
    latin = _alternatives(w for w in words if w.isascii())
    other = _alternatives(w for w in words if not w.isascii())
    return re.compile(rf"(?:\b(?:{latin})(?:\s+[a-z]+ly)?|(?:{other}))\s*$")


def _sample_after(words: list[str]) -> re.Pattern:
    """Right after a bracketed count, its closing bracket and a word naming
    a sample, a few words of description between ("(n=90) random subsample",
    "（n=52）的随机子样本")."""
    latin = _alternatives(w for w in words if w.isascii())
    other = _alternatives(w for w in words if not w.isascii())
    return re.compile(
        rf"\s*[)）]\s*(?:[a-z-]+\s+){{0,3}}(?:{latin})\b|\s*[)）]\s*的?\s*[\u4e00-\u9fff]{{0,2}}?(?:{other})",
        re.IGNORECASE,
    )


@dataclass
class Extractor:
    """Rules compiled once, applied to many documents."""

    rules: RuleSet
    matcher: TermMatcher
    vocab: quantities.QuantityVocab
    sections: SectionVocab
    cues: FactCues = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.cues is None:
            self.cues = FactCues.from_rules(self.rules)

    @classmethod
    def load(cls, rules_dir: Path | None = None) -> "Extractor":
        return cls.from_rules(load_rules(rules_dir))

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
        references = _reference_entries(doc)
        confirmed = self._confirmed_abbreviations(doc)
        section_kinds = {s.title: s.kind for s in doc.sections}
        facts: list[Fact] = []
        links: list[tuple[Fact, Fact]] = []
        # in a paper about animals a bare "n = 7" counts animals or samples
        # (asked only when such an n = turns up)
        animal_paper = _Lazy(lambda: quantities.about_animals(
            "\n".join(b.text for b in doc.blocks if b.kind is not BlockKind.REFERENCE), self.vocab))
        order = finding_order()
        table_row = 0
        table_state: dict = {}
        for block in doc.blocks:
            table_row = table_row + 1 if block.kind is BlockKind.TABLE else 0
            if block.kind is BlockKind.REFERENCE:
                continue
            if block.kind is BlockKind.TABLE:
                if table_row == 1:
                    table_state = {}
                row = TableScope(self, block, table_row, table_state, animal_paper)
                for declared in order:
                    if declared.in_table is not None:
                        declared.in_table(row)
                facts.extend(row.out)
                continue
            if not self.rules.section_yields_facts(section_kinds.get(block.section or "")):
                continue
            species = None
            cited: list[str] = []
            earlier = Earlier()
            heading = block.kind is BlockKind.HEADING
            for sentence in block.sentences:
                markers = citations.markers(sentence.text)
                if markers:
                    cited = markers
                mentions = self.matcher.match(sentence.text, sentence.lang.value)
                scope = SentenceScope(self, sentence, mentions, confirmed, species, earlier, animal_paper,
                                      heading=heading, links=links)
                for declared in order:
                    finder = declared.in_heading if heading else declared.in_sentence
                    if finder is not None:
                        finder(scope)
                if not heading:
                    earlier.remember(scope)
                cited_refs = [Citation(marker=m, reference=references.get(m)) for m in cited]
                for fact in scope.out:
                    fact.citations = cited_refs
                facts.extend(scope.out)
                animal = [m.id for m in mentions if m.kind == Kind.SPECIES.value and m.id != self.rules.species_default]
                if animal:
                    species = animal[-1]
        facts = _unique_ids(facts)
        # a dose names the cell type it applies to by that fact's id
        for dose, cell in links:
            dose.cell_type = cell.id
        return facts

    def _confirmed_abbreviations(self, doc: Document) -> set[str]:
        """Ambiguous abbreviations (MSC) the document itself confirms."""
        text = " ".join(b.text for b in doc.blocks if b.kind is not BlockKind.REFERENCE).lower()
        out: set[str] = set()
        for entry in self.rules.ambiguous_abbreviations:
            confirm = any(t.lower() in text for t in entry.confirm.all())
            conflict = any(t.lower() in text for t in entry.conflicts.all())
            if confirm and not conflict:
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


_ENTRY_NUMBER = re.compile(r"^\s*\[?(\d{1,3})[\].]")


def _reference_entries(doc: Document) -> dict[str, str]:
    out = {}
    for block in doc.blocks:
        if block.kind is BlockKind.REFERENCE:
            m = _ENTRY_NUMBER.match(block.text)
            if m:
                out.setdefault(m.group(1), block.text)
    return out


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
