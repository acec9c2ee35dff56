"""``cell_type``: the cells (or cell products) given, by their dictionary names.

Found by the term matchers (``rules/cell_types.yaml``).  An ambiguous
abbreviation (MSC, which is also "microsatellite") counts only in a document
that confirms it; a term that ``requires`` a cue counts only in a sentence
holding one ("mitochondria" only where transplantation is spoken of).
"""

from __future__ import annotations

from ...contract import CellTypeId
from ...ruleset.model import Kind
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel


class CellTypeValue(ValueModel):
    id: CellTypeId
    label: str


def _counts(scope, m) -> bool:
    ambiguous = scope.rules.ambiguous_abbreviation(m.text)
    if ambiguous is not None and m.text not in scope.confirmed:
        return False
    requires = m.extra.get("requires") if m.extra else None
    if requires and not any(cue in scope.text for cue in requires):
        return False
    return True


def in_sentence(scope) -> None:
    lang = "zh" if scope.lang == "zh" else "en"
    for m in scope.of_kind(Kind.CELL_TYPE):
        if _counts(scope, m):
            label = scope.rules.label(Kind.CELL_TYPE, m.id, lang)
            scope.add("cell_type", {"id": m.id, "label": label}, m.start, m.end, m.rule, m.source, mention=m)


def in_table(scope) -> None:
    for sentence in scope.block.sentences:
        for m in scope.mentions(sentence):
            if m.kind == Kind.CELL_TYPE.value and scope.rules.ambiguous_abbreviation(m.text) is None:
                label = scope.rules.label(Kind.CELL_TYPE, m.id, sentence.lang.value)
                scope.add(sentence, "cell_type", {"id": m.id, "label": label}, m.start, m.end, m.rule, m.source)


def describe(value: dict) -> str:
    label = value.get("label")
    return f"{value.get('id')}" + (f" — {label}" if label else "")


FACT_TYPE = FactType(
    name="cell_type",
    position=0,
    label="Cell types",
    value_model=CellTypeValue,
    form=(
        FormField("id", "choice", True, tuple(m.value for m in CellTypeId)),
        FormField("label", "text", True),
    ),
    describe=describe,
    mention_kind="cell_type",
    grammar=None,
    per_document=True,
    match_keys=("id",),
    export_fields=("label",),
    sheet=SheetColumns(("cell_type",), lambda v: (v.get("id"),), position=0,
                      lists=(SheetList("cell_types", lambda v: v.get("id")),)),
    in_sentence=in_sentence,
    in_heading=in_sentence,
    in_table=in_table,
)
