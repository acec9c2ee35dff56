"""Fact values for people: parse what a reviewer typed, show what a fact says.

No web code here: the review server, the exports and the tests share it.
A reviewer's value is validated by the same pydantic models as the
extractor's output (:data:`extractor.facts.results.VALUE_MODELS`), so an edit can
never write what ``litx extract`` could not have written.
"""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import ValidationError

from ..contract import CellTypeId, Direction, DoseUnit, GuidanceId, HormoneId, Per, RouteId, SampleUnit
from ..errors import LitxError, Msg
from ..facts.results import VALUE_MODELS

__all__ = [
    "FORMS",
    "REVIEW_STATUSES",
    "TYPE_LABELS",
    "TYPE_ORDER",
    "arrow",
    "effective_value",
    "format_number",
    "format_value",
    "parse_number",
    "review_of",
    "status_of",
    "validate_value",
]

REVIEW_STATUSES = ("pending", "accepted", "rejected", "edited", "added")
TYPE_ORDER = ("cell_type", "dose", "route", "sessions", "hormone_change", "sample_size")
TYPE_LABELS = {
    "cell_type": "Cell types",
    "dose": "Doses",
    "route": "Routes",
    "sessions": "Sessions",
    "hormone_change": "Hormone changes",
    "sample_size": "Sample sizes",
}
_ARROWS = {"increase": "↑", "decrease": "↓", "no_change": "↔"}


def _choices(enum) -> list[str]:
    return [m.value for m in enum]


#: The edit form of each fact type: (field, kind, choices, required).
#: kind: "choice", "number", "int", "text".  tests check it against VALUE_MODELS.
FORMS: dict[str, list[dict[str, Any]]] = {
    "cell_type": [
        {"name": "id", "kind": "choice", "choices": _choices(CellTypeId), "required": True},
        {"name": "label", "kind": "text", "required": True},
    ],
    "dose": [
        {"name": "value", "kind": "number", "required": True, "hint": "5e6, 5×10^6, 500万"},
        {"name": "unit", "kind": "choice", "choices": _choices(DoseUnit), "required": True},
        {"name": "per", "kind": "choice", "choices": _choices(Per), "required": False},
        {"name": "low", "kind": "number", "required": False, "hint": "ranges only"},
        {"name": "high", "kind": "number", "required": False, "hint": "ranges only"},
    ],
    "route": [
        {"name": "id", "kind": "choice", "choices": _choices(RouteId), "required": True},
        {"name": "guidance", "kind": "choice", "choices": _choices(GuidanceId), "required": False},
    ],
    "sessions": [
        {"name": "count", "kind": "int", "required": False, "hint": "empty: repeated, number not given"},
    ],
    "hormone_change": [
        {"name": "hormone", "kind": "choice", "choices": _choices(HormoneId), "required": True},
        {"name": "direction", "kind": "choice", "choices": _choices(Direction), "required": True},
    ],
    "sample_size": [
        {"name": "n", "kind": "int", "required": True},
        {"name": "unit", "kind": "choice", "choices": _choices(SampleUnit), "required": True},
    ],
}

_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_SCI = re.compile(rf"^({_NUMBER})?\s*(?:[×xX*·]\s*)?10\s*(?:\^|\*\*)\s*\{{?\s*([-+−]?[0-9]+)\s*\}}?$")
_THOUSANDS = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
_CN_UNITS = {"万": 1e4, "亿": 1e8}


def parse_number(text: str) -> float | str:
    """A number as reviewers write it, or ``text`` unchanged (the model then says why not).

    ``5e6``, ``5×10^6``, ``5 x 10^{6}``, ``10^6``, ``1,500,000``, ``500万``.
    """
    s = text.strip().replace("\u2009", "").replace("\u00a0", " ")
    m = _SCI.match(s)
    if m:
        mantissa = float(m.group(1)) if m.group(1) else 1.0
        return mantissa * 10 ** int(m.group(2).replace("−", "-"))
    if _THOUSANDS.match(s):
        return float(s.replace(",", ""))
    if s and s[-1] in _CN_UNITS and re.fullmatch(_NUMBER, s[:-1].strip()):
        return float(s[:-1]) * _CN_UNITS[s[-1]]
    return text


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
    model = VALUE_MODELS.get(fact_type)
    if model is None:
        raise LitxError(Msg.E510, what="fact type", name=fact_type, choices=", ".join(TYPE_ORDER))
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
        parsed = model.model_validate(cleaned)
    except ValidationError as exc:
        raise LitxError(Msg.E503, type=fact_type, detail=_field_errors(exc)) from None
    out = parsed.model_dump(mode="json")
    if fact_type == "dose" and out.get("low") is None:
        out.pop("low", None)
        out.pop("high", None)
    return out


def review_of(fact: dict) -> dict:
    review = fact.get("review")
    return review if isinstance(review, dict) else {}


def status_of(fact: dict) -> str:
    status = review_of(fact).get("status", "pending")
    return status if status in REVIEW_STATUSES else "pending"


def effective_value(fact: dict) -> dict:
    """The value a reviewer stands behind: ``review.value`` laid over ``value`` when edited
    (as :func:`extractor.output.evaluate.evaluate_reviewed` reads it)."""
    value = fact.get("value") if isinstance(fact.get("value"), dict) else {}
    review = review_of(fact)
    if status_of(fact) == "edited" and isinstance(review.get("value"), dict):
        return {**value, **review["value"]}
    return dict(value)


def format_number(x: Any) -> str:
    """``5000000.0`` → ``5×10^6``, ``15000000`` → ``1.5×10^7``, ``116.0`` → ``116``."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return "" if x is None else str(x)
    if not math.isfinite(x):
        return str(x)
    if x != 0 and abs(x) >= 1e4:
        exp = int(math.floor(math.log10(abs(x))))
        mantissa = round(x / 10**exp, 6)
        if abs(mantissa) >= 10:
            mantissa, exp = round(mantissa / 10, 6), exp + 1
        m = f"{mantissa:.6f}".rstrip("0").rstrip(".")
        return f"{m}×10^{exp}"
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.6g}"


def arrow(direction: Any) -> str:
    return _ARROWS.get(direction, "?")


def format_dose(value: dict) -> str:
    unit = value.get("unit") or ""
    if value.get("low") is not None and value.get("high") is not None:
        amount = f"{format_number(value['low'])}–{format_number(value['high'])}"
    else:
        amount = format_number(value.get("value"))
    return f"{amount} {unit}".strip()


def format_value(fact_type: str, value: Any) -> str:
    """One line a reviewer reads, e.g. ``5×10^6 cells / ovary`` or ``FSH ↓ decrease``."""
    if not isinstance(value, dict):
        return ""
    if fact_type == "cell_type":
        label = value.get("label")
        return f"{value.get('id')}" + (f" — {label}" if label else "")
    if fact_type == "dose":
        text = format_dose(value)
        return text + (f" / {value['per']}" if value.get("per") else "")
    if fact_type == "route":
        return f"{value.get('id')}" + (f" ({value['guidance']})" if value.get("guidance") else "")
    if fact_type == "sessions":
        count = value.get("count")
        return "repeated (number not given)" if count is None else f"{count} session{'s' if count != 1 else ''}"
    if fact_type == "hormone_change":
        direction = value.get("direction")
        return f"{value.get('hormone')} {arrow(direction)} {direction}"
    if fact_type == "sample_size":
        return f"{value.get('n')} {value.get('unit') or 'patients'}"
    return ", ".join(f"{k}={v}" for k, v in value.items())
