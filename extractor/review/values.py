"""Fact values for people: parse what a reviewer typed, show what a fact says.

No web code here: the review server, the exports and the tests share it.
A reviewer's value is validated by the same pydantic models as the
extractor's output (each fact type's ``value_model``), so an edit can
never write what ``litx extract`` could not have written.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import ValidationError

from ..errors import LitxError, Msg
from ..facts.registry import fact_type as registered, fact_types, type_names
from ..facts.registry import describe_value as format_value
from ..lang.numerals import format_number, parse_number as read_number
from ..output.reviewed import REVIEW_STATUSES, effective_value, review_of, status_of

__all__ = [
    "FORMS",
    "REVIEW_STATUSES",
    "TYPE_LABELS",
    "TYPE_ORDER",
    "effective_value",
    "format_number",
    "format_value",
    "parse_number",
    "review_of",
    "status_of",
    "validate_value",
]

TYPE_ORDER = type_names()
TYPE_LABELS = {t.name: t.label for t in fact_types()}
#: The edit form of each fact type: (field, kind, choices, required), from its module.
FORMS: dict[str, list[dict[str, Any]]] = {t.name: [f.as_dict() for f in t.form] for t in fact_types()}

def parse_number(text: str) -> float | str:
    """A number as reviewers write it, or ``text`` unchanged (the model then says why not).

    Every form the extractor reads (:func:`extractor.lang.numerals.parse_number`):
    ``5e6``, ``5×10^6``, ``5 x 10^{6}``, ``10^6``, ``10⁶``, ``1,500,000``,
    ``500万``, ``5 million``, ``两千万``.
    """
    value = read_number(text.replace("\u2009", "").replace("\u00a0", " "))
    return text if value is None else value


def _field_errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ())) or "value"
        msg = err.get("msg", "invalid")
        parts.append(f"{where}: {msg}")
    return "; ".join(parts)


def validate_value(fact_type: str, raw: Any) -> dict[str, Any]:
    """The value of a ``fact_type`` fact from a reviewer's form, validated.

    Strings are trimmed, empty strings are "not given", numbers may be
    written as :func:`parse_number` reads them, a Greek mu in a unit is the
    micro sign.  Unknown fields are refused.  Raises :class:`LitxError`
    E503 with every problem, field by field.
    """
    declared = registered(fact_type)
    model = declared.value_model
    if not isinstance(raw, dict):
        raise LitxError(Msg.E503, type=fact_type, detail="the value must be an object of fields")
    fields = {f["name"]: f for f in FORMS[fact_type]}
    unknown = sorted(set(raw) - set(model.model_fields))
    if unknown:
        raise LitxError(Msg.E503, type=fact_type, detail=f"unknown field(s) {', '.join(map(repr, unknown))}: the fields are {', '.join(fields)}")
    cleaned: dict[str, Any] = {}
    for name, value in raw.items():
        kind = fields.get(name, {}).get("kind")
        if isinstance(value, str):
            value = value.strip()
            if value == "":
                value = None
            elif kind in ("number", "int"):
                value = parse_number(value)
                if kind == "int" and isinstance(value, float) and value.is_integer():
                    value = int(value)
            elif name == "unit":
                value = value.replace("\u03bc", "\u00b5")
        if isinstance(value, bool) and kind in ("number", "int"):
            value = str(value)  # True is not a count: let the model refuse it
        if isinstance(value, float) and not math.isfinite(value):
            raise LitxError(Msg.E503, type=fact_type, detail=f"{name}: must be a finite number")
        if value is None:
            info = model.model_fields[name]
            if not info.is_required() and info.default is not None:
                continue  # "not given" means the default (sample_size.unit)
        cleaned[name] = value
    try:
        return declared.validate(cleaned)
    except ValidationError as exc:
        raise LitxError(Msg.E503, type=fact_type, detail=_field_errors(exc)) from None


