"""``follow_up``: how long patients (or animals) were followed after the
treatment (随访12个月, followed up for 6 months, 术后随访1年, "at 1, 3 and 6
months after transplantation" → 6 months, "on day 28 post-injection",
"sacrificed 4 weeks after transplantation", 治疗4周后取卵巢).

The grammar is data: ``rules/grammars/follow_up.yaml`` (a follow word, a
visit or a measuring word, or the treatment a time is counted from, a number
or a list of them, a time unit).  Of a list or range of time points the
last, longest one is the follow-up; of a range across units ("6 months to
2 years") the last.  Its veto patterns remove what is said like a follow-up
and is none: the time to an outcome (menses returned 5 months after
treatment), an interval between sessions, the time a model took, a daily
dosing, a time in culture.  In a table, a cell under a follow-up column is
read, a bare number taking the unit its column's head names.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated

from pydantic import Field

from ...layout.tables import cell_spans
from ...ruleset.grammar import numbers_of
from .. import screen as keys
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel

#: the grammar file of this type: rules/grammars/follow_up.yaml
GRAMMAR = "follow_up"


class TimeUnit(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class FollowUpValue(ValueModel):
    value: Annotated[float, Field(gt=0)]
    unit: TimeUnit


def in_sentence(scope) -> None:
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:  # a rule folder without the grammar finds no follow-up
        return
    compiled = grammar.compiled
    found = compiled.find(scope.text, "fact", mentions=scope.mentions, holds={m.kind for m in scope.mentions})
    if not found:
        return
    # what is no follow-up (the time to an outcome, an interval between
    # sessions, the time a model took, a daily dosing): the grammar's vetoes,
    # asked only of a sentence that says a follow-up
    vetoes = compiled.veto_spans(scope.text, mentions=scope.mentions)
    for m in found:
        if any(a < m.end and m.start < b for a, b in vetoes):
            continue
        found = _duration_of(compiled, m)
        if found is None:
            continue
        unit, numbers = found
        for value in _values(compiled, m, unit, numbers):
            scope.add("follow_up", {"value": float(value), "unit": unit}, m.start, m.end,
                      f"follow_up.{m.pattern}", grammar.source(m.pattern, m.lang, m.index), mention=m)


def may_hold(scope) -> bool:
    """The quick test of a sentence: the grammar's gates leave one of its
    fact patterns to try (what :func:`in_sentence` asks first)."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    return grammar is not None and grammar.compiled.may_find(scope.text, "fact", mentions=tuple(scope.mentions))


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): its grammar's gate."""
    grammar = extractor.rules.grammars.get(GRAMMAR)
    return keys.grammar(grammar.compiled, "fact") if grammar is not None else keys.Keys()


#: the slot of half a unit (半, "and a half"): it adds one half to the number
#: before the unit, or is the value alone (半年: 0.5 year)
HALF = "half"
#: the slot of an article standing for one unit ("for a year", 一年 is a number)
ONE = "one"
#: the slot of an ordinal word counting a unit ("by the third month"): its entry's id is the number
ORDINAL = "ordinal"


def _duration_of(compiled, m) -> tuple[str, list[float]] | None:
    """The unit and the numbers of a match: with one unit, every number; with
    two ("6 months to 2 years", 6个月至2年), the last unit and the numbers
    after the unit before it (the end of the range).  None: no number, or a
    word that is no unit."""
    units = sorted(m.parts.get("unit", []))
    spans = sorted(m.parts.get("numbers", []) + m.parts.get("number", []))
    if units and not spans and (m.parts.get(ONE) or m.parts.get(ORDINAL)):
        # "followed them for a year": one unit; "by the third month": the
        # ordinal's number; of a list ("in the second week, …, and the sixth
        # month"), the last
        unit = compiled.slot_id("unit", m.text[units[-1][0]:units[-1][1]])
        said = m.every(ORDINAL)
        value = numbers_of(compiled.slot_id(ORDINAL, said[-1])) if said else [1.0]
        return (unit, value[-1:]) if value and unit is not None else None
    if not units or not (spans or m.parts.get(HALF)):
        return None
    ids = [compiled.slot_id("unit", m.text[a:b]) for a, b in units]
    if None in ids:
        return None
    if len(set(ids)) > 1:
        since = units[-2][1]
        spans = [(a, b) for a, b in spans if a >= since]
    numbers = [n for a, b in spans for n in numbers_of(m.text[a:b])]
    if m.parts.get(HALF):  # 随访半年: 0.5; 随访一年半, "one and a half years": 1.5
        numbers = [numbers[-1] + 0.5] if numbers else [0.5]
    return (ids[-1], numbers) if numbers else None


def in_table(scope) -> None:
    """A cell under a follow-up column of a table of studies ("28 days"; a
    bare "12" or "6-24" under a head that names the unit: "Follow-up (months)");
    and a body cell that says a follow-up whole, wherever it stands
    ("治疗后3个月", "6 months after transplantation": a row's time point)."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return
    read = _said_in_cells(scope, grammar)
    if scope.row == 1:
        _last_time_point(scope, grammar)
    if not grammar.compiled.columns:
        return
    for sentence, start, end in scope.cells_under(grammar.compiled.columns):
        if (id(sentence), start) in read:
            continue
        for m in grammar.compiled.find_in_cell(sentence.text[start:end]):
            said = m.part("unit")
            unit = grammar.compiled.slot_id("unit", said) if said is not None else _head_unit(grammar, scope, sentence, start)
            if unit is not None:
                _add_cell_match(scope, grammar, sentence, start, m, unit)


def _add_cell_match(scope, grammar, sentence, start: int, m, unit: str) -> None:
    """The follow-ups a table pattern's match in the cell at ``start`` says, in ``unit``."""
    numbers = [n for part in m.every("numbers") + m.every("number") for n in numbers_of(part)]
    for value in _values(grammar.compiled, m, unit, numbers, in_cell=True) if numbers else ():
        scope.add(sentence, "follow_up", {"value": float(value), "unit": unit}, start + m.start, start + m.end,
                  f"follow_up.table.{m.pattern}", grammar.source(f"table.{m.pattern}", m.lang, m.index))


def _said_in_cells(scope, grammar) -> set[tuple[int, int]]:
    """The body cells the grammar reads as a follow-up from end to end (its
    fact patterns, no veto overlapping): each one fact.  Returns the
    (sentence, cell start) read."""
    read: set[tuple[int, int]] = set()
    if scope.row <= 1:
        return read  # the head row names columns, not a row's time
    compiled = grammar.compiled
    for sentence in scope.block.sentences:
        if not compiled.may_find(sentence.text, "fact"):
            continue  # what the whole row cannot hold, none of its cells holds
        for start, end, text in cell_spans(sentence.text):
            found = compiled.find(text, "fact") if text else []
            if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)) or compiled.veto_spans(text):
                continue
            m = found[0]
            duration = _duration_of(compiled, m)
            if duration is None:
                continue
            unit, numbers = duration
            for value in _values(compiled, m, unit, numbers):
                scope.add(sentence, "follow_up", {"value": float(value), "unit": unit}, start, end,
                          f"follow_up.{m.pattern}", grammar.source(m.pattern, m.lang, m.index))
                read.add((id(sentence), start))
    return read


def _last_time_point(scope, grammar) -> None:
    """A head row whose cells are time points, each the whole cell and
    read by the table patterns ("Baseline | Month 3 | Month 6 | Month 12",
    治疗前 | 治疗后1个月 | 治疗后3个月): the outcomes below were measured at
    each, and a list of time points gives its last (ANNOTATION.md,
    follow_up).  One time point alone heads a column of anything."""
    points = []
    for sentence in scope.block.sentences:
        for start, _, text in cell_spans(sentence.text):
            for m in grammar.compiled.find_in_cell(text, "fact") if text else ():
                said = m.part("unit")
                unit = grammar.compiled.slot_id("unit", said) if said is not None else None
                if unit is not None and (m.start, m.end) == (0, len(text)):
                    points.append((sentence, start, m, unit))
    if len(points) < 2:
        return
    _add_cell_match(scope, grammar, *points[-1])


def _head_unit(grammar, scope, sentence, start: int) -> str | None:
    """The time unit the head of the cell's column names ("Follow-up
    (months)", 随访时间（月）): a word of the grammar's ``unit`` slot in it;
    None when it names none or more than one."""
    head = scope.head_at(sentence, start)
    if head is None:
        return None
    slot = grammar.model.slots.get("unit")
    if not isinstance(slot, tuple):
        return None
    found = {entry.id for entry in slot for word in entry.terms.all()
             if re.search(_head_word(word), head, re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None


def _head_word(word: str) -> str:
    """A unit word as it stands in a column head: whole if Latin (months,
    mo), inside brackets or after a comma or a slash if Chinese (（月）, /月)."""
    if word.isascii():
        return rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])"
    return rf"(?:[(（,，/、]\s*){re.escape(word)}\s*(?:[)）]|$)"


def _values(compiled, m, unit: str, numbers: list[float], *, in_cell: bool = False) -> list[float]:
    """The follow-ups of a match (:func:`_durations`) that are durations in
    ``unit``: above zero and within the unit's ``max`` ("随访至2020年" is a
    date, not 2,020 years).  A table's cell under a follow-up column ("3 or 6
    weeks") holds alternatives: the studies of its row."""
    limit = compiled.slot_max("unit", unit)
    durations = _durations(m, numbers, compiled.each_number_counts(m), alternatives=in_cell)
    return [v for v in durations if 0 < v and (limit is None or v <= limit)]


def _durations(m, numbers: list[float], each: bool = False, alternatives: bool = False) -> list[float]:
    """The follow-ups a match states: of time points ("at 1, 3 and 6 months",
    "improved 3 months or 6 months after") the last, longest one; of a range
    ("followed for 12 to 20 months") the low end; each one of
    alternatives ("after either 5 or 12 days", and in a table's cell, the
    studies of its row: "3 or 6 weeks") and, where the pattern's
    ``each_with`` words say so, of two times ("killed 7 or 14 days after",
    2周和4周各处死: groups of an experiment killed at different times; of
    three or more the last stands for all, ANNOTATION.md)."""
    spans = m.parts.get("numbers", []) + m.parts.get("number", [])
    said = m.text[min(a for a, _ in spans) : max(b for _, b in spans)] if spans else ""
    if not _written_alike(" ".join(m.text[a:b] for a, b in spans)):
        return [numbers[0]]  # "on day 5 and nine on day 12": nine animals, not a day
    if each and len(_LIST_SEPARATOR.split(said)) == 2 and not _RANGE.search(said):
        return sorted(set(numbers))  # two groups; of a longer list the last stands for all (ANNOTATION.md)
    either = bool(spans) and _EITHER.search(m.text, max(0, m.start - 8), min(a for a, _ in spans)) is not None
    if (alternatives or either) and _ALTERNATIVES.search(said):
        return sorted(set(numbers))
    if len(numbers) == 2 and len(_RANGE.split(said)) == 2 and not _LIST_SEPARATOR.search(said):
        return [min(numbers)]  # a range ("12 to 20 months", 6~18个月): its low end, as a dose's (ANNOTATION.md)
    return [max(numbers)]


def _written_alike(said: str) -> bool:
    """Are the numbers of a list written alike: no number in words after
    one in digits?  Such a word is a count of something else ("killed on
    day 14 and six on day 28": six rats); words before digits are one list
    ("at two, six, and 12 months")."""
    first_digit = next((i for i, c in enumerate(said) if c.isdigit()), None)
    if first_digit is None:
        return True
    return not any(numbers_of(m.group()) for m in _LATIN_WORD.finditer(said, first_digit))


_ALTERNATIVES = re.compile(r"(?<![A-Za-z])or(?![A-Za-z])|或", re.IGNORECASE)
_EITHER = re.compile(r"(?<![A-Za-z])either(?![A-Za-z])", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
#: what parts the items of a list of times ("7 d、14 d、28 d", "2 weeks and 4")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,，、;；]\s*(?:and\s+|or\s+)?|(?<![A-Za-z])(?:and|or)(?![A-Za-z])|和|及|与|或)\s*")
#: a range between two numbers ("2 to 4 weeks", 2~4周): one span of time, not two times
_RANGE = re.compile(r"(?<![A-Za-z])to(?![A-Za-z])|[-–~～至到]", re.IGNORECASE)


#: months per unit: a month is 30.4375 days (365.25 / 12), 4.348 weeks
MONTHS_PER = {"day": 1 / 30.4375, "week": 1 / 4.348, "month": 1.0, "year": 12.0}


def months(value: dict) -> float | None:
    """A follow-up in months (the sheet's one unit), to two decimals: 6 weeks → 1.38."""
    amount, per = value.get("value"), MONTHS_PER.get(value.get("unit") or "")
    if not isinstance(amount, (int, float)) or isinstance(amount, bool) or per is None:
        return None
    return round(amount * per, 2)


def describe(value: dict) -> str:
    amount, unit = value.get("value"), value.get("unit") or ""
    shown = f"{amount:g}" if isinstance(amount, (int, float)) else str(amount)
    return f"{shown} {unit}{'' if amount == 1 else 's'}".strip()


FACT_TYPE = FactType(
    name="follow_up",
    position=6,
    label="Follow-up",
    value_model=FollowUpValue,
    form=(
        FormField("value", "number", True, hint="12, 1.5"),
        FormField("unit", "choice", True, tuple(u.value for u in TimeUnit)),
    ),
    describe=describe,
    grammar="grammar of rules/grammars/follow_up.yaml (follow words, time units, after-treatment words; "
            "vetoes for times to an outcome, intervals, models, dosing, culture)",
    negatable=False,
    match_keys=("value", "unit"),
    export_fields=("value", "unit"),
    sheet=SheetColumns(("follow_up_months",), lambda v: (months(v),), position=7, numbers=("follow_up_months",),
                      lists=(SheetList("follow_up", lambda v: {"value": v.get("value"), "unit": v.get("unit")}),)),
    in_sentence=in_sentence,
    may_hold=may_hold,
    screen=screen,
    # a title or heading says how long patients were followed ("… a case
    # report with 18 months of follow-up") as a sentence does
    in_heading=in_sentence,
    in_table=in_table,
)
