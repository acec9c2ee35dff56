"""``hormone_change``: a hormone (or ovarian-reserve indicator) and the
direction it moved after the intervention (FSH↓, AMH↑).

A hormone term (``rules/hormones.yaml``) linked to a direction cue
(``rules/directions.yaml``) by :func:`extractor.facts.hormones.hormone_changes`.
A sentence that defines a disease ("POI is diagnosed when FSH rises …")
reports no change.
"""

from __future__ import annotations

from ...contract import Direction, HormoneId
from ..hormones import hormone_changes
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel

_ARROWS = {"increase": "↑", "decrease": "↓", "no_change": "↔"}


class HormoneChangeValue(ValueModel):
    hormone: HormoneId
    direction: Direction


def arrow(direction) -> str:
    return _ARROWS.get(direction, "?")


def in_sentence(scope) -> None:
    lowered = scope.text.lower()
    if any(term in lowered for term in scope.extractor.compiled["hormone_change"]):
        return  # a disease described, not an effect measured
    for change in hormone_changes(scope.text, scope.mentions, scope.rules, scope.lang):
        h = change.hormone_mention
        fact = scope.add("hormone_change", {"hormone": change.hormone, "direction": change.direction},
                         h.start, h.end, change.rule, h.source, scope=change.span, mention=change)
        fact.__pydantic_extra__["cue"] = change.cue.text


def definitions(rules) -> tuple[str, ...]:
    """Words that make a sentence a disease described, not an effect measured
    (directions.yaml `definitions`: 表现为, "is diagnosed when")."""
    return tuple(t.lower() for t in rules.models["directions"].definitions.all())


def describe(value: dict) -> str:
    direction = value.get("direction")
    return f"{value.get('hormone')} {arrow(direction)} {direction}"


FACT_TYPE = FactType(
    name="hormone_change",
    position=4,
    label="Hormone changes",
    value_model=HormoneChangeValue,
    form=(
        FormField("hormone", "choice", True, tuple(m.value for m in HormoneId)),
        FormField("direction", "choice", True, tuple(m.value for m in Direction)),
    ),
    describe=describe,
    mention_kind="hormone",
    grammar="hormone term + direction cue (extractor/facts/hormones.py; cues in rules/directions.yaml)",
    negated_by_what_follows=True,
    match_keys=("hormone", "direction"),
    export_fields=("hormone", "direction"),
    sheet=SheetColumns(("hormone_change",), lambda v: (f"{v.get('hormone')}{arrow(v.get('direction'))}",), position=6,
                      lists=(SheetList("hormone_changes", lambda v: f"{v.get('hormone')}{arrow(v.get('direction'))}"),), arms_inherit=False),
    in_sentence=in_sentence,
    compile=definitions,
)
