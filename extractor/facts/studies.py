"""Which study a fact reports: the citation markers of its clause or list item.

A review (or a primary paper's discussion) describes other people's work;
a fact found there belongs to the cited study, not to the document.  The
contract (v1.1) calls this ``study``: the markers a fact belongs to, as
printed, ranges expanded (``^[10-11]`` → ``["10", "11"]``).  This module
decides it once for every fact type; the pipeline asks
:meth:`Paragraph.sentence` for each sentence and then gives each fact the
markers of the span it was found at.

Rules
-----
Inside a sentence (:func:`clauses`):

* Citation groups are the text layer's markers (``^[8, 10]``, ``^{4}``,
  ``^23``), a bracketed number in running text (``Smith et al. [4]``,
  ``injection [8, 10]``) and an author–year citation (``Zhang et al.
  (2019)``, ``(Zhang et al., 2019)``: marker ``Zhang et al. 2019``).
* A sentence is cut into clauses at ``；;。!?！？``.  Inside a clause a
  marker followed by a list separator (``、，,`` or 以及/及/和/与/或/and/or)
  closes a list item: the item runs from the end of the previous one (or the
  clause start) to that marker.  A study introduced by its authors
  (``Yan等^[23]``, ``Smith et al. [4]``) opens an item at the authors' name.
  Each item's facts take the markers inside it:
  ``卵巢局部注射^[8, 10]、经卵巢动脉注射^[20]以及SEGOVA^[11]等`` gives
  ``["8", "10"]``, ``["20"]``, ``["11"]``.  A clause without list items is
  one item: every fact of it takes every marker in it.
* A part of a clause with no marker of its own: before an author-introduced
  item it takes that item's markers (``基于…，Tinjicé等^[11]提出…``); after the
  last list item it speaks of the whole list and takes all markers of the
  clause.  A clause with no marker at all takes the markers of the sentence's
  last clause (a marker printed at the end of a sentence covers the
  sentence: ``首先…；其次…；此外…^[4-6]``); if that one has none either, the
  clause has no study of its own.

Across sentences (:class:`Paragraph`, one per paragraph):

* A study is *introduced* when a sentence names its authors before its
  markers (``Yan等^[23]纳入了…``), or opens with one study (``一项I期临床试验
  …^[20]``, ``A phase I trial … [20]``).  The sentences after it that have
  no markers keep that study, until a sentence with other markers, the end
  of the paragraph (or a heading), a sentence about the document itself
  (``本研究``, ``we``), or a sentence that opens with general or hedged
  wording (``因此``, ``综上``, ``提示``, ``目前``, ``未来``, ``Thus``,
  ``Overall``, ``These findings suggest``…).
* A sentence that opens by pointing back at a study (``该研究``,
  ``研究者``, ``This study``, ``The authors``) keeps the study of the sentence
  before even when that one was only cited, not introduced; it then counts as
  introduced.
* Any other sentence without markers has no study (a fact of the document).

Across the document (:func:`settle_shared`, :func:`mark_parts`):

* A fact of a type a study states for itself (cell type, route:
  ``attribution.own_values_win``) attributed to several studies at once
  leaves out a study that says alone, elsewhere, which value it had and never
  this one: ``接受hAEC或脐带MSC治疗…^[20, 23]`` gives hAEC to [20] and
  脐带MSC to [23] when their own sentences say so.
* A fact that is a step of another in the same sentence and study
  (``includes``: SEGOVA re-injects into the ovary) is ``part_of`` it.

The openings (introducing, pointing back, own work, general wording) are
words of ``rules/studies.yaml`` (``attribution``), compiled once per rule set
(:class:`StudyVocab`, :func:`opening_pattern`).

A fact without study is the document's own (``None``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..matching import citations

__all__ = ["Cite", "Paragraph", "StudyVocab", "cites", "clauses", "mark_parts", "opening_pattern", "settle_shared",
           "study_at", "type_name_problems"]

_LATIN_NAME = r"[A-Z][A-Za-z\u00c0-\u024f'’-]+"
#: right before a marker: the authors who did the study
_AUTHORS_BEFORE = re.compile(
    rf"(?:{_LATIN_NAME}\s+(?:et\s+al\.?|and\s+colleagues|and\s+{_LATIN_NAME}|&\s+{_LATIN_NAME})"
    rf"|{_LATIN_NAME}\s*(?:等|团队|课题组)"
    r"|(?:^|(?<=[，,。；;：:\s(（]))[\u4e00-\u9fff]{2,3}(?:等|团队|课题组))\s*$"
)
#: where the author names start, to open their item there
_AUTHORS_START = re.compile(
    rf"{_LATIN_NAME}\s+(?:et\s+al\.?|and\s+colleagues|and\s+{_LATIN_NAME}|&\s+{_LATIN_NAME})\s*$"
    rf"|{_LATIN_NAME}\s*(?:等|团队|课题组)\s*$|[\u4e00-\u9fff]{{2,3}}(?:等|团队|课题组)\s*$"
)
#: a bracketed reference number in running text: [4], [8, 10], [10-11]
_INLINE = re.compile(r"(?<![\w^\]])\[(\d{1,3}(?:\s*[,，–—−-]\s*\d{1,3}){0,12})\]")
#: Zhang et al. (2019) / (Zhang et al., 2019) / Smith and Jones 2020
_AUTHOR_YEAR = re.compile(
    rf"(?P<open>\(\s*)?(?P<name>{_LATIN_NAME})(?P<etal>\s+et\s+al\.?|\s+(?:and|&)\s+{_LATIN_NAME})"
    r",?\s*\(?(?P<year>(?:19|20)\d{2})[a-z]?\)?"
)
#: what every author-year citation holds (a text without it is not searched for one)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_HARD = re.compile(r"[；;。!?！？]")
_SEPARATOR = re.compile(r"\s*(?:[、，,]|以及|及|和|与|或|and\b|or\b)")

def _alternatives(terms) -> str:
    """Terms as one regular expression alternation (a space: any run of spaces)."""
    ordered = sorted(dict.fromkeys(terms), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)


def opening_pattern(opening) -> re.Pattern:
    """One :class:`~extractor.ruleset.model.Opening` of ``rules/studies.yaml``
    as a regular expression matched at the start of a sentence."""
    alts: list[str] = []
    lead = rf"(?:[^，,。]{{0,{opening.lead_in}}}[，,]\s*)?" if opening.lead_in else ""
    if opening.words.zh:
        alts.append(rf"^\s*{lead}(?:{_alternatives(opening.words.zh)})")
    if opening.determiners.zh and opening.nouns.zh:
        alts.append(rf"^\s*{lead}(?:{_alternatives(opening.determiners.zh)})[^，,。；;]{{0,{opening.gap_chars}}}?"
                    rf"(?:{_alternatives(opening.nouns.zh)})")
    before = rf"(?:(?:{_alternatives(opening.before.en)})\s+)?" if opening.before.en else ""
    nouns = rf"\s+(?:[\w-]+\s+){{0,{opening.gap_words}}}?(?:{_alternatives(opening.nouns.en)})\b"
    if opening.words.en:
        alts.append(rf"^\s*(?:{_alternatives(opening.words.en)})\b")
    if opening.determiners.en and opening.nouns.en:
        alts.append(rf"^\s*{before}(?:{_alternatives(opening.determiners.en)}){nouns}")
    if opening.weak_determiners.en and opening.nouns.en and opening.words.en:
        alts.append(rf"^\s*{before}(?:{_alternatives(opening.weak_determiners.en)}){nouns}"
                    rf"[^.]*\b(?:{_alternatives(opening.words.en)})\b")
    return re.compile("|".join(alts) or r"(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class StudyVocab:
    """The sentence openings of ``rules/studies.yaml`` (``attribution``), compiled once."""

    #: a sentence opening with one study: 一项I期临床试验…, A phase I trial…, In a study of…
    introduces: re.Pattern
    #: a sentence opening by pointing back at the study before
    points_back: re.Pattern
    #: a sentence about the document's own work
    own_work: re.Pattern
    #: a sentence opening with general or hedged wording: it sums up, it is nobody's finding
    general: re.Pattern
    #: fact types a study states for itself: a shared fact yields to the study's own values
    own_values_win: tuple[str, ...] = ()
    #: (type, id) → the ids that are its steps (rules/studies.yaml includes)
    includes: Mapping[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_rules(cls, rules) -> "StudyVocab":
        m = rules.models["studies"]
        a = m.attribution
        includes: dict[tuple[str, str], frozenset[str]] = {}
        for entry in m.includes:
            key = (entry.type, entry.id)
            includes[key] = includes.get(key, frozenset()) | frozenset(entry.parts)
        return cls(opening_pattern(a.introduces), opening_pattern(a.points_back), opening_pattern(a.own_work),
                   opening_pattern(a.general), tuple(a.own_values_win), includes)


def type_name_problems(rules) -> list:
    """Fact type names in ``rules/studies.yaml`` that the registry does not
    know (``arms.key_types``, ``arms.count_type``, ``arms.name_types``,
    ``attribution.own_values_win``, ``includes[].type``), as rule problems
    with their line: the loader cannot check them (the types are found by
    listing :mod:`extractor.facts.types`)."""
    from ..ruleset.model import RuleProblem, rule_file
    from .registry import type_names

    known = type_names()
    m = rules.models["studies"]
    named = [("arms.key_types", "key_types", t) for t in m.arms.key_types]
    named.append(("arms.count_type", "count_type", m.arms.count_type))
    named += [("arms.name_types", "name_types", t) for t in m.arms.name_types]
    named += [("attribution.own_values_win", "own_values_win", t) for t in m.attribution.own_values_win]
    named += [(f"includes[{i}].type", "type", e.type) for i, e in enumerate(m.includes)]
    path = rule_file(rules.directory, "studies.yaml")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        lines = []
    problems = []
    for entry, key, name in named:
        if name in known:
            continue
        line = next((i + 1 for i, text in enumerate(lines)
                     if re.match(rf"\s*-?\s*{key}\s*:", text) and re.search(rf"\b{re.escape(name)}\b", text)), 0)
        problems.append(RuleProblem(str(path), line, entry,
                                    f"unknown fact type {name!r}: choose from {', '.join(known)}"))
    return problems


def default_vocab() -> StudyVocab:
    """The openings of the bundled rules."""
    from ..ruleset.model import load_rules

    return StudyVocab.from_rules(load_rules())


@dataclass(frozen=True)
class Cite:
    """One citation group of a sentence: where it is, its markers, and
    whether it names the study's authors before it (``Yan等^[23]``)."""

    start: int
    end: int
    markers: tuple[str, ...]
    by_authors: bool = False
    #: where the authors' names start (``start`` when not by authors)
    opens_at: int = 0


def _expand(body: str) -> tuple[str, ...]:
    return tuple(citations.markers("^[" + body + "]"))


def cites(text: str) -> list[Cite]:
    """Every citation group of a sentence, in order."""
    found: list[tuple[int, int, tuple[str, ...], bool]] = []
    taken: list[tuple[int, int]] = []
    for m in citations.CITATION.finditer(text) if "^" in text else ():
        body = m["bracket"] or m["brace"] or m["bare"]
        marks = _expand(body)
        if marks:
            found.append((m.start(), m.end(), marks, False))
            taken.append(m.span())
    for m in _INLINE.finditer(text) if "[" in text else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        marks = _expand(m.group(1))
        if marks:
            found.append((m.start(), m.end(), marks, False))
            taken.append(m.span())
    for m in _AUTHOR_YEAR.finditer(text) if _YEAR.search(text) else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        etal = " et al." if "et" in m["etal"] else " " + " ".join(m["etal"].split())
        marker = f"{m['name']}{etal} {m['year']}"
        # "Zhang et al. (2019) showed" names a study's authors; "(Zhang et al., 2019)" cites it
        found.append((m.start(), m.end(), (marker,), not m["open"]))
    found.sort()
    out = []
    for start, end, marks, authors in found:
        before = text[:start]
        opens_at = start
        if not authors and _AUTHORS_BEFORE.search(before):
            authors = True
            named = _AUTHORS_START.search(before)
            opens_at = named.start() if named else start
        out.append(Cite(start, end, marks, authors, opens_at))
    return out


#: what may stand beside a table row's citation in its first cell
_CELL_REST = re.compile(r"[\s,;:.()（）\[\]]*")


def study_row(first_cell: str) -> tuple[str, ...]:
    """The markers of a table row whose first cell is a citation and nothing
    else (``[12]``, ``Li et al. 2020``, ``Wang 2019 [8]``): a row of a table of
    studies, whose facts are that study's (and no arm of one).  Empty when
    the first cell says anything else."""
    found = cites(first_cell)
    if not found:
        return ()
    rest, at = [], 0
    for c in found:
        rest.append(first_cell[at:c.opens_at if c.by_authors else c.start])
        at = c.end
    rest.append(first_cell[at:])
    if any(not _CELL_REST.fullmatch(r) and not _AUTHORS_CELL.fullmatch(r) for r in rest):
        return ()
    return tuple(dict.fromkeys(m for c in found for m in c.markers))


#: authors' names left in a first cell beside a bracketed marker ("Wang et al. [8]")
_AUTHORS_CELL = re.compile(r"\s*[A-Z][A-Za-z'’-]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][A-Za-z'’-]+))?\s*|\s*[\u4e00-\u9fff]{1,4}等\s*")


def _items(text: str, a: int, b: int, group: list[Cite]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The list items of one clause ``text[a:b]``, each with its markers."""
    cuts: list[int] = []
    for c in group:
        if c.by_authors and c.opens_at > a:
            cuts.append(c.opens_at)
        elif not c.by_authors and _SEPARATOR.match(text, c.end) and _SEPARATOR.match(text, c.end).end() < b:
            cuts.append(_SEPARATOR.match(text, c.end).end())
    bounds = [a, *sorted(set(x for x in cuts if a < x < b)), b]
    items = []
    for lo, hi in zip(bounds, bounds[1:]):
        marks = tuple(dict.fromkeys(m for c in group if lo <= c.start < hi for m in c.markers))
        items.append((lo, hi, marks))
    every = tuple(dict.fromkeys(m for c in group for m in c.markers))
    # an item without markers: before an item of authors, that item's; after the list, the whole list's
    for i, (lo, hi, marks) in enumerate(items):
        if marks:
            continue
        after = next((m for _, _, m in items[i + 1:] if m), ())
        items[i] = (lo, hi, after or every)
    return items


def clauses(text: str, found: list[Cite] | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
    """The sentence cut into spans (clauses, list items), each with the
    markers its facts take (``()``: none).  Spans cover the whole text.
    ``found``: the sentence's :func:`cites`, when the caller has them."""
    if found is None:
        found = cites(text)
    bounds = [0]
    for m in _HARD.finditer(text):
        # a full stop inside a citation ("et al.") or an author name does not end a clause
        if any(c.opens_at <= m.start() < c.end for c in found):
            continue
        bounds.append(m.end())
    if bounds[-1] != len(text):
        bounds.append(len(text))
    spans: list[list] = []
    clause_marks: list[tuple[str, ...]] = []
    for a, b in zip(bounds, bounds[1:]):
        group = [c for c in found if a <= c.start < b]
        if group:
            items = _items(text, a, b, group)
        else:
            items = [(a, b, ())]
        clause_marks.append(tuple(dict.fromkeys(m for c in group for m in c.markers)))
        spans.append(items)
    # a clause without markers: those printed at the end of the sentence cover it
    worded = [m for (a, b), m in zip(zip(bounds, bounds[1:]), clause_marks) if text[a:b].strip(" \t；;。!?！？")]
    last = worded[-1] if worded else ()
    out = []
    for items, marks in zip(spans, clause_marks):
        for lo, hi, own in items:
            out.append((lo, hi, own if marks else last))
    return out


def study_at(text: str, start: int, end: int | None = None) -> tuple[str, ...]:
    """The markers of the clause or list item at ``start`` (``()``: none)."""
    for lo, hi, marks in clauses(text):
        if lo <= start < hi or (start == hi == len(text)):
            return marks
    return ()


def mark_parts(facts: Sequence[Any], vocab: StudyVocab) -> list[tuple[Any, Any]]:
    """Facts of one sentence that are steps of another of the same study
    (``rules/studies.yaml`` includes): ``(part, whole)`` pairs, to link once
    ids exist (``part_of``)."""
    out = []
    for whole in facts:
        parts = vocab.includes.get((whole.type, str(whole.value.get("id"))))
        if not parts:
            continue
        for part in facts:
            if (part is not whole and part.type == whole.type and part.value.get("id") in parts
                    and part.study == whole.study and (part, whole) not in out):
                if not any(p is part for p, _ in out):
                    out.append((part, whole))
    return out


def _agree(own: dict, shared: dict, keys: Iterable[str]) -> bool:
    """Two values agree where both say something (a route without guidance agrees with any)."""
    return all(own.get(k) is None or shared.get(k) is None or own.get(k) == shared.get(k) for k in keys)


def settle_shared(facts: Sequence[Any], vocab: StudyVocab) -> None:
    """A fact attributed to several studies at once leaves out the studies
    that state their own value of its type alone elsewhere, and never this
    one (``rules/studies.yaml`` ``attribution.own_values_win``): ``接受hAEC或
    脐带MSC治疗…^[20, 23]`` gives hAEC to [20] and 脐带MSC to [23] when each
    study's own sentences say so.  A fact every one of whose studies
    disagrees keeps them all (the text says so; nothing better is known)."""
    from .registry import fact_type

    if not vocab.own_values_win:
        return
    own: dict[tuple[str, str], list[dict]] = {}
    for fact in facts:
        if (fact.type in vocab.own_values_win and fact.study and len(fact.study) == 1 and not fact.context.negated
                and fact.part_of is None):
            own.setdefault((fact.study[0], fact.type), []).append(fact.value)
    for fact in facts:
        if fact.type not in vocab.own_values_win or not fact.study or len(fact.study) < 2:
            continue
        keys = fact_type(fact.type).match_keys or tuple(fact.value)
        keep = [m for m in fact.study
                if not own.get((m, fact.type)) or any(_agree(v, fact.value, keys) for v in own[(m, fact.type)])]
        if keep:
            fact.study = keep


@dataclass
class Paragraph:
    """The study a paragraph is describing, sentence after sentence."""

    #: the markers of the study being described (None: none)
    current: tuple[str, ...] | None = None
    #: was it introduced (by its authors, or as "a study")? only then does it carry on
    introduced: bool = False
    #: the openings of rules/studies.yaml (default: the bundled rules')
    vocab: StudyVocab = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.vocab is None:
            self.vocab = default_vocab()

    def end(self) -> None:
        self.current, self.introduced = None, False

    def sentence(self, text: str) -> Callable[[int, int], list[str] | None]:
        """Read one sentence; returns ``study(start, end)`` for its facts."""
        found = cites(text)
        if found and self.vocab.own_work.match(text) and not any(c.by_authors for c in found):
            # "本组3例…, 但也可能…^[5]", "We injected the cells as described [5]":
            # the document's own work, a reference given in support
            self.end()
            return lambda start, end: None
        if found:
            spans = clauses(text, found)
            every = tuple(dict.fromkeys(m for c in found for m in c.markers))
            authors = [c for c in found if c.by_authors]
            if authors:
                self.current, self.introduced = authors[-1].markers, True
            elif self.vocab.introduces.match(text) and len({c.markers for c in found}) == 1:
                self.current, self.introduced = every, True
            elif self.current is not None and set(every) == set(self.current):
                pass  # the same study cited again
            elif self.vocab.points_back.match(text) and self.current is not None and set(every) <= set(self.current):
                pass
            else:
                self.current, self.introduced = spans[-1][2] or every, False

            def study(start: int, end: int) -> list[str] | None:
                for lo, hi, marks in spans:
                    if lo <= start < hi or start == hi == len(text):
                        return list(marks) or None
                return None

            return study
        carried: tuple[str, ...] | None = None
        if self.vocab.own_work.match(text):
            self.end()
        elif self.vocab.points_back.match(text) and self.current:
            carried, self.introduced = self.current, True
        elif self.vocab.general.match(text):
            self.end()
        elif self.introduced and self.current:
            carried = self.current
        return lambda start, end: list(carried) if carried else None
