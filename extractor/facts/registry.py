"""The fact types: one module each under :mod:`extractor.facts.types`.

A fact type is everything litx knows about one kind of fact, declared in one
place (:class:`FactType`): the shape of its value, how it is found in a
sentence, a heading or a table row, whether it can be negated, how a
reviewer edits it and reads it, how evaluation compares two of them and which
columns it fills in the exports.  Every other module iterates
:func:`fact_types`; none names a type.

Adding a type is adding a module to ``extractor/facts/types/`` that defines
``FACT_TYPE`` (and its rule file or entries under ``rules/``): the registry
finds it by listing the package, the way spaCy's registry finds components.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from ..errors import LitxError, Msg

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .results import Fact
    from .scope import SentenceScope, TableScope


@dataclass(frozen=True)
class FormField:
    """One field of a type's edit form on the review page."""

    name: str
    kind: str  # "choice", "number", "int" or "text"
    required: bool
    choices: tuple[str, ...] = ()
    hint: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kind": self.kind}
        if self.choices:
            out["choices"] = list(self.choices)
        out["required"] = self.required
        if self.hint:
            out["hint"] = self.hint
        return out


@dataclass(frozen=True)
class SheetList:
    """One list a type fills in a JSONL row of the per-study sheet: its key
    (``dose``) and the item one value gives (``{"value", "unit", "per"}``).
    Items are listed once each, in order of first appearance; a null item is
    dropped unless ``keep_null`` (a number of sessions not given: ``null``)."""

    key: str
    item: Callable[[dict], Any]
    keep_null: bool = False


@dataclass(frozen=True)
class SheetColumns:
    """The columns a type fills in the per-study sheet (``export --table
    regimens``).

    ``names`` are the flat columns (CSV, xlsx), one value per cell: one value
    of the type gives one cell each (``cells``: numbers as ``int``/``float``,
    text as ``str``, ``None`` for an empty cell), kept together on one row (a
    dose's value, unit and denominator).  ``numbers`` names the columns that
    hold numbers (typed cells in a workbook).  ``lists`` are the keys of the
    JSONL row, each a list of structured items."""

    names: tuple[str, ...]
    cells: Callable[[dict], tuple[Any, ...]]
    #: where the columns stand among all types' (the contract's order of the sheet)
    position: int
    lists: tuple[SheetList, ...] = ()
    numbers: tuple[str, ...] = ()
    #: does an arm's row repeat the study's values of this type when the arm
    #: has none of its own (a dose group was given the study's cell type)?
    #: Not for a study's total sample size or its overall results.
    arms_inherit: bool = True


@dataclass(frozen=True)
class FactType:
    """One fact type of the contract, declared once."""

    name: str
    #: the contract's order of fact types (reports, review lists, exports)
    position: int
    #: heading of the type in reports and on the review page ("Doses")
    label: str
    value_model: "type[BaseModel]"
    #: the fields a reviewer edits, in order
    form: tuple[FormField, ...]
    #: one line a reviewer reads: ``5×10^6 cells / ovary``
    describe: Callable[[dict], str]
    #: where its grammar lives, for ``litx explain`` (None: the fact is a dictionary term itself)
    grammar: str | None
    #: the matchers' mention kind found at a fact's span (None: a number, not a dictionary term)
    mention_kind: str | None = None
    #: a reader cares whether it is denied ("未采用静脉注射"); a count of people is not denied
    negatable: bool = True
    #: of a negatable type, the values never denied: they state an absence
    #: themselves ("did not change" is a no-change, not a change denied, even
    #: where the sentence holds a negation elsewhere); None: every value may be
    never_denied: Callable[[dict], bool] | None = None
    #: denied by what follows it ("FSH did not decrease") rather than what precedes it
    negated_by_what_follows: bool = False
    #: evaluation scores it as the set of a document's ids, not mention by mention (cell types)
    per_document: bool = False
    #: value fields evaluation compares (a missing one is null); see ``same_value``
    match_keys: tuple[str, ...] = ()
    #: a comparison of its own, when equal keys are not enough (a dose within tolerance)
    same_value: Callable[[dict, dict, float], bool] | None = None
    #: value fields the one-row-per-fact export shows, in order
    export_fields: tuple[str, ...] = ()
    sheet: SheetColumns | None = None
    #: the finders: each reads a scope and adds what it finds (None: not found there)
    in_sentence: "Callable[[SentenceScope], None] | None" = None
    in_heading: "Callable[[SentenceScope], None] | None" = None
    #: the type's quick test of a sentence, made of what its rules need there
    #: (its grammar's gates, its count spotters, the mention kinds it reads):
    #: False only where ``in_sentence`` would add no fact and keep nothing,
    #: so the sentence is passed over at once; None: every sentence is read
    may_hold: "Callable[[SentenceScope], bool] | None" = None
    #: what an ASCII sentence must hold for ``may_hold`` to say yes, as keys
    #: of the pipeline's one screening pass over each sentence
    #: (:mod:`extractor.facts.screen`), made of an extractor's rules (None:
    #: not known, the sentence goes to ``may_hold``)
    screen: "Callable[[Any], Any] | None" = None
    in_table: "Callable[[TableScope], None] | None" = None
    #: the type's last word on a whole document: the document's facts (every
    #: type, in reading order) and what the type compiled from the rules
    #: (``compile``; None without one) in, the ones to keep out ("第2次移植"
    #: is no count where the document states the count); None: keeps them all
    in_document: "Callable[[list[Fact], Any], list[Fact]] | None" = None
    #: types whose facts in the same sentence this one reads (a dose reads cell types)
    after: tuple[str, ...] = ()
    #: what the finders need from the rules, compiled once per rule set
    #: (word lists, patterns); the finders find it at ``extractor.compiled[name]``
    compile: "Callable[[Any], Any] | None" = None
    #: a value as the contract prints it, after validation (drop fields that only some values have)
    tidy: Callable[[dict], dict] = field(default=lambda value: value)

    def deniable(self, value: dict) -> bool:
        """Whether a fact of this value can be negated by its context."""
        return self.negatable and not (self.never_denied is not None and self.never_denied(value))

    def validate(self, value: Any) -> dict[str, Any]:
        """The value checked by the type's model and tidied; raises pydantic's ValidationError."""
        return self.tidy(self.value_model.model_validate(value).model_dump(mode="json"))


@lru_cache(maxsize=1)
def _registry() -> dict[str, FactType]:
    from . import types

    found: list[FactType] = []
    for info in pkgutil.iter_modules(types.__path__):
        module = importlib.import_module(f"{types.__name__}.{info.name}")
        declared = getattr(module, "FACT_TYPE", None)
        if isinstance(declared, FactType):
            found.append(declared)
    found.sort(key=lambda t: (t.position, t.name))
    return {t.name: t for t in found}


def fact_types() -> tuple[FactType, ...]:
    """Every fact type, in the contract's order."""
    return tuple(_registry().values())


def type_names() -> tuple[str, ...]:
    return tuple(_registry())


def type_order() -> dict[str, int]:
    """Type name → its place in the contract's order (for sorting)."""
    return {name: i for i, name in enumerate(_registry())}


def fact_type(name: str) -> FactType:
    """The type called ``name``; an unknown name is a :class:`LitxError` listing the known ones."""
    found = _registry().get(name)
    if found is None:
        raise LitxError(Msg.E510, what="fact type", name=name, choices=", ".join(_registry()))
    return found


def describe_value(type_name: str, value: Any) -> str:
    """One line a reviewer reads, e.g. ``5×10^6 cells / ovary`` or ``FSH ↓ decrease``."""
    if not isinstance(value, dict):
        return ""
    declared = _registry().get(type_name)
    if declared is None:
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return declared.describe(value)


@lru_cache(maxsize=1)
def finding_order() -> tuple[FactType, ...]:
    """The types in the order their finders run: each after the types it
    reads (``after``), otherwise in the contract's order."""
    pending = list(fact_types())
    done: list[FactType] = []
    names = {t.name for t in pending}
    while pending:
        ready = next((t for t in pending if all(a in {d.name for d in done} or a not in names for a in t.after)), None)
        if ready is None:  # a cycle: a programming error in the type modules
            raise RuntimeError("fact types read each other in a circle: " + ", ".join(t.name for t in pending))
        pending.remove(ready)
        done.append(ready)
    return tuple(done)
