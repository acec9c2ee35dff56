"""The extraction output contract (../shared/CONTRACT.md, v1) as pydantic models.

One :class:`Result` per PDF.  The same models validate what the extractor
writes, what ``litx schema`` prints and what a reviewer's edit may change, so
a dose of ``abc`` or an unknown hormone is refused in one place.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..contract import SCHEMA_VERSION


class _Model(BaseModel):
    # extra fields are welcome in the contract; ours are declared
    model_config = ConfigDict(extra="allow", use_enum_values=True)


class ValueModel(_Model):
    """The base of every fact type's value model (:mod:`extractor.facts.types`)."""


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
    #: one of the registry's fact types (:func:`extractor.facts.registry.type_names`)
    type: str
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
    #: the cited study the fact reports (contract v1.1): markers of its own
    #: clause or list item, ranges expanded; None for the document's own
    #: study (extractor/facts/studies.py)
    study: list[str] | None = None
    #: the arm of the study the fact belongs to (contract v1.1): a short
    #: label as printed ("2次", "low-dose", "1.5×10^7"), the same for every
    #: fact of the arm; None for the study as a whole (extractor/facts/arms.py)
    arm: str | None = None
    #: true for a count given for every arm of its study ("three women each"):
    #: no ``arm`` of its own, each arm's row takes it (extractor/facts/arms.py)
    each_arm: bool | None = None
    #: id of the fact this one is a step of (a re-injection into the ovary
    #: described as part of SEGOVA; rules/studies.yaml includes)
    part_of: str | None = None

    @model_validator(mode="after")
    def _value_fits_type(self) -> "Fact":
        from .registry import type_names, fact_type  # the registry's types import this module

        if self.type not in type_names():
            raise ValueError(f"unknown fact type {self.type!r}: choose from {', '.join(type_names())}")
        self.value = fact_type(self.type).validate(self.value)
        if not (0 <= self.evidence.start <= self.evidence.end <= len(self.evidence.sentence)):
            raise ValueError("evidence start/end do not index the sentence")
        return self


class DocumentInfo(_Model):
    path: str
    sha256: str
    pages: int
    languages: list[str]
    title: str | None = None
    #: pages whose text was read by OCR (absent when none was)
    ocr_pages: list[int] | None = None


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
    from .registry import fact_types

    schema["$defs"]["Fact"]["properties"]["type"]["enum"] = [t.name for t in fact_types()]
    # `value` is an object whose shape depends on `type`: one schema each
    schema["x-litx-value-schemas"] = {t.name: t.value_model.model_json_schema() for t in fact_types()}
    return schema
