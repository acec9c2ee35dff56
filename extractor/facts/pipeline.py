"""Sentences → facts: the matchers' mentions turned into the contract's facts.

For each sentence of the text layer (reference lists and other sections that
yield no facts skipped): dictionary mentions, quantities, hormone changes;
then each fact gets its context (negated, hedged, species), the cell type a
dose applies to, and the citation of the study it reports.  Every fact keeps
the rule that made it and where that rule is written.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..matching import citations
from . import quantities
from ..matching.context import context_of
from ..layout.document import BlockKind, Document, Sentence
from .hormones import hormone_changes
from ..matching.matchers import TermMatcher, matcher_for
from ..matching.mentions import Mention
from .results import Citation, Context, DocumentInfo, Evidence, Fact, Result
from ..ruleset.model import Kind, RuleSet, load_rules
from ..layout.textlayer import SectionVocab, section_vocab

#: mention kinds that describe a fact's context rather than a fact
CUE_KINDS = frozenset(
    k.value
    for k in (Kind.NEGATION, Kind.PSEUDO_NEGATION, Kind.TERMINATOR, Kind.HEDGE, Kind.SPECIES, Kind.IN_VITRO, Kind.DIRECTION)
)
_RANGE_AFTER = re.compile(r"\s*(?:[–—~～-]|to\b|至)\s*\d")
_DENOMINATOR = re.compile(r"\d+\s*(?:out\s+)?of\s*$|\d+\s*/\s*$")
_CLAUSE_BREAK = re.compile(r"[;；。!?！？]")
_CLAUSE_END = re.compile(r"[,，;；。!?！？]")
#: the words before a count that open its clause with "Of": "Of 90 participants", "of the 40 women"
_OF_OPENING = re.compile(r"of(?:\s+(?:the|these|those|all(?:\s+the)?))?")
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*")
#: rows at the top of a table that may hold group sizes ("(n=393)"); below
#: them an n = is an outcome's denominator
HEADER_ROWS = 2
_PERCENT_OPEN = re.compile(r"[%％]\s*[(（]\s*$")
_ARTICLE_END = re.compile(r"\s+(?:a|an|the)$")
_LEADING_PAREN = re.compile(r"^\s*[(（][^()（）]{0,24}[)）]\s*")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
#: fact types whose negation a reader cares about ("未采用静脉注射")
NEGATABLE = frozenset({"cell_type", "dose", "route", "sessions", "hormone_change"})


def _alone_in_cell(row: str, start: int, end: int) -> bool:
    """No other number shares the table cell (cells are joined by " | ")."""
    left = row.rfind(" | ", 0, start)
    right = row.find(" | ", end)
    cell = row[left + 3 if left >= 0 else 0 : right if right >= 0 else len(row)]
    rest = cell.replace(row[start:end], "", 1)
    return not re.search(r"\d", rest)


def _assign_guidance(routes: list[Mention], guidance: list[Mention], max_gap: int) -> dict[int, list[str]]:
    """Guidance ids per route mention (keyed by id()).

    Each guidance goes to the route nearest to it in the sentence, if no
    more than ``max_gap`` characters stand between them (settings.yaml:
    linking.route_guidance_chars), so two joined guidances give their route
    two facts (卵巢局部注射(经阴道超声或腹腔镜引导)) and a route of another
    kind keeps none; a route named again in the sentence ("…卵巢局部注射，
    每侧卵巢注入…") shares the guidance of its first naming.
    """
    own: dict[int, list[str]] = {id(r): [] for r in routes}
    if not routes:
        return own
    for g in guidance:
        nearest = min(routes, key=lambda r: (_gap(g, r), r.start))
        if _gap(g, nearest) <= max_gap and g.id not in own[id(nearest)]:
            own[id(nearest)].append(g.id)
    for r in routes:
        if not own[id(r)]:
            same = [o for o in routes if o.id == r.id and own[id(o)]]
            if same:
                own[id(r)] = list(own[id(min(same, key=lambda o: _gap(o, r)))])
    return own


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _gap(a: Mention, b: Mention) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _between(x: Mention, a: Mention, b: Mention) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return lo <= x.start and x.end <= hi


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
    _animal_paper: "Callable[[], bool]" = lambda: False

    def __post_init__(self) -> None:
        if self.cues is None:
            self.cues = FactCues.from_rules(self.rules)

    @classmethod
    def load(cls, rules_dir: Path | None = None) -> "Extractor":
        rules = load_rules(rules_dir)
        return cls(rules, matcher_for(rules), quantities.vocab_for(rules.directory), section_vocab(rules_dir))

    # ------------------------------------------------------------------

    def result(self, doc: Document) -> Result:
        return Result(
            document=DocumentInfo(
                path=doc.path, sha256=doc.sha256, pages=doc.pages, languages=doc.languages, title=doc.title
            ),
            facts=self.facts(doc),
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
        self._animal_paper = _Lazy(lambda: quantities.about_animals(
            "\n".join(b.text for b in doc.blocks if b.kind is not BlockKind.REFERENCE), self.vocab))
        table_row = 0
        size_columns: tuple[int, frozenset[int]] = (0, frozenset())  # (cells per row, columns of group sizes)
        for block in doc.blocks:
            table_row = table_row + 1 if block.kind is BlockKind.TABLE else 0
            if block.kind is BlockKind.REFERENCE:
                continue
            if block.kind is BlockKind.TABLE:
                header = table_row <= HEADER_ROWS
                if table_row == 1:
                    size_columns = (0, frozenset())
                found = self._size_columns(block.text) if header else None
                if found:
                    size_columns = found
                facts.extend(self._table_facts(block, header=header, size_columns=None if found else size_columns))
                continue
            if not self.rules.section_yields_facts(section_kinds.get(block.section or "")):
                continue
            species = None
            cited: list[str] = []
            earlier = _Earlier.within(self.rules.settings.linking)
            for sentence in block.sentences:
                markers = citations.markers(sentence.text)
                if markers:
                    cited = markers
                mentions = self.matcher.match(sentence.text, sentence.lang.value)
                found = self._sentence_facts(
                    sentence, mentions, confirmed, species, links, earlier, headings_only=block.kind is BlockKind.HEADING
                )
                cited_refs = [Citation(marker=m, reference=references.get(m)) for m in cited]
                for fact in found:
                    fact.citations = cited_refs
                facts.extend(found)
                animal = [m.id for m in mentions if m.kind == Kind.SPECIES.value and m.id != self.rules.species_default]
                if animal:
                    species = animal[-1]
        facts = _unique_ids(facts)
        # a dose names the cell type it applies to by that fact's id
        for dose, cell in links:
            dose.cell_type = cell.id
        return facts

    # ------------------------------------------------------------------

    def _sentence_facts(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        confirmed: set[str],
        species: str | None,
        links: list[tuple[Fact, Fact]],
        earlier: "_Earlier",
        headings_only: bool,
    ) -> list[Fact]:
        text, lang = sentence.text, sentence.lang.value
        cues = [m for m in mentions if m.kind in CUE_KINDS]
        out: list[Fact] = []

        def add(kind: str, value: dict, start: int, end: int, rule: str, source: str | None = None,
                scope: tuple[int, int] | None = None) -> Fact:
            # a hormone's change is denied by what follows it ("FSH did not
            # decrease"); other facts by what precedes them or an after-cue
            ctx = context_of(text, scope or (start, end), cues, self.rules, lang, section_species=species,
                             looks_back=kind == "hormone_change")
            fact = Fact(
                id="",
                type=kind,
                value=value,
                text=text[start:end],
                evidence=Evidence(
                    page=sentence.page_at(start),
                    sentence=text,
                    start=start,
                    end=end,
                    lang=lang,
                    section=sentence.section,
                    boxes=[list(b) for b in sentence.span_boxes(start, end)],
                ),
                rule=rule,
                source=source,
                # a count of people is not negated by the words around it
                context=Context(negated=ctx.negated and kind in NEGATABLE, hedged=ctx.hedged, species=ctx.species),
            )
            out.append(fact)
            return fact

        cells = []
        for m in mentions:
            if m.kind == Kind.CELL_TYPE.value and self._cell_type_counts(m, text, confirmed):
                label = self.rules.label(Kind.CELL_TYPE, m.id, "zh" if lang == "zh" else "en")
                cells.append((m, add("cell_type", {"id": m.id, "label": label}, m.start, m.end, m.rule, m.source)))
        if headings_only:
            # a heading names cells and groups ("骨髓MSC组（10例）", "…61例临床观察"),
            # not doses or changes
            numbered = _HEADING_NUMBER.match(text)
            found = quantities.find_sample_sizes(text, self.vocab)
            title = bool(found) and _title_case(text)
            for n in found:
                if numbered and n.start < numbered.end():
                    continue  # "2 人羊膜上皮细胞": the heading's number, not two people
                if self._sample_counts(n, text, title=title):
                    add("sample_size", n.as_value(), n.start, n.end, n.rule)
            return out
        routes = [m for m in mentions if m.kind == Kind.ROUTE.value]
        guides = [m for m in mentions if m.kind == Kind.GUIDANCE.value]
        guidance = _assign_guidance(routes, guides, self.rules.settings.linking.route_guidance_chars)
        if not guides:  # "Under ultrasound guidance, … . The cells were injected into …"
            for m in routes:
                guidance[id(m)] = guidance[id(m)] or earlier.guidance_for()
        earlier.guidance.append([g.id for g in guides])
        for m in routes:
            for guide in guidance[id(m)] or [None]:
                value = {"id": m.id, "guidance": guide}
                add("route", value, m.start, m.end, m.rule, m.source)
        doses = quantities.find_doses(text, self.vocab)
        for d in doses:
            if not self._dose_counts(d, text, cells, routes, doses):
                continue
            fact = add("dose", d.as_value(), d.start, d.end, d.rule)
            owner = _nearest_before(cells, d.start) or earlier.cell_type()
            if owner is not None:
                links.append((fact, owner))
        earlier.cells.append([f for _, f in cells])
        sessions = quantities.find_sessions(text, self.vocab)
        for c in sessions:
            add("sessions", c.as_value(), c.start, c.end, c.rule)
        sizes = quantities.find_sample_sizes(text, self.vocab)
        by_sessions = self._subgroups_by_sessions(sizes, sessions, text)
        title = bool(sizes) and _title_case(text)
        for n in sizes:
            if n not in by_sessions and self._sample_counts(n, text, title=title):
                fact = add("sample_size", n.as_value(), n.start, n.end, n.rule)
                if fact.context.species != self.rules.species_default:
                    out.remove(fact)  # animals are not patients
        if any(term in text.lower() for term in self.cues.definitions):
            return out  # a disease described, not an effect measured
        for change in hormone_changes(text, mentions, self.rules, lang):
            h = change.hormone_mention
            fact = add("hormone_change", {"hormone": change.hormone, "direction": change.direction},
                       h.start, h.end, change.rule, h.source, scope=change.span)
            fact.__pydantic_extra__["cue"] = change.cue.text
        return out

    def _size_columns(self, row: str) -> tuple[int, frozenset[int]] | None:
        """A header row with a column of group sizes ("例数", "Participants"):
        the number of cells per row and those columns."""
        cells = _cells(row)
        columns = frozenset(i for i, (_, _, cell) in enumerate(cells)
                            if _HEADER_N.sub("", cell).strip().lower() in self.cues.column_headers)
        return (len(cells), columns) if columns else None

    def _table_facts(self, block, header: bool, size_columns: tuple[int, frozenset[int]] | None = None) -> list[Fact]:
        """Tables are read cautiously: group sizes printed "(n = 393)" in a
        header row or alone in a column headed 例数 / Participants, doses whose
        unit is written in the cell ("每侧500万个") and cell types; their other
        numbers are results, not facts of the study design."""
        out = []
        for sentence in block.sentences:
            text = sentence.text
            if size_columns and size_columns[1]:
                cells = _cells(text)
                if len(cells) == size_columns[0]:
                    for i in size_columns[1]:
                        start, end, cell = cells[i]
                        if _GROUP_SIZE.fullmatch(cell) and 0 < int(cell) < 100_000:
                            out.append(self._bare_fact(sentence, "sample_size", {"n": int(cell), "unit": "patients"},
                                                       start, end, "sample_size.table_column"))
            for n in quantities.find_sample_sizes(text, self.vocab):
                if n.rule != "sample_size.n_equals" or not self._sample_counts(n, text):
                    continue
                # a group size heads a column ("Control (n=393)", "n = 17");
                # an n = beside other numbers in a cell is a denominator
                if header or _alone_in_cell(text, n.start, n.end):
                    out.append(self._bare_fact(sentence, "sample_size", n.as_value(), n.start, n.end, n.rule))
            for d in quantities.find_doses(text, self.vocab):
                if not d.unit_implied and d.unit not in self.cues.needs_cue:
                    out.append(self._bare_fact(sentence, "dose", d.as_value(), d.start, d.end, d.rule))
            for m in self.matcher.match(text, sentence.lang.value):
                if m.kind == Kind.CELL_TYPE.value and self.rules.ambiguous_abbreviation(m.text) is None:
                    label = self.rules.label(Kind.CELL_TYPE, m.id, sentence.lang.value)
                    fact = self._bare_fact(sentence, "cell_type", {"id": m.id, "label": label}, m.start, m.end, m.rule)
                    fact.source = m.source
                    out.append(fact)
        return out

    @staticmethod
    def _bare_fact(sentence: Sentence, kind: str, value: dict, start: int, end: int, rule: str) -> Fact:
        text = sentence.text
        return Fact(
            id="", type=kind, value=value, text=text[start:end], rule=rule,
            evidence=Evidence(
                page=sentence.page_at(start), sentence=text, start=start, end=end, lang=sentence.lang.value,
                section=sentence.section, boxes=[list(b) for b in sentence.span_boxes(start, end)],
            ),
        )

    # ------------------------------------------------------------------ filters

    def _dose_counts(self, d, text: str, cells: list, routes: list[Mention], doses: list) -> bool:
        """Amounts given to someone: a bare 10^7 needs a cell type in its
        sentence, or a list it belongs to that names its unit
        (5×10^6、1×10^7、1.5×10^7个细胞); mL, mg, IU need a dose cue or a
        route ("1 mL buffer" is none)."""
        if d.unit_implied and not cells and not any(o.unit == d.unit and not o.unit_implied for o in doses) \
                and not self.cues.cells_soon.match(text, d.end):
            return False
        if d.unit in self.cues.needs_cue:
            lowered = text.lower()
            return bool(routes) or any(cue in lowered for cue in self.cues.dose_cues)
        return True

    def _subgroups_by_sessions(self, sizes: list, sessions: list, text: str) -> set:
        """Counts of people split by the sessions they received: "14例接受1次
        移植，11例接受2次移植", "9 women received two injections and 6 were
        treated once" (a partition), "23 patients received a second injection"
        (those who went on).  "该组5例均接受3次移植" (the whole group) is none."""
        linked, named_by = [], set()
        for n in sizes:
            prev = next((c for c in reversed(sessions) if c.end <= n.start), None)
            if prev is not None and self.cues.relative.fullmatch(text, prev.end, n.start):
                named_by.add(n)  # 接受两次移植的11例: named by the sessions they received
            nxt = next((c for c in sessions if c.start >= n.end), None)
            if nxt is None or nxt.start - n.end > 16:
                continue
            between = self.cues.leading_time.sub("", text[n.end : nxt.start].strip().lower(), count=1)
            between = _ARTICLE_END.sub("", between)
            if between in self.cues.received or (not between and n.text.lower().endswith(self.cues.received)):
                linked.append((n, nxt))
        counts = {c.count for _, c in linked}
        if len(linked) >= 2 and len(counts) >= 2:
            return {n for n, _ in linked} | named_by
        return {n for n, c in linked if c.rule.endswith("ordinal")} | named_by

    def _sample_counts(self, n, text: str, title: bool = False) -> bool:
        """A count of people studied: not a range's end, not a denominator
        ("12 of 42 women") or the numerator of a percentage ("88.8% (697
        participants)", but "a 11.5% (n=90) random subsample" is a sample),
        not after words such as excluded / lost / 失访, not an outcome ("Six
        patients had …", "Four women in the cell group and one in the sham
        group resumed …"), not a part ("in four women", 其中38例; but
        "reported in two patients", 共有61例 and "Of 90 participants, …"
        are wholes), not a bare n = in a paper about animals."""
        if n.rule == "sample_size.n_equals" and not quantities.names_people(text, self.vocab) and self._animal_paper():
            return False
        after = text[n.end : n.end + 24]
        if _RANGE_AFTER.match(after):
            return False
        before = text[max(0, n.start - 80) : n.start]
        if _PERCENT_OPEN.search(before) and not self.cues.sample_after.match(text, n.end):
            return False  # "88.8% (697 participants)": the numerator of a percentage
        clause = re.split(r"[;；。!?！？,，]", before)[-1].lower()
        if _DENOMINATOR.search(clause):
            return False
        # a flow chart runs its boxes together: "Included (n=392) Excluded … (n=2)";
        # only the words since the previous count belong to this one
        clause = re.split(r"\(\s*n\s*=\s*\d+\s*\)", clause)[-1]
        if any(word in clause for word in self.cues.disqualifiers):
            return False
        inside = after.split(")", 1)[0].lower() if ")" in after else ""
        if any(word in inside for word in self.cues.disqualifiers):  # "(n = 49 available)"
            return False
        if re.search(r"[(（]\s*$", before) and re.match(r"\s*[)）]", after):
            return True  # a group's size as its label: "骨髓MSC组（10例）于…", "Cells (n = 15)"
        # "Four women were excluded", "10 women with twins", "88 participants
        # (11.2%) who did not complete"
        rest = self.cues.leading_aux.sub("", _LEADING_PAREN.sub("", text[n.end : n.end + 60].lower()).lstrip())
        if rest.startswith(self.cues.disqualifiers):
            return False
        head = re.split(r"[,，、;；:：(（]", before)[-1].lower().rstrip()
        if _OF_OPENING.fullmatch(head.strip()):
            # "Of 90 participants asked to …, 78 …": the group the clause goes on
            # to divide; only its own words may make it an outcome ("Of 9 women
            # who conceived, …"), not those of the counts after it
            own = _CLAUSE_END.search(text, n.end)
            return not self._outcome_after(text, n.end, own.start() if own else len(text))
        # an outcome right after the count, or after the group it belongs to and
        # a parallel count ("Four women in the cell group and one in the sham
        # group resumed …", "4例（细胞组）和1例（对照组）恢复…")
        if self._outcome_after(text, n.end) or (
                (grouped := quantities.past_group(text, n.end, self.vocab)) > n.end and self._outcome_after(text, grouped)):
            return False
        # a hormone change right after the count is an outcome: "19例患者AMH升高"
        if self._names_hormone(after[:8]):
            return False
        if title:
            return True  # "…in 61 Women with POI", "A Series of 30 Cases": a title names its sample
        for w in self.cues.preceded_by:
            if head == w or head.endswith((" " + w, w if not w.isascii() else "\0")):
                if not self.cues.whole_before.search(head, 0, len(head) - len(w)):
                    return False  # "in four women", "其中38例", "Table 1"
        return True

    def _outcome_after(self, text: str, pos: int, end: int | None = None) -> bool:
        """Do the words from ``pos`` (up to ``end``) make a count of people an
        outcome ("had", "resumed", 出现, "1例（A组）于…妊娠", "17例术后出现…",
        "3例在第三次移植后恢复月经")?"""
        end = len(text) if end is None else end
        lowered = text[pos : min(end, pos + 24)].lower()
        # the words of the mention's own tail ("61例POI患者") are not after it
        following = re.findall(r"[a-z]+|[\u4e00-\u9fff]", lowered)[:2]
        if any(w in self.cues.outcomes for w in following) or any(lowered.lstrip().startswith(w) for w in self.cues.outcomes if not w.isascii()):
            return True
        # an outcome after a group label or a time
        rest = _LEADING_PAREN.sub("", text[pos : min(end, pos + 40)])
        for rest in (rest, self.cues.leading_time.sub("", rest, count=1)):
            if any(rest.startswith(w) for w in self.cues.outcomes if not w.isascii()):
                return True
        return False

    def _names_hormone(self, text: str) -> bool:
        return any(m.kind == Kind.HORMONE.value for m in self.matcher.match(text, "zh" if _has_cjk(text) else "en", fuzzy=False)) if text.strip() else False


    def _cell_type_counts(self, m: Mention, text: str, confirmed: set[str]) -> bool:
        ambiguous = self.rules.ambiguous_abbreviation(m.text)
        if ambiguous is not None and m.text not in confirmed:
            return False
        requires = m.extra.get("requires") if m.extra else None
        if requires and not any(cue in text for cue in requires):
            return False
        return True

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


_HEADER_N = re.compile(r"\s*[(（]\s*n\s*[)）]\s*$", re.IGNORECASE)
_GROUP_SIZE = re.compile(r"\d{1,5}")


def _cells(row: str) -> list[tuple[int, int, str]]:
    """The cells of a table row ("a | b | c") with their spans, stripped."""
    out, pos = [], 0
    for part in row.split(" | "):
        lead = len(part) - len(part.lstrip())
        cell = part.strip()
        out.append((pos + lead, pos + lead + len(cell), cell))
        pos += len(part) + 3
    return out


class _Lazy:
    """A value computed on first call, then remembered."""

    def __init__(self, compute: Callable[[], bool]) -> None:
        self._compute, self._value = compute, None

    def __call__(self) -> bool:
        if self._value is None:
            self._value = self._compute()
        return self._value


def _title_case(text: str) -> bool:
    """A title or heading written in title case ("Stem Cells in 30 Women with POI")."""
    words = _TITLE_WORD.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


@dataclass
class _Earlier:
    """What the sentences just before, in the same paragraph, named: cell
    types for a dose without one of its own, guidance for a route (how far
    back: settings.yaml, linking.*_sentences)."""

    cells: deque  # per sentence, its cell-type facts
    guidance: deque  # per sentence, its guidance ids

    @classmethod
    def within(cls, linking) -> "_Earlier":
        return cls(deque(maxlen=linking.dose_cell_type_sentences), deque(maxlen=linking.route_guidance_sentences))

    def cell_type(self) -> Fact | None:
        """The last cell type named in the sentences before."""
        return next((facts[-1] for facts in reversed(self.cells) if facts), None)

    def guidance_for(self) -> list[str]:
        """The guidance of the nearest sentence before that names any."""
        return next((list(ids) for ids in reversed(self.guidance) if ids), [])


def _nearest_before(cells: list[tuple[Mention, Fact]], at: int) -> Fact | None:
    before = [(m, f) for m, f in cells if m.end <= at]
    if before:
        return before[-1][1]
    after = [(m, f) for m, f in cells if m.start >= at]
    return after[0][1] if after else None


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
