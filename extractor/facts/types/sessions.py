"""``sessions``: how many times the treatment was given (3次, two injections,
多次移植 for an unstated number).

The count grammar is :func:`extractor.facts.quantities.find_sessions`
(count nouns and cues in ``rules/units.yaml``, ``counts: sessions``).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .. import quantities
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel


class SessionsValue(ValueModel):
    count: Annotated[int, Field(ge=1, le=1000)] | None


def in_sentence(scope) -> None:
    for c in quantities.find_sessions(scope.text, scope.extractor.vocab):
        scope.add("sessions", c.as_value(), c.start, c.end, c.rule, mention=c)


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
    grammar="count grammar (extractor/facts/quantities.py); count nouns in rules/units.yaml (counts: sessions)",
    match_keys=("count",),
    export_fields=("count",),
    # "multiple/repeated" (count null) is a null in the JSONL list and no cell of the flat sheet
    sheet=SheetColumns(("sessions",), lambda v: (v.get("count"),), position=3, numbers=("sessions",),
                      lists=(SheetList("sessions", lambda v: v.get("count"), keep_null=True),)),
    in_sentence=in_sentence,
    # a title or heading says a dose or a number of sessions as a sentence does
    in_heading=in_sentence,
)
