"""``sessions``: how many times the treatment was given (3次, two injections,
多次移植 for an unstated number).

The count grammar is :func:`extractor.facts.quantities.find_sessions`
(count nouns and cues in ``rules/units.yaml``, ``counts: sessions``); the
grammar of ``rules/grammars/sessions.yaml`` adds forms said around a
treatment word ("injected on two occasions") and its ``veto`` patterns say
what is no number of sessions ("passaged three times", 离心2次, "three
different doses"): a count they overlap is dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated

from pydantic import Field

from ...lang.trie import alternatives
from ...layout.tables import cell_spans
from ...matching.matchers import fold_punct
from ...ruleset.grammar import numbers_of
from .. import quantities
from .. import screen as keys
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel


class SessionsValue(ValueModel):
    count: Annotated[int, Field(ge=1, le=1000)] | None


#: the grammar file of this type: rules/grammars/sessions.yaml
GRAMMAR = "sessions"


#: the slots and built-ins of a grammar match that say its count
_COUNT_SLOTS = ("number", "single", "times", "adverb")


def in_sentence(scope) -> None:
    found = quantities.find_sessions(scope.text, scope.extractor.vocab)
    grammar = scope.rules.grammars.get(GRAMMAR)
    folded = fold_punct(scope.text) if grammar is not None else ""
    matches = grammar.compiled.find(folded, "fact") if grammar is not None else []
    # what is no count matters only where a count was found
    vetoes = grammar.compiled.veto_spans(folded) \
        if grammar is not None and (found or matches) else []
    added: list[tuple[int, int]] = []
    for c in found:
        if not any(a < c.end and c.start < b for a, b in vetoes):
            scope.add("sessions", c.as_value(), c.start, c.end, c.rule, mention=c)
            added.append((c.start, c.end))
    for m in matches:
        # the count itself must be free; a match that runs back over another
        # count ("three injections than after one") gives the count its own span
        start, end = _count_span(m)
        if any(a < end and start < b for a, b in added + vetoes):
            continue
        if not any(a < m.end and m.start < b for a, b in added):
            start, end = m.start, m.end
        said, count = _count_of(grammar, m)
        if said:
            scope.add("sessions", {"count": count}, start, end,
                      f"sessions.{m.pattern}", grammar.source(m.pattern, m.lang, m.index), mention=m)


def _count_of(grammar, m) -> tuple[bool, int | None]:
    """Whether a grammar match says a number of sessions, and which: its
    number, 1 for "single", the count "double" stands for, None for a
    repetition without a number ("multiple introductions").  The first of
    these in the match is its count: the others stand in what it is set
    against ("single, three and five injections": 1)."""
    first = _first_count_part(m)
    if first is None:
        return True, None
    name, (start, end) = first
    written = m.text[start:end]
    if name == "single":
        return True, 1  # "the single-injection arm", 单次组
    if name in ("times", "adverb"):
        # "double PRP injection", a cell's "Twice": the count the word stands for (its entry's id, "two")
        counts = numbers_of(grammar.compiled.slot_id(name, written))
    else:
        counts = [n for n in numbers_of(written) if n == int(n) and 1 <= n <= 1000]
    return (True, int(counts[-1])) if counts else (False, None)


def _first_count_part(m) -> tuple[str, tuple[int, int]] | None:
    """(slot, span) of the first number, "single" or "double" of a match."""
    firsts = [(spans[0], name) for name in _COUNT_SLOTS if (spans := m.parts.get(name))]
    if not firsts:
        return None
    span, name = min(firsts)
    return name, span


def _count_span(m) -> tuple[int, int]:
    """Where a grammar match says its count: the number, "single" or
    "double"; the whole match where it says none ("multiple introductions")."""
    first = _first_count_part(m)
    return first[1] if first is not None else (m.start, m.end)


def may_hold(scope) -> bool:
    """The quick test of a sentence: the count grammar's session spotters
    find an anchor, or the grammar's gates leave one of its fact patterns to
    try (what :func:`in_sentence` asks first of each)."""
    if quantities.may_hold_sessions(scope.text, scope.extractor.vocab):
        return True
    grammar = scope.rules.grammars.get(GRAMMAR)
    return grammar is not None and grammar.compiled.may_find(scope.folded, "fact")


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): the session spotters' words, the grammar's gate."""
    grammar = extractor.rules.grammars.get(GRAMMAR)
    said, letters = quantities.session_words(extractor.vocab)
    return keys.union([keys.words(said), keys.initials(letters),
                       keys.grammar(grammar.compiled, "fact", mentions=False) if grammar is not None else keys.Keys()])


#: the number that opens a numbered heading ("2 Injections", "3.1 ..."): no count
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+")


def in_heading(scope) -> None:
    """A title or heading says a number of sessions as a sentence does
    ("Two intraovarian injections of …"); its own number is none."""
    numbered = _HEADING_NUMBER.match(scope.text)
    in_sentence(scope)
    if numbered:
        for _, fact in list(scope.facts_of("sessions")):
            if fact.evidence.start < numbered.end():
                scope.remove(fact)


#: a range of counts in a table cell ("4–12", 3~5)
_COUNT_RANGE = re.compile(r"\d\s*(?:[-–—~～至]|to)\s*\d")


def in_table(scope) -> None:
    """A cell under a column headed as the number of sessions ("Sessions",
    注射次数): each whole number in it a count ("1 or 2": two), or the count
    its words say ("Single", "Twice, 4 weeks apart"); and a row labelled by
    its group's sessions."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return
    _row_label(scope, grammar)
    if not grammar.compiled.columns:
        return
    for sentence, start, end in scope.cells_under(grammar.compiled.columns):
        for m in grammar.compiled.find_in_cell(sentence.text[start:end]):
            for count in _cell_counts(grammar, m):
                scope.add(sentence, "sessions", {"count": count}, start + m.start, start + m.end,
                          f"sessions.table.{m.pattern}", grammar.source(f"table.{m.pattern}", m.lang, m.index))


def _cell_counts(grammar, m) -> list[int]:
    """The counts a table pattern's match in a sessions cell says."""
    if "numbers" not in m.parts:  # in words: "Single", "Twice, 4 weeks apart"
        says, count = _count_of(grammar, m)
        return [count] if says and count is not None else []
    counts = []
    for a, b in m.parts["numbers"]:
        if _COUNT_RANGE.search(m.text[a:b]):
            continue  # "4–12": how many differed from patient to patient; no one count
        counts += [int(n) for n in numbers_of(m.text[a:b]) if n == int(n) and 1 <= n <= 1000]
    return counts


def _row_label(scope, grammar) -> None:
    """A row whose first cell names its group by the sessions it had
    ("Single injection", "Two-injection (n = 28)", 单次注射组): that count is
    the group's (ANNOTATION.md, arm).  The label must be the count and
    nothing more than a group's head word and its size in brackets."""
    if scope.row == 1 or not scope.block.sentences:
        return
    sentence = scope.block.sentences[0]
    cells = cell_spans(sentence.text)
    if len(cells) < 2:
        return
    at, _, label = cells[0]
    said = [(c.start, c.end, c.as_value()["count"], c.rule, None)
            for c in quantities.find_sessions(label, scope.extractor.vocab)]
    for m in grammar.compiled.find(fold_punct(label), "fact"):
        says, count = _count_of(grammar, m)
        if says:
            said.append((m.start, m.end, count, f"sessions.{m.pattern}", grammar.source(m.pattern, m.lang, m.index)))
    rest = _group_words(grammar)
    for start, end, count, rule, source in said[:1]:
        if rest.fullmatch(label[:start] + " " + label[end:]):
            scope.add(sentence, "sessions", {"count": count}, at + start, at + end, rule, source)


def _group_words(grammar) -> re.Pattern:
    """What a row's label may hold beside its count of sessions: a group's
    code before it ("A, one injection", "Group B: two injections"), the
    treatment and a group's head word (the grammar's ``treatment`` and
    ``arm_head`` words: 注射组) and the group's size in brackets ("(n = 28)")."""
    compiled = grammar.compiled
    return _label_rest(compiled.words("treatment"), compiled.words("arm_head"))


@lru_cache(maxsize=8)
def _label_rest(treatment: frozenset[str], heads: frozenset[str]) -> re.Pattern:
    code = rf"(?:(?:{alternatives(heads)})?\s*[A-Z0-9]{{1,2}}\s*[,:.)-])?"
    return re.compile(rf"\s*{code}[\s,:;-]*(?:(?:{alternatives(treatment | heads)})\s*){{0,2}}"
                      r"(?:[(（][^()（）]{0,20}[)）])?[\s.]*", re.IGNORECASE)


def in_document(facts: list, compiled=None) -> list:
    """An ordinal (第2次移植, "a second injection") is a count only where the
    document states no count of those sessions (ANNOTATION.md): where a study
    (the document's own, or one it cites) states a count that takes it in
    ("两次注射 … 第二次注射", "3次 … 第三次移植"), the ordinal refers to a
    session already counted and is dropped; after "a single injection" a
    second injection is a count of its own.  Arms of a study count apart: a
    count said of Case 1 does not take in "Case 2 … received a second
    injection" (a count said of no arm takes in every arm's ordinals)."""
    counted: dict[tuple[str, ...], list[tuple[str | None, int]]] = {}
    for f in facts:
        if f.type == "sessions" and not f.context.negated and not _ordinal(f) and f.value.get("count"):
            counted.setdefault(_study_of(f), []).append((f.arm, f.value["count"]))

    def taken_in(ordinal) -> bool:
        n = ordinal.value.get("count") or 0
        return any(n <= count and (arm is None or ordinal.arm is None or arm == ordinal.arm)
                   for arm, count in counted.get(_study_of(ordinal), ()))

    return [f for f in facts if not (f.type == "sessions" and _ordinal(f) and taken_in(f))]


def _ordinal(fact) -> bool:
    return fact.rule.endswith("_ordinal")


def _study_of(fact) -> tuple[str, ...]:
    return tuple(fact.study or ())


def describe(value: dict) -> str:
    count = value.get("count")
    return "repeated (number not given)" if count is None else f"{count} session{'s' if count != 1 else ''}"


FACT_TYPE = FactType(
    name="sessions",
    position=3,
    label="Sessions",
    value_model=SessionsValue,
    form=(FormField("count", "int", False, hint="empty: repeated, number not given"),),
    describe=describe,
    grammar="count grammar (extractor/facts/quantities.py); count nouns in rules/units.yaml (counts: sessions); "
            "forms around a treatment word and what is no session count in rules/grammars/sessions.yaml",
    match_keys=("count",),
    export_fields=("count",),
    # "multiple/repeated" (count null) is a null in the JSONL list and no cell of the flat sheet
    sheet=SheetColumns(("sessions",), lambda v: (v.get("count"),), position=3, numbers=("sessions",),
                      lists=(SheetList("sessions", lambda v: v.get("count"), keep_null=True),)),
    in_sentence=in_sentence,
    may_hold=may_hold,
    screen=screen,
    in_heading=in_heading,
    in_table=in_table,
    in_document=in_document,
)
