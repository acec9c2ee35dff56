"""What each rule key means, from the one place that says it: the models.

Every field of the rule-file models (:data:`model.FILES`, and
:class:`grammar.GrammarFile` for ``grammars/*.yaml``) carries its
description as a docstring right after it.  This module walks those models
and turns them into what a person editing the YAML reads:

* :func:`rule_keys` — every key of every rule file, with its file, path,
  a readable type and the description (``litx rules check --explain``);
* :func:`explain` — the keys named ``KEY`` or a dotted path ending in it
  (``count_tokens``, ``linking.count_tokens``, ``units.dose_cues``); an
  unknown key raises ``E106`` with the close matches;
* :func:`rules_schema` — the JSON Schema of the rule files, descriptions
  included (``litx rules schema``);
* :func:`undocumented` — fields without a description (a test keeps it empty).
"""

from __future__ import annotations

import inspect
import textwrap
import types
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Iterator, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..errors import LitxError, Msg
from . import model as m
from .grammar import GrammarFile, GrammarPattern, SlotTerms

__all__ = ["GRAMMAR_FILE", "RuleKey", "explain", "render_keys", "rule_keys", "rules_schema", "undocumented"]

#: how the grammar files are named in key listings (one model for all of them)
GRAMMAR_FILE = f"{m.GRAMMARS}/*.yaml"

# Small {en, zh} models read as one value: their keys are told in the type.
_LEAVES: dict[type[BaseModel], str] = {
    m.LangTerms: "list of English/Chinese terms {en: [...], zh: [...]}",
    m.LangPatterns: "list of English/Chinese regular expressions {en: [...], zh: [...]}",
    m.EnglishWords: "list of single English words {en: [...]}",
    m.Label: "English and Chinese text {en: ..., zh: ...}",
    SlotTerms: "list of English/Chinese words {en: [...], zh: [...]}",
}

_ITEMS = {  # what an Annotated str's validator makes of it
    "_en_term": "English term", "_zh_term": "Chinese term", "_regex": "regular expression",
    "_one_word": "English word", "_text": "text",
}


# Types the annotation cannot tell (compiled by the loader, not validated as such)
_OVERRIDES: dict[tuple[type[BaseModel], str], str] = {
    (GrammarPattern, "en"): "list of regular expressions over {slot} names and built-ins",
    (GrammarPattern, "zh"): "list of regular expressions over {slot} names and built-ins",
}


@dataclass(frozen=True)
class RuleKey:
    """One key of a rule file."""

    file: str  #: "units.yaml", or "grammars/*.yaml"
    path: str  #: inside the file: "counts[].disqualifiers", "slots.<slot>[].max"
    type: str  #: readable: "integer 0–50", "list of English/Chinese terms: …"
    required: bool
    default: str  #: "" when required or nothing worth telling
    description: str

    @property
    def parts(self) -> tuple[str, ...]:
        """The names a query is matched against: file stem (or "grammars"), then the keys."""
        stem = m.GRAMMARS if self.file == GRAMMAR_FILE else self.file.removesuffix(".yaml")
        return (stem, *(p for p in self.path.replace("[]", "").split(".") if not p.startswith("<")))

    @property
    def name(self) -> str:
        return self.parts[-1]

    def render(self) -> str:
        need = "required" if self.required else (f"optional, default {self.default}" if self.default else "optional")
        text = " ".join(self.description.split())
        body = textwrap.fill(text, width=78, initial_indent="  ", subsequent_indent="  ")
        return f"{self.file}: {self.path}\n  type: {self.type} ({need})\n{body}"


def _files() -> list[tuple[str, type[BaseModel]]]:
    return [*m.FILES.items(), (GRAMMAR_FILE, GrammarFile)]


# --------------------------------------------------------------------------- types


def _strip(tp: Any) -> tuple[Any, list[Any]]:
    """(type, metadata) without Annotated and Optional."""
    meta: list[Any] = []
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp, *more = get_args(tp)
            for x in more:
                meta.extend(x.metadata if isinstance(x, FieldInfo) else [x])
        elif isinstance(tp, FieldInfo):  # Annotated[float, Field(gt=0)]: its constraints
            return tp, meta
        elif origin in (Union, types.UnionType) and type(None) in get_args(tp):
            rest = [a for a in get_args(tp) if a is not type(None)]
            tp = rest[0] if len(rest) == 1 else Union[tuple(rest)]
        else:
            return tp, meta


def _bounds(meta: list[Any]) -> str:
    b = {k: getattr(x, k) for x in meta for k in ("gt", "ge", "lt", "le") if getattr(x, k, None) is not None}
    num = lambda v: f"{v:g}" if isinstance(v, float) else str(v)  # noqa: E731
    if "ge" in b and "le" in b:
        return f" {num(b['ge'])}–{num(b['le'])}"
    words = {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most"}
    return "".join(f", {words[k]} {num(v)}" for k, v in b.items())


def type_text(tp: Any) -> str:
    """A readable type: "integer 0–50", "one of: before, after, any", "list of …"."""
    tp, meta = _strip(tp)
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return " or ".join(f"({type_text(a)})" for a in get_args(tp))
    if origin is tuple:
        least = next((x.min_length for x in meta if getattr(x, "min_length", None)), None)
        item = type_text(get_args(tp)[0])
        if item.startswith("mapping with keys "):
            text = f"list of entries, each a {item}"
        else:
            word, _, rest = item.partition(" (")
            text = f"list of {word}s" + (f" ({rest}" if rest else "")
        return text + (f", at least {least}" if least else "")
    if origin is dict:
        return f"mapping of name → {type_text(get_args(tp)[1])}"
    if origin is Literal:
        return "one of: " + ", ".join(str(a) for a in get_args(tp))
    if tp is bool:
        return "true or false"
    if tp is int:
        return "integer" + _bounds(meta)
    if tp is float:
        return "number" + _bounds(meta)
    if tp is str:
        for x in meta:
            name = getattr(getattr(x, "func", None), "__name__", "")
            if name in _ITEMS:
                return _ITEMS[name]
            if getattr(x, "pattern", None):
                return "name (lower-case letters, digits, _)"
        return "text"
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "one of: " + ", ".join(str(e.value) for e in tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if tp in _LEAVES:
            return _LEAVES[tp]
        return "mapping with keys " + ", ".join(tp.model_fields)
    return str(tp)


def _field_type(tp: Any, meta: list[Any]) -> str:
    # constraints written as Annotated[int, Field(...)] on a field end in its metadata
    return type_text(Annotated[(tp, *meta)] if meta else tp)


def _default(info: Any) -> str:
    value = info.default
    if info.is_required() or value is None or isinstance(value, (tuple, BaseModel)):
        return ""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _nested(tp: Any, path: str) -> Iterator[tuple[type[BaseModel], str]]:
    """The models a field holds (not the {en, zh} leaves), with the path to their keys."""
    tp, _ = _strip(tp)
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        for a in get_args(tp):
            yield from _nested(a, path)
    elif origin is tuple:
        yield from _nested(get_args(tp)[0], path + "[]")
    elif origin is dict:
        yield from _nested(get_args(tp)[1], path + ".<" + _singular(path) + ">")
    elif isinstance(tp, type) and issubclass(tp, BaseModel) and tp not in _LEAVES:
        yield tp, path


def _singular(path: str) -> str:
    last = path.rsplit(".", 1)[-1]
    return last[:-1] if last.endswith("s") else last


# --------------------------------------------------------------------------- keys


def _walk(file: str, model: type[BaseModel], prefix: str) -> Iterator[RuleKey]:
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        typ = _OVERRIDES.get((model, name)) or _field_type(info.annotation, list(info.metadata))
        yield RuleKey(file, path, typ, info.is_required(),
                      _default(info), info.description or "")
        seen = set()
        for sub, subpath in _nested(info.annotation, path):
            if sub not in seen:
                seen.add(sub)
                yield from _walk(file, sub, subpath)


def rule_keys() -> list[RuleKey]:
    """Every key of every rule file, file by file, in model order."""
    return [key for file, model in _files() for key in _walk(file, model, "")]


def file_summary(file: str) -> str:
    """The first line of a file model's docstring, without its ``rules/x.yaml``: prefix."""
    model = dict(_files())[file]
    doc = inspect.getdoc(model) or ""
    head = " ".join(doc.split("\n\n")[0].split())
    return head.split(": ", 1)[1] if head.startswith("``") and ": " in head else head


def explain(query: str) -> list[RuleKey]:
    """The keys a query names: a key name (``count_tokens``) or a dotted
    path ending in one (``linking.count_tokens``, ``units.dose_cues``,
    ``grammars.slots``; ``[]`` and a ``.yaml`` ending are ignored); a file
    name (``units.yaml``) gives every key of that file.  No match raises
    :class:`LitxError` ``E106`` with the close matches."""
    text = query.strip()
    keys = rule_keys()
    by_file = [k for k in keys if text in (k.file, k.file.removesuffix(".yaml"), f"{k.file}.yaml")
               and (text.endswith(".yaml") or text == GRAMMAR_FILE)]
    if by_file:
        return by_file
    wanted = tuple(p for p in text.replace("[]", "").replace(".yaml", "").replace("/", ".").split(".") if p)
    found = [k for k in keys if wanted and k.parts[-len(wanted):] == wanted]
    if found:
        return found
    raise LitxError(Msg.E106, key=query, hint=_hint(wanted or (text,), keys))


def _hint(wanted: tuple[str, ...], keys: list[RuleKey]) -> str:
    from rapidfuzz import fuzz

    query = ".".join(wanted)
    scored: dict[str, float] = {}
    for k in keys:
        tail = ".".join(k.parts[-len(wanted):])
        score = max(fuzz.ratio(query, tail), fuzz.ratio(query, k.name))
        if score >= 70:
            full = ".".join(k.parts)
            scored[full] = max(score, scored.get(full, 0))
    best = sorted(scored, key=lambda s: (-scored[s], s))[:5]
    every = "`litx rules check --explain` lists every key"
    return f"did you mean {', '.join(best)}? ({every})" if best else f"no key is close; {every}"


def render_keys(keys: list[RuleKey], *, headers: bool = False) -> str:
    """The keys as text; with ``headers``, each file opens with a line saying what it is for."""
    blocks: list[str] = []
    file = None
    for k in keys:
        if headers and k.file != file:
            file = k.file
            blocks.append(f"== {file}: {file_summary(file)}")
        blocks.append(k.render())
    return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------- schema and checks


def rules_schema(file: str | None = None) -> dict[str, Any]:
    """The JSON Schema of one rule file (``units.yaml``, ``grammars/*.yaml``),
    or of every file: ``{file: schema}``.  Descriptions included."""
    files = dict(_files())
    if file is not None:
        name = file if file in files else (f"{m.GRAMMARS}/*.yaml" if file.startswith(f"{m.GRAMMARS}/") else file)
        if name not in files:
            raise LitxError(Msg.E106, key=file, hint=f"choose a rule file: {', '.join(files)}")
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", **files[name].model_json_schema()}
    return {name: model.model_json_schema() for name, model in files.items()}


def models_of(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Every model reachable from ``root`` (itself, its fields' models, the {en, zh} leaves too)."""
    found: list[type[BaseModel]] = []

    def visit(tp: Any) -> None:
        tp, _ = _strip(tp)
        if get_origin(tp) is not None:
            for a in get_args(tp):
                visit(a)
        elif isinstance(tp, type) and issubclass(tp, BaseModel) and tp not in found:
            found.append(tp)
            for info in tp.model_fields.values():
                visit(info.annotation)

    visit(root)
    return found


def undocumented(roots: list[type[BaseModel]] | None = None) -> list[str]:
    """``Model.field`` of every field without a description, reachable from
    ``roots`` (default: every rule-file model and the grammar file)."""
    out = []
    for root in roots if roots is not None else [model for _, model in _files()]:
        for model in models_of(root):
            for name, info in model.model_fields.items():
                if not (info.description or "").strip():
                    out.append(f"{model.__name__}.{name}")
    return list(dict.fromkeys(out))
