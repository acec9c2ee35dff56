"""The extraction output contract (../shared/CONTRACT.md, v1) as pydantic models.

One :class:`Result` per PDF.  The same models validate what the extractor
writes, what ``litx schema`` prints and what a reviewer's edit may change, so
a dose of ``abc`` or an unknown hormone is refused in one place.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..contract import CellTypeId, Direction, DoseUnit, GuidanceId, HormoneId, Per, RouteId, SampleUnit

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    # extra fields are welcome in the contract; ours are declared
    model_config = ConfigDict(extra="allow", use_enum_values=True)


class CellTypeValue(_Model):
    id: CellTypeId
    label: str


class DoseValue(_Model):
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


class RouteValue(_Model):
    id: RouteId
    guidance: GuidanceId | None = None


class SessionsValue(_Model):
    count: Annotated[int, Field(ge=1, le=1000)] | None


class HormoneChangeValue(_Model):
    hormone: HormoneId
    direction: Direction


class SampleSizeValue(_Model):
    n: Annotated[int, Field(ge=1, le=10_000_000)]
    unit: SampleUnit = SampleUnit.PATIENTS


VALUE_MODELS: dict[str, type[_Model]] = {
    "cell_type": CellTypeValue,
    "dose": DoseValue,
    "route": RouteValue,
    "sessions": SessionsValue,
    "hormone_change": HormoneChangeValue,
    "sample_size": SampleSizeValue,
}

FactValue = Union[CellTypeValue, DoseValue, RouteValue, SessionsValue, HormoneChangeValue, SampleSizeValue]


class Evidence(_Model):
    page: Annotated[int, Field(ge=1)]
    sentence: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    lang: Literal["zh", "en"]
    section: str | None = None
    #: line pieces of the span on the page: [page, x0, top, x1, bottom]
    boxes: list[list[float]] = Field(default_factory=list)


class Context(_Model):
    negated: bool = False
    hedged: bool = False
    species: str = "human"


class Citation(_Model):
    marker: str
    reference: str | None = None


class Review(_Model):
    status: Literal["pending", "accepted", "rejected", "edited", "added"] = "pending"


class Fact(_Model):
    id: str
    type: Literal["cell_type", "dose", "route", "sessions", "hormone_change", "sample_size"]
    value: dict[str, Any]
    text: str
    evidence: Evidence
    rule: str
    context: Context = Field(default_factory=Context)
    review: Review = Field(default_factory=Review)
    #: where the rule is written (file:line), for dictionary terms
    source: str | None = None
    #: id of the cell_type fact a dose applies to
    cell_type: str | None = None
    #: citation markers of the sentence (or of the sentence introducing the study)
    citations: list[Citation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _value_fits_type(self) -> "Fact":
        model = VALUE_MODELS[self.type]
        self.value = model.model_validate(self.value).model_dump(mode="json", exclude_none=False)
        if self.type == "dose":
            # low/high only for ranges: keep the object as the contract shows it
            if self.value.get("low") is None:
                self.value.pop("low", None)
                self.value.pop("high", None)
        if not (0 <= self.evidence.start <= self.evidence.end <= len(self.evidence.sentence)):
            raise ValueError("evidence start/end do not index the sentence")
        return self


class DocumentInfo(_Model):
    path: str
    sha256: str
    pages: int
    languages: list[str]
    title: str | None = None


class Result(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    document: DocumentInfo
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one per-PDF result."""
    schema = Result.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "litx extraction result (contract v1)"
    # `value` is an object whose shape depends on `type`: one schema each
    schema["x-litx-value-schemas"] = {name: model.model_json_schema() for name, model in VALUE_MODELS.items()}
    return schema
