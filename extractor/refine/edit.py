"""``litx rules add``: write one term into the right rule file.

:func:`add_term` puts a surface form under a kind and id
(``add_term("cell_type", "umbilical_cord_msc", "hUCMSC-derived")``) into the
list where a person would have written it — ``cell_types.yaml``, entry
``umbilical_cord_msc``, ``terms.en`` — and leaves every other byte of the file
as it was: comments, blank lines, quoting, the line breaks inside the long
``[a, b, c]`` lists.

Why a splice and not a dump: ruamel.yaml's round-trip mode keeps comments
and key order, but it re-emits a flow sequence (``en: [MSC, MSCs, …]``)
written over several lines as one line, so dumping an *unmodified*
cell_types.yaml does not give the file back (routes, hormones, directions,
context and units change the same way).  So the file is composed with
ruamel.yaml's round-trip parser only to find where things are (node
marks), and the new term is inserted as text at the end of its list: after
the last item of a flow list (on a new continuation line, aligned under the
first item, when the line would grow past :data:`WIDTH` display columns),
as a new ``- item`` line in a block list, or as a new ``zh: [term]`` key
when the entry has no list in that language yet.  The unchanged part of the
file is therefore byte-identical by construction, and tests check that the
new file is the old one plus exactly one insertion.

Safety: the rules must load before the edit; the term must not be listed
already anywhere in its group (letter case, width and runs of spaces
folded: ``ＵＣ－ＭＳＣｓ`` is ``UC-MSCs``); the edited file is loaded with
the others from a temporary copy of the rules directory and must contain
the new term under the right kind and id, and nothing else new; then it
replaces the original atomically (temporary file + ``os.replace``, file
mode kept), unless the file changed on disk meanwhile.  The rules cache is
cleared afterwards.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import write_text
from ..errors import LitxError, Msg
from ..lang.script import IDEOGRAPH
from ..layout.glyphs import fold_width
from ..ruleset.model import _GROUPS, FILES, GRAMMARS, RULES_DIR, Kind, Position, RuleError, clear_cache, load_rules, rule_file

__all__ = ["AddResult", "TARGETS", "WIDTH", "add_term", "fold_term", "kinds", "valid_ids", "insert_term"]

#: a flow list line is wrapped before it grows past this many display
#: columns (a CJK character counts two), as the rule files are written
WIDTH = 100

_CJK = IDEOGRAPH


@dataclass(frozen=True)
class _Target:
    """Where the terms of one kind are written."""

    file: str
    #: path of the list of entries (None: the kind has one fixed list)
    entries: tuple[str, ...] | None
    #: the entry field that names the id ("id", "kind", "direction", "factor");
    #: None: every entry has the id ``fixed_id`` (negation cues by position)
    key: str | None
    #: path (inside the entry, or from the top without entries) of the
    #: ``{en: [...], zh: [...]}`` mapping
    field: tuple[str, ...]
    fixed_id: str | None = None


#: kind → file and list, following the loader (rules._check_and_collect)
TARGETS: dict[str, _Target] = {
    Kind.SECTION.value: _Target("sections.yaml", ("sections",), "kind", ("terms",)),
    Kind.CELL_TYPE.value: _Target("cell_types.yaml", ("cell_types",), "id", ("terms",)),
    Kind.NOT_CELL_TYPE.value: _Target("cell_types.yaml", None, None, ("not_terms",), "not_term"),
    Kind.ROUTE.value: _Target("routes.yaml", ("routes",), "id", ("terms",)),
    Kind.GUIDANCE.value: _Target("routes.yaml", ("guidance",), "id", ("terms",)),
    Kind.HORMONE.value: _Target("hormones.yaml", ("hormones",), "id", ("terms",)),
    Kind.DIRECTION.value: _Target("directions.yaml", ("cues",), "direction", ("terms",)),
    Kind.COMPARISON.value: _Target("directions.yaml", ("comparison",), None, ("terms",), "comparison"),
    Kind.NEGATION.value: _Target("context.yaml", ("negation", "cues"), None, ("terms",), "negation"),
    Kind.PSEUDO_NEGATION.value: _Target("context.yaml", None, None, ("negation", "pseudo"), "pseudo_negation"),
    Kind.TERMINATOR.value: _Target("context.yaml", None, None, ("negation", "terminators"), "terminator"),
    Kind.HEDGE.value: _Target("context.yaml", None, None, ("hedging", "terms"), "hedge"),
    Kind.SPECIES.value: _Target("context.yaml", ("species", "entries"), "id", ("terms",)),
    Kind.IN_VITRO.value: _Target("context.yaml", None, None, ("in_vitro", "terms"), "in_vitro"),
    Kind.DISEASE_MODEL.value: _Target("context.yaml", None, None, ("disease_model", "terms"), "disease_model"),
    Kind.UNIT.value: _Target("units.yaml", ("units",), "id", ("terms",)),
    Kind.NOT_UNIT.value: _Target("units.yaml", None, None, ("not_units",), "not_unit"),
    Kind.PER.value: _Target("units.yaml", ("per",), "id", ("terms",)),
    Kind.MULTIPLIER.value: _Target("units.yaml", ("multipliers",), "factor", ("terms",)),
    Kind.COUNT.value: _Target("units.yaml", ("counts",), "id", ("terms",)),
    Kind.COUNT_PREFIX.value: _Target("units.yaml", ("counts",), "id", ("prefixes",)),
    Kind.COUNT_UNSPECIFIED.value: _Target("units.yaml", ("counts",), "id", ("unspecified",)),
}


@dataclass(frozen=True)
class AddResult:
    """Where the new term was written."""

    file: Path
    line: int  # 1-based
    kind: str
    id: str
    term: str
    lang: str
    entry: str  # the loader's entry path, e.g. cell_types[3] (umbilical_cord_msc).terms.en[27]

    @property
    def source(self) -> str:
        return f"{self.file.name}:{self.line}"


def fold_term(text: str) -> str:
    """The form two terms are compared in: width-folded as the matcher
    folds sentences (ＦＳＨ → FSH, （ → (), lower-cased as the loader and
    the matcher do, runs of spaces as one.  Neither ``casefold`` nor
    compatibility normalisation: both turn µ (U+00B5) into μ (U+03BC), which
    units.yaml lists apart."""
    return " ".join(fold_width(text, punct=True).split()).lower()


def kinds() -> list[str]:
    """Every kind :func:`add_term` can write."""
    return list(TARGETS)


# --------------------------------------------------------------------------
# public entry point


def add_term(
    kind: str,
    id: str,
    term: str,
    *,
    lang: str | None = None,
    rules_dir: Path | str | None = None,
    position: str | None = None,
) -> AddResult:
    """Add ``term`` to the ``lang`` list of entry ``id`` of ``kind``.

    ``lang`` defaults to ``zh`` when the term holds a Chinese character, else
    ``en``.  ``position`` chooses among entries that share an id
    (direction, comparison and negation cues are grouped by position); by
    default the entry with position ``any``.  Raises :class:`LitxError`
    (E403 unknown kind, E404 unknown id, E405 duplicate, E406 bad term, E407
    the edit would not load, E408 the file changed meanwhile, E410 no place
    to write) or :class:`RuleError` when the rules are broken already.
    """
    kind = _kind(kind)
    target = TARGETS[kind]
    term, lang = _check_term(term, lang)
    directory = Path(rules_dir) if rules_dir is not None else RULES_DIR
    rules = load_rules(directory)  # broken rules: RuleError before anything is touched
    _refuse_duplicate(rules, kind, term)

    path = directory / target.file
    # a folder of one's own that leaves this file to the bundled rules gets
    # its own copy of it, edited
    source = rule_file(directory, target.file)
    original = source.read_text(encoding="utf-8")
    text = original.removeprefix("\ufeff")
    root = _compose(text)
    entry_node, entry_name = _find_entry(root, target, kind, str(id), position, path)
    changed = insert_term(text, entry_node, target.field, lang, term, entry_name=entry_name, file=target.file)
    if original.startswith("\ufeff"):
        changed = "\ufeff" + changed

    fresh = _validate(directory, target.file, changed, kind, term)
    new_term = next(
        t for t in fresh.terms(kind) if t.text == term and t.lang == lang and t.file == target.file
    )
    # the file must not have changed under us (another edit, an editor)
    if source.read_text(encoding="utf-8") != original:
        raise LitxError(Msg.E408, file=str(source))
    _write_atomic(path, changed)
    clear_cache()
    return AddResult(
        file=path, line=new_term.line, kind=kind, id=new_term.id, term=term, lang=lang, entry=new_term.entry
    )


def valid_ids(kind: str, rules_dir: Path | str | None = None) -> list[str]:
    """The ids a term of ``kind`` can be filed under, in file order."""
    kind = _kind(kind)
    target = TARGETS[kind]
    directory = Path(rules_dir) if rules_dir is not None else RULES_DIR
    root = _compose(rule_file(directory, target.file).read_text(encoding="utf-8").removeprefix("\ufeff"))
    return _ids(root, target)


# --------------------------------------------------------------------------
# checks


def _kind(kind: Any) -> str:
    value = getattr(kind, "value", kind)
    if value not in TARGETS:
        raise LitxError(Msg.E403, kind=value, choices=", ".join(TARGETS))
    return value


def _check_term(term: str, lang: str | None) -> tuple[str, str]:
    stripped = (term or "").strip()
    if not stripped:
        raise LitxError(Msg.E406, term=term, detail="empty term")
    if "\n" in stripped or "\t" in stripped or "\r" in stripped:
        raise LitxError(Msg.E406, term=term, detail="a term is one line without tabs")
    has_cjk = _CJK.search(stripped) is not None
    if lang is None:
        lang = "zh" if has_cjk else "en"
    lang = getattr(lang, "value", lang)
    if lang not in ("en", "zh"):
        raise LitxError(Msg.E406, term=term, detail=f"unknown language {lang!r}: use en or zh")
    if lang == "en" and has_cjk:
        raise LitxError(Msg.E406, term=term, detail="it has Chinese characters: en lists hold none (use --lang zh)")
    if lang == "zh" and not has_cjk:
        raise LitxError(Msg.E406, term=term, detail="it has no Chinese characters: zh lists need them (use --lang en)")
    return stripped, lang


def _refuse_duplicate(rules, kind: str, term: str) -> None:
    group = _GROUPS[Kind(kind)]
    key = fold_term(term)
    for other in Kind:
        if _GROUPS[other] != group:
            continue
        for t in rules.terms(other):
            if fold_term(t.text) == key:
                raise LitxError(Msg.E405, term=term, kind=t.kind, id=t.id, source=f"{t.source}, {t.entry}")


def _validate(directory: Path, name: str, text: str, kind: str, term: str):
    """Load the rules with the edited file from a temporary copy."""
    with tempfile.TemporaryDirectory(prefix="litx-rules-") as tmp:
        copy = Path(tmp)
        for other in FILES:
            src = directory / other
            if other == name:
                (copy / other).write_text(text, encoding="utf-8")
            elif src.exists():
                shutil.copyfile(src, copy / other)
        if (directory / GRAMMARS).is_dir():
            shutil.copytree(directory / GRAMMARS, copy / GRAMMARS)
        try:
            fresh = load_rules(copy)
        except RuleError as exc:
            detail = "; ".join(str(p).replace(str(copy / name), name) for p in exc.errors[:3])
            raise LitxError(Msg.E407, term=term, detail=detail) from None
        finally:
            clear_cache()
        before = load_rules(directory)
        old = {(t.text, t.id, t.lang) for t in before.terms(kind)}
        new = [t for t in fresh.terms(kind) if (t.text, t.id, t.lang) not in old]
        if len(new) != 1 or new[0].text != term or sum(len(fresh.terms(k)) for k in Kind) != sum(
            len(before.terms(k)) for k in Kind
        ) + 1:
            raise LitxError(Msg.E407, term=term, detail="the edited file does not read back as one new term")
        return fresh


def _write_atomic(path: Path, text: str) -> None:
    write_text(path, text)


# --------------------------------------------------------------------------
# finding the entry


def _compose(text: str) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip mode: the same parser that would keep comments
    return yaml.compose(text)


def _is(node: Any, name: str) -> bool:
    return type(node).__name__ == name


def _get(mapping: Any, key: str) -> Any:
    if mapping is None or not _is(mapping, "MappingNode"):
        return None
    for k, v in mapping.value:
        if _is(k, "ScalarNode") and k.value == key:
            return v
    return None


def _walk(node: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        node = _get(node, key)
    return node


def _entry_id(entry: Any, target: _Target) -> str | None:
    if target.key is None:
        return target.fixed_id
    value = _get(entry, target.key)
    if value is None or not _is(value, "ScalarNode"):
        return None
    if target.key == "factor":
        try:
            return _num(float(value.value))
        except ValueError:
            return value.value
    return value.value


def _num(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


def _ids(root: Any, target: _Target) -> list[str]:
    if target.entries is None:
        return [target.fixed_id or ""]
    seq = _walk(root, target.entries)
    if seq is None or not _is(seq, "SequenceNode"):
        return []
    return list(dict.fromkeys(i for i in (_entry_id(e, target) for e in seq.value) if i is not None))


def _find_entry(root: Any, target: _Target, kind: str, id_: str, position: str | None, path: Path):
    """(node to write under, its name for messages)."""
    if target.entries is None:
        if id_ != target.fixed_id:
            raise LitxError(Msg.E404, id=id_, kind=kind, file=target.file, choices=target.fixed_id)
        return root, ".".join(target.field)
    seq = _walk(root, target.entries)
    if seq is None or not _is(seq, "SequenceNode"):
        raise LitxError(Msg.E410, entry=".".join(target.entries), file=target.file, detail="no such list")
    wanted = id_
    if target.key == "factor":
        try:
            wanted = _num(float(id_))
        except ValueError:
            pass
    matches = [(i, e) for i, e in enumerate(seq.value) if _entry_id(e, target) == wanted]
    if not matches:
        raise LitxError(
            Msg.E404, id=id_, kind=kind, file=target.file, choices=", ".join(_ids(root, target)) or "(none)"
        )
    if len(matches) > 1 or position is not None:
        def pos(e: Any) -> str:
            node = _get(e, "position")
            return node.value if node is not None and _is(node, "ScalarNode") else Position.ANY.value

        try:
            want = Position(position).value if position is not None else Position.ANY.value
        except ValueError:
            raise LitxError(
                Msg.E410, entry=f"{kind} '{id_}'", file=target.file,
                detail=f"unknown position {position!r}: use before, after or any",
            ) from None
        chosen = [(i, e) for i, e in matches if pos(e) == want]
        if not chosen:
            if position is not None:
                have = ", ".join(dict.fromkeys(pos(e) for _, e in matches))
                raise LitxError(
                    Msg.E410, entry=f"{kind} '{id_}'", file=target.file,
                    detail=f"no entry with position {want!r} (positions: {have})",
                )
            chosen = matches[:1]
        matches = chosen
    index, entry = matches[0]
    name = f"{'.'.join(target.entries)}[{index}] ({id_})"
    return entry, name


# --------------------------------------------------------------------------
# the splice


def insert_term(
    text: str, node: Any, field: tuple[str, ...], lang: str, term: str, *, entry_name: str = "entry", file: str = "rules"
) -> str:
    """``text`` with ``term`` added to the ``lang`` list of the mapping at
    ``field`` under the composed ``node`` (created when missing).

    Only characters are inserted; nothing of ``text`` is removed or moved.
    """
    scalar = _scalar(term)
    parent = node
    for depth, key in enumerate(field):
        child = _get(parent, key)
        if child is None:
            if not _is(parent, "MappingNode"):
                raise LitxError(Msg.E410, entry=entry_name, file=file, detail=f"'{key}' is not in a mapping")
            rest = field[depth + 1 :]
            value = _nest(rest, lang, scalar)
            return _add_key(text, parent, key, value, before=None)
        parent = child
    terms = parent
    if not _is(terms, "MappingNode"):
        raise LitxError(Msg.E410, entry=entry_name, file=file, detail=f"'{'.'.join(field)}' is not a mapping")
    seq = _get(terms, lang)
    if seq is None:
        # keep en before zh
        before = _key_node(terms, "zh") if lang == "en" else None
        return _add_key(text, terms, lang, f"[{scalar}]", before=before)
    if not _is(seq, "SequenceNode"):
        raise LitxError(Msg.E410, entry=entry_name, file=file, detail=f"'{lang}' is not a list: edit it by hand")
    if seq.flow_style:
        return _append_flow(text, seq, scalar)
    return _append_block(text, seq, scalar)


def _nest(keys: tuple[str, ...], lang: str, scalar: str) -> str:
    """A flow value for missing keys: ``{lang: [term]}`` nested in ``keys``."""
    value = f"{{{lang}: [{scalar}]}}"
    for key in reversed(keys):
        value = f"{{{key}: {value}}}"
    return value


def _key_node(mapping: Any, key: str) -> Any:
    for k, _ in mapping.value:
        if _is(k, "ScalarNode") and k.value == key:
            return k
    return None


def _scalar(term: str) -> str:
    """The term as YAML writes it: plain when it reads back as the same
    string in both flow and block lists, else single-quoted."""
    from ruamel.yaml import YAML

    from ..ruleset.model import _plain

    def plain_ok() -> bool:
        if term != term.strip() or _plain(term) != term:
            return False
        yaml = YAML(typ="safe", pure=True)
        for doc in (f"[{term}]", f"- {term}\n"):
            try:
                node = yaml.compose(doc)
            except Exception:
                return False
            if node is None or not _is(node, "SequenceNode") or len(node.value) != 1:
                return False
            item = node.value[0]
            if not _is(item, "ScalarNode") or item.style not in (None, "") or item.value != term:
                return False
        return True

    return term if plain_ok() else "'" + term.replace("'", "''") + "'"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, (len(text) if end < 0 else end)


def _end(node: Any) -> int:
    """Index just past the last character written for ``node``'s content
    (block collections end at their last descendant, not after the blank
    lines and comments that follow them)."""
    if _is(node, "MappingNode") and not node.flow_style and node.value:
        return _end(node.value[-1][1])
    if _is(node, "SequenceNode") and not node.flow_style and node.value:
        return _end(node.value[-1])
    return node.end_mark.index


def _append_flow(text: str, seq: Any, scalar: str) -> str:
    if not seq.value:
        at = seq.start_mark.index
        if text[at] != "[":
            raise ValueError("flow sequence does not start with '['")
        return text[: at + 1] + scalar + text[at + 1 :]
    last = seq.value[-1]
    at = _end(last)
    line_start, line_end = _line_bounds(text, at)
    # after the last item only closing brackets can follow, and a comment
    rest = re.split(r"\s#", text[at:line_end], maxsplit=1)[0].rstrip()
    if _width(text[line_start:at] + ", " + scalar + rest) <= WIDTH:
        return text[:at] + ", " + scalar + text[at:]
    column = seq.value[0].start_mark.column
    return text[:at] + ",\n" + " " * column + scalar + text[at:]


def _append_block(text: str, seq: Any, scalar: str) -> str:
    last = seq.value[-1]
    start = last.start_mark.index
    line_start, _ = _line_bounds(text, start)
    m = re.match(r"[ \t]*-[ \t]+", text[line_start:start])
    prefix = m.group(0) if m else " " * max(last.start_mark.column - 2, 0) + "- "
    _, line_end = _line_bounds(text, _end(last))
    return _insert_line(text, line_end, prefix + scalar)


def _insert_line(text: str, line_end: int, line: str) -> str:
    """Insert ``line`` as a new line after the line that ends at ``line_end``."""
    if line_end >= len(text):
        sep = "" if text.endswith("\n") else "\n"
        return text + sep + line + "\n"
    return text[: line_end + 1] + line + "\n" + text[line_end + 1 :]


def _add_key(text: str, mapping: Any, key: str, value: str, *, before: Any) -> str:
    if mapping.flow_style or not mapping.value:
        if not mapping.value:
            at = mapping.start_mark.index
            if text[at] != "{":
                raise ValueError("empty mapping is not written as {}")
            return text[: at + 1] + f"{key}: {value}" + text[at + 1 :]
        if before is not None:
            at = before.start_mark.index
            return text[:at] + f"{key}: {value}, " + text[at:]
        at = _end(mapping.value[-1][1])
        return text[:at] + f", {key}: {value}" + text[at:]
    indent = " " * mapping.value[0][0].start_mark.column
    if before is not None:
        line_start, _ = _line_bounds(text, before.start_mark.index)
        return text[:line_start] + f"{indent}{key}: {value}\n" + text[line_start:]
    _, line_end = _line_bounds(text, _end(mapping.value[-1][1]))
    return _insert_line(text, line_end, f"{indent}{key}: {value}")
