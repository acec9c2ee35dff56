"""``dose``: an amount given, with its unit and denominator (5×10^6 cells per ovary).

The number + unit grammar is :func:`extractor.facts.quantities.find_doses`
(units, multipliers and denominators in ``rules/units.yaml``).  Here: which
amounts are given to someone (not taken: the ``veto`` patterns of
``rules/grammars/dose.yaml``, "抽取骨髓50 mL"), and the cell type each one
applies to.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field, model_validator

from ...contract import DoseUnit, Per
from ...matching.matchers import fold_punct
from ...ruleset.grammar import numbers_of
from ...ruleset.model import Kind
from .. import quantities
from .. import screen as keys
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel
from ...lang.numerals import format_number
from ...lang.trie import alternatives, spaced


class DoseValue(ValueModel):
    value: Annotated[float, Field(gt=0)]
    unit: DoseUnit
    per: Per | None = None
    low: Annotated[float, Field(gt=0)] | None = None
    high: Annotated[float, Field(gt=0)] | None = None

    @model_validator(mode="after")
    def _range(self) -> "DoseValue":
        if (self.low is None) != (self.high is None):
            raise ValueError("a range needs both low and high")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low is above high")
        return self


@dataclass(frozen=True)
class DoseCues:
    """The words the dose filters consult (``units.yaml``), compiled once."""

    #: units whose amounts are doses only beside a dose cue or a route (mL, mg)
    needs_cue: frozenset[str]
    #: words saying an amount is given to someone (units.yaml `dose_cues`)
    dose_cues: tuple[str, ...]
    #: "1 × 10^6 4T1-luciferase tagged cells": a cell word (units.yaml
    #: `cell_words`) a few words on is the unit of a bare power of ten
    cells_soon: re.Pattern
    #: words of a table column's head whose cells are doses (units.yaml `dose_columns`)
    columns: tuple[str, ...] = ()

    def says_given(self, text: str, routes) -> bool:
        """Does a sentence say something was given: a route in it, or a dose cue?"""
        lowered = text.lower()
        return bool(routes) or any(cue in lowered for cue in self.dose_cues)

    @classmethod
    def from_rules(cls, rules) -> "DoseCues":
        units = rules.models["units"]
        return cls(
            needs_cue=frozenset(u.id for u in units.units if u.needs_cue),
            dose_cues=tuple(t.lower() for t in units.dose_cues.all()),
            cells_soon=_cells_soon(units.cell_words.all()),
            columns=units.dose_columns.all(),
        )


def _cells_soon(words) -> re.Pattern:
    """Up to three words, then a cell word (an English one whole): "1 × 10^6
    4T1-luciferase tagged cells", 5×10^6个细胞, or a few Chinese characters
    naming them (3亿个骨髓单个核细胞).  per / each / in end the search: a
    denominator or a carrier comes first."""
    words = list(words)
    latin = spaced(w for w in words if w.isascii())
    other = alternatives(w for w in words if not w.isascii())
    return re.compile(rf"\s*(?:(?:(?!per\b|each\b|in\b)[\w-]+\s+){{0,3}}?(?:(?:{latin})\b|{other})"
                      rf"|个[\u4e00-\u9fff]{{1,8}}?(?:{other}))", re.IGNORECASE)


def tidy(value: dict) -> dict:
    """low/high only for ranges: the object as the contract shows it."""
    if value.get("low") is None:
        value.pop("low", None)
        value.pop("high", None)
    return value


def _given(scope, d, doses, *, names_cells: bool, says_given: bool) -> bool:
    """Amounts given to someone: a bare 10^7 needs a cell type in its
    sentence, a list it belongs to that names its unit
    (5×10^6、1×10^7、1.5×10^7个细胞), or a sentence saying it was given
    (a route or a dose cue: "pCPC (35 × 10^6) were administered", "treated
    with USCs (1.2 × 10^6 …)": cells the rules do not name), unless written
    per kilogram ("0.5 × 10^6/kg": cells/kg); mL, mg, IU need a dose cue or
    a route ("1 mL buffer" is none), or a denominator saying it was given
    ("0.5 mL of saline per ovary").  ``names_cells``: the sentence names a
    cell type or says something was given; ``says_given``: the latter
    (:meth:`DoseCues.says_given`, asked once per sentence)."""
    cues = scope.extractor.compiled["dose"]
    if d.unit_implied and not d.arm_label and not names_cells and not d.unit.endswith("/kg") \
            and not any(o.unit == d.unit and not o.unit_implied for o in doses) \
            and not cues.cells_soon.match(scope.text, d.end):
        return False
    if d.unit in cues.needs_cue:
        return says_given or d.per is not None
    return True


def _owner(scope, at: int):
    """The cell type a dose at ``at`` applies to: the nearest before it in
    the sentence (else the first after it), else the last one the
    paragraph's previous sentences named."""
    cells = scope.facts_of("cell_type")
    before = [f for m, f in cells if m.end <= at]
    if before:
        return before[-1]
    after = [f for m, f in cells if m.start >= at]
    if after:
        return after[0]
    window = scope.rules.settings.linking.dose_cell_type_sentences
    for prev in scope.earlier.last(window):
        earlier_cells = prev.facts_of("cell_type")
        if earlier_cells:
            return earlier_cells[-1][1]
    return None


#: the grammar file of this type: rules/grammars/dose.yaml (what is no dose)
GRAMMAR = "dose"


def _vetoes(scope, text: str) -> list[tuple[int, int]]:
    """Spans the grammar's veto patterns say hold no dose (bone marrow taken, not given)."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return []
    return grammar.compiled.veto_spans(fold_punct(text))


def in_sentence(scope) -> None:
    text = scope.text
    cells = scope.facts_of("cell_type")
    routes = scope.of_kind(Kind.ROUTE)
    # a bare power of ten counts cells when the sentence names them or says
    # something was given ("pCPC (35 × 10^6) were administered")
    says_given = scope.extractor.compiled["dose"].says_given(text, routes)
    names_cells = bool(cells) or says_given
    doses = quantities.find_doses(text, scope.extractor.vocab, names_cells=names_cells)
    vetoes = _vetoes(scope, text) if doses else []
    for d in doses:
        if not _given(scope, d, doses, names_cells=names_cells, says_given=says_given) \
                or any(a < d.end and d.start < b for a, b in vetoes):
            continue
        fact = scope.add("dose", d.as_value(), d.start, d.end, d.rule, mention=d)
        owner = _owner(scope, d.start)
        if owner is not None:
            scope.links.append((fact, owner))


def may_hold(scope) -> bool:
    """The quick test of a sentence: the dose spotters of the count grammar
    find a number and a unit (what :func:`quantities.find_doses` asks first)."""
    return quantities.may_hold_doses(scope.text, scope.extractor.vocab)


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): a unit or scale word, a power of ten's sign."""
    units, signs = quantities.dose_words(extractor.vocab)
    return keys.union([keys.whole_words(units), keys.words(signs)])


#: the number that opens a numbered heading ("2 Doses", "3.1 ..."): no dose
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+")


def in_heading(scope) -> None:
    """A title or heading says a dose as a sentence does ("Intraovarian
    injection of 5 × 10^6 cells …"); its own number is none."""
    numbered = _HEADING_NUMBER.match(scope.text)
    in_sentence(scope)
    if numbered:
        for _, fact in list(scope.facts_of("dose")):
            if fact.evidence.start < numbered.end():
                scope.remove(fact)


def in_table(scope) -> None:
    """A dose whose unit is written in the cell ("每侧500万个"), or a bare
    power of ten in a row that names a cell type ("UCMSCs (human) |
    3×10^6/PBS | IV": a table of cell therapies); an amount in mL, mg, µg
    only under a column headed as doses ("Dose", 剂量)."""
    cues = scope.extractor.compiled["dose"]
    dose_cells = {(id(s), a, b) for s, a, b in scope.cells_under(cues.columns)} if cues.columns else set()
    read = _under_a_unit(scope)
    vocab = scope.extractor.vocab
    for sentence in scope.block.sentences:
        if not quantities.may_hold_doses(sentence.text, vocab):
            continue
        # a bare power of ten in a row naming a cell type or a route
        # ("Intravenous injection, 0.5 × 10^6, once a day")
        names_cells = any(m.kind in (Kind.CELL_TYPE.value, Kind.ROUTE.value) for m in scope.mentions(sentence))
        for d in quantities.find_doses(sentence.text, vocab, names_cells=names_cells):
            if any(key == id(sentence) and a < d.end and d.start < b for key, a, b in read):
                continue  # read with the unit its column's head names
            if d.unit in cues.needs_cue and not any(
                    key == id(sentence) and a <= d.start and d.end <= b for key, a, b in dose_cells):
                continue
            if not d.unit_implied or names_cells:
                scope.add(sentence, "dose", d.as_value(), d.start, d.end, d.rule)


#: a cell that is one amount and nothing else: 150, 0.5, 5×10^6, 1 × 10^{7}
_BARE_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:\s*[×xX]\s*10\s*\^?\s*\{?[-−]?\d+\}?)?")
#: a cell of plain numbers, alternatives or a list, maybe per kilogram and
#: with an aside in brackets: "20 or 100 or 200", "1 or 2 /kg", "0.5 /kg
#: (three times)", "10, 50, 100"
_AMOUNT_LIST = re.compile(r"(?P<amounts>\d+(?:\.\d+)?(?:\s*(?:,|，|、|\bor\b|\band\b)\s*\d+(?:\.\d+)?)*)"
                          r"\s*(?P<kg>/\s*kg)?(?:\s*[(（][^()（）]*[)）])?")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _under_a_unit(scope) -> set[tuple[int, int, int]]:
    """Bare amounts under a column whose head names their unit ("Cells/ovary
    | 5×10^6", "Dose (µg) | 150"), and the power of ten they are counted in
    ("Number of injected cells (× 10^6) | 20 or 100 or 200": three doses,
    2e7, 1e8 and 2e8 cells; "1 or 2 /kg": cells/kg): doses in that unit, per
    what the head says.  Only a dose column's head or one that counts cells
    says so (a column of ages in years or volumes of blood is none)."""
    heads = scope.heads
    read: set[tuple[int, int, int]] = set()
    if scope.row == 1 or not heads:
        return read
    units = _column_units(scope, heads)
    for sentence in scope.block.sentences:
        for cell in scope.cells(sentence):
            column = units[cell.column] if cell.column is not None else None
            if column is None:
                continue
            for start, end, value in _cell_amounts(scope, cell, *column):
                scope.add(sentence, "dose", value, start, end, "dose.table_column")
                read.add((id(sentence), start, end))
    return read


def _cell_amounts(scope, cell, unit: str, per: str | None, scale: float) -> list[tuple[int, int, dict]]:
    """The doses one cell under a column of ``unit`` holds: (start, end, value) each."""
    least = quantities.MIN_CELL_COUNT if unit.startswith("cells") else 0  # 0.38 cells is no count
    text, start = cell.text, cell.start
    if _BARE_AMOUNT.fullmatch(text):
        values = numbers_of(text)
        if len(values) == 1 and values[0] * scale > least:
            return [(start, start + len(text), {"value": values[0] * scale, "unit": unit, "per": per})]
        return []
    listed = _AMOUNT_LIST.fullmatch(text)
    if listed is None or scale == 1.0:
        return []  # unscaled numbers in words beside them: not read as amounts
    if listed.group("kg") and not unit.endswith("/kg"):
        unit, per = quantities.per_kg_unit(scope.extractor.vocab, unit), None
    found = []
    for number in _PLAIN_NUMBER.finditer(listed.group("amounts")):
        value = float(number.group()) * scale
        if value > least:
            found.append((start + number.start(), start + number.end(), {"value": value, "unit": unit, "per": per}))
    return found


def _column_units(scope, heads: list[str]) -> list[tuple[str, str | None, float] | None]:
    """Of each column head, the unit, denominator and power of ten its bare
    amounts are doses in: a unit the head names, when it counts cells or
    the head is a dose column's (not ages in years, not blood in mL); worked
    out once per table."""
    known = scope.table_state.get("dose units")
    if known is None or len(known) != len(heads):
        columns = scope.extractor.compiled["dose"].columns
        vocab = scope.extractor.vocab
        known = []
        for head in heads:
            dose_column = any(w.casefold() in head for w in columns)
            scale = quantities.column_scale(head, vocab)
            # "Dose (×10^6/kg)": a dose column's power of ten counts cells when the head names no unit
            implied = "cells" if dose_column and scale >= quantities.MIN_CELL_COUNT else None
            unit = quantities.column_unit(head, vocab, implied)
            if unit is not None and (unit[0].startswith("cells") or dose_column):
                known.append((*unit, scale))
            else:
                known.append(None)
        scope.table_state["dose units"] = known
    return known


def amount(value: dict) -> str:
    unit = value.get("unit") or ""
    if value.get("low") is not None and value.get("high") is not None:
        text = f"{format_number(value['low'])}–{format_number(value['high'])}"
    else:
        text = format_number(value.get("value"))
    return f"{text} {unit}".strip()


def sheet_item(value: dict) -> dict:
    """A dose in a JSONL regimen row: value, unit, per (and low/high of a range)."""
    item = {"value": value.get("value"), "unit": value.get("unit"), "per": value.get("per")}
    for bound in ("low", "high"):
        if value.get(bound) is not None:
            item[bound] = value[bound]
    return item


def describe(value: dict) -> str:
    return amount(value) + (f" / {value['per']}" if value.get("per") else "")


def _close(a, b, tolerance: float) -> bool:
    numbers = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (a, b))
    return numbers and math.isclose(a, b, rel_tol=tolerance, abs_tol=0.0)


def same_value(gold: dict, pred: dict, tolerance: float) -> bool:
    """value within ``tolerance``, unit, per, and low/high when the gold gives them."""
    if not _close(gold.get("value"), pred.get("value"), tolerance):
        return False
    if gold.get("unit") != pred.get("unit") or gold.get("per") != pred.get("per"):
        return False
    return all(gold.get(k) is None or _close(gold[k], pred.get(k), tolerance) for k in ("low", "high"))


FACT_TYPE = FactType(
    name="dose",
    position=1,
    label="Doses",
    value_model=DoseValue,
    form=(
        FormField("value", "number", True, hint="5e6, 5×10^6, 500万"),
        FormField("unit", "choice", True, tuple(m.value for m in DoseUnit)),
        FormField("per", "choice", False, tuple(m.value for m in Per)),
        FormField("low", "number", False, hint="ranges only"),
        FormField("high", "number", False, hint="ranges only"),
    ),
    describe=describe,
    grammar="number + unit grammar (extractor/facts/quantities.py); units, multipliers and denominators in "
            "rules/units.yaml; volumes taken, not given, in rules/grammars/dose.yaml",
    match_keys=("value", "unit", "per", "low", "high"),
    same_value=same_value,
    export_fields=("value", "low", "high", "unit", "per"),
    sheet=SheetColumns(("dose_value", "dose_unit", "dose_per"), lambda v: (v.get("value"), v.get("unit"), v.get("per")),
                      position=1, numbers=("dose_value",), lists=(SheetList("dose", sheet_item),)),
    in_sentence=in_sentence,
    may_hold=may_hold,
    screen=screen,
    in_heading=in_heading,
    in_table=in_table,
    after=("cell_type",),
    compile=DoseCues.from_rules,
    tidy=tidy,
)
