"""Score extraction results against gold annotations (``litx evaluate``).

Gold annotations are made by people, one JSON file per PDF, named
``<pdf stem>.json`` in a gold directory (sub-folders mirroring the PDFs')::

    {"schema": "litx.gold/1",
     "document": "x.pdf",
     "notes": "...",
     "cell_types": ["umbilical_cord_msc"],      # optional: the document's set
     "facts":   [{"type": "dose", "page": 3, "text": "5×10^6", "species": "human",
                  "value": {"value": 5000000.0, "unit": "cells", "per": "ovary"}}],
     "negated": [... same shape: facts the paper states as not done ...]}

Values are checked against the contract's vocabularies (extractor.contract),
and unknown keys are rejected, so a typo in a gold file is an error (E202)
naming the file and the entry, not a silent miss.

Results are the per-PDF files of the output contract, ``OUT_DIR/<stem>.json``
with the same relative path as the gold file; other JSON files in OUT_DIR
(the run report) are ignored and listed.

Decisions a caller must know
----------------------------
* A prediction matches a gold fact (strict) when the type is the same, the
  value key is equal (:func:`value_matches`), ``evidence.page`` equals the
  gold page and the texts agree (:func:`texts_agree`); a fact's words are
  its text and, when the result keeps one, its ``cue`` (a hormone change is
  said by the hormone and its direction: a gold text "fell" or "FSH fell"
  stands for the prediction "FSH" with the cue "fell").  "Value-only" drops
  the page and text conditions, so comparing the two micro F1 shows whether
  errors are in values or in positions.
* Matching is one-to-one, per document and type, and of maximum size: two
  identical doses in one sentence need two predictions.  Among equally large
  matchings, pairs with closer texts (strict) or the same page (value-only)
  are preferred; that only changes which facts the error lists name.
* Predictions with ``context.negated`` are scored against the gold
  ``negated`` list, apart ("negated" row), never against ``facts``.
* Types scored: those given (``types``: names, ``"mentions"`` for the five
  mention types, ``"all"``), else every type present in the gold files.
  Predictions of other types are counted in ``unscored_types``.
* The cell-type set score compares, per document whose gold gives
  ``cell_types``, the set of ids of non-negated cell_type predictions with
  the gold set (micro over documents).  It does not depend on ``types``.
* Precision is None when nothing was predicted, recall None when there is no
  gold, F1 = 2TP / (2TP + FP + FN) and None when all three are 0.
* Arms (contract v1.1 ``arm``; a gold fact's optional ``"arm"``): scored
  only in documents whose gold gives at least one arm (a gold file written
  before arms existed scores none), over non-negated facts.  A label is
  printed words ("the two-injection arm", "two injections"), so what is
  scored is the grouping, not the words: each gold label is paired with at
  most one predicted label, and each predicted label with at most one gold
  label, those with the most (gold fact, prediction strictly matching it)
  between them first (over every type of the document; equal labels,
  spaces aside, win a tie).  A gold arm
  is a TP when a prediction that strictly matches the gold fact carries the
  label paired with its own, else an FN; a prediction that matched a gold
  fact and carries an arm no gold arm took is an FP.  The ``arms`` score;
  None when no gold gives arms.

:func:`evaluate_reviewed` builds the gold set from review decisions instead
(see there).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Iterable, Literal, Optional, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field, create_model, field_validator
from rapidfuzz import fuzz

from ..contract import CellTypeId
from ..errors import LitxError, Msg
from ..facts.registry import FactType, fact_type, fact_types
from .reviewed import REVIEW_STATUSES
from .resultfiles import TYPE_ORDER, ResultFiles, clip, json_files, read_json, result_key, scan_results, value_text

__all__ = [
    "GOLD_SCHEMA",
    "MENTION_TYPES",
    "DocumentRow",
    "ErrorItem",
    "EvaluationReport",
    "GoldFile",
    "Score",
    "TypeRow",
    "evaluate",
    "evaluate_reviewed",
    "load_gold_file",
    "parse_types",
    "render_errors",
    "render_table",
    "run",
    "texts_agree",
    "to_json",
    "value_matches",
]

GOLD_SCHEMA = "litx.gold/1"
#: The mention types (``--types mentions``): those scored mention by mention,
#: not as a document's set of ids (cell types).
MENTION_TYPES: tuple[str, ...] = tuple(t.name for t in fact_types() if not t.per_document)
#: Relative tolerance on dose numbers (value, low, high).
REL_TOL = 1e-6


# --------------------------------------------------------------------------- gold files


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _gold_value_model(declared: FactType) -> type[BaseModel]:
    """A type's value as an annotator writes it: the contract's model with
    no unknown keys, the fields evaluation does not compare optional (a
    cell type's label), no bounds (a gold file records what the paper says)."""
    fields: dict[str, Any] = {}
    for name, info in declared.value_model.model_fields.items():
        annotation = _unbounded(info.annotation)
        if name in declared.match_keys or declared.same_value is not None:
            fields[name] = (annotation, ... if info.is_required() else info.default)
        else:
            fields[name] = (Optional[annotation], None if info.is_required() else info.default)
    name = "".join(part.title() for part in declared.name.split("_")) + "Value"
    return create_model(name, __base__=_Closed, **fields)


def _unbounded(annotation: Any) -> Any:
    """``Annotated[float, Field(gt=0)] | None`` → ``float | None``."""
    args = get_args(annotation)
    if get_origin(annotation) is Annotated:
        return args[0]
    if args and any(get_origin(a) is Annotated for a in args):
        return Union[tuple(get_args(a)[0] if get_origin(a) is Annotated else a for a in args)]
    return annotation


class _GoldFactBase(_Closed):
    page: int = Field(ge=1)
    text: str
    species: Optional[str] = None
    note: Optional[str] = None
    #: the arm of its study the fact belongs to, as printed (contract v1.1); absent: none
    arm: Optional[str] = None

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, text: str) -> str:
        if not _fold(text)[0]:
            raise ValueError("empty: copy the words of the fact as the PDF writes them")
        return text


def _gold_fact_model(declared: FactType) -> type[BaseModel]:
    name = "".join(part.title() for part in declared.name.split("_")) + "Fact"
    return create_model(name, __base__=_GoldFactBase, type=(Literal[declared.name], ...),
                        value=(_gold_value_model(declared), ...))


GoldFact = Annotated[
    Union[tuple(_gold_fact_model(t) for t in fact_types())],
    Field(discriminator="type"),
]


class GoldFile(_Closed):
    """One gold file, as written by an annotator."""

    schema_: Literal["litx.gold/1"] = Field(alias="schema")
    document: str
    source: Optional[str] = None  # where the PDF is, for people: not used
    notes: str = ""
    cell_types: Optional[list[CellTypeId]] = None
    facts: list[GoldFact] = []
    negated: list[GoldFact] = []


def _where(loc: tuple) -> str:
    """``('facts', 2, 'dose', 'value', 'unit')`` -> ``facts[2].value.unit``."""
    out = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            out += f"[{part}]"
        elif i and isinstance(loc[i - 1], int) and part in TYPE_ORDER:
            continue  # the union tag pydantic adds after a list index
        else:
            out += f".{part}" if out else str(part)
    return out or "top level"


def _problem(exc: ValidationError) -> tuple[str, str]:
    errors = exc.errors(include_url=False)
    first = errors[0]
    msg = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
    if first["type"] == "missing":
        msg = "missing"
    if len(errors) > 1:
        msg += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return _where(tuple(first["loc"])), msg


def load_gold_file(path: Path) -> GoldFile:
    """Read and check one gold file; every problem is a LitxError naming the file."""
    path = Path(path)
    data = read_json(path, Msg.E201)
    try:
        gold = GoldFile.model_validate(data)
    except ValidationError as exc:
        where, detail = _problem(exc)
        raise LitxError(Msg.E202, str(path), where=where, detail=detail) from None
    named = Path(gold.document.replace("\\", "/")).stem
    if named != path.stem:
        raise LitxError(Msg.E203, str(path), document=gold.document, expected=f"{path.stem}.pdf")
    return gold


# --------------------------------------------------------------------------- facts, as compared


@dataclass(slots=True)
class _Fact:
    """A gold or predicted fact, reduced to what matching and reporting need."""

    type: str
    value: dict
    page: Optional[int]
    text: str
    negated: bool = False
    sentence: str = ""
    start: Optional[int] = None
    end: Optional[int] = None
    rule: Optional[str] = None
    id: Optional[str] = None
    species: Optional[str] = None
    arm: Optional[str] = None
    #: the words that carry the fact beside its text, when the result keeps them (a direction cue)
    cue: Optional[str] = None


@dataclass(slots=True)
class _GoldDoc:
    key: str  # relative path without .json, "/"-separated: pairs gold and result
    source: str  # the gold (or reviewed) file
    facts: list[_Fact]
    negated: list[_Fact]
    cell_types: Optional[set[str]]
    pending: list[_Fact] = field(default_factory=list)  # reviewed: not yet decided
    rejected: list[_Fact] = field(default_factory=list)  # reviewed: known false hits


_OPTIONAL = ("label", "low", "high")  # value fields left out when null (the others are part of the key)


def _gold_fact(fact: Any, negated: bool) -> _Fact:
    value = fact.value.model_dump(mode="json")
    return _Fact(
        type=fact.type,
        value={k: v for k, v in value.items() if v is not None or k not in _OPTIONAL},
        page=fact.page,
        text=fact.text,
        negated=negated,
        species=fact.species,
        arm=getattr(fact, "arm", None),
    )


def _int(x: Any) -> Optional[int]:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


def _pred_fact(raw: Any) -> Optional[_Fact]:
    """A fact of a result file, read leniently (a bad field fails that fact's match only)."""
    if not isinstance(raw, dict):
        return None
    ev = raw.get("evidence") if isinstance(raw.get("evidence"), dict) else {}
    ctx = raw.get("context") if isinstance(raw.get("context"), dict) else {}
    return _Fact(
        type=str(raw.get("type")),
        value=dict(raw["value"]) if isinstance(raw.get("value"), dict) else {},
        page=_int(ev.get("page")),
        text=str(raw.get("text") or ""),
        negated=ctx.get("negated") is True,
        sentence=str(ev.get("sentence") or ""),
        start=_int(ev.get("start")),
        end=_int(ev.get("end")),
        rule=raw.get("rule") if isinstance(raw.get("rule"), str) else None,
        id=str(raw["id"]) if raw.get("id") is not None else None,
        species=ctx.get("species") if isinstance(ctx.get("species"), str) else None,
        arm=raw.get("arm") if isinstance(raw.get("arm"), str) and raw.get("arm") else None,
        cue=raw.get("cue") if isinstance(raw.get("cue"), str) and raw.get("cue") else None,
    )


def _added(raw: Any) -> bool:
    """A fact a reviewer wrote is gold, never a prediction (evaluating a reviewed run against itself)."""
    review = raw.get("review") if isinstance(raw, dict) else None
    return isinstance(review, dict) and review.get("status") == "added"


# --------------------------------------------------------------------------- comparing two facts

def value_matches(type_: str, gold: dict, pred: dict) -> bool:
    """Whether a predicted value has the gold value's key (a missing key is
    null): the fields the type compares (``match_keys``: a cell type's id, a
    route's id and guidance …), or its own comparison (a dose: value within
    REL_TOL, unit, per, and low/high when the gold gives them)."""
    declared = fact_type(type_)
    if declared.same_value is not None:
        return declared.same_value(gold, pred, REL_TOL)
    if not declared.match_keys:
        return gold == pred
    return all(_same(gold.get(k), pred.get(k)) for k in declared.match_keys)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):  # True == 1 in Python; not here
        return a is b
    return a == b


_DROPPED = frozenset("^{}")


@lru_cache(maxsize=65536)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Text for comparison, and for each of its characters the index it came from.

    NFKC per character (full-width forms: ５×１０６ -> 5×106; superscript
    digits), without white space, ``^``, ``{`` and ``}``.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if c.isspace() or c in _DROPPED:
                continue
            out.append(c)
            index.append(i)
    return "".join(out), tuple(index)


def texts_agree(
    gold_text: str, text: str, sentence: str = "", start: Optional[int] = None, end: Optional[int] = None
) -> bool:
    """Whether a predicted text stands for the gold text.

    After folding (:func:`_fold`), one contains the other; or the gold text
    occurs in the predicted sentence at a place overlapping [start, end).
    """
    g = _fold(gold_text)[0]
    p = _fold(text)[0]
    if not g:
        return False
    if p and (g in p or p in g):
        return True
    if start is None or end is None or not sentence:
        return False
    s, index = _fold(sentence)
    at = s.find(g)
    while at >= 0:
        first, last = index[at], index[at + len(g) - 1] + 1
        if first < end and start < last:
            return True
        at = s.find(g, at + 1)
    return False


def _strict_score(g: _Fact, p: _Fact) -> Optional[float]:
    if p.page != g.page or not value_matches(g.type, g.value, p.value):
        return None
    if not texts_agree(g.text, p.text, p.sentence, p.start, p.end):
        if not (p.cue and texts_agree(g.text, p.cue)):
            return None
        return fuzz.ratio(_fold(g.text)[0], _fold(p.cue)[0])
    return fuzz.ratio(_fold(g.text)[0], _fold(p.text)[0])


def _value_score(g: _Fact, p: _Fact) -> Optional[float]:
    if not value_matches(g.type, g.value, p.value):
        return None
    return (100.0 if p.page == g.page else 0.0) + fuzz.ratio(_fold(g.text)[0], _fold(p.text)[0])


def _pair(golds: list[_Fact], preds: list[_Fact], score) -> list[tuple[int, int]]:
    """A one-to-one matching of maximum size, as (gold index, prediction index) pairs.

    Augmenting paths (Kuhn); gold facts with the best candidate go first and
    try their candidates best first, so ties go to the closer texts.
    """
    cands: list[list[int]] = []
    best: list[float] = []
    for g in golds:
        scored = [(s, j) for j, p in enumerate(preds) if (s := score(g, p)) is not None]
        scored.sort(key=lambda sj: (-sj[0], sj[1]))
        cands.append([j for _, j in scored])
        best.append(scored[0][0] if scored else -1.0)
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in sorted(range(len(golds)), key=lambda i: (-best[i], i)):
        if cands[i]:
            augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# --------------------------------------------------------------------------- the report


class Score(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> Optional[float]:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> Optional[float]:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> Optional[float]:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def add_score(self, other: "Score") -> None:
        self.add(other.tp, other.fp, other.fn)


class TypeRow(BaseModel):
    type: str
    strict: Score = Field(default_factory=Score)
    value_only: Score = Field(default_factory=Score)


class DocumentRow(BaseModel):
    document: str  # the relative path without .json: "sub/x"
    gold_file: str
    result_file: Optional[str]  # None: no result for this gold file
    strict: Score = Field(default_factory=Score)
    value_only: Score = Field(default_factory=Score)
    negated: Score = Field(default_factory=Score)
    cell_type_set: Optional[Score] = None
    arms: Optional[Score] = None  # None: the gold gives no arm
    cell_types_missed: list[str] = []
    cell_types_extra: list[str] = []
    neutral: int = 0


class ErrorItem(BaseModel):
    """A gold fact no prediction matched (miss) or a prediction that matched none (false hit)."""

    kind: Literal["miss", "false_hit"]
    document: str
    type: str
    negated: bool = False
    page: Optional[int]
    text: str
    value: dict
    sentence: Optional[str] = None  # false hits: the evidence sentence, clipped around the text
    rule: Optional[str] = None
    fact_id: Optional[str] = None
    species: Optional[str] = None
    hint: Optional[str] = None  # the nearest counterpart: same value elsewhere, other value here...
    known: bool = False  # reviewed: the prediction matches a fact a reviewer rejected


class EvaluationReport(BaseModel):
    mode: Literal["gold", "reviewed"]
    gold_dir: str
    out_dir: str
    types: list[str]  # the scored types
    rows: list[TypeRow]
    micro: Score
    micro_value_only: Score
    negated: Score
    negated_value_only: Score
    cell_type_set: Optional[Score]  # None: no gold file gives cell_types
    documents: list[DocumentRow]
    arms: Optional[Score] = None  # None: no gold file gives arms
    misses: list[ErrorItem]
    false_hits: list[ErrorItem]
    missing_results: list[str] = []  # gold documents without a result file
    unpaired_results: list[str] = []  # results without gold (not scored)
    ignored_files: list[str] = []  # JSON files in OUT_DIR that are not results
    unscored_types: dict[str, int] = {}  # predictions (gold documents) of types not scored
    skipped_gold: list[str] = []  # reviewed: results without any review decision
    neutral: int = 0  # reviewed: predictions matching facts still pending review
    notes: list[str] = []


# --------------------------------------------------------------------------- types


def parse_types(types: Union[None, str, Iterable[str]]) -> Optional[list[str]]:
    """``"dose,route"``, ``["dose", "route"]``, ``"mentions"``, ``"all"`` -> type names in contract order.

    None stays None (every type present in the gold).  Unknown names: E207.
    """
    if types is None:
        return None
    items = [types] if isinstance(types, str) else list(types)
    chosen: set[str] = set()
    for item in items:
        for name in str(item).split(","):
            name = name.strip()
            if not name:
                continue
            if name == "mentions":
                chosen.update(MENTION_TYPES)
            elif name == "all":
                chosen.update(t.name for t in fact_types())
            elif name in TYPE_ORDER:
                chosen.add(name)
            else:
                choices = ", ".join([*TYPE_ORDER, "mentions", "all"])
                raise LitxError(Msg.E207, name=name, choices=choices)
    return sorted(chosen, key=TYPE_ORDER.__getitem__)


# --------------------------------------------------------------------------- files


def _load_gold_dir(gold_dir: Path) -> list[_GoldDoc]:
    if not gold_dir.is_dir():
        raise LitxError(Msg.E204, str(gold_dir))
    files = json_files(gold_dir)
    if not files:
        raise LitxError(Msg.E205, str(gold_dir))
    docs = []
    for path in files:
        gold = load_gold_file(path)
        docs.append(
            _GoldDoc(
                key=result_key(gold_dir, path),
                source=str(path),
                facts=[_gold_fact(f, False) for f in gold.facts],
                negated=[_gold_fact(f, True) for f in gold.negated],
                cell_types=None if gold.cell_types is None else {c.value for c in gold.cell_types},
            )
        )
    return docs


# --------------------------------------------------------------------------- scoring


def _hint(fact: _Fact, others: list[_Fact], *, gold: bool) -> Optional[str]:
    """Why an unmatched fact did not match: the nearest fact on the other side.

    ``gold`` says the fact is a gold one (a miss) and ``others`` are
    predictions; otherwise it is a false hit and ``others`` are gold.
    """
    side = "same value predicted" if gold else "gold has this value"
    for o in others:
        g, p = (fact, o) if gold else (o, fact)
        if value_matches(g.type, g.value, p.value):
            if p.page != g.page:
                return f'{side} on p{o.page} "{o.text}"'
            return f'{side}{"," if gold else " here,"} text differs: "{o.text}"'
    for o in others:
        g, p = (fact, o) if gold else (o, fact)
        if p.page == g.page and texts_agree(g.text, p.text, p.sentence, p.start, p.end):
            return f"predicted here with value {value_text(o.value)}" if gold else f"gold value here: {value_text(o.value)}"
    return None


def _miss(doc: _GoldDoc, g: _Fact, hint: Optional[str]) -> ErrorItem:
    return ErrorItem(
        kind="miss", document=doc.key, type=g.type, negated=g.negated, page=g.page, text=g.text,
        value=g.value, fact_id=g.id, species=g.species, hint=hint,
    )  # fmt: skip


def _false_hit(doc: _GoldDoc, p: _Fact, hint: Optional[str], known: bool) -> ErrorItem:
    return ErrorItem(
        kind="false_hit", document=doc.key, type=p.type, negated=p.negated, page=p.page, text=p.text,
        value=p.value, sentence=clip(p.sentence, p.start, p.end) if p.sentence else None, rule=p.rule,
        fact_id=p.id, species=p.species, hint=hint, known=known,
    )  # fmt: skip


def _score(
    golds: list[_GoldDoc],
    results: ResultFiles,
    types: Optional[list[str]],
    *,
    mode: Literal["gold", "reviewed"],
    gold_dir: Path,
    out_dir: Path,
    skipped_gold: list[str] = (),  # type: ignore[assignment]
) -> EvaluationReport:
    if types is None:
        present = {f.type for d in golds for f in (*d.facts, *d.negated, *d.rejected)}
        types = sorted(present, key=TYPE_ORDER.__getitem__)
    selected = set(types)
    rows = {t: TypeRow(type=t) for t in types}
    negated, negated_v = Score(), Score()
    cell_set: Optional[Score] = None
    arms: Optional[Score] = None
    documents: list[DocumentRow] = []
    misses: list[ErrorItem] = []
    false_hits: list[ErrorItem] = []
    unscored: dict[str, int] = {}
    missing: list[str] = []
    notes: list[str] = []
    neutral_total = 0
    gold_keys = {d.key for d in golds}
    by_stem: dict[str, list[str]] = {}
    for key in results.found:
        by_stem.setdefault(key.rsplit("/", 1)[-1], []).append(key)

    for doc in golds:
        if doc.key in results.broken:
            raise results.broken[doc.key]
        hit = results.found.get(doc.key)
        preds = [f for raw in hit[1]["facts"] if not _added(raw) and (f := _pred_fact(raw))] if hit else []
        row = DocumentRow(document=doc.key, gold_file=doc.source, result_file=str(hit[0]) if hit else None)
        arm_labels: dict[str, str] = {}
        if any(g.arm for g in doc.facts):
            row.arms = Score()
            arm_labels = _arm_labels(doc.facts, [p for p in preds if not p.negated])
        if hit is None:
            missing.append(doc.key)
            elsewhere = [k for k in by_stem.get(doc.key.rsplit("/", 1)[-1], []) if k not in gold_keys]
            if elsewhere:
                notes.append(
                    f"no result {doc.key}.json, but {', '.join(k + '.json' for k in elsewhere)} exists:"
                    " OUT_DIR must mirror the gold folders"
                )
        for p in preds:
            if p.type not in selected:
                unscored[p.type] = unscored.get(p.type, 0) + 1

        for is_negated in (False, True):
            gold_list = doc.negated if is_negated else doc.facts
            for t in types:
                G = [g for g in gold_list if g.type == t]
                P = [p for p in preds if p.type == t and p.negated == is_negated]
                pairs = _pair(G, P, _strict_score)
                matched_g = {i for i, _ in pairs}
                matched_p = {j for _, j in pairs}
                false_js = [j for j in range(len(P)) if j not in matched_p]
                # reviewed: a prediction that matches a fact still pending review is neither right nor wrong
                pending = [f for f in doc.pending if f.type == t and f.negated == is_negated]
                neutral: set[int] = set()
                if pending and false_js:
                    rest = [P[j] for j in false_js]
                    neutral = {false_js[j] for _, j in _pair(pending, rest, _strict_score)}
                    false_js = [j for j in false_js if j not in neutral]
                P_scored = [p for j, p in enumerate(P) if j not in neutral]
                vtp = len(_pair(G, P_scored, _value_score))

                strict = Score(tp=len(pairs), fp=len(false_js), fn=len(G) - len(pairs))
                value_only = Score(tp=vtp, fp=len(P_scored) - vtp, fn=len(G) - vtp)
                if is_negated:
                    negated.add_score(strict)
                    negated_v.add_score(value_only)
                    row.negated.add_score(strict)
                else:
                    rows[t].strict.add_score(strict)
                    rows[t].value_only.add_score(value_only)
                    row.strict.add_score(strict)
                    row.value_only.add_score(value_only)
                    if row.arms is not None:
                        row.arms.add_score(_arm_score(G, P, pairs, arm_labels))
                row.neutral += len(neutral)
                neutral_total += len(neutral)

                unmatched_p = [P[j] for j in false_js]
                missed_g = [g for i, g in enumerate(G) if i not in matched_g]
                for g in missed_g:
                    misses.append(_miss(doc, g, _hint(g, unmatched_p, gold=True) if hit else "no result file"))
                rejected = [f for f in doc.rejected if f.type == t and f.negated == is_negated]
                for p in unmatched_p:
                    known = any(_strict_score(r, p) is not None for r in rejected)
                    hint = "rejected in review" if known else _hint(p, missed_g, gold=False)
                    false_hits.append(_false_hit(doc, p, hint, known))

        if doc.cell_types is not None:
            predicted = {
                p.value["id"]
                for p in preds
                if p.type == "cell_type" and not p.negated and isinstance(p.value.get("id"), str)
            }
            row.cell_type_set = Score(
                tp=len(predicted & doc.cell_types),
                fp=len(predicted - doc.cell_types),
                fn=len(doc.cell_types - predicted),
            )
            row.cell_types_missed = sorted(doc.cell_types - predicted)
            row.cell_types_extra = sorted(predicted - doc.cell_types)
            cell_set = cell_set or Score()
            cell_set.add_score(row.cell_type_set)
        if row.arms is not None:
            arms = arms or Score()
            arms.add_score(row.arms)
        documents.append(row)

    micro, micro_v = Score(), Score()
    for r in rows.values():
        micro.add_score(r.strict)
        micro_v.add_score(r.value_only)

    def order(e: ErrorItem) -> tuple:
        return (e.document, TYPE_ORDER.get(e.type, 99), e.type, e.negated, e.page or 0, e.text)

    return EvaluationReport(
        mode=mode,
        gold_dir=str(gold_dir),
        out_dir=str(out_dir),
        types=list(types),
        rows=list(rows.values()),
        micro=micro,
        micro_value_only=micro_v,
        negated=negated,
        negated_value_only=negated_v,
        cell_type_set=cell_set,
        documents=documents,
        arms=arms,
        misses=sorted(misses, key=order),
        false_hits=sorted(false_hits, key=order),
        missing_results=missing,
        unpaired_results=sorted(k for k in results.found if k not in gold_keys),
        ignored_files=sorted(
            results.ignored + [k + ".json" for k in results.broken if k not in gold_keys]
        ),
        unscored_types=dict(sorted(unscored.items(), key=lambda kv: (TYPE_ORDER.get(kv[0], 99), kv[0]))),
        skipped_gold=list(skipped_gold),
        neutral=neutral_total,
        notes=notes,
    )


def _arm_label(x: Optional[str]) -> Optional[str]:
    return "".join(x.split()) if x else None


def _arm_labels(golds: list[_Fact], preds: list[_Fact]) -> dict[str, str]:
    """Each gold arm label of a document → the predicted label that names
    the same arm: one to one, the pair with the most (gold fact, prediction
    that strictly matches it) between them first (a tie to equal labels,
    then in label order)."""
    shared: dict[tuple[str, str], int] = {}
    armed = [p for p in preds if p.arm]
    for g in golds:
        for p in armed if g.arm else ():
            if p.type == g.type and _strict_score(g, p) is not None:
                key = (_arm_label(g.arm), _arm_label(p.arm))
                shared[key] = shared.get(key, 0) + 1
    paired: dict[str, str] = {}
    taken: set[str] = set()
    for (g, p), _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0][0] != kv[0][1], kv[0])):
        if g not in paired and p not in taken:
            paired[g] = p
            taken.add(p)
    return paired


def _arm_score(G: list[_Fact], P: list[_Fact], pairs: list[tuple[int, int]], labels: dict[str, str]) -> Score:
    """Arms of one type in one document (see the module's decisions): a gold
    arm is found when a prediction that strictly matches the gold fact
    carries the label ``labels`` pairs with the gold one (two "n = 6" of two
    arms are told apart by their arms, not by the order of the pairing); a
    prediction's arm on a fact found but not in that arm is a false one."""
    found = {j for _, j in pairs}
    used: set[int] = set()
    tp = 0
    for g in G:
        if g.arm is None:
            continue
        wanted = labels.get(_arm_label(g.arm))
        j = next((j for j, p in enumerate(P) if j not in used and j in found and wanted is not None
                  and _arm_label(p.arm) == wanted and _strict_score(g, p) is not None), None)
        if j is not None:
            used.add(j)
            tp += 1
    gold_arms = sum(g.arm is not None for g in G)
    fp = sum(1 for j, p in enumerate(P) if j in found and p.arm is not None and j not in used)
    return Score(tp=tp, fp=fp, fn=gold_arms - tp)


def _scan_output(out_dir: Path):
    """The results to score; a folder without a single one is a mistake
    (the wrong folder), not a score of zero (E302)."""
    results = scan_results(out_dir)
    if not results.found and not results.broken:
        raise LitxError(Msg.E302, str(out_dir))
    return results


def evaluate(gold_dir: Path, out_dir: Path, *, types=None) -> EvaluationReport:
    """Score the results in ``out_dir`` against the gold files in ``gold_dir``.

    ``types``: None (every type in the gold), a list of type names, or a
    comma-separated string; ``"mentions"`` and ``"all"`` expand.
    Raises LitxError for a missing directory (E204), a gold directory without
    gold files (E205), a broken gold file (E201/E202/E203) or a result file
    of a gold document that is not JSON (E206).
    """
    gold_dir, out_dir = Path(gold_dir), Path(out_dir)
    chosen = parse_types(types)
    golds = _load_gold_dir(gold_dir)
    results = _scan_output(out_dir)
    return _score(golds, results, chosen, mode="gold", gold_dir=gold_dir, out_dir=out_dir)


# --------------------------------------------------------------------------- gold from review decisions


def _reviewed_doc(key: str, path: Path, data: dict) -> tuple[_GoldDoc, bool]:
    """The gold document a reviewed result stands for, and whether any decision was made."""
    facts: list[_Fact] = []
    negated: list[_Fact] = []
    pending: list[_Fact] = []
    rejected: list[_Fact] = []
    decided = False
    for i, raw in enumerate(data["facts"]):
        fact = _pred_fact(raw)
        if fact is None:
            continue
        name = fact.id or f"#{i}"
        review = raw.get("review", {})
        if review is None:
            review = {}
        if not isinstance(review, dict):
            raise LitxError(Msg.E208, str(path), fact=name, detail="review must be an object")
        status = review.get("status", "pending")
        if status not in REVIEW_STATUSES:
            choices = ", ".join(REVIEW_STATUSES)
            detail = f"unknown review status {status!r}: choose from {choices}"
            raise LitxError(Msg.E208, str(path), fact=name, detail=detail)
        decided = decided or status != "pending"
        if status == "edited":
            edited = review.get("value")
            if edited is not None and not isinstance(edited, dict):
                raise LitxError(Msg.E208, str(path), fact=name, detail="review.value must be an object")
            fact.value = {**fact.value, **(edited or {})}
        if status in ("accepted", "edited", "added"):
            if fact.page is None or not _fold(fact.text)[0]:
                detail = f"a fact {status} as gold needs evidence.page and text"
                raise LitxError(Msg.E208, str(path), fact=name, detail=detail)
            (negated if fact.negated else facts).append(fact)
        elif status == "rejected":
            rejected.append(fact)
        else:
            pending.append(fact)
    decided_cells = [f for f in facts + rejected if f.type == "cell_type" and not f.negated]
    open_cells = [f for f in pending if f.type == "cell_type" and not f.negated]
    cell_types = None
    if decided_cells and not open_cells:
        cell_types = {f.value["id"] for f in facts if f.type == "cell_type" and isinstance(f.value.get("id"), str)}
    doc = _GoldDoc(key, str(path), facts, negated, cell_types, pending=pending, rejected=rejected)
    return doc, decided


def evaluate_reviewed(reviewed_dir: Path, out_dir: Path, *, types=None) -> EvaluationReport:
    """Score ``out_dir`` against the decisions stored in reviewed results.

    ``reviewed_dir`` holds contract results whose facts carry
    ``review: {"status": ..., "value": {...}, "note": ...}``.  Per fact:

    * ``accepted`` -> gold, as extracted; ``edited`` -> gold with
      ``review.value`` laid over ``value``; ``added`` (a fact the reviewer
      wrote) -> gold.  With ``context.negated`` they go to the negated list.
    * ``rejected`` -> not gold; a prediction matching it is a *known* false
      hit (``ErrorItem.known``).
    * ``pending`` (or no ``review``) -> undecided: a prediction matching it
      (strictly) is neither a hit nor a false hit; counted in ``neutral``.

    Any other prediction that matches no gold fact is a false hit; facts
    marked ``added`` in ``out_dir`` are never predictions.  Types scored by
    default: those of decided facts (rejected ones included).  A result
    without a single decision is skipped (``skipped_gold``).  The document's
    cell-type set is the ids of gold cell_type facts, scored only when at
    least one cell_type fact was decided and none is pending.  ``out_dir``
    may be ``reviewed_dir`` itself: then precision is the share accepted.
    """
    reviewed_dir, out_dir = Path(reviewed_dir), Path(out_dir)
    chosen = parse_types(types)
    reviewed = scan_results(reviewed_dir)
    if reviewed.broken:
        raise next(iter(reviewed.broken.values()))
    if not reviewed.found:
        raise LitxError(Msg.E209, str(reviewed_dir))
    golds: list[_GoldDoc] = []
    skipped: list[str] = []
    for key, (path, data) in reviewed.found.items():
        doc, decided = _reviewed_doc(key, path, data)
        if decided:
            golds.append(doc)
        else:
            skipped.append(key)
    if not golds:  # results, but not one decision in them: nothing to score against
        raise LitxError(Msg.E209, str(reviewed_dir))
    results = _scan_output(out_dir)
    return _score(
        golds, results, chosen, mode="reviewed", gold_dir=reviewed_dir, out_dir=out_dir, skipped_gold=skipped
    )


# --------------------------------------------------------------------------- rendering


def _num(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.3f}"


def render_table(report: EvaluationReport) -> str:
    """Per-type scores, then the micro rows, then what was not scored and why."""
    head = f"{'type':<20}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}  {'F1 value-only':>13}"

    def line(label: str, s: Score, value_f1: Optional[float]) -> str:
        return (
            f"{label:<20}{_num(s.precision):>7}{_num(s.recall):>7}{_num(s.f1):>7}"
            f"{s.tp:>6}{s.fp:>6}{s.fn:>6}  {_num(value_f1):>13}"
        )

    out = [head, "-" * len(head)]
    out += [line(r.type, r.strict, r.value_only.f1) for r in report.rows]
    out.append("-" * len(head))
    out.append(line("micro (strict)", report.micro, report.micro_value_only.f1))
    out.append(line("micro (value-only)", report.micro_value_only, report.micro_value_only.f1))
    out.append(line("negated", report.negated, report.negated_value_only.f1))
    if report.cell_type_set is not None:
        out.append(line("cell-type set", report.cell_type_set, None))
    if report.arms is not None:
        out.append(line("arms", report.arms, None))
    out.append("")
    with_result = sum(d.result_file is not None for d in report.documents)
    out.append(
        f"{len(report.documents)} gold document{'s' if len(report.documents) != 1 else ''}"
        f" ({with_result} with a result); micro over: {', '.join(report.types) or 'nothing'}"
    )
    if report.missing_results:
        out.append(f"no result file (all gold facts missed): {', '.join(report.missing_results)}")
    out += report.notes
    if report.unpaired_results:
        out.append(f"results without gold (not scored): {', '.join(report.unpaired_results)}")
    if report.unscored_types:
        counts = ", ".join(f"{t} {n}" for t, n in report.unscored_types.items())
        out.append(f"predictions of types not scored: {counts}")
    if report.ignored_files:
        out.append(f"not extraction results (ignored): {', '.join(report.ignored_files)}")
    if report.skipped_gold:
        out.append(f"no review decision yet (skipped): {', '.join(report.skipped_gold)}")
    if report.neutral:
        out.append(f"{report.neutral} prediction(s) match facts still pending review (not scored)")
    return "\n".join(out) + "\n"


def _error_line(e: ErrorItem) -> str:
    kind = "MISS" if e.kind == "miss" else "FALSE"
    type_ = f"{e.type} (negated)" if e.negated else e.type
    page = f"p{e.page}" if e.page is not None else "p?"
    text = f"{kind} {type_} {page} {json.dumps(e.text, ensure_ascii=False)} {value_text(e.value)}"
    if e.kind == "false_hit":
        text += f" rule={e.rule or '?'}"
    if e.hint:
        text += f" [{e.hint}]"
    if e.kind == "false_hit" and e.sentence:
        text += f" | {e.sentence}"
    return text


def render_errors(report: EvaluationReport, limit: Optional[int] = None) -> str:
    """Misses and false hits, one per line, grouped by document and type.

    ``MISS dose p3 "5×10^6" {"value": 5000000.0, "unit": "cells", "per": "ovary"}``
    ``FALSE dose p3 "1×10^7" {...} rule=dose.sci_notation | <sentence>``
    then the document's cell-type set errors (``MISS cell_types <id>``).
    ``limit`` caps the number of lines of errors.
    """
    by_doc: dict[str, list[ErrorItem]] = {}
    for e in [*report.misses, *report.false_hits]:
        by_doc.setdefault(e.document, []).append(e)
    out: list[str] = []
    shown = total = 0
    for row in report.documents:
        items = sorted(
            by_doc.get(row.document, []),
            key=lambda e: (TYPE_ORDER.get(e.type, 99), e.type, e.negated, e.kind != "miss", e.page or 0, e.text),
        )
        lines = [_error_line(e) for e in items]
        lines += [f"MISS cell_types {c}" for c in row.cell_types_missed]
        lines += [f"FALSE cell_types {c}" for c in row.cell_types_extra]
        if not lines:
            continue
        total += len(lines)
        if limit is not None and shown >= limit:
            continue
        n_miss = sum(e.kind == "miss" for e in items) + len(row.cell_types_missed)
        where = "no result file" if row.result_file is None else row.result_file
        out.append(f"== {row.document}: {n_miss} missed, {len(lines) - n_miss} false ({where})")
        if limit is not None:
            lines = lines[: limit - shown]
        out += lines
        shown += len(lines)
    if not total:
        return "no errors\n"
    if total > shown:
        out.append(f"… {total - shown} more (raise the limit to see them)")
    return "\n".join(out) + "\n"


def to_json(report: EvaluationReport) -> dict:
    """The report as plain JSON data (scores include precision, recall and f1)."""
    return report.model_dump(mode="json")


def run(
    gold_dir: Path,
    out_dir: Path,
    *,
    reviewed: bool = False,
    types: Union[None, str, Iterable[str]] = None,
    errors: bool = False,
    as_json: bool = False,
    limit: Optional[int] = None,
) -> str:
    """What ``litx evaluate`` prints: the table (and the errors), or the JSON report.

    ``reviewed``: ``gold_dir`` holds reviewed results (:func:`evaluate_reviewed`)
    instead of gold files.  Raises LitxError for every input problem.
    """
    if reviewed:
        report = evaluate_reviewed(gold_dir, out_dir, types=types)
    else:
        report = evaluate(gold_dir, out_dir, types=types)
    if as_json:
        return json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n"
    text = render_table(report)
    if errors:
        text += "\n" + render_errors(report, limit=limit)
    return text
